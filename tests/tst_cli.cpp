// SPDX-License-Identifier: MIT
#include "httpprobe.h"
#include "nsgtestdata.h"
#include "reportschema.h"

#include "core/audit/suppression.h"
#include "core/input/offlinescan.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <qplatformdefs.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace nsg;
using namespace nsg::test;
using json = nlohmann::json;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QStringList &arguments,
        const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(NSG_AUDITOR_BIN), arguments);
    if (!p.waitForFinished(60000))
        qFatal("nsg-auditor did not finish");
    Run r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

const QString kSample = QStringLiteral(NSG_SOURCE_DIR "/resources/demo/sample-export.json");

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

} // namespace

class TestCli final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void scanPrintsTheTable();
    void policies();
    void settingsAreDefaultsAndFlagsWin();
    void acceptedRiskInEveryReport();
    void scanWritesJsonAndCsv();
    void scanFollowsPathsFromTheInternet();
    void scanReadsItsOwnReport();
    void exitCodes_data();
    void exitCodes();
    void badUsageIsOneLine_data();
    void badUsageIsOneLine();
    void helpAndVersion();
    void otherPort();
    void severalInputsAndDuplicates();
    void brokenInputStillReports();
    void reportsIntoPipesAndDevices();
    void proofListsEveryRule();
    void proofCreditsEveryDeny();
    void tableFitsTheTerminal();
    void scanHelpStatesBothForms();
    void sandboxCommandServes();
    void scanDemoSignsInAndScans();
    void scanDemoNetworkInterfaces();
    void scanSandboxUrlWithFaultsAgreesWithTruth();
    void scanTlsSandboxUrl();
    void liveAndExportPathsAgreeWithTruth();
    void sandboxCommandRejectsBadOptions_data();
    void sandboxCommandRejectsBadOptions();
    void fourReportsSayTheSameThing();
    void restrictDryRunSendsNothing();
    void restrictThenRevert();
    void restrictRefusesBadSources_data();
    void restrictRefusesBadSources();
    void restrictAfterMfaChallenge();
    void revertAfterAnotherChangeAsksFirst();
    void historyKeepsScansAndDiffCompares();
    void restrictShowsAsFixedWithWhoChangedIt();

private:
    QTemporaryDir m_dir;
};

void TestCli::initTestCase()
{
    // A settings folder of our own: the reviewer's Settings must not change these results.
    qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toLocal8Bit());
    // … and an audit history of our own (every scan is kept there unless --no-history).
    qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toLocal8Bit());
}

namespace {

QSettings cliSettings(const QTemporaryDir &dir)
{
    return QSettings(dir.filePath(QStringLiteral("config/nsg-auditor/nsg-auditor.conf")),
                     QSettings::IniFormat);
}

QSet<QString> exposedNames(const json &doc)
{
    QSet<QString> names;
    for (const json &n : doc["nsgs"])
        if (n["verdict"] == "exposed")
            names.insert(QString::fromStdString(n["name"].get<std::string>()));
    return names;
}

} // namespace

void TestCli::policies()
{
    const Run list = run({QStringLiteral("scan"), QStringLiteral("--list-policies")});
    QCOMPARE(list.exitCode, 0);
    QVERIFY(list.out.contains(QRegularExpression(QStringLiteral("^\\* smtp +TCP/25 +High$"),
                                                 QRegularExpression::MultilineOption)));
    QVERIFY(list.out.contains(QRegularExpression(QStringLiteral("^  netbios +UDP/137, 138, 139"),
                                                 QRegularExpression::MultilineOption)));
    QVERIFY(list.out.contains(QStringLiteral("all-ports")));

    const Run ssh = run({QStringLiteral("scan"), kSample, QStringLiteral("--policy"),
                         QStringLiteral("SSH"), QStringLiteral("--json"), QStringLiteral("-")});
    QCOMPARE(ssh.exitCode, 0);
    const json doc = json::parse(ssh.out.toStdString());
    QVERIFY(doc["policy"]["id"] == "ssh");
    QVERIFY(doc["policy"]["port"] == 22);
    QVERIFY(validateReportJson(nlohmann::ordered_json::parse(ssh.out.toStdString())).isEmpty());
    // What lets TCP 22 in, not TCP 25: the SMTP-only rules are no longer findings.
    QCOMPARE(exposedNames(doc),
             (QSet<QString>{QStringLiteral("nsg-relay-legacy"), QStringLiteral("nsg-app"),
                            QStringLiteral("nsg-forgotten")}));
    const Run table =
        run({QStringLiteral("scan"), kSample, QStringLiteral("--policy"), QStringLiteral("ssh")});
    QVERIFY(table.out.contains(QStringLiteral("Policy: SSH (TCP/22).")));

    // A multi-port service reports its targets; a custom range too.
    const Run dns = run({QStringLiteral("scan"), kSample, QStringLiteral("--policy"),
                         QStringLiteral("dns"), QStringLiteral("--json"), QStringLiteral("-")});
    const json dnsDoc = json::parse(dns.out.toStdString());
    QVERIFY(dnsDoc["policy"]["port"].is_null());
    QCOMPARE(int(dnsDoc["policy"]["targets"].size()), 2);
    QVERIFY(exposedNames(dnsDoc).contains(QStringLiteral("nsg-dns")));

    const Run bad = run(
        {QStringLiteral("scan"), kSample, QStringLiteral("--policy"), QStringLiteral("gopher")});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.err.contains(QStringLiteral("Unknown policy 'gopher'")));
    const Run both = run({QStringLiteral("scan"), kSample, QStringLiteral("--policy"),
                          QStringLiteral("ssh"), QStringLiteral("--port"), QStringLiteral("22")});
    QCOMPARE(both.exitCode, 2);
}

void TestCli::settingsAreDefaultsAndFlagsWin()
{
    {
        QSettings s = cliSettings(m_dir);
        s.setValue(QStringLiteral("settings/policy"), QStringLiteral("ssh"));
        s.setValue(QStringLiteral("settings/breadthLimit"), 1);
    }
    auto policyOf = [](const Run &r) {
        const json doc = json::parse(r.out.toStdString());
        return std::make_pair(QString::fromStdString(doc["policy"]["id"].get<std::string>()),
                              doc["report"]["breadthLimit"]["ipv4Addresses"].get<int>());
    };
    const QStringList scan{QStringLiteral("scan"), kSample, QStringLiteral("--json"),
                           QStringLiteral("-")};
    QCOMPARE(policyOf(run(scan)), std::make_pair(QStringLiteral("ssh"), 1));
    QCOMPARE(policyOf(run(scan + QStringList{QStringLiteral("--policy"), QStringLiteral("smtp")})),
             std::make_pair(QStringLiteral("smtp"), 1));
    QCOMPARE(policyOf(run(scan
                          + QStringList{QStringLiteral("--port"), QStringLiteral("25"),
                                        QStringLiteral("--breadth-limit"), QStringLiteral("300")})),
             std::make_pair(QStringLiteral("smtp"), 300));
    const Run list = run({QStringLiteral("scan"), QStringLiteral("--list-policies")});
    QVERIFY(list.out.contains(QStringLiteral("* ssh")));
    cliSettings(m_dir).remove(QStringLiteral("settings"));
    QCOMPARE(policyOf(run(scan)), std::make_pair(QStringLiteral("smtp"), 256));
}

void TestCli::acceptedRiskInEveryReport()
{
    // The reviewer accepts the risk of nsg-relay-legacy (SMTP) until a date.
    const QString file = m_dir.filePath(QStringLiteral("accepted.json"));
    QVERIFY(!acceptRisk(kSample, QStringLiteral("nsg-relay-legacy"),
                        QStringLiteral("alice@contoso.example"),
                        QStringLiteral("Legacy relay, decommissioned in Q1"), file)
                 .isEmpty());

    const QString json1 = m_dir.filePath(QStringLiteral("acc.json"));
    const QString csv = m_dir.filePath(QStringLiteral("acc.csv"));
    const QString html = m_dir.filePath(QStringLiteral("acc.html"));
    const Run r = run({QStringLiteral("scan"), kSample, QStringLiteral("--suppressions"), file,
                       QStringLiteral("--json"), json1, QStringLiteral("--csv"), csv,
                       QStringLiteral("--html"), html, QStringLiteral("--fail-on-exposed")});
    QCOMPARE(r.exitCode, 3); // others are still exposed
    const json doc = json::parse(readFile(json1).toStdString());
    QVERIFY(doc["summary"]["suppressed"] == 1);
    QVERIFY(doc["summary"]["exposed"] == 9);
    QVERIFY(doc["report"]["suppressionsFile"] == file.toStdString());
    for (const json &n : doc["nsgs"]) {
        if (n["name"] == "nsg-relay-legacy") {
            QVERIFY(n["verdict"] == "exposed"); // the proof stays
            QVERIFY(n["suppression"]["state"] == "active");
            QVERIFY(n["suppression"]["reviewer"] == "alice@contoso.example");
        } else {
            QVERIFY(n["suppression"].is_null());
        }
    }
    const QString csvText = QString::fromUtf8(readFile(csv));
    QVERIFY(csvText.contains(QRegularExpression(
        QStringLiteral("nsg-relay-legacy,[^\\n]*,accepted-risk,[^\\n]*Accepted risk until"))));
    const QString htmlText = QString::fromUtf8(readFile(html));
    QVERIFY(htmlText.contains(QStringLiteral("Accepted risks (1)")));
    QVERIFY(htmlText.contains(QStringLiteral("Legacy relay, decommissioned in Q1")));
    QVERIFY(r.out.isEmpty() || r.out.contains(QStringLiteral("1 accepted risk")));
    const Run table =
        run({QStringLiteral("scan"), kSample, QStringLiteral("--suppressions"), file});
    QVERIFY(table.out.contains(
        QRegularExpression(QStringLiteral("nsg-relay-legacy +\\S+ +\\S+ +ACCEPTED"))));
    QVERIFY(table.out.contains(QStringLiteral("9 exposed, 5 ok, 0 unknown, 1 accepted risk")));

    // The same file under another policy: nothing accepted there.
    const Run ssh = run({QStringLiteral("scan"), kSample, QStringLiteral("--policy"),
                         QStringLiteral("ssh"), QStringLiteral("--suppressions"), file,
                         QStringLiteral("--json"), QStringLiteral("-")});
    QVERIFY(json::parse(ssh.out.toStdString())["summary"]["suppressed"] == 0);

    // A broken file given on the command line stops the scan.
    const QString broken = write(m_dir, QStringLiteral("broken.json"), "{\"format\": 1}");
    const Run bad =
        run({QStringLiteral("scan"), kSample, QStringLiteral("--suppressions"), broken});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.err.contains(QStringLiteral("not an NSG Auditor suppressions file")));
}

void TestCli::scanPrintsTheTable()
{
    const Run r = run({QStringLiteral("scan"), QStringLiteral("--input"), kSample});
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.out.split(QLatin1Char('\n'));
    QVERIFY(lines[0].startsWith(QLatin1String("NSG")));
    QVERIFY(lines[0].contains(QLatin1String("RESOURCE GROUP"))
            && lines[0].contains(QLatin1String("VERDICT"))
            && lines[0].contains(QLatin1String("WHY")));
    QVERIFY2(r.out.contains(QLatin1String("15 NSGs: 10 exposed, 5 ok, 0 unknown")),
             qPrintable(r.out));
    // Exposed rows come first.
    QVERIFY(lines[1].contains(QLatin1String("EXPOSED")));
    QVERIFY(r.out.indexOf(QLatin1String(" OK ")) > r.out.lastIndexOf(QLatin1String("EXPOSED")));
    QVERIFY(r.out.contains(QLatin1String("nsg-smtp-blocked")));
    QVERIFY(!r.out.contains(QLatin1Char('\x1b'))); // no colours when not a terminal
}

// Issue 16, point 8: `scan FILE` reads the JSON report `scan --json` wrote.
void TestCli::scanReadsItsOwnReport()
{
    const QString reportPath = m_dir.filePath(QStringLiteral("own-report.json"));
    const Run first = run({QStringLiteral("scan"), QStringLiteral("--input"), kSample,
                           QStringLiteral("--json"), reportPath});
    QCOMPARE(first.exitCode, 0);
    const Run again = run({QStringLiteral("scan"), reportPath});
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QVERIFY2(!again.out.contains(QLatin1String("NotAnExport")), qPrintable(again.out));
    QVERIFY2(again.out.contains(QLatin1String("15 NSGs: 10 exposed, 5 ok, 0 unknown")),
             qPrintable(again.out));
    QVERIFY2(again.err.contains(QLatin1String("is a report of a scan on")), qPrintable(again.err));
    const Run ssh = run(
        {QStringLiteral("scan"), QStringLiteral("--policy"), QStringLiteral("ssh"), reportPath});
    QVERIFY2(ssh.err.contains(QLatin1String("under SSH (TCP/22)")), qPrintable(ssh.err));
    QVERIFY(ssh.out.contains(QLatin1String("Policy: SSH (TCP/22).")));
}

void TestCli::scanWritesJsonAndCsv()
{
    const QString jsonPath = m_dir.filePath(QStringLiteral("out.json"));
    const QString csvPath = m_dir.filePath(QStringLiteral("out.csv"));
    const Run r = run({QStringLiteral("scan"), QStringLiteral("--input"), kSample,
                       QStringLiteral("--json"), jsonPath, QStringLiteral("--csv"), csvPath});
    QCOMPARE(r.exitCode, 0);
    const nlohmann::ordered_json doc =
        nlohmann::ordered_json::parse(readFile(jsonPath).toStdString());
    const QStringList problems = validateReportJson(doc);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QCOMPARE(int(doc["nsgs"].size()), 15);
    const QList<QByteArray> rows = readFile(csvPath).split('\n');
    QCOMPARE(rows.size(), 17); // header, 15 NSGs, empty after the last CRLF
    QVERIFY(rows[0].startsWith("Subscription,Resource group,NSG,Location,Verdict,"));

    // "-" sends a report to stdout instead of the table.
    const Run toStdout =
        run({QStringLiteral("scan"), kSample, QStringLiteral("--json"), QStringLiteral("-")});
    QCOMPARE(toStdout.exitCode, 0);
    QVERIFY(
        validateReportJson(nlohmann::ordered_json::parse(toStdout.out.toStdString())).isEmpty());
}

void TestCli::scanFollowsPathsFromTheInternet()
{
    // NSGs with their NICs, public IPs, load balancer, routes, admin rules and a firewall policy,
    // in the shapes az and ARM print (tests/data/reachability).
    const QString estate = QStringLiteral(NSG_TEST_DATA_DIR "/reachability/estate.json");
    const QString admin = QStringLiteral(NSG_TEST_DATA_DIR "/reachability/admin-rules.json");
    const QString tags = QStringLiteral(NSG_TEST_DATA_DIR "/reachability/service-tags.json");
    const Run r = run({QStringLiteral("scan"), estate, admin, QStringLiteral("--service-tags"),
                       tags, QStringLiteral("--json"), QStringLiteral("-"),
                       QStringLiteral("--fail-on-internet-facing")});
    QVERIFY2(r.exitCode == 3, qPrintable(r.err));
    const nlohmann::ordered_json doc = nlohmann::ordered_json::parse(r.out.toStdString());
    const QStringList problems = validateReportJson(doc);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    // With the service tag data the Front Door path is decided too: 8 exposed endpoints.
    QCOMPARE(doc["summary"]["endpointsExposed"].get<int>(), 8);
    QCOMPARE(doc["summary"]["internetFacing"].get<int>(), 3);
    QVERIFY(doc["report"]["serviceTags"]["changeNumber"] == "412");
    bool nat = false;
    for (const auto &e : doc["endpoints"]) {
        if (e["via"] == "inboundNatRule") {
            nat = true;
            QCOMPARE(e["frontendPort"].get<int>(), 2525);
            QCOMPARE(e["target"]["port"].get<int>(), 25);
            QVERIFY(e["verdict"] == "exposed");
        }
    }
    QVERIFY(nat);

    // The table names the reachability of each exposed NSG and lists the endpoints.
    const Run table = run({QStringLiteral("scan"), estate, admin});
    QCOMPARE(table.exitCode, 0);
    QVERIFY2(table.out.contains(QLatin1String("Internet-facing: ")), qPrintable(table.out));
    QVERIFY(table.out.contains(QLatin1String("Latent (no public path")));
    // nsg-deny-25 is OK, but an AlwaysAllow admin rule decides before it: the table says so.
    QVERIFY2(table.out.simplified().contains(QLatin1String(
                 "Admin rule always-allow-smtp decides before this NSG on a path from the "
                 "Internet")),
             qPrintable(table.out));
    QVERIFY2(table.out.simplified().contains(
                 QStringLiteral("inboundNatRule 20.10.0.10:2525 → nic-lb2 10.4.1.5:25")),
             qPrintable(table.out));
    QVERIFY(table.err.contains(QLatin1String("No service tag data was read")));

    // An NSG-only export: nothing to place the exposed NSGs on a path with, so exit 4.
    const Run nsgsOnly = run({QStringLiteral("scan"), kSample,
                              QStringLiteral("--fail-on-internet-facing"), QStringLiteral("-q")});
    QCOMPARE(nsgsOnly.exitCode, 4);

    // A service tag file cut in half is a clear error, and nothing is scanned.
    const QByteArray whole = readFile(tags);
    const QString cut = write(m_dir, QStringLiteral("cut-tags.json"), whole.left(whole.size() / 2));
    const Run broken = run({QStringLiteral("scan"), estate, QStringLiteral("--service-tags"), cut});
    QCOMPARE(broken.exitCode, 2);
    QVERIFY2(broken.err.contains(QLatin1String("is not valid JSON")), qPrintable(broken.err));
    QVERIFY(broken.out.isEmpty());
}

void TestCli::exitCodes_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("failOnExposed");
    QTest::addColumn<int>("exitCode");

    const QByteArray exposed = QByteArray::fromStdString(
        json::array({nsgFromDsl(QStringLiteral("Allow 100 Tcp * 25"))}).dump());
    const QByteArray ok = QByteArray::fromStdString(
        json::array({nsgFromDsl(QStringLiteral("Allow 100 Tcp 10.0.0.0/8 25"))}).dump());
    const QByteArray unknown = QByteArray::fromStdString(
        json::array({nsgFromDsl(QStringLiteral("Allow 100 Tcp 10.0.0.300 25"))}).dump());
    QTest::newRow("exposed, no flag") << exposed << false << 0;
    QTest::newRow("exposed") << exposed << true << 3;
    QTest::newRow("ok") << ok << true << 0;
    QTest::newRow("unknown") << unknown << true << 4;
    QTest::newRow("unknown, named by file and path") << unknown << false << 0;
    // A broken input never passes, with or without --fail-on-exposed (exit 2).
    QTest::newRow("broken JSON") << QByteArray("[{") << true << 2;
    QTest::newRow("broken JSON, no flag") << QByteArray("[{") << false << 2;
    QTest::newRow("cut off after an exposed NSG")
        << exposed.left(exposed.size() - 1) + QByteArray(",{\"name\":") << false << 2;
    QTest::newRow("not JSON") << QByteArray("not json") << false << 2;
    QTest::newRow("empty file") << QByteArray() << false << 2;
    QTest::newRow("not an export, no flag") << QByteArray("{}") << false << 2;
    QTest::newRow("no NSG at all") << QByteArray("{\"value\": []}") << false << 2;
    QTest::newRow("empty array") << QByteArray("[]") << true << 2;
}

void TestCli::exitCodes()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, failOnExposed);
    QFETCH(int, exitCode);
    const QString path =
        write(m_dir,
              QStringLiteral("%1.json").arg(
                  QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_')),
              content);
    QStringList args{QStringLiteral("scan"), QStringLiteral("--input"), path};
    if (failOnExposed)
        args << QStringLiteral("--fail-on-exposed");
    const Run r = run(args);
    QVERIFY2(r.exitCode == exitCode,
             qPrintable(QString::number(r.exitCode) + QLatin1Char(' ') + r.err + r.out));
}

void TestCli::badUsageIsOneLine_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing file") << QStringList{QStringLiteral("scan"), QStringLiteral("--input"),
                                                 QStringLiteral("/nonexistent.json")}
                                  << "/nonexistent.json";
    QTest::newRow("no input") << QStringList{QStringLiteral("scan")} << "nothing to scan";
    QTest::newRow("two sources") << QStringList{QStringLiteral("scan"), QStringLiteral("--demo"),
                                                kSample}
                                 << "one source";
    QTest::newRow("live option on files")
        << QStringList{QStringLiteral("scan"), QStringLiteral("--via"), QStringLiteral("arm"),
                       kSample}
        << "live scans";
    QTest::newRow("bad via") << QStringList{QStringLiteral("scan"), QStringLiteral("--demo"),
                                            QStringLiteral("--via"),
                                            QStringLiteral("carrier-pigeon")}
                             << "--via";
    QTest::newRow("plain http to another host")
        << QStringList{QStringLiteral("scan"), QStringLiteral("--sandbox-url"),
                       QStringLiteral("http://192.0.2.7:8080")}
        << "plain http";
    QTest::newRow("unknown cloud")
        << QStringList{QStringLiteral("scan"), QStringLiteral("--tenant"),
                       QStringLiteral("organizations"), QStringLiteral("--cloud"),
                       QStringLiteral("AzureGermanCloud")}
        << "unknown cloud";
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("scan"), QStringLiteral("--frobnicate")} << "frobnicate";
    QTest::newRow("bad port") << QStringList{QStringLiteral("scan"), QStringLiteral("--port"),
                                             QStringLiteral("smtp"), kSample}
                              << "--port";
    QTest::newRow("port 0") << QStringList{QStringLiteral("scan"), QStringLiteral("--port"),
                                           QStringLiteral("0"), kSample}
                            << "--port";
    QTest::newRow("bad protocol") << QStringList{
        QStringLiteral("scan"), QStringLiteral("--protocol"), QStringLiteral("icmp"),
        kSample} << "--protocol";
    QTest::newRow("unwritable output")
        << QStringList{QStringLiteral("scan"), kSample, QStringLiteral("--json"),
                       QStringLiteral("/nonexistent/dir/x.json")}
        << "/nonexistent/dir/x.json";
    QTest::newRow("a directory") << QStringList{QStringLiteral("scan"), QStringLiteral("/tmp")}
                                 << "directory";
    QTest::newRow("unknown command") << QStringList{QStringLiteral("scna")} << "unknown command";
}

void TestCli::badUsageIsOneLine()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run r = run(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY2(r.err.startsWith(QLatin1String("nsg-auditor")), qPrintable(r.err));
    if (args.value(0) == QLatin1String("scan"))
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
}

void TestCli::helpAndVersion()
{
    const Run help = run({QStringLiteral("scan"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(QLatin1String("--fail-on-exposed")));
    QVERIFY(help.out.contains(QLatin1String("--json")));
    const Run version = run({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith(QLatin1String("nsg-auditor ")));
    const Run top = run({QStringLiteral("--help")});
    QCOMPARE(top.exitCode, 0);
    QVERIFY(top.out.contains(QLatin1String("scan")));
}

void TestCli::otherPort()
{
    const Run r = run({QStringLiteral("scan"), kSample, QStringLiteral("--port"),
                       QStringLiteral("443"), QStringLiteral("--json"), QStringLiteral("-")});
    QCOMPARE(r.exitCode, 0);
    const json doc = json::parse(r.out.toStdString());
    QVERIFY(doc["policy"]["port"] == 443);
    int exposed = 0;
    for (const json &n : doc["nsgs"]) {
        if (n["name"] == "nsg-mx-gateway")
            QVERIFY(n["verdict"] == "exposed"); // Allow-HTTPS-Inbound from Internet
        exposed += n["verdict"] == "exposed";
    }
    QVERIFY(exposed > 0);
}

void TestCli::severalInputsAndDuplicates()
{
    const QString second = write(
        m_dir, QStringLiteral("second.json"),
        QByteArray::fromStdString(json::array({nsgFromDsl(QStringLiteral("Allow 100 Tcp * 25"),
                                                          QStringLiteral("nsg-extra"))})
                                      .dump()));
    // --input repeated, a file after the options, and the sample twice: its NSGs count once.
    const Run r =
        run({QStringLiteral("scan"), QStringLiteral("--input"), kSample, QStringLiteral("--input"),
             second, kSample, QStringLiteral("--json"), QStringLiteral("-")});
    QCOMPARE(r.exitCode, 0);
    const json doc = json::parse(r.out.toStdString());
    QCOMPARE(int(doc["nsgs"].size()), 16);
    QVERIFY(doc["summary"]["exposed"] == 11);
    QCOMPARE(r.err.count(QLatin1String("was already read from an earlier input")), 15);
}

// A report written to a FIFO (a shell's >(…)) or a device arrives there, and the FIFO or device
// stays what it was: a save-by-rename would put a regular file in its place (/dev/null, as root).
void TestCli::reportsIntoPipesAndDevices()
{
    const QString fifo = m_dir.filePath(QStringLiteral("report.fifo"));
    QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    // The reading end opened first and without blocking, so that a scan that never opens the
    // FIFO fails the test instead of hanging it.
    const int fd = ::open(QFile::encodeName(fifo).constData(), O_RDONLY | O_NONBLOCK);
    QVERIFY(fd >= 0);
    QProcess p;
    p.start(QStringLiteral(NSG_AUDITOR_BIN),
            {QStringLiteral("scan"), kSample, QStringLiteral("--json"), fifo,
             QStringLiteral("--no-history"), QStringLiteral("-q")});
    QByteArray bytes;
    bool finished = false;
    while (true) {
        char chunk[65536];
        const ssize_t n = ::read(fd, chunk, sizeof chunk);
        if (n > 0) {
            bytes.append(chunk, qsizetype(n));
            continue;
        }
        if (finished)
            break;
        finished = p.waitForFinished(20);
    }
    ::close(fd);
    QCOMPARE(p.exitCode(), 0);
    const json doc = json::parse(bytes.toStdString());
    QVERIFY(doc["nsgs"].size() > 0);
    QVERIFY(QFileInfo(fifo).exists() && !QFileInfo(fifo).isFile());
    QT_STATBUF st;
    QVERIFY(QT_STAT(QFile::encodeName(fifo).constData(), &st) == 0 && S_ISFIFO(st.st_mode));

    const Run toNull = run({QStringLiteral("scan"), kSample, QStringLiteral("--json"),
                            QStringLiteral("/dev/null"), QStringLiteral("--no-history")});
    QCOMPARE(toNull.exitCode, 0);
    QVERIFY(QT_STAT("/dev/null", &st) == 0 && S_ISCHR(st.st_mode));
}

// An input that breaks off exits 2, and its reports still hold what was read before the
// break, with the break in errors; inputs with no NSG in any of them exit 2 and say so.
void TestCli::brokenInputStillReports()
{
    const QByteArray two = QByteArray::fromStdString(
        json::array(
            {nsgFromDsl(QStringLiteral("Allow 100 Tcp * 25"), QStringLiteral("nsg-first")),
             nsgFromDsl(QStringLiteral("Allow 100 Tcp * 25"), QStringLiteral("nsg-second"))})
            .dump());
    const qsizetype second = two.indexOf("nsg-second");
    QVERIFY(second > 0);
    const QString cut = write(m_dir, QStringLiteral("cut.json"), two.left(second + 12));
    const QString out = m_dir.filePath(QStringLiteral("cut-report.json"));
    const Run r = run({QStringLiteral("scan"), cut, QStringLiteral("--json"), out,
                       QStringLiteral("--no-history")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("nsg-auditor scan: %1: invalid JSON").arg(cut)),
             qPrintable(r.err));
    const json doc = json::parse(readFile(out).toStdString());
    bool firstRead = false;
    for (const json &n : doc["nsgs"])
        firstRead = firstRead || (n["name"] == "nsg-first" && n["verdict"] == "exposed");
    QVERIFY2(firstRead, doc.dump().c_str());
    QVERIFY(doc["errors"].size() == 1);
    QVERIFY(doc["errors"][0]["code"] == "InvalidJson");
    QVERIFY(doc["errors"][0]["scope"] == cut.toStdString());

    // Network resources but no NSG: nothing to audit.
    const QString nicsOnly =
        write(m_dir, QStringLiteral("nics-only.json"),
              QByteArrayLiteral("[{\"id\": \"/subscriptions/s/resourceGroups/r/providers/"
                                "Microsoft.Network/networkInterfaces/nic\", \"name\": \"nic\", "
                                "\"type\": \"Microsoft.Network/networkInterfaces\", "
                                "\"properties\": {\"ipConfigurations\": []}}]"));
    const Run none = run({QStringLiteral("scan"), nicsOnly, QStringLiteral("--json"), out,
                          QStringLiteral("--no-history")});
    QCOMPARE(none.exitCode, 2);
    QVERIFY2(none.err.contains(QLatin1String("the inputs hold no NSG")), qPrintable(none.err));
    const json empty = json::parse(readFile(out).toStdString());
    QVERIFY(empty["errors"].size() == 1);
    QVERIFY(empty["errors"][0]["code"] == "NoNetworkSecurityGroups");
}

void TestCli::proofListsEveryRule()
{
    const Run r = run({QStringLiteral("scan"), kSample, QStringLiteral("--proof")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QLatin1String("100 Deny-LowerHalf: Deny Any/25 from 0.0.0.0/1")),
             qPrintable(r.out));
    QVERIFY(r.out.contains(QLatin1String("Rule-at-a-time scanners")));
}

// issue 16, point 2: two Denies close the Internet before an Allow from it; the table's why and
// --proof name both, each with the ranges it took.
void TestCli::proofCreditsEveryDeny()
{
    const json closed = nsgFromDsl(
        QStringLiteral("Deny 100 * 0.0.0.0/1 25 name=Deny-Lower-Half; Deny 199 Tcp Internet 25 "
                       "name=Deny-Upper; Allow 200 Tcp Internet 25 name=Allow-SMTP-Internet"),
        QStringLiteral("nsg-partial-smtp"));
    const QString file = write(m_dir, QStringLiteral("closed.json"),
                               QByteArray::fromStdString(json::array({closed}).dump()));
    const Run r = run({QStringLiteral("scan"), file, QStringLiteral("--proof")});
    QCOMPARE(r.exitCode, 0);
    const QString text = r.out.simplified(); // as one line, whatever the wrapping
    const QString both = QStringLiteral(
        "Deny rule 'Deny-Lower-Half' (priority 100: 0.0.0.0/1) and Deny rule 'Deny-Upper' "
        "(priority 199: 128.0.0.0/1, ::/0)");
    QVERIFY2(text.contains(QLatin1String("Allow rule 'Allow-SMTP-Internet' (priority 200) is "
                                         "shadowed by ")
                           + both),
             qPrintable(r.out));
    // The proof of an OK NSG that rule-at-a-time scanners call exposed is printed too.
    QVERIFY2(text.contains(QStringLiteral("200 Allow-SMTP-Internet: Allow TCP/25 from Internet — "
                                          "shadowed: its public sources were already decided by ")
                           + both),
             qPrintable(r.out));
    QVERIFY2(text.contains(QLatin1String("but ") + both
                           + QLatin1String(" decide that traffic "
                                           "first.")),
             qPrintable(r.out));
}

// issue 16, point 12: a subscription column, and lines no longer than the terminal; the JSON
// keeps the full text.
void TestCli::tableFitsTheTerminal()
{
    const json longNamed = nsgFromDsl(
        QStringLiteral("Allow 100 Tcp 192.0.2.10 25 name=Allow-SMTP-v4-Partner-With-A-Long-Name; "
                       "Allow 110 Tcp ::/0 25 name=Allow-SMTP-v6"),
        QStringLiteral("nsg-a-very-long-name-for-the-mail-exchangers-of-the-europe-west-region"),
        QStringLiteral("rg-an-equally-long-resource-group-name-for-mail"));
    const QString file = write(m_dir, QStringLiteral("long.json"),
                               QByteArray::fromStdString(json::array({longNamed}).dump()));
    const QString jsonPath = m_dir.filePath(QStringLiteral("long-report.json"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("COLUMNS"), QStringLiteral("80"));
    for (const QStringList &args :
         {QStringList{QStringLiteral("scan"), kSample, file, QStringLiteral("--proof"),
                      QStringLiteral("--json"), jsonPath},
          QStringList{QStringLiteral("scan"), QStringLiteral("--demo")}}) {
        const Run r = run(args, env);
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'));
        QVERIFY2(lines[0].contains(QLatin1String("SUBSCRIPTION")), qPrintable(lines[0]));
        for (const QString &line : lines)
            QVERIFY2(line.size() <= 80,
                     qPrintable(QStringLiteral("%1 characters: %2").arg(line.size()).arg(line)));
        if (args.contains(QLatin1String("--demo"))) {
            // The subscription's name where it is known.
            QVERIFY2(r.out.contains(QLatin1String("Contoso Production")), qPrintable(r.out));
        } else {
            // The id where the name is not known (offline), cut to the column.
            QVERIFY2(r.out.contains(QLatin1String("  00000000-0000-")), qPrintable(r.out));
        }
    }
    const json doc = json::parse(readFile(jsonPath).toStdString());
    bool found = false;
    for (const json &n : doc["nsgs"]) {
        if (n["resourceGroup"] == "rg-an-equally-long-resource-group-name-for-mail") {
            found = true;
            QCOMPARE(QString::fromStdString(n["name"].get<std::string>()),
                     QStringLiteral("nsg-a-very-long-name-for-the-mail-exchangers-of-the-europe-"
                                    "west-region"));
            QVERIFY(n["reason"].get<std::string>().find("\u2026") == std::string::npos);
        }
    }
    QVERIFY(found);
}

// issue 16, point 12: the usage line names the command and both ways to call it.
void TestCli::scanHelpStatesBothForms()
{
    const Run help = run({QStringLiteral("scan"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    const QStringList lines = help.out.split(QLatin1Char('\n'));
    QCOMPARE(lines.value(0),
             QStringLiteral("Usage: nsg-auditor scan [--tenant ID | --sandbox-url "
                            "URL | --demo] [options]"));
    QVERIFY2(
        lines.value(1).trimmed().startsWith(QLatin1String("nsg-auditor scan [options] FILE...")),
        qPrintable(lines.value(1)));
}

void TestCli::sandboxCommandServes()
{
    QProcess sandbox;
    sandbox.start(QStringLiteral(NSG_AUDITOR_BIN),
                  {QStringLiteral("sandbox"), QStringLiteral("--listen"),
                   QStringLiteral("127.0.0.1:0"), QStringLiteral("--auto-approve"),
                   QStringLiteral("0")});
    QVERIFY(sandbox.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(sandbox.canReadLine(), 5000);
    const QString url = QString::fromUtf8(sandbox.readLine()).trimmed();
    QVERIFY2(url.startsWith(QLatin1String("http://127.0.0.1:")), qPrintable(url));
    QNetworkAccessManager nam;
    QNetworkReply *reply = nam.get(QNetworkRequest(QUrl(url + QLatin1String("/devicelogin"))));
    QSignalSpy done(reply, &QNetworkReply::finished);
    QVERIFY(done.wait(5000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QVERIFY(reply->readAll().contains("reviewer@contoso.com"));
    delete reply;
    sandbox.terminate();
    QVERIFY(sandbox.waitForFinished(5000));
}

void TestCli::sandboxCommandRejectsBadOptions_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("bad listen") << QStringList{QStringLiteral("--listen"),
                                               QStringLiteral("nowhere")}
                                << "--listen";
    QTest::newRow("both tenant sources")
        << QStringList{QStringLiteral("--tenant-file"), QStringLiteral("x.json"),
                       QStringLiteral("--generate"), QStringLiteral("subs=1")}
        << "exclude";
    QTest::newRow("missing tenant file")
        << QStringList{QStringLiteral("--tenant-file"), QStringLiteral("/nonexistent.json")}
        << "/nonexistent.json";
    QTest::newRow("bad generate") << QStringList{QStringLiteral("--generate"),
                                                 QStringLiteral("planets=2")}
                                  << "--generate";
    QTest::newRow("bad faults") << QStringList{QStringLiteral("--faults"),
                                               QStringLiteral("teapot=1")}
                                << "teapot";
    QTest::newRow("bad page size")
        << QStringList{QStringLiteral("--page-size"), QStringLiteral("0")} << "--page-size";
}

void TestCli::sandboxCommandRejectsBadOptions()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run r = run(QStringList{QStringLiteral("sandbox")} + args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

namespace {

// `nsg-auditor sandbox ARGS` as a child process; its URL is its first line.
struct ChildSandbox
{
    explicit ChildSandbox(const QStringList &args)
    {
        process.start(QStringLiteral(NSG_AUDITOR_BIN),
                      QStringList{QStringLiteral("sandbox")} + args);
        if (!process.waitForStarted()
            || !QTest::qWaitFor([this] { return process.canReadLine(); }, 10000))
            qFatal("the sandbox did not start");
        url = QString::fromUtf8(process.readLine()).trimmed();
    }
    ~ChildSandbox()
    {
        process.terminate();
        process.waitForFinished(5000);
    }
    QProcess process;
    QString url;
};

QHash<QString, QString> verdictsOf(const json &doc, const char *key = "nsgs",
                                   const char *field = "verdict")
{
    QHash<QString, QString> out;
    for (const json &n : doc[key])
        out.insert(QString::fromStdString(n["id"]).toLower(), QString::fromStdString(n[field]));
    return out;
}

} // namespace

void TestCli::scanDemoSignsInAndScans()
{
    const QString jsonPath = m_dir.filePath(QStringLiteral("demo.json"));
    const Run r = run({QStringLiteral("scan"), QStringLiteral("--demo"), QStringLiteral("--json"),
                       jsonPath, QStringLiteral("--fail-on-exposed")});
    QCOMPARE(r.exitCode, 3); // exposed NSGs in the demo
    // The sign-in a real run prints, then who signed in.
    QVERIFY2(r.err.contains(QLatin1String(
                 "To sign in, use a web browser to open the page https://127.0.0.1:")),
             qPrintable(r.err));
    QVERIFY(r.err.contains(QLatin1String("/devicelogin and enter the code ")));
    QVERIFY(r.err.contains(QLatin1String("Signed in as reviewer@contoso.com")));
    const nlohmann::ordered_json doc =
        nlohmann::ordered_json::parse(readFile(jsonPath).toStdString());
    const QStringList problems = validateReportJson(doc);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    // Every NSG of the readable subscriptions of both tenants; the finance subscription as an
    // error with its 403; the Disabled one skipped.
    QCOMPARE(int(doc["nsgs"].size()), 43);
    QCOMPARE(int(doc["summary"]["exposed"]), 21);
    QCOMPARE(int(doc["errors"].size()), 1);
    QCOMPARE(doc["errors"][0]["httpStatus"].get<int>(), 403);
    QVERIFY(doc["errors"][0]["code"] == "AuthorizationFailed");
    QVERIFY(doc["errors"][0]["scope"].get<std::string>().find("5f8d0a6e") != std::string::npos);
    QCOMPARE(int(doc["skipped"].size()), 1);
    QVERIFY(doc["skipped"][0]["code"] == "SubscriptionDisabled");
    QVERIFY(std::any_of(doc["nsgs"].begin(), doc["nsgs"].end(), [](const auto &n) {
        return n["subscriptionId"] == "6a9e1b7f-2d8c-4f0e-a3b6-5c7d9e1f3a65"; // the guest tenant
    }));
    // The table says the same.
    QVERIFY2(r.out.contains(QLatin1String(
                 "43 NSGs: 21 exposed, 22 ok, 0 unknown; 1 scope not (fully) read; 1 skipped")),
             qPrintable(r.out));
    QVERIFY(r.out.contains(QLatin1String("403 AuthorizationFailed")));
}

void TestCli::scanDemoNetworkInterfaces()
{
    const QString jsonPath = m_dir.filePath(QStringLiteral("nics.json"));
    const Run r = run({QStringLiteral("scan"), QStringLiteral("--demo"), QStringLiteral("--nics"),
                       QStringLiteral("--json"), jsonPath});
    QCOMPARE(r.exitCode, 0);
    const nlohmann::ordered_json doc =
        nlohmann::ordered_json::parse(readFile(jsonPath).toStdString());
    const QStringList problems = validateReportJson(doc);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY(doc["networkInterfaces"].size() > 0);
    QVERIFY(r.out.contains(QLatin1String("NETWORK INTERFACE")));
    // Each NIC is exposed exactly when an exposed endpoint reaches it, and says why.
    QSet<QString> reached;
    for (const auto &e : doc["endpoints"]) {
        if (e["verdict"] == "exposed")
            reached.insert(QString::fromStdString(e["target"]["networkInterfaceId"]).toLower());
    }
    QVERIFY(!reached.isEmpty());
    for (const auto &nic : doc["networkInterfaces"]) {
        const QString id = QString::fromStdString(nic["id"]).toLower();
        QVERIFY2(!nic["reason"].get<std::string>().empty(), qPrintable(id));
        QCOMPARE(nic["verdict"] == "exposed", reached.contains(id));
    }
}

void TestCli::scanSandboxUrlWithFaultsAgreesWithTruth()
{
    ChildSandbox sandbox({QStringLiteral("--generate"),
                          QStringLiteral("tenants=2,subs=12,nsgs=15,rules=10,exposed=0.2,seed=8"),
                          QStringLiteral("--faults"), QStringLiteral("429=0.2,5xx=0.1,seed=6"),
                          QStringLiteral("--auto-approve"), QStringLiteral("0"),
                          QStringLiteral("--poll-interval"), QStringLiteral("1"),
                          QStringLiteral("--page-size"), QStringLiteral("5")});
    QVERIFY2(sandbox.url.startsWith(QLatin1String("http://127.0.0.1:")), qPrintable(sandbox.url));
    const QString jsonPath = m_dir.filePath(QStringLiteral("faults.json"));
    const Run r = run({QStringLiteral("scan"), QStringLiteral("--sandbox-url"), sandbox.url,
                       QStringLiteral("--via"), QStringLiteral("arm"), QStringLiteral("--json"),
                       jsonPath, QStringLiteral("-q")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains(QLatin1String("Waiting for the sign-in at ") + sandbox.url),
             qPrintable(r.err));
    const json doc = json::parse(readFile(jsonPath).toStdString());
    HttpProbe control(sandbox.url);
    const json truth = control.get(QStringLiteral("/sandbox/truth")).json();
    QCOMPARE(int(truth["nsgs"].size()), 180);
    QHash<QString, QString> expected;
    for (const json &n : truth["nsgs"])
        expected.insert(QString::fromStdString(n["id"]).toLower(),
                        n["exposed"].get<bool>() ? QStringLiteral("exposed")
                                                 : QStringLiteral("ok"));
    QCOMPARE(verdictsOf(doc), expected);
    QCOMPARE(int(doc["errors"].size()), 0);
    // The faults did happen, and were retried.
    int throttled = 0, failed = 0;
    const json log = control.get(QStringLiteral("/sandbox/requests")).json();
    for (const json &q : log["requests"]) {
        throttled += q["status"] == 429;
        failed += q["status"] >= 500;
    }
    QVERIFY(throttled > 0 && failed > 0);
}

void TestCli::scanTlsSandboxUrl()
{
    ChildSandbox sandbox({QStringLiteral("--tls"), QStringLiteral("--auto-approve"),
                          QStringLiteral("0"), QStringLiteral("--poll-interval"),
                          QStringLiteral("1")});
    QVERIFY(sandbox.url.startsWith(QLatin1String("https://127.0.0.1:")));
    const Run r = run({QStringLiteral("scan"), QStringLiteral("--sandbox-url"), sandbox.url,
                       QStringLiteral("--json"), QStringLiteral("-")});
    QCOMPARE(r.exitCode, 0);
    const json doc = json::parse(r.out.toStdString());
    QCOMPARE(int(doc["nsgs"].size()), 43);
}

void TestCli::liveAndExportPathsAgreeWithTruth()
{
    // The demo tenant's paths from the Internet, read live (ARM, and Resource Graph for the
    // NSGs) and from its az-shaped export, each decided as the tenant was built to be.
    ChildSandbox sandbox({QStringLiteral("--auto-approve"), QStringLiteral("0"),
                          QStringLiteral("--poll-interval"), QStringLiteral("1")});
    HttpProbe control(sandbox.url);
    const json truth = control.get(QStringLiteral("/sandbox/truth")).json();
    QHash<QString, QString> expected;
    for (const json &e : truth["endpoints"])
        expected.insert(QStringLiteral("%1 %2 %3 %4")
                            .arg(QString::fromStdString(e["via"]),
                                 QString::fromStdString(e["viaId"]).toLower(),
                                 QString::fromStdString(e["networkInterfaceId"]).toLower())
                            .arg(e["frontendPort"].get<int>()),
                        QString::fromStdString(e["verdict"]));
    QVERIFY(expected.size() >= 15);
    auto endpointsOf = [](const json &doc) {
        QHash<QString, QString> out;
        for (const json &e : doc["endpoints"])
            out.insert(QStringLiteral("%1 %2 %3 %4")
                           .arg(QString::fromStdString(e["via"]),
                                QString::fromStdString(e["viaId"]).toLower(),
                                QString::fromStdString(e["target"]["networkInterfaceId"]).toLower())
                           .arg(e["frontendPort"].get<int>()),
                       QString::fromStdString(e["verdict"]));
        return out;
    };
    auto checkNsgs = [&truth](const json &doc) -> QString {
        QHash<QString, QString> reach;
        for (const json &n : doc["nsgs"])
            if (n.contains("reachability") && n["reachability"].is_string())
                reach.insert(QString::fromStdString(n["id"]).toLower(),
                             QString::fromStdString(n["reachability"]));
        int checked = 0;
        for (const json &n : truth["nsgs"]) {
            if (!n.contains("reachability"))
                continue;
            ++checked;
            const QString id = QString::fromStdString(n["id"]).toLower();
            if (reach.value(id) != QString::fromStdString(n["reachability"]))
                return id + QLatin1String(": ") + reach.value(id);
        }
        return checked >= 4 ? QString() : QStringLiteral("too few NSGs checked");
    };

    for (const QString &via : {QStringLiteral("arm"), QStringLiteral("graph")}) {
        const QString path = m_dir.filePath(QStringLiteral("live-%1.json").arg(via));
        const Run r =
            run({QStringLiteral("scan"), QStringLiteral("--sandbox-url"), sandbox.url,
                 QStringLiteral("--nics"), QStringLiteral("--via"), via, QStringLiteral("--json"),
                 path, QStringLiteral("-q"), QStringLiteral("--fail-on-internet-facing")});
        QVERIFY2(r.exitCode == 3, qPrintable(r.err));
        const json doc = json::parse(readFile(path).toStdString());
        const QStringList problems =
            validateReportJson(nlohmann::ordered_json::parse(readFile(path).toStdString()));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QCOMPARE(endpointsOf(doc), expected);
        const QString wrong = checkNsgs(doc);
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
        // The service tags came from the cloud's serviceTags API, and say which.
        QVERIFY(doc["report"]["serviceTags"]["changeNumber"] == "42");
    }

    // The same tenant from its export: every resource as az lists it, the admin rules of each
    // network wrapped with its id, the service tags.
    const QString exported = m_dir.filePath(QStringLiteral("export.json"));
    {
        QFile f(exported);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(control.get(QStringLiteral("/sandbox/export")).body);
    }
    const QString path = m_dir.filePath(QStringLiteral("offline.json"));
    const QString csvPath = m_dir.filePath(QStringLiteral("endpoints.csv"));
    const Run r = run({QStringLiteral("scan"), exported, QStringLiteral("--json"), path,
                       QStringLiteral("--csv-endpoints"), csvPath, QStringLiteral("-q")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const json doc = json::parse(readFile(path).toStdString());
    QCOMPARE(endpointsOf(doc), expected);
    const QString wrong = checkNsgs(doc);
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong));

    // --csv-endpoints: a row per endpoint with the verdict the truth gives it, exposed first.
    QStringList rows = QString::fromUtf8(readFile(csvPath)).split(QStringLiteral("\r\n"));
    QVERIFY(rows.takeFirst().startsWith(QLatin1String("Verdict,Via,Public IP,")));
    QCOMPARE(rows.takeLast(), QString());
    QCOMPARE(rows.size(), expected.size());
    QHash<QString, QString> fromCsv;
    bool exposedFirst = true, seenOther = false;
    for (const QString &row : std::as_const(rows)) {
        // Verdict, Via, Public IP, Frontend port, Protocol, NIC, …, Entry point (last, no
        // commas in these ids).
        const QStringList cells = row.split(u',');
        const QString verdict = cells.value(0);
        seenOther = seenOther || verdict != QLatin1String("exposed");
        exposedFirst = exposedFirst && !(seenOther && verdict == QLatin1String("exposed"));
        fromCsv.insert(QStringLiteral("%1 %2 %3 %4")
                           .arg(cells.value(1), cells.last().toLower(), cells.value(5).toLower(),
                                cells.value(3)),
                       verdict);
    }
    QVERIFY(exposedFirst);
    QCOMPARE(fromCsv, expected);

    // Without the network the file still comes, with its header, and a warning says why.
    const Run plain = run({QStringLiteral("scan"), kSample, QStringLiteral("--csv-endpoints"),
                           csvPath, QStringLiteral("-q")});
    QCOMPARE(plain.exitCode, 0);
    QVERIFY2(plain.err.contains(QLatin1String("--csv-endpoints: the paths from the Internet were "
                                              "not followed")),
             qPrintable(plain.err));
    QCOMPARE(readFile(csvPath).count('\n'), 1);
}

void TestCli::fourReportsSayTheSameThing()
{
    const QString base = m_dir.filePath(QStringLiteral("four"));
    const Run r =
        run({QStringLiteral("scan"), QStringLiteral("--demo"), QStringLiteral("-q"),
             QStringLiteral("--pdf"), base + QLatin1String(".pdf"), QStringLiteral("--csv"),
             base + QLatin1String(".csv"), QStringLiteral("--html"), base + QLatin1String(".html"),
             QStringLiteral("--json"), base + QLatin1String(".json"), QStringLiteral("--journal"),
             m_dir.filePath(QStringLiteral("none.jsonl"))});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const json doc = json::parse(readFile(base + QLatin1String(".json")).toStdString());
    QSet<QString> exposed;
    for (const json &n : doc["nsgs"]) {
        if (n["verdict"] == "exposed")
            exposed.insert(QString::fromStdString(n["name"]));
    }
    QVERIFY(exposed.size() > 5);
    // CSV: the same exposed NSGs.
    QSet<QString> csvExposed;
    for (const QByteArray &line : readFile(base + QLatin1String(".csv")).split('\n')) {
        const QList<QByteArray> cells = line.split(',');
        if (cells.size() > 4 && cells[4] == "exposed")
            csvExposed.insert(QString::fromUtf8(cells[2]));
    }
    QCOMPARE(csvExposed, exposed);
    // HTML and PDF: the same counts, and every exposed NSG.
    const QString summary = QStringLiteral("%1 NSGs evaluated: %2 exposed, %3 OK, %4 unknown")
                                .arg(doc["summary"]["nsgs"].get<int>())
                                .arg(doc["summary"]["exposed"].get<int>())
                                .arg(doc["summary"]["ok"].get<int>())
                                .arg(doc["summary"]["unknown"].get<int>());
    const QString html = QString::fromUtf8(readFile(base + QLatin1String(".html")));
    QVERIFY2(html.contains(summary), qPrintable(summary));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {base + QLatin1String(".pdf"), QStringLiteral("-")});
    QVERIFY(text.waitForFinished(60000));
    QString pdf = QString::fromUtf8(text.readAllStandardOutput());
    pdf.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
    QVERIFY2(pdf.contains(summary), qPrintable(pdf.left(800)));
    for (const QString &name : exposed) {
        QVERIFY2(html.contains(QStringLiteral("<h3>%1</h3>").arg(name)), qPrintable(name));
        QVERIFY2(pdf.contains(name), qPrintable(name));
    }
    QVERIFY(html.contains(QLatin1String("reviewer@contoso.com")));
    QVERIFY(pdf.contains(QLatin1String("reviewer@contoso.com")));
    // The CSV's shape options need the CSV.
    const Run bad = run({QStringLiteral("scan"), QStringLiteral("--input"), kSample,
                         QStringLiteral("--csv-rules")});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.err.contains(QLatin1String("give --csv FILE")));
}

namespace {

const QString kMxRule = QStringLiteral(
    "/subscriptions/2c5a7d3b-8f4e-4b6a-c9d2-1e3f5a7b9c21/resourceGroups/rg-mail-prod/providers/"
    "Microsoft.Network/networkSecurityGroups/nsg-mx-inbound/securityRules/Allow-SMTP-Internet");

QStringList sandboxArgs(const QStringList &more = {})
{
    return QStringList{QStringLiteral("--auto-approve"),  QStringLiteral("0"),
                       QStringLiteral("--poll-interval"), QStringLiteral("1"),
                       QStringLiteral("--operation-ms"),  QStringLiteral("300")}
    + more;
}

int writesIn(HttpProbe &control)
{
    int writes = 0;
    const json log = control.get(QStringLiteral("/sandbox/requests")).json();
    for (const json &q : log["requests"])
        writes += q["method"] == "PUT" || q["method"] == "DELETE";
    return writes;
}

} // namespace

void TestCli::restrictDryRunSendsNothing()
{
    ChildSandbox sandbox(sandboxArgs());
    const QString journal = m_dir.filePath(QStringLiteral("dry.jsonl"));
    const Run r = run({QStringLiteral("restrict"), QStringLiteral("--sandbox-url"), sandbox.url,
                       QStringLiteral("--rule"), kMxRule, QStringLiteral("--source"),
                       QStringLiteral("203.0.113.17/28,2001:db8:5::/64"),
                       QStringLiteral("--dry-run"), QStringLiteral("--journal"), journal});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QLatin1String("- sourceAddressPrefix: \"Internet\"")),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String(
                 "+ sourceAddressPrefixes: [\"203.0.113.16/28\",\"2001:db8:5::/64\"]")),
             qPrintable(r.out));
    QVERIFY(r.out.contains(QLatin1String("NSG before: Exposed")));
    QVERIFY(r.out.contains(QLatin1String("NSG after:  OK")));
    QVERIFY2(r.out.contains(QLatin1String(
                 "az network nsg rule update --subscription 2c5a7d3b-8f4e-4b6a-c9d2-1e3f5a7b9c21 "
                 "--resource-group rg-mail-prod --nsg-name nsg-mx-inbound --name "
                 "Allow-SMTP-Internet \\\n    --source-address-prefixes 203.0.113.16/28 "
                 "2001:db8:5::/64")),
             qPrintable(r.out));
    QVERIFY2(r.err.contains(QLatin1String("host bits cleared: 203.0.113.16/28")),
             qPrintable(r.err));

    // The same change in the formats teams ship with; each names the real rule.
    const QStringList dry{QStringLiteral("restrict"),
                          QStringLiteral("--sandbox-url"),
                          sandbox.url,
                          QStringLiteral("--rule"),
                          kMxRule,
                          QStringLiteral("--source"),
                          QStringLiteral("203.0.113.16/28"),
                          QStringLiteral("--dry-run")};
    const std::vector<std::pair<QString, QString>> formats{
        {QStringLiteral("arm"),
         QStringLiteral("PUT ") + sandbox.url
             + QStringLiteral("/subscriptions/2c5a7d3b-8f4e-4b6a-c9d2-1e3f5a7b9c21/")},
        {QStringLiteral("powershell"),
         QStringLiteral("Set-AzNetworkSecurityRuleConfig -NetworkSecurityGroup $nsg")},
        {QStringLiteral("bicep"),
         QStringLiteral("resource rule 'Microsoft.Network/networkSecurityGroups/securityRules@")},
        {QStringLiteral("terraform"),
         QStringLiteral("resource \"azurerm_network_security_rule\" \"allow-smtp-internet\" {")}};
    for (const auto &[format, line] : formats) {
        const Run f = run(dry + QStringList{QStringLiteral("--format"), format});
        QCOMPARE(f.exitCode, 0);
        QVERIFY2(f.out.contains(line), qPrintable(format + QStringLiteral(": ") + f.out));
        QVERIFY2(f.out.contains(QLatin1String("203.0.113.16/28")), qPrintable(f.out));
    }
    const Run unknown = run(dry + QStringList{QStringLiteral("--format"), QStringLiteral("cdk")});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains(QLatin1String(
                 "--format must be arm, az, powershell, bicep or terraform, not 'cdk'")),
             qPrintable(unknown.err));
    const Run sending =
        run(dry.mid(0, 7) + QStringList{QStringLiteral("--format"), QStringLiteral("bicep")});
    QCOMPARE(sending.exitCode, 2);
    QVERIFY2(sending.err.contains(QLatin1String("give --dry-run too")), qPrintable(sending.err));

    // nsg-mx-inbound shows no sign of a template; nsg-legacy-smtp is declared by a deployment,
    // so its dry run leads with Bicep, then az.
    QVERIFY2(r.out.contains(QLatin1String("who manages it: No sign that a template manages this "
                                          "NSG")),
             qPrintable(r.out));
    const Run owned =
        run({QStringLiteral("restrict"), QStringLiteral("--sandbox-url"), sandbox.url,
             QStringLiteral("--rule"),
             QStringLiteral("/subscriptions/1b4f6c2a-7e3d-4a59-b8c1-0d2e4f6a8b10/resourceGroups/"
                            "rg-app-prod/providers/Microsoft.Network/networkSecurityGroups/"
                            "nsg-legacy-smtp/securityRules/AllowLegacyRange"),
             QStringLiteral("--source"), QStringLiteral("203.0.113.16/28"),
             QStringLiteral("--dry-run")});
    QCOMPARE(owned.exitCode, 0);
    QVERIFY2(owned.out.contains(QStringLiteral(
                 "who manages it: Declared by deployment app-platform-20261120 on 2026-11-20; an "
                 "API fix will be reverted by the next deployment — change the template: the "
                 "Bicep snippet is shown first.")),
             qPrintable(owned.out));
    const qsizetype bicep = owned.out.indexOf(QLatin1String("the same as Bicep:"));
    const qsizetype az = owned.out.indexOf(QLatin1String("the same as Azure CLI:"));
    QVERIFY2(bicep > 0 && az > bicep, qPrintable(owned.out));

    HttpProbe control(sandbox.url);
    QCOMPARE(writesIn(control), 0);
    QVERIFY(!QFile::exists(journal));
}

void TestCli::restrictThenRevert()
{
    ChildSandbox sandbox(sandboxArgs());
    const QString journal = m_dir.filePath(QStringLiteral("cli.jsonl"));
    const Run r = run({QStringLiteral("restrict"), QStringLiteral("--sandbox-url"), sandbox.url,
                       QStringLiteral("--rule"), kMxRule, QStringLiteral("--source"),
                       QStringLiteral("203.0.113.16/28"), QStringLiteral("--journal"), journal});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("Verified: the rule read back as written")),
             qPrintable(r.out));
    QVERIFY(r.out.contains(QLatin1String("NSG now: OK")));
    QVERIFY(r.err.contains(QLatin1String("Azure is applying the change")));
    static const QRegularExpression changeLine(QStringLiteral("change ([0-9a-f-]{36})"));
    const QString id = changeLine.match(r.out).captured(1);
    QVERIFY2(!id.isEmpty(), qPrintable(r.out));

    // A scan agrees: the NSG is ok now.
    const QString scanJson = m_dir.filePath(QStringLiteral("after.json"));
    QCOMPARE(run({QStringLiteral("scan"), QStringLiteral("--sandbox-url"), sandbox.url,
                  QStringLiteral("--json"), scanJson, QStringLiteral("-q"),
                  QStringLiteral("--journal"), journal})
                 .exitCode,
             0);
    const QString nsgId = kMxRule.section(QStringLiteral("/securityRules/"), 0, 0).toLower();
    const json scanned = json::parse(readFile(scanJson).toStdString());
    QCOMPARE(verdictsOf(scanned).value(nsgId), QStringLiteral("ok"));
    // The report lists the change made to the NSG it covers.
    QCOMPARE(scanned["report"]["changes"].size(), size_t(1));
    QCOMPARE(QString::fromStdString(scanned["report"]["changes"][0]["id"]), id);
    QCOMPARE(QString::fromStdString(scanned["report"]["changes"][0]["status"]),
             QStringLiteral("applied"));

    const Run list = run(
        {QStringLiteral("revert"), QStringLiteral("--list"), QStringLiteral("--journal"), journal});
    QCOMPARE(list.exitCode, 0);
    QVERIFY2(list.out.startsWith(id.left(8)) && list.out.contains(QLatin1String("applied")),
             qPrintable(list.out));

    const Run back =
        run({QStringLiteral("revert"), QStringLiteral("--sandbox-url"), sandbox.url,
             QStringLiteral("--change"), id.left(8), QStringLiteral("--journal"), journal});
    QVERIFY2(back.exitCode == 0, qPrintable(back.err));
    QVERIFY2(back.out.contains(QLatin1String("Reverted: the rule is back")), qPrintable(back.out));
    QVERIFY(back.out.contains(QLatin1String("NSG now: Exposed")));
    const Run again = run(
        {QStringLiteral("revert"), QStringLiteral("--list"), QStringLiteral("--journal"), journal});
    QVERIFY2(again.out.contains(QLatin1String("reverted  restrictSource")), qPrintable(again.out));
    QVERIFY(again.out.contains(QLatin1String("applied   revert")));
    // Reverting twice is refused.
    QCOMPARE(run({QStringLiteral("revert"), QStringLiteral("--sandbox-url"), sandbox.url,
                  QStringLiteral("--change"), id, QStringLiteral("--journal"), journal})
                 .exitCode,
             5);
}

void TestCli::restrictRefusesBadSources_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("Internet") << QStringList{QStringLiteral("--source"), QStringLiteral("Internet")}
                              << QStringLiteral("refused: Internet:");
    QTest::newRow("any plus a range")
        << QStringList{QStringLiteral("--source"), QStringLiteral("203.0.113.0/28 0.0.0.0/0")}
        << QStringLiteral("refused: 0.0.0.0/0:");
    QTest::newRow("too wide") << QStringList{QStringLiteral("--source"),
                                             QStringLiteral("198.51.0.0/16")}
                              << QStringLiteral("65,536 public IPv4 addresses");
    QTest::newRow("no source") << QStringList{} << QStringLiteral("--source PREFIXES");
    QTest::newRow("not a rule id")
        << QStringList{QStringLiteral("--source"), QStringLiteral("203.0.113.0/28"),
                       QStringLiteral("--rule"), QStringLiteral("nsg-mx-inbound")}
        << QStringLiteral("--rule must be a security rule's resource id");
}

void TestCli::restrictRefusesBadSources()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    ChildSandbox sandbox(sandboxArgs());
    QStringList argv{QStringLiteral("restrict"), QStringLiteral("--sandbox-url"), sandbox.url};
    if (!args.contains(QLatin1String("--rule")))
        argv << QStringLiteral("--rule") << kMxRule;
    const Run r = run(
        argv + args
        + QStringList{QStringLiteral("--journal"), m_dir.filePath(QStringLiteral("bad.jsonl"))});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    HttpProbe control(sandbox.url);
    QCOMPARE(writesIn(control), 0);
}

void TestCli::restrictAfterMfaChallenge()
{
    ChildSandbox sandbox(sandboxArgs({QStringLiteral("--faults"), QStringLiteral("mfa-writes")}));
    const Run r = run({QStringLiteral("restrict"), QStringLiteral("--sandbox-url"), sandbox.url,
                       QStringLiteral("--rule"), kMxRule, QStringLiteral("--source"),
                       QStringLiteral("203.0.113.16/28"), QStringLiteral("--journal"),
                       m_dir.filePath(QStringLiteral("mfa.jsonl"))});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("multi-factor sign-in")), qPrintable(r.err));
    QCOMPARE(r.err.count(QLatin1String("To sign in")), 2);
    HttpProbe control(sandbox.url);
    QCOMPARE(writesIn(control), 2); // refused with 401, then accepted
}

void TestCli::revertAfterAnotherChangeAsksFirst()
{
    ChildSandbox sandbox(sandboxArgs());
    const QString journal = m_dir.filePath(QStringLiteral("conflict.jsonl"));
    auto restrict = [&](const QString &source) {
        return run({QStringLiteral("restrict"), QStringLiteral("--sandbox-url"), sandbox.url,
                    QStringLiteral("--rule"), kMxRule, QStringLiteral("--source"), source,
                    QStringLiteral("--journal"), journal});
    };
    const Run first = restrict(QStringLiteral("203.0.113.16/28"));
    QCOMPARE(first.exitCode, 0);
    const QString id = first.out.section(QLatin1String("change "), 1).left(36);
    QCOMPARE(restrict(QStringLiteral("198.51.100.0/29")).exitCode, 0);
    const QStringList revert{QStringLiteral("revert"),
                             QStringLiteral("--sandbox-url"),
                             sandbox.url,
                             QStringLiteral("--change"),
                             id,
                             QStringLiteral("--journal"),
                             journal};
    const Run asked = run(revert);
    QCOMPARE(asked.exitCode, 5);
    QVERIFY2(asked.err.contains(QLatin1String("conflict: The rule changed after change")),
             qPrintable(asked.err));
    QVERIFY2(asked.out.contains(QLatin1String("+ sourceAddressPrefix: \"198.51.100.0/29\"")),
             qPrintable(asked.out));
    const Run forced = run(revert + QStringList{QStringLiteral("--force")});
    QVERIFY2(forced.exitCode == 0, qPrintable(forced.err));
    QVERIFY(forced.out.contains(QLatin1String("NSG now: Exposed")));
}

void TestCli::historyKeepsScansAndDiffCompares()
{
    const QString history = m_dir.filePath(QStringLiteral("offline-history.sqlite"));
    auto exportOf = [&](const QString &name, const QList<QPair<QString, QString>> &nsgs) {
        json all = json::array();
        for (const auto &[nsg, rules] : nsgs)
            all.push_back(nsgFromDsl(rules, nsg));
        return write(m_dir, name, QByteArray::fromStdString(all.dump()));
    };
    const QString open = QStringLiteral("Allow 100 Tcp * 25");
    const QString closed = QStringLiteral("Allow 100 Tcp 10.0.0.0/8 25");
    const QString before =
        exportOf(QStringLiteral("before.json"),
                 {{QStringLiteral("web"), open}, {QStringLiteral("mail"), closed}});
    const QString after = exportOf(QStringLiteral("after.json"),
                                   {{QStringLiteral("web"), closed},
                                    {QStringLiteral("mail"), open},
                                    {QStringLiteral("extra"), closed}});
    const Run first = run({QStringLiteral("scan"), QStringLiteral("--history"), history, before});
    QCOMPARE(first.exitCode, 0);
    QVERIFY2(first.err.contains(QStringLiteral("Saved as snapshot #1 in ") + history),
             qPrintable(first.err));

    // The second scan compared with the first: the reports carry how the estate moved.
    const QString report = m_dir.filePath(QStringLiteral("since.json"));
    const QString csv = m_dir.filePath(QStringLiteral("since.csv"));
    const Run second = run({QStringLiteral("scan"), QStringLiteral("--history"), history,
                            QStringLiteral("--since"), QStringLiteral("latest"),
                            QStringLiteral("--json"), report, QStringLiteral("--csv"), csv, after});
    QCOMPARE(second.exitCode, 0);
    QVERIFY2(second.err.contains(QStringLiteral("Since snapshot #1")), qPrintable(second.err));
    const nlohmann::ordered_json doc =
        nlohmann::ordered_json::parse(readFile(report).toStdString());
    QStringList problems = validateReportJson(doc);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QCOMPARE(doc["since"]["summary"]["new"].get<int>(), 1);
    QCOMPARE(doc["since"]["summary"]["fixed"].get<int>(), 1);
    QCOMPARE(doc["since"]["summary"]["added"].get<int>(), 1);
    QCOMPARE(doc["since"]["older"]["id"].get<int>(), 1);
    QCOMPARE(doc["since"]["newer"]["id"].get<int>(), 2);
    QVERIFY(doc["since"]["newer"]["inputs"][0]["sha256"].get<std::string>().size() == 64);
    const QString csvText = QString::fromUtf8(readFile(csv));
    QVERIFY2(csvText.section(QLatin1Char('\n'), 0, 0)
                 .endsWith(QStringLiteral("Change since #1,First seen exposed\r")),
             qPrintable(csvText));
    QVERIFY(csvText.contains(QStringLiteral(",new,")));

    // The diff command: snapshots by name, its JSON on stdout.
    const Run diff =
        run({QStringLiteral("diff"), QStringLiteral("previous"), QStringLiteral("latest"),
             QStringLiteral("--history"), history, QStringLiteral("--json"), QStringLiteral("-")});
    QCOMPARE(diff.exitCode, 0);
    const nlohmann::ordered_json d = nlohmann::ordered_json::parse(diff.out.toStdString());
    problems = validateDiffJson(d);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QHash<QString, QString> kinds;
    for (const auto &n : d["nsgs"])
        kinds.insert(QString::fromStdString(n["name"]), QString::fromStdString(n["change"]));
    QCOMPARE(kinds.value(QStringLiteral("web")), QStringLiteral("fixed"));
    QCOMPARE(kinds.value(QStringLiteral("mail")), QStringLiteral("new"));
    QCOMPARE(kinds.value(QStringLiteral("extra")), QStringLiteral("added"));
    QVERIFY(d["attribution"]["state"] == "not-asked");

    // Pipelines: --fail-on-new exits 3 when something is newly exposed, 0 when nothing is.
    QCOMPARE(run({QStringLiteral("diff"), QStringLiteral("1"), QStringLiteral("2"),
                  QStringLiteral("--history"), history, QStringLiteral("--fail-on-new")})
                 .exitCode,
             3);
    QCOMPARE(run({QStringLiteral("diff"), after, after, QStringLiteral("--fail-on-new")}).exitCode,
             0);
    // Named the other way round, the earlier scan is still the older side: a fix never reads
    // as a regression.
    const Run reversed =
        run({QStringLiteral("diff"), QStringLiteral("2"), QStringLiteral("1"),
             QStringLiteral("--history"), history, QStringLiteral("--json"), QStringLiteral("-")});
    QCOMPARE(reversed.exitCode, 0);
    QVERIFY2(reversed.err.contains(QStringLiteral("compared #1 → #2")), qPrintable(reversed.err));
    QCOMPARE(json::parse(reversed.out.toStdString())["older"]["id"].get<int>(), 1);
    const Run same = run({QStringLiteral("diff"), QStringLiteral("#2"), QStringLiteral("latest"),
                          QStringLiteral("--history"), history});
    QCOMPARE(same.exitCode, 2);
    QVERIFY(same.err.contains(QStringLiteral("same snapshot")));
    // Two export files, no history needed; the table on stdout.
    const Run files = run({QStringLiteral("diff"), before, after, QStringLiteral("--history"),
                           m_dir.filePath(QStringLiteral("unused.sqlite"))});
    QCOMPARE(files.exitCode, 0);
    QVERIFY2(files.out.contains(QStringLiteral("1 new exposure, 1 fixed")), qPrintable(files.out));
    QVERIFY(files.out.contains(QStringLiteral("new            mail (rg1)")));
    // HTML, PDF and CSV of a comparison.
    const QString html = m_dir.filePath(QStringLiteral("diff.html"));
    const QString pdf = m_dir.filePath(QStringLiteral("diff.pdf"));
    const QString diffCsv = m_dir.filePath(QStringLiteral("diff.csv"));
    QCOMPARE(run({QStringLiteral("diff"), QStringLiteral("previous"), QStringLiteral("latest"),
                  QStringLiteral("--history"), history, QStringLiteral("--html"), html,
                  QStringLiteral("--pdf"), pdf, QStringLiteral("--csv"), diffCsv})
                 .exitCode,
             0);
    QVERIFY(readFile(html).contains("New exposure (1)"));
    QVERIFY(readFile(pdf).startsWith("%PDF"));
    QVERIFY(readFile(diffCsv).startsWith("change,name,resource_group"));

    // --no-history keeps nothing; bad names are refused.
    QCOMPARE(run({QStringLiteral("scan"), QStringLiteral("--history"), history,
                  QStringLiteral("--no-history"), before})
                 .exitCode,
             2);
    const QString defaultHistory =
        m_dir.filePath(QStringLiteral("data/nsg-auditor/nsg-auditor/history.sqlite"));
    QFile::remove(defaultHistory);
    QCOMPARE(run({QStringLiteral("scan"), QStringLiteral("--no-history"), before}).exitCode, 0);
    QVERIFY(!QFile::exists(defaultHistory));
    QCOMPARE(run({QStringLiteral("scan"), before}).exitCode, 0);
    QVERIFY(QFile::exists(defaultHistory)); // kept by default, in the app data folder
    const Run missing = run({QStringLiteral("diff"), QStringLiteral("99"), QStringLiteral("latest"),
                             QStringLiteral("--history"), history});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY2(missing.err.contains(QStringLiteral("No snapshot #99")), qPrintable(missing.err));
    const Run badSince = run({QStringLiteral("scan"), QStringLiteral("--history"), history,
                              QStringLiteral("--since"), QStringLiteral("yesterday"), before});
    QCOMPARE(badSince.exitCode, 2);
    QVERIFY(badSince.err.contains(QStringLiteral("names no snapshot")));

    const Run list = run({QStringLiteral("history"), QStringLiteral("--history"), history});
    QCOMPARE(list.exitCode, 0);
    QVERIFY2(list.out.contains(QStringLiteral(": 2 snapshot(s)")), qPrintable(list.out));
    QVERIFY(list.out.contains(QStringLiteral("#2 ")));
    QCOMPARE(run({QStringLiteral("history"), QStringLiteral("prune"), QStringLiteral("--history"),
                  history, QStringLiteral("--keep"), QStringLiteral("1")})
                 .exitCode,
             0);
    QVERIFY(run({QStringLiteral("history"), QStringLiteral("--history"), history})
                .out.contains(QStringLiteral(": 1 snapshot(s)")));
}

void TestCli::restrictShowsAsFixedWithWhoChangedIt()
{
    ChildSandbox sandbox(sandboxArgs());
    const QString history = m_dir.filePath(QStringLiteral("live-history.sqlite"));
    const QString rule = QStringLiteral(
        "/subscriptions/1b4f6c2a-7e3d-4a59-b8c1-0d2e4f6a8b10/resourceGroups/rg-app-prod/"
        "providers/Microsoft.Network/networkSecurityGroups/nsg-all-ports/securityRules/"
        "TEMP-allow-all");
    const QString nsgId = rule.section(QStringLiteral("/securityRules/"), 0, 0);
    QCOMPARE(run({QStringLiteral("scan"), QStringLiteral("--sandbox-url"), sandbox.url,
                  QStringLiteral("--history"), history})
                 .exitCode,
             0);
    const Run restricted =
        run({QStringLiteral("restrict"), QStringLiteral("--sandbox-url"), sandbox.url,
             QStringLiteral("--rule"), rule, QStringLiteral("--source"),
             QStringLiteral("203.0.113.16/28"), QStringLiteral("--journal"),
             m_dir.filePath(QStringLiteral("history-journal.jsonl"))});
    QVERIFY2(restricted.exitCode == 0, qPrintable(restricted.err));

    // The scan after the fix, compared with the one before: fixed, and who did it.
    const QString report = m_dir.filePath(QStringLiteral("after-fix.json"));
    const Run after = run({QStringLiteral("scan"), QStringLiteral("--sandbox-url"), sandbox.url,
                           QStringLiteral("--history"), history, QStringLiteral("--since"),
                           QStringLiteral("latest"), QStringLiteral("--json"), report});
    QCOMPARE(after.exitCode, 0);
    const json doc = json::parse(readFile(report).toStdString());
    QVERIFY(doc["since"]["attribution"]["state"] == "read");
    auto fixedEntry = [&nsgId](const json &since) -> json {
        for (const json &n : since["nsgs"]) {
            if (QString::fromStdString(n["id"]).compare(nsgId, Qt::CaseInsensitive) == 0)
                return n;
        }
        return json();
    };
    const json fixed = fixedEntry(doc["since"]);
    QVERIFY2(fixed.is_object(), doc["since"].dump(1).c_str());
    QVERIFY(fixed["change"] == "fixed");
    QVERIFY(fixed["rulesChanged"] == true);
    QCOMPARE(int(fixed["changes"].size()), 1);
    const json &change = fixed["changes"][0];
    QVERIFY(change["changedBy"] == "reviewer@contoso.com");
    QVERIFY(change["clientType"] == "nsg-auditor");
    QVERIFY(change["operation"] == "Microsoft.Network/networkSecurityGroups/securityRules/write");
    QVERIFY2(change["properties"].dump().find("sourceAddressPrefix: * \u2192 203.0.113.16/28")
                 != std::string::npos,
             change["properties"].dump().c_str());
    // Every NSG that did not move is not attributed: one change record in all.
    int records = 0;
    for (const json &n : doc["since"]["nsgs"])
        records += int(n["changes"].size());
    QCOMPARE(records, 1);

    // The diff command reads it again from Azure when signed in …
    const Run live =
        run({QStringLiteral("diff"), QStringLiteral("previous"), QStringLiteral("latest"),
             QStringLiteral("--history"), history, QStringLiteral("--sandbox-url"), sandbox.url,
             QStringLiteral("--json"), QStringLiteral("-")});
    QCOMPARE(live.exitCode, 0);
    const json liveDiff = json::parse(live.out.toStdString());
    QVERIFY(liveDiff["attribution"]["state"] == "read");
    QVERIFY(fixedEntry(liveDiff)["changes"][0]["changedBy"] == "reviewer@contoso.com");
    // … and offline from what the history kept, saying so.
    const Run kept =
        run({QStringLiteral("diff"), QStringLiteral("previous"), QStringLiteral("latest"),
             QStringLiteral("--history"), history, QStringLiteral("--json"), QStringLiteral("-")});
    const json keptDiff = json::parse(kept.out.toStdString());
    QVERIFY(keptDiff["attribution"]["state"] == "partial");
    QVERIFY(fixedEntry(keptDiff)["changes"][0]["changedBy"] == "reviewer@contoso.com");

    // Resource Graph down: the comparison stands, and says who changed it could not be read.
    ChildSandbox down(sandboxArgs({QStringLiteral("--faults"), QStringLiteral("graph-down=503")}));
    const Run failed =
        run({QStringLiteral("diff"), QStringLiteral("previous"), QStringLiteral("latest"),
             QStringLiteral("--history"), history, QStringLiteral("--sandbox-url"), down.url,
             QStringLiteral("--json"), QStringLiteral("-")});
    QCOMPARE(failed.exitCode, 0);
    const json failedDiff = json::parse(failed.out.toStdString());
    QVERIFY2(failedDiff["attribution"]["state"] == "failed",
             failedDiff["attribution"].dump().c_str());
    QVERIFY(failedDiff["attribution"]["note"].get<std::string>().find("could not be read")
            != std::string::npos);
    QVERIFY(fixedEntry(failedDiff)["change"] == "fixed");
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
