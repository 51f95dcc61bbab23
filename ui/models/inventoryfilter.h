// SPDX-License-Identifier: MIT
#pragma once

#include "ui/models/inventorymodel.h"

#include "core/net/cidr.h"

#include <QSet>
#include <QSortFilterProxyModel>

#include <optional>

namespace nsg::ui {

// Filters and sorts the inventory tree. Text matches names of NSGs, resource groups,
// subscriptions and tenants (a matching container shows everything under it); an IP address or
// CIDR instead finds the NSGs that let that whole range reach the port. "Exposed only" keeps the
// exposed NSGs and their ancestors; "Internet-facing only" those on a path from the Internet
// that gets through (both: either). Visibility is computed in one pass over the tree when the
// filter changes (refresh() after the tree grew), so filtering 100,000 NSGs stays fast.
class InventoryFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InventoryFilterModel)

public:
    explicit InventoryFilterModel(QObject *parent = nullptr);

    void setInventory(InventoryModel *model);
    void setFilterText(const QString &text);
    void setExposedOnly(bool on);
    void setInternetFacingOnly(bool on);
    QString filterText() const { return m_text; }
    bool exposedOnly() const { return m_exposedOnly; }
    bool internetFacingOnly() const { return m_internetFacingOnly; }
    bool isFiltering() const { return !m_text.isEmpty() || m_exposedOnly || m_internetFacingOnly; }
    // The text is an address range (then it searches allowed ranges, not names).
    bool filtersByAddress() const { return m_cidr.has_value(); }
    // Recomputes what is visible (after the inventory grew while a filter is on).
    void refresh();
    int visibleNsgCount() const { return m_visibleNsgs; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool visit(const InventoryModel::Node *node, bool ancestorMatched);
    bool matches(const InventoryModel::Node *node) const;

    InventoryModel *m_inventory = nullptr;
    QString m_text;
    std::optional<Cidr> m_cidr;
    bool m_exposedOnly = false;
    bool m_internetFacingOnly = false;
    QSet<const InventoryModel::Node *> m_visible;
    int m_visibleNsgs = 0;
    bool m_filtered = false; // whether the last refresh hid anything
};

} // namespace nsg::ui
