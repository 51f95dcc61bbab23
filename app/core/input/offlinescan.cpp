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
    ++m_nsgsRead;
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
    for (const InputError &e : reader.errors()) {
        m_result.errors.append(ScanError{e.file, 0, e.code, e.message, QString()});
        m_inputProblems.append(QStringLiteral("%1: %2").arg(e.file, e.message));
    }
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
            const bool added = m_network.add(element, source, path);
            m_networkObjects += added ? 1 : 0;
            return added;
        },
        [this, source](const nlohmann::json &top) { m_network.setEnvelope(top, source); });
}

bool OfflineScan::addFile(const QString &path)
{
    NsgReader reader([this](NetworkSecurityGroup &&nsg) { accept(std::move(nsg)); });
    prepare(reader, path);
    const size_t before = m_result.nsgs.size();
    const qsizetype readBefore = m_nsgsRead;
    const qsizetype networkBefore = m_networkObjects;
    if (!reader.readFile(path)) {
        m_errorString = reader.errorString();
        m_result.nsgs.resize(before);
        return false;
    }
    m_network.finishFile(path);
    m_result.inputs.append(path);
    if (!reader.sha256().isEmpty())
        m_result.inputDigests.insert(path, InputDigest{reader.sha256(), reader.bytesHashed()});
    collect(reader);
    noteEmpty(reader, path, m_nsgsRead - readBefore, m_networkObjects - networkBefore);
    return true;
}

// A file that was read to its end and held nothing: no NSG, no network resource, not a
// report (an empty array, an empty subscription's export).
void OfflineScan::noteEmpty(const NsgReader &reader, const QString &source, qsizetype nsgs,
                            qsizetype networkObjects)
{
    if (nsgs > 0 || networkObjects > 0 || !reader.errors().isEmpty() || reader.report())
        return;
    const QString message = QCoreApplication::translate(
        "nsg::OfflineScan", "holds no NSG and no network resource: nothing to audit");
    m_result.errors.append(
        ScanError{source, 0, QStringLiteral("NoNetworkSecurityGroups"), message, QString()});
    m_inputProblems.append(QStringLiteral("%1: %2").arg(source, message));
}

// Inputs that were all read and hold network resources but not one NSG.
QString OfflineScan::noNsgProblem() const
{
    if (!m_result.nsgs.empty() || !m_inputProblems.isEmpty() || m_result.inputs.isEmpty())
        return QString();
    return QCoreApplication::translate("nsg::OfflineScan",
                                       "the inputs hold no NSG: nothing to audit");
}

QStringList OfflineScan::inputProblems() const
{
    QStringList problems = m_inputProblems;
    if (const QString none = noNsgProblem(); !none.isEmpty())
        problems.append(none);
    return problems;
}

void OfflineScan::addBytes(QByteArrayView json, const QString &sourceName)
{
    NsgReader reader([this](NetworkSecurityGroup &&nsg) { accept(std::move(nsg)); });
    prepare(reader, sourceName);
    const qsizetype readBefore = m_nsgsRead;
    const qsizetype networkBefore = m_networkObjects;
    reader.readBytes(json, sourceName);
    m_network.finishFile(sourceName);
    m_result.inputs.append(sourceName);
    collect(reader);
    noteEmpty(reader, sourceName, m_nsgsRead - readBefore, m_networkObjects - networkBefore);
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
    if (const QString none = noNsgProblem(); !none.isEmpty())
        m_result.errors.append(ScanError{m_result.inputs.join(QStringLiteral(", ")), 0,
                                         QStringLiteral("NoNetworkSecurityGroups"), none,
                                         QString()});
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
    m_inputProblems.clear();
    m_networkObjects = 0;
    m_nsgsRead = 0;
    return out;
}

} // namespace nsg
