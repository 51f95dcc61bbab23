// SPDX-License-Identifier: MIT
#undef QT_NO_CAST_FROM_ASCII // string literals in the tables
#include "nsgtestdata.h"

#include "core/audit/exposureevaluator.h"
#include "core/audit/scanresult.h"
#include "core/audit/suppression.h"
#include "core/input/offlinescan.h"

#include <QTemporaryDir>
#include <QTest>

using namespace nsg;
using namespace nsg::test;
using json = nlohmann::json;

namespace {

const QDate kToday(2026, 11, 29);

struct Evaluated
{
    NetworkSecurityGroup nsg;
    Finding finding;
};

Evaluated evaluate(const QString &rules, const PortPolicy &policy = PortPolicy::smtp())
{
    Evaluated e{readOne(nsgFromDsl(rules)), {}};
    ExposureEvaluator evaluator({policy, {}});
    e.finding = evaluator.evaluate(e.nsg);
    return e;
}

Suppression accept(const Evaluated &e, const PortPolicy &policy = PortPolicy::smtp())
{
    Suppression s;
    s.nsgId = e.nsg.id();
    s.nsgName = e.nsg.name();
    s.policyId = policy.id;
    s.fingerprint = Suppression::fingerprintOf(e.nsg, e.finding, policy);
    s.ruleNames = {QStringLiteral("relay")};
    s.reviewer = QStringLiteral("alice@contoso.example");
    s.reason = QStringLiteral("Inbound relay for the partner until the migration");
    s.expires = kToday.addDays(Suppression::defaultDays());
    s.created = QDateTime(kToday, QTime(9, 0), Qt::UTC);
    return s;
}

const QString kRules =
    QStringLiteral("Allow 100 Tcp * 25 name=relay; Allow 200 Tcp 10.0.0.0/8 22 name=ssh");

} // namespace

class TestSuppression final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptedWhileTheRulesStay();
    void survivesARescan();
    void diesWithTheRule_data();
    void diesWithTheRule();
    void expires();
    void onlyForItsPolicy();
    void nothingForAFixedNsg();
    void scanCountsApart();
    void validation_data();
    void validation();
    void exportImportRoundTrip();
    void mergeKeepsTheNewer();
    void badFiles_data();
    void badFiles();
};

void TestSuppression::acceptedWhileTheRulesStay()
{
    const Evaluated e = evaluate(kRules);
    QCOMPARE(e.finding.verdict, Verdict::Exposed);
    SuppressionSet set;
    set.add(accept(e));
    const std::optional<AcceptedRisk> risk =
        set.check(e.nsg, e.finding, PortPolicy::smtp(), kToday);
    QVERIFY(risk);
    QCOMPARE(risk->state, AcceptedRisk::State::Active);
    QVERIFY(risk->explanation().contains("alice@contoso.example"));
    QVERIFY(risk->explanation().contains("2027-02-27"));
    // Case of the id does not matter (ARM ids are case-insensitive).
    QVERIFY(set.find(e.nsg.id().toUpper(), "smtp"));
}

void TestSuppression::survivesARescan()
{
    const Evaluated first = evaluate(kRules);
    SuppressionSet set;
    set.add(accept(first));
    // Read again, rules in another order, another non-exposing rule changed and one added:
    // the exposing rule is the same, so the risk still holds.
    const Evaluated again = evaluate(QStringLiteral(
        "Allow 210 Tcp 10.1.0.0/16 22 name=ssh; Deny 300 Udp * 53; Allow 100 Tcp * 25 name=relay"));
    QCOMPARE(again.finding.verdict, Verdict::Exposed);
    QCOMPARE(set.check(again.nsg, again.finding, PortPolicy::smtp(), kToday)->state,
             AcceptedRisk::State::Active);
}

void TestSuppression::diesWithTheRule_data()
{
    QTest::addColumn<QString>("changed");
    QTest::newRow("sources") << "Allow 100 Tcp 0.0.0.0/1 25 name=relay";
    QTest::newRow("priority") << "Allow 110 Tcp * 25 name=relay";
    QTest::newRow("ports") << "Allow 100 Tcp * 24-26 name=relay";
    QTest::newRow("protocol") << "Allow 100 * * 25 name=relay";
    QTest::newRow("another rule takes over")
        << "Allow 90 Tcp Internet 25 name=new; Allow 100 Tcp * 25 name=relay";
}

void TestSuppression::diesWithTheRule()
{
    QFETCH(QString, changed);
    SuppressionSet set;
    set.add(accept(evaluate(kRules)));
    const Evaluated now = evaluate(changed);
    QCOMPARE(now.finding.verdict, Verdict::Exposed);
    const std::optional<AcceptedRisk> risk =
        set.check(now.nsg, now.finding, PortPolicy::smtp(), kToday);
    QVERIFY(risk);
    QCOMPARE(risk->state, AcceptedRisk::State::RuleChanged);
    QVERIFY(risk->explanation().startsWith("Exposed again: the exposing rules changed"));
    NsgResult result{now.nsg, now.finding, risk};
    QVERIFY(!result.isAccepted());
}

void TestSuppression::expires()
{
    const Evaluated e = evaluate(kRules);
    SuppressionSet set;
    Suppression s = accept(e);
    s.expires = kToday;
    set.add(s);
    // The expiry date is the last day it holds.
    QCOMPARE(set.check(e.nsg, e.finding, PortPolicy::smtp(), kToday)->state,
             AcceptedRisk::State::Active);
    const std::optional<AcceptedRisk> later =
        set.check(e.nsg, e.finding, PortPolicy::smtp(), kToday.addDays(1));
    QCOMPARE(later->state, AcceptedRisk::State::Expired);
    QVERIFY(later->explanation().contains("expired on 2026-11-29"));
}

void TestSuppression::onlyForItsPolicy()
{
    const PortPolicy ssh = *PortPolicy::fromName("ssh");
    const Evaluated e = evaluate("Allow 100 * * * name=any", ssh);
    SuppressionSet set;
    set.add(accept(e, ssh));
    QCOMPARE(set.check(e.nsg, e.finding, ssh, kToday)->state, AcceptedRisk::State::Active);
    const Evaluated smtp = evaluate("Allow 100 * * * name=any");
    QVERIFY(!set.check(smtp.nsg, smtp.finding, PortPolicy::smtp(), kToday));
}

void TestSuppression::nothingForAFixedNsg()
{
    SuppressionSet set;
    set.add(accept(evaluate(kRules)));
    const Evaluated fixed = evaluate("Allow 100 Tcp 203.0.113.16/28 25 name=relay");
    QCOMPARE(fixed.finding.verdict, Verdict::Ok);
    QVERIFY(!set.check(fixed.nsg, fixed.finding, PortPolicy::smtp(), kToday));
}

void TestSuppression::scanCountsApart()
{
    OfflineScan scan;
    const json nsgs =
        json::array({nsgFromDsl(kRules, "nsg-relay"), nsgFromDsl("Allow 100 Tcp * 25", "nsg-other"),
                     nsgFromDsl("Deny 100 Tcp * 25", "nsg-ok")});
    scan.addBytes(QByteArray::fromStdString(nsgs.dump()), "in.json");
    ScanResult result = scan.takeResult();
    QCOMPARE(result.count(Verdict::Exposed), 2);
    const NsgResult &relay = result.nsgs[0];
    Suppression s;
    s.nsgId = relay.nsg.id();
    s.policyId = "smtp";
    s.fingerprint = Suppression::fingerprintOf(relay.nsg, relay.finding, result.options.policy);
    s.reviewer = "bob";
    s.reason = "partner relay";
    s.expires = kToday.addDays(10);
    SuppressionSet set;
    set.add(s);
    result.applySuppressions(set, kToday);
    QCOMPARE(result.count(Verdict::Exposed), 1);
    QCOMPARE(result.acceptedCount(), 1);
    QCOMPARE(result.count(Verdict::Ok), 1);
    QVERIFY(result.nsgs[0].isAccepted());
    QVERIFY(!result.nsgs[1].risk);
    // After the date, it counts as exposed again.
    result.applySuppressions(set, kToday.addDays(11));
    QCOMPARE(result.count(Verdict::Exposed), 2);
    QCOMPARE(result.acceptedCount(), 0);
}

void TestSuppression::validation_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("error");
    QTest::newRow("no reviewer") << "reviewer"
                                 << "reviewer";
    QTest::newRow("no reason") << "reason"
                               << "reason";
    QTest::newRow("blank reason") << "blank"
                                  << "reason";
    QTest::newRow("no expiry") << "expires"
                               << "expires";
    QTest::newRow("in the past") << "past"
                                 << "in the past";
    QTest::newRow("complete") << ""
                              << "";
}

void TestSuppression::validation()
{
    QFETCH(QString, field);
    QFETCH(QString, error);
    Suppression s = accept(evaluate(kRules));
    if (field == "reviewer")
        s.reviewer.clear();
    else if (field == "reason")
        s.reason.clear();
    else if (field == "blank")
        s.reason = "   ";
    else if (field == "expires")
        s.expires = QDate();
    else if (field == "past")
        s.expires = kToday.addDays(-1);
    const QString problem = s.validate(kToday);
    if (error.isEmpty())
        QCOMPARE(problem, QString());
    else
        QVERIFY2(problem.contains(error), qPrintable(problem));
}

void TestSuppression::exportImportRoundTrip()
{
    SuppressionSet set;
    Suppression a = accept(evaluate(kRules));
    set.add(a);
    Suppression b = a;
    b.nsgId = "/subscriptions/x/resourceGroups/rg/providers/Microsoft.Network/"
              "networkSecurityGroups/other";
    b.reason = "Quotes \" and, commas; ünïcödé";
    set.add(b);
    set.add(a); // the same NSG and policy again replaces, not duplicates
    QCOMPARE(set.entries().size(), size_t(2));

    QTemporaryDir dir;
    const QString path = dir.filePath("team.json");
    QString error;
    QVERIFY2(set.save(path, &error), qPrintable(error));
    std::optional<SuppressionSet> loaded = SuppressionSet::load(path, &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->entries().size(), size_t(2));
    QVERIFY(loaded->entries()[0] == set.entries()[0]);
    QVERIFY(loaded->entries()[1] == set.entries()[1]);
    const json doc = json::parse(loaded->toJson().toStdString());
    QVERIFY(doc["format"] == "nsg-auditor-suppressions");
    QVERIFY(doc["suppressions"][0]["expires"] == "2027-02-27");
    QVERIFY(loaded->remove(a.nsgId.toLower(), "smtp"));
    QCOMPARE(loaded->entries().size(), size_t(1));
}

void TestSuppression::mergeKeepsTheNewer()
{
    Suppression ours = accept(evaluate(kRules));
    Suppression theirs = ours;
    theirs.reason = "older decision";
    theirs.created = ours.created.addDays(-5);
    SuppressionSet mine;
    mine.add(ours);
    SuppressionSet imported;
    imported.add(theirs);
    QCOMPARE(mine.merge(imported), 0);
    QCOMPARE(mine.entries()[0].reason, ours.reason);
    theirs.created = ours.created.addDays(1);
    theirs.reason = "newer decision";
    SuppressionSet newer;
    newer.add(theirs);
    QCOMPARE(mine.merge(newer), 1);
    QCOMPARE(mine.entries()[0].reason, QStringLiteral("newer decision"));
}

void TestSuppression::badFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("error");
    QTest::newRow("not json") << QByteArray("{") << "not valid JSON";
    QTest::newRow("another file") << QByteArray("[]") << "not an NSG Auditor suppressions file";
    QTest::newRow("version") << QByteArray(
        R"({"format":"nsg-auditor-suppressions","version":2,"suppressions":[]})")
                             << "version";
    QTest::newRow("list") << QByteArray(R"({"format":"nsg-auditor-suppressions","version":1})")
                          << "must be an array";
    const QByteArray entry = R"({"nsgId":"/x","policy":"smtp","fingerprint":")"
        + QByteArray(64, 'a') + R"(","reviewer":"a","reason":"%R","expires":"%E"})";
    auto file = [&](const char *reason, const char *expires) -> QByteArray {
        QByteArray e = entry;
        e.replace("%R", reason).replace("%E", expires);
        return R"({"format":"nsg-auditor-suppressions","version":1,"suppressions":[)" + e + "]}";
    };
    QTest::newRow("no reason") << file("", "2027-01-01") << "suppressions[0]: Give the reason";
    QTest::newRow("bad date") << file("r", "next week") << "suppressions[0]: Give the date";
    QTest::newRow("expired loads") << file("r", "2001-01-01") << "";
}

void TestSuppression::badFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);
    QString problem;
    const std::optional<SuppressionSet> set = SuppressionSet::fromJson(bytes, &problem);
    if (error.isEmpty()) {
        QVERIFY2(set, qPrintable(problem));
        QCOMPARE(set->entries().size(), size_t(1));
    } else {
        QVERIFY(!set);
        QVERIFY2(problem.contains(error), qPrintable(problem));
    }
}

QTEST_GUILESS_MAIN(TestSuppression)
#include "tst_suppression.moc"
