// SPDX-License-Identifier: MIT
#include "sandboxfixture.h"

#include "azure/armclient.h"
#include "azure/session.h"
#include "azure/tokenprovider.h"
#include "azure/tokenstore.h"
#include "sandbox/sandboxserver.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>

using namespace nsg;
using namespace nsg::azure;
using nsg::test::SandboxFixture;
using json = nlohmann::json;

namespace {

const QString kNetworkVersion = QStringLiteral("2025-05-01");

QString nsgListPath(const char *subscription)
{
    return QStringLiteral("/subscriptions/%1/providers/Microsoft.Network/networkSecurityGroups"
                          "?api-version=2025-05-01")
        .arg(QLatin1String(subscription));
}

// A signed-in session and an ARM client on one sandbox.
struct Client
{
    explicit Client(SandboxFixture &sandbox, ArmClientOptions options = fast(0))
        : session(&sandbox.network(), sandbox.environment(), &store)
    {
        ok = sandbox.signIn(session);
        arm = std::make_unique<ArmClient>(&sandbox.network(), session.tokens(), options);
    }
    // Quick retries; at most `inFlight` requests at once (ArmClientOptions' default when 0).
    static ArmClientOptions fast(int inFlight = 0)
    {
        ArmClientOptions o;
        if (inFlight > 0)
            o.maxInFlight = inFlight;
        o.backoffBaseMs = 10;
        o.backoffMaxMs = 50;
        return o;
    }
    bool run(ArmJob *job, int timeoutMs = 20000)
    {
        QSignalSpy done(job, &ArmJob::finished);
        return job->isFinished() || done.wait(timeoutMs);
    }

    // `n` calls that list the subscriptions, queued at once.
    QList<ArmJob *> listSubscriptions(int n)
    {
        QList<ArmJob *> jobs;
        for (int i = 0; i < n; ++i)
            jobs.append(arm->get(QStringLiteral("/subscriptions?api-version=2022-12-01"),
                                 QString::fromLatin1(SandboxFixture::kContoso)));
        return jobs;
    }

    MemoryTokenStore store;
    Session session;
    std::unique_ptr<ArmClient> arm;
    bool ok = false;
};

// A second server on loopback that records whatever reaches it (the hostile host).
struct Recorder
{
    Recorder()
    {
        server.route(QStringLiteral("/<arg>"), [this](const QUrl &, const QHttpServerRequest &r) {
            requests.append(r.url().toString());
            if (!r.value("Authorization").isEmpty())
                bearers.append(QString::fromLatin1(r.value("Authorization")));
            return QStringLiteral("{}");
        });
        port = server.listen(QHostAddress::LocalHost);
    }
    QHttpServer server;
    quint16 port = 0;
    QStringList requests;
    QStringList bearers;
};

} // namespace

class TestArmClient final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pagesThroughNextLink();
    void retriesHonourRetryAfter();
    void givesUpAfterMaxRetries();
    void hostileNextLinkIsNotFollowed();
    void foreignUrlIsRefused();
    void expiredTokenIsRefreshedOnce();
    void wrongTenantSwitchesOnce();
    void limitsRequestsInFlight();
    void urgentCallsGoFirst();
    void timeoutIsRetriedThenReported();
    void cancelReportsOnce();
    void errorsAreMapped();
    void tlsErrorsAreFatal();
    void tokensNeverReachTheLog();
    void longRunningFollowsTheStatusMonitor();
    void longRunningFollowsLocationAlone_data();
    void longRunningFollowsLocationAlone();
};

void TestArmClient::pagesThroughNextLink()
{
    auto options = SandboxFixture::defaults();
    options.pageSize = 2;
    SandboxFixture sandbox(options);
    Client c(sandbox);
    QVERIFY(c.ok);
    ArmJob *job =
        c.arm->get(nsgListPath(SandboxFixture::kMailSubscription),
                   QString::fromLatin1(SandboxFixture::kContoso), ArmJob::Paging::FollowNextLink);
    QStringList names;
    job->setPageHandler([&names](const json &page) {
        QVERIFY(page["value"].size() <= 2);
        for (const json &nsg : page["value"])
            names.append(QString::fromStdString(nsg["name"]));
    });
    QVERIFY(c.run(job));
    QVERIFY2(job->succeeded(), qPrintable(job->error().toString()));
    QCOMPARE(job->pagesReceived(), 8);
    QCOMPARE(names.size(), 15);
    QCOMPARE(QSet<QString>(names.begin(), names.end()).size(), 15);
    // Every request carried the client request id ARM echoes back.
    QVERIFY(!job->responseHeader("x-ms-client-request-id").isEmpty());
    QVERIFY(!job->responseHeader("x-ms-request-id").isEmpty());
}

void TestArmClient::retriesHonourRetryAfter()
{
    auto options = SandboxFixture::defaults();
    options.pageSize = 2;
    SandboxFixture sandbox(options);
    Client c(sandbox);
    QVERIFY(c.ok);
    sandbox.setFaults(
        QStringLiteral("429=0.3,5xx=0.2,reset=0.1,truncate=0.1,malformed=0.1,seed=11"));
    ArmJob *job =
        c.arm->get(nsgListPath(SandboxFixture::kMailSubscription),
                   QString::fromLatin1(SandboxFixture::kContoso), ArmJob::Paging::FollowNextLink);
    int nsgs = 0;
    job->setPageHandler([&nsgs](const json &page) { nsgs += int(page["value"].size()); });
    QVERIFY(c.run(job, 60000));
    QVERIFY2(job->succeeded(), qPrintable(job->error().toString()));
    QCOMPARE(nsgs, 15); // every page once: a broken page is asked again, never counted twice
    QVERIFY(c.arm->retries() > 0);
    // After each 429 (Retry-After: 1) the same page was not asked again for a second.
    const json log = sandbox.requests();
    int throttled = 0;
    for (size_t i = 0; i < log.size(); ++i) {
        if (log[i]["status"] != 429)
            continue;
        ++throttled;
        const QDateTime at =
            QDateTime::fromString(QString::fromStdString(log[i]["time"]), Qt::ISODateWithMs);
        for (size_t j = i + 1; j < log.size(); ++j) {
            if (log[j]["path"] == log[i]["path"]) {
                const QDateTime next = QDateTime::fromString(QString::fromStdString(log[j]["time"]),
                                                             Qt::ISODateWithMs);
                QVERIFY2(at.msecsTo(next) >= 950, qPrintable(QString::number(at.msecsTo(next))));
                break;
            }
        }
    }
    QVERIFY(throttled > 0);
}

void TestArmClient::givesUpAfterMaxRetries()
{
    SandboxFixture sandbox;
    ArmClientOptions options = Client::fast();
    options.maxRetries = 2;
    Client c(sandbox, options);
    QVERIFY(c.ok);
    sandbox.setFaults(QStringLiteral("5xx=1"));
    ArmJob *job = c.arm->get(nsgListPath(SandboxFixture::kMailSubscription),
                             QString::fromLatin1(SandboxFixture::kContoso));
    QVERIFY(c.run(job, 30000));
    QVERIFY(!job->succeeded());
    QCOMPARE(job->attempts(), 3);
    QVERIFY(job->error().httpStatus == 500 || job->error().httpStatus == 503);
    QVERIFY(job->error().code == QLatin1String("InternalServerError")
            || job->error().code == QLatin1String("ServiceUnavailable"));
    QVERIFY(!job->error().requestId.isEmpty());
    QVERIFY(job->error().message.contains(QLatin1String("gave up after 3 attempts")));
}

void TestArmClient::hostileNextLinkIsNotFollowed()
{
    Recorder evil;
    QVERIFY(evil.port);
    auto options = SandboxFixture::defaults();
    options.pageSize = 2;
    SandboxFixture sandbox(options);
    Client c(sandbox);
    QVERIFY(c.ok);
    sandbox.setFaults(QStringLiteral("nextlink-host=127.0.0.1:%1").arg(evil.port));
    ArmJob *job =
        c.arm->get(nsgListPath(SandboxFixture::kMailSubscription),
                   QString::fromLatin1(SandboxFixture::kContoso), ArmJob::Paging::FollowNextLink);
    int pages = 0;
    job->setPageHandler([&pages](const json &) { ++pages; });
    QVERIFY(c.run(job));
    QVERIFY(!job->succeeded());
    QCOMPARE(job->error().code, QStringLiteral("UntrustedHost"));
    QVERIFY(job->error().message.contains(QStringLiteral("127.0.0.1")));
    QCOMPARE(pages, 1); // the first page is real and kept
    QTest::qWait(200);
    QCOMPARE(evil.requests.size(), 0);
    QCOMPARE(evil.bearers.size(), 0);
}

void TestArmClient::foreignUrlIsRefused()
{
    Recorder evil;
    SandboxFixture sandbox;
    Client c(sandbox);
    QVERIFY(c.ok);
    for (const QString &url :
         {QStringLiteral("https://127.0.0.1:%1/subscriptions").arg(evil.port),
          QStringLiteral("http://127.0.0.1:%1/subscriptions").arg(evil.port)}) {
        ArmJob *job = c.arm->get(url, QString::fromLatin1(SandboxFixture::kContoso));
        QSignalSpy done(job, &ArmJob::finished);
        QVERIFY(done.wait(5000)); // reported after the call returns, not inside it
        QCOMPARE(done.size(), 1);
        QCOMPARE(job->error().code, QStringLiteral("UntrustedHost"));
    }
    QCOMPARE(evil.requests.size(), 0);
    QCOMPARE(c.arm->requestsSent(), 0);
}

void TestArmClient::expiredTokenIsRefreshedOnce()
{
    auto options = SandboxFixture::defaults();
    options.tokenLifetimeSeconds = 1;
    SandboxFixture sandbox(options);
    Client c(sandbox);
    QVERIFY(c.ok);
    const QString contoso = QString::fromLatin1(SandboxFixture::kContoso);
    // A token the client believes fresh but the server has seen expire (clock skew).
    QString stale;
    c.session.tokens()->token(
        contoso, nullptr, [&stale](const AccessToken &t, const AuthFailure &) { stale = t.token; });
    // (On a loaded machine the sign-in's one-second token may already need a refresh: the
    // answer then comes from the event loop.)
    QTRY_VERIFY(!stale.isEmpty());
    QTest::qWait(1200);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    c.session.tokens()->seed(AccessToken{stale, contoso, now.addSecs(3600), now});
    ArmJob *job = c.arm->get(QStringLiteral("/subscriptions?api-version=2022-12-01"), contoso);
    QVERIFY(c.run(job));
    QVERIFY2(job->succeeded(), qPrintable(job->error().toString()));
    QCOMPARE(job->attempts(), 2);
    int expired = 0;
    for (const json &r : sandbox.requests())
        expired += r["status"] == 401;
    QCOMPARE(expired, 1);
}

void TestArmClient::wrongTenantSwitchesOnce()
{
    SandboxFixture sandbox;
    Client c(sandbox);
    QVERIFY(c.ok);
    // The Fabrikam subscription asked for with a Contoso token.
    ArmJob *job =
        c.arm->get(nsgListPath(SandboxFixture::kFabrikamSubscription),
                   QString::fromLatin1(SandboxFixture::kContoso), ArmJob::Paging::FollowNextLink);
    QVERIFY(c.run(job));
    QVERIFY2(job->succeeded(), qPrintable(job->error().toString()));
    QCOMPARE(job->tenantId(), QString::fromLatin1(SandboxFixture::kFabrikam));
    QCOMPARE(job->attempts(), 2);
}

void TestArmClient::limitsRequestsInFlight()
{
    SandboxFixture sandbox;
    Client c(sandbox, Client::fast(3));
    QVERIFY(c.ok);
    sandbox.setFaults(QStringLiteral("latency=100"));
    const QList<ArmJob *> jobs = c.listSubscriptions(12);
    QTRY_VERIFY_WITH_TIMEOUT(
        std::all_of(jobs.begin(), jobs.end(), [](ArmJob *j) { return j->isFinished(); }), 10000);
    for (ArmJob *j : jobs)
        QVERIFY(j->succeeded());
    QCOMPARE(c.arm->peakInFlight(), 3);
    QCOMPARE(c.arm->requestsSent(), 12);
}

// A call made urgent (a Resource Graph page) has a lane of its own: it goes on the wire at once,
// however many calls are queued ahead of it and however long theirs take, and takes none of
// their slots. Order is read from when each was sent.
void TestArmClient::urgentCallsGoFirst()
{
    SandboxFixture sandbox;
    Client c(sandbox, Client::fast(1));
    QVERIFY(c.ok);
    sandbox.setFaults(QStringLiteral("latency=300"));
    const QList<ArmJob *> jobs = c.listSubscriptions(4);
    // Made once the first is on the wire and the others wait for it.
    QTRY_VERIFY_WITH_TIMEOUT(jobs[0]->lastSentAtMs() > 0, 5000);
    ArmJob *urgent = c.listSubscriptions(1).front();
    urgent->setUrgent(true);
    QTRY_VERIFY_WITH_TIMEOUT(urgent->isFinished(), 10000);
    QVERIFY(urgent->succeeded());
    // The other lane is still at its first call (one at a time, 300 ms each).
    QVERIFY(!jobs[1]->isFinished());
    QTRY_VERIFY_WITH_TIMEOUT(
        std::all_of(jobs.begin(), jobs.end(), [](ArmJob *j) { return j->isFinished(); }), 10000);
    QList<qint64> sent;
    for (ArmJob *j : jobs) {
        QVERIFY(j->succeeded());
        sent.append(j->lastSentAtMs());
    }
    QVERIFY(std::is_sorted(sent.begin(), sent.end()));
    QVERIFY2(urgent->lastSentAtMs() < sent[0] + 250,
             qPrintable(QString::number(urgent->lastSentAtMs() - sent[0])));
    QVERIFY(sent[3] - sent[0] >= 3 * 250); // the other lane kept its one at a time
    QCOMPARE(c.arm->peakInFlight(), 1);
}

void TestArmClient::timeoutIsRetriedThenReported()
{
    SandboxFixture sandbox;
    ArmClientOptions options = Client::fast();
    options.timeoutMs = 300;
    options.maxRetries = 1;
    Client c(sandbox, options);
    QVERIFY(c.ok);
    sandbox.setFaults(QStringLiteral("latency=1500"));
    ArmJob *job = c.arm->get(QStringLiteral("/subscriptions?api-version=2022-12-01"),
                             QString::fromLatin1(SandboxFixture::kContoso));
    QVERIFY(c.run(job));
    QCOMPARE(job->error().code, QStringLiteral("Timeout"));
    QCOMPARE(job->attempts(), 2);
}

void TestArmClient::cancelReportsOnce()
{
    SandboxFixture sandbox;
    Client c(sandbox);
    QVERIFY(c.ok);
    sandbox.setFaults(QStringLiteral("latency=500"));
    ArmJob *job = c.arm->get(QStringLiteral("/subscriptions?api-version=2022-12-01"),
                             QString::fromLatin1(SandboxFixture::kContoso));
    QSignalSpy done(job, &ArmJob::finished);
    QTRY_COMPARE(c.arm->inFlight(), 1);
    job->cancel();
    QCOMPARE(done.size(), 1);
    QCOMPARE(job->error().code, QStringLiteral("Cancelled"));
    QTest::qWait(700);
    QCOMPARE(done.size(), 1);
    QCOMPARE(c.arm->inFlight(), 0);
}

void TestArmClient::errorsAreMapped()
{
    SandboxFixture sandbox;
    Client c(sandbox);
    QVERIFY(c.ok);
    const QString contoso = QString::fromLatin1(SandboxFixture::kContoso);
    ArmJob *missing = c.arm->get(
        QStringLiteral("/subscriptions/%1/resourceGroups/rg-mail-prod/providers/Microsoft.Network/"
                       "networkSecurityGroups/nsg-none?api-version=2025-05-01")
            .arg(QLatin1String(SandboxFixture::kMailSubscription)),
        contoso);
    QVERIFY(c.run(missing));
    QCOMPARE(missing->error().httpStatus, 404);
    QCOMPARE(missing->error().code, QStringLiteral("ResourceNotFound"));
    QVERIFY(!missing->error().requestId.isEmpty());
    QCOMPARE(missing->attempts(), 1); // not retried

    ArmJob *denied = c.arm->get(nsgListPath(SandboxFixture::kFinanceSubscription), contoso);
    QVERIFY(c.run(denied));
    QCOMPARE(denied->error().httpStatus, 403);
    QCOMPARE(denied->error().code, QStringLiteral("AuthorizationFailed"));
    QVERIFY(denied->error().message.contains(
        QLatin1String("Microsoft.Network/networkSecurityGroups/read")));
    QVERIFY(denied->error().toString().startsWith(QLatin1String("403 AuthorizationFailed: ")));
}

void TestArmClient::tlsErrorsAreFatal()
{
    SandboxFixture sandbox;
    MemoryTokenStore store;
    // The same sandbox without its CA: a stranger's certificate, as against a fake Azure.
    TokenProvider tokens(&sandbox.network(), CloudEnvironment::sandbox(QUrl(sandbox.baseUrl())));
    AccountInfo account;
    account.homeTenantId = QString::fromLatin1(SandboxFixture::kContoso);
    tokens.setSession(account, QStringLiteral("sbx1.r.x"), nullptr, QString());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    tokens.seed(
        AccessToken{QStringLiteral("sbx1.secret"), account.homeTenantId, now.addSecs(3600), now});
    ArmClient arm(&sandbox.network(), &tokens, Client::fast());
    ArmJob *job =
        arm.get(QStringLiteral("/subscriptions?api-version=2022-12-01"), account.homeTenantId);
    QSignalSpy done(job, &ArmJob::finished);
    QVERIFY(done.wait(5000));
    QCOMPARE(job->error().code, QStringLiteral("TlsError"));
    QCOMPARE(job->attempts(), 1);
    for (const json &r : sandbox.requests())
        QVERIFY(r["path"].get<std::string>().find("/subscriptions") == std::string::npos);
}

namespace {
QStringList *g_log = nullptr;
void capture(QtMsgType, const QMessageLogContext &, const QString &message)
{
    if (g_log)
        g_log->append(message);
}
} // namespace

void TestArmClient::tokensNeverReachTheLog()
{
    QStringList log;
    g_log = &log;
    QLoggingCategory::setFilterRules(QStringLiteral("nsg.azure.*=true"));
    const QtMessageHandler previous = qInstallMessageHandler(capture);
    {
        auto options = SandboxFixture::defaults();
        options.pageSize = 2;
        SandboxFixture sandbox(options);
        Client c(sandbox);
        QVERIFY(c.ok);
        sandbox.setFaults(QStringLiteral("429=0.3,seed=2"));
        QStringList tokens;
        for (const char *tenant : {SandboxFixture::kContoso, SandboxFixture::kFabrikam}) {
            c.session.tokens()->token(
                QString::fromLatin1(tenant), nullptr,
                [&tokens](const AccessToken &t, const AuthFailure &) { tokens.append(t.token); });
        }
        QTRY_COMPARE(tokens.size(), 2);
        ArmJob *job = c.arm->get(nsgListPath(SandboxFixture::kMailSubscription),
                                 QString::fromLatin1(SandboxFixture::kContoso),
                                 ArmJob::Paging::FollowNextLink);
        QVERIFY(c.run(job, 30000));
        tokens.append(c.store.contents().values());
        QVERIFY(!log.isEmpty());
        for (const QString &line : std::as_const(log)) {
            QVERIFY2(!line.contains(QLatin1String("sbx1.")), qPrintable(line));
            for (const QString &t : std::as_const(tokens))
                QVERIFY(!line.contains(t));
        }
    }
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    g_log = nullptr;
}

namespace {

const QString kMxRule = QStringLiteral(
    "/subscriptions/2c5a7d3b-8f4e-4b6a-c9d2-1e3f5a7b9c21/resourceGroups/rg-mail-prod/providers/"
    "Microsoft.Network/networkSecurityGroups/nsg-mx-inbound/securityRules/Allow-SMTP-Internet"
    "?api-version=2025-05-01");

QByteArray restrictedRule(const char *source)
{
    return QByteArray::fromStdString(json{
        {"properties",
         {{"protocol", "Tcp"},
          {"sourcePortRange", "*"},
          {"destinationPortRange", "25"},
          {"sourceAddressPrefix", source},
          {"destinationAddressPrefix", "*"},
          {"access", "Allow"},
          {"priority", 100},
          {"direction", "Inbound"}}}}.dump());
}

// The GETs the client sent to the sandbox's operation URLs of one kind, with their statuses.
QList<int> pollsOf(SandboxFixture &sandbox, const char *kind)
{
    QList<int> statuses;
    for (const json &r : sandbox.requests()) {
        if (r["method"] == "GET"
            && r["path"].get<std::string>().find(std::string("/") + kind + "/")
                != std::string::npos)
            statuses.append(r["status"].get<int>());
    }
    return statuses;
}

ArmJob *write(Client &c, const QByteArray &verb, const QByteArray &body)
{
    ArmJob *job = c.arm->send(verb, kMxRule, QString::fromLatin1(SandboxFixture::kContoso), body,
                              {{"Content-Type", "application/json"}});
    job->setLongRunning(true);
    return job;
}

ArmClientOptions polling()
{
    ArmClientOptions o = Client::fast();
    o.minimumPollMs = 50;
    return o;
}

} // namespace

void TestArmClient::longRunningFollowsTheStatusMonitor()
{
    auto options = SandboxFixture::defaults();
    options.retryAfterSeconds = 0;
    SandboxFixture sandbox(options);
    Client c(sandbox, polling());
    QVERIFY(c.ok);
    ArmJob *job = write(c, "PUT", restrictedRule("203.0.113.0/28"));
    QStringList seen;
    connect(job, &ArmJob::operationPolled, this, [&seen](const QString &s) { seen.append(s); });
    QVERIFY(c.run(job));
    QVERIFY2(job->succeeded(), qPrintable(job->error().toString()));
    QCOMPARE(job->operationStatus(), QStringLiteral("Succeeded"));
    QVERIFY(seen.size() >= 2 && seen.front() == QLatin1String("InProgress"));
    QVERIFY(pollsOf(sandbox, "operationResults").isEmpty());
    QVERIFY(!pollsOf(sandbox, "operations").isEmpty());
}

void TestArmClient::longRunningFollowsLocationAlone_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<int>("finalStatus");
    QTest::newRow("PUT") << QByteArray("PUT") << 200;
    QTest::newRow("DELETE") << QByteArray("DELETE") << 204;
}

void TestArmClient::longRunningFollowsLocationAlone()
{
    QFETCH(QByteArray, verb);
    QFETCH(int, finalStatus);
    auto options = SandboxFixture::defaults();
    options.retryAfterSeconds = 0;
    SandboxFixture sandbox(options);
    sandbox.setFaults(QStringLiteral("location-only"));
    Client c(sandbox, polling());
    QVERIFY(c.ok);
    ArmJob *job = write(c, verb, verb == "PUT" ? restrictedRule("203.0.113.0/28") : QByteArray());
    QVERIFY(c.run(job));
    QVERIFY2(job->succeeded(), qPrintable(job->error().toString()));
    QCOMPARE(job->httpStatus(), finalStatus); // the result's own status, after 202s
    QCOMPARE(job->operationStatus(), QStringLiteral("Succeeded"));
    const QList<int> polls = pollsOf(sandbox, "operationResults");
    QVERIFY2(polls.size() >= 2 && polls.front() == 202 && polls.back() == finalStatus,
             qPrintable(QString::number(polls.size())));
    QVERIFY(pollsOf(sandbox, "operations").isEmpty());
    const json rule = sandbox.server().world().nsgJson(*sandbox.server().world().nsgEntry(
        kMxRule.section(QStringLiteral("/securityRules/"), 0, 0)));
    bool found = false;
    for (const json &r : rule["properties"]["securityRules"])
        found = found || r["name"] == "Allow-SMTP-Internet";
    QCOMPARE(found, verb == "PUT");

    // A failed operation: its result is its error, and the job says the operation failed
    // (not that ARM refused the write: httpStatus 0, read the resource to know).
    sandbox.setFaults(QStringLiteral("location-only,fail-writes"));
    ArmJob *failing = write(c, "PUT", restrictedRule("198.51.100.0/28"));
    QVERIFY(c.run(failing, 30000));
    QVERIFY(!failing->succeeded());
    QCOMPARE(failing->error().httpStatus, 0);
    QCOMPARE(failing->error().code, QStringLiteral("InternalServerError"));
    QVERIFY2(failing->error().message.contains(QLatin1String("network resource provider")),
             qPrintable(failing->error().message));
}

QTEST_GUILESS_MAIN(TestArmClient)
#include "tst_armclient.moc"
