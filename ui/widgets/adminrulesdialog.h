// SPDX-License-Identifier: MIT
#pragma once

#include "core/audit/portpolicy.h"
#include "core/model/network.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace nsg::ui {

// One virtual network's effective Virtual Network Manager security admin rules, laid out as the
// portal lists them (priority, name, direction, action, protocol, source, destination,
// destination ports), in the order Azure applies them. The rules that match the policy's port
// inbound are in bold; the one that decided the path it was opened from (its id) is marked —
// which rule decides depends on the destination, so the list alone names none. Read only: admin
// rules are changed in Azure Virtual Network Manager, not here.
class AdminRulesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdminRulesDialog)

public:
    AdminRulesDialog(const VnetAdminRules &rules, const PortPolicy &policy,
                     const QString &decidingRuleId, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    // The row of the rule that decided the path (-1: none did; the NSGs decided).
    int decidingRow() const { return m_deciding; }
    // Whether a row's rule matches the policy's port inbound.
    bool matchesPolicy(int row) const;
    QString summary() const;

private:
    QLabel *m_summary;
    QTableWidget *m_table;
    std::vector<bool> m_matches;
    int m_deciding = -1;
};

} // namespace nsg::ui
