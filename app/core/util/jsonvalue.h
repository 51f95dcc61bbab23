// SPDX-License-Identifier: MIT
#pragma once

#include "core/util/ascii.h"

#include <nlohmann/json.hpp>

#include <QString>
#include <QStringList>

#include <string>
#include <string_view>

// Reading values out of JSON at the edge (ARM answers, exports, the journal, the sandbox's
// requests) without exceptions: a missing key, a value of another type or something that is not
// an object reads as empty (or as the fallback given). Templates, so that nlohmann::json and
// nlohmann::ordered_json (the sandbox's) read alike.
namespace nsg::JsonValue {

// The member `key` of an object, exact key; null when absent or when obj is not an object.
template<typename Json>
const Json *member(const Json &obj, const char *key)
{
    if (!obj.is_object())
        return nullptr;
    auto it = obj.find(key);
    return it != obj.end() ? &*it : nullptr;
}

// The member `key` of an object: the exact key first (the common case), then in any letter case
// (PowerShell writes PascalCase). Null when absent or when obj is null or not an object.
inline const nlohmann::json *find(const nlohmann::json *obj, std::string_view key)
{
    if (!obj || !obj->is_object())
        return nullptr;
    const auto &map = obj->get_ref<const nlohmann::json::object_t &>();
    if (auto it = map.find(std::string(key)); it != map.end())
        return &it->second;
    for (const auto &[k, v] : map) {
        if (ascii::equalsIgnoreCase(k, key))
            return &v;
    }
    return nullptr;
}

inline const nlohmann::json *find(const nlohmann::json &obj, std::string_view key)
{
    return find(&obj, key);
}

// A string value; empty when it is not a string (or null).
template<typename Json>
QString toString(const Json *value)
{
    return value && value->is_string()
        ? QString::fromStdString(value->template get_ref<const std::string &>())
        : QString();
}

template<typename Json>
QString toString(const Json &value)
{
    return toString(&value);
}

// The string member `key`; empty when absent or not a string.
template<typename Json>
QString string(const Json &obj, const char *key)
{
    return toString(member(obj, key));
}

template<typename Json>
std::string stdString(const Json &obj, const char *key)
{
    const Json *v = member(obj, key);
    return v && v->is_string() ? v->template get<std::string>() : std::string();
}

// The strings of the array member `key`, in order (other values skipped); empty when absent or
// not an array.
template<typename Json>
QStringList stringList(const Json &obj, const char *key)
{
    QStringList out;
    if (const Json *list = member(obj, key); list && list->is_array()) {
        for (const Json &v : *list) {
            if (v.is_string())
                out.append(toString(v));
        }
    }
    return out;
}

// The number member `key` as an integer; the fallback when absent or not a number.
template<typename Json, typename Int = int>
Int integer(const Json &obj, const char *key, Int fallback = 0)
{
    const Json *v = member(obj, key);
    return v && v->is_number() ? v->template get<Int>() : fallback;
}

// The object member `key` ("properties"); an empty object when absent or not an object.
inline const nlohmann::json &object(const nlohmann::json &obj, const char *key)
{
    static const nlohmann::json empty = nlohmann::json::object();
    const nlohmann::json *v = member(obj, key);
    return v && v->is_object() ? *v : empty;
}

// A field of an ARM resource: under "properties" (the REST shape) or on the object itself (the
// flattened shape of az and the SDKs, Resource Graph rows), in any letter case.
inline const nlohmann::json *armField(const nlohmann::json &obj, std::string_view key)
{
    if (const nlohmann::json *v = find(find(obj, "properties"), key))
        return v;
    return find(obj, key);
}

// A reference to another resource: {"id": "…"}, or a bare id string. Empty otherwise.
inline QString referenceId(const nlohmann::json *v)
{
    if (v && v->is_object())
        return toString(find(*v, "id"));
    return toString(v);
}

} // namespace nsg::JsonValue
