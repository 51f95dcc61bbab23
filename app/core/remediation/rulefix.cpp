// SPDX-License-Identifier: MIT
#include "core/remediation/rulefix.h"

#include "core/model/resourceid.h"

#include <QCoreApplication>
#include <QRegularExpression>

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

QString RuleFix::azCommand(const QString &ruleId, const RuleDocument &after) const
{
    const ResourceId rid = ResourceId::parse(ruleId);
    const QString target = QStringLiteral("--subscription %1 --resource-group %2 --nsg-name %3")
                               .arg(rid.subscriptionId, rid.resourceGroup, rid.name);
    switch (kind) {
    case Kind::RestrictSource:
        return QStringLiteral(
                   "az network nsg rule update %1 --name %2 --source-address-prefixes %3")
            .arg(target, rid.childName, prefixes.join(QLatin1Char(' ')));
    case Kind::MakeDeny:
        return QStringLiteral("az network nsg rule update %1 --name %2 --access Deny")
            .arg(target, rid.childName);
    case Kind::Delete:
        return QStringLiteral("az network nsg rule delete %1 --name %2").arg(target, rid.childName);
    case Kind::DenyAbove: {
        auto join = [&after](const char *s, const char *pl) {
            QStringList v = after.values(s, pl);
            if (v.isEmpty())
                v.append(QStringLiteral("*"));
            v.replaceInStrings(QRegularExpression(QStringLiteral("^\\*$")), QStringLiteral("'*'"));
            return v.join(QLatin1Char(' '));
        };
        return QStringLiteral("az network nsg rule create %1 --name %2 --priority %3 --access Deny "
                              "--direction Inbound --protocol %4 --source-address-prefixes %5 "
                              "--destination-port-ranges %6 --destination-address-prefixes %7")
            .arg(target, after.name())
            .arg(after.priority())
            .arg(after.stringProperty("protocol"),
                 join("sourceAddressPrefix", "sourceAddressPrefixes"),
                 join("destinationPortRange", "destinationPortRanges"),
                 join("destinationAddressPrefix", "destinationAddressPrefixes"));
    }
    }
    return QString();
}

} // namespace nsg
