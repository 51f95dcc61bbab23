// SPDX-License-Identifier: MIT
#pragma once

#include "azure/cloudenvironment.h"
#include "azure/oauth.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QProcess;

namespace nsg::azure {

// How an unattended run signs in (docs/unattended-sign-in.md). Device code stays the default and
// is not a Credential: it is the Session's interactive sign-in.
struct CredentialOptions
{
    enum class Kind { DeviceCode, AzureCli, ServicePrincipal, ManagedIdentity };
    Kind kind = Kind::DeviceCode;
    // Service principal: AZURE_TENANT_ID, AZURE_CLIENT_ID, then AZURE_CLIENT_SECRET or
    // AZURE_CLIENT_CERTIFICATE_PATH (+ AZURE_CLIENT_CERTIFICATE_PASSWORD for a .pfx).
    // Managed identity: AZURE_CLIENT_ID names a user-assigned identity (else system-assigned).
    QString tenantId;
    QString clientId;
    QString clientSecret;
    QString certificatePath;
    QString certificatePassword;
    // Managed identity endpoints: App Service's IDENTITY_ENDPOINT + IDENTITY_HEADER when set,
    // else the instance metadata service at AZURE_POD_IDENTITY_AUTHORITY_HOST, else at
    // http://169.254.169.254.
    QString identityEndpoint;
    QString identityHeader;
    QString imdsAuthorityHost;
    // Azure CLI: the program (AZURE_CLI_PATH, else az on PATH) and how long it may take.
    QString azureCliProgram = QStringLiteral("az");
    int azureCliTimeoutMs = 10000;

    // device-code, azure-cli, service-principal, managed-identity (any letter case).
    static std::optional<Kind> kindNamed(const QString &name);
    static QString nameOf(Kind kind);
    // The options for kind from the environment variables Microsoft's SDKs read; nullopt with
    // error (one line, naming the variable) when something required is missing.
    static std::optional<CredentialOptions> fromEnvironment(Kind kind, QString *error);
};

// An unattended credential: asks for an access token to Resource Manager in a tenant, without a
// person. Secrets stay in the options; nothing here logs a form body, a token or a key.
class Credential : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Credential)

public:
    using Done = std::function<void(const TokenReply &reply)>;

    static std::unique_ptr<Credential> create(const CredentialOptions &options,
                                              QNetworkAccessManager *network,
                                              const CloudEnvironment &environment);
    ~Credential() override;

    const CredentialOptions &options() const { return m_options; }
    // "service principal 0c9a… (client secret)", for messages and the report's account line.
    virtual QString description() const = 0;
    // The tenant to sign in to when the run names none (AZURE_TENANT_ID; empty: learn it from
    // the first token).
    QString defaultTenant() const { return m_options.tenantId; }
    // A token for the tenant (empty: the credential's own). done is called once, later.
    virtual void requestToken(const QString &tenantId, Done done) = 0;
    // Abandons the request under way (its done is not called).
    virtual void cancel();

protected:
    Credential(CredentialOptions options, QNetworkAccessManager *network,
               CloudEnvironment environment);
    // ARM's resource for the v1-style endpoints (the scope without "/.default").
    QString armResource() const;
    // Keeps the reply (for cancel) and hands its answer to done when it finishes.
    void awaitReply(QNetworkReply *reply, Done done);
    // Reads a finished reply of a managed identity endpoint or a token endpoint.
    void finishReply(QNetworkReply *reply, const Done &done);

    CredentialOptions m_options;
    QNetworkAccessManager *m_network;
    CloudEnvironment m_environment;
    QPointer<QNetworkReply> m_reply;
};

// The form of a client-credentials grant and the token endpoint's answer, shared by the secret
// and the certificate.
class ServicePrincipalCredential final : public Credential
{
    Q_OBJECT
public:
    ServicePrincipalCredential(CredentialOptions options, QNetworkAccessManager *network,
                               CloudEnvironment environment);
    QString description() const override;
    void requestToken(const QString &tenantId, Done done) override;
};

class ManagedIdentityCredential final : public Credential
{
    Q_OBJECT
public:
    ManagedIdentityCredential(CredentialOptions options, QNetworkAccessManager *network,
                              CloudEnvironment environment);
    QString description() const override;
    void requestToken(const QString &tenantId, Done done) override;
};

// Borrows the signed-in Azure CLI's token: `az account get-access-token --resource … [--tenant
// …] --output json`, run as a process that is killed after the timeout.
class AzureCliCredential final : public Credential
{
    Q_OBJECT
public:
    AzureCliCredential(CredentialOptions options, QNetworkAccessManager *network,
                       CloudEnvironment environment);
    ~AzureCliCredential() override;
    QString description() const override;
    void requestToken(const QString &tenantId, Done done) override;
    void cancel() override;
    // Reads what the CLI printed (fuzzable, tested): the token, or an OAuthError whose
    // description says what was wrong. Never echoes the output (it may hold a token).
    static TokenReply parseOutput(int exitCode, const QByteArray &out, const QByteArray &err);

private:
    QPointer<QProcess> m_process;
};

} // namespace nsg::azure
