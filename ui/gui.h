// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace nsg::ui {

// `nsg-auditor [--demo] [FILE...]`: the desktop window. Needs a QApplication.
int runGui(const QStringList &arguments);

} // namespace nsg::ui
