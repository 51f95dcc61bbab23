// SPDX-License-Identifier: MIT
#pragma once

namespace nsg::cli {

// Exit codes (README.md, 'Exit codes'): what every command returns.
enum ExitCode : int {
    Done = 0,
    InternalError = 1,
    BadUsage = 2, // bad option, unreadable input, unwritable output
    ExposedFound =
        3, // --fail-on-exposed: an NSG is exposed; --fail-on-internet-facing: an endpoint
    UnknownFound = 4, // none exposed, but something could not be decided
    NotApplied = 5, // restrict/revert: refused, failed, or the rule changed since it was read
};

} // namespace nsg::cli
