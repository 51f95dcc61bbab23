// SPDX-License-Identifier: MIT
#include "core/model/ruleencoding_p.h"

#include "core/net/cidr.h"
#include "core/net/portset.h"

#include <QVarLengthArray>

#include <array>
#include <cstring>

namespace nsg::detail {

namespace {

// Index 0-2 are the any-like words, 3-5 the tags the engine knows; the rest are common service
// tags, stored compactly but otherwise opaque.
constexpr std::array<std::string_view, 24> kWords{"*",
                                                  "Any",
                                                  "Internet",
                                                  "VirtualNetwork",
                                                  "AzureLoadBalancer",
                                                  "AzureCloud",
                                                  "Storage",
                                                  "Sql",
                                                  "AzureMonitor",
                                                  "GatewayManager",
                                                  "AzureFrontDoor.Backend",
                                                  "AzureTrafficManager",
                                                  "ApiManagement",
                                                  "AppService",
                                                  "AzureActiveDirectory",
                                                  "AzureKeyVault",
                                                  "EventHub",
                                                  "ServiceBus",
                                                  "AzureContainerRegistry",
                                                  "AzureBackup",
                                                  "AzureBotService",
                                                  "AzureDevOps",
                                                  "CosmosDB",
                                                  "AzureCosmosDB"};

AddressPrefix::Kind wordKind(quint8 index)
{
    using K = AddressPrefix::Kind;
    switch (index) {
    case 0:
    case 1:
    case 2:
        return K::Everything;
    case 3:
        return K::VirtualNetwork;
    case 4:
        return K::AzureLoadBalancer;
    case 5:
        return K::AzureCloud;
    default:
        return K::ServiceTag;
    }
}

QString qs(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

bool isCanonicalNumber(std::string_view s)
{
    if (s.empty() || s.size() > 5 || (s.size() > 1 && s[0] == '0'))
        return false;
    for (char c : s) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

constexpr uint128 kAll6 = ~uint128(0);

void pushV4(Intervals<quint32> &v4, quint32 address, int prefix)
{
    const quint32 host = prefix >= 32 ? 0 : (prefix <= 0 ? 0xffffffffu : (0xffffffffu >> prefix));
    v4.push_back({address, address | host});
}

void pushV6(Intervals<uint128> &v6, uint128 address, int prefix)
{
    const uint128 host = prefix >= 128 ? 0 : (prefix <= 0 ? kAll6 : (kAll6 >> prefix));
    v6.push_back({address, address | host});
}

// Reads one address entry; calls back with what it means.
template<typename OnWord, typename OnV4, typename OnV6, typename OnRaw, typename OnInvalid>
void readAddressEntry(ArenaReader &r, OnWord onWord, OnV4 onV4, OnV6 onV6, OnRaw onRaw,
                      OnInvalid onInvalid)
{
    switch (r.pod<quint8>()) {
    case kWord:
        onWord(r.pod<quint8>());
        break;
    case kIpv4Cidr: {
        const auto a = r.pod<quint32>();
        onV4(a, int(r.pod<quint8>()), true);
        break;
    }
    case kIpv4Host:
        onV4(r.pod<quint32>(), 32, false);
        break;
    case kIpv6Cidr: {
        const auto a = r.pod<uint128>();
        onV6(a, int(r.pod<quint8>()), true);
        break;
    }
    case kIpv6Host:
        onV6(r.pod<uint128>(), 128, false);
        break;
    case kRawAddress: {
        const auto kind = AddressPrefix::Kind(r.pod<quint8>());
        bool v6 = false;
        uint128 address = 0;
        int prefix = 0;
        const bool hasRange = kind == AddressPrefix::Kind::Range
            || kind == AddressPrefix::Kind::AllIpv4 || kind == AddressPrefix::Kind::AllIpv6;
        if (hasRange) {
            v6 = r.pod<quint8>();
            address = v6 ? r.pod<uint128>() : uint128(r.pod<quint32>());
            prefix = r.pod<quint8>();
        }
        onRaw(kind, v6, address, prefix, r.string());
        break;
    }
    case kInvalid:
        onInvalid(r.string());
        break;
    default:
        Q_UNREACHABLE();
    }
}

} // namespace

std::span<const std::string_view> knownWords()
{
    return kWords;
}

bool encodeAddress(ArenaWriter &w, std::string_view text, AddressPrefix::Kind &kind, QString *error)
{
    using K = AddressPrefix::Kind;
    for (size_t i = 0; i < kWords.size(); ++i) {
        if (text == kWords[i]) {
            w.putPod(quint8(kWord));
            w.putPod(quint8(i));
            kind = wordKind(quint8(i));
            return true;
        }
    }
    const bool looksNumeric = !text.empty()
        && ((text[0] >= '0' && text[0] <= '9') || text.find(':') != std::string_view::npos);
    if (!looksNumeric) {
        kind = AddressPrefix::kindOf(text);
        if (kind == K::Invalid) {
            if (error)
                *error = AddressPrefix::classify(text).name;
            w.putPod(quint8(kInvalid));
            w.putString(text);
            return false;
        }
        w.putPod(quint8(kRawAddress));
        w.putPod(quint8(kind));
        w.putString(text);
        return true;
    }
    const std::optional<Cidr> cidr = Cidr::parse(text, error);
    if (!cidr) {
        kind = K::Invalid;
        w.putPod(quint8(kInvalid));
        w.putString(text);
        return false;
    }
    const bool hasSlash = text.find('/') != std::string_view::npos;
    kind = cidr->prefixLength() == 0 ? (cidr->isIpv4() ? K::AllIpv4 : K::AllIpv6) : K::Range;
    if (cidr->isIpv4() && !hasSlash && cidr->ipv4First() == 0)
        kind = K::AllIpv4; // "0.0.0.0" means every IPv4 address, as Azure reads it
    // Compact only when formatting the entry gives back the text exactly.
    char canonical[64];
    int n = cidr->isIpv4() ? formatIpv4(cidr->ipv4First(), canonical)
                           : formatIpv6(cidr->first(), canonical);
    if (hasSlash) {
        canonical[n++] = '/';
        const std::string len = std::to_string(cidr->prefixLength());
        for (char c : len)
            canonical[n++] = c;
    }
    if (std::string_view(canonical, size_t(n)) == text && !cidr->hadHostBits()) {
        if (cidr->isIpv4()) {
            w.putPod(quint8(hasSlash ? kIpv4Cidr : kIpv4Host));
            w.putPod(cidr->ipv4First());
        } else {
            w.putPod(quint8(hasSlash ? kIpv6Cidr : kIpv6Host));
            w.putPod(cidr->first());
        }
        if (hasSlash)
            w.putPod(quint8(cidr->prefixLength()));
        return true;
    }
    w.putPod(quint8(kRawAddress));
    w.putPod(quint8(kind));
    w.putPod(quint8(cidr->isIpv6()));
    if (cidr->isIpv4())
        w.putPod(cidr->ipv4First());
    else
        w.putPod(cidr->first());
    w.putPod(quint8(cidr->prefixLength()));
    w.putString(text);
    return true;
}

bool encodePort(ArenaWriter &w, std::string_view text, quint16 &first, quint16 &last,
                QString *error)
{
    if (text == "*") {
        w.putPod(quint8(kPortAll));
        first = 0;
        last = 65535;
        return true;
    }
    const size_t dash = text.find('-');
    if (dash == std::string_view::npos && isCanonicalNumber(text)) {
        const int v = std::stoi(std::string(text));
        if (v <= 65535) {
            w.putPod(quint8(kPort));
            w.putPod(quint16(v));
            first = last = quint16(v);
            return true;
        }
    }
    if (dash != std::string_view::npos && isCanonicalNumber(text.substr(0, dash))
        && isCanonicalNumber(text.substr(dash + 1))) {
        const int a = std::stoi(std::string(text.substr(0, dash)));
        const int b = std::stoi(std::string(text.substr(dash + 1)));
        if (a <= b && b <= 65535) {
            w.putPod(quint8(kPortRange));
            w.putPod(quint16(a));
            w.putPod(quint16(b));
            first = quint16(a);
            last = quint16(b);
            return true;
        }
    }
    if (const std::optional<PortSet> set = PortSet::parseEntry(text, error)) {
        first = set->intervals().intervals().front().first;
        last = set->intervals().intervals().front().last;
        w.putPod(quint8(kRawPort));
        w.putPod(first);
        w.putPod(last);
        w.putString(text);
        return true;
    }
    w.putPod(quint8(kInvalid));
    w.putString(text);
    return false;
}

QStringList decodeTexts(ArenaReader &r)
{
    QStringList out;
    const quint32 n = r.varint();
    out.reserve(qsizetype(n));
    char buf[64];
    for (quint32 i = 0; i < n; ++i) {
        switch (r.pod<quint8>()) {
        case kPortAll:
            out.append(QStringLiteral("*"));
            continue;
        case kPort:
            out.append(QString::number(r.pod<quint16>()));
            continue;
        case kPortRange: {
            const auto a = r.pod<quint16>();
            out.append(QString::number(a) + QLatin1Char('-') + QString::number(r.pod<quint16>()));
            continue;
        }
        case kRawPort:
            r.pod<quint16>();
            r.pod<quint16>();
            out.append(r.qstring());
            continue;
        default:
            break;
        }
        // An address entry: step back over its tag and read it whole.
        r.unread();
        readAddressEntry(
            r, [&](quint8 word) { out.append(qs(kWords[word])); },
            [&](quint32 a, int prefix, bool withPrefix) {
                int len = formatIpv4(a, buf);
                QString s = QString::fromLatin1(buf, len);
                if (withPrefix)
                    s += QLatin1Char('/') + QString::number(prefix);
                out.append(s);
            },
            [&](uint128 a, int prefix, bool withPrefix) {
                int len = formatIpv6(a, buf);
                QString s = QString::fromLatin1(buf, len);
                if (withPrefix)
                    s += QLatin1Char('/') + QString::number(prefix);
                out.append(s);
            },
            [&](AddressPrefix::Kind, bool, uint128, int, std::string_view text) {
                out.append(qs(text));
            },
            [&](std::string_view text) { out.append(qs(text)); });
    }
    return out;
}

void skipEntries(ArenaReader &r)
{
    const quint32 n = r.varint();
    for (quint32 i = 0; i < n; ++i) {
        switch (r.pod<quint8>()) {
        case kWord:
            r.skip(1);
            break;
        case kIpv4Cidr:
            r.skip(5);
            break;
        case kIpv4Host:
            r.skip(4);
            break;
        case kIpv6Cidr:
            r.skip(17);
            break;
        case kIpv6Host:
            r.skip(16);
            break;
        case kRawAddress: {
            const auto kind = AddressPrefix::Kind(r.pod<quint8>());
            if (kind == AddressPrefix::Kind::Range || kind == AddressPrefix::Kind::AllIpv4
                || kind == AddressPrefix::Kind::AllIpv6) {
                r.skip(r.pod<quint8>() ? 17 : 5);
            }
            r.skipString();
            break;
        }
        case kInvalid:
            r.skipString();
            break;
        case kPortAll:
            break;
        case kPort:
            r.skip(2);
            break;
        case kPortRange:
            r.skip(4);
            break;
        case kRawPort:
            r.skip(4);
            r.skipString();
            break;
        default:
            Q_UNREACHABLE();
        }
    }
}

void decodeAddressIntervals(ArenaReader &r, Intervals<quint32> &v4, Intervals<uint128> &v6,
                            QStringList *names, bool internetIsAddresses)
{
    using K = AddressPrefix::Kind;
    const quint32 n = r.varint();
    for (quint32 i = 0; i < n; ++i) {
        readAddressEntry(
            r,
            [&](quint8 word) {
                if (word == 2 && !internetIsAddresses) {
                    if (names)
                        names->append(qs(kWords[word]));
                } else if (word <= 2) {
                    v4.push_back({0, 0xffffffffu});
                    v6.push_back({0, kAll6});
                } else if (names) {
                    names->append(qs(kWords[word]));
                }
            },
            [&](quint32 a, int prefix, bool withPrefix) {
                pushV4(v4, a, !withPrefix && a == 0 ? 0 : prefix);
            },
            [&](uint128 a, int prefix, bool) { pushV6(v6, a, prefix); },
            [&](K kind, bool isV6, uint128 address, int prefix, std::string_view text) {
                const bool internet = kind == K::Everything && text.size() == 8; // any case
                if (internet && !internetIsAddresses) {
                    if (names)
                        names->append(qs(text));
                } else if (kind == K::Everything) {
                    v4.push_back({0, 0xffffffffu});
                    v6.push_back({0, kAll6});
                } else if (kind == K::AllIpv4) {
                    v4.push_back({0, 0xffffffffu});
                } else if (kind == K::AllIpv6) {
                    v6.push_back({0, kAll6});
                } else if (kind == K::Range) {
                    if (isV6)
                        pushV6(v6, address, prefix);
                    else
                        pushV4(v4, quint32(address), prefix);
                } else if (names) {
                    names->append(qs(text));
                }
            },
            [](std::string_view) {});
    }
}

void decodePortIntervals(ArenaReader &r, Intervals<quint16> &ports)
{
    const quint32 n = r.varint();
    for (quint32 i = 0; i < n; ++i) {
        switch (r.pod<quint8>()) {
        case kPortAll:
            ports.push_back({0, 65535});
            break;
        case kPort: {
            const auto p = r.pod<quint16>();
            ports.push_back({p, p});
            break;
        }
        case kPortRange:
        case kRawPort: {
            const bool raw = r.position()[-1] == char(kRawPort);
            const auto a = r.pod<quint16>();
            ports.push_back({a, r.pod<quint16>()});
            if (raw)
                r.skipString();
            break;
        }
        case kInvalid:
            r.skipString();
            break;
        default:
            Q_UNREACHABLE();
        }
    }
}

void putId(ArenaWriter &w, std::string_view id, std::string_view prefix)
{
    if (!prefix.empty() && id.size() > prefix.size() && id.substr(0, prefix.size()) == prefix) {
        const std::string_view suffix = id.substr(prefix.size());
        w.putVarint(quint32(suffix.size() << 1) | 1u);
        w.putRaw(suffix);
    } else {
        w.putVarint(quint32(id.size() << 1));
        w.putRaw(id);
    }
}

QString readId(ArenaReader &r, std::string_view prefix)
{
    const quint32 v = r.varint();
    const std::string_view text = r.raw(v >> 1);
    if (!(v & 1))
        return qs(text);
    // Joined as bytes first: one conversion and one allocation (ids are read for every row the
    // window adds).
    QVarLengthArray<char, 256> joined(qsizetype(prefix.size() + text.size()));
    std::memcpy(joined.data(), prefix.data(), prefix.size());
    std::memcpy(joined.data() + prefix.size(), text.data(), text.size());
    return QString::fromUtf8(joined.constData(), joined.size());
}

void skipId(ArenaReader &r)
{
    r.skip(r.varint() >> 1);
}

} // namespace nsg::detail
