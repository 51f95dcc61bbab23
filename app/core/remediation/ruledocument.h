// SPDX-License-Identifier: MIT
#pragma once

#include "core/remediation/armdocument.h"

#include <nlohmann/json_fwd.hpp>

#include <QString>
#include <QStringList>

#include <memory>

namespace nsg {

// One security rule as ARM has it (every field of its JSON, kept as read), as a value: the fixes
// return the changed rule, and rules are compared, diffed and shown without their JSON leaving
// this type. The JSON is shared and never changed, so copies are cheap and may cross threads.
// Null: no rule (it does not exist yet, or it is deleted).
class RuleDocument final : public ArmDocument
{
public:
    RuleDocument();
    // At the edge: the rule as ARM or the journal gives it, and back.
    static RuleDocument fromJson(const nlohmann::json &rule);
    static RuleDocument fromJson(nlohmann::json &&rule);

    bool isObject() const;
    QString etag() const;
    // A property ("access", "protocol") when it is a string; empty otherwise.
    QString stringProperty(const char *key) const;
    // A property for people: a string as it is, any other value as JSON; empty when absent or
    // null.
    QString propertyText(const char *key) const;
    int priority() const; // 0 when absent
    // The values of a singular/plural pair ("sourceAddressPrefix", "sourceAddressPrefixes"), as
    // written, in order.
    QStringList values(const char *singular, const char *plural) const;

    // The rule with only its source changed to `prefixes`: the singular form for one, the plural
    // for several, the other form and any source ASGs cleared.
    RuleDocument restrictSource(const QStringList &prefixes) const;
    RuleDocument makeDeny() const;
    // A Deny rule with the same protocol, ports, source and destination as this one.
    RuleDocument denyMirror(const QString &name, int priority) const;
    RuleDocument withId(const QString &id) const;
    // This rule with the etag `other` has (ARM gives every rule of an NSG the NSG's etag).
    RuleDocument withEtagOf(const RuleDocument &other) const;
    // The PUT body {"properties": {…}}: every property of the rule as read, without the read-only
    // ones (provisioningState), so that a PUT replaces nothing it did not mean to.
    nlohmann::json putBody() const;

    // The fields of `properties` that differ from `after` (e.g. "sourceAddressPrefixes").
    QStringList changedProperties(const RuleDocument &after) const;
    // A property-by-property diff for people: "- key: old" / "+ key: new" for each property that
    // differs (a null rule: it does not exist).
    QStringList diffLines(const RuleDocument &after) const;
    // Equal in every property that matters (etag, id, provisioningState aside).
    bool sameAs(const RuleDocument &other) const;

private:
    explicit RuleDocument(std::shared_ptr<const nlohmann::json> value);
};

} // namespace nsg
