// SPDX-License-Identifier: MIT
#pragma once

#include "core/audit/scanresult.h"

#include <functional>

namespace nsg {

// The NIC view (docs/exposure-rules.md, 'Network interfaces') for a whole inventory: every NIC with
// the NSGs of its subnets and its own. findingOf(nsgId) gives an evaluated NSG's finding, or null
// when that NSG was not read (then the NIC cannot be cleared through it).
QList<NicResult>
evaluateInterfaces(const QList<NetworkInterface> &interfaces, const QList<Subnet> &subnets,
                   const std::function<const Finding *(const QString &nsgId)> &findingOf,
                   const EvaluationOptions &options);

} // namespace nsg
