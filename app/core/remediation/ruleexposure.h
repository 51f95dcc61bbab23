// SPDX-License-Identifier: MIT
#pragma once

#include "core/audit/scanresult.h"

#include <QString>

namespace nsg {

// Whether the rule named `ruleName` alone lets in more public addresses than the breadth limit
// (a narrow Allow lets its few addresses in: that is a fix, not exposure). An NSG that cannot be
// evaluated counts as exposing.
bool ruleStillExposes(const NsgResult &result, const QString &ruleName,
                      const EvaluationOptions &options);
// How many other rules still expose the port when the NSG is Exposed.
int otherExposingRules(const NsgResult &result, const QString &ruleName);

} // namespace nsg
