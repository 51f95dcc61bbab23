// SPDX-License-Identifier: MIT
#include "core/remediation/ruledocument.h"

#include "core/util/ascii.h"
#include "core/util/jsonvalue.h"

#include <QCoreApplication>

#include <set>

namespace nsg {

using json = nlohmann::json;

namespace {

const json &propertiesOf(const json &rule)
{
    return JsonValue::object(rule, "properties");
}

// The values of a singular/plural pair (or of an id list), normalised for comparison.
std::set<std::string> valuesOf(const json &props, const char *singular, const char *plural)
{
    std::set<std::string> out;
    auto add = [&out](const json &v) {
        std::string s = v.is_string() ? v.get<std::string>()
            : v.is_object()           ? JsonValue::stdString(v, "id")
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
    if (const json *one = JsonValue::member(props, singular); one && one->is_string())
        out.append(JsonValue::toString(one));
    return out + JsonValue::stringList(props, plural);
}

} // namespace

RuleDocument::RuleDocument() = default;

RuleDocument::RuleDocument(std::shared_ptr<const json> value)
    : ArmDocument(std::move(value))
{ }

RuleDocument RuleDocument::fromJson(const json &rule)
{
    return RuleDocument(std::make_shared<const json>(rule));
}

RuleDocument RuleDocument::fromJson(json &&rule)
{
    return RuleDocument(std::make_shared<const json>(std::move(rule)));
}

bool RuleDocument::isObject() const
{
    return toJson().is_object();
}

QString RuleDocument::etag() const
{
    return JsonValue::string(toJson(), "etag");
}

QString RuleDocument::stringProperty(const char *key) const
{
    return JsonValue::string(propertiesOf(toJson()), key);
}

QString RuleDocument::propertyText(const char *key) const
{
    const json &props = propertiesOf(toJson());
    auto it = props.find(key);
    if (it == props.end() || it->is_null())
        return QString();
    return it->is_string() ? QString::fromStdString(it->get<std::string>())
                           : QString::fromStdString(it->dump());
}

int RuleDocument::priority() const
{
    return JsonValue::integer(propertiesOf(toJson()), "priority");
}

QStringList RuleDocument::values(const char *singular, const char *plural) const
{
    return listOf(propertiesOf(toJson()), singular, plural);
}

RuleDocument RuleDocument::restrictSource(const QStringList &prefixes) const
{
    json out = toJson();
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
    return fromJson(std::move(out));
}

RuleDocument RuleDocument::makeDeny() const
{
    json out = toJson();
    out["properties"]["access"] = "Deny";
    return fromJson(std::move(out));
}

RuleDocument RuleDocument::denyMirror(const QString &name, int priority) const
{
    json props = propertiesOf(toJson());
    props.erase("provisioningState");
    props["access"] = "Deny";
    props["priority"] = priority;
    props["description"] =
        QCoreApplication::translate("nsg::RuleDocument", "Blocks what %1 lets in (NSG Auditor)")
            .arg(this->name())
            .left(140)
            .toStdString();
    return fromJson(json{{"name", name.toStdString()}, {"properties", std::move(props)}});
}

RuleDocument RuleDocument::withId(const QString &id) const
{
    json out = toJson();
    out["id"] = id.toStdString();
    return fromJson(std::move(out));
}

RuleDocument RuleDocument::withEtagOf(const RuleDocument &other) const
{
    json out = toJson();
    const json &from = other.toJson();
    auto it = from.is_object() ? from.find("etag") : from.end();
    out["etag"] = it != from.end() ? *it : json();
    return fromJson(std::move(out));
}

json RuleDocument::putBody() const
{
    json props = propertiesOf(toJson());
    props.erase("provisioningState");
    return json{{"properties", std::move(props)}};
}

QStringList RuleDocument::changedProperties(const RuleDocument &after) const
{
    const json &a = propertiesOf(toJson());
    const json &b = propertiesOf(after.toJson());
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

QStringList RuleDocument::diffLines(const RuleDocument &after) const
{
    const json &before = toJson();
    const json &then = after.toJson();
    if (before.is_null() && then.is_null())
        return {};
    if (before.is_null() || then.is_null()) {
        const json &rule = before.is_null() ? then : before;
        const QString sign = before.is_null() ? QStringLiteral("+ ") : QStringLiteral("- ");
        QStringList out{sign + QStringLiteral("name: ") + JsonValue::string(rule, "name")};
        for (const auto &[k, v] : propertiesOf(rule).items()) {
            if (k != "provisioningState" && !(v.is_array() && v.empty()))
                out.append(sign + QString::fromStdString(k + ": " + v.dump()));
        }
        return out;
    }
    const json &a = propertiesOf(before);
    const json &b = propertiesOf(then);
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

bool RuleDocument::sameAs(const RuleDocument &other) const
{
    return changedProperties(other).isEmpty();
}

} // namespace nsg
