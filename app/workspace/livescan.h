// SPDX-License-Identifier: MIT
#pragma once

#include "azure/inventoryloader.h"

#include "core/audit/exposureevaluator.h"
#include "core/audit/reachability.h"
#include "core/audit/scanresult.h"
#include "core/model/network.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <memory>
#include <vector>

namespace nsg::workspace {

class Connection;

// A live scan of what a signed-in Connection may see: tenants, subscriptions, every NSG (and,
// asked for, the NICs and subnets), each evaluated under the policy in force. Two ways to
// take it:
// - Keep::Slices (the window): evaluated slices stream out as they arrive (nsgsReady …);
// - Keep::Result (the command line, reports): everything is kept and evaluated at the end,
//   in parallel, into the same ScanResult an offline scan produces (takeResult()).
// Also re-reads one NSG or one subscription's NSGs and evaluates them under the same policy.
class LiveScan final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveScan)

public:
    enum class Keep { Slices, Result };

    explicit LiveScan(Connection *connection, QObject *parent = nullptr);
    ~LiveScan() override;

    // Starts a scan (one at a time: a running one is cancelled). The sign-in's tenant, when it
    // names one (an id or a domain, not organizations/common), limits the scan to it.
    void start(const azure::InventoryOptions &inventory, const EvaluationOptions &evaluation,
               Keep keep = Keep::Slices);
    void cancel();
    bool isRunning() const;
    // Another policy or limit for what is evaluated from now on (re-reads, changes).
    void setEvaluation(const EvaluationOptions &evaluation);
    const EvaluationOptions &evaluation() const { return m_evaluation; }
    QList<NsgResult> evaluate(const QList<NetworkSecurityGroup> &nsgs);

    // Service tag data the caller has (scan --service-tags FILE): used instead of the
    // serviceTags API for the paths from the Internet (with NICs asked for).
    void setServiceTags(ServiceTagData data) { m_serviceTags = std::move(data); }

    // Keep::Result, after finished: with the NICs asked for, the paths from the Internet are
    // evaluated too (ScanResult::reachability).
    ScanResult takeResult() { return std::move(m_result); }
    // Seconds from start to the last NSG evaluated.
    double seconds() const { return m_seconds; }

    // Re-reads: subscriptionReloaded / nsgRefreshed, or refreshFailed.
    void reloadSubscription(const QString &tenantId, const QString &subscriptionId);
    void reloadNsg(const QString &tenantId, const QString &nsgId);

Q_SIGNALS:
    void started();
    void tenantsListed(const QList<nsg::Tenant> &tenants);
    void tenantFailed(const nsg::ScanError &error);
    void subscriptionsListed(const QString &tenantId,
                             const QList<nsg::Subscription> &subscriptions);
    // Keep::Slices only.
    void nsgsReady(const QString &subscriptionId, const QList<nsg::NsgResult> &nsgs);
    void subscriptionFailed(const nsg::ScanError &error);
    void subscriptionSkipped(const nsg::ScanError &reason);
    void subscriptionFinished(const QString &subscriptionId, bool complete);
    void progress(int done, int total);
    void notice(const QString &message);
    // Keep::Slices with NICs asked for: the NICs and subnets read, for the window to evaluate
    // against the NSGs' findings in force (they follow every policy change and re-read).
    void interfacesRead(const QList<nsg::NetworkInterface> &interfaces,
                        const QList<nsg::Subnet> &subnets);
    // Keep::Slices with NICs asked for: the paths from the Internet, evaluated when the scan
    // ends and again after every policy change and re-read (ids of the NSGs under the policy
    // in force). Emitted after the slices it was evaluated from.
    // Shared, not copied: the window keeps it as it is (a large estate's paths are megabytes).
    void reachabilityReady(std::shared_ptr<const nsg::ReachabilityResult> reachability);
    void finished(bool cancelled);

    void subscriptionReloaded(const QString &subscriptionId, const QList<nsg::NsgResult> &nsgs);
    void nsgRefreshed(const nsg::NsgResult &nsg);
    void refreshFailed(const nsg::ScanError &error);

private:
    void onLoaderFinished();
    void finishResult();
    // Keep::Slices: what the window's paths are evaluated from.
    void keepResults(const QList<NsgResult> &results);
    void evaluatePaths();

    Connection *m_connection;
    QPointer<azure::InventoryLoader> m_loader;
    EvaluationOptions m_evaluation;
    std::unique_ptr<ExposureEvaluator> m_evaluator;
    Keep m_keep = Keep::Slices;
    bool m_interfacesAsked = false;
    std::vector<NetworkSecurityGroup> m_nsgs; // Keep::Result: evaluated at the end
    QList<NetworkInterface> m_interfaces;
    QList<Subnet> m_subnets;
    NetworkInventory m_network; // what the paths from the Internet need
    // Keep::Slices with NICs asked for: every NSG as last evaluated (index: lower-case id).
    std::vector<NsgResult> m_kept;
    QHash<QString, size_t> m_keptIndex;
    bool m_pathsRead = false; // the scan ended with the network read: paths follow changes
    bool m_keptStale = false; // the policy changed while the scan ran
    ServiceTagData m_serviceTags;
    ScanResult m_result;
    QElapsedTimer m_clock;
    double m_seconds = 0;
};

} // namespace nsg::workspace
