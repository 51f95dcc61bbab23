// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace nsg::cli {

// `nsg-auditor restrict` and `nsg-auditor revert` (arguments start with the command). Exit 0
// only when the rule was read back as intended and verified.
int runRestrict(const QStringList &arguments);
int runRevert(const QStringList &arguments);

} // namespace nsg::cli
