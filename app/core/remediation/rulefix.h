// SPDX-License-Identifier: MIT
#pragma once

#include "core/remediation/ruledocument.h"

#include <QString>
#include <QStringList>

namespace nsg {

// A fix for an exposing rule. The same fix shapes what the dialogs and the wizard re-evaluate
// before anything is sent (NsgDocument::withFix) and what RuleEditor writes.
struct RuleFix
{
    enum class Kind {
        RestrictSource, // the portal's walkthrough: Source = IP addresses
        MakeDeny, // turn the Allow into a Deny
        Delete, // remove the rule
        DenyAbove, // a Deny mirroring the rule at a free priority above it
    };
    Kind kind = Kind::RestrictSource;
    QStringList prefixes; // RestrictSource

    static QString name(Kind kind); // "Restrict the source", …
};

} // namespace nsg
