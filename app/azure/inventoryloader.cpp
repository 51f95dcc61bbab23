// SPDX-License-Identifier: MIT
#include "azure/inventoryloader.h"
#include "azure/nsgread.h"

#include "azure/armclient.h"
#include "azure/azurelog.h"
#include "azure/resourcegraphclient.h"

#include "core/input/inventoryjson.h"
#include "core/input/nsgreader.h"
#include "core/util/jsonvalue.h"

#include <nlohmann/json.hpp>

#include <QDateTime>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <memory>

namespace nsg::azure {

using json = nlohmann::json;

QString InventoryOptions::viaName(Via via)
{
    switch (via) {
    case Via::Arm:
        return QStringLiteral("arm");
    case Via::Graph:
        return QStringLiteral("graph");
    case Via::Auto:
        break;
    }
    return QStringLiteral("auto");
}

InventoryLoader::InventoryLoader(ArmClient *arm, ResourceGraphClient *graph,
                                 InventoryOptions options, QObject *parent)
    : QObject(parent)
    , m_arm(arm)
    , m_graph(graph)
    , m_options(std::move(options))
{ }

InventoryLoader::~InventoryLoader() = default;

void InventoryLoader::start(const QString &homeTenantId)
{
    Q_ASSERT(!m_started);
    m_started = true;
    m_homeTenantId = homeTenantId;
    listTenants();
}

void InventoryLoader::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    for (ArmJob *job : findChildren<ArmJob *>())
        job->cancel();
    for (ResourceGraphJob *job : findChildren<ResourceGraphJob *>())
        job->cancel();
    m_finished = true;
    Q_EMIT finished();
}

ScanError InventoryLoader::toScanError(const QString &scope, const ArmError &error,
                                       const QString &prefix) const
{
    return ScanError{scope, error.httpStatus, error.code,
                     prefix.isEmpty() ? error.message : prefix + QLatin1Char(' ') + error.message,
                     error.requestId};
}

void InventoryLoader::listTenants()
{
    m_listingTenants = true;
    const QString path = armpath::tenants(m_arm->environment().apiVersions());
    ArmJob *job = m_arm->get(path, m_homeTenantId, ArmJob::Paging::FollowNextLink, this);
    auto found = std::make_shared<QList<Tenant>>();
    job->setPageHandler([found](const json &page) {
        if (auto value = page.find("value"); value != page.end() && value->is_array()) {
            for (const json &t : *value) {
                if (auto tenant = InventoryJson::tenant(t))
                    found->append(*tenant);
            }
        }
    });
    connect(job, &ArmJob::finished, this, [this, job, found] {
        job->deleteLater();
        if (m_cancelled)
            return;
        m_listingTenants = false;
        if (!job->succeeded()) {
            Q_EMIT scopeFailed(toScanError(QStringLiteral("tenants"), job->error(),
                                           tr("Could not list the tenants; only the home tenant is "
                                              "scanned.")));
            found->clear();
        }
        if (found->isEmpty() && !m_homeTenantId.isEmpty())
            found->append(Tenant{m_homeTenantId, QString(), QString(), QStringLiteral("Home")});
        for (const Tenant &t : std::as_const(*found)) {
            if (m_options.tenants.isEmpty()
                || m_options.tenants.contains(t.id, Qt::CaseInsensitive))
                m_tenants.append(t);
        }
        // A tenant asked for by id that the account does not list: try it anyway, so that its
        // error is reported rather than the tenant silently missing.
        for (const QString &wanted : std::as_const(m_options.tenants)) {
            const bool listed =
                std::any_of(m_tenants.begin(), m_tenants.end(), [&](const Tenant &t) {
                    return t.id.compare(wanted, Qt::CaseInsensitive) == 0;
                });
            if (!listed)
                m_tenants.append(Tenant{wanted, QString(), QString(), QString()});
        }
        qCInfo(lcInventory) << m_tenants.size() << "tenant(s) to scan";
        Q_EMIT tenantsListed(m_tenants);
        for (const Tenant &t : std::as_const(m_tenants))
            listSubscriptions(t, m_graph && m_options.via == InventoryOptions::Via::Graph);
        checkFinished();
    });
}

void InventoryLoader::listSubscriptions(const Tenant &tenant, bool graphIfPaged)
{
    ++m_tenantsListing;
    const QString path = armpath::subscriptions(m_arm->environment().apiVersions());
    // With Resource Graph at hand, only the first page: if there are more, one query lists them
    // all where ARM would page them by the hundred.
    ArmJob *job =
        m_arm->get(path, tenant.id,
                   graphIfPaged ? ArmJob::Paging::Single : ArmJob::Paging::FollowNextLink, this);
    auto found = std::make_shared<QList<Subscription>>();
    auto more = std::make_shared<bool>(false);
    job->setPageHandler([found, more](const json &page) {
        if (auto value = page.find("value"); value != page.end() && value->is_array()) {
            for (const json &s : *value) {
                if (auto sub = InventoryJson::subscription(s))
                    found->append(*sub);
            }
        }
        if (auto next = page.find("nextLink"); next != page.end() && next->is_string())
            *more = !next->get<std::string>().empty();
    });
    connect(job, &ArmJob::finished, this, [this, job, found, more, tenant, graphIfPaged] {
        const QString &tenantId = tenant.id;
        job->deleteLater();
        if (m_cancelled)
            return;
        --m_tenantsListing;
        if (job->succeeded() && graphIfPaged && *more) {
            listSubscriptionsViaGraph(tenant);
            return;
        }
        if (!job->succeeded()) {
            const ArmError &e = job->error();
            const bool signIn = e.httpStatus == 0
                && (e.code == QLatin1String("interaction_required")
                    || e.code == QLatin1String("invalid_grant")
                    || e.code == QLatin1String("consent_required"));
            Q_EMIT scopeFailed(toScanError(
                tenantId, e,
                signIn ? tr("This tenant needs you to sign in again (for example for MFA); its "
                            "subscriptions were not scanned:")
                       : tr("Could not list this tenant's subscriptions:")));
            checkFinished();
            return;
        }
        onSubscriptionsFound(tenantId, *found);
    });
}

void InventoryLoader::listSubscriptionsViaGraph(const Tenant &tenant)
{
    ++m_tenantsListing;
    ResourceGraphJob *job =
        m_graph->query(ResourceGraphClient::subscriptionQuery(), tenant.id, {}, this);
    auto found = std::make_shared<QList<Subscription>>();
    job->setRowHandler([found](const json &rows) {
        for (const json &row : rows) {
            if (auto sub = InventoryJson::subscription(row))
                found->append(*sub);
        }
    });
    connect(job, &ResourceGraphJob::finished, this, [this, job, found, tenant] {
        job->deleteLater();
        if (m_cancelled)
            return;
        --m_tenantsListing;
        if (!job->succeeded()) {
            Q_EMIT notice(tr("Resource Graph could not list the subscriptions of tenant %1 (%2); "
                             "listing them through ARM.")
                              .arg(tenant.id, job->error().toString()));
            m_graphFailed.insert(tenant.id.toLower()); // its NSGs through ARM as well
            listSubscriptions(tenant);
            return;
        }
        onSubscriptionsFound(tenant.id, *found);
    });
}

void InventoryLoader::onSubscriptionsFound(const QString &tenantId,
                                           const QList<Subscription> &found)
{
    QList<Subscription> listed;
    QList<ScanError> skipped;
    QStringList scannable;
    for (Subscription s : found) {
        const QString key = s.id.toLower();
        if (m_seenSubscriptions.contains(key))
            continue; // seen from another tenant (Lighthouse): read once
        m_seenSubscriptions.insert(key);
        if (s.tenantId.isEmpty())
            s.tenantId = tenantId;
        listed.append(s);
        m_subscriptions.append(s);
        if (!s.isScannable()) {
            skipped.append(ScanError{
                s.scope(), 0, QStringLiteral("SubscriptionDisabled"),
                tr("Subscription '%1' is %2: not scanned (its resources are read-only and "
                   "its virtual machines deallocated).")
                    .arg(s.displayName.isEmpty() ? s.id : s.displayName, s.state),
                QString()});
            continue;
        }
        scannable.append(s.id);
        m_pending.insert(key, Pending{s, tenantId, 0, true, {}});
    }
    Q_EMIT subscriptionsListed(tenantId, listed);
    for (const ScanError &reason : std::as_const(skipped))
        Q_EMIT subscriptionSkipped(reason);
    m_total += int(scannable.size());
    Q_EMIT progress(m_done, m_total);

    const bool graphUsable = m_graph && !m_graphFailed.contains(tenantId.toLower());
    const bool split = graphUsable && m_options.via == InventoryOptions::Via::Auto
        && scannable.size() >= m_options.graphFromSubscriptions;
    const bool graph = graphUsable && (split || m_options.via == InventoryOptions::Via::Graph);
    // Counted before anything can finish, so no subscription completes half-read.
    for (const QString &id : std::as_const(scannable))
        ++m_pending[id.toLower()].jobsLeft;
    if (split) {
        qCInfo(lcInventory) << "tenant" << tenantId << ":" << scannable.size()
                            << "subscription(s) through Resource Graph and ARM side by side";
        Q_EMIT notice(tr("Tenant %1 was read through Resource Graph and ARM side by side. Resource "
                         "Graph lists only the NSGs this account may read: where it holds roles "
                         "on some resource groups only, the others are missing without an error "
                         "(--via arm reports such subscriptions).")
                          .arg(tenantId));
        auto queue = std::make_shared<Split>();
        queue->tenantId = tenantId;
        queue->waiting.assign(scannable.cbegin(), scannable.cend());
        feedSplit(queue);
    } else if (graph) {
        qCInfo(lcInventory) << "tenant" << tenantId << ":" << scannable.size()
                            << "subscription(s) through Resource Graph";
        if (!scannable.isEmpty())
            Q_EMIT notice(tr("Tenant %1 was read through Resource Graph, which lists only the "
                             "NSGs this account may read: where it holds roles on some "
                             "resource groups only, the others are missing without an error "
                             "(--via arm reports such subscriptions).")
                              .arg(tenantId));
        for (qsizetype i = 0; i < scannable.size(); i += m_options.graphBatch)
            loadViaGraph(tenantId, scannable.mid(i, m_options.graphBatch));
    } else {
        qCInfo(lcInventory) << "tenant" << tenantId << ":" << scannable.size()
                            << "subscription(s) through ARM";
        for (const QString &id : std::as_const(scannable))
            loadViaArm(id);
    }
    if (m_options.networkInterfaces) {
        // The lists through ARM, every subscription at once (ARM's limits are per
        // subscription); with Resource Graph at hand, the admin rules of a batch in one query
        // rather than one ARM action per virtual network.
        for (qsizetype i = 0; i < scannable.size(); i += m_options.graphBatch) {
            std::shared_ptr<AdminRuleBatch> batch;
            if (graph) {
                batch = std::make_shared<AdminRuleBatch>();
                batch->tenantId = tenantId;
                batch->subscriptions = scannable.mid(i, m_options.graphBatch);
                for (const QString &id : std::as_const(batch->subscriptions))
                    ++m_pending[id.toLower()].jobsLeft; // held until the batch's query goes
            }
            for (const QString &id : scannable.mid(i, m_options.graphBatch))
                loadInterfaces(id, batch);
        }
    }
    // The reference taken above for the NSG load of each subscription is released by it.
    checkFinished();
}

bool InventoryLoader::readPage(QByteArrayView body, QList<NetworkSecurityGroup> *nsgs,
                               qint64 *elements)
{
    // Streamed: one NSG's JSON at a time, never the page's whole tree.
    NsgReader reader([nsgs](NetworkSecurityGroup &&nsg) { nsgs->append(std::move(nsg)); });
    reader.setPagedInput(true);
    reader.readBytes(body, QString());
    if (reader.brokeOff())
        return false; // asked again: what was read of it is dropped
    m_lastEnvelope = reader.envelope();
    if (elements)
        *elements = reader.nsgCount();
    return true;
}

void InventoryLoader::feedSplit(const std::shared_ptr<Split> &split)
{
    if (m_cancelled)
        return;
    // Resource Graph's first batch before ARM fills its slots: in a small tenant both read.
    if (!split->graphStarted && !split->graphFailed) {
        split->graphStarted = true;
        feedGraph(split, 1);
    }
    // ARM: a subscription per free slot, from the back of the queue.
    const int armAtOnce = m_options.armSubscriptionsAtOnce > 0 ? m_options.armSubscriptionsAtOnce
                                                               : m_arm->options().maxInFlight;
    while (!split->waiting.empty() && split->armReading < armAtOnce) {
        const QString id = split->waiting.back();
        split->waiting.pop_back();
        ++split->armReading;
        loadViaArm(id, [this, split] {
            --split->armReading;
            feedSplit(split);
        });
    }
    feedGraph(split, std::max(1, m_options.graphChains));
}

void InventoryLoader::feedGraph(const std::shared_ptr<Split> &split, int chains)
{
    // Resource Graph: batches from the front, while its chains are fewer than allowed and its
    // quota lets a query go now. A batch taken while the quota is used up would wait for the
    // window with subscriptions ARM could be reading: it is taken when the window resets.
    while (!split->waiting.empty() && !split->graphFailed && split->graphQueries < chains) {
        if (const qint64 wait = m_graph->msUntilQuota(); wait > 0 || m_graph->quotaLeft() == 0) {
            if (!split->graphWaits) {
                split->graphWaits = true;
                QTimer::singleShot(int(std::max<qint64>(wait, 50)), this, [this, split] {
                    split->graphWaits = false;
                    feedSplit(split);
                });
            }
            break;
        }
        const int size = std::min(graphBatchSize(*split), int(split->waiting.size()));
        if (size <= 0)
            break; // ARM reads the rest sooner
        QStringList batch;
        for (int i = 0; i < size; ++i) {
            batch.append(split->waiting.front());
            split->waiting.pop_front();
        }
        ++split->graphQueries;
        qCInfo(lcInventory) << "split" << split->tenantId << ": Resource Graph takes" << size
                            << "subscription(s);" << split->waiting.size() << "left; rows/s"
                            << m_graphCount.rowsPerSecond() << "(Resource Graph)"
                            << m_armCount.rowsPerSecond() << "(ARM)";
        loadViaGraph(split->tenantId, batch, split);
    }
}

// How many subscriptions Resource Graph takes next: its share of what is left, as the two
// paths' rates so far divide it, spread over its chains, in whole pages where the NSGs per
// subscription are known. Before both rates are known, about a page.
int InventoryLoader::graphBatchSize(const Split &split) const
{
    constexpr double kRowsPerPage = 1000; // ResourceGraphClient's $top
    const int done = m_armCount.subscriptions + m_graphCount.subscriptions;
    const double perSubscription =
        done > 0 ? std::max(1.0, double(m_armCount.nsgs + m_graphCount.nsgs) / done) : 0;
    // Resource Graph's pace so far, but never above what its quota sustains: its first
    // window's burst says nothing of the windows after it.
    double graphRate = m_graphCount.rowsPerSecond();
    if (const double quota = m_graph ? m_graph->sustainedQueriesPerSecond() : 0.0; quota > 0)
        graphRate = std::min(graphRate, quota * kRowsPerPage);
    const double armRate = m_armCount.rowsPerSecond();
    int size = 0;
    if (perSubscription <= 0) {
        size = std::min(10, int(split.waiting.size()) / 2); // ARM has its part of a small tenant
    } else if (graphRate <= 0 || armRate <= 0) {
        size = int(std::ceil(kRowsPerPage / perSubscription));
    } else {
        const double share = graphRate / (graphRate + armRate);
        const double rows = double(split.waiting.size()) * perSubscription * share
            / std::max(1, m_options.graphChains);
        // In whole pages, no more than the quota lets go now (each page is a query).
        double pages = std::max(1.0, std::round(rows / kRowsPerPage));
        if (const int left = m_graph ? m_graph->quotaLeft() : -1; left > 0)
            pages = std::min(pages, double(left));
        size = int(std::ceil(pages * kRowsPerPage / perSubscription));
        // The last batches: no more than its share, or ARM would wait for it.
        size = std::min(size,
                        int(std::ceil(double(split.waiting.size()) * share
                                      / std::max(1, m_options.graphChains))));
        // Near the end: only what its pages bring in before ARM would have read the rest.
        if (m_graphPageMs > 0) {
            auto armDrainsMs = [&](int taken) {
                return double(int(split.waiting.size()) - taken) * perSubscription * 1000.0
                    / armRate;
            };
            auto pagesOf = [&](int subscriptions) {
                return std::ceil(double(subscriptions) * perSubscription / kRowsPerPage);
            };
            while (size > 0 && pagesOf(size) * m_graphPageMs > armDrainsMs(size))
                size = std::min(size - 1, int(double(size) * 0.7));
            return std::clamp(size, 0, std::max(1, m_options.graphBatch));
        }
    }
    return std::clamp(size, 1, std::max(1, m_options.graphBatch));
}

QList<ReadPathStats> InventoryLoader::readPaths() const
{
    QList<ReadPathStats> out;
    auto add = [&out](const char *name, const PathCount &c) {
        if (c.firstMs == 0)
            return;
        out.append(ReadPathStats{QString::fromLatin1(name), c.subscriptions, c.nsgs, c.requests,
                                 c.lastMs > c.firstMs ? (c.lastMs - c.firstMs) / 1000.0 : 0.0});
    };
    add("resourceGraph", m_graphCount);
    add("arm", m_armCount);
    return out;
}

// Expects one reference on the subscription's jobsLeft already taken for it.
void InventoryLoader::loadViaArm(const QString &subscriptionId, std::function<void()> then)
{
    const QString key = subscriptionId.toLower();
    const Pending &p = m_pending[key];
    const QString path =
        armpath::subscriptionNsgs(subscriptionId, m_arm->environment().apiVersions());
    ArmJob *job = m_arm->get(path, p.tenantId, ArmJob::Paging::FollowNextLink, this);
    m_armCount.started(QDateTime::currentMSecsSinceEpoch());
    job->setBodyHandler([this, subscriptionId](QByteArrayView body, QString *nextLink) {
        QList<NetworkSecurityGroup> nsgs;
        if (!readPage(body, &nsgs, nullptr))
            return false;
        if (const auto next = m_lastEnvelope.find("nextLink");
            next != m_lastEnvelope.end() && next->is_string())
            *nextLink = QString::fromStdString(next->get<std::string>());
        m_armCount.nsgs += nsgs.size();
        m_armCount.rows += nsgs.size();
        m_armCount.lastMs = QDateTime::currentMSecsSinceEpoch();
        if (!nsgs.isEmpty())
            Q_EMIT nsgsLoaded(subscriptionId, nsgs);
        return true;
    });
    connect(job, &ArmJob::finished, this, [this, job, subscriptionId, then] {
        job->deleteLater();
        m_armCount.requests += job->attempts();
        m_armCount.lastMs = QDateTime::currentMSecsSinceEpoch();
        ++m_armCount.subscriptions;
        if (then)
            then();
        if (m_cancelled)
            return;
        if (!job->succeeded()) {
            subscriptionFailed(subscriptionId, job->error(),
                               job->pagesReceived() > 0
                                   ? tr("Only the first %n page(s) of NSGs could be read:", "",
                                        job->pagesReceived())
                                   : tr("Could not list the NSGs:"));
        }
        jobDone(subscriptionId);
    });
}

void InventoryLoader::loadViaGraph(const QString &tenantId, const QStringList &subscriptionIds,
                                   std::shared_ptr<Split> split)
{
    ++m_graphQueries;
    ResourceGraphJob *job =
        m_graph->query(ResourceGraphClient::nsgQuery(), tenantId, subscriptionIds, this);
    const qint64 startedMs = QDateTime::currentMSecsSinceEpoch();
    m_graphCount.started(startedMs);
    // Held back until the whole query is in: if it fails halfway, ARM re-reads these
    // subscriptions from scratch, so nothing is counted twice.
    auto buffer = std::make_shared<QHash<QString, QList<NetworkSecurityGroup>>>();
    auto stray = std::make_shared<int>(0);
    QSet<QString> wanted;
    for (const QString &id : subscriptionIds)
        wanted.insert(id.toLower());
    job->setBodyHandler(
        [this, buffer, wanted, stray](QByteArrayView body, json *envelope, qint64 *rows) {
            QList<NetworkSecurityGroup> nsgs;
            if (!readPage(body, &nsgs, rows))
                return false;
            *envelope = std::move(m_lastEnvelope);
            m_graphCount.rows += nsgs.size();
            m_graphCount.lastMs = QDateTime::currentMSecsSinceEpoch();
            for (NetworkSecurityGroup &nsg : nsgs) {
                const QString sub = nsg.subscriptionId().toLower();
                if (wanted.contains(sub))
                    (*buffer)[sub].append(std::move(nsg));
                else
                    ++*stray;
            }
            return true;
        });
    connect(job, &ResourceGraphJob::finished, this,
            [this, job, buffer, stray, tenantId, subscriptionIds, split, startedMs] {
                job->deleteLater();
                m_graphCount.requests += job->requests();
                m_graphCount.lastMs = QDateTime::currentMSecsSinceEpoch();
                if (job->succeeded() && job->pages() > 0) {
                    // A page's time, quota waits included (a moving average).
                    const double page =
                        double(m_graphCount.lastMs - startedMs) / double(job->pages());
                    m_graphPageMs = m_graphPageMs > 0 ? 0.7 * m_graphPageMs + 0.3 * page : page;
                }
                if (split)
                    --split->graphQueries;
                if (m_cancelled)
                    return;
                --m_graphQueries;
                if (!job->succeeded()) {
                    m_graphCount.rows -= job->rowsReceived(); // read again through ARM
                    Q_EMIT notice(tr("Resource Graph failed for tenant %1 (%2); reading its %n "
                                     "subscription(s) one by one through ARM instead.",
                                     "", int(subscriptionIds.size()))
                                      .arg(tenantId, job->error().toString()));
                    if (split) {
                        // Back to the queue, whose references they take over: ARM reads them.
                        split->graphFailed = true;
                        for (const QString &id : subscriptionIds)
                            split->waiting.push_back(id);
                        feedSplit(split);
                        return;
                    }
                    for (const QString &id : subscriptionIds) {
                        ++m_pending[id.toLower()].jobsLeft;
                        loadViaArm(id);
                        jobDone(id);
                    }
                    return;
                }
                m_graphCount.subscriptions += int(subscriptionIds.size());
                if (*stray > 0)
                    qCWarning(lcInventory)
                        << *stray
                        << "Resource Graph row(s) outside the query's subscriptions ignored";
                for (const QString &id : subscriptionIds) {
                    const auto it = buffer->find(id.toLower());
                    if (it != buffer->end() && !it->isEmpty()) {
                        m_graphCount.nsgs += it->size();
                        Q_EMIT nsgsLoaded(id, *it);
                    }
                    jobDone(id);
                }
                if (split)
                    feedSplit(split);
            });
}

void InventoryLoader::loadInterfaces(const QString &subscriptionId,
                                     std::shared_ptr<AdminRuleBatch> batch)
{
    auto nics = std::make_shared<QList<NetworkInterface>>();
    listNetwork(
        subscriptionId, QLatin1String("networkInterfaces"), tr("the network interfaces"),
        [nics](const json &n) {
            if (auto nic = InventoryJson::networkInterface(n))
                nics->append(*nic);
        },
        [this, subscriptionId, nics](bool) {
            Q_EMIT networkInterfacesLoaded(subscriptionId, *nics, {});
        });
    auto vnets = std::make_shared<QStringList>();
    auto subnets = std::make_shared<QList<Subnet>>();
    listNetwork(
        subscriptionId, QLatin1String("virtualNetworks"), tr("the virtual networks"),
        [this, subscriptionId, vnets, subnets](const json &v) {
            *subnets += InventoryJson::subnetsOf(v);
            if (const QString id = JsonValue::toString(v.value("id", json())); !id.isEmpty())
                vnets->append(id);
            if (!m_serviceTagsAsked && m_options.serviceTags) {
                if (const QString at = JsonValue::toString(v.value("location", json()));
                    !at.isEmpty())
                    loadServiceTags(subscriptionId, at);
            }
        },
        [this, subscriptionId, vnets, subnets, batch](bool succeeded) {
            Q_EMIT networkInterfacesLoaded(subscriptionId, {}, *subnets);
            if (!batch) {
                if (succeeded)
                    loadAdminRules(subscriptionId, *vnets);
                return;
            }
            if (succeeded && !vnets->isEmpty())
                batch->vnets.insert(subscriptionId.toLower(), *vnets);
            if (++batch->listed < batch->subscriptions.size())
                return;
            // Every subscription of the batch has its networks listed: one query for their
            // admin rules, then the batch lets go of its subscriptions.
            if (!batch->vnets.isEmpty())
                loadAdminRulesViaGraph(batch->tenantId, batch->vnets);
            for (const QString &id : std::as_const(batch->subscriptions))
                jobDone(id);
        });
    listNetwork(subscriptionId, QLatin1String("publicIPAddresses"), tr("the public IP addresses"));
    listNetwork(subscriptionId, QLatin1String("loadBalancers"), tr("the load balancers"));
    listNetwork(subscriptionId, QLatin1String("routeTables"), tr("the route tables"));
    listNetwork(subscriptionId, QLatin1String("applicationSecurityGroups"),
                tr("the application security groups"));
    listNetwork(
        subscriptionId, QLatin1String("firewallPolicies"), tr("the firewall policies"),
        [this, subscriptionId](const json &p) {
            // Its DNAT rules are in its rule collection groups.
            if (const QString id = JsonValue::toString(p.value("id", json())); !id.isEmpty())
                listNetwork(subscriptionId,
                            id + QLatin1String("/ruleCollectionGroups?api-version=")
                                + m_arm->environment().apiVersions().network,
                            tr("the rule collection groups of the firewall policy %1").arg(id));
        });
}

void InventoryLoader::listNetwork(const QString &subscriptionId, QLatin1String type,
                                  const QString &what, std::function<void(const json &)> each,
                                  std::function<void(bool succeeded)> done)
{
    listNetwork(
        subscriptionId,
        armpath::subscriptionNetwork(subscriptionId, type, m_arm->environment().apiVersions()),
        what, std::move(each), std::move(done));
}

void InventoryLoader::listNetwork(const QString &subscriptionId, const QString &path,
                                  const QString &what, std::function<void(const json &)> each,
                                  std::function<void(bool succeeded)> done)
{
    const QString key = subscriptionId.toLower();
    ++m_pending[key].jobsLeft;
    ArmJob *job =
        m_arm->get(path, m_pending.value(key).tenantId, ArmJob::Paging::FollowNextLink, this);
    const QString source = path.section(QLatin1Char('?'), 0, 0);
    job->setPageHandler([this, source, each](const json &page) {
        const auto value = page.find("value");
        if (value == page.end() || !value->is_array())
            return;
        for (size_t i = 0; i < value->size(); ++i) {
            const json &element = (*value)[i];
            m_network.add(element, source, QStringLiteral("$.value[%1]").arg(i));
            if (each)
                each(element);
        }
    });
    connect(job, &ArmJob::finished, this, [this, job, subscriptionId, what, done] {
        job->deleteLater();
        if (m_cancelled)
            return;
        if (!job->succeeded()) {
            Pending &p = m_pending[subscriptionId.toLower()];
            p.complete = false;
            p.networkFailures.append({what, job->error()});
            m_network.markIncomplete(subscriptionId);
        }
        if (done)
            done(job->succeeded());
        jobDone(subscriptionId);
    });
}

void InventoryLoader::loadAdminRules(const QString &subscriptionId, const QStringList &vnetIds)
{
    AdminRuleReads &reads = m_adminReads[subscriptionId.toLower()];
    reads.pending += int(vnetIds.size());
    for (const QString &vnet : vnetIds)
        postAdminRules(subscriptionId, vnet, QString(), std::make_shared<json>(json::array()));
}

void InventoryLoader::postAdminRules(const QString &subscriptionId, const QString &vnetId,
                                     const QString &skipToken, std::shared_ptr<json> rules)
{
    const QString key = subscriptionId.toLower();
    ++m_pending[key].jobsLeft;
    const QString path = vnetId
        + QLatin1String("/listNetworkManagerEffectiveSecurityAdminRules?api-version=")
        + m_arm->environment().apiVersions().network;
    const json body =
        skipToken.isEmpty() ? json::object() : json{{"skipToken", skipToken.toStdString()}};
    ArmJob *job = m_arm->send("POST", path, m_pending.value(key).tenantId,
                              QByteArray::fromStdString(body.dump()), {}, this);
    connect(job, &ArmJob::finished, this, [this, job, subscriptionId, vnetId, rules] {
        job->deleteLater();
        if (m_cancelled)
            return;
        AdminRuleReads &reads = m_adminReads[subscriptionId.toLower()];
        const json &answer = job->result();
        const auto value = answer.is_object() ? answer.find("value") : answer.end();
        if (job->succeeded() && value != answer.end() && value->is_array()) {
            for (const json &rule : *value)
                rules->push_back(rule);
            const QString next = JsonValue::string(answer, "skipToken");
            if (!next.isEmpty()) {
                postAdminRules(subscriptionId, vnetId, next, rules); // the same network goes on
                jobDone(subscriptionId);
                return;
            }
            m_network.add(json{{"virtualNetworkId", vnetId.toStdString()}, {"value", *rules}},
                          vnetId, QStringLiteral("$"));
        } else if (job->succeeded()) {
            m_network.adminRulesNotRead(vnetId, tr("the answer holds no \"value\" array"));
        } else if (job->error().httpStatus == 403 && m_graph) {
            reads.refused.insert(vnetId, job->error().toString());
        } else {
            m_network.adminRulesNotRead(vnetId, job->error().toString());
        }
        if (--reads.pending == 0 && !reads.refused.isEmpty())
            adminRulesViaGraph(subscriptionId);
        jobDone(subscriptionId);
    });
}

void InventoryLoader::adminRulesViaGraph(const QString &subscriptionId)
{
    const QString key = subscriptionId.toLower();
    const QHash<QString, QString> refused = m_adminReads.value(key).refused;
    queryAdminRules(
        m_pending.value(key).tenantId, {{key, refused.keys()}},
        [this, refused](const QString &, const QStringList &vnets, const ArmError &e) {
            for (const QString &vnet : vnets)
                m_network.adminRulesNotRead(
                    vnet,
                    tr("%1; through Resource Graph: %2").arg(refused.value(vnet), e.toString()));
        });
}

void InventoryLoader::addAdminRuleRows(const QStringList &vnetIds, const json &rows)
{
    QHash<QString, json> byNetwork; // lower-case id → its rows
    for (const QString &vnet : vnetIds)
        byNetwork.insert(vnet.toLower(), json::array()); // read, and none unless a row says so
    for (const json &row : rows) {
        const QString vnet =
            NetworkJson::adminRuleVirtualNetwork(JsonValue::toString(row.value("id", json())));
        if (auto it = byNetwork.find(vnet.toLower()); it != byNetwork.end())
            it->push_back(row);
    }
    for (const QString &vnet : vnetIds)
        m_network.add(json{{"virtualNetworkId", vnet.toStdString()},
                           {"value", byNetwork.value(vnet.toLower())}},
                      QStringLiteral("Resource Graph"), QStringLiteral("$"));
}

void InventoryLoader::loadAdminRulesViaGraph(const QString &tenantId,
                                             const QHash<QString, QStringList> &vnetsBySubscription)
{
    // Where Resource Graph fails, the ARM action per network.
    queryAdminRules(tenantId, vnetsBySubscription,
                    [this](const QString &sub, const QStringList &vnets, const ArmError &) {
                        loadAdminRules(sub, vnets);
                    });
}

void InventoryLoader::queryAdminRules(const QString &tenantId,
                                      const QHash<QString, QStringList> &vnetsBySubscription,
                                      AdminQueryFailed failed)
{
    const QStringList subscriptions = vnetsBySubscription.keys();
    for (const QString &sub : subscriptions)
        ++m_pending[sub].jobsLeft;
    ResourceGraphJob *job = m_graph->query(ResourceGraphClient::effectiveAdminRuleQuery(), tenantId,
                                           subscriptions, this);
    auto rows = std::make_shared<json>(json::array());
    job->setRowHandler([rows](const json &page) {
        for (const json &row : page)
            rows->push_back(row);
    });
    connect(job, &ResourceGraphJob::finished, this,
            [this, job, rows, vnetsBySubscription, subscriptions, failed] {
                job->deleteLater();
                if (m_cancelled)
                    return;
                for (const QString &sub : subscriptions) {
                    if (job->succeeded())
                        addAdminRuleRows(vnetsBySubscription.value(sub), *rows);
                    else
                        failed(sub, vnetsBySubscription.value(sub), job->error());
                    jobDone(sub);
                }
            });
}

void InventoryLoader::loadServiceTags(const QString &subscriptionId, const QString &location)
{
    m_serviceTagsAsked = true;
    const QString key = subscriptionId.toLower();
    ++m_pending[key].jobsLeft;
    const QString path = QLatin1String("/subscriptions/") + subscriptionId
        + QLatin1String("/providers/Microsoft.Network/locations/") + location
        + QLatin1String("/serviceTags?api-version=") + m_arm->environment().apiVersions().network;
    ArmJob *job = m_arm->get(path, m_pending.value(key).tenantId, ArmJob::Paging::Single, this);
    connect(job, &ArmJob::finished, this, [this, job, subscriptionId, path] {
        job->deleteLater();
        if (m_cancelled)
            return;
        const json &answer = job->result();
        if (job->succeeded() && !NetworkJson::serviceTags(answer, QString()).isEmpty())
            m_network.add(answer, path.section(QLatin1Char('?'), 0, 0), QStringLiteral("$"));
        else
            Q_EMIT notice(
                tr("Microsoft's service tag data could not be read (%1): an Allow from "
                   "a public service tag is unknown on every path it decides. "
                   "--service-tags FILE reads the weekly download instead.")
                    .arg(job->succeeded() ? tr("no tags in the answer") : job->error().toString()));
        jobDone(subscriptionId);
    });
}

void InventoryLoader::subscriptionFailed(const QString &subscriptionId, const ArmError &error,
                                         const QString &what)
{
    auto it = m_pending.find(subscriptionId.toLower());
    if (it != m_pending.end())
        it->complete = false;
    Q_EMIT scopeFailed(toScanError(QLatin1String("/subscriptions/") + subscriptionId, error, what));
}

void InventoryLoader::jobDone(const QString &subscriptionId)
{
    auto it = m_pending.find(subscriptionId.toLower());
    if (it == m_pending.end() || --it->jobsLeft > 0)
        return;
    reportNetworkFailures(subscriptionId, *it);
    const bool complete = it->complete;
    m_pending.erase(it);
    ++m_done;
    Q_EMIT subscriptionFinished(subscriptionId, complete);
    Q_EMIT progress(m_done, m_total);
    checkFinished();
}

void InventoryLoader::reportNetworkFailures(const QString &subscriptionId, Pending &pending)
{
    // A role that cannot list one network type usually cannot list the others: one error per
    // kind of answer, naming every list it stopped.
    while (!pending.networkFailures.isEmpty()) {
        const ArmError first = pending.networkFailures.front().second;
        QStringList what;
        for (qsizetype i = 0; i < pending.networkFailures.size();) {
            const ArmError &e = pending.networkFailures[i].second;
            if (e.httpStatus == first.httpStatus && e.code == first.code) {
                what.append(pending.networkFailures[i].first);
                pending.networkFailures.removeAt(i);
            } else {
                ++i;
            }
        }
        what.sort(); // the same text whatever order the answers came in
        subscriptionFailed(subscriptionId, first,
                           tr("Could not list %1 (no path into this subscription is decided):")
                               .arg(what.join(QLatin1String(", "))));
    }
}

void InventoryLoader::checkFinished()
{
    if (m_finished || m_cancelled || m_listingTenants || m_tenantsListing > 0 || m_graphQueries > 0
        || !m_pending.isEmpty())
        return;
    m_finished = true;
    qCInfo(lcInventory) << "inventory complete:" << m_done << "subscription(s)";
    Q_EMIT finished();
}

} // namespace nsg::azure
