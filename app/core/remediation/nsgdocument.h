// SPDX-License-Identifier: MIT
#pragma once

#include "core/audit/scanresult.h"
#include "core/remediation/armdocument.h"
#include "core/remediation/ruledocument.h"
#include "core/remediation/rulefix.h"

#include <nlohmann/json_fwd.hpp>

#include <QString>

#include <memory>
#include <optional>

namespace nsg {

struct RuleChange;

// An NSG under edit as ARM has it (its JSON, every field kept), as a value: its rules are found,
// replaced, added and removed by name (without case), and the NSG an edit would make is
// evaluated before anything is sent. The JSON is shared and never changed, so copies are cheap.
class NsgDocument final : public ArmDocument
{
public:
    NsgDocument();
    // At the edge: the NSG as ARM returns it, and back.
    static NsgDocument fromJson(const nlohmann::json &nsg);
    static NsgDocument fromJson(nlohmann::json &&nsg);
    // What was read, back in ARM's shape (NsgWriter).
    static NsgDocument fromNsg(const NetworkSecurityGroup &nsg);
    // ARM JSON text; null unless it holds a JSON object.
    static NsgDocument fromText(const QString &text);

    // The rule named `name` (null when there is none).
    RuleDocument findRule(const QString &name) const;
    // The NSG with a rule replaced or added (by name), or removed.
    NsgDocument withRule(const RuleDocument &rule) const;
    NsgDocument withoutRule(const QString &ruleName) const;
    // The NSG with `rule` as its only rule.
    NsgDocument withOnlyRule(const RuleDocument &rule) const;
    // The highest free priority below `priority` (same direction), if any >= 100.
    std::optional<int> freePriorityAbove(int priority, const QString &direction) const;
    // A name for a Deny rule mirroring `ruleName` that no rule of the NSG uses yet.
    QString denyRuleName(const QString &ruleName) const;
    // What a fix of the rule `ruleName` would make of the NSG, before anything is sent.
    RuleChange withFix(const QString &ruleName, const RuleFix &fix) const;

    // Reads and evaluates the NSG (nullopt when it cannot be read as an NSG).
    std::optional<NsgResult> evaluate(const EvaluationOptions &options) const;

private:
    explicit NsgDocument(std::shared_ptr<const nlohmann::json> value);
};

// A fix applied to an NSG's document.
struct RuleChange
{
    NsgDocument nsgAfter;
    RuleDocument before; // the rule written, before (null: a new rule)
    RuleDocument after; // … and after (null: deleted)
    QString error; // why the fix cannot be made (no such rule, no free priority, …)
};

} // namespace nsg
