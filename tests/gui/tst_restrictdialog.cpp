// SPDX-License-Identifier: MIT
// The restrict-source dialog, offscreen (issue 16, point 9): refusal reasons wrap and the list
// grows rather than scrolling sideways; the az command is a multi-line, selectable, monospace
// field holding the whole command, with a Copy button; the before/after JSON and the changes
// highlight what changes; after Apply (against the sandbox in this process) "Now:" names the
// new source. Screenshots land in <build>/screenshots.
#include "nsgtestdata.h"
#include "palettes.h"
#include "sandboxfixture.h"

#include "ui/widgets/mainwindow.h"
#include "ui/widgets/nsgpage.h"
#include "ui/widgets/pathchangesview.h"
#include "ui/widgets/restrictsourcedialog.h"
#include "ui/widgets/signindialog.h"
#include "ui/widgets/verdictbanner.h"

#include "azure/ruleeditor.h"
#include "core/input/offlinescan.h"
#include "core/remediation/nsgdocument.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QPalette>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>

using namespace nsg;
using namespace nsg::ui;
using nsg::azure::EditOutcome;
using nsg::test::SandboxFixture;
using json = nlohmann::json;

namespace {

const QString kMx = QStringLiteral("/subscriptions/%1/resourceGroups/rg-mail-prod/providers/"
                                   "Microsoft.Network/networkSecurityGroups/nsg-mx-inbound")
                        .arg(QLatin1String(SandboxFixture::kMailSubscription));

NsgDocument exposedNsg()
{
    return NsgDocument::fromJson(
        test::nsgFromDsl(QStringLiteral("Allow 100 Tcp Internet 25 name=Allow-SMTP-Internet"),
                         QStringLiteral("nsg-mx-inbound")));
}

// The background of the extra selection that covers the line starting with `prefix`, invalid
// if none does.
QColor highlightOf(const QPlainTextEdit *edit, const QString &prefix)
{
    for (const QTextEdit::ExtraSelection &s : edit->extraSelections()) {
        if (s.cursor.block().text().trimmed().startsWith(prefix))
            return s.format.background().color();
    }
    return {};
}

// Brings the preview tab holding `widget` to the front.
void showPreviewOf(RestrictSourceDialog &dialog, QWidget *widget)
{
    auto *tabs = dialog.findChild<QTabWidget *>(QStringLiteral("preview"));
    QVERIFY(tabs);
    for (int i = 0; i < tabs->count(); ++i) {
        if (tabs->widget(i) == widget || tabs->widget(i)->isAncestorOf(widget))
            tabs->setCurrentIndex(i);
    }
    QTest::qWait(50);
}

bool isGreenish(const QColor &c)
{
    return c.isValid() && c.green() > c.red() && c.green() > c.blue();
}

bool isReddish(const QColor &c)
{
    return c.isValid() && c.red() > c.green() && c.red() > c.blue();
}

} // namespace

class TestRestrictDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void refusalsWrapAndGrow();
    void azCommandIsMultiLineWithCopy();
    void changesHighlighted();
    void nowNamesTheNewSourceAfterApply();
    void adminRuleDecidesIsNotAFix();
    void pathsFollowTheChange();

private:
    void screenshot(QWidget *widget, const QString &name);
    QDir m_shots;
    QTemporaryDir m_settings;
};

void TestRestrictDialog::initTestCase()
{
    m_shots = QDir(QStringLiteral(NSG_SCREENSHOT_DIR));
    QVERIFY(m_shots.mkpath(QStringLiteral(".")));
    QVERIFY(m_settings.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
    QCoreApplication::setOrganizationName(QStringLiteral("nsg-auditor-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_restrictdialog"));
}

void TestRestrictDialog::screenshot(QWidget *widget, const QString &name)
{
    QTest::qWait(100);
    QVERIFY(widget->grab().save(m_shots.filePath(name + QLatin1String(".png"))));
}

void TestRestrictDialog::refusalsWrapAndGrow()
{
    RestrictSourceDialog dialog(exposedNsg(), QStringLiteral("Allow-SMTP-Internet"), QString(), {});
    dialog.resize(1000, 700);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(dialog.sourceEdit(), QStringLiteral("Internet 8.8.0.0/20 1.2.3 10.0.0.0/8"));
    QListWidget *list = dialog.validation();
    QCOMPARE(list->count(), 4);
    QVERIFY(list->item(0)->text().contains(QLatin1String("refused")));
    QVERIFY(list->item(0)->text().size() > 100); // a long reason
    QTest::qWait(50);
    QVERIFY(list->wordWrap());
    QCOMPARE(list->horizontalScrollBarPolicy(), Qt::ScrollBarAlwaysOff);
    QCOMPARE(list->horizontalScrollBar()->maximum(), 0);
    const int line = list->fontMetrics().height();
    for (int i = 0; i < list->count(); ++i) {
        const QRect r = list->visualItemRect(list->item(i));
        QVERIFY2(r.right() <= list->viewport()->width(),
                 qPrintable(QStringLiteral("item %1 is %2 wide in %3")
                                .arg(i)
                                .arg(r.width())
                                .arg(list->viewport()->width())));
        // Every item is shown whole: the list grew rather than scrolled.
        QVERIFY2(r.top() >= 0 && r.bottom() <= list->viewport()->height(),
                 qPrintable(QStringLiteral("item %1 at %2-%3 in a viewport %4 high")
                                .arg(i)
                                .arg(r.top())
                                .arg(r.bottom())
                                .arg(list->viewport()->height())));
    }
    // The long reason takes more than one line, and its last words are there to read.
    QVERIFY(list->visualItemRect(list->item(0)).height() >= 2 * line);
    QCOMPARE(list->verticalScrollBar()->maximum(), 0);
    screenshot(&dialog, QStringLiteral("restrict-dialog-refusals"));
}

void TestRestrictDialog::azCommandIsMultiLineWithCopy()
{
    RestrictSourceDialog dialog(exposedNsg(), QStringLiteral("Allow-SMTP-Internet"), QString(), {});
    dialog.resize(1000, 700);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(
        dialog.sourceEdit(),
        QStringLiteral("203.0.113.16/28, 198.51.100.7, 2001:db8:1::/64, 192.0.2.0/26"));
    QVERIFY(dialog.applyButton()->isEnabled());
    auto *command = dialog.findChild<QPlainTextEdit *>(QStringLiteral("azCommand"));
    QVERIFY2(command, "the az command is a multi-line text field");
    QVERIFY(command->isReadOnly());
    QVERIFY(command->textInteractionFlags() & Qt::TextSelectableByMouse);
    QVERIFY(command->lineWrapMode() != QPlainTextEdit::NoWrap);
    QVERIFY(QFontInfo(command->font()).fixedPitch());
    const QString text = command->toPlainText();
    QVERIFY2(text.startsWith(QLatin1String("az network nsg rule update")), qPrintable(text));
    for (const char *prefix :
         {"203.0.113.16/28", "198.51.100.7", "2001:db8:1::/64", "192.0.2.0/26"})
        QVERIFY2(text.contains(QLatin1String(prefix)), qPrintable(text));
    QCOMPARE(dialog.azCommand(), text);
    // Wrapped, not scrolled: no horizontal scroll bar is needed to read it.
    showPreviewOf(dialog, command);
    QVERIFY(command->isVisible());
    QVERIFY(command->height() >= 3 * command->fontMetrics().height());
    QCOMPARE(command->horizontalScrollBar()->maximum(), 0);
    QAbstractButton *copy =
        dialog.findChild<QAbstractButton *>(QStringLiteral("copyCommandButton"));
    QVERIFY(copy);
    QApplication::clipboard()->clear();
    copy->click();
    QCOMPARE(QApplication::clipboard()->text(), text);
    screenshot(&dialog, QStringLiteral("restrict-dialog-command"));
}

void TestRestrictDialog::changesHighlighted()
{
    RestrictSourceDialog dialog(exposedNsg(), QStringLiteral("Allow-SMTP-Internet"), QString(), {});
    dialog.resize(1000, 760);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(dialog.sourceEdit(), QStringLiteral("203.0.113.16/28"));
    auto *diff = dialog.findChild<QPlainTextEdit *>(QStringLiteral("diff"));
    auto *before = dialog.findChild<QPlainTextEdit *>(QStringLiteral("beforeJson"));
    auto *after = dialog.findChild<QPlainTextEdit *>(QStringLiteral("afterJson"));
    QVERIFY(diff && before && after);
    QVERIFY2(isReddish(highlightOf(diff, QStringLiteral("- sourceAddressPrefix"))),
             qPrintable(diff->toPlainText()));
    QVERIFY(isGreenish(highlightOf(diff, QStringLiteral("+ sourceAddressPrefix"))));
    QVERIFY(
        isReddish(highlightOf(before, QStringLiteral("\"sourceAddressPrefix\": \"Internet\""))));
    QVERIFY(isGreenish(
        highlightOf(after, QStringLiteral("\"sourceAddressPrefix\": \"203.0.113.16/28\""))));
    // Unchanged lines are not highlighted.
    QVERIFY(!highlightOf(after, QStringLiteral("\"priority\"")).isValid());
    // The highlighted text stays readable in a dark palette: the format sets a dark foreground.
    for (const QTextEdit::ExtraSelection &s : after->extraSelections())
        QVERIFY(s.format.foreground().color().lightness() < 100);
    // Big enough to read the rule without scrolling sideways.
    showPreviewOf(dialog, after);
    QCOMPARE(after->horizontalScrollBar()->maximum(), 0);
    QVERIFY2(after->width() >= 380, qPrintable(QString::number(after->width())));
    QVERIFY2(after->height() >= 10 * after->fontMetrics().height(),
             qPrintable(QString::number(after->height())));
    screenshot(&dialog, QStringLiteral("restrict-dialog-diff"));
    dialog.setPalette(nsg::test::darkPalette());
    screenshot(&dialog, QStringLiteral("restrict-dialog-diff-dark"));
}

void TestRestrictDialog::nowNamesTheNewSourceAfterApply()
{
    QTemporaryDir journalDir;
    SandboxFixture sandbox;
    MainWindow window;
    window.setJournalPath(journalDir.filePath(QStringLiteral("journal.jsonl")));
    window.setSandbox(sandbox.baseUrl());
    window.setMinimumPollInterval(50);
    window.resize(1400, 860);
    window.show();
    QSignalSpy scanned(&window, &MainWindow::scanFinished);
    window.showSignIn();
    SignInDialog *signIn = window.signInDialog();
    QTest::mouseClick(signIn->findChild<QPushButton *>(QStringLiteral("signInButton")),
                      Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([signIn] { return !signIn->userCode().isEmpty(); }, 10000));
    sandbox.control().postJson(
        QStringLiteral("/sandbox/approve"),
        {{"user_code", signIn->userCode().toStdString()}, {"account", "reviewer@contoso.com"}});
    QVERIFY(scanned.wait(30000));

    window.editModeAction()->trigger();
    window.selectNsg(kMx);
    QCOMPARE(window.nsgPage()->nsgId(), kMx);
    QTRY_VERIFY_WITH_TIMEOUT(window.nsgPage()->restrictButton()->isEnabled(), 10000);
    QTest::mouseClick(window.nsgPage()->restrictButton(), Qt::LeftButton);
    RestrictSourceDialog *dialog = window.restrictDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto *now = dialog->findChild<QLabel *>(QStringLiteral("currentSource"));
    QVERIFY(now);
    QTRY_COMPARE(now->text(), QStringLiteral("Now: Internet"));
    QTest::keyClicks(dialog->sourceEdit(), QStringLiteral("203.0.113.16/28"));
    QTRY_VERIFY(dialog->applyButton()->isEnabled());
    QSignalSpy done(&window, &MainWindow::editFinished);
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    QVERIFY(done.wait(30000));
    const auto outcome = done.first().first().value<EditOutcome>();
    QVERIFY2(outcome.isVerified(), qPrintable(outcome.message));
    QVERIFY(dialog->bannerText().startsWith(QLatin1String("Applied and read back: OK")));
    // The rule as it is now: the new source, not the Internet it had before.
    QTRY_COMPARE(now->text(), QStringLiteral("Now: 203.0.113.16/28"));
    screenshot(dialog, QStringLiteral("restrict-dialog-after-apply"));
}

void TestRestrictDialog::adminRuleDecidesIsNotAFix()
{
    // An AlwaysAllow admin rule decides before the NSG: narrowing the rule makes the NSG OK, but
    // the Internet still reaches the workloads — the dialog says so and shows it red, not green.
    RestrictSourceDialog dialog(exposedNsg(), QStringLiteral("Allow-SMTP-Internet"), QString(), {});
    dialog.resize(1000, 700);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.setAdminRuleDecides(QStringLiteral("always-allow-smtp"), true);
    QTest::keyClicks(dialog.sourceEdit(), QStringLiteral("203.0.113.10"));
    QCOMPARE(dialog.verdictAfter(), std::optional<Verdict>(Verdict::Ok));
    QVERIFY2(dialog.bannerText().contains(QLatin1String("Not a fix for what reaches the "
                                                        "workloads: the admin rule "
                                                        "always-allow-smtp always allows")),
             qPrintable(dialog.bannerText()));
    auto *banner = dialog.findChild<VerdictBanner *>();
    QVERIFY(banner);
    QVERIFY(isReddish(banner->palette().color(QPalette::Window)));
    screenshot(&dialog, QStringLiteral("restrict-dialog-admin-rule"));

    // A Deny admin rule: the edit only tidies the NSG, and the dialog says that.
    dialog.setAdminRuleDecides(QStringLiteral("deny-smtp"), false);
    QVERIFY(dialog.bannerText().contains(
        QLatin1String("the admin rule deny-smtp already denies the port")));
}

void TestRestrictDialog::pathsFollowTheChange()
{
    // The load balancer's NSG: two paths through it (its SMTP rule and its NAT rule 2525 → 25).
    OfflineScan scan;
    QVERIFY(scan.addFile(QStringLiteral(NSG_TEST_DATA_DIR "/reachability/estate.json")));
    QVERIFY(scan.addFile(QStringLiteral(NSG_TEST_DATA_DIR "/reachability/admin-rules.json")));
    ScanResult result = scan.takeResult();
    auto paths = std::make_shared<const ReachabilityResult>(result.reachability);
    const NsgResult *lb = nullptr;
    for (const NsgResult &r : result.nsgs) {
        if (r.nsg.name() == QLatin1String("nsg-lb"))
            lb = &r;
    }
    QVERIFY(lb);
    std::vector<NsgResult> onPaths;
    for (const QString &id : paths->nsgIdsOnOpenPaths(lb->nsg.id())) {
        for (const NsgResult &r : result.nsgs) {
            if (r.nsg.id().compare(id, Qt::CaseInsensitive) == 0)
                onPaths.push_back(r);
        }
    }
    RestrictSourceDialog dialog(NsgDocument::fromNsg(lb->nsg), QStringLiteral("AllowSmtpInternet"),
                                QString(), result.options);
    dialog.resize(1024, 700);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.setPaths(paths, onPaths);
    PathChangesView *view = dialog.pathChanges();
    QVERIFY(view);

    // A documentation range: both paths open to that address only, decided by this NSG; the
    // banner says so and is green.
    QTest::keyClicks(dialog.sourceEdit(), QStringLiteral("203.0.113.10"));
    QVERIFY2(view->topLevelItemCount() == 2,
             qPrintable(view->topLevelItem(0)->text(0) + dialog.bannerText()));
    QStringList entries;
    for (int i = 0; i < view->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *row = view->topLevelItem(i);
        entries.append(row->text(PathChangesView::EntryColumn));
        QCOMPARE(row->text(PathChangesView::NowColumn), QStringLiteral("internet-facing"));
        // 203.0.113.10 still gets through, within the limit: restricted, not "blocked".
        QCOMPARE(row->text(PathChangesView::AfterColumn),
                 QStringLiteral("restricted to 1 public IPv4 address"));
        QVERIFY2(row->text(PathChangesView::DecidedColumn).contains(QLatin1String("nsg-lb")),
                 qPrintable(row->text(PathChangesView::DecidedColumn)));
    }
    entries.sort();
    QCOMPARE(entries,
             QStringList({QStringLiteral("20.10.0.10:25"), QStringLiteral("20.10.0.10:2525")}));
    QVERIFY2(dialog.bannerText().contains(QLatin1String(
                 "2 internet-facing now, 0 not decided; after this change: 0 internet-facing, "
                 "2 open only to sources within the limit, 0 blocked, 0 not decided.")),
             qPrintable(dialog.bannerText()));
    auto *banner = dialog.findChild<VerdictBanner *>();
    QVERIFY(banner);
    QVERIFY(isGreenish(banner->palette().color(QPalette::Window)));
    showPreviewOf(dialog, view);
    screenshot(&dialog, QStringLiteral("restrict-dialog-paths"));

    // Once written and read back, the table compares the scan with the NSG as written.
    {
        RestrictSourceDialog applied(NsgDocument::fromNsg(lb->nsg),
                                     QStringLiteral("AllowSmtpInternet"), QString(),
                                     result.options);
        applied.setPaths(paths, onPaths);
        RuleFix fix;
        fix.prefixes = {QStringLiteral("203.0.113.10")};
        const RuleChange change =
            NsgDocument::fromNsg(lb->nsg).withFix(QStringLiteral("AllowSmtpInternet"), fix);
        EditOutcome outcome;
        outcome.state = EditOutcome::State::Verified;
        outcome.after = change.after;
        outcome.nsg = change.nsgAfter.evaluate(result.options);
        QVERIFY(outcome.nsg);
        applied.showOutcome(outcome);
        PathChangesView *written = applied.pathChanges();
        QCOMPARE(written->headerItem()->text(PathChangesView::NowColumn),
                 QStringLiteral("At the scan"));
        QCOMPARE(written->headerItem()->text(PathChangesView::AfterColumn),
                 QStringLiteral("As written"));
        QCOMPARE(written->topLevelItemCount(), 2);
        QCOMPARE(written->topLevelItem(0)->text(PathChangesView::AfterColumn),
                 QStringLiteral("restricted to 1 public IPv4 address"));
    }

    // Half the Internet is refused as a source: no preview of the paths until it is corrected.
    dialog.sourceEdit()->selectAll();
    QTest::keyClicks(dialog.sourceEdit(), QStringLiteral("0.0.0.0/1"));
    QCOMPARE(view->topLevelItemCount(), 1);
    QVERIFY(view->topLevelItem(0)->text(0).startsWith(QLatin1String("Enter the addresses")));
    QVERIFY(view->summary().isEmpty());
    QVERIFY(!dialog.applyButton()->isEnabled());
}

QTEST_MAIN(TestRestrictDialog)
#include "tst_restrictdialog.moc"
