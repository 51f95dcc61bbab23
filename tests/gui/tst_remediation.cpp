// SPDX-License-Identifier: MIT
// Remediation in the window, offscreen, against the sandbox in this process: Edit mode and the
// permission check, the restrict-source dialog re-evaluating as you type, Apply turning the tree
// green, History and Revert, the wizard's four fixes, "Fix all similar" stopping at the first
// failure, and the MFA challenge; every write ends on a named button after the verdict after
// (the wizard's "Apply change", History's "Revert and expose …"), and "Fix all similar" leaves out
// the rules the one fix does not fit. Screenshots land in the build directory.
#include "sandboxfixture.h"

#include "azure/changejournal.h"
#include "core/audit/pathhops.h"
#include "core/remediation/nsgdocument.h"
#include "sandbox/sandboxserver.h"
#include "ui/models/inventoryfilter.h"
#include "ui/models/inventorymodel.h"
#include "ui/widgets/historywindow.h"
#include "ui/widgets/mainwindow.h"
#include "ui/widgets/nsgpage.h"
#include "ui/widgets/remediationwizard.h"
#include "ui/widgets/restrictsourcedialog.h"
#include "ui/widgets/shipitview.h"
#include "ui/widgets/signindialog.h"
#include "ui/widgets/sourceeditor.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>

#include <functional>

using namespace nsg;
using namespace nsg::ui;
using nsg::azure::EditOutcome;
using nsg::test::SandboxFixture;
using json = nlohmann::json;

namespace {

const QString kProduction = QStringLiteral("1b4f6c2a-7e3d-4a59-b8c1-0d2e4f6a8b10");

QString nsgId(const QString &subscription, const char *group, const char *name)
{
    return QStringLiteral("/subscriptions/%1/resourceGroups/%2/providers/Microsoft.Network/"
                          "networkSecurityGroups/%3")
        .arg(subscription, QLatin1String(group), QLatin1String(name));
}

const QString kMx =
    nsgId(QLatin1String(SandboxFixture::kMailSubscription), "rg-mail-prod", "nsg-mx-inbound");

const QString kDevTest = QStringLiteral("3d6b8e4c-9a5f-4c7b-d0e3-2f4a6b8c0d32");

// The requests that change something (PUT, DELETE) the sandbox has answered.
int writesTo(SandboxFixture &sandbox)
{
    int n = 0;
    const json log = sandbox.requests();
    for (const json &r : log)
        n += r["method"] == "PUT" || r["method"] == "DELETE";
    return n;
}

int journaled(const QString &path)
{
    azure::ChangeJournal journal(path);
    return journal.load() ? int(journal.changes().size()) : -1;
}

// A rule as the sandbox holds it now.
json sandboxRule(SandboxFixture &sandbox, const QString &nsg, const QString &rule)
{
    const std::optional<sandbox::SandboxWorld::NsgEntry> e = sandbox.server().world().nsgEntry(nsg);
    if (!e)
        return json();
    return NsgDocument::fromJson(json::parse(sandbox.server().world().nsgJson(*e).dump()))
        .findRule(rule)
        .toJson();
}

Verdict verdictOf(const MainWindow &window, const QString &id)
{
    const NsgResult *r = window.inventory()->nsgAt(window.inventory()->indexOfNsg(id));
    return r ? r->finding.verdict : Verdict::Unknown;
}

// A window signed in through its dialog (as `account`), the scan finished.
struct Session
{
    explicit Session(const QString &account = QStringLiteral("reviewer@contoso.com"),
                     const QString &faults = QString())
    {
        if (!faults.isEmpty())
            sandbox.setFaults(faults);
        window.setJournalPath(journalDir.filePath(QStringLiteral("journal.jsonl")));
        window.setSandbox(sandbox.baseUrl());
        window.setMinimumPollInterval(50);
        window.resize(1400, 860);
        window.show();
        QSignalSpy finished(&window, &MainWindow::scanFinished);
        window.showSignIn();
        SignInDialog *dialog = window.signInDialog();
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("signInButton")),
                          Qt::LeftButton);
        if (!QTest::qWaitFor([dialog] { return !dialog->userCode().isEmpty(); }, 10000))
            return;
        approve(dialog->userCode(), account);
        ok = !finished.isEmpty() || finished.wait(30000);
    }

    void approve(const QString &code, const QString &account)
    {
        sandbox.control().postJson(
            QStringLiteral("/sandbox/approve"),
            {{"user_code", code.toStdString()}, {"account", account.toStdString()}});
    }

    // Selects an NSG in the tree and waits, in edit mode, for the permission check.
    bool select(const QString &id)
    {
        QSignalSpy known(&window, &MainWindow::permissionKnown);
        window.selectNsg(id);
        if (window.nsgPage()->nsgId() != id)
            return false;
        return !window.editModeAction()->isChecked() || window.nsgPage()->fixButton()->isEnabled()
            || known.wait(10000)
            || !window.nsgPage()->editNote()->text().startsWith(QLatin1String("Checking"));
    }

    EditOutcome waitForEdit()
    {
        QSignalSpy done(&window, &MainWindow::editFinished);
        if (!done.wait(30000))
            return {};
        return done.first().first().value<EditOutcome>();
    }

    QTemporaryDir journalDir;
    SandboxFixture sandbox;
    MainWindow window;
    bool ok = false;
};

} // namespace

class TestRemediation final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void editModeAndPermissions();
    void restrictTypeApplyHistoryRevert();
    void wizardFourFixes_data();
    void wizardFourFixes();
    void fixAllSimilarStopsAtFirstFailure();
    void fixAllSimilarLeavesRulesItDoesNotFit();
    void fixAllSimilarInternetFacingOnly();
    void revertThatExposesAsksFirst();
    void mfaChallengeInTheWindow();
    void demoEndToEnd();
    void shipItAsTheOwnerWritesIt();

private:
    void screenshot(QWidget *widget, const QString &name);
    QDir m_shots;
    QTemporaryDir m_settings;
};

void TestRemediation::initTestCase()
{
    m_shots = QDir(QStringLiteral(NSG_SCREENSHOT_DIR));
    QVERIFY(m_shots.mkpath(QStringLiteral(".")));
    QVERIFY(m_settings.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
    QCoreApplication::setOrganizationName(QStringLiteral("nsg-auditor-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_remediation"));
}

void TestRemediation::screenshot(QWidget *widget, const QString &name)
{
    QTest::qWait(100);
    QVERIFY(widget->grab().save(m_shots.filePath(name + QLatin1String(".png"))));
}

void TestRemediation::editModeAndPermissions()
{
    // A reader: the Fix buttons show in edit mode, disabled, with the reason.
    Session s(QStringLiteral("auditor@contoso.com"));
    QVERIFY(s.ok);
    NsgPage *page = s.window.nsgPage();
    QVERIFY(s.select(kMx));
    QVERIFY(!page->fixButton()->isVisible()); // read-only by default
    QVERIFY(!s.window.fixAllAction()->isEnabled());
    QSignalSpy known(&s.window, &MainWindow::permissionKnown);
    s.window.editModeAction()->trigger();
    QVERIFY(known.wait(10000));
    QVERIFY(page->fixButton()->isVisible());
    QVERIFY(!page->fixButton()->isEnabled());
    QVERIFY(!page->restrictButton()->isEnabled());
    QVERIFY2(page->editNote()->text().contains(QLatin1String("securityRules/write")),
             qPrintable(page->editNote()->text()));
    QVERIFY(page->fixButton()->toolTip().contains(QLatin1String("securityRules/write")));
    // An NSG that is not exposed offers no fix at all.
    QVERIFY(s.select(nsgId(kProduction, "rg-app-prod", "nsg-app")));
    QVERIFY(!page->fixButton()->isVisible());
    // Edit mode off again: nothing to click.
    s.window.editModeAction()->trigger();
    QVERIFY(s.select(kMx));
    QVERIFY(!page->fixButton()->isVisible());
}

void TestRemediation::restrictTypeApplyHistoryRevert()
{
    Session s;
    QVERIFY(s.ok);
    QCOMPARE(verdictOf(s.window, kMx), Verdict::Exposed);
    s.window.editModeAction()->trigger();
    QVERIFY(s.select(kMx));
    NsgPage *page = s.window.nsgPage();
    QTRY_VERIFY_WITH_TIMEOUT(page->restrictButton()->isEnabled(), 10000);
    QTest::mouseClick(page->restrictButton(), Qt::LeftButton);
    RestrictSourceDialog *dialog = s.window.restrictDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QVERIFY(dialog->bannerText().contains(QLatin1String("Enter the addresses")));
    QVERIFY(!dialog->applyButton()->isEnabled());

    // Typing an any-like entry: refused, still exposed, nothing to apply.
    QPlainTextEdit *source = dialog->sourceEdit();
    source->setFocus();
    QTest::keyClicks(source, QStringLiteral("Internet"));
    QCOMPARE(dialog->validation()->count(), 1);
    QVERIFY(dialog->validation()->item(0)->text().contains(QLatin1String("refused")));
    QVERIFY(dialog->bannerText().contains(QLatin1String("Exposed")));
    QVERIFY(!dialog->applyButton()->isEnabled());
    // A /16 is too wide: the banner says the rule would still expose the port.
    source->clear();
    QTest::keyClicks(source, QStringLiteral("198.51.0.0/16"));
    QVERIFY(!dialog->applyButton()->isEnabled());
    // A /28 with host bits: normalised, and the verdict turns OK before anything is sent.
    source->clear();
    QTest::keyClicks(source, QStringLiteral("203.0.113.17/28"));
    QVERIFY(dialog->validation()->item(0)->text().contains(QLatin1String("host bits cleared")));
    QVERIFY2(dialog->bannerText().startsWith(QLatin1String("After this change: OK")),
             qPrintable(dialog->bannerText()));
    QCOMPARE(dialog->verdictAfter(), std::optional<Verdict>(Verdict::Ok));
    QVERIFY(
        dialog->azCommand().endsWith(QLatin1String("--source-address-prefixes 203.0.113.16/28")));
    QVERIFY(dialog->afterJson().contains(
        QLatin1String("\"sourceAddressPrefix\": \"203.0.113.16/28\"")));
    QVERIFY(dialog->applyButton()->isEnabled());
    int writes = 0;
    const json log = s.sandbox.requests();
    for (const json &r : log)
        writes += r["method"] == "PUT";
    QCOMPARE(writes, 0); // nothing sent while typing
    screenshot(dialog, QStringLiteral("restrict-source-dialog"));

    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    const EditOutcome out = s.waitForEdit();
    QVERIFY2(out.isVerified(), qPrintable(out.message));
    // The tree turns green once the NSG is read back.
    QTRY_COMPARE_WITH_TIMEOUT(verdictOf(s.window, kMx), Verdict::Ok, 10000);
    QVERIFY(dialog->bannerText().startsWith(QLatin1String("Applied and read back: OK")));
    QVERIFY(!dialog->applyButton()->isEnabled());
    screenshot(dialog, QStringLiteral("restrict-source-dialog-applied"));
    dialog->close();

    // History: the change, applied; Revert puts the rule back and the tree turns red again.
    s.window.showHistory();
    HistoryWindow *history = s.window.historyWindow();
    QVERIFY(history);
    QVERIFY(history->chainText().contains(QLatin1String("intact")));
    QCOMPARE(history->visibleRows(), 1);
    QVERIFY(!history->chainText().contains(QLatin1String("(s)")));
    // Times carry their zone; the tooltip has ISO 8601 in UTC.
    const QModelIndex time = history->table()->model()->index(0, 0);
    QVERIFY2(time.data().toString().endsWith(QLatin1String(" UTC")),
             qPrintable(time.data().toString()));
    QVERIFY2(time.data(Qt::ToolTipRole)
                 .toString()
                 .contains(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z"))),
             qPrintable(time.data(Qt::ToolTipRole).toString()));
    QVERIFY(history->selectChange(out.changeId));
    QVERIFY(history->details()->toPlainText().contains(QLatin1String("+ sourceAddressPrefix")));
    QVERIFY(history->revertButton()->isEnabled());
    history->filterEdit()->setText(QStringLiteral("nsg-mail-dmz"));
    QCOMPARE(history->visibleRows(), 0);
    history->filterEdit()->setText(QStringLiteral("nsg-mx"));
    QCOMPARE(history->visibleRows(), 1);
    QVERIFY(history->selectChange(out.changeId));
    screenshot(history, QStringLiteral("history-window"));
    QTest::mouseClick(history->revertButton(), Qt::LeftButton);
    QTRY_VERIFY(history->confirmation());
    QTest::mouseClick(
        history->confirmation()->findChild<QPushButton *>(QStringLiteral("confirmRevertButton")),
        Qt::LeftButton);
    const EditOutcome back = s.waitForEdit();
    QVERIFY2(back.isVerified(), qPrintable(back.message));
    QTRY_COMPARE_WITH_TIMEOUT(verdictOf(s.window, kMx), Verdict::Exposed, 10000);
    history->filterEdit()->clear();
    QTRY_COMPARE(history->visibleRows(), 2);
    azure::ChangeJournal journal(s.window.journalPath());
    QVERIFY(journal.load());
    QCOMPARE(journal.change(out.changeId)->status, azure::JournalChange::Status::Reverted);
    QVERIFY(journal.isIntact());
    QString error;
    const QString exported = s.journalDir.filePath(QStringLiteral("export.json"));
    QVERIFY(history->exportTo(exported, &error));
    QFile f(exported);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const json doc = json::parse(f.readAll().toStdString());
    QCOMPARE(doc["changes"].size(), size_t(2));
    QVERIFY(doc["intact"] == json(true));
}

// The "Ship it as…" area in the restrict dialog and the wizard: every format, and who manages the
// NSG — a deployment declares nsg-legacy-smtp, so Bicep comes first with the warning; nothing
// manages nsg-mx-inbound, so az stays first. Nothing is sent.
void TestRemediation::shipItAsTheOwnerWritesIt()
{
    Session s;
    QVERIFY(s.ok);
    s.window.editModeAction()->trigger();
    const QString legacy = nsgId(kProduction, "rg-app-prod", "nsg-legacy-smtp");
    QVERIFY(s.select(legacy));
    NsgPage *page = s.window.nsgPage();
    QTRY_VERIFY_WITH_TIMEOUT(page->restrictButton()->isEnabled(), 10000);
    QTest::mouseClick(page->restrictButton(), Qt::LeftButton);
    RestrictSourceDialog *dialog = s.window.restrictDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    ShipItView *ship = dialog->shipItView();
    QTRY_VERIFY_WITH_TIMEOUT(ship->ownershipText().contains(QLatin1String("Declared by deployment "
                                                                          "app-platform-20261120")),
                             15000);
    QVERIFY(ship->ownershipText().contains(QLatin1String("change the template")));
    QCOMPARE(ship->firstFormat(), ShipFormat::Bicep);
    QCOMPARE(ship->tabs()->currentIndex(), 0);
    // Said above the form too, before Apply.
    auto *note = dialog->findChild<QLabel *>(QStringLiteral("ownerNote"));
    QVERIFY(note && note->isVisible());
    QVERIFY(note->text().contains(QLatin1String("an API fix will be reverted")));
    QTest::keyClicks(dialog->sourceEdit(), QStringLiteral("203.0.113.16/28"));
    QTRY_VERIFY(!ship->code(ShipFormat::Bicep).isEmpty());
    for (ShipFormat f : shipfix::formats())
        QVERIFY2(ship->code(f).contains(QLatin1String("203.0.113.16/28")),
                 qPrintable(shipfix::key(f) + QLatin1String(": ") + ship->code(f)));
    QVERIFY(ship->code(ShipFormat::Bicep)
                .contains(QLatin1String(
                    "resource rule 'Microsoft.Network/networkSecurityGroups/securityRules@")));
    // The ARM request goes to the sandbox's Resource Manager, as the tool's own write does.
    QVERIFY2(ship->code(ShipFormat::Arm).startsWith(QLatin1String("PUT ") + s.sandbox.baseUrl()),
             qPrintable(ship->code(ShipFormat::Arm)));
    QVERIFY(ship->code(ShipFormat::Terraform).contains(QLatin1String("import {")));
    auto *tabs = dialog->findChild<QTabWidget *>(QStringLiteral("preview"));
    tabs->setCurrentWidget(ship);
    screenshot(dialog, QStringLiteral("ship-it-as-owned"));
    // Copy takes the tab's code.
    QTest::mouseClick(ship->findChild<QPushButton *>(QStringLiteral("copyCommandButton")),
                      Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), ship->code(ShipFormat::Bicep));
    // Apply on an NSG a template owns asks first; Cancel (the default) sends nothing.
    QString asked;
    QTimer::singleShot(200, [&asked] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            asked = box->text();
            box->reject();
        }
    });
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    QTRY_VERIFY(!asked.isEmpty());
    QVERIFY2(asked.contains(QLatin1String("A template or an IaC tool manages this NSG")),
             qPrintable(asked));
    QTest::qWait(300);
    QCOMPARE(writesTo(s.sandbox), 0);
    QVERIFY(dialog->applyButton()->isEnabled());
    dialog->close();

    QVERIFY(s.select(kMx));
    QTRY_VERIFY_WITH_TIMEOUT(page->restrictButton()->isEnabled(), 10000);
    QTest::mouseClick(page->restrictButton(), Qt::LeftButton);
    dialog = s.window.restrictDialog();
    QVERIFY(dialog);
    ship = dialog->shipItView();
    QTRY_VERIFY_WITH_TIMEOUT(
        ship->ownershipText().contains(QLatin1String("No sign that a template manages")), 15000);
    QCOMPARE(ship->firstFormat(), ShipFormat::Arm);
    QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("ownerNote"))->isVisible());
    QCOMPARE(ship->tabs()->currentWidget()->objectName(), QStringLiteral("azCommand"));
    dialog->close();

    // The wizard on the tagged NSG: its review shows the warning, the tab leads with Terraform.
    const QString relay = nsgId(kProduction, "rg-web-prod", "nsg-web-mailrelay");
    QVERIFY(s.select(relay));
    QTRY_VERIFY_WITH_TIMEOUT(page->fixButton()->isEnabled(), 10000);
    QTest::mouseClick(page->fixButton(), Qt::LeftButton);
    RemediationWizard *wizard = s.window.wizard();
    QVERIFY(wizard);
    wizard->next();
    wizard->chooseFix(RuleFix::Kind::MakeDeny);
    wizard->next();
    QCOMPARE(wizard->currentId(), int(RemediationWizard::ReviewPage));
    QTRY_VERIFY_WITH_TIMEOUT(
        wizard->reviewText().contains(QLatin1String("Who manages it: Tagged managed-by=terraform")),
        15000);
    QCOMPARE(wizard->shipForCombo()->count(), 1);
    QCOMPARE(wizard->shipItView()->firstFormat(), ShipFormat::Terraform);
    QVERIFY(wizard->shipItView()->code(ShipFormat::Terraform).contains(QLatin1String("\"Deny\"")));
    auto *reviewTabs = wizard->findChild<QTabWidget *>(QStringLiteral("reviewTabs"));
    reviewTabs->setCurrentIndex(1);
    screenshot(wizard, QStringLiteral("ship-it-as-wizard"));
    QCOMPARE(writesTo(s.sandbox), 0);
    wizard->close();
}

void TestRemediation::wizardFourFixes_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("nsg");
    QTest::newRow("restrict") << int(RuleFix::Kind::RestrictSource) << kMx;
    QTest::newRow("deny") << int(RuleFix::Kind::MakeDeny)
                          << nsgId(QLatin1String(SandboxFixture::kMailSubscription), "rg-mail-prod",
                                   "nsg-mail-dmz");
    QTest::newRow("delete") << int(RuleFix::Kind::Delete)
                            << nsgId(kProduction, "rg-web-prod", "nsg-web-mailrelay");
    QTest::newRow("deny above") << int(RuleFix::Kind::DenyAbove)
                                << nsgId(kProduction, "rg-app-prod", "nsg-legacy-smtp");
}

void TestRemediation::wizardFourFixes()
{
    QFETCH(int, kind);
    QFETCH(QString, nsg);
    Session s;
    QVERIFY(s.ok);
    s.window.editModeAction()->trigger();
    QVERIFY(s.select(nsg));
    QTRY_VERIFY_WITH_TIMEOUT(s.window.nsgPage()->fixButton()->isEnabled(), 10000);
    QTest::mouseClick(s.window.nsgPage()->fixButton(), Qt::LeftButton);
    RemediationWizard *wizard = s.window.wizard();
    QVERIFY(wizard);
    QCOMPARE(wizard->currentId(), int(RemediationWizard::ExplainPage));
    if (kind == int(RuleFix::Kind::DenyAbove))
        screenshot(wizard, QStringLiteral("wizard-explain"));
    wizard->next();
    QCOMPARE(wizard->currentId(), int(RemediationWizard::ChoosePage));
    wizard->chooseFix(RuleFix::Kind(kind));
    if (kind == int(RuleFix::Kind::DenyAbove))
        screenshot(wizard, QStringLiteral("wizard-choose"));
    wizard->next();
    if (kind == int(RuleFix::Kind::RestrictSource)) {
        QCOMPARE(wizard->currentId(), int(RemediationWizard::RangesPage));
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        QTest::keyClicks(wizard->sourceEditor()->textEdit(), QStringLiteral("0.0.0.0/0"));
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        wizard->sourceEditor()->textEdit()->clear();
        QTest::keyClicks(wizard->sourceEditor()->textEdit(),
                         QStringLiteral("203.0.113.16/28, 2001:db8:1::/64"));
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        wizard->next();
    }
    QCOMPARE(wizard->currentId(), int(RemediationWizard::ReviewPage));
    QVERIFY2(wizard->reviewText().contains(QLatin1String("Verdict after: OK")),
             qPrintable(wizard->reviewText()));
    QVERIFY(wizard->reviewText().contains(QLatin1String("az network nsg rule")));
    if (kind == int(RuleFix::Kind::DenyAbove))
        screenshot(wizard, QStringLiteral("wizard-review"));
    // The last word is a named button, not "Next": nothing is sent before it is clicked.
    QAbstractButton *apply = wizard->button(QWizard::NextButton);
    QCOMPARE(apply->text().remove(QLatin1Char('&')), QStringLiteral("Apply change"));
    QVERIFY(apply->isEnabled());
    // Return does not write either.
    wizard->reviewTable()->setFocus();
    QTest::keyClick(wizard->reviewTable(), Qt::Key_Return);
    QCOMPARE(wizard->currentId(), int(RemediationWizard::ReviewPage));
    QTest::qWait(300);
    QCOMPARE(writesTo(s.sandbox), 0);
    QCOMPARE(journaled(s.window.journalPath()), 0);
    QSignalSpy done(wizard, &RemediationWizard::allDone);
    QTest::mouseClick(apply, Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(RemediationWizard::ApplyPage));
    QVERIFY(done.wait(30000));
    QCOMPARE(wizard->outcomes().size(), 1);
    QVERIFY2(wizard->outcomes().first().isVerified(), qPrintable(wizard->summaryText()));
    QVERIFY(wizard->summaryText().contains(QLatin1String("applied and verified")));
    QVERIFY(wizard->summaryText().contains(wizard->outcomes().first().changeId.left(8)));
    QVERIFY(!wizard->summaryText().contains(QLatin1String("(s)")));
    QCOMPARE(writesTo(s.sandbox), 1);
    QCOMPARE(journaled(s.window.journalPath()), 1);
    QVERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(verdictOf(s.window, nsg), Verdict::Ok, 10000);
    if (kind == int(RuleFix::Kind::DenyAbove))
        screenshot(wizard, QStringLiteral("wizard-done"));
}

void TestRemediation::fixAllSimilarStopsAtFirstFailure()
{
    Session s;
    QVERIFY(s.ok);
    s.window.editModeAction()->trigger();
    // Two exposed NSGs selected in the tree.
    QTreeView *tree = s.window.tree();
    const QModelIndex a = s.window.filter()->mapFromSource(s.window.inventory()->indexOfNsg(kMx));
    const QString dmz =
        nsgId(QLatin1String(SandboxFixture::kMailSubscription), "rg-mail-prod", "nsg-mail-dmz");
    const QModelIndex b = s.window.filter()->mapFromSource(s.window.inventory()->indexOfNsg(dmz));
    tree->selectionModel()->select(a, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    tree->selectionModel()->select(b, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    // The first change is refused (a ReadOnly lock): nothing after it may be sent.
    s.sandbox.setFaults(QStringLiteral("lock-writes"));
    s.window.fixAllAction()->trigger();
    RemediationWizard *wizard = s.window.wizard();
    QVERIFY(wizard);
    QCOMPARE(wizard->targets().size(), 2);
    wizard->next();
    wizard->chooseFix(RuleFix::Kind::MakeDeny);
    wizard->next();
    QCOMPARE(wizard->currentId(), int(RemediationWizard::ReviewPage));
    QCOMPARE(wizard->button(QWizard::NextButton)->text().remove(QLatin1Char('&')),
             QStringLiteral("Apply 2 changes"));
    QVERIFY(!wizard->windowTitle().contains(QLatin1String("(s)")));
    QSignalSpy done(wizard, &RemediationWizard::allDone);
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QVERIFY(done.wait(30000));
    QCOMPARE(wizard->outcomes().size(), 1);
    QCOMPARE(wizard->outcomes().first().state, EditOutcome::State::Refused);
    QVERIFY2(wizard->summaryText().startsWith(QLatin1String("Stopped at")),
             qPrintable(wizard->summaryText()));
    int puts = 0;
    const json log = s.sandbox.requests();
    for (const json &r : log)
        puts += r["method"] == "PUT";
    QCOMPARE(puts, 1);
    // Without the lock, both go through, one at a time, each journaled.
    wizard->close();
    s.sandbox.setFaults(QString());
    s.window.fixAllAction()->trigger();
    wizard = s.window.wizard();
    QVERIFY(wizard);
    wizard->next();
    wizard->chooseFix(RuleFix::Kind::MakeDeny);
    wizard->next();
    QSignalSpy allDone(wizard, &RemediationWizard::allDone);
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QVERIFY(allDone.wait(30000));
    QCOMPARE(wizard->outcomes().size(), 2);
    QVERIFY(wizard->outcomes().at(0).isVerified() && wizard->outcomes().at(1).isVerified());
    QTRY_COMPARE_WITH_TIMEOUT(verdictOf(s.window, kMx), Verdict::Ok, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(verdictOf(s.window, dmz), Verdict::Ok, 10000);
    azure::ChangeJournal journal(s.window.journalPath());
    QVERIFY(journal.load());
    QCOMPARE(journal.changes().size(), 3); // the refused one, then the two
}

void TestRemediation::fixAllSimilarInternetFacingOnly()
{
    QSettings().setValue(QStringLiteral("view/includeInterfaces"), true);
    const auto restore =
        qScopeGuard([] { QSettings().remove(QStringLiteral("view/includeInterfaces")); });
    Session s;
    QVERIFY(s.ok);
    QTRY_VERIFY_WITH_TIMEOUT(s.window.inventory()->liveReachability()
                                 && !s.window.inventory()->isPlacingLiveReachability(),
                             10000);
    s.window.editModeAction()->trigger();
    // The whole mail subscription selected: every exposing rule, then the internet-facing ones.
    const QModelIndex sub =
        s.window.inventory()->indexOfSubscription(QLatin1String(SandboxFixture::kMailSubscription));
    const InventoryModel::Node *node = s.window.inventory()->nodeOf(sub);
    QVERIFY(node && node->counts.latent > 0 && node->counts.internetFacing > 0);
    QTreeView *tree = s.window.tree();
    tree->selectionModel()->select(s.window.filter()->mapFromSource(sub),
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    s.window.fixAllAction()->trigger();
    QVERIFY(s.window.wizard());
    const QList<FixTarget> all = s.window.wizard()->targets();
    s.window.wizard()->close();

    s.window.internetFacingOnlyCheckBox()->setChecked(true);
    tree->selectionModel()->select(s.window.filter()->mapFromSource(sub),
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    s.window.fixAllAction()->trigger();
    QVERIFY(s.window.wizard());
    const QList<FixTarget> facing = s.window.wizard()->targets();
    QVERIFY(!facing.isEmpty());
    QVERIFY(facing.size() < all.size());
    for (const FixTarget &t : facing) {
        const QModelIndex nsg = s.window.inventory()->indexOfNsg(t.nsg.id());
        QVERIFY2(s.window.inventory()->nodeOf(nsg)->counts.internetFacing == 1,
                 qPrintable(t.nsg.id()));
    }
    // The internet-facing NSGs that no rule change fixes (an admin rule, a service tag or a
    // firewall's DNAT lets the Internet through them) are named, not silently left out.
    RemediationWizard *wizard = s.window.wizard();
    int facingWithoutRule = 0;
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int r = 0; r < s.window.inventory()->rowCount(parent); ++r) {
            const QModelIndex i = s.window.inventory()->index(r, 0, parent);
            const InventoryModel::Node *n = s.window.inventory()->nodeOf(i);
            if (n->kind == InventoryModel::Kind::Nsg)
                facingWithoutRule +=
                    n->counts.internetFacing == 1 && n->nsg->finding.verdict != Verdict::Exposed;
            else
                walk(i);
        }
    };
    walk(sub);
    QVERIFY(facingWithoutRule > 0);
    QCOMPARE(wizard->elsewhere().size(), facingWithoutRule);
    for (const QString &line : wizard->elsewhere())
        QVERIFY2(line.contains(QLatin1String(", decided by ")), qPrintable(line));
    const QString explanation =
        wizard->findChild<QTextBrowser *>(QStringLiteral("explanation"))->toPlainText();
    QVERIFY(explanation.contains(QLatin1String("Not in this wizard")));
    // Its first page names the paths from the Internet through each NSG it fixes: every exposed
    // endpoint through them, by entry point and target.
    const ReachabilityResult *reach = s.window.inventory()->liveReachability();
    QVERIFY(reach);
    int listed = 0;
    for (const Endpoint &e : reach->endpoints) {
        const bool through = std::any_of(facing.begin(), facing.end(),
                                         [&](const FixTarget &t) { return e.passes(t.nsg.id()); });
        if (!through || e.verdict != Verdict::Exposed)
            continue;
        ++listed;
        QVERIFY2(explanation.contains(
                     QStringLiteral("exposed: %1 → %2").arg(entryText(e), targetText(e))),
                 qPrintable(entryText(e) + QLatin1Char('\n') + explanation));
    }
    QVERIFY(listed > 0);

    // The review says what the changes do to the paths through each NSG: every internet-facing
    // path through them restricted to a documentation range.
    wizard->next();
    wizard->chooseFix(RuleFix::Kind::RestrictSource);
    wizard->next();
    QTest::keyClicks(wizard->sourceEditor()->textEdit(), QStringLiteral("203.0.113.16/28"));
    wizard->next();
    QCOMPARE(wizard->currentId(), int(RemediationWizard::ReviewPage));
    const QStringList paths = wizard->pathSummaries();
    QVERIFY(!paths.isEmpty());
    for (const QString &line : paths) {
        QVERIFY2(line.contains(QLatin1String("after this change: 0 internet-facing")),
                 qPrintable(line));
        QVERIFY2(!line.contains(QLatin1String(": 0 internet-facing now")), qPrintable(line));
        QVERIFY(wizard->reviewText().contains(line));
    }
    s.window.wizard()->close();
    s.window.internetFacingOnlyCheckBox()->setChecked(false);
}

void TestRemediation::fixAllSimilarLeavesRulesItDoesNotFit()
{
    // Contoso Dev/Test: seven exposing rules, one of them a partner rule that admits a single
    // address (nsg-ipv6-mx's Allow-SMTP-v4-Partner, 192.0.2.10), and an IPv6-only rule (::/0)
    // that an IPv4 list would widen.
    Session s;
    QVERIFY(s.ok);
    s.window.editModeAction()->trigger();
    const QString mx = nsgId(kDevTest, "rg-dev-web", "nsg-ipv6-mx");
    const QString app = nsgId(kDevTest, "rg-app-staging", "nsg-app");
    const QModelIndex devTest =
        s.window.filter()->mapFromSource(s.window.inventory()->indexOfSubscription(kDevTest));
    QVERIFY(devTest.isValid());
    s.window.tree()->selectionModel()->select(
        devTest, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    s.window.fixAllAction()->trigger();
    RemediationWizard *wizard = s.window.wizard();
    QVERIFY(wizard);
    QCOMPARE(wizard->targets().size(), 7);
    QCOMPARE(wizard->windowTitle(), QStringLiteral("Fix 7 exposing rules"));
    wizard->next();
    wizard->chooseFix(RuleFix::Kind::RestrictSource);
    wizard->next();
    QCOMPARE(wizard->currentId(), int(RemediationWizard::RangesPage));
    QTest::keyClicks(wizard->sourceEditor()->textEdit(), QStringLiteral("203.0.113.16/28"));
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    wizard->next();
    QCOMPARE(wizard->currentId(), int(RemediationWizard::ReviewPage));

    QTableWidget *table = wizard->reviewTable();
    QVERIFY(table);
    QCOMPARE(table->rowCount(), 7);
    auto rowOf = [table](const QString &nsg, const QString &rule) {
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 0)->text() == nsg + QStringLiteral(" — ") + rule)
                return row;
        }
        return -1;
    };
    const int partner =
        rowOf(QStringLiteral("nsg-ipv6-mx"), QStringLiteral("Allow-SMTP-v4-Partner"));
    const int v6 = rowOf(QStringLiteral("nsg-ipv6-mx"), QStringLiteral("Allow-SMTP-v6"));
    QVERIFY(partner >= 0 && v6 >= 0);
    // The partner rule: unticked, and why.
    QVERIFY(!wizard->isTicked(partner));
    QCOMPARE(table->item(partner, 0)->checkState(), Qt::Unchecked);
    QVERIFY2(wizard->rowNote(partner).contains(QLatin1String("within the breadth limit")),
             qPrintable(wizard->rowNote(partner)));
    QVERIFY(wizard->rowNote(partner).contains(QLatin1String("192.0.2.10")));
    // The IPv6 rule: an IPv4 list would widen it (it admits no IPv4 address now).
    QVERIFY(!wizard->isTicked(v6));
    QVERIFY2(wizard->rowNote(v6).contains(QLatin1String("widen")), qPrintable(wizard->rowNote(v6)));
    // Every other rule: ticked, nothing to say.
    for (int row = 0; row < table->rowCount(); ++row) {
        if (row != partner && row != v6) {
            QVERIFY2(wizard->isTicked(row), qPrintable(table->item(row, 0)->text()));
            QVERIFY(wizard->rowNote(row).isEmpty());
        }
    }
    QCOMPARE(wizard->tickedCount(), 5);
    // With the partner rule left alone, nsg-ipv6-mx stays exposed (its IPv6 rule is untouched).
    QCOMPARE(wizard->rowVerdict(v6), displayName(Verdict::Exposed));
    // Another fix for the IPv6 rule: it can take "Change to Deny"; then the NSG is OK with only
    // the ticked changes (the partner's one address stays within the limit).
    wizard->setRowKind(v6, RuleFix::Kind::MakeDeny);
    QVERIFY(wizard->isTicked(v6));
    QCOMPARE(wizard->rowKind(v6), RuleFix::Kind::MakeDeny);
    QCOMPARE(wizard->rowVerdict(v6), displayName(Verdict::Ok));
    QCOMPARE(wizard->rowVerdict(partner), displayName(Verdict::Ok));
    QVERIFY(wizard->rowVerdict(rowOf(QStringLiteral("nsg-app"), QStringLiteral("Allow-Any-SMTP")))
            == displayName(Verdict::Ok));
    QCOMPARE(wizard->tickedCount(), 6);
    // Unticking one leaves it out (and its NSG's verdict after says so).
    const int appRow = rowOf(QStringLiteral("nsg-app"), QStringLiteral("Allow-Any-SMTP"));
    wizard->setTicked(appRow, false);
    QCOMPARE(wizard->tickedCount(), 5);
    QCOMPARE(wizard->rowVerdict(appRow), displayName(Verdict::Exposed));
    QVERIFY(!wizard->reviewText().contains(QLatin1String("nsg-app — Allow-Any-SMTP")));
    QAbstractButton *apply = wizard->button(QWizard::NextButton);
    QCOMPARE(apply->text().remove(QLatin1Char('&')), QStringLiteral("Apply 5 changes"));
    QCOMPARE(writesTo(s.sandbox), 0);
    screenshot(wizard, QStringLiteral("wizard-fix-all-review"));

    QSignalSpy done(wizard, &RemediationWizard::allDone);
    QTest::mouseClick(apply, Qt::LeftButton);
    QVERIFY(done.wait(60000));
    QCOMPARE(wizard->outcomes().size(), 5);
    for (const EditOutcome &o : wizard->outcomes())
        QVERIFY2(o.isVerified(), qPrintable(o.message));
    QCOMPARE(writesTo(s.sandbox), 5);
    QCOMPARE(journaled(s.window.journalPath()), 5);
    // In the sandbox: the partner rule and nsg-app as they were; the IPv6 rule a Deny.
    const json partnerRule = sandboxRule(s.sandbox, mx, QStringLiteral("Allow-SMTP-v4-Partner"));
    QCOMPARE(
        RuleDocument::fromJson(partnerRule).values("sourceAddressPrefix", "sourceAddressPrefixes"),
        QStringList{QStringLiteral("192.0.2.10")});
    QVERIFY(partnerRule["properties"]["access"] == "Allow");
    QVERIFY(sandboxRule(s.sandbox, mx, QStringLiteral("Allow-SMTP-v6"))["properties"]["access"]
            == "Deny");
    QCOMPARE(RuleDocument::fromJson(sandboxRule(s.sandbox, app, QStringLiteral("Allow-Any-SMTP")))
                 .values("sourceAddressPrefix", "sourceAddressPrefixes"),
             QStringList{QStringLiteral("Any")});
    QCOMPARE(RuleDocument::fromJson(
                 sandboxRule(s.sandbox, nsgId(kDevTest, "rg-dev-sandbox", "nsg-dev-sandbox"),
                             QStringLiteral("open-everything")))
                 .values("sourceAddressPrefix", "sourceAddressPrefixes"),
             QStringList{QStringLiteral("203.0.113.16/28")});
    QTRY_COMPARE_WITH_TIMEOUT(verdictOf(s.window, mx), Verdict::Ok, 10000);
    QCOMPARE(verdictOf(s.window, app), Verdict::Exposed);
}

void TestRemediation::revertThatExposesAsksFirst()
{
    Session s;
    QVERIFY(s.ok);
    s.window.editModeAction()->trigger();
    QVERIFY(s.select(kMx));
    QTRY_VERIFY_WITH_TIMEOUT(s.window.nsgPage()->restrictButton()->isEnabled(), 10000);
    QTest::mouseClick(s.window.nsgPage()->restrictButton(), Qt::LeftButton);
    RestrictSourceDialog *dialog = s.window.restrictDialog();
    QVERIFY(dialog);
    QTest::keyClicks(dialog->sourceEdit(), QStringLiteral("203.0.113.16/28"));
    // The Restrict dialog's Apply comes after the verdict after, too.
    QVERIFY(dialog->bannerText().startsWith(QLatin1String("After this change: OK")));
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    const EditOutcome out = s.waitForEdit();
    QVERIFY2(out.isVerified(), qPrintable(out.message));
    QTRY_COMPARE_WITH_TIMEOUT(verdictOf(s.window, kMx), Verdict::Ok, 10000);
    dialog->close();
    const int writes = writesTo(s.sandbox);
    QCOMPARE(journaled(s.window.journalPath()), 1);

    s.window.showHistory();
    HistoryWindow *history = s.window.historyWindow();
    QVERIFY(history->selectChange(out.changeId));
    QTest::mouseClick(history->revertButton(), Qt::LeftButton);
    // A confirmation first, naming the exposure in red; its button says what it does.
    QTRY_VERIFY(history->confirmation());
    QDialog *box = history->confirmation();
    QVERIFY(box->isVisible());
    const QString words = history->confirmationText();
    QVERIFY2(words.contains(QLatin1String("color:#c00000")), qPrintable(words));
    QVERIFY2(words.contains(QLatin1String("nsg-mx-inbound is EXPOSED")), qPrintable(words));
    QVERIFY(words.contains(QLatin1String("TCP/25")));
    QVERIFY(words.contains(QLatin1String("Allow-SMTP-Internet")));
    auto *confirm = box->findChild<QPushButton *>(QStringLiteral("confirmRevertButton"));
    QVERIFY(confirm);
    QCOMPARE(confirm->text(), QStringLiteral("Revert and expose TCP/25"));
    screenshot(box, QStringLiteral("history-revert-confirmation"));
    // Without the NSG at hand the verdict after is said to be unknown, never assumed.
    {
        HistoryWindow alone(s.window.journalPath());
        azure::ChangeJournal journal(s.window.journalPath());
        QVERIFY(journal.load());
        bool exposes = true;
        const QString unknown = alone.revertSummary(*journal.change(out.changeId), &exposes);
        QVERIFY(!exposes);
        QVERIFY2(unknown.contains(QLatin1String("verdict after the revert is unknown")),
                 qPrintable(unknown));
    }
    // Cancel sends nothing.
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("cancelRevertButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(!history->confirmation());
    QTest::qWait(300);
    QCOMPARE(writesTo(s.sandbox), writes);
    QCOMPARE(journaled(s.window.journalPath()), 1);
    QCOMPARE(verdictOf(s.window, kMx), Verdict::Ok);
    // The named button sends it.
    QTest::mouseClick(history->revertButton(), Qt::LeftButton);
    QTRY_VERIFY(history->confirmation());
    QTest::mouseClick(
        history->confirmation()->findChild<QPushButton *>(QStringLiteral("confirmRevertButton")),
        Qt::LeftButton);
    const EditOutcome back = s.waitForEdit();
    QVERIFY2(back.isVerified(), qPrintable(back.message));
    QCOMPARE(writesTo(s.sandbox), writes + 1);
    QCOMPARE(journaled(s.window.journalPath()), 2);
    QTRY_COMPARE_WITH_TIMEOUT(verdictOf(s.window, kMx), Verdict::Exposed, 10000);
}

void TestRemediation::mfaChallengeInTheWindow()
{
    Session s(QStringLiteral("reviewer@contoso.com"), QStringLiteral("mfa-writes"));
    QVERIFY(s.ok);
    s.window.editModeAction()->trigger();
    QVERIFY(s.select(kMx));
    QTRY_VERIFY_WITH_TIMEOUT(s.window.nsgPage()->restrictButton()->isEnabled(), 10000);
    QTest::mouseClick(s.window.nsgPage()->restrictButton(), Qt::LeftButton);
    RestrictSourceDialog *dialog = s.window.restrictDialog();
    QTest::keyClicks(dialog->sourceEdit(), QStringLiteral("203.0.113.16/28"));
    QVERIFY(dialog->applyButton()->isEnabled());
    SignInDialog *signIn = s.window.signInDialog();
    const QString oldCode = signIn->userCode();
    QSignalSpy done(&s.window, &MainWindow::editFinished);
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    // Azure asks for MFA: the sign-in dialog comes back with a new code and says why.
    QTRY_VERIFY_WITH_TIMEOUT(signIn->isVisible() && !signIn->userCode().isEmpty()
                                 && signIn->userCode() != oldCode,
                             10000);
    QVERIFY(signIn->stateText().contains(QLatin1String("Waiting")));
    s.approve(signIn->userCode(), QStringLiteral("reviewer@contoso.com"));
    QVERIFY(done.wait(30000));
    const EditOutcome out = done.first().first().value<EditOutcome>();
    QVERIFY2(out.isVerified(), qPrintable(out.message));
    QTRY_COMPARE_WITH_TIMEOUT(verdictOf(s.window, kMx), Verdict::Ok, 10000);
}

void TestRemediation::demoEndToEnd()
{
    // What ./dev demo does: the built-in sandbox, its sign-in approved automatically; then a
    // reviewer restricts the rule, sees the tree turn green, and reverts it from History.
    qunsetenv("NSG_AUDITOR_JOURNAL");
    MainWindow window;
    window.resize(1400, 860);
    window.show();
    QSignalSpy scanned(&window, &MainWindow::scanFinished);
    QString error;
    QVERIFY2(window.startDemo(&error), qPrintable(error));
    QVERIFY(window.journalPath().endsWith(QLatin1String("demo-journal.jsonl")));
    QVERIFY(scanned.wait(30000));
    QCOMPARE(verdictOf(window, kMx), Verdict::Exposed);
    window.editModeAction()->trigger();
    window.selectNsg(kMx);
    QTRY_VERIFY_WITH_TIMEOUT(window.nsgPage()->restrictButton()->isEnabled(), 10000);
    QTest::mouseClick(window.nsgPage()->restrictButton(), Qt::LeftButton);
    RestrictSourceDialog *dialog = window.restrictDialog();
    QVERIFY(dialog);
    QTest::keyClicks(dialog->sourceEdit(), QStringLiteral("203.0.113.16/28"));
    QVERIFY(dialog->bannerText().startsWith(QLatin1String("After this change: OK")));
    QSignalSpy edited(&window, &MainWindow::editFinished);
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    QVERIFY(edited.wait(30000));
    const EditOutcome out = edited.takeFirst().first().value<EditOutcome>();
    QVERIFY2(out.isVerified(), qPrintable(out.message));
    QTRY_COMPARE_WITH_TIMEOUT(verdictOf(window, kMx), Verdict::Ok, 10000);
    dialog->close();
    window.showHistory();
    QVERIFY(window.historyWindow()->selectChange(out.changeId));
    QTest::mouseClick(window.historyWindow()->revertButton(), Qt::LeftButton);
    QTRY_VERIFY(window.historyWindow()->confirmation());
    QTest::mouseClick(window.historyWindow()->confirmation()->findChild<QPushButton *>(
                          QStringLiteral("confirmRevertButton")),
                      Qt::LeftButton);
    QVERIFY(edited.wait(30000));
    QVERIFY(edited.takeFirst().first().value<EditOutcome>().isVerified());
    QTRY_COMPARE_WITH_TIMEOUT(verdictOf(window, kMx), Verdict::Exposed, 10000);
}

QTEST_MAIN(TestRemediation)
#include "tst_remediation.moc"
