// SPDX-License-Identifier: MIT
#pragma once

#include "core/audit/reachability.h"
#include "core/audit/scanresult.h"
#include "core/model/inventory.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QTimer;

namespace nsg::ui {

// The inventory as a tree: Tenant → Subscription → Resource group → NSG, and Offline files →
// file → Subscription → Resource group → NSG. Each node carries a status (icon and text; the
// icon's shape tells what its colour does) and containers aggregate their NSGs ("3 exposed of
// 40"). Fills incrementally while a scan streams in. Qt Core/Gui only.
class InventoryModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InventoryModel)

public:
    enum Column { NameColumn, StatusColumn, LocationColumn, ColumnCount };
    enum Role {
        KindRole = Qt::UserRole + 1, // Kind
        VerdictRole, // NSGs: int(Verdict); containers: the worst verdict below (-1 none yet)
        IdRole, // tenant id, subscription id, NSG id, file path
        SortRole, // what the columns sort by
        ExposedCountRole,
        UnknownCountRole,
        NsgCountRole,
        AcceptedRole, // NSGs: exposed as an accepted risk that holds; containers: how many
        StandingRole, // NSGs: int(NsgStanding), both axes; containers: -1
        InternetFacingCountRole, // NSGs on a path from the Internet that gets through (red)
        LatentCountRole, // NSGs whose rules admit the Internet but no public path reaches
    };
    enum class Kind { Tenant, Subscription, ResourceGroup, Nsg, OfflineRoot, OfflineFile };
    Q_ENUM(Kind)

    struct Counts
    {
        // By the NSG verdict (their sum is the number of NSGs).
        int exposed = 0; // not counting accepted risks
        int ok = 0;
        int unknown = 0;
        int accepted = 0; // exposed, as an accepted risk that still holds
        // By both axes, where the paths from the Internet were followed (not accepted risks).
        int red = 0; // internet-facing, admitted by an admin rule, or exposed with paths unread
        int internetFacing = 0; // internet-facing or admitted past by an admin rule
        int latent = 0; // rules admit public sources, no public path (or an admin rule denies)
        int blocked = 0; // of those, an admin rule denies first
        int pathUnknown = 0; // OK by its rules, but a path through it could not be decided
        int loading = 0; // tenants and subscriptions at and below still being read
        // Scopes at and below that could not be (fully) read: not NSGs, never green.
        int unreadTenants = 0;
        int unreadSubscriptions = 0;
        int unreadFiles = 0;
        int total() const { return exposed + ok + unknown + accepted; }
        int unread() const { return unreadTenants + unreadSubscriptions + unreadFiles; }
    };

    // A node of the tree; read-only outside the model (the filter walks it).
    struct Node
    {
        Kind kind = Kind::Tenant;
        Node *parent = nullptr;
        int row = 0;
        QString id; // see IdRole
        QString name;
        std::vector<std::unique_ptr<Node>> children;
        std::unique_ptr<NsgResult> nsg; // for Kind::Nsg
        // The paths from the Internet its NSGs were placed on (Kind::Nsg and Kind::OfflineFile;
        // none: not followed).
        std::shared_ptr<const ReachabilityResult> paths;
        Counts counts; // NSGs at and below this node
        bool loading = false; // a subscription or tenant still being read
        bool failed = false; // could not be (fully) read: see error
        bool skipped = false; // deliberately not read: see error
        ScanError error;
        std::optional<ReportOrigin> report; // an offline file that is a report NSG Auditor wrote
    };

    explicit InventoryModel(QObject *parent = nullptr);
    ~InventoryModel() override;

    void setEvaluationOptions(const EvaluationOptions &options) { m_options = options; }
    const EvaluationOptions &evaluationOptions() const { return m_options; }
    // Evaluates every NSG again under other options (a policy or breadth limit chosen), in
    // place: the tree keeps its shape, selection and expansion. Offline files' paths from the
    // Internet, followed under the old policy, are dropped (their NSGs show their verdict).
    void reevaluate(const EvaluationOptions &options);
    // The team's accepted risks, applied to every NSG now and to those read later. `today`
    // decides expiry (invalid: the local date).
    void setSuppressions(const SuppressionSet &set, QDate today = {});
    const SuppressionSet &suppressions() const { return m_suppressions; }

    // Live inventory.
    void clearLive();
    void addTenants(const QList<Tenant> &tenants);
    void setTenantError(const QString &tenantId, const ScanError &error);
    void addSubscriptions(const QString &tenantId, const QList<Subscription> &subscriptions);
    void setSubscriptionLoading(const QString &subscriptionId, bool loading);
    void setSubscriptionError(const QString &subscriptionId, const ScanError &error);
    void setSubscriptionSkipped(const ScanError &reason);
    void addNsgs(const QString &subscriptionId, const QList<NsgResult> &nsgs);
    // A scan ended before everything was read: what is still loading is not read (grey, with
    // the reason), never left as if it were.
    void cancelLoading(const QString &reason);
    // Drops a subscription's NSGs and its error before it is read again.
    void resetSubscription(const QString &subscriptionId);
    // One NSG read again; false when it is not in the tree.
    bool updateNsg(const NsgResult &nsg);
    // The paths from the Internet of the live inventory (a scan with the network read), placed
    // on every live NSG: its standing on both axes; counts follow.
    void setLiveReachability(std::shared_ptr<const ReachabilityResult> paths);
    // The same, a subscription at a time between events (slices of a few milliseconds), so that
    // the window does not stall while 100,000 NSGs take their standing: the tree is consistent
    // after every slice (an NSG and the counts above it change together). liveReachability()
    // names the new paths and liveReachabilityPlaced() is emitted once all are placed; a later
    // call, setLiveReachability() or clearLive() supersedes one under way.
    void placeLiveReachability(std::shared_ptr<const ReachabilityResult> paths);
    bool isPlacingLiveReachability() const { return m_placing != nullptr; }
    // How long a slice may run (8 ms unless set); it always places at least one subscription.
    void setPlacingSliceMs(int ms) { m_placeSliceMs = ms; }
    const ReachabilityResult *liveReachability() const { return m_livePaths.get(); }
    // Every set of paths the tree holds: the live inventory's, then each file's.
    std::vector<const ReachabilityResult *> allPaths() const;
    // All of them as one: the one part itself when there is only one (no copy), else merged.
    std::shared_ptr<const ReachabilityResult> combinedPaths() const;
    // Whether an offline file's paths are shown (another policy forgets them: reopen the file).
    bool offlinePathsFollowed() const;
    // Offline exports (their ScanResult's reachability, where the files held the network).
    void addOfflineFile(const QString &path, const ScanResult &result);
    // Both axes of an NSG node (its verdict alone where no paths were followed).
    static NsgStanding standingOf(const Node *nsgNode);
    // The icon a node shows (StatusIcons::Kind).
    static int statusKind(const Node *node);

    const Node *root() const { return m_root.get(); }
    // Every subscription's name by its lower-case id, live and in files.
    QHash<QString, QString> subscriptionNames() const;
    const Node *nodeOf(const QModelIndex &index) const;
    const NsgResult *nsgAt(const QModelIndex &index) const;
    QModelIndex indexOf(const Node *node, int column = 0) const;
    QModelIndex indexOfNsg(const QString &id) const;
    // A live NSG by id, else one in the same offline file as `near`.
    QModelIndex indexOfNsgNear(const QString &id, const QModelIndex &near) const;
    QModelIndex indexOfSubscription(const QString &id) const;
    // The subscription (or tenant) a node belongs to, empty for offline ones.
    QString subscriptionOf(const QModelIndex &index) const;
    QString tenantOf(const QModelIndex &index) const;
    Counts totals() const { return m_root->counts; }
    int nsgCount() const { return m_root->counts.total(); }
    QString statusText(const Node *node) const;
    // An NSG's standing in words: "Exposed, internet-facing", "Latent: no public path", …
    static QString standingText(NsgStanding standing, Verdict verdict);
    // Why, in a sentence, where the paths from the Internet were followed; empty otherwise.
    static QString standingReason(const Node *nsgNode);
    // "1 subscription not read, 2 files not read"; empty when everything was read.
    static QString unreadText(const Counts &counts);
    // The whole inventory, as the status bar says it: "29 NSGs: 4 exposed, 24 OK, 1 unknown;
    // 1 subscription not read".
    QString summaryText() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;

Q_SIGNALS:
    void liveReachabilityPlaced();

private:
    Node *append(Node *parent, std::unique_ptr<Node> child);
    Node *subscriptionNode(const QString &id) const;
    Node *resourceGroupNode(Node *under, const QString &group);
    Node *findResourceGroup(Node *under, const QString &group) const;
    static std::unique_ptr<Node> newResourceGroup(const Node *under, const QString &group);
    // Appends NSGs under a resource group (live ones are indexed by id for updates).
    void insertNsgs(Node *group, const std::vector<const NsgResult *> &list, bool live,
                    const std::shared_ptr<const ReachabilityResult> &paths);
    Counts fillNsgs(Node *group, const std::vector<const NsgResult *> &list, bool live,
                    const std::shared_ptr<const ReachabilityResult> &paths,
                    const std::vector<std::pair<QString, QString>> *ids = nullptr);
    void addCounts(Node *from, const Counts &delta);
    void changed(Node *node);
    void changedUpwards(Node *node);
    void removeChildren(Node *node);
    void forget(Node *node);
    Node *offlineRoot();
    // Marks a node (not) read, and counts it as unread at and above it.
    void setFailed(Node *node, bool failed);
    // Marks a tenant or subscription (not) loading, and counts it at and above it.
    void setLoading(Node *node, bool loading);
    QString tooltip(const Node *node) const;
    // "report of 2026-12-05 06:55 UTC, SMTP (TCP/25)", and the policy it is shown under when
    // that is another.
    QString reportText(const ReportOrigin &report) const;

    std::unique_ptr<Node> m_root;
    Node *m_offline = nullptr;
    QHash<QString, Node *> m_tenants; // lower-case id
    QHash<QString, Node *> m_subscriptions; // lower-case id (live only)
    QHash<QString, Node *> m_nsgs; // lower-case id (live only)
    std::shared_ptr<const ReachabilityResult> m_livePaths;
    // placeLiveReachability() under way: the paths and the subscriptions still to place them on.
    std::shared_ptr<const ReachabilityResult> m_placing;
    QStringList m_placeQueue;
    QTimer *m_placeTimer = nullptr;
    int m_placeSliceMs = 8;
    void placeSlice();
    void stopPlacing();
    // Its NSGs' paths and counts, and the counts above it; one dataChanged per resource group
    // (the status column: nothing else changes).
    void placeOn(Node *subscription, const std::shared_ptr<const ReachabilityResult> &paths);
    // Each NSG at and below `node` takes `nsgStep`, then every count there is made again from
    // the NSGs up; one dataChanged per container, for the columns given.
    void recount(Node *node, const std::function<void(Node *)> &nsgStep, int firstColumn,
                 int lastColumn);
    // Every NSG's risk (and finding, when reevaluating) again, and the counts from scratch.
    void refreshAll(bool reevaluate);
    void applyRisk(NsgResult &r) const;

    EvaluationOptions m_options;
    SuppressionSet m_suppressions;
    QDate m_today;
};

} // namespace nsg::ui
