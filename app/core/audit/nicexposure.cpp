// SPDX-License-Identifier: MIT
#include "core/audit/nicexposure.h"

#include "core/audit/findingtext.h"

#include "core/net/addressset.h"
#include "core/net/cidr.h"

#include <QCoreApplication>

#include <algorithm>

namespace nsg {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("nsg::NicExposure", text);
}

QString nameOf(const QString &id)
{
    return id.section(QLatin1Char('/'), -1);
}

// What a layer lets through: at least v4/v6 (a lower bound), exactly that when `exact`.
struct Allowed
{
    bool exact = false;
    IntervalSet<quint32> v4;
    IntervalSet<uint128> v6;
    QString why; // when !exact
    bool closed() const { return exact && v4.isEmpty() && v6.isEmpty(); }
};

Allowed allowedBy(const NsgLayer &layer, const QString &where)
{
    Allowed a;
    switch (layer.state) {
    case NsgLayer::State::None:
        a.exact = true;
        a.v4 = AddressSet::publicInternet().ipv4();
        a.v6 = AddressSet::publicInternet().ipv6();
        break;
    case NsgLayer::State::Evaluated:
        // A finding that stopped at a malformed rule still proves what it allowed before it.
        if (layer.finding) {
            a.v4 = layer.finding->allowedIpv4;
            a.v6 = layer.finding->allowedIpv6;
            a.exact = layer.finding->verdict != Verdict::Unknown
                && !layer.finding->hasNote(Finding::StoppedAtMalformed)
                && !layer.finding->hasNote(Finding::CannotEvaluate);
        }
        if (!a.exact)
            a.why =
                tr("the %1 NSG %2 could not be fully evaluated").arg(where, nameOf(layer.nsgId));
        break;
    case NsgLayer::State::NotRead:
        a.why = tr("the %1 NSG %2 could not be read").arg(where, nameOf(layer.nsgId));
        break;
    }
    return a;
}

} // namespace

NicExposure::NicExposure(EvaluationOptions options)
    : m_evaluator(std::move(options))
{ }

NicFinding NicExposure::evaluate(const QList<NsgLayer> &subnets, const NsgLayer &nic)
{
    const QList<NsgLayer> paths = subnets.isEmpty() ? QList<NsgLayer>{NsgLayer::none()} : subnets;
    const Allowed own = allowedBy(nic, tr("NIC's"));
    NicFinding out;
    QStringList unknownWhy;
    bool anyNone = false;
    for (const NsgLayer &subnet : paths) {
        const Allowed viaSubnet = allowedBy(subnet, tr("subnet's"));
        anyNone = anyNone
            || (subnet.state == NsgLayer::State::None && nic.state == NsgLayer::State::None);
        // An NSG known to let no public address through closes the path, whatever the other
        // layer is.
        if (viaSubnet.closed() || own.closed())
            continue;
        // Lower bounds intersect to a lower bound: enough to prove exposure, not to clear it.
        IntervalSet<quint32> v4 = viaSubnet.v4;
        v4.intersect(own.v4);
        IntervalSet<uint128> v6 = viaSubnet.v6;
        v6.intersect(own.v6);
        out.allowedIpv4.unite(v4);
        out.allowedIpv6.unite(v6);
        if (!viaSubnet.exact || !own.exact)
            unknownWhy.append(!viaSubnet.exact ? viaSubnet.why : own.why);
    }

    Finding limitCheck;
    limitCheck.allowedIpv4 = out.allowedIpv4;
    limitCheck.allowedIpv6 = out.allowedIpv6;
    const QString policy = m_evaluator.options().policy.target();
    const QString who = describeAddresses(out.allowedIpv4, out.allowedIpv6);
    const QString counts = countPhrase(limitCheck.publicIpv4Count(), limitCheck.publicIpv6Count());
    if (m_evaluator.exceedsLimit(limitCheck)) {
        out.verdict = Verdict::Exposed;
        // Name only the NSGs that are there.
        const bool nicNone = nic.state == NsgLayer::State::None;
        const bool subnetNone = std::all_of(paths.begin(), paths.end(), [](const NsgLayer &l) {
            return l.state == NsgLayer::State::None;
        });
        out.reason = anyNone
            ? tr("No NSG on the NIC or its subnet: Azure lets %1 reach %2.").arg(who, policy)
            : nicNone ? tr("Through the subnet's NSG (the NIC has none), %1 (%2) can reach %3.")
                            .arg(who, counts, policy)
            : subnetNone ? tr("Through the NIC's NSG (its subnet has none), %1 (%2) can reach %3.")
                               .arg(who, counts, policy)
                         : tr("Through both the subnet's and the NIC's NSG, %1 (%2) can reach %3.")
                               .arg(who, counts, policy);
        return out;
    }
    if (!unknownWhy.isEmpty()) {
        out.verdict = Verdict::Unknown;
        out.reason = tr("Cannot decide: %1.").arg(unknownWhy.join(QLatin1String("; ")));
        return out;
    }
    out.verdict = Verdict::Ok;
    out.reason = out.allowedIpv4.isEmpty() && out.allowedIpv6.isEmpty()
        ? tr("No public address reaches %1 through the subnet's and the NIC's NSGs together.")
              .arg(policy)
        : tr("Only %1 (%2) reach %3 through both NSGs, within the breadth limit.")
              .arg(who, counts, policy);
    return out;
}

} // namespace nsg
