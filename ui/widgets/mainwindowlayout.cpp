// SPDX-License-Identifier: MIT
// MainWindow's actions (menus, toolbar, shortcuts) and layout.
#include "ui/widgets/mainwindow.h"

#include "ui/models/inventoryfilter.h"
#include "ui/models/inventorymodel.h"
#include "ui/models/statusicons.h"
#include "ui/scan/workspacehost.h"
#include "ui/widgets/editcontroller.h"
#include "ui/widgets/nsgpage.h"
#include "ui/widgets/signindialog.h"
#include "ui/widgets/suppressionscontroller.h"

#include "workspace/connection.h"
#include "workspace/livescan.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace nsg::ui {

using workspace::Workspace;

void MainWindow::buildActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open export…"), this, &MainWindow::onOpen);
    open->setShortcut(QKeySequence::Open);
    open->setToolTip(tr("Scan az network nsg list exports, ARM list pages or Resource Graph "
                        "output (Ctrl+O; or drop files on the window)"));
    file->addSeparator();
    QAction *exportReport =
        file->addAction(tr("&Export report…"), this, &MainWindow::showReportDialog);
    exportReport->setObjectName(QStringLiteral("exportReportAction"));
    exportReport->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    QAction *suppressions =
        file->addAction(tr("&Suppressions (accepted risks)…"), this, &MainWindow::showSuppressions);
    suppressions->setObjectName(QStringLiteral("suppressionsAction"));
    suppressions->setToolTip(tr("The team's accepted risks: review, remove, import, export"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(
        QKeySequence(Qt::CTRL | Qt::Key_Q)); // QKeySequence::Quit is empty on some desktops
    quit->setMenuRole(QAction::QuitRole);

    QMenu *azure = menuBar()->addMenu(tr("&Azure"));
    m_signInAction = azure->addAction(tr("&Sign in…"), this, &MainWindow::showSignIn);
    m_signOutAction = azure->addAction(tr("Sign &out"), this, [this] {
        m_host->invoke([](Workspace &w) {
            w.scan()->cancel();
            w.connection()->signOut();
        });
        if (m_sandboxUrl.isEmpty())
            QSettings().remove(QLatin1String("signIn/") + m_cloud + QLatin1String("/account"));
    });
    m_signOutAction->setEnabled(false);
    azure->addSeparator();
    m_refreshAction = azure->addAction(tr("&Refresh"), this, &MainWindow::onRefresh);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setToolTip(
        tr("Read the selected NSG or subscription again, or everything (F5)"));
    m_refreshAction->setEnabled(false);
    m_cancelAction = azure->addAction(tr("&Cancel scan"), this, [this] {
        m_host->invoke([](Workspace &w) { w.scan()->cancel(); });
    });
    m_cancelAction->setEnabled(false);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_editModeAction = edit->addAction(tr("&Edit mode"));
    m_editModeAction->setObjectName(QStringLiteral("editModeAction"));
    m_editModeAction->setCheckable(true);
    m_editModeAction->setToolTip(tr("Allow changes to rules (read-only while off). Every change "
                                    "is journaled and can be reverted from History."));
    connect(m_editModeAction, &QAction::toggled, this, [this] { m_edits->updateEditState(); });
    m_fixAllAction = edit->addAction(tr("Fix all &similar…"), this, &MainWindow::fixAllSimilar);
    m_fixAllAction->setObjectName(QStringLiteral("fixAllAction"));
    m_fixAllAction->setToolTip(tr("One fix for every exposing rule of the selected NSGs (or of "
                                  "every exposed NSG under the selected scope; only the "
                                  "internet-facing ones while \"Internet-facing only\" is "
                                  "ticked)"));
    m_historyAction = edit->addAction(tr("Change &history…"), this, &MainWindow::showHistory);
    m_historyAction->setObjectName(QStringLiteral("historyAction"));
    m_historyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    edit->addSeparator();
    QAction *settings = edit->addAction(tr("Se&ttings…"), this, &MainWindow::showSettings);
    settings->setObjectName(QStringLiteral("settingsAction"));
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setMenuRole(QAction::PreferencesRole);

    QMenu *audits = menuBar()->addMenu(tr("Hi&story"));
    QAction *compare = audits->addAction(tr("&Compare audits…"), this, &MainWindow::showCompare);
    compare->setObjectName(QStringLiteral("compareAction"));
    compare->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    compare->setStatusTip(tr("Compare two scans of the audit history: what is new, came back, "
                             "was fixed, and who changed it"));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *find = view->addAction(tr("&Filter"), this, [this] {
        // The field is above the tree: bring the tree's pane back if it was dragged shut.
        if (const QList<int> sizes = m_splitter->sizes(); !sizes.isEmpty() && sizes.first() == 0)
            m_splitter->setSizes({width() / 3, width() - width() / 3});
        m_filterLineEdit->setFocus(Qt::ShortcutFocusReason);
        m_filterLineEdit->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    QAction *workloads = view->addAction(tr("&Workloads"), this, &MainWindow::showWorkloads);
    workloads->setObjectName(QStringLiteral("workloadsAction"));
    workloads->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    workloads->setToolTip(tr("Every network interface with the public entry points that reach "
                             "it, what decides, and the path"));
    m_interfacesAction = view->addAction(tr("Include network &interfaces"));
    m_interfacesAction->setCheckable(true);
    m_interfacesAction->setObjectName(QStringLiteral("includeInterfacesAction"));
    m_interfacesAction->setToolTip(tr("Also read NICs and virtual networks on the next scan, to "
                                      "show what reaches each NIC through both NSGs"));
    // Kept as soon as it is chosen, not only when the window closes; what is shown holds until
    // the next read, and the status bar says so.
    connect(m_interfacesAction, &QAction::toggled, this, [this](bool on) {
        QSettings().setValue(QStringLiteral("view/includeInterfaces"), on);
        if (!m_signedIn || m_scanning)
            return;
        const QString refresh = m_refreshAction->shortcut().toString(QKeySequence::NativeText);
        m_progressLabel->setText(
            on ? tr("Network interfaces and the paths from the Internet are read on the next "
                    "refresh (Azure → Refresh, %1); the tree shows the last scan until then.")
                     .arg(refresh)
               : tr("Network interfaces are no longer read from the next refresh (Azure → "
                    "Refresh, %1).")
                     .arg(refresh));
    });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    m_demoAction = help->addAction(tr("Try the &demo tenant"), this, &MainWindow::tryDemo);
    m_demoAction->setObjectName(QStringLiteral("demoAction"));
    m_demoAction->setToolTip(tr("A made-up Azure tenant in this process, with exposed NSGs to "
                                "find and fix: nothing reaches Azure"));
    help->addSeparator();
    help->addAction(tr("&About NSG Auditor"), this, [this] {
        QMessageBox::about(
            this, tr("About NSG Auditor"),
            tr("<h3>NSG Auditor %1</h3><p>Finds Azure network security groups that let %2 in "
               "from the Internet, and proves it rule by rule.</p>"
               "<p>NSG Auditor is free software under the MIT license.</p>"
               "<p>Built with: Qt %3 (LGPL-3.0), QtKeychain (BSD-3-Clause), "
               "nlohmann_json %4.%5.%6 (MIT).</p>")
                .arg(QCoreApplication::applicationVersion(),
                     m_inventory->evaluationOptions().policy.label(),
                     QString::fromLatin1(qVersion()))
                .arg(NLOHMANN_JSON_VERSION_MAJOR)
                .arg(NLOHMANN_JSON_VERSION_MINOR)
                .arg(NLOHMANN_JSON_VERSION_PATCH));
    });

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->addAction(m_signInAction);
    bar->addAction(m_refreshAction);
    bar->addAction(m_cancelAction);
    bar->addAction(open);
    bar->addSeparator();
    m_policyCombo = new QComboBox(this);
    m_policyCombo->setObjectName(QStringLiteral("policyComboBox"));
    m_policyCombo->setAccessibleName(tr("Policy: the service whose ports are checked"));
    m_policyCombo->setToolTip(tr("The service whose exposure is checked (every NSG is evaluated "
                                 "again when you pick another)"));
    m_policyCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_policyCombo->setMinimumContentsLength(16);
    for (const PortPolicy &p : PortPolicy::catalog())
        m_policyCombo->addItem(p.label(), p.id);
    m_policyCombo->addItem(tr("Custom port…"), QString());
    bar->addWidget(m_policyCombo);
    connect(m_policyCombo, &QComboBox::activated, this, &MainWindow::onPolicyPicked);
    // Last, so that a narrow window with a large font moves only these (both in the Edit
    // menu too) into the toolbar's overflow, never the policy.
    bar->addSeparator();
    bar->addAction(m_editModeAction);
    bar->addAction(m_historyAction);
    // The filter sits above the tree (buildLayout), not in the toolbar: a toolbar moves what
    // does not fit into its overflow menu, where neither the field nor Ctrl+F reaches it.
    m_filterLineEdit->setObjectName(QStringLiteral("filterLineEdit"));
    m_filterLineEdit->setAccessibleName(tr("Filter the tree"));
    m_filterLineEdit->setPlaceholderText(
        tr("Filter: name, resource group, subscription, or an IP/CIDR that gets in"));
    m_filterLineEdit->setToolTip(
        m_filterLineEdit->placeholderText() + QLatin1String(" (")
        + QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText) + QLatin1Char(')'));
    m_filterLineEdit->setClearButtonEnabled(true);
    m_exposedOnly->setObjectName(QStringLiteral("exposedOnlyCheckBox"));
    m_exposedOnly->setToolTip(
        tr("Only what is red: NSGs whose own rules expose the port, and those the Internet "
           "reaches past OK rules (a public service tag, a firewall's DNAT, an admin rule)"));
    connect(m_filterLineEdit, &QLineEdit::textChanged, m_filter,
            &InventoryFilterModel::setFilterText);
    connect(m_exposedOnly, &QCheckBox::toggled, m_filter, &InventoryFilterModel::setExposedOnly);
    connect(m_filterLineEdit, &QLineEdit::textChanged, this, [this] {
        if (m_filter->isFiltering())
            m_tree->expandAll();
    });
    connect(m_exposedOnly, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            m_tree->expandAll();
    });
    m_internetFacingOnly->setObjectName(QStringLiteral("internetFacingOnlyCheckBox"));
    m_internetFacingOnly->setToolTip(
        tr("Only NSGs on a path from the Internet that gets through, and those not known not "
           "to be (grey: a path that could not be decided). The paths are followed when the "
           "network interfaces are read: View → Include network interfaces."));
    connect(m_internetFacingOnly, &QCheckBox::toggled, m_filter,
            &InventoryFilterModel::setInternetFacingOnly);
    m_internetFacingOnly->setEnabled(false); // until paths from the Internet were followed
    connect(m_internetFacingOnly, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            m_tree->expandAll();
    });
}

void MainWindow::buildLayout()
{
    m_tree->setObjectName(QStringLiteral("inventoryTree"));
    m_tree->setAccessibleName(tr("Tenants, subscriptions and NSGs"));
    m_tree->setModel(m_filter);
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(InventoryModel::NameColumn, Qt::AscendingOrder);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    // Several NSGs (or scopes) at once for "Fix all similar".
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(InventoryModel::NameColumn, QHeaderView::Stretch);
    // Names are what a reviewer reads: cut in the middle, where "nsg-mail-…-inbound" keeps
    // both ends, with the whole name in the tooltip; Status and Location yield (fitColumns).
    m_tree->setTextElideMode(Qt::ElideMiddle);
    fitColumns();
    // A reset model (a file opened, a new scan) gives the header its default sections back.
    connect(m_filter, &QAbstractItemModel::modelReset, this, &MainWindow::fitColumns,
            Qt::QueuedConnection);
    connect(m_tree->header(), &QHeaderView::sectionCountChanged, this, &MainWindow::fitColumns,
            Qt::QueuedConnection);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onSelectionChanged);

    m_welcome->setObjectName(QStringLiteral("welcomeLabel"));
    m_welcome->setAlignment(Qt::AlignCenter);
    m_welcome->setWordWrap(true);
    m_welcome->setTextFormat(Qt::RichText);
    updatePolicyTexts();
    connect(m_welcome, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link == QLatin1String("demo"))
            tryDemo();
        else
            showSignIn();
    });
    m_scope->setObjectName(QStringLiteral("scopeLabel"));
    m_scope->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_scope->setWordWrap(true);
    m_scope->setTextFormat(Qt::RichText);
    m_scope->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_scope->setMargin(12);
    m_right->addWidget(m_welcome);
    m_right->addWidget(m_scope);
    m_right->addWidget(m_nsgPage);
    connect(m_nsgPage, &NsgPage::jsonRequested, this, &MainWindow::onJsonRequested);
    connect(m_nsgPage, &NsgPage::refreshRequested, this, &MainWindow::onRefresh);
    connect(m_nsgPage, &NsgPage::restrictRequested, this, &MainWindow::openRestrictDialog);
    connect(m_nsgPage, &NsgPage::fixRequested, this, &MainWindow::openWizard);
    connect(m_nsgPage, &NsgPage::acceptRiskRequested, this, &MainWindow::openAcceptRisk);
    connect(m_nsgPage, &NsgPage::hopActivated, this, &MainWindow::openHop);
    connect(m_nsgPage, &NsgPage::interfaceActivated, this, &MainWindow::showInterfacePaths);

    auto *left = new QWidget(this);
    left->setObjectName(QStringLiteral("treePane"));
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(4);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filterLineEdit, 1);
    filterRow->addWidget(m_exposedOnly);
    filterRow->addWidget(m_internetFacingOnly);
    leftLayout->addLayout(filterRow);
    leftLayout->addWidget(m_tree, 1);
    m_tree->installEventFilter(this);

    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_right);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    setCentralWidget(m_splitter);

    m_problemsDock->setObjectName(QStringLiteral("problemsDock"));
    m_problems->setObjectName(QStringLiteral("problemsList"));
    m_problems->setWordWrap(true);
    m_problemsDock->setWidget(m_problems);
    m_problemsDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    addDockWidget(Qt::BottomDockWidgetArea, m_problemsDock);
    m_problemsDock->hide();
    connect(m_problems, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QModelIndex source =
            m_inventory->indexOfSubscription(item->data(Qt::UserRole).toString());
        const QModelIndex index = m_filter->mapFromSource(source);
        if (index.isValid())
            m_tree->setCurrentIndex(index);
    });

    m_accountLabel->setObjectName(QStringLiteral("accountLabel"));
    m_accountLabel->setText(tr("Not signed in"));
    statusBar()->addPermanentWidget(m_accountLabel);
    m_progressLabel->setObjectName(QStringLiteral("progressLabel"));
    statusBar()->addWidget(m_progressLabel, 1);
    m_progress->setObjectName(QStringLiteral("scanProgress"));
    m_progress->setMaximumWidth(220);
    m_progress->setVisible(false);
    statusBar()->addPermanentWidget(m_progress);
}

} // namespace nsg::ui
