// SPDX-License-Identifier: MIT
#pragma once

#include "core/audit/scanresult.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QIcon>
#include <QList>

#include <memory>

namespace nsg::ui {

// An NSG's inbound (or outbound) security rules laid out as the Azure portal's "Inbound security
// rules" blade: Priority, Name, Port, Source ports, Protocol, Source, Destination, Action (source
// ports as the portal's effective security rules show them); custom rules by priority, then the
// default rules (65000+), greyed. Inbound rows carry the evaluation. Red means "this rule exposes
// the port": it admits more public addresses than the breadth limit, alone or together with
// other rules that do. A rule that admits public addresses within the limit is amber, shadowed
// ones are italic and marked, and each row's tooltip is its part of the proof. Qt Core/Gui only.
class RuleTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RuleTableModel)

public:
    enum Column {
        PriorityColumn,
        NameColumn,
        PortColumn,
        SourcePortsColumn,
        ProtocolColumn,
        SourceColumn,
        DestinationColumn,
        ActionColumn,
        ColumnCount
    };
    enum Role {
        MarkRole = Qt::UserRole + 1, // int(RuleMark), -1 outbound / not evaluated
        IsDefaultRole,
        IsExposingRole, // red: admits more public addresses than the limit (alone or together)
        IsShadowedRole,
        DecisionRole, // the rule's part of the proof, in words
        IsWithinLimitRole, // amber: admits public addresses, within the limit
        IsServiceTagRole, // amber: allows a service tag of Azure's shared public addresses
    };

    explicit RuleTableModel(Direction direction, QObject *parent = nullptr);
    ~RuleTableModel() override;

    void setNsg(const NsgResult &result, const EvaluationOptions &options);
    void clear();
    Direction direction() const { return m_direction; }
    // Rows whose rule exposes the port: red (inbound only).
    QList<int> exposingRows() const;
    const SecurityRule *ruleAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The portal's way to show an address or port list: "*" is "Any", lists comma-separated.
    static QString portalList(const QStringList &values);

    // The marks' colours and icons, for the legend beside the table.
    static QColor exposingForeground();
    static QColor withinLimitBackground();
    static QColor withinLimitForeground();
    static QIcon withinLimitIcon();

private:
    struct Row
    {
        SecurityRule rule;
        int trace = -1; // index into the finding's trace
        bool exposing = false; // red
        bool together = false; // red only together with other rules
        bool withinLimit = false; // amber
        // Amber too: allows a service tag of Azure's shared public addresses (Storage,
        // AzureFrontDoor.Backend, …), which the NSG's own verdict does not count as the Internet.
        bool serviceTag = false;
        quint64 ipv4 = 0; // public addresses it admits
        uint128 ipv6 = 0;
        QString decision;
    };
    QString toolTip(const Row &row) const;

    Direction m_direction;
    EvaluationOptions m_options;
    std::unique_ptr<NsgResult> m_result;
    std::vector<Row> m_rows;
};

} // namespace nsg::ui
