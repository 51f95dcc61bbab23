// SPDX-License-Identifier: MIT
#pragma once

#include "networksecuritygroup.h"

namespace nsg::detail {

struct NsgData : QSharedData
{
    QExplicitlySharedDataPointer<const Arena> arena;
    std::vector<SecurityRule> custom; // inbound (and direction unknown) first, then outbound
    std::vector<SecurityRule> defaults; // empty: the standard defaults
    quint32 inboundCustom = 0;
    quint32 inboundDefaults = 0;
    quint32 text = 0; // NSG text record in the arena
    bool defaultsAssumed = false;
    QString sourceFile;
    QList<ReadProblem> problems;
};

// Field order of the NSG text record.
enum class NsgText : quint8 {
    Id,
    Name,
    ResourceGroup,
    SubscriptionId,
    Location,
    Etag,
    TenantId,
    ProvisioningState,
    SourcePath,
    Subnets,
    NetworkInterfaces,
};
inline constexpr int kFirstNsgListField = int(NsgText::Subnets);

} // namespace nsg::detail
