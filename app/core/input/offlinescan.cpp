// SPDX-License-Identifier: MIT
#include "offlinescan.h"

#include "nsgreader.h"

#include <QCoreApplication>

namespace nsg {

OfflineScan::OfflineScan(EvaluationOptions options)
    : m_evaluator(options)
{
    m_result.options = std::move(options);
    m_result.scannedAt = QDateTime::currentDateTimeUtc();
}

void OfflineScan::accept(NetworkSecurityGroup &&nsg)
{
    const QString id = nsg.id().toLower();
    if (!id.isEmpty()) {
        if (m_seenIds.contains(id)) {
            m_result.warnings.append(
                QCoreApplication::translate("nsg::OfflineScan",
                                            "%1 %2: %3 was already read from an earlier input; "
                                            "this copy is ignored")
                    .arg(nsg.sourceFile(), nsg.sourcePath(), nsg.id()));
            return;
        }
        m_seenIds.insert(id);
    }
    Finding finding = m_evaluator.evaluate(nsg);
    m_result.nsgs.push_back(NsgResult{std::move(nsg), std::move(finding), std::nullopt});
}

void OfflineScan::collect(const NsgReader &reader)
{
    for (const InputError &e : reader.errors())
        m_result.errors.append(ScanError{e.file, 0, e.code, e.message, QString()});
    m_result.warnings += reader.warnings();
}

bool OfflineScan::addFile(const QString &path)
{
    NsgReader reader([this](NetworkSecurityGroup &&nsg) { accept(std::move(nsg)); });
    const size_t before = m_result.nsgs.size();
    if (!reader.readFile(path)) {
        m_errorString = reader.errorString();
        m_result.nsgs.resize(before);
        return false;
    }
    m_result.inputs.append(path);
    collect(reader);
    return true;
}

void OfflineScan::addBytes(QByteArrayView json, const QString &sourceName)
{
    NsgReader reader([this](NetworkSecurityGroup &&nsg) { accept(std::move(nsg)); });
    reader.readBytes(json, sourceName);
    m_result.inputs.append(sourceName);
    collect(reader);
}

ScanResult OfflineScan::takeResult()
{
    ScanResult out = std::move(m_result);
    m_result = ScanResult();
    m_result.options = out.options;
    m_result.scannedAt = QDateTime::currentDateTimeUtc();
    m_seenIds.clear();
    return out;
}

} // namespace nsg
