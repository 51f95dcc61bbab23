// SPDX-License-Identifier: MIT
#include "core/net/cidr.h"

#include <QCoreApplication>

#include <array>

namespace nsg {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("nsg::Cidr", text);
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Decimal without sign or leading zeros, at most maxDigits digits.
std::optional<int> parseDecimal(std::string_view s, int maxDigits)
{
    if (s.empty() || int(s.size()) > maxDigits || (s.size() > 1 && s.front() == '0'))
        return std::nullopt;
    int value = 0;
    for (char c : s) {
        if (!isDigit(c))
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

std::optional<quint32> parseIpv4(std::string_view s, QString *error)
{
    quint32 address = 0;
    int octets = 0;
    size_t pos = 0;
    while (true) {
        const size_t dot = s.find('.', pos);
        const std::string_view part =
            s.substr(pos, dot == std::string_view::npos ? s.npos : dot - pos);
        const std::optional<int> value = parseDecimal(part, 3);
        if (!value || *value > 255) {
            if (error) {
                *error = value ? tr("octet %1 is larger than 255").arg(*value)
                               : tr("'%1' is not a decimal octet")
                                     .arg(QString::fromUtf8(part.data(), qsizetype(part.size())));
            }
            return std::nullopt;
        }
        address = (address << 8) | quint32(*value);
        ++octets;
        if (dot == std::string_view::npos)
            break;
        if (octets == 4) {
            if (error)
                *error = tr("more than four octets");
            return std::nullopt;
        }
        pos = dot + 1;
    }
    if (octets != 4) {
        if (error)
            *error = tr("an IPv4 address has four octets");
        return std::nullopt;
    }
    return address;
}

std::optional<uint128> parseIpv6(std::string_view s, QString *error)
{
    auto fail = [error](const QString &why) -> std::optional<uint128> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (s.find('%') != std::string_view::npos)
        return fail(tr("zone indexes are not allowed"));

    std::array<quint16, 8> groups{};
    int count = 0;
    int gapAt = -1;
    size_t pos = 0;
    if (s.substr(0, 2) == "::") {
        gapAt = 0;
        pos = 2;
        if (s.size() == 2)
            return uint128(0);
    } else if (!s.empty() && s.front() == ':') {
        return fail(tr("a single leading ':'"));
    }
    while (pos < s.size()) {
        size_t end = s.find(':', pos);
        std::string_view part = s.substr(pos, end == std::string_view::npos ? s.npos : end - pos);
        if (part.find('.') != std::string_view::npos) {
            // Embedded IPv4 tail: must be last and takes two groups.
            if (end != std::string_view::npos || count > 6)
                return fail(tr("an embedded IPv4 address must come last"));
            QString v4Error;
            const std::optional<quint32> v4 = parseIpv4(part, &v4Error);
            if (!v4)
                return fail(tr("embedded IPv4 address: %1").arg(v4Error));
            groups[size_t(count++)] = quint16(*v4 >> 16);
            groups[size_t(count++)] = quint16(*v4 & 0xffff);
            pos = s.size();
            break;
        }
        if (part.empty() || part.size() > 4)
            return fail(tr("each group has one to four hex digits"));
        int value = 0;
        for (char c : part) {
            const int h = hexValue(c);
            if (h < 0)
                return fail(tr("'%1' is not a hex digit").arg(QLatin1Char(c)));
            value = value * 16 + h;
        }
        if (count == 8)
            return fail(tr("more than eight groups"));
        groups[size_t(count++)] = quint16(value);
        if (end == std::string_view::npos) {
            pos = s.size();
            break;
        }
        if (end + 1 < s.size() && s[end + 1] == ':') {
            if (gapAt >= 0)
                return fail(tr("'::' may appear only once"));
            gapAt = count;
            pos = end + 2;
            if (pos == s.size())
                break;
        } else {
            pos = end + 1;
            if (pos == s.size())
                return fail(tr("a trailing single ':'"));
        }
    }
    if (gapAt < 0 && count != 8)
        return fail(tr("an IPv6 address has eight groups"));
    if (gapAt >= 0 && count > 7)
        return fail(tr("'::' must stand for at least one group"));

    std::array<quint16, 8> full{};
    const int tail = gapAt < 0 ? 0 : count - gapAt;
    for (int i = 0; i < count - tail; ++i)
        full[size_t(i)] = groups[size_t(i)];
    for (int i = 0; i < tail; ++i)
        full[size_t(8 - tail + i)] = groups[size_t(gapAt + i)];
    uint128 address = 0;
    for (quint16 g : full)
        address = (address << 16) | g;
    return address;
}

uint128 hostMask(int bits, int prefixLength)
{
    const int hostBits = bits - prefixLength;
    if (hostBits <= 0)
        return 0;
    if (hostBits >= 128)
        return kUint128Max;
    return (uint128(1) << hostBits) - 1;
}

} // namespace

Cidr Cidr::ipv4(quint32 address, int prefixLength)
{
    Cidr c;
    c.m_family = IpFamily::V4;
    c.m_prefixLength = quint8(std::clamp(prefixLength, 0, 32));
    const uint128 mask = hostMask(32, c.m_prefixLength);
    c.m_hadHostBits = (address & mask) != 0;
    c.m_address = address & ~mask & 0xffffffffu;
    return c;
}

Cidr Cidr::ipv6(uint128 address, int prefixLength)
{
    Cidr c;
    c.m_family = IpFamily::V6;
    c.m_prefixLength = quint8(std::clamp(prefixLength, 0, 128));
    const uint128 mask = hostMask(128, c.m_prefixLength);
    c.m_hadHostBits = (address & mask) != 0;
    c.m_address = address & ~mask;
    return c;
}

std::optional<Cidr> Cidr::parse(std::string_view text, QString *error)
{
    if (text.empty()) {
        if (error)
            *error = tr("empty address");
        return std::nullopt;
    }
    std::string_view address = text;
    std::optional<int> prefix;
    const size_t slash = text.find('/');
    if (slash != std::string_view::npos) {
        address = text.substr(0, slash);
        prefix = parseDecimal(text.substr(slash + 1), 3);
        if (!prefix) {
            if (error)
                *error = tr("'%1' is not a prefix length")
                             .arg(QString::fromUtf8(text.data() + slash + 1,
                                                    qsizetype(text.size() - slash - 1)));
            return std::nullopt;
        }
    }
    QString why;
    if (address.find(':') != std::string_view::npos) {
        const std::optional<uint128> v6 = parseIpv6(address, &why);
        if (v6 && (!prefix || *prefix <= 128))
            return ipv6(*v6, prefix.value_or(128));
        if (v6)
            why = tr("prefix length %1 is larger than 128").arg(*prefix);
    } else {
        const std::optional<quint32> v4 = parseIpv4(address, &why);
        if (v4 && (!prefix || *prefix <= 32))
            return ipv4(*v4, prefix.value_or(32));
        if (v4)
            why = tr("prefix length %1 is larger than 32").arg(*prefix);
    }
    if (error) {
        *error = tr("'%1' is not a valid IP address or CIDR range: %2")
                     .arg(QString::fromUtf8(text.data(), qsizetype(text.size())), why);
    }
    return std::nullopt;
}

std::optional<Cidr> Cidr::parse(QStringView text, QString *error)
{
    const QByteArray utf8 = text.toUtf8();
    return parse(std::string_view(utf8.constData(), size_t(utf8.size())), error);
}

uint128 Cidr::last() const
{
    return m_address | hostMask(addressBits(), m_prefixLength);
}

uint128 Cidr::addressCount() const
{
    const int hostBits = addressBits() - m_prefixLength;
    return hostBits >= 128 ? kUint128Max : uint128(1) << hostBits;
}

bool Cidr::contains(const Cidr &other) const
{
    return m_family == other.m_family && other.m_prefixLength >= m_prefixLength
        && other.first() >= first() && other.last() <= last();
}

QString Cidr::toString(bool withHostPrefix) const
{
    const QString address = isIpv4() ? formatIpv4(ipv4First()) : formatIpv6(m_address);
    if (!withHostPrefix && m_prefixLength == addressBits())
        return address;
    return address + QLatin1Char('/') + QString::number(m_prefixLength);
}

int formatIpv4(quint32 a, char *out)
{
    char *p = out;
    for (int shift = 24; shift >= 0; shift -= 8) {
        const unsigned octet = (a >> shift) & 0xff;
        if (octet >= 100)
            *p++ = char('0' + octet / 100);
        if (octet >= 10)
            *p++ = char('0' + (octet / 10) % 10);
        *p++ = char('0' + octet % 10);
        if (shift > 0)
            *p++ = '.';
    }
    return int(p - out);
}

QString formatIpv4(quint32 a)
{
    char buf[16];
    return QString::fromLatin1(buf, formatIpv4(a, buf));
}

int formatIpv6(uint128 address, char *out)
{
    std::array<quint16, 8> g{};
    for (int i = 7; i >= 0; --i) {
        g[size_t(i)] = quint16(address & 0xffff);
        address >>= 16;
    }
    const bool mapped =
        g[0] == 0 && g[1] == 0 && g[2] == 0 && g[3] == 0 && g[4] == 0 && g[5] == 0xffff;
    const int groups = mapped ? 6 : 8;
    // Longest run of zero groups (length >= 2), leftmost on ties (RFC 5952 4.2).
    int bestStart = -1, bestLen = 0;
    for (int i = 0; i < groups;) {
        if (g[size_t(i)] != 0) {
            ++i;
            continue;
        }
        int j = i;
        while (j < groups && g[size_t(j)] == 0)
            ++j;
        if (j - i > bestLen && j - i >= 2) {
            bestStart = i;
            bestLen = j - i;
        }
        i = j;
    }
    static const char hex[] = "0123456789abcdef";
    char *p = out;
    for (int i = 0; i < groups; ++i) {
        if (i == bestStart) {
            *p++ = ':';
            *p++ = ':';
            i += bestLen - 1;
            continue;
        }
        if (p != out && p[-1] != ':')
            *p++ = ':';
        const quint16 v = g[size_t(i)];
        bool started = false;
        for (int shift = 12; shift >= 0; shift -= 4) {
            const int nibble = (v >> shift) & 0xf;
            if (nibble || started || shift == 0) {
                *p++ = hex[nibble];
                started = true;
            }
        }
    }
    if (mapped) {
        if (p == out || p[-1] != ':')
            *p++ = ':';
        p += formatIpv4((quint32(g[6]) << 16) | g[7], p);
    }
    return int(p - out);
}

QString formatIpv6(uint128 address)
{
    char buf[48];
    return QString::fromLatin1(buf, formatIpv6(address, buf));
}

} // namespace nsg
