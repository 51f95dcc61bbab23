// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace nsg::cli {

// `nsg-auditor diff OLD NEW`: two audits compared (snapshots of the history, or export files).
int runDiff(const QStringList &arguments);
// `nsg-auditor history [list | prune]`: the snapshots the audit history keeps.
int runHistory(const QStringList &arguments);

} // namespace nsg::cli
