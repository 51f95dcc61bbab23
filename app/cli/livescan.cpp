// SPDX-License-Identifier: MIT
#include "cli/livescan.h"

#include "azure/armclient.h"
#include "azure/devicecodeflow.h"
#include "azure/keychaintokenstore.h"
#include "azure/resourcegraphclient.h"
#include "azure/session.h"
#include "azure/tokenprovider.h"
#include "azure/tokenstore.h"
#include "sandbox/sandboxserver.h"

#include "core/audit/nicview.h"

#include <QNetworkAccessManager>
#include <QSettings>

namespace nsg::cli {

using namespace nsg::azure;

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
    return m_signIn && m_signIn->arm() ? m_signIn->arm()->requestsSent() : 0;
}

int LiveScan::retries() const
{
    return m_signIn && m_signIn->arm() ? m_signIn->arm()->retries() : 0;
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
    m_signIn = new CliSignIn(m_network, m_options.signIn, m_err, this);
    connect(m_signIn, &CliSignIn::signedIn, this, &LiveScan::onSignedIn);
    connect(m_signIn, &CliSignIn::failed, this, &LiveScan::fail);
    connect(m_signIn, &CliSignIn::note, this, &LiveScan::note);
    if (!m_signIn->start()) {
        m_failure = m_signIn->errorString();
        return false;
    }
    m_graph = new ResourceGraphClient(m_signIn->arm(), this);
    return true;
}

void LiveScan::onSignedIn()
{
    m_signedInMs = m_clock.elapsed();
    const AccountInfo account = m_signIn->session()->account();
    m_account = account.username;
    m_err << tr("Signed in as %1 (tenant %2).").arg(account.username, account.homeTenantId)
          << Qt::endl;

    InventoryOptions inventory = m_options.inventory;
    // A tenant named by id limits the scan to it; organizations/common scan every tenant.
    const QString tenant = m_options.signIn.tenant;
    if (inventory.tenants.isEmpty() && tenant != QLatin1String("organizations")
        && tenant != QLatin1String("common"))
        inventory.tenants = {account.tenantId.isEmpty() ? tenant : account.tenantId};
    m_loader = new InventoryLoader(m_signIn->arm(), m_graph, inventory, this);
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
    connect(m_loader, &InventoryLoader::subscriptionsListed, this,
            [this](const QString &, const QList<Subscription> &subscriptions) {
                for (const Subscription &sub : subscriptions)
                    m_result.subscriptionNames.insert(sub.id.toLower(), sub.displayName);
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
        m_result.nsgs.push_back(
            NsgResult{std::move(m_nsgs[i]), std::move(findings[i]), std::nullopt});
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
