// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace nsg::cli {

// `nsg-auditor scan`: arguments start with "scan". Returns the exit code.
int runScan(const QStringList &arguments);

} // namespace nsg::cli
