// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

// The small conversions the JSON-writing reports (JsonReport, DiffReport, OcsfReport) share.
namespace nsg::reportjson {

using ojson = nlohmann::ordered_json;

inline std::string s(const QString &q)
{
    return q.toStdString();
}

inline ojson stringOrNull(const QString &q)
{
    return q.isEmpty() ? ojson(nullptr) : ojson(s(q));
}

inline ojson strings(const QStringList &list)
{
    ojson a = ojson::array();
    for (const QString &q : list)
        a.push_back(s(q));
    return a;
}

} // namespace nsg::reportjson
