// SPDX-License-Identifier: MIT
#pragma once

#include "azure/ruleeditor.h"

#include <QObject>

namespace nsg::workspace {

class Connection;
class EditSession;
class LiveScan;

// One reviewer's Azure session, as the window holds it on its worker thread: the connection,
// the live scan with its re-reads, the changes with their journal, and what ties them
// together — pending changes reconciled after each sign-in, a changed NSG read again, the
// scan's policy used for every change.
class Workspace final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Workspace)

public:
    explicit Workspace(QObject *parent = nullptr);
    ~Workspace() override;

    Connection *connection() const { return m_connection; }
    LiveScan *scan() const { return m_scan; }
    EditSession *edits() const { return m_edits; }

    // The journal of changes; what is wrong with it arrives as notices.
    void setJournalPath(const QString &path);
    // A change under the policy the NSGs were evaluated with.
    void applyFix(const azure::EditRequest &request);
    void revertChange(const QString &changeId, bool force);
    // The NSG as Resource Manager has it now (every field, the etag): nsgJsonReady.
    void fetchNsgJson(const QString &tenantId, const QString &nsgId);
    // Whether the account may write the NSG's rules: permissionChecked.
    void checkPermission(const QString &tenantId, const QString &nsgId);
    // Whether a template or an IaC tool manages the NSG (azure::OwnershipCheck, on the NSG as
    // read now): ownershipChecked.
    void checkOwnership(const QString &tenantId, const QString &nsgId);

Q_SIGNALS:
    void nsgJsonReady(const QString &nsgId, const QString &json, const QString &error);
    // known: the permissions could be read; reason says what was found (or why not).
    void permissionChecked(const QString &nsgId, bool known, bool allowed, const QString &reason);
    void notice(const QString &message);
    // owned: a sign was found; summary: Ownership::summary(); format: the key of the format to
    // show first (shipfix::key), empty for none.
    void ownershipChecked(const QString &nsgId, bool owned, const QString &summary,
                          const QString &format);

private:
    Connection *m_connection;
    LiveScan *m_scan;
    EditSession *m_edits;
};

} // namespace nsg::workspace
