// SPDX-License-Identifier: MIT
// Fixture for tools/check-layers.py: the item models know core and each other, not the widgets.
#include "core/audit/finding.h"
#include "ui/models/statusicons.h"
#include "ui/widgets/nsgpage.h"

#include <QColor>
#include <QWidget>
