// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/networksecuritygroup.h"

#include <nlohmann/json.hpp>

namespace nsg::NsgWriter {

// An NSG (or one rule) back in ARM's REST shape, from what was read: for re-evaluating an edit
// before it is sent, and for showing an NSG whose input is gone. One value in a field is written
// singular, several plural, as ARM does.
nlohmann::json toJson(const NetworkSecurityGroup &nsg);
nlohmann::json ruleJson(const NetworkSecurityGroup &nsg, const SecurityRuleView &rule);

} // namespace nsg::NsgWriter
