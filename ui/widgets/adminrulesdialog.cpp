// SPDX-License-Identifier: MIT
#include "ui/widgets/adminrulesdialog.h"

#include "ui/models/statusicons.h"

#include "core/net/portset.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace nsg::ui {

namespace {

QString accessText(AdminRule::Action a, const QString &raw)
{
    switch (a) {
    case AdminRule::Action::Allow:
        return AdminRulesDialog::tr("Allow");
    case AdminRule::Action::AlwaysAllow:
        return AdminRulesDialog::tr("Always allow");
    case AdminRule::Action::Deny:
        return AdminRulesDialog::tr("Deny");
    case AdminRule::Action::Invalid:
        break;
    }
    return AdminRulesDialog::tr("%1 (not understood)").arg(raw);
}

QString listText(const QStringList &values)
{
    return values.isEmpty() ? AdminRulesDialog::tr("Any") : values.join(QLatin1String(", "));
}

} // namespace

AdminRulesDialog::AdminRulesDialog(const VnetAdminRules &rules, const PortPolicy &policy,
                                   const QString &decidingRuleId, QWidget *parent)
    : QDialog(parent)
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("adminRulesDialog"));
    const QString vnet = rules.virtualNetworkId.section(QLatin1Char('/'), -1);
    setWindowTitle(tr("Security admin rules of %1").arg(vnet));

    std::vector<const AdminRule *> ordered;
    for (const AdminRule &r : rules.rules)
        ordered.push_back(&r);
    std::stable_sort(ordered.begin(), ordered.end(), [](const AdminRule *a, const AdminRule *b) {
        return a->priority < b->priority;
    });

    m_table->setObjectName(QStringLiteral("adminRulesTable"));
    m_table->setAccessibleName(tr("Effective security admin rules"));
    m_table->setColumnCount(8);
    m_table->setHorizontalHeaderLabels({tr("Priority"), tr("Name"), tr("Direction"), tr("Action"),
                                        tr("Protocol"), tr("Source"), tr("Destination"),
                                        tr("Destination ports")});
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setRowCount(int(ordered.size()));
    for (int row = 0; row < int(ordered.size()); ++row) {
        const AdminRule &r = *ordered[size_t(row)];
        const std::optional<PortSet> ports = r.destinationPortRanges.isEmpty()
            ? std::optional<PortSet>(PortSet::all())
            : PortSet::parse(r.destinationPortRanges);
        const bool matches = r.problem.isEmpty() && r.direction == Direction::Inbound && ports
            && policy.matches(r.protocol, *ports);
        m_matches.push_back(matches);
        const bool decides =
            !decidingRuleId.isEmpty() && r.id.compare(decidingRuleId, Qt::CaseInsensitive) == 0;
        if (decides)
            m_deciding = row;
        const QStringList cells = {r.priority >= 0 ? QString::number(r.priority) : QString(),
                                   r.name,
                                   r.direction == Direction::Inbound ? tr("Inbound")
                                                                     : tr("Outbound"),
                                   accessText(r.access, r.rawAccess),
                                   apiName(r.protocol),
                                   listText(r.sources),
                                   listText(r.destinations),
                                   listText(r.destinationPortRanges)};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            item->setToolTip(r.problem.isEmpty() ? r.id : r.problem);
            if (matches) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            if (decides) {
                const StatusIcons::Kind kind = r.access == AdminRule::Action::Deny
                    ? StatusIcons::Kind::Blocked
                    : StatusIcons::Kind::Exposed;
                item->setBackground(StatusIcons::tint(kind));
                item->setForeground(QColor(0x20, 0x20, 0x20));
                if (column == 0)
                    item->setIcon(StatusIcons::icon(kind));
            }
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();

    m_summary->setObjectName(QStringLiteral("adminRulesSummary"));
    m_summary->setWordWrap(true);
    m_summary->setText(summary());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(900, 420);
}

bool AdminRulesDialog::matchesPolicy(int row) const
{
    return row >= 0 && size_t(row) < m_matches.size() && m_matches[size_t(row)];
}

QString AdminRulesDialog::summary() const
{
    const int matching = int(std::count(m_matches.begin(), m_matches.end(), true));
    QString text =
        tr("Azure Virtual Network Manager applies these rules before any NSG, lowest priority "
           "first: Deny drops the traffic, Always allow admits it without the NSGs, Allow hands "
           "it on to them. Rules in bold match the port audited (%1 of them).")
            .arg(matching);
    if (m_deciding >= 0)
        text += QLatin1Char(' ')
            + tr("On the path this was opened from, %1 decides (highlighted).")
                  .arg(m_table->item(m_deciding, 1)->text());
    else
        text +=
            QLatin1Char(' ') + tr("On the path this was opened from, none decides: the NSGs do.");
    text += QLatin1Char(' ')
        + tr("Read only: admin rules are changed in Azure Virtual Network Manager.");
    return text;
}

} // namespace nsg::ui
