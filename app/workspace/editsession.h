// SPDX-License-Identifier: MIT
#pragma once

#include "azure/ruleeditor.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace nsg::azure {
class ChangeJournal;
}

namespace nsg::workspace {

class Connection;

// Changes to rules, one at a time, through a signed-in Connection: a RuleEditor per change,
// the change journal every change is written to before it is sent, the multi-factor sign-in
// Azure may ask for halfway (the session signs in again with the claims by itself and resumes
// the change, or abandons it when that sign-in fails), and the reconciliation of changes an
// earlier run left pending.
class EditSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditSession)

public:
    explicit EditSession(Connection *connection, QObject *parent = nullptr);
    ~EditSession() override;

    // Opens (and reads) the journal at path. False with error when it cannot be read; its
    // problems (a broken chain, lines it could not read) are in journal()->problems().
    bool openJournal(const QString &path, QString *error = nullptr);
    azure::ChangeJournal *journal() const { return m_journal.get(); }
    QString journalPath() const;

    bool isBusy() const { return m_editor != nullptr; }
    // Each reports finished once, also when it cannot start (not signed in, another change
    // under way).
    void apply(const azure::EditRequest &request);
    void revert(const QString &changeId, const EvaluationOptions &options, bool force);
    // Gives up a change waiting for the multi-factor sign-in.
    void abandon();
    // Reconciles this cloud's and this account's changes left pending (journaled, outcome not
    // known): each is read back and journaled as it turned out. notice per change.
    void reconcilePending();
    int reconciling() const { return m_reconciling; }

Q_SIGNALS:
    void progress(const QString &step);
    // Azure asks for a multi-factor sign-in before the change: the session has started it
    // (Connection::userCodeReceived follows).
    void claimsChallenge(const QString &tenantId, const QString &claims);
    void finished(const nsg::azure::EditOutcome &outcome);
    void journalChanged(const QString &path);
    void notice(const QString &message);

private:
    azure::RuleEditor *newEditor();
    void onEditorFinished();

    Connection *m_connection;
    std::unique_ptr<azure::ChangeJournal> m_journal;
    QPointer<azure::RuleEditor> m_editor;
    bool m_awaitingStepUp = false;
    int m_reconciling = 0;
};

} // namespace nsg::workspace
