// SPDX-License-Identifier: MIT
#include "httpprobe.h"

#include <QElapsedTimer>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTest>

namespace nsg::test {

QByteArray HttpProbe::Response::header(const QByteArray &name) const
{
    for (const auto &[k, v] : headers) {
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return QByteArray();
}

nlohmann::json HttpProbe::Response::json() const
{
    return nlohmann::json::parse(body.constData(), body.constData() + body.size(), nullptr, false);
}

HttpProbe::Response HttpProbe::send(const QByteArray &verb, const QString &pathOrUrl,
                                    const QByteArray &body,
                                    const QList<QPair<QByteArray, QByteArray>> &headers)
{
    const QUrl url(pathOrUrl.startsWith(QLatin1String("http")) ? pathOrUrl : m_base + pathOrUrl);
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    if (!m_bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_bearer.toLatin1());
    for (const auto &[k, v] : headers)
        request.setRawHeader(k, v);
    if (!m_ca.isNull()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificate(m_ca);
        request.setSslConfiguration(tls);
    }
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = m_nam.sendCustomRequest(request, verb, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(30000))
        qWarning("HTTP %s %s timed out", verb.constData(), qPrintable(url.toString()));
    Response r;
    r.elapsedMs = timer.elapsed();
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.error = reply->error();
    for (const auto &[k, v] : reply->rawHeaderPairs())
        r.headers.append(qMakePair(k, v));
    r.body = reply->readAll();
    reply->deleteLater();
    return r;
}

HttpProbe::Response HttpProbe::get(const QString &pathOrUrl,
                                   const QList<QPair<QByteArray, QByteArray>> &headers)
{
    return send("GET", pathOrUrl, QByteArray(), headers);
}

HttpProbe::Response HttpProbe::del(const QString &pathOrUrl,
                                   const QList<QPair<QByteArray, QByteArray>> &headers)
{
    return send("DELETE", pathOrUrl, QByteArray(), headers);
}

HttpProbe::Response HttpProbe::head(const QString &pathOrUrl)
{
    return send("HEAD", pathOrUrl, QByteArray(), {});
}

HttpProbe::Response HttpProbe::put(const QString &path, const nlohmann::json &body,
                                   const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QList<QPair<QByteArray, QByteArray>> all = headers;
    all.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    return send("PUT", path, QByteArray::fromStdString(body.dump()), all);
}

HttpProbe::Response HttpProbe::postJson(const QString &path, const nlohmann::json &body)
{
    return send("POST", path, QByteArray::fromStdString(body.dump()),
                {{"Content-Type", "application/json"}});
}

HttpProbe::Response HttpProbe::postForm(const QString &path, const QUrlQuery &form)
{
    return send("POST", path, form.toString(QUrl::FullyEncoded).toUtf8(),
                {{"Content-Type", "application/x-www-form-urlencoded"}});
}

HttpProbe::Response HttpProbe::postRaw(const QString &path, const QByteArray &body,
                                       const QByteArray &contentType)
{
    return send("POST", path, body, {{"Content-Type", contentType}});
}

nlohmann::json HttpProbe::signIn(const QString &account, const QString &tenant,
                                 const QString &claims)
{
    const QString saved = m_bearer;
    m_bearer.clear();
    QUrlQuery start;
    start.addQueryItem(QStringLiteral("client_id"), QString::fromLatin1(clientId()));
    start.addQueryItem(
        QStringLiteral("scope"),
        QStringLiteral("https://management.azure.com/.default offline_access openid profile"));
    if (!claims.isEmpty())
        start.addQueryItem(QStringLiteral("claims"), claims);
    const nlohmann::json code =
        postForm(QLatin1Char('/') + tenant + QLatin1String("/oauth2/v2.0/devicecode"), start)
            .json();
    if (!code.contains("device_code")) {
        m_bearer = saved;
        return code;
    }
    nlohmann::json approve{{"user_code", code["user_code"]}};
    if (!account.isEmpty())
        approve["account"] = account.toStdString();
    postJson(QStringLiteral("/sandbox/approve"), approve);
    QUrlQuery poll;
    poll.addQueryItem(QStringLiteral("client_id"), QString::fromLatin1(clientId()));
    poll.addQueryItem(QStringLiteral("grant_type"),
                      QStringLiteral("urn:ietf:params:oauth:grant-type:device_code"));
    poll.addQueryItem(QStringLiteral("device_code"),
                      QString::fromStdString(code["device_code"].get<std::string>()));
    const nlohmann::json token =
        postForm(QLatin1Char('/') + tenant + QLatin1String("/oauth2/v2.0/token"), poll).json();
    m_bearer = token.contains("access_token")
        ? QString::fromStdString(token["access_token"].get<std::string>())
        : saved;
    return token;
}

} // namespace nsg::test
