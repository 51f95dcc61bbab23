// SPDX-License-Identifier: MIT
#include "core/audit/nicview.h"

#include "core/audit/nicexposure.h"

#include <QHash>

namespace nsg {

QList<NicResult>
evaluateInterfaces(const QList<NetworkInterface> &interfaces, const QList<Subnet> &subnets,
                   const std::function<const Finding *(const QString &)> &findingOf,
                   const EvaluationOptions &options)
{
    QHash<QString, QString> subnetNsg; // subnet id → NSG id ("" for none)
    for (const Subnet &s : subnets)
        subnetNsg.insert(s.id.toLower(), s.nsgId);
    auto layer = [&findingOf](const QString &nsgId) {
        if (nsgId.isEmpty())
            return NsgLayer::none();
        const Finding *f = findingOf(nsgId);
        return f ? NsgLayer::evaluated(nsgId, f) : NsgLayer::notRead(nsgId);
    };
    NicExposure exposure(options);
    QList<NicResult> out;
    out.reserve(interfaces.size());
    for (const NetworkInterface &nic : interfaces) {
        NicResult r;
        r.nic = nic;
        QList<NsgLayer> layers;
        for (const QString &subnet : nic.subnetIds) {
            const auto it = subnetNsg.constFind(subnet.toLower());
            // A subnet whose virtual network was not read: its NSG is unknown, not absent.
            layers.append(it == subnetNsg.constEnd() ? NsgLayer::notRead(subnet) : layer(*it));
            r.subnetNsgIds.append(it == subnetNsg.constEnd() ? QString() : *it);
        }
        r.finding = exposure.evaluate(layers, layer(nic.nsgId));
        out.append(std::move(r));
    }
    std::sort(out.begin(), out.end(), [](const NicResult &a, const NicResult &b) {
        return a.nic.id.compare(b.nic.id, Qt::CaseInsensitive) < 0;
    });
    return out;
}

} // namespace nsg
