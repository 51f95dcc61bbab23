// SPDX-License-Identifier: MIT
#include "ui/models/workloadsmodel.h"

#include "ui/models/statusicons.h"

#include "core/audit/pathhops.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace nsg::ui {

namespace {

// The segment of an ARM id after `/name/` (matched in any letter case, as ARM does): the
// subscription id after "/subscriptions/", say. Empty when the id has none.
QStringView segmentAfter(QStringView id, QStringView name)
{
    const qsizetype at = id.indexOf(name, 0, Qt::CaseInsensitive);
    if (at < 0)
        return {};
    const QStringView rest = id.mid(at + name.size());
    return rest.left(rest.indexOf(QLatin1Char('/')));
}

StatusIcons::Kind iconOf(NicReachability::Verdict v)
{
    switch (v) {
    case NicReachability::Verdict::Exposed:
        return StatusIcons::Kind::Exposed;
    case NicReachability::Verdict::Latent:
        return StatusIcons::Kind::Latent;
    case NicReachability::Verdict::Ok:
        return StatusIcons::Kind::Ok;
    case NicReachability::Verdict::Unknown:
        break;
    }
    return StatusIcons::Kind::Unknown;
}

// The verdict in the reviewer's language ("exposed", "latent", …).
QString verdictText(NicReachability::Verdict v)
{
    switch (v) {
    case NicReachability::Verdict::Exposed:
        return WorkloadsModel::tr("exposed");
    case NicReachability::Verdict::Latent:
        return WorkloadsModel::tr("latent");
    case NicReachability::Verdict::Ok:
        return WorkloadsModel::tr("ok");
    case NicReachability::Verdict::Unknown:
        break;
    }
    return WorkloadsModel::tr("unknown");
}

int rankOf(NicReachability::Verdict v)
{
    switch (v) {
    case NicReachability::Verdict::Exposed:
        return 0;
    case NicReachability::Verdict::Unknown:
        return 1;
    case NicReachability::Verdict::Latent:
        return 2;
    case NicReachability::Verdict::Ok:
        break;
    }
    return 3;
}

} // namespace

WorkloadsModel::WorkloadsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

WorkloadsModel::~WorkloadsModel() = default;

void WorkloadsModel::setPaths(std::shared_ptr<const ReachabilityResult> paths)
{
    setPrepared(prepare(std::move(paths)));
}

WorkloadsModel::Prepared WorkloadsModel::prepare(std::shared_ptr<const ReachabilityResult> paths)
{
    Prepared out;
    out.paths = std::move(paths);
    if (!out.paths)
        return out;
    const std::vector<Endpoint> &endpoints = out.paths->endpoints;
    std::vector<Row> &rows = out.rows;
    // The pass names a NIC with the same string in its endpoints and its interfaces: an exact
    // lookup first, a case-folded one only where that fails (ids compare without case).
    QHash<QString, int> &rowOf = out.rowOf;
    rowOf.reserve(qsizetype(out.paths->interfaces.size()));
    rows.reserve(out.paths->interfaces.size());
    for (const NicReachability &nic : out.paths->interfaces) {
        rowOf.insert(nic.id, int(rows.size()));
        rows.push_back(Row{&nic, {}, 0});
    }
    QHash<QString, int> folded;
    for (int i = 0; i < int(endpoints.size()); ++i) {
        const QString &id = endpoints[size_t(i)].networkInterfaceId;
        auto it = rowOf.constFind(id);
        if (it == rowOf.constEnd()) {
            if (folded.isEmpty()) {
                for (auto r = rowOf.constBegin(); r != rowOf.constEnd(); ++r)
                    folded.insert(r.key().toLower(), r.value());
            }
            it = folded.constFind(id.toLower());
            if (it == folded.constEnd())
                continue;
        }
        rows[size_t(*it)].endpoints.push_back(i);
    }
    for (Row &row : rows) {
        if (row.endpoints.size() > 1)
            std::stable_sort(row.endpoints.begin(), row.endpoints.end(), [&](int a, int b) {
                return endpointOrder(endpoints[size_t(a)].verdict)
                    < endpointOrder(endpoints[size_t(b)].verdict);
            });
        row.key = rankOf(row.nic->verdict) * 1000000 - int(row.endpoints.size());
    }
    // The rows in the verdict column's order: the order the view first shows, which the proxy
    // then need not sort again (WorkloadsFilterModel::sort()).
    std::stable_sort(rows.begin(), rows.end(),
                     [](const Row &a, const Row &b) { return a.key < b.key; });
    out.rowByInterface.assign(rows.size(), -1);
    const NicReachability *first = out.paths->interfaces.data();
    for (size_t row = 0; row < rows.size(); ++row)
        out.rowByInterface[size_t(rows[row].nic - first)] = int(row);
    return out;
}

void WorkloadsModel::setPrepared(Prepared prepared)
{
    beginResetModel();
    m_paths = std::move(prepared.paths);
    m_rows = std::move(prepared.rows);
    m_rowOf = std::move(prepared.rowOf);
    m_rowByInterface = std::move(prepared.rowByInterface);
    m_addresses.clear(); // parsed when an address filter first asks
    endResetModel();
}

bool WorkloadsModel::blockedByAdminRule(const Row &row) const
{
    if (row.endpoints.empty())
        return false;
    return std::all_of(row.endpoints.begin(), row.endpoints.end(), [this](int i) {
        const Endpoint &e = m_paths->endpoints[size_t(i)];
        return e.verdict == Verdict::Ok && e.decidedLayer == Endpoint::Layer::AdminRule;
    });
}

QString WorkloadsModel::entriesOf(const Row &row) const
{
    QStringList entries;
    for (int i : row.endpoints) {
        const Endpoint &e = m_paths->endpoints[size_t(i)];
        entries.append(tr("%1 → %2:%3").arg(entryText(e), e.privateIp).arg(e.targetPort));
    }
    return entries.isEmpty() ? tr("none") : entries.join(QLatin1String(", "));
}

QStringList WorkloadsModel::nsgsOf(const Row &row) const
{
    QStringList nsgs;
    for (int i : row.endpoints) {
        for (const QString &id : m_paths->endpoints[size_t(i)].nsgIds) {
            const QString name = id.section(QLatin1Char('/'), -1);
            if (!nsgs.contains(name))
                nsgs.append(name);
        }
    }
    if (nsgs.isEmpty() && !row.nic->nsgId.isEmpty())
        nsgs.append(row.nic->nsgId.section(QLatin1Char('/'), -1));
    return nsgs;
}

void WorkloadsModel::setSubscriptionNames(QHash<QString, QString> names)
{
    m_subscriptionNames = std::move(names);
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, ScopeColumn), index(rowCount() - 1, ScopeColumn));
}

QString WorkloadsModel::subscriptionNameOf(const Row &row) const
{
    const QString id = segmentAfter(row.nic->id, u"/subscriptions/").toString();
    return id.isEmpty() ? id : m_subscriptionNames.value(id.toLower(), id);
}

QString WorkloadsModel::scopeOf(const Row &row) const
{
    const QString subscription = subscriptionNameOf(row);
    const QStringView group = segmentAfter(row.nic->id, u"/resourceGroups/");
    return group.isEmpty() ? subscription : tr("%1 / %2").arg(subscription, group);
}

bool WorkloadsModel::rowMatches(int row, const QStringMatcher &text) const
{
    const Row &r = m_rows[size_t(row)];
    if (text.indexIn(QStringView(r.nic->name)) >= 0)
        return true;
    if (text.indexIn(segmentAfter(r.nic->id, u"/resourceGroups/")) >= 0
        || text.indexIn(QStringView(subscriptionNameOf(r))) >= 0)
        return true;
    auto named = [&text](const QString &id) {
        return text.indexIn(QStringView(id).mid(id.lastIndexOf(QLatin1Char('/')) + 1)) >= 0;
    };
    for (int i : r.endpoints) {
        for (const QString &id : m_paths->endpoints[size_t(i)].nsgIds) {
            if (named(id))
                return true;
        }
    }
    return !r.nic->nsgId.isEmpty() && named(r.nic->nsgId);
}

std::vector<const Endpoint *> WorkloadsModel::endpointsOf(int row) const

{
    std::vector<const Endpoint *> out;
    if (row < 0 || size_t(row) >= m_rows.size() || !m_paths)
        return out;
    for (int i : m_rows[size_t(row)].endpoints)
        out.push_back(&m_paths->endpoints[size_t(i)]);
    return out;
}

int WorkloadsModel::rowOfInterface(const QString &id) const
{
    if (const auto it = m_rowOf.constFind(id); it != m_rowOf.constEnd())
        return m_rowByInterface[size_t(*it)];
    for (size_t row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].nic->id.compare(id, Qt::CaseInsensitive) == 0)
            return int(row);
    }
    return -1;
}

const NicReachability *WorkloadsModel::interfaceAt(int row) const
{
    return row >= 0 && size_t(row) < m_rows.size() ? m_rows[size_t(row)].nic : nullptr;
}

bool WorkloadsModel::rowInRange(int row, const Cidr &range) const
{
    if (row < 0 || size_t(row) >= m_rows.size())
        return false;
    if (m_addresses.size() != m_rows.size()) {
        // Parsed once, on the first address filter: it then compares numbers.
        const std::vector<Endpoint> &endpoints = m_paths->endpoints;
        m_addresses.assign(m_rows.size(), {});
        for (size_t r = 0; r < m_rows.size(); ++r) {
            for (const QString &ip : m_rows[r].nic->privateIps) {
                if (const std::optional<Cidr> c = Cidr::parse(QStringView(ip)))
                    m_addresses[r].push_back(*c);
            }
            for (int i : m_rows[r].endpoints) {
                if (const std::optional<Cidr> c =
                        Cidr::parse(QStringView(endpoints[size_t(i)].publicIp)))
                    m_addresses[r].push_back(*c);
            }
        }
    }
    const std::vector<Cidr> &addresses = m_addresses[size_t(row)];
    return std::any_of(addresses.begin(), addresses.end(),
                       [&range](const Cidr &a) { return range.contains(a); });
}

int WorkloadsModel::exposedCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(), [](const Row &r) {
        return r.nic->verdict == NicReachability::Verdict::Exposed;
    }));
}

int WorkloadsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WorkloadsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WorkloadsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || size_t(index.row()) >= m_rows.size())
        return {};
    const Row &row = m_rows[size_t(index.row())];
    const NicReachability &nic = *row.nic;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return nic.privateIps.isEmpty()
                ? nic.name
                : QStringLiteral("%1 (%2)").arg(nic.name, nic.privateIps.join(QLatin1String(", ")));
        case VerdictColumn:
            // Latent because an admin rule denies every path to it first: said as the tree says
            // it of its NSG.
            if (nic.verdict == NicReachability::Verdict::Latent && blockedByAdminRule(row))
                return tr("blocked by an admin rule");
            return verdictText(nic.verdict);
        case EntryColumn:
            return entriesOf(row);
        case DecidedColumn:
            return row.endpoints.empty()
                ? QString()
                : decidedByText(m_paths->endpoints[size_t(row.endpoints.front())]);
        case NsgsColumn:
            return nsgsOf(row).join(QLatin1String(", "));
        case ScopeColumn:
            return scopeOf(row);
        default:
            break;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == VerdictColumn)
            return StatusIcons::icon(nic.verdict == NicReachability::Verdict::Latent
                                             && blockedByAdminRule(row)
                                         ? StatusIcons::Kind::Blocked
                                         : iconOf(nic.verdict));
        break;
    case Qt::ToolTipRole:
        if (index.column() == VerdictColumn || index.column() == NameColumn) {
            // Its reason and, where a path reaches it, what decides (the reason alone says
            // "every public entry point to it is blocked", not by what).
            QString tip =
                QStringLiteral("%1<br>%2").arg(nic.id.toHtmlEscaped(), nic.reason.toHtmlEscaped());
            if (!row.endpoints.empty())
                tip += QLatin1String("<br>")
                    + tr("Decided by: %1")
                          .arg(decidedByText(m_paths->endpoints[size_t(row.endpoints.front())]))
                          .toHtmlEscaped();
            return tip;
        }
        return data(index, Qt::DisplayRole);
    case SortRole:
        if (index.column() == VerdictColumn)
            return row.key;
        return data(index, Qt::DisplayRole).toString().toLower();
    case IdRole:
        return nic.id;
    default:
        break;
    }
    return {};
}

QVariant WorkloadsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Network interface");
    case VerdictColumn:
        return tr("Verdict");
    case EntryColumn:
        return tr("Public entry points");
    case DecidedColumn:
        return tr("Decided by");
    case NsgsColumn:
        return tr("NSGs on the path");
    case ScopeColumn:
        return tr("Subscription / resource group");
    default:
        break;
    }
    return {};
}

WorkloadsFilterModel::WorkloadsFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(WorkloadsModel::SortRole);
}

void WorkloadsFilterModel::setWorkloads(WorkloadsModel *model)
{
    m_workloads = model;
    setSourceModel(model);
}

void WorkloadsFilterModel::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    m_cidr = trimmed.isEmpty() ? std::nullopt : Cidr::parse(QStringView(trimmed));
    m_matcher = QStringMatcher(trimmed, Qt::CaseInsensitive);
    invalidateFilter();
}

void WorkloadsFilterModel::setExposedOnly(bool on)
{
    if (on == m_exposedOnly)
        return;
    m_exposedOnly = on;
    invalidateFilter();
}

bool WorkloadsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    if (!m_workloads)
        return true;
    const NicReachability *nic = m_workloads->interfaceAt(sourceRow);
    if (!nic)
        return false;
    // Exposed, or not known not to be: hiding an undecided path would read as "not reached".
    if (m_exposedOnly && nic->verdict != NicReachability::Verdict::Exposed
        && nic->verdict != NicReachability::Verdict::Unknown)
        return false;
    if (m_text.isEmpty())
        return true;
    if (m_cidr)
        return m_workloads->rowInRange(sourceRow, *m_cidr);
    return m_workloads->rowMatches(sourceRow, m_matcher);
}

void WorkloadsFilterModel::sort(int column, Qt::SortOrder order)
{
    // The model's own order is the verdict column's, ascending: kept as it is rather than
    // sorted again (200,000 rows would take the proxy tens of milliseconds at every refresh).
    if (column == WorkloadsModel::VerdictColumn && order == Qt::AscendingOrder)
        column = -1;
    QSortFilterProxyModel::sort(column, order);
}

bool WorkloadsFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // The verdict column, the one sorted by at first, without a QVariant per comparison.
    if (m_workloads && left.column() == WorkloadsModel::VerdictColumn)
        return m_workloads->verdictKey(left.row()) < m_workloads->verdictKey(right.row());
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace nsg::ui
