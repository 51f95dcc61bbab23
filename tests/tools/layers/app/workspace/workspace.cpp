// SPDX-License-Identifier: MIT
// Fixture for tools/check-layers.py: the workspace builds on every layer but cli, with Qt Core
// and Network.
#include "workspace/workspace.h"
#include "azure/session.h"
#include "cli/cli.h"
#include "core/audit/scanresult.h"
#include "report/auditreport.h"
#include "sandbox/sandboxserver.h"

#include <QNetworkAccessManager>
#include <QPainter>
#include <QtConcurrent/QtConcurrentRun>
