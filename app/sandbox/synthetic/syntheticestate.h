// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <string>

namespace nsg {

// Seeded synthetic NSGs in the ARM REST shape (as ARM returns them: etags, types, empty plural
// arrays, default rules), for benchmarks, the sandbox's generated tenants and tests. The same
// seed gives the same bytes on every machine (own PRNG, no std distributions).
//
// Each NSG is built either exposed on TCP/25 (one Allow from an any-like source on a port set
// containing 25, not shadowed) or not (rules that touch 25 come only from private space, tags
// or ASGs, or are shadowed by a higher-priority Deny), so its truth is known by construction.
class SyntheticEstate final
{
public:
    struct Nsg
    {
        QString subscriptionId;
        QString resourceGroup;
        QString name;
        bool exposed = false;
        quint64 seed = 0; // everything else about the NSG follows from it
    };

    // ARM's REST shape (fields under "properties"), or the flattened one `az network nsg list
    // -o json` prints.
    enum class Shape { Arm, AzCli };

    explicit SyntheticEstate(quint64 seed, Shape shape = Shape::Arm);

    // The NSG at `index` of a subscription: name, resource group and whether it is built
    // exposed, without building it. The same (seed, subscription, index) always gives the same
    // NSG, so a server can produce any page of a huge estate on demand.
    Nsg plan(const QString &subscriptionId, int index, double exposedFraction) const;
    // Appends the planned NSG's object to `out` (pretty-printed with `indent` spaces per level
    // when indent > 0, starting at `level`).
    void appendNsg(std::string &out, const Nsg &nsg, int index, int rules, int indent = 0,
                   int level = 0) const;
    // Both at once.
    Nsg appendNsg(std::string &out, const QString &subscriptionId, int index, int rules,
                  double exposedFraction, int indent = 0, int level = 0) const;

    static QString subscriptionIdFor(quint64 seed, int index);

private:
    quint64 m_seed;
    Shape m_shape;
};

} // namespace nsg
