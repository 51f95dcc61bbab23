// SPDX-License-Identifier: MIT
#include "workspace/audithistory.h"

#include "azure/changehistory.h"
#include "core/settings/appsettings.h"
#include "history/historystore.h"
#include "workspace/connection.h"

#include <QSet>

namespace nsg::workspace {

using history::Attribution;
using history::ChangeRecord;
using history::HistoryStore;
using history::Snapshot;
using history::SnapshotDiff;
using history::SnapshotInfo;

HistorySettings HistorySettings::fromAppSettings()
{
    const AppSettings a = AppSettings::load();
    HistorySettings h{a.historyFile, a.historyEnabled, a.historyKeepCount, a.historyKeepDays};
    // For a session kept apart (tests, screenshots, a second estate): this file instead.
    const QString forced = qEnvironmentVariable("NSG_AUDITOR_HISTORY");
    if (!forced.isEmpty())
        h.path = forced;
    return h;
}

QString HistorySettings::effectivePath() const
{
    return path.isEmpty() ? HistoryStore::defaultPath() : path;
}

Snapshot AuditHistory::snapshotOf(const AuditReport &report, const QString &cloud,
                                  const QDateTime &started)
{
    SnapshotInfo info;
    const ScanResult &scan = report.scan;
    info.started = (started.isValid() ? started : scan.scannedAt).toUTC();
    info.finished = (scan.scannedAt.isValid() ? scan.scannedAt : report.generatedAt).toUTC();
    if (!info.started.isValid())
        info.started = info.finished;
    info.kind = report.inputFiles.isEmpty() ? QStringLiteral("live") : QStringLiteral("offline");
    info.cloud = info.kind == QLatin1String("live") ? cloud : QString();
    info.account = report.account;
    info.policyId = scan.options.policy.id;
    info.policyTarget = scan.options.policy.target();
    info.limits = report.breadthLabel();
    info.tool = report.toolName + QLatin1Char(' ') + report.toolVersion;
    for (const ReportInputFile &f : report.inputFiles)
        info.inputs.append(history::InputFile{f.path, f.sha256});
    for (const ScanError &e : scan.errors) {
        const QString name =
            scan.subscriptionNames.value(e.scope.section(QLatin1Char('/'), 2, 2).toLower());
        info.unreadScopes.append(
            (name.isEmpty() ? e.scope : name + QStringLiteral(" (") + e.scope + QLatin1Char(')'))
            + QStringLiteral(": ")
            + (e.httpStatus > 0 ? QString::number(e.httpStatus) + QLatin1Char(' ') : QString())
            + e.code);
    }
    QSet<QString> tenants, subscriptions;
    for (auto it = scan.subscriptionNames.cbegin(); it != scan.subscriptionNames.cend(); ++it)
        subscriptions.insert(it.key().toLower());
    for (const NsgResult &r : scan.nsgs) {
        if (!r.nsg.tenantId().isEmpty())
            tenants.insert(r.nsg.tenantId().toLower());
        if (info.kind == QLatin1String("live") && !r.nsg.subscriptionId().isEmpty())
            subscriptions.insert(r.nsg.subscriptionId().toLower());
    }
    info.tenants = QStringList(tenants.begin(), tenants.end());
    info.tenants.sort();
    if (info.kind == QLatin1String("live")) {
        info.subscriptions = QStringList(subscriptions.begin(), subscriptions.end());
        info.subscriptions.sort();
    }
    return Snapshot::fromScan(scan, std::move(info));
}

std::optional<qint64> AuditHistory::record(HistoryStore &store, const AuditReport &report,
                                           const QString &cloud, const QDateTime &started,
                                           const HistorySettings &settings, QString *error)
{
    const std::optional<qint64> id = store.save(snapshotOf(report, cloud, started));
    if (!id) {
        *error = store.errorString();
        return std::nullopt;
    }
    if ((settings.keepCount > 0 || settings.keepDays > 0)
        && store.prune(settings.keepCount, settings.keepDays) < 0)
        *error = tr("The snapshot was saved, but older ones could not be pruned: %1")
                     .arg(store.errorString());
    return id;
}

std::optional<SnapshotDiff> AuditHistory::compare(const HistoryStore &store, qint64 older,
                                                  qint64 newer, QString *error)
{
    const std::optional<std::pair<Snapshot, Snapshot>> pair = store.loadPair(older, newer);
    if (!pair) {
        *error = store.errorString();
        return std::nullopt;
    }
    return compare(pair->first, pair->second, &store);
}

SnapshotDiff AuditHistory::compare(const Snapshot &older, const Snapshot &newer,
                                   const HistoryStore *store)
{
    const bool stored = store && older.info.id > 0 && newer.info.id > 0;
    SnapshotDiff diff = SnapshotDiff::compare(
        older, newer,
        stored ? store->timelines(newer.info.id, older.info.id) : history::Timelines());
    if (store) {
        const QList<ChangeRecord> kept = store->changes(
            diff.idsToAttribute(), older.info.started,
            newer.info.finished.isValid() ? newer.info.finished : newer.info.started);
        if (!kept.isEmpty())
            diff.attribute(kept,
                           Attribution{Attribution::State::Partial,
                                       tr("From the change records the audit history kept; "
                                          "Azure's change history was not read again."),
                                       older.info.started, newer.info.finished});
    }
    return diff;
}

AttributionRun::AttributionRun(Connection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{ }

AttributionRun::~AttributionRun() = default;

void AttributionRun::start(SnapshotDiff diff, HistoryStore *store)
{
    m_diff = std::move(diff);
    m_store = store;
    const QStringList ids = m_diff.idsToAttribute();
    const QDateTime from = m_diff.oldInfo.started;
    const QDateTime to =
        m_diff.newInfo.finished.isValid() ? m_diff.newInfo.finished : m_diff.newInfo.started;
    if (ids.isEmpty() || !m_connection || !m_connection->graph()) {
        m_diff.attribute(
            {},
            Attribution{ids.isEmpty() ? Attribution::State::Read : Attribution::State::Failed,
                        ids.isEmpty() ? QString()
                                      : tr("Not signed in: Azure's change "
                                           "history was not read."),
                        from, to});
        QMetaObject::invokeMethod(this, &AttributionRun::finished, Qt::QueuedConnection);
        return;
    }
    m_reader = new azure::ChangeHistory(m_connection->graph(), this);
    connect(m_reader, &azure::ChangeHistory::finished, this, [this, ids, from, to] {
        QList<ChangeRecord> all = m_reader->changes();
        if (m_store) {
            m_store->saveChanges(all);
            // What Azure has forgotten, the history may still hold.
            QSet<QString> seen;
            for (const ChangeRecord &c : all)
                seen.insert(c.changeId);
            for (const ChangeRecord &c : m_store->changes(ids, from, to)) {
                if (!seen.contains(c.changeId))
                    all.append(c);
            }
        }
        // The records of an earlier reading stay on the changes; the new reading replaces them.
        for (history::NsgChange &c : m_diff.nsgs)
            c.changes.clear();
        m_diff.attribute(all, m_reader->attribution());
        Q_EMIT finished();
    });
    m_reader->read(m_connection->homeTenant(), ids, from, to);
}

} // namespace nsg::workspace
