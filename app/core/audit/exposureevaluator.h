// SPDX-License-Identifier: MIT
#pragma once

#include "core/audit/finding.h"
#include "core/audit/portpolicy.h"

#include "core/model/networksecuritygroup.h"

namespace nsg {

// Decides whether an NSG lets the policy's traffic in from the public Internet, the way Azure
// evaluates rules: inbound rules by priority, first match wins, Deny rules and the default
// rules included, with CIDR arithmetic over IPv4 and IPv6 (docs/exposure-rules.md).
//
// Two refinements keep it from ever showing green without evidence:
// - A rule that matches only some source ports or only some destinations decides only that
//   traffic; the rest goes on to later rules. So such a Deny does not cancel a later Allow
//   (unless the Allow's destination lies within the Deny's).
// - Service tags other than Internet are not expanded: in an Allow, AzureCloud counts as the
//   Internet; in a Deny, no tag is assumed to cover any public address.
//
// Holds scratch buffers, so one evaluator per thread; evaluate() itself allocates only for
// the Finding it returns.
class ExposureEvaluator final
{
public:
    explicit ExposureEvaluator(EvaluationOptions options = {});

    const EvaluationOptions &options() const { return m_options; }

    Finding evaluate(const NetworkSecurityGroup &nsg);

    // Evaluates nsgs[first, last) in order, calling sink(index, finding) for each. Loads the
    // next NSGs' storage while it works on the current one, so large inventories are not held
    // up by memory latency.
    template<typename Range, typename Sink>
    void evaluateRange(const Range &nsgs, size_t first, size_t last, Sink &&sink)
    {
        constexpr size_t kAhead = 3;
        for (size_t i = first; i < last && i < first + kAhead; ++i)
            nsgs[i].prefetch();
        for (size_t i = first; i < last; ++i) {
            if (i + kAhead < last)
                nsgs[i + kAhead].prefetch();
            sink(i, evaluate(nsgs[i]));
        }
    }

    // Evaluates every NSG, on up to `threads` threads (0: one per core), each with its own
    // evaluator. findings[i] belongs to nsgs[i].
    static std::vector<Finding> evaluateAll(const std::vector<NetworkSecurityGroup> &nsgs,
                                            const EvaluationOptions &options, int threads = 0);

    // Also credit every earlier rule that decided part of a later rule's public sources, with
    // the ranges it took (Finding::shadowShares). Off by default: the words need it (FindingText
    // asks for it), the verdict does not, and it costs an allocation or three per NSG.
    void setRecordShares(bool on) { m_recordShares = on; }

    // Whether the allowed public addresses are more than the breadth limit lets pass.
    bool exceedsLimit(const Finding &finding) const;

private:
    // An earlier rule that matched every connection from its sources, with those public
    // sources kept (in m_applied4/6) for the shadow search of later rules.
    struct Applied
    {
        quint16 index;
        SecurityRuleView rule;
        quint32 first4, count4, first6, count6;
    };
    void evaluateTraffic(Protocol protocol, quint16 port, Finding &f);
    static void merge(Finding &into, Finding &&other);
    void publicSources(const SecurityRuleView &rule, bool asAllow, Intervals<quint32> &out4,
                       Intervals<uint128> &out6);

    EvaluationOptions m_options;
    uint128 m_maxIpv6 = 0;
    // Scratch buffers.
    Intervals<quint32> m_src4, m_pub4, m_rem4, m_tmp4, m_allowed4, m_dec4, m_loc4;
    Intervals<uint128> m_src6, m_pub6, m_rem6, m_tmp6, m_allowed6, m_dec6, m_loc6;
    bool m_recordShares = false;
    Intervals<quint32> m_left4, m_took4; // the shadow search: not yet credited, credited
    Intervals<uint128> m_left6, m_took6;
    std::vector<SecurityRuleView> m_rules;
    std::vector<Applied> m_applied;
    std::vector<quint16> m_narrow; // those of m_applied that decide only for some destinations
    Intervals<quint32> m_applied4;
    Intervals<uint128> m_applied6;
};

} // namespace nsg
