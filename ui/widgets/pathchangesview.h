// SPDX-License-Identifier: MIT
#pragma once

#include "core/audit/reachability.h"

#include <QTreeWidget>

#include <vector>

namespace nsg::ui {

// What a fix would do to the paths from the Internet through the NSG it edits, one row per
// exposed or undecided path: public entry, target, its verdict now and after, and what would
// decide after. The restrict-source dialog and the wizard preview with it.
class PathChangesView final : public QTreeWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PathChangesView)

public:
    enum Column { EntryColumn, TargetColumn, NowColumn, AfterColumn, DecidedColumn, ColumnCount };

    explicit PathChangesView(QWidget *parent = nullptr);

    void setChanges(const std::vector<ReachabilityResult::Change> &changes);
    // No path to show, and why (no paths followed; none through this NSG).
    void showMessage(const QString &message);
    // "Open paths from the Internet through this NSG (blocked ones stay blocked): 3
    // internet-facing now, …; after this change: 0 internet-facing, …, 3 blocked, …" (empty with
    // no paths).
    QString summary() const { return m_summary; }
    int stillExposed() const { return m_stillExposed; }
    // The summary of some changes (empty with none); how many stay internet-facing / undecided.
    static QString summaryOf(const std::vector<ReachabilityResult::Change> &changes,
                             int *stillExposed = nullptr, int *stillUndecided = nullptr);
    int stillUndecided() const { return m_stillUndecided; }

private:
    QString m_summary;
    int m_stillExposed = 0;
    int m_stillUndecided = 0;
};

} // namespace nsg::ui
