// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/securityrule.h"
#include "core/net/cidr.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace nsg {

// What lies between the Internet and a workload besides NSGs: public IPs, NIC IP configurations,
// load balancers, virtual networks with their subnets and routes, Virtual Network Manager admin
// rules, Azure Firewall DNAT rules and Microsoft's service tag data. Plain values, read by
// NetworkJson from ARM, az and Resource Graph JSON; the reachability pass (core/audit/
// reachability.h) walks them. Resource ids are kept as written; lookups compare them without
// case (ARM ids are case-insensitive).

// A problem with one resource as read: it makes what depends on it unknown, never OK.
struct ResourceProblem
{
    QString resourceId;
    QString message;
};

struct PublicIpAddress
{
    enum class Sku : quint8 { Unknown, Basic, Standard };
    QString id;
    QString name;
    Sku sku = Sku::Unknown; // no sku in the JSON: Unknown (treated as the more open, Basic)
    QString ipAddress; // empty while a dynamic address is unallocated
    QString attachedTo; // ipConfiguration.id: a NIC ipConfiguration or an LB frontend
};

struct NicIpConfiguration
{
    QString id;
    QString name;
    QString privateIpAddress;
    QString subnetId;
    QString publicIpId; // the public IP resource, or
    QString publicIpAddress; // its address when ARM inlines it without an id
    QStringList applicationSecurityGroupIds;
    QStringList backendPoolIds; // load balancer backend address pools
    QStringList inboundNatRuleIds;
};

// A network interface with its IP configurations (the reachability view; NetworkInterface in
// inventory.h is the NIC view's summary of the same JSON).
struct NicNetwork
{
    QString id;
    QString name;
    QString nsgId; // the NIC's own NSG; empty: none
    QString virtualMachineId;
    std::vector<NicIpConfiguration> ipConfigurations;
    QStringList problems; // what could not be read
};

struct LoadBalancer
{
    enum class Sku : quint8 { Unknown, Basic, Standard, Gateway };
    struct Frontend
    {
        QString id;
        QString name;
        QString publicIpId; // empty: a private frontend (internal load balancer)
        QString privateIpAddress;
    };
    // A load-balancing rule or an inbound NAT rule or pool: traffic to a frontend on a port range
    // goes to a backend port (0 with protocol All: every port, "HA ports").
    struct Rule
    {
        enum class Kind : quint8 { LoadBalancing, InboundNat, InboundNatPool };
        Kind kind = Kind::LoadBalancing;
        QString id;
        QString name;
        QString frontendId;
        Protocol protocol = Protocol::Tcp; // Tcp, Udp or Any ("All")
        quint16 frontendPortFirst = 0;
        quint16 frontendPortLast = 0;
        quint16 backendPort = 0;
        QStringList backendPoolIds; // LoadBalancing: its pool(s)
        QString backendIpConfigurationId; // InboundNat with a single target
        // enableFloatingIP: the backend sees the frontend's address as the destination, so the
        // NSGs match their destinations against it rather than the target's private address.
        bool floatingIp = false;
        QString problem; // why the rule could not be read (then it is kept as unknown)
    };
    QString id;
    QString name;
    Sku sku = Sku::Unknown;
    std::vector<Frontend> frontends;
    std::vector<Rule> rules;
    QStringList backendPoolIds;
    // What each pool says its members are (lower-case pool id → NIC IP configuration ids), when
    // the load balancer lists them; pools with members named by IP address.
    QHash<QString, QStringList> poolMembers;
    QStringList poolsByAddress;
};

struct Route
{
    QString name;
    QString addressPrefix;
    QString nextHopType; // VirtualAppliance, VirtualNetworkGateway, Internet, None, VnetLocal
    QString nextHopIpAddress;
};

struct RouteTable
{
    QString id;
    QString name;
    std::vector<Route> routes;
};

struct SubnetNetwork
{
    QString id;
    QString name;
    QStringList addressPrefixes;
    QString nsgId;
    QString routeTableId;
};

struct VirtualNetwork
{
    QString id;
    QString name;
    QStringList addressSpace;
    QStringList peeredAddressSpace; // of its peerings' remote networks, when ARM lists them
    std::vector<SubnetNetwork> subnets;
};

// A Virtual Network Manager security admin rule as it applies to one virtual network (the
// effective rules of listNetworkManagerEffectiveSecurityAdminRules, or networkresources rows).
struct AdminRule
{
    enum class Action : quint8 { Allow, AlwaysAllow, Deny, Invalid };
    QString id;
    QString name;
    int priority = -1; // 1…4096, lower first
    Action access = Action::Invalid;
    QString rawAccess;
    Direction direction = Direction::Invalid;
    Protocol protocol = Protocol::Invalid;
    QStringList sources; // IP prefixes or service tags, as written
    QStringList destinations;
    QStringList destinationPortRanges; // empty: every port
    QStringList sourcePortRanges;
    QString problem; // why it cannot be applied as written (then the path is unknown)
};

struct VnetAdminRules
{
    QString virtualNetworkId;
    std::vector<AdminRule> rules;
};

// An Azure Firewall policy DNAT rule: traffic to a public address and port is sent to a private
// address and port.
struct FirewallDnatRule
{
    QString id; // the rule collection group's id
    QString collection;
    QString name;
    QStringList sourceAddresses;
    QStringList sourceIpGroups; // IP group resources (not read: the rule is then unknown)
    QStringList destinationAddresses; // the firewall's public addresses
    QStringList destinationPorts;
    QStringList protocols; // TCP, UDP
    QString translatedAddress;
    QString translatedFqdn;
    QString translatedPort;
};

// Microsoft's service tag data (the serviceTags API, or the weekly JSON download).
struct ServiceTagData
{
    QString cloud;
    QString changeNumber;
    QString source; // the file or URL it came from
    QHash<QString, QStringList> prefixes; // lower-case tag name → address prefixes

    bool isEmpty() const { return prefixes.isEmpty(); }
    const QStringList *find(const QString &tag) const
    {
        auto it = prefixes.constFind(tag.toLower());
        return it == prefixes.constEnd() ? nullptr : &*it;
    }
};

// Everything of the above that a scan read. Empty when the input held NSGs only.
struct NetworkInventory
{
    std::vector<NicNetwork> interfaces;
    std::vector<PublicIpAddress> publicIps;
    std::vector<LoadBalancer> loadBalancers;
    std::vector<VirtualNetwork> virtualNetworks;
    std::vector<RouteTable> routeTables;
    std::vector<VnetAdminRules> adminRules;
    std::vector<FirewallDnatRule> dnatRules;
    ServiceTagData serviceTags;
    QStringList applicationSecurityGroupIds;
    QList<ResourceProblem> problems;
    // Virtual networks whose admin rules were asked for and could not be read (id → why).
    QHash<QString, QString> adminRulesNotRead; // lower-case ids
    bool adminRulesRead = false; // admin rules were looked for (live, or an input had them)
    // Subscriptions (lower-case ids) whose network resources could be read only in part (a
    // live list refused or cut off): nothing in them is latent for want of a path.
    QSet<QString> incompleteSubscriptions;

    bool hasTopology() const
    {
        return !interfaces.empty() || !publicIps.empty() || !loadBalancers.empty()
            || !virtualNetworks.empty();
    }
};

} // namespace nsg
