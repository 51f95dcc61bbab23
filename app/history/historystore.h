// SPDX-License-Identifier: MIT
#pragma once

#include "core/history/snapshot.h"
#include "core/history/snapshotdiff.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace nsg::history {

// The audit history: every scan's snapshot in one SQLite file (docs/history.md). Unchanged NSGs
// cost a reference to the state already stored; each snapshot is written in one transaction, so
// a crash loses at most the snapshot being written. Several processes may use one file at once
// (WAL; a writer waits up to `busyTimeoutMs` for another). A file from a newer version is
// refused and left as it is; a file that is not a readable history is renamed aside and a new
// one started, with a notice. One store per thread (Qt SQL's rule for connections).
class HistoryStore
{
    Q_DECLARE_TR_FUNCTIONS(nsg::history::HistoryStore)
public:
    static constexpr int kSchemaVersion = 2;

    HistoryStore();
    ~HistoryStore();
    HistoryStore(const HistoryStore &) = delete;
    HistoryStore &operator=(const HistoryStore &) = delete;

    // The file's place when nothing else is said: the app data folder's history.sqlite.
    static QString defaultPath();

    // Opens (or creates) the file; false with errorString() when refused or unusable.
    bool open(const QString &path);
    bool isOpen() const;
    QString path() const { return m_path; }
    QString errorString() const { return m_error; }
    // What open() did that a reviewer should know: a migration, a damaged file set aside.
    QStringList notices() const { return m_notices; }
    // The schema version the file had when opened (0 for a new file).
    int openedVersion() const { return m_openedVersion; }
    void setBusyTimeoutMs(int ms) { m_busyTimeoutMs = ms; }

    // Saves a snapshot in one transaction; its id, or nullopt with errorString().
    std::optional<qint64> save(const Snapshot &snapshot);
    // Newest first.
    QList<SnapshotInfo> list() const;
    // A snapshot's NSGs and endpoints (without their JSON).
    std::optional<Snapshot> load(qint64 id) const;
    // Two snapshots as a comparison needs them: each with only the NSGs that are exposed or
    // undecided or that differ from the other; the rest are counted (omittedUnchanged).
    std::optional<std::pair<Snapshot, Snapshot>> loadPair(qint64 older, qint64 newer) const;
    // "latest", "previous" (the one before latest), "12" or "#12": the snapshot's id, or nullopt
    // with errorString().
    std::optional<qint64> resolve(const QString &reference) const;
    // The verdict history, up to `newest`, of the NSGs exposed in `newest` (or in `older`).
    Timelines timelines(qint64 newest, qint64 older = 0) const;
    // The ARM JSON an NSG had in a snapshot; empty when the snapshot did not hold it.
    QByteArray nsgJson(qint64 snapshot, const QString &nsgId) const;
    // Keeps the newest `keepCount` snapshots (0: all) and those younger than `keepDays` days
    // (0: any age) — a snapshot goes when either rule says so; frees what no snapshot uses.
    // The number of snapshots deleted, or -1 with errorString().
    int prune(int keepCount, int keepDays);

    // Azure's change records already read, kept so that a later comparison sees them after
    // Azure has forgotten them (its history lasts 14 days).
    bool saveChanges(const QList<ChangeRecord> &changes);
    QList<ChangeRecord> changes(const QStringList &resourceIds, const QDateTime &from,
                                const QDateTime &to) const;

    // File size in bytes with its WAL (for benches and Settings).
    qint64 fileSize() const;

private:
    // False with `damage` set when the file is not a readable history, else with errorString().
    bool openFile(QString *damage);
    void closeConnection();
    bool createSchema();
    bool migrate(int from);
    bool fail(const QString &what) const;
    std::optional<Snapshot> loadAgainst(qint64 id, qint64 other) const;

    QString m_connection;
    QString m_path;
    mutable QString m_error;
    QStringList m_notices;
    int m_openedVersion = 0;
    int m_busyTimeoutMs = 15000;
};

} // namespace nsg::history
