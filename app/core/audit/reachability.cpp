// SPDX-License-Identifier: MIT
#include "core/audit/reachability.h"

#include "core/audit/findingtext.h"
#include "core/audit/scanresult.h"
#include "core/model/resourceid.h"
#include "core/net/addressprefix.h"
#include "core/net/portset.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace nsg {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("nsg::Reachability", text);
}

QString lower(const QString &id)
{
    return id.toLower();
}

ResourceKey key(const QString &id)
{
    return ResourceKey::of(id);
}

// The last segment of a resource id: its name ("…/networkSecurityGroups/nsg-web" → "nsg-web").
QString lastSegment(const QString &id)
{
    return id.mid(id.lastIndexOf(QLatin1Char('/')) + 1);
}

bool same(const QString &a, const QLatin1String b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

AddressSet publicPart(AddressSet set)
{
    set.intersect(AddressSet::publicInternet());
    return set;
}

// The addresses of prefixes as written ("10.0.0.0/16", "20.1.2.3"); unreadable ones skipped.
AddressSet prefixSet(const QStringList &prefixes)
{
    AddressSet set;
    for (const QString &p : prefixes) {
        if (const std::optional<Cidr> c = Cidr::parse(QStringView(p)))
            set.addCidr(*c);
    }
    return set;
}

// The public Internet of the address's family: clients reach an IPv4 address over IPv4 only.
// Both families when the address is not known.
AddressSet clientsOf(const QString &address)
{
    AddressSet set = AddressSet::publicInternet();
    if (const std::optional<Cidr> c = Cidr::parse(QStringView(address))) {
        if (c->isIpv4())
            set.ipv6().clear();
        else
            set.ipv4().clear();
    }
    return set;
}

bool protocolMatches(Protocol rule, Protocol traffic)
{
    return rule == Protocol::Any || rule == traffic;
}

} // namespace

QString apiName(Endpoint::Via via)
{
    switch (via) {
    case Endpoint::Via::PublicIp:
        return QStringLiteral("publicIp");
    case Endpoint::Via::LoadBalancerRule:
        return QStringLiteral("loadBalancerRule");
    case Endpoint::Via::InboundNatRule:
        return QStringLiteral("inboundNatRule");
    case Endpoint::Via::FirewallDnat:
        return QStringLiteral("firewallDnat");
    }
    return QString();
}

QString apiName(Endpoint::Layer layer)
{
    switch (layer) {
    case Endpoint::Layer::None:
        return QString();
    case Endpoint::Layer::AdminRule:
        return QStringLiteral("adminRule");
    case Endpoint::Layer::SubnetNsg:
        return QStringLiteral("subnetNsg");
    case Endpoint::Layer::NicNsg:
        return QStringLiteral("nicNsg");
    case Endpoint::Layer::Firewall:
        return QStringLiteral("firewall");
    case Endpoint::Layer::Platform:
        return QStringLiteral("platform");
    }
    return QString();
}

QString endpointVerdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Exposed:
        return QStringLiteral("exposed");
    case Verdict::Ok:
        return QStringLiteral("blocked");
    case Verdict::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString apiName(NicReachability::Verdict verdict)
{
    switch (verdict) {
    case NicReachability::Verdict::Exposed:
        return QStringLiteral("exposed");
    case NicReachability::Verdict::Latent:
        return QStringLiteral("latent");
    case NicReachability::Verdict::Ok:
        return QStringLiteral("ok");
    case NicReachability::Verdict::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString apiName(NsgReachability r)
{
    switch (r) {
    case NsgReachability::NotApplicable:
        return QString();
    case NsgReachability::InternetFacing:
        return QStringLiteral("internet-facing");
    case NsgReachability::Latent:
        return QStringLiteral("latent");
    case NsgReachability::NotRead:
        return QStringLiteral("not-read");
    }
    return QString();
}

QString apiName(NsgStanding s)
{
    switch (s) {
    case NsgStanding::InternetFacing:
        return QStringLiteral("internet-facing");
    case NsgStanding::Exposed:
        return QStringLiteral("exposed");
    case NsgStanding::AdmittedByAdminRule:
        return QStringLiteral("admitted-by-admin-rule");
    case NsgStanding::Unknown:
        return QStringLiteral("unknown");
    case NsgStanding::Latent:
        return QStringLiteral("latent");
    case NsgStanding::BlockedByAdminRule:
        return QStringLiteral("blocked-by-admin-rule");
    case NsgStanding::Ok:
        return QStringLiteral("ok");
    }
    return QString();
}

NsgStanding ReachabilityResult::standing(const QString &nsgId, Verdict verdict) const
{
    if (verdict == Verdict::Unknown)
        return NsgStanding::Unknown;
    if (!evaluated)
        return verdict == Verdict::Exposed ? NsgStanding::Exposed : NsgStanding::Ok;
    const QString id = nsgId.toLower();
    const bool onPath = onExposedPaths.contains(id);
    if (verdict != Verdict::Exposed) {
        // OK by the NSG question, yet an exposed endpoint passes through it: an AlwaysAllow admin
        // rule let the Internet past it, or its rules let it in another way (a public service
        // tag with the tag data, a firewall's DNAT that it lets through).
        if (onPath && !decidedExposed.contains(id) && overriddenBy.contains(id))
            return NsgStanding::AdmittedByAdminRule;
        if (onPath)
            return NsgStanding::InternetFacing;
        // OK by its rules, but a path through it could not be decided (an Allow from a public
        // service tag without the tag data, say): not green.
        return onUnknownPaths.contains(id) ? NsgStanding::Unknown : NsgStanding::Ok;
    }
    switch (nsgs.value(id, NsgReachability::NotRead)) {
    case NsgReachability::InternetFacing:
        return NsgStanding::InternetFacing;
    case NsgReachability::Latent:
        // Its own rules are not what lets the Internet in (or keeps it out) here.
        if (onPath)
            return NsgStanding::AdmittedByAdminRule;
        return overriddenBy.contains(id) ? NsgStanding::BlockedByAdminRule : NsgStanding::Latent;
    case NsgReachability::NotRead:
    case NsgReachability::NotApplicable:
        break;
    }
    return NsgStanding::Exposed;
}

ReachabilityResult ReachabilityResult::merged(const std::vector<const ReachabilityResult *> &parts)
{
    ReachabilityResult into;
    for (const ReachabilityResult *p : parts) {
        into.evaluated = into.evaluated || p->evaluated;
        into.endpoints.insert(into.endpoints.end(), p->endpoints.begin(), p->endpoints.end());
        into.interfaces.insert(into.interfaces.end(), p->interfaces.begin(), p->interfaces.end());
        into.adminRules.insert(into.adminRules.end(), p->adminRules.begin(), p->adminRules.end());
        into.nsgs.insert(p->nsgs);
        into.overriddenBy.insert(p->overriddenBy);
        into.onExposedPaths.unite(p->onExposedPaths);
        into.onUnknownPaths.unite(p->onUnknownPaths);
        into.decidedExposed.unite(p->decidedExposed);
        if (into.serviceTagsChange.isEmpty() && into.serviceTagsCloud.isEmpty()) {
            into.serviceTagsCloud = p->serviceTagsCloud;
            into.serviceTagsChange = p->serviceTagsChange;
            into.serviceTagsSource = p->serviceTagsSource;
        }
        Read &r = into.read;
        r.interfaces += p->read.interfaces;
        r.publicIps += p->read.publicIps;
        r.loadBalancers += p->read.loadBalancers;
        r.virtualNetworks += p->read.virtualNetworks;
        r.routeTables += p->read.routeTables;
        r.dnatRules += p->read.dnatRules;
        r.adminRulesLooked = r.adminRulesLooked || p->read.adminRulesLooked;
        r.adminRuleNetworks += p->read.adminRuleNetworks;
        r.adminRulesNotRead += p->read.adminRulesNotRead;
        r.problems += p->read.problems;
        into.warnings += p->warnings;
    }
    return into;
}

const VnetAdminRules *ReachabilityResult::adminRulesOf(const QString &virtualNetworkId) const
{
    for (const VnetAdminRules &a : adminRules) {
        if (a.virtualNetworkId.compare(virtualNetworkId, Qt::CaseInsensitive) == 0)
            return &a;
    }
    return nullptr;
}

QString ReachabilityResult::decidingAdminRule(const QString &nsgId, bool *admits) const
{
    QString rule;
    bool in = false;
    for (const Endpoint &e : endpoints) {
        if (!e.passes(nsgId))
            continue;
        if (e.decidedLayer != Endpoint::Layer::AdminRule)
            return QString();
        if (rule.isEmpty())
            rule = e.decidedRule.isEmpty() ? lastSegment(e.decidedId) : e.decidedRule;
        in = in || e.verdict == Verdict::Exposed;
    }
    if (admits)
        *admits = in;
    return rule;
}

int ReachabilityResult::exposedEndpoints() const
{
    return int(std::count_if(endpoints.begin(), endpoints.end(),
                             [](const Endpoint &e) { return e.verdict == Verdict::Exposed; }));
}

int ReachabilityResult::internetFacingNsgs() const
{
    int n = 0;
    for (NsgReachability r : nsgs)
        n += r == NsgReachability::InternetFacing;
    return n;
}

int ReachabilityResult::latentNsgs() const
{
    int n = 0;
    for (NsgReachability r : nsgs)
        n += r == NsgReachability::Latent;
    return n;
}

// Lookups by lower-case id.
struct Reachability::Index
{
    using Config = std::pair<const NicNetwork *, const NicIpConfiguration *>;
    QHash<ResourceKey, const NsgResult *> nsgs;
    QHash<ResourceKey, Config> ipConfigs;
    QHash<ResourceKey, const PublicIpAddress *> publicIps;
    QHash<ResourceKey, std::pair<const VirtualNetwork *, const SubnetNetwork *>> subnets;
    QHash<ResourceKey, const RouteTable *> routeTables;
    QHash<ResourceKey, const VnetAdminRules *> adminRules;
    QHash<ResourceKey, QList<Config>> poolMembers; // backend pool id → its NIC configurations
    QHash<ResourceKey, QList<Config>> natMembers; // inbound NAT rule or pool id → its targets
    QHash<QString, QList<Config>> byPrivateIp;
    QSet<ResourceKey> backendPools; // every backend pool a load balancer declares
    AddressSet firewallSubnets; // AzureFirewallSubnet prefixes: DNAT's source as NSGs see it
};

// A NIC IP configuration the traffic is for, with what the NSGs and admin rules test.
struct Reachability::Target
{
    const NicNetwork *nic = nullptr;
    const NicIpConfiguration *config = nullptr;
    std::optional<Cidr> ip;
    QStringList asgs; // the application security groups it is a member of
    Protocol protocol = Protocol::Tcp;
    quint16 port = 0;
    const VirtualNetwork *vnet = nullptr;
    const SubnetNetwork *subnet = nullptr;
    AddressSet virtualNetwork; // what the VirtualNetwork tag means here
    // Why VirtualNetwork may hold public addresses here (a route to public space, a route
    // table not read); empty when it is known.
    QString virtualNetworkDoubt;
    QString problem; // why the target cannot be evaluated (subnet not read, …)
};

// What one NSG lets through to the target.
struct Reachability::Gate
{
    bool present = false; // an NSG is associated
    AddressSet allowed;
    bool unknown = false;
    QString why;
    QString allowRule; // the first Allow that let public sources in
    QString denyRule; // the first Deny that stopped some
};

// A public entry point and the port it delivers to.
struct Reachability::Entry
{
    Endpoint::Via via = Endpoint::Via::PublicIp;
    QString viaId;
    QString hop; // the entry point as a hop of the path
    QString publicIp;
    quint16 frontendPort = 0;
    quint16 backendPort = 0;
    Protocol protocol = Protocol::Tcp;
    bool closedWithoutNsg = false; // Standard SKU: closed to inbound unless an NSG allows
    QString skuNote;
    AddressSet sources; // public sources the entry admits
    bool firewall = false; // DNAT: the NSGs see the firewall's address, not the client's
    bool floatingIp = false; // the NSGs see the frontend's address as the destination
    QString problem;
};

// What the admin rules decided for a path.
struct Reachability::AdminOutcome
{
    AddressSet incoming; // handed on to the NSGs (Allow, or no admin rule matched)
    AddressSet alwaysAllowed; // admitted past every NSG
    QString alwaysRule, denyRule; // the first AlwaysAllow and Deny rule that decided
    bool unknown = false;
    Endpoint::Layer layer = Endpoint::Layer::None;
    QString id, why;
};

Reachability::Reachability(EvaluationOptions options, const NetworkInventory &inventory,
                           const std::vector<NsgResult> &nsgs)
    : m_options(std::move(options))
    , m_inventory(inventory)
    , m_nsgs(nsgs)
    , m_index(std::make_unique<Index>())
{ }

Reachability::~Reachability() = default;

ReachabilityResult Reachability::run()
{
    m_result = ReachabilityResult();
    m_result.serviceTagsCloud = m_inventory.serviceTags.cloud;
    m_result.serviceTagsChange = m_inventory.serviceTags.changeNumber;
    m_result.serviceTagsSource = m_inventory.serviceTags.source;
    ReachabilityResult::Read &read = m_result.read;
    read.interfaces = int(m_inventory.interfaces.size());
    read.publicIps = int(m_inventory.publicIps.size());
    read.loadBalancers = int(m_inventory.loadBalancers.size());
    read.virtualNetworks = int(m_inventory.virtualNetworks.size());
    read.routeTables = int(m_inventory.routeTables.size());
    read.dnatRules = int(m_inventory.dnatRules.size());
    read.adminRulesLooked = m_inventory.adminRulesRead;
    read.adminRuleNetworks = int(m_inventory.adminRules.size());
    read.adminRulesNotRead = int(m_inventory.adminRulesNotRead.size());
    read.problems = int(m_inventory.problems.size());
    m_result.evaluated = m_inventory.hasTopology();
    if (m_result.evaluated)
        m_result.adminRules = m_inventory.adminRules;
    if (!m_result.evaluated) {
        classifyNsgs();
        return std::move(m_result);
    }
    indexInventory();
    m_ports = computePolicyPorts();
    reserveEndpoints();
    if (!m_inventory.adminRulesRead)
        m_result.warnings.append(
            tr("No Virtual Network Manager admin rules were read: none are assumed. Admin rules "
               "are evaluated before NSGs; add the effective admin rules of each virtual network "
               "to the input to have them decide."));
    if (m_inventory.serviceTags.isEmpty())
        m_result.warnings.append(
            tr("No service tag data was read: an Allow from a public service tag other than "
               "AzureCloud is unknown on every path it decides."));
    publicIpEndpoints();
    loadBalancerEndpoints();
    dnatEndpoints();
    m_result.interfaces.reserve(m_inventory.interfaces.size());
    classifyInterfaces();
    classifyNsgs();
    m_result.openPaths = std::make_shared<const NetworkInventory>(openPathsInventory());
    return std::move(m_result);
}

NetworkInventory Reachability::openPathsInventory() const
{
    QSet<ResourceKey> nics, publicIps, loadBalancers, vnets, routeTables;
    bool dnat = false;
    for (const Endpoint &e : m_result.endpoints) {
        if (e.verdict == Verdict::Ok)
            continue;
        nics.insert(key(e.networkInterfaceId));
        vnets.insert(key(e.virtualNetworkId));
        switch (e.via) {
        case Endpoint::Via::PublicIp:
            publicIps.insert(key(e.viaId));
            break;
        case Endpoint::Via::LoadBalancerRule:
        case Endpoint::Via::InboundNatRule:
            // /subscriptions/…/providers/Microsoft.Network/loadBalancers/NAME/…
            loadBalancers.insert(key(e.viaId.section(QLatin1Char('/'), 0, 8)));
            break;
        case Endpoint::Via::FirewallDnat:
            dnat = true;
            break;
        }
    }
    NetworkInventory out;
    out.adminRulesRead = m_inventory.adminRulesRead;
    out.serviceTags = m_inventory.serviceTags;
    out.applicationSecurityGroupIds = m_inventory.applicationSecurityGroupIds;
    out.incompleteSubscriptions = m_inventory.incompleteSubscriptions;
    if (nics.isEmpty())
        return out;
    out.interfaces.reserve(size_t(nics.size()));
    for (const NicNetwork &nic : m_inventory.interfaces) {
        if (nics.contains(key(nic.id)))
            out.interfaces.push_back(nic);
    }
    for (const LoadBalancer &lb : m_inventory.loadBalancers) {
        if (!loadBalancers.contains(key(lb.id)))
            continue;
        out.loadBalancers.push_back(lb);
        for (const LoadBalancer::Frontend &f : lb.frontends)
            publicIps.insert(key(f.publicIpId));
    }
    for (const PublicIpAddress &pip : m_inventory.publicIps) {
        if (publicIps.contains(key(pip.id)))
            out.publicIps.push_back(pip);
    }
    for (const VirtualNetwork &vnet : m_inventory.virtualNetworks) {
        if (!vnets.contains(key(vnet.id)))
            continue;
        out.virtualNetworks.push_back(vnet);
        for (const SubnetNetwork &subnet : vnet.subnets)
            routeTables.insert(key(subnet.routeTableId));
    }
    for (const RouteTable &table : m_inventory.routeTables) {
        if (routeTables.contains(key(table.id)))
            out.routeTables.push_back(table);
    }
    for (const VnetAdminRules &rules : m_inventory.adminRules) {
        if (vnets.contains(key(rules.virtualNetworkId)))
            out.adminRules.push_back(rules);
    }
    for (auto it = m_inventory.adminRulesNotRead.constBegin();
         it != m_inventory.adminRulesNotRead.constEnd(); ++it) {
        if (vnets.contains(key(it.key())))
            out.adminRulesNotRead.insert(it.key(), it.value());
    }
    if (dnat)
        out.dnatRules = m_inventory.dnatRules;
    return out;
}

QStringList ReachabilityResult::nsgIdsOnOpenPaths(const QString &nsgId) const
{
    QStringList ids;
    for (const Endpoint &e : endpoints) {
        if (e.verdict == Verdict::Ok || !e.passes(nsgId))
            continue;
        for (const QString &id : e.nsgIds) {
            if (!ids.contains(id, Qt::CaseInsensitive))
                ids.append(id);
        }
    }
    return ids;
}

void ReachabilityResult::putNsg(std::vector<NsgResult> &nsgsOnPaths, const NsgResult &changed)
{
    const QString &id = changed.nsg.id();
    const auto it = std::find_if(nsgsOnPaths.begin(), nsgsOnPaths.end(), [&](const NsgResult &r) {
        return r.nsg.id().compare(id, Qt::CaseInsensitive) == 0;
    });
    if (it != nsgsOnPaths.end())
        *it = changed;
    else
        nsgsOnPaths.push_back(changed);
}

std::vector<ReachabilityResult::Change>
ReachabilityResult::followAgain(const QString &nsgId, const std::vector<NsgResult> &nsgsOnPaths,
                                const EvaluationOptions &options) const
{
    std::vector<Change> out;
    for (const Endpoint &e : endpoints) {
        if (e.verdict != Verdict::Ok && e.passes(nsgId))
            out.push_back(Change{&e, Endpoint()});
    }
    if (out.empty())
        return out;
    std::vector<Endpoint> again;
    if (openPaths)
        again = Reachability(options, *openPaths, nsgsOnPaths).run().endpoints;
    // The same entry point to the same IP configuration and port is the same path.
    auto same = [](const Endpoint &a, const Endpoint &b) {
        return a.via == b.via && a.frontendPort == b.frontendPort && a.targetPort == b.targetPort
            && a.protocol == b.protocol && a.viaId.compare(b.viaId, Qt::CaseInsensitive) == 0
            && a.ipConfigurationId.compare(b.ipConfigurationId, Qt::CaseInsensitive) == 0;
    };
    for (Change &c : out) {
        const auto it = std::find_if(again.begin(), again.end(),
                                     [&](const Endpoint &a) { return same(a, *c.before); });
        if (it != again.end()) {
            c.after = *it;
        } else {
            c.after = *c.before;
            c.after.verdict = Verdict::Unknown;
            c.after.decidedLayer = Endpoint::Layer::None;
            c.after.decidedId.clear();
            c.after.decidedRule.clear();
            c.after.allowed = AddressSet();
            c.after.reason = tr("the path could not be followed again");
        }
    }
    return out;
}

void Reachability::indexInventory()
{
    Index &ix = *m_index;
    ix.nsgs.reserve(qsizetype(m_nsgs.size()));
    ix.ipConfigs.reserve(qsizetype(m_inventory.interfaces.size()));
    // Only a DNAT rule names its target by address.
    const bool byAddress = !m_inventory.dnatRules.empty();
    if (byAddress)
        ix.byPrivateIp.reserve(qsizetype(m_inventory.interfaces.size()));
    ix.publicIps.reserve(qsizetype(m_inventory.publicIps.size()));
    qsizetype subnets = 0;
    for (const VirtualNetwork &vnet : m_inventory.virtualNetworks)
        subnets += qsizetype(vnet.subnets.size());
    ix.subnets.reserve(subnets);
    for (const NsgResult &r : m_nsgs)
        ix.nsgs.insert(key(r.nsg.id()), &r);
    for (const NicNetwork &nic : m_inventory.interfaces) {
        for (const NicIpConfiguration &c : nic.ipConfigurations) {
            const Index::Config config{&nic, &c};
            if (!c.id.isEmpty())
                ix.ipConfigs.insert(key(c.id), config);
            for (const QString &pool : c.backendPoolIds)
                ix.poolMembers[key(pool)].append(config);
            for (const QString &rule : c.inboundNatRuleIds)
                ix.natMembers[key(rule)].append(config);
            if (byAddress && !c.privateIpAddress.isEmpty())
                ix.byPrivateIp[c.privateIpAddress].append(config);
        }
    }
    for (const PublicIpAddress &pip : m_inventory.publicIps)
        ix.publicIps.insert(key(pip.id), &pip);
    for (const VirtualNetwork &vnet : m_inventory.virtualNetworks) {
        for (const SubnetNetwork &s : vnet.subnets) {
            ix.subnets.insert(key(s.id), {&vnet, &s});
            if (same(s.name, QLatin1String("AzureFirewallSubnet")))
                ix.firewallSubnets.unite(prefixSet(s.addressPrefixes));
        }
    }
    for (const RouteTable &t : m_inventory.routeTables)
        ix.routeTables.insert(key(t.id), &t);
    for (const VnetAdminRules &a : m_inventory.adminRules)
        ix.adminRules.insert(key(a.virtualNetworkId), &a);
    for (const LoadBalancer &lb : m_inventory.loadBalancers) {
        for (const QString &pool : lb.backendPoolIds)
            ix.backendPools.insert(key(pool));
    }
}

std::vector<std::pair<Protocol, quint16>> Reachability::computePolicyPorts() const
{
    // A port range is probed at its ends and, when short, at every port: one endpoint per port.
    std::vector<std::pair<Protocol, quint16>> ports;
    for (const PortTarget &t : m_options.policy.targets) {
        if (t.last - t.first < 16) {
            for (int p = t.first; p <= t.last; ++p)
                ports.emplace_back(t.protocol, quint16(p));
        } else {
            ports.emplace_back(t.protocol, t.first);
            ports.emplace_back(t.protocol, t.last);
        }
    }
    return ports;
}

// Room for every endpoint the entry points can give, so that the list is not moved while it
// grows (an endpoint is some thirty values, and a large estate has a hundred thousand).
void Reachability::reserveEndpoints()
{
    size_t entries = m_inventory.dnatRules.size();
    for (const NicNetwork &nic : m_inventory.interfaces) {
        for (const NicIpConfiguration &c : nic.ipConfigurations)
            entries += !c.publicIpId.isEmpty() || !c.publicIpAddress.isEmpty();
    }
    for (const LoadBalancer &lb : m_inventory.loadBalancers) {
        for (const LoadBalancer::Rule &rule : lb.rules) {
            size_t targets = 1;
            for (const QString &pool : rule.backendPoolIds) {
                const auto it = m_index->poolMembers.constFind(key(pool));
                if (it != m_index->poolMembers.constEnd())
                    targets += size_t(it->size());
            }
            entries += targets;
        }
    }
    m_result.endpoints.reserve(entries * std::max<size_t>(1, m_ports.size()));
}

void Reachability::publicIpEndpoints()
{
    for (const NicNetwork &nic : m_inventory.interfaces) {
        for (const NicIpConfiguration &c : nic.ipConfigurations) {
            if (c.publicIpId.isEmpty() && c.publicIpAddress.isEmpty())
                continue;
            const PublicIpAddress *pip = m_index->publicIps.value(key(c.publicIpId));
            Entry entry;
            entry.via = Endpoint::Via::PublicIp;
            entry.viaId = c.publicIpId;
            entry.publicIp = pip && !pip->ipAddress.isEmpty() ? pip->ipAddress
                : !c.publicIpAddress.isEmpty()                ? c.publicIpAddress
                                                              : c.publicIpId;
            const QString name = pip ? pip->name : lastSegment(c.publicIpId);
            if (!pip) {
                entry.skuNote = tr("the public IP's SKU was not read: open without an NSG, as a "
                                   "Basic one is");
            } else if (pip->sku == PublicIpAddress::Sku::Standard) {
                entry.closedWithoutNsg = true;
                entry.skuNote = tr("Standard SKU: closed to inbound traffic unless an NSG allows "
                                   "it");
            } else if (pip->sku == PublicIpAddress::Sku::Basic) {
                entry.skuNote = tr("Basic SKU: open to inbound traffic unless an NSG denies it "
                                   "(Basic public IPs are retired)");
            } else {
                entry.skuNote = tr("SKU not given: open without an NSG, as a Basic one is");
            }
            entry.sources = clientsOf(entry.publicIp);
            for (const auto &[protocol, port] : m_ports) {
                entry.protocol = protocol;
                entry.frontendPort = entry.backendPort = port;
                entry.hop = tr("public IP %1 (%2) %3 port %4")
                                .arg(name, entry.publicIp, apiName(protocol))
                                .arg(port);
                Target target;
                target.nic = &nic;
                target.config = &c;
                target.protocol = protocol;
                target.port = port;
                evaluate(entry, target);
            }
        }
    }
}

void Reachability::loadBalancerEndpoints()
{
    for (const LoadBalancer &lb : m_inventory.loadBalancers) {
        for (const LoadBalancer::Rule &rule : lb.rules) {
            const auto fe = std::find_if(
                lb.frontends.begin(), lb.frontends.end(), [&](const LoadBalancer::Frontend &f) {
                    return f.id.compare(rule.frontendId, Qt::CaseInsensitive) == 0;
                });
            if (fe != lb.frontends.end() && fe->publicIpId.isEmpty())
                continue; // an internal frontend: not an entry point from the Internet
            // The ports that matter: those the Internet dials, or those the target listens on.
            std::vector<std::pair<quint16, quint16>> pairs; // (frontend, backend)
            const bool haPorts = rule.frontendPortFirst == 0 && rule.backendPort == 0;
            for (const auto &[protocol, port] : m_ports) {
                if (!protocolMatches(rule.protocol, protocol))
                    continue;
                if (haPorts)
                    pairs.emplace_back(port, port);
                else if ((port >= rule.frontendPortFirst && port <= rule.frontendPortLast)
                         || port == rule.backendPort)
                    pairs.emplace_back(rule.frontendPortFirst == rule.frontendPortLast
                                               || port < rule.frontendPortFirst
                                               || port > rule.frontendPortLast
                                           ? rule.frontendPortFirst
                                           : port,
                                       rule.backendPort);
            }
            std::sort(pairs.begin(), pairs.end());
            pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
            if (pairs.empty() && rule.problem.isEmpty())
                continue;
            const PublicIpAddress *pip =
                fe != lb.frontends.end() ? m_index->publicIps.value(key(fe->publicIpId)) : nullptr;
            Entry entry;
            entry.via = rule.kind == LoadBalancer::Rule::Kind::LoadBalancing
                ? Endpoint::Via::LoadBalancerRule
                : Endpoint::Via::InboundNatRule;
            entry.viaId = rule.id;
            entry.floatingIp = rule.floatingIp;
            entry.publicIp = pip && !pip->ipAddress.isEmpty() ? pip->ipAddress
                : fe != lb.frontends.end()                    ? fe->publicIpId
                                                              : QString();
            entry.protocol = rule.protocol == Protocol::Any ? m_options.policy.targets[0].protocol
                                                            : rule.protocol;
            entry.sources = clientsOf(entry.publicIp);
            if (lb.sku == LoadBalancer::Sku::Standard) {
                entry.closedWithoutNsg = true;
                entry.skuNote = tr("Standard load balancer: closed to inbound traffic unless an "
                                   "NSG allows it");
            } else {
                entry.skuNote = lb.sku == LoadBalancer::Sku::Basic
                    ? tr("Basic load balancer: open unless an NSG denies it")
                    : tr("load balancer SKU not given: open without an NSG, as a Basic one is");
            }
            if (!rule.problem.isEmpty())
                entry.problem =
                    tr("load balancer %1, rule %2: %3").arg(lb.name, rule.name, rule.problem);
            else if (fe == lb.frontends.end())
                entry.problem = tr("load balancer %1, rule %2: its frontend %3 is not on the load "
                                   "balancer")
                                    .arg(lb.name, rule.name, rule.frontendId);
            // Its targets: the pool's members, or the one IP configuration a NAT rule names.
            QList<Index::Config> targets;
            QStringList missingPools;
            QString unreadMembers; // an unknown endpoint of its own, beside the members read
            if (rule.kind == LoadBalancer::Rule::Kind::LoadBalancing
                || (rule.kind == LoadBalancer::Rule::Kind::InboundNat
                    && !rule.backendPoolIds.isEmpty())) {
                for (const QString &pool : rule.backendPoolIds) {
                    if (!m_index->backendPools.contains(key(pool))
                        && !m_index->poolMembers.contains(key(pool)))
                        missingPools.append(lastSegment(pool));
                    targets += m_index->poolMembers.value(key(pool));
                    // Members the load balancer names that were not read, or named by address.
                    const QString poolName = lastSegment(pool);
                    int unread = 0;
                    for (const QString &member : lb.poolMembers.value(pool.toLower()))
                        unread += !m_index->ipConfigs.contains(key(member));
                    if (unread > 0 && unreadMembers.isEmpty())
                        unreadMembers = tr("load balancer %1, rule %2: the backend pool %3 has "
                                           "%4 member(s) whose network interfaces were not read")
                                            .arg(lb.name, rule.name, poolName)
                                            .arg(unread);
                    if (lb.poolsByAddress.contains(pool, Qt::CaseInsensitive)
                        && unreadMembers.isEmpty())
                        unreadMembers = tr("load balancer %1, rule %2: the backend pool %3 names "
                                           "members by IP address, which are not followed")
                                            .arg(lb.name, rule.name, poolName);
                }
                if (rule.backendPoolIds.isEmpty() && entry.problem.isEmpty())
                    entry.problem = tr("load balancer %1, rule %2 names no backend pool")
                                        .arg(lb.name, rule.name);
            } else {
                targets = m_index->natMembers.value(key(rule.id));
                if (!rule.backendIpConfigurationId.isEmpty()) {
                    const ResourceKey target = key(rule.backendIpConfigurationId);
                    if (m_index->ipConfigs.contains(target)) {
                        const Index::Config c = m_index->ipConfigs.value(target);
                        if (!targets.contains(c))
                            targets.append(c);
                    } else if (entry.problem.isEmpty()) {
                        entry.problem = tr("load balancer %1, NAT rule %2 sends to %3, which was "
                                           "not read")
                                            .arg(lb.name, rule.name, rule.backendIpConfigurationId);
                    }
                }
            }
            if (!missingPools.isEmpty() && entry.problem.isEmpty())
                entry.problem =
                    tr("load balancer %1, rule %2 sends to the backend pool %3, "
                       "which the load balancer does not have")
                        .arg(lb.name, rule.name, missingPools.join(QLatin1String(", ")));
            if (pairs.empty())
                pairs.emplace_back(rule.frontendPortFirst, rule.backendPort);
            for (const auto &[front, back] : pairs) {
                entry.frontendPort = front;
                entry.backendPort = back == 0 ? front : back;
                const QString ports = rule.frontendPortFirst == rule.frontendPortLast
                    ? QString::number(front)
                    : QStringLiteral("%1-%2")
                          .arg(rule.frontendPortFirst)
                          .arg(rule.frontendPortLast);
                entry.hop = (rule.kind == LoadBalancer::Rule::Kind::LoadBalancing
                                 ? tr("load balancer %1 (%2), rule %3: port %4 → %5")
                                 : tr("load balancer %1 (%2), NAT %3: port %4 → %5"))
                                .arg(lb.name, entry.publicIp, rule.name, ports)
                                .arg(entry.backendPort);
                if (!unreadMembers.isEmpty() && entry.problem.isEmpty()) {
                    Entry unread = entry;
                    unread.problem = unreadMembers;
                    Target none;
                    none.protocol = entry.protocol;
                    none.port = entry.backendPort;
                    evaluate(unread, none);
                }
                if (targets.isEmpty()) {
                    // A broken rule is reported; an empty pool has no path to report.
                    if (!entry.problem.isEmpty()) {
                        Target none;
                        none.protocol = entry.protocol;
                        none.port = entry.backendPort;
                        evaluate(entry, none);
                    }
                    continue;
                }
                for (const Index::Config &c : std::as_const(targets)) {
                    Target target;
                    target.nic = c.first;
                    target.config = c.second;
                    target.protocol = entry.protocol;
                    target.port = entry.backendPort;
                    evaluate(entry, target);
                }
            }
        }
    }
}

void Reachability::dnatEndpoints()
{
    for (const FirewallDnatRule &rule : m_inventory.dnatRules) {
        bool tcp = rule.protocols.isEmpty();
        for (const QString &p : rule.protocols)
            tcp = tcp || same(p, QLatin1String("TCP")) || same(p, QLatin1String("Any"));
        const Protocol protocol = Protocol::Tcp;
        bool okTranslated = false;
        const int translated = rule.translatedPort.toInt(&okTranslated);
        const std::optional<PortSet> fronts = PortSet::parse(rule.destinationPorts);
        std::vector<std::pair<quint16, quint16>> pairs;
        for (const auto &[wanted, port] : m_ports) {
            if (!tcp || wanted != protocol)
                continue;
            if (okTranslated && translated == port && fronts && !fronts->isEmpty())
                pairs.emplace_back(fronts->intervals().intervals().front().first, port);
            else if (fronts && fronts->contains(port))
                pairs.emplace_back(port, okTranslated ? quint16(translated) : port);
        }
        if (pairs.empty())
            continue;
        Entry entry;
        entry.via = Endpoint::Via::FirewallDnat;
        entry.viaId =
            rule.id + QLatin1String("/") + rule.collection + QLatin1String("/") + rule.name;
        entry.publicIp = rule.destinationAddresses.join(QLatin1String(", "));
        entry.protocol = protocol;
        entry.firewall = true;
        entry.closedWithoutNsg = false;
        // The firewall admits only the rule's sources; "*" is every address.
        for (const QString &source : rule.sourceAddresses) {
            if (source == QLatin1String("*"))
                entry.sources.unite(AddressSet::publicInternet());
            else if (const std::optional<Cidr> c = Cidr::parse(QStringView(source)))
                entry.sources.unite(publicPart(AddressSet::fromCidr(*c)));
        }
        // Clients reach the firewall's public addresses in their own family only.
        bool v4 = false, v6 = false;
        for (const QString &d : rule.destinationAddresses) {
            const std::optional<Cidr> c = Cidr::parse(QStringView(d));
            v4 = v4 || !c || c->isIpv4();
            v6 = v6 || !c || c->isIpv6();
        }
        if (!rule.destinationAddresses.isEmpty() && !v4)
            entry.sources.ipv4().clear();
        if (!rule.destinationAddresses.isEmpty() && !v6)
            entry.sources.ipv6().clear();
        if (!rule.sourceIpGroups.isEmpty())
            entry.problem = tr("firewall DNAT rule %1 admits the IP groups %2, which are not read")
                                .arg(rule.name, rule.sourceIpGroups.join(QLatin1String(", ")));
        else if (!okTranslated)
            entry.problem = tr("firewall DNAT rule %1: its translated port '%2' is not a number")
                                .arg(rule.name, rule.translatedPort);
        QList<Index::Config> targets;
        if (rule.translatedAddress.isEmpty()) {
            if (entry.problem.isEmpty())
                entry.problem = tr("firewall DNAT rule %1 translates to the name %2, which is not "
                                   "resolved here")
                                    .arg(rule.name, rule.translatedFqdn);
        } else {
            targets = m_index->byPrivateIp.value(rule.translatedAddress);
            if (targets.size() > 1 && entry.problem.isEmpty())
                entry.problem = tr("firewall DNAT rule %1 translates to %2, which %3 network "
                                   "interfaces have: which one is meant depends on the network")
                                    .arg(rule.name, rule.translatedAddress)
                                    .arg(targets.size());
            else if (targets.isEmpty() && entry.problem.isEmpty())
                entry.problem = tr("firewall DNAT rule %1 translates to %2, and no network "
                                   "interface read has that address")
                                    .arg(rule.name, rule.translatedAddress);
        }
        for (const auto &[front, back] : pairs) {
            entry.frontendPort = front;
            entry.backendPort = back;
            entry.hop = tr("firewall DNAT rule %1 (collection %2): %3 port %4 → %5:%6")
                            .arg(rule.name, rule.collection, entry.publicIp)
                            .arg(front)
                            .arg(rule.translatedAddress.isEmpty() ? rule.translatedFqdn
                                                                  : rule.translatedAddress)
                            .arg(back);
            if (!entry.problem.isEmpty()) {
                Target none;
                none.protocol = protocol;
                none.port = back;
                evaluate(entry, none);
                continue;
            }
            Target target;
            target.nic = targets.front().first;
            target.config = targets.front().second;
            target.protocol = protocol;
            target.port = back;
            evaluate(entry, target);
        }
    }
}

Reachability::Gate Reachability::nsgGate(const QString &nsgId, const Target &target,
                                         const AddressSet &incoming, bool firewallSource) const
{
    Gate gate;
    if (nsgId.isEmpty()) {
        gate.allowed = incoming;
        return gate;
    }
    gate.present = true;
    const NsgResult *result = m_index->nsgs.value(key(nsgId));
    if (!result) {
        gate.unknown = true;
        gate.why = tr("the NSG %1 was not read").arg(lastSegment(nsgId));
        return gate;
    }
    const NetworkSecurityGroup &nsg = result->nsg;
    // Only the messages name it: not decoded on the common path.
    const auto nsgName = [&nsg] {
        return nsg.name();
    };
    if (result->finding.hasNote(Finding::CannotEvaluate)) {
        gate.unknown = true;
        gate.why = tr("the NSG %1 could not be read").arg(nsgName());
        return gate;
    }
    const ServiceTagData &tags = m_inventory.serviceTags;
    AddressSet remaining = incoming;
    std::vector<SecurityRuleView> &rules = m_rules;
    nsg.inboundRuleViews(rules);
    for (const SecurityRuleView &rule : rules) {
        if (remaining.isEmpty())
            break;
        if (rule.isMalformed()) {
            // As in the NSG verdict: a bad rule that cannot match this traffic, whatever its bad
            // field meant, does not stop the evaluation.
            if ((rule.protocol() != Protocol::Invalid
                 && !protocolMatches(rule.protocol(), target.protocol))
                || (rule.destinationPortsReadable() && !rule.destinationPortsContain(target.port)))
                continue;
            gate.unknown = true;
            gate.why =
                tr("the NSG %1 has a rule that cannot be read (%2)").arg(nsgName(), rule.name());
            break;
        }
        if (!protocolMatches(rule.protocol(), target.protocol))
            continue;
        if (!rule.destinationPortsReadable() || !rule.destinationPortsContain(target.port))
            continue;
        // The destination: the target's private address, its ASGs, or everything.
        bool destination = rule.coversAllDestinations();
        if (!destination) {
            for (const QString &d : rule.destinationAddressPrefixes()) {
                const AddressPrefix p = AddressPrefix::classify(d.toStdString());
                if (p.kind == AddressPrefix::Kind::Range && target.ip)
                    destination = destination || p.cidr.contains(*target.ip);
                else if (p.kind == AddressPrefix::Kind::AllIpv4 && target.ip)
                    destination = destination || target.ip->isIpv4();
                else if (p.kind == AddressPrefix::Kind::AllIpv6 && target.ip)
                    destination = destination || target.ip->isIpv6();
                else if (p.kind == AddressPrefix::Kind::Everything
                         && !same(d.trimmed(), QLatin1String("Internet")))
                    destination = true;
            }
            for (const QString &asg : rule.destinationApplicationSecurityGroups())
                destination = destination || target.asgs.contains(asg, Qt::CaseInsensitive);
        }
        if (!destination)
            continue;
        const bool allow = rule.access() == Access::Allow;
        // The rule decides for every connection of its sources only when it takes every source
        // port; otherwise it decides some connections and the rest go on.
        const bool whole = rule.coversAllSourcePorts();
        AddressSet sources;
        QString unresolved;
        if (firewallSource) {
            // DNAT: the NSG sees the firewall's own (private) address.
            bool matches = false;
            bool maybe = false;
            for (const QString &s : rule.sourceAddressPrefixes()) {
                const AddressPrefix p = AddressPrefix::classify(s.toStdString());
                if (p.isAnyLike() && !same(s.trimmed(), QLatin1String("Internet"))) {
                    matches = true;
                } else if (p.kind == AddressPrefix::Kind::VirtualNetwork) {
                    // The firewall's subnet is in VirtualNetwork only when it is in this
                    // network, a peered one or a route's prefix.
                    if (!m_index->firewallSubnets.hasAddresses())
                        maybe = true;
                    else if (target.virtualNetwork.intersects(m_index->firewallSubnets))
                        matches = true;
                } else if (p.kind == AddressPrefix::Kind::Range) {
                    const AddressSet range = AddressSet::fromCidr(p.cidr);
                    if (!m_index->firewallSubnets.hasAddresses())
                        maybe = maybe || !AddressSet::publicInternet().contains(p.cidr);
                    else if (range.intersects(m_index->firewallSubnets))
                        matches = true;
                }
            }
            if (maybe && !matches) {
                if (allow) {
                    gate.unknown = true;
                    gate.why = tr("the NSG %1's rule %2 admits private ranges; the firewall's "
                                  "subnet (AzureFirewallSubnet) was not read")
                                   .arg(nsgName(), rule.name());
                }
                continue;
            }
            if (!matches)
                continue;
            sources = remaining;
        } else {
            // Any-like words and ranges from the rule's parsed sources; tags from its text.
            Intervals<quint32> v4;
            Intervals<uint128> v6;
            rule.sourceIntervals(v4, v6);
            sources.ipv4() = IntervalSet<quint32>::fromCanonical(std::move(v4));
            sources.ipv6() = IntervalSet<uint128>::fromCanonical(std::move(v6));
            sources.intersect(AddressSet::publicInternet());
            const AddressKinds kinds = rule.sourceKinds();
            const bool tagged = kinds.has(AddressPrefix::Kind::VirtualNetwork)
                || kinds.has(AddressPrefix::Kind::AzureCloud)
                || kinds.has(AddressPrefix::Kind::ServiceTag);
            for (const QString &s : tagged ? rule.sourceAddressPrefixes() : QStringList()) {
                const AddressPrefix p = AddressPrefix::classify(s.toStdString());
                switch (p.kind) {
                case AddressPrefix::Kind::Everything:
                case AddressPrefix::Kind::AllIpv4:
                case AddressPrefix::Kind::AllIpv6:
                case AddressPrefix::Kind::Range:
                    break; // in the intervals above
                case AddressPrefix::Kind::VirtualNetwork:
                    if (!target.virtualNetworkDoubt.isEmpty() && allow)
                        unresolved = tr("%1 (VirtualNetwork) may admit Internet sources: %2")
                                         .arg(rule.name(), target.virtualNetworkDoubt);
                    sources.unite(publicPart(target.virtualNetwork));
                    break;
                case AddressPrefix::Kind::AzureLoadBalancer:
                    break; // health probes only
                case AddressPrefix::Kind::AzureCloud:
                case AddressPrefix::Kind::ServiceTag:
                    if (const QStringList *prefixes = tags.find(s.trimmed())) {
                        sources.unite(publicPart(prefixSet(*prefixes)));
                    } else if (p.kind == AddressPrefix::Kind::AzureCloud && allow) {
                        sources.unite(AddressSet::publicInternet()); // as the NSG verdict counts it
                    } else if (allow) {
                        unresolved = tags.isEmpty()
                            ? tr("%1 allows the public service tag %2, not resolved (no service "
                                 "tag data was read)")
                                  .arg(rule.name(), s.trimmed())
                            : tr("%1 allows the service tag %2, which the service tag data (%3) "
                                 "does not list")
                                  .arg(rule.name(), s.trimmed(), tags.changeNumber);
                    }
                    break;
                case AddressPrefix::Kind::Invalid:
                    break;
                }
            }
        }
        if (!unresolved.isEmpty()) {
            gate.unknown = true;
            gate.why = tr("NSG %1: %2").arg(nsgName(), unresolved);
        }
        AddressSet decided = remaining.intersected(sources);
        if (decided.isEmpty())
            continue;
        if (allow) {
            gate.allowed.unite(decided);
            if (gate.allowRule.isEmpty())
                gate.allowRule = rule.name();
        } else if (gate.denyRule.isEmpty() && whole) {
            gate.denyRule = rule.name();
        }
        if (whole)
            remaining.subtract(decided);
    }
    return gate;
}

// The target's private address, ASGs, subnet and what VirtualNetwork means for it; why it
// cannot be evaluated, if it cannot.
QString Reachability::prepareTarget(Target &target, QStringList &path) const
{
    target.ip = Cidr::parse(QStringView(target.config->privateIpAddress));
    target.asgs = target.config->applicationSecurityGroupIds;
    const auto subnet = m_index->subnets.value(key(target.config->subnetId));
    target.vnet = subnet.first;
    target.subnet = subnet.second;
    if (!target.ip)
        return tr("the network interface %1 has no readable private IP address in %2")
            .arg(target.nic->name, target.config->name);
    if (!target.subnet)
        return tr("the network interface %1 is in the subnet %2, which was not read: its NSG "
                  "and its virtual network's admin rules are not known")
            .arg(target.nic->name,
                 target.config->subnetId.isEmpty() ? tr("(none given)") : target.config->subnetId);
    // What VirtualNetwork means for it: the address space, peerings and its routes' prefixes.
    target.virtualNetwork = prefixSet(target.vnet->addressSpace + target.vnet->peeredAddressSpace);
    if (const RouteTable *table = m_index->routeTables.value(key(target.subnet->routeTableId))) {
        for (const Route &r : table->routes) {
            const std::optional<Cidr> prefix = Cidr::parse(QStringView(r.addressPrefix));
            if (!prefix)
                continue;
            // Route prefixes are part of VirtualNetwork. A route to public space (forced
            // tunnelling to an appliance: 0.0.0.0/0, or its two halves) puts the Internet in it,
            // as far as Microsoft's text says ("might also contain default routes"): unknown.
            if (AddressSet::publicInternet().intersects(AddressSet::fromCidr(*prefix))) {
                if (target.virtualNetworkDoubt.isEmpty())
                    target.virtualNetworkDoubt =
                        tr("the route %1 sends %2 to %3, which puts public addresses in "
                           "VirtualNetwork")
                            .arg(table->name + QLatin1Char('/') + r.name, r.addressPrefix,
                                 r.nextHopType);
            } else {
                target.virtualNetwork.addCidr(*prefix);
            }
        }
    } else if (!target.subnet->routeTableId.isEmpty()) {
        const QString name = lastSegment(target.subnet->routeTableId);
        path.append(tr("(the route table %1 was not read)").arg(name));
        target.virtualNetworkDoubt = tr("the route table %1 was not read").arg(name);
    }
    return QString();
}

// The admin rules of the target's virtual network, before any NSG: what they stop, what they
// admit past every NSG, and what they hand on to the NSGs.
Reachability::AdminOutcome
Reachability::applyAdminRules(const Target &target, const AddressSet &incoming, Endpoint &e) const
{
    AdminOutcome out;
    out.incoming = incoming;
    auto mark = [&out](Endpoint::Layer layer, const QString &id, const QString &why) {
        if (!out.unknown) {
            out.unknown = true;
            out.layer = layer;
            out.id = id;
            out.why = why;
        }
    };
    e.virtualNetworkId = target.vnet->id;
    const auto notRead = m_inventory.adminRulesNotRead.isEmpty()
        ? m_inventory.adminRulesNotRead.constEnd()
        : m_inventory.adminRulesNotRead.constFind(lower(target.vnet->id));
    if (notRead != m_inventory.adminRulesNotRead.constEnd()) {
        mark(Endpoint::Layer::AdminRule, target.vnet->id,
             tr("the admin rules of the virtual network %1 could not be read: %2")
                 .arg(target.vnet->name, *notRead));
    } else if (m_inventory.adminRulesRead && !m_index->adminRules.contains(key(target.vnet->id))) {
        mark(Endpoint::Layer::AdminRule, target.vnet->id,
             tr("the admin rules of the virtual network %1 were not in the input (those of "
                "other networks were)")
                 .arg(target.vnet->name));
    } else if (const VnetAdminRules *admin = m_index->adminRules.value(key(target.vnet->id))) {
        std::vector<const AdminRule *> rules;
        for (const AdminRule &r : admin->rules)
            rules.push_back(&r);
        std::stable_sort(rules.begin(), rules.end(), [](const AdminRule *a, const AdminRule *b) {
            return a->priority < b->priority;
        });
        AddressSet remaining = incoming;
        AddressSet handed;
        for (const AdminRule *r : rules) {
            if (remaining.isEmpty())
                break;
            if (!r->problem.isEmpty()) {
                // What it would do is not known: nothing after it is decided.
                mark(Endpoint::Layer::AdminRule, r->id,
                     tr("the admin rule %1: %2").arg(r->name, r->problem));
                break;
            }
            if (r->direction != Direction::Inbound
                || !protocolMatches(r->protocol, target.protocol))
                continue;
            QString portError;
            const std::optional<PortSet> ports = r->destinationPortRanges.isEmpty()
                ? std::optional<PortSet>(PortSet::all())
                : PortSet::parse(r->destinationPortRanges, &portError);
            if (!ports) {
                mark(Endpoint::Layer::AdminRule, r->id,
                     tr("the admin rule %1 has unreadable ports: %2").arg(r->name, portError));
                continue;
            }
            if (!ports->contains(target.port))
                continue;
            bool destination = r->destinations.isEmpty();
            for (const QString &d : r->destinations) {
                if (d == QLatin1String("*") || same(d, QLatin1String("VirtualNetwork")))
                    destination = true;
                else if (const std::optional<Cidr> c = Cidr::parse(QStringView(d)))
                    destination = destination || c->contains(*target.ip);
            }
            if (!destination)
                continue;
            AddressSet sources;
            QString unresolved;
            for (const QString &s : r->sources) {
                if (s == QLatin1String("*") || same(s, QLatin1String("Internet")))
                    sources.unite(AddressSet::publicInternet());
                else if (const std::optional<Cidr> c = Cidr::parse(QStringView(s)))
                    sources.unite(publicPart(AddressSet::fromCidr(*c)));
                else if (same(s, QLatin1String("VirtualNetwork")))
                    sources.unite(publicPart(target.virtualNetwork));
                else if (const QStringList *prefixes = m_inventory.serviceTags.find(s))
                    sources.unite(publicPart(prefixSet(*prefixes)));
                else if (!same(s, QLatin1String("AzureLoadBalancer")))
                    unresolved = s;
            }
            if (r->sources.isEmpty())
                sources = AddressSet::publicInternet();
            if (!unresolved.isEmpty() && r->access != AdminRule::Action::Deny)
                mark(Endpoint::Layer::AdminRule, r->id,
                     tr("the admin rule %1 names the service tag %2, not resolved")
                         .arg(r->name, unresolved));
            const AddressSet decided = remaining.intersected(sources);
            if (decided.isEmpty())
                continue;
            const bool whole = r->sourcePortRanges.isEmpty()
                || PortSet::parse(r->sourcePortRanges).value_or(PortSet()).isAll();
            switch (r->access) {
            case AdminRule::Action::Deny:
                if (whole) {
                    if (out.denyRule.isEmpty())
                        out.denyRule = r->id;
                    remaining.subtract(decided);
                }
                break;
            case AdminRule::Action::AlwaysAllow:
                out.alwaysAllowed.unite(decided);
                if (out.alwaysRule.isEmpty())
                    out.alwaysRule = r->id;
                if (whole)
                    remaining.subtract(decided);
                break;
            case AdminRule::Action::Allow:
                handed.unite(decided);
                if (whole)
                    remaining.subtract(decided);
                break;
            case AdminRule::Action::Invalid:
                break;
            }
        }
        out.incoming = handed.united(remaining);
        const QString vnetName = target.vnet->name;
        e.hopIndex.admin = qint8(e.path.size());
        if (!out.alwaysRule.isEmpty())
            e.path.append(tr("admin rule %1 of %2: AlwaysAllow, the NSGs are not evaluated for "
                             "those sources")
                              .arg(lastSegment(out.alwaysRule), vnetName));
        if (!out.denyRule.isEmpty())
            e.path.append(tr("admin rule %1 of %2: Deny").arg(lastSegment(out.denyRule), vnetName));
        if (out.alwaysRule.isEmpty() && out.denyRule.isEmpty())
            e.path.append(tr("admin rules of %1: none decides, the NSGs do").arg(vnetName));
        e.overridingAdminRule = !out.alwaysRule.isEmpty() ? out.alwaysRule : out.denyRule;
    }
    return out;
}

void Reachability::evaluate(const Entry &entry, const Target &given)
{
    Target target = given;
    Endpoint e;
    e.via = entry.via;
    e.viaId = entry.viaId;
    e.publicIp = entry.publicIp;
    e.frontendPort = entry.frontendPort;
    e.protocol = entry.protocol;
    e.targetPort = target.port;
    e.path.append(tr("Internet"));
    e.path.append(entry.hop);
    if (!entry.skuNote.isEmpty())
        e.path.last() += QStringLiteral(" — ") + entry.skuNote;
    auto finish = [this, &e] {
        m_result.endpoints.push_back(std::move(e));
    };
    if (target.nic) {
        e.networkInterfaceId = target.nic->id;
        e.ipConfigurationId = target.config->id;
        e.privateIp = target.config->privateIpAddress;
    }
    if (!entry.problem.isEmpty() || !target.nic) {
        e.verdict = Verdict::Unknown;
        e.reason = entry.problem;
        return finish();
    }
    if (const QString why = prepareTarget(target, e.path); !why.isEmpty()) {
        e.verdict = Verdict::Unknown;
        e.reason = why;
        return finish();
    }
    if (entry.floatingIp) {
        // Floating IP: Azure maps the destination to the frontend's address, not the
        // target's; the admin rules and NSGs match their destinations against that.
        const std::optional<Cidr> frontend = Cidr::parse(QStringView(entry.publicIp));
        if (!frontend) {
            e.verdict = Verdict::Unknown;
            e.reason = tr("the rule uses floating IP, so the NSGs see the frontend's address as "
                          "the destination, and that address (%1) is not known")
                           .arg(entry.publicIp);
            return finish();
        }
        e.path.append(tr("floating IP: the destination stays the frontend address %1, not %2")
                          .arg(entry.publicIp, target.config->privateIpAddress));
        target.ip = frontend;
    }

    AddressSet incoming = entry.sources;
    bool unknown = false;
    QString unknownWhy;
    auto markUnknown = [&](Endpoint::Layer layer, const QString &id, const QString &why) {
        if (!unknown) {
            unknown = true;
            unknownWhy = why;
            e.decidedLayer = layer;
            e.decidedId = id;
        }
    };
    if (entry.firewall && incoming.isEmpty()) {
        e.verdict = Verdict::Ok;
        e.decidedLayer = Endpoint::Layer::Firewall;
        e.decidedId = entry.viaId;
        e.reason = tr("the DNAT rule admits no public source");
        return finish();
    }

    const AdminOutcome admin = applyAdminRules(target, incoming, e);
    if (admin.unknown)
        markUnknown(admin.layer, admin.id, admin.why);
    incoming = admin.incoming;
    const AddressSet &alwaysAllowed = admin.alwaysAllowed;
    const QString &alwaysRule = admin.alwaysRule;
    const QString &denyRule = admin.denyRule;

    // The subnet's NSG, then the NIC's.
    const QString subnetNsg = target.subnet->nsgId;
    const QString nicNsg = target.nic->nsgId;
    if (!subnetNsg.isEmpty())
        e.nsgIds.append(subnetNsg);
    if (!nicNsg.isEmpty())
        e.nsgIds.append(nicNsg);
    e.subnetNsgId = subnetNsg;
    e.nicNsgId = nicNsg;
    AddressSet allowed;
    Gate first, second;
    if (subnetNsg.isEmpty() && nicNsg.isEmpty()) {
        e.hopIndex.platform = qint8(e.path.size());
        if (entry.closedWithoutNsg) {
            e.path.append(tr("no NSG on the subnet or the NIC: closed (Standard SKU)"));
        } else {
            allowed = incoming;
            e.path.append(tr("no NSG on the subnet or the NIC: nothing filters the traffic"));
        }
    } else {
        // What a gate did, as a hop says it.
        const bool admitted = !alwaysAllowed.isEmpty();
        auto outcome = [admitted](const Gate &g, const AddressSet &in) {
            return in.isEmpty() && admitted
                ? tr("not evaluated for those sources: the admin rule always allows them")
                : in.isEmpty()        ? tr("not evaluated: nothing reaches it")
                : g.unknown           ? tr("unknown")
                : g.allowed.isEmpty() ? tr("denies")
                                      : tr("allows (%1)").arg(g.allowRule);
        };
        first = nsgGate(subnetNsg, target, incoming, entry.firewall);
        if (first.present) {
            e.hopIndex.subnetNsg = qint8(e.path.size());
            e.path.append(
                tr("subnet NSG %1: %2").arg(lastSegment(subnetNsg), outcome(first, incoming)));
        }
        if (first.unknown)
            markUnknown(Endpoint::Layer::SubnetNsg, subnetNsg, first.why);
        second = nsgGate(nicNsg, target, first.allowed, entry.firewall);
        if (second.present) {
            e.hopIndex.nicNsg = qint8(e.path.size());
            e.path.append(
                tr("NIC NSG %1: %2").arg(lastSegment(nicNsg), outcome(second, first.allowed)));
        }
        if (second.unknown)
            markUnknown(Endpoint::Layer::NicNsg, nicNsg, second.why);
        allowed = second.allowed;
    }
    e.hopIndex.target = qint8(e.path.size());
    e.path.append(tr("network interface %1, %2 port %3")
                      .arg(target.nic->name, target.config->privateIpAddress)
                      .arg(target.port));
    allowed.unite(alwaysAllowed);
    e.allowed = allowed;
    // After an admin rule that could not be read, only what was always allowed before it is
    // proven to reach the target.
    const bool exceeds = exceedsSet(admin.unknown ? alwaysAllowed : allowed);
    const QString reach = countPhrase(quint64(allowed.ipv4Count()), allowed.ipv6Count());
    if (exceeds) {
        e.verdict = Verdict::Exposed;
        if (!alwaysRule.isEmpty() && !alwaysAllowed.isEmpty()) {
            e.decidedLayer = Endpoint::Layer::AdminRule;
            e.decidedId = alwaysRule;
            e.decidedRule = lastSegment(alwaysRule);
            e.reason = tr("the admin rule %1 always allows %2 to reach it, whatever the NSGs say")
                           .arg(e.decidedRule, reach);
        } else if (entry.firewall) {
            e.decidedLayer = Endpoint::Layer::Firewall;
            e.decidedId = entry.viaId;
            e.decidedRule = lastSegment(entry.viaId);
            e.reason = tr("the firewall's DNAT rule admits %1, and the NSGs let the firewall "
                          "through")
                           .arg(reach);
        } else if (second.present) {
            e.decidedLayer = Endpoint::Layer::NicNsg;
            e.decidedId = nicNsg;
            e.decidedRule = second.allowRule;
            e.reason =
                tr("%1 can reach it: the NIC's NSG allows them (%2)").arg(reach, second.allowRule);
        } else if (first.present) {
            e.decidedLayer = Endpoint::Layer::SubnetNsg;
            e.decidedId = subnetNsg;
            e.decidedRule = first.allowRule;
            e.reason = tr("%1 can reach it: the subnet's NSG allows them (%2)")
                           .arg(reach, first.allowRule);
        } else {
            e.decidedLayer = Endpoint::Layer::Platform;
            e.reason = tr("%1 can reach it: no NSG on its subnet or NIC, and %2")
                           .arg(reach, entry.skuNote);
        }
        return finish();
    }
    if (unknown) {
        e.verdict = Verdict::Unknown;
        e.reason = unknownWhy;
        return finish();
    }
    e.verdict = Verdict::Ok;
    const QString few =
        allowed.hasAddresses() ? tr(" (only %1, within the breadth limit)").arg(reach) : QString();
    if (!denyRule.isEmpty() && incoming.isEmpty() && alwaysAllowed.isEmpty()) {
        e.decidedLayer = Endpoint::Layer::AdminRule;
        e.decidedId = denyRule;
        e.decidedRule = lastSegment(denyRule);
        e.reason = tr("the admin rule %1 denies it before any NSG is evaluated").arg(e.decidedRule);
    } else if (!first.present && !second.present) {
        e.decidedLayer = Endpoint::Layer::Platform;
        e.reason = tr("no NSG on its subnet or NIC, and %1").arg(entry.skuNote) + few;
    } else if (first.present && !exceedsSet(first.allowed)) {
        e.decidedLayer = Endpoint::Layer::SubnetNsg;
        e.decidedId = subnetNsg;
        e.decidedRule = first.denyRule;
        e.reason = first.denyRule.isEmpty()
            ? tr("only %1 reach it, within the breadth limit").arg(reach)
            : tr("the subnet's NSG stops it (%1)").arg(first.denyRule) + few;
    } else {
        e.decidedLayer = Endpoint::Layer::NicNsg;
        e.decidedId = nicNsg;
        e.decidedRule = second.denyRule;
        e.reason = second.denyRule.isEmpty()
            ? tr("only %1 reach it, within the breadth limit").arg(reach)
            : tr("the NIC's NSG stops it (%1)").arg(second.denyRule) + few;
    }
    finish();
}

bool Reachability::exceedsSet(const AddressSet &set) const
{
    return set.ipv4Count() > m_options.limit.maxPublicIpv4
        || set.ipv6Count() > ipv6BlockSize(m_options.limit.minIpv6PrefixLength);
}

void Reachability::classifyInterfaces()
{
    struct Counts
    {
        int exposed = 0, unknown = 0, all = 0;
    };
    QHash<ResourceKey, Counts> byNic; // the endpoints to each NIC
    byNic.reserve(qsizetype(m_result.endpoints.size()));
    for (const Endpoint &e : m_result.endpoints) {
        if (e.networkInterfaceId.isEmpty())
            continue;
        Counts &c = byNic[key(e.networkInterfaceId)];
        c.exposed += e.verdict == Verdict::Exposed;
        c.unknown += e.verdict == Verdict::Unknown;
        ++c.all;
    }
    // The reasons without arguments, translated once and shared by every NIC they describe.
    const QString latentStopped =
        tr("its NSGs would let public sources in, but every public entry point to it is stopped "
           "before them");
    const QString latentNoPath =
        tr("its NSGs let public sources in, but no public entry point read reaches it");
    const QString notRead = tr("its subnet or an NSG on its path was not read");
    const QString allBlocked = tr("every public entry point to it is blocked");
    const QString closed =
        tr("no public entry point reaches it, and its NSGs would not admit the Internet");
    for (const NicNetwork &nic : m_inventory.interfaces) {
        NicReachability r;
        r.id = nic.id;
        r.name = nic.name;
        r.nsgId = nic.nsgId;
        for (const NicIpConfiguration &c : nic.ipConfigurations) {
            if (!c.privateIpAddress.isEmpty())
                r.privateIps.append(c.privateIpAddress);
        }
        const auto [exposed, unknown, all] = byNic.value(key(nic.id));
        r.endpoints = all;
        if (exposed > 0) {
            r.verdict = NicReachability::Verdict::Exposed;
            r.reason = QCoreApplication::translate(
                "nsg::Reachability", "reached from %n public entry point(s)", nullptr, exposed);
        } else if (unknown > 0) {
            r.verdict = NicReachability::Verdict::Unknown;
            r.reason = QCoreApplication::translate(
                "nsg::Reachability", "%n public entry point(s) to it could not be decided", nullptr,
                unknown);
        } else if (!nic.problems.isEmpty()) {
            r.verdict = NicReachability::Verdict::Unknown;
            r.reason = nic.problems.join(QLatin1String("; "));
        } else {
            // Would its NSGs let the Internet in, if a public entry point came to it?
            bool latent = false;
            bool undecided = false;
            // The NSGs on its paths, each looked up once.
            const auto nsgOf = [this](const QString &id) -> const NsgResult * {
                return id.isEmpty() ? nullptr : m_index->nsgs.value(key(id));
            };
            const NsgResult *nicNsg = nsgOf(nic.nsgId);
            const NsgResult *closedBy = nullptr; // an NSG whose own verdict closes the port
            const NsgResult *admits = nullptr; // one whose own rules let public sources in
            // An NSG whose own verdict is OK lets no more than the limit in to any of its
            // destinations (that verdict is not destination-aware, so it is the wider one),
            // unless it allows a service tag that tag data may resolve: such a layer closes the
            // path, and its gate need not be evaluated.
            const auto closes = [](const NsgResult *n) {
                return n && n->finding.verdict == Verdict::Ok
                    && !n->finding.hasNote(Finding::ServiceTagAllowed);
            };
            for (const NicIpConfiguration &c : nic.ipConfigurations) {
                const auto subnet = m_index->subnets.value(key(c.subnetId));
                if (!subnet.second) {
                    undecided = true;
                    continue;
                }
                const NsgResult *subnetNsg = nsgOf(subnet.second->nsgId);
                for (const NsgResult *n : {subnetNsg, nicNsg}) {
                    if (!admits && n && n->finding.verdict == Verdict::Exposed)
                        admits = n;
                }
                if (closes(subnetNsg) || closes(nicNsg)) {
                    if (!closedBy)
                        closedBy = closes(subnetNsg) ? subnetNsg : nicNsg;
                    continue;
                }
                for (const auto &[protocol, port] : m_ports) {
                    Target t;
                    t.nic = &nic;
                    t.config = &c;
                    t.ip = Cidr::parse(QStringView(c.privateIpAddress));
                    t.asgs = c.applicationSecurityGroupIds;
                    t.protocol = protocol;
                    t.port = port;
                    t.vnet = subnet.first;
                    t.subnet = subnet.second;
                    const Gate a =
                        nsgGate(subnet.second->nsgId, t, AddressSet::publicInternet(), false);
                    const Gate b = nsgGate(nic.nsgId, t, a.allowed, false);
                    latent = latent || (exceedsSet(b.allowed) && (a.present || b.present));
                    undecided = undecided || a.unknown || b.unknown;
                }
            }
            if (latent) {
                r.verdict = NicReachability::Verdict::Latent;
                r.reason = r.endpoints > 0 ? latentStopped : latentNoPath;
            } else if (undecided) {
                r.verdict = NicReachability::Verdict::Unknown;
                r.reason = notRead;
            } else {
                r.verdict = NicReachability::Verdict::Ok;
                // An NSG on its path is exposed by its own rules (latent, in the tree): say why
                // that does not reach this NIC.
                r.reason = r.endpoints > 0 ? allBlocked
                    : !admits              ? closed
                    : closedBy
                    ? tr("no public entry point reaches it; %1 lets public sources in by its own "
                         "rules, but %2 on the same path would stop them")
                          .arg(admits->nsg.name(), closedBy->nsg.name())
                    : tr("no public entry point reaches it; %1 lets public sources in by its own "
                         "rules, but not through to this NIC (they aim at other destinations, or "
                         "are narrowed on its path)")
                          .arg(admits->nsg.name());
            }
        }
        m_result.interfaces.push_back(std::move(r));
    }
}

void Reachability::classifyNsgs()
{
    // Only exposed NSGs have a reachability; there are few of them.
    QHash<ResourceKey, NsgReachability> exposed;
    for (const NsgResult &r : m_nsgs) {
        if (r.finding.verdict == Verdict::Exposed)
            exposed.insert(key(r.nsg.id()), NsgReachability::NotRead);
    }
    QSet<ResourceKey> undecided, onExposed;
    // The result's sets are keyed by lower-case ids: lowered once per NSG, not once per path.
    auto once = [](QSet<ResourceKey> &seen, const QString &id) {
        const qsizetype before = seen.size();
        seen.insert(key(id));
        return seen.size() != before;
    };
    for (const Endpoint &e : m_result.endpoints) {
        if (!e.overridingAdminRule.isEmpty()) {
            for (const QString &id : e.nsgIds)
                m_result.overriddenBy.insert(lower(id), e.overridingAdminRule);
        }
        if (e.verdict == Verdict::Unknown) {
            // A path through it that could not be decided: it is not latent.
            for (const QString &id : e.nsgIds) {
                if (once(undecided, id))
                    m_result.onUnknownPaths.insert(lower(id));
            }
        }
        if (e.verdict == Verdict::Exposed) {
            for (const QString &id : e.nsgIds) {
                if (once(onExposed, id))
                    m_result.onExposedPaths.insert(lower(id));
            }
            if (e.decidedLayer == Endpoint::Layer::SubnetNsg
                || e.decidedLayer == Endpoint::Layer::NicNsg)
                m_result.decidedExposed.insert(lower(e.decidedId));
        }
        if (e.verdict != Verdict::Exposed || e.decidedLayer == Endpoint::Layer::AdminRule)
            continue;
        for (const QString &id : e.nsgIds) {
            if (auto it = exposed.find(key(id)); it != exposed.end())
                *it = NsgReachability::InternetFacing;
        }
    }
    if (m_result.evaluated) {
        // The others guard something that was read (a NIC or a subnet in the inventory) that
        // no exposed endpoint reaches, or nothing at all: latent.
        const QSet<QString> &partial = m_inventory.incompleteSubscriptions;
        auto guards = [&exposed, &undecided, &partial](const QString &nsgId,
                                                       const QString &guardedId) {
            if (nsgId.isEmpty() || exposed.isEmpty())
                return;
            const ResourceKey nsg = key(nsgId);
            if (undecided.contains(nsg))
                return;
            // What reaches a resource of a subscription read in part is not known.
            if (!partial.isEmpty()
                && (partial.contains(ResourceId::parse(guardedId).subscriptionId.toLower())
                    || partial.contains(ResourceId::parse(nsgId).subscriptionId.toLower())))
                return;
            if (auto it = exposed.find(nsg); it != exposed.end() && *it == NsgReachability::NotRead)
                *it = NsgReachability::Latent;
        };
        for (const NicNetwork &nic : m_inventory.interfaces)
            guards(nic.nsgId, nic.id);
        for (const VirtualNetwork &vnet : m_inventory.virtualNetworks) {
            for (const SubnetNetwork &s : vnet.subnets)
                guards(s.nsgId, vnet.id);
        }
    }
    for (const NsgResult &r : m_nsgs) {
        if (r.finding.verdict != Verdict::Exposed)
            continue;
        const QString nsgId = r.nsg.id();
        NsgReachability reach = exposed.value(key(nsgId));
        if (reach == NsgReachability::NotRead && m_result.evaluated && !r.nsg.isAttached()
            && !undecided.contains(key(nsgId)))
            reach = NsgReachability::Latent; // it guards nothing at all
        m_result.nsgs.insert(lower(nsgId), reach);
    }
}

} // namespace nsg
