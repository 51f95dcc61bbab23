// SPDX-License-Identifier: MIT
#pragma once

#include "finding.h"
#include "portpolicy.h"

#include "model/networksecuritygroup.h"

namespace nsg {

// Decides whether an NSG lets the policy's traffic in from the public Internet, the way Azure
// evaluates rules: inbound rules by priority, first match wins, Deny rules and the default
// rules included, with CIDR arithmetic over IPv4 and IPv6 (design.md, "The exposure engine").
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

    // Whether the allowed public addresses are more than the breadth limit lets pass.
    bool exceedsLimit(const Finding &finding) const;

private:
    struct Applied
    {
        quint16 rule;
        const SecurityRule *ptr;
    };
    void publicSources(const SecurityRule &rule, bool asAllow, Intervals<quint32> &out4,
                       Intervals<uint128> &out6);

    EvaluationOptions m_options;
    uint128 m_maxIpv6 = 0;
    // Scratch buffers.
    Intervals<quint32> m_src4, m_pub4, m_rem4, m_tmp4, m_allowed4, m_dec4, m_loc4;
    Intervals<uint128> m_src6, m_pub6, m_rem6, m_tmp6, m_allowed6, m_dec6, m_loc6;
    std::vector<Applied> m_narrow; // earlier rules that decide only for some destinations
    std::vector<Applied> m_applied;
};

} // namespace nsg
