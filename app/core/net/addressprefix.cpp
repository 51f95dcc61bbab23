// SPDX-License-Identifier: MIT
#include "core/net/addressprefix.h"

#include "core/util/ascii.h"

#include <QCoreApplication>

namespace nsg {

using ascii::equalsIgnoreCase;
using ascii::startsWithIgnoreCase;

namespace {

// Azure's service tags are short ("AzureMachineLearning.EastUS2EUAP"); a longer word is no tag
// (and a 100 MB one must not pass as one, or an Allow from it would be judged by its name).
constexpr size_t kMaxTagLength = 128;

bool isTagName(std::string_view s)
{
    if (s.empty() || s.size() > kMaxTagLength
        || !((s[0] >= 'A' && s[0] <= 'Z') || (s[0] >= 'a' && s[0] <= 'z')))
        return false;
    for (char c : s) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
            || c == '.' || c == '-' || c == '_';
        if (!ok)
            return false;
    }
    return true;
}

QString toQString(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

} // namespace

AddressPrefix::Kind AddressPrefix::kindOf(std::string_view text)
{
    using K = Kind;
    if (text == "*" || equalsIgnoreCase(text, "any") || equalsIgnoreCase(text, "internet"))
        return K::Everything;
    const bool looksNumeric = !text.empty()
        && ((text[0] >= '0' && text[0] <= '9') || text.find(':') != std::string_view::npos);
    if (looksNumeric)
        return classify(text).kind;
    if (!isTagName(text))
        return K::Invalid;
    if (equalsIgnoreCase(text, "VirtualNetwork"))
        return K::VirtualNetwork;
    if (equalsIgnoreCase(text, "AzureLoadBalancer"))
        return K::AzureLoadBalancer;
    if (equalsIgnoreCase(text, "AzureCloud")
        || (startsWithIgnoreCase(text, "AzureCloud.") && text.size() > 11))
        return K::AzureCloud;
    return K::ServiceTag;
}

AddressPrefix AddressPrefix::classify(std::string_view text)
{
    AddressPrefix p;
    using K = Kind;
    if (text == "*" || equalsIgnoreCase(text, "any") || equalsIgnoreCase(text, "internet")) {
        p.kind = K::Everything;
        p.name = text == "*"
            ? QStringLiteral("*")
            : (equalsIgnoreCase(text, "any") ? QStringLiteral("Any") : QStringLiteral("Internet"));
        return p;
    }
    if (text == "0.0.0.0" || text == "0.0.0.0/0") {
        p.kind = K::AllIpv4;
        p.cidr = Cidr::ipv4(0, 0);
        return p;
    }
    if (text == "::/0") {
        p.kind = K::AllIpv6;
        p.cidr = Cidr::ipv6(0, 0);
        return p;
    }
    const bool looksNumeric = !text.empty()
        && ((text[0] >= '0' && text[0] <= '9') || text.find(':') != std::string_view::npos);
    if (looksNumeric) {
        QString error;
        if (const std::optional<Cidr> cidr = Cidr::parse(text, &error)) {
            p.kind = K::Range;
            p.cidr = *cidr;
            // ::/0 written differently (e.g. "0::/0") is still every IPv6 address.
            if (cidr->prefixLength() == 0)
                p.kind = cidr->isIpv4() ? K::AllIpv4 : K::AllIpv6;
        } else {
            p.name = error;
        }
        return p;
    }
    if (!isTagName(text)) {
        p.name = QCoreApplication::translate("nsg::AddressPrefix",
                                             "'%1' is neither an IP address, a CIDR range nor a "
                                             "service tag")
                     .arg(text.size() > 80 ? toQString(text.substr(0, 80)) + QChar(0x2026)
                                           : toQString(text));
        return p;
    }
    if (equalsIgnoreCase(text, "VirtualNetwork")) {
        p.kind = K::VirtualNetwork;
        p.name = QStringLiteral("VirtualNetwork");
    } else if (equalsIgnoreCase(text, "AzureLoadBalancer")) {
        p.kind = K::AzureLoadBalancer;
        p.name = QStringLiteral("AzureLoadBalancer");
    } else if (equalsIgnoreCase(text, "AzureCloud")
               || (startsWithIgnoreCase(text, "AzureCloud.") && text.size() > 11)) {
        p.kind = K::AzureCloud;
        p.name = QStringLiteral("AzureCloud") + toQString(text.substr(10));
    } else {
        p.kind = K::ServiceTag;
        p.name = toQString(text);
    }
    return p;
}

} // namespace nsg
