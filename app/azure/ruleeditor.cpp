// SPDX-License-Identifier: MIT
#include "azure/ruleeditor.h"
#include "azure/nsgread.h"

#include "azure/armclient.h"

#include "core/audit/sourceinput.h"
#include "core/remediation/ruleexposure.h"
#include "core/util/ascii.h"

#include "azure/azurelog.h"

#include <nlohmann/json.hpp>

namespace nsg::azure {

namespace {

// "applied …" → "Applied …."
QString sentence(const QString &clause)
{
    return clause.left(1).toUpper() + clause.mid(1) + QLatin1Char('.');
}

QString lastSegment(const QString &id)
{
    return id.section(QLatin1Char('/'), -1);
}

// Null matches null (no rule); otherwise the same rule.
bool matches(const RuleDocument &current, const RuleDocument &expected)
{
    if (expected.isNull() || current.isNull())
        return expected.isNull() && current.isNull();
    return current.sameAs(expected);
}

QString fixKey(RuleFix::Kind kind)
{
    switch (kind) {
    case RuleFix::Kind::RestrictSource:
        return QStringLiteral("restrictSource");
    case RuleFix::Kind::MakeDeny:
        return QStringLiteral("makeDeny");
    case RuleFix::Kind::Delete:
        return QStringLiteral("delete");
    case RuleFix::Kind::DenyAbove:
        return QStringLiteral("denyAbove");
    }
    return QString();
}

} // namespace

QString EditContext::cloudName(const CloudEnvironment &environment)
{
    if (environment.name() == QLatin1String("Sandbox"))
        return environment.name() + QLatin1Char(' ')
            + environment.resourceManager().toString(QUrl::RemoveUserInfo);
    return environment.name();
}

QString EditOutcome::stateName(State s)
{
    switch (s) {
    case State::Verified:
        return QStringLiteral("verified");
    case State::Applied:
        return QStringLiteral("applied");
    case State::Conflict:
        return QStringLiteral("conflict");
    case State::Refused:
        return QStringLiteral("refused");
    case State::Failed:
        return QStringLiteral("failed");
    }
    return QString();
}

RuleEditor::RuleEditor(ArmClient *arm, ChangeJournal *journal, EditContext context, QObject *parent)
    : QObject(parent)
    , m_arm(arm)
    , m_journal(journal)
    , m_context(std::move(context))
{ }

RuleEditor::~RuleEditor()
{
    if (m_job)
        m_job->cancel();
}

QString RuleEditor::rulePath(const QString &ruleId) const
{
    return armpath::networkResource(ruleId, m_arm->environment().apiVersions());
}

QString RuleEditor::nsgPath() const
{
    JournalChange c;
    c.ruleId = m_writeRuleId;
    return armpath::networkResource(c.nsgId(), m_arm->environment().apiVersions());
}

void RuleEditor::track(ArmJob *job)
{
    m_job = job;
}

void RuleEditor::apply(const EditRequest &request)
{
    m_mode = Mode::Apply;
    m_request = request;
    m_writeRuleId = request.ruleId;
    if (request.fix.kind == RuleFix::Kind::RestrictSource) {
        // The same validation as the dialog and the command line: nothing any-like, nothing wide.
        const SourceInput input =
            SourceInput::parse(request.fix.prefixes.join(QLatin1Char(' ')), request.options.limit);
        if (!input.isUsable()) {
            QStringList why;
            for (const SourceInput::Entry &e : input.entries) {
                if (e.status == SourceInput::Entry::Status::Refused)
                    why.append(e.text + QLatin1String(": ") + e.message);
            }
            finish(EditOutcome::State::Failed,
                   why.isEmpty() ? tr("No source addresses were given; nothing was sent.")
                                 : tr("Nothing was sent: %1").arg(why.join(QLatin1String("; "))));
            return;
        }
        m_request.fix.prefixes = input.prefixes;
    }
    readRule();
}

void RuleEditor::revert(const QString &changeId, const QString &tenantId,
                        const EvaluationOptions &options, bool force)
{
    m_mode = Mode::Revert;
    m_force = force;
    m_request.tenantId = tenantId;
    m_request.options = options;
    QString error;
    const std::optional<JournalChange> original = m_journal->change(changeId, &error);
    if (!original) {
        finish(EditOutcome::State::Failed, error);
        return;
    }
    m_original = *original;
    if (m_original.status != JournalChange::Status::Applied) {
        finish(EditOutcome::State::Failed,
               tr("Change %1 is %2: only an applied change can be reverted.")
                   .arg(m_original.id, JournalChange::statusName(m_original.status)));
        return;
    }
    if (m_request.tenantId.isEmpty())
        m_request.tenantId = m_original.tenantId;
    m_request.ruleId = m_original.fixedRuleId;
    m_writeRuleId = m_original.ruleId;
    readRule();
}

void RuleEditor::reconcile(const QString &changeId)
{
    m_mode = Mode::Reconcile;
    QString error;
    const std::optional<JournalChange> change = m_journal->change(changeId, &error);
    if (!change) {
        finish(EditOutcome::State::Failed, error);
        return;
    }
    m_change = *change;
    m_request.tenantId = m_change.tenantId;
    m_request.ruleId = m_change.fixedRuleId;
    m_writeRuleId = m_change.ruleId;
    m_outcome.changeId = m_change.id;
    Q_EMIT progress(tr("Reading %1 to see whether change %2 was applied")
                        .arg(lastSegment(m_writeRuleId), m_change.id.left(8)));
    readBack(ArmError{});
}

void RuleEditor::readRule()
{
    Q_EMIT progress(tr("Reading the rule %1").arg(lastSegment(m_writeRuleId)));
    ArmJob *job =
        m_arm->get(rulePath(m_writeRuleId), m_request.tenantId, ArmJob::Paging::Single, this);
    track(job);
    connect(job, &ArmJob::finished, this, [this, job] { onRuleRead(job); });
}

void RuleEditor::onRuleRead(ArmJob *job)
{
    job->deleteLater();
    RuleDocument current;
    if (!job->succeeded()) {
        const bool missing = job->error().httpStatus == 404;
        if (!(missing && m_mode == Mode::Revert)) {
            finish(missing ? EditOutcome::State::Conflict : EditOutcome::State::Failed,
                   missing ? tr("The rule %1 no longer exists.").arg(lastSegment(m_writeRuleId))
                           : tr("Could not read the rule: %1").arg(job->error().toString()),
                   job->error());
            return;
        }
    } else {
        current = RuleDocument::fromJson(job->result());
    }
    m_outcome.current = current;

    if (m_mode == Mode::Revert) {
        if (!matches(current, m_original.after) && !m_force) {
            m_outcome.before = m_original.after;
            m_outcome.after = m_original.before;
            finish(EditOutcome::State::Conflict,
                   tr("The rule changed after change %1 was applied: reverting would overwrite "
                      "that. Compare the rule as it is now with the change, and revert anyway "
                      "only if that is what you want.")
                       .arg(m_original.id.left(8)));
            return;
        }
        m_change = JournalChange{};
        m_change.before = current;
        m_change.after = m_original.before;
        m_change.fix = QStringLiteral("revert");
        m_change.revertOf = m_original.id;
        journalAndWrite();
        return;
    }

    if (!m_request.seenRule.isNull() && !m_request.seenRule.sameAs(current)) {
        m_outcome.before = m_request.seenRule;
        finish(EditOutcome::State::Conflict,
               tr("The rule changed since you opened it (%1 differ). Nothing was sent: look at "
                  "the rule as it is now and decide again.")
                   .arg(m_request.seenRule.changedProperties(current).join(QLatin1String(", "))));
        return;
    }
    if (ascii::equalsIgnoreCase(current.stringProperty("access").toStdString(), "Deny")
        && m_request.fix.kind != RuleFix::Kind::Delete) {
        finish(EditOutcome::State::Failed,
               tr("The rule %1 is a Deny rule: it exposes nothing to fix.")
                   .arg(lastSegment(m_writeRuleId)));
        return;
    }
    m_change = JournalChange{};
    m_change.before = current;
    switch (m_request.fix.kind) {
    case RuleFix::Kind::RestrictSource:
        m_change.after = current.restrictSource(m_request.fix.prefixes);
        break;
    case RuleFix::Kind::MakeDeny:
        m_change.after = current.makeDeny();
        break;
    case RuleFix::Kind::Delete:
        m_change.after = RuleDocument();
        break;
    case RuleFix::Kind::DenyAbove: {
        // The new rule's priority and name depend on the rest of the NSG.
        Q_EMIT progress(tr("Reading the NSG for a free priority"));
        ArmJob *nsgJob = m_arm->get(nsgPath(), m_request.tenantId, ArmJob::Paging::Single, this);
        track(nsgJob);
        connect(nsgJob, &ArmJob::finished, this, [this, nsgJob] { onNsgForPriority(nsgJob); });
        return;
    }
    }
    m_change.fix = fixKey(m_request.fix.kind);
    journalAndWrite();
}

void RuleEditor::onNsgForPriority(ArmJob *job)
{
    job->deleteLater();
    if (!job->succeeded()) {
        finish(EditOutcome::State::Failed,
               tr("Could not read the NSG: %1").arg(job->error().toString()), job->error());
        return;
    }
    const NsgDocument nsg = NsgDocument::fromJson(job->result());
    const RuleDocument exposing = m_change.before;
    const int priority = exposing.priority();
    const std::optional<int> free =
        nsg.freePriorityAbove(priority, exposing.stringProperty("direction"));
    if (!free) {
        finish(EditOutcome::State::Failed,
               tr("There is no free priority above %1 (priorities start at 100): a Deny rule "
                  "cannot be placed before %2. Restrict its source or change it to Deny instead.")
                   .arg(priority)
                   .arg(lastSegment(m_request.ruleId)));
        return;
    }
    const QString name = nsg.denyRuleName(exposing.name());
    JournalChange nsgOnly;
    nsgOnly.ruleId = m_request.ruleId;
    m_writeRuleId = nsgOnly.nsgId() + QLatin1String("/securityRules/") + name;
    m_change.after = exposing.denyMirror(name, *free).withId(m_writeRuleId);
    m_change.before = RuleDocument();
    m_change.fix = fixKey(RuleFix::Kind::DenyAbove);
    journalAndWrite();
}

void RuleEditor::journalAndWrite()
{
    m_change.cloud = m_context.cloud;
    m_change.account = m_context.account;
    m_change.tenantId = m_request.tenantId;
    m_change.ruleId = m_writeRuleId;
    m_change.fixedRuleId = m_request.ruleId;
    m_outcome.before = m_change.before;
    m_outcome.after = m_change.after;
    QString error;
    if (!m_journal->recordChange(m_change, &error)) {
        finish(EditOutcome::State::Failed,
               tr("Nothing was sent: the change could not be journaled first (%1).").arg(error));
        return;
    }
    m_outcome.changeId = m_change.id;
    write();
}

void RuleEditor::write()
{
    const RuleDocument &before = m_change.before;
    const RuleDocument &after = m_change.after;
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!before.isNull()) {
        const QString etag = before.etag();
        if (etag.isEmpty()) {
            record(JournalChange::Status::Failed, tr("The rule as read has no etag."));
            finish(EditOutcome::State::Failed,
                   tr("The rule as read has no etag, so it cannot be changed safely; nothing was "
                      "sent."));
            return;
        }
        headers.append(qMakePair(QByteArray("If-Match"), etag.toUtf8()));
    } else {
        headers.append(qMakePair(QByteArray("If-None-Match"), QByteArray("*")));
    }
    ArmJob *job = nullptr;
    if (after.isNull()) {
        Q_EMIT progress(tr("Deleting %1").arg(lastSegment(m_writeRuleId)));
        job = m_arm->send("DELETE", rulePath(m_writeRuleId), m_request.tenantId, QByteArray(),
                          headers, this);
    } else {
        Q_EMIT progress(tr("Writing %1").arg(lastSegment(m_writeRuleId)));
        headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        job = m_arm->send("PUT", rulePath(m_writeRuleId), m_request.tenantId,
                          QByteArray::fromStdString(after.putBody().dump()), headers, this);
    }
    job->setLongRunning(true);
    track(job);
    connect(job, &ArmJob::operationPolled, this, [this](const QString &status) {
        Q_EMIT progress(tr("Azure is applying the change (%1)").arg(status));
    });
    connect(job, &ArmJob::finished, this, [this, job] { onWritten(job); });
}

void RuleEditor::onWritten(ArmJob *job)
{
    job->deleteLater();
    const QByteArray requestId = job->responseHeader("x-ms-request-id");
    if (!requestId.isEmpty())
        m_outcome.requestIds.append(QString::fromLatin1(requestId));
    if (job->succeeded()) {
        readBack(ArmError{});
        return;
    }
    const ArmError error = job->error();
    if (!error.requestId.isEmpty() && !m_outcome.requestIds.contains(error.requestId))
        m_outcome.requestIds.append(error.requestId);
    if (error.code == QLatin1String("InsufficientClaims")) {
        // Nothing was changed; the change stays pending until resume() or abandon().
        m_waitingForClaims = true;
        m_outcome.error = error;
        Q_EMIT progress(tr("Azure asks for multi-factor authentication before this change"));
        Q_EMIT claimsChallenge(m_request.tenantId, error.claims);
        return;
    }
    if (error.httpStatus == 412) {
        checkAfterConflict(error);
        return;
    }
    if (error.code == QLatin1String("Cancelled")) {
        finish(EditOutcome::State::Failed,
               tr("Cancelled. The change may or may not have reached Azure: it stays pending in "
                  "the journal and is reconciled (by reading the rule) at the next start."),
               error);
        return;
    }
    if (error.httpStatus == 0) {
        // No answer, or the operation failed or timed out: what is there decides.
        readBack(error);
        return;
    }
    record(JournalChange::Status::Failed, error.toString());
    finish(EditOutcome::State::Refused, tr("Azure refused the change: %1").arg(error.toString()),
           error);
}

void RuleEditor::checkAfterConflict(const ArmError &error)
{
    // 412: either someone changed the rule, or our own earlier attempt landed and its answer
    // was lost (a retried write). Reading the NSG tells which.
    Q_EMIT progress(tr("The rule's etag changed; reading it again"));
    readBack(error);
}

void RuleEditor::readBack(const ArmError &writeError)
{
    Q_EMIT progress(tr("Reading the NSG back to verify"));
    ArmJob *job = m_arm->get(nsgPath(), m_request.tenantId, ArmJob::Paging::Single, this);
    track(job);
    connect(job, &ArmJob::finished, this, [this, job, writeError] { onReadBack(job, writeError); });
}

void RuleEditor::onReadBack(ArmJob *job, const ArmError &writeError)
{
    job->deleteLater();
    if (!job->succeeded() && m_mode == Mode::Reconcile) {
        // Nothing learnt: the change stays pending for a later attempt.
        finish(EditOutcome::State::Failed,
               tr("Change %1 is still pending: the NSG could not be read (%2).")
                   .arg(m_change.id.left(8), job->error().toString()),
               job->error());
        return;
    }
    if (!job->succeeded()) {
        const QString why = tr("the NSG could not be read back (%1)").arg(job->error().toString());
        record(JournalChange::Status::Unknown,
               writeError.isNull() ? why : writeError.toString() + QLatin1String("; ") + why);
        finish(EditOutcome::State::Failed,
               tr("The outcome is not known: %1. The change stays in the journal as unknown.")
                   .arg(why),
               writeError.isNull() ? job->error() : writeError);
        return;
    }
    const QByteArray requestId = job->responseHeader("x-ms-request-id");
    if (!requestId.isEmpty())
        m_outcome.requestIds.append(QString::fromLatin1(requestId));
    m_nsg = NsgDocument::fromJson(job->result());
    const RuleDocument current = m_nsg.findRule(lastSegment(m_writeRuleId));
    m_outcome.current = current;
    m_outcome.before = m_change.before;
    m_outcome.after = m_change.after;
    m_outcome.nsg = m_nsg.evaluate(m_request.options);

    if (matches(current, m_change.after)) {
        if (m_mode == Mode::Revert || m_change.fix == QLatin1String("revert")) {
            record(JournalChange::Status::Applied,
                   tr("reverted change %1; the rule read back as before it")
                       .arg(m_change.revertOf.left(8)));
            QString error;
            const QString revertOf = m_mode == Mode::Revert ? m_original.id : m_change.revertOf;
            if (!m_journal->recordStatus(revertOf, JournalChange::Status::Reverted,
                                         tr("reverted by change %1").arg(m_change.id),
                                         m_outcome.requestIds, &error))
                qCWarning(lcEdit) << "journal:" << error;
            finish(
                EditOutcome::State::Verified,
                tr("Reverted: the rule is back as it was before change %1.").arg(revertOf.left(8)));
            return;
        }
        // Does the rule we fixed still let the policy's traffic in?
        const QString fixedName = lastSegment(m_request.ruleId);
        const bool stillExposes =
            !m_outcome.nsg || ruleStillExposes(*m_outcome.nsg, fixedName, m_request.options);
        const int otherRules = m_outcome.nsg ? otherExposingRules(*m_outcome.nsg, fixedName) : 0;
        const QString verdict =
            m_outcome.nsg ? displayName(m_outcome.nsg->finding.verdict) : tr("unreadable");
        if (stillExposes) {
            const QString message =
                tr("applied and read back, but %1 still exposes the port (the NSG is %2)")
                    .arg(lastSegment(m_request.ruleId), verdict);
            record(JournalChange::Status::Applied, message);
            finish(EditOutcome::State::Applied, sentence(message));
            return;
        }
        QString message = tr("verified: the rule read back as written; %1 no longer exposes the "
                             "port; the NSG is %2")
                              .arg(lastSegment(m_request.ruleId), verdict);
        if (otherRules > 0)
            message += tr(" (%n other rule(s) still expose it)", nullptr, otherRules);
        record(JournalChange::Status::Applied, message);
        finish(EditOutcome::State::Verified, sentence(message));
        return;
    }
    if (matches(current, m_change.before) && writeError.httpStatus == 412
        && m_preconditionRetries < 3) {
        // ARM gives every rule of an NSG the NSG's etag: a change to a sibling rule moves this
        // rule's etag although the rule itself is as read. Same content → send again against
        // the new etag; changed content is a conflict (below).
        ++m_preconditionRetries;
        m_change.before = m_change.before.withEtagOf(current);
        Q_EMIT progress(tr("Another rule of this NSG changed meanwhile; this rule did not: "
                           "sending again"));
        write();
        return;
    }
    if (matches(current, m_change.before)) {
        if (m_mode == Mode::Reconcile) {
            record(JournalChange::Status::Failed,
                   tr("reconciled: the rule is as it was before; the change was not applied"));
            finish(EditOutcome::State::Refused,
                   tr("Change %1 was not applied: the rule is as it was before.")
                       .arg(m_change.id.left(8)));
            return;
        }
        const QString why =
            writeError.isNull() ? tr("the rule is unchanged") : writeError.toString();
        record(JournalChange::Status::Failed, why);
        finish(writeError.httpStatus == 412 ? EditOutcome::State::Conflict
                                            : EditOutcome::State::Refused,
               tr("The change was not applied: %1").arg(why), writeError);
        return;
    }
    if (writeError.httpStatus == 412) {
        record(JournalChange::Status::Failed,
               tr("precondition failed: the rule changed since it was read; nothing was written"));
        finish(EditOutcome::State::Conflict,
               tr("The rule changed since you opened it; nothing was written. Look at the rule as "
                  "it is now and decide again."),
               writeError);
        return;
    }
    const QString why =
        tr("the rule is neither as it was before nor as the change wrote it; someone else may "
           "have changed it");
    record(JournalChange::Status::Unknown,
           writeError.isNull() ? why : writeError.toString() + QLatin1String("; ") + why);
    finish(EditOutcome::State::Failed, sentence(why), writeError);
}

void RuleEditor::resume()
{
    if (!m_waitingForClaims)
        return;
    m_waitingForClaims = false;
    Q_EMIT progress(tr("Signed in again; sending the change again"));
    write();
}

void RuleEditor::abandon()
{
    if (!m_waitingForClaims)
        return;
    m_waitingForClaims = false;
    record(JournalChange::Status::Failed,
           tr("not applied: the multi-factor sign-in Azure asked for was not completed"));
    finish(EditOutcome::State::Refused,
           tr("The change was not applied: Azure asked for multi-factor authentication and the "
              "sign-in was not completed."),
           m_outcome.error);
}

void RuleEditor::cancel()
{
    if (m_finished)
        return;
    if (m_job)
        m_job->cancel();
    else if (m_waitingForClaims)
        abandon();
}

void RuleEditor::record(JournalChange::Status status, const QString &message)
{
    if (m_change.id.isEmpty())
        return;
    QString error;
    if (!m_journal->recordStatus(m_change.id, status, message, m_outcome.requestIds, &error)) {
        qCWarning(lcEdit) << "journal:" << error;
        m_outcome.message += tr(" The journal could not record this: %1.").arg(error);
    }
}

void RuleEditor::finish(EditOutcome::State state, const QString &message, const ArmError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_outcome.state = state;
    m_outcome.message = message + m_outcome.message;
    m_outcome.error = error;
    if (m_outcome.changeId.isEmpty())
        m_outcome.changeId = m_change.id;
    // Signals of a job that is still running (a cancelled one) must not reach us any more.
    QMetaObject::invokeMethod(this, &RuleEditor::finished, Qt::QueuedConnection);
}

} // namespace nsg::azure
