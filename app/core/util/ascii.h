// SPDX-License-Identifier: MIT
#pragma once

// ASCII-only comparisons for the words Azure matches in any letter case ("Internet", "Tcp",
// JSON keys). Not for arbitrary Unicode text.

#include <string_view>

namespace nsg::ascii {

constexpr char toLower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c + ('a' - 'A')) : c;
}

constexpr bool equalsIgnoreCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i) {
        if (toLower(a[i]) != toLower(b[i]))
            return false;
    }
    return true;
}

constexpr bool startsWithIgnoreCase(std::string_view s, std::string_view prefix)
{
    return s.size() >= prefix.size() && equalsIgnoreCase(s.substr(0, prefix.size()), prefix);
}

} // namespace nsg::ascii
