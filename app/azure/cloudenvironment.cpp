// SPDX-License-Identifier: MIT
#include "azure/cloudenvironment.h"

#include "core/settings/appsettings.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QUrlQuery>

namespace nsg::azure {

ApiVersions ApiVersions::from(const AppSettings &settings)
{
    ApiVersions versions;
    auto pick = [](QString &field, const QString &chosen) {
        if (!chosen.isEmpty())
            field = chosen;
    };
    pick(versions.resources, settings.apiResources);
    pick(versions.network, settings.apiNetwork);
    pick(versions.resourceGraph, settings.apiResourceGraph);
    pick(versions.authorization, settings.apiAuthorization);
    return versions;
}

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("nsg::azure::CloudEnvironment", text);
}

bool isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

int effectivePort(const QUrl &url)
{
    return url.port(url.scheme() == QLatin1String("https") ? 443 : 80);
}

} // namespace

CloudEnvironment CloudEnvironment::make(const char *name, const char *authority, const char *arm)
{
    CloudEnvironment e;
    e.m_name = QString::fromLatin1(name);
    e.m_authority = QUrl(QString::fromLatin1(authority));
    e.m_arm = QUrl(QString::fromLatin1(arm));
    e.m_scope = QString::fromLatin1(arm) + QLatin1String("/.default");
    return e;
}

// Hosts per cloud: docs/azure-protocol.md, 'Clouds and hosts'.
CloudEnvironment CloudEnvironment::azureCloud()
{
    return make("AzureCloud", "https://login.microsoftonline.com", "https://management.azure.com");
}

CloudEnvironment CloudEnvironment::azureUsGovernment()
{
    return make("AzureUSGovernment", "https://login.microsoftonline.us",
                "https://management.usgovcloudapi.net");
}

CloudEnvironment CloudEnvironment::azureChinaCloud()
{
    return make("AzureChinaCloud", "https://login.partner.microsoftonline.cn",
                "https://management.chinacloudapi.cn");
}

std::optional<CloudEnvironment> CloudEnvironment::byName(const QString &name)
{
    for (const CloudEnvironment &e : {azureCloud(), azureUsGovernment(), azureChinaCloud()}) {
        if (e.name().compare(name, Qt::CaseInsensitive) == 0)
            return e;
    }
    return std::nullopt;
}

QStringList CloudEnvironment::names()
{
    return {QStringLiteral("AzureCloud"), QStringLiteral("AzureUSGovernment"),
            QStringLiteral("AzureChinaCloud")};
}

CloudEnvironment CloudEnvironment::sandbox(const QUrl &baseUrl, const QList<QSslCertificate> &ca)
{
    CloudEnvironment e;
    e.m_name = QStringLiteral("Sandbox");
    e.m_sandbox = true;
    QUrl base =
        baseUrl.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveQuery | QUrl::RemoveFragment);
    if (base.path() == QLatin1String("/"))
        base.setPath(QString());
    e.m_authority = base;
    e.m_arm = base;
    // The sandbox plays management.azure.com, so tokens are asked for ARM's own audience.
    e.m_scope = QStringLiteral("https://management.azure.com/.default");
    e.m_ca = ca;
    if (!base.isValid() || base.host().isEmpty())
        e.m_error = tr("'%1' is not a URL").arg(baseUrl.toString());
    else if (!base.path().isEmpty())
        e.m_error = tr("a sandbox URL has no path: '%1'").arg(baseUrl.toString());
    else if (base.scheme() == QLatin1String("http") && !isLoopback(base))
        e.m_error = tr("plain http is allowed only to a sandbox on this machine (127.0.0.1, ::1 or "
                       "localhost), not to %1: use https")
                        .arg(base.host());
    else if (base.scheme() != QLatin1String("http") && base.scheme() != QLatin1String("https"))
        e.m_error =
            tr("a sandbox URL starts with https:// or http://, not '%1'").arg(baseUrl.toString());
    return e;
}

QUrl CloudEnvironment::loginUrl(const QString &tenant, const QString &endpoint) const
{
    QUrl url = m_authority;
    url.setPath(QLatin1Char('/') + tenant + QLatin1String("/oauth2/v2.0/") + endpoint);
    return url;
}

QUrl CloudEnvironment::armUrl(const QString &path, const QString &apiVersion) const
{
    QUrl url = m_arm;
    const int query = path.indexOf(QLatin1Char('?'));
    url.setPath(query < 0 ? path : path.left(query), QUrl::TolerantMode);
    QUrlQuery q(query < 0 ? QString() : path.mid(query + 1));
    if (!apiVersion.isEmpty() && !q.hasQueryItem(QStringLiteral("api-version")))
        q.addQueryItem(QStringLiteral("api-version"), apiVersion);
    url.setQuery(q);
    return url;
}

bool CloudEnvironment::sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && effectivePort(a) == effectivePort(b);
}

bool CloudEnvironment::mayReceiveToken(const QUrl &url) const
{
    if (!isValid() || !url.isValid() || !url.userInfo().isEmpty())
        return false;
    if (url.scheme() == QLatin1String("http") && !(m_sandbox && isLoopback(url)))
        return false;
    return sameOrigin(url, m_arm);
}

bool CloudEnvironment::isAuthority(const QUrl &url) const
{
    if (!isValid() || !url.isValid() || !url.userInfo().isEmpty())
        return false;
    if (url.scheme() == QLatin1String("http") && !(m_sandbox && isLoopback(url)))
        return false;
    return sameOrigin(url, m_authority);
}

QSslConfiguration CloudEnvironment::sslConfiguration() const
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    // A sandbox with its own CA is trusted through exactly that CA, not the system's store.
    if (!m_ca.isEmpty())
        config.setCaCertificates(m_ca);
    return config;
}

} // namespace nsg::azure
