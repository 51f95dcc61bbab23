// SPDX-License-Identifier: MIT
#include "cli/clisignin.h"

#include "azure/armclient.h"
#include "azure/cloudenvironment.h"
#include "azure/devicecodeflow.h"
#include "azure/keychaintokenstore.h"
#include "azure/session.h"
#include "azure/tokenprovider.h"
#include "azure/tokenstore.h"
#include "core/settings/appsettings.h"
#include "sandbox/sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QSettings>

namespace nsg::cli {

using namespace nsg::azure;

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
{ }

void CommonOptions::addPolicy(QCommandLineParser &parser) const
{
    parser.addOptions({policy, port, protocol, breadth, ipv6Breadth});
}

void CommonOptions::addSource(QCommandLineParser &parser) const
{
    parser.addOptions({sandboxUrl, tenant, cloud, clientId, requestTimeout});
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
    return parser.isSet(sandboxUrl) || parser.isSet(tenant);
}

SignInOptions CommonOptions::signIn(const QCommandLineParser &parser) const
{
    // Flags, then the environment, then the Settings dialog's choices.
    const AppSettings settings = AppSettings::load();
    SignInOptions options;
    if (parser.isSet(sandboxUrl)) {
        options.source = SignInOptions::Source::SandboxUrl;
        options.sandboxUrl = parser.value(sandboxUrl);
    } else {
        options.source = SignInOptions::Source::Azure;
        options.tenant = parser.value(tenant);
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

QString CliSignIn::settingsKey(const QString &cloud)
{
    return QLatin1String("signIn/") + cloud + QLatin1String("/account");
}

CliSignIn::CliSignIn(QNetworkAccessManager *network, SignInOptions options, QTextStream &err,
                     QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_options(std::move(options))
    , m_err(err)
{ }

CliSignIn::~CliSignIn() = default;

Session *CliSignIn::session() const
{
    return m_session;
}

ArmClient *CliSignIn::arm() const
{
    return m_arm;
}

bool CliSignIn::start()
{
    std::optional<CloudEnvironment> environment;
    switch (m_options.source) {
    case SignInOptions::Source::Demo: {
        sandbox::SandboxOptions options;
        options.tls = true;
        options.autoApproveSeconds = 2;
        options.pollIntervalSeconds = 1;
        m_sandbox = std::make_unique<sandbox::SandboxServer>(options);
        QString error;
        if (!m_sandbox->start(&error)) {
            m_failure = tr("the demo sandbox did not start: %1").arg(error);
            return false;
        }
        environment = CloudEnvironment::sandbox(QUrl(m_sandbox->baseUrl()),
                                                {sandbox::SandboxServer::caCertificate()});
        m_store = new MemoryTokenStore(this);
        break;
    }
    case SignInOptions::Source::SandboxUrl: {
        const QUrl url(m_options.sandboxUrl, QUrl::StrictMode);
        // A TLS sandbox (nsg-auditor sandbox --tls) serves the test CA shipped with us.
        environment = CloudEnvironment::sandbox(
            url,
            url.scheme() == QLatin1String("https")
                ? QList<QSslCertificate>{sandbox::SandboxServer::caCertificate()}
                : QList<QSslCertificate>{});
        m_store = new MemoryTokenStore(this);
        break;
    }
    case SignInOptions::Source::Azure:
        environment = CloudEnvironment::byName(m_options.cloud);
        if (!environment) {
            m_failure =
                tr("unknown cloud '%1' (known: %2)")
                    .arg(m_options.cloud, CloudEnvironment::names().join(QLatin1String(", ")));
            return false;
        }
        m_store = new KeychainTokenStore(this);
        break;
    }
    if (!environment->isValid()) {
        m_failure = environment->errorString();
        return false;
    }
    if (m_options.requestTimeoutSeconds <= 0) {
        m_failure = tr("--request-timeout must be a number of seconds from 1 to 3600");
        return false;
    }
    if (!m_options.clientId.isEmpty())
        environment->setClientId(m_options.clientId);
    environment->setApiVersions(m_options.apiVersions);

    m_session = new Session(m_network, *environment, m_store, this);
    connect(m_session, &Session::storageWarning, this, &CliSignIn::note);
    ArmClientOptions armOptions;
    armOptions.maxInFlight = m_options.maxInFlight;
    armOptions.timeoutMs = m_options.requestTimeoutSeconds * 1000;
    m_arm = new ArmClient(m_network, m_session->tokens(), armOptions, this);
    connect(m_session, &Session::signedIn, this, &CliSignIn::onSignedIn);
    connect(m_session, &Session::signInFailed, this, [this](const QString &message) {
        Q_EMIT failed(tr("sign-in failed: %1").arg(message));
    });

    if (m_options.source == SignInOptions::Source::Azure) {
        const QString key = QSettings().value(settingsKey(environment->name())).toString();
        if (!key.isEmpty()) {
            connect(m_session, &Session::restoreFinished, this,
                    [this](bool ok, const QString &message) {
                        if (ok)
                            return; // signedIn follows
                        m_err << tr("The stored sign-in could not be used (%1).").arg(message)
                              << Qt::endl;
                        deviceCode(m_options.tenant);
                    });
            m_session->restore(key);
            return true;
        }
    }
    deviceCode(m_options.tenant);
    return true;
}

void CliSignIn::signInAgain(const QString &tenant, const QString &claims)
{
    deviceCode(tenant, claims);
}

void CliSignIn::deviceCode(const QString &tenant, const QString &claims)
{
    DeviceCodeFlow *flow = m_session->signIn(tenant, claims);
    connect(
        flow, &DeviceCodeFlow::userCodeReceived, this,
        [this](const QString &code, const QUrl &uri, const QDateTime &, const QString &message) {
            m_err << message << Qt::endl;
            if (m_options.source == SignInOptions::Source::Demo)
                m_err << tr("(demo: the sandbox approves code %1 as reviewer@contoso.com in "
                            "2 seconds)")
                             .arg(code)
                      << Qt::endl;
            else
                m_err << tr("Waiting for the sign-in at %1 …").arg(uri.toString()) << Qt::endl;
        });
}

void CliSignIn::onSignedIn()
{
    if (!m_session->isPersisted() && !m_session->storageNote().isEmpty()
        && m_options.source == SignInOptions::Source::Azure)
        Q_EMIT note(m_session->storageNote());
    if (m_options.source == SignInOptions::Source::Azure)
        QSettings().setValue(settingsKey(m_session->environment().name()), m_session->storageKey());
    Q_EMIT signedIn();
}

} // namespace nsg::cli
