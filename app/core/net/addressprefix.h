// SPDX-License-Identifier: MIT
#pragma once

#include "core/net/cidr.h"

#include <QString>

#include <string_view>

namespace nsg {

// What one entry of an NSG rule's address fields means (sourceAddressPrefix(es),
// destinationAddressPrefix(es)). Service tags and the any-like words are matched in any letter
// case, as Azure does.
struct AddressPrefix
{
    enum class Kind : quint8 {
        Everything, // *, Any, Internet: every address of both families
        AllIpv4, // 0.0.0.0 and 0.0.0.0/0: every IPv4 address (not IPv6)
        AllIpv6, // ::/0: every IPv6 address (not IPv4)
        AzureCloud, // AzureCloud, AzureCloud.<region>: any Azure customer; as the Internet
        Range, // an IP address or CIDR range
        VirtualNetwork, // internal pseudo-member
        AzureLoadBalancer, // internal pseudo-member (168.63.129.16 health probes)
        ServiceTag, // any other service tag: a named pseudo-member, reported
        Invalid,
    };

    Kind kind = Kind::Invalid;
    Cidr cidr; // for Range
    QString name; // canonical tag name, or for Invalid the reason

    static AddressPrefix classify(std::string_view text);
    // Only the kind, without building texts (for words, tags and ranges alike).
    static Kind kindOf(std::string_view text);

    // What rule-at-a-time scanners call "open to the world".
    bool isAnyLike() const
    {
        return kind == Kind::Everything || kind == Kind::AllIpv4 || kind == Kind::AllIpv6;
    }
    // Reaches addresses we count as public Internet.
    bool coversInternet() const { return isAnyLike() || kind == Kind::AzureCloud; }
    bool isInternal() const
    {
        return kind == Kind::VirtualNetwork || kind == Kind::AzureLoadBalancer;
    }
};

} // namespace nsg
