// SPDX-License-Identifier: MIT
#include "core/remediation/rulepatch.h"

#include "core/input/nsgjson.h"

#include "core/audit/exposureevaluator.h"
#include "core/model/resourceid.h"
#include "core/util/ascii.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <set>

namespace nsg {

using json = nlohmann::json;

QString RuleFix::name(Kind kind)
{
    switch (kind) {
    case Kind::RestrictSource:
        return QCoreApplication::translate("nsg::RuleFix",
                                           "Restrict the source to known addresses");
    case Kind::MakeDeny:
        return QCoreApplication::translate("nsg::RuleFix", "Change the rule to Deny");
    case Kind::Delete:
        return QCoreApplication::translate("nsg::RuleFix", "Delete the rule");
    case Kind::DenyAbove:
        return QCoreApplication::translate("nsg::RuleFix", "Add a Deny rule above it");
    }
    return QString();
}

namespace RulePatch {

namespace {

const json &propertiesOf(const json &rule)
{
    static const json empty = json::object();
    if (rule.is_object()) {
        auto it = rule.find("properties");
        if (it != rule.end() && it->is_object())
            return *it;
    }
    return empty;
}

std::string text(const json &obj, const char *key)
{
    auto it = obj.find(key);
    return it != obj.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// The values of a singular/plural pair (or of an id list), normalised for comparison.
std::set<std::string> valuesOf(const json &props, const char *singular, const char *plural)
{
    std::set<std::string> out;
    auto add = [&out](const json &v) {
        std::string s = v.is_string() ? v.get<std::string>()
            : v.is_object()           ? text(v, "id")
                                      : v.dump();
        for (char &c : s)
            c = char(ascii::toLower(c));
        if (!s.empty())
            out.insert(s);
    };
    if (singular) {
        if (auto it = props.find(singular); it != props.end() && !it->is_null())
            add(*it);
    }
    if (auto it = props.find(plural); it != props.end() && it->is_array()) {
        for (const json &v : *it)
            add(v);
    }
    return out;
}

// The values of a singular/plural pair as written, in order (for commands and text).
QStringList listOf(const json &props, const char *singular, const char *plural)
{
    QStringList out;
    if (auto it = props.find(singular); it != props.end() && it->is_string())
        out.append(QString::fromStdString(it->get<std::string>()));
    if (auto it = props.find(plural); it != props.end() && it->is_array()) {
        for (const json &v : *it) {
            if (v.is_string())
                out.append(QString::fromStdString(v.get<std::string>()));
        }
    }
    return out;
}

} // namespace

json putBody(const json &rule)
{
    json props = propertiesOf(rule);
    props.erase("provisioningState");
    return json{{"properties", std::move(props)}};
}

json restrictSource(const json &rule, const QStringList &prefixes)
{
    json out = rule;
    json &props = out["properties"];
    props.erase("sourceAddressPrefix");
    props.erase("sourceApplicationSecurityGroups");
    json list = json::array();
    if (prefixes.size() == 1) {
        props["sourceAddressPrefix"] = prefixes.first().toStdString();
    } else {
        for (const QString &p : prefixes)
            list.push_back(p.toStdString());
    }
    props["sourceAddressPrefixes"] = std::move(list);
    return out;
}

json makeDeny(const json &rule)
{
    json out = rule;
    out["properties"]["access"] = "Deny";
    return out;
}

json denyMirror(const json &rule, const QString &name, int priority)
{
    json props = propertiesOf(rule);
    props.erase("provisioningState");
    props["access"] = "Deny";
    props["priority"] = priority;
    props["description"] =
        QCoreApplication::translate("nsg::RulePatch", "Blocks what %1 lets in (NSG Auditor)")
            .arg(QString::fromStdString(text(rule, "name")))
            .left(140)
            .toStdString();
    return json{{"name", name.toStdString()}, {"properties", std::move(props)}};
}

std::optional<int> freePriorityAbove(const json &nsg, int priority, const QString &direction)
{
    std::set<int> taken;
    const json &props = propertiesOf(nsg);
    if (auto rules = props.find("securityRules"); rules != props.end() && rules->is_array()) {
        for (const json &r : *rules) {
            const json &p = propertiesOf(r);
            if (!ascii::equalsIgnoreCase(text(p, "direction"), direction.toStdString()))
                continue;
            if (auto pr = p.find("priority"); pr != p.end() && pr->is_number_integer())
                taken.insert(pr->get<int>());
        }
    }
    for (int candidate = priority - 1; candidate >= 100; --candidate) {
        if (!taken.count(candidate))
            return candidate;
    }
    return std::nullopt;
}

QString denyRuleName(const json &nsg, const QString &ruleName)
{
    std::set<std::string> names;
    const json &props = propertiesOf(nsg);
    if (auto rules = props.find("securityRules"); rules != props.end() && rules->is_array()) {
        for (const json &r : *rules) {
            std::string n = text(r, "name");
            for (char &c : n)
                c = char(ascii::toLower(c));
            names.insert(n);
        }
    }
    const QString base = QString(QLatin1String("Deny-") + ruleName).left(72);
    for (int i = 0;; ++i) {
        const QString candidate = i == 0 ? base : base + QLatin1Char('-') + QString::number(i);
        if (!names.count(candidate.toLower().toStdString()))
            return candidate;
    }
}

json findRule(const json &nsg, const QString &name)
{
    const json &props = propertiesOf(nsg);
    auto rules = props.find("securityRules");
    if (rules == props.end() || !rules->is_array())
        return json();
    const std::string wanted = name.toStdString();
    for (const json &r : *rules) {
        if (ascii::equalsIgnoreCase(text(r, "name"), wanted))
            return r;
    }
    return json();
}

QStringList values(const json &rule, const char *singular, const char *plural)
{
    return listOf(propertiesOf(rule), singular, plural);
}

json withRule(const json &nsg, const json &rule)
{
    json out = nsg;
    json &rules = out["properties"]["securityRules"];
    if (!rules.is_array())
        rules = json::array();
    const std::string name = text(rule, "name");
    for (json &r : rules) {
        if (ascii::equalsIgnoreCase(text(r, "name"), name)) {
            r = rule;
            return out;
        }
    }
    rules.push_back(rule);
    return out;
}

json withoutRule(const json &nsg, const QString &ruleName)
{
    json out = nsg;
    json &rules = out["properties"]["securityRules"];
    if (!rules.is_array())
        return out;
    json kept = json::array();
    for (const json &r : rules) {
        if (!ascii::equalsIgnoreCase(text(r, "name"), ruleName.toStdString()))
            kept.push_back(r);
    }
    rules = std::move(kept);
    return out;
}

Preview preview(const json &nsg, const QString &ruleName, const RuleFix &fix)
{
    Preview out;
    const json rule = findRule(nsg, ruleName);
    if (rule.is_null()) {
        out.error =
            QCoreApplication::translate("nsg::RulePatch", "The NSG has no rule %1.").arg(ruleName);
        return out;
    }
    switch (fix.kind) {
    case RuleFix::Kind::RestrictSource:
        out.before = rule;
        out.after = restrictSource(rule, fix.prefixes);
        out.nsgAfter = withRule(nsg, out.after);
        break;
    case RuleFix::Kind::MakeDeny:
        out.before = rule;
        out.after = makeDeny(rule);
        out.nsgAfter = withRule(nsg, out.after);
        break;
    case RuleFix::Kind::Delete:
        out.before = rule;
        out.nsgAfter = withoutRule(nsg, ruleName);
        break;
    case RuleFix::Kind::DenyAbove: {
        const json &p = propertiesOf(rule);
        const int priority = p.value("priority", 0);
        const std::optional<int> free =
            freePriorityAbove(nsg, priority, QString::fromStdString(text(p, "direction")));
        if (!free) {
            out.error = QCoreApplication::translate(
                            "nsg::RulePatch",
                            "There is no free priority above %1 (priorities start at 100): a Deny "
                            "rule cannot be placed before %2.")
                            .arg(priority)
                            .arg(ruleName);
            return out;
        }
        out.after = denyMirror(rule, denyRuleName(nsg, ruleName), *free);
        out.nsgAfter = withRule(nsg, out.after);
        break;
    }
    }
    return out;
}

std::optional<NsgResult> evaluate(const json &nsg, const EvaluationOptions &options)
{
    NsgJson converter;
    std::optional<NetworkSecurityGroup> read;
    converter.convert(nsg, QStringLiteral("$"),
                      [&read](NetworkSecurityGroup &&n) { read = std::move(n); });
    if (!read)
        return std::nullopt;
    ExposureEvaluator evaluator(options);
    Finding f = evaluator.evaluate(*read);
    return NsgResult{std::move(*read), std::move(f), std::nullopt};
}

bool ruleStillExposes(const NsgResult &result, const QString &ruleName,
                      const EvaluationOptions &options)
{
    if (result.finding.verdict == Verdict::Unknown)
        return true;
    const ExposureEvaluator evaluator(options);
    for (const ExposingRule &e : result.finding.exposing) {
        if (result.nsg.inboundRuleView(e.rule).name().compare(ruleName, Qt::CaseInsensitive) != 0)
            continue;
        Finding alone;
        alone.allowedIpv4 = e.ipv4;
        alone.allowedIpv6 = e.ipv6;
        if (evaluator.exceedsLimit(alone))
            return true;
    }
    return false;
}

int otherExposingRules(const NsgResult &result, const QString &ruleName)
{
    if (result.finding.verdict != Verdict::Exposed)
        return 0;
    int n = 0;
    for (const ExposingRule &e : result.finding.exposing)
        n += result.nsg.inboundRuleView(e.rule).name().compare(ruleName, Qt::CaseInsensitive) != 0;
    return n;
}

QStringList changedProperties(const json &before, const json &after)
{
    const json &a = propertiesOf(before);
    const json &b = propertiesOf(after);
    // Pairs compare as one field (a value may move between the singular and the plural).
    static const std::vector<std::pair<const char *, const char *>> pairs{
        {"sourcePortRange", "sourcePortRanges"},
        {"destinationPortRange", "destinationPortRanges"},
        {"sourceAddressPrefix", "sourceAddressPrefixes"},
        {"destinationAddressPrefix", "destinationAddressPrefixes"},
        {nullptr, "sourceApplicationSecurityGroups"},
        {nullptr, "destinationApplicationSecurityGroups"}};
    QStringList changed;
    std::set<std::string> covered{"provisioningState"};
    for (const auto &[singular, plural] : pairs) {
        if (valuesOf(a, singular, plural) != valuesOf(b, singular, plural))
            changed.append(QString::fromLatin1(plural));
        if (singular)
            covered.insert(singular);
        covered.insert(plural);
    }
    std::set<std::string> keys;
    for (const auto &[k, v] : a.items())
        keys.insert(k);
    for (const auto &[k, v] : b.items())
        keys.insert(k);
    for (const std::string &k : keys) {
        if (covered.count(k))
            continue;
        const json va = a.contains(k) ? a[k] : json();
        const json vb = b.contains(k) ? b[k] : json();
        const bool same = va.is_string() && vb.is_string()
            ? ascii::equalsIgnoreCase(va.get<std::string>(), vb.get<std::string>())
            : va == vb;
        if (!same)
            changed.append(QString::fromStdString(k));
    }
    return changed;
}

QStringList diffLines(const json &before, const json &after)
{
    if (before.is_null() && after.is_null())
        return {};
    if (before.is_null() || after.is_null()) {
        const json &rule = before.is_null() ? after : before;
        const QString sign = before.is_null() ? QStringLiteral("+ ") : QStringLiteral("- ");
        QStringList out{sign + QStringLiteral("name: ")
                        + QString::fromStdString(text(rule, "name"))};
        for (const auto &[k, v] : propertiesOf(rule).items()) {
            if (k != "provisioningState" && !(v.is_array() && v.empty()))
                out.append(sign + QString::fromStdString(k + ": " + v.dump()));
        }
        return out;
    }
    const json &a = propertiesOf(before);
    const json &b = propertiesOf(after);
    std::set<std::string> keys;
    for (const auto &[k, v] : a.items())
        keys.insert(k);
    for (const auto &[k, v] : b.items())
        keys.insert(k);
    QStringList out;
    for (const std::string &k : keys) {
        if (k == "provisioningState")
            continue;
        const json va = a.contains(k) ? a[k] : json();
        const json vb = b.contains(k) ? b[k] : json();
        if (va == vb)
            continue;
        if (!va.is_null())
            out.append(QString::fromStdString("- " + k + ": " + va.dump()));
        if (!vb.is_null())
            out.append(QString::fromStdString("+ " + k + ": " + vb.dump()));
    }
    return out;
}

bool sameRule(const json &a, const json &b)
{
    return changedProperties(a, b).isEmpty();
}

QString azCommand(const QString &ruleId, const RuleFix &fix, const json &after)
{
    const ResourceId rid = ResourceId::parse(ruleId);
    const QString target = QStringLiteral("--subscription %1 --resource-group %2 --nsg-name %3")
                               .arg(rid.subscriptionId, rid.resourceGroup, rid.name);
    switch (fix.kind) {
    case RuleFix::Kind::RestrictSource:
        return QStringLiteral(
                   "az network nsg rule update %1 --name %2 --source-address-prefixes %3")
            .arg(target, rid.childName, fix.prefixes.join(QLatin1Char(' ')));
    case RuleFix::Kind::MakeDeny:
        return QStringLiteral("az network nsg rule update %1 --name %2 --access Deny")
            .arg(target, rid.childName);
    case RuleFix::Kind::Delete:
        return QStringLiteral("az network nsg rule delete %1 --name %2").arg(target, rid.childName);
    case RuleFix::Kind::DenyAbove: {
        const json &p = propertiesOf(after);
        auto join = [&p](const char *s, const char *pl) {
            QStringList v = listOf(p, s, pl);
            if (v.isEmpty())
                v.append(QStringLiteral("*"));
            v.replaceInStrings(QRegularExpression(QStringLiteral("^\\*$")), QStringLiteral("'*'"));
            return v.join(QLatin1Char(' '));
        };
        return QStringLiteral("az network nsg rule create %1 --name %2 --priority %3 --access Deny "
                              "--direction Inbound --protocol %4 --source-address-prefixes %5 "
                              "--destination-port-ranges %6 --destination-address-prefixes %7")
            .arg(target, QString::fromStdString(text(after, "name")))
            .arg(p.value("priority", 0))
            .arg(QString::fromStdString(text(p, "protocol")),
                 join("sourceAddressPrefix", "sourceAddressPrefixes"),
                 join("destinationPortRange", "destinationPortRanges"),
                 join("destinationAddressPrefix", "destinationAddressPrefixes"));
    }
    }
    return QString();
}

} // namespace RulePatch

} // namespace nsg
