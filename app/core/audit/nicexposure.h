// SPDX-License-Identifier: MIT
#pragma once

#include "core/audit/exposureevaluator.h"
#include "core/audit/finding.h"

#include <QList>
#include <QString>

namespace nsg {

// One NSG on the inbound path to a network interface: the subnet's or the NIC's own.
struct NsgLayer
{
    enum class State : quint8 {
        None, // no NSG associated: Azure allows everything at this layer
        Evaluated, // its finding is known (verdict may still be Unknown)
        NotRead, // associated, but not in the inventory (no access, failed read)
    };
    State state = State::None;
    QString nsgId;
    const Finding *finding = nullptr; // for Evaluated; valid for the evaluate() call

    static NsgLayer none() { return {}; }
    static NsgLayer evaluated(QString id, const Finding *f) { return {State::Evaluated, id, f}; }
    static NsgLayer notRead(QString id) { return {State::NotRead, id, nullptr}; }
};

// What reaches a NIC's port from the public Internet when both its subnet's NSG and its own apply
// (docs/exposure-rules.md, 'Network interfaces'): inbound traffic passes the subnet NSG, then the
// NIC's, so allowed(NIC) = allowed(subnet NSG) ∩ allowed(NIC NSG), and a missing NSG allows
// everything.
struct NicFinding
{
    Verdict verdict = Verdict::Unknown;
    QString reason;
    IntervalSet<quint32> allowedIpv4;
    IntervalSet<uint128> allowedIpv6;
};

class NicExposure final
{
public:
    explicit NicExposure(EvaluationOptions options = {});

    // subnets: one layer per subnet the NIC's IP configurations sit in (empty: no subnet known,
    // treated as no subnet NSG). The NIC is exposed if any of its subnets lets the traffic
    // through both layers.
    NicFinding evaluate(const QList<NsgLayer> &subnets, const NsgLayer &nic);

private:
    ExposureEvaluator m_evaluator; // for the breadth limit
};

} // namespace nsg
