// SPDX-License-Identifier: MIT
#pragma once

#include "core/audit/portpolicy.h"

#include "core/net/cidr.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace nsg {

// What a reviewer types as the new source of a rule ("Source IP addresses/CIDR ranges" in the
// portal): IPv4/IPv6 addresses and CIDRs separated by commas, spaces or new lines. Each entry is
// checked on its own; host bits are cleared (and said so), duplicates and ranges inside another
// entry merged; any-like entries and entries wider than the breadth limit refused with the
// reason, so that a "fix" can never re-open the port.
struct SourceInput
{
    struct Entry
    {
        enum class Status {
            Ok,
            Normalized, // host bits were set and are cleared
            Merged, // a duplicate of, or inside, another entry: dropped
            Refused,
        };
        QString text; // as typed
        Status status = Status::Refused;
        QString message; // why, for anything but Ok
        std::optional<Cidr> cidr;
    };

    QList<Entry> entries;
    QStringList prefixes; // what to send: normalised, merged, in the order typed

    static SourceInput parse(const QString &text, const BreadthLimit &limit = {});
    // Usable: at least one prefix, nothing refused.
    bool isUsable() const;
    int refusedCount() const;
};

} // namespace nsg
