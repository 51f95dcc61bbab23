// SPDX-License-Identifier: MIT
#include "core/remediation/rulefix.h"

#include <QCoreApplication>

namespace nsg {

QString RuleFix::name(Kind kind)
{
    switch (kind) {
    case Kind::RestrictSource:
        return QCoreApplication::translate("nsg::RuleFix",
                                           "Restrict the source to known addresses");
    case Kind::MakeDeny:
        return QCoreApplication::translate("nsg::RuleFix", "Change the rule to Deny");
    case Kind::Delete:
        return QCoreApplication::translate("nsg::RuleFix", "Delete the rule");
    case Kind::DenyAbove:
        return QCoreApplication::translate("nsg::RuleFix", "Add a Deny rule above it");
    }
    return QString();
}

} // namespace nsg
