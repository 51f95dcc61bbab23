// SPDX-License-Identifier: MIT
#pragma once

#include "core/util/ascii.h"

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

namespace nsg::jsonkeys {

// The value of `key` in an object: the exact key first (the common case), then in any letter
// case (PowerShell writes PascalCase). Null when absent or when obj is not an object.
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

} // namespace nsg::jsonkeys
