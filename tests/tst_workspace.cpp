// SPDX-License-Identifier: MIT
// The workspace without any Widgets: a Connection signs in to the sandbox in this process, a
// LiveScan streams the estate in slices (and keeps the same result whole), one NSG is read
// again, changes run through the EditSession with their journal (also across an MFA step-up),
// a change an earlier run left pending is reconciled after the sign-in, and ReportAssembly
// lists the journal's changes.
#undef QT_NO_CAST_FROM_ASCII // lists of typed text read best as plain literals
#include "sandboxfixture.h"

#include "workspace/connection.h"
#include "workspace/editsession.h"
#include "workspace/livescan.h"
#include "workspace/reportassembly.h"
#include "workspace/workspace.h"

#include "azure/changejournal.h"
#include "azure/ruleeditor.h"
#include "core/input/offlinescan.h"
#include "core/remediation/nsgdocument.h"
#include "core/remediation/ruledocument.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxworld.h"

#include <QCoreApplication>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace nsg;
using namespace nsg::azure;
using namespace nsg::workspace;
using nsg::test::SandboxFixture;
using json = nlohmann::json;

namespace {

const QString kMxNsg = QStringLiteral("/subscriptions/%1/resourceGroups/rg-mail-prod/providers/"
                                      "Microsoft.Network/networkSecurityGroups/nsg-mx-inbound")
                           .arg(QLatin1String(SandboxFixture::kMailSubscription));
const QString kMx = kMxNsg + QLatin1String("/securityRules/Allow-SMTP-Internet");

ConnectionOptions sandboxAt(SandboxFixture &sandbox)
{
    ConnectionOptions o;
    o.source = ConnectionOptions::Source::SandboxUrl;
    o.sandboxUrl = sandbox.baseUrl();
    o.minimumPollMs = 20;
    return o;
}

// Approves each device code the connection shows (the first sign-in and any step-up).
void approveCodes(Connection &connection, SandboxFixture &sandbox,
                  const QString &account = QStringLiteral("reviewer@contoso.com"))
{
    QObject::connect(&connection, &Connection::userCodeReceived, &connection,
                     [&sandbox, account](const QString &code) {
                         sandbox.control().postJson(QStringLiteral("/sandbox/approve"),
                                                    {{"user_code", code.toStdString()},
                                                     {"account", account.toStdString()}});
                     });
}

bool signIn(Connection &connection, SandboxFixture &sandbox,
            const QString &account = QStringLiteral("reviewer@contoso.com"))
{
    if (!connection.open(sandboxAt(sandbox)))
        return false;
    approveCodes(connection, sandbox, account);
    QSignalSpy signedIn(&connection, &Connection::signedIn);
    connection.signIn();
    return signedIn.wait(10000) && connection.isSignedIn();
}

sandbox::SandboxOptions generated(const char *spec)
{
    sandbox::SandboxOptions o = SandboxFixture::defaults();
    o.generateSpec = QString::fromLatin1(spec);
    o.pageSize = 3;
    o.retryAfterSeconds = 0;
    return o;
}

sandbox::SandboxOptions quickOperations()
{
    sandbox::SandboxOptions o = SandboxFixture::defaults();
    o.retryAfterSeconds = 0;
    return o;
}

EditRequest restrictMx()
{
    EditRequest request;
    request.ruleId = kMx;
    request.tenantId = QLatin1String(SandboxFixture::kContoso);
    request.fix.prefixes = {QStringLiteral("203.0.113.16/28")};
    return request;
}

} // namespace

class TestWorkspace final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void openRefusesWhatCannotWork();
    void signsInAndStreamsTheScanInSlices();
    void slicesFollowThePathsAfterAMidScanPolicySwitch();
    void readsOneNsgAgain();
    void appliesThroughTheEditSessionAndReadsTheNsgAgain();
    void stepsUpForMfaAndResumesTheChange();
    void reconcilesAPendingChangeAfterSignIn();
    void assemblesTheReportWithTheJournal();
};

void TestWorkspace::openRefusesWhatCannotWork()
{
    Connection connection;
    ConnectionOptions o;
    o.source = ConnectionOptions::Source::Azure;
    o.cloud = QStringLiteral("NoSuchCloud");
    QVERIFY(!connection.open(o));
    QVERIFY2(connection.errorString().contains(QLatin1String("NoSuchCloud")),
             qPrintable(connection.errorString()));
    QVERIFY(!connection.isOpen());
    o.cloud = QStringLiteral("AzureCloud");
    o.requestTimeoutSeconds = 0;
    QVERIFY(!connection.open(o));
    QVERIFY(connection.errorString().contains(QLatin1String("--request-timeout")));
    // Not signed in: a scan does not start, a change is refused with a reason.
    LiveScan scan(&connection);
    QSignalSpy started(&scan, &LiveScan::started);
    scan.start({}, {});
    QCOMPARE(started.size(), 0);
    EditSession edits(&connection);
    QSignalSpy finished(&edits, &EditSession::finished);
    edits.apply(restrictMx());
    QCOMPARE(finished.size(), 1);
    const auto outcome = finished.first().first().value<EditOutcome>();
    QCOMPARE(outcome.state, EditOutcome::State::Failed);
    QVERIFY(!outcome.message.isEmpty());
}

void TestWorkspace::signsInAndStreamsTheScanInSlices()
{
    SandboxFixture sandbox(generated("tenants=1,subs=3,nsgs=7,rules=5,exposed=0.4,seed=11"));
    // The generated estate's own reviewer.
    const json accounts = sandbox.control().get(QStringLiteral("/sandbox/accounts")).json();
    const QString account =
        QString::fromStdString(accounts["accounts"][0]["userPrincipalName"].get<std::string>());
    Connection connection;
    QVERIFY(signIn(connection, sandbox, account));
    QVERIFY(!connection.account().username.isEmpty());

    QHash<QString, Verdict> truth;
    const json t = sandbox.truth();
    for (const json &n : t["nsgs"])
        truth.insert(QString::fromStdString(n["id"]).toLower(),
                     n["exposed"].get<bool>() ? Verdict::Exposed : Verdict::Ok);
    QCOMPARE(truth.size(), 21);

    azure::InventoryOptions inventory;
    inventory.via = azure::InventoryOptions::Via::Arm; // pages of 3: several slices
    LiveScan scan(&connection);
    QSignalSpy slices(&scan, &LiveScan::nsgsReady);
    QSignalSpy subscriptions(&scan, &LiveScan::subscriptionsListed);
    QSignalSpy finished(&scan, &LiveScan::finished);
    scan.start(inventory, EvaluationOptions());
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().first().toBool(), false);
    QCOMPARE(subscriptions.size(), 1);
    QVERIFY2(slices.size() >= 6, qPrintable(QString::number(slices.size())));
    QHash<QString, Verdict> streamed;
    for (const QList<QVariant> &slice : std::as_const(slices)) {
        for (const NsgResult &r : slice.at(1).value<QList<NsgResult>>())
            streamed.insert(r.nsg.id().toLower(), r.finding.verdict);
    }
    QCOMPARE(streamed, truth);

    // The same scan kept whole: what the command line reports.
    QSignalSpy again(&scan, &LiveScan::finished);
    scan.start(inventory, EvaluationOptions(), LiveScan::Keep::Result);
    QVERIFY(again.wait(30000));
    const ScanResult result = scan.takeResult();
    QCOMPARE(int(result.nsgs.size()), truth.size());
    for (size_t i = 0; i < result.nsgs.size(); ++i) {
        QCOMPARE(result.nsgs[i].finding.verdict, truth.value(result.nsgs[i].nsg.id().toLower()));
        if (i > 0)
            QVERIFY(
                result.nsgs[i - 1].nsg.id().compare(result.nsgs[i].nsg.id(), Qt::CaseInsensitive)
                < 0);
    }
    QCOMPARE(result.subscriptionNames.size(), 3);
    QCOMPARE(result.inputs.size(), 1);
    QVERIFY(result.errors.isEmpty());
    QVERIFY(result.scannedAt.isValid());
}

void TestWorkspace::slicesFollowThePathsAfterAMidScanPolicySwitch()
{
    // The window's scan with the network read: the reviewer switches from SMTP to SSH after the
    // first slice; the paths followed at the end are SSH's for every NSG, those evaluated before
    // the switch included — as the offline scan of the same tenant's export says.
    SandboxFixture sandbox(quickOperations());
    Connection connection;
    QVERIFY(signIn(connection, sandbox));
    azure::InventoryOptions inventory;
    inventory.via = azure::InventoryOptions::Via::Arm;
    inventory.networkInterfaces = true;
    EvaluationOptions smtp, ssh;
    ssh.policy = *PortPolicy::fromName(QStringLiteral("ssh"));
    LiveScan scan(&connection);
    QSet<QString> live;
    bool switched = false;
    connect(&scan, &LiveScan::nsgsReady, this, [&](const QString &, const QList<NsgResult> &nsgs) {
        for (const NsgResult &r : nsgs)
            live.insert(r.nsg.id().toLower());
        if (!switched) {
            switched = true;
            scan.setEvaluation(ssh);
        }
    });
    QSignalSpy paths(&scan, &LiveScan::reachabilityReady);
    QSignalSpy finished(&scan, &LiveScan::finished);
    scan.start(inventory, smtp);
    QVERIFY(finished.wait(30000));
    QVERIFY(switched);
    QCOMPARE(paths.size(), 1);
    const ReachabilityResult followed =
        *paths.first().first().value<std::shared_ptr<const ReachabilityResult>>();
    QVERIFY(followed.evaluated);

    OfflineScan offline(ssh);
    offline.addBytes(sandbox.control().get(QStringLiteral("/sandbox/export")).body,
                     QStringLiteral("export.json"));
    const ScanResult exported = offline.takeResult();
    int compared = 0, exposed = 0;
    for (const NsgResult &r : exported.nsgs) {
        const QString id = r.nsg.id().toLower();
        if (!live.contains(id))
            continue;
        ++compared;
        exposed += r.finding.verdict == Verdict::Exposed;
        QVERIFY2(followed.standing(r.nsg.id(), r.finding.verdict)
                     == exported.reachability.standing(r.nsg.id(), r.finding.verdict),
                 qPrintable(id));
        // Only NSGs SSH exposes have a reachability of their own.
        QCOMPARE(followed.of(r.nsg.id()) != NsgReachability::NotApplicable,
                 r.finding.verdict == Verdict::Exposed);
    }
    QVERIFY(compared > 20);
    QVERIFY(exposed > 0);
}

void TestWorkspace::readsOneNsgAgain()
{
    SandboxFixture sandbox(quickOperations());
    Connection connection;
    QVERIFY(signIn(connection, sandbox));
    LiveScan scan(&connection);
    QSignalSpy refreshed(&scan, &LiveScan::nsgRefreshed);
    scan.reloadNsg(QLatin1String(SandboxFixture::kContoso), kMxNsg);
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(refreshed.first().first().value<NsgResult>().finding.verdict, Verdict::Exposed);

    // Restricted behind the scan's back: the re-read says so.
    sandbox::SandboxWorld &world = sandbox.server().world();
    json doc = world.nsgJson(*world.nsgEntry(kMxNsg));
    for (json &r : doc["properties"]["securityRules"]) {
        if (r["name"] == "Allow-SMTP-Internet")
            r["properties"]["sourceAddressPrefix"] = "203.0.113.16/28";
    }
    world.storeNsg(kMxNsg, doc);
    scan.reloadNsg(QLatin1String(SandboxFixture::kContoso), kMxNsg);
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(refreshed.last().first().value<NsgResult>().finding.verdict, Verdict::Ok);

    // What cannot be read is a failure with its scope, never a verdict.
    QSignalSpy failed(&scan, &LiveScan::refreshFailed);
    scan.reloadNsg(QLatin1String(SandboxFixture::kContoso), kMxNsg + QLatin1String("-gone"));
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.first().first().value<ScanError>().scope, kMxNsg + QLatin1String("-gone"));
    QCOMPARE(failed.first().first().value<ScanError>().httpStatus, 404);
}

void TestWorkspace::appliesThroughTheEditSessionAndReadsTheNsgAgain()
{
    SandboxFixture sandbox(quickOperations());
    QTemporaryDir dir;
    Workspace w;
    QVERIFY(signIn(*w.connection(), sandbox));
    w.setJournalPath(dir.filePath(QStringLiteral("journal.jsonl")));
    QSignalSpy steps(w.edits(), &EditSession::progress);
    QSignalSpy finished(w.edits(), &EditSession::finished);
    QSignalSpy journal(w.edits(), &EditSession::journalChanged);
    QSignalSpy refreshed(w.scan(), &LiveScan::nsgRefreshed);
    w.applyFix(restrictMx());
    QVERIFY(finished.wait(30000));
    const auto outcome = finished.first().first().value<EditOutcome>();
    QVERIFY2(outcome.isVerified(), qPrintable(outcome.message));
    QVERIFY(steps.size() >= 3);
    QCOMPARE(journal.size(), 1);
    // The journal has it, verified, by this account and cloud.
    ChangeJournal read(dir.filePath(QStringLiteral("journal.jsonl")));
    QVERIFY(read.load());
    QCOMPARE(read.changes().size(), 1);
    QCOMPARE(read.changes().first().status, JournalChange::Status::Applied);
    QCOMPARE(read.changes().first().account, QStringLiteral("reviewer@contoso.com"));
    QVERIFY(read.isIntact());
    // The workspace reads the changed NSG again for the tree.
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(refreshed.first().first().value<NsgResult>().nsg.id().toLower(), kMxNsg.toLower());
    QCOMPARE(refreshed.first().first().value<NsgResult>().finding.verdict, Verdict::Ok);
    // One change at a time: a second while the first runs is refused, not queued.
    QSignalSpy second(w.edits(), &EditSession::finished);
    w.revertChange(read.changes().first().id, false);
    w.applyFix(restrictMx());
    QVERIFY(second.wait(30000));
    QTRY_COMPARE_WITH_TIMEOUT(second.size(), 2, 30000);
    const auto refused = second.first().first().value<EditOutcome>();
    QCOMPARE(refused.message, QStringLiteral("Another change is still being applied."));
    QVERIFY(second.last().first().value<EditOutcome>().isVerified());
}

void TestWorkspace::stepsUpForMfaAndResumesTheChange()
{
    SandboxFixture sandbox(quickOperations());
    QTemporaryDir dir;
    Workspace w;
    QVERIFY(signIn(*w.connection(), sandbox));
    w.setJournalPath(dir.filePath(QStringLiteral("journal.jsonl")));
    sandbox.setFaults(QStringLiteral("mfa-writes"));
    QSignalSpy challenge(w.edits(), &EditSession::claimsChallenge);
    QSignalSpy stepUp(w.connection(), &Connection::stepUpFinished);
    QSignalSpy signedIn(w.connection(), &Connection::signedIn);
    QSignalSpy finished(w.edits(), &EditSession::finished);
    w.applyFix(restrictMx());
    QVERIFY(finished.wait(30000));
    QCOMPARE(challenge.size(), 1);
    QVERIFY(!challenge.first().at(1).toString().isEmpty()); // the claims
    QCOMPARE(stepUp.size(), 1);
    QVERIFY(stepUp.first().first().toBool());
    // A step-up is not a new sign-in: the window does not scan again.
    QCOMPARE(signedIn.size(), 0);
    const auto outcome = finished.first().first().value<EditOutcome>();
    QVERIFY2(outcome.isVerified(), qPrintable(outcome.message));
}

void TestWorkspace::reconcilesAPendingChangeAfterSignIn()
{
    SandboxFixture sandbox(quickOperations());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.jsonl"));
    // A run that died after its PUT reached Azure: the journal says pending, the rule is new.
    sandbox::SandboxWorld &world = sandbox.server().world();
    json doc = world.nsgJson(*world.nsgEntry(kMxNsg));
    json before;
    for (json &r : doc["properties"]["securityRules"]) {
        if (r["name"] == "Allow-SMTP-Internet") {
            before = r;
            r["properties"]["sourceAddressPrefix"] = "203.0.113.16/28";
        }
    }
    world.storeNsg(kMxNsg, doc);
    {
        ChangeJournal journal(path);
        QVERIFY(journal.load());
        JournalChange c;
        c.cloud = EditContext::cloudName(sandbox.environment());
        c.tenantId = QLatin1String(SandboxFixture::kContoso);
        c.account = QStringLiteral("reviewer@contoso.com");
        c.ruleId = c.fixedRuleId = kMx;
        c.fix = QStringLiteral("restrictSource");
        c.before = RuleDocument::fromJson(before);
        c.after = c.before.restrictSource({QStringLiteral("203.0.113.16/28")});
        QVERIFY(journal.recordChange(c));
        QCOMPARE(journal.pending().size(), 1);
    }
    Workspace w;
    w.setJournalPath(path);
    QSignalSpy notices(w.edits(), &EditSession::notice);
    QSignalSpy journalChanged(w.edits(), &EditSession::journalChanged);
    QVERIFY(signIn(*w.connection(), sandbox));
    QVERIFY(journalChanged.wait(20000));
    QCOMPARE(notices.size(), 1);
    QVERIFY2(notices.first().first().toString().contains(QLatin1String("reconciled")),
             qPrintable(notices.first().first().toString()));
    ChangeJournal read(path);
    QVERIFY(read.load());
    QVERIFY(read.pending().isEmpty());
    QCOMPARE(read.changes().first().status, JournalChange::Status::Applied);
}

void TestWorkspace::assemblesTheReportWithTheJournal()
{
    SandboxFixture sandbox(quickOperations());
    QTemporaryDir dir;
    const QString journalPath = dir.filePath(QStringLiteral("journal.jsonl"));
    Workspace w;
    QVERIFY(signIn(*w.connection(), sandbox));
    w.setJournalPath(journalPath);
    QSignalSpy finished(w.edits(), &EditSession::finished);
    w.applyFix(restrictMx());
    QVERIFY(finished.wait(30000));

    QSignalSpy scanned(w.scan(), &LiveScan::finished);
    w.scan()->start({}, EvaluationOptions(), LiveScan::Keep::Result);
    QVERIFY(scanned.wait(30000));
    ScanResult scan = w.scan()->takeResult();
    QVERIFY(!scan.nsgs.empty());
    ReportSources sources;
    sources.account = w.connection()->account().username;
    sources.journalPath = journalPath;
    QStringList warnings;
    const AuditReport report = ReportAssembly::assemble(scan, sources, &warnings);
    QVERIFY(warnings.isEmpty());
    QCOMPARE(report.account, QStringLiteral("reviewer@contoso.com"));
    QCOMPARE(report.changes.size(), 1);
    QCOMPARE(report.changes.first().ruleId, kMx);
    QCOMPARE(report.changes.first().status, QStringLiteral("applied"));
    QVERIFY(report.suppressionsFile.isEmpty());

    // Accepted risks from a file that cannot be read: refused with a reason, nothing marked.
    QString error;
    QVERIFY(!ReportAssembly::applySuppressions(scan, dir.filePath(QStringLiteral("none.json")),
                                               &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!scan.suppressionsApplied);
    // An unreadable journal is a warning, never a silent empty list.
    sources.journalPath = dir.path(); // a folder
    warnings.clear();
    const AuditReport without = ReportAssembly::assemble(scan, sources, &warnings);
    QVERIFY(without.changes.isEmpty());
    QCOMPARE(warnings.size(), 1);
}

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
