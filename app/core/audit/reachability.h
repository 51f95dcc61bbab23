// SPDX-License-Identifier: MIT
#pragma once

#include "core/audit/finding.h"
#include "core/audit/portpolicy.h"
#include "core/model/network.h"
#include "core/net/addressset.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace nsg {

struct NsgResult;

// One public entry point that can deliver the policy's traffic to a private target, and what
// Azure decides for it: Virtual Network Manager admin rules first, then the subnet's NSG, then
// the NIC's, each destination-aware (docs/exposure-rules.md, 'Reachability').
struct Endpoint
{
    enum class Via : quint8 { PublicIp, LoadBalancerRule, InboundNatRule, FirewallDnat };
    enum class Layer : quint8 { None, AdminRule, SubnetNsg, NicNsg, Firewall, Platform };

    Via via = Via::PublicIp;
    QString viaId; // the public IP, load-balancing rule, NAT rule or pool, or DNAT rule
    QString publicIp; // the address when known, else the public IP's id
    quint16 frontendPort = 0;
    Protocol protocol = Protocol::Tcp;
    QString networkInterfaceId;
    QString ipConfigurationId;
    QString privateIp;
    quint16 targetPort = 0; // the port the NSGs see (a load balancer's backend port)

    Verdict verdict = Verdict::Unknown; // Exposed, Ok (blocked) or Unknown
    Layer decidedLayer = Layer::None;
    QString decidedId; // the admin rule, NSG or DNAT rule that decided
    QString decidedRule; // its rule's name
    AddressSet allowed; // public sources that reach the target
    QString reason;
    QStringList path; // hops in order, for people
    // Where each layer's hop is in path (-1: not on it), for the path picture (pathhops.h).
    struct HopIndex
    {
        qint8 admin = -1; // the admin rules of the target's virtual network
        qint8 subnetNsg = -1;
        qint8 nicNsg = -1;
        qint8 platform = -1; // no NSG at all: what the public IP's SKU decides
        qint8 target = -1; // the network interface
    } hopIndex;
    QString subnetNsgId; // the NSGs on the path, where there are
    QString nicNsgId;
    QString virtualNetworkId; // the target's virtual network (whose admin rules apply)
    QStringList nsgIds; // the NSGs on the path, subnet's first (for each NSG's reachability)
    QString overridingAdminRule; // an admin rule that decided before the NSGs (Deny/AlwaysAllow)

    // Whether its path passes the NSG (ids compare without case).
    bool passes(const QString &nsgId) const { return nsgIds.contains(nsgId, Qt::CaseInsensitive); }
};
// The order endpoints are listed in: exposed first, then undecided, then blocked.
inline int endpointOrder(Verdict v)
{
    return v == Verdict::Exposed ? 0 : v == Verdict::Unknown ? 1 : 2;
}
QString apiName(Endpoint::Via via); // "publicIp", "loadBalancerRule", …
QString apiName(Endpoint::Layer layer); // "adminRule", "subnetNsg", …, "" for None
// "exposed" / "blocked" / "unknown"
QString endpointVerdictName(Verdict verdict);

// A network interface's place on the Internet: an exposed endpoint reaches it, or only its
// NSGs would let the Internet in (latent), or neither.
struct NicReachability
{
    enum class Verdict : quint8 { Exposed, Latent, Ok, Unknown };
    QString id;
    QString name;
    QStringList privateIps; // of its IP configurations
    QString nsgId; // its own NSG, where it has one
    Verdict verdict = Verdict::Unknown;
    QString reason;
    int endpoints = 0;
};
QString apiName(NicReachability::Verdict verdict);

// For an NSG the rules of which expose the port: is it on a path from the Internet?
enum class NsgReachability : quint8 {
    NotApplicable, // the NSG is not exposed
    InternetFacing, // an exposed endpoint passes through it
    Latent, // it guards no public entry point that the Internet reaches
    NotRead, // the inventory to decide was not available
};
QString apiName(NsgReachability r); // "internet-facing", "latent", "not-read", ""

// What the window, the table and the reports say of one NSG on both axes at once: its own rules'
// verdict, and whether the Internet reaches what it guards (docs/exposure-rules.md, 'Both axes').
enum class NsgStanding : quint8 {
    // An exposed endpoint passes through it: its rules admit public sources, or they let the
    // Internet in another way though its own verdict is OK (a public service tag with the tag
    // data; a firewall's DNAT traffic).
    InternetFacing,
    Exposed, // its rules admit public sources; whether anything public reaches it was not read
    AdmittedByAdminRule, // its rules are OK, but an AlwaysAllow admin rule admits past it
    Unknown, // its verdict, or a path from the Internet through it, could not be decided
    Latent, // its rules admit public sources, but no public entry point reaches what it guards
    BlockedByAdminRule, // its rules admit public sources, but an admin rule denies first
    Ok,
};
QString apiName(NsgStanding s); // "internet-facing", "exposed", "admitted-by-admin-rule", …

struct ReachabilityResult
{
    bool evaluated = false; // the inventory held NICs, public IPs or load balancers
    std::vector<Endpoint> endpoints;
    std::vector<NicReachability> interfaces;
    QHash<QString, NsgReachability> nsgs; // lower-case NSG id → its reachability
    QHash<QString, QString> overriddenBy; // lower-case NSG id → admin rule that decides first
    QSet<QString> onExposedPaths; // lower-case ids of the NSGs an exposed endpoint passes
    QSet<QString> onUnknownPaths; // … and those an endpoint that could not be decided passes
    QSet<QString> decidedExposed; // … and those whose rules let an exposed endpoint in
    QString serviceTagsCloud;
    QString serviceTagsChange;
    QString serviceTagsSource;
    // The effective admin rules of each virtual network read (for the window's admin rules page).
    std::vector<VnetAdminRules> adminRules;
    const VnetAdminRules *adminRulesOf(const QString &virtualNetworkId) const;
    // What the pass had to go on (for "what was read" in the reports).
    struct Read
    {
        int interfaces = 0;
        int publicIps = 0;
        int loadBalancers = 0;
        int virtualNetworks = 0;
        int routeTables = 0;
        int dnatRules = 0;
        bool adminRulesLooked = false; // admin rules were looked for
        int adminRuleNetworks = 0; // virtual networks with effective admin rules read
        int adminRulesNotRead = 0; // virtual networks whose admin rules could not be read
        int problems = 0; // resources that could not be read as written
    } read;
    QStringList warnings;

    int exposedEndpoints() const;
    int internetFacingNsgs() const;
    int latentNsgs() const;
    NsgReachability of(const QString &nsgId) const
    {
        return nsgs.value(nsgId.toLower(), NsgReachability::NotApplicable);
    }
    // Several passes as one (the window's live inventory and its files): endpoints, interfaces
    // and placements together, what was read summed, the first service tag data named.
    static ReachabilityResult merged(const std::vector<const ReachabilityResult *> &parts);
    // The admin rule that decides every path from the Internet through an NSG (its name; empty
    // when there is no path through it, or the NSGs decide one), and whether it lets the Internet
    // in: then no edit of the NSG changes what reaches the workloads behind it.
    QString decidingAdminRule(const QString &nsgId, bool *admits = nullptr) const;
    // Both axes of one NSG: with no pass evaluated, its verdict alone (Exposed, Ok, Unknown).
    NsgStanding standing(const QString &nsgId, Verdict verdict) const;

    // The part of the inventory the exposed and undecided endpoints need to be followed again
    // (their NICs, entry points, virtual networks, admin rules): a fix narrows what an NSG lets
    // in, so a blocked path stays blocked and is not kept. Null when no pass was evaluated.
    std::shared_ptr<const NetworkInventory> openPaths;
    // What a change to NSGs would do to the paths through one of them: each exposed or
    // undecided endpoint through `nsgId`, followed again with `nsgsOnPaths` (the NSGs on those
    // paths, the changed ones as they would be; nsgIdsOnOpenPaths() names them).
    struct Change
    {
        const Endpoint *before = nullptr;
        Endpoint after; // unknown, with the reason, when the path could not be followed again
    };
    std::vector<Change> followAgain(const QString &nsgId, const std::vector<NsgResult> &nsgsOnPaths,
                                    const EvaluationOptions &options) const;
    QStringList nsgIdsOnOpenPaths(const QString &nsgId) const;
    // Puts `changed` in `nsgsOnPaths` in place of the NSG with its id (ids compare without case),
    // or adds it: the set followAgain() takes, as a change would leave it.
    static void putNsg(std::vector<NsgResult> &nsgsOnPaths, const NsgResult &changed);
};

// The reachability pass: every public entry point of the inventory, each path evaluated.
class Reachability final
{
public:
    Reachability(EvaluationOptions options, const NetworkInventory &inventory,
                 const std::vector<NsgResult> &nsgs);
    ~Reachability();
    Reachability(const Reachability &) = delete;
    Reachability &operator=(const Reachability &) = delete;

    ReachabilityResult run();

private:
    struct Index;
    struct Target;
    struct Gate;
    struct Entry;
    struct AdminOutcome;

    void indexInventory();
    void publicIpEndpoints();
    void loadBalancerEndpoints();
    void dnatEndpoints();
    void evaluate(const Entry &entry, const Target &target);
    QString prepareTarget(Target &target, QStringList &path) const;
    AdminOutcome applyAdminRules(const Target &target, const AddressSet &incoming,
                                 Endpoint &e) const;
    Gate nsgGate(const QString &nsgId, const Target &target, const AddressSet &incoming,
                 bool firewallSource) const;
    void classifyInterfaces();
    void classifyNsgs();
    NetworkInventory openPathsInventory() const;
    std::vector<std::pair<Protocol, quint16>> computePolicyPorts() const;
    void reserveEndpoints();
    bool exceedsSet(const AddressSet &set) const; // beyond the breadth limit

    EvaluationOptions m_options;
    const NetworkInventory &m_inventory;
    const std::vector<NsgResult> &m_nsgs;
    std::unique_ptr<Index> m_index;
    std::vector<std::pair<Protocol, quint16>> m_ports; // the policy's, as endpoints probe them
    mutable std::vector<SecurityRuleView> m_rules; // scratch of nsgGate()
    ReachabilityResult m_result;
};

} // namespace nsg
