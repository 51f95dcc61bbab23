// SPDX-License-Identifier: MIT
#include "azure/credential.h"

#include "azure/azurelog.h"
#include "azure/clientassertion.h"
#include "core/util/jsonvalue.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTimer>
#include <QUrlQuery>

#include <nlohmann/json.hpp>

namespace nsg::azure {

using nlohmann::json;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("nsg::azure::Credential", text);
}

OAuthError failure(const char *code, const QString &description)
{
    return OAuthError{0, QString::fromLatin1(code), description, QString()};
}

// An answer's expires_on (seconds since the epoch, a number or a numeric string, as the managed
// identity endpoints and the Azure CLI give it) as seconds from now; 0 when absent.
int secondsUntil(const json &doc, const char *key)
{
    const auto it = doc.find(key);
    if (it == doc.end())
        return 0;
    qint64 at = 0;
    if (it->is_number_integer())
        at = it->get<qint64>();
    else if (it->is_string())
        at = QString::fromStdString(it->get<std::string>()).toLongLong();
    const qint64 left = at - QDateTime::currentSecsSinceEpoch();
    return left > 0 && left < 7 * 86400 ? int(left) : 0;
}

} // namespace

std::optional<CredentialOptions::Kind> CredentialOptions::kindNamed(const QString &name)
{
    const QString n = name.trimmed().toLower();
    for (Kind k :
         {Kind::DeviceCode, Kind::AzureCli, Kind::ServicePrincipal, Kind::ManagedIdentity}) {
        if (n == nameOf(k))
            return k;
    }
    return std::nullopt;
}

QString CredentialOptions::nameOf(Kind kind)
{
    switch (kind) {
    case Kind::DeviceCode:
        return QStringLiteral("device-code");
    case Kind::AzureCli:
        return QStringLiteral("azure-cli");
    case Kind::ServicePrincipal:
        return QStringLiteral("service-principal");
    case Kind::ManagedIdentity:
        return QStringLiteral("managed-identity");
    }
    return QString();
}

std::optional<CredentialOptions> CredentialOptions::fromEnvironment(Kind kind, QString *error)
{
    CredentialOptions o;
    o.kind = kind;
    o.tenantId = qEnvironmentVariable("AZURE_TENANT_ID").trimmed();
    o.clientId = qEnvironmentVariable("AZURE_CLIENT_ID").trimmed();
    switch (kind) {
    case Kind::DeviceCode:
        break;
    case Kind::ServicePrincipal:
        o.clientSecret = qEnvironmentVariable("AZURE_CLIENT_SECRET");
        o.certificatePath = qEnvironmentVariable("AZURE_CLIENT_CERTIFICATE_PATH");
        o.certificatePassword = qEnvironmentVariable("AZURE_CLIENT_CERTIFICATE_PASSWORD");
        if (o.tenantId.isEmpty() || o.clientId.isEmpty()) {
            *error = tr("--auth service-principal needs AZURE_TENANT_ID and AZURE_CLIENT_ID, and "
                        "AZURE_CLIENT_SECRET or AZURE_CLIENT_CERTIFICATE_PATH");
            return std::nullopt;
        }
        if (o.clientSecret.isEmpty() == o.certificatePath.isEmpty()) {
            *error = o.clientSecret.isEmpty()
                ? tr("--auth service-principal needs AZURE_CLIENT_SECRET or "
                     "AZURE_CLIENT_CERTIFICATE_PATH")
                : tr("both AZURE_CLIENT_SECRET and AZURE_CLIENT_CERTIFICATE_PATH are set: "
                     "unset the one not meant");
            return std::nullopt;
        }
        break;
    case Kind::ManagedIdentity:
        o.identityEndpoint = qEnvironmentVariable("IDENTITY_ENDPOINT");
        o.identityHeader = qEnvironmentVariable("IDENTITY_HEADER");
        o.imdsAuthorityHost = qEnvironmentVariable("AZURE_POD_IDENTITY_AUTHORITY_HOST");
        if (o.identityEndpoint.isEmpty() != o.identityHeader.isEmpty()) {
            *error = tr("IDENTITY_ENDPOINT and IDENTITY_HEADER go together (App Service sets "
                        "both): one of them is missing");
            return std::nullopt;
        }
        break;
    case Kind::AzureCli:
        if (const QString path = qEnvironmentVariable("AZURE_CLI_PATH"); !path.isEmpty())
            o.azureCliProgram = path;
        if (const QString timeout = qEnvironmentVariable("NSG_AUDITOR_AZ_TIMEOUT");
            !timeout.isEmpty()) {
            bool ok = false;
            const double seconds = timeout.toDouble(&ok);
            if (!ok || seconds <= 0 || seconds > 600) {
                *error = tr("NSG_AUDITOR_AZ_TIMEOUT must be seconds from 0 to 600, not '%1'")
                             .arg(timeout);
                return std::nullopt;
            }
            o.azureCliTimeoutMs = int(seconds * 1000);
        }
        break;
    }
    return o;
}

std::unique_ptr<Credential> Credential::create(const CredentialOptions &options,
                                               QNetworkAccessManager *network,
                                               const CloudEnvironment &environment)
{
    switch (options.kind) {
    case CredentialOptions::Kind::ServicePrincipal:
        return std::make_unique<ServicePrincipalCredential>(options, network, environment);
    case CredentialOptions::Kind::ManagedIdentity:
        return std::make_unique<ManagedIdentityCredential>(options, network, environment);
    case CredentialOptions::Kind::AzureCli:
        return std::make_unique<AzureCliCredential>(options, network, environment);
    case CredentialOptions::Kind::DeviceCode:
        break;
    }
    return nullptr;
}

Credential::Credential(CredentialOptions options, QNetworkAccessManager *network,
                       CloudEnvironment environment)
    : m_options(std::move(options))
    , m_network(network)
    , m_environment(std::move(environment))
{ }

Credential::~Credential()
{
    Credential::cancel();
}

void Credential::cancel()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

QString Credential::armResource() const
{
    QString resource = m_environment.armScope();
    if (resource.endsWith(QLatin1String(".default")))
        resource.chop(int(qstrlen(".default")));
    return resource;
}

void Credential::awaitReply(QNetworkReply *reply, Done done)
{
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, done = std::move(done)] { finishReply(reply, done); });
}

void Credential::finishReply(QNetworkReply *reply, const Done &done)
{
    reply->deleteLater();
    const QByteArray body = reply->readAll();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    TokenReply answer =
        status == 200 ? oauth::parseTokenReply(status, body) : oauth::errorFromReply(reply, body);
    const json doc = json::parse(body.constData(), body.constData() + body.size(), nullptr, false);
    if (auto *e = std::get_if<OAuthError>(&answer);
        e && e->error == QLatin1String("unexpected_response") && doc.is_object()) {
        // App Service's identity endpoint answers {"statusCode", "message"}.
        if (const QString message = JsonValue::string(doc, "message"); !message.isEmpty())
            e->description = tr("HTTP %1: %2").arg(e->httpStatus).arg(message);
    }
    if (auto *t = std::get_if<TokenResponse>(&answer)) {
        if (doc.is_object() && !doc.contains("expires_in"))
            if (const int left = secondsUntil(doc, "expires_on"); left > 0)
                t->expiresIn = left;
        t->account = AccountInfo::fromAccessToken(t->accessToken.toLatin1());
    }
    done(answer);
}

// ---- service principal

ServicePrincipalCredential::ServicePrincipalCredential(CredentialOptions options,
                                                       QNetworkAccessManager *network,
                                                       CloudEnvironment environment)
    : Credential(std::move(options), network, std::move(environment))
{ }

QString ServicePrincipalCredential::description() const
{
    return m_options.certificatePath.isEmpty()
        ? tr("service principal %1 (client secret)").arg(m_options.clientId)
        : tr("service principal %1 (certificate)").arg(m_options.clientId);
}

void ServicePrincipalCredential::requestToken(const QString &tenantId, Done done)
{
    const QString tenant = tenantId.isEmpty() ? m_options.tenantId : tenantId;
    const QUrl url = m_environment.loginUrl(tenant, QStringLiteral("token"));
    QList<QPair<QString, QString>> form{
        {QStringLiteral("client_id"), m_options.clientId},
        {QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
        {QStringLiteral("scope"), m_environment.armScope()}};
    if (!m_options.certificatePath.isEmpty()) {
        // A fresh assertion for each request: the key is read, used and wiped each time.
        QString error;
        const std::optional<QByteArray> assertion = clientassertion::sign(
            m_options.certificatePath, m_options.certificatePassword,
            clientassertion::Claims{m_options.clientId, url.toString(QUrl::RemoveQuery),
                                    QDateTime::currentDateTimeUtc(), 600},
            &error);
        if (!assertion) {
            QTimer::singleShot(
                0, this, [done, error] { done(failure("invalid_client_certificate", error)); });
            return;
        }
        form.append({QStringLiteral("client_assertion_type"),
                     QStringLiteral("urn:ietf:params:oauth:client-assertion-type:jwt-bearer")});
        form.append({QStringLiteral("client_assertion"), QString::fromLatin1(*assertion)});
    } else {
        form.append({QStringLiteral("client_secret"), m_options.clientSecret});
    }
    qCDebug(lcAuth) << "client-credentials grant for tenant" << tenant;
    awaitReply(m_network->post(oauth::loginRequest(m_environment, url), oauth::formBody(form)),
               std::move(done));
}

// ---- managed identity

ManagedIdentityCredential::ManagedIdentityCredential(CredentialOptions options,
                                                     QNetworkAccessManager *network,
                                                     CloudEnvironment environment)
    : Credential(std::move(options), network, std::move(environment))
{ }

QString ManagedIdentityCredential::description() const
{
    return m_options.clientId.isEmpty()
        ? tr("system-assigned managed identity")
        : tr("user-assigned managed identity %1").arg(m_options.clientId);
}

void ManagedIdentityCredential::requestToken(const QString &, Done done)
{
    // App Service (and Functions, Container Apps): IDENTITY_ENDPOINT with the secret header,
    // api-version 2019-08-01. Else the instance metadata service, api-version 2018-02-01, with
    // "Metadata: true" (docs/unattended-sign-in.md, 'Managed identity').
    QUrl url;
    QUrlQuery query;
    QNetworkRequest request;
    if (!m_options.identityEndpoint.isEmpty()) {
        url = QUrl(m_options.identityEndpoint);
        query.addQueryItem(QStringLiteral("api-version"), QStringLiteral("2019-08-01"));
        request.setRawHeader("X-IDENTITY-HEADER", m_options.identityHeader.toUtf8());
    } else {
        QString host = m_options.imdsAuthorityHost.isEmpty()
            ? QStringLiteral("http://169.254.169.254")
            : m_options.imdsAuthorityHost;
        while (host.endsWith(QLatin1Char('/')))
            host.chop(1);
        url = QUrl(host + QLatin1String("/metadata/identity/oauth2/token"));
        query.addQueryItem(QStringLiteral("api-version"), QStringLiteral("2018-02-01"));
        request.setRawHeader("Metadata", "true");
    }
    if (!url.isValid()
        || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        QTimer::singleShot(0, this, [done, url] {
            done(failure("invalid_request",
                         tr("the managed identity endpoint '%1' is not an http(s) URL")
                             .arg(url.toString())));
        });
        return;
    }
    query.addQueryItem(QStringLiteral("resource"),
                       QString::fromLatin1(QUrl::toPercentEncoding(armResource())));
    if (!m_options.clientId.isEmpty())
        query.addQueryItem(QStringLiteral("client_id"), m_options.clientId);
    url.setQuery(query);
    request.setUrl(url);
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(10000);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    if (url.scheme() == QLatin1String("https"))
        request.setSslConfiguration(m_environment.sslConfiguration());
    qCDebug(lcAuth) << "managed identity token from" << url.host();
    awaitReply(m_network->get(request), std::move(done));
}

// ---- Azure CLI

AzureCliCredential::AzureCliCredential(CredentialOptions options, QNetworkAccessManager *network,
                                       CloudEnvironment environment)
    : Credential(std::move(options), network, std::move(environment))
{ }

AzureCliCredential::~AzureCliCredential()
{
    cancel();
}

QString AzureCliCredential::description() const
{
    return tr("the Azure CLI's signed-in account");
}

void AzureCliCredential::requestToken(const QString &tenantId, Done done)
{
    QStringList arguments{QStringLiteral("account"),    QStringLiteral("get-access-token"),
                          QStringLiteral("--resource"), armResource(),
                          QStringLiteral("--output"),   QStringLiteral("json")};
    if (!tenantId.isEmpty())
        arguments << QStringLiteral("--tenant") << tenantId;
    auto *process = new QProcess(this);
    m_process = process;
    process->setProgram(m_options.azureCliProgram);
    process->setArguments(arguments);
    auto finished = std::make_shared<bool>(false);
    auto *timer = new QTimer(process);
    timer->setSingleShot(true);
    const int timeoutMs = m_options.azureCliTimeoutMs;
    connect(timer, &QTimer::timeout, process, [process, done, finished, timeoutMs] {
        if (std::exchange(*finished, true))
            return;
        process->kill(); // finished follows, and deletes it
        done(failure("azure_cli_timeout",
                     tr("the Azure CLI did not answer within %1 s (az account get-access-token)")
                         .arg(timeoutMs / 1000.0)));
    });
    connect(process, &QProcess::errorOccurred, process,
            [process, done, finished](QProcess::ProcessError error) {
                if (error != QProcess::FailedToStart || std::exchange(*finished, true))
                    return;
                done(failure("azure_cli_missing",
                             tr("the Azure CLI (%1) could not be started: install it and run 'az "
                                "login', or set AZURE_CLI_PATH")
                                 .arg(process->program())));
                process->deleteLater();
            });
    connect(process, &QProcess::finished, process,
            [process, done, finished](int exitCode, QProcess::ExitStatus status) {
                process->deleteLater();
                if (std::exchange(*finished, true))
                    return;
                const QByteArray out = process->readAllStandardOutput();
                const QByteArray err = process->readAllStandardError();
                done(status == QProcess::CrashExit
                         ? TokenReply(failure("azure_cli_failed", tr("the Azure CLI crashed")))
                         : parseOutput(exitCode, out, err));
            });
    timer->start(timeoutMs);
    process->start(QIODevice::ReadOnly);
    process->closeWriteChannel();
}

void AzureCliCredential::cancel()
{
    if (m_process) {
        m_process->disconnect();
        for (QTimer *timer : m_process->findChildren<QTimer *>())
            timer->stop(); // its timeout would report after the cancel
        m_process->kill();
        m_process->waitForFinished(1000);
        m_process->deleteLater();
    }
}

TokenReply AzureCliCredential::parseOutput(int exitCode, const QByteArray &out,
                                           const QByteArray &err)
{
    if (exitCode != 0) {
        // The CLI's own first error line ("ERROR: Please run 'az login' to setup account.")
        // says what to do; it never holds a token.
        QString line;
        for (const QByteArray &l : err.split('\n')) {
            line = QString::fromUtf8(l).trimmed();
            if (!line.isEmpty())
                break;
        }
        if (line.size() > 200)
            line = line.left(200) + QStringLiteral("…");
        return failure("azure_cli_failed",
                       line.isEmpty()
                           ? tr("the Azure CLI exited with %1").arg(exitCode)
                           : tr("the Azure CLI exited with %1: %2").arg(exitCode).arg(line));
    }
    const json doc = json::parse(out.constData(), out.constData() + out.size(), nullptr, false);
    TokenResponse t;
    t.accessToken = JsonValue::string(doc, "accessToken");
    if (!doc.is_object() || t.accessToken.isEmpty())
        return failure("azure_cli_failed",
                       tr("the Azure CLI printed something that is not its token answer "
                          "(az account get-access-token --output json): a JSON object with "
                          "accessToken was expected"));
    t.expiresIn = secondsUntil(doc, "expires_on");
    if (t.expiresIn == 0) {
        // Older CLIs: only expiresOn, local time "2026-12-07 15:04:05.000000".
        const QDateTime at = QDateTime::fromString(JsonValue::string(doc, "expiresOn").left(19),
                                                   QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        const qint64 left = at.isValid() ? QDateTime::currentDateTime().secsTo(at) : 0;
        t.expiresIn = left > 0 && left < 7 * 86400 ? int(left) : 0;
    }
    if (t.expiresIn == 0)
        return failure("azure_cli_failed",
                       tr("the Azure CLI's token has no expiry in the future (expires_on)"));
    t.account = AccountInfo::fromAccessToken(t.accessToken.toLatin1());
    if (t.account.tenantId.isEmpty()) {
        t.account.tenantId = t.account.homeTenantId = JsonValue::string(doc, "tenant");
    }
    return t;
}

} // namespace nsg::azure
