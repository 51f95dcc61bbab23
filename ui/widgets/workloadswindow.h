// SPDX-License-Identifier: MIT
#pragma once

#include "core/audit/pathhops.h"
#include "ui/models/workloadsmodel.h"

#include <QHash>
#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace nsg::ui {

class PathView;
class WorkloadsFilterModel;
class WorkloadsModel;

// View → Workloads: what is open on each machine. A row per network interface the paths from
// the Internet were followed to (WorkloadsModel), sortable, filtered by name or by an IP address
// or CIDR as the tree is; the selected one's public entry points to choose from and the chosen
// path drawn (PathView). A click on an NSG on the path opens it in the main window.
class WorkloadsWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkloadsWindow)

public:
    explicit WorkloadsWindow(QWidget *parent = nullptr);
    ~WorkloadsWindow() override;

    void setPaths(std::shared_ptr<const ReachabilityResult> paths);
    // The same, the rows made on another thread (200,000 NICs take tens of milliseconds) and
    // shown when ready, unless other paths were set since; pathsShown() then.
    void setPathsInBackground(std::shared_ptr<const ReachabilityResult> paths);
    bool isPreparing() const;
    // Subscription names by lower-case id, for the subscription / resource group column.
    void setSubscriptionNames(QHash<QString, QString> names);

    WorkloadsModel *model() const { return m_model; }
    WorkloadsFilterModel *filter() const { return m_filter; }
    QTableView *table() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filterEdit; }
    QComboBox *endpointBox() const { return m_endpoints; }
    PathView *pathView() const { return m_pathView; }
    QString summary() const;
    // Selects a network interface (its paths drawn), clearing a filter that hides it; false when
    // no path was followed to it.
    bool showInterface(const QString &id);

Q_SIGNALS:
    void hopActivated(const nsg::PathHop &hop);
    void pathsShown();

private:
    void showPrepared(WorkloadsModel::Prepared prepared);
    void onRowChanged();
    void showEndpoint(int index);

    WorkloadsModel *m_model;
    WorkloadsFilterModel *m_filter;
    QLabel *m_summary;
    QLineEdit *m_filterEdit;
    QCheckBox *m_exposedOnly;
    QTableView *m_table;
    QComboBox *m_endpoints;
    PathView *m_pathView;
    std::vector<const Endpoint *> m_rowEndpoints;
    quint64 m_generation = 0; // of the last paths set
    quint64 m_shown = 0; // of the paths shown
};

} // namespace nsg::ui
