// SPDX-License-Identifier: MIT
#pragma once

#include "core/audit/finding.h"
#include "core/audit/portpolicy.h"

#include "core/model/networksecuritygroup.h"

#include <QStringList>

#include <optional>
#include <span>

namespace nsg {

// Words for a Finding: the one-sentence reason, the proof rule by rule, and what rule-at-a-time
// scanners would say. Shared by the CLI, the reports and the GUI.
class FindingText final
{
public:
    FindingText(const NetworkSecurityGroup &nsg, const Finding &finding,
                const EvaluationOptions &options);

    QString reason() const;
    // Empty when rule-at-a-time scanners agree with the verdict.
    QString ruleByRuleNote() const;
    // Every inbound rule in evaluation order and what it decided.
    QStringList proof() const;
    // What one inbound rule (its position in inboundRules()) decided, in words; empty when the
    // evaluation did not reach it at all.
    QString decision(int rule) const;
    QString decision(const RuleTrace &trace) const;
    // "'AllowSmtp' (priority 100)" for a trace position.
    QString ruleLabel(int rule) const;
    QString ruleName(int rule) const;
    int rulePriority(int rule) const;
    // Every earlier rule that decided some of this rule's public sources, in priority order,
    // with the ranges each took: "Deny rule 'A' (priority 100: 0.0.0.0/1) and Deny rule 'B'
    // (priority 199: 128.0.0.0/1, ::/0)". Empty when no earlier rule did.
    QString decidedByPhrase(int rule) const;
    // The same as data: Finding::decidedBy, recorded for the words when the verdict left it out.
    std::span<const ShadowShare> decidedBy(int rule) const;
    // The fewest CIDR blocks whose public part is exactly what the earlier rule took.
    static QStringList shareRanges(const ShadowShare &share);

private:
    const SecurityRule &ruleAt(int rule) const;
    QString rulesPhrase(const std::vector<int> &rules) const;
    QString exposureSentence() const;

    const NetworkSecurityGroup &m_nsg;
    const Finding &m_finding;
    // Who decided which part of each partly shadowed rule: the finding's own when it has them,
    // else from evaluating the NSG again with the shares recorded (on first use).
    const Finding &shares() const;
    mutable std::optional<Finding> m_shares;
    const EvaluationOptions &m_options;
    QList<SecurityRule> m_rules;
};

// "1,234,567" in English, "1.234.567" in German (textLocale())
QString formatCount(quint64 n);
// Exact below 2^53 ("18,446,744,073,709,551,616" is shown as "2^64"), else "about 2^n".
QString formatIpv6Count(uint128 n);
// "any Internet address", "any public IPv4 address", "203.0.113.0/28 and 2001:db8::/64",
// "public addresses in 128.0.0.0/1", …
QString describeAddresses(const IntervalSet<quint32> &v4, const IntervalSet<uint128> &v6,
                          int maxRanges = 3);
// The fewest CIDR blocks whose public part is exactly the given public addresses.
QList<Cidr> publicCover(const IntervalSet<quint32> &v4, const IntervalSet<uint128> &v6);
// "512 public IPv4 addresses, 2^64 public IPv6 addresses"
QString countPhrase(quint64 ipv4, uint128 ipv6);

} // namespace nsg
