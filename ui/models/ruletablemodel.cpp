// SPDX-License-Identifier: MIT
#include "ruletablemodel.h"

#include "audit/portalrow.h"

#include "statusicons.h"

#include "audit/findingtext.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace nsg::ui {

RuleTableModel::RuleTableModel(Direction direction, QObject *parent)
    : QAbstractTableModel(parent)
    , m_direction(direction)
{ }

RuleTableModel::~RuleTableModel() = default;

QString RuleTableModel::portalList(const QStringList &values)
{
    return PortalRow::list(values);
}

void RuleTableModel::clear()
{
    beginResetModel();
    m_result.reset();
    m_rows.clear();
    endResetModel();
}

void RuleTableModel::setNsg(const NsgResult &result, const EvaluationOptions &options)
{
    beginResetModel();
    m_result = std::make_unique<NsgResult>(result);
    m_rows.clear();
    const NetworkSecurityGroup &nsg = m_result->nsg;
    const Finding &f = m_result->finding;
    if (m_direction == Direction::Inbound) {
        // Same order as the evaluation: custom by priority, then the defaults.
        const QList<SecurityRule> rules = nsg.inboundRules();
        const FindingText text(nsg, f, options);
        for (int i = 0; i < rules.size(); ++i) {
            Row row{rules[i], -1, false, QString()};
            for (size_t t = 0; t < f.trace.size(); ++t) {
                if (f.trace[t].rule == i)
                    row.trace = int(t);
            }
            for (const ExposingRule &e : f.exposing)
                row.exposing = row.exposing || e.rule == i;
            row.decision = text.decision(i);
            m_rows.push_back(std::move(row));
        }
    } else {
        for (const SecurityRule &r : nsg.outboundCustomRules() + nsg.outboundDefaultRules())
            m_rows.push_back(Row{r, -1, false, QString()});
    }
    endResetModel();
}

QList<int> RuleTableModel::exposingRows() const
{
    QList<int> rows;
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].exposing)
            rows.append(int(i));
    }
    return rows;
}

const SecurityRule *RuleTableModel::ruleAt(int row) const
{
    return row >= 0 && size_t(row) < m_rows.size() ? &m_rows[size_t(row)].rule : nullptr;
}

int RuleTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RuleTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RuleTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || size_t(index.row()) >= m_rows.size())
        return {};
    const Row &row = m_rows[size_t(index.row())];
    const SecurityRule &r = row.rule;
    const int mark = row.trace >= 0 ? int(m_result->finding.trace[size_t(row.trace)].mark) : -1;
    const bool shadowed = mark == int(RuleMark::Shadowed);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case PriorityColumn:
            return PortalRow::of(r).priority;
        case NameColumn:
            return r.name();
        case PortColumn:
            return PortalRow::of(r).port;
        case ProtocolColumn:
            return PortalRow::of(r).protocol;
        case SourceColumn:
            return PortalRow::of(r).source;
        case DestinationColumn:
            return PortalRow::of(r).destination;
        case ActionColumn:
            return PortalRow::of(r).action;
        default:
            break;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == NameColumn) {
            if (row.exposing)
                return StatusIcons::icon(StatusIcons::Kind::Exposed);
            if (shadowed)
                return StatusIcons::icon(StatusIcons::Kind::Shadowed);
            if (mark == int(RuleMark::Malformed))
                return StatusIcons::icon(StatusIcons::Kind::Unknown);
        }
        break;
    case Qt::BackgroundRole:
        if (row.exposing)
            return StatusIcons::tint(StatusIcons::Kind::Exposed);
        if (mark == int(RuleMark::Malformed))
            return StatusIcons::tint(StatusIcons::Kind::Failed);
        break;
    case Qt::ForegroundRole:
        if (row.exposing)
            return QColor(0x5c, 0x00, 0x08); // dark red text on the red tint
        if (r.isDefault() || shadowed)
            return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
        break;
    case Qt::FontRole:
        if (row.exposing || shadowed) {
            QFont f;
            f.setBold(row.exposing);
            f.setItalic(shadowed);
            return f;
        }
        break;
    case Qt::ToolTipRole: {
        QString tip = QLatin1String("<b>") + r.name().toHtmlEscaped() + QLatin1String("</b>");
        if (!r.description().isEmpty())
            tip += QLatin1String("<br>") + r.description().toHtmlEscaped();
        if (r.isDefault())
            tip += QLatin1String("<br>")
                + (r.isAssumed() ? tr("Default rule (not in the input; Azure always has it)")
                                 : tr("Default rule"));
        if (!row.decision.isEmpty())
            tip += QLatin1String("<br><br>") + row.decision.toHtmlEscaped();
        return tip;
    }
    case Qt::TextAlignmentRole:
        if (index.column() == PriorityColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case MarkRole:
        return mark;
    case IsDefaultRole:
        return r.isDefault();
    case IsExposingRole:
        return row.exposing;
    case IsShadowedRole:
        return shadowed;
    case DecisionRole:
        return row.decision;
    default:
        break;
    }
    return {};
}

QVariant RuleTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PriorityColumn:
        return tr("Priority");
    case NameColumn:
        return tr("Name");
    case PortColumn:
        return tr("Port");
    case ProtocolColumn:
        return tr("Protocol");
    case SourceColumn:
        return tr("Source");
    case DestinationColumn:
        return tr("Destination");
    case ActionColumn:
        return tr("Action");
    default:
        break;
    }
    return {};
}

} // namespace nsg::ui
