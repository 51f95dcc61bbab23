// SPDX-License-Identifier: MIT
#include "ui/models/ruletablemodel.h"

#include "core/audit/portalrow.h"

#include "ui/models/statusicons.h"

#include "core/audit/exposureevaluator.h"
#include "core/audit/findingtext.h"

#include <QFont>
#include <QGuiApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>

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

QColor RuleTableModel::exposingForeground()
{
    return QColor(0x5c, 0x00, 0x08); // dark red text on the red tint
}

QColor RuleTableModel::withinLimitBackground()
{
    return QColor(0xff, 0xe0, 0xb2); // amber, apart from the pale yellow of unreadable rules
}

QColor RuleTableModel::withinLimitForeground()
{
    return QColor(0x4a, 0x2c, 0x00); // dark brown text on the amber tint, in any palette
}

QIcon RuleTableModel::withinLimitIcon()
{
    // An amber diamond with a tick: admitted, but within the limit. Its own shape, so it does
    // not read as the green disc (OK) or the amber triangle (could not be read).
    static const QIcon icon = [] {
        QIcon result;
        for (int size : {16, 24, 32, 48, 64}) {
            QPixmap pixmap(size, size);
            pixmap.fill(Qt::transparent);
            QPainter p(&pixmap);
            p.setRenderHint(QPainter::Antialiasing);
            const qreal s = size;
            QPolygonF diamond;
            diamond << QPointF(s / 2, s * 0.03) << QPointF(s * 0.97, s / 2)
                    << QPointF(s / 2, s * 0.97) << QPointF(s * 0.03, s / 2);
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(0xc8, 0x6e, 0x00));
            p.drawPolygon(diamond);
            p.setPen(QPen(Qt::white, std::max(1.5, s * 0.11), Qt::SolidLine, Qt::RoundCap,
                          Qt::RoundJoin));
            QPainterPath tick;
            tick.moveTo(s * 0.32, s * 0.52);
            tick.lineTo(s * 0.46, s * 0.66);
            tick.lineTo(s * 0.70, s * 0.38);
            p.drawPath(tick);
            p.end();
            result.addPixmap(pixmap);
        }
        return result;
    }();
    return icon;
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
    m_options = options;
    m_rows.clear();
    const NetworkSecurityGroup &nsg = m_result->nsg;
    const Finding &f = m_result->finding;
    if (m_direction == Direction::Inbound) {
        // Same order as the evaluation: custom by priority, then the defaults.
        const QList<SecurityRule> rules = nsg.inboundRules();
        const FindingText text(nsg, f, options);
        // What each Allow admits (a policy of several ports may list a rule more than once).
        std::vector<Finding> admitted(size_t(rules.size()));
        std::vector<bool> admits(size_t(rules.size()), false);
        for (const ExposingRule &e : f.exposing) {
            if (e.rule >= admitted.size())
                continue;
            admitted[e.rule].allowedIpv4.unite(e.ipv4);
            admitted[e.rule].allowedIpv6.unite(e.ipv6);
            admits[e.rule] = true;
        }
        // Red means "this rule exposes the port": it admits more than the limit by itself, or
        // what the rules within the limit admit together is more than the limit (then each of
        // them exposes it). The others are amber: they admit public addresses within the limit.
        const ExposureEvaluator limit(options);
        std::vector<bool> alone(size_t(rules.size()), false);
        Finding rest;
        for (size_t i = 0; i < admitted.size(); ++i) {
            alone[i] = admits[i] && limit.exceedsLimit(admitted[i]);
            if (admits[i] && !alone[i]) {
                rest.allowedIpv4.unite(admitted[i].allowedIpv4);
                rest.allowedIpv6.unite(admitted[i].allowedIpv6);
            }
        }
        const bool together = limit.exceedsLimit(rest);
        for (int i = 0; i < rules.size(); ++i) {
            Row row{rules[i], -1, false, false, false, false, 0, 0, QString()};
            for (size_t t = 0; t < f.trace.size(); ++t) {
                if (f.trace[t].rule == i)
                    row.trace = int(t);
            }
            if (admits[size_t(i)]) {
                row.exposing = alone[size_t(i)] || together;
                row.together = !alone[size_t(i)] && together;
                row.withinLimit = !row.exposing;
                row.ipv4 = admitted[size_t(i)].publicIpv4Count();
                row.ipv6 = admitted[size_t(i)].publicIpv6Count();
            }
            if (row.trace >= 0 && f.trace[size_t(row.trace)].mark == RuleMark::SourceNotPublic
                && rules[i].access() == Access::Allow) {
                for (const QString &p : rules[i].sourceAddressPrefixes())
                    row.serviceTag = row.serviceTag
                        || (!p.isEmpty() && p.front().isLetter()
                            && p.compare(QLatin1String("VirtualNetwork"), Qt::CaseInsensitive) != 0
                            && p.compare(QLatin1String("AzureLoadBalancer"), Qt::CaseInsensitive)
                                != 0);
            }
            row.decision = text.decision(i);
            m_rows.push_back(std::move(row));
        }
    } else {
        for (const SecurityRule &r : nsg.outboundCustomRules() + nsg.outboundDefaultRules())
            m_rows.push_back(Row{r, -1, false, false, false, false, 0, 0, QString()});
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
        case SourcePortsColumn:
            return PortalRow::of(r).sourcePorts;
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
            if (row.withinLimit || row.serviceTag)
                return withinLimitIcon();
            if (shadowed)
                return StatusIcons::icon(StatusIcons::Kind::Shadowed);
            if (mark == int(RuleMark::Malformed))
                return StatusIcons::icon(StatusIcons::Kind::Unknown);
        }
        break;
    case Qt::BackgroundRole:
        if (row.exposing)
            return StatusIcons::tint(StatusIcons::Kind::Exposed);
        if (row.withinLimit || row.serviceTag)
            return withinLimitBackground();
        if (mark == int(RuleMark::Malformed))
            return StatusIcons::tint(StatusIcons::Kind::Failed);
        break;
    case Qt::ForegroundRole:
        if (row.exposing)
            return exposingForeground();
        if (row.withinLimit || row.serviceTag)
            return withinLimitForeground();
        if (mark == int(RuleMark::Malformed))
            return QColor(Qt::black); // on the pale yellow tint, in any palette
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
    case Qt::ToolTipRole:
        return toolTip(row);
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
    case IsWithinLimitRole:
        return row.withinLimit;
    case IsServiceTagRole:
        return row.serviceTag;
    default:
        break;
    }
    return {};
}

QString RuleTableModel::toolTip(const Row &row) const
{
    const SecurityRule &r = row.rule;
    const QString target = m_options.policy.target();
    const BreadthLimit &limit = m_options.limit;
    QString tip = QLatin1String("<b>") + r.name().toHtmlEscaped() + QLatin1String("</b>");
    if (!r.description().isEmpty())
        tip += QLatin1String("<br>") + r.description().toHtmlEscaped();
    if (r.isDefault())
        tip += QLatin1String("<br>")
            + (r.isAssumed() ? tr("Default rule (not in the input; Azure always has it)")
                             : tr("Default rule"));
    QString state;
    if (row.exposing && row.together) {
        state = tr("Exposes %1 together with other rules: it admits %2; with what they admit, "
                   "more than the limit of %3 IPv4 addresses and one /%4 of IPv6.")
                    .arg(target, countPhrase(row.ipv4, row.ipv6), formatCount(limit.maxPublicIpv4))
                    .arg(limit.minIpv6PrefixLength);
    } else if (row.exposing) {
        state = tr("Exposes %1: it admits %2, more than the limit of %3 IPv4 addresses and one "
                   "/%4 of IPv6.")
                    .arg(target, countPhrase(row.ipv4, row.ipv6), formatCount(limit.maxPublicIpv4))
                    .arg(limit.minIpv6PrefixLength);
    } else if (row.withinLimit) {
        state = tr("Admits %1 to %2, within the limit of %3 IPv4 addresses and one /%4 of IPv6: "
                   "known addresses, not an exposure.")
                    .arg(countPhrase(row.ipv4, row.ipv6), target, formatCount(limit.maxPublicIpv4))
                    .arg(limit.minIpv6PrefixLength);
    } else if (row.serviceTag) {
        state = tr("Admits the service tag %1 to %2: Azure's shared public addresses, which this "
                   "NSG's own verdict does not count as the Internet. Where the paths from the "
                   "Internet were followed with the tag data, the Paths tab counts them.")
                    .arg(r.sourceAddressPrefixes().join(QLatin1String(", ")), target);
    }
    if (!state.isEmpty())
        tip += QLatin1String("<br><br><b>") + state.toHtmlEscaped() + QLatin1String("</b>");
    if (!row.decision.isEmpty())
        tip += QLatin1String("<br><br>") + row.decision.toHtmlEscaped();
    // A rule limited to some source ports or destinations decides only that traffic: say
    // which, so that such a Deny does not read as blocking everything.
    QStringList only;
    const QString ports = PortalRow::of(r).sourcePorts;
    if (!r.coversAllSourcePorts())
        only.append(r.access() == Access::Deny
                        ? tr("This Deny blocks only connections from source ports %1; connections "
                             "from other source ports go on to later rules.")
                              .arg(ports)
                        : tr("It matches only connections from source ports %1 (a client picks "
                             "its own source port).")
                              .arg(ports));
    if (r.direction() == Direction::Inbound && !r.coversAllDestinations()
        && r.access() == Access::Deny)
        only.append(tr("This Deny blocks only connections to %1; connections to other "
                       "destinations go on to later rules.")
                        .arg(PortalRow::of(r).destination));
    for (const QString &line : only)
        tip += QLatin1String("<br><br>") + line.toHtmlEscaped();
    return tip;
}

QVariant RuleTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == SourcePortsColumn)
        return tr("The source ports the rule matches (the client picks its own); a rule limited "
                  "to some of them decides only those connections");
    if (role == Qt::ToolTipRole && section == PortColumn)
        return tr("The destination ports the rule matches");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PriorityColumn:
        return tr("Priority");
    case NameColumn:
        return tr("Name");
    case PortColumn:
        return tr("Port");
    case SourcePortsColumn:
        return tr("Source ports");
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
