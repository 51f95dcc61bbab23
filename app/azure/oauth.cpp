// SPDX-License-Identifier: MIT
#include "azure/oauth.h"

#include "core/util/jsonvalue.h"

#include <algorithm>

#include <QCoreApplication>
#include <QNetworkReply>
#include <QUuid>

namespace nsg::azure {

using json = nlohmann::json;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("nsg::azure::oauth", text);
}

// A whole number field (a JSON number or a numeric string), clamped to [low, high]; the
// fallback when missing or not a number. Never converts an out-of-range double (UB).
int wholeNumber(const json &obj, const char *key, int fallback, int low, int high)
{
    if (!obj.is_object())
        return fallback;
    auto it = obj.find(key);
    if (it == obj.end())
        return fallback;
    double v = 0;
    if (it->is_number()) {
        v = it->get<double>();
    } else if (it->is_string()) {
        bool ok = false;
        v = QString::fromStdString(it->get<std::string>()).toDouble(&ok);
        if (!ok)
            return fallback;
    } else {
        return fallback;
    }
    if (!(v == v) || v < low) // NaN, or below the range (0 expires_in: the default)
        return fallback;
    return int(std::clamp(v, double(low), double(high)));
}

json decodeBase64UrlJson(const QByteArray &part)
{
    const QByteArray raw = QByteArray::fromBase64(
        part, QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    return json::parse(raw.constData(), raw.constData() + raw.size(), nullptr, false);
}

} // namespace

AccountInfo AccountInfo::fromTokens(const QByteArray &idToken, const QByteArray &clientInfo)
{
    AccountInfo a;
    const QList<QByteArray> parts = idToken.split('.');
    if (parts.size() >= 2) {
        const json claims = decodeBase64UrlJson(parts[1]);
        a.username = JsonValue::string(claims, "preferred_username");
        if (a.username.isEmpty())
            a.username = JsonValue::string(claims, "upn");
        if (a.username.isEmpty())
            a.username = JsonValue::string(claims, "email");
        a.displayName = JsonValue::string(claims, "name");
        a.objectId = JsonValue::string(claims, "oid");
        a.tenantId = JsonValue::string(claims, "tid");
    }
    if (!clientInfo.isEmpty()) {
        const json info = decodeBase64UrlJson(clientInfo);
        a.homeTenantId = JsonValue::string(info, "utid");
        if (a.objectId.isEmpty())
            a.objectId = JsonValue::string(info, "uid");
    }
    if (a.homeTenantId.isEmpty())
        a.homeTenantId = a.tenantId;
    return a;
}

AccountInfo AccountInfo::fromAccessToken(const QByteArray &accessToken)
{
    AccountInfo a;
    const QList<QByteArray> parts = accessToken.split('.');
    if (parts.size() != 3)
        return a;
    const json claims = decodeBase64UrlJson(parts[1]);
    if (!claims.is_object())
        return a;
    for (const char *key : {"upn", "unique_name", "preferred_username", "appid", "azp"}) {
        a.username = JsonValue::string(claims, key);
        if (!a.username.isEmpty())
            break;
    }
    a.displayName = JsonValue::string(claims, "name");
    if (a.displayName.isEmpty())
        a.displayName = JsonValue::string(claims, "app_displayname");
    a.objectId = JsonValue::string(claims, "oid");
    a.tenantId = JsonValue::string(claims, "tid");
    a.homeTenantId = a.tenantId;
    return a;
}

QString OAuthError::toString() const
{
    if (description.isEmpty())
        return error;
    return error + QLatin1String(": ") + description;
}

namespace oauth {

QNetworkRequest loginRequest(const CloudEnvironment &environment, const QUrl &url, int timeoutMs)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("client-request-id",
                         QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
    request.setSslConfiguration(environment.sslConfiguration());
    request.setTransferTimeout(timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    return request;
}

QByteArray formBody(const QList<QPair<QString, QString>> &fields)
{
    QByteArray body;
    for (const auto &[name, value] : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

OAuthError errorFromReply(QNetworkReply *reply, const QByteArray &body)
{
    OAuthError e;
    e.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const json doc = json::parse(body.constData(), body.constData() + body.size(), nullptr, false);
    if (e.httpStatus > 0 && doc.is_object() && doc.contains("error")) {
        e.error = JsonValue::string(doc, "error");
        e.description = JsonValue::string(doc, "error_description");
        e.correlationId = JsonValue::string(doc, "correlation_id");
        return e;
    }
    if (e.httpStatus == 0) {
        e.error = QStringLiteral("network_error");
        e.description = reply->errorString();
    } else {
        e.error = QStringLiteral("unexpected_response");
        e.description = tr("HTTP %1 without an OAuth error body").arg(e.httpStatus);
    }
    return e;
}

TokenReply readTokenReply(QNetworkReply *reply)
{
    const QByteArray body = reply->readAll();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200)
        return errorFromReply(reply, body);
    return parseTokenReply(status, body);
}

TokenReply parseTokenReply(int status, const QByteArray &body)
{
    if (status != 200) {
        const json doc =
            json::parse(body.constData(), body.constData() + body.size(), nullptr, false);
        if (doc.is_object() && doc.contains("error"))
            return OAuthError{status, JsonValue::string(doc, "error"),
                              JsonValue::string(doc, "error_description"),
                              JsonValue::string(doc, "correlation_id")};
        return OAuthError{status, QStringLiteral("unexpected_response"),
                          tr("HTTP %1 without an OAuth error body").arg(status), QString()};
    }
    const json doc = json::parse(body.constData(), body.constData() + body.size(), nullptr, false);
    TokenResponse t;
    t.accessToken = JsonValue::string(doc, "access_token");
    if (doc.is_discarded() || t.accessToken.isEmpty()) {
        return OAuthError{status, QStringLiteral("unexpected_response"),
                          tr("the token endpoint answered 200 without an access token"), QString()};
    }
    t.refreshToken = JsonValue::string(doc, "refresh_token");
    t.scope = JsonValue::string(doc, "scope");
    t.expiresIn = wholeNumber(doc, "expires_in", 3600, 1, 7 * 86400);
    const QString idToken = JsonValue::string(doc, "id_token");
    if (!idToken.isEmpty())
        t.account = AccountInfo::fromTokens(idToken.toLatin1(),
                                            JsonValue::string(doc, "client_info").toLatin1());
    return t;
}

std::optional<DeviceCodeResponse> parseDeviceCodeResponse(const QByteArray &body)
{
    const json doc = json::parse(body.constData(), body.constData() + body.size(), nullptr, false);
    DeviceCodeResponse r;
    r.deviceCode = JsonValue::string(doc, "device_code");
    r.userCode = JsonValue::string(doc, "user_code");
    r.verificationUri = QUrl(JsonValue::string(doc, "verification_uri"));
    r.message = JsonValue::string(doc, "message");
    if (r.deviceCode.isEmpty() || r.userCode.isEmpty() || !r.verificationUri.isValid()
        || r.verificationUri.isEmpty())
        return std::nullopt;
    // RFC 8628: no interval means 5 seconds.
    r.intervalSeconds = wholeNumber(doc, "interval", 5, 0, 300);
    r.expiresInSeconds = wholeNumber(doc, "expires_in", 900, 1, 86400);
    return r;
}

} // namespace oauth

} // namespace nsg::azure
