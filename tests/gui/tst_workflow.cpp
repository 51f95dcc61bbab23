// SPDX-License-Identifier: MIT
// The reviewer's workflow in the window: accept a finding as a risk until a date, see it apart
// in the tree, the page and the report; switch the policy; the team's file of accepted risks;
// Settings.
#include "nsgtestdata.h"

#include "report/jsonreport.h"
#include "ui/models/inventoryfilter.h"
#include "ui/models/inventorymodel.h"
#include "ui/widgets/acceptriskdialog.h"
#include "ui/widgets/mainwindow.h"
#include "ui/widgets/nsgpage.h"
#include "ui/widgets/pathview.h"
#include "ui/widgets/settingsdialog.h"
#include "ui/widgets/suppressionsdialog.h"

#include "core/audit/portpolicy.h"
#include "core/settings/translations.h"
#include "report/csvreport.h"
#include "report/htmlreport.h"
#include "report/pdfreport.h"

#include <QBuffer>
#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeView>

#include <functional>

using namespace nsg;
using namespace nsg::ui;
using json = nlohmann::json;

namespace {

const QString kSample = QStringLiteral(NSG_SOURCE_DIR "/resources/demo/sample-export.json");

// The tree's node for an NSG of the given name (first one found), as a source index.
QModelIndex nsgNamed(const InventoryModel *model, const QString &name,
                     const QModelIndex &parent = QModelIndex())
{
    for (int r = 0; r < model->rowCount(parent); ++r) {
        const QModelIndex i = model->index(r, 0, parent);
        if (i.data(InventoryModel::KindRole).toInt() == int(InventoryModel::Kind::Nsg)
            && (i.data().toString() == name
                || i.data().toString().startsWith(name + QLatin1String(" ("))))
            return i;
        const QModelIndex below = nsgNamed(model, name, i);
        if (below.isValid())
            return below;
    }
    return QModelIndex();
}

QString statusOf(const QModelIndex &i)
{
    return i.siblingAtColumn(InventoryModel::StatusColumn).data().toString();
}

} // namespace

class TestWorkflow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void acceptRiskUntilADate();
    void acceptanceLapsesWhenTheRuleChanges();
    void switchPolicy();
    void teamFileImportExport();
    void settingsDialog();
    void germanWindowAndReport();

private:
    void openSample(MainWindow &window, const QString &file = kSample);
    void select(MainWindow &window, const QString &name);
    void accept(MainWindow &window, const QString &name, const QString &reason);
    QTemporaryDir m_dir;
};

void TestWorkflow::initTestCase()
{
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("nsg-auditor-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_workflow"));
    qputenv("NSG_AUDITOR_JOURNAL", QFile::encodeName(m_dir.filePath(QStringLiteral("j.jsonl"))));
}

void TestWorkflow::init()
{
    QSettings().clear();
    qputenv("NSG_AUDITOR_SUPPRESSIONS",
            QFile::encodeName(
                m_dir.filePath(QStringLiteral("accepted-%1.json")
                                   .arg(QString::fromLatin1(QTest::currentTestFunction())))));
}

void TestWorkflow::openSample(MainWindow &window, const QString &file)
{
    QSignalSpy loaded(&window, &MainWindow::offlineFileLoaded);
    window.openFiles({file});
    QVERIFY(loaded.wait(10000));
}

void TestWorkflow::select(MainWindow &window, const QString &name)
{
    const QModelIndex source = nsgNamed(window.inventory(), name);
    QVERIFY2(source.isValid(), qPrintable(name));
    window.tree()->setCurrentIndex(window.filter()->mapFromSource(source));
    QCOMPARE(window.nsgPage()->nsgId().section(QLatin1Char('/'), -1), name);
}

void TestWorkflow::accept(MainWindow &window, const QString &name, const QString &reason)
{
    select(window, name);
    QPushButton *button = window.nsgPage()->acceptButton();
    QVERIFY(button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
    AcceptRiskDialog *dialog = window.acceptRiskDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    // Reviewer and reason are required; the expiry defaults to 90 days from today.
    dialog->reviewerEdit()->setText(QStringLiteral("alice@contoso.example"));
    QCOMPARE(dialog->expiresEdit()->date(), QDate::currentDate().addDays(90));
    QVERIFY(!dialog->acceptButton()->isEnabled());
    const QString problem = dialog->findChild<QLabel *>(QStringLiteral("acceptProblem"))->text();
    QVERIFY(problem.contains(QStringLiteral("reason"))
            || problem.contains(QStringLiteral("Grund")));
    QTest::keyClicks(dialog->reasonEdit(), reason);
    QVERIFY(dialog->acceptButton()->isEnabled());
    dialog->expiresEdit()->setDate(QDate::currentDate().addDays(30));
    QTest::mouseClick(dialog->acceptButton(), Qt::LeftButton);
}

void TestWorkflow::acceptRiskUntilADate()
{
    MainWindow window;
    window.resize(1200, 800);
    window.show();
    openSample(window);
    QCOMPARE(window.inventory()->totals().exposed, 10);
    accept(window, QStringLiteral("nsg-relay-legacy"), QStringLiteral("Legacy relay until Q1"));

    // The tree: its own status and icon, counted apart, not green.
    const InventoryModel *model = window.inventory();
    const QModelIndex relay = nsgNamed(model, QStringLiteral("nsg-relay-legacy"));
    QCOMPARE(statusOf(relay), QStringLiteral("Accepted risk"));
    QVERIFY(relay.data(InventoryModel::AcceptedRole).toBool());
    QCOMPARE(model->totals().exposed, 9);
    QCOMPARE(model->totals().accepted, 1);
    QCOMPARE(model->totals().ok, 5);
    QVERIFY(statusOf(model->index(0, 0)).contains(QStringLiteral("1 accepted")));
    // "Exposed only" leaves it out; the page says who accepted it, why and until when.
    QVERIFY(window.nsgPage()->bannerText().contains(QStringLiteral("Accepted risk.")));
    QVERIFY(window.nsgPage()->bannerText().contains(QStringLiteral("alice@contoso.example")));
    QVERIFY(window.nsgPage()->bannerText().contains(
        QDate::currentDate().addDays(30).toString(Qt::ISODate)));
    QCOMPARE(window.nsgPage()->acceptButton()->text(), QStringLiteral("Accepted ris&k…"));

    // Kept in the team's file...
    const std::optional<SuppressionSet> stored =
        SuppressionSet::load(window.suppressionsPath(), nullptr);
    QVERIFY(stored);
    QCOMPARE(stored->entries().size(), size_t(1));
    QCOMPARE(stored->entries()[0].reason, QStringLiteral("Legacy relay until Q1"));
    // ... which a new window (a rescan) reads back.
    {
        MainWindow again;
        openSample(again);
        QCOMPARE(again.inventory()->totals().accepted, 1);
    }

    // The report counts it apart.
    const AuditReport report = window.buildReport(0);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(JsonReport().write(report, &buffer));
    const json doc = json::parse(buffer.data().toStdString());
    QVERIFY(doc["summary"]["suppressed"] == 1);
    QVERIFY(doc["summary"]["exposed"] == 9);
    QVERIFY(doc["report"]["suppressionsFile"] == window.suppressionsPath().toStdString());

    // Past the date it is exposed again, and says why.
    window.inventory()->setSuppressions(*stored, QDate::currentDate().addDays(31));
    QCOMPARE(model->totals().exposed, 10);
    QCOMPARE(statusOf(nsgNamed(model, QStringLiteral("nsg-relay-legacy"))),
             QStringLiteral("Exposed (acceptance lapsed)"));

    // Withdraw it from the page.
    window.inventory()->setSuppressions(*stored);
    select(window, QStringLiteral("nsg-relay-legacy"));
    window.openAcceptRisk();
    QVERIFY(window.acceptRiskDialog()->withdrawButton()->isVisible());
    QTest::mouseClick(window.acceptRiskDialog()->withdrawButton(), Qt::LeftButton);
    QCOMPARE(model->totals().accepted, 0);
    QCOMPARE(SuppressionSet::load(window.suppressionsPath(), nullptr)->entries().size(), size_t(0));
}

void TestWorkflow::acceptanceLapsesWhenTheRuleChanges()
{
    MainWindow window;
    window.show();
    openSample(window);
    accept(window, QStringLiteral("nsg-relay-legacy"), QStringLiteral("Relay"));
    QCOMPARE(window.inventory()->totals().accepted, 1);
    // The same NSG exported again after someone widened its exposing rule's priority slot.
    json nsgs = json::parse(nsg::test::readFile(kSample).toStdString());
    bool changed = false;
    for (json &n : nsgs) {
        if (n["name"] != "nsg-relay-legacy")
            continue;
        for (json &r : n["securityRules"]) { // az's flattened shape
            if (r["name"] == "AllowRelayFromInternet") {
                r["priority"] = 250;
                changed = true;
            }
        }
    }
    QVERIFY(changed);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("later.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray::fromStdString(
        json::array({nsgs[0],
                     *std::find_if(nsgs.begin(), nsgs.end(),
                                   [](const json &n) { return n["name"] == "nsg-relay-legacy"; })})
            .dump()));
    f.close();
    openSample(window, path);
    // The first file's copy is still accepted; the new export's is exposed again, with why.
    int lapsed = 0;
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int r = 0; r < window.inventory()->rowCount(parent); ++r) {
            const QModelIndex i = window.inventory()->index(r, 0, parent);
            if (i.data().toString().startsWith(QLatin1String("nsg-relay-legacy"))
                && statusOf(i) == QLatin1String("Exposed (acceptance lapsed)")) {
                ++lapsed;
                QVERIFY(i.data(Qt::ToolTipRole)
                            .toString()
                            .contains(QStringLiteral("Exposed again: the exposing rules changed")));
            }
            walk(i);
        }
    };
    walk(QModelIndex());
    QCOMPARE(lapsed, 1);
    QCOMPARE(window.inventory()->totals().accepted, 1);
}

void TestWorkflow::switchPolicy()
{
    MainWindow window;
    window.show();
    openSample(window);
    accept(window, QStringLiteral("nsg-relay-legacy"), QStringLiteral("Relay"));
    QComboBox *policy = window.policyCombo();
    QVERIFY(policy->isVisible());
    QCOMPARE(policy->currentData().toString(), QStringLiteral("smtp"));
    const int ssh = policy->findData(QStringLiteral("ssh"));
    QVERIFY(ssh > 0);
    policy->setCurrentIndex(ssh);
    Q_EMIT policy->activated(ssh);
    QCOMPARE(window.inventory()->evaluationOptions().policy.id, QStringLiteral("ssh"));
    // Evaluated again in place: three NSGs let TCP/22 in; the SMTP acceptance does not count.
    QCOMPARE(window.inventory()->totals().exposed, 3);
    QCOMPARE(window.inventory()->totals().accepted, 0);
    select(window, QStringLiteral("nsg-app"));
    QVERIFY(window.nsgPage()->bannerText().contains(QStringLiteral("TCP/22")));
    QCOMPARE(AppSettings::load().policy, QStringLiteral("ssh")); // remembered
    QVERIFY(window.buildReport(0).scan.options.policy.id == QLatin1String("ssh"));
    // Back to SMTP: the acceptance holds again.
    const int smtp = policy->findData(QStringLiteral("smtp"));
    policy->setCurrentIndex(smtp);
    Q_EMIT policy->activated(smtp);
    QCOMPARE(window.inventory()->totals().exposed, 9);
    QCOMPARE(window.inventory()->totals().accepted, 1);
}

void TestWorkflow::teamFileImportExport()
{
    MainWindow window;
    window.show();
    openSample(window);
    accept(window, QStringLiteral("nsg-relay-legacy"), QStringLiteral("Relay"));
    accept(window, QStringLiteral("nsg-forgotten"), QStringLiteral("Being deleted"));
    QCOMPARE(window.inventory()->totals().accepted, 2);

    window.showSuppressions();
    SuppressionsDialog *dialog = window.suppressionsDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->table()->rowCount(), 2);
    QCOMPARE(dialog->table()->item(0, 5)->text(), QStringLiteral("In force"));
    const QString exported = m_dir.filePath(QStringLiteral("team-export.json"));
    QString error;
    QVERIFY2(dialog->exportFile(exported, &error), qPrintable(error));
    // Remove both, keep: everything is exposed again.
    dialog->table()->selectAll();
    dialog->removeSelected();
    QCOMPARE(dialog->table()->rowCount(), 0);
    dialog->accept();
    QCOMPARE(window.inventory()->totals().accepted, 0);
    QCOMPARE(window.inventory()->totals().exposed, 10);
    // Import the team's file: both back.
    window.showSuppressions();
    QVERIFY(window.suppressionsDialog()->importFile(exported, &error));
    QCOMPARE(window.suppressionsDialog()->table()->rowCount(), 2);
    window.suppressionsDialog()->accept();
    QCOMPARE(window.inventory()->totals().accepted, 2);
    // A file that is not ours is refused with the reason.
    const QString foreign = m_dir.filePath(QStringLiteral("foreign.json"));
    QFile f(foreign);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("[1, 2]");
    f.close();
    window.showSuppressions();
    QVERIFY(!window.suppressionsDialog()->importFile(foreign, &error));
    QVERIFY(error.contains(QStringLiteral("not an NSG Auditor suppressions file")));
    window.suppressionsDialog()->reject();
}

void TestWorkflow::settingsDialog()
{
    MainWindow window;
    window.show();
    openSample(window);
    window.showSettings();
    SettingsDialog *dialog = window.settingsDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->settings().policy, QStringLiteral("smtp"));
    // A bad api-version keeps the dialog open with the reason.
    dialog->findChild<QLineEdit *>(QStringLiteral("apiNetworkEdit"))
        ->setText(QStringLiteral("latest"));
    dialog->accept();
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("settingsProblem"))
                ->text()
                .contains(QStringLiteral("api-version")));
    dialog->findChild<QLineEdit *>(QStringLiteral("apiNetworkEdit"))->clear();
    // A breadth limit of 16 addresses and the SSH policy: the tree follows at once.
    dialog->findChild<QSpinBox *>(QStringLiteral("breadthSpin"))->setValue(16);
    QComboBox *policy = dialog->findChild<QComboBox *>(QStringLiteral("policyCombo"));
    policy->setCurrentIndex(policy->findData(QStringLiteral("ssh")));
    dialog->findChild<QComboBox *>(QStringLiteral("paperCombo"))->setCurrentIndex(2);
    dialog->accept();
    QVERIFY(!dialog->isVisible());
    QCOMPARE(window.inventory()->evaluationOptions().policy.id, QStringLiteral("ssh"));
    QCOMPARE(window.inventory()->evaluationOptions().limit.maxPublicIpv4, quint64(16));
    QCOMPARE(window.policyCombo()->currentData().toString(), QStringLiteral("ssh"));
    const AppSettings saved = AppSettings::load();
    QCOMPARE(saved.policy, QStringLiteral("ssh"));
    QCOMPARE(saved.limit.maxPublicIpv4, quint64(16));
    QCOMPARE(saved.paperSize, QStringLiteral("Letter"));
    // A new window starts from them.
    MainWindow again;
    QCOMPARE(again.inventory()->evaluationOptions().policy.id, QStringLiteral("ssh"));
    QCOMPARE(again.policyCombo()->currentData().toString(), QStringLiteral("ssh"));
}

void TestWorkflow::germanWindowAndReport()
{
    // The reviewer's desktop speaks German: menus, statuses, the accepted risk and the report.
    QCOMPARE(installTranslations(QStringLiteral("de")), QStringLiteral("de"));
    {
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QStringList menus;
        for (QAction *a : window.menuBar()->actions())
            menus.append(a->text());
        QCOMPARE(menus,
                 (QStringList{QStringLiteral("&Datei"), QStringLiteral("A&zure"),
                              QStringLiteral("&Bearbeiten"), QStringLiteral("&Verlauf"),
                              QStringLiteral("&Ansicht"), QStringLiteral("&Hilfe")}));
        openSample(window);
        accept(window, QStringLiteral("nsg-relay-legacy"), QStringLiteral("Altes Relay bis Q1"));
        QCOMPARE(statusOf(nsgNamed(window.inventory(), QStringLiteral("nsg-relay-legacy"))),
                 QStringLiteral("Akzeptiertes Risiko"));
        QCOMPARE(statusOf(nsgNamed(window.inventory(), QStringLiteral("nsg-forgotten"))),
                 QStringLiteral("Exponiert"));
        QVERIFY(window.nsgPage()->bannerText().contains(QStringLiteral("Akzeptiertes Risiko bis")));
        // Switch to SSH and accept one of its findings too: every report shows the policy and
        // the accepted risk.
        const int ssh = window.policyCombo()->findData(QStringLiteral("ssh"));
        window.policyCombo()->setCurrentIndex(ssh);
        Q_EMIT window.policyCombo()->activated(ssh);
        accept(window, QStringLiteral("nsg-forgotten"), QStringLiteral("Wird bald entfernt"));
        QCOMPARE(window.inventory()->totals().accepted, 1);
        QCOMPARE(window.inventory()->totals().exposed, 2);
        window.grab().save(QStringLiteral(NSG_SCREENSHOT_DIR "/main-window-de.png"));
        const AuditReport report = window.buildReport(0);
        QTemporaryDir dir;
        auto write = [&](auto writer, const QString &name) {
            QFile f(dir.filePath(name));
            if (!f.open(QIODevice::WriteOnly) || !writer.write(report, &f))
                qFatal("cannot write %s", qPrintable(name));
            f.close();
            QFile in(dir.filePath(name));
            in.open(QIODevice::ReadOnly);
            return QString::fromUtf8(in.readAll());
        };
        const json doc = json::parse(write(JsonReport(), QStringLiteral("r.json")).toStdString());
        QVERIFY(doc["policy"]["id"] == "ssh");
        QVERIFY(doc["summary"]["suppressed"] == 1);
        QVERIFY(doc["summary"]["exposed"] == 2);
        const QString csv = write(CsvReport(), QStringLiteral("r.csv"));
        QVERIFY(csv.contains(QStringLiteral(",accepted-risk,")));
        QVERIFY(csv.contains(QStringLiteral("Wird bald entfernt")));
        const QString html = write(HtmlReport(), QStringLiteral("r.html"));
        QVERIFY(html.contains(QStringLiteral("Zusammenfassung")));
        QVERIFY(html.contains(QStringLiteral("SSH (TCP/22)")));
        QVERIFY(html.contains(QStringLiteral("Akzeptierte Risiken (1)")));
        write(PdfReport(), QStringLiteral("r.pdf"));
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"),
                        {QStringLiteral("-layout"), dir.filePath(QStringLiteral("r.pdf")),
                         QStringLiteral("-")});
        QVERIFY(pdftotext.waitForFinished(30000));
        const QString pdf = QString::fromUtf8(pdftotext.readAllStandardOutput());
        QVERIFY2(pdf.contains(QStringLiteral("SSH (TCP/22)")), qPrintable(pdf.left(400)));
        QVERIFY(pdf.contains(QStringLiteral("Akzeptierte Risiken (1)")));
        QVERIFY(pdf.contains(QStringLiteral("Wird bald entfernt")));
    }
    {
        // The paths from the Internet in German: the Paths tab's hops, the picture's words and
        // the description a screen reader reads.
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        // (The policy above was SSH; the estate's paths are to TCP/25.)
        window.setPolicy(*PortPolicy::fromName(QStringLiteral("smtp")));
        window.openFiles({QStringLiteral(NSG_TEST_DATA_DIR "/reachability/estate.json"),
                          QStringLiteral(NSG_TEST_DATA_DIR "/reachability/admin-rules.json")});
        QTRY_VERIFY(window.inventory()->offlinePathsFollowed());
        select(window, QStringLiteral("nsg-lb"));
        window.nsgPage()->tabs()->setCurrentIndex(NsgPage::PathsTab);
        QVERIFY(window.nsgPage()->pathsTable()->rowCount() > 0);
        window.nsgPage()->pathsTable()->setCurrentCell(0, 0);
        const PathView *view = window.nsgPage()->pathView();
        QVERIFY(!view->hops().empty());
        QCOMPARE(view->hops().front().title, QStringLiteral("Internet"));
        QVERIFY2(view->description().startsWith(QStringLiteral("Pfad aus dem Internet")),
                 qPrintable(view->description()));
        QVERIFY2(
            view->description().contains(QStringLiteral("entscheidet: lässt das Internet durch")),
            qPrintable(view->description()));
        QVERIFY(window.nsgPage()->pathsTable()->item(0, 0)->text() == QStringLiteral("offen"));
        QTest::qWait(50);
        // The tree's statuses have room beside the names (its columns fitted again after the
        // files reset the model).
        QVERIFY2(window.tree()->header()->sectionSize(InventoryModel::StatusColumn) >= 180,
                 qPrintable(QString::number(
                     window.tree()->header()->sectionSize(InventoryModel::StatusColumn))));
        window.grab().save(QStringLiteral(NSG_SCREENSHOT_DIR "/path-tab-de.png"));
    }
    for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>())
        QCoreApplication::removeTranslator(t);
    QLocale::setDefault(QLocale::c());
}

QTEST_MAIN(TestWorkflow)
#include "tst_workflow.moc"
