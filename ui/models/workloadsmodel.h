// SPDX-License-Identifier: MIT
#pragma once

#include "core/audit/reachability.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSortFilterProxyModel>
#include <QStringMatcher>

#include <memory>
#include <optional>
#include <vector>

namespace nsg::ui {

// What is open on each machine: a row per network interface the paths from the Internet were
// followed to — its verdict (exposed, latent, ok, unknown), its public entry points, the layer
// that decided, the NSGs on its path. Qt Core/Gui only.
class WorkloadsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkloadsModel)

public:
    enum Column {
        NameColumn,
        VerdictColumn,
        EntryColumn, // public IP:port → private IP:port, each endpoint to it
        DecidedColumn,
        NsgsColumn,
        ScopeColumn, // subscription (by name where known) / resource group
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1,
        IdRole, // the NIC's id
    };

    explicit WorkloadsModel(QObject *parent = nullptr);
    ~WorkloadsModel() override;

private:
    // The texts of a row are made when asked for (200,000 rows load in well under a second).
    struct Row
    {
        const NicReachability *nic = nullptr;
        std::vector<int> endpoints; // indexes into m_paths->endpoints, exposed first
        int key = 0; // verdictKey()
    };

public:
    // The rows of some paths, made without the model (prepare() may run on any thread: it only
    // reads the paths) and shown with setPrepared().
    class Prepared
    {
        friend class WorkloadsModel;
        std::shared_ptr<const ReachabilityResult> paths;
        std::vector<Row> rows;
        QHash<QString, int> rowOf;
        std::vector<int> rowByInterface;
    };
    static Prepared prepare(std::shared_ptr<const ReachabilityResult> paths);
    void setPrepared(Prepared prepared);
    // The paths of everything the window holds (live and files); null: none followed. The same
    // as setPrepared(prepare(paths)).
    void setPaths(std::shared_ptr<const ReachabilityResult> paths);
    const ReachabilityResult *paths() const { return m_paths.get(); }
    // Subscription names by lower-case id, for the scope column (an id shows where none is).
    void setSubscriptionNames(QHash<QString, QString> names);
    // The endpoints to the NIC of a row, exposed first.
    std::vector<const Endpoint *> endpointsOf(int row) const;
    const NicReachability *interfaceAt(int row) const;
    // The row of a network interface (ids compare without case); -1 when it has none.
    int rowOfInterface(const QString &id) const;
    // Whether a row's private IPs or public entry addresses fall in the range.
    bool rowInRange(int row, const Cidr &range) const;
    // Whether a row's name, the name of an NSG on its paths, its resource group or its
    // subscription's name holds the text (a case-insensitive matcher).
    bool rowMatches(int row, const QStringMatcher &text) const;
    // What the verdict column sorts by: exposed first, then unknown, latent, ok; more entry
    // points first.
    int verdictKey(int row) const { return m_rows[size_t(row)].key; }
    int exposedCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString entriesOf(const Row &row) const; // "52.174.10.3:25 → 10.22.3.4:25, …"
    // Every path to it stops at an admin rule's Deny.
    bool blockedByAdminRule(const Row &row) const;
    QStringList nsgsOf(const Row &row) const;
    // "Production / rg-web": the NIC's subscription and resource group.
    QString scopeOf(const Row &row) const;
    QString subscriptionNameOf(const Row &row) const;
    std::shared_ptr<const ReachabilityResult> m_paths;
    std::vector<Row> m_rows;
    QHash<QString, int> m_rowOf; // a NIC's index in the pass's interfaces, by its id as spelt
    std::vector<int> m_rowByInterface; // the row of each of the pass's interfaces
    QHash<QString, QString> m_subscriptionNames;
    // Per row, its private IPs and public entry addresses, parsed (rowInRange()).
    mutable std::vector<std::vector<Cidr>> m_addresses;
};

// Sorts the workloads and filters them by name, or by an IP address or CIDR (the NICs whose
// private or public entry addresses fall in it), and to the exposed ones.
class WorkloadsFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkloadsFilterModel)

public:
    explicit WorkloadsFilterModel(QObject *parent = nullptr);
    void setWorkloads(WorkloadsModel *model);
    void setFilterText(const QString &text);
    void setExposedOnly(bool on);
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    WorkloadsModel *m_workloads = nullptr;
    QString m_text;
    QStringMatcher m_matcher;
    std::optional<Cidr> m_cidr;
    bool m_exposedOnly = false;
};

} // namespace nsg::ui
