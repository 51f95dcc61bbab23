// SPDX-License-Identifier: MIT
#include "nsgtestdata.h"
#include "reportschema.h"

#include "core/audit/reachability.h"
#include "core/input/offlinescan.h"
#include "core/remediation/fixformats.h"
#include "report/csvreport.h"
#include "report/htmlreport.h"
#include "report/jsonreport.h"
#include "report/reportdocument.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace nsg;
using namespace nsg::test;
using json = nlohmann::json;
using ojson = nlohmann::ordered_json;

namespace {

AuditReport sampleReport()
{
    OfflineScan scan;
    if (!scan.addFile(QStringLiteral(NSG_SOURCE_DIR "/resources/demo/sample-export.json")))
        qFatal("cannot read the sample export");
    return AuditReport::fromScan(scan.takeResult());
}

const ojson *findNsg(const ojson &doc, const char *name, const char *group = nullptr)
{
    for (const ojson &n : doc["nsgs"]) {
        if (n["name"] == name && (!group || n["resourceGroup"] == group))
            return &n;
    }
    return nullptr;
}

// QCOMPARE cannot print JSON values; this does, on failure.
#define COMPARE_JSON(actual, expected)                                                             \
    do {                                                                                           \
        const ojson a_ = (actual);                                                                 \
        const ojson e_ = (expected);                                                               \
        QVERIFY2(a_ == e_,                                                                         \
                 qPrintable(QStringLiteral("%1 != %2")                                             \
                                .arg(QString::fromStdString(a_.dump()),                            \
                                     QString::fromStdString(e_.dump()))));                         \
    } while (false)

// A report on these NSGs (an array of ARM JSON), and on a broken file when given its bytes.
AuditReport reportFrom(const json &nsgs, const QByteArray &broken = QByteArray())
{
    OfflineScan scan;
    scan.addBytes(QByteArray::fromStdString(nsgs.dump()), QStringLiteral("in.json"));
    if (!broken.isNull())
        scan.addBytes(broken, QStringLiteral("broken.json"));
    return AuditReport::fromScan(scan.takeResult());
}

// Line by line first, so that a failure shows the whole line; then byte for byte.
void compareBytes(const QByteArray &actual, const QByteArray &expected)
{
    const QList<QByteArray> actualLines = actual.split('\n');
    const QList<QByteArray> expectedLines = expected.split('\n');
    for (qsizetype i = 0; i < std::min(actualLines.size(), expectedLines.size()); ++i)
        QCOMPARE(QString::fromUtf8(actualLines[i]), QString::fromUtf8(expectedLines[i]));
    QCOMPARE(actual, expected);
}

} // namespace

class TestReports final : public QObject
{
    Q_OBJECT

private slots:
    void csvCell_data();
    void csvCell();
    void csvIsExactAndNeutralised();
    void fixShippedInEveryFormat();
    void jsonFollowsTheSchema();
    void jsonCarriesTheProof();
    void jsonListsUnreadableInputs();
    void writeFailureIsReported();
    void csvRulesAndByteOrderMark();
    void jsonCarriesTheReportMetadata();
    void htmlIsSelfContainedAndEscaped();
    void jsonReportOpensAgain();
    void jsonReportWithoutRulesIsUnknown();
    void everyDecidingRuleInEveryReport();
    void internetFacingEndpointsInEveryReport();
};

void TestReports::csvCell_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::newRow("plain") << "nsg-web"
                           << "nsg-web";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("formula =") << "=HYPERLINK(\"x\")"
                               << "\"'=HYPERLINK(\"\"x\"\")\"";
    QTest::newRow("plus") << "+1+1"
                          << "'+1+1";
    QTest::newRow("minus") << "-2+3"
                           << "'-2+3";
    QTest::newRow("at") << "@SUM(A1)"
                        << "'@SUM(A1)";
    QTest::newRow("tab") << "\tcmd"
                         << "'\tcmd";
    QTest::newRow("carriage return") << "\rcmd"
                                     << "\"'\rcmd\"";
    QTest::newRow("comma") << "a,b"
                           << "\"a,b\"";
    QTest::newRow("quote") << "say \"hi\""
                           << "\"say \"\"hi\"\"\"";
    QTest::newRow("newline") << "two\nlines"
                             << "\"two\nlines\"";
    QTest::newRow("inner minus is fine") << "rg-prod"
                                         << "rg-prod";
    QTest::newRow("leading space kept") << " x"
                                        << "\" x\"";
}

void TestReports::csvCell()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(CsvReport::cell(in), out);
}

void TestReports::csvIsExactAndNeutralised()
{
    json bad = nsgFromDsl(QStringLiteral("Allow 100 Tcp Internet 25 name=-evil"),
                          QStringLiteral("=cmd|' /C calc'!A0"), QStringLiteral("rg,1"));
    json good = nsgFromDsl(QStringLiteral("Allow 100 Tcp 203.0.113.0/28 25 name=Partner"),
                           QStringLiteral("nsg-ok"));
    bad["location"] = "@westeurope";
    const AuditReport report = reportFrom(json::array({bad, good}), QByteArrayLiteral("[1, "));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvReport csv;
    QVERIFY(csv.write(report, &buffer));
    const QByteArray expected =
        "Subscription,Resource group,NSG,Location,Verdict,Rule-by-rule verdict,Exposing rules,"
        "Allowed public ranges,Reason,Accepted risk,Shadowed rules,Reachability\r\n"
        "00000000-0000-0000-0000-000000000001,\"rg,1\",'=cmd|' /C calc'!A0,'@westeurope,exposed,"
        "exposed,'-evil (100),0.0.0.0/0; ::/0,Rule '-evil' (priority 100) lets any Internet "
        "address reach TCP/25,,,not-read\r\n"
        "00000000-0000-0000-0000-000000000001,rg1,nsg-ok,westeurope,ok,ok,Partner (100),"
        "203.0.113.0/28,\"Rule 'Partner' (priority 100) lets 203.0.113.0/28 (16 public IPv4 "
        "addresses) reach TCP/25, within the limit of 256 IPv4 addresses and one /64 of "
        "IPv6\",,,\r\n"
        ",,broken.json $[0],,unknown,unknown,,,\"Cannot be evaluated: broken.json: $[0]: "
        "expected an NSG object, found a number\",,,\r\n"
        "broken.json,,,,unknown,unknown,,,\"InvalidJson: invalid JSON at byte 4, line 1, column "
        "5: syntax error while parsing value - unexpected end of input; expected '[', '{', or a "
        "literal; nothing after it was read\",,,\r\n";
    compareBytes(buffer.data(), expected);
}

// Each exposing rule's fix in the reports: every format in the JSON and the HTML (a block each),
// the az command with a pointer to the rest in print.
void TestReports::fixShippedInEveryFormat()
{
    const AuditReport report = sampleReport();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(JsonReport().write(report, &buffer));
    const ojson doc = ojson::parse(buffer.data().toStdString());
    const ojson &fix = doc["nsgs"][0]["exposingRules"][0]["fix"];
    const std::string rule = doc["nsgs"][0]["exposingRules"][0]["name"].get<std::string>();
    QVERIFY(fix["az"]["blocks"][0]["code"].get<std::string>().find("az network nsg rule update")
            == 0);
    QVERIFY(fix["bicep"]["blocks"][0]["code"].get<std::string>().find("name: '" + rule + "'")
            != std::string::npos);
    QVERIFY(fix["terraform"]["blocks"][0]["code"].get<std::string>().find(
                "+   source_address_prefix       = \"<TRUSTED-RANGES>\"")
            != std::string::npos);
    QVERIFY(fix["arm"]["blocks"][0]["code"].get<std::string>().find("If-Match: ")
            != std::string::npos);
    QVERIFY(!fix["powershell"]["notes"].empty());

    QBuffer html;
    html.open(QIODevice::WriteOnly);
    QVERIFY(HtmlReport().write(report, &html));
    const QString page = QString::fromUtf8(html.data());
    for (ShipFormat f : shipfix::formats())
        QVERIFY2(page.contains(QStringLiteral("<details class=\"ship\"><summary>%1</summary>")
                                   .arg(shipfix::name(f).toHtmlEscaped())),
                 qPrintable(shipfix::name(f)));
    QVERIFY(page.contains(QLatin1String("Set-AzNetworkSecurityRuleConfig")));
    QVERIFY(page.contains(QLatin1String("Who manages it: for this report only the NSG")));

    // Print: the az command, and where the other formats are.
    const QString print = ReportDocument(report).html(ReportDocument::Target::Print);
    QVERIFY(print.contains(QLatin1String("az network nsg rule update")));
    QVERIFY(print.contains(QLatin1String("in the HTML and JSON reports")));
    QVERIFY(!print.contains(QLatin1String("<details")));
}

void TestReports::jsonFollowsTheSchema()
{
    const AuditReport report = sampleReport();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    JsonReport writer;
    QVERIFY(writer.write(report, &buffer));
    const ojson doc = ojson::parse(buffer.data().toStdString());
    const QStringList problems = validateReportJson(doc);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    COMPARE_JSON(doc["summary"]["nsgs"], 15);
    COMPARE_JSON(doc["summary"]["exposed"], 10);
    COMPARE_JSON(doc["tool"]["name"], "nsg-auditor");
    COMPARE_JSON(doc["policy"]["protocol"], "Tcp");
    COMPARE_JSON(doc["policy"]["port"], 25);
}

void TestReports::jsonCarriesTheProof()
{
    const AuditReport report = sampleReport();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(JsonReport().write(report, &buffer));
    const ojson doc = ojson::parse(buffer.data().toStdString());

    const ojson *half = findNsg(doc, "nsg-half-blocked");
    QVERIFY(half);
    COMPARE_JSON((*half)["verdict"], "exposed");
    COMPARE_JSON((*half)["allowedPublicRanges"], ojson::array({"128.0.0.0/1", "::/0"}));
    COMPARE_JSON((*half)["publicAddressCount"]["ipv4"], 1609433088);
    COMPARE_JSON((*half)["exposingRules"][0]["name"], "Allow-SMTP-Any");
    COMPARE_JSON((*half)["exposingRules"][0]["priority"], 200);
    COMPARE_JSON((*half)["attachedTo"]["networkInterfaces"].size(), 1u);

    const ojson *blocked = findNsg(doc, "nsg-smtp-blocked");
    QVERIFY(blocked);
    COMPARE_JSON((*blocked)["verdict"], "ok");
    COMPARE_JSON((*blocked)["ruleByRuleVerdict"], "exposed");
    COMPARE_JSON(
        (*blocked)["shadowedRules"],
        ojson::array({{{"name", "Allow-SMTP-Internet"},
                       {"priority", 200},
                       {"shadowedBy", "Deny-SMTP-All"},
                       {"decidedBy",
                        ojson::array({{{"name", "Deny-SMTP-All"},
                                       {"priority", 100},
                                       {"access", "Deny"},
                                       {"ranges", ojson::array({"0.0.0.0/0", "::/0"})}}})}}}));

    const ojson *prod = findNsg(doc, "nsg-app", "rg-app-prod");
    const ojson *test = findNsg(doc, "nsg-app", "rg-app-test");
    QVERIFY(prod && test);
    COMPARE_JSON((*prod)["verdict"], "exposed");
    COMPARE_JSON((*test)["verdict"], "ok");
    QVERIFY((*prod)["id"] != (*test)["id"]);
}

void TestReports::jsonListsUnreadableInputs()
{
    OfflineScan scan;
    scan.addBytes(QByteArrayLiteral("{\"value\": [1"), QStringLiteral("cut.json"));
    const AuditReport report = AuditReport::fromScan(scan.takeResult());
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(JsonReport().write(report, &buffer));
    const ojson doc = ojson::parse(buffer.data().toStdString());
    QVERIFY(validateReportJson(doc).isEmpty());
    COMPARE_JSON(doc["summary"]["errors"], 1);
    COMPARE_JSON(doc["errors"][0]["scope"], "cut.json");
    COMPARE_JSON(doc["errors"][0]["code"], "InvalidJson");
    QVERIFY(doc["errors"][0]["httpStatus"].is_null());
    QVERIFY(doc["errors"][0]["requestId"].is_null());
    // The element being read when the file broke off is still listed, as unknown.
    COMPARE_JSON(doc["summary"]["unknown"], 1);
}

void TestReports::writeFailureIsReported()
{
    const AuditReport report = sampleReport();
    QBuffer readOnly;
    readOnly.open(QIODevice::ReadOnly);
    CsvReport csv;
    QVERIFY(!csv.write(report, &readOnly));
    QVERIFY(!csv.errorString().isEmpty());
    JsonReport js;
    QVERIFY(!js.write(report, &readOnly));
    QVERIFY(!js.errorString().isEmpty());
}

void TestReports::csvRulesAndByteOrderMark()
{
    // Two exposing rules in one NSG (one named like a formula), and one NSG that exposes nothing.
    const json two = nsgFromDsl(
        QStringLiteral("Allow 100 Tcp 0.0.0.0/1 25 name=+Mail-A; Allow 110 Tcp 128.0.0.0/1 "
                       "20-30 name=Mail,B"),
        QStringLiteral("@nsg-two"));
    const json none = nsgFromDsl(QStringLiteral("Allow 100 Tcp 10.0.0.0/8 25 name=Internal"),
                                 QStringLiteral("nsg-private"));
    const AuditReport report = reportFrom(json::array({two, none}));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvReport csv;
    csv.setRows(CsvReport::Rows::ExposingRules);
    csv.setByteOrderMark(true);
    QVERIFY(csv.write(report, &buffer));
    const QByteArray expected =
        "\xEF\xBB\xBF"
        "Subscription,Resource group,NSG,Rule,Priority,Source,Destination ports,Public ranges,"
        "Public IPv4 addresses,Public IPv6 addresses,NSG verdict,Accepted risk\r\n"
        "00000000-0000-0000-0000-000000000001,rg1,'@nsg-two,'+Mail-A,100,0.0.0.0/1,25,"
        "0.0.0.0/1,2092957696,0,exposed,\r\n"
        "00000000-0000-0000-0000-000000000001,rg1,'@nsg-two,\"Mail,B\",110,128.0.0.0/1,20-30,"
        "128.0.0.0/1,1609433088,0,exposed,\r\n";
    compareBytes(buffer.data(), expected);
    // Without the mark the file starts with the headers.
    QBuffer plain;
    plain.open(QIODevice::WriteOnly);
    CsvReport perNsg;
    QVERIFY(perNsg.write(report, &plain));
    QVERIFY(plain.data().startsWith("Subscription,Resource group,NSG,Location"));
}

void TestReports::jsonCarriesTheReportMetadata()
{
    const QString sample = QStringLiteral(NSG_SOURCE_DIR "/resources/demo/sample-export.json");
    AuditReport report = sampleReport();
    report.account = QStringLiteral("reviewer@contoso.com");
    report.changes.append(ReportChange{
        QStringLiteral("0e5e8f05-9f2e-4127-92e2-3ca7e484a098"),
        QDateTime(QDate(2026, 11, 29), QTime(13, 22), Qt::UTC), QStringLiteral("applied"),
        QStringLiteral("restrictSource"), QStringLiteral("/subscriptions/x/securityRules/r"),
        QStringLiteral("reviewer@contoso.com"), QStringLiteral("verified")});
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    JsonReport writer;
    QVERIFY(writer.write(report, &buffer));
    const ojson doc = ojson::parse(buffer.data().toStdString());
    const QStringList problems = validateReportJson(doc);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    const ojson &meta = doc["report"];
    COMPARE_JSON(meta["account"], "reviewer@contoso.com");
    COMPARE_JSON(meta["breadthLimit"], ojson({{"ipv4Addresses", 256}, {"ipv6PrefixLength", 64}}));
    QCOMPARE(meta["inputFiles"].size(), size_t(1));
    QFile f(sample);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    COMPARE_JSON(meta["inputFiles"][0]["sha256"],
                 QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().toStdString());
    COMPARE_JSON(meta["inputFiles"][0]["bytes"], bytes.size());
    COMPARE_JSON(meta["changes"][0]["status"], "applied");
    COMPARE_JSON(meta["changes"][0]["time"], "2026-11-29T13:22:00.000Z");
}

void TestReports::htmlIsSelfContainedAndEscaped()
{
    json hostile =
        nsgFromDsl(QStringLiteral("Allow 100 Tcp Internet 25 name=<script>x</script>"),
                   QStringLiteral("<script>alert(1)</script>"), QStringLiteral("rg&\"1"));
    json fine = nsgFromDsl(QStringLiteral("Deny 100 Tcp Internet 25"), QStringLiteral("nsg-ok"));
    const AuditReport report =
        reportFrom(json::array({hostile, fine}), QByteArrayLiteral("{broken"));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    HtmlReport html;
    QVERIFY(html.write(report, &buffer));
    const QString text = QString::fromUtf8(buffer.data());
    // Well-formed (it is written as XHTML so that this can be checked), one document.
    QXmlStreamReader xml(buffer.data());
    int elements = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        elements += xml.isStartElement();
    }
    QVERIFY2(!xml.hasError(),
             qPrintable(xml.errorString() + QStringLiteral(" at line %1").arg(xml.lineNumber())));
    QVERIFY(elements > 50);
    // Nothing the data says runs or breaks out: every special character is escaped.
    QVERIFY(!text.contains(QLatin1String("<script")));
    QVERIFY(text.contains(QLatin1String("&lt;script&gt;alert(1)&lt;/script&gt;")));
    QVERIFY(text.contains(QLatin1String("rg&amp;&quot;1")));
    // Self-contained: no external asset.
    QVERIFY(!text.contains(QLatin1String("src=\"http")));
    QVERIFY(!text.contains(QLatin1String("href=\"http")));
    QVERIFY(!text.contains(QLatin1String("<link")));
    QVERIFY(text.contains(QLatin1String("<svg")));
    // The same content as the other reports: the counts, the exposing rule, the unreadable file.
    QVERIFY(text.contains(QLatin1String("2 NSGs evaluated: 1 exposed, 1 OK, 0 unknown. 1 scope(s) "
                                        "could not be read")));
    QVERIFY(text.contains(QLatin1String("&lt;script&gt;x&lt;/script&gt; (100)")));
    QVERIFY(text.contains(QLatin1String("broken.json")));
    QVERIFY(text.contains(QLatin1String("az network nsg rule update")));
}

// The window and `scan FILE` open their own JSON report (issue 16, point 8): NSGs with their rules,
// the report's scan time and policy, and what its scan could not read.
void TestReports::jsonReportOpensAgain()
{
    OfflineScan original;
    original.addFile(QStringLiteral(NSG_SOURCE_DIR "/resources/demo/sample-export.json"));
    // An NSG unknown when the report was made stays unknown.
    original.addBytes(QByteArrayLiteral("[{\"id\": \"/subscriptions/c/resourceGroups/rg/providers/"
                                        "Microsoft.Network/networkSecurityGroups/nsg-cut\", "
                                        "\"name\": \"nsg-cut\", \"properties\": {}}]"),
                      QStringLiteral("cut.json"));
    ScanResult scan = original.takeResult();
    const QDateTime scannedAt(QDate(2026, 12, 5), QTime(6, 55), Qt::UTC);
    scan.scannedAt = scannedAt;
    const ScanError denied{QStringLiteral("/subscriptions/5f8d0a6e-1c7b-4e9d-f2a5-4b6c8d0e2f54"),
                           403, QStringLiteral("AuthorizationFailed"), QStringLiteral("no read"),
                           QStringLiteral("req-1")};
    scan.errors.append(denied);
    scan.skipped.append(
        ScanError{QStringLiteral("/subscriptions/4e7c9f5d-0000-4000-8000-000000000000"), 0,
                  QStringLiteral("SubscriptionDisabled"), QStringLiteral("Disabled"), QString()});
    std::map<QString, Verdict> verdicts;
    for (const NsgResult &r : scan.nsgs)
        verdicts[r.nsg.id()] = r.finding.verdict;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(JsonReport().write(AuditReport::fromScan(scan), &buffer));
    const ojson doc = ojson::parse(buffer.data().toStdString());
    const QStringList problems = validateReportJson(doc);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nsg-report.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(buffer.data());
    file.close();

    OfflineScan reread;
    QVERIFY2(reread.addFile(path), qPrintable(reread.errorString()));
    const ScanResult back = reread.takeResult();
    for (const ScanError &e : back.errors)
        QVERIFY2(e.code != QLatin1String("NotAnExport"), qPrintable(e.message));
    QCOMPARE(back.nsgs.size(), scan.nsgs.size());
    for (const NsgResult &r : back.nsgs)
        QCOMPARE(int(r.finding.verdict), int(verdicts.at(r.nsg.id())));
    QCOMPARE(back.count(Verdict::Exposed), 10);
    QCOMPARE(back.count(Verdict::Unknown), 1);
    // Attachments come back from "attachedTo".
    const auto half = std::find_if(back.nsgs.begin(), back.nsgs.end(), [](const NsgResult &r) {
        return r.nsg.name() == QLatin1String("nsg-half-blocked");
    });
    QVERIFY(half != back.nsgs.end());
    QCOMPARE(half->nsg.networkInterfaceIds().size(), 1);
    // The report's scan time and policy are kept; its unread scopes are still unread.
    QCOMPARE(back.scannedAt, scannedAt);
    QCOMPARE(back.reports.size(), 1);
    QCOMPARE(back.reports[0].scannedAt, scannedAt);
    QCOMPARE(back.reports[0].policy.id, QStringLiteral("smtp"));
    QVERIFY(back.reports[0].hasRules);
    const auto unread = std::find_if(back.errors.begin(), back.errors.end(),
                                     [&](const ScanError &e) { return e.scope == denied.scope; });
    QVERIFY(unread != back.errors.end());
    QCOMPARE(unread->httpStatus, 403);
    QCOMPARE(unread->requestId, QStringLiteral("req-1"));
    QCOMPARE(back.skipped.size(), 1);
    QVERIFY(back.warnings.join(u'\n').contains(QLatin1String("2026-12-05 06:55 UTC")));

    // Under another policy: evaluated again, and the warning names both policies.
    EvaluationOptions ssh;
    ssh.policy = *PortPolicy::fromName(QStringLiteral("ssh"));
    OfflineScan underSsh(ssh);
    QVERIFY(underSsh.addFile(path));
    const QString warnings = underSsh.result().warnings.join(u'\n');
    QVERIFY2(warnings.contains(PortPolicy::smtp().label()) && warnings.contains(ssh.policy.label()),
             qPrintable(warnings));
}

void TestReports::jsonReportWithoutRulesIsUnknown()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(JsonReport().write(sampleReport(), &buffer));
    ojson doc = ojson::parse(buffer.data().toStdString());
    for (ojson &n : doc["nsgs"]) {
        n.erase("securityRules");
        n.erase("defaultSecurityRules");
        n.erase("readProblems");
    }
    OfflineScan reread;
    reread.addBytes(QByteArray::fromStdString(doc.dump()), QStringLiteral("old-report.json"));
    const ScanResult back = reread.takeResult();
    QCOMPARE(back.nsgs.size(), size_t(15));
    QCOMPARE(back.count(Verdict::Unknown), 15); // never green without the rules
    QCOMPARE(back.reports.size(), 1);
    QVERIFY(!back.reports[0].hasRules);
    QStringList why;
    for (const ReadProblem &p : back.nsgs[0].nsg.problems())
        why.append(p.message);
    QVERIFY2(why.join(u'\n').contains(QLatin1String("the report's verdict was")),
             qPrintable(why.join(u'\n')));
}

// issue 16, point 2: two Denies close the Internet before an Allow from it; every report names
// both, each with the ranges it took, in priority order.
void TestReports::everyDecidingRuleInEveryReport()
{
    const json closed = nsgFromDsl(
        QStringLiteral("Deny 100 * 0.0.0.0/1 25 name=Deny-Lower-Half; Deny 199 Tcp Internet 25 "
                       "name=Deny-Upper; Allow 200 Tcp Internet 25 name=Allow-SMTP-Internet"),
        QStringLiteral("nsg-closed"));
    // The second Deny leaves IPv6 open: the Allow decides it, a later Allow is shadowed by all.
    const json open6 = nsgFromDsl(
        QStringLiteral("Deny 100 * 0.0.0.0/1 25 name=Deny-Lower-Half; Deny 199 Tcp 128.0.0.0/1 25 "
                       "name=Deny-Upper; Allow 200 Tcp Internet 25 name=Allow-SMTP-Internet; "
                       "Allow 300 Tcp * 25 name=Allow-Late"),
        QStringLiteral("nsg-open6"));
    const AuditReport report = reportFrom(json::array({closed, open6}));

    QBuffer jsonBuffer;
    jsonBuffer.open(QIODevice::WriteOnly);
    QVERIFY(JsonReport().write(report, &jsonBuffer));
    const ojson doc = ojson::parse(jsonBuffer.data().toStdString());
    const QStringList problems = validateReportJson(doc);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    const ojson *c = findNsg(doc, "nsg-closed");
    QVERIFY(c);
    COMPARE_JSON((*c)["verdict"], "ok");
    COMPARE_JSON(
        (*c)["shadowedRules"],
        ojson::array({{{"name", "Allow-SMTP-Internet"},
                       {"priority", 200},
                       {"shadowedBy", "Deny-Lower-Half"},
                       {"decidedBy",
                        ojson::array({{{"name", "Deny-Lower-Half"},
                                       {"priority", 100},
                                       {"access", "Deny"},
                                       {"ranges", ojson::array({"0.0.0.0/1"})}},
                                      {{"name", "Deny-Upper"},
                                       {"priority", 199},
                                       {"access", "Deny"},
                                       {"ranges", ojson::array({"128.0.0.0/1", "::/0"})}}})}}}));
    const ojson *o = findNsg(doc, "nsg-open6");
    QVERIFY(o);
    COMPARE_JSON((*o)["verdict"], "exposed");
    COMPARE_JSON((*o)["shadowedRules"].size(), 1u);
    COMPARE_JSON((*o)["shadowedRules"][0]["name"], "Allow-Late");
    COMPARE_JSON((*o)["shadowedRules"][0]["decidedBy"],
                 ojson::array({{{"name", "Deny-Lower-Half"},
                                {"priority", 100},
                                {"access", "Deny"},
                                {"ranges", ojson::array({"0.0.0.0/1"})}},
                               {{"name", "Deny-Upper"},
                                {"priority", 199},
                                {"access", "Deny"},
                                {"ranges", ojson::array({"128.0.0.0/1"})}},
                               {{"name", "Allow-SMTP-Internet"},
                                {"priority", 200},
                                {"access", "Allow"},
                                {"ranges", ojson::array({"::/0"})}}}));

    QBuffer csvBuffer;
    csvBuffer.open(QIODevice::WriteOnly);
    QVERIFY(CsvReport().write(report, &csvBuffer));
    const QString csv = QString::fromUtf8(csvBuffer.data());
    QVERIFY2(csv.contains(QLatin1String(
                 ",\"Allow-SMTP-Internet (200) shadowed by: Deny-Lower-Half (Deny 100: 0.0.0.0/1), "
                 "Deny-Upper (Deny 199: 128.0.0.0/1 ::/0)\",\r\n")),
             qPrintable(csv));
    QVERIFY2(csv.contains(QLatin1String(
                 "Allow rule 'Allow-SMTP-Internet' (priority 200) is shadowed by Deny rule "
                 "'Deny-Lower-Half' (priority 100: 0.0.0.0/1) and Deny rule 'Deny-Upper' "
                 "(priority 199: 128.0.0.0/1, ::/0)")),
             qPrintable(csv));

    QBuffer htmlBuffer;
    htmlBuffer.open(QIODevice::WriteOnly);
    QVERIFY(HtmlReport().write(report, &htmlBuffer));
    const QString html = QString::fromUtf8(htmlBuffer.data());
    // The OK NSG says which rules shadow its Allow from the Internet.
    QVERIFY2(html.contains(QLatin1String(
                 "is shadowed by Deny rule 'Deny-Lower-Half' (priority 100: 0.0.0.0/1) "
                 "and Deny rule 'Deny-Upper' (priority 199: 128.0.0.0/1, ::/0)")),
             qPrintable(html));
    // The exposed one's proof, rule by rule.
    QVERIFY2(html.contains(
                 QLatin1String("shadowed: its public sources were already decided by Deny rule "
                               "'Deny-Lower-Half' (priority 100: 0.0.0.0/1), Deny rule "
                               "'Deny-Upper' (priority 199: 128.0.0.0/1) and Allow rule "
                               "'Allow-SMTP-Internet' (priority 200: ::/0)")),
             qPrintable(html));
}

void TestReports::internetFacingEndpointsInEveryReport()
{
    OfflineScan scan;
    QVERIFY(scan.addFile(QStringLiteral(NSG_TEST_DATA_DIR "/reachability/estate.json")));
    QVERIFY(scan.addFile(QStringLiteral(NSG_TEST_DATA_DIR "/reachability/admin-rules.json")));
    const AuditReport report = AuditReport::fromScan(scan.takeResult());
    struct Expected
    {
        QString entry, nic, rule;
    };
    QList<Expected> exposed;
    for (const Endpoint &e : report.scan.reachability.endpoints) {
        if (e.verdict == Verdict::Exposed)
            exposed.append({QStringLiteral("%1:%2")
                                .arg(e.publicIp.section(QLatin1Char('/'), -1))
                                .arg(e.frontendPort),
                            e.networkInterfaceId.section(QLatin1Char('/'), -1),
                            e.decidedRule.isEmpty() ? e.decidedId.section(QLatin1Char('/'), -1)
                                                    : e.decidedRule});
    }
    QCOMPARE(exposed.size(), 7);

    // CSV, one row per endpoint, exposed first, each with its deciding rule.
    QBuffer csvBuffer;
    csvBuffer.open(QIODevice::WriteOnly);
    CsvReport csv;
    csv.setRows(CsvReport::Rows::Endpoints);
    QVERIFY(csv.write(report, &csvBuffer));
    QStringList lines = QString::fromUtf8(csvBuffer.data()).split(QStringLiteral("\r\n"));
    QCOMPARE(lines.takeFirst(), CsvReport::headers(CsvReport::Rows::Endpoints).join(u','));
    QCOMPARE(lines.takeLast(), QString());
    QCOMPARE(lines.size(), int(report.scan.reachability.endpoints.size()));
    for (int i = 0; i < exposed.size(); ++i) {
        QVERIFY2(lines[i].startsWith(QLatin1String("exposed,")), qPrintable(lines[i]));
        const Expected &x = exposed[i];
        QVERIFY2(lines[i].contains(QLatin1Char('/') + x.nic + QLatin1Char(','))
                     && lines[i].contains(QLatin1Char(',') + x.rule),
                 qPrintable(lines[i]));
    }
    QVERIFY(!lines[exposed.size()].startsWith(QLatin1String("exposed,")));

    // HTML: the summary's table lists every internet-facing endpoint, its target and what
    // decided, read back as XML.
    QBuffer htmlBuffer;
    htmlBuffer.open(QIODevice::WriteOnly);
    QVERIFY(HtmlReport().write(report, &htmlBuffer));
    QXmlStreamReader xml(htmlBuffer.data());
    QStringList rows;
    bool inSection = false, inTable = false;
    QString heading, row;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("h2")) {
            heading = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            inSection = heading.startsWith(QLatin1String("Internet-facing endpoints"));
        } else if (inSection && xml.isStartElement() && xml.name() == QLatin1String("table")) {
            inTable = true;
        } else if (inTable && xml.isEndElement() && xml.name() == QLatin1String("table")) {
            inTable = inSection = false;
        } else if (inTable && xml.isStartElement() && xml.name() == QLatin1String("tr")) {
            row.clear();
        } else if (inTable && xml.isCharacters()) {
            row += xml.text() + QLatin1Char('|');
        } else if (inTable && xml.isEndElement() && xml.name() == QLatin1String("tr")) {
            rows.append(row);
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(heading.isEmpty(), false);
    QCOMPARE(rows.size(), exposed.size() + 1); // and the header row
    for (const Expected &x : std::as_const(exposed)) {
        const bool found = std::any_of(rows.begin(), rows.end(), [&x](const QString &r) {
            return r.startsWith(x.entry + QLatin1Char('|'))
                && r.contains(x.nic + QLatin1String(" (")) && r.contains(x.rule);
        });
        QVERIFY2(found,
                 qPrintable(x.entry + QLatin1Char(' ') + x.nic + QLatin1Char(' ') + x.rule
                            + QLatin1Char('\n') + rows.join(QLatin1Char('\n'))));
    }
    // Each internet-facing endpoint's path is drawn as inline SVG, labelled with the path in
    // words, its deciding hop marked and naming the rule.
    struct Picture
    {
        QString label, decidingText;
        int admits = 0;
    };
    QList<Picture> pictures;
    QXmlStreamReader svg(htmlBuffer.data());
    while (!svg.atEnd()) {
        svg.readNext();
        if (svg.isStartElement() && svg.name() == QLatin1String("svg")
            && svg.attributes().value(QLatin1String("class")) == QLatin1String("path")) {
            pictures.append(
                {svg.attributes().value(QLatin1String("aria-label")).toString(), {}, 0});
        } else if (svg.isStartElement() && svg.name() == QLatin1String("g")
                   && svg.attributes().value(QLatin1String("data-state"))
                       == QLatin1String("admits")) {
            QVERIFY(!pictures.isEmpty());
            ++pictures.last().admits;
            pictures.last().decidingText =
                svg.readElementText(QXmlStreamReader::IncludeChildElements);
        }
    }
    QVERIFY2(!svg.hasError(), qPrintable(svg.errorString()));
    QCOMPARE(pictures.size(), exposed.size());
    for (const Expected &x : std::as_const(exposed)) {
        const auto it = std::find_if(pictures.begin(), pictures.end(), [&x](const Picture &p) {
            return p.label.startsWith(QStringLiteral("Path from the Internet to %1 (").arg(x.nic));
        });
        QVERIFY2(it != pictures.end(), qPrintable(x.nic));
        QCOMPARE(it->admits, 1);
        // (The box wraps its text in lines, each a <text> of its own.)
        const QString words = QString(it->decidingText).remove(u' ');
        QVERIFY2(words.contains(QString(x.rule).remove(u' ')) || words.contains(u'\u2026'),
                 qPrintable(it->decidingText));
        QVERIFY2(words.contains(QLatin1String("decides:letstheInternetthrough")),
                 qPrintable(it->decidingText));
    }

    // An NSG OK by its own rules that the Internet gets through another way (an AlwaysAllow admin
    // rule, a firewall's DNAT), or that is on a path not decided, is listed apart from the OK
    // NSGs, never among them without a word.
    QHash<QString, QString> sections; // h2 → its text
    {
        QXmlStreamReader doc(htmlBuffer.data());
        QString current;
        while (!doc.atEnd()) {
            doc.readNext();
            if (doc.isStartElement() && doc.name() == QLatin1String("h2"))
                current = doc.readElementText(QXmlStreamReader::IncludeChildElements);
            else if (doc.isCharacters() && !current.isEmpty())
                sections[current] += doc.text() + QLatin1Char('|');
        }
    }
    QString reachedSection, okSection;
    for (auto it = sections.cbegin(); it != sections.cend(); ++it) {
        if (it.key().startsWith(QLatin1String("OK by their own rules, yet on a path")))
            reachedSection = it.value();
        else if (it.key().startsWith(QLatin1String("OK NSGs (")))
            okSection = it.value();
    }
    int apart = 0;
    for (const NsgResult &r : report.scan.nsgs) {
        if (r.finding.verdict != Verdict::Ok)
            continue;
        const NsgStanding standing = report.scan.reachability.standing(r.nsg.id(), Verdict::Ok);
        const QString cell = r.nsg.name() + QLatin1Char('|');
        if (standing == NsgStanding::InternetFacing || standing == NsgStanding::AdmittedByAdminRule
            || standing == NsgStanding::Unknown) {
            ++apart;
            QVERIFY2(reachedSection.contains(cell), qPrintable(r.nsg.name()));
            QVERIFY2(!okSection.contains(cell), qPrintable(r.nsg.name()));
        } else {
            QVERIFY2(okSection.contains(cell), qPrintable(r.nsg.name()));
        }
    }
    QVERIFY(apart >= 2);

    // What was read, and what not, in the method section.
    const QString html = QString::fromUtf8(htmlBuffer.data());
    const ReachabilityResult::Read &read = report.scan.reachability.read;
    QCOMPARE(read.interfaces, 13);
    QVERIFY(read.adminRuleNetworks > 0);
    QVERIFY2(html.contains(QStringLiteral("network interfaces: 13, public IPs: %1, load "
                                          "balancers: %2")
                               .arg(read.publicIps)
                               .arg(read.loadBalancers)),
             qPrintable(html));
    QVERIFY(html.contains(
        QStringLiteral("whose effective admin rules were read: %1;").arg(read.adminRuleNetworks)));
    QVERIFY(html.contains(QLatin1String("No service tag data was read")));
    QVERIFY(html.contains(QLatin1String("Latent NSGs, and those an admin rule blocks first (")));
    // The findings come internet-facing first, latent and blocked last, each heading saying so.
    const qsizetype findings = html.indexOf(QLatin1String("<h2>Findings</h2>"));
    QVERIFY(findings > 0);
    const qsizetype lastFacing = html.lastIndexOf(QStringLiteral(" — internet-facing</h3>"));
    const qsizetype firstLatent = html.indexOf(QStringLiteral(" — latent</h3>"), findings);
    QVERIFY2(lastFacing > findings && firstLatent > lastFacing,
             qPrintable(QStringLiteral("%1 %2 %3").arg(findings).arg(lastFacing).arg(firstLatent)));
}

QTEST_GUILESS_MAIN(TestReports)
#include "tst_reports.moc"
