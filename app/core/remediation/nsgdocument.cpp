// SPDX-License-Identifier: MIT
#include "core/remediation/nsgdocument.h"

#include "core/audit/exposureevaluator.h"
#include "core/input/nsgjson.h"
#include "core/input/nsgwriter.h"
#include "core/util/ascii.h"
#include "core/util/jsonvalue.h"

#include <QCoreApplication>

#include <set>

namespace nsg {

using json = nlohmann::json;

namespace {

const json &propertiesOf(const json &obj)
{
    return JsonValue::object(obj, "properties");
}

const json *rulesOf(const json &nsg)
{
    const json *rules = JsonValue::member(propertiesOf(nsg), "securityRules");
    return rules && rules->is_array() ? rules : nullptr;
}

} // namespace

NsgDocument::NsgDocument() = default;

NsgDocument::NsgDocument(std::shared_ptr<const json> value)
    : ArmDocument(std::move(value))
{ }

NsgDocument NsgDocument::fromJson(const json &nsg)
{
    return NsgDocument(std::make_shared<const json>(nsg));
}

NsgDocument NsgDocument::fromJson(json &&nsg)
{
    return NsgDocument(std::make_shared<const json>(std::move(nsg)));
}

NsgDocument NsgDocument::fromNsg(const NetworkSecurityGroup &nsg)
{
    return fromJson(NsgWriter::toJson(nsg));
}

NsgDocument NsgDocument::fromText(const QString &text)
{
    json doc = json::parse(text.toStdString(), nullptr, false);
    return doc.is_object() ? fromJson(std::move(doc)) : NsgDocument();
}

RuleDocument NsgDocument::findRule(const QString &name) const
{
    const json *rules = rulesOf(toJson());
    if (!rules)
        return RuleDocument();
    const std::string wanted = name.toStdString();
    for (const json &r : *rules) {
        if (ascii::equalsIgnoreCase(JsonValue::stdString(r, "name"), wanted))
            return RuleDocument::fromJson(r);
    }
    return RuleDocument();
}

NsgDocument NsgDocument::withRule(const RuleDocument &rule) const
{
    json out = toJson();
    json &rules = out["properties"]["securityRules"];
    if (!rules.is_array())
        rules = json::array();
    const std::string name = rule.name().toStdString();
    for (json &r : rules) {
        if (ascii::equalsIgnoreCase(JsonValue::stdString(r, "name"), name)) {
            r = rule.toJson();
            return fromJson(std::move(out));
        }
    }
    rules.push_back(rule.toJson());
    return fromJson(std::move(out));
}

NsgDocument NsgDocument::withoutRule(const QString &ruleName) const
{
    json out = toJson();
    json &rules = out["properties"]["securityRules"];
    if (!rules.is_array())
        return fromJson(std::move(out));
    json kept = json::array();
    for (const json &r : rules) {
        if (!ascii::equalsIgnoreCase(JsonValue::stdString(r, "name"), ruleName.toStdString()))
            kept.push_back(r);
    }
    rules = std::move(kept);
    return fromJson(std::move(out));
}

NsgDocument NsgDocument::withOnlyRule(const RuleDocument &rule) const
{
    json out = toJson();
    out["properties"]["securityRules"] = json::array({rule.toJson()});
    return fromJson(std::move(out));
}

std::optional<int> NsgDocument::freePriorityAbove(int priority, const QString &direction) const
{
    std::set<int> taken;
    if (const json *rules = rulesOf(toJson())) {
        for (const json &r : *rules) {
            const json &p = propertiesOf(r);
            if (!ascii::equalsIgnoreCase(JsonValue::stdString(p, "direction"),
                                         direction.toStdString()))
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

QString NsgDocument::denyRuleName(const QString &ruleName) const
{
    std::set<std::string> names;
    if (const json *rules = rulesOf(toJson())) {
        for (const json &r : *rules) {
            std::string n = JsonValue::stdString(r, "name");
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

RuleChange NsgDocument::withFix(const QString &ruleName, const RuleFix &fix) const
{
    RuleChange out;
    const RuleDocument rule = findRule(ruleName);
    if (rule.isNull()) {
        out.error = QCoreApplication::translate("nsg::NsgDocument", "The NSG has no rule %1.")
                        .arg(ruleName);
        return out;
    }
    switch (fix.kind) {
    case RuleFix::Kind::RestrictSource:
        out.before = rule;
        out.after = rule.restrictSource(fix.prefixes);
        out.nsgAfter = withRule(out.after);
        break;
    case RuleFix::Kind::MakeDeny:
        out.before = rule;
        out.after = rule.makeDeny();
        out.nsgAfter = withRule(out.after);
        break;
    case RuleFix::Kind::Delete:
        out.before = rule;
        out.nsgAfter = withoutRule(ruleName);
        break;
    case RuleFix::Kind::DenyAbove: {
        const int priority = rule.priority();
        const std::optional<int> free =
            freePriorityAbove(priority, rule.stringProperty("direction"));
        if (!free) {
            out.error = QCoreApplication::translate(
                            "nsg::NsgDocument",
                            "There is no free priority above %1 (priorities start at 100): a Deny "
                            "rule cannot be placed before %2.")
                            .arg(priority)
                            .arg(ruleName);
            return out;
        }
        out.after = rule.denyMirror(denyRuleName(ruleName), *free);
        out.nsgAfter = withRule(out.after);
        break;
    }
    }
    return out;
}

std::optional<NsgResult> NsgDocument::evaluate(const EvaluationOptions &options) const
{
    NsgJson converter;
    std::optional<NetworkSecurityGroup> read;
    converter.convert(toJson(), QStringLiteral("$"),
                      [&read](NetworkSecurityGroup &&n) { read = std::move(n); });
    if (!read)
        return std::nullopt;
    ExposureEvaluator evaluator(options);
    Finding f = evaluator.evaluate(*read);
    return NsgResult{std::move(*read), std::move(f), std::nullopt};
}

} // namespace nsg
