// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <cstdint>

namespace nsg {

// IPv6 arithmetic needs 128 bits; GCC and Clang provide them natively on every platform we ship.
__extension__ using uint128 = unsigned __int128;

inline constexpr uint128 kUint128Max = ~uint128(0);

// Exact decimal text of a 128-bit count ("340282366920938463463374607431768211455").
QString uint128ToDecimal(uint128 value);

} // namespace nsg
