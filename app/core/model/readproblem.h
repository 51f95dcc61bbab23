// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace nsg {

// Something in the input that the verdict cannot rest on, with the JSON path where it was found.
struct ReadProblem
{
    enum class Severity : quint8 {
        Fatal, // the NSG as a whole cannot be evaluated (e.g. securityRules missing)
        Rule, // one rule is malformed; evaluation stops where it would matter
        Warning, // noted for the reviewer; the verdict does not depend on it
    };
    Severity severity = Severity::Fatal;
    QString path; // "$[3].properties.securityRules[2].priority"
    QString message; // "expected a number"
    QString ruleName;

    QString toString() const
    {
        return path.isEmpty() ? message : path + QLatin1String(": ") + message;
    }
};

} // namespace nsg
