// SPDX-License-Identifier: MIT
#include "ui/widgets/workloadswindow.h"

#include "ui/models/workloadsmodel.h"
#include "ui/widgets/pathview.h"

#include "core/audit/pathhops.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace nsg::ui {

WorkloadsWindow::WorkloadsWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_model(new WorkloadsModel(this))
    , m_filter(new WorkloadsFilterModel(this))
    , m_summary(new QLabel(this))
    , m_filterEdit(new QLineEdit(this))
    , m_exposedOnly(new QCheckBox(tr("Exposed or undecided only"), this))
    , m_table(new QTableView(this))
    , m_endpoints(new QComboBox(this))
    , m_pathView(new PathView(this))
{
    setObjectName(QStringLiteral("workloadsWindow"));
    setWindowTitle(tr("Workloads — what the Internet reaches"));
    m_filter->setWorkloads(m_model);
    m_summary->setObjectName(QStringLiteral("workloadsSummary"));
    m_summary->setWordWrap(true);
    m_filterEdit->setObjectName(QStringLiteral("workloadsFilter"));
    m_filterEdit->setAccessibleName(tr("Filter the workloads"));
    m_filterEdit->setPlaceholderText(tr("Filter: name, NSG, or an IP/CIDR (private or public)"));
    m_filterEdit->setClearButtonEnabled(true);
    connect(m_filterEdit, &QLineEdit::textChanged, m_filter, &WorkloadsFilterModel::setFilterText);
    m_exposedOnly->setObjectName(QStringLiteral("workloadsExposedOnly"));
    connect(m_exposedOnly, &QCheckBox::toggled, m_filter, &WorkloadsFilterModel::setExposedOnly);
    // The summary says how many the filter shows, as it changes.
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_filter, signal, this, [this] { m_summary->setText(summary()); });
    connect(m_filter, &QAbstractItemModel::layoutChanged, this,
            [this] { m_summary->setText(summary()); });
    connect(m_filter, &QAbstractItemModel::modelReset, this,
            [this] { m_summary->setText(summary()); });

    m_table->setObjectName(QStringLiteral("workloadsTable"));
    m_table->setAccessibleName(tr("Network interfaces and what reaches them"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(WorkloadsModel::VerdictColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Column widths from the first hundred rows (exposed first), not a thousand: each row's
    // texts are made when asked for, and a refresh of 200,000 rows must not stall the window.
    m_table->horizontalHeader()->setResizeContentsPrecision(100);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &WorkloadsWindow::onRowChanged);

    m_endpoints->setObjectName(QStringLiteral("workloadsEndpoints"));
    m_endpoints->setAccessibleName(tr("Public entry point whose path is drawn"));
    connect(m_endpoints, &QComboBox::currentIndexChanged, this, &WorkloadsWindow::showEndpoint);
    connect(m_pathView, &PathView::hopActivated, this, &WorkloadsWindow::hopActivated);
    m_pathView->showMessage(tr("Select a network interface to see its paths from the Internet."));

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filterEdit, 1);
    filterRow->addWidget(m_exposedOnly);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_pathView);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_endpoints);
    bottomLayout->addWidget(scroll, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(bottom);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(filterRow);
    layout->addWidget(split, 1);
    resize(1000, 680);
    setPaths(nullptr);
}

WorkloadsWindow::~WorkloadsWindow() = default;

void WorkloadsWindow::setPaths(std::shared_ptr<const ReachabilityResult> paths)
{
    ++m_generation; // what is still being prepared is older
    showPrepared(WorkloadsModel::prepare(std::move(paths)));
}

void WorkloadsWindow::setPathsInBackground(std::shared_ptr<const ReachabilityResult> paths)
{
    const quint64 generation = ++m_generation;
    auto *watcher = new QFutureWatcher<WorkloadsModel::Prepared>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_generation) // else newer paths came since
            showPrepared(watcher->future().takeResult());
    });
    watcher->setFuture(
        QtConcurrent::run([paths = std::move(paths)] { return WorkloadsModel::prepare(paths); }));
}

bool WorkloadsWindow::isPreparing() const
{
    return m_shown != m_generation;
}

void WorkloadsWindow::showPrepared(WorkloadsModel::Prepared prepared)
{
    const QString current = m_table->currentIndex().data(WorkloadsModel::IdRole).toString();
    m_model->setPrepared(std::move(prepared));
    m_summary->setText(summary());
    m_table->resizeColumnsToContents();
    // The same NIC stays selected across a refresh (if the filter shows it), else the first row.
    const int row = current.isEmpty() ? -1 : m_model->rowOfInterface(current);
    QModelIndex select = row < 0 ? QModelIndex() : m_filter->mapFromSource(m_model->index(row, 0));
    if (!select.isValid())
        select = m_filter->index(0, 0);
    if (select.isValid())
        m_table->setCurrentIndex(select);
    else
        onRowChanged();
    m_shown = m_generation;
    Q_EMIT pathsShown();
}

void WorkloadsWindow::setSubscriptionNames(QHash<QString, QString> names)
{
    m_model->setSubscriptionNames(std::move(names));
}

QString WorkloadsWindow::summary() const
{
    const ReachabilityResult *paths = m_model->paths();
    if (!paths || !paths->evaluated)
        return tr("The paths from the Internet were not followed: turn on View → Include network "
                  "interfaces and refresh, or open an export that holds the network.");
    QString text = tr("Network interfaces: %1; reached from the Internet: %2; exposed endpoints: "
                      "%3.")
                       .arg(m_model->rowCount())
                       .arg(m_model->exposedCount())
                       .arg(paths->exposedEndpoints());
    if (m_filter->rowCount() != m_model->rowCount())
        text += QLatin1Char(' ') + tr("Shown (filtered): %1.").arg(m_filter->rowCount());
    return text;
}

bool WorkloadsWindow::showInterface(const QString &id)
{
    const int row = m_model->rowOfInterface(id);
    if (row < 0)
        return false;
    QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        m_filterEdit->clear();
        m_exposedOnly->setChecked(false);
        index = m_filter->mapFromSource(m_model->index(row, 0));
    }
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    return true;
}

void WorkloadsWindow::onRowChanged()
{
    const QModelIndex current = m_filter->mapToSource(m_table->currentIndex());
    m_rowEndpoints =
        current.isValid() ? m_model->endpointsOf(current.row()) : std::vector<const Endpoint *>();
    const QSignalBlocker block(m_endpoints);
    m_endpoints->clear();
    for (const Endpoint *e : m_rowEndpoints)
        m_endpoints->addItem(QStringLiteral("%1 — %2 → %3")
                                 .arg(endpointStateText(*e), entryText(*e), targetText(*e)));
    m_endpoints->setEnabled(!m_rowEndpoints.empty());
    if (m_rowEndpoints.empty()) {
        const NicReachability *nic =
            current.isValid() ? m_model->interfaceAt(current.row()) : nullptr;
        m_pathView->showMessage(
            nic ? tr("No public entry point reaches %1: %2").arg(nic->name, nic->reason)
                : tr("Select a network interface to see its paths from the Internet."));
        return;
    }
    m_endpoints->setCurrentIndex(0);
    showEndpoint(0);
}

void WorkloadsWindow::showEndpoint(int index)
{
    if (index >= 0 && size_t(index) < m_rowEndpoints.size())
        m_pathView->setEndpoint(*m_rowEndpoints[size_t(index)]);
}

} // namespace nsg::ui
