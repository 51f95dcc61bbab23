// SPDX-License-Identifier: MIT
#include "core/model/securityrule.h"

#include "core/util/ascii.h"

#include "core/model/ruleencoding_p.h"

namespace nsg {

using ascii::equalsIgnoreCase;

namespace {

void skipIdList(detail::ArenaReader &r)
{
    const quint32 n = r.varint();
    for (quint32 i = 0; i < n; ++i)
        detail::skipId(r);
}

} // namespace

std::optional<Protocol> parseProtocol(std::string_view t)
{
    if (t == "*" || equalsIgnoreCase(t, "any"))
        return Protocol::Any;
    if (equalsIgnoreCase(t, "tcp"))
        return Protocol::Tcp;
    if (equalsIgnoreCase(t, "udp"))
        return Protocol::Udp;
    if (equalsIgnoreCase(t, "icmp"))
        return Protocol::Icmp;
    if (equalsIgnoreCase(t, "esp"))
        return Protocol::Esp;
    if (equalsIgnoreCase(t, "ah"))
        return Protocol::Ah;
    return std::nullopt;
}

std::optional<Access> parseAccess(std::string_view t)
{
    if (equalsIgnoreCase(t, "allow"))
        return Access::Allow;
    if (equalsIgnoreCase(t, "deny"))
        return Access::Deny;
    return std::nullopt;
}

std::optional<Direction> parseDirection(std::string_view t)
{
    if (equalsIgnoreCase(t, "inbound"))
        return Direction::Inbound;
    if (equalsIgnoreCase(t, "outbound"))
        return Direction::Outbound;
    return std::nullopt;
}

QString apiName(Protocol p)
{
    switch (p) {
    case Protocol::Any:
        return QStringLiteral("*");
    case Protocol::Tcp:
        return QStringLiteral("Tcp");
    case Protocol::Udp:
        return QStringLiteral("Udp");
    case Protocol::Icmp:
        return QStringLiteral("Icmp");
    case Protocol::Esp:
        return QStringLiteral("Esp");
    case Protocol::Ah:
        return QStringLiteral("Ah");
    case Protocol::Invalid:
        break;
    }
    return QString();
}

QString apiName(Access a)
{
    switch (a) {
    case Access::Allow:
        return QStringLiteral("Allow");
    case Access::Deny:
        return QStringLiteral("Deny");
    case Access::Invalid:
        break;
    }
    return QString();
}

QString apiName(Direction d)
{
    switch (d) {
    case Direction::Inbound:
        return QStringLiteral("Inbound");
    case Direction::Outbound:
        return QStringLiteral("Outbound");
    case Direction::Invalid:
        break;
    }
    return QString();
}

QString displayName(Protocol p)
{
    switch (p) {
    case Protocol::Any:
        return QStringLiteral("Any");
    case Protocol::Tcp:
        return QStringLiteral("TCP");
    case Protocol::Udp:
        return QStringLiteral("UDP");
    case Protocol::Icmp:
        return QStringLiteral("ICMP");
    case Protocol::Esp:
        return QStringLiteral("ESP");
    case Protocol::Ah:
        return QStringLiteral("AH");
    case Protocol::Invalid:
        break;
    }
    return QString();
}

namespace {

// What a default-constructed rule reads: every field empty.
const char kEmptyBytes[64] = {};
const detail::RuleRecord kEmptyRecord{0,
                                      0,
                                      SecurityRuleView::kNoPriority,
                                      0,
                                      quint8(Protocol::Invalid),
                                      quint8(Access::Invalid),
                                      quint8(Direction::Invalid),
                                      0,
                                      0,
                                      0,
                                      1,
                                      0};

} // namespace

SecurityRuleView::SecurityRuleView()
    : m_bytes(kEmptyBytes)
    , m_rec(&kEmptyRecord)
{ }

SecurityRule::SecurityRule() = default;
SecurityRule::SecurityRule(QExplicitlySharedDataPointer<const detail::NsgBlock> block,
                           const detail::RuleRecord *record)
    : SecurityRuleView(block->bytes(), record)
    , m_block(std::move(block))
{ }
SecurityRule::~SecurityRule() = default;
SecurityRule::SecurityRule(const SecurityRule &) = default;
SecurityRule::SecurityRule(SecurityRule &&) noexcept = default;
SecurityRule &SecurityRule::operator=(const SecurityRule &) = default;
SecurityRule &SecurityRule::operator=(SecurityRule &&) noexcept = default;

detail::ArenaReader SecurityRuleView::reader(Text field) const
{
    if (field >= Text::SourceAddresses) {
        detail::ArenaReader r(m_bytes, m_rec->addresses);
        for (int i = int(Text::SourceAddresses); i < int(field); ++i) {
            if (i <= int(Text::DestinationAddresses))
                detail::skipEntries(r);
            else
                skipIdList(r);
        }
        return r;
    }
    detail::ArenaReader r(m_bytes, m_rec->text);
    if (field == Text::Name)
        return r;
    r.skipString();
    const auto present = r.pod<quint8>();
    const int optional = int(field) - int(Text::Description);
    if (optional < kOptionalTexts && !(present & (1u << optional))) {
        static const char kEmpty[1] = {};
        return detail::ArenaReader(kEmpty, 0);
    }
    for (int i = 0; i < kOptionalTexts && i < optional; ++i) {
        if (present & (1u << i))
            r.skipString();
    }
    for (int i = int(Text::SourcePorts); i < int(field); ++i)
        detail::skipEntries(r);
    return r;
}

QStringList SecurityRuleView::sourcePortRanges() const
{
    detail::ArenaReader r = reader(Text::SourcePorts);
    return detail::decodeTexts(r);
}

QStringList SecurityRuleView::destinationPortRanges() const
{
    detail::ArenaReader r = reader(Text::DestinationPorts);
    return detail::decodeTexts(r);
}

QStringList SecurityRuleView::sourceAddressPrefixes() const
{
    detail::ArenaReader r = reader(Text::SourceAddresses);
    return detail::decodeTexts(r);
}

QStringList SecurityRuleView::destinationAddressPrefixes() const
{
    detail::ArenaReader r = reader(Text::DestinationAddresses);
    return detail::decodeTexts(r);
}

QStringList SecurityRuleView::asgIds(Text field) const
{
    // Ids are stored relative to the NSG's prefix, which opens the byte area.
    const std::string_view prefix = detail::ArenaReader(m_bytes, 0).string();
    detail::ArenaReader r = reader(field);
    QStringList out;
    const quint32 n = r.varint();
    for (quint32 i = 0; i < n; ++i)
        out.append(detail::readId(r, prefix));
    return out;
}

QStringList SecurityRuleView::sourceApplicationSecurityGroups() const
{
    return asgIds(Text::SourceAsgs);
}

QStringList SecurityRuleView::destinationApplicationSecurityGroups() const
{
    return asgIds(Text::DestinationAsgs);
}

bool SecurityRuleView::morePortsContain(quint16 port) const
{
    thread_local Intervals<quint16> ports;
    ports.clear();
    detail::ArenaReader r = reader(Text::DestinationPorts);
    detail::decodePortIntervals(r, ports);
    for (const auto &i : ports) {
        if (port >= i.first && port <= i.last)
            return true;
    }
    return false;
}

PortSet SecurityRuleView::destinationPorts() const
{
    PortSet set;
    Intervals<quint16> ports;
    detail::ArenaReader r = reader(Text::DestinationPorts);
    detail::decodePortIntervals(r, ports);
    for (const auto &i : ports)
        set.add(i.first, i.last);
    return set;
}

void SecurityRuleView::sourceIntervals(Intervals<quint32> &v4, Intervals<uint128> &v6) const
{
    v4.clear();
    v6.clear();
    detail::ArenaReader r(m_bytes, m_rec->addresses);
    detail::decodeAddressIntervals(r, v4, v6);
    intervals::normalize(v4);
    intervals::normalize(v6);
}

IntervalSet<quint32> SecurityRuleView::sourceIpv4() const
{
    Intervals<quint32> v4;
    Intervals<uint128> v6;
    sourceIntervals(v4, v6);
    return IntervalSet<quint32>::fromCanonical(std::move(v4));
}

IntervalSet<uint128> SecurityRuleView::sourceIpv6() const
{
    Intervals<quint32> v4;
    Intervals<uint128> v6;
    sourceIntervals(v4, v6);
    return IntervalSet<uint128>::fromCanonical(std::move(v6));
}

AddressSet SecurityRuleView::destinationSet() const
{
    if (coversAllDestinations())
        return AddressSet::everything();
    AddressSet set;
    Intervals<quint32> v4;
    Intervals<uint128> v6;
    QStringList names;
    detail::ArenaReader r = reader(Text::DestinationAddresses);
    detail::decodeAddressIntervals(r, v4, v6, &names, false);
    intervals::normalize(v4);
    intervals::normalize(v6);
    set.ipv4() = IntervalSet<quint32>::fromCanonical(std::move(v4));
    set.ipv6() = IntervalSet<uint128>::fromCanonical(std::move(v6));
    for (const QString &name : names)
        set.addName(name);
    for (const QString &asg : destinationApplicationSecurityGroups())
        set.addName(asg);
    return set;
}

} // namespace nsg
