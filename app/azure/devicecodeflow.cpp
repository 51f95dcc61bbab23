// SPDX-License-Identifier: MIT
#include "azure/devicecodeflow.h"

#include "azure/azurelog.h"

#include <nlohmann/json.hpp>

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace nsg::azure {

using json = nlohmann::json;

namespace {

constexpr int kMaxNetworkFailures = 5;

} // namespace

DeviceCodeFlow::DeviceCodeFlow(QNetworkAccessManager *network, CloudEnvironment environment,
                               QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_environment(std::move(environment))
{
    m_timer.setSingleShot(true);
    // A coarse timer may fire up to 5% early, which Entra answers with slow_down.
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &DeviceCodeFlow::poll);
}

DeviceCodeFlow::~DeviceCodeFlow()
{
    if (m_reply)
        m_reply->abort();
}

QString DeviceCodeFlow::scope() const
{
    return m_environment.armScope() + QLatin1String(" offline_access openid profile");
}

void DeviceCodeFlow::start()
{
    m_status = Status::Running;
    m_errorCode.clear();
    m_errorString.clear();
    m_tokens = TokenResponse();
    m_polls = 0;
    m_networkFailures = 0;
    if (!m_environment.isValid()) {
        finish(Status::Failed, QStringLiteral("invalid_environment"), m_environment.errorString());
        return;
    }
    QList<QPair<QString, QString>> form{{QStringLiteral("client_id"), m_environment.clientId()},
                                        {QStringLiteral("scope"), scope()}};
    if (!m_claims.isEmpty())
        form.append({QStringLiteral("claims"), m_claims});
    const QUrl url = m_environment.loginUrl(m_tenant, QStringLiteral("devicecode"));
    qCInfo(lcAuth) << "device code requested at" << url.host() << "for tenant" << m_tenant;
    m_reply = m_network->post(oauth::loginRequest(m_environment, url), oauth::formBody(form));
    connect(m_reply, &QNetworkReply::finished, this, &DeviceCodeFlow::onCodeReply);
}

void DeviceCodeFlow::cancel()
{
    if (m_status != Status::Running)
        return;
    m_timer.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    finish(Status::Cancelled, QString(), tr("Sign-in was cancelled."));
}

void DeviceCodeFlow::onCodeReply()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    const QByteArray body = reply->readAll();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200) {
        const OAuthError e = oauth::errorFromReply(reply, body);
        finish(Status::Failed, e.error,
               tr("Entra ID refused to start the sign-in: %1").arg(e.toString()));
        return;
    }
    const std::optional<oauth::DeviceCodeResponse> answer = oauth::parseDeviceCodeResponse(body);
    if (!answer) {
        finish(Status::Failed, QStringLiteral("unexpected_response"),
               tr("Entra ID's answer to the device-code request lacks the code or the page."));
        return;
    }
    m_deviceCode = answer->deviceCode;
    const QString userCode = answer->userCode;
    const QUrl uri = answer->verificationUri;
    m_intervalMs = std::max(m_minimumIntervalMs, answer->intervalSeconds * 1000);
    m_expiresAt = QDateTime::currentDateTimeUtc().addSecs(answer->expiresInSeconds);
    QString message = answer->message;
    if (message.isEmpty())
        message = tr("To sign in, use a web browser to open the page %1 and enter the code %2 to "
                     "authenticate.")
                      .arg(uri.toString(), userCode);
    Q_EMIT userCodeReceived(userCode, uri, m_expiresAt, message);
    if (m_status == Status::Running)
        m_timer.start(m_intervalMs);
}

void DeviceCodeFlow::poll()
{
    if (m_status != Status::Running)
        return;
    if (QDateTime::currentDateTimeUtc() >= m_expiresAt) {
        finish(Status::Expired, QStringLiteral("expired_token"),
               tr("The code expired before the sign-in was approved. Start again."));
        return;
    }
    ++m_polls;
    const QList<QPair<QString, QString>> form{
        {QStringLiteral("grant_type"),
         QStringLiteral("urn:ietf:params:oauth:grant-type:device_code")},
        {QStringLiteral("client_id"), m_environment.clientId()},
        {QStringLiteral("device_code"), m_deviceCode}};
    m_reply = m_network->post(
        oauth::loginRequest(m_environment,
                            m_environment.loginUrl(m_tenant, QStringLiteral("token"))),
        oauth::formBody(form));
    connect(m_reply, &QNetworkReply::finished, this, &DeviceCodeFlow::onPollReply);
}

void DeviceCodeFlow::onPollReply()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    const TokenReply answer = oauth::readTokenReply(reply);
    if (const auto *tokens = std::get_if<TokenResponse>(&answer)) {
        m_tokens = *tokens;
        if (m_tokens.account.isNull()) {
            finish(Status::Failed, QStringLiteral("unexpected_response"),
                   tr("Entra ID signed you in but did not say who you are (no id token)."));
            return;
        }
        qCInfo(lcAuth) << "device-code sign-in succeeded for tenant" << m_tokens.account.tenantId;
        finish(Status::Succeeded);
        return;
    }
    const OAuthError &e = std::get<OAuthError>(answer);
    if (e.error == QLatin1String("authorization_pending")) {
        m_timer.start(m_intervalMs);
        return;
    }
    if (e.error == QLatin1String("slow_down")) {
        m_intervalMs += 5000;
        qCInfo(lcAuth) << "slow_down: polling every" << m_intervalMs << "ms";
        m_timer.start(m_intervalMs);
        Q_EMIT slowedDown(m_intervalMs);
        return;
    }
    if (e.error == QLatin1String("network_error") && ++m_networkFailures <= kMaxNetworkFailures) {
        // RFC 8628 3.5: back off on connection problems, keep the code.
        m_timer.start(m_intervalMs * (1 << m_networkFailures));
        return;
    }
    if (e.error == QLatin1String("authorization_declined")
        || e.error == QLatin1String("access_denied")) {
        finish(Status::Declined, e.error, tr("The sign-in was declined."));
        return;
    }
    if (e.error == QLatin1String("expired_token")) {
        finish(Status::Expired, e.error,
               tr("The code expired before the sign-in was approved. Start again."));
        return;
    }
    if (e.error == QLatin1String("bad_verification_code")) {
        finish(Status::Failed, e.error,
               tr("Entra ID did not recognise the device code (%1).").arg(e.toString()));
        return;
    }
    finish(Status::Failed, e.error, tr("Sign-in failed: %1").arg(e.toString()));
}

void DeviceCodeFlow::finish(Status status, const QString &code, const QString &message)
{
    m_timer.stop();
    m_status = status;
    m_errorCode = code;
    m_errorString = message;
    m_deviceCode.clear();
    if (status != Status::Succeeded)
        qCInfo(lcAuth) << "device-code sign-in ended:" << status << code;
    Q_EMIT finished();
}

} // namespace nsg::azure
