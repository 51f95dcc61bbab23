// SPDX-License-Identifier: MIT
#pragma once

#include "core/history/snapshot.h"
#include "core/history/snapshotdiff.h"
#include "report/auditreport.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QString>

#include <optional>

namespace nsg::history {
class HistoryStore;
}

namespace nsg::azure {
class ChangeHistory;
}

namespace nsg::workspace {

class Connection;

// Where the audit history lives and what it keeps (Settings; --history, --no-history).
struct HistorySettings
{
    QString path; // empty: HistoryStore::defaultPath()
    bool enabled = true;
    int keepCount = 0; // 0: every snapshot
    int keepDays = 0; // 0: any age

    static HistorySettings fromAppSettings();
    QString effectivePath() const;
};

// The audit history as both front ends use it (docs/history.md).
class AuditHistory
{
    Q_DECLARE_TR_FUNCTIONS(nsg::workspace::AuditHistory)
public:
    // The snapshot of a report's scan: its scope (tenants and subscriptions, or the input files
    // with their SHA-256), account, policy, breadth limits, tool and times.
    static history::Snapshot snapshotOf(const AuditReport &report, const QString &cloud,
                                        const QDateTime &started);
    // Saves a report's scan, then applies the retention; the snapshot's id, or nullopt with
    // `error`. The store's notices (a migration, a damaged file set aside) go to `notices`.
    static std::optional<qint64> record(history::HistoryStore &store, const AuditReport &report,
                                        const QString &cloud, const QDateTime &started,
                                        const HistorySettings &settings, QString *error);
    // Two stored snapshots compared, with first-seen dates from the history and the change
    // records it already keeps.
    static std::optional<history::SnapshotDiff> compare(const history::HistoryStore &store,
                                                        qint64 older, qint64 newer, QString *error);
    // Two snapshots compared outside the store (files, or the current scan against a stored
    // one): first-seen dates from the store when one is given.
    static history::SnapshotDiff compare(const history::Snapshot &older,
                                         const history::Snapshot &newer,
                                         const history::HistoryStore *store);
};

// Reads who changed a comparison's NSGs from Azure's change history (live), keeps what it read
// in the store (Azure forgets after 14 days) and files it under each change. Reports once.
class AttributionRun final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttributionRun)
public:
    AttributionRun(Connection *connection, QObject *parent = nullptr);
    ~AttributionRun() override;

    // `diff` is kept and filled in; `store` may be null (nothing kept).
    void start(history::SnapshotDiff diff, history::HistoryStore *store);
    history::SnapshotDiff takeDiff() { return std::move(m_diff); }

Q_SIGNALS:
    void finished();

private:
    QPointer<Connection> m_connection;
    history::HistoryStore *m_store = nullptr;
    history::SnapshotDiff m_diff;
    azure::ChangeHistory *m_reader = nullptr;
};

} // namespace nsg::workspace
