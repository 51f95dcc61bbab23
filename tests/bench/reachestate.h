// SPDX-License-Identifier: MIT
#pragma once
// The large estate the reachability benchmarks share, held in memory: 100,000 NSGs (seeded
// synthetic, 5 % open on TCP/25), 100,000 subnets in 1,000 virtual networks, 200,000 NICs, 50,000
// Standard public IPs, 2,000 public load balancers (an SMTP rule to a 20-NIC pool and a NAT rule
// 2525 → 25 each) and admin rules on a quarter of the networks.

#include "core/audit/exposureevaluator.h"
#include "core/audit/reachability.h"
#include "core/input/nsgreader.h"
#include "sandbox/synthetic/syntheticestate.h"

#include <vector>

namespace nsg::bench {

struct ReachEstate
{
    std::vector<NsgResult> nsgs;
    NetworkInventory inventory;
    int exposedNsgs = 0;
};

namespace reachestate {

constexpr quint64 kSeed = 19;
constexpr int kNsgs = 100000;
constexpr int kRules = 12;
constexpr int kVnets = 1000;
constexpr int kSubnetsPerVnet = 100; // one per NSG
constexpr int kNicsPerSubnet = 2;
constexpr int kPublicIpEvery = 4; // every fourth NIC: 50,000
constexpr int kLoadBalancers = 2000;
constexpr int kPoolSize = 20;

inline QString id(const char *kind, int i)
{
    return QStringLiteral("/subscriptions/00000000-0000-0000-0000-000000000019/resourceGroups/"
                          "rg-bench/providers/Microsoft.Network/%1/x%2")
        .arg(QLatin1String(kind))
        .arg(i);
}

} // namespace reachestate

inline ReachEstate buildReachEstate()
{
    using namespace reachestate;
    ReachEstate out;
    std::vector<NsgResult> &nsgs = out.nsgs;
    NetworkInventory &inventory = out.inventory;
    // The NSGs, read through the real reader and evaluated as a scan does.
    nsgs.reserve(kNsgs);
    {
        SyntheticEstate estate(kSeed);
        ExposureEvaluator evaluator;
        constexpr int kBatch = 5000;
        for (int first = 0; first < kNsgs; first += kBatch) {
            std::string text = "[";
            for (int i = first; i < first + kBatch; ++i) {
                if (i > first)
                    text += ',';
                estate.appendNsg(text, SyntheticEstate::subscriptionIdFor(kSeed, i / 100), i % 100,
                                 kRules, 0.05);
            }
            text += ']';
            NsgReader reader([&](NetworkSecurityGroup &&nsg) {
                Finding f = evaluator.evaluate(nsg);
                nsgs.push_back(NsgResult{std::move(nsg), std::move(f), std::nullopt});
            });
            reader.readBytes(QByteArrayView(text.data(), qsizetype(text.size())),
                             QStringLiteral("bench"));
        }
    }
    for (const NsgResult &r : nsgs)
        out.exposedNsgs += r.finding.verdict == Verdict::Exposed;

    // The network around them.
    inventory.adminRulesRead = true;
    inventory.virtualNetworks.reserve(kVnets);
    for (int v = 0; v < kVnets; ++v) {
        VirtualNetwork vnet;
        vnet.id = id("virtualNetworks", v);
        vnet.name = QStringLiteral("vnet-%1").arg(v);
        vnet.addressSpace = {QStringLiteral("10.%1.0.0/16").arg(v % 256)};
        for (int s = 0; s < kSubnetsPerVnet; ++s) {
            const int n = v * kSubnetsPerVnet + s;
            vnet.subnets.push_back(
                SubnetNetwork{vnet.id + QStringLiteral("/subnets/s%1").arg(s),
                              QStringLiteral("s%1").arg(s),
                              {QStringLiteral("10.%1.%2.0/24").arg(v % 256).arg(s)},
                              nsgs[size_t(n)].nsg.id(),
                              QString()});
        }
        inventory.virtualNetworks.push_back(std::move(vnet));
        if (v % 4 == 0) {
            VnetAdminRules admin{id("virtualNetworks", v), {}};
            const std::pair<AdminRule::Action, const char *> rules[] = {
                {AdminRule::Action::Deny, "23"},
                {AdminRule::Action::Allow, "25"},
                {AdminRule::Action::AlwaysAllow, "443"}};
            int priority = 10;
            for (const auto &[access, port] : rules) {
                AdminRule r;
                r.id = id("networkManagers", v) + QStringLiteral("/rules/r%1").arg(priority);
                r.name = QStringLiteral("r%1").arg(priority);
                r.priority = priority++;
                r.access = access;
                r.direction = Direction::Inbound;
                r.protocol = Protocol::Tcp;
                r.sources = {QStringLiteral("*")};
                r.destinations = {QStringLiteral("*")};
                r.destinationPortRanges = {QLatin1String(port)};
                admin.rules.push_back(r);
            }
            inventory.adminRules.push_back(std::move(admin));
        }
    }
    const int nicCount = kNsgs * kNicsPerSubnet;
    inventory.interfaces.reserve(size_t(nicCount));
    for (int n = 0; n < nicCount; ++n) {
        const int subnet = n / kNicsPerSubnet;
        const int v = subnet / kSubnetsPerVnet, s = subnet % kSubnetsPerVnet;
        NicNetwork nic;
        nic.id = id("networkInterfaces", n);
        nic.name = QStringLiteral("nic-%1").arg(n);
        if (n % 2 == 1)
            nic.nsgId = nsgs[size_t((n * 7) % kNsgs)].nsg.id();
        NicIpConfiguration c;
        c.id = nic.id + QStringLiteral("/ipConfigurations/ipconfig1");
        c.name = QStringLiteral("ipconfig1");
        c.privateIpAddress = QStringLiteral("10.%1.%2.%3").arg(v % 256).arg(s).arg(4 + n % 2);
        c.subnetId = inventory.virtualNetworks[size_t(v)].subnets[size_t(s)].id;
        if (n % kPublicIpEvery == 0) {
            c.publicIpId = id("publicIPAddresses", n);
            PublicIpAddress pip;
            pip.id = c.publicIpId;
            pip.name = QStringLiteral("pip-%1").arg(n);
            pip.sku = PublicIpAddress::Sku::Standard;
            pip.ipAddress =
                QStringLiteral("20.%1.%2.%3").arg(n >> 16 & 255).arg(n >> 8 & 255).arg(n & 255);
            pip.attachedTo = c.id;
            inventory.publicIps.push_back(std::move(pip));
        }
        // Load balancer pools: NICs with an odd public-IP-free index, 20 to a pool.
        const int lbNic = n - 1;
        if (n % kPublicIpEvery == 1 && lbNic / kPublicIpEvery < kLoadBalancers * kPoolSize) {
            const int lb = (lbNic / kPublicIpEvery) / kPoolSize;
            c.backendPoolIds = {id("loadBalancers", lb) + QStringLiteral("/backendAddressPools/p")};
            if ((lbNic / kPublicIpEvery) % kPoolSize == 0)
                c.inboundNatRuleIds = {id("loadBalancers", lb)
                                       + QStringLiteral("/inboundNatRules/nat")};
        }
        nic.ipConfigurations.push_back(std::move(c));
        inventory.interfaces.push_back(std::move(nic));
    }
    for (int l = 0; l < kLoadBalancers; ++l) {
        LoadBalancer lb;
        lb.id = id("loadBalancers", l);
        lb.name = QStringLiteral("lb-%1").arg(l);
        lb.sku = LoadBalancer::Sku::Standard;
        const QString fe = lb.id + QStringLiteral("/frontendIPConfigurations/fe");
        lb.frontends.push_back(
            {fe, QStringLiteral("fe"), id("publicIPAddresses", 1000000 + l), {}});
        lb.backendPoolIds = {lb.id + QStringLiteral("/backendAddressPools/p")};
        LoadBalancer::Rule smtp;
        smtp.kind = LoadBalancer::Rule::Kind::LoadBalancing;
        smtp.id = lb.id + QStringLiteral("/loadBalancingRules/smtp");
        smtp.name = QStringLiteral("smtp");
        smtp.frontendId = fe;
        smtp.frontendPortFirst = smtp.frontendPortLast = 25;
        smtp.backendPort = 25;
        smtp.backendPoolIds = lb.backendPoolIds;
        lb.rules.push_back(smtp);
        LoadBalancer::Rule nat;
        nat.kind = LoadBalancer::Rule::Kind::InboundNat;
        nat.id = lb.id + QStringLiteral("/inboundNatRules/nat");
        nat.name = QStringLiteral("nat");
        nat.frontendId = fe;
        nat.frontendPortFirst = nat.frontendPortLast = 2525;
        nat.backendPort = 25;
        lb.rules.push_back(nat);
        inventory.loadBalancers.push_back(std::move(lb));
    }
    return out;
}

} // namespace nsg::bench
