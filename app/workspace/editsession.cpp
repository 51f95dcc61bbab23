// SPDX-License-Identifier: MIT
#include "workspace/editsession.h"

#include "workspace/connection.h"

#include "azure/changejournal.h"

namespace nsg::workspace {

using namespace nsg::azure;

EditSession::EditSession(Connection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{
    connect(m_connection, &Connection::stepUpFinished, this, [this](bool ok, const QString &) {
        if (!std::exchange(m_awaitingStepUp, false) || !m_editor)
            return;
        if (ok)
            m_editor->resume();
        else
            m_editor->abandon();
    });
}

EditSession::~EditSession()
{
    // Editors hold the journal.
    delete m_editor;
}

bool EditSession::openJournal(const QString &path, QString *error)
{
    m_journal = std::make_unique<ChangeJournal>(path);
    return m_journal->load(error);
}

QString EditSession::journalPath() const
{
    return m_journal ? m_journal->path() : QString();
}

RuleEditor *EditSession::newEditor()
{
    if (!m_connection->isSignedIn() || !m_journal || m_editor) {
        // Reported as an outcome, so whoever asked is not left waiting.
        EditOutcome refused;
        refused.message = m_editor ? tr("Another change is still being applied.")
                                   : tr("Sign in before changing rules.");
        Q_EMIT finished(refused);
        return nullptr;
    }
    m_editor = new RuleEditor(
        m_connection->arm(), m_journal.get(),
        EditContext{m_connection->cloudName(), m_connection->account().username}, this);
    connect(m_editor, &RuleEditor::progress, this, &EditSession::progress);
    connect(m_editor, &RuleEditor::claimsChallenge, this,
            [this](const QString &tenantId, const QString &claims) {
                m_awaitingStepUp = true;
                Q_EMIT claimsChallenge(tenantId, claims);
                m_connection->signIn(tenantId, claims);
            });
    connect(m_editor, &RuleEditor::finished, this, &EditSession::onEditorFinished);
    return m_editor;
}

void EditSession::onEditorFinished()
{
    RuleEditor *editor = m_editor;
    m_editor = nullptr;
    m_awaitingStepUp = false;
    editor->deleteLater();
    Q_EMIT journalChanged(m_journal->path());
    Q_EMIT finished(editor->outcome());
}

void EditSession::apply(const EditRequest &request)
{
    if (RuleEditor *editor = newEditor())
        editor->apply(request);
}

void EditSession::revert(const QString &changeId, const EvaluationOptions &options, bool force)
{
    // The change's own tenant (the journal has it) decides which token the writes use.
    if (RuleEditor *editor = newEditor())
        editor->revert(changeId, QString(), options, force);
}

void EditSession::abandon()
{
    m_awaitingStepUp = false;
    if (m_editor)
        m_editor->abandon();
}

void EditSession::reconcilePending()
{
    if (!m_journal || !m_connection->isSignedIn() || m_reconciling > 0)
        return;
    m_journal->load();
    // Only this cloud's and this account's: another's rules may not even be readable here.
    const QString cloud = m_connection->cloudName();
    const QString account = m_connection->account().username;
    const QList<JournalChange> pending = m_journal->pending();
    for (const JournalChange &change : pending) {
        if (change.cloud != cloud || change.account.compare(account, Qt::CaseInsensitive) != 0)
            continue;
        ++m_reconciling;
        auto *editor = new RuleEditor(m_connection->arm(), m_journal.get(), EditContext{}, this);
        connect(editor, &RuleEditor::finished, this, [this, editor] {
            editor->deleteLater();
            Q_EMIT notice(tr("A change left pending by an earlier run was reconciled: %1")
                              .arg(editor->outcome().message));
            if (--m_reconciling == 0)
                Q_EMIT journalChanged(m_journal->path());
        });
        editor->reconcile(change.id);
    }
}

} // namespace nsg::workspace
