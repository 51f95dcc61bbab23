// SPDX-License-Identifier: MIT
#include "workspace/connection.h"

#include "azure/armclient.h"
#include "azure/devicecodeflow.h"
#include "azure/keychaintokenstore.h"
#include "azure/resourcegraphclient.h"
#include "azure/ruleeditor.h"
#include "azure/session.h"
#include "azure/tokenprovider.h"
#include "azure/tokenstore.h"
#include "sandbox/sandboxserver.h"

#include <QNetworkAccessManager>
#include <QSettings>

#include <utility>

namespace nsg::workspace {

using namespace nsg::azure;

Connection::Connection(QObject *parent)
    : QObject(parent)
{ }

Connection::~Connection()
{
    // The clients go before the network manager: their jobs hold its replies.
    close();
}

QString Connection::rememberedAccountKey(const QString &cloud)
{
    return QLatin1String("signIn/") + cloud + QLatin1String("/account");
}

void Connection::close()
{
    delete std::exchange(m_graph, nullptr);
    delete std::exchange(m_arm, nullptr);
    delete std::exchange(m_session, nullptr);
    delete std::exchange(m_store, nullptr);
    m_demo.reset();
}

bool Connection::isOpen() const
{
    return m_session != nullptr;
}

bool Connection::open(const ConnectionOptions &options)
{
    close();
    m_options = options;
    m_tenant = options.tenant;
    m_error.clear();
    std::optional<CloudEnvironment> environment;
    bool keychain = false;
    switch (options.source) {
    case ConnectionOptions::Source::Demo: {
        sandbox::SandboxOptions demo;
        demo.tls = true;
        demo.autoApproveSeconds = 2;
        demo.pollIntervalSeconds = 1;
        m_demo = std::make_unique<sandbox::SandboxServer>(demo);
        QString error;
        if (!m_demo->start(&error)) {
            m_error = tr("the demo sandbox did not start: %1").arg(error);
            m_demo.reset();
            return false;
        }
        environment = CloudEnvironment::sandbox(QUrl(m_demo->baseUrl()),
                                                {sandbox::SandboxServer::caCertificate()});
        break;
    }
    case ConnectionOptions::Source::SandboxUrl: {
        const QUrl url(options.sandboxUrl, QUrl::StrictMode);
        // A TLS sandbox (nsg-auditor sandbox --tls, the window's demo) serves the test CA
        // shipped with us.
        environment = CloudEnvironment::sandbox(
            url,
            url.scheme() == QLatin1String("https")
                ? QList<QSslCertificate>{sandbox::SandboxServer::caCertificate()}
                : QList<QSslCertificate>{});
        break;
    }
    case ConnectionOptions::Source::Azure:
        environment = CloudEnvironment::byName(options.cloud);
        if (!environment) {
            m_error = tr("unknown cloud '%1' (known: %2)")
                          .arg(options.cloud, CloudEnvironment::names().join(QLatin1String(", ")));
            return false;
        }
        keychain = true;
        break;
    }
    if (!environment->isValid()) {
        m_error = environment->errorString();
        return false;
    }
    if (options.requestTimeoutSeconds <= 0) {
        m_error = tr("--request-timeout must be a number of seconds from 1 to 3600");
        return false;
    }
    if (!options.clientId.isEmpty())
        environment->setClientId(options.clientId);
    environment->setApiVersions(options.apiVersions);

    if (!m_network)
        m_network = std::make_unique<QNetworkAccessManager>();
    if (keychain)
        m_store = new KeychainTokenStore(this);
    else
        m_store = new MemoryTokenStore(this);
    m_session = new Session(m_network.get(), *environment, m_store, this);
    connect(m_session, &Session::storageWarning, this, &Connection::storageWarning);
    connect(m_session, &Session::signedIn, this, &Connection::onSignedIn);
    connect(m_session, &Session::restoreFinished, this, &Connection::restoreFinished);
    connect(m_session, &Session::signInFailed, this, [this](const QString &message) {
        const bool stepUp = std::exchange(m_stepUp, false);
        if (stepUp)
            Q_EMIT stepUpFinished(false, message, AccountInfo());
        else
            Q_EMIT signInFailed(message);
    });
    ArmClientOptions armOptions;
    armOptions.maxInFlight = options.maxInFlight;
    armOptions.timeoutMs = options.requestTimeoutSeconds * 1000;
    m_arm = new ArmClient(m_network.get(), m_session->tokens(), armOptions, this);
    m_graph = new ResourceGraphClient(m_arm, this);
    return true;
}

bool Connection::restore()
{
    if (!m_session || m_options.source != ConnectionOptions::Source::Azure
        || m_options.isUnattended())
        return false;
    const QString key =
        QSettings().value(rememberedAccountKey(m_session->environment().name())).toString();
    if (key.isEmpty())
        return false;
    m_session->restore(key);
    return true;
}

void Connection::signIn(const QString &tenant, const QString &claims)
{
    if (!m_session)
        return;
    m_stepUp = !claims.isEmpty();
    if (!m_stepUp)
        m_tenant = tenant.isEmpty() ? m_options.tenant : tenant;
    const QString where = tenant.isEmpty() ? m_tenant : tenant;
    if (m_options.isUnattended()) {
        std::unique_ptr<azure::Credential> credential = azure::Credential::create(
            m_options.credential, m_network.get(), m_session->environment());
        if (m_stepUp) {
            m_stepUp = false;
            const QString message =
                tr("%1 cannot answer a multi-factor challenge: the change needs a person "
                   "signed in with a device code")
                    .arg(credential->description());
            QMetaObject::invokeMethod(
                this, [this, message] { Q_EMIT stepUpFinished(false, message, AccountInfo()); },
                Qt::QueuedConnection);
            return;
        }
        // "organizations" names no tenant: the credential's own (AZURE_TENANT_ID) is meant.
        const bool named = !where.isEmpty() && where != QLatin1String("organizations")
            && where != QLatin1String("common");
        m_session->signInWith(std::move(credential), named ? where : QString());
        return;
    }
    DeviceCodeFlow *flow =
        m_session->signIn(where.isEmpty() ? QStringLiteral("organizations") : where, claims);
    m_flow = flow;
    flow->setMinimumPollInterval(m_options.minimumPollMs);
    connect(flow, &DeviceCodeFlow::userCodeReceived, this, &Connection::userCodeReceived);
    connect(flow, &DeviceCodeFlow::slowedDown, this, &Connection::signInSlowedDown);
}

void Connection::cancelSignIn()
{
    if (auto *flow = qobject_cast<DeviceCodeFlow *>(m_flow.data()))
        flow->cancel();
}

void Connection::signOut()
{
    if (m_session)
        m_session->signOut();
    Q_EMIT signedOut();
}

void Connection::onSignedIn()
{
    const bool stepUp = std::exchange(m_stepUp, false);
    // The account is remembered per cloud, so that the next start signs in without a code.
    if (m_options.source == ConnectionOptions::Source::Azure && !m_session->storageKey().isEmpty())
        QSettings().setValue(rememberedAccountKey(m_session->environment().name()),
                             m_session->storageKey());
    if (stepUp)
        Q_EMIT stepUpFinished(true, QString(), m_session->account());
    else
        Q_EMIT signedIn(m_session->account());
}

bool Connection::isSignedIn() const
{
    return m_session && m_session->isSignedIn();
}

AccountInfo Connection::account() const
{
    return m_session ? m_session->account() : AccountInfo();
}

QString Connection::homeTenant() const
{
    const AccountInfo a = account();
    return a.homeTenantId.isEmpty() ? a.tenantId : a.homeTenantId;
}

QString Connection::cloudName() const
{
    return m_arm ? EditContext::cloudName(m_arm->environment()) : QString();
}

QString Connection::storageNote() const
{
    if (!m_session || m_session->isPersisted()
        || m_options.source != ConnectionOptions::Source::Azure)
        return QString();
    return m_session->storageNote();
}

} // namespace nsg::workspace
