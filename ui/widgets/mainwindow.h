// SPDX-License-Identifier: MIT
#pragma once

#include "report/auditreport.h"
#include "workspace/connection.h"

#include "azure/inventoryloader.h"
#include "azure/ruleeditor.h"
#include "core/audit/scanresult.h"

#include "core/settings/appsettings.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include <deque>
#include <functional>

#include <memory>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QSplitter;
class QStackedWidget;
class QTemporaryDir;
class QTreeView;
class QDockWidget;

namespace nsg {
struct PathHop;
}

namespace nsg::ui {

class DemoSandbox;
class AdminRulesDialog;
class HistoryWindow;
class CompareDialog;
struct LiveSnapshotJob;
class WorkloadsWindow;
class RemediationWizard;
class RestrictSourceDialog;
struct FixTarget;
class InventoryFilterModel;
class InventoryModel;
class EditController;
class NsgPage;
class SignInDialog;
class SuppressionsController;
class WorkspaceHost;

// The reviewer's window: the inventory tree on the left (tenants → subscriptions → resource
// groups → NSGs, red / green / grey, filterable), the selected NSG on the right, scan progress
// in the status bar, problems in a dock that never interrupts.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Sign in against a sandbox at this URL instead of Azure (the demo, tests).
    void setSandbox(const QString &baseUrl);
    // --demo: the built-in sandbox on its own thread, then the sign-in dialog at once.
    bool startDemo(QString *error);
    // Help → Try the demo tenant: here when the window is unused, else in a window of its own.
    void tryDemo();
    QAction *demoAction() const { return m_demoAction; }
    // At start-up: sign in silently from the keychain when an account is remembered.
    void restoreSignIn();
    void openFiles(const QStringList &paths);
    void showSignIn();

    // For tests and screenshots.
    InventoryModel *inventory() const { return m_inventory; }
    InventoryFilterModel *filter() const { return m_filter; }
    QTreeView *tree() const { return m_tree; }
    NsgPage *nsgPage() const { return m_nsgPage; }
    SignInDialog *signInDialog() const { return m_signIn; }
    QLineEdit *filterLineEdit() const { return m_filterLineEdit; }
    QCheckBox *exposedOnlyCheckBox() const { return m_exposedOnly; }
    QCheckBox *internetFacingOnlyCheckBox() const { return m_internetFacingOnly; }
    QListWidget *problems() const { return m_problems; }
    QLabel *progressLabel() const { return m_progressLabel; }
    bool isScanning() const { return m_scanning; }
    int offlineFilesPending() const { return m_offlinePending; }
    void setMinimumPollInterval(int ms);
    void selectNsg(const QString &id);
    // A hop of a path was clicked: an NSG opens its rules, the admin rules their virtual
    // network's list (the rule that decided marked), the network interface its paths in
    // Workloads; the others are named in the status bar.
    void openHop(const nsg::PathHop &hop);

    // Changes: read-only until Edit mode is on; every change goes to the journal at this path.
    void setJournalPath(const QString &path);
    QString journalPath() const;
    QAction *editModeAction() const { return m_editModeAction; }
    QAction *historyAction() const { return m_historyAction; }
    QAction *fixAllAction() const { return m_fixAllAction; }
    RestrictSourceDialog *restrictDialog() const;
    RemediationWizard *wizard() const;
    HistoryWindow *historyWindow() const;
    // The admin rules a click on a path's admin rules hop opened (null: none open).
    AdminRulesDialog *adminRulesDialog() const;
    // View → Workloads: every network interface with what reaches it (null until opened).
    WorkloadsWindow *workloadsWindow() const;
    void showWorkloads();
    // View → Workloads with a network interface selected and its paths drawn.
    void showInterfacePaths(const QString &nicId);
    void openRestrictDialog(const QString &ruleName);
    void openWizard();
    void fixAllSimilar();
    void showHistory();
    // History → Compare audits…: two snapshots of the audit history compared.
    void showCompare();
    CompareDialog *compareDialog() const { return m_compareDialog; }
    // Where this window keeps its scans (Settings; NSG_AUDITOR_HISTORY overrides it).
    QString historyPath() const;
    // File → Export report…; and what it exports, for a scope.
    void showReportDialog();
    class ReportDialog *reportDialog() const;
    AuditReport buildReport(int scope);

    // The policy picker (toolbar) and Settings (Edit → Settings…): every NSG is evaluated
    // again, in place.
    void setPolicy(const PortPolicy &policy);
    void applySettings(const AppSettings &settings);
    QComboBox *policyCombo() const { return m_policyCombo; }
    void showSettings();
    class SettingsDialog *settingsDialog() const;
    // Accepted risks: kept in this file (the Settings' file, else the app data folder's, or
    // $NSG_AUDITOR_SUPPRESSIONS), applied to every NSG.
    void setSuppressionsPath(const QString &path);
    QString suppressionsPath() const;
    void showSuppressions();
    class SuppressionsDialog *suppressionsDialog() const;
    void openAcceptRisk();
    class AcceptRiskDialog *acceptRiskDialog() const;
    // Keeps the set in the file and applies it; false (with a message shown) when it cannot
    // be written.
    bool storeSuppressions(const SuppressionSet &set);

Q_SIGNALS:
    // A scan was kept in the audit history (or could not be: id 0, error).
    void snapshotRecorded(qint64 id, const QString &error);
    void scanFinished();
    void editFinished(const nsg::azure::EditOutcome &outcome);
    void permissionKnown(const QString &nsgId);
    void offlineFileLoaded(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    // The controllers of changes and accepted risks work on the window's parts.
    friend class EditController;
    friend class SuppressionsController;

    enum Page { WelcomePage, ScopePage, NsgPageIndex };

    void buildActions();
    void buildLayout();
    void connectWorker();
    // The workspace's results are applied in order, in slices of a few milliseconds.
    template<typename Sender, typename Signal, typename Handler>
    void paced(Sender *sender, Signal signal, Handler handler)
    {
        connect(sender, signal, this, [this, handler](const auto &...args) {
            m_work.push_back([handler, args...] { handler(args...); });
            if (!m_drainScheduled) {
                m_drainScheduled = true;
                QTimer::singleShot(0, this, &MainWindow::drain);
            }
        });
    }
    void drain();
    workspace::ConnectionOptions connectionOptions(const QString &cloud,
                                                   const QString &clientId) const;
    void onSignInRequested(const QString &cloud, const QString &tenant, const QString &clientId);
    void onSignedIn(const QString &username);
    void startScan();
    void onRefresh();
    void onOpen();
    void onSelectionChanged();
    void onJsonRequested(const QString &nsgId);
    void addProblem(const QString &scopeName, const ScanError &error);
    void scheduleFilterRefresh();
    void showScope(const QModelIndex &sourceIndex);
    void setScanning(bool on);
    void restoreSelection();
    void saveSettings() const;
    void restoreSettings();
    void onPolicyPicked(int index);
    void updatePolicyTexts();
    // The NIC view under the findings in the tree now (null: NICs were not read).
    const QList<NicResult> *currentInterfaces();
    void onFindingsChanged();
    void fitColumns();
    // The audit history: the live scan kept once its NSGs (and paths) are placed; a file kept
    // as it is read (mainwindowhistory.cpp).
    void recordLiveSnapshot();
    void continueLiveSnapshot(const std::shared_ptr<LiveSnapshotJob> &job);
    void recordSnapshot(AuditReport report, const QString &cloud, const QDateTime &started,
                        std::vector<std::shared_ptr<const ReachabilityResult>> paths = {});
    AuditReport buildReportFor(const QList<QModelIndex> &roots, int scopeValue);
    void addSince(AuditReport &report);
    // A stricter retention deletes kept audits for good at the next scan: asked first; when
    // the reviewer declines, `next` keeps the retention it had.
    void confirmRetention(AppSettings &next);

    WorkspaceHost *m_host;
    InventoryModel *m_inventory;
    InventoryFilterModel *m_filter;
    QTreeView *m_tree;
    QStackedWidget *m_right;
    QLabel *m_welcome;
    QLabel *m_scope;
    NsgPage *m_nsgPage;
    QSplitter *m_splitter;
    QDockWidget *m_problemsDock;
    QListWidget *m_problems;
    QLineEdit *m_filterLineEdit;
    QCheckBox *m_exposedOnly;
    QCheckBox *m_internetFacingOnly;
    WorkloadsWindow *m_workloads = nullptr;
    QPointer<AdminRulesDialog> m_adminRules;
    // The paths from the Internet changed (followed, dropped, a file opened): the Workloads
    // window, when shown, and "Internet-facing only" follow.
    void refreshWorkloads();
    QLabel *m_accountLabel;
    QLabel *m_progressLabel;
    QProgressBar *m_progress;
    QTimer *m_filterTimer;
    SignInDialog *m_signIn;
    EditController *m_edits;
    SuppressionsController *m_suppressions;
    int m_minimumPollMs = 1000;
    std::unique_ptr<DemoSandbox> m_demo;

    QAction *m_signInAction = nullptr;
    QAction *m_signOutAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_interfacesAction = nullptr;
    QAction *m_editModeAction = nullptr;
    QAction *m_historyAction = nullptr;
    QAction *m_fixAllAction = nullptr;
    QAction *m_demoAction = nullptr;
    std::unique_ptr<QTemporaryDir> m_demoJournal;
    QComboBox *m_policyCombo = nullptr;
    QPointer<class SettingsDialog> m_settingsDialog;
    QPointer<class ReportDialog> m_reportDialog;
    QDateTime m_scannedAt;
    bool m_snapshotPending = false; // a live scan ended: kept once its paths are placed
    CompareDialog *m_compareDialog = nullptr;
    qint64 m_lastSnapshotId = 0; // this window's last scan in the audit history
    std::shared_ptr<LiveSnapshotJob> m_snapshotJob; // a live scan's, taken in slices

    QString m_sandboxUrl;
    QString m_cloud = QStringLiteral("AzureCloud");
    QString m_tenant = QStringLiteral("organizations");
    QString m_username;
    bool m_signedIn = false;
    bool m_scanning = false;
    // The NIC view: the NICs and subnets the last scan read, and what reaches each NIC under
    // the findings now in the tree (evaluated again whenever the tree changed since).
    bool m_haveInterfaces = false;
    QList<NetworkInterface> m_nicsRead;
    QList<Subnet> m_subnetsRead;
    QList<NicResult> m_interfaces;
    bool m_interfacesStale = false;
    QString m_selectedId; // kept across refreshes
    int m_offlinePending = 0;
    std::deque<std::function<void()>> m_work;
    bool m_drainScheduled = false;
};

} // namespace nsg::ui
