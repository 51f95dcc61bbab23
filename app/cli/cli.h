// SPDX-License-Identifier: MIT
#pragma once

#include "cli/exitcode.h"

#include <QStringList>

namespace nsg::cli {

// Runs the command line (arguments include the program name). Needs a QCoreApplication.
int run(const QStringList &arguments);

} // namespace nsg::cli
