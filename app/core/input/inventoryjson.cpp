// SPDX-License-Identifier: MIT
#include "core/input/inventoryjson.h"

#include "core/model/resourceid.h"
#include "core/util/jsonvalue.h"

namespace nsg::InventoryJson {

using json = nlohmann::json;
using JsonValue::find;
using JsonValue::referenceId;
using JsonValue::toString;

namespace {

const json *field(const json &obj, std::string_view key)
{
    return JsonValue::armField(obj, key);
}

// The object's `key` ("tenantId"), else the segment after `prefix` in its id ("/tenants/…").
QString idOf(const json &object, const char *key, QLatin1String prefix)
{
    QString id = toString(find(object, key));
    if (id.isEmpty()) {
        const QString full = toString(find(object, "id"));
        if (full.startsWith(prefix, Qt::CaseInsensitive))
            id = full.mid(prefix.size()).section(QLatin1Char('/'), 0, 0);
    }
    return id;
}

} // namespace

std::optional<Tenant> tenant(const json &object)
{
    Tenant t;
    t.id = idOf(object, "tenantId", QLatin1String("/tenants/"));
    if (t.id.isEmpty())
        return std::nullopt;
    t.displayName = toString(find(object, "displayName"));
    t.defaultDomain = toString(find(object, "defaultDomain"));
    t.category = toString(find(object, "tenantCategory"));
    return t;
}

std::optional<Subscription> subscription(const json &object)
{
    Subscription s;
    s.id = idOf(object, "subscriptionId", QLatin1String("/subscriptions/"));
    if (s.id.isEmpty())
        return std::nullopt;
    s.displayName = toString(find(object, "displayName"));
    if (s.displayName.isEmpty())
        s.displayName = toString(find(object, "name")); // a Resource Graph ResourceContainers row
    s.tenantId = toString(find(object, "tenantId"));
    s.state = toString(field(object, "state"));
    return s;
}

std::optional<NetworkInterface> networkInterface(const json &object)
{
    NetworkInterface nic;
    nic.id = toString(find(object, "id"));
    const ResourceId rid = ResourceId::parse(nic.id);
    if (!rid.valid)
        return std::nullopt;
    nic.name = toString(find(object, "name"));
    if (nic.name.isEmpty())
        nic.name = rid.name;
    nic.subscriptionId = rid.subscriptionId;
    nic.resourceGroup = rid.resourceGroup;
    nic.location = toString(find(object, "location"));
    nic.nsgId = referenceId(field(object, "networkSecurityGroup"));
    nic.virtualMachineId = referenceId(field(object, "virtualMachine"));
    if (const json *configs = field(object, "ipConfigurations"); configs && configs->is_array()) {
        for (const json &config : *configs) {
            const QString subnet = referenceId(field(config, "subnet"));
            if (!subnet.isEmpty() && !nic.subnetIds.contains(subnet, Qt::CaseInsensitive))
                nic.subnetIds.append(subnet);
            const QString ip = toString(field(config, "privateIPAddress"));
            if (!ip.isEmpty())
                nic.privateIpAddresses.append(ip);
            if (const json *pip = field(config, "publicIPAddress"); pip && pip->is_object()) {
                QString address = toString(field(*pip, "ipAddress"));
                if (address.isEmpty())
                    address = toString(find(*pip, "id"));
                if (!address.isEmpty())
                    nic.publicIpAddresses.append(address);
            }
        }
    }
    return nic;
}

QList<Subnet> subnetsOf(const json &virtualNetwork)
{
    QList<Subnet> out;
    const json *subnets = field(virtualNetwork, "subnets");
    if (!subnets || !subnets->is_array())
        return out;
    for (const json &subnet : *subnets) {
        Subnet s{toString(find(subnet, "id")), referenceId(field(subnet, "networkSecurityGroup"))};
        if (!s.id.isEmpty())
            out.append(s);
    }
    return out;
}

} // namespace nsg::InventoryJson
