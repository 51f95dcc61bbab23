// SPDX-License-Identifier: MIT
#pragma once

#include <nlohmann/json.hpp>

#include <QString>
#include <QTest>

// QCOMPARE for nlohmann::json values (and anything json() accepts), shown as JSON text.
#define QCOMPARE_JSON(actual, expected)                                                            \
    QCOMPARE(QString::fromStdString(nlohmann::json(actual).dump()),                                \
             QString::fromStdString(nlohmann::json(expected).dump()))
