// SPDX-License-Identifier: MIT
#include "core/net/uint128.h"

#include <algorithm>

namespace nsg {

QString uint128ToDecimal(uint128 value)
{
    if (value == 0)
        return QStringLiteral("0");
    char digits[40];
    int n = 0;
    while (value != 0) {
        digits[n++] = char('0' + int(value % 10));
        value /= 10;
    }
    std::reverse(digits, digits + n);
    return QString::fromLatin1(digits, n);
}

} // namespace nsg
