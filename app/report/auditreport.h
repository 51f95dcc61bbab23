// SPDX-License-Identifier: MIT
#pragma once

#include "audit/findingtext.h"
#include "audit/scanresult.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace nsg {

// Everything a report says, fed to every writer (CSV, JSON, and later HTML and PDF).
struct AuditReport
{
    QString toolName;
    QString toolVersion;
    QString account; // who scanned; empty offline
    ScanResult scan;

    static AuditReport fromScan(ScanResult scan);
};

// One NSG as every report shows it: verdict, reason and proof in plain values.
struct ReportRow
{
    struct ExposingRule
    {
        QString name;
        int priority = -1;
        QStringList ranges;
    };
    struct ShadowedRule
    {
        QString name;
        int priority = -1;
        QString shadowedBy;
    };

    QString id, name, subscriptionId, resourceGroup, location;
    QString sourceFile, sourcePath;
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

    static ReportRow from(const NsgResult &result, const EvaluationOptions &options);
};

} // namespace nsg
