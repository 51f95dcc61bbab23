// SPDX-License-Identifier: MIT
#include "ui/widgets/editcontroller.h"

#include "ui/models/inventoryfilter.h"
#include "ui/models/inventorymodel.h"
#include "ui/scan/workspacehost.h"
#include "ui/widgets/historywindow.h"
#include "ui/widgets/mainwindow.h"
#include "ui/widgets/nsgpage.h"
#include "ui/widgets/remediationwizard.h"
#include "ui/widgets/restrictsourcedialog.h"
#include "ui/widgets/signindialog.h"

#include "workspace/editsession.h"
#include "workspace/workspace.h"

#include "core/audit/pathhops.h"
#include "core/remediation/nsgdocument.h"

#include <QAction>
#include <QCheckBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QSet>
#include <QTreeView>

namespace nsg::ui {

using workspace::EditSession;
using workspace::Workspace;

EditController::EditController(MainWindow *window, WorkspaceHost *host)
    : QObject(window)
    , m_window(window)
    , m_host(host)
{ }

EditController::~EditController() = default;

void EditController::connectTo(Workspace *w)
{
    EditSession *edits = w->edits();
    connect(w, &Workspace::nsgJsonReady, this,
            [this](const QString &nsgId, const QString &json, const QString &error) {
                RestrictSourceDialog *dialog = restrictDialog();
                if (!dialog || !error.isEmpty()
                    || !dialog->ruleId().startsWith(nsgId + QLatin1Char('/'), Qt::CaseInsensitive))
                    return;
                const NsgDocument doc = NsgDocument::fromText(json);
                if (!doc.isNull())
                    dialog->setFreshNsg(doc);
            });
    connect(
        w, &Workspace::ownershipChecked, this,
        [this](const QString &nsgId, bool owned, const QString &summary, const QString &format) {
            if (RestrictSourceDialog *dialog = restrictDialog(); dialog
                && dialog->ruleId().startsWith(nsgId + QLatin1Char('/'), Qt::CaseInsensitive))
                dialog->setOwnership(owned, summary, format);
            if (m_wizard)
                m_wizard->setOwnership(nsgId, owned, summary, format);
        });
    connect(w, &Workspace::permissionChecked, this,
            [this](const QString &nsgId, bool known, bool allowed, const QString &reason) {
                m_permissions.insert(nsgId.toLower(), Permission{known, allowed, reason});
                updateEditState();
                Q_EMIT permissionKnown(nsgId);
            });
    connect(edits, &EditSession::progress, this, [this](const QString &step) {
        m_window->m_progressLabel->setText(step);
        if (auto *d = qobject_cast<RestrictSourceDialog *>(m_editClient))
            d->showProgress(step);
        else if (auto *z = qobject_cast<RemediationWizard *>(m_editClient))
            z->showProgress(step);
        else if (auto *h = qobject_cast<HistoryWindow *>(m_editClient))
            h->setBusy(true, step);
    });
    connect(edits, &EditSession::finished, this, &EditController::onEditOutcome);
    connect(edits, &EditSession::claimsChallenge, this, &EditController::onClaimsChallenge);
    connect(edits, &EditSession::journalChanged, this, [this] {
        if (HistoryWindow *h = historyWindow())
            h->reload();
    });
}

void EditController::setJournalPath(const QString &path)
{
    m_journalPath = path;
    m_host->invoke([path](Workspace &w) { w.setJournalPath(path); });
    if (HistoryWindow *h = historyWindow()) {
        h->close();
        m_history = nullptr;
    }
}

RestrictSourceDialog *EditController::restrictDialog() const
{
    return m_restrictDialog;
}

RemediationWizard *EditController::wizard() const
{
    return m_wizard;
}

HistoryWindow *EditController::historyWindow() const
{
    return m_history;
}

void EditController::updateEditState()
{
    const bool editMode = m_window->m_editModeAction->isChecked();
    m_window->m_fixAllAction->setEnabled(editMode && m_window->m_signedIn);
    const QString nsgId = m_window->m_nsgPage->nsgId();
    if (!editMode || nsgId.isEmpty()) {
        m_window->m_nsgPage->setEditState(editMode, false, QString());
        return;
    }
    if (!m_window->m_signedIn) {
        m_window->m_nsgPage->setEditState(true, false, tr("Sign in to change rules."));
        return;
    }
    const auto it = m_permissions.constFind(nsgId.toLower());
    if (it == m_permissions.constEnd()) {
        m_window->m_nsgPage->setEditState(true, false,
                                          tr("Checking whether you may change this NSG…"));
        const QModelIndex source = m_window->m_inventory->indexOfNsg(nsgId);
        if (!m_window->m_inventory->subscriptionOf(source).isEmpty())
            m_host->invoke([tenant = m_window->m_inventory->tenantOf(source), nsgId](Workspace &w) {
                w.checkPermission(tenant, nsgId);
            });
        return;
    }
    if (!it->known) {
        m_window->m_nsgPage->setEditState(
            true, false,
            tr("Your permissions could not be read (%1); changes are off for "
               "this NSG.")
                .arg(it->reason));
        return;
    }
    m_window->m_nsgPage->setEditState(
        true, it->allowed,
        it->allowed ? QString() : tr("You may not change this NSG's rules: %1").arg(it->reason));
}

void EditController::openRestrictDialog(const QString &ruleName)
{
    const QModelIndex source = m_window->m_inventory->indexOfNsg(m_window->m_nsgPage->nsgId());
    const NsgResult *r = m_window->m_inventory->nsgAt(source);
    if (!r || ruleName.isEmpty())
        return;
    if (RestrictSourceDialog *old = restrictDialog())
        old->close();
    const QString tenant = m_window->m_inventory->tenantOf(source);
    auto *dialog = new RestrictSourceDialog(NsgDocument::fromNsg(r->nsg), ruleName, tenant,
                                            m_window->m_inventory->evaluationOptions(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (const InventoryModel::Node *node = m_window->m_inventory->nodeOf(source);
        node && node->paths) {
        bool admits = false;
        const QString rule = node->paths->decidingAdminRule(r->nsg.id(), &admits);
        if (!rule.isEmpty())
            dialog->setAdminRuleDecides(rule, admits);
        if (node->paths->evaluated) {
            std::vector<NsgResult> onPaths;
            for (const QString &id : node->paths->nsgIdsOnOpenPaths(r->nsg.id())) {
                if (const NsgResult *n = m_window->m_inventory->nsgAt(
                        m_window->m_inventory->indexOfNsgNear(id, source)))
                    onPaths.push_back(*n);
            }
            dialog->setPaths(node->paths, std::move(onPaths));
        }
    }
    m_restrictDialog = dialog;
    if (const std::optional<azure::CloudEnvironment> cloud = cloudEnvironment())
        dialog->setArm(cloud->resourceManager().toString(), cloud->apiVersions().network);
    dialog->setOwnershipChecking();
    m_host->invoke([tenant, id = r->nsg.id()](Workspace &w) { w.checkOwnership(tenant, id); });
    connect(dialog, &RestrictSourceDialog::applyRequested, this,
            [this, dialog](const azure::EditRequest &request) {
                m_editClient = dialog;
                m_host->invoke([request](Workspace &w) { w.applyFix(request); });
            });
    dialog->show();
    // The rule as Azure has it now (every field, the current etag).
    m_host->invoke([tenant, id = r->nsg.id()](Workspace &w) { w.fetchNsgJson(tenant, id); });
}

std::optional<azure::CloudEnvironment> EditController::cloudEnvironment() const
{
    if (!m_window->m_sandboxUrl.isEmpty())
        return azure::CloudEnvironment::sandbox(QUrl(m_window->m_sandboxUrl));
    return azure::CloudEnvironment::byName(m_window->m_cloud);
}

QList<FixTarget> EditController::targetsOf(const QModelIndex &source, bool internetFacingOnly) const
{
    QList<FixTarget> out;
    const InventoryModel::Node *node = m_window->m_inventory->nodeOf(source);
    if (!node || m_window->m_inventory->subscriptionOf(source).isEmpty())
        return out;
    if (node->kind == InventoryModel::Kind::Nsg) {
        const NsgResult *r = node->nsg.get();
        if (!r || r->finding.verdict != Verdict::Exposed)
            return out;
        if (internetFacingOnly && node->counts.internetFacing == 0)
            return out;
        const NsgDocument doc = NsgDocument::fromNsg(r->nsg);
        QStringList names;
        for (const ExposingRule &e : r->finding.exposing) {
            const QString name = r->nsg.inboundRuleView(e.rule).name();
            if (!names.contains(name)) {
                names.append(name);
                out.append(FixTarget{doc, name, m_window->m_inventory->tenantOf(source)});
            }
        }
        return out;
    }
    for (int row = 0; row < m_window->m_inventory->rowCount(source); ++row)
        out += targetsOf(m_window->m_inventory->index(row, 0, source), internetFacingOnly);
    return out;
}

QStringList EditController::facingWithoutRuleOf(const QModelIndex &source) const
{
    QStringList out;
    const InventoryModel::Node *node = m_window->m_inventory->nodeOf(source);
    if (!node)
        return out;
    if (node->kind == InventoryModel::Kind::Nsg) {
        const NsgResult *r = node->nsg.get();
        if (!r || r->finding.verdict == Verdict::Exposed || node->counts.internetFacing == 0
            || !node->paths)
            return out;
        for (const Endpoint &e : node->paths->endpoints) {
            if (e.verdict == Verdict::Exposed && e.passes(r->nsg.id())) {
                out.append(tr("%1: the Internet reaches %2 through it, decided by %3")
                               .arg(r->nsg.name(), targetText(e), decidedByText(e)));
                break;
            }
        }
        return out;
    }
    for (int row = 0; row < m_window->m_inventory->rowCount(source); ++row)
        out += facingWithoutRuleOf(m_window->m_inventory->index(row, 0, source));
    return out;
}

void EditController::openWizard()
{
    QList<FixTarget> targets =
        targetsOf(m_window->m_inventory->indexOfNsg(m_window->m_nsgPage->nsgId()));
    const QString rule = m_window->m_nsgPage->exposingRuleName();
    // The wizard is for one finding: the rule selected (or the first exposing one).
    for (const FixTarget &t : std::as_const(targets)) {
        if (t.ruleName == rule) {
            targets = {t};
            break;
        }
    }
    openWizardFor(targets);
}

void EditController::fixAllSimilar()
{
    QList<FixTarget> targets;
    QStringList elsewhere;
    QSet<QString> seen;
    // With "Internet-facing only" ticked, only the findings on a path the Internet gets
    // through: latent ones wait.
    const bool facingOnly = m_window->m_internetFacingOnly->isChecked();
    for (const QModelIndex &index : m_window->m_tree->selectionModel()->selectedRows()) {
        if (facingOnly) {
            for (const QString &line : facingWithoutRuleOf(m_window->m_filter->mapToSource(index)))
                if (!elsewhere.contains(line))
                    elsewhere.append(line);
        }
        for (const FixTarget &t : targetsOf(m_window->m_filter->mapToSource(index), facingOnly)) {
            if (!seen.contains(t.ruleId().toLower())) {
                seen.insert(t.ruleId().toLower());
                targets.append(t);
            }
        }
    }
    if (targets.isEmpty()) {
        QString text = facingOnly
            ? tr("Select internet-facing NSGs (or a subscription or resource group with "
                 "internet-facing NSGs) in the tree first, or untick \"Internet-facing only\".")
            : tr("Select exposed NSGs (or a subscription or resource group with exposed NSGs) "
                 "in the tree first.");
        if (!elsewhere.isEmpty())
            text += QStringLiteral("\n\n")
                + tr("No rule of these internet-facing NSGs admits the Internet; what lets it "
                     "through is elsewhere:")
                + QStringLiteral("\n") + elsewhere.join(QLatin1Char('\n'));
        QMessageBox::information(m_window, tr("Fix all similar"), text);
        return;
    }
    openWizardFor(targets);
    if (RemediationWizard *w = wizard(); w && !elsewhere.isEmpty())
        w->setElsewhere(elsewhere);
}

void EditController::openWizardFor(const QList<FixTarget> &targets)
{
    if (targets.isEmpty())
        return;
    if (RemediationWizard *old = wizard())
        old->close();
    auto *w = new RemediationWizard(targets, m_window->m_inventory->evaluationOptions(), m_window);
    w->setAttribute(Qt::WA_DeleteOnClose);
    // The paths the targets' NSGs are on (the live ones, or their file's).
    const QModelIndex first = m_window->m_inventory->indexOfNsg(targets.first().nsg.id());
    if (const InventoryModel::Node *node = m_window->m_inventory->nodeOf(first);
        node && node->paths && node->paths->evaluated) {
        std::vector<NsgResult> onPaths;
        QStringList ids;
        for (const FixTarget &t : targets) {
            for (const QString &id : node->paths->nsgIdsOnOpenPaths(t.nsg.id())) {
                if (ids.contains(id, Qt::CaseInsensitive))
                    continue;
                ids << id;
                if (const NsgResult *n = m_window->m_inventory->nsgAt(
                        m_window->m_inventory->indexOfNsgNear(id, first)))
                    onPaths.push_back(*n);
            }
        }
        w->setPaths(node->paths, std::move(onPaths));
    }
    m_wizard = w;
    if (const std::optional<azure::CloudEnvironment> cloud = cloudEnvironment())
        w->setArm(cloud->resourceManager().toString(), cloud->apiVersions().network);
    // Who manages each NSG, checked while the reviewer chooses the fix: the first
    // kOwnershipChecks of a selection (each check is a few reads), the rest said unchecked.
    constexpr int kOwnershipChecks = 20;
    QStringList asked;
    for (const FixTarget &t : targets) {
        if (asked.contains(t.nsg.id(), Qt::CaseInsensitive) || t.tenantId.isEmpty())
            continue;
        asked << t.nsg.id();
        if (asked.size() > kOwnershipChecks) {
            w->setOwnership(t.nsg.id(), false,
                            tr("Not checked: only the first %1 NSGs of a selection are checked "
                               "for a template that manages them; open Restrict source… on this "
                               "one to check it.")
                                .arg(kOwnershipChecks),
                            QString());
            continue;
        }
        m_host->invoke([tenant = t.tenantId, id = t.nsg.id()](Workspace &ws) {
            ws.checkOwnership(tenant, id);
        });
    }
    connect(w, &RemediationWizard::applyRequested, this, [this, w](const azure::EditRequest &r) {
        m_editClient = w;
        m_host->invoke([r](Workspace &ws) { ws.applyFix(r); });
    });
    w->show();
}

void EditController::showHistory()
{
    HistoryWindow *h = historyWindow();
    if (!h) {
        h = new HistoryWindow(m_journalPath, m_window);
        h->setAttribute(Qt::WA_DeleteOnClose);
        m_history = h;
        h->setNsgLookup([this](const QString &nsgId) {
            HistoryWindow::NsgNow now;
            now.options = m_window->m_inventory->evaluationOptions();
            if (const NsgResult *r =
                    m_window->m_inventory->nsgAt(m_window->m_inventory->indexOfNsg(nsgId)))
                now.nsg = NsgDocument::fromNsg(r->nsg);
            return now;
        });
        connect(h, &HistoryWindow::revertRequested, this,
                [this, h](const QString &changeId, bool force) {
                    m_editClient = h;
                    m_host->invoke(
                        [changeId, force](Workspace &w) { w.revertChange(changeId, force); });
                });
    }
    h->reload();
    h->show();
    h->raise();
    h->activateWindow();
}

void EditController::onEditOutcome(const azure::EditOutcome &outcome)
{
    m_window->m_progressLabel->setText(outcome.message);
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
        m_window->addProblem(tr("Change"),
                             ScanError{outcome.changeId, outcome.error.httpStatus,
                                       outcome.error.code, outcome.message,
                                       outcome.error.requestId});
    Q_EMIT editFinished(outcome);
}

void EditController::onClaimsChallenge()
{
    // The session has started the sign-in with the claims; the dialog shows its code.
    m_window->m_signIn->startChallenge(
        tr("Azure asks for multi-factor authentication before this change. "
           "Sign in again; the change is sent as soon as you have."));
}

} // namespace nsg::ui
