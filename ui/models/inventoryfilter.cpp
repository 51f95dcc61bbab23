// SPDX-License-Identifier: MIT
#include "ui/models/inventoryfilter.h"

namespace nsg::ui {

using Node = InventoryModel::Node;
using Kind = InventoryModel::Kind;

InventoryFilterModel::InventoryFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(InventoryModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void InventoryFilterModel::setInventory(InventoryModel *model)
{
    m_inventory = model;
    setSourceModel(model);
}

void InventoryFilterModel::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    m_cidr = trimmed.isEmpty() ? std::nullopt : Cidr::parse(QStringView(trimmed));
    refresh();
}

void InventoryFilterModel::setExposedOnly(bool on)
{
    if (on == m_exposedOnly)
        return;
    m_exposedOnly = on;
    refresh();
}

void InventoryFilterModel::setInternetFacingOnly(bool on)
{
    if (on == m_internetFacingOnly)
        return;
    m_internetFacingOnly = on;
    refresh();
}

void InventoryFilterModel::refresh()
{
    m_visible.clear();
    m_visibleNsgs = 0;
    const bool filtering = isFiltering() && m_inventory;
    if (filtering) {
        m_visible.reserve(m_inventory->nsgCount() / 4 + 64);
        for (const auto &child : m_inventory->root()->children)
            visit(child.get(), false);
    }
    // Nothing hidden before or now: every row stays, and a pass over 100,000 of them would only
    // stall the window (at the end of each scan).
    if (!filtering && !m_filtered)
        return;
    m_filtered = filtering;
    invalidateFilter();
}

bool InventoryFilterModel::matches(const Node *node) const
{
    if (m_text.isEmpty())
        return true;
    if (m_cidr) {
        if (node->kind != Kind::Nsg)
            return false;
        const Finding &f = node->nsg->finding;
        if (m_cidr->isIpv4())
            return f.allowedIpv4.containsAll(
                IntervalSet<quint32>(m_cidr->ipv4First(), m_cidr->ipv4Last()));
        return f.allowedIpv6.containsAll(IntervalSet<uint128>(m_cidr->first(), m_cidr->last()));
    }
    if (node->name.contains(m_text, Qt::CaseInsensitive))
        return true;
    // Subscriptions and tenants are also found by id.
    return (node->kind == Kind::Subscription || node->kind == Kind::Tenant)
        && node->id.contains(m_text, Qt::CaseInsensitive);
}

bool InventoryFilterModel::visit(const Node *node, bool ancestorMatched)
{
    const bool matched = ancestorMatched || matches(node);
    bool visible = false;
    if (node->kind == Kind::Nsg) {
        // Exposed by its own rules, or red on the other axis: internet-facing though OK by its
        // rules (a public service tag, a firewall's DNAT), or past it an admin rule admits the
        // Internet. Hiding those would hide what the Internet reaches.
        const bool exposed =
            (node->nsg->finding.verdict == Verdict::Exposed && !node->nsg->isAccepted())
            || node->counts.red > 0;
        // On a path from the Internet that gets through, or not known not to be: a path that
        // could not be decided, an NSG whose paths were not followed or whose verdict is
        // unknown. Hiding those would read as "not reachable". Accepted risks count as neither.
        const InventoryModel::Counts &c = node->counts;
        const bool facing = c.internetFacing > 0 || c.red > 0 || c.pathUnknown > 0 || c.unknown > 0;
        visible = matched
            && ((!m_exposedOnly && !m_internetFacingOnly) || (m_exposedOnly && exposed)
                || (m_internetFacingOnly && facing));
        m_visibleNsgs += visible;
    } else {
        for (const auto &child : node->children)
            visible = visit(child.get(), matched) || visible;
        // A container found by name shows even when it holds nothing (a subscription that
        // failed, say) — unless only exposed NSGs are asked for.
        visible = visible
            || (matched && !m_exposedOnly && !m_internetFacingOnly && !m_text.isEmpty() && !m_cidr);
    }
    if (visible)
        m_visible.insert(node);
    return visible;
}

bool InventoryFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!isFiltering() || !m_inventory)
        return true;
    const Node *node = m_inventory->nodeOf(m_inventory->index(sourceRow, 0, sourceParent));
    return node && m_visible.contains(node);
}

bool InventoryFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(InventoryModel::SortRole);
    const QVariant r = right.data(InventoryModel::SortRole);
    if (l.typeId() == QMetaType::LongLong && r.typeId() == QMetaType::LongLong)
        return l.toLongLong() < r.toLongLong();
    const int c = QString::compare(l.toString(), r.toString(), Qt::CaseInsensitive);
    if (c != 0)
        return c < 0;
    return left.row() < right.row();
}

} // namespace nsg::ui
