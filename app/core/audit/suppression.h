// SPDX-License-Identifier: MIT
#pragma once

#include "core/audit/finding.h"
#include "core/audit/portpolicy.h"

#include "core/model/networksecuritygroup.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace nsg {

// An accepted risk: a reviewer's decision that one NSG may stay exposed for one policy until a
// date, for a reason. Bound to the exposing rules themselves (their fingerprint), so it
// survives rescans and renames of nothing but dies with any change to what the rules let in.
struct Suppression
{
    QString nsgId; // compared without letter case
    QString nsgName; // for people; not part of the binding
    QString policyId; // PortPolicy::id it was accepted under
    QString fingerprint; // Suppression::fingerprintOf() of the exposing rules when accepted
    QStringList ruleNames; // the exposing rules then, for people
    QString reviewer;
    QString reason;
    QDate expires; // the last day it holds
    QDateTime created; // UTC

    // SHA-256 (hex) over the NSG id, the policy and each exposing rule's effective fields:
    // protocol, source and destination ports, sources, destinations, access, priority.
    static QString fingerprintOf(const NetworkSecurityGroup &nsg, const Finding &finding,
                                 const PortPolicy &policy);
    // Reviewer, reason and expiry present, the expiry not before `today`: empty, or why not.
    QString validate(QDate today) const;
    static int defaultDays() { return 90; }

    friend bool operator==(const Suppression &, const Suppression &) = default;
};

// What a suppression does to one finding.
struct AcceptedRisk
{
    enum class State : quint8 {
        Active, // the finding shows as accepted risk
        Expired, // past its date: exposed again
        RuleChanged, // the exposing rules changed since: exposed again
    };
    State state = State::Active;
    Suppression suppression;
    // "Accepted by … until …: reason", or why it no longer holds.
    QString explanation() const;
};

// The team's accepted risks: a JSON file they can share (File → Suppressions…, --suppressions).
//   {"format": "nsg-auditor-suppressions", "version": 1, "suppressions": [{...}, ...]}
class SuppressionSet
{
public:
    static std::optional<SuppressionSet> fromJson(const QByteArray &bytes, QString *error);
    QByteArray toJson() const;
    static std::optional<SuppressionSet> load(const QString &path, QString *error);
    // Atomically (QSaveFile).
    bool save(const QString &path, QString *error) const;

    const std::vector<Suppression> &entries() const { return m_entries; }
    bool isEmpty() const { return m_entries.empty(); }
    // Replaces the one for the same NSG and policy, if any.
    void add(const Suppression &s);
    bool remove(const QString &nsgId, const QString &policyId);
    // Adds every entry of `other`, theirs replacing ours for the same NSG and policy, except
    // where ours is newer. Returns how many were added or replaced.
    int merge(const SuppressionSet &other);
    const Suppression *find(const QString &nsgId, const QString &policyId) const;

    // What the set says about an exposed finding; nothing for other verdicts or no entry.
    std::optional<AcceptedRisk> check(const NetworkSecurityGroup &nsg, const Finding &finding,
                                      const PortPolicy &policy, QDate today) const;

private:
    std::vector<Suppression> m_entries;
};

} // namespace nsg
