// SPDX-License-Identifier: MIT
#undef QT_NO_CAST_FROM_ASCII // lists of typed text read best as plain literals

#include "jsoncompare.h"
#include "sandboxfixture.h"

#include "azure/armclient.h"
#include "azure/changejournal.h"
#include "azure/devicecodeflow.h"
#include "azure/ruleeditor.h"
#include "azure/session.h"
#include "azure/tokenstore.h"
#include "sandbox/sandboxserver.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace nsg;
using namespace nsg::azure;
using nsg::test::SandboxFixture;
using json = nlohmann::json;

namespace {

QString nsgId(const char *subscription, const char *group, const char *name)
{
    return QStringLiteral("/subscriptions/%1/resourceGroups/%2/providers/Microsoft.Network/"
                          "networkSecurityGroups/%3")
        .arg(QLatin1String(subscription), QLatin1String(group), QLatin1String(name));
}

QString ruleId(const char *subscription, const char *group, const char *nsg, const char *rule)
{
    return nsgId(subscription, group, nsg) + QLatin1String("/securityRules/") + QLatin1String(rule);
}

const char *kProduction = "1b4f6c2a-7e3d-4a59-b8c1-0d2e4f6a8b10";
const QString kMx = ruleId(SandboxFixture::kMailSubscription, "rg-mail-prod", "nsg-mx-inbound",
                           "Allow-SMTP-Internet");

// A request to restrict `rule`'s source (in the Contoso tenant).
EditRequest restrictRequest(const QString &rule,
                            const QStringList &prefixes = {QStringLiteral("203.0.113.16/28")},
                            const json &seen = json())
{
    EditRequest request;
    request.ruleId = rule;
    request.tenantId = QLatin1String(SandboxFixture::kContoso);
    request.fix.prefixes = prefixes;
    request.seenRule = RuleDocument::fromJson(seen);
    return request;
}

// A sandbox, a signed-in session, an ARM client and a journal in a temporary folder.
struct Bench
{
    explicit Bench(const QString &account = QStringLiteral("reviewer@contoso.com"),
                   const QString &faults = QString(),
                   const sandbox::SandboxOptions &options = quickOperations())
        : sandbox(options)
        , session(&sandbox.network(), sandbox.environment(), &store)
        , journal(dir.path() + QLatin1String("/journal.jsonl"))
    {
        if (!faults.isEmpty())
            sandbox.setFaults(faults);
        ok = sandbox.signIn(session, account);
        ArmClientOptions o;
        o.backoffBaseMs = 10;
        o.minimumPollMs = 50;
        arm = std::make_unique<ArmClient>(&sandbox.network(), session.tokens(), o);
        journal.load();
    }

    // Operations take 300 ms and ask to be polled at once (Retry-After: 0).
    static sandbox::SandboxOptions quickOperations()
    {
        sandbox::SandboxOptions o = SandboxFixture::defaults();
        o.retryAfterSeconds = 0;
        return o;
    }

    EditOutcome run(const std::function<void(RuleEditor &)> &start, QStringList *steps = nullptr)
    {
        RuleEditor editor(arm.get(), &journal, EditContext{QStringLiteral("Sandbox"), account()});
        QSignalSpy done(&editor, &RuleEditor::finished);
        if (steps)
            QObject::connect(&editor, &RuleEditor::progress,
                             [steps](const QString &s) { steps->append(s); });
        start(editor);
        if (!done.wait(30000))
            qWarning("the editor did not finish");
        return editor.outcome();
    }

    EditOutcome restrict(const QString &rule, const QStringList &prefixes,
                         const json &seen = json())
    {
        const EditRequest request = restrictRequest(rule, prefixes, seen);
        return run([&](RuleEditor &e) { e.apply(request); });
    }

    EditOutcome fix(const QString &rule, RuleFix::Kind kind)
    {
        EditRequest request = restrictRequest(rule);
        request.fix.kind = kind;
        return run([&](RuleEditor &e) { e.apply(request); });
    }

    EditOutcome revert(const QString &change, bool force = false)
    {
        return run([&](RuleEditor &e) {
            e.revert(change, QLatin1String(SandboxFixture::kContoso), {}, force);
        });
    }

    // The rule as the sandbox holds it now (null when it has none).
    json rule(const QString &id)
    {
        const QString nsg = id.section(QStringLiteral("/securityRules/"), 0, 0);
        const json doc = sandbox.server().world().nsgJson(*sandbox.server().world().nsgEntry(nsg));
        for (const json &r : doc["properties"]["securityRules"]) {
            if (QString::fromStdString(r["name"].get<std::string>())
                    .compare(id.section(QLatin1Char('/'), -1), Qt::CaseInsensitive)
                == 0)
                return r;
        }
        return json();
    }

    // Someone else edits the rule (in the portal, say): a new description and a new etag.
    void changeBehindOurBack(const QString &id, const std::string &description)
    {
        sandbox::SandboxWorld &world = sandbox.server().world();
        const QString nsg = id.section(QStringLiteral("/securityRules/"), 0, 0);
        auto doc = world.nsgJson(*world.nsgEntry(nsg));
        for (auto &r : doc["properties"]["securityRules"]) {
            if (QString::fromStdString(r["name"].get<std::string>())
                    .compare(id.section(QLatin1Char('/'), -1), Qt::CaseInsensitive)
                == 0) {
                r["properties"]["description"] = description;
                r["etag"] = world.newEtag();
            }
        }
        world.storeNsg(nsg, doc);
    }

    json writes()
    {
        json out = json::array();
        const json log = sandbox.requests();
        for (const json &r : log) {
            if (r["method"] == "PUT" || r["method"] == "DELETE")
                out.push_back(r);
        }
        return out;
    }

    QString account() const { return session.account().username; }

    QTemporaryDir dir;
    SandboxFixture sandbox;
    MemoryTokenStore store;
    Session session;
    std::unique_ptr<ArmClient> arm;
    ChangeJournal journal;
    bool ok = false;
};

} // namespace

class TestRuleEditor final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void restrictIsVerifiedAndKeepsEveryOtherField();
    void fixesAreVerified_data();
    void fixesAreVerified();
    void denyAboveWithoutFreePriority();
    void refusedSourceIsNeverSent();
    void changedSinceOpenedSendsNothing();
    void preconditionFailed();
    void readerIsRefused();
    void lockAndDisabledAreRefused_data();
    void lockAndDisabledAreRefused();
    void operationFailedIsRecorded();
    void locationOnlyWritesAreVerified();
    void busyNsgIsRetried();
    void mfaChallengeThenResume();
    void mfaChallengeAbandoned();
    void stillExposedIsNotVerified();
    void revertPutsBeforeBack();
    void revertAfterExternalChangeAsks();
    void revertOfDeleteAndDenyAbove();
    void pendingIsReconciled_data();
    void pendingIsReconciled();
    void unreadablePendingStaysPending();
};

void TestRuleEditor::restrictIsVerifiedAndKeepsEveryOtherField()
{
    Bench b;
    QVERIFY(b.ok);
    const json before = b.rule(kMx);
    QStringList steps;
    const EditOutcome out = b.run(
        [&](RuleEditor &e) {
            e.apply(restrictRequest(kMx, {QStringLiteral("203.0.113.16/28")}, before));
        },
        &steps);
    QVERIFY2(out.isVerified(), qPrintable(out.message));
    QVERIFY2(out.message.contains(QLatin1String("no longer exposes")), qPrintable(out.message));
    QVERIFY(out.nsg);
    QCOMPARE(out.nsg->finding.verdict, Verdict::Ok);
    QVERIFY(!out.requestIds.isEmpty());
    // Progress walked through the steps, including the operation's polling.
    QVERIFY2(steps.join(QLatin1Char('|')).contains(QLatin1String("change (InProgress)|"))
                 && steps.join(QLatin1Char('|')).contains(QLatin1String("change (Succeeded)|")),
             qPrintable(steps.join(QLatin1Char('|'))));

    // What was sent: one PUT, If-Match on the etag read, a body that differs from the rule read
    // in the source only.
    const json writes = b.writes();
    QCOMPARE(writes.size(), size_t(1));
    QCOMPARE_JSON(writes[0]["ifMatch"], before["etag"]);
    const json &sent = writes[0]["body"]["properties"];
    for (const auto &[key, value] : before["properties"].items()) {
        if (key == "provisioningState")
            QVERIFY(!sent.contains(key));
        else if (key == "sourceAddressPrefix")
            QCOMPARE_JSON(sent[key], "203.0.113.16/28");
        else
            QCOMPARE_JSON(sent[key], value);
    }
    QCOMPARE(sent.size(), before["properties"].size() - 1);
    // What is there now.
    const json now = b.rule(kMx);
    QCOMPARE(RuleDocument::fromJson(before).changedProperties(RuleDocument::fromJson(now)),
             QStringList{"sourceAddressPrefixes"});
    QVERIFY(now["etag"] != before["etag"]);

    // The journal: one change, applied, before and after as sent, chain intact.
    ChangeJournal reread(b.journal.path());
    QVERIFY(reread.load());
    QVERIFY(reread.isIntact());
    QCOMPARE(reread.changes().size(), 1);
    const JournalChange c = reread.changes().first();
    QCOMPARE(c.id, out.changeId);
    QCOMPARE(c.status, JournalChange::Status::Applied);
    QCOMPARE(c.ruleId, kMx);
    QCOMPARE(c.account, QStringLiteral("reviewer@contoso.com"));
    QCOMPARE(c.tenantId, QLatin1String(SandboxFixture::kContoso));
    QCOMPARE(c.fix, QStringLiteral("restrictSource"));
    QCOMPARE_JSON(c.before.toJson(), before);
    QCOMPARE_JSON(c.after.toJson()["properties"]["sourceAddressPrefix"], json("203.0.113.16/28"));
    QVERIFY(!c.requestIds.isEmpty());
}

void TestRuleEditor::fixesAreVerified_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("rule");
    QTest::newRow("restrict") << int(RuleFix::Kind::RestrictSource)
                              << ruleId(SandboxFixture::kMailSubscription, "rg-mail-prod",
                                        "nsg-mail-dmz", "Allow-SMTP-Internet");
    QTest::newRow("deny") << int(RuleFix::Kind::MakeDeny)
                          << ruleId(SandboxFixture::kMailSubscription, "rg-mail-prod",
                                    "nsg-mx-inbound", "Allow-SMTP-Internet");
    QTest::newRow("delete") << int(RuleFix::Kind::Delete)
                            << ruleId(kProduction, "rg-web-prod", "nsg-web-mailrelay",
                                      "Allow-SMTP-Any");
    QTest::newRow("deny above") << int(RuleFix::Kind::DenyAbove)
                                << ruleId(kProduction, "rg-app-prod", "nsg-legacy-smtp",
                                          "AllowLegacyRange");
}

void TestRuleEditor::fixesAreVerified()
{
    QFETCH(int, kind);
    QFETCH(QString, rule);
    Bench b;
    QVERIFY(b.ok);
    const json before = b.rule(rule);
    const EditOutcome out = b.fix(rule, RuleFix::Kind(kind));
    QVERIFY2(out.isVerified(), qPrintable(out.message));
    QCOMPARE(out.nsg->finding.verdict, Verdict::Ok);
    const JournalChange c = *b.journal.change(out.changeId);
    QCOMPARE(c.status, JournalChange::Status::Applied);
    switch (RuleFix::Kind(kind)) {
    case RuleFix::Kind::RestrictSource:
        break;
    case RuleFix::Kind::MakeDeny:
        QCOMPARE_JSON(b.rule(rule)["properties"]["access"], json("Deny"));
        QCOMPARE(
            RuleDocument::fromJson(before).changedProperties(RuleDocument::fromJson(b.rule(rule))),
            QStringList{"access"});
        break;
    case RuleFix::Kind::Delete:
        QVERIFY(b.rule(rule).is_null());
        QVERIFY(c.after.isNull());
        QCOMPARE_JSON(b.writes()[0]["method"], json("DELETE"));
        break;
    case RuleFix::Kind::DenyAbove: {
        QVERIFY(c.before.isNull());
        QCOMPARE(c.fixedRuleId, rule);
        const json added = b.rule(c.ruleId);
        QCOMPARE_JSON(added["properties"]["access"], json("Deny"));
        QCOMPARE_JSON(added["properties"]["priority"], json(299));
        QCOMPARE_JSON(added["name"], json("Deny-AllowLegacyRange"));
        QCOMPARE_JSON(b.writes()[0]["ifNoneMatch"], json("*"));
        QVERIFY(RuleDocument::fromJson(b.rule(rule))
                    .sameAs(RuleDocument::fromJson(before))); // the exposing rule is untouched
        break;
    }
    }
}

void TestRuleEditor::denyAboveWithoutFreePriority()
{
    Bench b;
    QVERIFY(b.ok);
    const EditOutcome out = b.fix(kMx, RuleFix::Kind::DenyAbove); // priority 100: none above
    QCOMPARE(out.state, EditOutcome::State::Failed);
    QVERIFY2(out.message.contains(QLatin1String("no free priority above 100")),
             qPrintable(out.message));
    QVERIFY(b.writes().empty());
    QVERIFY(b.journal.changes().isEmpty());
}

void TestRuleEditor::refusedSourceIsNeverSent()
{
    Bench b;
    QVERIFY(b.ok);
    for (const QStringList &bad :
         {QStringList{"203.0.113.16/28", "Internet"}, QStringList{"0.0.0.0/0"}, QStringList{}}) {
        const EditOutcome out = b.restrict(kMx, bad);
        QCOMPARE(out.state, EditOutcome::State::Failed);
        QVERIFY2(out.message.contains(QLatin1String("othing was sent")), qPrintable(out.message));
    }
    QVERIFY(b.writes().empty());
    QVERIFY(b.journal.changes().isEmpty());
}

void TestRuleEditor::changedSinceOpenedSendsNothing()
{
    Bench b;
    QVERIFY(b.ok);
    const json seen = b.rule(kMx);
    b.changeBehindOurBack(kMx, "edited in the portal");
    const EditOutcome out = b.restrict(kMx, {QStringLiteral("203.0.113.16/28")}, seen);
    QCOMPARE(out.state, EditOutcome::State::Conflict);
    QVERIFY2(out.message.contains(QLatin1String("description")), qPrintable(out.message));
    QCOMPARE_JSON(out.current.toJson()["properties"]["description"], json("edited in the portal"));
    QVERIFY(b.writes().empty());
}

void TestRuleEditor::preconditionFailed()
{
    Bench b;
    QVERIFY(b.ok);
    // The rule changes between our read and our write: the PUT's If-Match no longer matches.
    RuleEditor editor(b.arm.get(), &b.journal, EditContext{QStringLiteral("Sandbox"), b.account()});
    connect(&editor, &RuleEditor::progress, this, [&b](const QString &step) {
        if (step.startsWith(QLatin1String("Writing")))
            b.changeBehindOurBack(kMx, "changed while we wrote");
    });
    QSignalSpy done(&editor, &RuleEditor::finished);
    editor.apply(restrictRequest(kMx));
    QVERIFY(done.wait(30000));
    const EditOutcome &out = editor.outcome();
    QCOMPARE(out.state, EditOutcome::State::Conflict);
    QVERIFY2(out.message.contains(QLatin1String("changed since you opened it")),
             qPrintable(out.message));
    QCOMPARE(out.error.httpStatus, 412);
    QCOMPARE_JSON(out.current.toJson()["properties"]["description"],
                  json("changed while we wrote"));
    QCOMPARE_JSON(b.writes()[0]["status"], json(412));
    QCOMPARE_JSON(b.rule(kMx)["properties"]["sourceAddressPrefix"], json("Internet"));
    const JournalChange c = *b.journal.change(out.changeId);
    QCOMPARE(c.status, JournalChange::Status::Failed);
    QVERIFY(c.message.contains(QLatin1String("precondition failed")));
}

void TestRuleEditor::readerIsRefused()
{
    Bench b(QStringLiteral("auditor@contoso.com"));
    QVERIFY(b.ok);
    const EditOutcome out = b.restrict(kMx, {QStringLiteral("203.0.113.16/28")});
    QCOMPARE(out.state, EditOutcome::State::Refused);
    QCOMPARE(out.error.httpStatus, 403);
    QCOMPARE(out.error.code, QStringLiteral("AuthorizationFailed"));
    QVERIFY(!out.error.requestId.isEmpty());
    QVERIFY2(out.message.contains(QLatin1String("securityRules/write")), qPrintable(out.message));
    const JournalChange c = *b.journal.change(out.changeId);
    QCOMPARE(c.status, JournalChange::Status::Failed);
    QVERIFY(c.requestIds.contains(out.error.requestId));
    QCOMPARE_JSON(b.rule(kMx)["properties"]["sourceAddressPrefix"], json("Internet"));
}

void TestRuleEditor::lockAndDisabledAreRefused_data()
{
    QTest::addColumn<QString>("faults");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("lock") << "lock-writes" << kMx << 409 << "ScopeLocked";
    QTest::newRow("disabled") << ""
                              << ruleId(SandboxFixture::kLegacySubscription, "rg-legacy",
                                        "nsg-legacy-exchange", "Allow-SMTP")
                              << 409 << "ReadOnlyDisabledSubscription";
}

void TestRuleEditor::lockAndDisabledAreRefused()
{
    QFETCH(QString, faults);
    QFETCH(QString, rule);
    QFETCH(int, status);
    QFETCH(QString, code);
    Bench b(QStringLiteral("reviewer@contoso.com"), faults);
    QVERIFY(b.ok);
    const EditOutcome out = b.restrict(rule, {QStringLiteral("203.0.113.16/28")});
    QCOMPARE(out.state, EditOutcome::State::Refused);
    QCOMPARE(out.error.httpStatus, status);
    QCOMPARE(out.error.code, code);
    QCOMPARE(b.journal.change(out.changeId)->status, JournalChange::Status::Failed);
}

void TestRuleEditor::operationFailedIsRecorded()
{
    Bench b(QStringLiteral("reviewer@contoso.com"), QStringLiteral("fail-writes"));
    QVERIFY(b.ok);
    const EditOutcome out = b.restrict(kMx, {QStringLiteral("203.0.113.16/28")});
    QCOMPARE(out.state, EditOutcome::State::Refused);
    QVERIFY2(out.message.contains(QLatin1String("ended failed")), qPrintable(out.message));
    QVERIFY(!out.requestIds.isEmpty());
    const JournalChange c = *b.journal.change(out.changeId);
    QCOMPARE(c.status, JournalChange::Status::Failed);
    QVERIFY(c.message.contains(QLatin1String("network resource provider")));
    QCOMPARE_JSON(b.rule(kMx)["properties"]["sourceAddressPrefix"], json("Internet"));
}

void TestRuleEditor::locationOnlyWritesAreVerified()
{
    // ARM's other polling path: 202 and a Location, no Azure-AsyncOperation. The change is
    // followed to its result, verified by reading back, and journaled as for the usual path.
    Bench b(QStringLiteral("reviewer@contoso.com"), QStringLiteral("location-only"));
    QVERIFY(b.ok);
    const EditOutcome out = b.restrict(kMx, {QStringLiteral("203.0.113.16/28")});
    QVERIFY2(out.isVerified(), qPrintable(out.message));
    QCOMPARE_JSON(b.rule(kMx)["properties"]["sourceAddressPrefix"], json("203.0.113.16/28"));
    QCOMPARE(b.journal.change(out.changeId)->status, JournalChange::Status::Applied);
    int results = 0;
    for (const json &r : b.sandbox.requests())
        results += r["method"] == "GET"
            && r["path"].get<std::string>().find("/operationResults/") != std::string::npos;
    QVERIFY(results >= 1);
    // And a failed operation on that path is recorded as failed, the rule as it was.
    b.sandbox.setFaults(QStringLiteral("location-only,fail-writes"));
    const EditOutcome failed = b.revert(out.changeId);
    QCOMPARE(failed.state, EditOutcome::State::Refused);
    QCOMPARE(b.journal.change(failed.changeId)->status, JournalChange::Status::Failed);
    QCOMPARE_JSON(b.rule(kMx)["properties"]["sourceAddressPrefix"], json("203.0.113.16/28"));
}

void TestRuleEditor::busyNsgIsRetried()
{
    // Two changes to one NSG at once: ARM runs one operation per NSG and answers the other
    // 429 RetryableErrorDueToAnotherOperation with Retry-After; it is retried, and both land.
    sandbox::SandboxOptions slow = SandboxFixture::defaults();
    slow.operationMilliseconds = 600;
    slow.retryAfterSeconds = 1;
    Bench b(QStringLiteral("reviewer@contoso.com"), QString(), slow);
    QVERIFY(b.ok);
    const QString a = ruleId(kProduction, "rg-network-prod", "nsg-split-halves", "Allow-Mail-A");
    const QString c = ruleId(kProduction, "rg-network-prod", "nsg-split-halves", "Allow-Mail-B");
    const EditContext context{QStringLiteral("Sandbox"), b.account()};
    RuleEditor first(b.arm.get(), &b.journal, context);
    RuleEditor second(b.arm.get(), &b.journal, context);
    QSignalSpy firstDone(&first, &RuleEditor::finished);
    QSignalSpy secondDone(&second, &RuleEditor::finished);
    // Which one ARM runs first depends on the machine's load: the one that finishes last reads
    // back the NSG with both changes in it.
    RuleEditor *last = nullptr;
    connect(&first, &RuleEditor::finished, this, [&] { last = &first; });
    connect(&second, &RuleEditor::finished, this, [&] { last = &second; });
    first.apply(restrictRequest(a));
    second.apply(restrictRequest(c, {QStringLiteral("198.51.100.0/28")}));
    QVERIFY(firstDone.wait(30000) || firstDone.count() == 1);
    QVERIFY(secondDone.count() == 1 || secondDone.wait(30000));
    QVERIFY2(first.outcome().isVerified(), qPrintable(first.outcome().message));
    QVERIFY2(second.outcome().isVerified(), qPrintable(second.outcome().message));
    QVERIFY(last && last->outcome().nsg);
    QCOMPARE(last->outcome().nsg->finding.verdict, Verdict::Ok);
    int busy = 0;
    const json log = b.sandbox.requests();
    for (const json &r : log)
        busy += r["method"] == "PUT" && r["status"] == 429;
    QVERIFY2(busy >= 1, "the second PUT met the first one's operation");
    QVERIFY(b.journal.isIntact());
    QCOMPARE(b.journal.changes().size(), 2);
}

void TestRuleEditor::mfaChallengeThenResume()
{
    Bench b(QStringLiteral("reviewer@contoso.com"), QStringLiteral("mfa-writes"));
    QVERIFY(b.ok);
    RuleEditor editor(b.arm.get(), &b.journal, EditContext{QStringLiteral("Sandbox"), b.account()});
    QSignalSpy challenge(&editor, &RuleEditor::claimsChallenge);
    QSignalSpy done(&editor, &RuleEditor::finished);
    editor.apply(restrictRequest(kMx));
    QVERIFY(challenge.wait(20000));
    const QString claims = challenge.first().at(1).toString();
    QVERIFY2(claims.contains(QLatin1String("acrs")), qPrintable(claims));
    QCOMPARE(done.count(), 0);
    QCOMPARE(b.journal
                 .change(editor.outcome().changeId.isEmpty() ? b.journal.changes().first().id
                                                             : editor.outcome().changeId)
                 ->status,
             JournalChange::Status::Pending);

    // A new device-code sign-in carrying the claims, then the PUT again.
    QVERIFY(b.sandbox.signIn(b.session, QStringLiteral("reviewer@contoso.com"),
                             challenge.first().at(0).toString(), claims));
    editor.resume();
    QVERIFY(done.wait(30000));
    QVERIFY2(editor.outcome().isVerified(), qPrintable(editor.outcome().message));
    QCOMPARE(b.journal.changes().size(), 1);
    QCOMPARE(b.journal.changes().first().status, JournalChange::Status::Applied);
    const json writes = b.writes();
    QCOMPARE(writes.size(), size_t(2));
    QCOMPARE_JSON(writes[0]["status"], json(401));
}

void TestRuleEditor::mfaChallengeAbandoned()
{
    Bench b(QStringLiteral("reviewer@contoso.com"), QStringLiteral("mfa-writes"));
    QVERIFY(b.ok);
    RuleEditor editor(b.arm.get(), &b.journal, EditContext{QStringLiteral("Sandbox"), b.account()});
    connect(&editor, &RuleEditor::claimsChallenge, &editor, &RuleEditor::abandon);
    QSignalSpy done(&editor, &RuleEditor::finished);
    editor.apply(restrictRequest(kMx));
    QVERIFY(done.wait(20000));
    QCOMPARE(editor.outcome().state, EditOutcome::State::Refused);
    QVERIFY(editor.outcome().message.contains(QLatin1String("multi-factor")));
    QCOMPARE(b.journal.changes().first().status, JournalChange::Status::Failed);
}

void TestRuleEditor::stillExposedIsNotVerified()
{
    Bench b;
    QVERIFY(b.ok);
    // nsg-split-halves: two rules each open half the Internet. Fixing one leaves the other.
    const QString a = ruleId(kProduction, "rg-network-prod", "nsg-split-halves", "Allow-Mail-A");
    const EditOutcome first = b.restrict(a, {QStringLiteral("203.0.113.16/28")});
    QVERIFY2(first.isVerified(), qPrintable(first.message));
    QCOMPARE(first.nsg->finding.verdict, Verdict::Exposed);
    QVERIFY2(first.message.contains(QLatin1String("1 other rule")), qPrintable(first.message));
}

void TestRuleEditor::revertPutsBeforeBack()
{
    Bench b;
    QVERIFY(b.ok);
    const json original = b.rule(kMx);
    const EditOutcome applied = b.restrict(kMx, {QStringLiteral("203.0.113.16/28")});
    QVERIFY(applied.isVerified());
    const EditOutcome reverted = b.revert(applied.changeId.left(8)); // a prefix is enough
    QVERIFY2(reverted.isVerified(), qPrintable(reverted.message));
    QCOMPARE(reverted.nsg->finding.verdict, Verdict::Exposed);
    QVERIFY(RuleDocument::fromJson(b.rule(kMx)).sameAs(RuleDocument::fromJson(original)));
    QCOMPARE(b.journal.change(applied.changeId)->status, JournalChange::Status::Reverted);
    const JournalChange revert = *b.journal.change(reverted.changeId);
    QCOMPARE(revert.fix, QStringLiteral("revert"));
    QCOMPARE(revert.revertOf, applied.changeId);
    QCOMPARE(revert.status, JournalChange::Status::Applied);
    // The revert's If-Match named the etag the change left.
    QCOMPARE_JSON(b.writes()[1]["ifMatch"], applied.current.toJson()["etag"]);
    // A reverted change cannot be reverted again.
    QCOMPARE(b.revert(applied.changeId).state, EditOutcome::State::Failed);
    QVERIFY(b.journal.isIntact());
}

void TestRuleEditor::revertAfterExternalChangeAsks()
{
    Bench b;
    QVERIFY(b.ok);
    const EditOutcome applied = b.restrict(kMx, {QStringLiteral("203.0.113.16/28")});
    QVERIFY(applied.isVerified());
    b.changeBehindOurBack(kMx, "someone added a note");
    const EditOutcome asked = b.revert(applied.changeId);
    QCOMPARE(asked.state, EditOutcome::State::Conflict);
    QCOMPARE_JSON(asked.current.toJson()["properties"]["description"],
                  json("someone added a note"));
    QCOMPARE_JSON(asked.after.toJson()["properties"]["sourceAddressPrefix"], json("Internet"));
    QCOMPARE(b.writes().size(), size_t(1)); // nothing sent
    QCOMPARE(b.journal.change(applied.changeId)->status, JournalChange::Status::Applied);
    // The reviewer looked and decided: revert anyway.
    const EditOutcome forced = b.revert(applied.changeId, true);
    QVERIFY2(forced.isVerified(), qPrintable(forced.message));
    QCOMPARE_JSON(b.rule(kMx)["properties"]["sourceAddressPrefix"], json("Internet"));
    QCOMPARE(b.journal.change(applied.changeId)->status, JournalChange::Status::Reverted);
}

void TestRuleEditor::revertOfDeleteAndDenyAbove()
{
    Bench b;
    QVERIFY(b.ok);
    const QString relay = ruleId(kProduction, "rg-web-prod", "nsg-web-mailrelay", "Allow-SMTP-Any");
    const json original = b.rule(relay);
    const EditOutcome deleted = b.fix(relay, RuleFix::Kind::Delete);
    QVERIFY(deleted.isVerified());
    const EditOutcome back = b.revert(deleted.changeId);
    QVERIFY2(back.isVerified(), qPrintable(back.message));
    QVERIFY(RuleDocument::fromJson(b.rule(relay)).sameAs(RuleDocument::fromJson(original)));

    const QString legacy =
        ruleId(kProduction, "rg-app-prod", "nsg-legacy-smtp", "AllowLegacyRange");
    const EditOutcome added = b.fix(legacy, RuleFix::Kind::DenyAbove);
    QVERIFY(added.isVerified());
    const QString denyId = b.journal.change(added.changeId)->ruleId;
    QVERIFY(!b.rule(denyId).is_null());
    const EditOutcome removed = b.revert(added.changeId);
    QVERIFY2(removed.isVerified(), qPrintable(removed.message));
    QVERIFY(b.rule(denyId).is_null());
    QCOMPARE(removed.nsg->finding.verdict, Verdict::Exposed);
}

void TestRuleEditor::pendingIsReconciled_data()
{
    QTest::addColumn<QString>("world"); // what happened to the rule after the crash
    QTest::addColumn<int>("status");
    QTest::newRow("the write landed") << "after" << int(JournalChange::Status::Applied);
    QTest::newRow("the write never left") << "before" << int(JournalChange::Status::Failed);
    QTest::newRow("someone else changed it") << "other" << int(JournalChange::Status::Unknown);
}

void TestRuleEditor::pendingIsReconciled()
{
    QFETCH(QString, world);
    QFETCH(int, status);
    Bench b;
    QVERIFY(b.ok);
    // A crash between the journal line and the answer: only the pending entry is left.
    const json before = b.rule(kMx);
    JournalChange c;
    c.cloud = QStringLiteral("Sandbox");
    c.tenantId = QLatin1String(SandboxFixture::kContoso);
    c.account = b.account();
    c.ruleId = c.fixedRuleId = kMx;
    c.fix = QStringLiteral("restrictSource");
    c.before = RuleDocument::fromJson(before);
    c.after = c.before.restrictSource({QStringLiteral("203.0.113.16/28")});
    QVERIFY(b.journal.recordChange(c));
    if (world == QLatin1String("after")) {
        sandbox::SandboxWorld &w = b.sandbox.server().world();
        const QString nsg = c.nsgId();
        auto doc = w.nsgJson(*w.nsgEntry(nsg));
        doc["properties"]["securityRules"][0]["properties"]["sourceAddressPrefix"] =
            "203.0.113.16/28";
        w.storeNsg(nsg, doc);
    } else if (world == QLatin1String("other")) {
        b.changeBehindOurBack(kMx, "changed by someone");
    }
    ChangeJournal restarted(b.journal.path());
    QVERIFY(restarted.load());
    QCOMPARE(restarted.pending().size(), 1);
    RuleEditor editor(b.arm.get(), &restarted, EditContext{});
    QSignalSpy done(&editor, &RuleEditor::finished);
    editor.reconcile(restarted.pending().first().id);
    QVERIFY(done.wait(20000));
    QCOMPARE(int(restarted.change(c.id)->status), status);
    QVERIFY(restarted.pending().isEmpty());
    QVERIFY(b.writes().empty()); // reconciling only reads
}

void TestRuleEditor::unreadablePendingStaysPending()
{
    Bench b;
    QVERIFY(b.ok);
    // A pending change to an NSG this account cannot read (or that is gone): nothing is known,
    // so nothing is decided.
    JournalChange c;
    c.tenantId = QLatin1String(SandboxFixture::kContoso);
    c.ruleId = c.fixedRuleId =
        ruleId(SandboxFixture::kMailSubscription, "rg-mail-prod", "nsg-gone", "Allow-SMTP");
    c.fix = QStringLiteral("restrictSource");
    c.before = RuleDocument::fromJson(json{{"name", "Allow-SMTP"}});
    QVERIFY(b.journal.recordChange(c));
    const EditOutcome out = b.run([&](RuleEditor &e) { e.reconcile(c.id); });
    QCOMPARE(out.state, EditOutcome::State::Failed);
    QVERIFY2(out.message.contains(QLatin1String("still pending")), qPrintable(out.message));
    QCOMPARE(b.journal.change(c.id)->status, JournalChange::Status::Pending);
    // A sandbox's journal name carries its URL: another sandbox's changes are not its own.
    QVERIFY(EditContext::cloudName(b.sandbox.environment())
                .startsWith(QLatin1String("Sandbox https://127.0.0.1:")));
}

QTEST_GUILESS_MAIN(TestRuleEditor)
#include "tst_ruleeditor.moc"
