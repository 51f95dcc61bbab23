// SPDX-License-Identifier: MIT
#pragma once

#include "azure/cloudenvironment.h"
#include "azure/ruleeditor.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QModelIndex;

namespace nsg::workspace {
class Workspace;
}

namespace nsg::ui {

class HistoryWindow;
class MainWindow;
class RemediationWizard;
class RestrictSourceDialog;
class WorkspaceHost;
struct FixTarget;

// The window's changes to rules: whether the selected NSG may be changed (Edit mode, the
// account's permissions), the restrict dialog, the remediation wizard and Fix all similar, the
// change history with its reverts, the multi-factor sign-in a change may ask for, and where
// each change's outcome is shown. The changes themselves run in the workspace (EditSession).
class EditController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditController)

public:
    EditController(MainWindow *window, WorkspaceHost *host);
    ~EditController() override;

    // The workspace's answers (queued into the window's thread).
    void connectTo(workspace::Workspace *workspace);

    // Every change goes to the journal at this path.
    void setJournalPath(const QString &path);
    QString journalPath() const { return m_journalPath; }

    RestrictSourceDialog *restrictDialog() const;
    RemediationWizard *wizard() const;
    HistoryWindow *historyWindow() const;
    // The NSG page's Edit controls follow Edit mode, the sign-in and the permissions.
    void updateEditState();
    void openRestrictDialog(const QString &ruleName);
    void openWizard();
    void fixAllSimilar();
    void showHistory();

Q_SIGNALS:
    void editFinished(const nsg::azure::EditOutcome &outcome);
    void permissionKnown(const QString &nsgId);

private:
    void onEditOutcome(const nsg::azure::EditOutcome &outcome);
    void onClaimsChallenge();
    void openWizardFor(const QList<FixTarget> &targets);
    // The cloud the window signed in to: where an ARM request of Ship it as… goes.
    std::optional<azure::CloudEnvironment> cloudEnvironment() const;
    // The exposing rules of an NSG, or of every NSG below a container (internet-facing ones
    // only when asked).
    QList<FixTarget> targetsOf(const QModelIndex &source, bool internetFacingOnly = false) const;
    // The internet-facing NSGs under `source` with no exposing rule to change (an admin rule, a
    // public service tag or a firewall's DNAT lets the Internet through them): "name: what
    // decides" each.
    QStringList facingWithoutRuleOf(const QModelIndex &source) const;

    MainWindow *m_window;
    WorkspaceHost *m_host;
    QString m_journalPath;
    struct Permission
    {
        bool known = false;
        bool allowed = false;
        QString reason;
    };
    QHash<QString, Permission> m_permissions; // by NSG id, lower case
    QPointer<QObject> m_editClient; // the dialog, wizard or history window a change is for
    QPointer<RestrictSourceDialog> m_restrictDialog;
    QPointer<RemediationWizard> m_wizard;
    QPointer<HistoryWindow> m_history;
};

} // namespace nsg::ui
