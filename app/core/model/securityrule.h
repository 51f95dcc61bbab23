// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/arena.h"
#include "core/net/addressprefix.h"
#include "core/net/addressset.h"
#include "core/net/intervalset.h"
#include "core/net/portset.h"

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

// One security rule as read (custom or default), read straight from its NSG's storage. A view
// does not keep that storage alive: use it in loops over an NSG you hold (the evaluator does);
// keep SecurityRule values anywhere else. Text fields come back exactly as written in the
// input; the parsed forms (ports, source ranges) are what the evaluator uses.
class SecurityRuleView
{
public:
    SecurityRuleView();
    SecurityRuleView(const char *bytes, const detail::RuleRecord *record)
        : m_bytes(bytes)
        , m_rec(record)
    { }

    QString name() const { return reader(Text::Name).qstring(); }
    QString description() const { return reader(Text::Description).qstring(); }
    // The rule's own id and etag when they are not simply derived from the NSG's (see
    // NetworkSecurityGroup::ruleId()).
    QString explicitId() const { return reader(Text::ExplicitId).qstring(); }
    QString explicitEtag() const { return reader(Text::ExplicitEtag).qstring(); }

    // Missing or malformed priority: hasPriority() is false and priority() is -1.
    bool hasPriority() const { return m_rec->priority != kNoPriority; }
    int priority() const { return hasPriority() ? int(m_rec->priority) : -1; }
    Protocol protocol() const { return Protocol(m_rec->protocol); }
    Access access() const { return Access(m_rec->access); }
    Direction direction() const { return Direction(m_rec->direction); }
    // The text that was there when protocol, access or direction could not be read.
    QString rawProtocol() const { return reader(Text::RawProtocol).qstring(); }
    QString rawAccess() const { return reader(Text::RawAccess).qstring(); }
    QString rawDirection() const { return reader(Text::RawDirection).qstring(); }

    // Singular and plural fields together, in the order read, exactly as written.
    QStringList sourcePortRanges() const;
    QStringList destinationPortRanges() const;
    QStringList sourceAddressPrefixes() const;
    QStringList destinationAddressPrefixes() const;
    // Resource ids.
    QStringList sourceApplicationSecurityGroups() const;
    QStringList destinationApplicationSecurityGroups() const;

    bool isDefault() const { return m_rec->flags & kDefault; }
    // A default rule the export did not contain, assumed as Azure always has it.
    bool isAssumed() const { return m_rec->flags & kAssumed; }
    // A field the evaluation depends on is missing or malformed; the NSG's problems say which.
    bool isMalformed() const { return m_rec->flags & kMalformed; }
    // Every destination port entry was read (so destinationPortsContain() is the whole truth).
    bool destinationPortsReadable() const { return !(m_rec->flags & kPortsUnreadable); }
    // Source ports cover 0-65535, so the rule matches every connection from its sources.
    bool coversAllSourcePorts() const { return m_rec->flags & kAllSourcePorts; }
    // Destination is *, Any or VirtualNetwork: every address a NIC behind the NSG can have
    // (inbound rules see the private address after translation).
    bool coversAllDestinations() const { return m_rec->flags & kAllDestinations; }

    bool destinationPortsContain(quint16 port) const
    {
        if (port >= m_rec->portFirst && port <= m_rec->portLast)
            return true;
        return (m_rec->flags & kMorePorts) && port > m_rec->portLast && port <= m_rec->portMax
            && morePortsContain(port);
    }
    PortSet destinationPorts() const;

    AddressKinds sourceKinds() const { return AddressKinds(m_rec->sourceKinds); }
    AddressKinds destinationKinds() const { return AddressKinds(m_rec->destinationKinds); }

    // The source's addresses as sorted, merged intervals, written into the given buffers (no
    // allocation once they have grown: the evaluator's hot loop). Any-like words cover their
    // families; AzureCloud and other tags add nothing here (see sourceKinds()).
    void sourceIntervals(Intervals<quint32> &v4, Intervals<uint128> &v6) const;
    IntervalSet<quint32> sourceIpv4() const;
    IntervalSet<uint128> sourceIpv6() const;
    // Destination as a set: everything when coversAllDestinations(), else its ranges plus its
    // tags and ASG ids as named members.
    AddressSet destinationSet() const;

    // Flag values of RuleRecord::flags (for NsgBuilder).
    static constexpr quint16 kNoPriority = 0xffff;
    static constexpr quint8 kDefault = 1;
    static constexpr quint8 kAssumed = 2;
    static constexpr quint8 kMalformed = 4;
    static constexpr quint8 kMorePorts = 8;
    static constexpr quint8 kAllSourcePorts = 16;
    static constexpr quint8 kAllDestinations = 32;
    static constexpr quint8 kPortsUnreadable = 64;

    // Field order of a rule's record: its name; a byte saying which of the next
    // kOptionalTexts strings are present, and those; then entry lists, then id lists.
    static constexpr int kOptionalTexts = 6;
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

protected:
    detail::ArenaReader reader(Text field) const;
    QStringList asgIds(Text field) const;
    bool morePortsContain(quint16 port) const;

    const char *m_bytes;
    const detail::RuleRecord *m_rec;
};

// A SecurityRuleView that keeps its NSG's storage alive: safe to store and pass around.
class SecurityRule final : public SecurityRuleView
{
public:
    SecurityRule();
    SecurityRule(QExplicitlySharedDataPointer<const detail::NsgBlock> block,
                 const detail::RuleRecord *record);
    ~SecurityRule();
    SecurityRule(const SecurityRule &);
    SecurityRule(SecurityRule &&) noexcept;
    SecurityRule &operator=(const SecurityRule &);
    SecurityRule &operator=(SecurityRule &&) noexcept;

private:
    QExplicitlySharedDataPointer<const detail::NsgBlock> m_block;
};

} // namespace nsg
