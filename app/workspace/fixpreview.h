// SPDX-License-Identifier: MIT
#pragma once

#include "core/audit/scanresult.h"
#include "core/remediation/fixformats.h"
#include "core/remediation/nsgdocument.h"
#include "core/remediation/ruledocument.h"
#include "core/remediation/rulefix.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace nsg {

// A proposed change to one rule, answered before anything is sent: the NSG's verdict before and
// after, what changes in the rule (the property diff, the rule before and after), the same change
// with the Azure CLI, and whether the rule would still expose the port. The command line's dry
// run, the restrict-source dialog and the wizard ask it the same questions. The verdicts are
// evaluated when first asked for, so a preview that only shows the diff costs no evaluation.
class FixPreview final
{
public:
    // ruleId: the rule as the az command names it; empty: the rule's own id, else the NSG's id
    // with /securityRules/<ruleName>.
    FixPreview(NsgDocument nsg, QString ruleName, RuleFix fix, EvaluationOptions options,
               QString ruleId = QString());

    const NsgDocument &nsgBefore() const { return m_nsg; }
    const QString &ruleName() const { return m_ruleName; }
    const RuleFix &fix() const { return m_fix; }
    const EvaluationOptions &options() const { return m_options; }
    const QString &ruleId() const { return m_ruleId; }

    // Why the fix cannot be made (no such rule, no free priority above it); empty when it can.
    const QString &error() const { return m_change.error; }
    bool isValid() const { return m_change.error.isEmpty(); }
    // The NSG as the fix leaves it (null when the fix cannot be made).
    const NsgDocument &nsgAfter() const { return m_change.nsgAfter; }
    // The rule written, before (null: the fix adds a rule) and after (null: the fix deletes it).
    const RuleDocument &ruleBefore() const { return m_change.before; }
    const RuleDocument &ruleAfter() const { return m_change.after; }
    // "- key: old" / "+ key: new" for each property the change touches.
    QStringList diffLines() const;
    // The same change with the Azure CLI.
    QString azCommand() const;
    // What the formats a team ships with need (ARM, az, PowerShell, Bicep, Terraform): the rule
    // written, before and after, on the given ARM host and api-version.
    FixShipping shipping(const QString &armHost = QString(),
                         const QString &apiVersion = QString()) const;

    // The NSG evaluated before and after the change (nullopt: it cannot be evaluated).
    const std::optional<NsgResult> &before() const;
    const std::optional<NsgResult> &after() const;
    // Whether the rule alone lets in more than the breadth limit, before and after the change
    // (an NSG that cannot be evaluated counts as exposing).
    bool ruleExposesBefore() const;
    bool ruleStillExposes() const;
    // How many other rules still expose the port after the change.
    int otherExposingRules() const;
    // The exposed and undecided paths from the Internet through this NSG, followed again with
    // the NSG as the fix leaves it (`nsgsOnPaths`: the NSGs on those paths as they are,
    // ReachabilityResult::nsgIdsOnOpenPaths(); this one is replaced). Empty when the fix
    // cannot be made or no such path passes it; a path that cannot be followed again is unknown.
    std::vector<ReachabilityResult::Change> paths(const ReachabilityResult &reachability,
                                                  std::vector<NsgResult> nsgsOnPaths) const;

private:
    NsgDocument m_nsg;
    QString m_ruleName;
    RuleFix m_fix;
    EvaluationOptions m_options;
    QString m_ruleId;
    RuleChange m_change;
    mutable std::optional<std::optional<NsgResult>> m_before;
    mutable std::optional<std::optional<NsgResult>> m_after;
};

} // namespace nsg
