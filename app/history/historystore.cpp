// SPDX-License-Identifier: MIT
#include "history/historystore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUuid>
#include <QVariant>

#include <algorithm>
#include <atomic>
#include <thread>

namespace nsg::history {

namespace {

// Schema version 1: snapshots and what they hold. Version 2 adds `changes`, the change records
// read from Azure. Each statement on its own; migrations run the versions after the file's.
const char *const kSchemaV1[] = {
    "CREATE TABLE snapshots(id INTEGER PRIMARY KEY AUTOINCREMENT, started TEXT NOT NULL, "
    "finished TEXT, kind TEXT NOT NULL, cloud TEXT, account TEXT, tool TEXT, policy_id TEXT, "
    "policy_target TEXT, limits TEXT, scope TEXT, nsg_count INTEGER, exposed_count INTEGER, "
    "unknown_count INTEGER, internet_facing INTEGER, paths_read INTEGER)",
    "CREATE TABLE nsgs(id INTEGER PRIMARY KEY, arm_id TEXT NOT NULL UNIQUE COLLATE NOCASE, "
    "name TEXT, resource_group TEXT, subscription_id TEXT)",
    "CREATE TABLE documents(id INTEGER PRIMARY KEY, content_key BLOB NOT NULL UNIQUE, "
    "rules_key BLOB NOT NULL, json BLOB NOT NULL)",
    "CREATE TABLE states(id INTEGER PRIMARY KEY, digest BLOB NOT NULL UNIQUE, "
    "document INTEGER NOT NULL REFERENCES documents(id), verdict TEXT NOT NULL, standing TEXT, "
    "exposing TEXT, fingerprint TEXT, risk TEXT)",
    "CREATE TABLE snapshot_nsgs(snapshot INTEGER NOT NULL, nsg INTEGER NOT NULL, "
    "state INTEGER NOT NULL, PRIMARY KEY(snapshot, nsg)) WITHOUT ROWID",
    "CREATE INDEX snapshot_nsgs_nsg ON snapshot_nsgs(nsg, snapshot)",
    "CREATE TABLE endpoints(id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, label TEXT, "
    "nic_id TEXT)",
    "CREATE TABLE snapshot_endpoints(snapshot INTEGER NOT NULL, endpoint INTEGER NOT NULL, "
    "verdict TEXT NOT NULL, PRIMARY KEY(snapshot, endpoint)) WITHOUT ROWID",
};
const char *const kSchemaV2[] = {
    "CREATE TABLE changes(change_id TEXT PRIMARY KEY, resource_id TEXT NOT NULL COLLATE NOCASE, "
    "at TEXT NOT NULL, change_type TEXT, changed_by TEXT, changed_by_type TEXT, client_type "
    "TEXT, operation TEXT, properties TEXT)",
    "CREATE INDEX changes_resource ON changes(resource_id, at)",
};

QString isoUtc(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromIso(const QString &s)
{
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    t.setTimeSpec(Qt::UTC);
    return t;
}

QJsonObject scopeJson(const SnapshotInfo &info)
{
    QJsonArray inputs;
    for (const InputFile &f : info.inputs)
        inputs.append(
            QJsonObject{{QStringLiteral("path"), f.path}, {QStringLiteral("sha256"), f.sha256}});
    return QJsonObject{
        {QStringLiteral("tenants"), QJsonArray::fromStringList(info.tenants)},
        {QStringLiteral("subscriptions"), QJsonArray::fromStringList(info.subscriptions)},
        {QStringLiteral("inputs"), inputs}};
}

void readScope(SnapshotInfo &info, const QString &text)
{
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    for (const QJsonValue &v : o.value(QLatin1String("tenants")).toArray())
        info.tenants.append(v.toString());
    for (const QJsonValue &v : o.value(QLatin1String("subscriptions")).toArray())
        info.subscriptions.append(v.toString());
    for (const QJsonValue &v : o.value(QLatin1String("unread")).toArray())
        info.unreadScopes.append(v.toString());
    for (const QJsonValue &v : o.value(QLatin1String("inputs")).toArray()) {
        const QJsonObject f = v.toObject();
        info.inputs.append(InputFile{f.value(QLatin1String("path")).toString(),
                                     f.value(QLatin1String("sha256")).toString()});
    }
}

// A state: what one snapshot says of one NSG. Equal states are stored once.
QByteArray stateDigest(const NsgRecord &n)
{
    QCryptographicHash h(QCryptographicHash::Blake2b_256);
    h.addData(n.contentKey);
    const QString fields =
        QStringList{n.verdict, n.standing, n.exposingRules.join(QChar(0x1f)), n.fingerprint, n.risk}
            .join(QChar(0x1e));
    h.addData(fields.toUtf8());
    return h.result();
}

const char *const kInfoColumns =
    "id, started, finished, kind, cloud, account, tool, policy_id, policy_target, limits, scope, "
    "nsg_count, exposed_count, unknown_count, internet_facing, paths_read";

SnapshotInfo readInfo(const QSqlQuery &q, bool *pathsRead = nullptr)
{
    SnapshotInfo i;
    i.id = q.value(0).toLongLong();
    i.started = fromIso(q.value(1).toString());
    i.finished = fromIso(q.value(2).toString());
    i.kind = q.value(3).toString();
    i.cloud = q.value(4).toString();
    i.account = q.value(5).toString();
    i.tool = q.value(6).toString();
    i.policyId = q.value(7).toString();
    i.policyTarget = q.value(8).toString();
    i.limits = q.value(9).toString();
    readScope(i, q.value(10).toString());
    i.nsgCount = q.value(11).toInt();
    i.exposedCount = q.value(12).toInt();
    i.unknownCount = q.value(13).toInt();
    i.internetFacingEndpoints = q.value(14).toInt();
    if (pathsRead)
        *pathsRead = q.value(15).toBool();
    return i;
}

} // namespace

HistoryStore::HistoryStore()
    : m_connection(QStringLiteral("nsg-history-")
                   + QUuid::createUuid().toString(QUuid::WithoutBraces))
{ }

HistoryStore::~HistoryStore()
{
    closeConnection();
}

QString HistoryStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/history.sqlite");
}

bool HistoryStore::fail(const QString &what) const
{
    m_error = what;
    return false;
}

bool HistoryStore::isOpen() const
{
    return QSqlDatabase::contains(m_connection)
        && QSqlDatabase::database(m_connection, false).isOpen();
}

bool HistoryStore::open(const QString &path)
{
    m_path = path;
    m_notices.clear();
    m_error.clear();
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return fail(tr("The audit history needs Qt's SQLite driver (Debian: libqt6sql6-sqlite)."));
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return fail(tr("Cannot create the folder of the history file %1.").arg(path));
    QString damage;
    if (openFile(&damage))
        return true;
    if (damage.isEmpty())
        return false;
    // Not a readable history: renamed aside (never emptied) and a new one started.
    closeConnection();
    const QString aside = m_path + QStringLiteral(".damaged-")
        + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    if (!QFile::rename(m_path, aside))
        return fail(tr("The history file %1 cannot be read (%2) and cannot be set aside.")
                        .arg(m_path, damage));
    for (const char *suffix : {"-wal", "-shm"}) {
        const QString extra = m_path + QLatin1String(suffix);
        if (QFile::exists(extra))
            QFile::rename(extra, aside + QLatin1String(suffix));
    }
    m_notices.append(tr("The history file %1 could not be read (%2). It was set aside as %3 "
                        "and a new history started; the old one is kept for recovery.")
                         .arg(m_path, damage, aside));
    QString again;
    if (openFile(&again))
        return true;
    if (!again.isEmpty())
        fail(tr("The history file %1 cannot be read: %2").arg(m_path, again));
    return false;
}

void HistoryStore::closeConnection()
{
    if (!QSqlDatabase::contains(m_connection))
        return;
    {
        QSqlDatabase old = QSqlDatabase::database(m_connection, false);
        old.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool HistoryStore::openFile(QString *damage)
{
    closeConnection();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_busyTimeoutMs));
    if (!db.open())
        return fail(tr("Cannot open the history file %1: %2").arg(m_path, db.lastError().text()));

    // Read before anything is written: a damaged file or a newer version is not touched.
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        *damage = q.lastError().text();
    } else {
        m_openedVersion = q.value(0).toInt();
        q.finish();
        if (m_openedVersion > kSchemaVersion) {
            db.close();
            return fail(tr("The history file %1 was written by a newer NSG Auditor (schema %2; "
                           "this one reads up to %3). It is left as it is: use that version, or "
                           "give another file (--history FILE, Settings).")
                            .arg(m_path)
                            .arg(m_openedVersion)
                            .arg(kSchemaVersion));
        }
        if (m_openedVersion > 0
            && (!q.exec(QStringLiteral("SELECT count(*) FROM snapshots")) || !q.next()))
            *damage = q.lastError().text();
        q.finish();
    }
    if (!damage->isEmpty())
        return false;

    // Turning WAL on needs the file to itself for a moment: another process creating the
    // same file holds it, and SQLite does not wait for that here, so this does.
    QElapsedTimer waited;
    waited.start();
    for (const char *pragma :
         {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON"}) {
        while (!q.exec(QLatin1String(pragma))) {
            const QString error = q.lastError().text();
            if (!error.contains(QLatin1String("locked")) || waited.elapsed() > m_busyTimeoutMs)
                return fail(tr("Cannot prepare the history file %1: %2").arg(m_path, error));
            QThread::msleep(20);
        }
        q.finish();
    }
    if (m_openedVersion == 0)
        return createSchema();
    if (m_openedVersion < kSchemaVersion)
        return migrate(m_openedVersion);
    return true;
}

bool HistoryStore::createSchema()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return fail(tr("Cannot write the history file %1: %2").arg(m_path, q.lastError().text()));
    // Another process may have created it meanwhile.
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next() && q.value(0).toInt() > 0) {
        const int version = q.value(0).toInt();
        q.finish();
        q.exec(QStringLiteral("COMMIT"));
        m_openedVersion = version;
        return version < kSchemaVersion ? migrate(version) : true;
    }
    q.finish();
    for (const char *statement : kSchemaV1) {
        if (!q.exec(QLatin1String(statement))) {
            const QString error = q.lastError().text();
            q.exec(QStringLiteral("ROLLBACK"));
            return fail(tr("Cannot create the history in %1: %2").arg(m_path, error));
        }
    }
    for (const char *statement : kSchemaV2) {
        if (!q.exec(QLatin1String(statement))) {
            const QString error = q.lastError().text();
            q.exec(QStringLiteral("ROLLBACK"));
            return fail(tr("Cannot create the history in %1: %2").arg(m_path, error));
        }
    }
    if (!q.exec(QStringLiteral("PRAGMA user_version=%1").arg(kSchemaVersion))
        || !q.exec(QStringLiteral("COMMIT"))) {
        const QString error = q.lastError().text();
        q.exec(QStringLiteral("ROLLBACK"));
        return fail(tr("Cannot create the history in %1: %2").arg(m_path, error));
    }
    return true;
}

bool HistoryStore::migrate(int from)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return fail(tr("Cannot write the history file %1: %2").arg(m_path, q.lastError().text()));
    // Read again inside the transaction: another process may have migrated it.
    int version = from;
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        version = q.value(0).toInt();
    q.finish();
    if (version < 2) {
        for (const char *statement : kSchemaV2) {
            if (!q.exec(QLatin1String(statement))) {
                const QString error = q.lastError().text();
                q.exec(QStringLiteral("ROLLBACK"));
                return fail(tr("Cannot bring the history in %1 up to date: %2").arg(m_path, error));
            }
        }
    }
    if (!q.exec(QStringLiteral("PRAGMA user_version=%1").arg(kSchemaVersion))
        || !q.exec(QStringLiteral("COMMIT"))) {
        const QString error = q.lastError().text();
        q.exec(QStringLiteral("ROLLBACK"));
        return fail(tr("Cannot bring the history in %1 up to date: %2").arg(m_path, error));
    }
    if (version < kSchemaVersion)
        m_notices.append(tr("The history file %1 was brought from schema %2 to %3.")
                             .arg(m_path)
                             .arg(version)
                             .arg(kSchemaVersion));
    return true;
}

namespace {

// A document to store: the NSG's JSON, compressed, with its keys. Made in parallel: a first
// snapshot of a large estate makes one per NSG.
struct Document
{
    const NsgRecord *record = nullptr;
    QByteArray rulesKey;
    QByteArray compressed;
};

void prepareDocuments(std::vector<Document> &documents)
{
    const unsigned workers = std::clamp<unsigned>(std::thread::hardware_concurrency(), 1, 8);
    std::atomic<size_t> next{0};
    auto work = [&] {
        for (size_t i = next++; i < documents.size(); i = next++) {
            Document &doc = documents[i];
            doc.rulesKey =
                doc.record->rulesKey.isEmpty() ? rulesKeyOf(doc.record->nsg) : doc.record->rulesKey;
            // Level 1: a third of level 6's time for a few per cent more bytes.
            doc.compressed = qCompress(storedJson(doc.record->nsg), 1);
        }
    };
    if (documents.size() < 64 || workers == 1) {
        work();
        return;
    }
    std::vector<std::thread> threads;
    for (unsigned i = 1; i < workers; ++i)
        threads.emplace_back(work);
    work();
    for (std::thread &t : threads)
        t.join();
}

// INSERTs many rows in statements of up to `batch` rows each (one statement per row costs more
// than the row itself).
class BatchInsert
{
public:
    BatchInsert(const QSqlDatabase &db, QString head, int columns, int batch = 300)
        : m_db(db)
        , m_head(std::move(head))
        , m_columns(columns)
        , m_batch(batch)
        , m_full(db)
    {
        m_full.prepare(statement(m_batch));
    }
    bool add(const QVariantList &row)
    {
        m_rows.append(row);
        return m_rows.size() / m_columns < m_batch || flush();
    }
    bool flush()
    {
        const int rows = int(m_rows.size() / m_columns);
        if (rows == 0)
            return true;
        QSqlQuery partial(m_db);
        QSqlQuery &q = rows == m_batch ? m_full : partial;
        if (rows != m_batch)
            q.prepare(statement(rows));
        for (const QVariant &v : std::as_const(m_rows))
            q.addBindValue(v);
        m_rows.clear();
        if (!q.exec()) {
            m_error = q.lastError().text();
            return false;
        }
        return true;
    }
    QString errorString() const { return m_error; }

private:
    QString statement(int rows) const
    {
        const QString one = QLatin1Char('(')
            + QStringList(m_columns, QStringLiteral("?")).join(QLatin1Char(',')) + QLatin1Char(')');
        return m_head + QStringList(rows, one).join(QLatin1Char(','));
    }
    QSqlDatabase m_db;
    QString m_head;
    int m_columns;
    int m_batch;
    QSqlQuery m_full;
    QVariantList m_rows;
    QString m_error;
};

} // namespace

std::optional<qint64> HistoryStore::save(const Snapshot &snapshot)
{
    if (!isOpen()) {
        fail(tr("The history is not open."));
        return std::nullopt;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    auto abort = [&](const QString &error) -> std::optional<qint64> {
        QSqlQuery rollback(db);
        rollback.exec(QStringLiteral("ROLLBACK"));
        fail(tr("Cannot save the snapshot in %1: %2").arg(m_path, error));
        return std::nullopt;
    };
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        fail(tr("Cannot save the snapshot in %1: %2").arg(m_path, q.lastError().text()));
        return std::nullopt;
    }

    // What the newest snapshot holds: most NSGs are unchanged since, and cost a lookup here.
    QHash<QString, qint64> nsgIds;
    if (!q.exec(QStringLiteral("SELECT id, arm_id FROM nsgs")))
        return abort(q.lastError().text());
    while (q.next())
        nsgIds.insert(q.value(1).toString().toLower(), q.value(0).toLongLong());
    QHash<QByteArray, qint64> knownStates;
    if (!q.exec(QStringLiteral("SELECT st.digest, st.id FROM snapshot_nsgs sn JOIN states st ON "
                               "st.id = sn.state WHERE sn.snapshot = (SELECT max(id) FROM "
                               "snapshots)")))
        return abort(q.lastError().text());
    while (q.next())
        knownStates.insert(q.value(0).toByteArray(), q.value(1).toLongLong());

    const SnapshotInfo &info = snapshot.info;
    q.prepare(QStringLiteral(
        "INSERT INTO snapshots(started, finished, kind, cloud, account, tool, policy_id, "
        "policy_target, limits, scope, nsg_count, exposed_count, unknown_count, internet_facing, "
        "paths_read) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QVariantList values{
        isoUtc(info.started),
        isoUtc(info.finished.isValid() ? info.finished : info.started),
        info.kind,
        info.cloud,
        info.account,
        info.tool,
        info.policyId,
        info.policyTarget,
        info.limits,
        QString::fromUtf8(QJsonDocument(scopeJson(info)).toJson(QJsonDocument::Compact)),
        int(snapshot.nsgs.size()),
        info.exposedCount,
        info.unknownCount,
        info.internetFacingEndpoints,
        snapshot.pathsRead};
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return abort(q.lastError().text());
    const qint64 snapshotId = q.lastInsertId().toLongLong();

    // Each NSG's id and state: known ones by lookup; the rest need a state, and those whose
    // content is new a document first.
    QSqlQuery addNsg(db), findState(db), findDocument(db);
    addNsg.prepare(QStringLiteral("INSERT INTO nsgs(arm_id, name, resource_group, "
                                  "subscription_id) VALUES(?, ?, ?, ?)"));
    findState.prepare(QStringLiteral("SELECT id FROM states WHERE digest = ?"));
    findDocument.prepare(QStringLiteral("SELECT id FROM documents WHERE content_key = ?"));
    struct Row
    {
        qint64 nsg = 0;
        qint64 state = 0;
        QByteArray digest; // of a state still to be stored
    };
    std::vector<Row> rows(snapshot.nsgs.size());
    QHash<QByteArray, qint64> documentIds; // content key → document
    std::vector<Document> newDocuments;
    QSet<QByteArray> documentsAsked;
    for (size_t i = 0; i < snapshot.nsgs.size(); ++i) {
        const NsgRecord &n = snapshot.nsgs[i];
        Row &row = rows[i];
        const QString key = n.id.toLower();
        row.nsg = nsgIds.value(key);
        if (row.nsg == 0) {
            for (const QVariant &v : QVariantList{n.id, n.name, n.resourceGroup, n.subscriptionId})
                addNsg.addBindValue(v);
            if (!addNsg.exec())
                return abort(addNsg.lastError().text());
            row.nsg = addNsg.lastInsertId().toLongLong();
            nsgIds.insert(key, row.nsg);
        }
        row.digest = stateDigest(n);
        row.state = knownStates.value(row.digest);
        if (row.state == 0) {
            findState.addBindValue(row.digest);
            if (!findState.exec())
                return abort(findState.lastError().text());
            if (findState.next())
                row.state = findState.value(0).toLongLong();
            findState.finish();
        }
        if (row.state != 0 || documentsAsked.contains(n.contentKey))
            continue;
        documentsAsked.insert(n.contentKey);
        findDocument.addBindValue(n.contentKey);
        if (!findDocument.exec())
            return abort(findDocument.lastError().text());
        if (findDocument.next())
            documentIds.insert(n.contentKey, findDocument.value(0).toLongLong());
        else if (!n.nsg.isNull())
            newDocuments.push_back(Document{&n, {}, {}});
        findDocument.finish();
    }

    prepareDocuments(newDocuments);
    QSqlQuery addDocument(db);
    addDocument.prepare(
        QStringLiteral("INSERT INTO documents(content_key, rules_key, json) VALUES(?, ?, ?)"));
    for (const Document &doc : newDocuments) {
        addDocument.addBindValue(doc.record->contentKey);
        addDocument.addBindValue(doc.rulesKey);
        addDocument.addBindValue(doc.compressed);
        if (!addDocument.exec())
            return abort(addDocument.lastError().text());
        documentIds.insert(doc.record->contentKey, addDocument.lastInsertId().toLongLong());
    }

    QSqlQuery addState(db);
    addState.prepare(QStringLiteral("INSERT INTO states(digest, document, verdict, standing, "
                                    "exposing, fingerprint, risk) VALUES(?, ?, ?, ?, ?, ?, ?)"));
    BatchInsert addRows(db,
                        QStringLiteral("INSERT OR IGNORE INTO snapshot_nsgs(snapshot, nsg, "
                                       "state) VALUES"),
                        3);
    for (size_t i = 0; i < snapshot.nsgs.size(); ++i) {
        const NsgRecord &n = snapshot.nsgs[i];
        Row &row = rows[i];
        if (row.state == 0)
            row.state = knownStates.value(row.digest); // stored for an earlier NSG just now
        if (row.state == 0) {
            const qint64 document = documentIds.value(n.contentKey);
            if (document == 0)
                return abort(tr("no document for %1").arg(n.id));
            for (const QVariant &v :
                 QVariantList{row.digest, document, n.verdict, n.standing,
                              n.exposingRules.join(QLatin1Char('\n')), n.fingerprint, n.risk})
                addState.addBindValue(v);
            if (!addState.exec())
                return abort(addState.lastError().text());
            row.state = addState.lastInsertId().toLongLong();
            knownStates.insert(row.digest, row.state);
        }
        if (!addRows.add({snapshotId, row.nsg, row.state}))
            return abort(addRows.errorString());
    }
    if (!addRows.flush())
        return abort(addRows.errorString());

    if (!snapshot.endpoints.empty()) {
        QHash<QString, qint64> endpointIds;
        if (!q.exec(QStringLiteral("SELECT id, key FROM endpoints")))
            return abort(q.lastError().text());
        while (q.next())
            endpointIds.insert(q.value(1).toString(), q.value(0).toLongLong());
        QSqlQuery addEndpoint(db);
        addEndpoint.prepare(
            QStringLiteral("INSERT INTO endpoints(key, label, nic_id) VALUES(?, ?, ?)"));
        BatchInsert addVerdicts(db,
                                QStringLiteral("INSERT OR IGNORE INTO snapshot_endpoints("
                                               "snapshot, endpoint, verdict) VALUES"),
                                3);
        for (const EndpointRecord &e : snapshot.endpoints) {
            qint64 endpoint = endpointIds.value(e.key);
            if (endpoint == 0) {
                addEndpoint.addBindValue(e.key);
                addEndpoint.addBindValue(e.label);
                addEndpoint.addBindValue(e.networkInterfaceId);
                if (!addEndpoint.exec())
                    return abort(addEndpoint.lastError().text());
                endpoint = addEndpoint.lastInsertId().toLongLong();
                endpointIds.insert(e.key, endpoint);
            }
            if (!addVerdicts.add({snapshotId, endpoint, e.verdict}))
                return abort(addVerdicts.errorString());
        }
        if (!addVerdicts.flush())
            return abort(addVerdicts.errorString());
    }
    if (!q.exec(QStringLiteral("COMMIT")))
        return abort(q.lastError().text());
    // The write-ahead log back into the file, and the log emptied (best effort: a reader in
    // another process may hold it; SQLite does it later then).
    q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return snapshotId;
}

QList<SnapshotInfo> HistoryStore::list() const
{
    QList<SnapshotInfo> out;
    if (!isOpen())
        return out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("SELECT %1 FROM snapshots ORDER BY id DESC")
                    .arg(QLatin1String(kInfoColumns)))) {
        fail(q.lastError().text());
        return out;
    }
    while (q.next())
        out.append(readInfo(q));
    return out;
}

// One snapshot, with its NSGs all (other = 0) or, compared with `other`, only those a comparison
// lists: exposed or undecided, or in another state in `other` (or not in it at all).
std::optional<Snapshot> HistoryStore::loadAgainst(qint64 id, qint64 other) const
{
    if (!isOpen()) {
        fail(tr("The history is not open."));
        return std::nullopt;
    }
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT %1 FROM snapshots WHERE id = ?").arg(QLatin1String(kInfoColumns)));
    q.addBindValue(id);
    if (!q.exec()) {
        fail(q.lastError().text());
        return std::nullopt;
    }
    if (!q.next()) {
        fail(tr("No snapshot #%1 in the history %2.").arg(id).arg(m_path));
        return std::nullopt;
    }
    Snapshot s;
    s.info = readInfo(q, &s.pathsRead);
    q.finish();
    QString sql = QStringLiteral(
        "SELECT n.arm_id, n.name, n.resource_group, n.subscription_id, st.verdict, st.standing, "
        "st.exposing, st.fingerprint, st.risk, d.content_key, d.rules_key FROM snapshot_nsgs sn "
        "JOIN nsgs n ON n.id = sn.nsg JOIN states st ON st.id = sn.state JOIN documents d ON "
        "d.id = st.document WHERE sn.snapshot = ?");
    if (other > 0)
        sql += QStringLiteral(" AND (st.verdict <> 'ok' OR NOT EXISTS (SELECT 1 FROM "
                              "snapshot_nsgs o WHERE o.snapshot = ? AND o.nsg = sn.nsg AND "
                              "o.state = sn.state))");
    q.prepare(sql);
    q.addBindValue(id);
    if (other > 0)
        q.addBindValue(other);
    if (!q.exec()) {
        fail(q.lastError().text());
        return std::nullopt;
    }
    if (other == 0)
        s.nsgs.reserve(size_t(s.info.nsgCount));
    // Resource groups and subscriptions repeat: one string each.
    QSet<QString> shared;
    auto intern = [&shared](const QString &text) {
        const auto it = shared.constFind(text);
        return it != shared.cend() ? *it : *shared.insert(text);
    };
    while (q.next()) {
        NsgRecord n;
        n.id = q.value(0).toString();
        n.name = q.value(1).toString();
        n.resourceGroup = intern(q.value(2).toString());
        n.subscriptionId = intern(q.value(3).toString());
        n.verdict = intern(q.value(4).toString());
        n.standing = intern(q.value(5).toString());
        const QString exposing = q.value(6).toString();
        if (!exposing.isEmpty())
            n.exposingRules = exposing.split(QLatin1Char('\n'));
        n.fingerprint = q.value(7).toString();
        n.risk = q.value(8).toString();
        n.contentKey = q.value(9).toByteArray();
        n.rulesKey = q.value(10).toByteArray();
        s.nsgs.push_back(std::move(n));
    }
    q.finish();
    if (other > 0)
        s.omittedUnchanged = std::max(0, s.info.nsgCount - int(s.nsgs.size()));
    q.prepare(QStringLiteral("SELECT e.key, e.label, e.nic_id, se.verdict FROM snapshot_endpoints "
                             "se JOIN endpoints e ON e.id = se.endpoint WHERE se.snapshot = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        fail(q.lastError().text());
        return std::nullopt;
    }
    while (q.next())
        s.endpoints.push_back(EndpointRecord{q.value(0).toString(), q.value(1).toString(),
                                             q.value(2).toString(), q.value(3).toString()});
    return s;
}

std::optional<Snapshot> HistoryStore::load(qint64 id) const
{
    return loadAgainst(id, 0);
}

std::optional<std::pair<Snapshot, Snapshot>> HistoryStore::loadPair(qint64 older,
                                                                    qint64 newer) const
{
    std::optional<Snapshot> before = loadAgainst(older, newer);
    if (!before)
        return std::nullopt;
    std::optional<Snapshot> after = loadAgainst(newer, older);
    if (!after)
        return std::nullopt;
    return std::make_pair(std::move(*before), std::move(*after));
}

std::optional<qint64> HistoryStore::resolve(const QString &reference) const
{
    const QList<SnapshotInfo> all = list();
    const QString r = reference.trimmed().toLower();
    if (r == QLatin1String("latest") || r == QLatin1String("previous")) {
        const int index = r == QLatin1String("latest") ? 0 : 1;
        if (all.size() <= index) {
            fail(all.isEmpty() ? tr("The history %1 holds no snapshot yet.").arg(m_path)
                               : tr("The history %1 holds one snapshot: there is no previous one.")
                                     .arg(m_path));
            return std::nullopt;
        }
        return all[index].id;
    }
    bool ok = false;
    const qint64 id = (r.startsWith(QLatin1Char('#')) ? r.mid(1) : r).toLongLong(&ok);
    if (!ok) {
        fail(tr("'%1' names no snapshot: give its number, latest or previous.").arg(reference));
        return std::nullopt;
    }
    for (const SnapshotInfo &i : all) {
        if (i.id == id)
            return id;
    }
    fail(tr("No snapshot #%1 in the history %2.").arg(id).arg(m_path));
    return std::nullopt;
}

Timelines HistoryStore::timelines(qint64 newest, qint64 older) const
{
    Timelines out;
    if (!isOpen())
        return out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT n.arm_id, sn.snapshot, s.started, st.verdict FROM snapshot_nsgs sn "
        "JOIN states st ON st.id = sn.state JOIN snapshots s ON s.id = sn.snapshot "
        "JOIN nsgs n ON n.id = sn.nsg WHERE sn.snapshot <= ? AND sn.nsg IN (SELECT x.nsg FROM "
        "snapshot_nsgs x JOIN states y ON y.id = x.state WHERE x.snapshot IN (?, ?) AND "
        "y.verdict = 'exposed') ORDER BY sn.snapshot"));
    q.addBindValue(newest);
    q.addBindValue(newest);
    q.addBindValue(older > 0 ? older : newest);
    if (!q.exec()) {
        fail(q.lastError().text());
        return out;
    }
    while (q.next()) {
        out[q.value(0).toString().toLower()].push_back(
            VerdictPoint{q.value(1).toLongLong(), fromIso(q.value(2).toString()),
                         q.value(3).toString() == QLatin1String("exposed")});
    }
    return out;
}

QByteArray HistoryStore::nsgJson(qint64 snapshot, const QString &nsgId) const
{
    if (!isOpen())
        return QByteArray();
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT d.json FROM snapshot_nsgs sn JOIN nsgs n ON n.id = sn.nsg "
                             "JOIN states st ON st.id = sn.state JOIN documents d ON d.id = "
                             "st.document WHERE sn.snapshot = ? AND n.arm_id = ?"));
    q.addBindValue(snapshot);
    q.addBindValue(nsgId);
    if (!q.exec() || !q.next())
        return QByteArray();
    return qUncompress(q.value(0).toByteArray());
}

int HistoryStore::prune(int keepCount, int keepDays)
{
    if (!isOpen()) {
        fail(tr("The history is not open."));
        return -1;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    QList<qint64> doomed;
    const QList<SnapshotInfo> all = list();
    const QDateTime cutoff = QDateTime::currentDateTimeUtc().addDays(-keepDays);
    for (int i = 0; i < all.size(); ++i) {
        if ((keepCount > 0 && i >= keepCount) || (keepDays > 0 && all[i].started < cutoff))
            doomed.append(all[i].id);
    }
    if (doomed.isEmpty())
        return 0;
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        fail(q.lastError().text());
        return -1;
    }
    QSqlQuery del(db);
    bool ok = true;
    for (const char *statement : {"DELETE FROM snapshot_nsgs WHERE snapshot = ?",
                                  "DELETE FROM snapshot_endpoints WHERE snapshot = ?",
                                  "DELETE FROM snapshots WHERE id = ?"}) {
        del.prepare(QLatin1String(statement));
        for (qint64 id : doomed) {
            del.addBindValue(id);
            ok = ok && del.exec();
        }
    }
    for (const char *statement :
         {"DELETE FROM states WHERE id NOT IN (SELECT DISTINCT state FROM snapshot_nsgs)",
          "DELETE FROM documents WHERE id NOT IN (SELECT DISTINCT document FROM states)",
          "DELETE FROM nsgs WHERE id NOT IN (SELECT DISTINCT nsg FROM snapshot_nsgs)",
          "DELETE FROM endpoints WHERE id NOT IN (SELECT DISTINCT endpoint FROM "
          "snapshot_endpoints)"}) {
        ok = ok && q.exec(QLatin1String(statement));
    }
    if (!ok || !q.exec(QStringLiteral("COMMIT"))) {
        fail(del.lastError().isValid() ? del.lastError().text() : q.lastError().text());
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return -1;
    }
    return int(doomed.size());
}

bool HistoryStore::saveChanges(const QList<ChangeRecord> &changes)
{
    if (!isOpen())
        return fail(tr("The history is not open."));
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return fail(q.lastError().text());
    q.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO changes(change_id, resource_id, at, change_type, changed_by, "
        "changed_by_type, client_type, operation, properties) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const ChangeRecord &c : changes) {
        for (const QVariant &v : QVariantList{c.changeId, c.resourceId, isoUtc(c.at), c.changeType,
                                              c.changedBy, c.changedByType, c.clientType,
                                              c.operation, c.properties.join(QLatin1Char('\n'))})
            q.addBindValue(v);
        if (!q.exec()) {
            const QString error = q.lastError().text();
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            return fail(error);
        }
    }
    QSqlQuery commit(db);
    if (!commit.exec(QStringLiteral("COMMIT")))
        return fail(commit.lastError().text());
    return true;
}

QList<ChangeRecord> HistoryStore::changes(const QStringList &resourceIds, const QDateTime &from,
                                          const QDateTime &to) const
{
    QList<ChangeRecord> out;
    if (!isOpen())
        return out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral(
        "SELECT change_id, resource_id, at, change_type, changed_by, changed_by_type, "
        "client_type, operation, properties FROM changes WHERE (resource_id = ? OR "
        "lower(substr(resource_id, 1, ?)) = ?) AND at > ? AND at <= ? ORDER BY at"));
    for (const QString &id : resourceIds) {
        const QString rules = id.toLower() + QStringLiteral("/securityrules/");
        q.addBindValue(id);
        q.addBindValue(int(rules.size()));
        q.addBindValue(rules);
        q.addBindValue(isoUtc(from));
        q.addBindValue(isoUtc(to));
        if (!q.exec())
            continue;
        while (q.next()) {
            ChangeRecord c;
            c.changeId = q.value(0).toString();
            c.resourceId = q.value(1).toString();
            c.at = fromIso(q.value(2).toString());
            c.changeType = q.value(3).toString();
            c.changedBy = q.value(4).toString();
            c.changedByType = q.value(5).toString();
            c.clientType = q.value(6).toString();
            c.operation = q.value(7).toString();
            const QString properties = q.value(8).toString();
            if (!properties.isEmpty())
                c.properties = properties.split(QLatin1Char('\n'));
            out.append(c);
        }
    }
    return out;
}

qint64 HistoryStore::fileSize() const
{
    return QFileInfo(m_path).size() + QFileInfo(m_path + QStringLiteral("-wal")).size();
}

} // namespace nsg::history
