// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>

namespace nsg {

// The parts of an ARM resource id such as
// /subscriptions/{sub}/resourceGroups/{rg}/providers/Microsoft.Network/networkSecurityGroups/{nsg}
// [/securityRules/{rule}]. Segment names are matched in any letter case, as ARM does.
struct ResourceId
{
    QString subscriptionId;
    QString resourceGroup;
    QString provider; // "Microsoft.Network"
    QString type; // "networkSecurityGroups"
    QString name; // "nsg1"
    QString childType; // "securityRules" for a rule id
    QString childName; // the rule's name
    bool valid = false; // subscription, resource group, provider, type and name all present

    static ResourceId parse(QStringView id);
    // The id without the child part (the NSG of a rule id).
    static QString parentOf(QStringView id);
};

// A resource id as a hash key compared without case, as ARM compares ids, without lowering (and
// so copying) it: the key shares the id's data with whoever holds it. The hash is kept: a hash
// table compares the keys it probes past, and a different hash settles most of them without
// reading a string.
struct ResourceKey
{
    QString id;
    size_t hash = 0;

    static ResourceKey of(const QString &id) { return ResourceKey{id, foldedHash(id)}; }
    // A hash of the case-folded UTF-16 units of the whole id: ids of one estate may differ
    // anywhere (the same names under other subscriptions differ only in the middle).
    static size_t foldedHash(QStringView id);

    friend bool operator==(const ResourceKey &a, const ResourceKey &b)
    {
        if (a.hash != b.hash || a.id.size() != b.id.size())
            return false;
        const QStringView x(a.id), y(b.id);
        return x == y || x.compare(y, Qt::CaseInsensitive) == 0;
    }
};

inline size_t qHash(const ResourceKey &k, size_t seed = 0) noexcept
{
    return k.hash ^ seed;
}

} // namespace nsg
