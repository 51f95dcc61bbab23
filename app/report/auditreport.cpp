// SPDX-License-Identifier: MIT
#include "auditreport.h"

#include "version.h"

namespace nsg {

AuditReport AuditReport::fromScan(ScanResult scan)
{
    AuditReport r;
    r.toolName = QStringLiteral(NSG_AUDITOR_NAME);
    r.toolVersion = QStringLiteral(NSG_AUDITOR_VERSION);
    r.scan = std::move(scan);
    return r;
}

ReportRow ReportRow::from(const NsgResult &result, const EvaluationOptions &options)
{
    const NetworkSecurityGroup &nsg = result.nsg;
    const Finding &f = result.finding;
    const FindingText text(nsg, f, options);
    ReportRow row;
    row.id = nsg.id();
    row.name = nsg.name();
    row.subscriptionId = nsg.subscriptionId();
    row.resourceGroup = nsg.resourceGroup();
    row.location = nsg.location();
    row.sourceFile = nsg.sourceFile();
    row.sourcePath = nsg.sourcePath();
    row.verdict = f.verdict;
    row.ruleByRuleVerdict = f.ruleByRuleVerdict;
    row.reason = text.reason();
    row.ruleByRuleNote = text.ruleByRuleNote();
    // The fewest blocks whose public part is exactly what is allowed: "0.0.0.0/0", not the
    // 50 fragments between the reserved ranges.
    for (const Cidr &c : publicCover(f.allowedIpv4, f.allowedIpv6))
        row.allowedPublicRanges.append(c.toString());
    row.publicIpv4 = f.publicIpv4Count();
    row.publicIpv6 = f.publicIpv6Count();
    for (const nsg::ExposingRule &e : f.exposing) {
        ExposingRule rule{text.ruleName(e.rule), text.rulePriority(e.rule), {}};
        for (const Cidr &c : publicCover(e.ipv4, e.ipv6))
            rule.ranges.append(c.toString());
        row.exposingRules.append(rule);
    }
    const QList<SecurityRule> rules = nsg.inboundRules();
    for (const RuleTrace &t : f.trace) {
        if (t.mark == RuleMark::Shadowed && rules.value(t.rule).access() == Access::Allow) {
            row.shadowedRules.append(
                ShadowedRule{text.ruleName(t.rule), text.rulePriority(t.rule),
                             t.shadowedBy >= 0 ? text.ruleName(t.shadowedBy) : QString()});
        }
    }
    row.subnets = nsg.subnetIds();
    row.networkInterfaces = nsg.networkInterfaceIds();
    return row;
}

} // namespace nsg
