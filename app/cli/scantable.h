// SPDX-License-Identifier: MIT
#pragma once

#include "core/audit/scanresult.h"

#include <QString>

namespace nsg::cli {

struct TableOptions
{
    bool color = false; // ANSI colours for the verdict column
    // The rule-by-rule proof under each exposed or unknown NSG, and under each OK NSG that
    // rule-at-a-time scanners would call exposed.
    bool proof = false;
    int width = 100; // no line is longer (but for a word longer than its column)
};

// The readable summary `scan` prints: NSG, subscription, resource group, verdict, why; exposed
// first, then unknown, then ok; then the inputs that could not be read and a count line. Long
// cells are cut (with "…"), the why wrapped, to options.width; --json keeps the full text.
QString renderScanTable(const ScanResult &result, const TableOptions &options = {});

// Standard output's terminal width when it is a terminal, else $COLUMNS, else 100.
int outputWidth();

} // namespace nsg::cli
