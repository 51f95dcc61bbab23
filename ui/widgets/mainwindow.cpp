// SPDX-License-Identifier: MIT
#include "ui/widgets/mainwindow.h"

#include "ui/models/inventoryfilter.h"
#include "ui/models/inventorymodel.h"
#include "ui/models/statusicons.h"
#include "ui/scan/demosandbox.h"
#include "ui/scan/scancontroller.h"
#include "ui/widgets/acceptriskdialog.h"
#include "ui/widgets/historywindow.h"
#include "ui/widgets/nsgpage.h"
#include "ui/widgets/remediationwizard.h"
#include "ui/widgets/reportdialog.h"
#include "ui/widgets/restrictsourcedialog.h"
#include "ui/widgets/settingsdialog.h"
#include "ui/widgets/signindialog.h"
#include "ui/widgets/suppressionsdialog.h"

#include "azure/cloudenvironment.h"
#include "sandbox/sandboxserver.h"

#include "azure/changejournal.h"

#include "core/audit/nicview.h"
#include "core/input/offlinescan.h"
#include "core/settings/translations.h"

#include <nlohmann/json.hpp>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProcess>
#include <QProgressBar>
#include <QRegularExpression>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace nsg::ui {

namespace {

enum Page { WelcomePage, ScopePage, NsgPageIndex };

// The element at a JSON path such as "$[3]" or "$.value[2]" of a file, pretty-printed; files
// over 64 MiB are not loaded whole for this.
QString elementOf(const QString &file, const QString &path, QString *error)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return QString();
    }
    if (f.size() > 64 * 1024 * 1024) {
        *error = QCoreApplication::translate("nsg::ui::MainWindow",
                                             "the file is too large to show one NSG from it");
        return QString();
    }
    QByteArray bytes = f.readAll();
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    const nlohmann::json doc =
        nlohmann::json::parse(bytes.constData(), bytes.constData() + bytes.size(), nullptr, false);
    if (doc.is_discarded()) {
        *error = QCoreApplication::translate("nsg::ui::MainWindow", "the file is not valid JSON");
        return QString();
    }
    const nlohmann::json *at = &doc;
    static const QRegularExpression step(QStringLiteral(R"(\.([^.\[]+)|\[(\d+)\])"));
    auto it = step.globalMatch(path.mid(1));
    while (it.hasNext() && at) {
        const auto m = it.next();
        if (m.capturedLength(1) > 0) {
            const std::string key = m.captured(1).toStdString();
            at = at->is_object() && at->contains(key) ? &(*at)[key] : nullptr;
        } else {
            const size_t i = m.captured(2).toULongLong();
            at = at->is_array() && i < at->size() ? &(*at)[i] : nullptr;
        }
    }
    if (!at) {
        *error =
            QCoreApplication::translate("nsg::ui::MainWindow", "%1 is not in the file").arg(path);
        return QString();
    }
    return QString::fromStdString(at->dump(2));
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_controller(new ScanController(this))
    , m_inventory(new InventoryModel(this))
    , m_filter(new InventoryFilterModel(this))
    , m_tree(new QTreeView(this))
    , m_right(new QStackedWidget(this))
    , m_welcome(new QLabel(this))
    , m_scope(new QLabel(this))
    , m_nsgPage(new NsgPage(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_problemsDock(new QDockWidget(tr("Problems"), this))
    , m_problems(new QListWidget(this))
    , m_filterLineEdit(new QLineEdit(this))
    , m_exposedOnly(new QCheckBox(tr("Exposed only"), this))
    , m_accountLabel(new QLabel(this))
    , m_progressLabel(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_filterTimer(new QTimer(this))
    , m_signIn(new SignInDialog(m_controller->worker(), this))
{
    ensureEnglishPlurals();
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("NSG Auditor"));
    setAcceptDrops(true);
    m_filter->setInventory(m_inventory);
    // Any change of a finding (policy, limit, accepted risks, a re-read, a fix) changes what
    // reaches the NICs: their verdicts follow, never the ones of the scan that read them.
    connect(m_inventory, &InventoryModel::dataChanged, this, &MainWindow::onFindingsChanged);
    connect(m_inventory, &InventoryModel::rowsInserted, this, &MainWindow::onFindingsChanged);
    connect(m_inventory, &InventoryModel::rowsRemoved, this, &MainWindow::onFindingsChanged);
    connect(m_inventory, &InventoryModel::modelReset, this, &MainWindow::onFindingsChanged);
    m_inventory->setEvaluationOptions(AppSettings::load().evaluationOptions());
    buildActions();
    buildLayout();
    connectWorker();
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(400);
    connect(m_filterTimer, &QTimer::timeout, m_filter, &InventoryFilterModel::refresh);
    restoreSettings();
    setJournalPath(azure::ChangeJournal::defaultPath());
    const QString suppressions = qEnvironmentVariable("NSG_AUDITOR_SUPPRESSIONS");
    const QString chosen = AppSettings::load().suppressionsFile;
    setSuppressionsPath(!suppressions.isEmpty() ? suppressions
                            : !chosen.isEmpty()
                            ? chosen
                            : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                                + QLatin1String("/accepted-risks.json"));
}

MainWindow::~MainWindow()
{
    m_controller->cancelScan();
}

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
        m_controller->signOut();
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
    m_cancelAction =
        azure->addAction(tr("&Cancel scan"), m_controller, &ScanController::cancelScan);
    m_cancelAction->setEnabled(false);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_editModeAction = edit->addAction(tr("&Edit mode"));
    m_editModeAction->setObjectName(QStringLiteral("editModeAction"));
    m_editModeAction->setCheckable(true);
    m_editModeAction->setToolTip(tr("Allow changes to rules (read-only while off). Every change "
                                    "is journaled and can be reverted from History."));
    connect(m_editModeAction, &QAction::toggled, this, [this] { updateEditState(); });
    m_fixAllAction = edit->addAction(tr("Fix all &similar…"), this, &MainWindow::fixAllSimilar);
    m_fixAllAction->setObjectName(QStringLiteral("fixAllAction"));
    m_fixAllAction->setToolTip(tr("One fix for every exposing rule of the selected NSGs (or of "
                                  "every exposed NSG under the selected scope)"));
    m_historyAction = edit->addAction(tr("Change &history…"), this, &MainWindow::showHistory);
    m_historyAction->setObjectName(QStringLiteral("historyAction"));
    m_historyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    edit->addSeparator();
    QAction *settings = edit->addAction(tr("Se&ttings…"), this, &MainWindow::showSettings);
    settings->setObjectName(QStringLiteral("settingsAction"));
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setMenuRole(QAction::PreferencesRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *find = view->addAction(tr("&Filter"), this, [this] {
        // The field is above the tree: bring the tree's pane back if it was dragged shut.
        if (const QList<int> sizes = m_splitter->sizes(); !sizes.isEmpty() && sizes.first() == 0)
            m_splitter->setSizes({width() / 3, width() - width() / 3});
        m_filterLineEdit->setFocus(Qt::ShortcutFocusReason);
        m_filterLineEdit->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    m_interfacesAction = view->addAction(tr("Include network &interfaces"));
    m_interfacesAction->setCheckable(true);
    m_interfacesAction->setToolTip(tr("Also read NICs and virtual networks on the next scan, to "
                                      "show what reaches each NIC through both NSGs"));

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

    auto *left = new QWidget(this);
    left->setObjectName(QStringLiteral("treePane"));
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(4);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filterLineEdit, 1);
    filterRow->addWidget(m_exposedOnly);
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

void MainWindow::connectWorker()
{
    ScanWorker *w = m_controller->worker();
    connect(m_signIn, &SignInDialog::signInRequested, this, &MainWindow::onSignInRequested);
    connect(m_signIn, &SignInDialog::signInCancelled, m_controller, &ScanController::cancelSignIn);
    connect(
        w, &ScanWorker::signInFinished, this,
        [this](bool ok, const QString &, const azure::AccountInfo &account, const QString &key) {
            if (m_awaitingClaims) {
                // The sign-in Azure asked for before a change: send the change again.
                m_awaitingClaims = false;
                if (ok)
                    m_controller->resumeEdit();
                else
                    m_controller->abandonEdit();
                return;
            }
            if (ok)
                onSignedIn(account.username, key);
        });
    connect(w, &ScanWorker::restoreFinished, this,
            [this](bool ok, const QString &message, const azure::AccountInfo &account) {
                if (ok) {
                    onSignedIn(account.username, QString());
                    return;
                }
                m_progressLabel->setText(message);
                m_right->setCurrentIndex(WelcomePage);
            });
    connect(w, &ScanWorker::signedOut, this, [this] {
        m_signedIn = false;
        m_accountLabel->setText(tr("Not signed in"));
        updatePolicyTexts();
        m_signOutAction->setEnabled(false);
        m_refreshAction->setEnabled(false);
        m_inventory->clearLive();
        m_right->setCurrentIndex(WelcomePage);
    });
    connect(w, &ScanWorker::storageWarning, this, [this](const QString &message) {
        m_accountLabel->setToolTip(message);
        m_accountLabel->setText(
            tr("Signed in as %1 (not remembered: no keychain)").arg(m_username));
        addProblem(tr("Sign-in"),
                   ScanError{QString(), 0, QStringLiteral("NoKeychain"), message, QString()});
    });

    paced(&ScanWorker::tenantsListed,
          [this](const QList<Tenant> &t) { m_inventory->addTenants(t); });
    paced(&ScanWorker::tenantFailed, [this](const ScanError &e) {
        m_inventory->setTenantError(e.scope, e);
        addProblem(tr("Tenant %1").arg(e.scope), e);
    });
    paced(&ScanWorker::subscriptionsListed,
          [this](const QString &tenantId, const QList<Subscription> &subs) {
              m_inventory->addSubscriptions(tenantId, subs);
              m_tree->expand(m_filter->mapFromSource(
                  m_inventory->indexOf(m_inventory->nodeOf(m_inventory->index(0, 0)))));
          });
    paced(&ScanWorker::nsgsReady, [this](const QString &sub, const QList<NsgResult> &nsgs) {
        m_inventory->addNsgs(sub, nsgs);
        scheduleFilterRefresh();
        restoreSelection();
    });
    paced(&ScanWorker::subscriptionFailed, [this](const ScanError &e) {
        const QString id = e.scope.section(QLatin1Char('/'), 2, 2);
        m_inventory->setSubscriptionError(id, e);
        const QModelIndex index = m_inventory->indexOfSubscription(id);
        addProblem(index.isValid() ? index.data().toString() : e.scope, e);
    });
    paced(&ScanWorker::subscriptionSkipped,
          [this](const ScanError &e) { m_inventory->setSubscriptionSkipped(e); });
    paced(&ScanWorker::subscriptionFinished,
          [this](const QString &sub, bool) { m_inventory->setSubscriptionLoading(sub, false); });
    paced(&ScanWorker::progress, [this](int done, int total) {
        m_progress->setMaximum(std::max(total, 1));
        m_progress->setValue(done);
        m_progressLabel->setText(done < total
                                     ? tr("Scanning subscription %1 of %2").arg(done + 1).arg(total)
                                     : tr("Scanned %n subscription(s)", "", total));
    });
    paced(&ScanWorker::notice, [this](const QString &message) {
        addProblem(tr("Note"), ScanError{QString(), 0, QStringLiteral("Note"), message, QString()});
    });
    paced(&ScanWorker::interfacesRead,
          [this](const QList<NetworkInterface> &nics, const QList<Subnet> &subnets) {
              m_nicsRead = nics;
              m_subnetsRead = subnets;
              m_haveInterfaces = true;
              m_interfacesStale = true;
              if (m_right->currentIndex() == NsgPageIndex)
                  m_nsgPage->showInterfaces(currentInterfaces());
          });
    paced(&ScanWorker::scanFinished, [this](bool cancelled) {
        setScanning(false);
        m_progressLabel->setText((cancelled ? tr("Scan cancelled: ") : QString())
                                 + m_inventory->summaryText());
        m_filter->refresh();
        Q_EMIT scanFinished();
    });
    paced(&ScanWorker::subscriptionReloaded,
          [this](const QString &sub, const QList<NsgResult> &nsgs) {
              m_inventory->addNsgs(sub, nsgs);
              m_inventory->setSubscriptionLoading(sub, false);
              m_filter->refresh();
              restoreSelection();
              m_progressLabel->setText(tr("Subscription read again."));
          });
    paced(&ScanWorker::nsgRefreshed, [this](const NsgResult &r) {
        m_inventory->updateNsg(r);
        if (m_nsgPage->nsgId() == r.nsg.id())
            onSelectionChanged();
        m_progressLabel->setText(
            tr("%1 read again: %2").arg(r.nsg.name(), displayName(r.finding.verdict)));
    });
    paced(&ScanWorker::refreshFailed, [this](const ScanError &e) {
        if (e.scope.count(QLatin1Char('/')) == 2)
            m_inventory->setSubscriptionError(e.scope.section(QLatin1Char('/'), 2, 2), e);
        addProblem(e.scope.section(QLatin1Char('/'), -1), e);
    });
    connect(w, &ScanWorker::nsgJsonReady, m_nsgPage, &NsgPage::setJson);
    connect(w, &ScanWorker::nsgJsonReady, this,
            [this](const QString &nsgId, const QString &json, const QString &error) {
                RestrictSourceDialog *dialog = restrictDialog();
                if (!dialog || !error.isEmpty()
                    || !dialog->ruleId().startsWith(nsgId + QLatin1Char('/'), Qt::CaseInsensitive))
                    return;
                const NsgDocument doc = NsgDocument::fromText(json);
                if (!doc.isNull())
                    dialog->setFreshNsg(doc);
            });
    connect(w, &ScanWorker::permissionChecked, this,
            [this](const QString &nsgId, bool known, bool allowed, const QString &reason) {
                m_permissions.insert(nsgId.toLower(), Permission{known, allowed, reason});
                updateEditState();
                Q_EMIT permissionKnown(nsgId);
            });
    connect(w, &ScanWorker::editProgress, this, [this](const QString &step) {
        m_progressLabel->setText(step);
        if (auto *d = qobject_cast<RestrictSourceDialog *>(m_editClient))
            d->showProgress(step);
        else if (auto *z = qobject_cast<RemediationWizard *>(m_editClient))
            z->showProgress(step);
        else if (auto *h = qobject_cast<HistoryWindow *>(m_editClient))
            h->setBusy(true, step);
    });
    connect(w, &ScanWorker::editFinished, this, &MainWindow::onEditOutcome);
    connect(w, &ScanWorker::editClaimsChallenge, this, &MainWindow::onClaimsChallenge);
    connect(w, &ScanWorker::journalChanged, this, [this] {
        if (HistoryWindow *h = historyWindow())
            h->reload();
    });
}

ScanWorker *MainWindow::workerObject() const
{
    return m_controller->worker();
}

void MainWindow::drain()
{
    m_drainScheduled = false;
    QElapsedTimer clock;
    clock.start();
    // A slice at a time, so that a burst of results never freezes the window.
    while (!m_work.empty() && clock.elapsed() < 12) {
        const std::function<void()> work = std::move(m_work.front());
        m_work.pop_front();
        work();
    }
    if (!m_work.empty()) {
        m_drainScheduled = true;
        QTimer::singleShot(0, this, &MainWindow::drain);
    }
}

void MainWindow::setMinimumPollInterval(int ms)
{
    m_controller->setMinimumPollInterval(ms);
}

void MainWindow::setSandbox(const QString &baseUrl)
{
    m_sandboxUrl = baseUrl;
    m_signIn->setDemo(true);
    setWindowTitle(tr("Sandbox %1").arg(QUrl(baseUrl).authority()));
}

bool MainWindow::startDemo(QString *error)
{
    sandbox::SandboxOptions options;
    options.tls = true;
    options.autoApproveSeconds = 3;
    options.pollIntervalSeconds = 1;
    m_demo = std::make_unique<DemoSandbox>(options);
    if (!m_demo->startAndWait()) {
        *error = m_demo->errorString();
        return false;
    }
    setSandbox(m_demo->baseUrl());
    // The platform adds " — NSG Auditor" (the application's display name) by itself.
    setWindowTitle(tr("Demo tenant"));
    m_demoAction->setEnabled(false);
    // The demo tenant starts afresh each time: so does its journal (unless one is named).
    if (qEnvironmentVariableIsEmpty("NSG_AUDITOR_JOURNAL")) {
        m_demoJournal = std::make_unique<QTemporaryDir>();
        setJournalPath(m_demoJournal->filePath(QStringLiteral("demo-journal.jsonl")));
    }
    // So do its accepted risks.
    if (qEnvironmentVariableIsEmpty("NSG_AUDITOR_SUPPRESSIONS")) {
        if (!m_demoJournal)
            m_demoJournal = std::make_unique<QTemporaryDir>();
        setSuppressionsPath(m_demoJournal->filePath(QStringLiteral("demo-accepted-risks.json")));
    }
    showSignIn();
    m_signIn->start();
    return true;
}

void MainWindow::tryDemo()
{
    if (m_demo) {
        showSignIn();
        return;
    }
    // A window in use (signed in, or with files open) keeps its session: the demo opens in a
    // window of its own.
    if (m_signedIn || m_scanning || !m_sandboxUrl.isEmpty() || m_inventory->rowCount() > 0) {
        if (!QProcess::startDetached(QCoreApplication::applicationFilePath(),
                                     {QStringLiteral("--demo")}))
            QMessageBox::warning(this, tr("Try the demo tenant"),
                                 tr("The demo could not be started. Run: %1 --demo")
                                     .arg(QCoreApplication::applicationFilePath()));
        return;
    }
    QString error;
    if (!startDemo(&error))
        QMessageBox::warning(this, tr("Try the demo tenant"),
                             tr("The demo sandbox did not start: %1").arg(error));
}

void MainWindow::showSignIn()
{
    m_signIn->setCloud(m_cloud);
    m_signIn->setTenant(m_tenant);
    m_signIn->show();
    m_signIn->raise();
    m_signIn->activateWindow();
}

void MainWindow::restoreSignIn()
{
    if (!m_sandboxUrl.isEmpty())
        return;
    const QString key = QSettings()
                            .value(QLatin1String("signIn/") + m_cloud + QLatin1String("/account"))
                            .toString();
    const auto environment = azure::CloudEnvironment::byName(m_cloud);
    if (key.isEmpty() || !environment)
        return;
    m_progressLabel->setText(tr("Signing in as %1…").arg(key.section(QLatin1Char(':'), 2)));
    m_controller->setEnvironment(*environment, true);
    m_controller->restore(key);
}

void MainWindow::onSignInRequested(const QString &cloud, const QString &tenant,
                                   const QString &clientId)
{
    std::optional<azure::CloudEnvironment> environment;
    if (!m_sandboxUrl.isEmpty()) {
        environment = azure::CloudEnvironment::sandbox(QUrl(m_sandboxUrl),
                                                       {sandbox::SandboxServer::caCertificate()});
    } else {
        environment = azure::CloudEnvironment::byName(cloud);
        m_cloud = cloud;
    }
    m_tenant = tenant;
    if (!environment || !environment->isValid())
        return;
    const AppSettings settings = AppSettings::load();
    if (!clientId.isEmpty())
        environment->setClientId(clientId);
    else if (!settings.clientId.isEmpty() && m_sandboxUrl.isEmpty())
        environment->setClientId(settings.clientId);
    environment->setApiVersions(azure::ApiVersions::from(settings));
    m_controller->setEnvironment(*environment, m_sandboxUrl.isEmpty());
    m_controller->signIn(tenant);
}

void MainWindow::onSignedIn(const QString &username, const QString &storageKey)
{
    m_signedIn = true;
    m_username = username;
    m_accountLabel->setText(tr("Signed in as %1").arg(username));
    updatePolicyTexts();
    m_signOutAction->setEnabled(true);
    m_refreshAction->setEnabled(true);
    if (m_sandboxUrl.isEmpty() && !storageKey.isEmpty())
        QSettings().setValue(QLatin1String("signIn/") + m_cloud + QLatin1String("/account"),
                             storageKey);
    startScan();
}

void MainWindow::startScan()
{
    if (!m_signedIn)
        return;
    m_inventory->clearLive();
    m_interfaces.clear();
    m_nicsRead.clear();
    m_subnetsRead.clear();
    m_haveInterfaces = false;
    m_problems->clear();
    m_problemsDock->hide();
    azure::InventoryOptions inventory;
    inventory.networkInterfaces = m_interfacesAction->isChecked();
    if (!AppSettings::load().resourceGraph) // Settings: ARM per subscription only
        inventory.via = azure::InventoryOptions::Via::Arm;
    if (m_tenant != QLatin1String("organizations") && m_tenant != QLatin1String("common")
        && !m_tenant.contains(QLatin1Char('.')))
        inventory.tenants = {m_tenant};
    setScanning(true);
    m_scannedAt = QDateTime::currentDateTimeUtc();
    m_progressLabel->setText(tr("Listing tenants and subscriptions…"));
    m_controller->startScan(inventory, m_inventory->evaluationOptions());
}

void MainWindow::setScanning(bool on)
{
    m_scanning = on;
    updatePolicyTexts();
    m_progress->setVisible(on);
    if (on) {
        m_progress->setMaximum(0); // busy until the subscriptions are known
        m_progress->setValue(0);
    }
    m_cancelAction->setEnabled(on);
    m_refreshAction->setEnabled(!on && m_signedIn);
}

void MainWindow::onRefresh()
{
    if (!m_signedIn || m_scanning)
        return;
    const QModelIndex source = m_filter->mapToSource(m_tree->currentIndex());
    const InventoryModel::Node *node = m_inventory->nodeOf(source);
    const QString subscription = m_inventory->subscriptionOf(source);
    const QString tenant = m_inventory->tenantOf(source);
    if (node && node->kind == InventoryModel::Kind::Nsg && !subscription.isEmpty()) {
        m_progressLabel->setText(tr("Reading %1 again…").arg(node->name));
        m_controller->refreshNsg(tenant, node->id);
        return;
    }
    if (node && node->kind == InventoryModel::Kind::Subscription && !subscription.isEmpty()) {
        m_selectedId = subscription;
        m_inventory->resetSubscription(subscription);
        m_progressLabel->setText(tr("Reading %1 again…").arg(node->name));
        m_controller->refreshSubscription(tenant, subscription);
        return;
    }
    startScan();
}

void MainWindow::onOpen()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Open NSG exports"), QString(), tr("JSON exports (*.json);;All files (*)"));
    openFiles(files);
}

void MainWindow::openFiles(const QStringList &paths)
{
    const EvaluationOptions options = m_inventory->evaluationOptions();
    for (const QString &path : paths) {
        ++m_offlinePending;
        auto *watcher = new QFutureWatcher<std::pair<bool, ScanResult>>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path] {
            watcher->deleteLater();
            --m_offlinePending;
            auto [ok, result] = watcher->result();
            if (!ok) {
                addProblem(QFileInfo(path).fileName(),
                           ScanError{path, 0, QStringLiteral("CannotOpen"),
                                     result.warnings.value(0), QString()});
            } else {
                m_inventory->addOfflineFile(path, result);
                m_tree->expand(m_filter->mapFromSource(
                    m_inventory->indexOf(m_inventory->root()->children.back().get())));
                // A report's unread scopes are its scan's: named as such.
                for (const ScanError &e : std::as_const(result.errors))
                    addProblem(
                        e.scope == path
                            ? QFileInfo(path).fileName()
                            : tr("%1 (in the report %2)").arg(e.scope, QFileInfo(path).fileName()),
                        e);
                m_filter->refresh();
            }
            if (ok) {
                // What the file's node says: its counts, what it could not read, a report's time.
                const InventoryModel::Node *offline = m_inventory->root()->children.back().get();
                m_progressLabel->setText(
                    tr("Opened %1: %2.")
                        .arg(QFileInfo(path).fileName(),
                             m_inventory->statusText(offline->children.back().get())));
            } else {
                m_progressLabel->setText(tr("Could not open %1.").arg(QFileInfo(path).fileName()));
            }
            Q_EMIT offlineFileLoaded(path);
        });
        // Read off the window's thread: a large export takes seconds.
        watcher->setFuture(QtConcurrent::run([path, options] {
            OfflineScan scan(options);
            if (!scan.addFile(path)) {
                ScanResult failed;
                failed.warnings.append(scan.errorString());
                return std::make_pair(false, failed);
            }
            return std::make_pair(true, scan.takeResult());
        }));
    }
    if (!paths.isEmpty())
        m_progressLabel->setText(tr("Reading %n file(s)…", "", int(paths.size())));
}

void MainWindow::addProblem(const QString &scopeName, const ScanError &error)
{
    QString text = scopeName + QLatin1String(": ");
    if (error.httpStatus)
        text += QString::number(error.httpStatus) + QLatin1Char(' ');
    if (!error.code.isEmpty() && error.code != QLatin1String("Note"))
        text += error.code + QStringLiteral(" \u2014 ");
    text += error.message;
    if (!error.requestId.isEmpty())
        text += tr(" (request %1)").arg(error.requestId);
    auto *item = new QListWidgetItem(error.code == QLatin1String("Note")
                                         ? StatusIcons::icon(StatusIcons::Kind::Skipped)
                                         : StatusIcons::icon(StatusIcons::Kind::Failed),
                                     text, m_problems);
    item->setData(Qt::UserRole, error.scope.section(QLatin1Char('/'), 2, 2));
    item->setToolTip(text);
    if (m_problemsDock->isHidden()) {
        m_problemsDock->show();
        resizeDocks({m_problemsDock}, {std::max(90, height() / 8)}, Qt::Vertical);
    }
}

void MainWindow::scheduleFilterRefresh()
{
    if (m_filter->isFiltering() && !m_filterTimer->isActive())
        m_filterTimer->start();
}

void MainWindow::selectNsg(const QString &id)
{
    const QModelIndex index = m_filter->mapFromSource(m_inventory->indexOfNsg(id));
    if (!index.isValid())
        return;
    m_tree->scrollTo(index);
    m_tree->setCurrentIndex(index);
}

void MainWindow::restoreSelection()
{
    if (m_selectedId.isEmpty() || m_tree->currentIndex().isValid())
        return;
    QModelIndex source = m_inventory->indexOfNsg(m_selectedId);
    if (!source.isValid())
        source = m_inventory->indexOfSubscription(m_selectedId);
    const QModelIndex index = m_filter->mapFromSource(source);
    if (index.isValid()) {
        m_tree->scrollTo(index);
        m_tree->setCurrentIndex(index);
    }
}

void MainWindow::onSelectionChanged()
{
    const QModelIndex source = m_filter->mapToSource(m_tree->currentIndex());
    const InventoryModel::Node *node = m_inventory->nodeOf(source);
    if (!node) {
        updatePolicyTexts();
        m_right->setCurrentIndex(WelcomePage);
        return;
    }
    m_selectedId = node->id;
    if (node->kind != InventoryModel::Kind::Nsg) {
        showScope(source);
        return;
    }
    const bool live = !m_inventory->subscriptionOf(source).isEmpty();
    QString subscriptionName;
    for (const InventoryModel::Node *n = node; n; n = n->parent) {
        if (n->kind == InventoryModel::Kind::Subscription)
            subscriptionName = n->name;
    }
    m_nsgPage->showNsg(*node->nsg, m_inventory->evaluationOptions(), subscriptionName, live);
    m_nsgPage->showInterfaces(currentInterfaces());
    m_right->setCurrentIndex(NsgPageIndex);
    updateEditState();
}

void MainWindow::showScope(const QModelIndex &source)
{
    const InventoryModel::Node *n = m_inventory->nodeOf(source);
    const InventoryModel::Counts &c = n->counts;
    QString kind;
    switch (n->kind) {
    case InventoryModel::Kind::Tenant:
        kind = tr("Tenant");
        break;
    case InventoryModel::Kind::Subscription:
        kind = tr("Subscription");
        break;
    case InventoryModel::Kind::ResourceGroup:
        kind = tr("Resource group");
        break;
    case InventoryModel::Kind::OfflineFile:
        kind = n->report ? tr("Report written by %1, opened read-only").arg(n->report->tool)
                         : tr("Export file");
        break;
    default:
        kind = tr("Offline files");
        break;
    }
    QString html = QLatin1String("<p style=\"color:gray\">") + kind + QLatin1String("</p><h2>")
        + n->name.toHtmlEscaped() + QLatin1String("</h2>");
    if (!n->id.isEmpty() && n->kind != InventoryModel::Kind::ResourceGroup)
        html += QLatin1String("<p><tt>") + n->id.toHtmlEscaped() + QLatin1String("</tt></p>");
    html += QLatin1String("<p><b>") + m_inventory->statusText(n).toHtmlEscaped()
        + QLatin1String("</b></p>");
    html += QLatin1String("<table cellspacing=6><tr><td>") + tr("Exposed")
        + QLatin1String("</td><td align=right>") + QString::number(c.exposed)
        + QLatin1String("</td></tr><tr><td>") + tr("OK") + QLatin1String("</td><td align=right>")
        + QString::number(c.ok) + QLatin1String("</td></tr><tr><td>") + tr("Unknown")
        + QLatin1String("</td><td align=right>") + QString::number(c.unknown)
        + QLatin1String("</td></tr>");
    // Never "0 unknown" alone while a scope below could not be read.
    if (c.unread() > 0)
        html += QLatin1String("<tr><td>") + tr("Not read") + QLatin1String("</td><td>")
            + InventoryModel::unreadText(c).toHtmlEscaped() + QLatin1String("</td></tr>");
    html += QLatin1String("</table>");
    if (n->failed || n->skipped) {
        html += QLatin1String("<p>") + n->error.message.toHtmlEscaped() + QLatin1String("</p>");
        if (n->error.httpStatus)
            html += QLatin1String("<p>")
                + tr("HTTP %1 %2").arg(n->error.httpStatus).arg(n->error.code.toHtmlEscaped())
                + QLatin1String("</p>");
        if (!n->error.requestId.isEmpty())
            html += QLatin1String("<p>")
                + tr("Request id: <tt>%1</tt> (quote it to Azure support)")
                      .arg(n->error.requestId.toHtmlEscaped())
                + QLatin1String("</p>");
    }
    if (n->kind == InventoryModel::Kind::Subscription
        && !m_inventory->subscriptionOf(source).isEmpty())
        html += QLatin1String("<p style=\"color:gray\">")
            + tr("Press F5 to read this subscription again.") + QLatin1String("</p>");
    m_scope->setText(html);
    m_right->setCurrentIndex(ScopePage);
}

void MainWindow::onJsonRequested(const QString &nsgId)
{
    const QModelIndex source = m_filter->mapToSource(m_tree->currentIndex());
    const NsgResult *r = m_inventory->nsgAt(source);
    if (!r || r->nsg.id() != nsgId)
        return;
    if (!m_inventory->subscriptionOf(source).isEmpty()) {
        m_controller->fetchNsgJson(m_inventory->tenantOf(source), nsgId);
        return;
    }
    QString error;
    const QString text = elementOf(r->nsg.sourceFile(), r->nsg.sourcePath(), &error);
    m_nsgPage->setJson(nsgId, text, error);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList files;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            files.append(url.toLocalFile());
    }
    openFiles(files);
    event->acceptProposedAction();
}

void MainWindow::saveSettings() const
{
    QSettings s;
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    s.setValue(QStringLiteral("window/state"), saveState());
    s.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    s.setValue(QStringLiteral("window/treeHeader"), m_tree->header()->saveState());
    s.setValue(QStringLiteral("view/includeInterfaces"), m_interfacesAction->isChecked());
    if (m_sandboxUrl.isEmpty()) {
        s.setValue(QStringLiteral("signIn/lastCloud"), m_cloud);
        s.setValue(QStringLiteral("signIn/lastTenant"), m_tenant);
    }
}

void MainWindow::restoreSettings()
{
    QSettings s;
    if (!restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 800);
    restoreState(s.value(QStringLiteral("window/state")).toByteArray());
    m_problemsDock->hide();
    // The tree gets two fifths at first: names are what a reviewer reads there.
    if (!m_splitter->restoreState(s.value(QStringLiteral("window/splitter")).toByteArray()))
        m_splitter->setSizes({width() * 2 / 5, width() - width() * 2 / 5});
    m_tree->header()->restoreState(s.value(QStringLiteral("window/treeHeader")).toByteArray());
    m_tree->header()->setSectionResizeMode(InventoryModel::NameColumn, QHeaderView::Stretch);
    m_interfacesAction->setChecked(
        s.value(QStringLiteral("view/includeInterfaces"), false).toBool());
    // The last used, else the Settings' defaults.
    const AppSettings settings = AppSettings::load();
    m_cloud = s.value(QStringLiteral("signIn/lastCloud"), settings.cloud).toString();
    m_tenant = s.value(QStringLiteral("signIn/lastTenant"), settings.tenant).toString();
}

void MainWindow::setJournalPath(const QString &path)
{
    m_journalPath = path;
    m_controller->setJournalPath(path);
    if (HistoryWindow *h = historyWindow()) {
        h->close();
        m_history = nullptr;
    }
}

RestrictSourceDialog *MainWindow::restrictDialog() const
{
    return m_restrictDialog;
}

RemediationWizard *MainWindow::wizard() const
{
    return m_wizard;
}

HistoryWindow *MainWindow::historyWindow() const
{
    return m_history;
}

void MainWindow::updateEditState()
{
    const bool editMode = m_editModeAction->isChecked();
    m_fixAllAction->setEnabled(editMode && m_signedIn);
    const QString nsgId = m_nsgPage->nsgId();
    if (!editMode || nsgId.isEmpty()) {
        m_nsgPage->setEditState(editMode, false, QString());
        return;
    }
    if (!m_signedIn) {
        m_nsgPage->setEditState(true, false, tr("Sign in to change rules."));
        return;
    }
    const auto it = m_permissions.constFind(nsgId.toLower());
    if (it == m_permissions.constEnd()) {
        m_nsgPage->setEditState(true, false, tr("Checking whether you may change this NSG…"));
        const QModelIndex source = m_inventory->indexOfNsg(nsgId);
        if (!m_inventory->subscriptionOf(source).isEmpty())
            m_controller->checkPermission(m_inventory->tenantOf(source), nsgId);
        return;
    }
    if (!it->known) {
        m_nsgPage->setEditState(true, false,
                                tr("Your permissions could not be read (%1); changes are off for "
                                   "this NSG.")
                                    .arg(it->reason));
        return;
    }
    m_nsgPage->setEditState(
        true, it->allowed,
        it->allowed ? QString() : tr("You may not change this NSG's rules: %1").arg(it->reason));
}

void MainWindow::openRestrictDialog(const QString &ruleName)
{
    const QModelIndex source = m_inventory->indexOfNsg(m_nsgPage->nsgId());
    const NsgResult *r = m_inventory->nsgAt(source);
    if (!r || ruleName.isEmpty())
        return;
    if (RestrictSourceDialog *old = restrictDialog())
        old->close();
    const QString tenant = m_inventory->tenantOf(source);
    auto *dialog = new RestrictSourceDialog(NsgDocument::fromNsg(r->nsg), ruleName, tenant,
                                            m_inventory->evaluationOptions(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_restrictDialog = dialog;
    connect(dialog, &RestrictSourceDialog::applyRequested, this,
            [this, dialog](const azure::EditRequest &request) {
                m_editClient = dialog;
                m_controller->applyFix(request);
            });
    dialog->show();
    // The rule as Azure has it now (every field, the current etag).
    m_controller->fetchNsgJson(tenant, r->nsg.id());
}

QList<FixTarget> MainWindow::targetsOf(const QModelIndex &source) const
{
    QList<FixTarget> out;
    const InventoryModel::Node *node = m_inventory->nodeOf(source);
    if (!node || m_inventory->subscriptionOf(source).isEmpty())
        return out;
    if (node->kind == InventoryModel::Kind::Nsg) {
        const NsgResult *r = node->nsg.get();
        if (!r || r->finding.verdict != Verdict::Exposed)
            return out;
        const NsgDocument doc = NsgDocument::fromNsg(r->nsg);
        QStringList names;
        for (const ExposingRule &e : r->finding.exposing) {
            const QString name = r->nsg.inboundRuleView(e.rule).name();
            if (!names.contains(name)) {
                names.append(name);
                out.append(FixTarget{doc, name, m_inventory->tenantOf(source)});
            }
        }
        return out;
    }
    for (int row = 0; row < m_inventory->rowCount(source); ++row)
        out += targetsOf(m_inventory->index(row, 0, source));
    return out;
}

void MainWindow::openWizard()
{
    QList<FixTarget> targets = targetsOf(m_inventory->indexOfNsg(m_nsgPage->nsgId()));
    const QString rule = m_nsgPage->exposingRuleName();
    // The wizard is for one finding: the rule selected (or the first exposing one).
    for (const FixTarget &t : std::as_const(targets)) {
        if (t.ruleName == rule) {
            targets = {t};
            break;
        }
    }
    openWizardFor(targets);
}

void MainWindow::fixAllSimilar()
{
    QList<FixTarget> targets;
    QSet<QString> seen;
    for (const QModelIndex &index : m_tree->selectionModel()->selectedRows()) {
        for (const FixTarget &t : targetsOf(m_filter->mapToSource(index))) {
            if (!seen.contains(t.ruleId().toLower())) {
                seen.insert(t.ruleId().toLower());
                targets.append(t);
            }
        }
    }
    if (targets.isEmpty()) {
        QMessageBox::information(this, tr("Fix all similar"),
                                 tr("Select exposed NSGs (or a subscription or resource group "
                                    "with exposed NSGs) in the tree first."));
        return;
    }
    openWizardFor(targets);
}

void MainWindow::openWizardFor(const QList<FixTarget> &targets)
{
    if (targets.isEmpty())
        return;
    if (RemediationWizard *old = wizard())
        old->close();
    auto *w = new RemediationWizard(targets, m_inventory->evaluationOptions(), this);
    w->setAttribute(Qt::WA_DeleteOnClose);
    m_wizard = w;
    connect(w, &RemediationWizard::applyRequested, this, [this, w](const azure::EditRequest &r) {
        m_editClient = w;
        m_controller->applyFix(r);
    });
    w->show();
}

void MainWindow::showHistory()
{
    HistoryWindow *h = historyWindow();
    if (!h) {
        h = new HistoryWindow(m_journalPath, this);
        h->setAttribute(Qt::WA_DeleteOnClose);
        m_history = h;
        h->setNsgLookup([this](const QString &nsgId) {
            HistoryWindow::NsgNow now;
            now.options = m_inventory->evaluationOptions();
            if (const NsgResult *r = m_inventory->nsgAt(m_inventory->indexOfNsg(nsgId)))
                now.nsg = NsgDocument::fromNsg(r->nsg);
            return now;
        });
        connect(h, &HistoryWindow::revertRequested, this,
                [this, h](const QString &changeId, bool force) {
                    m_editClient = h;
                    m_controller->revertChange(changeId, force);
                });
    }
    h->reload();
    h->show();
    h->raise();
    h->activateWindow();
}

void MainWindow::onEditOutcome(const azure::EditOutcome &outcome)
{
    m_progressLabel->setText(outcome.message);
    QObject *client = m_editClient;
    m_editClient = nullptr;
    if (auto *d = qobject_cast<RestrictSourceDialog *>(client))
        d->showOutcome(outcome);
    else if (auto *z = qobject_cast<RemediationWizard *>(client))
        z->showOutcome(outcome);
    else if (auto *h = qobject_cast<HistoryWindow *>(client))
        h->showRevertOutcome(outcome);
    if (HistoryWindow *h = historyWindow(); h && h != client)
        h->reload();
    if (!outcome.isVerified() && outcome.state != azure::EditOutcome::State::Conflict
        && !outcome.error.isNull())
        addProblem(tr("Change"),
                   ScanError{outcome.changeId, outcome.error.httpStatus, outcome.error.code,
                             outcome.message, outcome.error.requestId});
    Q_EMIT editFinished(outcome);
}

void MainWindow::onClaimsChallenge(const QString &tenantId, const QString &claims)
{
    m_awaitingClaims = true;
    m_signIn->startChallenge(tr("Azure asks for multi-factor authentication before this change. "
                                "Sign in again; the change is sent as soon as you have."));
    m_controller->signIn(tenantId, claims);
}

ReportDialog *MainWindow::reportDialog() const
{
    return m_reportDialog;
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tree && event->type() == QEvent::Resize)
        fitColumns();
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::fitColumns()
{
    // The name column keeps at least half the tree; Status takes up to 170 px of the rest, and
    // Location (also on the NSG's page) shows only where there is room for it.
    const int width = m_tree->viewport()->width();
    const bool location = width >= 520;
    m_tree->setColumnHidden(InventoryModel::LocationColumn, !location);
    if (location)
        m_tree->header()->resizeSection(InventoryModel::LocationColumn, 100);
    const int rest = width - (location ? 100 : 0);
    m_tree->header()->resizeSection(InventoryModel::StatusColumn, std::clamp(rest / 3, 80, 170));
}

void MainWindow::onFindingsChanged()
{
    if (!m_haveInterfaces || m_interfacesStale)
        return;
    m_interfacesStale = true;
    // The NICs tab on show follows at once (once per burst of changes).
    QTimer::singleShot(0, this, [this] {
        if (m_right->currentIndex() == NsgPageIndex && m_interfacesStale)
            m_nsgPage->showInterfaces(currentInterfaces());
    });
}

const QList<NicResult> *MainWindow::currentInterfaces()
{
    if (!m_haveInterfaces)
        return nullptr;
    if (m_interfacesStale) {
        m_interfaces = evaluateInterfaces(
            m_nicsRead, m_subnetsRead,
            [this](const QString &id) -> const Finding * {
                const NsgResult *r = m_inventory->nsgAt(m_inventory->indexOfNsg(id));
                return r ? &r->finding : nullptr;
            },
            m_inventory->evaluationOptions());
        m_interfacesStale = false;
    }
    return &m_interfaces;
}

AuditReport MainWindow::buildReport(int scopeValue)
{
    const auto scope = ReportDialog::Scope(scopeValue);
    ScanResult scan;
    scan.options = m_inventory->evaluationOptions();
    scan.scannedAt = m_scannedAt.isValid() ? m_scannedAt : QDateTime::currentDateTimeUtc();
    // The nodes to report on: the selection's, or everything.
    QList<QModelIndex> roots;
    if (scope == ReportDialog::Scope::Selection) {
        for (const QModelIndex &index : m_tree->selectionModel()->selectedRows())
            roots.append(m_filter->mapToSource(index));
    } else {
        for (int row = 0; row < m_inventory->rowCount(); ++row)
            roots.append(m_inventory->index(row, 0));
    }
    // The report's scope names the tenants and files the reported nodes belong to.
    auto addScope = [&scan](const InventoryModel::Node *n) {
        QString label;
        if (n->kind == InventoryModel::Kind::Tenant)
            label = n->name.isEmpty() || n->name == n->id
                ? n->id
                : n->name + QLatin1String(" (") + n->id + QLatin1Char(')');
        else if (n->kind == InventoryModel::Kind::OfflineFile)
            label = n->id.isEmpty() ? n->name : n->id;
        if (!label.isEmpty() && !scan.inputs.contains(label))
            scan.inputs.append(label);
    };
    QSet<const InventoryModel::Node *> seen;
    // Offline only and every file a report: the data is as old as the oldest report's scan.
    QDateTime oldestReport;
    bool plainFile = false;
    std::function<void(const InventoryModel::Node *)> walk = [&](const InventoryModel::Node *n) {
        if (!n || seen.contains(n))
            return;
        seen.insert(n);
        addScope(n);
        if (n->kind == InventoryModel::Kind::OfflineFile && n->parent
            && n->parent->kind == InventoryModel::Kind::OfflineRoot) {
            if (n->report && n->report->scannedAt.isValid())
                oldestReport = oldestReport.isValid() ? std::min(oldestReport, n->report->scannedAt)
                                                      : n->report->scannedAt;
            else
                plainFile = true;
        }
        if (n->kind == InventoryModel::Kind::Subscription)
            scan.subscriptionNames.insert(n->id.toLower(), n->name);
        if (n->failed)
            scan.errors.append(n->error);
        else if (n->skipped)
            scan.skipped.append(n->error);
        if (n->nsg
            && (scope != ReportDialog::Scope::ExposedOnly
                || n->nsg->finding.verdict == Verdict::Exposed))
            scan.nsgs.push_back(*n->nsg);
        for (const auto &child : n->children)
            walk(child.get());
    };
    for (const QModelIndex &root : roots) {
        const InventoryModel::Node *node = m_inventory->nodeOf(root);
        for (const InventoryModel::Node *up = node ? node->parent : nullptr; up; up = up->parent) {
            addScope(up);
            if (up->kind == InventoryModel::Kind::Subscription)
                scan.subscriptionNames.insert(up->id.toLower(), up->name);
        }
        walk(node);
    }
    if (!m_scannedAt.isValid() && !plainFile && oldestReport.isValid())
        scan.scannedAt = oldestReport;
    std::sort(scan.nsgs.begin(), scan.nsgs.end(), [](const NsgResult &a, const NsgResult &b) {
        return a.nsg.id().compare(b.nsg.id(), Qt::CaseInsensitive) < 0;
    });
    // The NIC view, under the policy in force, for the NICs behind the reported NSGs.
    if (const QList<NicResult> *nics = currentInterfaces()) {
        QSet<QString> reported;
        for (const NsgResult &r : scan.nsgs)
            reported.insert(r.nsg.id().toLower());
        for (const NicResult &n : *nics) {
            bool behind = reported.contains(n.nic.nsgId.toLower());
            for (const QString &id : n.subnetNsgIds)
                behind = behind || reported.contains(id.toLower());
            if (behind)
                scan.interfaces.push_back(n);
        }
    }
    scan.suppressionsApplied = !m_inventory->suppressions().isEmpty();
    AuditReport report = AuditReport::fromScan(std::move(scan));
    report.account = m_username;
    if (!m_inventory->suppressions().isEmpty()) {
        report.suppressionsFile = m_suppressionsPath;
        // The demo keeps them in a temporary folder: the cover names them, not that path.
        if (m_demoJournal && m_suppressionsPath.startsWith(m_demoJournal->path()))
            report.suppressionsName = tr("the demo tenant's accepted risks (kept for this session "
                                         "only)");
    }
    // Changes made to these NSGs, from the journal.
    azure::ChangeJournal journal(m_journalPath);
    QSet<QString> ids;
    for (const NsgResult &r : report.scan.nsgs)
        ids.insert(r.nsg.id().toLower());
    if (journal.load()) {
        for (const azure::JournalChange &c : journal.changesTo(ids))
            report.changes.append({c.id, c.created, azure::JournalChange::statusName(c.status),
                                   c.fix, c.ruleId, c.account, c.message});
    }
    return report;
}

void MainWindow::showReportDialog()
{
    if (!m_reportDialog) {
        m_reportDialog =
            new ReportDialog([this](ReportDialog::Scope scope) { return buildReport(int(scope)); },
                             !m_tree->selectionModel()->selectedRows().isEmpty(), this);
        m_reportDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_reportDialog->show();
    m_reportDialog->raise();
    m_reportDialog->activateWindow();
}

void MainWindow::updatePolicyTexts()
{
    const PortPolicy &policy = m_inventory->evaluationOptions().policy;
    if (m_signedIn)
        m_welcome->setText(
            tr("<h2>Signed in as %1</h2><p>%2</p><p>Select a tenant, subscription, resource "
               "group or NSG in the tree to see how it stands and why. F5 reads the selection "
               "again; File → Export report… writes what you see.</p>")
                .arg(
                    m_username.toHtmlEscaped(),
                    m_scanning
                        ? tr("Reading your tenants and checking every NSG for %1…")
                              .arg(policy.label().toHtmlEscaped())
                        : tr("Every NSG was checked for %1.").arg(policy.label().toHtmlEscaped())));
    else
        m_welcome->setText(
            tr("<h2>NSG Auditor</h2><p>Finds network security groups that let %1 in from the "
               "Internet — and proves it, rule by rule, the way Azure evaluates them.</p>"
               "<p><a href=\"signin\">Sign in to Azure</a> to scan your tenants, open an "
               "export (<tt>az network nsg list -o json</tt>) with File → Open, or "
               "<a href=\"demo\">try the demo tenant</a>.</p>")
                .arg(policy.label().toHtmlEscaped()));
    if (!m_policyCombo)
        return;
    const QSignalBlocker blocker(m_policyCombo);
    int index = m_policyCombo->findData(policy.id);
    if (index < 0 || policy.isCustom()) {
        // A custom policy is an item of its own, just above "Custom port…".
        const int custom = m_policyCombo->count() - 1;
        if (m_policyCombo->count() > int(PortPolicy::catalog().size()) + 1)
            m_policyCombo->removeItem(custom - 1);
        m_policyCombo->insertItem(m_policyCombo->count() - 1, policy.label(), policy.id);
        index = m_policyCombo->count() - 2;
    }
    m_policyCombo->setCurrentIndex(index);
    m_policyCombo->setToolTip(
        tr("Checking %1 (severity %2). Every NSG is evaluated again when "
           "you pick another service.")
            .arg(policy.label(), policy.severity.isEmpty() ? tr("not rated") : policy.severity));
}

void MainWindow::onPolicyPicked(int index)
{
    QString id = m_policyCombo->itemData(index).toString();
    if (id.isEmpty()) {
        bool ok = false;
        id = QInputDialog::getText(this, tr("Custom port"),
                                   tr("Protocol and port (tcp/8443, udp/500, tcp/8000-8100):"),
                                   QLineEdit::Normal, QString(), &ok);
        if (!ok || id.trimmed().isEmpty()) {
            updatePolicyTexts(); // back to the policy in force
            return;
        }
    }
    QString error;
    const std::optional<PortPolicy> policy = PortPolicy::fromName(id, &error);
    if (!policy) {
        QMessageBox::warning(this, tr("Custom port"), error);
        updatePolicyTexts();
        return;
    }
    setPolicy(*policy);
}

void MainWindow::setPolicy(const PortPolicy &policy)
{
    EvaluationOptions options = m_inventory->evaluationOptions();
    options.policy = policy;
    AppSettings settings = AppSettings::load();
    settings.policy = policy.id;
    settings.save();
    m_inventory->reevaluate(options);
    m_controller->setEvaluation(options);
    m_filter->refresh();
    updatePolicyTexts();
    onSelectionChanged();
    m_progressLabel->setText(tr("Policy: %1 — %2").arg(policy.label(), m_inventory->summaryText()));
}

void MainWindow::applySettings(const AppSettings &settings)
{
    const AppSettings before = AppSettings::load();
    settings.save();
    if (settings.evaluationOptions().policy.id != m_inventory->evaluationOptions().policy.id
        || !(settings.limit == m_inventory->evaluationOptions().limit)) {
        const EvaluationOptions options = settings.evaluationOptions();
        m_inventory->reevaluate(options);
        m_controller->setEvaluation(options);
        m_filter->refresh();
        updatePolicyTexts();
        onSelectionChanged();
    }
    if (settings.suppressionsFile != before.suppressionsFile
        && qEnvironmentVariableIsEmpty("NSG_AUDITOR_SUPPRESSIONS")
        && !settings.suppressionsFile.isEmpty())
        setSuppressionsPath(settings.suppressionsFile);
    if (m_sandboxUrl.isEmpty() && !m_signedIn) {
        m_cloud = settings.cloud;
        m_tenant = settings.tenant;
    }
    if (settings.language != before.language)
        m_progressLabel->setText(tr("The language changes at the next start."));
}

SettingsDialog *MainWindow::settingsDialog() const
{
    return m_settingsDialog;
}

void MainWindow::showSettings()
{
    if (!m_settingsDialog) {
        m_settingsDialog = new SettingsDialog(AppSettings::load(), this);
        m_settingsDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_settingsDialog, &QDialog::accepted, this,
                [this] { applySettings(m_settingsDialog->settings()); });
    }
    m_settingsDialog->show();
    m_settingsDialog->raise();
}

void MainWindow::setSuppressionsPath(const QString &path)
{
    m_suppressionsPath = path;
    SuppressionSet set;
    if (QFile::exists(path)) {
        QString error;
        const std::optional<SuppressionSet> loaded = SuppressionSet::load(path, &error);
        if (loaded) {
            set = *loaded;
        } else {
            // Nothing is silently dropped: the findings stay exposed and the problem shows.
            addProblem(tr("Accepted risks"),
                       ScanError{path, 0, QStringLiteral("Unreadable"), error, QString()});
        }
    }
    m_inventory->setSuppressions(set);
    m_filter->refresh();
    onSelectionChanged();
}

bool MainWindow::storeSuppressions(const SuppressionSet &set)
{
    QString error;
    QDir().mkpath(QFileInfo(m_suppressionsPath).absolutePath());
    if (!set.save(m_suppressionsPath, &error)) {
        QMessageBox::warning(this, tr("Accepted risks"),
                             tr("The accepted risks could not be saved: %1").arg(error));
        return false;
    }
    m_inventory->setSuppressions(set);
    m_filter->refresh();
    onSelectionChanged();
    return true;
}

SuppressionsDialog *MainWindow::suppressionsDialog() const
{
    return m_suppressionsDialog;
}

void MainWindow::showSuppressions()
{
    if (!m_suppressionsDialog) {
        m_suppressionsDialog =
            new SuppressionsDialog(m_inventory->suppressions(), m_suppressionsPath, this);
        m_suppressionsDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_suppressionsDialog, &QDialog::accepted, this,
                [this] { storeSuppressions(m_suppressionsDialog->set()); });
    }
    m_suppressionsDialog->show();
    m_suppressionsDialog->raise();
}

AcceptRiskDialog *MainWindow::acceptRiskDialog() const
{
    return m_acceptDialog;
}

void MainWindow::openAcceptRisk()
{
    const QModelIndex index = m_inventory->indexOfNsg(m_nsgPage->nsgId());
    const NsgResult *result = m_inventory->nsgAt(index);
    if (!result) { // an offline NSG: find it by the page's id
        const QModelIndex current = m_filter->mapToSource(m_tree->currentIndex());
        result = m_inventory->nsgAt(current);
    }
    if (!result || result->finding.verdict != Verdict::Exposed)
        return;
    const QString reviewer = !m_username.isEmpty() ? m_username : qEnvironmentVariable("USER");
    m_acceptDialog =
        new AcceptRiskDialog(*result, m_inventory->evaluationOptions(), reviewer, this);
    m_acceptDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_acceptDialog, &QDialog::accepted, this, [this] {
        SuppressionSet set = m_inventory->suppressions();
        const Suppression s = m_acceptDialog->suppression();
        if (m_acceptDialog->withdrawn())
            set.remove(s.nsgId, s.policyId);
        else
            set.add(s);
        storeSuppressions(set);
    });
    m_acceptDialog->open();
}

} // namespace nsg::ui
