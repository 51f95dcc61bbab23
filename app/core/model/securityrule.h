// SPDX-License-Identifier: MIT
#pragma once

#include "arena.h"
#include "net/addressprefix.h"
#include "net/addressset.h"
#include "net/intervalset.h"
#include "net/portset.h"

#include <QExplicitlySharedDataPointer>
#include <QString>
#include <QStringList>

#include <optional>
#include <string_view>

namespace nsg {

enum class Protocol : quint8 { Any, Tcp, Udp, Icmp, Esp, Ah, Invalid };
enum class Access : quint8 { Allow, Deny, Invalid };
enum class Direction : quint8 { Inbound, Outbound, Invalid };

// Case-insensitive, as Azure compares them; "Any" is accepted for "*".
std::optional<Protocol> parseProtocol(std::string_view text);
std::optional<Access> parseAccess(std::string_view text);
std::optional<Direction> parseDirection(std::string_view text);

// The ARM spelling ("Tcp", "*", "Allow", "Inbound").
QString apiName(Protocol p);
QString apiName(Access a);
QString apiName(Direction d);
// The portal's spelling ("TCP", "Any", "Allow", "Inbound").
QString displayName(Protocol p);

// Which kinds of address an address field names (a bit per AddressPrefix::Kind, plus ASGs).
class AddressKinds
{
public:
    static constexpr quint16 kApplicationSecurityGroup = 1u << 15;

    AddressKinds() = default;
    explicit AddressKinds(quint16 bits)
        : m_bits(bits)
    { }
    void add(AddressPrefix::Kind k) { m_bits |= quint16(1u << unsigned(k)); }
    void addApplicationSecurityGroup() { m_bits |= kApplicationSecurityGroup; }
    bool has(AddressPrefix::Kind k) const { return m_bits & (1u << unsigned(k)); }
    bool hasApplicationSecurityGroup() const { return m_bits & kApplicationSecurityGroup; }
    bool hasAnyLike() const
    {
        return has(AddressPrefix::Kind::Everything) || has(AddressPrefix::Kind::AllIpv4)
            || has(AddressPrefix::Kind::AllIpv6);
    }
    quint16 bits() const { return m_bits; }

private:
    quint16 m_bits = 0;
};

// One security rule as read (custom or default). An immutable value; copies are cheap and share
// the NSG's storage. Text fields come back exactly as written in the input; parsed forms
// (ports, source ranges) are what the evaluator uses.
class SecurityRule final
{
public:
    SecurityRule() = default;

    QString name() const { return reader(Text::Name).qstring(); }
    QString description() const { return reader(Text::Description).qstring(); }
    // The rule's own id and etag when they are not simply derived from the NSG's (see
    // NetworkSecurityGroup::ruleId()).
    QString explicitId() const { return reader(Text::ExplicitId).qstring(); }
    QString explicitEtag() const { return reader(Text::ExplicitEtag).qstring(); }

    // Missing or malformed priority: hasPriority() is false and priority() is -1.
    bool hasPriority() const { return m_priority >= 0; }
    int priority() const { return m_priority; }
    Protocol protocol() const { return m_protocol; }
    Access access() const { return m_access; }
    Direction direction() const { return m_direction; }
    // The text that was there when protocol, access or direction could not be read.
    QString rawProtocol() const { return reader(Text::RawProtocol).qstring(); }
    QString rawAccess() const { return reader(Text::RawAccess).qstring(); }
    QString rawDirection() const { return reader(Text::RawDirection).qstring(); }

    // Singular and plural fields together, in the order read.
    QStringList sourcePortRanges() const { return reader(Text::SourcePorts).list(); }
    QStringList destinationPortRanges() const { return reader(Text::DestinationPorts).list(); }
    QStringList sourceAddressPrefixes() const { return reader(Text::SourceAddresses).list(); }
    QStringList destinationAddressPrefixes() const
    {
        return reader(Text::DestinationAddresses).list();
    }
    QStringList sourceApplicationSecurityGroups() const { return reader(Text::SourceAsgs).list(); }
    QStringList destinationApplicationSecurityGroups() const
    {
        return reader(Text::DestinationAsgs).list();
    }

    bool isDefault() const { return m_flags & kDefault; }
    // A default rule the export did not contain, assumed as Azure always has it.
    bool isAssumed() const { return m_flags & kAssumed; }
    // A field the evaluation depends on is missing or malformed; the NSG's problems say which.
    bool isMalformed() const { return m_flags & kMalformed; }
    // Every destination port entry was read (so destinationPortsContain() is the whole truth).
    bool destinationPortsReadable() const { return !(m_flags & kPortsUnreadable); }

    // Source ports cover 0-65535, so the rule matches every connection from its sources.
    bool coversAllSourcePorts() const { return m_flags & kAllSourcePorts; }
    // Destination is *, Any or VirtualNetwork: every address a NIC behind the NSG can have
    // (inbound rules see the private address after translation).
    bool coversAllDestinations() const { return m_flags & kAllDestinations; }

    bool destinationPortsContain(quint16 port) const
    {
        if (port >= m_portFirst && port <= m_portLast)
            return true;
        return (m_flags & kMorePorts) && morePortsContain(port);
    }
    PortSet destinationPorts() const;

    AddressKinds sourceKinds() const { return AddressKinds(m_sourceKinds); }
    // Every address the source names as intervals (service tags and ASGs have none here; the
    // any-like words and AzureCloud cover their whole families).
    IntervalSet<quint32> sourceIpv4() const;
    IntervalSet<uint128> sourceIpv6() const;

    // Destination as a set: everything when coversAllDestinations(), else its ranges plus its
    // tags and ASG ids as named members.
    AddressSet destinationSet() const;
    AddressKinds destinationKinds() const { return AddressKinds(m_destinationKinds); }

    // Raw access for the evaluator's hot loop: fills the given buffers (sorted, merged), no
    // allocation once they have grown. AzureCloud is not expanded here (see sourceKinds()).
    void sourceIntervals(Intervals<quint32> &v4, Intervals<uint128> &v6) const;

private:
    friend class NsgBuilder;

    enum class Text : quint8 {
        Name,
        Description,
        ExplicitId,
        ExplicitEtag,
        RawProtocol,
        RawAccess,
        RawDirection,
        SourcePorts,
        DestinationPorts,
        SourceAddresses,
        DestinationAddresses,
        SourceAsgs,
        DestinationAsgs,
    };
    static constexpr int kFirstListField = int(Text::SourcePorts);

    static constexpr quint8 kDefault = 1;
    static constexpr quint8 kAssumed = 2;
    static constexpr quint8 kMalformed = 4;
    static constexpr quint8 kMorePorts = 8;
    static constexpr quint8 kAllSourcePorts = 16;
    static constexpr quint8 kAllDestinations = 32;
    static constexpr quint8 kPortsUnreadable = 64;

    enum class Parsed : quint8 { MorePorts, Source, Destination };

    detail::ArenaReader reader(Text field) const;
    detail::ArenaReader parsedReader(Parsed section) const;
    bool morePortsContain(quint16 port) const;

    QExplicitlySharedDataPointer<const detail::Arena> m_arena;
    quint32 m_text = 0; // text record: the Text fields in order
    quint32 m_parsed = 0; // parsed block: [more ports][source intervals]
    qint32 m_priority = -1;
    Protocol m_protocol = Protocol::Invalid;
    Access m_access = Access::Invalid;
    Direction m_direction = Direction::Invalid;
    quint8 m_flags = 0;
    quint16 m_sourceKinds = 0;
    quint16 m_destinationKinds = 0;
    // The first destination port interval inline: most rules have exactly one. Empty when
    // first > last.
    quint16 m_portFirst = 1;
    quint16 m_portLast = 0;
};

} // namespace nsg
