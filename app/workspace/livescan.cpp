// SPDX-License-Identifier: MIT
#include "workspace/livescan.h"

#include "workspace/connection.h"

#include "azure/nsgread.h"

#include "core/audit/reachability.h"

namespace nsg::workspace {

using namespace nsg::azure;

// GCC 12 takes PortPolicy's default target list (an initializer list) for uninitialised when
// it inlines two default EvaluationOptions here: a false positive.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif
LiveScan::LiveScan(Connection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{ }
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif

LiveScan::~LiveScan()
{
    delete m_loader;
}

bool LiveScan::isRunning() const
{
    return m_loader && !m_loader->isFinished();
}

void LiveScan::cancel()
{
    if (isRunning())
        m_loader->cancel();
}

void LiveScan::setEvaluation(const EvaluationOptions &evaluation)
{
    m_evaluation = evaluation;
    m_evaluator = std::make_unique<ExposureEvaluator>(evaluation);
    if (isRunning()) {
        // What was kept so far was evaluated under the other policy: again at the end.
        m_keptStale = !m_kept.empty();
    } else if (m_pathsRead) {
        for (NsgResult &r : m_kept)
            r.finding = m_evaluator->evaluate(r.nsg);
        evaluatePaths();
    }
}

void LiveScan::keepResults(const QList<NsgResult> &results)
{
    for (const NsgResult &r : results) {
        const QString id = r.nsg.id().toLower();
        if (const auto it = m_keptIndex.constFind(id); it != m_keptIndex.constEnd()) {
            m_kept[*it] = r;
        } else {
            m_keptIndex.insert(id, m_kept.size());
            m_kept.push_back(r);
        }
    }
}

void LiveScan::evaluatePaths()
{
    auto paths =
        std::make_shared<ReachabilityResult>(Reachability(m_evaluation, m_network, m_kept).run());
    for (const ResourceProblem &p : std::as_const(m_network.problems))
        paths->warnings.prepend(p.message);
    Q_EMIT reachabilityReady(std::move(paths));
}

QList<NsgResult> LiveScan::evaluate(const QList<NetworkSecurityGroup> &nsgs)
{
    if (!m_evaluator)
        m_evaluator = std::make_unique<ExposureEvaluator>(m_evaluation);
    QList<NsgResult> out;
    out.reserve(nsgs.size());
    for (const NetworkSecurityGroup &nsg : nsgs)
        out.append(NsgResult{nsg, m_evaluator->evaluate(nsg), std::nullopt});
    return out;
}

void LiveScan::start(const InventoryOptions &inventory, const EvaluationOptions &evaluation,
                     Keep keep)
{
    if (!m_connection->isSignedIn())
        return;
    cancel();
    m_pathsRead = false;
    m_keptStale = false;
    m_kept.clear();
    m_keptIndex.clear();
    setEvaluation(evaluation);
    m_keep = keep;
    m_interfacesAsked = inventory.networkInterfaces;
    m_nsgs.clear();
    m_interfaces.clear();
    m_subnets.clear();
    m_network = NetworkInventory();
    m_result = ScanResult();
    m_result.options = evaluation;
    m_clock.start();

    InventoryOptions scoped = inventory;
    // A tenant named (by id or domain) limits the scan to it; organizations/common scan every
    // tenant the account can see.
    const QString tenant = m_connection->signInTenant();
    if (scoped.tenants.isEmpty() && !tenant.isEmpty()
        && tenant.compare(QLatin1String("organizations"), Qt::CaseInsensitive) != 0
        && tenant.compare(QLatin1String("common"), Qt::CaseInsensitive) != 0) {
        const QString id = m_connection->account().tenantId;
        scoped.tenants = {id.isEmpty() ? tenant : id};
    }

    m_loader = new InventoryLoader(m_connection->arm(), m_connection->graph(), scoped, this);
    connect(m_loader, &InventoryLoader::tenantsListed, this, [this](const QList<Tenant> &tenants) {
        if (m_keep == Keep::Result) {
            for (const Tenant &t : tenants)
                m_result.inputs.append(t.displayName.isEmpty() ? t.id
                                                               : t.displayName + QLatin1String(" (")
                                               + t.id + QLatin1Char(')'));
        }
        Q_EMIT tenantsListed(tenants);
    });
    connect(m_loader, &InventoryLoader::subscriptionsListed, this,
            [this](const QString &tenantId, const QList<Subscription> &subscriptions) {
                if (m_keep == Keep::Result) {
                    for (const Subscription &sub : subscriptions)
                        m_result.subscriptionNames.insert(sub.id.toLower(), sub.displayName);
                }
                Q_EMIT subscriptionsListed(tenantId, subscriptions);
            });
    connect(m_loader, &InventoryLoader::nsgsLoaded, this,
            [this](const QString &sub, const QList<NetworkSecurityGroup> &nsgs) {
                if (m_keep == Keep::Result) {
                    m_nsgs.insert(m_nsgs.end(), nsgs.begin(), nsgs.end());
                    return;
                }
                const QList<NsgResult> results = evaluate(nsgs);
                if (m_interfacesAsked)
                    keepResults(results);
                Q_EMIT nsgsReady(sub, results);
            });
    connect(
        m_loader, &InventoryLoader::networkInterfacesLoaded, this,
        [this](const QString &, const QList<NetworkInterface> &nics, const QList<Subnet> &subnets) {
            // Keep::Result follows the paths instead (the loader keeps what they need).
            if (m_keep == Keep::Slices) {
                m_interfaces += nics;
                m_subnets += subnets;
            }
        });
    connect(m_loader, &InventoryLoader::scopeFailed, this, [this](const ScanError &e) {
        if (m_keep == Keep::Result)
            m_result.errors.append(e);
        if (e.scope.startsWith(QLatin1String("/subscriptions/")))
            Q_EMIT subscriptionFailed(e);
        else
            Q_EMIT tenantFailed(e);
    });
    connect(m_loader, &InventoryLoader::subscriptionSkipped, this, [this](const ScanError &e) {
        if (m_keep == Keep::Result)
            m_result.skipped.append(e);
        Q_EMIT subscriptionSkipped(e);
    });
    connect(m_loader, &InventoryLoader::subscriptionFinished, this,
            &LiveScan::subscriptionFinished);
    connect(m_loader, &InventoryLoader::progress, this, &LiveScan::progress);
    connect(m_loader, &InventoryLoader::notice, this, [this](const QString &message) {
        if (m_keep == Keep::Result)
            m_result.warnings.append(message);
        Q_EMIT notice(message);
    });
    connect(m_loader, &InventoryLoader::finished, this, &LiveScan::onLoaderFinished);
    m_result.scannedAt = QDateTime::currentDateTimeUtc();
    Q_EMIT started();
    m_loader->start(m_connection->homeTenant());
}

void LiveScan::onLoaderFinished()
{
    InventoryLoader *loader = m_loader;
    const bool cancelled = loader->isCancelled();
    loader->deleteLater();
    if (m_keep == Keep::Result) {
        m_network = loader->takeNetwork();
        m_result.readPaths = loader->readPaths();
        finishResult();
    } else if (!cancelled && m_interfacesAsked) {
        Q_EMIT interfacesRead(m_interfaces, m_subnets);
        m_network = loader->takeNetwork();
        if (!m_serviceTags.isEmpty())
            m_network.serviceTags = m_serviceTags;
        m_pathsRead = true;
        if (m_keptStale) {
            for (NsgResult &r : m_kept)
                r.finding = m_evaluator->evaluate(r.nsg);
            m_keptStale = false;
        }
        evaluatePaths();
    } else {
        m_kept.clear();
        m_keptIndex.clear();
    }
    m_seconds = m_clock.elapsed() / 1000.0;
    Q_EMIT finished(cancelled);
}

// Keep::Result: everything read is evaluated at once (in parallel), sorted by id, and the NICs
// are evaluated against the findings.
void LiveScan::finishResult()
{
    std::sort(m_nsgs.begin(), m_nsgs.end(),
              [](const NetworkSecurityGroup &a, const NetworkSecurityGroup &b) {
                  return a.id().compare(b.id(), Qt::CaseInsensitive) < 0;
              });
    std::vector<Finding> findings = ExposureEvaluator::evaluateAll(m_nsgs, m_evaluation);
    m_result.nsgs.reserve(m_nsgs.size());
    for (size_t i = 0; i < m_nsgs.size(); ++i)
        m_result.nsgs.push_back(
            NsgResult{std::move(m_nsgs[i]), std::move(findings[i]), std::nullopt});
    m_nsgs.clear();
    // The paths from the Internet: without the network read (no NICs asked for), every exposed
    // NSG is not-read.
    if (!m_serviceTags.isEmpty())
        m_network.serviceTags = m_serviceTags;
    for (const ResourceProblem &p : std::as_const(m_network.problems))
        m_result.warnings.append(p.message);
    m_result.reachability = Reachability(m_evaluation, m_network, m_result.nsgs).run();
    m_result.warnings += m_result.reachability.warnings;
    m_network = NetworkInventory();
}

void LiveScan::reloadSubscription(const QString &tenantId, const QString &subscriptionId)
{
    if (!m_connection->arm())
        return;
    NsgRead *read = NsgRead::subscription(m_connection->arm(), tenantId, subscriptionId, this);
    connect(read, &NsgRead::finished, this, [this, read, subscriptionId] {
        read->deleteLater();
        if (!read->succeeded())
            Q_EMIT refreshFailed(read->error());
        else {
            const QList<NsgResult> results = evaluate(read->nsgs());
            Q_EMIT subscriptionReloaded(subscriptionId, results);
            if (m_pathsRead) {
                keepResults(results);
                evaluatePaths();
            }
        }
    });
}

void LiveScan::reloadNsg(const QString &tenantId, const QString &nsgId)
{
    if (!m_connection->arm())
        return;
    NsgRead *read = NsgRead::one(m_connection->arm(), tenantId, nsgId, this);
    connect(read, &NsgRead::finished, this, [this, read] {
        read->deleteLater();
        if (!read->succeeded())
            Q_EMIT refreshFailed(read->error());
        else {
            const QList<NsgResult> results = evaluate(read->nsgs());
            Q_EMIT nsgRefreshed(results.front());
            if (m_pathsRead) {
                keepResults(results);
                evaluatePaths();
            }
        }
    });
}

} // namespace nsg::workspace
