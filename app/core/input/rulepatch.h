// SPDX-License-Identifier: MIT
#pragma once

#include "audit/scanresult.h"

#include <nlohmann/json.hpp>

#include <QStringList>

#include <optional>

namespace nsg {

// The fixes for an exposing rule, as changes to ARM JSON. Pure functions: the same code shapes
// what the dialog re-evaluates before anything is sent and what RuleEditor PUTs.
struct RuleFix
{
    enum class Kind {
        RestrictSource, // the portal's walkthrough: Source = IP addresses
        MakeDeny, // turn the Allow into a Deny
        Delete, // remove the rule
        DenyAbove, // a Deny mirroring the rule at a free priority above it
    };
    Kind kind = Kind::RestrictSource;
    QStringList prefixes; // RestrictSource

    static QString name(Kind kind); // "Restrict the source", …
};

namespace RulePatch {

// A rule's PUT body {"properties": {…}}: every property of the rule as read, without the
// read-only ones (provisioningState), so that a PUT replaces nothing it did not mean to.
nlohmann::json putBody(const nlohmann::json &rule);
// The rule (as ARM returns it) with only its source changed to `prefixes`: the singular form for
// one, the plural for several, the other form and any source ASGs cleared.
nlohmann::json restrictSource(const nlohmann::json &rule, const QStringList &prefixes);
nlohmann::json makeDeny(const nlohmann::json &rule);
// A Deny rule with the same protocol, ports, source and destination as `rule`.
nlohmann::json denyMirror(const nlohmann::json &rule, const QString &name, int priority);
// The highest free priority below `priority` (same direction) in an NSG's JSON, if any >= 100.
std::optional<int> freePriorityAbove(const nlohmann::json &nsg, int priority,
                                     const QString &direction);
// A name for the mirror rule that no rule of the NSG uses yet.
QString denyRuleName(const nlohmann::json &nsg, const QString &ruleName);

// The NSG's JSON with a rule replaced or added (by name), or removed.
nlohmann::json withRule(const nlohmann::json &nsg, const nlohmann::json &rule);
nlohmann::json withoutRule(const nlohmann::json &nsg, const QString &ruleName);
// Reads and evaluates an NSG given as ARM JSON (what an edit would make of it).
std::optional<NsgResult> evaluate(const nlohmann::json &nsg, const EvaluationOptions &options);

// The fields of `properties` that differ between two rules (e.g. "sourceAddressPrefixes").
QStringList changedProperties(const nlohmann::json &before, const nlohmann::json &after);
// A property-by-property diff for people: "- key: old" / "+ key: new" for each property that
// differs (a null rule: it does not exist).
QStringList diffLines(const nlohmann::json &before, const nlohmann::json &after);
// Equal in every property that matters (etag, id, provisioningState aside).
bool sameRule(const nlohmann::json &a, const nlohmann::json &b);

// The equivalent Azure CLI command for a rule change.
QString azCommand(const QString &ruleId, const RuleFix &fix, const nlohmann::json &after = {});

} // namespace RulePatch

} // namespace nsg
