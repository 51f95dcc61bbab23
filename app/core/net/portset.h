// SPDX-License-Identifier: MIT
#pragma once

#include "core/net/intervalset.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <string_view>

namespace nsg {

// A set of TCP/UDP ports, parsed from NSG port fields: "*", "25", "20-30" (and "Any").
class PortSet final
{
public:
    PortSet() = default;
    static PortSet all() { return PortSet(IntervalSet<quint16>::all()); }
    static PortSet single(quint16 port) { return PortSet(IntervalSet<quint16>(port, port)); }
    static PortSet range(quint16 first, quint16 last)
    {
        return PortSet(IntervalSet<quint16>(first, last));
    }

    // One entry of destinationPortRange(s); nullopt with a reason when malformed.
    static std::optional<PortSet> parseEntry(std::string_view text, QString *error = nullptr);
    // A list of entries (and/or comma-separated entries); the union of all.
    static std::optional<PortSet> parse(const QStringList &entries, QString *error = nullptr);

    void add(quint16 first, quint16 last) { m_set.add(first, last); }
    void unite(const PortSet &other) { m_set.unite(other.m_set); }
    bool contains(quint16 port) const { return m_set.contains(port); }
    bool isEmpty() const { return m_set.isEmpty(); }
    bool isAll() const { return m_set.isAll(); }
    const IntervalSet<quint16> &intervals() const { return m_set; }

    // "*" for all ports, else "22, 25, 1000-2000".
    QString toString() const;

    friend bool operator==(const PortSet &, const PortSet &) = default;

private:
    explicit PortSet(IntervalSet<quint16> set)
        : m_set(std::move(set))
    { }
    IntervalSet<quint16> m_set;
};

} // namespace nsg
