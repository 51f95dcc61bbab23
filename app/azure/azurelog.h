// SPDX-License-Identifier: MIT
#pragma once

#include <QLoggingCategory>

// What the Azure client logs: methods, paths, statuses and request ids. Never a token.
Q_DECLARE_LOGGING_CATEGORY(lcAuth)
Q_DECLARE_LOGGING_CATEGORY(lcArm)
Q_DECLARE_LOGGING_CATEGORY(lcGraph)
Q_DECLARE_LOGGING_CATEGORY(lcInventory)
Q_DECLARE_LOGGING_CATEGORY(lcEdit)
