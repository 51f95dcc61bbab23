// SPDX-License-Identifier: MIT
#include "ui/models/inventorymodel.h"

#include "ui/models/statusicons.h"

#include "core/audit/exposureevaluator.h"
#include "core/audit/findingtext.h"
#include "core/audit/pathhops.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QFont>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <functional>
#include <map>

namespace nsg::ui {

using Node = InventoryModel::Node;

namespace {

// An id as the model's hashes key it: lower case. QString::toLower() looks every character up in
// Unicode's tables; ids are ASCII, and most are lower case already (then the data is shared).
QString lowerKey(const QString &s)
{
    const char16_t *p = reinterpret_cast<const char16_t *>(s.utf16());
    const qsizetype n = s.size();
    qsizetype i = 0;
    for (; i < n && p[i] < 0x80 && !(p[i] >= u'A' && p[i] <= u'Z'); ++i) { }
    if (i == n)
        return s;
    QString out = s;
    char16_t *q = reinterpret_cast<char16_t *>(out.data());
    for (; i < n; ++i) {
        if (q[i] >= 0x80)
            return s.toLower();
        if (q[i] >= u'A' && q[i] <= u'Z')
            q[i] = char16_t(q[i] + (u'a' - u'A'));
    }
    return out;
}

InventoryModel::Counts countsOf(const Node *n)
{
    const NsgResult &r = *n->nsg;
    InventoryModel::Counts c;
    const Verdict v = r.finding.verdict;
    (r.isAccepted()              ? c.accepted
         : v == Verdict::Exposed ? c.exposed
         : v == Verdict::Ok      ? c.ok
                                 : c.unknown) = 1;
    if (r.isAccepted())
        return c;
    switch (InventoryModel::standingOf(n)) {
    case NsgStanding::InternetFacing:
    case NsgStanding::AdmittedByAdminRule:
        c.internetFacing = 1;
        c.red = 1;
        break;
    case NsgStanding::Exposed:
        c.red = 1;
        break;
    case NsgStanding::BlockedByAdminRule:
        c.blocked = 1;
        c.latent = 1;
        break;
    case NsgStanding::Latent:
        c.latent = 1;
        break;
    case NsgStanding::Unknown:
        c.pathUnknown = v == Verdict::Ok ? 1 : 0;
        break;
    case NsgStanding::Ok:
        break;
    }
    return c;
}

void accumulate(InventoryModel::Counts &into, const InventoryModel::Counts &c)
{
    into.exposed += c.exposed;
    into.ok += c.ok;
    into.unknown += c.unknown;
    into.accepted += c.accepted;
    into.red += c.red;
    into.internetFacing += c.internetFacing;
    into.latent += c.latent;
    into.blocked += c.blocked;
    into.pathUnknown += c.pathUnknown;
    into.loading += c.loading;
    into.unreadTenants += c.unreadTenants;
    into.unreadSubscriptions += c.unreadSubscriptions;
    into.unreadFiles += c.unreadFiles;
}

InventoryModel::Counts operator-(const InventoryModel::Counts &c)
{
    InventoryModel::Counts out;
    accumulate(out, c);
    for (int *f : {&out.exposed, &out.ok, &out.unknown, &out.accepted, &out.red,
                   &out.internetFacing, &out.latent, &out.blocked, &out.pathUnknown, &out.loading,
                   &out.unreadTenants, &out.unreadSubscriptions, &out.unreadFiles})
        *f = -*f;
    return out;
}

// Whether the paths from the Internet were followed for what a container holds.
bool placed(const InventoryModel::Counts &c)
{
    return c.internetFacing > 0 || c.latent > 0 || c.pathUnknown > 0;
}

// What a node that could not be read adds to the unread counts (itself).
InventoryModel::Counts ownUnread(const Node *n)
{
    InventoryModel::Counts c;
    if (!n->failed)
        return c;
    switch (n->kind) {
    case InventoryModel::Kind::Tenant:
        c.unreadTenants = 1;
        break;
    case InventoryModel::Kind::Subscription:
        c.unreadSubscriptions = 1;
        break;
    default:
        c.unreadFiles = 1;
        break;
    }
    return c;
}

// The worst verdict below a node, -1 while nothing is known.
int worst(const Node *n)
{
    if (n->kind == InventoryModel::Kind::Nsg)
        return int(n->nsg->finding.verdict);
    if (n->counts.exposed > 0)
        return int(Verdict::Exposed);
    if (n->counts.unknown > 0 || n->counts.unread() > 0 || n->failed)
        return int(Verdict::Unknown);
    if (n->counts.ok > 0)
        return int(Verdict::Ok);
    return -1;
}

StatusIcons::Kind iconKind(const Node *n)
{
    if (n->kind == InventoryModel::Kind::Nsg) {
        if (n->nsg->isAccepted())
            return StatusIcons::Kind::Accepted;
        switch (InventoryModel::standingOf(n)) {
        case NsgStanding::InternetFacing:
        case NsgStanding::Exposed:
        case NsgStanding::AdmittedByAdminRule:
            return StatusIcons::Kind::Exposed;
        case NsgStanding::Latent:
            return StatusIcons::Kind::Latent;
        case NsgStanding::BlockedByAdminRule:
            return StatusIcons::Kind::Blocked;
        case NsgStanding::Ok:
            return StatusIcons::Kind::Ok;
        case NsgStanding::Unknown:
            break;
        }
        return StatusIcons::Kind::Unknown;
    }
    // What the Internet reaches (or may, paths unread) wins over everything; then anything
    // unread or undecided (here or below: never green over what could not be read); then
    // latent exposure; then progress; then ok.
    const InventoryModel::Counts &c = n->counts;
    if (c.red > 0)
        return StatusIcons::Kind::Exposed;
    if (n->failed || c.unknown > 0 || c.pathUnknown > 0 || c.unread() > 0)
        return StatusIcons::Kind::Unknown;
    // Never green (nor amber) over what is still being read.
    if (c.loading > 0)
        return StatusIcons::Kind::Loading;
    if (c.latent > 0)
        return c.blocked == c.latent ? StatusIcons::Kind::Blocked : StatusIcons::Kind::Latent;
    if (n->skipped)
        return StatusIcons::Kind::Skipped;
    if (n->loading)
        return StatusIcons::Kind::Loading;
    if (c.accepted > 0)
        return StatusIcons::Kind::Accepted;
    return StatusIcons::Kind::Ok;
}

qint64 statusSortKey(const Node *n)
{
    // Red first (the most internet-facing first), then unknown, latent, ok, nothing yet.
    const StatusIcons::Kind kind = iconKind(n);
    const int rank = kind == StatusIcons::Kind::Exposed                           ? 0
        : kind == StatusIcons::Kind::Unknown                                      ? 1
        : kind == StatusIcons::Kind::Latent || kind == StatusIcons::Kind::Blocked ? 2
        : worst(n) < 0                                                            ? 4
                                                                                  : 3;
    return qint64(rank) * 1000000000 - qint64(n->counts.internetFacing) * 1000000
        - qint64(n->counts.red) * 1000 - n->counts.unknown - n->counts.latent;
}

} // namespace

InventoryModel::InventoryModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{
    m_root->kind = Kind::OfflineRoot; // never shown
    m_placeTimer = new QTimer(this);
    m_placeTimer->setSingleShot(true);
    m_placeTimer->setInterval(0);
    connect(m_placeTimer, &QTimer::timeout, this, &InventoryModel::placeSlice);
}

InventoryModel::~InventoryModel() = default;

int InventoryModel::statusKind(const Node *n)
{
    return int(iconKind(n));
}

NsgStanding InventoryModel::standingOf(const Node *n)
{
    const Verdict v = n->nsg->finding.verdict;
    static const ReachabilityResult none; // no paths followed: the verdict alone
    return (n->paths ? *n->paths : none).standing(n->id, v);
}

const Node *InventoryModel::nodeOf(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    return static_cast<const Node *>(index.internalPointer());
}

const NsgResult *InventoryModel::nsgAt(const QModelIndex &index) const
{
    const Node *n = nodeOf(index);
    return n && n->kind == Kind::Nsg ? n->nsg.get() : nullptr;
}

QModelIndex InventoryModel::indexOf(const Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, column, const_cast<Node *>(node));
}

QModelIndex InventoryModel::indexOfNsg(const QString &id) const
{
    return indexOf(m_nsgs.value(id.toLower()));
}

QModelIndex InventoryModel::indexOfNsgNear(const QString &id, const QModelIndex &near) const
{
    if (const QModelIndex live = indexOfNsg(id); live.isValid())
        return live;
    const Node *file = nodeOf(near);
    while (file && file->kind != Kind::OfflineFile)
        file = file->parent;
    std::function<const Node *(const Node *)> find = [&](const Node *n) -> const Node * {
        if (n->kind == Kind::Nsg)
            return n->id.compare(id, Qt::CaseInsensitive) == 0 ? n : nullptr;
        for (const auto &child : n->children) {
            if (const Node *found = find(child.get()))
                return found;
        }
        return nullptr;
    };
    return file ? indexOf(find(file)) : QModelIndex();
}

QModelIndex InventoryModel::indexOfSubscription(const QString &id) const
{
    return indexOf(m_subscriptions.value(id.toLower()));
}

QString InventoryModel::subscriptionOf(const QModelIndex &index) const
{
    QString id;
    for (const Node *n = nodeOf(index); n; n = n->parent) {
        if (n->kind == Kind::OfflineFile)
            return QString(); // offline: nothing to read again
        if (n->kind == Kind::Subscription)
            id = n->id;
    }
    return id;
}

QString InventoryModel::tenantOf(const QModelIndex &index) const
{
    for (const Node *n = nodeOf(index); n; n = n->parent) {
        if (n->kind == Kind::Tenant)
            return n->id;
    }
    return QString();
}

QModelIndex InventoryModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    const Node *p = parent.isValid() ? nodeOf(parent) : m_root.get();
    if (!p || size_t(row) >= p->children.size())
        return {};
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex InventoryModel::parent(const QModelIndex &child) const
{
    const Node *n = nodeOf(child);
    if (!n || !n->parent || n->parent == m_root.get())
        return {};
    return createIndex(n->parent->row, 0, n->parent);
}

int InventoryModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    const Node *p = parent.isValid() ? nodeOf(parent) : m_root.get();
    return p ? int(p->children.size()) : 0;
}

int InventoryModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool InventoryModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

QString InventoryModel::statusText(const Node *n) const
{
    if (n->kind == Kind::Nsg) {
        if (n->nsg->isAccepted())
            return tr("Accepted risk");
        QString text = standingText(standingOf(n), n->nsg->finding.verdict);
        if (n->nsg->risk) // an acceptance that no longer holds
            text = tr("%1 (acceptance lapsed)").arg(text);
        return text;
    }
    const Counts &c = n->counts;
    QString text;
    if (placed(c)) {
        // Both axes: "2 internet-facing, 3 latent of 8".
        QStringList parts;
        if (c.internetFacing > 0)
            parts.append(tr("%1 internet-facing").arg(c.internetFacing));
        if (c.red > c.internetFacing)
            parts.append(tr("%1 exposed").arg(c.red - c.internetFacing));
        if (c.latent > c.blocked)
            parts.append(tr("%1 latent").arg(c.latent - c.blocked));
        if (c.blocked > 0)
            parts.append(tr("%1 blocked by an admin rule").arg(c.blocked));
        if (c.unknown + c.pathUnknown > 0)
            parts.append(tr("%1 unknown").arg(c.unknown + c.pathUnknown));
        text = parts.isEmpty()
            ? QString()
            : tr("%1 of %2").arg(parts.join(tr(", ")), QString::number(c.total()));
        if (text.isEmpty() && c.accepted > 0)
            text = tr("%1 accepted risk of %2").arg(c.accepted).arg(c.total());
        else if (text.isEmpty() && c.ok > 0)
            text = c.ok == 1 ? tr("OK") : tr("All %1 OK").arg(c.ok);
    } else if (c.exposed > 0)
        text = tr("%1 exposed of %2").arg(c.exposed).arg(c.total());
    else if (c.unknown > 0)
        text = tr("%1 unknown of %2").arg(c.unknown).arg(c.total());
    else if (c.accepted > 0)
        text = tr("%1 accepted risk of %2").arg(c.accepted).arg(c.total());
    else if (c.ok > 0)
        text = c.ok == 1 ? tr("OK") : tr("All %1 OK").arg(c.ok);
    if (c.accepted > 0 && (c.exposed > 0 || c.unknown > 0 || c.pathUnknown > 0))
        text += tr(", %1 accepted").arg(c.accepted);
    // What could not be read below (the node's own failure is said next).
    Counts below = c;
    accumulate(below, -ownUnread(n));
    if (const QString unread = unreadText(below); !unread.isEmpty()) {
        if (c.exposed > 0 || c.unknown > 0 || c.accepted > 0)
            text = tr("%1; %2").arg(text, unread);
        else if (c.ok > 0)
            text = tr("%1; %n OK", "", c.ok).arg(unread);
        else
            text = unread;
    }
    // A report: the counts first (the column is narrow), then when and under which policy.
    if (n->report)
        text = tr("%1 — %2").arg(text.isEmpty() ? tr("No NSGs") : text, reportText(*n->report));
    if (n->failed) {
        const QString what = n->error.httpStatus
            ? QStringLiteral("%1 %2").arg(n->error.httpStatus).arg(n->error.code)
            : n->error.code;
        text = text.isEmpty() ? tr("Not read: %1").arg(what)
                              : tr("%1; not fully read: %2").arg(text, what);
    } else if (n->skipped) {
        text = tr("Skipped");
    } else if (text.isEmpty()) {
        text = c.loading > 0 ? tr("Loading…") : tr("No NSGs");
    } else if (c.loading > 0) {
        text += tr(" (loading…)");
    }
    return text;
}

QString InventoryModel::standingText(NsgStanding standing, Verdict verdict)
{
    switch (standing) {
    case NsgStanding::InternetFacing:
        return verdict == Verdict::Exposed ? tr("Exposed, internet-facing")
                                           : tr("Internet-facing, OK by its own rules");
    case NsgStanding::Exposed:
        return displayName(Verdict::Exposed);
    case NsgStanding::AdmittedByAdminRule:
        return tr("Admin rule admits the Internet");
    case NsgStanding::Latent:
        return tr("Latent: no public path");
    case NsgStanding::BlockedByAdminRule:
        return tr("Exposed, blocked by an admin rule");
    case NsgStanding::Unknown:
        return verdict == Verdict::Unknown ? displayName(Verdict::Unknown)
                                           : tr("Unknown: a path is undecided");
    case NsgStanding::Ok:
        break;
    }
    return displayName(Verdict::Ok);
}

QString InventoryModel::standingReason(const Node *n)
{
    if (n->kind != Kind::Nsg || !n->paths || !n->paths->evaluated)
        return QString();
    const ReachabilityResult &paths = *n->paths;
    const Verdict verdict = n->nsg->finding.verdict;
    // The endpoints whose paths pass through it, exposed ones first.
    const Endpoint *exposed = nullptr;
    const Endpoint *unknown = nullptr;
    int exposedCount = 0;
    for (const Endpoint &e : paths.endpoints) {
        const bool through = e.passes(n->id);
        if (!through)
            continue;
        if (e.verdict == Verdict::Exposed) {
            ++exposedCount;
            exposed = exposed ? exposed : &e;
        } else if (e.verdict == Verdict::Unknown && !unknown) {
            unknown = &e;
        }
    }
    auto entry = [](const Endpoint &e) {
        return tr("%1 → %2").arg(entryText(e), targetText(e));
    };
    const QString admin = paths.overriddenBy.value(n->id.toLower()).section(QLatin1Char('/'), -1);
    switch (paths.standing(n->id, verdict)) {
    case NsgStanding::InternetFacing:
        if (exposedCount == 1)
            return tr("The Internet reaches one endpoint through it: %1.")
                .arg(exposed ? entry(*exposed) : QString());
        return tr("The Internet reaches %n endpoint(s) through it, first %1.", "", exposedCount)
            .arg(exposed ? entry(*exposed) : QString());
    case NsgStanding::AdmittedByAdminRule:
        return tr("The admin rule %1 always allows the Internet in before this NSG is "
                  "evaluated: its rules do not decide (%2).")
            .arg(admin, exposed ? entry(*exposed) : QString());
    case NsgStanding::BlockedByAdminRule:
        return tr("The admin rule %1 denies the port before this NSG is evaluated: its rules "
                  "would admit the Internet, but do not decide.")
            .arg(admin);
    case NsgStanding::Latent:
        return tr("Not reached: %1. Its rules would admit the Internet if a path got through.")
            .arg(latentReason(paths, n->id));
    case NsgStanding::Exposed:
    case NsgStanding::Unknown:
        if (unknown)
            return tr("A path from the Internet through it could not be decided: %1")
                .arg(unknown->reason);
        if (verdict == Verdict::Exposed)
            return tr("Whether a public entry point reaches what it guards could not be read.");
        break;
    case NsgStanding::Ok:
        break;
    }
    return QString();
}

QString InventoryModel::unreadText(const Counts &c)
{
    QStringList parts;
    if (c.unreadTenants > 0)
        parts.append(tr("%n tenant(s) not read", "", c.unreadTenants));
    if (c.unreadSubscriptions > 0)
        parts.append(tr("%n subscription(s) not read", "", c.unreadSubscriptions));
    if (c.unreadFiles > 0)
        parts.append(tr("%n file(s) not (fully) read", "", c.unreadFiles));
    return parts.join(QLatin1String(", "));
}

QString InventoryModel::summaryText() const
{
    const Counts &c = m_root->counts;
    QString text = tr("%n NSG(s): ", "", c.total());
    if (placed(c)) {
        // Both axes: each NSG counted once, by where it stands.
        const int ok = c.total() - c.red - c.latent - c.unknown - c.pathUnknown - c.accepted;
        text += tr("%1 internet-facing, %2 exposed (paths not read), %3 latent, %4 blocked by an "
                   "admin rule, %5 unknown, %6 OK")
                    .arg(c.internetFacing)
                    .arg(c.red - c.internetFacing)
                    .arg(c.latent - c.blocked)
                    .arg(c.blocked)
                    .arg(c.unknown + c.pathUnknown)
                    .arg(ok);
    } else {
        text += tr("%1 exposed, %2 OK, %3 unknown").arg(c.exposed).arg(c.ok).arg(c.unknown);
    }
    if (c.accepted > 0)
        text += tr(", %n accepted risk(s)", "", c.accepted);
    if (const QString unread = unreadText(c); !unread.isEmpty())
        text += QLatin1String("; ") + unread;
    return text;
}

QString InventoryModel::reportText(const ReportOrigin &report) const
{
    const QString when = report.scannedAt.isValid()
        ? report.scannedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))
        : tr("an unknown time");
    QString text = report.policy == m_options.policy
        ? tr("report of %1, %2").arg(when, report.policy.label())
        : tr("report of %1 under %2, shown under %3")
              .arg(when, report.policy.label(), m_options.policy.label());
    if (!report.hasRules)
        text += tr(" (without its rules: verdicts unknown)");
    return text;
}

QString InventoryModel::tooltip(const Node *n) const
{
    switch (n->kind) {
    case Kind::Nsg: {
        const FindingText text(n->nsg->nsg, n->nsg->finding, m_options);
        QString tip = QLatin1String("<b>") + n->name.toHtmlEscaped() + QLatin1String("</b><br>");
        if (n->nsg->risk)
            tip += QLatin1String("<b>") + n->nsg->risk->explanation().toHtmlEscaped()
                + QLatin1String("</b><br>");
        if (const QString why = standingReason(n); !why.isEmpty())
            tip += QLatin1String("<b>") + why.toHtmlEscaped() + QLatin1String("</b><br>");
        tip += text.reason().toHtmlEscaped();
        const QString note = text.ruleByRuleNote();
        if (!note.isEmpty())
            tip += QLatin1String("<br><i>") + note.toHtmlEscaped() + QLatin1String("</i>");
        return tip;
    }
    case Kind::Subscription:
    case Kind::Tenant:
    case Kind::OfflineFile: {
        QString tip = QLatin1String("<b>") + n->name.toHtmlEscaped() + QLatin1String("</b><br>")
            + n->id.toHtmlEscaped() + QLatin1String("<br>") + statusText(n).toHtmlEscaped();
        if (n->failed || n->skipped) {
            tip += QLatin1String("<br><br>") + n->error.message.toHtmlEscaped();
            if (n->error.httpStatus)
                tip += QLatin1String("<br>")
                    + tr("HTTP %1 %2").arg(n->error.httpStatus).arg(n->error.code);
            if (!n->error.requestId.isEmpty())
                tip += QLatin1String("<br>") + tr("Request id: %1").arg(n->error.requestId);
        }
        return tip;
    }
    default:
        break;
    }
    return n->name.toHtmlEscaped() + QLatin1String("<br>") + statusText(n).toHtmlEscaped();
}

QVariant InventoryModel::data(const QModelIndex &index, int role) const
{
    const Node *n = nodeOf(index);
    if (!n)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return n->name;
        case StatusColumn:
            return statusText(n);
        case LocationColumn:
            return n->kind == Kind::Nsg ? n->nsg->nsg.location() : QString();
        default:
            break;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == NameColumn)
            return StatusIcons::icon(iconKind(n));
        break;
    case Qt::ToolTipRole:
        return tooltip(n);
    case Qt::FontRole:
        if (n->kind != Kind::Nsg && index.column() == NameColumn) {
            QFont f;
            f.setBold(n->kind == Kind::Tenant || n->kind == Kind::OfflineRoot);
            return f;
        }
        break;
    case KindRole:
        return int(n->kind);
    case VerdictRole:
        return worst(n);
    case IdRole:
        return n->id;
    case SortRole:
        switch (index.column()) {
        case StatusColumn:
            return statusSortKey(n);
        case LocationColumn:
            return n->kind == Kind::Nsg ? n->nsg->nsg.location() : QString();
        default:
            // Offline files after the tenants; otherwise by name.
            return QString((n->kind == Kind::OfflineRoot ? QStringLiteral("\uffff") : QString())
                           + n->name.toLower());
        }
    case ExposedCountRole:
        return n->counts.exposed;
    case UnknownCountRole:
        return n->counts.unknown;
    case NsgCountRole:
        return n->counts.total();
    case AcceptedRole:
        if (n->kind == Kind::Nsg)
            return n->nsg->isAccepted();
        return n->counts.accepted;
    case StandingRole:
        return n->kind == Kind::Nsg ? int(standingOf(n)) : -1;
    case InternetFacingCountRole:
        return n->counts.internetFacing;
    case LatentCountRole:
        return n->counts.latent;
    default:
        break;
    }
    return {};
}

QVariant InventoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case StatusColumn:
        return tr("Status");
    case LocationColumn:
        return tr("Location");
    default:
        break;
    }
    return {};
}

Node *InventoryModel::append(Node *parent, std::unique_ptr<Node> child)
{
    const int row = int(parent->children.size());
    beginInsertRows(indexOf(parent), row, row);
    child->parent = parent;
    child->row = row;
    Node *raw = child.get();
    parent->children.push_back(std::move(child));
    endInsertRows();
    return raw;
}

void InventoryModel::changed(Node *node)
{
    if (node == m_root.get())
        return;
    Q_EMIT dataChanged(indexOf(node, 0), indexOf(node, ColumnCount - 1));
}

void InventoryModel::changedUpwards(Node *node)
{
    for (Node *n = node; n && n != m_root.get(); n = n->parent)
        changed(n);
}

void InventoryModel::addCounts(Node *from, const Counts &delta)
{
    for (Node *n = from; n; n = n->parent)
        accumulate(n->counts, delta);
}

void InventoryModel::setFailed(Node *node, bool failed)
{
    if (node->failed == failed)
        return;
    if (failed) {
        node->failed = true;
        addCounts(node, ownUnread(node));
    } else {
        addCounts(node, -ownUnread(node));
        node->failed = false;
    }
}

void InventoryModel::setLoading(Node *node, bool loading)
{
    if (node->loading == loading)
        return;
    node->loading = loading;
    Counts delta;
    delta.loading = loading ? 1 : -1;
    addCounts(node, delta);
}

void InventoryModel::cancelLoading(const QString &reason)
{
    auto stop = [this, &reason](Node *n, const QString &scope) {
        if (!n->loading)
            return;
        setLoading(n, false);
        if (!n->failed)
            n->error = ScanError{scope, 0, QStringLiteral("Cancelled"), reason, QString()};
        setFailed(n, true);
        changedUpwards(n);
    };
    for (Node *n : std::as_const(m_tenants))
        stop(n, n->id);
    for (Node *n : std::as_const(m_subscriptions))
        stop(n, QLatin1String("/subscriptions/") + n->id);
}

void InventoryModel::clearLive()
{
    beginResetModel();
    std::vector<std::unique_ptr<Node>> keep;
    for (auto &child : m_root->children) {
        if (child->kind == Kind::OfflineRoot)
            keep.push_back(std::move(child));
    }
    m_root->children = std::move(keep);
    m_root->counts = Counts();
    for (size_t i = 0; i < m_root->children.size(); ++i) {
        m_root->children[i]->row = int(i);
        addCounts(m_root.get(), m_root->children[i]->counts);
    }
    m_tenants.clear();
    m_subscriptions.clear();
    m_nsgs.clear();
    m_livePaths.reset();
    stopPlacing();
    endResetModel();
}

void InventoryModel::addTenants(const QList<Tenant> &tenants)
{
    for (const Tenant &t : tenants) {
        if (m_tenants.contains(t.id.toLower()))
            continue;
        auto node = std::make_unique<Node>();
        node->kind = Kind::Tenant;
        node->id = t.id;
        node->name = t.displayName.isEmpty() ? t.id
            : t.defaultDomain.isEmpty()
            ? t.displayName
            : t.displayName + QLatin1String(" (") + t.defaultDomain + QLatin1Char(')');
        // Tenants stay before the offline files.
        Node *raw = node.get();
        const int row = m_offline ? m_offline->row : int(m_root->children.size());
        beginInsertRows({}, row, row);
        node->parent = m_root.get();
        m_root->children.insert(m_root->children.begin() + row, std::move(node));
        for (size_t i = size_t(row); i < m_root->children.size(); ++i)
            m_root->children[i]->row = int(i);
        endInsertRows();
        m_tenants.insert(t.id.toLower(), raw);
        setLoading(raw, true);
    }
}

void InventoryModel::setTenantError(const QString &tenantId, const ScanError &error)
{
    Node *n = m_tenants.value(tenantId.toLower());
    if (!n) {
        addTenants({Tenant{tenantId, QString(), QString(), QString()}});
        n = m_tenants.value(tenantId.toLower());
    }
    // The first failure is what left it unread (listing its NSGs); later ones (its network
    // interfaces, its virtual networks) are in the Problems list and would hide it here.
    if (!n->failed)
        n->error = error;
    setFailed(n, true);
    setLoading(n, false);
    changedUpwards(n);
}

void InventoryModel::addSubscriptions(const QString &tenantId,
                                      const QList<Subscription> &subscriptions)
{
    Node *tenant = m_tenants.value(tenantId.toLower());
    if (!tenant) {
        addTenants({Tenant{tenantId, QString(), QString(), QString()}});
        tenant = m_tenants.value(tenantId.toLower());
    }
    setLoading(tenant, false);
    for (const Subscription &s : subscriptions) {
        if (m_subscriptions.contains(s.id.toLower()))
            continue;
        auto node = std::make_unique<Node>();
        node->kind = Kind::Subscription;
        node->id = s.id;
        node->name = s.displayName.isEmpty() ? s.id : s.displayName;
        Node *sub = append(tenant, std::move(node));
        m_subscriptions.insert(s.id.toLower(), sub);
        setLoading(sub, s.isScannable());
    }
    changed(tenant);
}

Node *InventoryModel::subscriptionNode(const QString &id) const
{
    return m_subscriptions.value(id.toLower());
}

void InventoryModel::setSubscriptionLoading(const QString &subscriptionId, bool loading)
{
    if (Node *n = subscriptionNode(subscriptionId); n && n->loading != loading) {
        setLoading(n, loading);
        changedUpwards(n);
    }
}

void InventoryModel::setSubscriptionError(const QString &subscriptionId, const ScanError &error)
{
    Node *n = subscriptionNode(subscriptionId);
    if (!n)
        return;
    // The first failure is what left it unread (listing its NSGs); later ones (its network
    // interfaces, its virtual networks) are in the Problems list and would hide it here.
    if (!n->failed)
        n->error = error;
    setFailed(n, true);
    setLoading(n, false);
    changedUpwards(n);
}

void InventoryModel::setSubscriptionSkipped(const ScanError &reason)
{
    Node *n = subscriptionNode(reason.scope.section(QLatin1Char('/'), 2, 2));
    if (!n)
        return;
    n->skipped = true;
    setLoading(n, false);
    n->error = reason;
    changedUpwards(n);
}

Node *InventoryModel::findResourceGroup(Node *under, const QString &group) const
{
    for (const auto &child : under->children) {
        if (child->kind == Kind::ResourceGroup
            && child->name.compare(group, Qt::CaseInsensitive) == 0)
            return child.get();
    }
    return nullptr;
}

std::unique_ptr<Node> InventoryModel::newResourceGroup(const Node *under, const QString &group)
{
    auto node = std::make_unique<Node>();
    node->kind = Kind::ResourceGroup;
    node->name = group.isEmpty() ? tr("(no resource group)") : group;
    node->id = under->id + QLatin1String("/resourceGroups/") + group;
    return node;
}

Node *InventoryModel::resourceGroupNode(Node *under, const QString &group)
{
    if (Node *found = findResourceGroup(under, group))
        return found;
    return append(under, newResourceGroup(under, group));
}

// The NSG nodes of `list` under `group`, without telling the views (the callers do): their counts
// summed. `ids` and `keys`, when given, are the NSGs' ids and their lower-case keys.
InventoryModel::Counts
InventoryModel::fillNsgs(Node *group, const std::vector<const NsgResult *> &list, bool live,
                         const std::shared_ptr<const ReachabilityResult> &paths,
                         const std::vector<std::pair<QString, QString>> *ids)
{
    Counts here;
    group->children.reserve(group->children.size() + list.size());
    for (size_t i = 0; i < list.size(); ++i) {
        const NsgResult *r = list[i];
        auto node = std::make_unique<Node>();
        node->kind = Kind::Nsg;
        node->parent = group;
        node->row = int(group->children.size());
        node->id = ids ? (*ids)[i].first : r->nsg.id();
        node->name = live ? r->nsg.name() : r->nsg.displayName();
        node->nsg = std::make_unique<NsgResult>(*r);
        node->paths = paths;
        applyRisk(*node->nsg);
        node->counts = countsOf(node.get());
        accumulate(here, node->counts);
        if (live)
            m_nsgs.insert(ids ? (*ids)[i].second : lowerKey(node->id), node.get());
        group->children.push_back(std::move(node));
    }
    return here;
}

void InventoryModel::insertNsgs(Node *group, const std::vector<const NsgResult *> &list, bool live,
                                const std::shared_ptr<const ReachabilityResult> &paths)
{
    const int first = int(group->children.size());
    beginInsertRows(indexOf(group), first, first + int(list.size()) - 1);
    const Counts here = fillNsgs(group, list, live, paths);
    endInsertRows();
    addCounts(group, here);
    changed(group);
}

void InventoryModel::addNsgs(const QString &subscriptionId, const QList<NsgResult> &nsgs)
{
    Node *sub = subscriptionNode(subscriptionId);
    if (!sub || nsgs.isEmpty())
        return;
    // Grouped by resource group, so each group gets one insertion; each NSG's id and key made
    // once (reading an id out of the model is the costliest step here).
    struct Group
    {
        std::vector<const NsgResult *> list;
        std::vector<std::pair<QString, QString>> ids;
    };
    std::map<QString, Group> groups;
    for (const NsgResult &r : nsgs) {
        QString id = r.nsg.id();
        QString key = lowerKey(id);
        if (m_nsgs.contains(key)) {
            updateNsg(r);
            continue;
        }
        Group &g = groups[lowerKey(r.nsg.resourceGroup())];
        g.list.push_back(&r);
        g.ids.emplace_back(std::move(id), std::move(key));
    }
    // Into groups the subscription has, one insertion each; groups it does not have yet are
    // built whole and inserted together (a streaming scan's usual case: one signal per page).
    std::vector<std::unique_ptr<Node>> created;
    Counts createdCounts;
    for (const auto &[key, g] : groups) {
        const QString name = g.list.front()->nsg.resourceGroup();
        if (Node *group = findResourceGroup(sub, name)) {
            insertNsgs(group, g.list, true, m_livePaths);
            continue;
        }
        std::unique_ptr<Node> group = newResourceGroup(sub, name);
        group->counts = fillNsgs(group.get(), g.list, true, m_livePaths, &g.ids);
        accumulate(createdCounts, group->counts);
        created.push_back(std::move(group));
    }
    if (!created.empty()) {
        const int first = int(sub->children.size());
        beginInsertRows(indexOf(sub), first, first + int(created.size()) - 1);
        for (std::unique_ptr<Node> &group : created) {
            group->parent = sub;
            group->row = int(sub->children.size());
            sub->children.push_back(std::move(group));
        }
        endInsertRows();
        addCounts(sub, createdCounts);
    }
    changedUpwards(sub);
}

bool InventoryModel::updateNsg(const NsgResult &nsg)
{
    Node *n = m_nsgs.value(lowerKey(nsg.nsg.id()));
    if (!n)
        return false;
    addCounts(n, -n->counts);
    *n->nsg = nsg;
    applyRisk(*n->nsg);
    n->name = nsg.nsg.name();
    n->counts = countsOf(n);
    addCounts(n->parent, n->counts);
    changedUpwards(n);
    return true;
}

void InventoryModel::forget(Node *node)
{
    if (node->kind == Kind::Nsg)
        m_nsgs.remove(node->id.toLower());
    for (const auto &child : node->children)
        forget(child.get());
}

void InventoryModel::removeChildren(Node *node)
{
    if (node->children.empty())
        return;
    beginRemoveRows(indexOf(node), 0, int(node->children.size()) - 1);
    for (const auto &child : node->children)
        forget(child.get());
    // What it holds goes; what it is itself (unread, loading) stays counted.
    Counts own = ownUnread(node);
    own.loading = node->loading ? 1 : 0;
    addCounts(node->parent, -node->counts);
    node->counts = own;
    addCounts(node->parent, own);
    node->children.clear();
    endRemoveRows();
}

void InventoryModel::resetSubscription(const QString &subscriptionId)
{
    Node *sub = subscriptionNode(subscriptionId);
    if (!sub)
        return;
    setFailed(sub, false);
    removeChildren(sub);
    sub->skipped = false;
    sub->error = ScanError();
    setLoading(sub, true);
    changedUpwards(sub);
}

Node *InventoryModel::offlineRoot()
{
    if (!m_offline) {
        auto node = std::make_unique<Node>();
        node->kind = Kind::OfflineRoot;
        node->name = tr("Offline files");
        m_offline = append(m_root.get(), std::move(node));
    }
    return m_offline;
}

void InventoryModel::addOfflineFile(const QString &path, const ScanResult &result)
{
    Node *root = offlineRoot();
    auto fileNode = std::make_unique<Node>();
    fileNode->kind = Kind::OfflineFile;
    fileNode->id = path;
    fileNode->name = QFileInfo(path).fileName();
    for (const ReportOrigin &report : result.reports) {
        if (report.file == path)
            fileNode->report = report;
    }
    // The file's own problems; a report's also lists the scopes its scan could not read.
    QList<ScanError> fileErrors;
    QList<const ScanError *> scopes;
    for (const ScanError &e : result.errors) {
        if (fileNode->report && e.scope != path)
            scopes.append(&e);
        else
            fileErrors.append(e);
    }
    if (!fileErrors.isEmpty()) {
        fileNode->error = fileErrors.front();
        if (fileErrors.size() > 1)
            fileNode->error.message +=
                tr(" (and %n more problem(s))", "", int(fileErrors.size() - 1));
    }
    if (result.reachability.evaluated)
        fileNode->paths = std::make_shared<const ReachabilityResult>(result.reachability);
    Node *file = append(root, std::move(fileNode));
    setFailed(file, !fileErrors.isEmpty());
    // Subscription → resource group → NSG, as for live ones.
    std::map<QString, std::map<QString, std::vector<const NsgResult *>>> tree;
    for (const NsgResult &r : result.nsgs)
        tree[r.nsg.subscriptionId().toLower()][r.nsg.resourceGroup().toLower()].push_back(&r);
    for (const auto &[subKey, groups] : tree) {
        auto subNode = std::make_unique<Node>();
        subNode->kind = Kind::Subscription;
        const QString subId = groups.begin()->second.front()->nsg.subscriptionId();
        subNode->id = subId;
        subNode->name = subId.isEmpty() ? tr("(no subscription)") : subId;
        Node *sub = append(file, std::move(subNode));
        for (const auto &[groupKey, list] : groups) {
            insertNsgs(resourceGroupNode(sub, list.front()->nsg.resourceGroup()), list, false,
                       file->paths);
        }
    }
    // What the report's scan could not read, or skipped: grey or marked skipped, never left out.
    auto scopeNode = [&](const ScanError &e, bool skipped) {
        auto node = std::make_unique<Node>();
        const QString subscription = e.scope.startsWith(QLatin1String("/subscriptions/"))
            ? e.scope.section(QLatin1Char('/'), 2, 2)
            : QString();
        node->kind = !subscription.isEmpty()       ? Kind::Subscription
            : !QUuid::fromString(e.scope).isNull() ? Kind::Tenant
                                                   : Kind::OfflineFile;
        node->id = subscription.isEmpty() ? e.scope : subscription;
        node->name = subscription.isEmpty() ? QFileInfo(e.scope).fileName() : subscription;
        if (node->name.isEmpty())
            node->name = e.scope;
        node->error = e;
        node->skipped = skipped;
        setFailed(append(file, std::move(node)), !skipped);
    };
    for (const ScanError *e : std::as_const(scopes))
        scopeNode(*e, false);
    if (file->report) {
        for (const ScanError &e : result.skipped)
            scopeNode(e, true);
    }
    changedUpwards(file);
    for (const auto &child : file->children)
        changed(child.get());
}

void InventoryModel::applyRisk(NsgResult &r) const
{
    r.risk = m_suppressions.isEmpty()
        ? std::nullopt
        : m_suppressions.check(r.nsg, r.finding, m_options.policy,
                               m_today.isValid() ? m_today : QDate::currentDate());
}

void InventoryModel::setLiveReachability(std::shared_ptr<const ReachabilityResult> paths)
{
    stopPlacing();
    m_livePaths = std::move(paths);
    for (Node *n : std::as_const(m_nsgs))
        n->paths = m_livePaths;
    refreshAll(false);
}

void InventoryModel::placeLiveReachability(std::shared_ptr<const ReachabilityResult> paths)
{
    stopPlacing();
    m_livePaths = paths;
    m_placing = std::move(paths);
    // Top first, as the tree shows them.
    for (const auto &tenant : m_root->children) {
        if (tenant->kind != Kind::Tenant)
            continue;
        for (const auto &sub : tenant->children)
            m_placeQueue.append(sub->id);
    }
    placeSlice();
}

void InventoryModel::stopPlacing()
{
    m_placeTimer->stop();
    m_placing.reset();
    m_placeQueue.clear();
}

void InventoryModel::placeSlice()
{
    if (!m_placing)
        return;
    // A slice stays well under the 50 ms a reviewer would feel: what a 100-NSG subscription costs
    // (its standings, counts and one dataChanged per resource group) is a fraction of that.
    QElapsedTimer slice;
    slice.start();
    while (!m_placeQueue.isEmpty()) {
        if (Node *sub = subscriptionNode(m_placeQueue.takeFirst()))
            placeOn(sub, m_placing);
        if (!m_placeQueue.isEmpty() && slice.elapsed() >= m_placeSliceMs) {
            m_placeTimer->start();
            return;
        }
    }
    m_placing.reset();
    Q_EMIT liveReachabilityPlaced();
}

void InventoryModel::placeOn(Node *sub, const std::shared_ptr<const ReachabilityResult> &paths)
{
    const Counts before = sub->counts;
    recount(
        sub, [&paths](Node *nsg) { nsg->paths = paths; }, StatusColumn, StatusColumn);
    addCounts(sub->parent, -before);
    addCounts(sub->parent, sub->counts);
    changedUpwards(sub);
}

void InventoryModel::recount(Node *node, const std::function<void(Node *)> &nsgStep,
                             int firstColumn, int lastColumn)
{
    // Depth first: NSGs take the step and get their counts, containers the sum of their children.
    auto walk = [&](auto &&self, Node *n) -> void {
        if (n->kind == Kind::Nsg) {
            nsgStep(n);
            n->counts = countsOf(n);
            return;
        }
        n->counts = {};
        for (const auto &child : n->children) {
            self(self, child.get());
            accumulate(n->counts, child->counts);
        }
        accumulate(n->counts, ownUnread(n));
        n->counts.loading += n->loading ? 1 : 0;
        if (!n->children.empty())
            Q_EMIT dataChanged(index(0, firstColumn, indexOf(n)),
                               index(int(n->children.size()) - 1, lastColumn, indexOf(n)));
    };
    walk(walk, node);
}

void InventoryModel::reevaluate(const EvaluationOptions &options)
{
    m_options = options;
    // A file's paths were followed under the policy it was opened with: they do not hold for
    // another (live ones are followed again by the scan, setLiveReachability()).
    std::function<void(Node *)> forgetPaths = [&forgetPaths](Node *n) {
        n->paths.reset();
        for (const auto &child : n->children)
            forgetPaths(child.get());
    };
    if (m_offline)
        forgetPaths(m_offline);
    refreshAll(true);
}

bool InventoryModel::offlinePathsFollowed() const
{
    if (!m_offline)
        return false;
    return std::any_of(m_offline->children.begin(), m_offline->children.end(),
                       [](const auto &file) { return file->paths != nullptr; });
}

std::shared_ptr<const ReachabilityResult> InventoryModel::combinedPaths() const
{
    const std::vector<const ReachabilityResult *> parts = allPaths();
    if (parts.size() == 1 && parts.front() == m_livePaths.get())
        return m_livePaths;
    if (parts.size() == 1 && m_offline) {
        for (const auto &file : m_offline->children) {
            if (file->paths.get() == parts.front())
                return file->paths;
        }
    }
    return std::make_shared<const ReachabilityResult>(ReachabilityResult::merged(parts));
}

QHash<QString, QString> InventoryModel::subscriptionNames() const
{
    QHash<QString, QString> names;
    auto walk = [&names](auto &&self, const Node *n) -> void {
        if (n->kind == Kind::Subscription) {
            // Files know subscriptions by id only: a name read live wins.
            if (!n->name.isEmpty() && n->name.compare(n->id, Qt::CaseInsensitive) != 0)
                names.insert(n->id.toLower(), n->name);
            return; // nothing below a subscription is one
        }
        for (const auto &child : n->children)
            self(self, child.get());
    };
    walk(walk, m_root.get());
    return names;
}

std::vector<const ReachabilityResult *> InventoryModel::allPaths() const
{
    std::vector<const ReachabilityResult *> out;
    if (m_livePaths)
        out.push_back(m_livePaths.get());
    if (m_offline) {
        for (const auto &file : m_offline->children) {
            if (file->paths)
                out.push_back(file->paths.get());
        }
    }
    return out;
}

void InventoryModel::setSuppressions(const SuppressionSet &set, QDate today)
{
    m_suppressions = set;
    m_today = today;
    refreshAll(false);
}

void InventoryModel::refreshAll(bool reevaluate)
{
    ExposureEvaluator evaluator(m_options);
    recount(
        m_root.get(),
        [&](Node *n) {
            if (reevaluate)
                n->nsg->finding = evaluator.evaluate(n->nsg->nsg);
            applyRisk(*n->nsg);
        },
        0, ColumnCount - 1);
}

} // namespace nsg::ui
