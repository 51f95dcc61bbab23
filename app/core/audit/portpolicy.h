// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/securityrule.h"

#include <QString>

#include <optional>
#include <vector>

namespace nsg {

// Inbound traffic of one protocol (TCP or UDP) to a range of ports.
struct PortTarget
{
    Protocol protocol = Protocol::Tcp;
    quint16 first = 25;
    quint16 last = 25;

    bool contains(Protocol p, quint16 port) const
    {
        return p == protocol && port >= first && port <= last;
    }
    friend bool operator==(const PortTarget &, const PortTarget &) = default;
};

// What the audit looks for: inbound traffic to one service's ports. SMTP, TCP 25 unless told
// otherwise; the catalog (docs/port-catalog.md) names the others, and any protocol/port can be
// asked for ("custom").
struct PortPolicy
{
    QString id = QStringLiteral("smtp"); // the --policy name: "smtp", "ssh", "tcp/2525"
    QString name = QStringLiteral("SMTP");
    QString severity = QStringLiteral("High");
    std::vector<PortTarget> targets = {PortTarget{}};

    static PortPolicy smtp() { return PortPolicy(); }
    static PortPolicy custom(Protocol protocol, quint16 port);
    static PortPolicy custom(Protocol protocol, quint16 first, quint16 last);
    // Every service of the catalog, SMTP first.
    static const std::vector<PortPolicy> &catalog();
    // A catalog id or service name ("ssh", "SQL Server", "sql-server", case-insensitive), or a
    // custom "tcp/8443", "udp/53", "tcp/8000-8100". nullopt with a reason otherwise.
    static std::optional<PortPolicy> fromName(const QString &name, QString *error = nullptr);

    // "TCP/25", "TCP/20-21", "TCP/53, UDP/53", "TCP/0-65535, UDP/0-65535"
    QString target() const;
    // "SMTP (TCP/25)"
    QString label() const;
    bool isCustom() const;
    // One protocol, one port: the evaluator's fast path.
    bool isSinglePort() const { return targets.size() == 1 && targets[0].first == targets[0].last; }

    // Whether a rule with this protocol can match some of the policy's traffic.
    bool matchesProtocol(Protocol ruleProtocol) const
    {
        for (const PortTarget &t : targets)
            if (ruleProtocol == Protocol::Any || ruleProtocol == t.protocol)
                return true;
        return false;
    }
    // Whether a rule with this protocol and these destination ports matches some of it.
    bool matches(Protocol ruleProtocol, const PortSet &ports) const;
    template<typename Rule>
    bool matchesRule(const Rule &r) const
    {
        if (isSinglePort())
            return matchesProtocol(r.protocol()) && r.destinationPortsContain(targets[0].first);
        return matches(r.protocol(), r.destinationPorts());
    }

    friend bool operator==(const PortPolicy &a, const PortPolicy &b)
    {
        return a.targets == b.targets;
    }
};

// How much public address space a restricted rule may admit and still count as "known IP
// addresses" rather than exposure.
struct BreadthLimit
{
    quint64 maxPublicIpv4 = 256; // more public IPv4 addresses than this is exposure
    int minIpv6PrefixLength = 64; // more public IPv6 addresses than one /64 is exposure

    friend bool operator==(const BreadthLimit &, const BreadthLimit &) = default;
};

struct EvaluationOptions
{
    PortPolicy policy;
    BreadthLimit limit;
};

} // namespace nsg
