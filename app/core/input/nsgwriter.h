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
// ruleJson(nsg, rule).dump() appended to `out`, written straight from the model (no tree: the
// JSON report writes a million rules this way).
void appendRuleJson(std::string &out, const NetworkSecurityGroup &nsg,
                    const SecurityRuleView &rule);
// A JSON string, quoted and escaped as nlohmann's dump() writes it (UTF-8 kept as it is).
void appendJsonString(std::string &out, std::string_view utf8);
void appendJsonString(std::string &out, const QString &text);

} // namespace nsg::NsgWriter
