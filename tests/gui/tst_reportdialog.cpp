// SPDX-License-Identifier: MIT
// File → Export report… in the window, offscreen: the four formats for a scope, the files
// opened when done, and Cancel leaving nothing half-written.
#include "nsgtestdata.h"

#include "ui/models/inventoryfilter.h"
#include "ui/models/inventorymodel.h"
#include "ui/widgets/mainwindow.h"
#include "ui/widgets/reportdialog.h"

#include "core/audit/suppression.h"
#include "report/reportdocument.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QLineEdit>
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
    void defaultFolderExists();
    void missingFolderIsCreated();
    void demoCoverNamesNoTemporaryPath();

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
    // The buttons that leave, by their text: one while it writes (Cancel), then Close.
    const auto visibleButtons = [dialog] {
        QStringList texts;
        for (QPushButton *b : dialog->findChildren<QPushButton *>()) {
            if (b->isVisibleTo(dialog) && b->isEnabled())
                texts << b->text().remove(QLatin1Char('&'));
        }
        texts.sort();
        return texts;
    };
    QVERIFY2(visibleButtons().contains(QLatin1String("Close")),
             qPrintable(visibleButtons().join(QLatin1Char(','))));
    QVERIFY2(!visibleButtons().contains(QLatin1String("Cancel")),
             qPrintable(visibleButtons().join(QLatin1Char(','))));
    dialog->start();
    QVERIFY(dialog->isRunning());
    QCOMPARE(visibleButtons(), QStringList{QStringLiteral("Cancel")});
    QTest::qWait(300);
    dialog->cancel();
    QVERIFY(finished.wait(60000));
    QVERIFY2(visibleButtons().contains(QLatin1String("Close")),
             qPrintable(visibleButtons().join(QLatin1Char(','))));
    QVERIFY(!visibleButtons().contains(QLatin1String("Cancel")));
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY2(dialog->statusText().startsWith(QLatin1String("Cancelled")),
             qPrintable(dialog->statusText()));
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden).size(), 0); // no partial file
}

namespace {

QLineEdit *folderEdit(ReportDialog *dialog)
{
    for (QLineEdit *edit : dialog->findChildren<QLineEdit *>())
        if (edit->accessibleName() == QLatin1String("Folder"))
            return edit;
    return nullptr;
}

} // namespace

void TestReportDialog::defaultFolderExists()
{
    // Issue 16, point 12: the dialog proposed ~/Documents where there is none. A home without
    // Documents: the home folder is proposed, and Export is ready.
    QTemporaryDir home;
    const QByteArray oldHome = qgetenv("HOME");
    const QByteArray oldXdg = qgetenv("XDG_CONFIG_HOME");
    qputenv("HOME", QFile::encodeName(home.path()));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(QStringLiteral(".config"))));
    const auto restore = qScopeGuard([&] {
        qputenv("HOME", oldHome);
        if (oldXdg.isNull())
            qunsetenv("XDG_CONFIG_HOME");
        else
            qputenv("XDG_CONFIG_HOME", oldXdg);
    });
    {
        ReportDialog dialog([](ReportDialog::Scope) { return AuditReport(); }, false);
        QLineEdit *folder = folderEdit(&dialog);
        QVERIFY(folder);
        QVERIFY2(QFileInfo(QDir::fromNativeSeparators(folder->text())).isDir(),
                 qPrintable(folder->text()));
        QCOMPARE(QDir(QDir::fromNativeSeparators(folder->text())).canonicalPath(),
                 QDir(home.path()).canonicalPath());
        QVERIFY(dialog.exportButton()->isEnabled());
    }
    // With a Documents folder, that one.
    QVERIFY(QDir(home.path()).mkpath(QStringLiteral("Documents")));
    ReportDialog dialog([](ReportDialog::Scope) { return AuditReport(); }, false);
    QCOMPARE(QDir(QDir::fromNativeSeparators(folderEdit(&dialog)->text())).canonicalPath(),
             QDir(home.filePath(QStringLiteral("Documents"))).canonicalPath());
}

void TestReportDialog::missingFolderIsCreated()
{
    // Issue 16, point 12: a folder that does not exist disabled Export with no way on. It is
    // created (the dialog says so), and a folder that cannot be created fails out loud.
    MainWindow window;
    window.show();
    QSignalSpy loaded(&window, &MainWindow::offlineFileLoaded);
    window.openFiles({QStringLiteral(NSG_SOURCE_DIR "/resources/demo/sample-export.json")});
    QVERIFY(loaded.wait(10000));
    window.showReportDialog();
    ReportDialog *dialog = window.reportDialog();
    QVERIFY(dialog);
    const QString folder = m_dir.filePath(QStringLiteral("new/reports"));
    QVERIFY(!QFileInfo::exists(folder));
    dialog->setFolder(folder);
    dialog->setBaseName(QStringLiteral("created"));
    dialog->setFormats(false, false, true, true);
    dialog->setOpenWhenDone(false);
    QVERIFY2(dialog->statusText().contains(QLatin1String("does not exist")),
             qPrintable(dialog->statusText()));
    QVERIFY(dialog->exportButton()->isEnabled());
    QSignalSpy finished(dialog, &ReportDialog::finished);
    QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);
    QVERIFY(finished.count() == 1 || finished.wait(60000));
    QVERIFY2(finished.first().first().toBool(), qPrintable(dialog->statusText()));
    QVERIFY(QFile::exists(QDir(folder).filePath(QStringLiteral("created.csv"))));
    QVERIFY(QFile::exists(QDir(folder).filePath(QStringLiteral("created.json"))));
    QVERIFY2(dialog->statusText().contains(
                 QStringLiteral("Created the folder %1").arg(QDir::toNativeSeparators(folder))),
             qPrintable(dialog->statusText()));

    // Under a file: it cannot be created, and the dialog says so.
    const QString file = m_dir.filePath(QStringLiteral("plain-file"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    dialog->setFolder(file + QStringLiteral("/reports"));
    finished.clear();
    QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);
    QVERIFY(finished.count() == 1 || finished.wait(10000));
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY2(dialog->statusText().contains(QLatin1String("cannot create the folder")),
             qPrintable(dialog->statusText()));
}

void TestReportDialog::demoCoverNamesNoTemporaryPath()
{
    // Issue 16, point 10e: the demo keeps its accepted risks in a temporary folder; the report's
    // cover printed that path. It names the demo tenant's accepted risks instead.
    qunsetenv("NSG_AUDITOR_SUPPRESSIONS");
    MainWindow window;
    window.show();
    QSignalSpy scanned(&window, &MainWindow::scanFinished);
    QString error;
    QVERIFY2(window.startDemo(&error), qPrintable(error));
    QVERIFY(scanned.wait(30000));
    const QString path = window.suppressionsPath();
    QVERIFY(!path.isEmpty());
    Suppression accepted;
    accepted.nsgId = QStringLiteral("/subscriptions/x/resourceGroups/rg/providers/"
                                    "Microsoft.Network/networkSecurityGroups/nsg-x");
    accepted.nsgName = QStringLiteral("nsg-x");
    accepted.policyId = QStringLiteral("smtp");
    accepted.fingerprint = QString(64, QLatin1Char('a'));
    accepted.reviewer = QStringLiteral("alice@contoso.example");
    accepted.reason = QStringLiteral("test");
    accepted.expires = QDate::currentDate().addDays(30);
    accepted.created = QDateTime::currentDateTimeUtc();
    SuppressionSet set;
    set.add(accepted);
    QVERIFY2(set.save(path, &error), qPrintable(error));
    window.setSuppressionsPath(path);
    const AuditReport report = window.buildReport(int(ReportDialog::Scope::Everything));
    QVERIFY(!report.suppressionsFile.isEmpty());
    const QString html = ReportDocument(report).html(ReportDocument::Target::Browser);
    QVERIFY2(!html.contains(QFileInfo(path).absolutePath()),
             qPrintable(QFileInfo(path).absolutePath()));
    QVERIFY(html.contains(QLatin1String("demo tenant")));
}

QTEST_MAIN(TestReportDialog)
#include "tst_reportdialog.moc"
