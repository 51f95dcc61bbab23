// SPDX-License-Identifier: MIT
#pragma once

namespace nsg::cli {

// Exit codes (README.md, 'Exit codes'): what every command returns.
enum ExitCode : int {
    Done = 0,
    InternalError = 1,
    BadUsage = 2, // bad option, unreadable input, unwritable output
    ExposedFound = 3, // --fail-on-exposed: at least one NSG is exposed
    UnknownFound = 4, // --fail-on-exposed: none exposed, but something could not be decided
    NotApplied = 5, // restrict/revert: refused, failed, or the rule changed since it was read
};

} // namespace nsg::cli
