// SPDX-License-Identifier: MIT
#pragma once

#include "audit/scanresult.h"

#include <QAbstractTableModel>
#include <QList>

#include <memory>

namespace nsg::ui {

// An NSG's inbound (or outbound) security rules laid out as the Azure portal's "Inbound security
// rules" blade: Priority, Name, Port, Protocol, Source, Destination, Action; custom rules by
// priority, then the default rules (65000+), greyed. Inbound rows carry the evaluation: rules
// that let public addresses reach the port are highlighted, shadowed ones marked, and each row's
// tooltip is its part of the proof. Qt Core/Gui only.
class RuleTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RuleTableModel)

public:
    enum Column {
        PriorityColumn,
        NameColumn,
        PortColumn,
        ProtocolColumn,
        SourceColumn,
        DestinationColumn,
        ActionColumn,
        ColumnCount
    };
    enum Role {
        MarkRole = Qt::UserRole + 1, // int(RuleMark), -1 outbound / not evaluated
        IsDefaultRole,
        IsExposingRole,
        IsShadowedRole,
        DecisionRole, // the rule's part of the proof, in words
    };

    explicit RuleTableModel(Direction direction, QObject *parent = nullptr);
    ~RuleTableModel() override;

    void setNsg(const NsgResult &result, const EvaluationOptions &options);
    void clear();
    Direction direction() const { return m_direction; }
    // Rows that let public addresses reach the port (inbound only).
    QList<int> exposingRows() const;
    const SecurityRule *ruleAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The portal's way to show an address or port list: "*" is "Any", lists comma-separated.
    static QString portalList(const QStringList &values);

private:
    struct Row
    {
        SecurityRule rule;
        int trace = -1; // index into the finding's trace
        bool exposing = false;
        QString decision;
    };
    Direction m_direction;
    std::unique_ptr<NsgResult> m_result;
    std::vector<Row> m_rows;
};

} // namespace nsg::ui
