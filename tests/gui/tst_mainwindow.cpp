// SPDX-License-Identifier: MIT
// The window end to end against the sandbox in this process: sign in through the dialog (the
// "open browser" is caught by a URL handler that approves the code), wait for the tree, compare
// its red / green / grey NSGs with the sandbox's truth, read an exposed NSG's rule table, filter,
// open an export offline. Screenshots of the window and the dialog land in the build directory.
#include "palettes.h"
#include "sandboxfixture.h"

#include "core/audit/nicview.h"
#include "core/audit/pathhops.h"
#include "core/input/inventoryjson.h"
#include "core/input/offlinescan.h"
#include "report/htmlreport.h"
#include "report/jsonreport.h"

#include "history/historystore.h"
#include "ui/models/inventoryfilter.h"
#include "ui/models/inventorymodel.h"
#include "ui/models/ruletablemodel.h"
#include "ui/models/statusicons.h"
#include "ui/models/workloadsmodel.h"
#include "ui/widgets/adminrulesdialog.h"
#include "ui/widgets/comparedialog.h"
#include "ui/widgets/mainwindow.h"
#include "ui/widgets/nsgpage.h"
#include "ui/widgets/pathview.h"
#include "ui/widgets/reportdialog.h"
#include "ui/widgets/restrictsourcedialog.h"
#include "ui/widgets/signindialog.h"
#include "ui/widgets/workloadswindow.h"

#include "core/audit/findingtext.h"
#include "sandbox/sandboxserver.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>
#include <QTreeWidget>

using namespace nsg;
using namespace nsg::ui;
using nsg::test::SandboxFixture;
using json = nlohmann::json;

// Stands in for the browser: whatever "Copy code and open browser" opens lands here.
class Browser final : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
public Q_SLOTS:
    void open(const QUrl &url) { opened.append(url); }
};

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void signInScanAndRead();
    void offlineFiles();
    void nicsFollowThePolicy();
    void reachabilityInTheTree();
    void pathTabDrawsTheHops();
    void workloadsView();
    void opensItsOwnReport();
    void includeInterfacesIsKept();
    void auditHistoryCompare();

private:
    void screenshot(QWidget *widget, const QString &name);
    QDir m_shots;
    QTemporaryDir m_settings;
};

namespace {

struct Tally
{
    int exposed = 0, ok = 0, unknown = 0;
};

Tally tally(const InventoryModel *model, const QModelIndex &parent = {})
{
    Tally t;
    for (int r = 0; r < model->rowCount(parent); ++r) {
        const QModelIndex i = model->index(r, 0, parent);
        if (const NsgResult *n = model->nsgAt(i)) {
            (n->finding.verdict == Verdict::Exposed  ? t.exposed
                 : n->finding.verdict == Verdict::Ok ? t.ok
                                                     : t.unknown)++;
            continue;
        }
        const Tally below = tally(model, i);
        t.exposed += below.exposed;
        t.ok += below.ok;
        t.unknown += below.unknown;
    }
    return t;
}

int visibleNsgs(const QAbstractItemModel *model, const QModelIndex &parent = {})
{
    int n = 0;
    for (int r = 0; r < model->rowCount(parent); ++r) {
        const QModelIndex i = model->index(r, 0, parent);
        if (i.data(InventoryModel::KindRole).toInt() == int(InventoryModel::Kind::Nsg))
            ++n;
        else
            n += visibleNsgs(model, i);
    }
    return n;
}

} // namespace

void TestMainWindow::initTestCase()
{
    m_shots = QDir(QStringLiteral(NSG_SCREENSHOT_DIR));
    QVERIFY(m_shots.mkpath(QStringLiteral(".")));
    // Settings of this run only, never the user's.
    QVERIFY(m_settings.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
    QCoreApplication::setOrganizationName(QStringLiteral("nsg-auditor-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
}

void TestMainWindow::screenshot(QWidget *widget, const QString &name)
{
    QTest::qWait(100); // let layouts settle
    QVERIFY(widget->grab().save(m_shots.filePath(name + QLatin1String(".png"))));
}

void TestMainWindow::signInScanAndRead()
{
    SandboxFixture sandbox;
    Browser browser;
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &browser, "open");
    const auto unset =
        qScopeGuard([] { QDesktopServices::unsetUrlHandler(QStringLiteral("https")); });

    MainWindow window;
    window.setSandbox(sandbox.baseUrl());
    window.setMinimumPollInterval(50);
    window.resize(1400, 860);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy finished(&window, &MainWindow::scanFinished);

    // Sign in through the dialog as a reviewer would.
    window.showSignIn();
    SignInDialog *dialog = window.signInDialog();
    auto *signIn = dialog->findChild<QPushButton *>(QStringLiteral("signInButton"));
    QVERIFY(signIn);
    QTest::mouseClick(signIn, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->userCode().isEmpty(), 10000);
    QCOMPARE(dialog->verificationUri().toString(),
             sandbox.baseUrl() + QLatin1String("/devicelogin"));
    QVERIFY(dialog->stateText().contains(QLatin1String("Waiting")));
    screenshot(dialog, QStringLiteral("sign-in-dialog"));
    auto *copy = dialog->findChild<QPushButton *>(QStringLiteral("copyButton"));
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(browser.opened.size(), 1);
    QCOMPARE(browser.opened.first(), dialog->verificationUri());
    QCOMPARE(QGuiApplication::clipboard()->text(), dialog->userCode());
    QCOMPARE(sandbox.control()
                 .postJson(QStringLiteral("/sandbox/approve"),
                           {{"user_code", dialog->userCode().toStdString()},
                            {"account", "reviewer@contoso.com"}})
                 .status,
             200);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isSignedIn(), 10000);
    QVERIFY(dialog->stateText().contains(QLatin1String("reviewer@contoso.com")));

    // The tree fills; its verdicts are the sandbox's truth for every subscription it could read.
    // (The demo tenant's scan may already have ended while the dialog was being checked.)
    QVERIFY(!finished.isEmpty() || finished.wait(30000));
    const InventoryModel *model = window.inventory();
    const json truth = sandbox.truth();
    Tally expected;
    for (const json &n : truth["nsgs"]) {
        const std::string id = n["id"];
        if (id.find(SandboxFixture::kFinanceSubscription) != std::string::npos
            || id.find(SandboxFixture::kLegacySubscription) != std::string::npos)
            continue;
        (n["exposed"].get<bool>() ? expected.exposed : expected.ok)++;
    }
    const Tally got = tally(model);
    QCOMPARE(got.exposed, expected.exposed);
    QCOMPARE(got.ok, expected.ok);
    QCOMPARE(got.unknown, 0);
    QCOMPARE(model->totals().exposed, expected.exposed);
    // Two tenants; the unreadable subscription grey with its error, and listed as a problem.
    QCOMPARE(model->rowCount(), 2);
    const QModelIndex finance =
        model->indexOfSubscription(QString::fromLatin1(SandboxFixture::kFinanceSubscription));
    QVERIFY(finance.isValid());
    QCOMPARE(finance.data(InventoryModel::VerdictRole).toInt(), int(Verdict::Unknown));
    QVERIFY(model->index(finance.row(), InventoryModel::StatusColumn, finance.parent())
                .data()
                .toString()
                .contains(QLatin1String("403")));
    QVERIFY(finance.data(Qt::ToolTipRole).toString().contains(QLatin1String("Request id")));
    QStringList problems;
    for (int i = 0; i < window.problems()->count(); ++i)
        problems.append(window.problems()->item(i)->text());
    QVERIFY2(problems.join(u'\n').contains(QLatin1String("403 AuthorizationFailed")),
             qPrintable(problems.join(u'\n')));
    // Issue 16, point 8: the status bar, the tenant and its page name the subscription not read,
    // after the scan and after a policy switch; never "0 unknown" alone.
    auto *status = window.findChild<QLabel *>(QStringLiteral("progressLabel"));
    QVERIFY(status);
    auto namesUnread = [](const QString &text) {
        return text.contains(QLatin1String("1 subscription"))
            && text.contains(QLatin1String("not read"));
    };
    QVERIFY2(namesUnread(status->text()), qPrintable(status->text()));
    const QModelIndex financeTenant = finance.parent();
    QVERIFY(namesUnread(
        model->index(financeTenant.row(), InventoryModel::StatusColumn, {}).data().toString()));
    window.tree()->setCurrentIndex(window.filter()->mapFromSource(financeTenant));
    auto *scopePage = window.findChild<QLabel *>(QStringLiteral("scopeLabel"));
    QVERIFY(scopePage);
    QTRY_VERIFY2(namesUnread(scopePage->text()), qPrintable(scopePage->text()));
    screenshot(&window, QStringLiteral("main-window-unread-subscription"));
    window.setPolicy(*PortPolicy::fromName(QStringLiteral("ssh")));
    QVERIFY2(namesUnread(status->text()), qPrintable(status->text()));
    window.setPolicy(PortPolicy::smtp());
    const QModelIndex mail =
        model->indexOfSubscription(QString::fromLatin1(SandboxFixture::kMailSubscription));
    QVERIFY(model->index(mail.row(), InventoryModel::StatusColumn, mail.parent())
                .data()
                .toString()
                .contains(QLatin1String("exposed of")));

    // An exposed NSG: the portal's table, custom rules by priority then the greyed defaults,
    // the offending rule highlighted.
    const QString mx = QStringLiteral("/subscriptions/%1/resourceGroups/rg-mail-prod/providers/"
                                      "Microsoft.Network/networkSecurityGroups/nsg-mx-inbound")
                           .arg(QLatin1String(SandboxFixture::kMailSubscription));
    window.selectNsg(mx);
    NsgPage *page = window.nsgPage();
    QTRY_COMPARE(page->nsgId(), mx);
    QVERIFY(page->bannerText().contains(QLatin1String("Exposed")));
    RuleTableModel *rules = page->inboundModel();
    QCOMPARE(rules->headerData(RuleTableModel::PriorityColumn, Qt::Horizontal).toString(),
             QStringLiteral("Priority"));
    QStringList header;
    for (int c = 0; c < rules->columnCount(); ++c)
        header.append(rules->headerData(c, Qt::Horizontal).toString());
    QCOMPARE(header,
             (QStringList{QStringLiteral("Priority"), QStringLiteral("Name"),
                          QStringLiteral("Port"), QStringLiteral("Source ports"),
                          QStringLiteral("Protocol"), QStringLiteral("Source"),
                          QStringLiteral("Destination"), QStringLiteral("Action")}));
    QVERIFY(rules->rowCount() >= 4);
    int previous = -1;
    bool seenDefault = false;
    for (int r = 0; r < rules->rowCount(); ++r) {
        const int priority = rules->index(r, RuleTableModel::PriorityColumn).data().toInt();
        const bool isDefault = rules->index(r, 0).data(RuleTableModel::IsDefaultRole).toBool();
        QVERIFY2(priority > previous, "rows in priority order");
        QVERIFY2(!seenDefault || isDefault, "default rules after the custom ones");
        seenDefault = seenDefault || isDefault;
        previous = priority;
    }
    QCOMPARE(rules->index(rules->rowCount() - 1, RuleTableModel::NameColumn).data().toString(),
             QStringLiteral("DenyAllInBound"));
    const QList<int> exposing = rules->exposingRows();
    QCOMPARE(exposing.size(), 1);
    const QModelIndex offending = rules->index(exposing.first(), RuleTableModel::NameColumn);
    QCOMPARE(offending.data().toString(), QStringLiteral("Allow-SMTP-Internet"));
    QCOMPARE(rules->index(exposing.first(), RuleTableModel::SourceColumn).data().toString(),
             QStringLiteral("Internet"));
    QCOMPARE(rules->index(exposing.first(), RuleTableModel::PortColumn).data().toString(),
             QStringLiteral("25"));
    QCOMPARE(offending.data(Qt::BackgroundRole).value<QColor>(),
             StatusIcons::tint(StatusIcons::Kind::Exposed));
    QVERIFY(offending.data(Qt::ToolTipRole).toString().contains(QLatin1String("reach TCP/25")));
    for (int r = 0; r < rules->rowCount(); ++r) {
        if (r != exposing.first())
            QVERIFY(!rules->index(r, 0).data(Qt::BackgroundRole).isValid()
                    || rules->index(r, 0).data(RuleTableModel::MarkRole).toInt()
                        == int(RuleMark::Malformed));
    }
    screenshot(&window, QStringLiteral("main-window-exposed-nsg"));

    // The proof in words, and the JSON as ARM returns it.
    page->tabs()->setCurrentIndex(NsgPage::WhyTab);
    screenshot(&window, QStringLiteral("main-window-why"));
    page->tabs()->setCurrentIndex(NsgPage::JsonTab);
    auto *jsonView = page->findChild<QPlainTextEdit *>(QStringLiteral("jsonView"));
    QTRY_VERIFY(jsonView->toPlainText().contains(QLatin1String("\"Allow-SMTP-Internet\"")));
    page->tabs()->setCurrentIndex(NsgPage::InboundTab);

    // Filter by name, by address, exposed only.
    InventoryFilterModel *filter = window.filter();
    const int all = visibleNsgs(filter);
    QCOMPARE(all, got.exposed + got.ok);
    QTest::keyClicks(window.filterLineEdit(), QStringLiteral("nsg-mx"));
    QTRY_COMPARE(visibleNsgs(filter), 2); // nsg-mx-inbound, nsg-mx-partners
    window.filterLineEdit()->clear();
    window.filterLineEdit()->setText(QStringLiteral("198.51.100.20")); // a partner's address
    QTRY_VERIFY(visibleNsgs(filter) >= 1);
    window.filterLineEdit()->clear();
    QTest::mouseClick(window.exposedOnlyCheckBox(), Qt::LeftButton);
    QTRY_COMPARE(visibleNsgs(filter), got.exposed);
    screenshot(&window, QStringLiteral("main-window-exposed-only"));
    window.exposedOnlyCheckBox()->setChecked(false);
    QTRY_COMPARE(visibleNsgs(filter), all);

    // Refresh one NSG: one request, selection kept.
    window.selectNsg(mx);
    const int before = int(sandbox.requests().size());
    QAction *refresh = nullptr;
    for (QAction *a : window.findChildren<QAction *>()) {
        if (a->shortcut() == QKeySequence(QKeySequence::Refresh))
            refresh = a;
    }
    QVERIFY(refresh);
    QVERIFY(refresh->isEnabled());
    refresh->trigger();
    QTRY_VERIFY(int(sandbox.requests().size()) == before + 1);
    QTest::qWait(200);
    QCOMPARE(window.nsgPage()->nsgId(), mx);
}

void TestMainWindow::offlineFiles()
{
    MainWindow window;
    window.resize(1200, 800);
    window.show();
    QSignalSpy loaded(&window, &MainWindow::offlineFileLoaded);
    window.openFiles({QStringLiteral(NSG_SOURCE_DIR "/resources/demo/sample-export.json")});
    QVERIFY(loaded.wait(10000));
    const InventoryModel *model = window.inventory();
    QCOMPARE(model->rowCount(), 1);
    const QModelIndex offline = model->index(0, 0);
    QCOMPARE(offline.data().toString(), QStringLiteral("Offline files"));
    QCOMPARE(model->nsgCount(), 15);
    // An NSG-only export: no paths were followed, so "Internet-facing only" has nothing to say.
    QVERIFY(!window.internetFacingOnlyCheckBox()->isEnabled());
    QVERIFY(!window.internetFacingOnlyCheckBox()->isChecked());
    QCOMPARE(model->totals().exposed, 10);
    const Tally t = tally(model);
    QCOMPARE(t.exposed, 10);
    QCOMPARE(t.ok, 5);
    // A broken file is a problem in the dock, not a dialog.
    QTemporaryDir dir;
    const QString broken = dir.filePath(QStringLiteral("broken.json"));
    QFile f(broken);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("[{\"name\": \"nsg-cut\", \"properties\": {\"securityRules\": [");
    f.close();
    window.openFiles({broken});
    QVERIFY(loaded.wait(10000));
    QVERIFY(window.problems()->count() >= 1);
    QVERIFY(window.problems()->item(0)->text().contains(QLatin1String("InvalidJson")));
    screenshot(&window, QStringLiteral("main-window-offline"));
}

namespace {

// `nsg-auditor scan --nics` against the same sandbox: NIC id (lower case) → "verdict: reason".
// The NSG-only NIC view of the sandbox's tenant under a policy, from its export: what the NICs
// tab must show (the command line's networkInterfaces follow the paths from the Internet instead).
// The demo sandbox (approving sign-ins at once, plain HTTP for a command line beside it) and a
// window that reads network interfaces, so that it follows the paths from the Internet.
struct NetworkWindow
{
    static sandbox::SandboxOptions approving()
    {
        sandbox::SandboxOptions options = SandboxFixture::defaults();
        options.autoApproveSeconds = 0;
        return options;
    }
    struct Interfaces
    {
        Interfaces() { QSettings().setValue(QStringLiteral("view/includeInterfaces"), true); }
        ~Interfaces() { QSettings().remove(QStringLiteral("view/includeInterfaces")); }
        Q_DISABLE_COPY_MOVE(Interfaces)
    };
    SandboxFixture sandbox{approving(), false};
    Interfaces interfaces; // before the window, which reads the setting when it is made
    MainWindow window;
};

// The window on the sandbox under a policy, signed in through its dialog (the sandbox approves
// at once), once its scan has ended.
bool signInAndScan(MainWindow &window, SandboxFixture &sandbox, const QString &policy)
{
    window.setSandbox(sandbox.baseUrl());
    window.setMinimumPollInterval(50);
    window.setPolicy(*PortPolicy::fromName(policy));
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return false;
    QSignalSpy finished(&window, &MainWindow::scanFinished);
    window.showSignIn();
    QTest::mouseClick(
        window.signInDialog()->findChild<QPushButton *>(QStringLiteral("signInButton")),
        Qt::LeftButton);
    const bool done = !finished.isEmpty() || finished.wait(60000);
    window.signInDialog()->hide();
    return done;
}

QHash<QString, QString> exportedNics(SandboxFixture &sandbox, const QString &policy)
{
    const QByteArray exported = sandbox.control().get(QStringLiteral("/sandbox/export")).body;
    EvaluationOptions options;
    options.policy = *PortPolicy::fromName(policy);
    OfflineScan scan(options);
    scan.addBytes(exported, QStringLiteral("export.json"));
    const ScanResult result = scan.takeResult();
    QHash<QString, const Finding *> findings;
    for (const NsgResult &r : result.nsgs)
        findings.insert(r.nsg.id().toLower(), &r.finding);
    QList<NetworkInterface> interfaces;
    QList<Subnet> subnets;
    for (const json &o : json::parse(exported.toStdString())) {
        const std::string type = o.value("type", std::string());
        if (type == "Microsoft.Network/networkInterfaces") {
            if (auto nic = InventoryJson::networkInterface(o))
                interfaces.append(*nic);
        } else if (type == "Microsoft.Network/virtualNetworks") {
            subnets += InventoryJson::subnetsOf(o);
        }
    }
    // The NICs tab lists a NIC under its NSGs: one without any is not in it.
    QSet<QString> guarded;
    for (const Subnet &s : std::as_const(subnets)) {
        if (!s.nsgId.isEmpty())
            guarded.insert(s.id.toLower());
    }
    interfaces.removeIf([&guarded](const NetworkInterface &n) {
        return n.nsgId.isEmpty()
            && std::none_of(n.subnetIds.begin(), n.subnetIds.end(),
                            [&guarded](const QString &s) { return guarded.contains(s.toLower()); });
    });
    QHash<QString, QString> nics;
    for (const NicResult &n : evaluateInterfaces(
             interfaces, subnets,
             [&findings](const QString &id) { return findings.value(id.toLower()); }, options))
        nics.insert(n.nic.id.toLower(),
                    QLatin1String(n.finding.verdict == Verdict::Exposed  ? "exposed"
                                      : n.finding.verdict == Verdict::Ok ? "ok"
                                                                         : "unknown")
                        + QLatin1String(": ") + n.finding.reason);
    return nics;
}

// Two NIC views compared NIC by NIC, so that a difference names its NIC.
bool sameNics(const QHash<QString, QString> &actual, const QHash<QString, QString> &expected)
{
    QStringList a = actual.keys(), e = expected.keys();
    a.sort();
    e.sort();
    if (a != e) {
        qWarning("NICs shown: %s\nexpected: %s", qPrintable(a.join(u' ')),
                 qPrintable(e.join(u' ')));
        return false;
    }
    for (const QString &id : std::as_const(e)) {
        if (actual.value(id) != expected.value(id)) {
            qWarning("%s shows '%s', expected '%s'", qPrintable(id), qPrintable(actual.value(id)),
                     qPrintable(expected.value(id)));
            return false;
        }
    }
    return true;
}

// What the NICs tab shows for every NSG of the tree, NIC id → "verdict: reason".
QHash<QString, QString> windowNics(MainWindow &window)
{
    QHash<QString, QString> nics;
    QStringList ids;
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int r = 0; r < window.inventory()->rowCount(parent); ++r) {
            const QModelIndex i = window.inventory()->index(r, 0, parent);
            if (const NsgResult *n = window.inventory()->nsgAt(i))
                ids.append(n->nsg.id());
            else
                walk(i);
        }
    };
    walk({});
    auto *table = window.nsgPage()->findChild<QTableWidget *>(QStringLiteral("nicsTable"));
    for (const QString &id : ids) {
        window.selectNsg(id);
        QCoreApplication::processEvents();
        for (int row = 0; row < table->rowCount(); ++row) {
            const QString verdict = table->item(row, 1)->text();
            nics.insert(table->item(row, 0)->data(Qt::UserRole).toString().toLower(),
                        (verdict == displayName(Verdict::Exposed)  ? QStringLiteral("exposed")
                             : verdict == displayName(Verdict::Ok) ? QStringLiteral("ok")
                                                                   : QStringLiteral("unknown"))
                            + QLatin1String(": ") + table->item(row, 2)->text());
        }
    }
    return nics;
}

} // namespace

void TestMainWindow::nicsFollowThePolicy()
{
    NetworkWindow fixture;
    SandboxFixture &sandbox = fixture.sandbox;
    MainWindow &window = fixture.window;
    QVERIFY(signInAndScan(window, sandbox, QStringLiteral("ssh")));

    const QHash<QString, QString> sshCli = exportedNics(sandbox, QStringLiteral("ssh"));
    QVERIFY(!sshCli.isEmpty());
    QVERIFY(sameNics(windowNics(window), sshCli));

    // The reviewer switches to SMTP: every NIC now says what reaches TCP/25, as the CLI does.
    window.setPolicy(*PortPolicy::fromName(QStringLiteral("smtp")));
    const QHash<QString, QString> smtpCli = exportedNics(sandbox, QStringLiteral("smtp"));
    QVERIFY(smtpCli != sshCli); // the switch matters for at least one NIC
    QVERIFY(sameNics(windowNics(window), smtpCli));

    // The report from the window carries the NIC view under the policy in force.
    const AuditReport report = window.buildReport(0);
    QHash<QString, QString> reported;
    for (const NicResult &n : report.scan.interfaces)
        reported.insert(n.nic.id.toLower(),
                        QLatin1String(n.finding.verdict == Verdict::Exposed  ? "exposed"
                                          : n.finding.verdict == Verdict::Ok ? "ok"
                                                                             : "unknown")
                            + QLatin1String(": ") + n.finding.reason);
    QVERIFY(sameNics(reported, smtpCli));

    // Fix… and Restrict source… take the broadest exposing rule, not a partner's one address.
    QString ipv6mx;
    std::function<void(const QModelIndex &)> find = [&](const QModelIndex &parent) {
        for (int r = 0; r < window.inventory()->rowCount(parent); ++r) {
            const QModelIndex i = window.inventory()->index(r, 0, parent);
            if (const NsgResult *n = window.inventory()->nsgAt(i)) {
                if (n->nsg.name() == QLatin1String("nsg-ipv6-mx"))
                    ipv6mx = n->nsg.id();
            } else {
                find(i);
            }
        }
    };
    find({});
    QVERIFY(!ipv6mx.isEmpty());
    window.selectNsg(ipv6mx);
    QCOMPARE(window.nsgPage()->exposingRuleName(), QStringLiteral("Allow-SMTP-v6"));
}

// Issue 16, point 8: the window opens the JSON report it writes (not "NotAnExport"), with the
// report's scan time and policy on the file's node.
namespace {

// Every NSG of the tree (live ones) → its standing on both axes.
QHash<QString, NsgStanding> windowStandings(const InventoryModel *model)
{
    QHash<QString, NsgStanding> out;
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int r = 0; r < model->rowCount(parent); ++r) {
            const QModelIndex i = model->index(r, 0, parent);
            if (const NsgResult *n = model->nsgAt(i))
                out.insert(n->nsg.id().toLower(),
                           NsgStanding(i.data(InventoryModel::StandingRole).toInt()));
            else
                walk(i);
        }
    };
    walk({});
    return out;
}

// The same from the sandbox's az-shaped export of the same tenants, evaluated offline.
QHash<QString, NsgStanding> exportedStandings(SandboxFixture &sandbox, const QString &policy)
{
    EvaluationOptions options;
    options.policy = *PortPolicy::fromName(policy);
    OfflineScan scan(options);
    scan.addBytes(sandbox.control().get(QStringLiteral("/sandbox/export")).body,
                  QStringLiteral("export.json"));
    const ScanResult result = scan.takeResult();
    QHash<QString, NsgStanding> out;
    for (const NsgResult &r : result.nsgs)
        out.insert(r.nsg.id().toLower(),
                   result.reachability.standing(r.nsg.id(), r.finding.verdict));
    return out;
}

bool sameStandings(const QHash<QString, NsgStanding> &window,
                   const QHash<QString, NsgStanding> &exported)
{
    bool same = true;
    for (auto it = window.begin(); it != window.end(); ++it) {
        if (!exported.contains(it.key())) // a subscription the export does not hold
            continue;
        if (exported.value(it.key()) != it.value()) {
            qWarning("%s: window %s, export %s", qPrintable(it.key()),
                     qPrintable(apiName(it.value())),
                     qPrintable(apiName(exported.value(it.key()))));
            same = false;
        }
    }
    return same;
}

} // namespace

void TestMainWindow::reachabilityInTheTree()
{
    NetworkWindow fixture;
    SandboxFixture &sandbox = fixture.sandbox;
    MainWindow &window = fixture.window;
    window.resize(1280, 800);
    QVERIFY(signInAndScan(window, sandbox, QStringLiteral("smtp")));
    const InventoryModel *model = window.inventory();
    QTRY_VERIFY_WITH_TIMEOUT(model->liveReachability() && !model->isPlacingLiveReachability(),
                             10000);
    // The tree's columns at 1280: names and statuses both have room.
    QVERIFY(window.tree()->header()->sectionSize(InventoryModel::NameColumn) >= 200);
    QVERIFY(window.tree()->header()->sectionSize(InventoryModel::StatusColumn) >= 180);

    // Every NSG stands where the export of the same tenants puts it, on both axes; and the demo's
    // scenarios show each standing.
    QHash<QString, NsgStanding> got = windowStandings(model);
    QVERIFY(sameStandings(got, exportedStandings(sandbox, QStringLiteral("smtp"))));
    QSet<NsgStanding> seen;
    for (NsgStanding s : std::as_const(got))
        seen.insert(s);
    for (NsgStanding s :
         {NsgStanding::InternetFacing, NsgStanding::Latent, NsgStanding::BlockedByAdminRule,
          NsgStanding::AdmittedByAdminRule, NsgStanding::Ok})
        QVERIFY2(seen.contains(s), qPrintable(apiName(s)));
    int facing = 0, latent = 0;
    for (NsgStanding s : std::as_const(got)) {
        facing += s == NsgStanding::InternetFacing || s == NsgStanding::AdmittedByAdminRule;
        latent += s == NsgStanding::Latent || s == NsgStanding::BlockedByAdminRule;
    }
    QCOMPARE(model->totals().internetFacing, facing);
    QCOMPARE(model->totals().latent, latent);
    int blocked = 0;
    for (NsgStanding s : std::as_const(got))
        blocked += s == NsgStanding::BlockedByAdminRule;
    QVERIFY2(model->summaryText().contains(
                 QStringLiteral("%1 internet-facing, ").arg(facing)
                 + QStringLiteral("0 exposed (paths not read), %1 latent, %2 blocked by an "
                                  "admin rule")
                       .arg(latent - blocked)
                       .arg(blocked)),
             qPrintable(model->summaryText()));

    // A latent NSG is never green, nor red: its own shape, and words that say why.
    QString latentId, blockedId;
    for (auto it = got.begin(); it != got.end(); ++it) {
        if (it.value() == NsgStanding::Latent && latentId.isEmpty())
            latentId = it.key();
        if (it.value() == NsgStanding::BlockedByAdminRule && blockedId.isEmpty())
            blockedId = it.key();
    }
    const QModelIndex latentIndex = model->indexOfNsg(latentId);
    QCOMPARE(InventoryModel::statusKind(model->nodeOf(latentIndex)),
             int(StatusIcons::Kind::Latent));
    QCOMPARE(latentIndex.siblingAtColumn(InventoryModel::StatusColumn).data().toString(),
             QStringLiteral("Latent: no public path"));
    // Its resource group counts the two axes apart.
    const QModelIndex group = latentIndex.parent();
    QVERIFY2(group.siblingAtColumn(InventoryModel::StatusColumn)
                 .data()
                 .toString()
                 .contains(QLatin1String(" latent")),
             qPrintable(group.siblingAtColumn(InventoryModel::StatusColumn).data().toString()));
    // The details of its subscription count as its headline does: latent apart from blocked by
    // an admin rule, under "From the Internet", the NSGs' own verdicts under their own heading.
    const QModelIndex subscription = group.parent();
    window.tree()->setCurrentIndex(window.filter()->mapFromSource(subscription));
    const InventoryModel::Counts &sc = model->nodeOf(subscription)->counts;
    const QString details = window.findChild<QLabel *>(QStringLiteral("scopeLabel"))->text();
    const auto cell = [](const QString &label, int n) -> QString {
        return label + QStringLiteral("</td><td align=right>%1<").arg(n);
    };
    QVERIFY2(details.contains(QLatin1String("By their own rules")), qPrintable(details));
    QVERIFY2(details.contains(QLatin1String("From the Internet")), qPrintable(details));
    QVERIFY2(
        details.contains(cell(QStringLiteral("Latent (no public path)"), sc.latent - sc.blocked)),
        qPrintable(details));
    QVERIFY2(details.contains(cell(QStringLiteral("Blocked by an admin rule"), sc.blocked)),
             qPrintable(details));
    const QString headline = model->statusText(model->nodeOf(subscription));
    if (sc.latent > sc.blocked)
        QVERIFY2(headline.contains(QStringLiteral("%1 latent").arg(sc.latent - sc.blocked)),
                 qPrintable(headline));
    else
        QVERIFY2(!headline.contains(QLatin1String(" latent")), qPrintable(headline));

    // The NSG an admin rule closes says so, first, on its page.
    window.selectNsg(model->indexOfNsg(blockedId).data(InventoryModel::IdRole).toString());
    QVERIFY2(window.nsgPage()->bannerText().contains(QLatin1String("blocked by an admin rule")),
             qPrintable(window.nsgPage()->bannerText()));
    QVERIFY(window.nsgPage()->bannerText().contains(QLatin1String("denies the port before")));
    // So does its Why tab, before the proof of its own rules' verdict.
    const QString why =
        window.nsgPage()->findChild<QTextBrowser *>(QStringLiteral("whyBrowser"))->toPlainText();
    QVERIFY2(why.startsWith(
                 InventoryModel::standingText(NsgStanding::BlockedByAdminRule, Verdict::Exposed)),
             qPrintable(why));
    QVERIFY2(why.contains(QStringLiteral("Its own rules: %1").arg(displayName(Verdict::Exposed))),
             qPrintable(why));
    // Restricting its rule would not change what reaches the workloads: the dialog says so.
    window.openRestrictDialog(window.nsgPage()->exposingRuleName());
    RestrictSourceDialog *restrict = window.restrictDialog();
    QVERIFY(restrict);
    QVERIFY2(restrict->bannerText().contains(QLatin1String("already denies the port")),
             qPrintable(restrict->bannerText()));
    restrict->close();

    // Internet-facing only: exactly those NSGs, and those whose paths could not be decided (they
    // may be).
    QVERIFY(window.internetFacingOnlyCheckBox()->isEnabled());
    window.internetFacingOnlyCheckBox()->setChecked(true);
    int undecided = 0;
    for (NsgStanding s : std::as_const(got))
        undecided += s == NsgStanding::Unknown || s == NsgStanding::Exposed;
    QVERIFY(undecided > 0);
    QCOMPARE(window.filter()->visibleNsgCount(), facing + undecided);
    window.internetFacingOnlyCheckBox()->setChecked(false);
    // Exposed only: what is red, on either axis — an NSG OK by its own rules that the Internet
    // reaches (a public service tag, an admin rule's AlwaysAllow) stays.
    int red = 0, admittedPastOk = 0;
    for (auto it = got.cbegin(); it != got.cend(); ++it) {
        const NsgResult *n = model->nsgAt(model->indexOfNsg(it.key()));
        const bool exposedByRules = n->finding.verdict == Verdict::Exposed;
        const bool redPath = it.value() == NsgStanding::InternetFacing
            || it.value() == NsgStanding::AdmittedByAdminRule || it.value() == NsgStanding::Exposed;
        red += exposedByRules || redPath;
        admittedPastOk += !exposedByRules && redPath;
    }
    QVERIFY(admittedPastOk > 0);
    window.findChild<QCheckBox *>(QStringLiteral("exposedOnlyCheckBox"))->setChecked(true);
    QCOMPARE(window.filter()->visibleNsgCount(), red);
    window.findChild<QCheckBox *>(QStringLiteral("exposedOnlyCheckBox"))->setChecked(false);
    window.internetFacingOnlyCheckBox()->setChecked(true);
    window.internetFacingOnlyCheckBox()->setChecked(false);
    screenshot(&window, QStringLiteral("reachability-tree"));

    // The window's report leads with the same internet-facing endpoints.
    const AuditReport report = window.buildReport(0);
    const int endpoints = model->liveReachability()->exposedEndpoints();
    QVERIFY(endpoints > 0);
    QCOMPARE(report.scan.reachability.exposedEndpoints(), endpoints);
    QBuffer html;
    html.open(QIODevice::WriteOnly);
    QVERIFY(HtmlReport().write(report, &html));
    QVERIFY(QString::fromUtf8(html.data())
                .contains(QStringLiteral("Internet-facing endpoints (%1)").arg(endpoints)));

    // Another policy: the paths follow it (evaluated again in the workspace), as the export says.
    window.setPolicy(*PortPolicy::fromName(QStringLiteral("ssh")));
    const QHash<QString, NsgStanding> ssh = exportedStandings(sandbox, QStringLiteral("ssh"));
    QTRY_VERIFY_WITH_TIMEOUT(
        windowStandings(model) == ssh || sameStandings(windowStandings(model), ssh), 10000);
    QVERIFY(windowStandings(model) != got);
    // And back: the window remembers its policy for the next one.
    window.setPolicy(*PortPolicy::fromName(QStringLiteral("smtp")));
    QTRY_VERIFY_WITH_TIMEOUT(windowStandings(model) == got, 10000);
}

void TestMainWindow::pathTabDrawsTheHops()
{
    NetworkWindow fixture;
    SandboxFixture &sandbox = fixture.sandbox;
    MainWindow &window = fixture.window;
    window.resize(1024, 700);
    QVERIFY(signInAndScan(window, sandbox, QStringLiteral("smtp")));
    const InventoryModel *model = window.inventory();
    QTRY_VERIFY_WITH_TIMEOUT(model->liveReachability() && !model->isPlacingLiveReachability(),
                             10000);
    const ReachabilityResult &paths = *model->liveReachability();

    // The NSG in front of the public load balancer: a load-balancing rule and a NAT rule to 25.
    QString lbNsg;
    for (const Endpoint &e : paths.endpoints) {
        if (e.via == Endpoint::Via::InboundNatRule && e.verdict == Verdict::Exposed)
            lbNsg = e.subnetNsgId.isEmpty() ? e.nicNsgId : e.subnetNsgId;
    }
    QVERIFY(!lbNsg.isEmpty());
    window.selectNsg(lbNsg);
    NsgPage *page = window.nsgPage();
    page->tabs()->setCurrentIndex(NsgPage::PathsTab);
    QTableWidget *table = page->pathsTable();
    QVERIFY(table->isVisible());
    // Every endpoint through it, exposed first, as the pass has them.
    int through = 0;
    for (const Endpoint &e : paths.endpoints)
        through += e.nsgIds.contains(lbNsg, Qt::CaseInsensitive);
    QCOMPARE(table->rowCount(), through);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("exposed"));
    int nat = -1;
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 2)->text().contains(QLatin1String("nat"), Qt::CaseInsensitive))
            nat = row;
    }
    QVERIFY(nat >= 0);
    table->setCurrentCell(nat, 0);
    PathView *view = page->pathView();
    const std::vector<PathHop> &hops = view->hops();
    QVERIFY(hops.size() >= 4);
    QCOMPARE(hops.front().kind, PathHop::Kind::Internet);
    QCOMPARE(hops[1].title, QStringLiteral("Inbound NAT rule"));
    // The NAT rule's frontend port → backend port, and the hop that decides: this NSG.
    QVERIFY2(hops[1].text.contains(QStringLiteral("2525 → 25")), qPrintable(hops[1].text));
    const auto decides = std::find_if(hops.begin(), hops.end(), [](const PathHop &h) {
        return h.state == PathHop::State::Admits;
    });
    QVERIFY(decides != hops.end());
    QCOMPARE(decides->resourceId.toLower(), lbNsg.toLower());
    QCOMPARE(hops.back().kind, PathHop::Kind::Target);
    // Said in words for screen readers.
    QVERIFY(view->accessibleDescription().startsWith(QLatin1String("Path from the Internet to ")));
    QVERIFY(view->accessibleDescription().contains(
        QLatin1String("(decides: lets the Internet through)")));
    // Legible at 1024×700: every box is inside the view and none overlaps another.
    for (size_t i = 0; i < hops.size(); ++i) {
        const QRect r = view->hopRect(int(i));
        QVERIFY(view->rect().contains(r));
        for (size_t j = i + 1; j < hops.size(); ++j)
            QVERIFY(!r.intersects(view->hopRect(int(j))));
    }
    screenshot(&window, QStringLiteral("path-tab-nat"));

    // The network interface at the end opens its own paths: Workloads, that NIC selected.
    QTest::mouseClick(view, Qt::LeftButton, {}, view->hopRect(int(hops.size() - 1)).center());
    QVERIFY(window.workloadsWindow() && window.workloadsWindow()->isVisible());
    const QString nicId = hops.back().resourceId;
    const auto workloadsNic = [&window] {
        return window.workloadsWindow()
            ->table()
            ->currentIndex()
            .data(WorkloadsModel::IdRole)
            .toString()
            .toLower();
    };
    QCOMPARE(workloadsNic(), nicId.toLower());
    QCOMPARE(window.workloadsWindow()->pathView()->hops().back().resourceId.toLower(),
             nicId.toLower());
    // So does a NIC of the NICs tab (double-click or Enter), even past a filter that hid it.
    window.workloadsWindow()->filterEdit()->setText(QStringLiteral("no-such-nic"));
    page->tabs()->setCurrentIndex(NsgPage::NicsTab);
    auto *nics = page->findChild<QTableWidget *>(QStringLiteral("nicsTable"));
    QVERIFY(nics && nics->rowCount() > 0);
    const QString firstNic = nics->item(0, 0)->data(Qt::UserRole).toString();
    Q_EMIT nics->itemActivated(nics->item(0, 1));
    QCOMPARE(workloadsNic(), firstNic.toLower());
    QVERIFY(window.workloadsWindow()->filterEdit()->text().isEmpty());
    window.workloadsWindow()->close();
    page->tabs()->setCurrentIndex(NsgPage::PathsTab);
    table->setCurrentCell(nat, 0);

    // Its admin rules hop: the network's admin rules, none of which decided this path.
    const auto adminHop = std::find_if(hops.begin(), hops.end(), [](const PathHop &h) {
        return h.kind == PathHop::Kind::AdminRules;
    });
    QVERIFY(adminHop != hops.end());
    QTest::mouseClick(view, Qt::LeftButton, {},
                      view->hopRect(int(adminHop - hops.begin())).center());
    QVERIFY(window.adminRulesDialog());
    QCOMPARE(window.adminRulesDialog()->decidingRow(), -1);
    QVERIFY(window.adminRulesDialog()->summary().contains(QLatin1String("none decides")));
    window.adminRulesDialog()->close();

    // A click on the deciding NSG opens its rules.
    QTest::mouseClick(view, Qt::LeftButton, {},
                      view->hopRect(int(decides - hops.begin())).center());
    QCOMPARE(page->tabs()->currentIndex(), int(NsgPage::InboundTab));

    // An NSG an AlwaysAllow admin rule reaches past: the admin rules decide, the NSGs are not
    // reached for those sources.
    QString admitted;
    for (const Endpoint &e : paths.endpoints) {
        if (e.verdict == Verdict::Exposed && e.decidedLayer == Endpoint::Layer::AdminRule
            && !e.nsgIds.isEmpty())
            admitted = e.nsgIds.front();
    }
    QVERIFY(!admitted.isEmpty());
    window.selectNsg(admitted);
    page->tabs()->setCurrentIndex(NsgPage::PathsTab);
    QVERIFY(page->pathsTable()->rowCount() > 0);
    const auto admin = std::find_if(view->hops().begin(), view->hops().end(), [](const PathHop &h) {
        return h.state == PathHop::State::Admits;
    });
    QVERIFY(admin != view->hops().end());
    QCOMPARE(admin->kind, PathHop::Kind::AdminRules);
    QVERIFY(window.nsgPage()->bannerText().contains(QLatin1String("always allows the Internet")));
    screenshot(&window, QStringLiteral("path-tab-admin-rule"));
    // A click on the admin rules opens the virtual network's effective admin rules, the deciding
    // AlwaysAllow marked, read only.
    QTest::mouseClick(view, Qt::LeftButton, {},
                      view->hopRect(int(admin - view->hops().begin())).center());
    AdminRulesDialog *rules = window.adminRulesDialog();
    QVERIFY(rules);
    QVERIFY(rules->decidingRow() >= 0);
    QCOMPARE(rules->table()->item(rules->decidingRow(), 3)->text(), QStringLiteral("Always allow"));
    QVERIFY(rules->matchesPolicy(rules->decidingRow()));
    QVERIFY(rules->summary().contains(QLatin1String("Read only")));
    QVERIFY(QTest::qWaitForWindowExposed(rules));
    screenshot(rules, QStringLiteral("admin-rules"));
    rules->close();

    // In a dark palette, the same drawing, light on dark.
    const QPalette before = QApplication::palette();
    const QPalette dark = nsg::test::darkPalette();
    QApplication::setPalette(dark);
    const auto light = qScopeGuard([&before] { QApplication::setPalette(before); });
    QCoreApplication::processEvents();
    QCOMPARE(view->palette().color(QPalette::Base), dark.color(QPalette::Base));
    const QImage shot = view->grab().toImage();
    // The first box's title is drawn in the palette's light text on the dark base.
    const QRect first = view->hopRect(0).adjusted(6, 6, -6, -6);
    int lightPixels = 0;
    for (int y = first.top(); y < first.top() + 14; ++y)
        for (int x = first.left(); x < first.right(); ++x)
            lightPixels += QColor(shot.pixel(x * shot.width() / view->width(),
                                             y * shot.height() / view->height()))
                               .lightness()
                > 160;
    QVERIFY(lightPixels > 10);
    screenshot(&window, QStringLiteral("path-tab-dark"));
}

void TestMainWindow::workloadsView()
{
    NetworkWindow fixture;
    SandboxFixture &sandbox = fixture.sandbox;
    MainWindow &window = fixture.window;
    window.resize(1024, 700);
    QVERIFY(signInAndScan(window, sandbox, QStringLiteral("smtp")));
    QTRY_VERIFY_WITH_TIMEOUT(window.inventory()->liveReachability()
                                 && !window.inventory()->isPlacingLiveReachability(),
                             10000);
    const ReachabilityResult &paths = *window.inventory()->liveReachability();

    // View → Workloads: a row per network interface the paths were followed to.
    window.findChild<QAction *>(QStringLiteral("workloadsAction"))->trigger();
    WorkloadsWindow *workloads = window.workloadsWindow();
    QVERIFY(workloads && workloads->isVisible());
    QVERIFY(QTest::qWaitForWindowExposed(workloads));
    QTableView *table = workloads->table();
    QCOMPARE(table->model()->rowCount(), int(paths.interfaces.size()));
    int exposed = 0;
    for (const NicReachability &n : paths.interfaces)
        exposed += n.verdict == NicReachability::Verdict::Exposed;
    QVERIFY(exposed > 0);
    QVERIFY2(workloads->summary().contains(
                 QStringLiteral("reached from the Internet: %1;").arg(exposed)),
             qPrintable(workloads->summary()));
    // Sorted by verdict: the exposed ones first.
    for (int row = 0; row < exposed; ++row)
        QCOMPARE(table->model()->index(row, WorkloadsModel::VerdictColumn).data().toString(),
                 QStringLiteral("exposed"));

    // A NIC every path to which an admin rule's Deny stops is said to be blocked by it, as the
    // tree says of its NSG — not "latent".
    int adminBlocked = 0;
    for (int row = 0; row < workloads->model()->rowCount(); ++row) {
        const std::vector<const Endpoint *> to = workloads->model()->endpointsOf(row);
        const bool blocked =
            !to.empty() && std::all_of(to.begin(), to.end(), [](const Endpoint *e) {
                return e->verdict == Verdict::Ok && e->decidedLayer == Endpoint::Layer::AdminRule;
            });
        if (!blocked
            || workloads->model()->interfaceAt(row)->verdict != NicReachability::Verdict::Latent)
            continue;
        ++adminBlocked;
        QCOMPARE(workloads->model()->index(row, WorkloadsModel::VerdictColumn).data().toString(),
                 QStringLiteral("blocked by an admin rule"));
    }
    QVERIFY(adminBlocked > 0);
    // A NIC whose own NSG admits the Internet (latent in the tree) while the subnet's NSG stops it
    // is OK, and its reason says which NSG does what.
    const auto halves = std::find_if(
        paths.interfaces.begin(), paths.interfaces.end(),
        [](const NicReachability &n) { return n.name == QLatin1String("nic-halves01"); });
    QVERIFY(halves != paths.interfaces.end());
    QCOMPARE(halves->verdict, NicReachability::Verdict::Ok);
    QVERIFY2(halves->reason.contains(QLatin1String("nsg-split-halves lets public sources in by its "
                                                   "own rules, but nsg-jumpbox on the same path "
                                                   "would stop them")),
             qPrintable(halves->reason));

    // Filtered by an address range like the tree: the NICs whose private or public entry
    // addresses are in it.
    const Endpoint *nat = nullptr;
    for (const Endpoint &e : paths.endpoints) {
        if (e.via == Endpoint::Via::InboundNatRule && e.verdict == Verdict::Exposed)
            nat = &e;
    }
    QVERIFY(nat);
    workloads->filterEdit()->setText(nat->privateIp + QLatin1String("/32"));
    QCOMPARE(table->model()->rowCount(), 1);
    table->setCurrentIndex(table->model()->index(0, 0));
    QCOMPARE(table->model()->index(0, 0).data(WorkloadsModel::IdRole).toString().toLower(),
             nat->networkInterfaceId.toLower());
    // Its entry points to choose from; the NAT one drawn, ending at this NIC.
    int endpoints = 0;
    for (const Endpoint &e : paths.endpoints)
        endpoints +=
            e.networkInterfaceId.compare(nat->networkInterfaceId, Qt::CaseInsensitive) == 0;
    QCOMPARE(workloads->endpointBox()->count(), endpoints);
    int natItem = -1;
    for (int i = 0; i < workloads->endpointBox()->count(); ++i) {
        if (workloads->endpointBox()->itemText(i).contains(
                QStringLiteral(":%1 →").arg(nat->frontendPort)))
            natItem = i;
    }
    QVERIFY(natItem >= 0);
    workloads->endpointBox()->setCurrentIndex(natItem);
    const std::vector<PathHop> &hops = workloads->pathView()->hops();
    QCOMPARE(hops[1].title, QStringLiteral("Inbound NAT rule"));
    QCOMPARE(hops.back().resourceId.toLower(), nat->networkInterfaceId.toLower());
    screenshot(workloads, QStringLiteral("workloads-view"));

    // A click on an NSG of the path opens it in the window.
    const auto nsgHop = std::find_if(hops.begin(), hops.end(), [](const PathHop &h) {
        return h.kind == PathHop::Kind::SubnetNsg || h.kind == PathHop::Kind::NicNsg;
    });
    QVERIFY(nsgHop != hops.end());
    QTest::mouseClick(workloads->pathView(), Qt::LeftButton, {},
                      workloads->pathView()->hopRect(int(nsgHop - hops.begin())).center());
    QCOMPARE(window.nsgPage()->nsgId().toLower(), nsgHop->resourceId.toLower());

    // By name, and exposed (or undecided) only; the summary counts what the filter shows.
    workloads->filterEdit()->setText(QStringLiteral("no-such-nic"));
    QCOMPARE(table->model()->rowCount(), 0);
    QVERIFY2(workloads->summary().contains(QLatin1String("Shown (filtered): 0.")),
             qPrintable(workloads->summary()));
    workloads->filterEdit()->clear();
    workloads->findChild<QCheckBox *>(QStringLiteral("workloadsExposedOnly"))->setChecked(true);
    int undecided = 0;
    for (const NicReachability &n : paths.interfaces)
        undecided += n.verdict == NicReachability::Verdict::Unknown;
    QVERIFY(undecided > 0);
    exposed += undecided; // what the filter shows from here on
    QCOMPARE(table->model()->rowCount(), exposed);

    // Refreshed off the window's thread (a scan's paths): shown when ready, never over newer ones.
    const std::shared_ptr<const ReachabilityResult> all = window.inventory()->combinedPaths();
    QSignalSpy shown(workloads, &WorkloadsWindow::pathsShown);
    workloads->setPaths(nullptr);
    QCOMPARE(workloads->model()->rowCount(), 0);
    workloads->setPathsInBackground(all);
    QVERIFY(workloads->isPreparing());
    QVERIFY(shown.wait(10000));
    QVERIFY(!workloads->isPreparing());
    QCOMPARE(workloads->model()->rowCount(), int(paths.interfaces.size()));
    QCOMPARE(table->model()->rowCount(), exposed); // the filter holds
    workloads->setPathsInBackground(all);
    workloads->setPaths(nullptr); // newer: what is being prepared is dropped
    QVERIFY(!workloads->isPreparing());
    const qsizetype before = shown.size();
    QTest::qWait(300);
    QCOMPARE(shown.size(), before);
    QCOMPARE(workloads->model()->rowCount(), 0);
}

void TestMainWindow::opensItsOwnReport()
{
    OfflineScan scan;
    QVERIFY(scan.addFile(QStringLiteral(NSG_SOURCE_DIR "/resources/demo/sample-export.json")));
    ScanResult result = scan.takeResult();
    result.scannedAt = QDateTime(QDate(2026, 12, 5), QTime(6, 55), Qt::UTC);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nsg-report-20261205-0655.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(JsonReport().write(AuditReport::fromScan(result), &file));
    file.close();

    MainWindow window;
    window.resize(1200, 800);
    window.show();
    QSignalSpy loaded(&window, &MainWindow::offlineFileLoaded);
    window.openFiles({path});
    QVERIFY(loaded.wait(10000));
    QStringList problems;
    for (int i = 0; i < window.problems()->count(); ++i)
        problems.append(window.problems()->item(i)->text());
    QVERIFY2(!problems.join(u'\n').contains(QLatin1String("NotAnExport")),
             qPrintable(problems.join(u'\n')));
    const InventoryModel *model = window.inventory();
    QCOMPARE(model->nsgCount(), 15);
    QCOMPARE(model->totals().exposed, 10);
    const QModelIndex fileNode = model->index(0, 0, model->index(0, 0));
    const QString fileStatus =
        model->index(fileNode.row(), InventoryModel::StatusColumn, fileNode.parent())
            .data()
            .toString();
    QVERIFY2(fileStatus.contains(QLatin1String("2026-12-05 06:55 UTC"))
                 && fileStatus.contains(window.inventory()->evaluationOptions().policy.label()),
             qPrintable(fileStatus));
    QVERIFY(model->index(0, 0).data(InventoryModel::VerdictRole).toInt() == int(Verdict::Exposed));
    window.tree()->setCurrentIndex(window.filter()->mapFromSource(fileNode));
    auto *scopePage = window.findChild<QLabel *>(QStringLiteral("scopeLabel"));
    QTRY_VERIFY2(scopePage->text().contains(QLatin1String("2026-12-05 06:55 UTC")),
                 qPrintable(scopePage->text()));
    screenshot(&window, QStringLiteral("main-window-own-report"));
    // Exported again, it keeps the scan time: the data is that old.
    QCOMPARE(window.buildReport(int(ReportDialog::Scope::Everything)).scan.scannedAt,
             result.scannedAt);
}

void TestMainWindow::includeInterfacesIsKept()
{
    // Chosen in one window, it holds for the next even if the first never closes (a crash, a
    // kill): it is written when chosen.
    QSettings().remove(QStringLiteral("view/includeInterfaces"));
    const auto guard =
        qScopeGuard([] { QSettings().remove(QStringLiteral("view/includeInterfaces")); });
    const auto action = [](MainWindow &w) {
        return w.findChild<QAction *>(QStringLiteral("includeInterfacesAction"));
    };
    MainWindow first;
    QVERIFY(action(first) && !action(first)->isChecked());
    action(first)->trigger();
    QVERIFY(action(first)->isChecked());
    {
        MainWindow second;
        QVERIFY(action(second)->isChecked());
        action(second)->trigger();
    }
    MainWindow third;
    QVERIFY(!action(third)->isChecked());

    // Chosen after a scan, it takes effect at the next read: the status bar says so, and how.
    QSettings().setValue(QStringLiteral("view/includeInterfaces"), false);
    SandboxFixture sandbox{NetworkWindow::approving(), false};
    MainWindow signedIn;
    QVERIFY(signInAndScan(signedIn, sandbox, QStringLiteral("smtp")));
    action(signedIn)->trigger();
    const QString status = signedIn.findChild<QLabel *>(QStringLiteral("progressLabel"))->text();
    QVERIFY2(status.contains(QLatin1String("read on the next refresh")), qPrintable(status));
    QVERIFY2(
        status.contains(QKeySequence(QKeySequence::Refresh).toString(QKeySequence::NativeText)),
        qPrintable(status));
}

// Each scan is kept in the audit history; History → Compare audits… shows what moved between the
// last two, who changed it (the sandbox's change history), and the rule then and now.
void TestMainWindow::auditHistoryCompare()
{
    QTemporaryDir dir;
    const QString historyFile = dir.filePath(QStringLiteral("history.sqlite"));
    qputenv("NSG_AUDITOR_HISTORY", QFile::encodeName(historyFile));
    const auto unset = qScopeGuard([] { qunsetenv("NSG_AUDITOR_HISTORY"); });

    NetworkWindow fixture;
    SandboxFixture &sandbox = fixture.sandbox;
    MainWindow &window = fixture.window;
    window.resize(1280, 800);
    QSignalSpy recorded(&window, &MainWindow::snapshotRecorded);
    QVERIFY(signInAndScan(window, sandbox, QStringLiteral("smtp")));
    // With the paths: kept once they are placed.
    QTRY_VERIFY_WITH_TIMEOUT(!recorded.isEmpty(), 30000);
    QCOMPARE(recorded.front().at(0).toLongLong(), 1);
    QVERIFY2(recorded.front().at(1).toString().isEmpty(),
             qPrintable(recorded.front().at(1).toString()));
    {
        history::HistoryStore store;
        QVERIFY(store.open(historyFile));
        const QList<history::SnapshotInfo> all = store.list();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.front().kind, QStringLiteral("live"));
        QCOMPARE(all.front().nsgCount,
                 tally(window.inventory()).exposed + tally(window.inventory()).ok
                     + tally(window.inventory()).unknown);
        QCOMPARE(all.front().account, QStringLiteral("reviewer@contoso.com"));
        QVERIFY(store.load(all.front().id)->pathsRead);
    }

    // Someone else restricts a rule in the portal; Azure records who.
    const QString nsgId = QStringLiteral(
        "/subscriptions/1b4f6c2a-7e3d-4a59-b8c1-0d2e4f6a8b10/resourceGroups/rg-app-prod/providers/"
        "Microsoft.Network/networkSecurityGroups/nsg-all-ports");
    sandbox::SandboxWorld &world = sandbox.server().world();
    const std::optional<sandbox::SandboxWorld::NsgEntry> entry = world.nsgEntry(nsgId);
    QVERIFY(entry);
    nlohmann::ordered_json nsg = world.nsgJson(*entry);
    bool changed = false;
    for (auto &rule : nsg["properties"]["securityRules"]) {
        if (rule["name"] == "TEMP-allow-all") {
            rule["properties"]["sourceAddressPrefix"] = "203.0.113.16/28";
            changed = true;
        }
    }
    QVERIFY(changed);
    nsg["etag"] = world.newEtag();
    world.storeNsg(nsgId, nsg);
    sandbox::SandboxWorld::Change change;
    change.targetResourceId = nsgId;
    change.subscriptionId = entry->subscriptionId;
    change.resourceGroup = entry->resourceGroup;
    change.timestamp = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    change.changeType = QStringLiteral("Update");
    change.changedBy = QStringLiteral("alice@contoso.com");
    change.clientType = QStringLiteral("Azure Portal");
    change.operation =
        QStringLiteral("Microsoft.Network/networkSecurityGroups/securityRules/write");
    change.changes = {{"properties.securityRules[0].properties.sourceAddressPrefix",
                       {{"previousValue", "*"}, {"newValue", "203.0.113.16/28"}}}};
    world.recordChange(change);

    // The second audit: read again, kept as #2.
    QSignalSpy finished(&window, &MainWindow::scanFinished);
    QAction *refresh = nullptr;
    for (QAction *a : window.findChildren<QAction *>()) {
        if (a->shortcut() == QKeySequence(QKeySequence::Refresh))
            refresh = a;
    }
    QVERIFY(refresh);
    refresh->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(recorded.size() == 2, 60000);
    QCOMPARE(recorded.back().at(0).toLongLong(), 2);

    window.showCompare();
    CompareDialog *dialog = window.compareDialog();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isComparing(), 30000);
    QVERIFY2(dialog->headline().contains(QStringLiteral("Since snapshot #1")),
             qPrintable(dialog->headline()));
    QVERIFY2(dialog->headline().contains(QStringLiteral("1 fixed")),
             qPrintable(dialog->headline()));
    QCOMPARE(dialog->diff().attribution.state, history::Attribution::State::Read);
    QTreeWidget *tree = dialog->tree();
    QTreeWidgetItem *fixedGroup = nullptr;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->text(0).startsWith(QStringLiteral("Fixed (1)")))
            fixedGroup = tree->topLevelItem(i);
    }
    QVERIFY(fixedGroup);
    QTreeWidgetItem *item = fixedGroup->child(0);
    QVERIFY(item->text(0).startsWith(QStringLiteral("nsg-all-ports")));
    QCOMPARE(item->text(1), QStringLiteral("Exposed → OK (rules changed)"));
    QCOMPARE(item->text(3), QStringLiteral("alice@contoso.com"));
    tree->setCurrentItem(item);
    // The rule then and now: the source cell marked, its old value in the tooltip.
    QTableWidget *rules = dialog->rules();
    int row = -1;
    for (int r = 0; r < rules->rowCount(); ++r) {
        if (rules->item(r, 1)->text() == QLatin1String("TEMP-allow-all"))
            row = r;
    }
    QVERIFY(row >= 0);
    QCOMPARE(rules->item(row, 4)->text(), QStringLiteral("203.0.113.16/28"));
    QCOMPARE(rules->item(row, 4)->toolTip(), QStringLiteral("Was: Any"));
    QCOMPARE(rules->item(row, rules->columnCount() - 1)->text(), QStringLiteral("Changed"));
    QCOMPARE(rules->item(row, 1)->toolTip(), QString()); // its name did not change
    dialog->resize(1100, 760);
    screenshot(dialog, QStringLiteral("compare-audits"));

    // Picked the other way round, the scans are swapped back into order (a fix never reads as
    // a regression); the same scan twice is no comparison.
    auto *older = dialog->findChild<QComboBox *>(QStringLiteral("olderSnapshot"));
    auto *newer = dialog->findChild<QComboBox *>(QStringLiteral("newerSnapshot"));
    older->setCurrentIndex(older->findData(2));
    newer->setCurrentIndex(newer->findData(1));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isComparing(), 30000);
    QCOMPARE(older->currentData().toLongLong(), 1);
    QCOMPARE(newer->currentData().toLongLong(), 2);
    QVERIFY2(dialog->headline().contains(QStringLiteral("1 fixed")),
             qPrintable(dialog->headline()));
    QCOMPARE(dialog->diff().count(history::NsgChange::Kind::CameBack), 0);
    newer->setCurrentIndex(newer->findData(1));
    QVERIFY2(dialog->headline().contains(QStringLiteral("two different")),
             qPrintable(dialog->headline()));
    QCOMPARE(dialog->tree()->topLevelItemCount(), 0);
    dialog->close();

    // The report says how the estate moved since the audit chosen.
    window.showReportDialog();
    ReportDialog *report = window.reportDialog();
    auto *since = report->findChild<QCheckBox *>(QStringLiteral("sinceCheck"));
    QVERIFY(since && since->isVisibleTo(report));
    report->setSince(1);
    QCOMPARE(report->sinceSnapshot(), 1);
    report->setFormats(false, false, false, true);
    report->setFolder(dir.path());
    report->setBaseName(QStringLiteral("since"));
    report->setOpenWhenDone(false);
    QSignalSpy written(report, &ReportDialog::finished);
    report->start();
    QVERIFY(written.wait(30000));
    QVERIFY(written.front().at(0).toBool());
    QFile sinceFile(dir.filePath(QStringLiteral("since.json")));
    QVERIFY(sinceFile.open(QIODevice::ReadOnly));
    const json doc = json::parse(sinceFile.readAll().toStdString());
    QCOMPARE(doc["since"]["summary"]["fixed"].get<int>(), 1);
    QCOMPARE(doc["since"]["newer"]["id"].get<int>(), 2);
    report->close();
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
