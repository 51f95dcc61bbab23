// SPDX-License-Identifier: MIT
// Fixture for tools/check-layers.py: the widgets build on every app layer but the command line.
#include "azure/armclient.h"
#include "cli/cli.h"
#include "ui/models/inventorymodel.h"
#include "ui/scan/scanworker.h"
#include "ui/widgets/verdictbanner.h"
#include <core/net/cidr.h>

#include <QWidget>
#include <QtConcurrent/QtConcurrentRun>
