// SPDX-License-Identifier: MIT
// The audit history: snapshots stored by content, compared, kept safe from crashes, newer
// versions and damage, shared by two processes.
#include "core/history/snapshot.h"
#include "core/history/snapshotdiff.h"
#include "core/input/offlinescan.h"
#include "core/settings/translations.h"
#include "history/historystore.h"
#include "support/nsgtestdata.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTranslator>

#include <csignal>

using namespace nsg;
using namespace nsg::history;

namespace {

// One scan of NSGs given as {name: rules DSL}, as `scan --input` would make it.
ScanResult scanOf(const QList<QPair<QString, QString>> &nsgs)
{
    nlohmann::json all = nlohmann::json::array();
    for (const auto &[name, rules] : nsgs)
        all.push_back(test::nsgFromDsl(rules, name));
    OfflineScan scan;
    const std::string bytes = all.dump();
    scan.addBytes(QByteArrayView(bytes.data(), qsizetype(bytes.size())), QStringLiteral("t.json"));
    return scan.takeResult();
}

Snapshot snapshotOf(const QList<QPair<QString, QString>> &nsgs, const QDateTime &at)
{
    SnapshotInfo info;
    info.started = at;
    info.finished = at.addSecs(5);
    info.kind = QStringLiteral("offline");
    info.inputs = {InputFile{QStringLiteral("t.json"), QStringLiteral("00")}};
    info.policyId = QStringLiteral("smtp");
    info.tool = QStringLiteral("nsg-auditor test");
    return Snapshot::fromScan(scanOf(nsgs), info);
}

const QString kOpen = QStringLiteral("Allow 100 Tcp * 25");
const QString kClosed = QStringLiteral("Allow 100 Tcp 10.0.0.0/8 25");
const QString kOther = QStringLiteral("Allow 100 Tcp 10.0.0.0/8 25; Allow 110 Tcp 10.1.0.0/16 443");

int countRows(const QString &path, const QString &table)
{
    const QString name = QStringLiteral("count-") + table;
    int n = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT count(*) FROM ") + table) && q.next())
                n = q.value(0).toInt();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return n;
}

// The child process: writes `count` snapshots of `nsgs` synthetic NSGs each, then exits 0.
int runWriter(const QString &path, int count, int nsgs)
{
    HistoryStore store;
    if (!store.open(path)) {
        fprintf(stderr, "%s\n", qPrintable(store.errorString()));
        return 2;
    }
    const std::string bytes = test::syntheticExport(7, nsgs, 12, 0.1);
    for (int i = 0; i < count; ++i) {
        OfflineScan scan;
        scan.addBytes(QByteArrayView(bytes.data(), qsizetype(bytes.size())),
                      QStringLiteral("synthetic.json"));
        ScanResult result = scan.takeResult();
        // Each snapshot a little different: one NSG's verdict flips.
        SnapshotInfo info;
        info.started = QDateTime::currentDateTimeUtc();
        info.kind = QStringLiteral("offline");
        info.tool = QStringLiteral("writer %1").arg(QCoreApplication::applicationPid());
        Snapshot s = Snapshot::fromScan(result, info);
        s.nsgs[size_t(i) % s.nsgs.size()].verdict = QStringLiteral("unknown");
        if (!store.save(s)) {
            fprintf(stderr, "%s\n", qPrintable(store.errorString()));
            return 3;
        }
        printf("saved\n");
        fflush(stdout);
    }
    return 0;
}

} // namespace

class TestHistory : public QObject
{
    Q_OBJECT

private slots:
    void unchangedNsgsCostAReference();
    void compareTellsWhatMoved();
    void comparisonLoadsWhatItLists();
    void firstSeenAndCameBackAcrossTheHistory();
    void endpointsThatBecameInternetFacing();
    void resolveNamesSnapshots();
    void pruneKeepsTheNewest();
    void changeRecordsKept();
    void migratesAVersionOneFile();
    void refusesANewerFile();
    void setsADamagedFileAside();
    void killDuringAWriteLeavesAReadableStore();
    void twoProcessesWriteAtOnce();

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }
};

void TestHistory::unchangedNsgsCostAReference()
{
    HistoryStore store;
    QVERIFY2(store.open(path(QStringLiteral("dedupe.sqlite"))), qPrintable(store.errorString()));
    QCOMPARE(store.openedVersion(), 0);
    const QDateTime t0 = QDateTime::currentDateTimeUtc().addDays(-2);
    const auto first =
        store.save(snapshotOf({{QStringLiteral("a"), kOpen}, {QStringLiteral("b"), kClosed}}, t0));
    QVERIFY2(first, qPrintable(store.errorString()));
    const auto second = store.save(
        snapshotOf({{QStringLiteral("a"), kOpen}, {QStringLiteral("b"), kClosed}}, t0.addDays(1)));
    QVERIFY(second && *second > *first);
    QCOMPARE(countRows(store.path(), QStringLiteral("documents")), 2);
    QCOMPARE(countRows(store.path(), QStringLiteral("states")), 2);
    QCOMPARE(countRows(store.path(), QStringLiteral("snapshot_nsgs")), 4);
    // One rule changed: one new document and state, nothing else.
    QVERIFY(store.save(
        snapshotOf({{QStringLiteral("a"), kOpen}, {QStringLiteral("b"), kOther}}, t0.addDays(2))));
    QCOMPARE(countRows(store.path(), QStringLiteral("documents")), 3);
    QCOMPARE(countRows(store.path(), QStringLiteral("states")), 3);

    // An export where the NSGs moved (one added before them): still the same NSGs.
    QVERIFY(store.save(snapshotOf({{QStringLiteral("c"), kClosed},
                                   {QStringLiteral("a"), kOpen},
                                   {QStringLiteral("b"), kOther}},
                                  t0.addDays(3))));
    QCOMPARE(countRows(store.path(), QStringLiteral("documents")), 4);
    QCOMPARE(countRows(store.path(), QStringLiteral("states")), 4);

    const QList<SnapshotInfo> all = store.list();
    QCOMPARE(all.size(), 4);
    QCOMPARE(all.front().nsgCount, 3);
    QCOMPARE(all.front().exposedCount, 1);
    const std::optional<Snapshot> loaded = store.load(*first);
    QVERIFY(loaded);
    QCOMPARE(loaded->nsgs.size(), size_t(2));
    const auto a = std::find_if(loaded->nsgs.begin(), loaded->nsgs.end(),
                                [](const NsgRecord &n) { return n.name == QLatin1String("a"); });
    QVERIFY(a != loaded->nsgs.end());
    QCOMPARE(a->verdict, QStringLiteral("exposed"));
    QCOMPARE(a->exposingRules, QStringList{QStringLiteral("rule1")});
    QCOMPARE(a->fingerprint.size(), 64);
    // The NSG's JSON as stored reads back as the same NSG.
    const QByteArray json = store.nsgJson(*first, a->id);
    QVERIFY(!json.isEmpty());
    const NetworkSecurityGroup again = test::readOne(nlohmann::json::parse(json.toStdString()));
    QCOMPARE(again.name(), QStringLiteral("a"));
    QCOMPARE(again.inboundCustomRules().size(), 1);
    QVERIFY(store.nsgJson(*first, QStringLiteral("/no/such")).isEmpty());
}

void TestHistory::compareTellsWhatMoved()
{
    const QDateTime t0(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
    const Snapshot older = snapshotOf({{QStringLiteral("fixed"), kOpen},
                                       {QStringLiteral("new"), kClosed},
                                       {QStringLiteral("still"), kOpen},
                                       {QStringLiteral("tweaked"), kClosed},
                                       {QStringLiteral("same"), kClosed},
                                       {QStringLiteral("gone"), kOpen}},
                                      t0);
    const Snapshot newer = snapshotOf({{QStringLiteral("fixed"), kClosed},
                                       {QStringLiteral("new"), kOpen},
                                       {QStringLiteral("still"), kOpen},
                                       {QStringLiteral("tweaked"), kOther},
                                       {QStringLiteral("same"), kClosed},
                                       {QStringLiteral("added"), kClosed}},
                                      t0.addDays(30));
    const SnapshotDiff diff = SnapshotDiff::compare(older, newer);
    auto kindOf = [&](const QString &name) {
        for (const NsgChange &c : diff.nsgs) {
            if (c.name == name)
                return apiName(c.kind);
        }
        return QStringLiteral("unlisted");
    };
    QCOMPARE(kindOf(QStringLiteral("fixed")), QStringLiteral("fixed"));
    QCOMPARE(kindOf(QStringLiteral("new")), QStringLiteral("new"));
    QCOMPARE(kindOf(QStringLiteral("still")), QStringLiteral("still-exposed"));
    QCOMPARE(kindOf(QStringLiteral("tweaked")), QStringLiteral("rules-changed"));
    QCOMPARE(kindOf(QStringLiteral("same")), QStringLiteral("unlisted"));
    QCOMPARE(kindOf(QStringLiteral("gone")), QStringLiteral("removed"));
    QCOMPARE(kindOf(QStringLiteral("added")), QStringLiteral("added"));
    QCOMPARE(diff.unchanged, 1);
    QVERIFY(diff.hasNewExposure());
    // New exposures come first.
    QCOMPARE(diff.nsgs.front().name, QStringLiteral("new"));
    QCOMPARE(diff.nsgs.front().firstSeen, t0.addDays(30));
    QCOMPARE(diff.nsgs.front().newExposing, QStringList{QStringLiteral("rule1")});
    const auto still = std::find_if(diff.nsgs.begin(), diff.nsgs.end(), [](const NsgChange &c) {
        return c.name == QLatin1String("still");
    });
    QCOMPARE(still->firstSeen, t0);
    QVERIFY(!still->rulesChanged);
    QVERIFY(diff.summary().contains(QStringLiteral("1 new exposure")));
    QVERIFY(diff.summary().contains(QStringLiteral("1 fixed")));
    // … and in the reviewer's language.
    installTranslations(QStringLiteral("de"));
    const QString german = diff.summary();
    for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>())
        QCoreApplication::removeTranslator(t);
    QVERIFY2(german.contains(QStringLiteral("1 behoben"))
                 && german.contains(QStringLiteral("1 neue Exposition")),
             qPrintable(german));
    // Who changed it is asked for the NSGs that moved, not for the one still as it was.
    const QStringList ids = diff.idsToAttribute();
    QVERIFY(!ids.contains(still->id));
    QCOMPARE(ids.size(), 5);

    // Change records filed under their NSG, a rule's under its NSG too.
    ChangeRecord rule;
    rule.resourceId = newer.nsgs[0].id + QStringLiteral("/securityRules/rule1");
    rule.at = t0.addDays(3);
    rule.changedBy = QStringLiteral("alice@contoso.com");
    SnapshotDiff attributed = diff;
    attributed.attribute({rule}, Attribution{Attribution::State::Read, {}, t0, t0.addDays(30)});
    const auto fixed =
        std::find_if(attributed.nsgs.begin(), attributed.nsgs.end(),
                     [](const NsgChange &c) { return c.name == QLatin1String("fixed"); });
    QCOMPARE(fixed->changes.size(), 1);
    QVERIFY(fixed->changes.front().text().contains(QStringLiteral("alice@contoso.com")));
}

// A comparison loads only what it lists; the result is the one of the whole snapshots.
void TestHistory::comparisonLoadsWhatItLists()
{
    HistoryStore store;
    QVERIFY(store.open(path(QStringLiteral("pair.sqlite"))));
    const QDateTime t0(QDate(2026, 10, 1), QTime(8, 0), Qt::UTC);
    QList<QPair<QString, QString>> before, after;
    for (int i = 0; i < 40; ++i) {
        const QString name = QStringLiteral("n%1").arg(i);
        before.append({name, i % 10 == 0 ? kOpen : kClosed});
        after.append({name, i == 0 ? kClosed : i % 10 == 0 ? kOpen : i == 7 ? kOther : kClosed});
    }
    after.append({QStringLiteral("new"), kOpen});
    const auto a = store.save(snapshotOf(before, t0));
    const auto b = store.save(snapshotOf(after, t0.addDays(7)));
    QVERIFY(a && b);
    const auto pair = store.loadPair(*a, *b);
    QVERIFY(pair);
    QVERIFY(qsizetype(pair->second.nsgs.size()) < after.size());
    const SnapshotDiff partial = SnapshotDiff::compare(pair->first, pair->second);
    const SnapshotDiff whole = SnapshotDiff::compare(*store.load(*a), *store.load(*b));
    QCOMPARE(partial.unchanged, whole.unchanged);
    QCOMPARE(partial.nsgs.size(), whole.nsgs.size());
    for (size_t i = 0; i < whole.nsgs.size(); ++i) {
        QCOMPARE(partial.nsgs[i].id, whole.nsgs[i].id);
        QCOMPARE(partial.nsgs[i].kind, whole.nsgs[i].kind);
    }
    QCOMPARE(whole.count(NsgChange::Kind::Fixed), 1);
    QCOMPARE(whole.count(NsgChange::Kind::RulesChanged), 1);
    QCOMPARE(whole.count(NsgChange::Kind::StillExposed), 3);
    QCOMPARE(whole.count(NsgChange::Kind::NewExposure), 1);
    QCOMPARE(whole.unchanged, 35);
}

void TestHistory::firstSeenAndCameBackAcrossTheHistory()
{
    HistoryStore store;
    QVERIFY(store.open(path(QStringLiteral("cameback.sqlite"))));
    const QDateTime t0(QDate(2026, 9, 1), QTime(8, 0), Qt::UTC);
    QVERIFY(store.save(snapshotOf({{QStringLiteral("mail"), kOpen}}, t0)));
    QVERIFY(store.save(snapshotOf({{QStringLiteral("mail"), kOpen}}, t0.addDays(30))));
    const auto fixedId =
        store.save(snapshotOf({{QStringLiteral("mail"), kClosed}}, t0.addDays(60)));
    const auto againId = store.save(snapshotOf({{QStringLiteral("mail"), kOpen}}, t0.addDays(90)));
    QVERIFY(fixedId && againId);
    const auto older = store.load(*fixedId);
    const auto newer = store.load(*againId);
    QVERIFY(older && newer);
    const SnapshotDiff diff = SnapshotDiff::compare(*older, *newer, store.timelines(*againId));
    QCOMPARE(diff.nsgs.size(), size_t(1));
    const NsgChange &c = diff.nsgs.front();
    QCOMPARE(c.kind, NsgChange::Kind::CameBack);
    QCOMPARE(c.firstSeen, t0);
    QCOMPARE(c.exposedSince, t0.addDays(90));
    QCOMPARE(c.fixedAt, t0.addDays(60));

    // Fixed: how long it had been exposed shows too.
    const auto exposedAgain = store.load(store.list()[2].id); // the second snapshot
    const SnapshotDiff fix = SnapshotDiff::compare(
        *exposedAgain, *older, store.timelines(*fixedId, exposedAgain->info.id));
    QCOMPARE(fix.nsgs.front().kind, NsgChange::Kind::Fixed);
    QCOMPARE(fix.nsgs.front().firstSeen, t0);

    // Without the history, the same pair reads as new (first seen in the newer snapshot).
    const SnapshotDiff bare = SnapshotDiff::compare(*older, *newer);
    QCOMPARE(bare.nsgs.front().kind, NsgChange::Kind::NewExposure);

    // Exposed all along: first seen in the first snapshot.
    const auto first = store.load(store.list().back().id);
    const auto second = store.load(store.list()[2].id);
    const SnapshotDiff along =
        SnapshotDiff::compare(*first, *second, store.timelines(second->info.id));
    QCOMPARE(along.nsgs.front().kind, NsgChange::Kind::StillExposed);
    QCOMPARE(along.nsgs.front().firstSeen, t0);
}

void TestHistory::endpointsThatBecameInternetFacing()
{
    Snapshot older;
    older.pathsRead = true;
    older.endpoints = {
        EndpointRecord{QStringLiteral("k1"), QStringLiteral("a"), {}, QStringLiteral("ok")},
        EndpointRecord{QStringLiteral("k2"), QStringLiteral("b"), {}, QStringLiteral("exposed")}};
    Snapshot newer = older;
    newer.endpoints[0].verdict = QStringLiteral("exposed");
    newer.endpoints.pop_back();
    const SnapshotDiff diff = SnapshotDiff::compare(older, newer);
    QCOMPARE(diff.endpoints.size(), size_t(2));
    QCOMPARE(diff.endpoints[0].kind, EndpointChange::Kind::BecameInternetFacing);
    QCOMPARE(diff.endpoints[0].label, QStringLiteral("a"));
    QCOMPARE(diff.endpoints[1].kind, EndpointChange::Kind::NoLongerInternetFacing);
    QVERIFY(diff.hasNewExposure());
    // Without paths on both sides, endpoints are not compared.
    newer.pathsRead = false;
    QVERIFY(SnapshotDiff::compare(older, newer).endpoints.empty());
}

void TestHistory::resolveNamesSnapshots()
{
    HistoryStore store;
    QVERIFY(store.open(path(QStringLiteral("resolve.sqlite"))));
    QVERIFY(!store.resolve(QStringLiteral("latest")));
    QVERIFY(store.errorString().contains(QStringLiteral("no snapshot")));
    const QDateTime t0 = QDateTime::currentDateTimeUtc();
    const auto a = store.save(snapshotOf({{QStringLiteral("a"), kOpen}}, t0));
    QVERIFY(!store.resolve(QStringLiteral("previous")));
    const auto b = store.save(snapshotOf({{QStringLiteral("a"), kOpen}}, t0.addSecs(60)));
    QCOMPARE(store.resolve(QStringLiteral("latest")), b);
    QCOMPARE(store.resolve(QStringLiteral("previous")), a);
    QCOMPARE(store.resolve(QStringLiteral("#%1").arg(*a)), a);
    QCOMPARE(store.resolve(QString::number(*b)), b);
    QVERIFY(!store.resolve(QStringLiteral("999")));
    QVERIFY(!store.resolve(QStringLiteral("yesterday")));
}

void TestHistory::pruneKeepsTheNewest()
{
    HistoryStore store;
    QVERIFY(store.open(path(QStringLiteral("prune.sqlite"))));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(store.save(snapshotOf({{QStringLiteral("a"), kOpen}}, now.addDays(-100))));
    QVERIFY(store.save(snapshotOf({{QStringLiteral("a"), kClosed}}, now.addDays(-50))));
    QVERIFY(store.save(snapshotOf({{QStringLiteral("a"), kOther}}, now.addDays(-1))));
    QCOMPARE(store.prune(0, 60), 1);
    QCOMPARE(store.list().size(), 2);
    QCOMPARE(countRows(store.path(), QStringLiteral("documents")), 2);
    QCOMPARE(store.prune(1, 0), 1);
    QCOMPARE(store.list().size(), 1);
    QCOMPARE(countRows(store.path(), QStringLiteral("documents")), 1);
    QCOMPARE(store.prune(0, 0), 0);
}

void TestHistory::changeRecordsKept()
{
    HistoryStore store;
    QVERIFY(store.open(path(QStringLiteral("changes.sqlite"))));
    const QString nsg = QStringLiteral(
        "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/networkSecurityGroups/n");
    const QDateTime t0(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC);
    ChangeRecord a{QStringLiteral("c1"),
                   nsg + QStringLiteral("/securityRules/r"),
                   t0,
                   QStringLiteral("Update"),
                   QStringLiteral("bob@contoso.com"),
                   QStringLiteral("User"),
                   QStringLiteral("Azure Portal"),
                   QStringLiteral("Microsoft.Network/x/write"),
                   {QStringLiteral("properties.sourceAddressPrefix: * → 10.0.0.0/8")}};
    ChangeRecord b = a;
    b.changeId = QStringLiteral("c2");
    b.resourceId = nsg.toUpper();
    b.at = t0.addDays(5);
    QVERIFY(store.saveChanges({a, b}));
    QVERIFY(store.saveChanges({a})); // read twice: kept once
    const QList<ChangeRecord> got = store.changes({nsg}, t0.addDays(-1), t0.addDays(10));
    QCOMPARE(got.size(), 2);
    QCOMPARE(got[0].changedBy, QStringLiteral("bob@contoso.com"));
    QCOMPARE(got[0].properties, a.properties);
    QCOMPARE(store.changes({nsg}, t0.addDays(1), t0.addDays(10)).size(), 1);
}

void TestHistory::migratesAVersionOneFile()
{
    const QString source = QStringLiteral(NSG_TEST_DATA_DIR "/history-v1.sqlite");
    QVERIFY2(QFile::exists(source), "tests/data/history-v1.sqlite (tests/data/make-history-v1.py)");
    const QString copy = path(QStringLiteral("v1.sqlite"));
    QVERIFY(QFile::copy(source, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    HistoryStore store;
    QVERIFY2(store.open(copy), qPrintable(store.errorString()));
    QCOMPARE(store.openedVersion(), 1);
    QCOMPARE(store.notices().size(), 1);
    QVERIFY(store.notices().front().contains(QStringLiteral("from schema 1 to 2")));
    const QList<SnapshotInfo> all = store.list();
    QCOMPARE(all.size(), 2);
    const auto older = store.load(all[1].id);
    const auto newer = store.load(all[0].id);
    QVERIFY(older && newer);
    const SnapshotDiff diff =
        SnapshotDiff::compare(*older, *newer, store.timelines(newer->info.id));
    QCOMPARE(diff.count(NsgChange::Kind::Fixed), 1);
    QCOMPARE(diff.count(NsgChange::Kind::NewExposure), 1);
    // The new table is there, and a new snapshot saves next to the old ones.
    QVERIFY(store.saveChanges({}));
    QVERIFY(
        store.save(snapshotOf({{QStringLiteral("a"), kOpen}}, QDateTime::currentDateTimeUtc())));
    HistoryStore again;
    QVERIFY(again.open(copy));
    QCOMPARE(again.openedVersion(), 2);
    QVERIFY(again.notices().isEmpty());
}

void TestHistory::refusesANewerFile()
{
    const QString file = path(QStringLiteral("newer.sqlite"));
    {
        HistoryStore store;
        QVERIFY(store.open(file));
        QVERIFY(store.save(
            snapshotOf({{QStringLiteral("a"), kOpen}}, QDateTime::currentDateTimeUtc())));
    }
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bump"));
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=99")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bump"));
    const QByteArray before = test::readFile(file);
    HistoryStore store;
    QVERIFY(!store.open(file));
    QVERIFY(store.errorString().contains(QStringLiteral("newer")));
    QVERIFY(store.errorString().contains(QStringLiteral("99")));
    QCOMPARE(test::readFile(file), before);
    QVERIFY(!store.save(Snapshot()));
}

void TestHistory::setsADamagedFileAside()
{
    const QString file = path(QStringLiteral("damaged.sqlite"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
    }
    HistoryStore store;
    QVERIFY2(store.open(file), qPrintable(store.errorString()));
    QCOMPARE(store.notices().size(), 1);
    QVERIFY(store.notices().front().contains(QStringLiteral("set aside")));
    const QStringList aside =
        QDir(m_dir.path()).entryList({QStringLiteral("damaged.sqlite.damaged-*")}, QDir::Files);
    QCOMPARE(aside.size(), 1);
    QCOMPARE(test::readFile(m_dir.filePath(aside.front())), QByteArray(8192, 'x'));
    QVERIFY(
        store.save(snapshotOf({{QStringLiteral("a"), kOpen}}, QDateTime::currentDateTimeUtc())));
    QCOMPARE(store.list().size(), 1);
}

void TestHistory::killDuringAWriteLeavesAReadableStore()
{
    const QString file = path(QStringLiteral("killed.sqlite"));
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(
        QCoreApplication::applicationFilePath(),
        {QStringLiteral("--history-writer"), file, QStringLiteral("1000"), QStringLiteral("3000")});
    QVERIFY(child.waitForStarted());
    // Two snapshots in, then killed while it writes the next ones.
    int saved = 0;
    while (saved < 2 && child.waitForReadyRead(60000))
        saved += int(child.readAll().count("saved"));
    QVERIFY(saved >= 2);
    QThread::msleep(150);
    ::kill(pid_t(child.processId()), SIGKILL);
    QVERIFY(child.waitForFinished());
    saved += int(child.readAll().count("saved"));

    HistoryStore store;
    QVERIFY2(store.open(file), qPrintable(store.errorString()));
    QVERIFY(store.notices().isEmpty());
    const QList<SnapshotInfo> all = store.list();
    QVERIFY(all.size() >= 2);
    QVERIFY(all.size() <= saved + 1);
    for (const SnapshotInfo &i : all) {
        const auto s = store.load(i.id);
        QVERIFY(s);
        QCOMPARE(int(s->nsgs.size()), i.nsgCount); // whole snapshots only
        QCOMPARE(i.nsgCount, 3000);
    }
    QVERIFY(
        store.save(snapshotOf({{QStringLiteral("a"), kOpen}}, QDateTime::currentDateTimeUtc())));
}

void TestHistory::twoProcessesWriteAtOnce()
{
    const QString file = path(QStringLiteral("shared.sqlite"));
    QProcess one, two;
    for (QProcess *p : {&one, &two}) {
        p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p->start(QCoreApplication::applicationFilePath(),
                 {QStringLiteral("--history-writer"), file, QStringLiteral("4"),
                  QStringLiteral("1500")});
    }
    for (QProcess *p : {&one, &two}) {
        QVERIFY(p->waitForFinished(120000));
        QCOMPARE(p->exitStatus(), QProcess::NormalExit);
        QCOMPARE(p->exitCode(), 0);
    }
    HistoryStore store;
    QVERIFY(store.open(file));
    const QList<SnapshotInfo> all = store.list();
    QCOMPARE(all.size(), 8);
    QSet<QString> writers;
    for (const SnapshotInfo &i : all) {
        writers.insert(i.tool);
        QCOMPARE(int(store.load(i.id)->nsgs.size()), 1500);
    }
    QCOMPARE(writers.size(), 2);
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 5 && args[1] == QLatin1String("--history-writer"))
        return runWriter(args[2], args[3].toInt(), args[4].toInt());
    TestHistory test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_history.moc"
