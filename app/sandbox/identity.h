// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/httpreply.h"
#include "sandbox/sandboxoptions.h"
#include "sandbox/sandboxworld.h"

#include <QDateTime>
#include <QHash>
#include <QUrlQuery>

namespace nsg::sandbox {

// The sandbox's Microsoft Entra ID: the device authorization grant and the refresh-token grant of
// the v2.0 endpoints, with the same fields and errors (docs/azure-protocol.md, 'Sign-in with a
// device code'), access tokens bound to account + tenant + expiry, refresh tokens that rotate on
// every use, and the page where a person enters the user code.
class Identity final
{
public:
    struct Grant
    {
        const Account *account = nullptr;
        QString tenantId;
        QDateTime expiresAt;
        bool mfa = false; // issued after a claims challenge was answered
    };
    enum class AuthResult { Ok, Missing, Invalid, Expired };

    Identity(SandboxWorld &world, const SandboxOptions &options);

    void setBaseUrl(const QString &url) { m_baseUrl = url; }

    HttpReply deviceCode(const QString &tenantSegment, const QUrlQuery &form);
    HttpReply token(const QString &tenantSegment, const QUrlQuery &form);
    // The machine's managed identity: the instance metadata service's endpoint (GET
    // /metadata/identity/oauth2/token, "Metadata: true", api-version 2018-02-01) or App
    // Service's (GET /msi/token, X-IDENTITY-HEADER, api-version 2019-08-01).
    HttpReply managedIdentityToken(const QUrlQuery &query, const QByteArray &metadataHeader);
    HttpReply appServiceIdentityToken(const QUrlQuery &query, const QByteArray &identityHeader);
    HttpReply openIdConfiguration(const QString &tenantSegment) const;
    // GET /common/discovery/instance: which OpenID document serves the tenant named in the
    // authorization_endpoint parameter (its own, as Entra ID answers, never /common's).
    HttpReply instanceDiscovery(const QUrlQuery &query) const;
    HttpReply deviceLoginPage(const QString &message = QString()) const;
    HttpReply deviceLoginSubmit(const QUrlQuery &form);

    // Approves (or declines) a pending user code for an account; the error, or empty.
    QString approve(const QString &userCode, const QString &userPrincipalName, bool decline);
    // Codes issued more than `seconds` ago and still pending, for --auto-approve.
    QStringList pendingUserCodes(int olderThanSeconds) const;

    AuthResult authenticate(const QByteArray &authorization, Grant *grant) const;

    void setInteractionRequired(const QString &userPrincipalName, const QString &tenantId, bool on);

private:
    struct DeviceCode
    {
        QString userCode;
        QString clientId;
        QString tenantSegment;
        QString scope;
        QString claims;
        QDateTime issuedAt;
        QDateTime expiresAt;
        QDateTime lastPoll;
        enum class State { Pending, Approved, Declined, Used } state = State::Pending;
        const Account *account = nullptr;
    };
    struct RefreshToken
    {
        const Account *account = nullptr;
        QString clientId;
        bool mfa = false;
    };

    HttpReply tokenError(const char *error, int aadsts, const QString &description,
                         int status = 400) const;
    HttpReply clientCredentials(const QString &tenantSegment, const QUrlQuery &form);
    // An access token for an app (service principal, managed identity): JWT-shaped and
    // unsigned, with the claims Entra ID puts in app tokens (tid, oid, appid, idtyp).
    QByteArray issueAppToken(const Account &account, const QString &tenantId, qint64 *expiresOn);
    HttpReply issueTokens(const Account &account, const QString &tenantId, const QString &clientId,
                          const QString &scope, bool mfa);
    const Tenant *resolveTenant(const QString &segment, const Account *account) const;

    SandboxWorld &m_world;
    const SandboxOptions &m_options;
    QString m_baseUrl;
    QHash<QString, DeviceCode> m_deviceCodes; // by device_code
    QHash<QString, QString> m_userCodes; // user_code → device_code
    QHash<QString, Grant> m_accessTokens;
    QHash<QString, RefreshToken> m_refreshTokens;
    QHash<QString, bool> m_interaction; // "upn|tenant" → required (overrides the tenant file)
};

// "Yzk3..." – random, URL-safe.
QString randomToken(int bytes);

} // namespace nsg::sandbox
