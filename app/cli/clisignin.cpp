// SPDX-License-Identifier: MIT
#include "cli/clisignin.h"

#include "core/settings/appsettings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>

namespace nsg::cli {

using workspace::Connection;
using workspace::ConnectionOptions;

namespace {

QString trOption(const char *text)
{
    return QCoreApplication::translate("nsg::cli::options", text);
}

} // namespace

CommonOptions::CommonOptions()
    : policy(QStringLiteral("policy"),
             trOption("Service to check: a name of --list-policies (default: the Settings "
                      "dialog's, else smtp), or tcp/PORT, udp/PORT, tcp/FIRST-LAST."),
             trOption("NAME"))
    , port(QStringLiteral("port"), trOption("Destination port to check (instead of --policy)."),
           trOption("N"))
    , protocol(QStringLiteral("protocol"), trOption("tcp or udp, with --port (default tcp)."),
               trOption("NAME"), QStringLiteral("tcp"))
    , breadth(QStringLiteral("breadth-limit"),
              trOption("Most public IPv4 addresses a rule set may admit and still count as "
                       "restricted (default 256, or the Settings dialog's)."),
              trOption("N"))
    , ipv6Breadth(QStringLiteral("ipv6-breadth-limit"),
                  trOption("Widest IPv6 prefix that still counts as restricted (default 64: one "
                           "/64, or the Settings dialog's)."),
                  trOption("PREFIX"))
    , sandboxUrl(QStringLiteral("sandbox-url"),
                 trOption("Use a running 'nsg-auditor sandbox' at URL (sign in at the page it "
                          "names)."),
                 trOption("URL"))
    , tenant(QStringLiteral("tenant"),
             trOption("Use Azure: sign in to this tenant (id or domain), or 'organizations' for "
                      "every tenant the account can see."),
             trOption("ID"))
    , cloud(QStringLiteral("cloud"),
            trOption("AzureCloud (default), AzureUSGovernment or AzureChinaCloud."),
            trOption("NAME"), QStringLiteral("AzureCloud"))
    , clientId(QStringLiteral("client-id"),
               trOption("Public client (application) id to sign in with (default: Azure CLI's; "
                        "also NSG_AUDITOR_CLIENT_ID)."),
               trOption("ID"))
    , requestTimeout(QStringLiteral("request-timeout"),
                     trOption("Abandon (and retry) a request that has sent nothing for this many "
                              "seconds (1 to 3600, default 60)."),
                     trOption("SECONDS"), QStringLiteral("60"))
    , auth(QStringLiteral("auth"),
           trOption("How to sign in: device-code (default, a person), azure-cli (the signed-in "
                    "az's token), service-principal (AZURE_TENANT_ID, AZURE_CLIENT_ID and "
                    "AZURE_CLIENT_SECRET or AZURE_CLIENT_CERTIFICATE_PATH) or managed-identity "
                    "(AZURE_CLIENT_ID for a user-assigned one)."),
           trOption("MODE"), QStringLiteral("device-code"))
{ }

void CommonOptions::addPolicy(QCommandLineParser &parser) const
{
    parser.addOptions({policy, port, protocol, breadth, ipv6Breadth});
}

void CommonOptions::addSource(QCommandLineParser &parser) const
{
    parser.addOptions({sandboxUrl, tenant, cloud, clientId, requestTimeout, auth});
}

std::optional<EvaluationOptions> CommonOptions::evaluation(const QCommandLineParser &parser,
                                                           QString *error) const
{
    // The Settings dialog's choices, overridden by every flag given.
    const AppSettings settings = AppSettings::load();
    EvaluationOptions options = settings.evaluationOptions();
    bool ok = false;
    if (parser.isSet(port) && parser.isSet(policy)) {
        *error = trOption("--port and --policy name the service twice: give one of them");
        return std::nullopt;
    }
    if (parser.isSet(policy)) {
        const std::optional<PortPolicy> named = PortPolicy::fromName(parser.value(policy), error);
        if (!named)
            return std::nullopt;
        options.policy = *named;
    } else if (parser.isSet(port) || parser.isSet(protocol)) {
        const QString portText = parser.isSet(port) ? parser.value(port) : QStringLiteral("25");
        const uint number = portText.toUInt(&ok);
        if (!ok || number < 1 || number > 65535) {
            *error = trOption("--port must be a number from 1 to 65535, not '%1'").arg(portText);
            return std::nullopt;
        }
        const QString name = parser.value(protocol).toLower();
        if (name == QLatin1String("tcp")) {
            options.policy = PortPolicy::custom(Protocol::Tcp, quint16(number));
        } else if (name == QLatin1String("udp")) {
            options.policy = PortPolicy::custom(Protocol::Udp, quint16(number));
        } else {
            *error =
                trOption("--protocol must be tcp or udp, not '%1'").arg(parser.value(protocol));
            return std::nullopt;
        }
    }
    if (parser.isSet(breadth)) {
        options.limit.maxPublicIpv4 = parser.value(breadth).toULongLong(&ok);
        if (!ok) {
            *error = trOption("--breadth-limit must be a whole number, not '%1'")
                         .arg(parser.value(breadth));
            return std::nullopt;
        }
    }
    if (parser.isSet(ipv6Breadth)) {
        const int ipv6Prefix = parser.value(ipv6Breadth).toInt(&ok);
        if (!ok || ipv6Prefix < 0 || ipv6Prefix > 128) {
            *error =
                trOption("--ipv6-breadth-limit must be a prefix length from 0 to 128, not '%1'")
                    .arg(parser.value(ipv6Breadth));
            return std::nullopt;
        }
        options.limit.minIpv6PrefixLength = ipv6Prefix;
    }
    return options;
}

bool CommonOptions::hasSource(const QCommandLineParser &parser) const
{
    const std::optional<azure::CredentialOptions::Kind> kind =
        azure::CredentialOptions::kindNamed(parser.value(auth));
    return parser.isSet(sandboxUrl) || parser.isSet(tenant)
        || (parser.isSet(auth) && kind != azure::CredentialOptions::Kind::DeviceCode);
}

std::optional<ConnectionOptions> CommonOptions::signIn(const QCommandLineParser &parser,
                                                       QString *error) const
{
    // Flags, then the environment, then the Settings dialog's choices.
    const AppSettings settings = AppSettings::load();
    ConnectionOptions options;
    const std::optional<azure::CredentialOptions::Kind> kind =
        azure::CredentialOptions::kindNamed(parser.value(auth));
    if (!kind) {
        *error = trOption("--auth must be device-code, azure-cli, service-principal or "
                          "managed-identity, not '%1'")
                     .arg(parser.value(auth));
        return std::nullopt;
    }
    std::optional<azure::CredentialOptions> credential =
        azure::CredentialOptions::fromEnvironment(*kind, error);
    if (!credential)
        return std::nullopt;
    options.credential = std::move(*credential);
    if (parser.isSet(sandboxUrl)) {
        options.source = ConnectionOptions::Source::SandboxUrl;
        options.sandboxUrl = parser.value(sandboxUrl);
    } else {
        options.source = ConnectionOptions::Source::Azure;
        options.tenant = parser.value(tenant);
        if (options.tenant.isEmpty())
            options.tenant = options.credential.tenantId; // unattended: AZURE_TENANT_ID
        options.cloud = parser.isSet(cloud) ? parser.value(cloud) : settings.cloud;
    }
    options.clientId = parser.isSet(clientId) ? parser.value(clientId)
                                              : qEnvironmentVariable("NSG_AUDITOR_CLIENT_ID");
    if (options.clientId.isEmpty())
        options.clientId = settings.clientId;
    options.maxInFlight = settings.maxInFlight;
    bool ok = false;
    const int timeout = parser.value(requestTimeout).toInt(&ok);
    options.requestTimeoutSeconds = ok && timeout >= 1 && timeout <= 3600 ? timeout : 0;
    options.apiVersions = azure::ApiVersions::from(settings);
    return options;
}

bool signInOnCommandLine(Connection &connection, const ConnectionOptions &options, QTextStream &err,
                         QString *error, QStringList *notes)
{
    if (!connection.open(options)) {
        *error = connection.errorString();
        return false;
    }
    const bool demo = options.source == ConnectionOptions::Source::Demo;
    QObject::connect(&connection, &Connection::userCodeReceived, &connection,
                     [&err, demo](const QString &code, const QUrl &uri, const QDateTime &,
                                  const QString &message) {
                         err << message << Qt::endl;
                         if (demo)
                             err << trOption("(demo: the sandbox approves code %1 as "
                                             "reviewer@contoso.com in 2 seconds)")
                                        .arg(code)
                                 << Qt::endl;
                         else
                             err << trOption("Waiting for the sign-in at %1 …").arg(uri.toString())
                                 << Qt::endl;
                     });
    QObject::connect(&connection, &Connection::storageWarning, &connection,
                     [&err, notes](const QString &message) {
                         err << trOption("note: ") << message << Qt::endl;
                         if (notes)
                             notes->append(message);
                     });
    QEventLoop loop;
    bool ok = false;
    QObject::connect(&connection, &Connection::signedIn, &loop, [&] {
        ok = true;
        loop.quit();
    });
    QObject::connect(&connection, &Connection::signInFailed, &loop, [&](const QString &message) {
        *error = trOption("sign-in failed: %1").arg(message);
        loop.quit();
    });
    QObject::connect(&connection, &Connection::restoreFinished, &loop,
                     [&](bool restored, const QString &message) {
                         if (restored)
                             return; // signedIn follows
                         err << trOption("The stored sign-in could not be used (%1).").arg(message)
                             << Qt::endl;
                         connection.signIn();
                     });
    if (!connection.restore())
        connection.signIn();
    loop.exec();
    QObject::disconnect(&connection, nullptr, &loop, nullptr);
    if (ok && !connection.storageNote().isEmpty()) {
        err << trOption("note: ") << connection.storageNote() << Qt::endl;
        if (notes)
            notes->append(connection.storageNote());
    }
    return ok;
}

} // namespace nsg::cli
