// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/readproblem.h"
#include "core/model/securityrule.h"

#include <QExplicitlySharedDataPointer>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace nsg {

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

    bool isNull() const { return !d; }
    QString id() const;
    QString name() const;
    QString resourceGroup() const;
    QString subscriptionId() const;
    QString location() const;
    QString etag() const;
    QString tenantId() const;
    QString provisioningState() const;
    // A tag that says an IaC tool manages it ("managed-by=terraform"); empty when none.
    QString ownerTag() const;
    QStringList subnetIds() const;
    QStringList networkInterfaceIds() const;
    bool isAttached() const;

    // Where an offline NSG came from ("export.json") and its JSON path there ("$[3]").
    QString sourceFile() const;
    QString sourcePath() const;
    // "nsg-web (rg-prod)" or, for an NSG without a name, where it was found.
    QString displayName() const;

    QList<SecurityRule> customRules() const;
    QList<SecurityRule> inboundCustomRules() const;
    QList<SecurityRule> outboundCustomRules() const;
    QList<SecurityRule> defaultRules() const;
    QList<SecurityRule> inboundDefaultRules() const;
    QList<SecurityRule> outboundDefaultRules() const;
    // Custom then default inbound rules, in evaluation order.
    QList<SecurityRule> inboundRules() const;
    // The same without copies, for hot loops (valid while this NSG lives).
    int inboundRuleCount() const;
    SecurityRuleView inboundRuleView(int index) const;
    // All inbound rule views at once into `out` (cleared first).
    void inboundRuleViews(std::vector<SecurityRuleView> &out) const;

    // The input had no default rules; Azure's were assumed.
    bool defaultRulesAssumed() const;
    // The default rules are exactly Azure's standard six (shared, not stored per NSG).
    bool usesStandardDefaultRules() const;

    // The rule's ARM id: its own when the input had one that is not the usual
    // <nsg id>/securityRules/<name>, else derived from the NSG's id.
    QString ruleId(const SecurityRuleView &rule) const;
    // The rule's etag: its own when it differs from the NSG's, else the NSG's (or, for an NSG
    // read without an etag, the one its rules share).
    QString ruleEtag(const SecurityRuleView &rule) const;

    const QList<ReadProblem> &problems() const;
    bool hasFatalProblem() const;

    // Asks the CPU to start loading this NSG's storage (for loops over many NSGs).
    void prefetch() const;

    // A 256-bit digest (BLAKE2b) of everything read for this NSG — its fields, rules and
    // problems' absence or presence — but not the file it came from nor its place in it: equal
    // digests, equal NSGs. Over the stored form, so far cheaper than hashing its JSON (the audit
    // history's key).
    QByteArray contentDigest() const;

    // Azure's six default rules (3 inbound, then 3 outbound).
    static QList<SecurityRule> standardDefaultRules();

private:
    friend class NsgBuilder;
    explicit NetworkSecurityGroup(detail::NsgBlock *block);
    QList<SecurityRule> rules(quint32 first, quint32 count, bool defaults) const;

    QExplicitlySharedDataPointer<const detail::NsgBlock> d;
};

} // namespace nsg
