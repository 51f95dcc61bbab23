// SPDX-License-Identifier: MIT
#pragma once

#include "securityrule.h"

#include <QExplicitlySharedDataPointer>
#include <QList>
#include <QString>
#include <QStringList>

#include <span>
#include <vector>

namespace nsg {

// Something in the input that the verdict cannot rest on, with the JSON path where it was found.
struct ReadProblem
{
    enum class Severity : quint8 {
        Fatal, // the NSG as a whole cannot be evaluated (e.g. securityRules missing)
        Rule, // one rule is malformed; evaluation stops where it would matter
        Warning, // noted for the reviewer; the verdict does not depend on it
    };
    Severity severity = Severity::Fatal;
    QString path; // "$[3].properties.securityRules[2].priority"
    QString message; // "expected a number"
    QString ruleName;

    QString toString() const
    {
        return path.isEmpty() ? message : path + QLatin1String(": ") + message;
    }
};

namespace detail {
struct NsgData;
}

// A network security group as read from ARM, Resource Graph or an offline export. An immutable,
// implicitly shared value: copying is one reference count.
//
// Rules are kept sorted the way Azure evaluates them: inbound rules by priority, then outbound
// rules by priority (rules whose direction could not be read sort with the inbound ones, since
// they might be inbound). Default rules are separate, as the portal shows them; when the input
// has none, Azure's standard defaults are assumed (defaultRulesAssumed()).
class NetworkSecurityGroup final
{
public:
    NetworkSecurityGroup();
    ~NetworkSecurityGroup();
    NetworkSecurityGroup(const NetworkSecurityGroup &);
    NetworkSecurityGroup(NetworkSecurityGroup &&) noexcept;
    NetworkSecurityGroup &operator=(const NetworkSecurityGroup &);
    NetworkSecurityGroup &operator=(NetworkSecurityGroup &&) noexcept;

    QString id() const;
    QString name() const;
    QString resourceGroup() const;
    QString subscriptionId() const;
    QString location() const;
    QString etag() const;
    QString tenantId() const;
    QString provisioningState() const;
    QStringList subnetIds() const;
    QStringList networkInterfaceIds() const;
    bool isAttached() const;

    // Where an offline NSG came from ("export.json") and its JSON path there ("$[3]").
    QString sourceFile() const;
    QString sourcePath() const;
    // "nsg-web (rg-prod)" or, for an NSG without a name, where it was found.
    QString displayName() const;

    std::span<const SecurityRule> customRules() const;
    std::span<const SecurityRule> inboundCustomRules() const;
    std::span<const SecurityRule> outboundCustomRules() const;
    std::span<const SecurityRule> defaultRules() const;
    std::span<const SecurityRule> inboundDefaultRules() const;
    std::span<const SecurityRule> outboundDefaultRules() const;
    // Custom then default inbound rules, in evaluation order.
    QList<SecurityRule> inboundRules() const;
    bool defaultRulesAssumed() const;

    // The rule's ARM id: its own when the input had one that is not the usual
    // <nsg id>/securityRules/<name>, else derived from the NSG's id.
    QString ruleId(const SecurityRule &rule) const;

    const QList<ReadProblem> &problems() const;
    bool hasFatalProblem() const;

    // Standard default rules of every NSG (3 inbound, then 3 outbound).
    static std::span<const SecurityRule> standardDefaultRules();

private:
    friend class NsgBuilder;
    explicit NetworkSecurityGroup(detail::NsgData *d);
    QExplicitlySharedDataPointer<const detail::NsgData> d;
};

} // namespace nsg
