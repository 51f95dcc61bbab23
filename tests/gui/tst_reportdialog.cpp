// SPDX-License-Identifier: MIT
// File → Export report… in the window, offscreen: the four formats for a scope, the files
// opened when done, and Cancel leaving nothing half-written.
#include "nsgtestdata.h"

#include "models/inventoryfilter.h"
#include "models/inventorymodel.h"
#include "widgets/mainwindow.h"
#include "widgets/reportdialog.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace nsg;
using namespace nsg::ui;
using namespace nsg::test;
using json = nlohmann::json;

class Opener final : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
public Q_SLOTS:
    void open(const QUrl &url) { opened.append(url); }
};

class TestReportDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void exportsFourFormats();
    void cancelLeavesNothing();

private:
    QTemporaryDir m_dir;
};

void TestReportDialog::initTestCase()
{
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("nsg-auditor-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_reportdialog"));
    qputenv("NSG_AUDITOR_JOURNAL", QFile::encodeName(m_dir.filePath(QStringLiteral("j.jsonl"))));
}

void TestReportDialog::exportsFourFormats()
{
    MainWindow window;
    window.show();
    QSignalSpy loaded(&window, &MainWindow::offlineFileLoaded);
    window.openFiles({QStringLiteral(NSG_SOURCE_DIR "/resources/demo/sample-export.json")});
    QVERIFY(loaded.wait(10000));
    const int exposed = window.inventory()->totals().exposed;
    QVERIFY(exposed > 0);

    Opener opener;
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &opener, "open");
    const auto unset =
        qScopeGuard([] { QDesktopServices::unsetUrlHandler(QStringLiteral("file")); });
    window.showReportDialog();
    ReportDialog *dialog = window.reportDialog();
    QVERIFY(dialog);
    const QString folder = m_dir.filePath(QStringLiteral("out"));
    QVERIFY(QDir().mkpath(folder));
    dialog->setFolder(folder);
    dialog->setBaseName(QStringLiteral("review"));
    dialog->setFormats(true, true, true, true);
    dialog->setScope(ReportDialog::Scope::ExposedOnly);
    QSignalSpy finished(dialog, &ReportDialog::finished);
    QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);
    QVERIFY(finished.wait(60000));
    QVERIFY2(finished.first().first().toBool(), qPrintable(dialog->statusText()));
    const QStringList expected{QStringLiteral("review.pdf"), QStringLiteral("review.html"),
                               QStringLiteral("review.csv"), QStringLiteral("review.json")};
    for (const QString &name : expected)
        QVERIFY2(QFile::exists(QDir(folder).filePath(name)), qPrintable(name));
    QCOMPARE(dialog->writtenFiles().size(), 4);
    // Exposed only: the JSON holds exactly the exposed NSGs; the CSV one row each.
    const json doc =
        json::parse(readFile(QDir(folder).filePath(QStringLiteral("review.json"))).toStdString());
    QCOMPARE(int(doc["nsgs"].size()), exposed);
    for (const json &n : doc["nsgs"])
        QCOMPARE(QString::fromStdString(n["verdict"]), QStringLiteral("exposed"));
    QCOMPARE(int(readFile(QDir(folder).filePath(QStringLiteral("review.csv"))).count("\r\n")),
             exposed + 1);
    QCOMPARE(readFile(QDir(folder).filePath(QStringLiteral("review.pdf"))).left(5),
             QByteArray("%PDF-"));
    // The input is fingerprinted and the first report opened.
    QCOMPARE(doc["report"]["inputFiles"].size(), size_t(1));
    QCOMPARE(opener.opened.size(), 1);
    QCOMPARE(opener.opened.first().toLocalFile(),
             QDir(folder).filePath(QStringLiteral("review.pdf")));
    QVERIFY(dialog->statusText().startsWith(QLatin1String("Written:")));
    // The selection alone (one NSG): its report still says which file it came from.
    QVERIFY(window.tree()->model()->rowCount() > 0);
    const QModelIndex file = window.tree()->model()->index(0, 0);
    QModelIndex leaf = file;
    while (window.tree()->model()->rowCount(leaf) > 0)
        leaf = window.tree()->model()->index(0, 0, leaf);
    window.tree()->selectionModel()->select(
        leaf, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const AuditReport selected = window.buildReport(int(ReportDialog::Scope::Selection));
    QCOMPARE(int(selected.scan.nsgs.size()), 1);
    QCOMPARE(selected.scan.inputs.size(), 1);
    QVERIFY2(selected.scan.inputs.first().endsWith(QLatin1String("sample-export.json")),
             qPrintable(selected.scan.inputs.first()));
    QVERIFY(QDir().mkpath(QStringLiteral(NSG_SCREENSHOT_DIR)));
    QVERIFY(dialog->grab().save(QStringLiteral(NSG_SCREENSHOT_DIR "/report-dialog.png")));
}

void TestReportDialog::cancelLeavesNothing()
{
    // A big estate, so that the PDF is still being written when Cancel is pressed.
    const std::string out = syntheticExport(3, 6000, 8, 0.2);
    const QString input = m_dir.filePath(QStringLiteral("big.json"));
    QFile f(input);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(out.data(), qint64(out.size()));
    f.close();
    MainWindow window;
    window.show();
    QSignalSpy loaded(&window, &MainWindow::offlineFileLoaded);
    window.openFiles({input});
    QVERIFY(loaded.wait(30000));
    window.showReportDialog();
    ReportDialog *dialog = window.reportDialog();
    const QString folder = m_dir.filePath(QStringLiteral("cancelled"));
    QVERIFY(QDir().mkpath(folder));
    dialog->setFolder(folder);
    dialog->setBaseName(QStringLiteral("big"));
    dialog->setFormats(true, false, false, false);
    dialog->setOpenWhenDone(false);
    QSignalSpy finished(dialog, &ReportDialog::finished);
    dialog->start();
    QVERIFY(dialog->isRunning());
    QTest::qWait(300);
    dialog->cancel();
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY2(dialog->statusText().startsWith(QLatin1String("Cancelled")),
             qPrintable(dialog->statusText()));
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden).size(), 0); // no partial file
}

QTEST_MAIN(TestReportDialog)
#include "tst_reportdialog.moc"
