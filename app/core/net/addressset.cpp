// SPDX-License-Identifier: MIT
#include "core/net/addressset.h"

#include <algorithm>

namespace nsg {

namespace {

bool lessCi(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) < 0;
}

QStringList namesUnion(const QStringList &a, const QStringList &b)
{
    QStringList out;
    std::set_union(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out), lessCi);
    return out;
}

QStringList namesIntersection(const QStringList &a, const QStringList &b)
{
    QStringList out;
    std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out), lessCi);
    return out;
}

QStringList namesDifference(const QStringList &a, const QStringList &b)
{
    QStringList out;
    std::set_difference(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out), lessCi);
    return out;
}

template<typename T>
void appendCidrs(const IntervalSet<T> &set, int bits, QList<Cidr> &out)
{
    auto blockLast = [](uint128 first, int log2Size) {
        return log2Size >= 128 ? kUint128Max : first + ((uint128(1) << log2Size) - 1);
    };
    for (const auto &interval : set.intervals()) {
        uint128 first = interval.first;
        const uint128 last = interval.last;
        while (true) {
            // Grow the block while it stays aligned at `first` and ends at or before `last`.
            int log2Size = 0;
            while (log2Size < bits) {
                const int next = log2Size + 1;
                const bool aligned =
                    next >= 128 ? first == 0 : (first & ((uint128(1) << next) - 1)) == 0;
                if (!aligned || blockLast(first, next) > last)
                    break;
                log2Size = next;
            }
            out.append(bits == 32 ? Cidr::ipv4(quint32(first), 32 - log2Size)
                                  : Cidr::ipv6(first, 128 - log2Size));
            const uint128 end = blockLast(first, log2Size);
            if (end >= last)
                break;
            first = end + 1;
        }
    }
}

AddressSet buildPublicInternet()
{
    AddressSet set;
    set.ipv4() = IntervalSet<quint32>::all();
    set.ipv6() = IntervalSet<uint128>::all();
    static const char *const reserved[] = {
        "0.0.0.0/8",     "10.0.0.0/8",     "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16",
        "172.16.0.0/12", "192.168.0.0/16", "224.0.0.0/4",   "240.0.0.0/4", "::/128",
        "::1/128",       "fc00::/7",       "fe80::/10",     "ff00::/8",
    };
    AddressSet excluded;
    for (const char *text : reserved)
        excluded.addCidr(*Cidr::parse(std::string_view(text)));
    set.subtract(excluded);
    return set;
}

} // namespace

AddressSet AddressSet::everything()
{
    AddressSet set;
    set.m_v4 = IntervalSet<quint32>::all();
    set.m_v6 = IntervalSet<uint128>::all();
    set.m_namesComplemented = true;
    return set;
}

const AddressSet &AddressSet::publicInternet()
{
    static const AddressSet set = buildPublicInternet();
    return set;
}

AddressSet AddressSet::fromCidr(const Cidr &cidr)
{
    AddressSet set;
    set.addCidr(cidr);
    return set;
}

AddressSet AddressSet::fromName(const QString &name)
{
    AddressSet set;
    set.addName(name);
    return set;
}

void AddressSet::addCidr(const Cidr &cidr)
{
    if (cidr.isIpv4())
        m_v4.add(cidr.ipv4First(), cidr.ipv4Last());
    else
        m_v6.add(cidr.first(), cidr.last());
}

void AddressSet::addName(const QString &name)
{
    AddressSet other;
    other.m_names = QStringList{name};
    unite(other);
}

void AddressSet::unite(const AddressSet &other)
{
    m_v4.unite(other.m_v4);
    m_v6.unite(other.m_v6);
    const bool a = m_namesComplemented, b = other.m_namesComplemented;
    if (!a && !b) {
        m_names = namesUnion(m_names, other.m_names);
    } else if (a && b) {
        m_names = namesIntersection(m_names, other.m_names);
    } else if (a) {
        m_names = namesDifference(m_names, other.m_names);
    } else {
        m_names = namesDifference(other.m_names, m_names);
        m_namesComplemented = true;
    }
}

void AddressSet::intersect(const AddressSet &other)
{
    m_v4.intersect(other.m_v4);
    m_v6.intersect(other.m_v6);
    const bool a = m_namesComplemented, b = other.m_namesComplemented;
    if (!a && !b) {
        m_names = namesIntersection(m_names, other.m_names);
    } else if (a && b) {
        m_names = namesUnion(m_names, other.m_names);
    } else if (a) {
        m_names = namesDifference(other.m_names, m_names);
        m_namesComplemented = false;
    } else {
        m_names = namesDifference(m_names, other.m_names);
    }
}

void AddressSet::subtract(const AddressSet &other)
{
    m_v4.subtract(other.m_v4);
    m_v6.subtract(other.m_v6);
    const bool a = m_namesComplemented, b = other.m_namesComplemented;
    if (!a && !b) {
        m_names = namesDifference(m_names, other.m_names);
    } else if (a && b) {
        m_names = namesDifference(other.m_names, m_names);
        m_namesComplemented = false;
    } else if (a) {
        m_names = namesUnion(m_names, other.m_names);
    } else {
        m_names = namesIntersection(m_names, other.m_names);
    }
}

AddressSet AddressSet::united(const AddressSet &other) const
{
    AddressSet copy = *this;
    copy.unite(other);
    return copy;
}

AddressSet AddressSet::intersected(const AddressSet &other) const
{
    AddressSet copy = *this;
    copy.intersect(other);
    return copy;
}

AddressSet AddressSet::subtracted(const AddressSet &other) const
{
    AddressSet copy = *this;
    copy.subtract(other);
    return copy;
}

bool AddressSet::isEmpty() const
{
    return m_v4.isEmpty() && m_v6.isEmpty() && !m_namesComplemented && m_names.isEmpty();
}

bool AddressSet::contains(const Cidr &cidr) const
{
    if (cidr.isIpv4())
        return m_v4.containsAll(IntervalSet<quint32>(cidr.ipv4First(), cidr.ipv4Last()));
    return m_v6.containsAll(IntervalSet<uint128>(cidr.first(), cidr.last()));
}

bool AddressSet::intersects(const AddressSet &other) const
{
    return !intersected(other).isEmpty();
}

bool AddressSet::containsName(const QString &name) const
{
    const bool listed = std::binary_search(m_names.begin(), m_names.end(), name, lessCi);
    return listed != m_namesComplemented;
}

QList<Cidr> AddressSet::toCidrs() const
{
    return nsg::toCidrs(m_v4, m_v6);
}

QStringList AddressSet::toCidrStrings() const
{
    QStringList out;
    for (const Cidr &c : toCidrs())
        out.append(c.toString());
    return out;
}

QList<Cidr> toCidrs(const IntervalSet<quint32> &v4, const IntervalSet<uint128> &v6)
{
    QList<Cidr> out;
    appendCidrs(v4, 32, out);
    appendCidrs(v6, 128, out);
    return out;
}

uint128 ipv6BlockSize(int prefixLength)
{
    const int hostBits = 128 - std::clamp(prefixLength, 0, 128);
    return hostBits >= 128 ? kUint128Max : uint128(1) << hostBits;
}

} // namespace nsg
