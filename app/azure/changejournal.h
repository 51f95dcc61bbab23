// SPDX-License-Identifier: MIT
#pragma once

#include "core/remediation/ruledocument.h"

#include <nlohmann/json_fwd.hpp>

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace nsg::azure {

// One change to a security rule, as the journal knows it (its events folded).
struct JournalChange
{
    enum class Status {
        Pending, // written before the request: the outcome is not known yet
        Applied, // the rule was read back as intended
        Failed, // ARM refused or the operation failed: the rule is as it was
        Reverted, // a later change put the before JSON back
        Unknown, // neither before nor after when read back: needs a human
    };

    QString id;
    QDateTime created;
    QDateTime updated;
    QString cloud;
    QString tenantId;
    QString account;
    QString ruleId; // the rule written (for "deny above": the new Deny rule)
    QString fixedRuleId; // the exposing rule the change is about
    QString fix; // restrictSource, makeDeny, delete, denyAbove, revert
    QString revertOf; // for a revert: the change it undoes
    RuleDocument before; // null: the rule did not exist
    RuleDocument after; // null: the rule is deleted
    Status status = Status::Pending;
    QString message; // the last event's explanation (an ARM error, "verified: …")
    QStringList requestIds;

    static QString statusName(Status s); // "pending", …
    static std::optional<Status> statusFromName(const QString &name);
    QString nsgId() const; // the rule id without /securityRules/<name>
};

// The record of every change we make: append-only JSON Lines, each line an event
// ({"event": "change"} with before/after, then {"event": "status"} updates) carrying the SHA-256
// of the previous line and its own, so an edited, removed or reordered line breaks the chain.
// A line is written, flushed and synced to disk before the request it announces is sent. A
// broken chain is reported (problems()), never repaired: later events still append to the last
// line as it stands. Several processes may share the file (a lock file serialises appends).
class ChangeJournal final
{
public:
    explicit ChangeJournal(QString path);

    // $NSG_AUDITOR_JOURNAL, else <app data>/journal.jsonl.
    static QString defaultPath();
    QString path() const { return m_path; }

    // Reads the file (a missing file is an empty journal). False only when it cannot be read;
    // integrity problems do not fail the load (see problems()).
    bool load(QString *error = nullptr);
    // "line 4: the hash does not match its content (the line was edited)", …
    QStringList problems() const { return m_problems; }
    bool isIntact() const { return m_problems.isEmpty(); }

    QList<JournalChange> changes() const { return m_changes; }
    // By id or a unique prefix of one (at least 4 characters).
    std::optional<JournalChange> change(const QString &idOrPrefix, QString *error = nullptr) const;
    QList<JournalChange> pending() const;
    // The changes to rules of these NSGs (ids in lower case), oldest first.
    QList<JournalChange> changesTo(const QSet<QString> &nsgIds) const;

    // Appends a new change (status pending; id and times are filled in). False (and nothing
    // written) when the file cannot be written: the caller must not send the request then.
    bool recordChange(JournalChange &change, QString *error = nullptr);
    bool recordStatus(const QString &id, JournalChange::Status status, const QString &message,
                      const QStringList &requestIds = {}, QString *error = nullptr);

    // A report's appendix: every change folded, and the chain's state.
    nlohmann::json toJson() const;
    // The same as History exports it: indented JSON text.
    QByteArray exportText() const;

private:
    bool append(nlohmann::json event, QString *error);
    void apply(const nlohmann::json &event);

    QString m_path;
    QList<JournalChange> m_changes;
    QStringList m_problems;
    QString m_lastHash;
    qint64 m_lastSeq = 0;
    qint64 m_loadedSize = -1;
};

} // namespace nsg::azure
