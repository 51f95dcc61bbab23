// SPDX-License-Identifier: MIT
// MainWindow, part four: the audit history — each scan kept as a snapshot, History → Compare
// audits… (docs/history.md).
#include "ui/widgets/mainwindow.h"

#include "core/version.h"
#include "history/historystore.h"
#include "ui/models/inventorymodel.h"
#include "ui/scan/workspacehost.h"
#include "ui/widgets/comparedialog.h"
#include "ui/widgets/reportdialog.h"
#include "workspace/audithistory.h"
#include "workspace/workspace.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QLabel>
#include <QMessageBox>
#include <QTimer>
#include <QtConcurrent>

namespace nsg::ui {

using workspace::AuditHistory;
using workspace::HistorySettings;

namespace {

struct Recorded
{
    qint64 id = 0;
    QString error;
    QStringList notices;
};

} // namespace

QString MainWindow::historyPath() const
{
    return HistorySettings::fromAppSettings().effectivePath();
}

// What a live scan's snapshot needs, taken from the tree a slice at a time (8 ms, as its paths
// are placed): each NSG shared, its finding reduced to the verdict and the exposing rules. The
// report and the snapshot are made off the window's thread.
struct LiveSnapshotJob
{
    ScanResult scan;
    std::vector<const InventoryModel::Node *> nodes; // the NSGs still to take
    size_t next = 0;
    std::vector<std::shared_ptr<const ReachabilityResult>> paths;
    QString cloud;
    QDateTime started;
};

void MainWindow::recordLiveSnapshot()
{
    auto job = std::make_shared<LiveSnapshotJob>();
    ScanResult &scan = job->scan;
    scan.options = m_inventory->evaluationOptions();
    scan.scannedAt = m_scannedAt.isValid() ? m_scannedAt : QDateTime::currentDateTimeUtc();
    std::function<void(const InventoryModel::Node *)> walk = [&](const InventoryModel::Node *n) {
        switch (n->kind) {
        case InventoryModel::Kind::OfflineRoot:
        case InventoryModel::Kind::OfflineFile:
            return;
        case InventoryModel::Kind::Tenant:
            scan.inputs.append(n->name.isEmpty() || n->name == n->id
                                   ? n->id
                                   : n->name + QLatin1String(" (") + n->id + QLatin1Char(')'));
            break;
        case InventoryModel::Kind::Subscription:
            scan.subscriptionNames.insert(n->id.toLower(), n->name);
            break;
        case InventoryModel::Kind::ResourceGroup:
        case InventoryModel::Kind::Nsg:
            break;
        }
        if (n->failed)
            scan.errors.append(n->error);
        else if (n->skipped)
            scan.skipped.append(n->error);
        if (n->nsg)
            job->nodes.push_back(n);
        for (const auto &child : n->children)
            walk(child.get());
    };
    for (const auto &top : m_inventory->root()->children)
        walk(top.get());
    if (job->nodes.empty())
        return;
    scan.nsgs.reserve(job->nodes.size());
    job->cloud = m_sandboxUrl.isEmpty() ? m_cloud : QStringLiteral("Sandbox ") + m_sandboxUrl;
    job->started = m_scannedAt;
    m_snapshotJob = job;
    continueLiveSnapshot(job);
}

void MainWindow::continueLiveSnapshot(const std::shared_ptr<LiveSnapshotJob> &job)
{
    if (job != m_snapshotJob)
        return; // the tree changed under it (a new scan, files closed): not this scan any more
    QElapsedTimer slice;
    slice.start();
    while (job->next < job->nodes.size() && slice.elapsed() < 8) {
        for (int i = 0; i < 256 && job->next < job->nodes.size(); ++i) {
            const InventoryModel::Node *n = job->nodes[job->next++];
            NsgResult light{n->nsg->nsg, Finding(), n->nsg->risk};
            light.finding.verdict = n->nsg->finding.verdict;
            for (const ExposingRule &e : n->nsg->finding.exposing)
                light.finding.exposing.push_back(ExposingRule{e.rule, {}, {}});
            job->scan.nsgs.push_back(std::move(light));
            if (n->paths
                && std::find(job->paths.begin(), job->paths.end(), n->paths) == job->paths.end())
                job->paths.push_back(n->paths);
        }
    }
    if (job->next < job->nodes.size()) {
        QTimer::singleShot(0, this, [this, job] { continueLiveSnapshot(job); });
        return;
    }
    m_snapshotJob.reset();
    AuditReport report;
    report.toolName = QStringLiteral(NSG_AUDITOR_NAME);
    report.toolVersion = QStringLiteral(NSG_AUDITOR_VERSION);
    report.account = m_username;
    report.scan = std::move(job->scan);
    recordSnapshot(std::move(report), job->cloud, job->started, std::move(job->paths));
}

// Saves off the window's thread (the first snapshot of a large estate takes seconds).
void MainWindow::recordSnapshot(AuditReport report, const QString &cloud, const QDateTime &started,
                                std::vector<std::shared_ptr<const ReachabilityResult>> paths)
{
    const HistorySettings settings = HistorySettings::fromAppSettings();
    if (!settings.enabled)
        return;
    auto *watcher = new QFutureWatcher<Recorded>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        const Recorded r = watcher->result();
        for (const QString &notice : r.notices)
            addProblem(tr("Audit history"),
                       ScanError{historyPath(), 0, QStringLiteral("History"), notice, QString()});
        if (r.id > 0) {
            m_lastSnapshotId = r.id;
            m_progressLabel->setText(
                m_progressLabel->text() + QLatin1Char(' ')
                + tr("Kept as snapshot #%1 (History → Compare audits…).").arg(r.id));
        } else if (!r.error.isEmpty()) {
            addProblem(tr("Audit history"),
                       ScanError{historyPath(), 0, QStringLiteral("History"), r.error, QString()});
        }
        Q_EMIT snapshotRecorded(r.id, r.error);
    });
    watcher->setFuture(QtConcurrent::run([report = std::move(report), cloud, started, settings,
                                          paths = std::move(paths)]() mutable -> Recorded {
        Recorded out;
        if (!paths.empty()) {
            std::vector<const ReachabilityResult *> parts;
            for (const auto &p : paths)
                parts.push_back(p.get());
            report.scan.reachability = ReachabilityResult::merged(parts);
        }
        report.generatedAt = QDateTime::currentDateTimeUtc();
        history::HistoryStore store;
        const bool opened = store.open(settings.effectivePath());
        out.notices = store.notices();
        if (!opened) {
            out.error = store.errorString();
            return out;
        }
        const std::optional<qint64> id =
            AuditHistory::record(store, report, cloud, started, settings, &out.error);
        out.id = id.value_or(0);
        return out;
    }));
}

// The report says how the estate moved since the snapshot chosen in the dialog, up to this
// window's last scan (compared in the window's thread when Export is pressed).
void MainWindow::addSince(AuditReport &report)
{
    const qint64 since = m_reportDialog ? m_reportDialog->sinceSnapshot() : 0;
    if (since <= 0 || m_lastSnapshotId <= 0)
        return;
    history::HistoryStore store;
    QString error;
    if (!store.open(historyPath())) {
        report.scan.warnings.append(store.errorString());
        return;
    }
    std::optional<history::SnapshotDiff> diff =
        AuditHistory::compare(store, since, m_lastSnapshotId, &error);
    if (diff)
        report.since = std::move(diff);
    else
        report.scan.warnings.append(error);
}

void MainWindow::confirmRetention(AppSettings &next)
{
    const AppSettings now = AppSettings::load();
    if (next.historyKeepCount == now.historyKeepCount
        && next.historyKeepDays == now.historyKeepDays)
        return;
    history::HistoryStore store;
    if (!store.open(next.historyFile.isEmpty() ? historyPath() : next.historyFile))
        return;
    const QList<history::SnapshotInfo> all = store.list();
    const QDateTime cutoff = QDateTime::currentDateTimeUtc().addDays(-next.historyKeepDays);
    QStringList doomed;
    for (int i = 0; i < all.size(); ++i) {
        if ((next.historyKeepCount > 0 && i >= next.historyKeepCount)
            || (next.historyKeepDays > 0 && all[i].started < cutoff))
            doomed.append(QStringLiteral("#%1").arg(all[i].id));
    }
    if (doomed.isEmpty())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Audit history"),
        tr("With this retention the next scan deletes %n kept audit(s) for good (%1), and "
           "first-seen dates start again from what is left. Keep this retention?",
           nullptr, int(doomed.size()))
            .arg(doomed.size() > 6 ? doomed.mid(0, 3).join(QStringLiteral(", "))
                         + QStringLiteral(" … ") + doomed.back()
                                   : doomed.join(QStringLiteral(", "))),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes) {
        next.historyKeepCount = now.historyKeepCount;
        next.historyKeepDays = now.historyKeepDays;
    }
}

void MainWindow::showCompare()
{
    if (!m_compareDialog) {
        m_compareDialog = new CompareDialog(historyPath(), this);
        m_compareDialog->setAttribute(Qt::WA_DeleteOnClose, false);
    }
    // Signed in: who changed the NSGs comes from Azure's change history, read on the
    // workspace's thread with its connection.
    if (m_signedIn) {
        QPointer<MainWindow> self(this);
        const QString path = historyPath();
        m_compareDialog->setAttributor(
            [self, path](history::SnapshotDiff diff,
                         std::function<void(history::SnapshotDiff)> done) {
                if (!self)
                    return;
                self->m_host->invoke([self, path, diff = std::move(diff),
                                      done = std::move(done)](workspace::Workspace &w) mutable {
                    auto store = std::make_shared<history::HistoryStore>();
                    store->open(path);
                    auto *run = new workspace::AttributionRun(w.connection(), &w);
                    QObject::connect(
                        run, &workspace::AttributionRun::finished, run, [run, store, self, done] {
                            history::SnapshotDiff read = run->takeDiff();
                            run->deleteLater();
                            if (self)
                                QMetaObject::invokeMethod(
                                    self.data(), [done, read = std::move(read)] { done(read); },
                                    Qt::QueuedConnection);
                        });
                    run->start(std::move(diff), store.get());
                });
            });
    } else {
        m_compareDialog->setAttributor({});
    }
    m_compareDialog->reload();
    m_compareDialog->show();
    m_compareDialog->raise();
    m_compareDialog->activateWindow();
}

} // namespace nsg::ui
