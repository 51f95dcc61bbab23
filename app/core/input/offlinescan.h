// SPDX-License-Identifier: MIT
#pragma once

#include "core/audit/exposureevaluator.h"
#include "core/audit/scanresult.h"
#include "core/input/networkjson.h"

#include <QSet>

namespace nsg {

// Scans offline exports: reads each file NSG by NSG and evaluates each as it arrives, so a
// file of any size is one pass with memory for the results only. The same NSG (by id) found
// again in a later file is kept once, with a warning. A JSON report written by NSG Auditor is read
// as its NSGs (evaluated again from the rules it carries), its unread and skipped scopes, and its
// origin (ScanResult::reports); when every input is a report, the scan time is the oldest
// report's.
class OfflineScan final
{
public:
    explicit OfflineScan(EvaluationOptions options = {});

    // False when the file cannot be opened or read; nothing of it is added then.
    bool addFile(const QString &path);
    // For data already in memory (tests, pasted JSON).
    void addBytes(QByteArrayView json, const QString &sourceName);
    // Microsoft's service tag data (the weekly download, or a serviceTags answer). False with
    // errorString() when the file cannot be read or holds no service tag data.
    bool addServiceTagFile(const QString &path);

    QString errorString() const { return m_errorString; }
    const ScanResult &result() const { return m_result; }
    // The result, with the reachability pass run over what the inputs held besides NSGs.
    ScanResult takeResult();

private:
    void accept(NetworkSecurityGroup &&nsg);
    void collect(const class NsgReader &reader);
    void prepare(class NsgReader &reader, const QString &source);

    ExposureEvaluator m_evaluator;
    ScanResult m_result;
    QSet<QString> m_seenIds;
    QString m_errorString;
    QDateTime m_startedAt;
    bool m_plainInput = false; // an input that is not a report was read
    NetworkCollector m_network;
};

} // namespace nsg
