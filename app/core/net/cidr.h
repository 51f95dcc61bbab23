// SPDX-License-Identifier: MIT
#pragma once

#include "core/net/uint128.h"

#include <QString>
#include <QStringView>

#include <optional>
#include <string_view>

namespace nsg {

enum class IpFamily : quint8 { V4, V6 };

// One IPv4 or IPv6 network: an address with a prefix length. A bare address is a /32 or /128.
// Parsing is strict (what Azure accepts, nothing more): dotted quads with octets 0-255 and no
// leading zeros, RFC 4291 IPv6 text with an optional embedded IPv4 tail, no zone index, and a
// decimal prefix length in range. Host bits are cleared; hadHostBits() remembers that they were
// set so the UI can say so.
class Cidr final
{
public:
    Cidr() = default; // 0.0.0.0/0

    static Cidr ipv4(quint32 address, int prefixLength);
    static Cidr ipv6(uint128 address, int prefixLength);

    static std::optional<Cidr> parse(std::string_view text, QString *error = nullptr);
    static std::optional<Cidr> parse(QStringView text, QString *error = nullptr);

    IpFamily family() const { return m_family; }
    bool isIpv4() const { return m_family == IpFamily::V4; }
    bool isIpv6() const { return m_family == IpFamily::V6; }
    int prefixLength() const { return m_prefixLength; }
    int addressBits() const { return isIpv4() ? 32 : 128; }
    bool hadHostBits() const { return m_hadHostBits; }

    // First and last address; for IPv4 the value sits in the low 32 bits.
    uint128 first() const { return m_address; }
    uint128 last() const;
    quint32 ipv4First() const { return quint32(m_address); }
    quint32 ipv4Last() const { return quint32(last()); }

    // Saturates at 2^128 - 1 for ::/0.
    uint128 addressCount() const;
    bool contains(const Cidr &other) const;

    // "10.0.0.0/8"; single addresses keep the prefix ("203.0.113.5/32") when withHostPrefix.
    QString toString(bool withHostPrefix = true) const;

    friend bool operator==(const Cidr &a, const Cidr &b)
    {
        return a.m_family == b.m_family && a.m_prefixLength == b.m_prefixLength
            && a.m_address == b.m_address;
    }

private:
    uint128 m_address = 0;
    IpFamily m_family = IpFamily::V4;
    quint8 m_prefixLength = 0;
    bool m_hadHostBits = false;
};

QString formatIpv4(quint32 address);
// The same texts into a caller's buffer (at least 16 / 46 bytes); return the length.
int formatIpv4(quint32 address, char *out);
int formatIpv6(uint128 address, char *out);
// RFC 5952 canonical text (lower case, longest zero run compressed, ::ffff:a.b.c.d for mapped).
QString formatIpv6(uint128 address);

} // namespace nsg
