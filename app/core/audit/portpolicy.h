// SPDX-License-Identifier: MIT
#pragma once

#include "model/securityrule.h"

#include <QString>

namespace nsg {

// What the audit looks for: inbound traffic of one protocol to one port. SMTP, TCP 25 unless
// told otherwise.
struct PortPolicy
{
    QString name = QStringLiteral("SMTP");
    Protocol protocol = Protocol::Tcp;
    quint16 port = 25;

    static PortPolicy smtp() { return PortPolicy(); }
    static PortPolicy custom(Protocol protocol, quint16 port);

    // "TCP/25"
    QString target() const;
    // "SMTP (TCP/25)"
    QString label() const;
    // Whether a rule with this protocol can match the policy's traffic.
    bool matchesProtocol(Protocol ruleProtocol) const
    {
        return ruleProtocol == Protocol::Any || ruleProtocol == protocol;
    }
};

// How much public address space a restricted rule may admit and still count as "known IP
// addresses" rather than exposure.
struct BreadthLimit
{
    quint64 maxPublicIpv4 = 256; // more public IPv4 addresses than this is exposure
    int minIpv6PrefixLength = 64; // more public IPv6 addresses than one /64 is exposure
};

struct EvaluationOptions
{
    PortPolicy policy;
    BreadthLimit limit;
};

} // namespace nsg
