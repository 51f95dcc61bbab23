// SPDX-License-Identifier: MIT
// MainWindow's live session: the workspace's answers, the sign-in (Azure, a sandbox, the demo)
// and the scan with its re-reads.
#include "ui/widgets/mainwindow.h"

#include "ui/models/inventoryfilter.h"
#include "ui/models/inventorymodel.h"
#include "ui/scan/demosandbox.h"
#include "ui/scan/workspacehost.h"
#include "ui/widgets/editcontroller.h"
#include "ui/widgets/nsgpage.h"
#include "ui/widgets/signindialog.h"

#include "azure/cloudenvironment.h"
#include "sandbox/sandboxserver.h"
#include "workspace/connection.h"
#include "workspace/editsession.h"
#include "workspace/livescan.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QCoreApplication>
#include <QDockWidget>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QProcess>
#include <QProgressBar>
#include <QSettings>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTreeView>

namespace nsg::ui {

using workspace::Connection;
using workspace::ConnectionOptions;
using workspace::EditSession;
using workspace::LiveScan;
using workspace::Workspace;

void MainWindow::connectWorker()
{
    Workspace *w = m_host->workspace();
    Connection *connection = w->connection();
    LiveScan *scan = w->scan();
    EditSession *edits = w->edits();
    connect(m_signIn, &SignInDialog::signInRequested, this, &MainWindow::onSignInRequested);
    connect(m_signIn, &SignInDialog::signInCancelled, this,
            [this] { m_host->invoke([](Workspace &ws) { ws.connection()->cancelSignIn(); }); });
    connect(connection, &Connection::signedIn, this,
            [this](const azure::AccountInfo &account) { onSignedIn(account.username); });
    connect(connection, &Connection::restoreFinished, this,
            [this](bool ok, const QString &message) {
                if (ok)
                    return; // signedIn follows
                m_progressLabel->setText(message);
                m_right->setCurrentIndex(WelcomePage);
            });
    connect(connection, &Connection::signedOut, this, [this] {
        m_signedIn = false;
        m_accountLabel->setText(tr("Not signed in"));
        updatePolicyTexts();
        m_signOutAction->setEnabled(false);
        m_refreshAction->setEnabled(false);
        m_inventory->clearLive();
        m_right->setCurrentIndex(WelcomePage);
    });
    connect(connection, &Connection::storageWarning, this, [this](const QString &message) {
        m_accountLabel->setToolTip(message);
        m_accountLabel->setText(
            tr("Signed in as %1 (not remembered: no keychain)").arg(m_username));
        addProblem(tr("Sign-in"),
                   ScanError{QString(), 0, QStringLiteral("NoKeychain"), message, QString()});
    });

    paced(scan, &LiveScan::tenantsListed,
          [this](const QList<Tenant> &t) { m_inventory->addTenants(t); });
    paced(scan, &LiveScan::tenantFailed, [this](const ScanError &e) {
        m_inventory->setTenantError(e.scope, e);
        addProblem(tr("Tenant %1").arg(e.scope), e);
    });
    paced(scan, &LiveScan::subscriptionsListed,
          [this](const QString &tenantId, const QList<Subscription> &subs) {
              m_inventory->addSubscriptions(tenantId, subs);
              m_tree->expand(m_filter->mapFromSource(
                  m_inventory->indexOf(m_inventory->nodeOf(m_inventory->index(0, 0)))));
          });
    paced(scan, &LiveScan::nsgsReady, [this](const QString &sub, const QList<NsgResult> &nsgs) {
        m_inventory->addNsgs(sub, nsgs);
        scheduleFilterRefresh();
        restoreSelection();
    });
    paced(scan, &LiveScan::subscriptionFailed, [this](const ScanError &e) {
        const QString id = e.scope.section(QLatin1Char('/'), 2, 2);
        m_inventory->setSubscriptionError(id, e);
        const QModelIndex index = m_inventory->indexOfSubscription(id);
        addProblem(index.isValid() ? index.data().toString() : e.scope, e);
    });
    paced(scan, &LiveScan::subscriptionSkipped,
          [this](const ScanError &e) { m_inventory->setSubscriptionSkipped(e); });
    paced(scan, &LiveScan::subscriptionFinished,
          [this](const QString &sub, bool) { m_inventory->setSubscriptionLoading(sub, false); });
    paced(scan, &LiveScan::progress, [this](int done, int total) {
        m_progress->setMaximum(std::max(total, 1));
        m_progress->setValue(done);
        m_progressLabel->setText(done < total
                                     ? tr("Scanning subscription %1 of %2").arg(done + 1).arg(total)
                                     : tr("Scanned %n subscription(s)", "", total));
    });
    const auto note = [this](const QString &message) {
        addProblem(tr("Note"), ScanError{QString(), 0, QStringLiteral("Note"), message, QString()});
    };
    paced(scan, &LiveScan::notice, note);
    paced(edits, &EditSession::notice, note);
    paced(w, &Workspace::notice, note);
    paced(scan, &LiveScan::interfacesRead,
          [this](const QList<NetworkInterface> &nics, const QList<Subnet> &subnets) {
              m_nicsRead = nics;
              m_subnetsRead = subnets;
              m_haveInterfaces = true;
              m_interfacesStale = true;
              if (m_right->currentIndex() == NsgPageIndex)
                  m_nsgPage->showInterfaces(currentInterfaces());
          });
    paced(scan, &LiveScan::reachabilityReady,
          [this](const std::shared_ptr<const ReachabilityResult> &paths) {
              // Placed a subscription at a time (a whole estate at once would stall the
              // window); the rest follows once every NSG has its standing.
              m_inventory->placeLiveReachability(paths);
              refreshWorkloads();
          });
    paced(scan, &LiveScan::finished, [this](bool cancelled) {
        if (cancelled)
            m_inventory->cancelLoading(tr("The scan was cancelled before this was read."));
        setScanning(false);
        m_progressLabel->setText((cancelled ? tr("Scan cancelled: ") : QString())
                                 + m_inventory->summaryText());
        m_filter->refresh();
        // A whole scan goes to the audit history: with the paths, once they are placed.
        // (The paths arrive before the end; a small estate's are placed at once.)
        if (!cancelled) {
            if (m_inventory->isPlacingLiveReachability())
                m_snapshotPending = true;
            else
                recordLiveSnapshot();
        }
        Q_EMIT scanFinished();
    });
    paced(scan, &LiveScan::subscriptionReloaded,
          [this](const QString &sub, const QList<NsgResult> &nsgs) {
              m_inventory->addNsgs(sub, nsgs);
              m_inventory->setSubscriptionLoading(sub, false);
              m_filter->refresh();
              restoreSelection();
              m_progressLabel->setText(tr("Subscription read again."));
          });
    paced(scan, &LiveScan::nsgRefreshed, [this](const NsgResult &r) {
        m_inventory->updateNsg(r);
        if (m_nsgPage->nsgId() == r.nsg.id())
            onSelectionChanged();
        m_progressLabel->setText(
            tr("%1 read again: %2").arg(r.nsg.name(), displayName(r.finding.verdict)));
    });
    paced(scan, &LiveScan::refreshFailed, [this](const ScanError &e) {
        if (e.scope.count(QLatin1Char('/')) == 2)
            m_inventory->setSubscriptionError(e.scope.section(QLatin1Char('/'), 2, 2), e);
        addProblem(e.scope.section(QLatin1Char('/'), -1), e);
    });
    connect(w, &Workspace::nsgJsonReady, m_nsgPage, &NsgPage::setJson);
    m_edits->connectTo(w);
}

void MainWindow::setMinimumPollInterval(int ms)
{
    m_minimumPollMs = ms;
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
    const QString key = QSettings().value(Connection::rememberedAccountKey(m_cloud)).toString();
    if (key.isEmpty() || !azure::CloudEnvironment::byName(m_cloud))
        return;
    m_progressLabel->setText(tr("Signing in as %1…").arg(key.section(QLatin1Char(':'), 2)));
    m_host->invoke([options = connectionOptions(m_cloud, QString())](Workspace &w) {
        if (w.connection()->open(options))
            w.connection()->restore();
    });
}

ConnectionOptions MainWindow::connectionOptions(const QString &cloud, const QString &clientId) const
{
    const AppSettings settings = AppSettings::load();
    ConnectionOptions options;
    if (!m_sandboxUrl.isEmpty()) {
        options.source = ConnectionOptions::Source::SandboxUrl;
        options.sandboxUrl = m_sandboxUrl;
    } else {
        options.source = ConnectionOptions::Source::Azure;
        options.cloud = cloud;
    }
    options.tenant = m_tenant;
    if (!clientId.isEmpty())
        options.clientId = clientId;
    else if (m_sandboxUrl.isEmpty())
        options.clientId = settings.clientId;
    options.maxInFlight = settings.maxInFlight; // Settings → Requests in flight
    options.apiVersions = azure::ApiVersions::from(settings);
    options.minimumPollMs = m_minimumPollMs;
    return options;
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
    m_host->invoke([options = connectionOptions(cloud, clientId)](Workspace &w) {
        w.scan()->cancel();
        if (w.connection()->open(options))
            w.connection()->signIn();
    });
}

void MainWindow::onSignedIn(const QString &username)
{
    m_signedIn = true;
    m_username = username;
    m_accountLabel->setText(tr("Signed in as %1").arg(username));
    updatePolicyTexts();
    m_signOutAction->setEnabled(true);
    m_refreshAction->setEnabled(true);
    startScan();
}

void MainWindow::startScan()
{
    if (!m_signedIn)
        return;
    m_inventory->clearLive();
    refreshWorkloads();
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
    setScanning(true);
    m_scannedAt = QDateTime::currentDateTimeUtc();
    m_progressLabel->setText(tr("Listing tenants and subscriptions…"));
    m_host->invoke([inventory, evaluation = m_inventory->evaluationOptions()](Workspace &w) {
        w.scan()->start(inventory, evaluation);
    });
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
        m_host->invoke([tenant, id = node->id](Workspace &w) { w.scan()->reloadNsg(tenant, id); });
        return;
    }
    if (node && node->kind == InventoryModel::Kind::Subscription && !subscription.isEmpty()) {
        m_selectedId = subscription;
        m_inventory->resetSubscription(subscription);
        m_progressLabel->setText(tr("Reading %1 again…").arg(node->name));
        m_host->invoke([tenant, subscription](Workspace &w) {
            w.scan()->reloadSubscription(tenant, subscription);
        });
        return;
    }
    startScan();
}

} // namespace nsg::ui
