// SPDX-License-Identifier: MIT
#include "workspace/workspace.h"

#include "workspace/connection.h"
#include "workspace/editsession.h"
#include "workspace/livescan.h"

#include "azure/changejournal.h"
#include "azure/nsgread.h"
#include "azure/ownershipcheck.h"
#include "azure/permissioncheck.h"

#include "core/remediation/nsgdocument.h"
#include "core/util/jsonvalue.h"

namespace nsg::workspace {

using namespace nsg::azure;

Workspace::Workspace(QObject *parent)
    : QObject(parent)
    , m_connection(new Connection(this))
    , m_scan(new LiveScan(m_connection, this))
    , m_edits(new EditSession(m_connection, this))
{
    // Changes an earlier run left pending are settled as soon as their account is back.
    connect(m_connection, &Connection::signedIn, m_edits, &EditSession::reconcilePending);
    connect(m_connection, &Connection::signedOut, m_scan, &LiveScan::cancel);
    // The tree and the page follow what is there now.
    connect(m_edits, &EditSession::finished, this, [this](const EditOutcome &outcome) {
        if (!outcome.nsg || outcome.changeId.isEmpty() || !m_edits->journal())
            return;
        if (const std::optional<JournalChange> change =
                m_edits->journal()->change(outcome.changeId))
            m_scan->reloadNsg(change->tenantId, change->nsgId());
    });
}

Workspace::~Workspace()
{
    // The edits and the scan hold the connection's clients.
    delete m_edits;
    delete m_scan;
    delete m_connection;
}

void Workspace::setJournalPath(const QString &path)
{
    QString error;
    if (!m_edits->openJournal(path, &error))
        Q_EMIT notice(error);
    for (const QString &problem : m_edits->journal()->problems())
        Q_EMIT notice(tr("Change journal %1: %2").arg(path, problem));
}

void Workspace::applyFix(const EditRequest &request)
{
    EditRequest r = request;
    r.options = m_scan->evaluation(); // the policy and limits the tree was evaluated with
    m_edits->apply(r);
}

void Workspace::revertChange(const QString &changeId, bool force)
{
    m_edits->revert(changeId, m_scan->evaluation(), force);
}

void Workspace::fetchNsgJson(const QString &tenantId, const QString &nsgId)
{
    if (!m_connection->arm())
        return;
    NsgRead *read = NsgRead::one(m_connection->arm(), tenantId, nsgId, this);
    connect(read, &NsgRead::finished, this, [this, read, nsgId] {
        read->deleteLater();
        if (read->document().is_null())
            Q_EMIT nsgJsonReady(nsgId, QString(), read->armError().toString());
        else
            Q_EMIT nsgJsonReady(nsgId, NsgDocument::fromJson(read->document()).toText(), QString());
    });
}

void Workspace::checkOwnership(const QString &tenantId, const QString &nsgId)
{
    if (!m_connection->arm())
        return;
    NsgRead *read = NsgRead::one(m_connection->arm(), tenantId, nsgId, this);
    connect(read, &NsgRead::finished, this, [this, read, tenantId, nsgId] {
        read->deleteLater();
        const QString unread = read->document().is_null() ? read->armError().toString() : QString();
        auto *check = new azure::OwnershipCheck(m_connection->arm(), m_connection->graph(), this);
        connect(check, &azure::OwnershipCheck::finished, this, [this, check, nsgId, unread] {
            check->deleteLater();
            Ownership owner = check->result();
            if (!unread.isEmpty())
                owner.notChecked.prepend(
                    tr("its tags (the NSG could not be read: %1)").arg(unread));
            Q_EMIT ownershipChecked(nsgId, owner.isOwned(), owner.summary(),
                                    owner.suggested() ? shipfix::key(*owner.suggested())
                                                      : QString());
        });
        check->check(tenantId, nsgId, JsonValue::object(read->document(), "tags"));
    });
}

void Workspace::checkPermission(const QString &tenantId, const QString &nsgId)
{
    if (!m_connection->arm())
        return;
    auto *check = new PermissionCheck(m_connection->arm(), nsgId, tenantId,
                                      QString::fromLatin1(PermissionCheck::kRuleWrite), this);
    connect(check, &PermissionCheck::finished, this, [this, check, nsgId] {
        check->deleteLater();
        Q_EMIT permissionChecked(nsgId, check->isKnown(), check->isAllowed(),
                                 check->isKnown() ? check->reason() : check->error().toString());
    });
}

} // namespace nsg::workspace
