// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace nsg::cli {

// `nsg-auditor signout [--cloud NAME]`: forgets the sign-in `scan --tenant` keeps in the
// keychain for that cloud.
int runSignOut(const QStringList &arguments);

} // namespace nsg::cli
