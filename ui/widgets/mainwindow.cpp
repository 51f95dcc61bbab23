// SPDX-License-Identifier: MIT
#include "ui/widgets/mainwindow.h"

#include "ui/models/inventoryfilter.h"
#include "ui/models/inventorymodel.h"
#include "ui/models/statusicons.h"
#include "ui/scan/demosandbox.h"
#include "ui/scan/workspacehost.h"
#include "ui/widgets/acceptriskdialog.h"
#include "ui/widgets/adminrulesdialog.h"
#include "ui/widgets/editcontroller.h"
#include "ui/widgets/historywindow.h"
#include "ui/widgets/nsgpage.h"
#include "ui/widgets/remediationwizard.h"
#include "ui/widgets/reportdialog.h"
#include "ui/widgets/restrictsourcedialog.h"
#include "ui/widgets/settingsdialog.h"
#include "ui/widgets/signindialog.h"
#include "ui/widgets/suppressionscontroller.h"
#include "ui/widgets/suppressionsdialog.h"
#include "ui/widgets/workloadswindow.h"

#include "azure/cloudenvironment.h"
#include "sandbox/sandboxserver.h"

#include "azure/changejournal.h"
#include "workspace/connection.h"
#include "workspace/editsession.h"
#include "workspace/livescan.h"
#include "workspace/reportassembly.h"
#include "workspace/workspace.h"

#include "core/audit/nicview.h"
#include "core/audit/pathhops.h"
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
#include <QScrollBar>
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

using workspace::Workspace;

namespace {

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
    , m_host(new WorkspaceHost(this))
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
    , m_internetFacingOnly(new QCheckBox(tr("Internet-facing only"), this))
    , m_accountLabel(new QLabel(this))
    , m_progressLabel(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_filterTimer(new QTimer(this))
    , m_signIn(new SignInDialog(m_host->workspace()->connection(), this))
    , m_edits(new EditController(this, m_host))
    , m_suppressions(new SuppressionsController(this))
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
    // A snapshot being taken from the tree stops when the tree loses nodes under it.
    connect(m_inventory, &InventoryModel::modelAboutToBeReset, this,
            [this] { m_snapshotJob.reset(); });
    connect(m_inventory, &InventoryModel::rowsAboutToBeRemoved, this,
            [this] { m_snapshotJob.reset(); });
    connect(m_inventory, &InventoryModel::liveReachabilityPlaced, this, [this] {
        m_filter->refresh();
        if (!m_scanning)
            m_progressLabel->setText(m_inventory->summaryText());
        onSelectionChanged();
        if (m_snapshotPending && !m_scanning) {
            m_snapshotPending = false;
            recordLiveSnapshot();
        }
    });
    m_inventory->setEvaluationOptions(AppSettings::load().evaluationOptions());
    connect(m_edits, &EditController::editFinished, this, &MainWindow::editFinished);
    connect(m_edits, &EditController::permissionKnown, this, &MainWindow::permissionKnown);
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
    m_host->invoke([](Workspace &w) { w.scan()->cancel(); });
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
                refreshWorkloads();
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
        // Kept in the audit history as it was read, with the file's SHA-256 (hashed off the
        // window's thread: recordSnapshot() saves off it too).
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
            auto [ok, result] = watcher->result();
            if (!ok)
                return;
            const QDateTime read = result.scannedAt;
            auto *fingerprint = new QFutureWatcher<AuditReport>(this);
            connect(fingerprint, &QFutureWatcherBase::finished, this, [this, fingerprint, read] {
                fingerprint->deleteLater();
                recordSnapshot(fingerprint->result(), QString(), read);
            });
            fingerprint->setFuture(QtConcurrent::run([result = std::move(result)]() mutable {
                return AuditReport::fromScan(std::move(result));
            }));
        });
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

void MainWindow::openHop(const PathHop &step)
{
    const PathHop::Kind hop = step.kind;
    const QString &resourceId = step.resourceId;
    if ((hop == PathHop::Kind::SubnetNsg || hop == PathHop::Kind::NicNsg)
        && !resourceId.isEmpty()) {
        if (resourceId.compare(m_nsgPage->nsgId(), Qt::CaseInsensitive) != 0) {
            const QModelIndex source = m_inventory->indexOfNsgNear(
                resourceId, m_filter->mapToSource(m_tree->currentIndex()));
            const QModelIndex index = m_filter->mapFromSource(source);
            if (index.isValid()) {
                m_tree->scrollTo(index);
                m_tree->setCurrentIndex(index);
            }
        }
        if (resourceId.compare(m_nsgPage->nsgId(), Qt::CaseInsensitive) == 0) {
            m_nsgPage->tabs()->setCurrentIndex(NsgPage::InboundTab);
            return;
        }
    }
    if (hop == PathHop::Kind::Target && !resourceId.isEmpty()) {
        showInterfacePaths(resourceId);
        return;
    }
    if (hop == PathHop::Kind::AdminRules && !resourceId.isEmpty()) {
        for (const ReachabilityResult *paths : m_inventory->allPaths()) {
            if (const VnetAdminRules *rules = paths->adminRulesOf(resourceId)) {
                auto *dialog = new AdminRulesDialog(*rules, m_inventory->evaluationOptions().policy,
                                                    step.ruleId, this);
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                m_adminRules = dialog;
                dialog->show();
                return;
            }
        }
        m_progressLabel->setText(
            tr("No admin rules were read for %1.").arg(resourceId.section(QLatin1Char('/'), -1)));
        return;
    }
    m_progressLabel->setText(
        resourceId.isEmpty() ? tr("That hop has no resource of its own.")
                             : tr("Not in the tree (no page of its own yet): %1").arg(resourceId));
}

void MainWindow::showInterfacePaths(const QString &nicId)
{
    showWorkloads();
    if (!m_workloads->showInterface(nicId))
        m_progressLabel->setText(tr("No path from the Internet was followed to %1.")
                                     .arg(nicId.section(QLatin1Char('/'), -1)));
}

void MainWindow::showWorkloads()
{
    if (!m_workloads) {
        m_workloads = new WorkloadsWindow(this);
        connect(m_workloads, &WorkloadsWindow::hopActivated, this, [this](const PathHop &hop) {
            openHop(hop);
            raise();
            activateWindow();
        });
    }
    m_workloads->setSubscriptionNames(m_inventory->subscriptionNames());
    m_workloads->setPaths(m_inventory->combinedPaths());
    m_workloads->show();
    m_workloads->raise();
}

void MainWindow::refreshWorkloads()
{
    // "Internet-facing only" says something only where paths were followed: else it would
    // show an empty tree that reads as "nothing is internet-facing".
    const bool paths = !m_inventory->allPaths().empty();
    if (!paths)
        m_internetFacingOnly->setChecked(false);
    m_internetFacingOnly->setEnabled(paths);
    // Open, it follows; its rows are made off the window's thread (a scan's paths can reach
    // 200,000 NICs).
    if (m_workloads && m_workloads->isVisible()) {
        m_workloads->setSubscriptionNames(m_inventory->subscriptionNames());
        m_workloads->setPathsInBackground(m_inventory->combinedPaths());
    }
}

AdminRulesDialog *MainWindow::adminRulesDialog() const
{
    return m_adminRules;
}

WorkloadsWindow *MainWindow::workloadsWindow() const
{
    return m_workloads;
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
    m_nsgPage->showPaths(node->paths);
    if (const QString why = InventoryModel::standingReason(node); !why.isEmpty())
        m_nsgPage->showStanding(InventoryModel::statusKind(node),
                                InventoryModel::standingText(InventoryModel::standingOf(node),
                                                             node->nsg->finding.verdict),
                                why);
    m_nsgPage->showInterfaces(currentInterfaces());
    m_right->setCurrentIndex(NsgPageIndex);
    m_edits->updateEditState();
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
    // Two axes, each labelled, so that a figure never reads as the other's: the NSGs' own
    // rules, then what the paths from the Internet make of them (the headline above counts
    // the same way).
    const auto row = [](const QString &label, int count) -> QString {
        return QLatin1String("<tr><td>") + label.toHtmlEscaped()
            + QLatin1String("</td><td align=right>") + QString::number(count)
            + QLatin1String("</td></tr>");
    };
    const auto heading = [](const QString &label) -> QString {
        return QLatin1String("<tr><td colspan=2><b>") + label.toHtmlEscaped()
            + QLatin1String("</b></td></tr>");
    };
    const bool placedCounts = c.internetFacing > 0 || c.latent > 0 || c.pathUnknown > 0;
    html += QLatin1String("<table cellspacing=6>");
    if (placedCounts)
        html += heading(tr("By their own rules"));
    html += row(tr("Exposed"), c.exposed) + row(tr("OK"), c.ok) + row(tr("Unknown"), c.unknown);
    if (placedCounts) {
        html += heading(tr("From the Internet"));
        html += row(tr("Internet-facing"), c.internetFacing);
        if (c.red > c.internetFacing)
            html += row(tr("Exposed, paths not read"), c.red - c.internetFacing);
        html += row(tr("Latent (no public path)"), c.latent - c.blocked)
            + row(tr("Blocked by an admin rule"), c.blocked)
            + row(tr("A path not decided"), c.pathUnknown);
    }
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
        m_host->invoke([tenant = m_inventory->tenantOf(source), nsgId](Workspace &w) {
            w.fetchNsgJson(tenant, nsgId);
        });
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
    m_edits->setJournalPath(path);
}

QString MainWindow::journalPath() const
{
    return m_edits->journalPath();
}

RestrictSourceDialog *MainWindow::restrictDialog() const
{
    return m_edits->restrictDialog();
}

RemediationWizard *MainWindow::wizard() const
{
    return m_edits->wizard();
}

HistoryWindow *MainWindow::historyWindow() const
{
    return m_edits->historyWindow();
}

void MainWindow::openRestrictDialog(const QString &ruleName)
{
    m_edits->openRestrictDialog(ruleName);
}

void MainWindow::openWizard()
{
    m_edits->openWizard();
}

void MainWindow::fixAllSimilar()
{
    m_edits->fixAllSimilar();
}

void MainWindow::showHistory()
{
    m_edits->showHistory();
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
    // The name column keeps more than half the tree; Status takes up to 240 px of the rest, and
    // Location (also on the NSG's page) shows only where there is room for it.
    // From the view's own width: a filter sees its Resize before the view resizes its viewport.
    const QScrollBar *bar = m_tree->verticalScrollBar();
    const int width =
        m_tree->width() - 2 * m_tree->frameWidth() - (bar && bar->isVisible() ? bar->width() : 0);
    const bool location = width >= 520;
    m_tree->setColumnHidden(InventoryModel::LocationColumn, !location);
    if (location)
        m_tree->header()->resizeSection(InventoryModel::LocationColumn, 100);
    const int rest = width - (location ? 100 : 0);
    // The name keeps half the tree, even once a scroll bar takes its room from it.
    const int status = std::min(rest * 2 / 5, width / 2 - (location ? 100 : 0) - 20);
    m_tree->header()->resizeSection(InventoryModel::StatusColumn, std::clamp(status, 80, 240));
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
    const bool filePaths = m_inventory->offlinePathsFollowed();
    m_inventory->reevaluate(options);
    if (filePaths)
        addProblem(tr("Note"),
                   ScanError{QString(), 0, QStringLiteral("Note"),
                             tr("The open files' paths from the Internet were followed under the "
                                "previous policy; their NSGs now show their own verdict under %1. "
                                "Open the files again to follow their paths under it.")
                                 .arg(policy.label()),
                             QString()});
    refreshWorkloads();
    m_host->invoke([options](Workspace &w) { w.scan()->setEvaluation(options); });
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
        m_host->invoke([options](Workspace &w) { w.scan()->setEvaluation(options); });
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
        connect(m_settingsDialog, &QDialog::accepted, this, [this] {
            AppSettings next = m_settingsDialog->settings();
            confirmRetention(next);
            applySettings(next);
        });
    }
    m_settingsDialog->show();
    m_settingsDialog->raise();
}

void MainWindow::setSuppressionsPath(const QString &path)
{
    m_suppressions->setPath(path);
}

QString MainWindow::suppressionsPath() const
{
    return m_suppressions->path();
}

bool MainWindow::storeSuppressions(const SuppressionSet &set)
{
    return m_suppressions->store(set);
}

SuppressionsDialog *MainWindow::suppressionsDialog() const
{
    return m_suppressions->dialog();
}

void MainWindow::showSuppressions()
{
    m_suppressions->showDialog();
}

AcceptRiskDialog *MainWindow::acceptRiskDialog() const
{
    return m_suppressions->acceptRiskDialog();
}

void MainWindow::openAcceptRisk()
{
    m_suppressions->openAcceptRisk();
}

} // namespace nsg::ui
