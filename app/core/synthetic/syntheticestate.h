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
    };

    // ARM's REST shape (fields under "properties"), or the flattened one `az network nsg list
    // -o json` prints.
    enum class Shape { Arm, AzCli };

    explicit SyntheticEstate(quint64 seed, Shape shape = Shape::Arm);

    // Appends one NSG object to `out` (pretty-printed with `indent` spaces per level when
    // indent > 0, starting at `level`) and returns what was built.
    Nsg appendNsg(std::string &out, const QString &subscriptionId, int index, int rules,
                  double exposedFraction, int indent = 0, int level = 0);

    static QString subscriptionIdFor(quint64 seed, int index);

private:
    quint64 next();
    int below(int n) { return int(next() % quint64(n)); }
    bool chance(double p) { return double(next() >> 11) * 0x1.0p-53 < p; }

    quint64 m_state;
    Shape m_shape;
};

} // namespace nsg
