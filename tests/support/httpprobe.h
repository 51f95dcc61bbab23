// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QSslCertificate>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <nlohmann/json.hpp>

namespace nsg::test {

// Raw HTTP for tests: one request at a time, waiting (QSignalSpy) for the reply so tests read
// top to bottom. Not for product code.
class HttpProbe
{
public:
    struct Response
    {
        int status = 0; // 0 when the connection failed
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        qint64 elapsedMs = 0;

        QByteArray header(const QByteArray &name) const;
        nlohmann::json json() const; // discarded value when not JSON
    };

    // ca: the certificate authority of an https sandbox, trusted for this probe's requests only.
    explicit HttpProbe(QString baseUrl, QSslCertificate ca = QSslCertificate())
        : m_base(std::move(baseUrl))
        , m_ca(std::move(ca))
    { }

    QString base() const { return m_base; }
    void setBearer(const QString &token) { m_bearer = token; }

    Response get(const QString &pathOrUrl,
                 const QList<QPair<QByteArray, QByteArray>> &headers = {});
    Response del(const QString &pathOrUrl,
                 const QList<QPair<QByteArray, QByteArray>> &headers = {});
    Response head(const QString &pathOrUrl);
    Response put(const QString &path, const nlohmann::json &body,
                 const QList<QPair<QByteArray, QByteArray>> &headers = {});
    Response postJson(const QString &path, const nlohmann::json &body);
    Response postForm(const QString &path, const QUrlQuery &form);
    Response postRaw(const QString &path, const QByteArray &body, const QByteArray &contentType);

    // Signs in through the device-code flow (approving through /sandbox/approve) and keeps
    // the access token for later requests. Returns the token response.
    nlohmann::json signIn(const QString &account = QString(),
                          const QString &tenant = QStringLiteral("organizations"),
                          const QString &claims = QString());

    static const char *clientId() { return "04b07795-8ddb-461a-bbee-02f9e1bf7b46"; }

private:
    Response send(const QByteArray &verb, const QString &pathOrUrl, const QByteArray &body,
                  const QList<QPair<QByteArray, QByteArray>> &headers);

    QString m_base;
    QString m_bearer;
    QSslCertificate m_ca;
    QNetworkAccessManager m_nam;
};

} // namespace nsg::test
