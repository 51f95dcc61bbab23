// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/network.h"
#include "core/model/resourceid.h"

#include <nlohmann/json.hpp>

#include <QHash>
#include <QSet>
#include <QString>

namespace nsg {

// Reads the resources of the reachability view (core/model/network.h) from ARM JSON: the REST
// shape (fields under "properties"), the flattened shape az prints, and Resource Graph rows; keys
// in any letter case. Each reader returns nothing for an object without an id, and keeps what it
// could not read as a problem on the value, never as a guess.
namespace NetworkJson {

// The resource kind an object is, from its "type" (any case), or from its shape where az drops
// the type: Unknown for anything else (an NSG included).
enum class Kind {
    Unknown,
    NetworkInterface,
    PublicIpAddress,
    LoadBalancer,
    VirtualNetwork,
    RouteTable,
    ApplicationSecurityGroup,
    EffectiveAdminRule, // one rule of listNetworkManagerEffectiveSecurityAdminRules
    EffectiveAdminRules, // {"virtualNetworkId", "value": [rules]}
    FirewallPolicy, // read, but its DNAT rules come from its rule collection groups
    FirewallPolicyRuleCollectionGroup,
    ServiceTags, // {"changeNumber", "cloud", "values": [...]}
    Other, // another resource, named by its id (a subnet, a subscription, …): not an NSG
};
Kind kindOf(const nlohmann::json &object);

std::optional<NicNetwork> networkInterface(const nlohmann::json &object);
std::optional<PublicIpAddress> publicIpAddress(const nlohmann::json &object);
std::optional<LoadBalancer> loadBalancer(const nlohmann::json &object);
std::optional<VirtualNetwork> virtualNetwork(const nlohmann::json &object);
std::optional<RouteTable> routeTable(const nlohmann::json &object);
std::optional<AdminRule> adminRule(const nlohmann::json &object);
// The DNAT rules of a firewall policy rule collection group.
std::vector<FirewallDnatRule> dnatRules(const nlohmann::json &ruleCollectionGroup);
// The service tag data of a serviceTags answer or the weekly download (source: where it came
// from). Empty prefixes when the object holds no "values".
ServiceTagData serviceTags(const nlohmann::json &object, const QString &source);

// The service tag data of a file (the weekly download, or a saved serviceTags answer); nothing,
// with the reason in *error, when it cannot be read or holds no tag.
std::optional<ServiceTagData> serviceTagFile(const QString &path, QString *error);

// The virtual network an effective admin rule applies to, from a Resource Graph row's id
// ("<vnet id>/providers/Microsoft.Network/effectiveSecurityAdminRules/…"); empty otherwise.
QString adminRuleVirtualNetwork(const QString &rowId);

} // namespace NetworkJson

// Collects the reachability view's resources from inputs, object by object, into a
// NetworkInventory. Admin rules whose virtual network is given by the file's envelope
// ({"virtualNetworkId", "value": [...]}) wait in pending until setEnvelope() names it.
class NetworkCollector final
{
public:
    // True when the object was one of the kinds above (and is now in the inventory, or in its
    // problems when it could not be read).
    bool add(const nlohmann::json &object, const QString &source, const QString &path);
    // The top-level fields of a file whose array was streamed: its virtualNetworkId names the
    // virtual network of the admin rules read from it.
    void setEnvelope(const nlohmann::json &top, const QString &source);
    // A subscription whose network resources could be read only in part.
    void markIncomplete(const QString &subscriptionId)
    {
        m_inventory.incompleteSubscriptions.insert(subscriptionId.toLower());
    }
    // Service tag data (the first set read is kept; a second is a problem).
    void addServiceTags(ServiceTagData data);
    // A virtual network whose effective admin rules were asked for and could not be read (a
    // live scan): its paths are unknown, with the reason.
    void adminRulesNotRead(const QString &vnetId, const QString &why);
    // Ends a file: admin rules still without a virtual network become problems.
    void finishFile(const QString &source);

    const NetworkInventory &inventory() const { return m_inventory; }
    NetworkInventory takeInventory();

private:
    void addAdminRules(const QString &vnetId, const nlohmann::json &rules, const QString &source,
                       const QString &path);
    void addAdminRule(const QString &vnetId, const nlohmann::json &rule);

    NetworkInventory m_inventory;
    void intern(QString &id);

    // The resources read, by id without case; each key shares its id's data with the resource
    // kept.
    QSet<ResourceKey> m_seen;
    QHash<ResourceKey, size_t> m_adminRulesOf; // virtual network → its entry in adminRules
    QSet<QString> m_interned; // ids that several resources name, each kept once
    std::vector<std::pair<nlohmann::json, QString>> m_pendingAdminRules; // (rule, path)
};

} // namespace nsg
