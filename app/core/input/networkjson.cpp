// SPDX-License-Identifier: MIT
#include "core/input/networkjson.h"

#include "core/util/jsonvalue.h"

#include <QCoreApplication>
#include <QFile>

namespace nsg {

using json = nlohmann::json;
using JsonValue::armField;
using JsonValue::find;
using JsonValue::referenceId;
using JsonValue::toString;

namespace NetworkJson {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("nsg::NetworkJson", text);
}

// References of an array field ([{"id": …}, …]); other values skipped.
QStringList referenceIds(const json *list)
{
    QStringList out;
    if (list && list->is_array()) {
        for (const json &v : *list) {
            const QString id = referenceId(&v);
            if (!id.isEmpty())
                out.append(id);
        }
    }
    return out;
}

// Strings of an array field, or the one string of a singular one.
QStringList strings(const json *v)
{
    QStringList out;
    if (v && v->is_array()) {
        for (const json &s : *v) {
            if (s.is_string())
                out.append(toString(s));
        }
    } else if (v && v->is_string()) {
        out.append(toString(v));
    }
    return out;
}

// A number, or a number written as a string ("8080"); -1 otherwise.
qint64 number(const json *v)
{
    if (v && v->is_number_integer())
        return v->get<qint64>();
    if (v && v->is_string()) {
        bool ok = false;
        const qint64 n = toString(v).toLongLong(&ok);
        return ok ? n : -1;
    }
    return -1;
}

QString nameOf(const json &object, const QString &id)
{
    const QString name = toString(find(object, "name"));
    return name.isEmpty() ? id.section(QLatin1Char('/'), -1) : name;
}

QString skuName(const json &object)
{
    const json *sku = find(object, "sku");
    if (sku && sku->is_object())
        return toString(find(*sku, "name"));
    return toString(sku);
}

bool typeIs(const QString &type, const char *expected)
{
    return type.compare(QLatin1String(expected), Qt::CaseInsensitive) == 0;
}

std::optional<Protocol> lbProtocol(const json *v)
{
    const QString p = toString(v);
    if (p.compare(QLatin1String("All"), Qt::CaseInsensitive) == 0)
        return Protocol::Any;
    const std::optional<Protocol> parsed = parseProtocol(p.toStdString());
    if (parsed
        && (*parsed == Protocol::Tcp || *parsed == Protocol::Udp || *parsed == Protocol::Any))
        return parsed;
    return std::nullopt;
}

LoadBalancer::Rule lbRule(const json &r, LoadBalancer::Rule::Kind kind)
{
    LoadBalancer::Rule rule;
    rule.kind = kind;
    rule.id = toString(find(r, "id"));
    rule.name = nameOf(r, rule.id);
    rule.frontendId = referenceId(armField(r, "frontendIPConfiguration"));
    const std::optional<Protocol> protocol = lbProtocol(armField(r, "protocol"));
    const qint64 backend = number(armField(r, "backendPort"));
    qint64 first = number(armField(r, "frontendPort"));
    qint64 last = first;
    if (const qint64 start = number(armField(r, "frontendPortRangeStart")); start >= 0) {
        first = start;
        last = number(armField(r, "frontendPortRangeEnd"));
    }
    rule.backendPoolIds = referenceIds(armField(r, "backendAddressPools"));
    if (const QString pool = referenceId(armField(r, "backendAddressPool"));
        !pool.isEmpty() && !rule.backendPoolIds.contains(pool, Qt::CaseInsensitive))
        rule.backendPoolIds.append(pool);
    rule.backendIpConfigurationId = referenceId(armField(r, "backendIPConfiguration"));
    const json *floating = armField(r, "enableFloatingIP");
    rule.floatingIp = floating
        && ((floating->is_boolean() && floating->get<bool>())
            || (floating->is_string()
                && toString(floating).compare(QLatin1String("true"), Qt::CaseInsensitive) == 0));
    if (!protocol)
        rule.problem = QCoreApplication::translate("nsg::NetworkJson",
                                                   "its protocol '%1' is not Tcp, Udp or All")
                           .arg(toString(armField(r, "protocol")));
    else if (first < 0 || last < first || last > 65535 || backend < 0 || backend > 65535)
        rule.problem = QCoreApplication::translate(
            "nsg::NetworkJson", "its frontend or backend port is missing or out of range");
    else if (rule.frontendId.isEmpty())
        rule.problem = QCoreApplication::translate("nsg::NetworkJson",
                                                   "it names no frontend IP configuration");
    if (protocol)
        rule.protocol = *protocol;
    rule.frontendPortFirst = quint16(std::clamp<qint64>(first, 0, 65535));
    rule.frontendPortLast = quint16(std::clamp<qint64>(last, 0, 65535));
    rule.backendPort = quint16(std::clamp<qint64>(backend, 0, 65535));
    return rule;
}

} // namespace

Kind kindOf(const json &object)
{
    if (!object.is_object())
        return Kind::Unknown;
    const QString type = toString(find(object, "type"));
    static const std::pair<const char *, Kind> types[] = {
        {"Microsoft.Network/networkInterfaces", Kind::NetworkInterface},
        {"Microsoft.Network/publicIPAddresses", Kind::PublicIpAddress},
        {"Microsoft.Network/loadBalancers", Kind::LoadBalancer},
        {"Microsoft.Network/virtualNetworks", Kind::VirtualNetwork},
        {"Microsoft.Network/routeTables", Kind::RouteTable},
        {"Microsoft.Network/applicationSecurityGroups", Kind::ApplicationSecurityGroup},
        {"Microsoft.Network/firewallPolicies/ruleCollectionGroups",
         Kind::FirewallPolicyRuleCollectionGroup},
        {"Microsoft.Network/firewallPolicies", Kind::FirewallPolicy},
        {"Microsoft.Network/serviceTags", Kind::ServiceTags},
        {"Microsoft.Network/effectiveSecurityAdminRules", Kind::EffectiveAdminRule},
        {"Microsoft.Network/networkManagers/securityAdminConfigurations/ruleCollections/rules",
         Kind::EffectiveAdminRule},
        // Resource Graph's networkresources table, and its spelling of the same resource.
        {"microsoft.network/networkmanagers/effectivesecurityadminrules", Kind::EffectiveAdminRule},
    };
    for (const auto &[name, kind] : types) {
        if (typeIs(type, name))
            return kind;
    }
    // By type, under NetworkInterfaces for VM scale set NICs
    // (Microsoft.Compute/virtualMachineScaleSets/virtualMachines/networkInterfaces).
    if (type.endsWith(QLatin1String("/networkInterfaces"), Qt::CaseInsensitive))
        return Kind::NetworkInterface;
    if (type.endsWith(QLatin1String("/publicIPAddresses"), Qt::CaseInsensitive))
        return Kind::PublicIpAddress;
    if (!type.isEmpty())
        return Kind::Unknown;
    // By shape, where az leaves the type out.
    if (find(object, "virtualNetworkId") && find(object, "value"))
        return Kind::EffectiveAdminRules;
    if (find(object, "values") && (find(object, "changeNumber") || find(object, "cloud")))
        return Kind::ServiceTags;
    const QString id = toString(find(object, "id"));
    if (id.contains(QLatin1String("/securityAdminConfigurations/"), Qt::CaseInsensitive)
        && id.contains(QLatin1String("/rules/"), Qt::CaseInsensitive))
        return Kind::EffectiveAdminRule;
    if (id.contains(QLatin1String("/effectiveSecurityAdminRules/"), Qt::CaseInsensitive))
        return Kind::EffectiveAdminRule;
    if (id.contains(QLatin1String("/firewallPolicies/"), Qt::CaseInsensitive)
        && id.contains(QLatin1String("/ruleCollectionGroups/"), Qt::CaseInsensitive))
        return Kind::FirewallPolicyRuleCollectionGroup;
    static const std::pair<const char *, Kind> providers[] = {
        {"/providers/Microsoft.Network/networkInterfaces/", Kind::NetworkInterface},
        {"/providers/Microsoft.Network/publicIPAddresses/", Kind::PublicIpAddress},
        {"/providers/Microsoft.Network/loadBalancers/", Kind::LoadBalancer},
        {"/providers/Microsoft.Network/virtualNetworks/", Kind::VirtualNetwork},
        {"/providers/Microsoft.Network/routeTables/", Kind::RouteTable},
        {"/providers/Microsoft.Network/applicationSecurityGroups/", Kind::ApplicationSecurityGroup},
    };
    for (const auto &[segment, kind] : providers) {
        const qsizetype at = id.indexOf(QLatin1String(segment), 0, Qt::CaseInsensitive);
        // The resource itself, not a child of it (…/subnets/x, …/ipConfigurations/y).
        if (at >= 0 && !id.mid(at + qsizetype(strlen(segment))).contains(QLatin1Char('/')))
            return kind;
    }
    // A scale set's NICs and public IPs:
    // …/virtualMachines/0/networkInterfaces/nic1(/ipConfigurations/ c/publicIPAddresses/p).
    const QString last = id.section(QLatin1Char('/'), -2, -2);
    if (last.compare(QLatin1String("networkInterfaces"), Qt::CaseInsensitive) == 0)
        return Kind::NetworkInterface;
    if (last.compare(QLatin1String("publicIPAddresses"), Qt::CaseInsensitive) == 0)
        return Kind::PublicIpAddress;
    // Any other resource named by its id (a subnet, a NAT rule, a subscription, a tenant) is not
    // an NSG either.
    const bool nsg = id.contains(QLatin1String("/networkSecurityGroups/"), Qt::CaseInsensitive);
    if (!nsg
        && (id.contains(QLatin1String("/providers/"), Qt::CaseInsensitive)
            || id.startsWith(QLatin1String("/tenants/"), Qt::CaseInsensitive)
            || (id.startsWith(QLatin1String("/subscriptions/"), Qt::CaseInsensitive)
                && id.count(QLatin1Char('/')) <= 2)))
        return Kind::Other;
    return Kind::Unknown;
}

std::optional<NicNetwork> networkInterface(const json &object)
{
    NicNetwork nic;
    nic.id = toString(find(object, "id"));
    if (nic.id.isEmpty())
        return std::nullopt;
    nic.name = nameOf(object, nic.id);
    nic.nsgId = referenceId(armField(object, "networkSecurityGroup"));
    nic.virtualMachineId = referenceId(armField(object, "virtualMachine"));
    const json *configs = armField(object, "ipConfigurations");
    if (!configs || !configs->is_array()) {
        nic.problems.append(tr("it has no ipConfigurations"));
        return nic;
    }
    for (const json &c : *configs) {
        NicIpConfiguration config;
        config.id = toString(find(c, "id"));
        config.name = nameOf(c, config.id);
        config.privateIpAddress = toString(armField(c, "privateIPAddress"));
        config.subnetId = referenceId(armField(c, "subnet"));
        if (const json *pip = armField(c, "publicIPAddress"); pip && pip->is_object()) {
            config.publicIpId = toString(find(*pip, "id"));
            config.publicIpAddress = toString(armField(*pip, "ipAddress"));
        }
        config.applicationSecurityGroupIds = referenceIds(armField(c, "applicationSecurityGroups"));
        config.backendPoolIds = referenceIds(armField(c, "loadBalancerBackendAddressPools"));
        config.inboundNatRuleIds = referenceIds(armField(c, "loadBalancerInboundNatRules"))
            + referenceIds(armField(c, "loadBalancerInboundNatPools"));
        if (config.privateIpAddress.isEmpty())
            nic.problems.append(
                tr("its IP configuration '%1' has no private IP address").arg(config.name));
        if (config.subnetId.isEmpty())
            nic.problems.append(tr("its IP configuration '%1' names no subnet").arg(config.name));
        nic.ipConfigurations.push_back(std::move(config));
    }
    return nic;
}

std::optional<PublicIpAddress> publicIpAddress(const json &object)
{
    PublicIpAddress pip;
    pip.id = toString(find(object, "id"));
    if (pip.id.isEmpty())
        return std::nullopt;
    pip.name = nameOf(object, pip.id);
    const QString sku = skuName(object);
    pip.sku = typeIs(sku, "Standard") ? PublicIpAddress::Sku::Standard
        : typeIs(sku, "Basic")        ? PublicIpAddress::Sku::Basic
                                      : PublicIpAddress::Sku::Unknown;
    pip.ipAddress = toString(armField(object, "ipAddress"));
    pip.attachedTo = referenceId(armField(object, "ipConfiguration"));
    return pip;
}

std::optional<LoadBalancer> loadBalancer(const json &object)
{
    LoadBalancer lb;
    lb.id = toString(find(object, "id"));
    if (lb.id.isEmpty())
        return std::nullopt;
    lb.name = nameOf(object, lb.id);
    const QString sku = skuName(object);
    lb.sku = typeIs(sku, "Standard") ? LoadBalancer::Sku::Standard
        : typeIs(sku, "Basic")       ? LoadBalancer::Sku::Basic
        : typeIs(sku, "Gateway")     ? LoadBalancer::Sku::Gateway
                                     : LoadBalancer::Sku::Unknown;
    if (const json *fes = armField(object, "frontendIPConfigurations"); fes && fes->is_array()) {
        for (const json &f : *fes) {
            LoadBalancer::Frontend fe;
            fe.id = toString(find(f, "id"));
            fe.name = nameOf(f, fe.id);
            fe.publicIpId = referenceId(armField(f, "publicIPAddress"));
            fe.privateIpAddress = toString(armField(f, "privateIPAddress"));
            lb.frontends.push_back(std::move(fe));
        }
    }
    lb.backendPoolIds = referenceIds(armField(object, "backendAddressPools"));
    if (const json *pools = armField(object, "backendAddressPools"); pools && pools->is_array()) {
        for (const json &pool : *pools) {
            const QString poolId = toString(find(pool, "id"));
            const QStringList members = referenceIds(armField(pool, "backendIPConfigurations"));
            if (!members.isEmpty())
                lb.poolMembers.insert(poolId.toLower(), members);
            const json *addresses = armField(pool, "loadBalancerBackendAddresses");
            if (addresses && addresses->is_array() && !addresses->empty())
                lb.poolsByAddress.append(poolId);
        }
    }
    using RuleKind = LoadBalancer::Rule::Kind;
    for (const auto &[key, kind] : {std::pair{"loadBalancingRules", RuleKind::LoadBalancing},
                                    std::pair{"inboundNatRules", RuleKind::InboundNat},
                                    std::pair{"inboundNatPools", RuleKind::InboundNatPool}}) {
        if (const json *rules = armField(object, key); rules && rules->is_array()) {
            for (const json &r : *rules)
                lb.rules.push_back(lbRule(r, kind));
        }
    }
    return lb;
}

std::optional<VirtualNetwork> virtualNetwork(const json &object)
{
    VirtualNetwork vnet;
    vnet.id = toString(find(object, "id"));
    if (vnet.id.isEmpty())
        return std::nullopt;
    vnet.name = nameOf(object, vnet.id);
    if (const json *space = armField(object, "addressSpace"); space && space->is_object())
        vnet.addressSpace = strings(find(*space, "addressPrefixes"));
    if (const json *peerings = armField(object, "virtualNetworkPeerings");
        peerings && peerings->is_array()) {
        for (const json &p : *peerings) {
            const json *remote = armField(p, "remoteAddressSpace");
            if (remote && remote->is_object())
                vnet.peeredAddressSpace += strings(find(*remote, "addressPrefixes"));
        }
    }
    if (const json *subnets = armField(object, "subnets"); subnets && subnets->is_array()) {
        for (const json &s : *subnets) {
            SubnetNetwork subnet;
            subnet.id = toString(find(s, "id"));
            subnet.name = nameOf(s, subnet.id);
            subnet.addressPrefixes = strings(armField(s, "addressPrefixes"));
            if (subnet.addressPrefixes.isEmpty())
                subnet.addressPrefixes = strings(armField(s, "addressPrefix"));
            subnet.nsgId = referenceId(armField(s, "networkSecurityGroup"));
            subnet.routeTableId = referenceId(armField(s, "routeTable"));
            if (!subnet.id.isEmpty())
                vnet.subnets.push_back(std::move(subnet));
        }
    }
    return vnet;
}

std::optional<RouteTable> routeTable(const json &object)
{
    RouteTable table;
    table.id = toString(find(object, "id"));
    if (table.id.isEmpty())
        return std::nullopt;
    table.name = nameOf(object, table.id);
    if (const json *routes = armField(object, "routes"); routes && routes->is_array()) {
        for (const json &r : *routes) {
            table.routes.push_back(Route{
                nameOf(r, toString(find(r, "id"))), toString(armField(r, "addressPrefix")),
                toString(armField(r, "nextHopType")), toString(armField(r, "nextHopIpAddress"))});
        }
    }
    return table;
}

std::optional<AdminRule> adminRule(const json &object)
{
    AdminRule rule;
    rule.id = toString(find(object, "id"));
    if (rule.id.isEmpty())
        return std::nullopt;
    rule.name = nameOf(object, rule.id);
    const qint64 priority = number(armField(object, "priority"));
    rule.priority = priority >= 1 && priority <= 4096 ? int(priority) : -1;
    rule.rawAccess = toString(armField(object, "access"));
    rule.access = typeIs(rule.rawAccess, "Allow") ? AdminRule::Action::Allow
        : typeIs(rule.rawAccess, "AlwaysAllow")   ? AdminRule::Action::AlwaysAllow
        : typeIs(rule.rawAccess, "Deny")          ? AdminRule::Action::Deny
                                                  : AdminRule::Action::Invalid;
    rule.direction = parseDirection(toString(armField(object, "direction")).toStdString())
                         .value_or(Direction::Invalid);
    const QString protocol = toString(armField(object, "protocol"));
    rule.protocol = typeIs(protocol, "Any") || protocol == QLatin1String("*")
        ? Protocol::Any
        : parseProtocol(protocol.toStdString()).value_or(Protocol::Invalid);
    auto prefixes = [&object](const char *key) {
        QStringList out;
        const json *list = armField(object, key);
        if (list && list->is_array()) {
            for (const json &p : *list) {
                const QString prefix =
                    p.is_object() ? toString(find(p, "addressPrefix")) : toString(p);
                if (!prefix.isEmpty())
                    out.append(prefix);
            }
        }
        return out;
    };
    rule.sources = prefixes("sources");
    rule.destinations = prefixes("destinations");
    rule.sourcePortRanges = strings(armField(object, "sourcePortRanges"));
    rule.destinationPortRanges = strings(armField(object, "destinationPortRanges"));
    if (rule.access == AdminRule::Action::Invalid)
        rule.problem = tr("its access '%1' is not Allow, AlwaysAllow or Deny").arg(rule.rawAccess);
    else if (rule.priority < 0)
        rule.problem = tr("its priority is missing or not between 1 and 4096");
    else if (rule.direction == Direction::Invalid)
        rule.problem = tr("its direction is missing or not Inbound or Outbound");
    else if (rule.protocol == Protocol::Invalid)
        rule.problem = tr("its protocol '%1' is not known").arg(protocol);
    return rule;
}

std::vector<FirewallDnatRule> dnatRules(const json &group)
{
    std::vector<FirewallDnatRule> out;
    const QString id = toString(find(group, "id"));
    const json *collections = armField(group, "ruleCollections");
    if (!collections || !collections->is_array())
        return out;
    for (const json &c : *collections) {
        const json *action = find(c, "action");
        const QString type =
            action && action->is_object() ? toString(find(*action, "type")) : toString(action);
        if (!typeIs(toString(find(c, "ruleCollectionType")), "FirewallPolicyNatRuleCollection")
            && !typeIs(type, "DNAT"))
            continue;
        const json *rules = find(c, "rules");
        for (size_t i = 0; rules && rules->is_array() && i < rules->size(); ++i) {
            const json &r = (*rules)[i];
            FirewallDnatRule rule;
            rule.id = id;
            rule.collection = toString(find(c, "name"));
            rule.name = toString(find(r, "name"));
            rule.sourceAddresses = strings(find(r, "sourceAddresses"));
            rule.sourceIpGroups = strings(find(r, "sourceIpGroups"));
            rule.destinationAddresses = strings(find(r, "destinationAddresses"));
            rule.destinationPorts = strings(find(r, "destinationPorts"));
            rule.protocols = strings(find(r, "ipProtocols"));
            rule.translatedAddress = toString(find(r, "translatedAddress"));
            rule.translatedFqdn = toString(find(r, "translatedFqdn"));
            const json *port = find(r, "translatedPort");
            rule.translatedPort = port && port->is_number_integer()
                ? QString::number(port->get<qint64>())
                : toString(port);
            out.push_back(std::move(rule));
        }
    }
    return out;
}

ServiceTagData serviceTags(const json &object, const QString &source)
{
    ServiceTagData data;
    data.source = source;
    data.cloud = toString(find(object, "cloud"));
    const json *change = find(object, "changeNumber");
    data.changeNumber = change && change->is_number_integer()
        ? QString::number(change->get<qint64>())
        : toString(change);
    const json *values = find(object, "values");
    for (size_t i = 0; values && values->is_array() && i < values->size(); ++i) {
        const json &v = (*values)[i];
        QString name = toString(find(v, "name"));
        if (name.isEmpty())
            name = toString(find(v, "id"));
        if (!name.isEmpty())
            data.prefixes.insert(name.toLower(), strings(armField(v, "addressPrefixes")));
    }
    return data;
}

std::optional<ServiceTagData> serviceTagFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("nsg::OfflineScan", "cannot open %1: %2")
                     .arg(path, file.errorString());
        return std::nullopt;
    }
    const QByteArray bytes = file.readAll();
    const json doc =
        json::parse(bytes.constData(), bytes.constData() + bytes.size(), nullptr, false);
    if (doc.is_discarded()) {
        *error = QCoreApplication::translate(
                     "nsg::OfflineScan",
                     "%1 is not valid JSON (cut off?): no service tag was read from it")
                     .arg(path);
        return std::nullopt;
    }
    ServiceTagData data = serviceTags(doc, path);
    if (data.isEmpty()) {
        *error = QCoreApplication::translate(
                     "nsg::OfflineScan",
                     "%1 holds no service tag data (expected {\"changeNumber\", \"cloud\", "
                     "\"values\": [...]} as Microsoft publishes it)")
                     .arg(path);
        return std::nullopt;
    }
    return data;
}

QString adminRuleVirtualNetwork(const QString &rowId)
{
    const qsizetype at =
        rowId.indexOf(QLatin1String("/providers/Microsoft.Network/effectiveSecurityAdminRules/"), 0,
                      Qt::CaseInsensitive);
    if (at <= 0)
        return QString();
    const QString vnet = rowId.left(at);
    return vnet.contains(QLatin1String("/virtualNetworks/"), Qt::CaseInsensitive) ? vnet
                                                                                  : QString();
}

} // namespace NetworkJson

bool NetworkCollector::add(const json &object, const QString &source, const QString &path)
{
    using NetworkJson::Kind;
    const Kind kind = NetworkJson::kindOf(object);
    auto problem = [&](const QString &message) {
        m_inventory.problems.append(
            ResourceProblem{toString(find(object, "id")),
                            source + QLatin1String(": ") + path + QLatin1String(": ") + message});
    };
    QString seenId; // the id the duplicate check keeps (shared with the resource kept)
    // A resource read, or the problem of one without an id.
    auto keep = [&problem, &seenId](auto &&read, auto &into) {
        if (read) {
            if (read->id == seenId)
                read->id = seenId; // one copy of the id for the resource and its key
            into.push_back(std::move(*read));
        } else
            problem(QCoreApplication::translate("nsg::NetworkJson",
                                                "the resource has no id and cannot be placed"));
    };
    // The same resource found again in a later input is kept once, as NSGs are.
    switch (kind) {
    case Kind::NetworkInterface:
    case Kind::PublicIpAddress:
    case Kind::LoadBalancer:
    case Kind::VirtualNetwork:
    case Kind::RouteTable:
    case Kind::ApplicationSecurityGroup:
    case Kind::FirewallPolicyRuleCollectionGroup:
        if (const QString id = toString(find(object, "id")); !id.isEmpty()) {
            const ResourceKey key = ResourceKey::of(id);
            if (m_seen.contains(key)) {
                m_inventory.problems.append(ResourceProblem{
                    id,
                    QCoreApplication::translate("nsg::OfflineScan",
                                                "%1 %2: %3 was already read from an earlier "
                                                "input; this copy is ignored")
                        .arg(source, path, id)});
                return true;
            }
            m_seen.insert(key);
            seenId = id;
        }
        break;
    default:
        break;
    }
    switch (kind) {
    case Kind::Unknown:
        return false;
    case Kind::Other:
        problem(QCoreApplication::translate("nsg::NetworkJson",
                                            "skipped: %1 is not a resource the scan reads")
                    .arg(toString(find(object, "id"))));
        return true;
    case Kind::NetworkInterface: {
        std::optional<NicNetwork> nic = NetworkJson::networkInterface(object);
        if (nic) {
            // Ids that many resources name are kept once (subnets, NSGs, pools, …).
            intern(nic->nsgId);
            for (NicIpConfiguration &c : nic->ipConfigurations) {
                intern(c.subnetId);
                intern(c.publicIpId);
                for (QStringList *ids :
                     {&c.applicationSecurityGroupIds, &c.backendPoolIds, &c.inboundNatRuleIds}) {
                    for (QString &id : *ids)
                        intern(id);
                }
            }
        }
        keep(std::move(nic), m_inventory.interfaces);
        return true;
    }
    case Kind::PublicIpAddress:
        keep(NetworkJson::publicIpAddress(object), m_inventory.publicIps);
        return true;
    case Kind::LoadBalancer:
        keep(NetworkJson::loadBalancer(object), m_inventory.loadBalancers);
        return true;
    case Kind::VirtualNetwork: {
        std::optional<VirtualNetwork> vnet = NetworkJson::virtualNetwork(object);
        if (vnet) {
            for (SubnetNetwork &s : vnet->subnets) {
                intern(s.id);
                intern(s.nsgId);
                intern(s.routeTableId);
            }
        }
        keep(std::move(vnet), m_inventory.virtualNetworks);
        return true;
    }
    case Kind::RouteTable:
        keep(NetworkJson::routeTable(object), m_inventory.routeTables);
        return true;
    case Kind::ApplicationSecurityGroup:
        m_inventory.applicationSecurityGroupIds.append(seenId); // its id, shared with the key
        return true;
    case Kind::FirewallPolicy:
        return true; // its DNAT rules are in its rule collection groups, read as such
    case Kind::FirewallPolicyRuleCollectionGroup: {
        std::vector<FirewallDnatRule> rules = NetworkJson::dnatRules(object);
        for (FirewallDnatRule &r : rules)
            m_inventory.dnatRules.push_back(std::move(r));
        return true;
    }
    case Kind::ServiceTags: {
        ServiceTagData data = NetworkJson::serviceTags(object, source);
        if (data.isEmpty())
            problem(QCoreApplication::translate("nsg::NetworkJson",
                                                "service tag data without any tag in \"values\""));
        else
            addServiceTags(std::move(data));
        return true;
    }
    case Kind::EffectiveAdminRules: {
        m_inventory.adminRulesRead = true;
        addAdminRules(toString(find(object, "virtualNetworkId")), *find(object, "value"), source,
                      path + QLatin1String(".value"));
        return true;
    }
    case Kind::EffectiveAdminRule: {
        m_inventory.adminRulesRead = true;
        const QString vnet = NetworkJson::adminRuleVirtualNetwork(toString(find(object, "id")));
        if (vnet.isEmpty())
            m_pendingAdminRules.emplace_back(object, path);
        else
            addAdminRule(vnet, object);
        return true;
    }
    }
    return false;
}

void NetworkCollector::addAdminRules(const QString &vnetId, const json &rules,
                                     const QString &source, const QString &path)
{
    if (vnetId.isEmpty() || !rules.is_array()) {
        m_inventory.problems.append(ResourceProblem{
            vnetId,
            source + QLatin1String(": ") + path + QLatin1String(": ")
                + QCoreApplication::translate("nsg::NetworkJson",
                                              "effective admin rules need a virtualNetworkId and "
                                              "an array of rules in \"value\"")});
        return;
    }
    // The virtual network's entry exists even when no rule applies to it: read, and none.
    addAdminRule(vnetId, json());
    for (const json &rule : rules)
        addAdminRule(vnetId, rule);
}

void NetworkCollector::addAdminRule(const QString &vnetId, const json &object)
{
    // The network's entry, by id without case (a scan reads thousands of networks, each with
    // its rules).
    const ResourceKey key = ResourceKey::of(vnetId);
    auto at = m_adminRulesOf.constFind(key);
    if (at == m_adminRulesOf.constEnd()) {
        at = m_adminRulesOf.insert(key, m_inventory.adminRules.size());
        m_inventory.adminRules.push_back(VnetAdminRules{vnetId, {}});
    }
    if (object.is_null())
        return;
    VnetAdminRules *it = &m_inventory.adminRules[*at];
    if (std::optional<AdminRule> rule = NetworkJson::adminRule(object)) {
        it->rules.push_back(std::move(*rule));
    } else {
        AdminRule broken;
        broken.name = QStringLiteral("?");
        broken.problem =
            QCoreApplication::translate("nsg::NetworkJson", "an admin rule without an id");
        it->rules.push_back(std::move(broken));
    }
}

void NetworkCollector::setEnvelope(const json &top, const QString &source)
{
    Q_UNUSED(source)
    const QString vnet = toString(find(top, "virtualNetworkId"));
    if (vnet.isEmpty())
        return;
    addAdminRule(vnet, json());
    for (const auto &[rule, path] : m_pendingAdminRules)
        addAdminRule(vnet, rule);
    m_pendingAdminRules.clear();
}

void NetworkCollector::addServiceTags(ServiceTagData data)
{
    if (m_inventory.serviceTags.isEmpty()) {
        m_inventory.serviceTags = std::move(data);
        return;
    }
    m_inventory.problems.append(ResourceProblem{
        data.source,
        data.source + QLatin1String(": ")
            + QCoreApplication::translate("nsg::NetworkJson",
                                          "a second set of service tag data (%1, change %2): the "
                                          "first one read is kept")
                  .arg(data.cloud, data.changeNumber)});
}

void NetworkCollector::adminRulesNotRead(const QString &vnetId, const QString &why)
{
    m_inventory.adminRulesRead = true;
    m_inventory.adminRulesNotRead.insert(vnetId.toLower(), why);
}

void NetworkCollector::finishFile(const QString &source)
{
    for (const auto &[rule, path] : m_pendingAdminRules)
        m_inventory.problems.append(ResourceProblem{
            toString(find(rule, "id")),
            source + QLatin1String(": ") + path + QLatin1String(": ")
                + QCoreApplication::translate(
                    "nsg::NetworkJson",
                    "an effective admin rule whose virtual network is not named (wrap the rules "
                    "as {\"virtualNetworkId\": \"<vnet id>\", \"value\": [...]})")});
    m_pendingAdminRules.clear();
}

void NetworkCollector::intern(QString &id)
{
    if (id.isEmpty())
        return;
    if (const auto it = m_interned.constFind(id); it != m_interned.constEnd())
        id = *it; // shares the one copy
    else
        m_interned.insert(id);
}

NetworkInventory NetworkCollector::takeInventory()
{
    m_seen = QSet<ResourceKey>();
    m_adminRulesOf = QHash<ResourceKey, size_t>();
    m_interned = QSet<QString>();
    NetworkInventory out = std::move(m_inventory);
    m_inventory = NetworkInventory();
    return out;
}

} // namespace nsg
