// SPDX-License-Identifier: MIT
#include "core/remediation/ruleexposure.h"

#include "core/audit/exposureevaluator.h"

namespace nsg {

bool ruleStillExposes(const NsgResult &result, const QString &ruleName,
                      const EvaluationOptions &options)
{
    if (result.finding.verdict == Verdict::Unknown)
        return true;
    const ExposureEvaluator evaluator(options);
    for (const ExposingRule &e : result.finding.exposing) {
        if (result.nsg.inboundRuleView(e.rule).name().compare(ruleName, Qt::CaseInsensitive) != 0)
            continue;
        Finding alone;
        alone.allowedIpv4 = e.ipv4;
        alone.allowedIpv6 = e.ipv6;
        if (evaluator.exceedsLimit(alone))
            return true;
    }
    return false;
}

int otherExposingRules(const NsgResult &result, const QString &ruleName)
{
    if (result.finding.verdict != Verdict::Exposed)
        return 0;
    int n = 0;
    for (const ExposingRule &e : result.finding.exposing)
        n += result.nsg.inboundRuleView(e.rule).name().compare(ruleName, Qt::CaseInsensitive) != 0;
    return n;
}

} // namespace nsg
