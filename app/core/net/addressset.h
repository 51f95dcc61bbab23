// SPDX-License-Identifier: MIT
#pragma once

#include "core/net/cidr.h"
#include "core/net/intervalset.h"

#include <QList>
#include <QStringList>

namespace nsg {

// Addresses a rule can name: IPv4 and IPv6 interval sets plus named pseudo-members for what has
// no address range here (VirtualNetwork, AzureLoadBalancer, other service tags, application
// security groups). The name part may be co-finite ("every name except …") so that
// "everything" minus a few tags stays exact.
class AddressSet final
{
public:
    AddressSet() = default;

    static AddressSet everything();
    // Public Internet: IPv4 and IPv6 minus the reserved ranges docs/exposure-rules.md lists
    // ('Addresses').
    static const AddressSet &publicInternet();
    static AddressSet fromCidr(const Cidr &cidr);
    static AddressSet fromName(const QString &name);

    void addCidr(const Cidr &cidr);
    void addName(const QString &name);

    void unite(const AddressSet &other);
    void intersect(const AddressSet &other);
    void subtract(const AddressSet &other);
    AddressSet united(const AddressSet &other) const;
    AddressSet intersected(const AddressSet &other) const;
    AddressSet subtracted(const AddressSet &other) const;

    bool isEmpty() const;
    bool hasAddresses() const { return !m_v4.isEmpty() || !m_v6.isEmpty(); }
    bool contains(const Cidr &cidr) const;
    bool intersects(const AddressSet &other) const;

    const IntervalSet<quint32> &ipv4() const { return m_v4; }
    const IntervalSet<uint128> &ipv6() const { return m_v6; }
    IntervalSet<quint32> &ipv4() { return m_v4; }
    IntervalSet<uint128> &ipv6() { return m_v6; }
    quint64 ipv4Count() const { return quint64(m_v4.count()); }
    uint128 ipv6Count() const { return m_v6.count(); }

    // The fewest CIDR blocks that cover exactly the address part: IPv4 first, then IPv6.
    QList<Cidr> toCidrs() const;
    QStringList toCidrStrings() const;

    // Named members; when allNamesExcept() is true these are the names NOT in the set.
    const QStringList &names() const { return m_names; }
    bool allNamesExcept() const { return m_namesComplemented; }
    bool containsName(const QString &name) const;

    friend bool operator==(const AddressSet &a, const AddressSet &b)
    {
        return a.m_v4 == b.m_v4 && a.m_v6 == b.m_v6
            && a.m_namesComplemented == b.m_namesComplemented && a.m_names == b.m_names;
    }

private:
    IntervalSet<quint32> m_v4;
    IntervalSet<uint128> m_v6;
    QStringList m_names; // sorted case-insensitively, unique
    bool m_namesComplemented = false;
};

// Minimal CIDR cover of the interval sets (used by AddressSet and the evaluator).
QList<Cidr> toCidrs(const IntervalSet<quint32> &v4, const IntervalSet<uint128> &v6);

// How many IPv6 addresses make a /n block: 2^(128-n), saturated.
uint128 ipv6BlockSize(int prefixLength);

} // namespace nsg
