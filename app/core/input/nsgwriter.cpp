// SPDX-License-Identifier: MIT
#include "core/input/nsgwriter.h"

namespace nsg::NsgWriter {

using json = nlohmann::json;

namespace {

void putList(json &props, const char *singular, const char *plural, const QStringList &values)
{
    json list = json::array();
    if (values.size() == 1) {
        props[singular] = values.first().toStdString();
    } else {
        for (const QString &v : values)
            list.push_back(v.toStdString());
    }
    props[plural] = std::move(list);
}

json idList(const QStringList &ids)
{
    json out = json::array();
    for (const QString &id : ids)
        out.push_back({{"id", id.toStdString()}});
    return out;
}

} // namespace

json ruleJson(const NetworkSecurityGroup &nsg, const SecurityRuleView &r)
{
    json props = json::object();
    if (!r.description().isEmpty())
        props["description"] = r.description().toStdString();
    props["protocol"] =
        (r.protocol() == Protocol::Invalid ? r.rawProtocol() : apiName(r.protocol())).toStdString();
    putList(props, "sourcePortRange", "sourcePortRanges", r.sourcePortRanges());
    putList(props, "destinationPortRange", "destinationPortRanges", r.destinationPortRanges());
    putList(props, "sourceAddressPrefix", "sourceAddressPrefixes", r.sourceAddressPrefixes());
    putList(props, "destinationAddressPrefix", "destinationAddressPrefixes",
            r.destinationAddressPrefixes());
    if (!r.sourceApplicationSecurityGroups().isEmpty())
        props["sourceApplicationSecurityGroups"] = idList(r.sourceApplicationSecurityGroups());
    if (!r.destinationApplicationSecurityGroups().isEmpty())
        props["destinationApplicationSecurityGroups"] =
            idList(r.destinationApplicationSecurityGroups());
    props["access"] =
        (r.access() == Access::Invalid ? r.rawAccess() : apiName(r.access())).toStdString();
    if (r.hasPriority())
        props["priority"] = r.priority();
    props["direction"] =
        (r.direction() == Direction::Invalid ? r.rawDirection() : apiName(r.direction()))
            .toStdString();
    return json{{"name", r.name().toStdString()},
                {"id", nsg.ruleId(r).toStdString()},
                {"properties", std::move(props)}};
}

void appendJsonString(std::string &out, std::string_view text)
{
    static constexpr char kHex[] = "0123456789abcdef";
    out += '"';
    size_t plain = 0; // the start of the run not yet copied
    for (size_t i = 0; i < text.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(text.data() + plain, i - plain);
        plain = i + 1;
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            out += "\\u00";
            out += kHex[c >> 4];
            out += kHex[c & 15];
            break;
        }
    }
    out.append(text.data() + plain, text.size() - plain);
    out += '"';
}

void appendJsonString(std::string &out, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    appendJsonString(out, std::string_view(utf8.constData(), size_t(utf8.size())));
}

namespace {

// putList's fields, in the order a sorted object (nlohmann::json) has them: the singular one
// (when there is one value) before the plural one.
void appendList(std::string &out, const char *singular, const char *plural,
                const QStringList &values)
{
    if (values.size() == 1) {
        out += '"';
        out += singular;
        out += "\":";
        appendJsonString(out, values.first());
        out += ',';
    }
    out += '"';
    out += plural;
    out += "\":[";
    if (values.size() != 1) {
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (i > 0)
                out += ',';
            appendJsonString(out, values[i]);
        }
    }
    out += "],";
}

void appendIdList(std::string &out, const char *key, const QStringList &ids)
{
    if (ids.isEmpty())
        return;
    out += '"';
    out += key;
    out += "\":[";
    for (qsizetype i = 0; i < ids.size(); ++i) {
        out += i > 0 ? ",{\"id\":" : "{\"id\":";
        appendJsonString(out, ids[i]);
        out += '}';
    }
    out += "],";
}

} // namespace

void appendRuleJson(std::string &out, const NetworkSecurityGroup &nsg, const SecurityRuleView &r)
{
    // The keys in nlohmann::json's (sorted) order: id, name, properties{access, description,
    // destination…, direction, priority, protocol, source…}.
    out += "{\"id\":";
    appendJsonString(out, nsg.ruleId(r));
    out += ",\"name\":";
    appendJsonString(out, r.name());
    out += ",\"properties\":{\"access\":";
    appendJsonString(out, r.access() == Access::Invalid ? r.rawAccess() : apiName(r.access()));
    out += ',';
    if (const QString description = r.description(); !description.isEmpty()) {
        out += "\"description\":";
        appendJsonString(out, description);
        out += ',';
    }
    appendList(out, "destinationAddressPrefix", "destinationAddressPrefixes",
               r.destinationAddressPrefixes());
    appendIdList(out, "destinationApplicationSecurityGroups",
                 r.destinationApplicationSecurityGroups());
    appendList(out, "destinationPortRange", "destinationPortRanges", r.destinationPortRanges());
    out += "\"direction\":";
    appendJsonString(
        out, r.direction() == Direction::Invalid ? r.rawDirection() : apiName(r.direction()));
    out += ',';
    if (r.hasPriority()) {
        out += "\"priority\":";
        out += std::to_string(r.priority());
        out += ',';
    }
    out += "\"protocol\":";
    appendJsonString(out,
                     r.protocol() == Protocol::Invalid ? r.rawProtocol() : apiName(r.protocol()));
    out += ',';
    appendList(out, "sourceAddressPrefix", "sourceAddressPrefixes", r.sourceAddressPrefixes());
    appendIdList(out, "sourceApplicationSecurityGroups", r.sourceApplicationSecurityGroups());
    appendList(out, "sourcePortRange", "sourcePortRanges", r.sourcePortRanges());
    out.back() = '}'; // the last field's comma
    out += '}';
}

json toJson(const NetworkSecurityGroup &nsg)
{
    json rules = json::array();
    for (const SecurityRule &r : nsg.customRules())
        rules.push_back(ruleJson(nsg, r));
    json defaults = json::array();
    if (!nsg.defaultRulesAssumed()) {
        for (const SecurityRule &r : nsg.defaultRules())
            defaults.push_back(ruleJson(nsg, r));
    }
    json out{{"id", nsg.id().toStdString()},
             {"name", nsg.name().toStdString()},
             {"type", "Microsoft.Network/networkSecurityGroups"},
             {"location", nsg.location().toStdString()},
             {"properties",
              {{"securityRules", std::move(rules)},
               {"defaultSecurityRules", std::move(defaults)},
               {"subnets", idList(nsg.subnetIds())},
               {"networkInterfaces", idList(nsg.networkInterfaceIds())}}}};
    if (!nsg.etag().isEmpty())
        out["etag"] = nsg.etag().toStdString();
    // The one tag kept: the one that says an IaC tool manages the NSG ("key=value").
    if (const QString tag = nsg.ownerTag(); !tag.isEmpty())
        out["tags"] = {{tag.section(QLatin1Char('='), 0, 0).toStdString(),
                        tag.section(QLatin1Char('='), 1).toStdString()}};
    return out;
}

} // namespace nsg::NsgWriter
