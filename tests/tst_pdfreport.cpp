// SPDX-License-Identifier: MIT
// The PDF report read back with poppler (pdfinfo, pdftotext): a PDF, with pages, saying what
// the scan found: every exposed NSG, its exposing rule, the counts. An empty report, one of
// 5,000 NSGs, and the page size.
#include "nsgtestdata.h"

#include "pdfreport.h"

#include "input/offlinescan.h"

#include <QBuffer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

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

} // namespace

class TestPdfReport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sampleSaysWhatTheScanFound();
    void noFindings();
    void fiveThousandNsgs();
    void letterPages();

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

QTEST_MAIN(TestPdfReport)
#include "tst_pdfreport.moc"
