// SPDX-License-Identifier: MIT
#pragma once

#include "azure/cloudenvironment.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QNetworkRequest>
#include <QPair>
#include <QString>
#include <QUrl>

#include <optional>
#include <variant>

class QNetworkReply;

namespace nsg::azure {

// Who signed in, as Entra ID describes them in the id token and client_info (the same fields
// MSAL reads): the UPN for people, the object id, the tenant signed in to, the home tenant.
struct AccountInfo
{
    QString username; // preferred_username (UPN)
    QString displayName; // name
    QString objectId; // oid
    QString tenantId; // tid: the tenant this sign-in was for
    QString homeTenantId; // client_info's utid, else tid

    bool isNull() const { return username.isEmpty() && objectId.isEmpty(); }
    // Reads the unsigned payload of an id token (never validated: it names the account for
    // display and storage keys, it does not authorise anything) and client_info.
    static AccountInfo fromTokens(const QByteArray &idToken, const QByteArray &clientInfo);
    // The same from an access token's unsigned payload, for a sign-in without an id token (a
    // service principal, a managed identity, the Azure CLI's token): the user's UPN, else the
    // application id; null when the token is not a JWT (never validated, never logged).
    static AccountInfo fromAccessToken(const QByteArray &accessToken);
};

// An access token for one tenant. Opaque: never decoded, never logged.
struct AccessToken
{
    QString token;
    QString tenantId;
    QDateTime expiresAt;
    QDateTime issuedAt;

    bool isNull() const { return token.isEmpty(); }
};

// A successful answer of the token endpoint.
struct TokenResponse
{
    QString accessToken;
    QString refreshToken; // empty when none came back
    int expiresIn = 0; // seconds
    QString scope;
    AccountInfo account; // from id_token/client_info when present
};

// An error answer of the login endpoints, as Entra sends it (docs/azure-protocol.md, 'Sign-in with
// a device code').
struct OAuthError
{
    int httpStatus = 0; // 0: no HTTP answer (network, TLS)
    QString error; // authorization_pending, invalid_grant, …; "network_error" without a reply
    QString description; // starts with AADSTSnnnnn for Entra errors
    QString correlationId;

    // "invalid_grant: AADSTS70008: …"
    QString toString() const;
};

using TokenReply = std::variant<TokenResponse, OAuthError>;

namespace oauth {

// A POST to a login endpoint: form body, TLS settings of the environment, a client request id.
QNetworkRequest loginRequest(const CloudEnvironment &environment, const QUrl &url,
                             int timeoutMs = 30000);
// application/x-www-form-urlencoded (spaces as %20, every reserved character escaped).
QByteArray formBody(const QList<QPair<QString, QString>> &fields);
// Reads a finished reply of the token (or devicecode) endpoint.
TokenReply readTokenReply(QNetworkReply *reply);
// The same from the status and body alone (what readTokenReply uses; fuzzed).
TokenReply parseTokenReply(int httpStatus, const QByteArray &body);

// A 200 answer of the devicecode endpoint (RFC 8628 3.2), numbers clamped to sane ranges.
struct DeviceCodeResponse
{
    QString deviceCode;
    QString userCode;
    QUrl verificationUri;
    QString message; // Entra's own sentence; may be empty
    int intervalSeconds = 5; // 0..300
    int expiresInSeconds = 900; // 1..86400
};
// nullopt when the code, the user code or the page is missing.
std::optional<DeviceCodeResponse> parseDeviceCodeResponse(const QByteArray &body);
OAuthError errorFromReply(QNetworkReply *reply, const QByteArray &body);

} // namespace oauth

} // namespace nsg::azure
