// SPDX-License-Identifier: MIT
#include "report/auditreport.h"

#include "core/version.h"

#include "core/audit/portalrow.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

namespace nsg {

AuditReport AuditReport::fromScan(ScanResult scan)
{
    AuditReport r;
    r.toolName = QStringLiteral(NSG_AUDITOR_NAME);
    r.toolVersion = QStringLiteral(NSG_AUDITOR_VERSION);
    r.generatedAt = QDateTime::currentDateTimeUtc();
    r.scan = std::move(scan);
    for (const QString &input : r.scan.inputs) {
        // Hashed while the scan read it (one pass over the bytes); otherwise read again here.
        if (const auto digest = r.scan.inputDigests.constFind(input);
            digest != r.scan.inputDigests.constEnd())
            r.inputFiles.append(ReportInputFile{input, digest->sha256, digest->bytes});
        else if (QFileInfo(input).isFile())
            r.inputFiles.append(fingerprint(input));
    }
    return r;
}

ReportInputFile AuditReport::fingerprint(const QString &path)
{
    ReportInputFile f;
    f.path = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return f;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (hash.addData(&file)) {
        f.sha256 = QString::fromLatin1(hash.result().toHex());
        f.bytes = file.size();
    }
    return f;
}

QString AuditReport::subscriptionName(const QString &subscriptionId) const
{
    return scan.subscriptionNames.value(subscriptionId.toLower());
}

QString AuditReport::policyLabel() const
{
    return scan.options.policy.label();
}

QString AuditReport::breadthLabel() const
{
    return QCoreApplication::translate("nsg::AuditReport",
                                       "%1 public IPv4 addresses and one /%2 of IPv6")
        .arg(formatCount(scan.options.limit.maxPublicIpv4))
        .arg(scan.options.limit.minIpv6PrefixLength);
}

ReportRow ReportRow::from(const NsgResult &result, const EvaluationOptions &options, Fixes fixes)
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
    row.ownerTag = nsg.ownerTag();
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
    const bool withFixes = fixes == Fixes::Included && !f.exposing.empty();
    const NsgDocument document = withFixes ? NsgDocument::fromNsg(nsg) : NsgDocument();
    for (const nsg::ExposingRule &e : f.exposing) {
        const PortalRow portal = PortalRow::of(nsg.inboundRuleView(e.rule));
        ExposingRule rule{text.ruleName(e.rule),
                          text.rulePriority(e.rule),
                          {},
                          portal.source,
                          portal.port,
                          quint64(e.ipv4.count()),
                          e.ipv6.count(),
                          {}};
        for (const Cidr &c : publicCover(e.ipv4, e.ipv6))
            rule.ranges.append(c.toString());
        const SecurityRuleView view = nsg.inboundRuleView(e.rule);
        if (withFixes)
            rule.fix = shipfix::reportFix(document, view.name(), nsg.ruleId(view));
        row.exposingRules.append(rule);
    }
    const QList<SecurityRule> rules = nsg.inboundRules();
    for (const RuleTrace &t : f.trace) {
        if (t.mark == RuleMark::Shadowed && rules.value(t.rule).access() == Access::Allow) {
            ShadowedRule shadowed{text.ruleName(t.rule),
                                  text.rulePriority(t.rule),
                                  t.shadowedBy >= 0 ? text.ruleName(t.shadowedBy) : QString(),
                                  {}};
            for (const ShadowShare &share : text.decidedBy(t.rule)) {
                DecidingRule by{text.ruleName(share.by),
                                text.rulePriority(share.by),
                                apiName(rules.value(share.by).access()),
                                {}};
                for (const Cidr &c : publicCover(share.ipv4, share.ipv6))
                    by.ranges.append(c.toString());
                shadowed.decidedBy.append(by);
            }
            row.shadowedRules.append(shadowed);
        }
    }
    row.subnets = nsg.subnetIds();
    row.networkInterfaces = nsg.networkInterfaceIds();
    row.risk = result.risk;
    row.accepted = result.isAccepted();
    return row;
}

QString ReportRow::status() const
{
    return accepted ? QStringLiteral("accepted-risk") : apiName(verdict);
}

void ReportRow::placeIn(const ReachabilityResult &reach)
{
    overriddenBy = reach.overriddenBy.value(id.toLower());
    if (verdict != Verdict::Exposed) {
        reachability = NsgReachability::NotApplicable;
        return;
    }
    reachability = reach.of(id);
    if (reachability == NsgReachability::NotApplicable) // not placed by the pass: not read
        reachability = NsgReachability::NotRead;
}

} // namespace nsg
