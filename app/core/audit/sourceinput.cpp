// SPDX-License-Identifier: MIT
#include "core/audit/sourceinput.h"

#include "core/audit/findingtext.h"

#include "core/net/addressprefix.h"
#include "core/net/addressset.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace nsg {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("nsg::SourceInput", text);
}

// Public addresses in a range (reserved space cannot come from the Internet anyway).
std::pair<quint64, uint128> publicCounts(const Cidr &c)
{
    const AddressSet &pub = AddressSet::publicInternet();
    if (c.isIpv4()) {
        IntervalSet<quint32> v4(c.ipv4First(), c.ipv4Last());
        v4.intersect(pub.ipv4());
        return {quint64(v4.count()), 0};
    }
    IntervalSet<uint128> v6(c.first(), c.last());
    v6.intersect(pub.ipv6());
    return {0, v6.count()};
}

} // namespace

SourceInput SourceInput::parse(const QString &text, const BreadthLimit &limit)
{
    SourceInput out;
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    const QStringList words = text.split(separators, Qt::SkipEmptyParts);
    const uint128 maxIpv6 = limit.minIpv6PrefixLength >= 128
        ? uint128(1)
        : uint128(1) << (128 - std::clamp(limit.minIpv6PrefixLength, 0, 127));
    for (const QString &word : words) {
        Entry e;
        e.text = word;
        const QByteArray utf8 = word.toUtf8();
        const AddressPrefix kind =
            AddressPrefix::classify(std::string_view(utf8.constData(), size_t(utf8.size())));
        if (kind.isAnyLike() || kind.kind == AddressPrefix::Kind::AzureCloud) {
            e.message = tr("'%1' means every address (or every Azure customer's): that would "
                           "leave the port open")
                            .arg(word);
        } else if (kind.kind != AddressPrefix::Kind::Range) {
            e.message = kind.kind == AddressPrefix::Kind::Invalid
                ? tr("not an IPv4 or IPv6 address or CIDR range")
                : tr("not an IPv4 or IPv6 address or CIDR range: '%1' would be read as a service "
                     "tag, which names addresses Microsoft chooses")
                      .arg(word);
        } else {
            QString why;
            const std::optional<Cidr> cidr = Cidr::parse(QStringView(word), &why);
            if (!cidr) {
                e.message = why.isEmpty() ? tr("not an IPv4 or IPv6 address or CIDR range") : why;
            } else {
                const auto [v4, v6] = publicCounts(*cidr);
                if (cidr->isIpv4() && v4 > limit.maxPublicIpv4) {
                    e.message = tr("%1 holds %2 public IPv4 addresses, more than the limit of %3")
                                    .arg(cidr->toString(false), formatCount(v4))
                                    .arg(limit.maxPublicIpv4);
                } else if (cidr->isIpv6() && v6 > maxIpv6) {
                    e.message = tr("%1 is wider than one /%2 of public IPv6 addresses")
                                    .arg(cidr->toString(false))
                                    .arg(limit.minIpv6PrefixLength);
                } else {
                    e.cidr = cidr;
                    e.status = cidr->hadHostBits() ? Entry::Status::Normalized : Entry::Status::Ok;
                    if (cidr->hadHostBits())
                        e.message = tr("host bits cleared: %1").arg(cidr->toString(false));
                }
            }
        }
        out.entries.append(e);
    }
    // Merge: an entry equal to or inside another one adds nothing.
    for (qsizetype i = 0; i < out.entries.size(); ++i) {
        Entry &e = out.entries[i];
        if (!e.cidr)
            continue;
        for (qsizetype j = 0; j < out.entries.size(); ++j) {
            const Entry &other = out.entries[j];
            if (i == j || !other.cidr || other.status == Entry::Status::Merged)
                continue;
            const bool same = *other.cidr == *e.cidr;
            if ((same && j < i) || (!same && other.cidr->contains(*e.cidr))) {
                e.status = Entry::Status::Merged;
                e.message = same ? tr("the same as %1").arg(other.cidr->toString(false))
                                 : tr("inside %1").arg(other.cidr->toString(false));
                break;
            }
        }
        if (e.status != Entry::Status::Merged)
            out.prefixes.append(e.cidr->toString(false));
    }
    return out;
}

bool SourceInput::isUsable() const
{
    return !prefixes.isEmpty() && refusedCount() == 0;
}

int SourceInput::refusedCount() const
{
    int n = 0;
    for (const Entry &e : entries)
        n += e.status == Entry::Status::Refused;
    return n;
}

} // namespace nsg
