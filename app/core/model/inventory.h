// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace nsg {

// What ARM says about the places NSGs live in and the things they guard. Plain values, read by
// InventoryJson; the NSGs themselves are NetworkSecurityGroup.

struct Tenant
{
    QString id; // GUID
    QString displayName;
    QString defaultDomain;
    QString category; // Home, ProjectedBy, ManagedBy
};

struct Subscription
{
    QString id; // GUID (ARM's subscriptionId)
    QString displayName;
    QString tenantId;
    QString state; // Enabled, Warned, PastDue, Disabled, Deleted

    // Disabled and deleted subscriptions are not scanned (their resources are read-only and
    // their VMs deallocated); the others are.
    bool isScannable() const
    {
        return state.compare(QLatin1String("Disabled"), Qt::CaseInsensitive) != 0
            && state.compare(QLatin1String("Deleted"), Qt::CaseInsensitive) != 0;
    }
    QString scope() const { return QLatin1String("/subscriptions/") + id; }
};

// A subnet and the NSG associated with it (empty: none).
struct Subnet
{
    QString id;
    QString nsgId;
};

struct NetworkInterface
{
    QString id;
    QString name;
    QString subscriptionId;
    QString resourceGroup;
    QString location;
    QString nsgId; // the NSG associated with the NIC itself; empty: none
    QString virtualMachineId;
    QStringList subnetIds; // of its IP configurations
    QStringList privateIpAddresses;
    QStringList publicIpAddresses; // the address when ARM inlines it, else the public IP's id
};

} // namespace nsg
