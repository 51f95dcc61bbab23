// SPDX-License-Identifier: MIT
// MainWindow's reports: what the tree shows, for a scope, assembled into an AuditReport.
#include "ui/widgets/mainwindow.h"

#include "ui/models/inventoryfilter.h"
#include "ui/models/inventorymodel.h"
#include "ui/widgets/reportdialog.h"

#include "history/historystore.h"
#include "workspace/audithistory.h"

#include "workspace/reportassembly.h"

#include <QItemSelectionModel>
#include <QTemporaryDir>
#include <QTreeView>

#include <algorithm>
#include <functional>

namespace nsg::ui {

AuditReport MainWindow::buildReport(int scopeValue)
{
    const auto scope = ReportDialog::Scope(scopeValue);
    // The nodes to report on: the selection's, or everything.
    QList<QModelIndex> roots;
    if (scope == ReportDialog::Scope::Selection) {
        for (const QModelIndex &index : m_tree->selectionModel()->selectedRows())
            roots.append(m_filter->mapToSource(index));
    } else {
        for (int row = 0; row < m_inventory->rowCount(); ++row)
            roots.append(m_inventory->index(row, 0));
    }
    return buildReportFor(roots, scopeValue);
}

AuditReport MainWindow::buildReportFor(const QList<QModelIndex> &roots, int scopeValue)
{
    const auto scope = ReportDialog::Scope(scopeValue);
    ScanResult scan;
    scan.options = m_inventory->evaluationOptions();
    scan.scannedAt = m_scannedAt.isValid() ? m_scannedAt : QDateTime::currentDateTimeUtc();
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
    std::vector<const ReachabilityResult *> paths; // of the reported NSGs (live, files)
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
        if (n->nsg && n->paths && !std::count(paths.begin(), paths.end(), n->paths.get()))
            paths.push_back(n->paths.get());
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
    // The paths from the Internet the reported NSGs were placed on; a selection keeps the
    // endpoints through its NSGs.
    QSet<QString> reportedIds;
    for (const NsgResult &r : scan.nsgs)
        reportedIds.insert(r.nsg.id().toLower());
    scan.reachability = ReachabilityResult::merged(paths);
    if (scope == ReportDialog::Scope::Selection) {
        std::vector<Endpoint> &endpoints = scan.reachability.endpoints;
        endpoints.erase(std::remove_if(endpoints.begin(), endpoints.end(),
                                       [&reportedIds](const Endpoint &e) {
                                           return std::none_of(e.nsgIds.begin(), e.nsgIds.end(),
                                                               [&reportedIds](const QString &id) {
                                                                   return reportedIds.contains(
                                                                       id.toLower());
                                                               });
                                       }),
                        endpoints.end());
    }
    scan.suppressionsApplied = !m_inventory->suppressions().isEmpty();
    workspace::ReportSources sources;
    sources.account = m_username;
    sources.suppressionsFile = suppressionsPath();
    // The demo keeps them in a temporary folder: the cover names them, not that path.
    if (m_demoJournal && sources.suppressionsFile.startsWith(m_demoJournal->path()))
        sources.suppressionsName = tr("the demo tenant's accepted risks (kept for this session "
                                      "only)");
    // Changes made to these NSGs, from the journal.
    sources.journalPath = journalPath();
    AuditReport report = workspace::ReportAssembly::assemble(std::move(scan), sources);
    return report;
}

void MainWindow::showReportDialog()
{
    if (!m_reportDialog) {
        m_reportDialog = new ReportDialog(
            [this](ReportDialog::Scope scope) {
                AuditReport report = buildReport(int(scope));
                addSince(report);
                return report;
            },
            !m_tree->selectionModel()->selectedRows().isEmpty(), this);
        m_reportDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    // The earlier audits the report may compare with: those before this window's last scan.
    QList<QPair<qint64, QString>> earlier;
    if (m_lastSnapshotId > 0) {
        history::HistoryStore store;
        if (store.open(historyPath())) {
            for (const history::SnapshotInfo &i : store.list()) {
                if (i.id < m_lastSnapshotId)
                    earlier.append({i.id, i.label()});
            }
        }
    }
    m_reportDialog->setSinceChoices(earlier);
    m_reportDialog->show();
    m_reportDialog->raise();
    m_reportDialog->activateWindow();
}

} // namespace nsg::ui
