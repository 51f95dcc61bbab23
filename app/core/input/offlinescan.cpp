// SPDX-License-Identifier: MIT
#include "core/input/offlinescan.h"

#include "core/audit/reachability.h"
#include "core/input/nsgreader.h"

#include <QCoreApplication>

namespace nsg {

OfflineScan::OfflineScan(EvaluationOptions options)
    : m_evaluator(options)
{
    m_result.options = std::move(options);
    m_result.scannedAt = m_startedAt = QDateTime::currentDateTimeUtc();
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
    if (!reader.report()) {
        m_plainInput = true;
        m_result.scannedAt = m_startedAt;
        return;
    }
    // A report: what its scan could not read is still not read; its time is the data's time.
    const ReportInput &report = *reader.report();
    m_result.reports.append(report.origin);
    m_result.errors += report.errors;
    m_result.skipped += report.skipped;
    if (!m_plainInput && report.origin.scannedAt.isValid()
        && (m_result.reports.size() == 1 || report.origin.scannedAt < m_result.scannedAt))
        m_result.scannedAt = report.origin.scannedAt;
    const PortPolicy &now = m_result.options.policy;
    QString warning =
        QCoreApplication::translate("nsg::OfflineScan",
                                    "%1 is a report of a scan on %2 under %3: its NSGs are "
                                    "evaluated again from the rules it carries")
            .arg(report.origin.file,
                 report.origin.scannedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")),
                 report.origin.policy.label());
    if (!(report.origin.policy == now))
        warning += QCoreApplication::translate("nsg::OfflineScan", ", under %1").arg(now.label());
    if (!report.origin.hasRules)
        warning += QCoreApplication::translate(
            "nsg::OfflineScan", "; it carries no rules, so its NSGs are unknown here");
    m_result.warnings.append(warning);
}

void OfflineScan::prepare(NsgReader &reader, const QString &source)
{
    reader.setNetworkSinks(
        [this, source](const nlohmann::json &element, const QString &path) {
            return m_network.add(element, source, path);
        },
        [this, source](const nlohmann::json &top) { m_network.setEnvelope(top, source); });
}

bool OfflineScan::addFile(const QString &path)
{
    NsgReader reader([this](NetworkSecurityGroup &&nsg) { accept(std::move(nsg)); });
    prepare(reader, path);
    const size_t before = m_result.nsgs.size();
    if (!reader.readFile(path)) {
        m_errorString = reader.errorString();
        m_result.nsgs.resize(before);
        return false;
    }
    m_network.finishFile(path);
    m_result.inputs.append(path);
    collect(reader);
    return true;
}

void OfflineScan::addBytes(QByteArrayView json, const QString &sourceName)
{
    NsgReader reader([this](NetworkSecurityGroup &&nsg) { accept(std::move(nsg)); });
    prepare(reader, sourceName);
    reader.readBytes(json, sourceName);
    m_network.finishFile(sourceName);
    m_result.inputs.append(sourceName);
    collect(reader);
}

bool OfflineScan::addServiceTagFile(const QString &path)
{
    std::optional<ServiceTagData> data = NetworkJson::serviceTagFile(path, &m_errorString);
    if (!data)
        return false;
    m_network.addServiceTags(std::move(*data));
    return true;
}

ScanResult OfflineScan::takeResult()
{
    NetworkInventory network = m_network.takeInventory();
    for (const ResourceProblem &p : std::as_const(network.problems))
        m_result.warnings.append(p.message);
    m_result.reachability = Reachability(m_result.options, network, m_result.nsgs).run();
    m_result.warnings += m_result.reachability.warnings;
    ScanResult out = std::move(m_result);
    m_result = ScanResult();
    m_result.options = out.options;
    m_result.scannedAt = m_startedAt = QDateTime::currentDateTimeUtc();
    m_seenIds.clear();
    m_plainInput = false;
    return out;
}

} // namespace nsg
