// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace nsg {
struct AppSettings;
}

namespace nsg::azure {

// The api-versions we speak (docs/azure-protocol.md, 'Clouds and hosts'). Configurable because
// sovereign clouds can lag the public one.
struct ApiVersions
{
    QString resources = QStringLiteral("2022-12-01"); // tenants, subscriptions
    QString network = QStringLiteral("2025-05-01"); // NSGs, rules, NICs, VNets
    QString resourceGraph = QStringLiteral("2024-04-01");
    QString authorization = QStringLiteral("2022-04-01"); // permissions

    // These, with the Settings dialog's choices where it made any.
    static ApiVersions from(const AppSettings &settings);
};

// Where to sign in and which Resource Manager to talk to: one of Azure's clouds, or a local
// sandbox. Decides which hosts may ever see a bearer token.
class CloudEnvironment final
{
public:
    // Azure CLI's public client id: pre-authorised for ARM in every tenant (docs/azure-protocol.md,
    // 'Clouds and hosts'). Register your own for production (README).
    static constexpr const char *kAzureCliClientId = "04b07795-8ddb-461a-bbee-02f9e1bf7b46";

    static CloudEnvironment azureCloud();
    static CloudEnvironment azureUsGovernment();
    static CloudEnvironment azureChinaCloud();
    // AzureCloud, AzureUSGovernment, AzureChinaCloud (any letter case); nothing for others.
    static std::optional<CloudEnvironment> byName(const QString &name);
    static QStringList names();

    // One base URL serving both login and ARM paths (nsg-auditor sandbox). https, or plain http
    // to a loopback address only. `ca` is trusted for this environment's requests (never
    // process-wide). Invalid (see isValid, errorString) otherwise.
    static CloudEnvironment sandbox(const QUrl &baseUrl, const QList<QSslCertificate> &ca = {});

    bool isValid() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; }

    QString name() const { return m_name; }
    bool isSandbox() const { return m_sandbox; }
    QUrl authorityHost() const { return m_authority; }
    QUrl resourceManager() const { return m_arm; }
    // "<arm>/.default": the scope access tokens are asked for.
    QString armScope() const { return m_scope; }
    QString clientId() const { return m_clientId; }
    void setClientId(const QString &clientId) { m_clientId = clientId; }
    const ApiVersions &apiVersions() const { return m_versions; }
    void setApiVersions(const ApiVersions &versions) { m_versions = versions; }

    // https://login…/{tenant}/oauth2/v2.0/{devicecode|token}
    QUrl loginUrl(const QString &tenant, const QString &endpoint) const;
    // ARM URL for a path such as "/subscriptions" with the given api-version.
    QUrl armUrl(const QString &path, const QString &apiVersion) const;

    // Whether a bearer token may be sent to this URL: the configured ARM host (scheme, host
    // and port), over https, or plain http to a loopback sandbox.
    bool mayReceiveToken(const QUrl &url) const;
    // Whether a login request may go to this URL (the authority host, same rules).
    bool isAuthority(const QUrl &url) const;

    // TLS settings for every request of this environment: the system's trust store, or exactly
    // the sandbox CA when there is one. Certificate errors are never ignored.
    QSslConfiguration sslConfiguration() const;

private:
    CloudEnvironment() = default;
    static CloudEnvironment make(const char *name, const char *authority, const char *arm);
    static bool sameOrigin(const QUrl &a, const QUrl &b);

    QString m_name;
    bool m_sandbox = false;
    QUrl m_authority;
    QUrl m_arm;
    QString m_scope;
    QString m_clientId = QString::fromLatin1(kAzureCliClientId);
    ApiVersions m_versions;
    QList<QSslCertificate> m_ca;
    QString m_error;
};

} // namespace nsg::azure
