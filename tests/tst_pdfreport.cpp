// SPDX-License-Identifier: MIT
// The PDF report read back with poppler (pdfinfo, pdftotext): a PDF, with pages, saying what
// the scan found: every exposed NSG, its exposing rule, the counts. An empty report, one of
// 5,000 NSGs, and the page size.
#include "nsgtestdata.h"

#include "report/htmlreport.h"
#include "report/pdfreport.h"
#include "report/reportdocument.h"

#include "core/audit/reachability.h"
#include "core/input/offlinescan.h"
#include "core/settings/translations.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <thread>

using namespace nsg;
using namespace nsg::test;
using json = nlohmann::json;

namespace {

QString tool(const char *name)
{
    return QStandardPaths::findExecutable(QLatin1String(name));
}

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(120000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

// Text without any white space, so that line breaks the layout chose do not matter.
QString squeezed(const QString &text)
{
    QString out = text;
    out.remove(QRegularExpression(QStringLiteral("\\s+")));
    return out;
}

// The text of each page.
QStringList pages(const QString &pdf)
{
    const QString text = run(QStandardPaths::findExecutable(QStringLiteral("pdftotext")),
                             {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    QStringList out = text.split(QLatin1Char('\f'));
    if (!out.isEmpty() && out.last().trimmed().isEmpty())
        out.removeLast();
    return out;
}

// The sample export with one exposed NSG accepted as a risk and a subscription that answered 403.
AuditReport acceptedAndUnread()
{
    OfflineScan offline;
    if (!offline.addFile(QStringLiteral(NSG_SOURCE_DIR "/resources/demo/sample-export.json")))
        qFatal("cannot read the sample export");
    ScanResult scan = offline.takeResult();
    for (NsgResult &r : scan.nsgs) {
        if (r.finding.verdict == Verdict::Exposed) {
            AcceptedRisk risk;
            risk.suppression.nsgId = r.nsg.id();
            risk.suppression.reviewer = QStringLiteral("alice@contoso.example");
            risk.suppression.reason = QStringLiteral("legacy relay");
            risk.suppression.expires = QDate::currentDate().addDays(30);
            r.risk = risk;
            break;
        }
    }
    ScanError denied;
    denied.scope = QStringLiteral("/subscriptions/9d0e4f3a-0000-4000-8000-00000000f403");
    denied.httpStatus = 403;
    denied.code = QStringLiteral("AuthorizationFailed");
    denied.message = QStringLiteral("The client does not have authorization");
    scan.errors.append(denied);
    scan.subscriptionNames.insert(QStringLiteral("9d0e4f3a-0000-4000-8000-00000000f403"),
                                  QStringLiteral("Contoso Finance"));
    return AuditReport::fromScan(std::move(scan));
}

} // namespace

class TestPdfReport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sampleSaysWhatTheScanFound();
    void noFindings();
    void internetFacingFirst();
    void fiveThousandNsgs();
    void letterPages();
    void chartKeepsItsProportions();
    void chartCountsAsTheSummary();
    void tableRowsNeverSplit();
    void coverNamesTheAcceptedRisks();
    void germanNumbers();

private:
    QString write(const AuditReport &report, const QString &name,
                  QPageSize::PageSizeId size = QPageSize::A4);
    QTemporaryDir m_dir;
};

void TestPdfReport::initTestCase()
{
    QVERIFY2(!tool("pdftotext").isEmpty() && !tool("pdfinfo").isEmpty(),
             "poppler-utils (pdftotext, pdfinfo) is needed: ./dev installs it");
}

QString TestPdfReport::write(const AuditReport &report, const QString &name,
                             QPageSize::PageSizeId size)
{
    const QString path = m_dir.filePath(name);
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return QString();
    PdfReport pdf;
    pdf.setPageSize(size);
    if (!pdf.write(report, &out))
        return QString();
    out.close();
    return path;
}

void TestPdfReport::sampleSaysWhatTheScanFound()
{
    OfflineScan scan;
    QVERIFY(scan.addFile(QStringLiteral(NSG_SOURCE_DIR "/resources/demo/sample-export.json")));
    const AuditReport report = AuditReport::fromScan(scan.takeResult());
    const QString path = write(report, QStringLiteral("sample.pdf"));
    QVERIFY(!path.isEmpty());
    QCOMPARE(readFile(path).left(5), QByteArray("%PDF-"));
    const QString info = run(tool("pdfinfo"), {path});
    const int pages =
        QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info).captured(1).toInt();
    QVERIFY2(pages >= 3, qPrintable(info));
    QVERIFY(info.contains(QLatin1String("NSG exposure report")));
    const QString text = squeezed(run(tool("pdftotext"), {path, QStringLiteral("-")}));
    const int exposed = report.scan.count(Verdict::Exposed);
    QVERIFY(exposed > 0);
    QVERIFY2(
        text.contains(squeezed(QStringLiteral("%1 NSGs evaluated: %2 exposed, %3 OK, %4 unknown")
                                   .arg(report.scan.nsgs.size())
                                   .arg(exposed)
                                   .arg(report.scan.count(Verdict::Ok))
                                   .arg(report.scan.count(Verdict::Unknown)))),
        qPrintable(text.left(600)));
    for (const NsgResult &r : report.scan.nsgs) {
        if (r.finding.verdict != Verdict::Exposed)
            continue;
        QVERIFY2(text.contains(squeezed(r.nsg.name())), qPrintable(r.nsg.name()));
        for (const ExposingRule &e : r.finding.exposing) {
            const QString rule = r.nsg.inboundRuleView(e.rule).name();
            // In the rule table, the remediation steps and the az command.
            QVERIFY2(
                text.contains(squeezed(QStringLiteral("then the rule %1 (priority").arg(rule))),
                qPrintable(rule));
            QVERIFY(text.contains(
                squeezed(QStringLiteral("--nsg-name %1 --name %2").arg(r.nsg.name(), rule))));
        }
    }
    QVERIFY(text.contains(QLatin1String("Page1")));
    QVERIFY(text.contains(squeezed(QStringLiteral("Page %1").arg(pages))));
    QVERIFY(text.contains(squeezed(QStringLiteral("Method and limits"))));
    // The input is fingerprinted.
    QVERIFY(text.contains(report.inputFiles.first().sha256));
}

void TestPdfReport::noFindings()
{
    OfflineScan scan;
    scan.addBytes(QByteArray::fromStdString(
                      json::array({nsgFromDsl(QStringLiteral("Deny 100 * * 25"))}).dump()),
                  QStringLiteral("quiet.json"));
    const AuditReport report = AuditReport::fromScan(scan.takeResult());
    const QString path = write(report, QStringLiteral("none.pdf"));
    QVERIFY(!path.isEmpty());
    const QString text = squeezed(run(tool("pdftotext"), {path, QStringLiteral("-")}));
    QVERIFY(
        text.contains(squeezed(QStringLiteral("1 NSGs evaluated: 0 exposed, 1 OK, 0 unknown"))));
    QVERIFY(
        text.contains(squeezed(QStringLiteral("No NSG lets SMTP (TCP/25) in from the Internet."))));
    QVERIFY(text.contains(QLatin1String("nsg1")));
}

void TestPdfReport::internetFacingFirst()
{
    OfflineScan scan;
    QVERIFY(scan.addFile(QStringLiteral(NSG_TEST_DATA_DIR "/reachability/estate.json")));
    QVERIFY(scan.addFile(QStringLiteral(NSG_TEST_DATA_DIR "/reachability/admin-rules.json")));
    const AuditReport report = AuditReport::fromScan(scan.takeResult());
    const QString path = write(report, QStringLiteral("reach.pdf"));
    QVERIFY(!path.isEmpty());
    // In reading order (-layout would interleave the lines of wrapped cells).
    const QString all = squeezed(run(tool("pdftotext"), {path, QStringLiteral("-")}));
    QVERIFY(!all.isEmpty());
    // The summary leads with what the Internet reaches.
    QVERIFY(all.contains(squeezed(
        QStringLiteral("From the Internet: endpoints that reach SMTP (TCP/25) on a workload: 7, "
                       "through internet-facing NSGs: 5; latent NSGs: 1; NSGs blocked by an "
                       "admin rule: 1"))));
    QVERIFY(all.indexOf(squeezed(QStringLiteral("From the Internet:")))
            < all.indexOf(QLatin1String("NSGsevaluated")));
    // The internet-facing endpoints come before the exposed NSGs' table.
    const qsizetype endpoints =
        all.indexOf(squeezed(QStringLiteral("Internet-facing endpoints (7)")));
    const qsizetype nsgs = all.indexOf(QLatin1String("ExposedNSGs("));
    QVERIFY(endpoints >= 0 && nsgs > endpoints);
    const QString table = all.mid(endpoints, nsgs - endpoints);
    int found = 0;
    for (const Endpoint &e : report.scan.reachability.endpoints) {
        if (e.verdict != Verdict::Exposed)
            continue;
        const QString entry = QStringLiteral("%1:%2")
                                  .arg(e.publicIp.section(QLatin1Char('/'), -1))
                                  .arg(e.frontendPort);
        const QString target =
            squeezed(QStringLiteral("%1 (%2:%3)")
                         .arg(e.networkInterfaceId.section(QLatin1Char('/'), -1), e.privateIp)
                         .arg(e.targetPort));
        QVERIFY2(table.contains(entry) && table.contains(target),
                 qPrintable(entry + QLatin1Char(' ') + target + QLatin1Char('\n') + table));
        // pdftotext joins a word hyphenated at a line's end: compare without hyphens.
        const QString rule =
            e.decidedRule.isEmpty() ? e.decidedId.section(QLatin1Char('/'), -1) : e.decidedRule;
        QVERIFY2(QString(table).remove(u'-').contains(squeezed(rule).remove(u'-')),
                 qPrintable(rule));
        ++found;
    }
    QCOMPARE(found, 7);
    // Each exposed NSG's finding names the paths through it, hop by hop; each internet-facing
    // endpoint's path is drawn: the picture's words are text in the PDF (the deciding hop says
    // what it decided), and the drawing is vector — the chart is the report's only image.
    QVERIFY(all.contains(squeezed(QStringLiteral("Paths from the Internet through it"))));
    QVERIFY(all.contains(squeezed(QStringLiteral("Paths from the Internet, drawn"))));
    const int pictures = report.scan.reachability.exposedEndpoints();
    QCOMPARE(all.count(squeezed(QStringLiteral("decides: lets the Internet through"))), pictures);
    const QStringList images = run(tool("pdfimages"), {QStringLiteral("-list"), path})
                                   .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(images.size(), 2 + 1); // the two header lines, the chart
}

void TestPdfReport::fiveThousandNsgs()
{
    const std::string out = syntheticExport(7, 5000, 8, 0.05);
    OfflineScan scan;
    scan.addBytes(QByteArrayView(out.data(), qsizetype(out.size())), QStringLiteral("5k.json"));
    const AuditReport report = AuditReport::fromScan(scan.takeResult());
    QCOMPARE(int(report.scan.nsgs.size()), 5000);
    const QString path = write(report, QStringLiteral("5k.pdf"));
    QVERIFY(!path.isEmpty());
    const int pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
                          .match(run(tool("pdfinfo"), {path}))
                          .captured(1)
                          .toInt();
    QVERIFY2(pages > 100, qPrintable(QString::number(pages)));
    const QString text = squeezed(run(tool("pdftotext"), {path, QStringLiteral("-")}));
    int exposed = 0;
    for (const NsgResult &r : report.scan.nsgs) {
        // Every NSG is in the report: the exposed ones with their section, the others listed.
        QVERIFY2(text.contains(squeezed(r.nsg.name())), qPrintable(r.nsg.name()));
        exposed += r.finding.verdict == Verdict::Exposed;
    }
    QVERIFY(exposed > 100);
    QVERIFY(text.contains(squeezed(QStringLiteral("Exposed NSGs (%1)").arg(exposed))));
    QVERIFY(text.contains(squeezed(QStringLiteral("Page %1").arg(pages))));
}

void TestPdfReport::letterPages()
{
    OfflineScan scan;
    QVERIFY(scan.addFile(QStringLiteral(NSG_SOURCE_DIR "/resources/demo/sample-export.json")));
    const QString path = write(AuditReport::fromScan(scan.takeResult()),
                               QStringLiteral("letter.pdf"), QPageSize::Letter);
    QVERIFY(run(tool("pdfinfo"), {path}).contains(QLatin1String("612 x 792 pts (letter)")));
    QVERIFY(run(tool("pdfinfo"), {write(AuditReport::fromScan({}), QStringLiteral("a4.pdf"))})
                .contains(QLatin1String("595 x 842 pts (A4)")));
}

void TestPdfReport::chartKeepsItsProportions()
{
    // Issue 16, point 10a: the chart was stretched (its glyphs tall and narrow): the image in the
    // PDF has the same resolution across and down.
    OfflineScan scan;
    QVERIFY(scan.addFile(QStringLiteral(NSG_SOURCE_DIR "/resources/demo/sample-export.json")));
    // Written on a worker thread, as File → Export report… writes it: there QTextDocument
    // sizes images another way, and an image given only a width kept its natural height.
    const AuditReport report = AuditReport::fromScan(scan.takeResult());
    QString path;
    std::thread worker([&] { path = write(report, QStringLiteral("c.pdf")); });
    worker.join();
    QVERIFY(!path.isEmpty());
    const QString pdfimages = QStandardPaths::findExecutable(QStringLiteral("pdfimages"));
    if (pdfimages.isEmpty())
        QSKIP("pdfimages (poppler-utils) is needed");
    // page num type width height color comp bpc enc interp object ID x-ppi y-ppi size ratio
    const QStringList lines = run(pdfimages, {QStringLiteral("-list"), path})
                                  .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    int images = 0;
    for (const QString &line : lines.mid(2)) {
        const QStringList f = line.simplified().split(QLatin1Char(' '));
        if (f.size() < 14 || f[2] != QLatin1String("image"))
            continue;
        ++images;
        const double xppi = f[12].toDouble(), yppi = f[13].toDouble();
        QVERIFY2(xppi > 0 && std::abs(xppi - yppi) / xppi < 0.02, qPrintable(line));
    }
    QVERIFY(images >= 1);
}

void TestPdfReport::chartCountsAsTheSummary()
{
    // Issue 16, point 10b and c: the chart counted an accepted risk as exposed while the summary
    // counted it apart, and a subscription that answered 403 was missing from it.
    const AuditReport report = acceptedAndUnread();
    QCOMPARE(report.scan.acceptedCount(), 1);
    const QString svg = ReportDocument(report).chartSvg();
    int exposed = 0, total = 0;
    const QRegularExpression count(QStringLiteral(">(\\d+)/(\\d+)"));
    for (auto it = count.globalMatch(svg); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        exposed += m.captured(1).toInt();
        total += m.captured(2).toInt();
    }
    QCOMPARE(exposed, report.scan.count(Verdict::Exposed));
    QCOMPARE(total, int(report.scan.nsgs.size()));
    QVERIFY2(svg.contains(QLatin1String(">Accepted risk</text>")), qPrintable(svg));
    QVERIFY2(svg.contains(QLatin1String("Contoso Finance")), qPrintable(svg));
    QVERIFY(svg.contains(QLatin1String("not read (403 AuthorizationFailed)")));
    QVERIFY(svg.contains(QLatin1String(">Not read</text>")));
    // The accepted NSG has a violet segment of its own.
    QVERIFY(svg.contains(QLatin1String("fill=\"#6b2fa0\"")));
    // The printed chart is drawn from the same layout (and is as tall as it needs).
    const QImage image = ReportDocument(report).chartImage(1520);
    QCOMPARE(image.width(), 1520);
    const QSize size = ReportDocument(report).chartSize();
    QVERIFY(std::abs(image.height() - 1520 * size.height() / size.width()) <= 1);
}

void TestPdfReport::tableRowsNeverSplit()
{
    // Issue 16, point 10d: a table row was cut in two by a page break, and the page that
    // continued the table did not say which NSG it belonged to. 120 rules whose sources take
    // several lines each, so that page breaks must fall within the rules table.
    QStringList rules{QStringLiteral("Allow 4000 Tcp Internet 25 name=open-smtp")};
    for (int i = 1; i <= 120; ++i) {
        QStringList sources;
        for (int k = 1; k <= 9; ++k)
            sources.append(QStringLiteral("10.%1.%2.0/24").arg(i).arg(k));
        rules.append(QStringLiteral("Allow %1 Tcp %2 443 name=partner-%3")
                         .arg(100 + i)
                         .arg(sources.join(QLatin1Char(',')))
                         .arg(i, 3, 10, QLatin1Char('0')));
    }
    OfflineScan scan;
    scan.addBytes(
        QByteArray::fromStdString(json::array({nsgFromDsl(rules.join(QLatin1String("; ")),
                                                          QStringLiteral("nsg-partners"))})
                                      .dump()),
        QStringLiteral("partners.json"));
    const QString path = write(AuditReport::fromScan(scan.takeResult()), QStringLiteral("t.pdf"));
    QVERIFY(!path.isEmpty());
    const QStringList text = pages(path);
    QVERIFY(text.size() >= 4);
    QList<int> tablePages;
    for (int i = 1; i <= 120; ++i) {
        const QString name = QStringLiteral("partner-%1").arg(i, 3, 10, QLatin1Char('0'));
        // The first page that names the rule is its row in the rules table: the whole row is
        // there, every one of its sources.
        qsizetype page = 0;
        while (page < text.size() && !text[page].contains(name))
            ++page;
        QVERIFY2(page < text.size(), qPrintable(name));
        const QString squeezedPage = squeezed(text[page]);
        for (int k = 1; k <= 9; ++k)
            QVERIFY2(squeezedPage.contains(QStringLiteral("10.%1.%2.0/24").arg(i).arg(k)),
                     qPrintable(QStringLiteral("%1: 10.%2.%3.0/24 is not on page %4")
                                    .arg(name)
                                    .arg(i)
                                    .arg(k)
                                    .arg(page + 1)));
        if (!tablePages.contains(int(page)))
            tablePages.append(int(page));
    }
    QVERIFY2(tablePages.size() >= 2, "the rules table should take more than one page");
    // Every page that continues the table names the NSG and repeats the header.
    for (qsizetype i = 1; i < tablePages.size(); ++i) {
        const QString page = text[tablePages[i]];
        QVERIFY2(page.contains(QLatin1String("nsg-partners (continued)")),
                 qPrintable(page.left(300)));
        QVERIFY2(squeezed(page).contains(QLatin1String("PriorityNamePortProtocolSource")),
                 qPrintable(page.left(300)));
    }
}

void TestPdfReport::coverNamesTheAcceptedRisks()
{
    // Issue 16, point 10e: the cover names the accepted risks as the report says (the demo's
    // are in a temporary folder, which means nothing to a reader), not by that path.
    AuditReport report = acceptedAndUnread();
    report.suppressionsFile = QDir::tempPath() + QStringLiteral("/nsg-auditor-x/risks.json");
    report.suppressionsName = QStringLiteral("the demo tenant's accepted risks");
    const QString text = squeezed(
        run(tool("pdftotext"), {write(report, QStringLiteral("e.pdf")), QStringLiteral("-")}));
    QVERIFY(text.contains(squeezed(QStringLiteral("the demo tenant's accepted risks"))));
    QVERIFY(!text.contains(squeezed(report.suppressionsFile)));
}

void TestPdfReport::germanNumbers()
{
    // Issue 16, point 11: a German report writes its numbers the German way: 1.609.433.088,
    // not 1,609,433,088; the English one keeps the English separators.
    OfflineScan scan;
    QVERIFY(scan.addFile(QStringLiteral(NSG_SOURCE_DIR "/resources/demo/sample-export.json")));
    const AuditReport report = AuditReport::fromScan(scan.takeResult());
    const QString english = squeezed(
        run(tool("pdftotext"), {write(report, QStringLiteral("en.pdf")), QStringLiteral("-")}));
    QVERIFY(english.contains(QLatin1String("1,609,433,088")));
    QCOMPARE(installTranslations(QStringLiteral("de")), QStringLiteral("de"));
    const auto reset = qScopeGuard([] {
        for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>())
            QCoreApplication::removeTranslator(t);
        installTranslations(QStringLiteral("en"));
        QLocale::setDefault(QLocale::c());
    });
    const QString german = squeezed(
        run(tool("pdftotext"), {write(report, QStringLiteral("de.pdf")), QStringLiteral("-")}));
    QVERIFY2(german.contains(QLatin1String("1.609.433.088")), qPrintable(german.left(2000)));
    QVERIFY(!german.contains(QLatin1String("1,609,433,088")));
    // The HTML report too.
    QBuffer html;
    html.open(QIODevice::WriteOnly);
    QVERIFY(HtmlReport().write(report, &html));
    QVERIFY(html.data().contains("1.609.433.088"));
    QVERIFY(!html.data().contains("1,609,433,088"));
}

QTEST_MAIN(TestPdfReport)
#include "tst_pdfreport.moc"
