// SPDX-License-Identifier: MIT
#pragma once

#include <array>

namespace nsg {

// Azure's six default security rules, as ARM returns them (names exactly as the API spells
// them; every one is protocol * and ports *). Inbound first, each direction by priority.
struct DefaultRuleSpec
{
    const char *name;
    const char *description;
    int priority;
    const char *access;
    const char *direction;
    const char *source;
    const char *destination;
};

inline constexpr std::array<DefaultRuleSpec, 6> kAzureDefaultRules{{
    {"AllowVnetInBound", "Allow inbound traffic from all VMs in VNET", 65000, "Allow", "Inbound",
     "VirtualNetwork", "VirtualNetwork"},
    {"AllowAzureLoadBalancerInBound", "Allow inbound traffic from azure load balancer", 65001,
     "Allow", "Inbound", "AzureLoadBalancer", "*"},
    {"DenyAllInBound", "Deny all inbound traffic", 65500, "Deny", "Inbound", "*", "*"},
    {"AllowVnetOutBound", "Allow outbound traffic from all VMs to all VMs in VNET", 65000, "Allow",
     "Outbound", "VirtualNetwork", "VirtualNetwork"},
    {"AllowInternetOutBound", "Allow outbound traffic from all VMs to Internet", 65001, "Allow",
     "Outbound", "*", "Internet"},
    {"DenyAllOutBound", "Deny all outbound traffic", 65500, "Deny", "Outbound", "*", "*"},
}};

} // namespace nsg
