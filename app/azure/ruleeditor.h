// SPDX-License-Identifier: MIT
#pragma once

#include "azure/armerror.h"
#include "azure/changejournal.h"
#include "azure/cloudenvironment.h"

#include "core/audit/scanresult.h"
#include "core/remediation/nsgdocument.h"
#include "core/remediation/ruledocument.h"
#include "core/remediation/rulefix.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace nsg::azure {

class ArmClient;
class ArmJob;

// Who makes changes, for the journal.
struct EditContext
{
    QString cloud;
    QString account;

    // The cloud as the journal names it: its name, and for a sandbox also its URL (sandboxes
    // all share one name, not their rules).
    static QString cloudName(const CloudEnvironment &environment);
};

struct EditRequest
{
    QString ruleId; // the exposing rule
    QString tenantId;
    RuleFix fix;
    EvaluationOptions options;
    // The rule as the reviewer saw it when deciding (optional): if the fresh read differs, the
    // change is not sent and the outcome is Conflict.
    RuleDocument seenRule;
};

struct EditOutcome
{
    enum class State {
        Verified, // applied, read back as intended, and the rule no longer exposes the port
        Applied, // applied and read back, but the NSG still exposes the port (another rule)
        Conflict, // the rule changed since it was read: nothing sent (or 412); see `current`
        Refused, // ARM refused (403, 409, 429 after retries, 400) or the operation Failed
        Failed, // not sent (bad request, journal not writable) or the outcome unknown
    };
    State state = State::Failed;
    QString message;
    ArmError error;
    QString changeId;
    RuleDocument before; // the rule before (null: it did not exist)
    RuleDocument after; // what was written (null: deleted)
    RuleDocument current; // the rule as last read (Conflict: the changed rule)
    std::optional<NsgResult> nsg; // the NSG as read back, evaluated
    QStringList requestIds;

    bool isVerified() const { return state == State::Verified; }
    static QString stateName(State s);
};

// Applies one fix to one rule, or reverts one journaled change, against ARM: reads the rule
// fresh, journals the change (flushed) before anything is sent, writes with If-Match (the
// etag just read) as a long-running operation, reads the NSG back, evaluates it, and journals
// the outcome. A 401 claims challenge pauses (claimsChallenge): sign in again with the claims,
// then resume(); or abandon(). Reports once (finished).
class RuleEditor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RuleEditor)

public:
    RuleEditor(ArmClient *arm, ChangeJournal *journal, EditContext context,
               QObject *parent = nullptr);
    ~RuleEditor() override;

    void apply(const EditRequest &request);
    // Puts a change's before JSON back, if the rule is still as the change left it (else
    // Conflict, unless force). A revert is itself a journaled change.
    void revert(const QString &changeId, const QString &tenantId, const EvaluationOptions &options,
                bool force = false);
    // Finds out what happened to a pending change (a crash between write and answer): reads the
    // rule; equal to after → applied, to before → failed, else unknown.
    void reconcile(const QString &changeId);

    void resume(); // after claimsChallenge and a new sign-in
    void abandon(); // after claimsChallenge, when the sign-in is not done
    void cancel();

    bool isFinished() const { return m_finished; }
    const EditOutcome &outcome() const { return m_outcome; }

Q_SIGNALS:
    void progress(const QString &step);
    void claimsChallenge(const QString &tenantId, const QString &claims);
    void finished();

private:
    enum class Mode { Apply, Revert, Reconcile };
    void readRule();
    void onRuleRead(ArmJob *job);
    void onNsgForPriority(ArmJob *job);
    void journalAndWrite();
    void write();
    void onWritten(ArmJob *job);
    void checkAfterConflict(const ArmError &error);
    void readBack(const ArmError &writeError);
    void onReadBack(ArmJob *job, const ArmError &writeError);
    void finish(EditOutcome::State state, const QString &message, const ArmError &error = {});
    void record(JournalChange::Status status, const QString &message);
    QString rulePath(const QString &ruleId) const;
    QString nsgPath() const;
    void track(ArmJob *job);

    QPointer<ArmClient> m_arm;
    ChangeJournal *m_journal;
    EditContext m_context;
    Mode m_mode = Mode::Apply;
    EditRequest m_request;
    bool m_force = false;
    JournalChange m_change; // the change being made (or reverted / reconciled)
    JournalChange m_original; // revert: the change undone
    QString m_writeRuleId; // the rule written
    NsgDocument m_nsg; // as read back
    EditOutcome m_outcome;
    QPointer<ArmJob> m_job;
    bool m_waitingForClaims = false;
    int m_preconditionRetries = 0;
    bool m_finished = false;
};

} // namespace nsg::azure
