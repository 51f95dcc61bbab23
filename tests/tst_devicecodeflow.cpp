// SPDX-License-Identifier: MIT
#include "sandboxfixture.h"

#include "azure/devicecodeflow.h"

#include <QHttpServer>
#include <QHttpServerResponse>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace nsg;
using namespace nsg::azure;
using nsg::test::SandboxFixture;

class TestDeviceCodeFlow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void succeedsAfterPendingPolls();
    void slowDownAddsFiveSeconds();
    void declined();
    void expired();
    void cancel();
    void refusedStart();
    void networkErrorBeforeStart();
};

namespace {

int countTokenPolls(SandboxFixture &sandbox, int status = -1)
{
    int n = 0;
    for (const auto &r : sandbox.requests()) {
        if (r["method"] == "POST"
            && r["path"].get<std::string>().find("/oauth2/v2.0/token") != std::string::npos
            && (status < 0 || r["status"] == status))
            ++n;
    }
    return n;
}

// A flow against the sandbox, polling fast, with its signals recorded.
struct SandboxFlow
{
    explicit SandboxFlow(SandboxFixture &sandbox)
        : flow(&network, sandbox.environment())
        , code(&flow, &DeviceCodeFlow::userCodeReceived)
        , finished(&flow, &DeviceCodeFlow::finished)
    {
        flow.setMinimumPollInterval(20);
    }
    bool startAndWaitForCode()
    {
        flow.start();
        return code.wait(5000);
    }
    std::string userCode() const { return code.first().at(0).toString().toStdString(); }

    QNetworkAccessManager network;
    DeviceCodeFlow flow;
    QSignalSpy code;
    QSignalSpy finished;
};

} // namespace

void TestDeviceCodeFlow::succeedsAfterPendingPolls()
{
    SandboxFixture sandbox;
    SandboxFlow f(sandbox);
    DeviceCodeFlow &flow = f.flow;
    QSignalSpy &code = f.code;
    QSignalSpy &finished = f.finished;
    QVERIFY(f.startAndWaitForCode());
    const QString userCode = code.first().at(0).toString();
    const QUrl uri = code.first().at(1).toUrl();
    const QDateTime expiresAt = code.first().at(2).toDateTime();
    const QString message = code.first().at(3).toString();
    QCOMPARE(uri.toString(), sandbox.baseUrl() + QLatin1String("/devicelogin"));
    QVERIFY(message.contains(userCode));
    QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(expiresAt) - 900) < 5);

    // Nobody approved yet: the flow keeps asking and gets authorization_pending.
    QTRY_VERIFY_WITH_TIMEOUT(countTokenPolls(sandbox, 400) >= 3, 5000);
    QCOMPARE(flow.status(), DeviceCodeFlow::Status::Running);
    QVERIFY(finished.isEmpty());

    QCOMPARE(
        sandbox.control()
            .postJson(QStringLiteral("/sandbox/approve"),
                      {{"user_code", userCode.toStdString()}, {"account", "reviewer@contoso.com"}})
            .status,
        200);
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(flow.status(), DeviceCodeFlow::Status::Succeeded);
    const AccountInfo account = flow.account();
    QCOMPARE(account.username, QStringLiteral("reviewer@contoso.com"));
    QCOMPARE(account.displayName, QStringLiteral("Riley Reviewer"));
    QCOMPARE(account.objectId, QStringLiteral("9a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"));
    QCOMPARE(account.tenantId, QString::fromLatin1(SandboxFixture::kContoso));
    QCOMPARE(account.homeTenantId, QString::fromLatin1(SandboxFixture::kContoso));
    QVERIFY(!flow.tokens().accessToken.isEmpty());
    QVERIFY(!flow.tokens().refreshToken.isEmpty());
    QVERIFY(flow.tokens().scope.contains(QLatin1String("offline_access")));
    QVERIFY(flow.tokens().expiresIn > 0);
    // Nothing more after the end.
    const int polls = countTokenPolls(sandbox);
    QTest::qWait(200);
    QCOMPARE(countTokenPolls(sandbox), polls);
    QCOMPARE(finished.size(), 1);
}

void TestDeviceCodeFlow::slowDownAddsFiveSeconds()
{
    // A scripted Entra ID: interval 0, then slow_down for every poll.
    QHttpServer server;
    int polls = 0;
    server.route(QStringLiteral("/organizations/oauth2/v2.0/devicecode"), [] {
        return QHttpServerResponse(
            QByteArrayLiteral("application/json"),
            QByteArrayLiteral(R"({"user_code": "ABC", "device_code": "dc", "verification_uri":
                "http://127.0.0.1/devicelogin", "expires_in": 900, "interval": 0, "message": "m"})"));
    });
    server.route(QStringLiteral("/organizations/oauth2/v2.0/token"), [&polls] {
        ++polls;
        return QHttpServerResponse(
            QByteArrayLiteral("application/json"),
            QByteArrayLiteral(
                R"({"error": "slow_down", "error_description": "AADSTS70016: slow down"})"),
            QHttpServerResponse::StatusCode::BadRequest);
    });
    const quint16 port = server.listen(QHostAddress::LocalHost);
    QVERIFY(port);
    QNetworkAccessManager network;
    DeviceCodeFlow flow(
        &network, CloudEnvironment::sandbox(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port))));
    flow.setMinimumPollInterval(50);
    QSignalSpy finished(&flow, &DeviceCodeFlow::finished);
    QSignalSpy slowed(&flow, &DeviceCodeFlow::slowedDown);
    flow.start();
    QTRY_COMPARE_WITH_TIMEOUT(polls, 1, 5000);
    QTRY_COMPARE(flow.pollIntervalMs(), 5050);
    QCOMPARE(slowed.size(), 1);
    QCOMPARE(slowed.first().first().toInt(), 5050);
    // RFC 8628: the new interval holds for this and every later poll.
    QTest::qWait(1000);
    QCOMPARE(polls, 1);
    QCOMPARE(flow.status(), DeviceCodeFlow::Status::Running);
    flow.cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(flow.status(), DeviceCodeFlow::Status::Cancelled);
}

void TestDeviceCodeFlow::declined()
{
    SandboxFixture sandbox;
    SandboxFlow f(sandbox);
    DeviceCodeFlow &flow = f.flow;
    QVERIFY(f.startAndWaitForCode());
    sandbox.control().postJson(
        QStringLiteral("/sandbox/approve"),
        {{"user_code", f.userCode()}, {"account", "reviewer@contoso.com"}, {"decline", true}});
    QVERIFY(f.finished.wait(5000));
    QCOMPARE(flow.status(), DeviceCodeFlow::Status::Declined);
    QCOMPARE(flow.errorCode(), QStringLiteral("authorization_declined"));
    QVERIFY(!flow.errorString().isEmpty());
    QVERIFY(flow.tokens().accessToken.isEmpty());
}

void TestDeviceCodeFlow::expired()
{
    auto options = SandboxFixture::defaults();
    options.codeLifetimeSeconds = 1;
    SandboxFixture sandbox(options);
    QNetworkAccessManager network;
    DeviceCodeFlow flow(&network, sandbox.environment());
    flow.setMinimumPollInterval(100);
    QSignalSpy finished(&flow, &DeviceCodeFlow::finished);
    flow.start();
    QVERIFY(finished.wait(5000));
    QCOMPARE(flow.status(), DeviceCodeFlow::Status::Expired);
    QCOMPARE(flow.errorCode(), QStringLiteral("expired_token"));
    QVERIFY(flow.errorString().contains(QLatin1String("expired")));
}

void TestDeviceCodeFlow::cancel()
{
    SandboxFixture sandbox;
    SandboxFlow f(sandbox);
    DeviceCodeFlow &flow = f.flow;
    QSignalSpy &finished = f.finished;
    QVERIFY(f.startAndWaitForCode());
    QTRY_VERIFY(countTokenPolls(sandbox) >= 1);
    flow.cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(flow.status(), DeviceCodeFlow::Status::Cancelled);
    const int polls = countTokenPolls(sandbox);
    // Approving now changes nothing: the flow has stopped asking.
    sandbox.control().postJson(QStringLiteral("/sandbox/approve"),
                               {{"user_code", f.userCode()}, {"account", "reviewer@contoso.com"}});
    QTest::qWait(300);
    QVERIFY(countTokenPolls(sandbox) <= polls + 1); // one may have been on the wire
    QCOMPARE(finished.size(), 1);
    QCOMPARE(flow.status(), DeviceCodeFlow::Status::Cancelled);
    flow.cancel(); // twice is harmless
    QCOMPARE(finished.size(), 1);
}

void TestDeviceCodeFlow::refusedStart()
{
    SandboxFixture sandbox;
    QNetworkAccessManager network;
    DeviceCodeFlow flow(&network, sandbox.environment());
    flow.setTenant(QStringLiteral("nowhere.example"));
    QSignalSpy code(&flow, &DeviceCodeFlow::userCodeReceived);
    QSignalSpy finished(&flow, &DeviceCodeFlow::finished);
    flow.start();
    QVERIFY(finished.wait(5000));
    QVERIFY(code.isEmpty());
    QCOMPARE(flow.status(), DeviceCodeFlow::Status::Failed);
    QCOMPARE(flow.errorCode(), QStringLiteral("invalid_request"));
    QVERIFY2(flow.errorString().contains(QLatin1String("AADSTS90002")),
             qPrintable(flow.errorString()));
}

void TestDeviceCodeFlow::networkErrorBeforeStart()
{
    // Nothing listens there, and without the sandbox CA a TLS sandbox is a stranger: both fail
    // with a clear reason instead of hanging.
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    QNetworkAccessManager network;
    DeviceCodeFlow flow(
        &network, CloudEnvironment::sandbox(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port))));
    QSignalSpy finished(&flow, &DeviceCodeFlow::finished);
    flow.start();
    QVERIFY(finished.wait(5000));
    QCOMPARE(flow.status(), DeviceCodeFlow::Status::Failed);
    QCOMPARE(flow.errorCode(), QStringLiteral("network_error"));

    SandboxFixture sandbox;
    DeviceCodeFlow untrusted(&network, CloudEnvironment::sandbox(QUrl(sandbox.baseUrl())));
    QSignalSpy done(&untrusted, &DeviceCodeFlow::finished);
    untrusted.start();
    QVERIFY(done.wait(5000));
    QCOMPARE(untrusted.status(), DeviceCodeFlow::Status::Failed);
    QCOMPARE(untrusted.errorCode(), QStringLiteral("network_error"));
}

QTEST_GUILESS_MAIN(TestDeviceCodeFlow)
#include "tst_devicecodeflow.moc"
