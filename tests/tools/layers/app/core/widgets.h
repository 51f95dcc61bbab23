// SPDX-License-Identifier: MIT
// Fixture for tools/check-layers.py: core is Qt Core only.
#pragma once

#include <QNetworkReply>
#include <QString>
#include <QWidget>
