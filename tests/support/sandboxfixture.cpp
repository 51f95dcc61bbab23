// SPDX-License-Identifier: MIT
#include "sandboxfixture.h"

#include "azure/devicecodeflow.h"
#include "azure/session.h"
#include "sandbox/sandboxserver.h"

#include <QSignalSpy>
#include <QTest>

namespace nsg::test {

namespace {

std::unique_ptr<sandbox::SandboxServer> startServer(sandbox::SandboxOptions options, bool tls)
{
    options.tls = tls;
    auto server = std::make_unique<sandbox::SandboxServer>(options);
    QString error;
    if (!server->start(&error))
        qFatal("sandbox did not start: %s", qPrintable(error));
    return server;
}

} // namespace

sandbox::SandboxOptions SandboxFixture::defaults()
{
    sandbox::SandboxOptions o;
    o.pollIntervalSeconds = 0;
    o.operationMilliseconds = 300;
    return o;
}

SandboxFixture::SandboxFixture(sandbox::SandboxOptions options, bool tls)
    : m_server(startServer(options, tls))
    , m_control(m_server->baseUrl(), sandbox::SandboxServer::caCertificate())
{ }

SandboxFixture::~SandboxFixture() = default;

QString SandboxFixture::baseUrl() const
{
    return m_server->baseUrl();
}

azure::CloudEnvironment SandboxFixture::environment() const
{
    return azure::CloudEnvironment::sandbox(QUrl(m_server->baseUrl()),
                                            {sandbox::SandboxServer::caCertificate()});
}

bool SandboxFixture::signIn(azure::Session &session, const QString &account, const QString &tenant,
                            const QString &claims)
{
    QSignalSpy signedIn(&session, &azure::Session::signedIn);
    QSignalSpy failed(&session, &azure::Session::signInFailed);
    azure::DeviceCodeFlow *flow = session.signIn(tenant, claims);
    flow->setMinimumPollInterval(20);
    QSignalSpy code(flow, &azure::DeviceCodeFlow::userCodeReceived);
    if (!code.wait(5000)) {
        QTest::qFail("no user code", __FILE__, __LINE__);
        return false;
    }
    const auto answer =
        m_control.postJson(QStringLiteral("/sandbox/approve"),
                           {{"user_code", code.first().first().toString().toStdString()},
                            {"account", account.toStdString()}});
    if (answer.status != 200) {
        QTest::qFail(
            qPrintable(QStringLiteral("approve failed: ") + QString::fromUtf8(answer.body)),
            __FILE__, __LINE__);
        return false;
    }
    if (!signedIn.wait(5000) && signedIn.isEmpty()) {
        QTest::qFail(qPrintable(QStringLiteral("sign-in did not finish: ")
                                + (failed.isEmpty() ? QStringLiteral("timeout")
                                                    : failed.first().first().toString())),
                     __FILE__, __LINE__);
        return false;
    }
    return true;
}

nlohmann::json SandboxFixture::truth()
{
    return m_control.get(QStringLiteral("/sandbox/truth")).json();
}

nlohmann::json SandboxFixture::requests()
{
    return m_control.get(QStringLiteral("/sandbox/requests")).json()["requests"];
}

void SandboxFixture::setFaults(const QString &spec)
{
    m_control.postJson(QStringLiteral("/sandbox/faults"), {{"faults", spec.toStdString()}});
}

} // namespace nsg::test
