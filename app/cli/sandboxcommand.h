// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace nsg::cli {

// `nsg-auditor sandbox`: serves the local Azure stand-in until killed. Prints the base URL as
// the first line on stdout. Returns the exit code.
int runSandbox(const QStringList &arguments);

} // namespace nsg::cli
