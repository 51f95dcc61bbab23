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
