// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/networksecuritygroup.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace nsg {

// Fields of one rule as found in the input, before validation. Views must stay valid until
// NsgBuilder::addRule() returns.
struct SecurityRuleInput
{
    struct List
    {
        std::vector<std::string_view> items;
        bool firstFromSingular = false; // items[0] came from the singular field
        void clear()
        {
            items.clear();
            firstFromSingular = false;
        }
    };

    std::string_view name, description, id, etag;
    std::optional<qint64> priority;
    bool priorityPresent = false; // present but not a usable integer when priority is empty
    std::optional<std::string_view> protocol, access, direction;
    List sourcePorts, destinationPorts, sourceAddresses, destinationAddresses;
    std::vector<std::string_view> sourceAsgs, destinationAsgs; // resource ids
    bool isDefault = false;
    bool malformed = false; // the reader already reported a problem with this rule
    QString path; // JSON path of the rule, for messages ("$[0].properties.securityRules[2]")
    QString fieldPrefix; // "properties." when fields sit under properties

    void clear();
};

// Builds NetworkSecurityGroup values; the readers and tests use it. Not thread-safe; reusable:
// build() resets it.
class NsgBuilder final
{
public:
    NsgBuilder();

    // Set the NSG's id and etag before adding rules, so rule ids and etags that merely repeat
    // them need not be stored.
    void setId(std::string_view id);
    void setEtag(std::string_view etag);
    void setName(std::string_view name);
    void setLocation(std::string_view location);
    void setTenantId(std::string_view tenantId);
    void setResourceGroup(std::string_view resourceGroup);
    void setSubscriptionId(std::string_view subscriptionId);
    void setProvisioningState(std::string_view state);
    // A tag that says an IaC tool manages the NSG ("managed-by=terraform").
    void setOwnerTag(std::string_view tag);
    void addSubnet(std::string_view id);
    void addNetworkInterface(std::string_view id);
    void setSource(const QString &file, const QString &path);

    // Validates and stores the rule; malformed fields become Rule problems.
    void addRule(const SecurityRuleInput &rule);
    void addProblem(ReadProblem::Severity severity, const QString &path, const QString &message,
                    const QString &ruleName = QString());

    NetworkSecurityGroup build();

    // Azure's six default rules (3 inbound, then 3 outbound), shared by every NSG that has them.
    static const detail::NsgBlock *standardBlock();

private:
    struct PendingRule
    {
        detail::RuleRecord rule;
        quint32 order;
        quint32 begin, end; // its bytes in the arena, to compare with the standard defaults
    };
    struct Standard;
    static const Standard &standard();
    void reset();
    void startArena();
    void encodeRule(const SecurityRuleInput &in, bool assumed, std::vector<PendingRule> &into);

    detail::ArenaWriter m_writer;
    std::vector<PendingRule> m_custom;
    std::vector<PendingRule> m_defaults;
    std::string m_id, m_etag, m_name, m_location, m_tenantId, m_resourceGroup, m_subscriptionId,
        m_provisioningState, m_ownerTag, m_ruleEtag;
    std::vector<std::string> m_subnets, m_nics;
    QString m_sourceFile, m_sourcePath;
    QList<ReadProblem> m_problems;
    std::string m_prefix; // ids are stored relative to it
    bool m_ruleEtagTaken = false; // m_ruleEtag is the first rule's (the NSG has no etag)
    std::string m_compacted; // scratch: the byte area without shared default rules
    Intervals<quint16> m_ports; // scratch, reused between rules
};

} // namespace nsg
