// SPDX-License-Identifier: MIT
#pragma once

#include "azure/armerror.h"

#include "core/audit/scanresult.h"
#include "core/input/networkjson.h"
#include "core/model/inventory.h"
#include "core/model/networksecuritygroup.h"

#include <nlohmann/json.hpp>

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include <deque>
#include <functional>
#include <memory>

namespace nsg::azure {

class ArmClient;
class ArmJob;
class ResourceGraphClient;

struct InventoryOptions
{
    enum class Via { Auto, Arm, Graph };
    Via via = Via::Auto;
    // Also read network interfaces and virtual networks (the NIC view), and with them what the
    // paths from the Internet need: public IPs, load balancers, route tables, application
    // security groups, firewall policies, each virtual network's effective security admin rules
    // and the cloud's service tags.
    bool networkInterfaces = false;
    // With networkInterfaces: ask the serviceTags API (off when the caller has tag data).
    bool serviceTags = true;
    // Limit to these tenants (ids); empty: every tenant the account sees.
    QStringList tenants;
    // Auto: for a tenant with at least this many scannable subscriptions, Resource Graph and
    // ARM side by side, each subscription read by one of them (the split below); ARM per
    // subscription below that (where every 403 shows).
    int graphFromSubscriptions = 20;
    // The split: Resource Graph queries running at once (each a chain of pages), and
    // subscriptions ARM reads at once (0: as many as the ARM client has requests in flight).
    int graphChains = 3;
    int armSubscriptionsAtOnce = 0;
    int graphBatch = 200; // subscriptions per Resource Graph query (docs: fewer than 300)

    static QString viaName(Via via);
};

// Walks tenants → subscriptions → NSGs (and NICs and virtual networks on request) and streams what
// it finds, subscription by subscription (docs/azure-protocol.md, 'Reading the inventory'): GET
// /tenants with the home tenant's token; per tenant a token of its own and GET /subscriptions; per
// subscription the NSG list (nextLink), or one Resource Graph query per batch of subscriptions,
// falling back to ARM per subscription when Resource Graph fails. Anything that cannot be read is
// reported (scopeFailed) with its error — never dropped; a subscription visible from two tenants is
// loaded once; Disabled subscriptions are listed and skipped with the reason (subscriptionSkipped).
class InventoryLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InventoryLoader)

public:
    InventoryLoader(ArmClient *arm, ResourceGraphClient *graph, InventoryOptions options,
                    QObject *parent = nullptr);
    ~InventoryLoader() override;

    // homeTenantId: the signed-in account's tenant (its token lists the tenants).
    void start(const QString &homeTenantId);
    void cancel();
    bool isFinished() const { return m_finished; }
    bool isCancelled() const { return m_cancelled; }

    // What was read for the paths from the Internet (options.networkInterfaces), once finished.
    NetworkInventory takeNetwork() { return m_network.takeInventory(); }

    // What each path read so far (the paths used only).
    QList<ReadPathStats> readPaths() const;

    const QList<Tenant> &tenants() const { return m_tenants; }
    const QList<Subscription> &subscriptions() const { return m_subscriptions; }
    int subscriptionsDone() const { return m_done; }
    int subscriptionsTotal() const { return m_total; }

Q_SIGNALS:
    void tenantsListed(const QList<nsg::Tenant> &tenants);
    void subscriptionsListed(const QString &tenantId,
                             const QList<nsg::Subscription> &subscriptions);
    void nsgsLoaded(const QString &subscriptionId, const QList<nsg::NetworkSecurityGroup> &nsgs);
    void networkInterfacesLoaded(const QString &subscriptionId,
                                 const QList<nsg::NetworkInterface> &interfaces,
                                 const QList<nsg::Subnet> &subnets);
    // A subscription's NSGs are all in (complete) or some could not be read (scopeFailed said
    // why).
    void subscriptionFinished(const QString &subscriptionId, bool complete);
    void subscriptionSkipped(const nsg::ScanError &reason);
    void scopeFailed(const nsg::ScanError &error);
    void progress(int subscriptionsDone, int subscriptionsTotal);
    // Something the user should know that is not a failure ("Resource Graph failed: …, read
    // per subscription instead").
    void notice(const QString &message);
    void finished();

private:
    struct Pending // a subscription being read
    {
        Subscription subscription;
        QString tenantId; // whose token reads it
        int jobsLeft = 0;
        bool complete = true;
        // Network lists that failed ("the load balancers", error): reported together when the
        // subscription is done, one error per kind of answer, not one per list.
        QList<QPair<QString, ArmError>> networkFailures;
    };

    void listTenants();
    // graphIfPaged (--via graph): when ARM has more than one page of them, the subscriptions
    // through Resource Graph (listSubscriptionsViaGraph).
    void listSubscriptions(const Tenant &tenant, bool graphIfPaged = false);
    // One query for up to a thousand subscriptions, where ARM pages them by the hundred; through
    // ARM (every page, and the NSGs too) if the query fails.
    void listSubscriptionsViaGraph(const Tenant &tenant);
    void onSubscriptionsFound(const QString &tenantId, const QList<Subscription> &found);
    void onSubscriptionsListed(const QString &tenantId);
    // A tenant's subscriptions read by both paths at once (--via auto): ARM takes them one by
    // one from the back, Resource Graph in batches from the front, each batch sized by the two
    // paths' measured rates so that both end together (none when ARM would read the rest
    // before the batch's pages came in).
    struct Split
    {
        QString tenantId;
        std::deque<QString> waiting; // each holds its subscription's reference (jobsLeft)
        int armReading = 0;
        int graphQueries = 0;
        bool graphFailed = false;
        bool graphWaits = false; // for its quota: fed again when the window resets
        bool graphStarted = false;
    };
    // A path's running count (ReadPathStats) and its rate.
    struct PathCount
    {
        int subscriptions = 0;
        qint64 nsgs = 0;
        qint64 rows = 0; // NSGs received, delivered or not yet (a query holds its rows)
        int requests = 0;
        qint64 firstMs = 0; // its first request
        qint64 lastMs = 0; // its last answer
        void started(qint64 now)
        {
            if (firstMs == 0)
                firstMs = now;
        }
        double rowsPerSecond() const
        {
            return lastMs > firstMs ? double(rows) * 1000.0 / double(lastMs - firstMs) : 0.0;
        }
    };
    void feedSplit(const std::shared_ptr<Split> &split);
    // Resource Graph's part of feedSplit: batches while fewer than `chains` queries run.
    void feedGraph(const std::shared_ptr<Split> &split, int chains);
    int graphBatchSize(const Split &split) const;
    // Expects one reference on the subscription's jobsLeft already taken for it; `then` runs
    // when its read ends (before that reference is let go).
    void loadViaArm(const QString &subscriptionId, std::function<void()> then = {});
    // Without a split, a failed query's subscriptions are read through ARM at once; with one,
    // they go back to its queue for ARM.
    void loadViaGraph(const QString &tenantId, const QStringList &subscriptionIds,
                      std::shared_ptr<Split> split = nullptr);
    // A batch of subscriptions whose admin rules one Resource Graph query reads once each has
    // listed its virtual networks.
    struct AdminRuleBatch
    {
        QString tenantId;
        QStringList subscriptions;
        int listed = 0;
        QHash<QString, QStringList> vnets; // lower-case subscription id → its networks
    };
    void loadInterfaces(const QString &subscriptionId,
                        std::shared_ptr<AdminRuleBatch> batch = nullptr);
    // One paged ARM list of network resources (`path`, with its api-version) for the paths from
    // the Internet, each element into the collector (and to `each`), then `done`; holds a
    // reference on the subscription until it ends. A list that fails is reported with the
    // others of its subscription (reportNetworkFailures), as `what`.
    void listNetwork(const QString &subscriptionId, const QString &path, const QString &what,
                     std::function<void(const nlohmann::json &element)> each = {},
                     std::function<void(bool succeeded)> done = {});
    // The subscription's resources of one Microsoft.Network type.
    void listNetwork(const QString &subscriptionId, QLatin1String type, const QString &what,
                     std::function<void(const nlohmann::json &element)> each = {},
                     std::function<void(bool succeeded)> done = {});
    // The effective security admin rules of the subscription's virtual networks: the ARM action
    // per network (paged by skipToken in the body); where it is refused (Reader has no
    // actions), one Resource Graph query for the subscription.
    void loadAdminRules(const QString &subscriptionId, const QStringList &vnetIds);
    void postAdminRules(const QString &subscriptionId, const QString &vnetId,
                        const QString &skipToken, std::shared_ptr<nlohmann::json> rules);
    void adminRulesViaGraph(const QString &subscriptionId);
    // The admin rules of a batch's networks in one query (through the ARM action where it
    // fails).
    void loadAdminRulesViaGraph(const QString &tenantId,
                                const QHash<QString, QStringList> &vnetsBySubscription);
    // One Resource Graph query for the effective admin rules of these networks (lower-case
    // subscription id → its networks); where it fails, `failed` per subscription.
    using AdminQueryFailed = std::function<void(const QString &subscriptionId,
                                                const QStringList &vnetIds, const ArmError &)>;
    void queryAdminRules(const QString &tenantId,
                         const QHash<QString, QStringList> &vnetsBySubscription,
                         AdminQueryFailed failed);
    // Each network's effective admin rules from Resource Graph rows (none where no row names it).
    void addAdminRuleRows(const QStringList &vnetIds, const nlohmann::json &rows);
    void loadServiceTags(const QString &subscriptionId, const QString &location);
    void jobDone(const QString &subscriptionId);
    void subscriptionFailed(const QString &subscriptionId, const ArmError &error,
                            const QString &what);
    void checkFinished();
    void reportNetworkFailures(const QString &subscriptionId, Pending &pending);
    // Reads one page of NSGs (an ARM list page or a Resource Graph answer); false when the body
    // is broken. The page's own fields land in m_lastEnvelope.
    bool readPage(QByteArrayView body, QList<NetworkSecurityGroup> *nsgs, qint64 *elements);
    ScanError toScanError(const QString &scope, const ArmError &error,
                          const QString &prefix = QString()) const;

    struct AdminRuleReads // a subscription's admin-rule reads
    {
        int pending = 0;
        QHash<QString, QString> refused; // virtual network id → ARM's answer
    };

    QPointer<ArmClient> m_arm;
    QPointer<ResourceGraphClient> m_graph;
    InventoryOptions m_options;
    nlohmann::json m_lastEnvelope;
    QString m_homeTenantId;

    QList<Tenant> m_tenants;
    QList<Subscription> m_subscriptions;
    QSet<QString> m_seenSubscriptions; // lower-case ids
    QHash<QString, Pending> m_pending; // lower-case subscription id
    QHash<QString, QList<Subscription>> m_listed; // tenant → its scannable subscriptions
    int m_tenantsListing = 0;
    QSet<QString> m_graphFailed; // tenants whose subscriptions Resource Graph could not list
    int m_graphQueries = 0;
    PathCount m_armCount;
    PathCount m_graphCount;
    double m_graphPageMs = 0; // a Resource Graph page's time so far (quota waits included)
    NetworkCollector m_network;
    QHash<QString, AdminRuleReads> m_adminReads; // lower-case subscription id
    bool m_serviceTagsAsked = false;
    bool m_listingTenants = false;
    int m_done = 0;
    int m_total = 0;
    bool m_started = false;
    bool m_finished = false;
    bool m_cancelled = false;
};

} // namespace nsg::azure
