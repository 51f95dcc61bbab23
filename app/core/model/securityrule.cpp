// SPDX-License-Identifier: MIT
#include "securityrule.h"

namespace nsg {

namespace {

bool equalsIgnoreCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i) {
        const char x = (a[i] >= 'A' && a[i] <= 'Z') ? char(a[i] + 32) : a[i];
        if (x != b[i]) // b is lower case
            return false;
    }
    return true;
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

detail::ArenaReader SecurityRule::reader(Text field) const
{
    static const char kEmpty[32] = {}; // a default-constructed rule reads as all-empty fields
    if (!m_arena)
        return detail::ArenaReader(kEmpty, 0);
    detail::ArenaReader r(m_arena->data(), m_text);
    for (int i = 0; i < int(field); ++i) {
        if (i < kFirstListField)
            r.skipString();
        else
            r.skipList();
    }
    return r;
}

detail::ArenaReader SecurityRule::parsedReader(Parsed section) const
{
    detail::ArenaReader r(m_arena->data(), m_parsed);
    if (section == Parsed::MorePorts)
        return r;
    if (m_flags & kMorePorts)
        r.skip(size_t(r.pod<quint16>()) * 4);
    if (section == Parsed::Destination)
        r.skipIntervals();
    return r;
}

bool SecurityRule::morePortsContain(quint16 port) const
{
    detail::ArenaReader r = parsedReader(Parsed::MorePorts);
    const auto n = r.pod<quint16>();
    for (quint16 i = 0; i < n; ++i) {
        const auto first = r.pod<quint16>();
        const auto last = r.pod<quint16>();
        if (port >= first && port <= last)
            return true;
    }
    return false;
}

PortSet SecurityRule::destinationPorts() const
{
    PortSet set;
    if (m_portFirst <= m_portLast)
        set.add(m_portFirst, m_portLast);
    if (m_flags & kMorePorts) {
        detail::ArenaReader r = parsedReader(Parsed::MorePorts);
        const auto n = r.pod<quint16>();
        for (quint16 i = 0; i < n; ++i) {
            const auto first = r.pod<quint16>();
            set.add(first, r.pod<quint16>());
        }
    }
    return set;
}

namespace {

void readIntervals(detail::ArenaReader &r, Intervals<quint32> &v4, Intervals<uint128> &v6)
{
    v4.clear();
    v6.clear();
    const auto n4 = r.pod<quint32>();
    const auto n6 = r.pod<quint32>();
    for (quint32 i = 0; i < n4; ++i) {
        const auto first = r.pod<quint32>();
        v4.push_back({first, r.pod<quint32>()});
    }
    for (quint32 i = 0; i < n6; ++i) {
        const auto first = r.pod<uint128>();
        v6.push_back({first, r.pod<uint128>()});
    }
}

} // namespace

void SecurityRule::sourceIntervals(Intervals<quint32> &v4, Intervals<uint128> &v6) const
{
    if (!m_arena) {
        v4.clear();
        v6.clear();
        return;
    }
    detail::ArenaReader r = parsedReader(Parsed::Source);
    readIntervals(r, v4, v6);
}

AddressSet SecurityRule::destinationSet() const
{
    if (coversAllDestinations())
        return AddressSet::everything();
    AddressSet set;
    if (!m_arena)
        return set;
    Intervals<quint32> v4;
    Intervals<uint128> v6;
    detail::ArenaReader r = parsedReader(Parsed::Destination);
    readIntervals(r, v4, v6);
    for (const auto &i : v4)
        set.ipv4().add(i.first, i.last);
    for (const auto &i : v6)
        set.ipv6().add(i.first, i.last);
    for (const QString &entry : destinationAddressPrefixes()) {
        const QByteArray utf8 = entry.toUtf8();
        const AddressPrefix p =
            AddressPrefix::classify(std::string_view(utf8.constData(), size_t(utf8.size())));
        if (p.kind != AddressPrefix::Kind::Range && p.kind != AddressPrefix::Kind::Invalid
            && p.kind != AddressPrefix::Kind::AllIpv4 && p.kind != AddressPrefix::Kind::AllIpv6)
            set.addName(p.name);
    }
    for (const QString &asg : destinationApplicationSecurityGroups())
        set.addName(asg);
    return set;
}

IntervalSet<quint32> SecurityRule::sourceIpv4() const
{
    Intervals<quint32> v4;
    Intervals<uint128> v6;
    sourceIntervals(v4, v6);
    IntervalSet<quint32> set;
    for (const auto &i : v4)
        set.add(i.first, i.last);
    return set;
}

IntervalSet<uint128> SecurityRule::sourceIpv6() const
{
    Intervals<quint32> v4;
    Intervals<uint128> v6;
    sourceIntervals(v4, v6);
    IntervalSet<uint128> set;
    for (const auto &i : v6)
        set.add(i.first, i.last);
    return set;
}

} // namespace nsg
