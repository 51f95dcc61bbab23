// SPDX-License-Identifier: MIT
#pragma once

#include "core/audit/scanresult.h"

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

// The rule named `name` in an NSG's JSON (null when it has none; names compare without case).
nlohmann::json findRule(const nlohmann::json &nsg, const QString &name);
// A rule's values of a singular/plural pair ("sourceAddressPrefix", "sourceAddressPrefixes"),
// as written, in order.
QStringList values(const nlohmann::json &rule, const char *singular, const char *plural);

// The NSG's JSON with a rule replaced or added (by name), or removed.
nlohmann::json withRule(const nlohmann::json &nsg, const nlohmann::json &rule);
nlohmann::json withoutRule(const nlohmann::json &nsg, const QString &ruleName);
// What a fix would make of an NSG, before anything is sent.
struct Preview
{
    nlohmann::json nsgAfter;
    nlohmann::json before; // the rule written, before (null: a new rule)
    nlohmann::json after; // … and after (null: deleted)
    QString error; // why the fix cannot be made (no such rule, no free priority, …)
};
Preview preview(const nlohmann::json &nsg, const QString &ruleName, const RuleFix &fix);

// Reads and evaluates an NSG given as ARM JSON (what an edit would make of it).
std::optional<NsgResult> evaluate(const nlohmann::json &nsg, const EvaluationOptions &options);

// Whether the rule named `ruleName` alone lets in more public addresses than the breadth limit
// (a narrow Allow lets its few addresses in: that is a fix, not exposure). An NSG that cannot be
// evaluated counts as exposing.
bool ruleStillExposes(const NsgResult &result, const QString &ruleName,
                      const EvaluationOptions &options);
// How many other rules still expose the port when the NSG is Exposed.
int otherExposingRules(const NsgResult &result, const QString &ruleName);

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
