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
    // What makes the inputs unfit for an all-clear, one line each: a file that is not JSON,
    // breaks off or is not an export, a file with nothing in it, no NSG in any input. The
    // reports carry each in errors as well; the command line exits 2 on any.
    QStringList inputProblems() const;
    const ScanResult &result() const { return m_result; }
    // The result, with the reachability pass run over what the inputs held besides NSGs.
    ScanResult takeResult();

private:
    void accept(NetworkSecurityGroup &&nsg);
    void collect(const class NsgReader &reader);
    void prepare(class NsgReader &reader, const QString &source);
    QString noNsgProblem() const;
    void noteEmpty(const class NsgReader &reader, const QString &source, qsizetype nsgs,
                   qsizetype networkObjects);

    ExposureEvaluator m_evaluator;
    ScanResult m_result;
    QSet<QString> m_seenIds;
    QString m_errorString;
    QDateTime m_startedAt;
    bool m_plainInput = false; // an input that is not a report was read
    QStringList m_inputProblems; // per file, as they are read
    qsizetype m_networkObjects = 0; // network resources read (NICs, public IPs, …)
    qsizetype m_nsgsRead = 0; // NSGs read, kept or not (a duplicate is not kept)
    NetworkCollector m_network;
};

} // namespace nsg
