// SPDX-License-Identifier: MIT
// Fixture for tools/check-layers.py: the composition root sees the window only through ui/gui.h.
#include "cli/cli.h"
#include "ui/gui.h"
#include "ui/widgets/mainwindow.h"
#include "workspace/workspace.h"

#include <QApplication>
