// SPDX-License-Identifier: MIT
#pragma once

#include "azure/cloudenvironment.h"
#include "azure/oauth.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace nsg::azure {

// The OAuth 2.0 device authorization grant against Entra ID (docs/azure-protocol.md, 'Sign-in with
// a device code'), with no UI in it: start() asks for a code and reports it (userCodeReceived); the
// flow then polls the token endpoint at the server's interval (+5 s for every slow_down) until the
// person approves, declines, or the code expires, and reports once (finished).
class DeviceCodeFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceCodeFlow)

public:
    enum class Status {
        Running,
        Succeeded,
        Declined, // the person refused
        Expired, // nobody approved in time
        Cancelled, // cancel() was called
        Failed, // any other error: errorString() says which
    };
    Q_ENUM(Status)

    DeviceCodeFlow(QNetworkAccessManager *network, CloudEnvironment environment,
                   QObject *parent = nullptr);
    ~DeviceCodeFlow() override;

    // organizations (default), common, a tenant id or domain.
    void setTenant(const QString &tenant) { m_tenant = tenant; }
    QString tenant() const { return m_tenant; }
    // A claims challenge (JSON) to satisfy, e.g. after a 401 that asks for MFA.
    void setClaims(const QString &claims) { m_claims = claims; }
    // Never poll faster than this, whatever the server says (default 1000 ms).
    void setMinimumPollInterval(int ms) { m_minimumIntervalMs = ms; }

    void start();
    void cancel();

    Status status() const { return m_status; }
    QString errorCode() const { return m_errorCode; } // OAuth error on failure
    QString errorString() const { return m_errorString; }
    const TokenResponse &tokens() const { return m_tokens; } // on success
    AccountInfo account() const { return m_tokens.account; }
    int pollCount() const { return m_polls; }
    int pollIntervalMs() const { return m_intervalMs; }

Q_SIGNALS:
    void userCodeReceived(const QString &userCode, const QUrl &verificationUri,
                          const QDateTime &expiresAt, const QString &message);
    // Entra ID asked for slower polling (slow_down): the new interval.
    void slowedDown(int intervalMs);
    // Exactly once per start(): status() says how it ended.
    void finished();

private:
    void onCodeReply();
    void poll();
    void onPollReply();
    void finish(Status status, const QString &code = QString(), const QString &message = QString());
    QString scope() const;

    QNetworkAccessManager *m_network;
    CloudEnvironment m_environment;
    QString m_tenant = QStringLiteral("organizations");
    QString m_claims;
    int m_minimumIntervalMs = 1000;

    Status m_status = Status::Running;
    QString m_errorCode;
    QString m_errorString;
    TokenResponse m_tokens;
    QString m_deviceCode;
    QDateTime m_expiresAt;
    int m_intervalMs = 5000;
    int m_polls = 0;
    int m_networkFailures = 0;
    QTimer m_timer;
    QPointer<QNetworkReply> m_reply;
};

} // namespace nsg::azure
