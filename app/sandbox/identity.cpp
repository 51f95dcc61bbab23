// SPDX-License-Identifier: MIT
#include "sandbox/identity.h"

#include "sandbox/assertioncheck.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRandomGenerator>
#include <QUuid>

namespace nsg::sandbox {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("nsg::sandbox::Identity", text);
}

std::string s(const QString &q)
{
    return q.toStdString();
}

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString newUserCode()
{
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QString code;
    for (int i = 0; i < 9; ++i)
        code.append(
            QLatin1Char(alphabet[QRandomGenerator::global()->bounded(int(sizeof alphabet) - 1)]));
    return code;
}

QString htmlEscape(const QString &s)
{
    return s.toHtmlEscaped();
}

// Whether a claims request (the JSON of a claims challenge) asks for an authentication context.
bool asksForMfa(const QString &claims)
{
    return claims.contains(QLatin1String("acrs"));
}

} // namespace

QString randomToken(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (int i = 0; i < bytes; ++i)
        raw[i] = char(QRandomGenerator::global()->bounded(256));
    return QString::fromLatin1(base64Url(raw));
}

Identity::Identity(SandboxWorld &world, const SandboxOptions &options)
    : m_world(world)
    , m_options(options)
{ }

HttpReply Identity::tokenError(const char *error, int aadsts, const QString &description,
                               int status) const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString traceId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString correlationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString timestamp =
        now.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QLatin1String("Z");
    const QString full =
        QStringLiteral("AADSTS%1: %2 Trace ID: %3 Correlation ID: %4 Timestamp: %5")
            .arg(aadsts)
            .arg(description, traceId, correlationId, timestamp);
    return HttpReply::json(
        status,
        {{"error", error},
         {"error_description", s(full)},
         {"error_codes", {aadsts}},
         {"timestamp", s(timestamp)},
         {"trace_id", s(traceId)},
         {"correlation_id", s(correlationId)},
         {"error_uri", s(m_baseUrl + QStringLiteral("/error?code=%1").arg(aadsts))}});
}

const Tenant *Identity::resolveTenant(const QString &segment, const Account *account) const
{
    if (segment == QLatin1String("organizations") || segment == QLatin1String("common"))
        return account ? m_world.tenant(account->homeTenantId) : nullptr;
    return m_world.tenant(segment);
}

HttpReply Identity::deviceCode(const QString &tenantSegment, const QUrlQuery &form)
{
    const QString clientId = form.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded);
    const QString scope = form.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded);
    if (clientId.isEmpty())
        return tokenError(
            "invalid_request", 900144,
            tr("The request body must contain the following parameter: 'client_id'."));
    if (scope.isEmpty())
        return tokenError("invalid_request", 900144,
                          tr("The request body must contain the following parameter: 'scope'."));
    if (tenantSegment != QLatin1String("organizations") && tenantSegment != QLatin1String("common")
        && !m_world.tenant(tenantSegment)) {
        return tokenError("invalid_request", 90002,
                          tr("Tenant '%1' not found. Check to make sure you have the correct "
                             "tenant ID and are signing into the correct cloud.")
                              .arg(tenantSegment));
    }
    DeviceCode code;
    code.userCode = newUserCode();
    code.clientId = clientId;
    code.tenantSegment = tenantSegment;
    code.scope = scope;
    code.claims = form.queryItemValue(QStringLiteral("claims"), QUrl::FullyDecoded);
    code.issuedAt = QDateTime::currentDateTimeUtc();
    code.expiresAt = code.issuedAt.addSecs(m_options.codeLifetimeSeconds);
    const QString deviceCode = randomToken(96);
    m_deviceCodes.insert(deviceCode, code);
    m_userCodes.insert(code.userCode, deviceCode);
    const QString uri = m_baseUrl + QStringLiteral("/devicelogin");
    return HttpReply::json(200,
                           {{"user_code", s(code.userCode)},
                            {"device_code", s(deviceCode)},
                            {"verification_uri", s(uri)},
                            {"expires_in", m_options.codeLifetimeSeconds},
                            {"interval", m_options.pollIntervalSeconds},
                            {"message",
                             s(tr("To sign in, use a web browser to open the page %1 and enter the "
                                  "code %2 to authenticate.")
                                   .arg(uri, code.userCode))}});
}

HttpReply Identity::issueTokens(const Account &account, const QString &tenantId,
                                const QString &clientId, const QString &scope, bool mfa)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString access = QStringLiteral("sbx1.") + randomToken(32);
    m_accessTokens.insert(
        access, Grant{&account, tenantId, now.addSecs(m_options.tokenLifetimeSeconds), mfa});
    nlohmann::ordered_json reply{{"token_type", "Bearer"},
                                 {"scope", s(scope)},
                                 {"expires_in", m_options.tokenLifetimeSeconds},
                                 {"ext_expires_in", m_options.tokenLifetimeSeconds},
                                 {"access_token", s(access)}};
    const QStringList scopes = scope.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (scopes.contains(QLatin1String("offline_access"))) {
        const QString refresh = QStringLiteral("sbx1.r.") + randomToken(48);
        m_refreshTokens.insert(refresh, RefreshToken{&account, clientId, mfa});
        reply["refresh_token"] = s(refresh);
    }
    if (scopes.contains(QLatin1String("openid"))) {
        // An unsigned JWT with the claims clients read (alg "none": the sandbox vouches for
        // nothing; clients treat id tokens from it as informational).
        const qint64 t = now.toSecsSinceEpoch();
        const nlohmann::ordered_json header{{"alg", "none"}, {"typ", "JWT"}};
        const nlohmann::ordered_json claims{
            {"aud", s(clientId)},
            {"iss", s(m_baseUrl + QLatin1Char('/') + tenantId + QLatin1String("/v2.0"))},
            {"iat", t},
            {"nbf", t},
            {"exp", t + m_options.tokenLifetimeSeconds},
            {"name", s(account.displayName)},
            {"oid", s(account.objectId)},
            {"preferred_username", s(account.userPrincipalName)},
            {"sub", s(randomToken(16))},
            {"tid", s(tenantId)},
            {"ver", "2.0"}};
        reply["id_token"] =
            s(QString::fromLatin1(base64Url(QByteArray::fromStdString(header.dump())) + '.'
                                  + base64Url(QByteArray::fromStdString(claims.dump())) + '.'));
    }
    reply["client_info"] = base64Url(QByteArray::fromStdString(nlohmann::ordered_json{
                                         {"uid", s(account.objectId)},
                                         {"utid",
                                          s(account.homeTenantId)}}.dump()))
                               .toStdString();
    return HttpReply::json(200, reply);
}

HttpReply Identity::token(const QString &tenantSegment, const QUrlQuery &form)
{
    const QString grantType = form.queryItemValue(QStringLiteral("grant_type"), QUrl::FullyDecoded);
    const QString clientId = form.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded);
    if (clientId.isEmpty())
        return tokenError(
            "invalid_request", 900144,
            tr("The request body must contain the following parameter: 'client_id'."));
    const QDateTime now = QDateTime::currentDateTimeUtc();

    if (grantType == QLatin1String("urn:ietf:params:oauth:grant-type:device_code")
        || grantType == QLatin1String("device_code")) {
        const QString deviceCode =
            form.queryItemValue(QStringLiteral("device_code"), QUrl::FullyDecoded);
        auto it = m_deviceCodes.find(deviceCode);
        if (it == m_deviceCodes.end() || it->clientId != clientId)
            return tokenError("bad_verification_code", 70019, tr("Verification code unknown."));
        DeviceCode &code = *it;
        if (now > code.expiresAt)
            return tokenError("expired_token", 70020,
                              tr("The provided value for the input parameter 'device_code' is not "
                                 "valid. This device code has expired."));
        switch (code.state) {
        case DeviceCode::State::Declined:
            return tokenError("authorization_declined", 70000,
                              tr("The user declined to authenticate."));
        case DeviceCode::State::Used:
            return tokenError("invalid_grant", 70000,
                              tr("The provided value for the input parameter 'device_code' is not "
                                 "valid. It has already been redeemed."));
        case DeviceCode::State::Pending: {
            // RFC 8628: polling faster than `interval` gets slow_down.
            const bool tooSoon = code.lastPoll.isValid()
                && code.lastPoll.msecsTo(now) < qint64(m_options.pollIntervalSeconds) * 1000 - 200;
            code.lastPoll = now;
            if (tooSoon)
                return tokenError("slow_down", 70016,
                                  tr("OAuth 2.0 device flow error. Authorization is pending; poll "
                                     "no faster than the interval."));
            return tokenError(
                "authorization_pending", 70016,
                tr("OAuth 2.0 device flow error. Authorization is pending. Continue polling."));
        }
        case DeviceCode::State::Approved:
            break;
        }
        const Tenant *tenant = resolveTenant(code.tenantSegment, code.account);
        if (!tenant || !code.account->membership(tenant->id))
            return tokenError("invalid_grant", 50020,
                              tr("User account '%1' does not exist in tenant '%2' and cannot "
                                 "access the application in that tenant.")
                                  .arg(code.account->userPrincipalName, code.tenantSegment));
        code.state = DeviceCode::State::Used;
        return issueTokens(*code.account, tenant->id, clientId, code.scope,
                           asksForMfa(code.claims));
    }

    if (grantType == QLatin1String("refresh_token")) {
        const QString token =
            form.queryItemValue(QStringLiteral("refresh_token"), QUrl::FullyDecoded);
        auto it = m_refreshTokens.find(token);
        if (it == m_refreshTokens.end() || it->clientId != clientId)
            return tokenError("invalid_grant", 70008,
                              tr("The provided authorization code or refresh token has expired due "
                                 "to inactivity, was revoked or has already been used. Send a new "
                                 "interactive authorization request for this user and resource."));
        const RefreshToken refresh = *it;
        const Tenant *tenant = resolveTenant(tenantSegment, refresh.account);
        if (!tenant)
            return tokenError("invalid_request", 90002,
                              tr("Tenant '%1' not found.").arg(tenantSegment));
        const Membership *member = refresh.account->membership(tenant->id);
        if (!member)
            return tokenError("invalid_grant", 50020,
                              tr("User account '%1' does not exist in tenant '%2' and cannot "
                                 "access the application in that tenant.")
                                  .arg(refresh.account->userPrincipalName, tenant->displayName));
        const QString key =
            refresh.account->userPrincipalName.toLower() + QLatin1Char('|') + tenant->id.toLower();
        const bool interaction = m_interaction.value(key, member->interactionRequired);
        const QString claims = form.queryItemValue(QStringLiteral("claims"), QUrl::FullyDecoded);
        if (interaction || (asksForMfa(claims) && !refresh.mfa)) {
            return tokenError(
                "interaction_required", 50076,
                tr("Due to a configuration change made by your administrator, or because you moved "
                   "to a new location, you must use multi-factor authentication to access "
                   "'797f4846-ba00-4fd7-ba43-dac1f8f63013'."));
        }
        // Refresh tokens rotate: the one just used is gone.
        m_refreshTokens.erase(it);
        QString scope = form.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded);
        if (scope.isEmpty())
            scope = QStringLiteral("https://management.azure.com/.default offline_access");
        else if (!scope.contains(QLatin1String("offline_access")))
            scope += QLatin1String(" offline_access");
        return issueTokens(*refresh.account, tenant->id, clientId, scope, refresh.mfa);
    }
    if (grantType == QLatin1String("client_credentials"))
        return clientCredentials(tenantSegment, form);
    return tokenError("unsupported_grant_type", 70003,
                      tr("The app requested an unsupported grant type '%1'.").arg(grantType));
}

// The client-credentials grant (docs/unattended-sign-in.md): the app by client_id in the tenant
// of the path, then its secret or a client assertion signed with one of its certificates, whose
// audience is this token endpoint and whose time has not run out, as Entra ID checks them.
HttpReply Identity::clientCredentials(const QString &tenantSegment, const QUrlQuery &form)
{
    const QString clientId = form.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded);
    const QString scope = form.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded);
    if (tenantSegment == QLatin1String("organizations") || tenantSegment == QLatin1String("common"))
        return tokenError("invalid_request", 90002,
                          tr("Tenant '%1' cannot issue application tokens: use the tenant's id "
                             "or domain.")
                              .arg(tenantSegment));
    const Tenant *tenant = m_world.tenant(tenantSegment);
    if (!tenant)
        return tokenError("invalid_request", 90002,
                          tr("Tenant '%1' not found. Check to make sure you have the correct "
                             "tenant ID and are signing into the correct cloud.")
                              .arg(tenantSegment));
    const Account *app = m_world.application(clientId);
    if (!app || app->kind != Account::Kind::ServicePrincipal || !app->membership(tenant->id))
        return tokenError("unauthorized_client", 700016,
                          tr("Application with identifier '%1' was not found in the directory "
                             "'%2'. This can happen if the application has not been installed by "
                             "the administrator of the tenant or consented to by any user in the "
                             "tenant.")
                              .arg(clientId, tenant->displayName));
    if (!scope.endsWith(QLatin1String("/.default")))
        return tokenError("invalid_scope", 1002012,
                          tr("The provided value for scope %1 is not valid. Client credential "
                             "flows must have a scope value with /.default suffixed to the "
                             "resource identifier (application ID URI).")
                              .arg(scope));
    const QString secret = form.queryItemValue(QStringLiteral("client_secret"), QUrl::FullyDecoded);
    const QString assertion =
        form.queryItemValue(QStringLiteral("client_assertion"), QUrl::FullyDecoded);
    if (!secret.isEmpty()) {
        if (app->clientSecret.isEmpty() || secret != app->clientSecret)
            return tokenError("invalid_client", 7000215,
                              tr("Invalid client secret provided. Ensure the secret being sent in "
                                 "the request is the client secret value, not the client secret "
                                 "ID, for a secret added to app '%1'.")
                                  .arg(clientId),
                              401);
    } else if (!assertion.isEmpty()) {
        if (form.queryItemValue(QStringLiteral("client_assertion_type"), QUrl::FullyDecoded)
            != QLatin1String("urn:ietf:params:oauth:client-assertion-type:jwt-bearer"))
            return tokenError("invalid_request", 50027,
                              tr("client_assertion_type must be "
                                 "urn:ietf:params:oauth:client-assertion-type:jwt-bearer."));
        const QList<QByteArray> parts = assertion.toLatin1().split('.');
        const nlohmann::json claims = parts.size() == 3
            ? nlohmann::json::parse(
                QByteArray::fromBase64(parts[1], QByteArray::Base64UrlEncoding).toStdString(),
                nullptr, false)
            : nlohmann::json();
        if (!claims.is_object())
            return tokenError("invalid_client", 50027,
                              tr("Invalid JWT token. The token is not in a valid format."), 401);
        const QString aud = QString::fromStdString(claims.value("aud", std::string()));
        const QString iss = QString::fromStdString(claims.value("iss", std::string()));
        const QString sub = QString::fromStdString(claims.value("sub", std::string()));
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const qint64 nbf = claims.value("nbf", qint64(0));
        const qint64 exp = claims.value("exp", qint64(0));
        // The audience is this token endpoint, for this tenant (by id or by a domain of it).
        const QString expected = m_baseUrl + QLatin1Char('/');
        QString audTenant = aud.startsWith(expected) ? aud.mid(expected.size()) : QString();
        const bool audOk = audTenant.endsWith(QLatin1String("/oauth2/v2.0/token"))
            && m_world.tenant(audTenant.section(QLatin1Char('/'), 0, 0)) == tenant;
        if (!audOk)
            return tokenError("invalid_client", 700021,
                              tr("Client assertion audience claim does not match Realm issuer. "
                                 "Review the documentation at "
                                 "https://learn.microsoft.com/entra/identity-platform/"
                                 "certificate-credentials. Audience: '%1'.")
                                  .arg(aud),
                              401);
        if (iss != clientId || sub != clientId)
            return tokenError("invalid_client", 700023,
                              tr("Client assertion iss and sub claims must both be the client id "
                                 "'%1'.")
                                  .arg(clientId),
                              401);
        constexpr qint64 skew = 300;
        if (exp == 0 || now > exp + skew || (nbf != 0 && nbf > now + skew))
            return tokenError(
                "invalid_client", 700024,
                tr("Client assertion is not within its valid time range. Current "
                   "time: %1, assertion valid from %2, expiry time of assertion "
                   "%3.")
                    .arg(QDateTime::fromSecsSinceEpoch(now, Qt::UTC).toString(Qt::ISODate),
                         QDateTime::fromSecsSinceEpoch(nbf, Qt::UTC).toString(Qt::ISODate),
                         QDateTime::fromSecsSinceEpoch(exp, Qt::UTC).toString(Qt::ISODate)),
                401);
        switch (assertioncheck::verify(assertion.toLatin1(), app->certificates)) {
        case assertioncheck::Verdict::Ok:
            break;
        case assertioncheck::Verdict::Malformed:
            return tokenError("invalid_client", 50027,
                              tr("Invalid JWT token. The client assertion's header names no "
                                 "RS256/PS256 signature or no certificate thumbprint (x5t)."),
                              401);
        case assertioncheck::Verdict::UnknownCertificate:
            return tokenError("invalid_client", 700027,
                              tr("The certificate with identifier used to sign the client "
                                 "assertion is not registered on application. [Reason - The key "
                                 "was not found.]"),
                              401);
        case assertioncheck::Verdict::BadSignature:
            return tokenError("invalid_client", 700027,
                              tr("Client assertion failed signature validation."), 401);
        }
    } else {
        return tokenError("invalid_client", 7000218,
                          tr("The request body must contain the following parameter: "
                             "'client_assertion' or 'client_secret'."),
                          401);
    }
    qint64 expiresOn = 0;
    const QByteArray access = issueAppToken(*app, tenant->id, &expiresOn);
    return HttpReply::json(200,
                           {{"token_type", "Bearer"},
                            {"expires_in", m_options.tokenLifetimeSeconds},
                            {"ext_expires_in", m_options.tokenLifetimeSeconds},
                            {"access_token", access.toStdString()}});
}

QByteArray Identity::issueAppToken(const Account &account, const QString &tenantId,
                                   qint64 *expiresOn)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 t = now.toSecsSinceEpoch();
    *expiresOn = t + m_options.tokenLifetimeSeconds;
    const nlohmann::ordered_json header{{"alg", "none"}, {"typ", "JWT"}};
    const nlohmann::ordered_json claims{
        {"aud", "https://management.azure.com/"},
        {"iss", s(m_baseUrl + QLatin1Char('/') + tenantId + QLatin1Char('/'))},
        {"iat", t},
        {"nbf", t},
        {"exp", *expiresOn},
        {"app_displayname", s(account.displayName)},
        {"appid", s(account.appId)},
        {"idtyp", "app"},
        {"oid", s(account.objectId)},
        {"sub", s(account.objectId)},
        {"tid", s(tenantId)},
        {"uti", s(randomToken(16))},
        {"ver", "1.0"}};
    // "sbx1." keeps the sandbox's tokens recognisable in its own logs; the rest is a JWT.
    const QByteArray token = base64Url(QByteArray::fromStdString(header.dump())) + '.'
        + base64Url(QByteArray::fromStdString(claims.dump())) + '.'
        + base64Url(randomToken(24).toLatin1());
    m_accessTokens.insert(
        QString::fromLatin1(token),
        Grant{&account, tenantId, now.addSecs(m_options.tokenLifetimeSeconds), false});
    return token;
}

HttpReply Identity::managedIdentityToken(const QUrlQuery &query, const QByteArray &metadataHeader)
{
    if (metadataHeader.compare("true", Qt::CaseInsensitive) != 0)
        return HttpReply::json(400,
                               {{"error", "invalid_request"},
                                {"error_description", "Required metadata header not specified"}});
    const QString resource = query.queryItemValue(QStringLiteral("resource"), QUrl::FullyDecoded);
    if (resource.isEmpty())
        return HttpReply::json(
            400,
            {{"error", "invalid_request"},
             {"error_description", "Required query variable 'resource' is missing"}});
    const QString clientId = query.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded);
    const Account *identity = m_world.managedIdentity(clientId);
    if (!identity)
        return HttpReply::json(
            400,
            {{"error", "invalid_request"},
             {"error_description",
              s(clientId.isEmpty() ? tr("Identity not found: this machine has no "
                                        "system-assigned managed identity")
                                   : tr("Identity not found: no user-assigned managed "
                                        "identity with client id %1 on this machine")
                                         .arg(clientId))}});
    qint64 expiresOn = 0;
    const QByteArray access = issueAppToken(*identity, identity->homeTenantId, &expiresOn);
    // As the metadata service answers: every number a string.
    return HttpReply::json(
        200,
        {{"access_token", access.toStdString()},
         {"client_id", s(identity->appId)},
         {"expires_in", std::to_string(m_options.tokenLifetimeSeconds)},
         {"expires_on", std::to_string(expiresOn)},
         {"ext_expires_in", std::to_string(m_options.tokenLifetimeSeconds)},
         {"not_before", std::to_string(expiresOn - m_options.tokenLifetimeSeconds)},
         {"resource", s(resource)},
         {"token_type", "Bearer"}});
}

HttpReply Identity::appServiceIdentityToken(const QUrlQuery &query,
                                            const QByteArray &identityHeader)
{
    if (identityHeader.isEmpty() || identityHeader != m_options.identityHeader.toUtf8())
        return HttpReply::json(401,
                               {{"statusCode", 401},
                                {"message", "Unauthorized: the X-IDENTITY-HEADER does not match"}});
    const QString resource = query.queryItemValue(QStringLiteral("resource"), QUrl::FullyDecoded);
    const QString clientId = query.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded);
    const Account *identity = m_world.managedIdentity(clientId);
    if (resource.isEmpty() || !identity)
        return HttpReply::json(400,
                               {{"statusCode", 400},
                                {"message",
                                 resource.isEmpty() ? "The resource parameter is required"
                                                    : "No managed identity with that client id"}});
    qint64 expiresOn = 0;
    const QByteArray access = issueAppToken(*identity, identity->homeTenantId, &expiresOn);
    return HttpReply::json(200,
                           {{"access_token", access.toStdString()},
                            {"expires_on", std::to_string(expiresOn)},
                            {"resource", s(resource)},
                            {"token_type", "Bearer"},
                            {"client_id", s(identity->appId)}});
}

QString Identity::approve(const QString &userCode, const QString &upn, bool decline)
{
    const QString deviceCode =
        m_userCodes.value(userCode.trimmed().toUpper().remove(QLatin1Char('-')));
    auto it = m_deviceCodes.find(deviceCode);
    if (it == m_deviceCodes.end())
        return tr("The code you entered is not valid.");
    if (QDateTime::currentDateTimeUtc() > it->expiresAt)
        return tr("That code has expired. Start the sign-in again on your device.");
    if (it->state != DeviceCode::State::Pending)
        return tr("That code has already been used.");
    const Account *account = m_world.account(upn);
    if (!account)
        return tr("There is no account '%1'.").arg(upn);
    it->account = account;
    it->state = decline ? DeviceCode::State::Declined : DeviceCode::State::Approved;
    return QString();
}

QStringList Identity::pendingUserCodes(int olderThanSeconds) const
{
    QStringList codes;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const DeviceCode &c : m_deviceCodes) {
        if (c.state == DeviceCode::State::Pending && c.issuedAt.secsTo(now) >= olderThanSeconds
            && now <= c.expiresAt)
            codes.append(c.userCode);
    }
    return codes;
}

Identity::AuthResult Identity::authenticate(const QByteArray &authorization, Grant *grant) const
{
    if (!authorization.startsWith("Bearer ") && !authorization.startsWith("bearer "))
        return AuthResult::Missing;
    const QString token = QString::fromLatin1(authorization.mid(7).trimmed());
    auto it = m_accessTokens.constFind(token);
    if (it == m_accessTokens.constEnd())
        return AuthResult::Invalid;
    *grant = *it;
    if (QDateTime::currentDateTimeUtc() > it->expiresAt)
        return AuthResult::Expired;
    return AuthResult::Ok;
}

void Identity::setInteractionRequired(const QString &upn, const QString &tenantId, bool on)
{
    m_interaction.insert(upn.toLower() + QLatin1Char('|') + tenantId.toLower(), on);
}

HttpReply Identity::openIdConfiguration(const QString &tenantSegment) const
{
    // Like Entra ID: a multi-tenant authority's issuer is a template clients fill in.
    const bool multiTenant = tenantSegment == QLatin1String("organizations")
        || tenantSegment == QLatin1String("common") || tenantSegment == QLatin1String("consumers");
    const Tenant *tenant = m_world.tenant(tenantSegment);
    // A tenant named by a domain answers with endpoints under its id, as Entra ID does (MSAL
    // takes the token's tenant from the token endpoint).
    const QString base =
        m_baseUrl + QLatin1Char('/') + (!multiTenant && tenant ? tenant->id : tenantSegment);
    const QString issuer = m_baseUrl + QLatin1Char('/')
        + (multiTenant ? QStringLiteral("{tenantid}") : (tenant ? tenant->id : tenantSegment))
        + QLatin1String("/v2.0");
    if (!multiTenant && !tenant)
        return tokenError("invalid_tenant", 90002, tr("Tenant '%1' not found.").arg(tenantSegment));
    return HttpReply::json(
        200,
        {{"token_endpoint", s(base + QLatin1String("/oauth2/v2.0/token"))},
         {"token_endpoint_auth_methods_supported",
          {"client_secret_post", "private_key_jwt", "client_secret_basic"}},
         {"jwks_uri", s(base + QLatin1String("/discovery/v2.0/keys"))},
         {"response_modes_supported", {"query", "fragment", "form_post"}},
         {"subject_types_supported", {"pairwise"}},
         {"id_token_signing_alg_values_supported", {"RS256"}},
         {"response_types_supported", {"code", "id_token", "code id_token", "id_token token"}},
         {"scopes_supported", {"openid", "profile", "email", "offline_access"}},
         {"issuer", s(issuer)},
         {"request_uri_parameter_supported", false},
         {"userinfo_endpoint", s(base + QLatin1String("/openid/userinfo"))},
         {"authorization_endpoint", s(base + QLatin1String("/oauth2/v2.0/authorize"))},
         {"device_authorization_endpoint", s(base + QLatin1String("/oauth2/v2.0/devicecode"))},
         {"http_logout_supported", true},
         {"frontchannel_logout_supported", true},
         {"end_session_endpoint", s(base + QLatin1String("/oauth2/v2.0/logout"))},
         {"claims_supported",
          {"sub", "iss", "aud", "exp", "iat", "nbf", "name", "preferred_username", "oid", "tid",
           "ver"}},
         {"tenant_region_scope", "EU"},
         {"cloud_instance_name", "microsoftonline.com"},
         {"cloud_graph_host_name", "graph.windows.net"},
         {"msgraph_host", "graph.microsoft.com"}});
}

HttpReply Identity::instanceDiscovery(const QUrlQuery &query) const
{
    const QString asked =
        query.queryItemValue(QStringLiteral("authorization_endpoint"), QUrl::FullyDecoded);
    if (asked.isEmpty())
        return tokenError("invalid_request", 90014,
                          tr("The required field 'authorization_endpoint' is missing."));
    // Entra ID vouches for its own hosts only; here that is this sandbox, under any loopback
    // name it is reached by, with its port or none (MSAL for Python drops the port).
    const QUrl own(m_baseUrl);
    const QUrl endpoint(asked, QUrl::StrictMode);
    const QStringList path = endpoint.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const bool v2 = path.size() == 4 && path[1] == QLatin1String("oauth2")
        && path[2] == QLatin1String("v2.0") && path[3] == QLatin1String("authorize");
    const bool v1 = path.size() == 3 && path[1] == QLatin1String("oauth2")
        && path[2] == QLatin1String("authorize");
    auto loopback = [](const QString &host) {
        return host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0
            || QHostAddress(host).isLoopback();
    };
    const bool ownHost = endpoint.host().compare(own.host(), Qt::CaseInsensitive) == 0
        || (loopback(endpoint.host()) && loopback(own.host()));
    const int port = endpoint.port(-1);
    if (!endpoint.isValid() || !ownHost || (port != -1 && port != own.port()) || !(v1 || v2))
        return tokenError("invalid_instance", 50049, tr("Unknown or invalid instance."));
    // The tenant that was asked about, as it was spelled (GUID, domain, organizations, common).
    const QString tenantDocument = m_baseUrl + QLatin1Char('/') + path[0]
        + (v2 ? QLatin1String("/v2.0") : QLatin1String(""))
        + QLatin1String("/.well-known/openid-configuration");
    const QString host = own.authority();
    return HttpReply::json(200,
                           {{"tenant_discovery_endpoint", s(tenantDocument)},
                            {"api-version", "1.1"},
                            {"metadata",
                             {{{"preferred_network", s(host)},
                               {"preferred_cache", s(host)},
                               {"aliases", {s(host)}}}}}});
}

HttpReply Identity::deviceLoginPage(const QString &message) const
{
    QString options;
    for (const Account &a : m_world.accounts()) {
        options += QStringLiteral("<option value=\"%1\">%2 (%1)</option>")
                       .arg(htmlEscape(a.userPrincipalName), htmlEscape(a.displayName));
    }
    const QString page =
        QStringLiteral(
            "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Sign in – NSG "
            "Auditor sandbox</title>"
            "<style>body{font-family:sans-serif;max-width:32em;margin:4em "
            "auto}label{display:block;margin-top:1em}"
            "input,select{font-size:1.2em;width:100%}button{margin-top:1.5em;font-size:1.1em;"
            "margin-right:1em}"
            ".note{background:#eef;padding:.6em}</style></head><body>"
            "<h1>Enter code</h1><p>Enter the code displayed on your app or device. This is the NSG "
            "Auditor "
            "sandbox, a local stand-in for Microsoft Entra ID: nothing here reaches Azure.</p>%1"
            "<form method=\"post\" action=\"/devicelogin\">"
            "<label for=\"user_code\">Code</label><input id=\"user_code\" name=\"user_code\" "
            "autofocus autocomplete=\"off\">"
            "<label for=\"account\">Account</label><select id=\"account\" "
            "name=\"account\">%2</select>"
            "<button name=\"action\" value=\"approve\">Approve</button>"
            "<button name=\"action\" value=\"decline\">Decline</button></form></body></html>")
            .arg(message.isEmpty()
                     ? QString()
                     : QStringLiteral("<p class=\"note\">%1</p>").arg(htmlEscape(message)),
                 options);
    return HttpReply::html(200, page.toUtf8());
}

HttpReply Identity::deviceLoginSubmit(const QUrlQuery &form)
{
    const QString code = form.queryItemValue(QStringLiteral("user_code"), QUrl::FullyDecoded);
    const QString account = form.queryItemValue(QStringLiteral("account"), QUrl::FullyDecoded);
    const bool decline = form.queryItemValue(QStringLiteral("action")) == QLatin1String("decline");
    const QString error = approve(code, account, decline);
    if (!error.isEmpty())
        return deviceLoginPage(error);
    const QString done = decline
        ? tr("You declined the sign-in. You may now close this window.")
        : tr("You have signed in as %1 on your device. You may now close this window.")
              .arg(account);
    return HttpReply::html(
        200,
        QStringLiteral("<!doctype html><html lang=\"en\"><head><meta "
                       "charset=\"utf-8\"><title>Done</title></head>"
                       "<body style=\"font-family:sans-serif;max-width:32em;margin:4em "
                       "auto\"><h1>%1</h1><p>%2</p></body></html>")
            .arg(decline ? tr("Sign-in declined") : tr("Signed in"), htmlEscape(done))
            .toUtf8());
}

} // namespace nsg::sandbox
