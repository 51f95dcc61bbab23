// SPDX-License-Identifier: MIT
#include "livescan.h"

#include "armclient.h"
#include "devicecodeflow.h"
#include "keychaintokenstore.h"
#include "resourcegraphclient.h"
#include "sandboxserver.h"
#include "session.h"
#include "tokenprovider.h"
#include "tokenstore.h"

#include "audit/nicview.h"

#include <QNetworkAccessManager>
#include <QSettings>

namespace nsg::cli {

using namespace nsg::azure;

QString LiveScan::settingsKey(const QString &cloud)
{
    return QLatin1String("signIn/") + cloud + QLatin1String("/account");
}

LiveScan::LiveScan(QNetworkAccessManager *network, LiveScanOptions options, QTextStream &err,
                   QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_options(std::move(options))
    , m_err(err)
{
    m_result.options = m_options.evaluation;
}

LiveScan::~LiveScan() = default;

int LiveScan::requestsSent() const
{
    return m_arm ? m_arm->requestsSent() : 0;
}

int LiveScan::retries() const
{
    return m_arm ? m_arm->retries() : 0;
}

void LiveScan::fail(const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    m_failure = message;
    Q_EMIT finished();
}

void LiveScan::note(const QString &message)
{
    m_err << tr("note: ") << message << Qt::endl;
    m_result.warnings.append(message);
}

bool LiveScan::start()
{
    m_clock.start();
    std::optional<CloudEnvironment> environment;
    switch (m_options.source) {
    case LiveScanOptions::Source::Demo: {
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
    case LiveScanOptions::Source::SandboxUrl: {
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
    case LiveScanOptions::Source::Azure:
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
    if (!m_options.clientId.isEmpty())
        environment->setClientId(m_options.clientId);

    m_session = new Session(m_network, *environment, m_store, this);
    connect(m_session, &Session::storageWarning, this, &LiveScan::note);
    ArmClientOptions armOptions;
    armOptions.maxInFlight = m_options.maxInFlight;
    m_arm = new ArmClient(m_network, m_session->tokens(), armOptions, this);
    m_graph = new ResourceGraphClient(m_arm, this);
    connect(m_session, &Session::signedIn, this, &LiveScan::onSignedIn);
    connect(m_session, &Session::signInFailed, this,
            [this](const QString &message) { fail(tr("sign-in failed: %1").arg(message)); });

    if (m_options.source == LiveScanOptions::Source::Azure) {
        const QString key = QSettings().value(settingsKey(environment->name())).toString();
        if (!key.isEmpty()) {
            m_triedRestore = true;
            connect(m_session, &Session::restoreFinished, this,
                    [this](bool ok, const QString &message) {
                        if (ok)
                            return; // signedIn follows
                        m_err << tr("The stored sign-in could not be used (%1).").arg(message)
                              << Qt::endl;
                        signIn();
                    });
            m_session->restore(key);
            return true;
        }
    }
    signIn();
    return true;
}

void LiveScan::signIn()
{
    DeviceCodeFlow *flow = m_session->signIn(m_options.tenant);
    connect(
        flow, &DeviceCodeFlow::userCodeReceived, this,
        [this](const QString &code, const QUrl &uri, const QDateTime &, const QString &message) {
            m_err << message << Qt::endl;
            if (m_options.source == LiveScanOptions::Source::Demo)
                m_err << tr("(demo: the sandbox approves code %1 as reviewer@contoso.com in "
                            "2 seconds)")
                             .arg(code)
                      << Qt::endl;
            else
                m_err << tr("Waiting for the sign-in at %1 …").arg(uri.toString()) << Qt::endl;
        });
}

void LiveScan::onSignedIn()
{
    m_signedInMs = m_clock.elapsed();
    const AccountInfo account = m_session->account();
    m_account = account.username;
    m_err << tr("Signed in as %1 (tenant %2).").arg(account.username, account.homeTenantId)
          << Qt::endl;
    if (!m_session->isPersisted() && !m_session->storageNote().isEmpty()
        && m_options.source == LiveScanOptions::Source::Azure)
        note(m_session->storageNote());
    if (m_options.source == LiveScanOptions::Source::Azure)
        QSettings().setValue(settingsKey(m_session->environment().name()), m_session->storageKey());

    InventoryOptions inventory = m_options.inventory;
    // A tenant named by id limits the scan to it; organizations/common scan every tenant.
    if (inventory.tenants.isEmpty() && m_options.tenant != QLatin1String("organizations")
        && m_options.tenant != QLatin1String("common"))
        inventory.tenants = {account.tenantId.isEmpty() ? m_options.tenant : account.tenantId};
    m_loader = new InventoryLoader(m_arm, m_graph, inventory, this);
    connect(m_loader, &InventoryLoader::nsgsLoaded, this,
            [this](const QString &, const QList<NetworkSecurityGroup> &nsgs) {
                m_nsgs.insert(m_nsgs.end(), nsgs.begin(), nsgs.end());
            });
    connect(
        m_loader, &InventoryLoader::networkInterfacesLoaded, this,
        [this](const QString &, const QList<NetworkInterface> &nics, const QList<Subnet> &subnets) {
            m_interfaces += nics;
            m_subnets += subnets;
        });
    connect(m_loader, &InventoryLoader::scopeFailed, this,
            [this](const ScanError &e) { m_result.errors.append(e); });
    connect(m_loader, &InventoryLoader::subscriptionSkipped, this,
            [this](const ScanError &e) { m_result.skipped.append(e); });
    connect(m_loader, &InventoryLoader::notice, this, &LiveScan::note);
    connect(m_loader, &InventoryLoader::tenantsListed, this, [this](const QList<Tenant> &tenants) {
        for (const Tenant &t : tenants)
            m_result.inputs.append(t.displayName.isEmpty() ? t.id
                                                           : t.displayName + QLatin1String(" (")
                                           + t.id + QLatin1Char(')'));
    });
    if (m_options.progress) {
        connect(m_loader, &InventoryLoader::progress, this, [this](int done, int total) {
            m_err << '\r' << tr("Scanned %1 of %2 subscriptions").arg(done).arg(total) << Qt::flush;
        });
    }
    connect(m_loader, &InventoryLoader::finished, this, &LiveScan::onInventoryFinished);
    m_result.scannedAt = QDateTime::currentDateTimeUtc();
    m_loader->start(account.homeTenantId.isEmpty() ? account.tenantId : account.homeTenantId);
}

void LiveScan::onInventoryFinished()
{
    if (m_options.progress)
        m_err << Qt::endl;
    std::sort(m_nsgs.begin(), m_nsgs.end(),
              [](const NetworkSecurityGroup &a, const NetworkSecurityGroup &b) {
                  return a.id().compare(b.id(), Qt::CaseInsensitive) < 0;
              });
    std::vector<Finding> findings = ExposureEvaluator::evaluateAll(m_nsgs, m_options.evaluation);
    if (m_options.inventory.networkInterfaces)
        evaluateInterfaces(findings);
    m_result.nsgs.reserve(m_nsgs.size());
    for (size_t i = 0; i < m_nsgs.size(); ++i)
        m_result.nsgs.push_back(NsgResult{std::move(m_nsgs[i]), std::move(findings[i])});
    m_nsgs.clear();
    m_done = true;
    m_doneMs = m_clock.elapsed();
    Q_EMIT finished();
}

void LiveScan::evaluateInterfaces(const std::vector<Finding> &findings)
{
    QHash<QString, const Finding *> byId;
    for (size_t i = 0; i < m_nsgs.size(); ++i)
        byId.insert(m_nsgs[i].id().toLower(), &findings[i]);
    const QList<NicResult> nics = nsg::evaluateInterfaces(
        m_interfaces, m_subnets, [&byId](const QString &id) { return byId.value(id.toLower()); },
        m_options.evaluation);
    m_result.interfaces.assign(nics.begin(), nics.end());
}

} // namespace nsg::cli
