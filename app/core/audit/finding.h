// SPDX-License-Identifier: MIT
#pragma once

#include "core/net/intervalset.h"

#include <QString>

#include <algorithm>
#include <span>
#include <vector>

namespace nsg {

enum class Verdict : quint8 { Exposed, Ok, Unknown };

// "exposed" / "ok" / "unknown" (the --json spelling)
QString apiName(Verdict v);
// "Exposed" / "OK" / "Unknown" (translated)
QString displayName(Verdict v);

// What one inbound rule did for the policy's traffic from public addresses.
enum class RuleMark : quint8 {
    Decides, // first match for some public addresses (Allow: exposes them)
    Shadowed, // matches public addresses, but earlier rules decided all of them
    PortOrProtocolMismatch, // does not match the policy's protocol or port
    SourceNotPublic, // matches, but its sources hold no public address
    Malformed, // could not be read: evaluation stops here
    NotReached, // after a malformed rule
};
QString apiName(RuleMark m);

struct RuleTrace
{
    quint16 rule = 0; // position in NetworkSecurityGroup::inboundRules()
    RuleMark mark = RuleMark::NotReached;
    // Matches only some source ports or some destinations: traffic it does not match goes on
    // to later rules (so a Deny like this does not protect what comes after it).
    bool limited = false;
    // Some (Decides) or all (Shadowed) of its public sources were decided by earlier rules;
    // shadowedBy is the earliest of those, -1 if none (all of them: Finding::decidedBy()).
    bool partlyShadowed = false;
    qint16 shadowedBy = -1;
};

// An Allow rule that lets public addresses reach the port, with exactly those addresses.
struct ExposingRule
{
    quint16 rule = 0;
    IntervalSet<quint32> ipv4;
    IntervalSet<uint128> ipv6;
};

// Public sources of a rule that an earlier rule matched first, and so decided for it.
struct ShadowShare
{
    quint16 rule = 0; // the later rule, shadowed in whole or in part
    quint16 by = 0; // the earlier rule that decided these sources
    IntervalSet<quint32> ipv4;
    IntervalSet<uint128> ipv6;
};

// The result of evaluating one NSG against a policy: verdict and proof.
struct Finding
{
    enum Note : quint16 {
        AzureCloudAsInternet = 1, // an Allow names AzureCloud: counted as the Internet
        ServiceTagAllowed = 2, // an Allow names another service tag (ranges not expanded)
        DefaultRulesAssumed = 4, // the input had no default rules; Azure's were assumed
        NotAttached = 8, // attached to no subnet and no network interface
        StoppedAtMalformed = 16, // evaluation stopped at a malformed rule (see stoppedAt)
        CannotEvaluate = 32, // the NSG as a whole could not be read (see its problems)
        LimitedDenyIgnored = 64, // a Deny limited to some ports or destinations let traffic on
    };

    Verdict verdict = Verdict::Unknown;
    Verdict ruleByRuleVerdict = Verdict::Unknown;
    quint16 notes = 0;
    qint16 stoppedAt = -1; // first malformed rule, when StoppedAtMalformed

    // Public addresses that can reach the policy's port.
    IntervalSet<quint32> allowedIpv4;
    IntervalSet<uint128> allowedIpv6;

    std::vector<RuleTrace> trace; // every inbound rule, in evaluation order
    std::vector<ExposingRule> exposing; // in evaluation order
    // For every rule whose public sources earlier rules decided in whole or in part: each of
    // those earlier rules with the sources it took. Sorted by rule, then by (evaluation order).
    std::vector<ShadowShare> shadowShares;

    bool hasNote(Note n) const { return notes & n; }
    quint64 publicIpv4Count() const { return quint64(allowedIpv4.count()); }
    uint128 publicIpv6Count() const { return allowedIpv6.count(); }
    bool allowsAnyPublic() const { return !allowedIpv4.isEmpty() || !allowedIpv6.isEmpty(); }
    // Every earlier rule that decided some of this rule's public sources, in evaluation
    // (priority) order, each address credited to the first rule that matched it.
    std::span<const ShadowShare> decidedBy(quint16 rule) const
    {
        const auto first =
            std::lower_bound(shadowShares.begin(), shadowShares.end(), rule,
                             [](const ShadowShare &s, quint16 r) { return s.rule < r; });
        auto last = first;
        while (last != shadowShares.end() && last->rule == rule)
            ++last;
        return {first, last};
    }
};

} // namespace nsg
