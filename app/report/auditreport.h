// SPDX-License-Identifier: MIT
#pragma once

#include "core/audit/findingtext.h"
#include "core/audit/scanresult.h"
#include "core/history/snapshotdiff.h"
#include "core/remediation/fixformats.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace nsg {

// A journaled change to a rule in the report's scope (from the change journal).
struct ReportChange
{
    QString id;
    QDateTime time;
    QString status; // applied, failed, reverted, …
    QString fix; // restrictSource, makeDeny, delete, denyAbove, revert
    QString ruleId;
    QString account;
    QString message;
};

// An offline input, fingerprinted so that a reader can tell exactly which export was judged.
struct ReportInputFile
{
    QString path;
    QString sha256; // hex; empty when it could not be read again
    qint64 bytes = -1;
};

// Everything a report says, fed to every writer (CSV, JSON, HTML and PDF).
struct AuditReport
{
    QString toolName;
    QString toolVersion;
    QString account; // who scanned; empty offline
    QDateTime generatedAt;
    ScanResult scan;
    QList<ReportInputFile> inputFiles;
    QList<ReportChange> changes;
    // The accepted-risks file applied to the scan (SuppressionSet), empty when none.
    QString suppressionsFile;
    // How the cover names them when the file's path means nothing to a reader (the demo keeps
    // its accepted risks in a temporary folder); empty: the path.
    QString suppressionsName;
    // How the estate moved since an earlier snapshot of the audit history (--since, the
    // window's report dialog); every writer adds its section.
    std::optional<history::SnapshotDiff> since;

    // Fills the tool, the time, and the SHA-256 of every input that is a file.
    static AuditReport fromScan(ScanResult scan);
    static ReportInputFile fingerprint(const QString &path);
    QString subscriptionName(const QString &subscriptionId) const;
    // "TCP/25 (SMTP)"
    QString policyLabel() const;
    // "256 IPv4 addresses and one /64 of IPv6"
    QString breadthLabel() const;
};

// One NSG as every report shows it: verdict, reason and proof in plain values.
struct ReportRow
{
    struct ExposingRule
    {
        QString name;
        int priority = -1;
        QStringList ranges;
        QString source; // as the portal shows it
        QString ports;
        quint64 publicIpv4 = 0;
        uint128 publicIpv6 = 0;
        FixShipping fix; // its source restricted to shipfix::kTrustedRanges
    };
    // An earlier rule that decided some of a shadowed rule's public sources.
    struct DecidingRule
    {
        QString name;
        int priority = -1;
        QString access; // "Allow" or "Deny"
        QStringList ranges; // the public sources it took from the shadowed rule (publicCover())
    };
    struct ShadowedRule
    {
        QString name;
        int priority = -1;
        QString shadowedBy; // the earliest of decidedBy
        QList<DecidingRule> decidedBy; // in priority order
    };

    QString id, name, subscriptionId, resourceGroup, location;
    QString sourceFile, sourcePath;
    QString ownerTag; // a tag that names an IaC tool ("managed-by=terraform")
    Verdict verdict = Verdict::Unknown;
    Verdict ruleByRuleVerdict = Verdict::Unknown;
    QString reason;
    QString ruleByRuleNote;
    // CIDR blocks whose public addresses are exactly those allowed (publicCover()).
    QStringList allowedPublicRanges;
    quint64 publicIpv4 = 0;
    uint128 publicIpv6 = 0;
    QList<ExposingRule> exposingRules;
    QList<ShadowedRule> shadowedRules;
    QStringList subnets, networkInterfaces;
    // Exposed NSGs only: on a path from the Internet or not (ReachabilityResult), and the admin
    // rule that decides before the NSG on some path, if any.
    NsgReachability reachability = NsgReachability::NotApplicable;
    QString overriddenBy;
    // Sets reachability and overriddenBy from the scan's reachability pass.
    void placeIn(const ReachabilityResult &reach);
    // An accepted risk for this NSG, active or not (its explanation says which).
    std::optional<AcceptedRisk> risk;
    bool accepted = false; // exposed, and the accepted risk still holds

    // "exposed", "ok", "unknown", or "accepted-risk" (what the reports' status columns say).
    QString status() const;

    // Each exposing rule's fix (ExposingRule::fix) costs a JSON document of the NSG: only the
    // reports that print it ask for it.
    enum class Fixes : bool { Omitted, Included };
    static ReportRow from(const NsgResult &result, const EvaluationOptions &options,
                          Fixes fixes = Fixes::Included);
};

} // namespace nsg
