// SPDX-License-Identifier: MIT
#pragma once

#include "audit/scanresult.h"

#include <QString>

namespace nsg::cli {

struct TableOptions
{
    bool color = false; // ANSI colours for the verdict column
    bool proof = false; // the rule-by-rule proof under each exposed or unknown NSG
};

// The readable summary `scan` prints: NSG, resource group, verdict, why; exposed first, then
// unknown, then ok; then the inputs that could not be read and a count line.
QString renderScanTable(const ScanResult &result, const TableOptions &options = {});

} // namespace nsg::cli
