// SPDX-License-Identifier: MIT
#pragma once

#include "audit/exposureevaluator.h"
#include "audit/scanresult.h"

#include <QSet>

namespace nsg {

// Scans offline exports: reads each file NSG by NSG and evaluates each as it arrives, so a
// file of any size is one pass with memory for the results only. The same NSG (by id) found
// again in a later file is kept once, with a warning.
class OfflineScan final
{
public:
    explicit OfflineScan(EvaluationOptions options = {});

    // False when the file cannot be opened or read; nothing of it is added then.
    bool addFile(const QString &path);
    // For data already in memory (tests, pasted JSON).
    void addBytes(QByteArrayView json, const QString &sourceName);

    QString errorString() const { return m_errorString; }
    const ScanResult &result() const { return m_result; }
    ScanResult takeResult();

private:
    void accept(NetworkSecurityGroup &&nsg);
    void collect(const class NsgReader &reader);

    ExposureEvaluator m_evaluator;
    ScanResult m_result;
    QSet<QString> m_seenIds;
    QString m_errorString;
};

} // namespace nsg
