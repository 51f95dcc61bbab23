// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

#include <nlohmann/json.hpp>

namespace nsg::test {

// Checks a --json document against the schema README.md documents: every key present in order,
// every type right, and the summary consistent with the NSGs and errors listed. Returns the
// violations (empty when the document conforms).
QStringList validateReportJson(const nlohmann::ordered_json &doc);
// `nsg-auditor diff --json` (README, 'The diff's JSON'), also a report's "since".
QStringList validateDiffJson(const nlohmann::ordered_json &doc);

} // namespace nsg::test
