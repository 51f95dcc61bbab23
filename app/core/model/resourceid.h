// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>

namespace nsg {

// The parts of an ARM resource id such as
// /subscriptions/{sub}/resourceGroups/{rg}/providers/Microsoft.Network/networkSecurityGroups/{nsg}
// [/securityRules/{rule}]. Segment names are matched in any letter case, as ARM does.
struct ResourceId
{
    QString subscriptionId;
    QString resourceGroup;
    QString provider; // "Microsoft.Network"
    QString type; // "networkSecurityGroups"
    QString name; // "nsg1"
    QString childType; // "securityRules" for a rule id
    QString childName; // the rule's name
    bool valid = false; // subscription, resource group, provider, type and name all present

    static ResourceId parse(QStringView id);
    // The id without the child part (the NSG of a rule id).
    static QString parentOf(QStringView id);
};

} // namespace nsg
