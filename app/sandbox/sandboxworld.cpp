// SPDX-License-Identifier: MIT
#include "sandbox/sandboxworld.h"

#include "core/model/defaultrules.h"
#include "core/model/resourceid.h"
#include "core/util/ascii.h"
#include "core/util/jsonvalue.h"

#include <QCoreApplication>
#include <QHash>
#include <QRandomGenerator>
#include <QUuid>

#include <algorithm>

namespace nsg::sandbox {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("nsg::sandbox::SandboxWorld", text);
}

std::string s(const QString &q)
{
    return q.toStdString();
}

// Glob match of an RBAC action pattern ("*/read", "Microsoft.Network/*"), any letter case.
bool actionMatches(QStringView pattern, QStringView action)
{
    const qsizetype star = pattern.indexOf(QLatin1Char('*'));
    if (star < 0)
        return pattern.compare(action, Qt::CaseInsensitive) == 0;
    const QStringView head = pattern.left(star);
    const QStringView tail = pattern.mid(star + 1);
    if (!action.startsWith(head, Qt::CaseInsensitive))
        return false;
    const QStringView rest = action.mid(head.size());
    if (tail.isEmpty())
        return true;
    for (qsizetype i = 0; i <= rest.size(); ++i) {
        if (actionMatches(tail, rest.mid(i)))
            return true;
    }
    return false;
}

class Checker
{
public:
    QString error;
    bool ok() const { return error.isEmpty(); }
    const ojson *field(const ojson &obj, const char *key, const QString &path, bool required,
                       ojson::value_t type)
    {
        if (!error.isEmpty())
            return nullptr;
        if (!obj.is_object()) {
            error = tr("%1: expected an object").arg(path);
            return nullptr;
        }
        auto it = obj.find(key);
        if (it == obj.end()) {
            if (required)
                error = tr("%1.%2: missing").arg(path, QLatin1String(key));
            return nullptr;
        }
        const bool matches = it->type() == type
            || (type == ojson::value_t::number_integer && it->is_number_integer());
        if (!matches) {
            error =
                tr("%1.%2: expected %3")
                    .arg(path, QLatin1String(key), QString::fromLatin1(ojson(type).type_name()));
            return nullptr;
        }
        return &*it;
    }
    QString string(const ojson &obj, const char *key, const QString &path, bool required = true)
    {
        const ojson *v = field(obj, key, path, required, ojson::value_t::string);
        return v ? JsonValue::toString(*v) : QString();
    }
    void fail(const QString &why)
    {
        if (error.isEmpty())
            error = why;
    }
};

} // namespace

const Membership *Account::membership(const QString &tenantId) const
{
    for (const Membership &m : tenants) {
        if (m.tenantId.compare(tenantId, Qt::CaseInsensitive) == 0)
            return &m;
    }
    return nullptr;
}

std::optional<GenerateSpec> GenerateSpec::parse(const QString &text, QString *error)
{
    GenerateSpec spec;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString key = part.section(QLatin1Char('='), 0, 0).trimmed();
        const QString value = part.section(QLatin1Char('='), 1).trimmed();
        bool ok = false;
        if (key == QLatin1String("tenants"))
            spec.tenants = value.toInt(&ok);
        else if (key == QLatin1String("subs"))
            spec.subscriptions = value.toInt(&ok);
        else if (key == QLatin1String("nsgs"))
            spec.nsgsPerSubscription = value.toInt(&ok);
        else if (key == QLatin1String("rules"))
            spec.rules = value.toInt(&ok);
        else if (key == QLatin1String("exposed"))
            spec.exposedFraction = value.toDouble(&ok);
        else if (key == QLatin1String("seed"))
            spec.seed = value.toULongLong(&ok);
        if (!ok) {
            if (error)
                *error = tr("bad --generate item '%1' (expected tenants=T,subs=S,nsgs=N,rules=R,"
                            "exposed=F,seed=K)")
                             .arg(part);
            return std::nullopt;
        }
    }
    if (spec.tenants < 1 || spec.subscriptions < spec.tenants || spec.nsgsPerSubscription < 0
        || spec.rules < 0 || spec.exposedFraction < 0 || spec.exposedFraction > 1) {
        if (error)
            *error = tr("--generate needs tenants >= 1, subs >= tenants, nsgs >= 0, rules >= 0 "
                        "and 0 <= exposed <= 1");
        return std::nullopt;
    }
    return spec;
}

SandboxWorld::SandboxWorld() = default;

const Tenant *SandboxWorld::tenant(const QString &idOrDomain) const
{
    for (const Tenant &t : m_tenants) {
        if (t.id.compare(idOrDomain, Qt::CaseInsensitive) == 0
            || t.defaultDomain.compare(idOrDomain, Qt::CaseInsensitive) == 0
            || t.domains.contains(idOrDomain, Qt::CaseInsensitive))
            return &t;
    }
    return nullptr;
}

const Account *SandboxWorld::account(const QString &upn) const
{
    for (const Account &a : m_accounts) {
        if (a.kind == Account::Kind::User
            && a.userPrincipalName.compare(upn, Qt::CaseInsensitive) == 0)
            return &a;
    }
    return nullptr;
}

const Account *SandboxWorld::application(const QString &appId) const
{
    for (const Account &a : m_accounts) {
        if (a.kind != Account::Kind::User && a.appId.compare(appId, Qt::CaseInsensitive) == 0)
            return &a;
    }
    return nullptr;
}

const Account *SandboxWorld::managedIdentity(const QString &clientId) const
{
    for (const Account &a : m_accounts) {
        if (a.kind != Account::Kind::ManagedIdentity)
            continue;
        if (clientId.isEmpty() ? a.systemAssigned
                               : a.appId.compare(clientId, Qt::CaseInsensitive) == 0)
            return &a;
    }
    return nullptr;
}

const SandboxWorld::Subscription *SandboxWorld::subscription(const QString &id) const
{
    for (const Subscription &sub : m_subscriptions) {
        if (sub.id.compare(id, Qt::CaseInsensitive) == 0)
            return &sub;
    }
    return nullptr;
}

QStringList SandboxWorld::roleActions(const QString &role)
{
    if (role == QLatin1String("Owner") || role == QLatin1String("Contributor"))
        return {QStringLiteral("*")};
    if (role == QLatin1String("Reader"))
        return {QStringLiteral("*/read")};
    if (role == QLatin1String("Network Contributor")) {
        return {QStringLiteral("Microsoft.Authorization/*/read"),
                QStringLiteral("Microsoft.Insights/alertRules/*"),
                QStringLiteral("Microsoft.Network/*"),
                QStringLiteral("Microsoft.ResourceHealth/availabilityStatuses/read"),
                QStringLiteral("Microsoft.Resources/deployments/*"),
                QStringLiteral("Microsoft.Resources/subscriptions/resourceGroups/read"),
                QStringLiteral("Microsoft.Support/*")};
    }
    if (role == QLatin1String("Billing Reader")) {
        return {QStringLiteral("Microsoft.Authorization/*/read"),
                QStringLiteral("Microsoft.Billing/*/read"),
                QStringLiteral("Microsoft.Commerce/*/read"),
                QStringLiteral("Microsoft.Consumption/*/read"),
                QStringLiteral("Microsoft.Management/managementGroups/read"),
                QStringLiteral("Microsoft.CostManagement/*/read"),
                QStringLiteral("Microsoft.Support/*")};
    }
    return {};
}

QStringList SandboxWorld::actionsAt(const Account &account, const QString &scope) const
{
    QStringList actions;
    const QString target = scope.toLower() + QLatin1Char('/');
    for (const RoleAssignment &r : account.roles) {
        // An assignment applies at its scope and everything below it.
        if (target.startsWith(r.scope.toLower() + QLatin1Char('/'))) {
            for (const QString &a : roleActions(r.role)) {
                if (!actions.contains(a))
                    actions.append(a);
            }
        }
    }
    return actions;
}

bool SandboxWorld::mayPerform(const Account &account, const QString &scope,
                              const QString &action) const
{
    for (const QString &pattern : actionsAt(account, scope)) {
        if (actionMatches(pattern, action))
            return true;
    }
    return false;
}

bool SandboxWorld::seesSubscription(const Account &account, const QString &subscriptionId) const
{
    const QString prefix = QStringLiteral("/subscriptions/") + subscriptionId.toLower();
    for (const RoleAssignment &r : account.roles) {
        const QString scope = r.scope.toLower();
        if (scope == prefix || scope.startsWith(prefix + QLatin1Char('/')))
            return true;
    }
    return false;
}

std::string SandboxWorld::newEtag()
{
    return "W/\"" + s(QUuid::createUuid().toString(QUuid::WithoutBraces)) + "\"";
}

void SandboxWorld::recordChange(Change change)
{
    if (change.changeId.isEmpty())
        change.changeId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_changes.push_back(std::move(change));
}

ojson SandboxWorld::completeNsg(ojson in, const Subscription &sub) const
{
    const QString rg = JsonValue::toString(in["resourceGroup"]);
    const QString name = JsonValue::toString(in["name"]);
    const std::string id = "/subscriptions/" + s(sub.id) + "/resourceGroups/" + s(rg)
        + "/providers/Microsoft.Network/networkSecurityGroups/" + s(name);
    const std::string etag = in.contains("etag") ? in["etag"].get<std::string>()
                                                 : const_cast<SandboxWorld *>(this)->newEtag();
    auto rule = [&](const ojson &r, const char *kind) {
        ojson props = r.value("properties", ojson::object());
        ojson p;
        p["provisioningState"] = "Succeeded";
        for (auto &[k, v] : props.items())
            p[k] = v;
        for (const char *plural : {"sourcePortRanges", "destinationPortRanges",
                                   "sourceAddressPrefixes", "destinationAddressPrefixes"}) {
            if (!p.contains(plural))
                p[plural] = ojson::array();
        }
        return ojson{{"name", r["name"]},
                     {"id", id + "/" + kind + "/" + r["name"].get<std::string>()},
                     {"etag", etag},
                     {"type", std::string("Microsoft.Network/networkSecurityGroups/") + kind},
                     {"properties", p}};
    };
    ojson rules = ojson::array();
    for (const ojson &r : in.value("securityRules", ojson::array()))
        rules.push_back(rule(r, "securityRules"));
    ojson defaults = ojson::array();
    for (const DefaultRuleSpec &d : kAzureDefaultRules) {
        defaults.push_back(rule(ojson{{"name", d.name},
                                      {"properties",
                                       {{"description", d.description},
                                        {"protocol", "*"},
                                        {"sourcePortRange", "*"},
                                        {"destinationPortRange", "*"},
                                        {"sourceAddressPrefix", d.source},
                                        {"destinationAddressPrefix", d.destination},
                                        {"access", d.access},
                                        {"priority", d.priority},
                                        {"direction", d.direction}}}},
                                "defaultSecurityRules"));
    }
    ojson subnets = ojson::array(), nics = ojson::array();
    // Associations follow from the subnets and NICs that name this NSG.
    auto namesThis = [&id](const ojson &props) {
        const auto ref = props.find("networkSecurityGroup");
        return ref != props.end()
            && ascii::equalsIgnoreCase(ref->at("id").get_ref<const std::string &>(), id);
    };
    for (const ojson &vnet : sub.virtualNetworks) {
        for (const ojson &subnet : vnet["properties"]["subnets"]) {
            if (namesThis(subnet["properties"]))
                subnets.push_back({{"id", subnet["id"]}});
        }
    }
    for (const ojson &nic : sub.networkInterfaces) {
        if (namesThis(nic["properties"]))
            nics.push_back({{"id", nic["id"]}});
    }
    ojson out;
    out["name"] = name.toStdString();
    out["id"] = id;
    out["etag"] = etag;
    out["type"] = "Microsoft.Network/networkSecurityGroups";
    out["location"] = in.value("location", std::string("westeurope"));
    out["tags"] = in.value("tags", ojson::object());
    ojson props;
    props["provisioningState"] = "Succeeded";
    props["resourceGuid"] =
        s(QUuid::createUuidV5(QUuid(), QString::fromStdString(id)).toString(QUuid::WithoutBraces));
    props["flushConnection"] = false;
    props["securityRules"] = rules;
    props["defaultSecurityRules"] = defaults;
    if (!nics.empty())
        props["networkInterfaces"] = nics;
    if (!subnets.empty())
        props["subnets"] = subnets;
    out["properties"] = props;
    return out;
}

namespace {

// The resource types a tenant file may hold in a subscription's "resources", lower case.
bool isServedType(const QString &type)
{
    static const QStringList types{
        QStringLiteral("microsoft.network/publicipaddresses"),
        QStringLiteral("microsoft.network/loadbalancers"),
        QStringLiteral("microsoft.network/routetables"),
        QStringLiteral("microsoft.network/applicationsecuritygroups"),
        QStringLiteral("microsoft.network/firewallpolicies"),
        QStringLiteral("microsoft.network/firewallpolicies/rulecollectiongroups")};
    return types.contains(type);
}

// The tenant file's text with "{subscriptionId}" standing for the subscription's id.
ojson withSubscription(const ojson &in, const QString &subscriptionId)
{
    std::string text = in.dump();
    const std::string token = "{subscriptionId}";
    for (size_t at = text.find(token); at != std::string::npos; at = text.find(token, at))
        text.replace(at, token.size(), subscriptionId.toStdString());
    return ojson::parse(text);
}

void keepNsgRef(const ojson &props, std::vector<std::string> &nsgRefs)
{
    if (!props.is_object())
        return;
    const auto ref = props.find("networkSecurityGroup");
    if (ref != props.end() && ref->is_object() && ref->contains("id") && (*ref)["id"].is_string())
        nsgRefs.push_back((*ref)["id"].get<std::string>());
}

// A subscription's "resources" (full ARM objects of the reachability view),
// "effectiveSecurityAdminRules" and "expectEndpoints".
void readNetworkResources(Checker &c, const ojson &in, const QString &path,
                          SandboxWorld::Subscription &sub, std::vector<std::string> &nsgRefs)
{
    if (const ojson *list = c.field(in, "resources", path, false, ojson::value_t::array)) {
        const ojson resources = withSubscription(*list, sub.id);
        for (size_t k = 0; k < resources.size() && c.ok(); ++k) {
            const ojson &res = resources[k];
            const QString rpath = path + QStringLiteral(".resources[%1]").arg(k);
            const QString id = c.string(res, "id", rpath);
            const QString type = c.string(res, "type", rpath).toLower();
            c.string(res, "name", rpath);
            c.field(res, "properties", rpath, true, ojson::value_t::object);
            if (!c.ok())
                break;
            const ResourceId rid = ResourceId::parse(id);
            if (rid.subscriptionId.compare(sub.id, Qt::CaseInsensitive) != 0
                || rid.resourceGroup.isEmpty())
                c.fail(QCoreApplication::translate(
                           "nsg::sandbox::SandboxWorld",
                           "%1.id: '%2' is not a resource of this subscription")
                           .arg(rpath, id));
            else if (type == QLatin1String("microsoft.network/networkinterfaces")) {
                keepNsgRef(res["properties"], nsgRefs);
                sub.networkInterfaces.push_back(res);
            } else if (type == QLatin1String("microsoft.network/virtualnetworks")) {
                for (const ojson &subnet : res["properties"].value("subnets", ojson::array()))
                    keepNsgRef(subnet.value("properties", ojson()), nsgRefs);
                sub.virtualNetworks.push_back(res);
            } else if (type == QLatin1String("microsoft.resources/deployments")) {
                sub.deployments.push_back(res);
            } else if (isServedType(type))
                sub.resources.push_back(res);
            else
                c.fail(QCoreApplication::translate("nsg::sandbox::SandboxWorld",
                                                   "%1.type: the sandbox does not serve '%2'")
                           .arg(rpath, type));
        }
    }
    if (const ojson *list =
            c.field(in, "effectiveSecurityAdminRules", path, false, ojson::value_t::array)) {
        const ojson sets = withSubscription(*list, sub.id);
        for (size_t k = 0; k < sets.size() && c.ok(); ++k) {
            const QString apath = path + QStringLiteral(".effectiveSecurityAdminRules[%1]").arg(k);
            const QString vnet = c.string(sets[k], "virtualNetworkId", apath);
            const ojson *rules = c.field(sets[k], "value", apath, true, ojson::value_t::array);
            if (!c.ok())
                break;
            const bool known = std::any_of(
                sub.virtualNetworks.begin(), sub.virtualNetworks.end(), [&](const ojson &v) {
                    return ascii::equalsIgnoreCase(v["id"].get_ref<const std::string &>(),
                                                   vnet.toStdString());
                });
            if (!known)
                c.fail(QCoreApplication::translate(
                           "nsg::sandbox::SandboxWorld",
                           "%1.virtualNetworkId: no virtual network '%2' in this subscription")
                           .arg(apath, vnet));
            sub.effectiveAdminRules[vnet.toLower().toStdString()] = *rules;
        }
    }
    if (const ojson *list = c.field(in, "expectEndpoints", path, false, ojson::value_t::array)) {
        const ojson expected = withSubscription(*list, sub.id);
        for (size_t k = 0; k < expected.size() && c.ok(); ++k) {
            const QString epath = path + QStringLiteral(".expectEndpoints[%1]").arg(k);
            for (const char *key : {"via", "viaId", "networkInterfaceId", "verdict"})
                c.string(expected[k], key, epath);
            c.field(expected[k], "frontendPort", epath, true, ojson::value_t::number_integer);
            sub.expectedEndpoints.push_back(expected[k]);
        }
    }
}

} // namespace

bool SandboxWorld::loadTenantFile(const QByteArray &bytes, QString *errorOut)
{
    const ojson doc =
        ojson::parse(bytes.constData(), bytes.constData() + bytes.size(), nullptr, false);
    Checker c;
    if (doc.is_discarded())
        c.fail(tr("the tenant file is not valid JSON"));
    QList<Tenant> tenants;
    QList<Account> accounts;
    std::vector<Subscription> subscriptions;
    std::map<QString, NsgEntry> entries;
    std::map<QString, ojson> written;

    const ojson *tenantList =
        c.field(doc, "tenants", QStringLiteral("$"), true, ojson::value_t::array);
    for (size_t i = 0; tenantList && i < tenantList->size() && c.ok(); ++i) {
        const ojson &t = (*tenantList)[i];
        const QString path = QStringLiteral("$.tenants[%1]").arg(i);
        Tenant tenant;
        tenant.id = c.string(t, "tenantId", path);
        tenant.displayName = c.string(t, "displayName", path);
        tenant.defaultDomain = c.string(t, "defaultDomain", path);
        tenant.countryCode = c.string(t, "countryCode", path, false);
        if (const ojson *d = c.field(t, "domains", path, false, ojson::value_t::array)) {
            for (const ojson &domain : *d)
                tenant.domains.append(JsonValue::toString(domain));
        }
        if (!tenant.domains.contains(tenant.defaultDomain))
            tenant.domains.prepend(tenant.defaultDomain);
        if (QUuid::fromString(tenant.id).isNull())
            c.fail(tr("%1.tenantId: '%2' is not a GUID").arg(path, tenant.id));
        tenants.append(tenant);
    }
    auto tenantKnown = [&tenants](const QString &id) {
        return std::any_of(tenants.begin(), tenants.end(),
                           [&](const Tenant &t) { return t.id == id; });
    };

    const ojson *subList =
        c.field(doc, "subscriptions", QStringLiteral("$"), true, ojson::value_t::array);
    for (size_t i = 0; subList && i < subList->size() && c.ok(); ++i) {
        const ojson &in = (*subList)[i];
        const QString path = QStringLiteral("$.subscriptions[%1]").arg(i);
        Subscription sub;
        sub.id = c.string(in, "subscriptionId", path);
        sub.tenantId = c.string(in, "tenantId", path);
        sub.displayName = c.string(in, "displayName", path);
        sub.state = c.string(in, "state", path, false);
        if (sub.state.isEmpty())
            sub.state = QStringLiteral("Enabled");
        if (!c.ok())
            break;
        if (!tenantKnown(sub.tenantId))
            c.fail(tr("%1.tenantId: no such tenant").arg(path));
        if (const ojson *managers =
                c.field(in, "managedByTenants", path, false, ojson::value_t::array)) {
            for (const ojson &m : *managers) {
                const QString manager = JsonValue::toString(m);
                if (!tenantKnown(manager))
                    c.fail(tr("%1.managedByTenants: no tenant '%2'").arg(path, manager));
                sub.managedByTenants.append(manager);
            }
        }
        static const QStringList states{QStringLiteral("Enabled"), QStringLiteral("Warned"),
                                        QStringLiteral("PastDue"), QStringLiteral("Disabled"),
                                        QStringLiteral("Deleted")};
        if (!states.contains(sub.state))
            c.fail(tr("%1.state: '%2' is not a subscription state").arg(path, sub.state));
        const std::string base = "/subscriptions/" + s(sub.id) + "/resourceGroups/";
        auto nsgRef = [&](const QString &ref, const QString &group) {
            const QString g =
                ref.contains(QLatin1Char('/')) ? ref.section(QLatin1Char('/'), 0, 0) : group;
            return base + s(g) + "/providers/Microsoft.Network/networkSecurityGroups/"
                + s(ref.section(QLatin1Char('/'), -1));
        };
        std::vector<std::string> nsgRefs; // checked once the NSGs are read
        std::vector<std::pair<QString, std::string>> resourceRefs; // (path, id), checked at the end
        if (const ojson *vnets =
                c.field(in, "virtualNetworks", path, false, ojson::value_t::array)) {
            for (size_t v = 0; v < vnets->size() && c.ok(); ++v) {
                const ojson &vn = (*vnets)[v];
                const QString vpath = path + QStringLiteral(".virtualNetworks[%1]").arg(v);
                const QString name = c.string(vn, "name", vpath);
                const QString group = c.string(vn, "resourceGroup", vpath);
                const std::string id =
                    base + s(group) + "/providers/Microsoft.Network/virtualNetworks/" + s(name);
                ojson subnets = ojson::array();
                const ojson *subnetList =
                    c.field(vn, "subnets", vpath, true, ojson::value_t::array);
                for (size_t k = 0; subnetList && k < subnetList->size() && c.ok(); ++k) {
                    const ojson &sn = (*subnetList)[k];
                    const QString spath = vpath + QStringLiteral(".subnets[%1]").arg(k);
                    const QString subnetName = c.string(sn, "name", spath);
                    ojson props{{"provisioningState", "Succeeded"},
                                {"addressPrefix", s(c.string(sn, "addressPrefix", spath))}};
                    const QString ref = c.string(sn, "networkSecurityGroup", spath, false);
                    if (!ref.isEmpty()) {
                        props["networkSecurityGroup"] = {{"id", nsgRef(ref, group)}};
                        nsgRefs.push_back(nsgRef(ref, group));
                    }
                    const QString table = c.string(sn, "routeTable", spath, false);
                    if (!table.isEmpty()) {
                        const QString g = table.contains(QLatin1Char('/'))
                            ? table.section(QLatin1Char('/'), 0, 0)
                            : group;
                        const std::string tableId = base + s(g)
                            + "/providers/Microsoft.Network/routeTables/"
                            + s(table.section(QLatin1Char('/'), -1));
                        props["routeTable"] = {{"id", tableId}};
                        resourceRefs.emplace_back(spath + QStringLiteral(".routeTable"), tableId);
                    }
                    subnets.push_back({{"name", s(subnetName)},
                                       {"id", id + "/subnets/" + s(subnetName)},
                                       {"type", "Microsoft.Network/virtualNetworks/subnets"},
                                       {"properties", props}});
                }
                ojson prefixes = vn.value("addressPrefixes", ojson::array());
                sub.virtualNetworks.push_back(
                    {{"name", s(name)},
                     {"id", id},
                     {"etag",
                      "W/\"" + s(QUuid::createUuid().toString(QUuid::WithoutBraces)) + "\""},
                     {"type", "Microsoft.Network/virtualNetworks"},
                     {"location", vn.value("location", std::string("westeurope"))},
                     {"properties",
                      {{"provisioningState", "Succeeded"},
                       {"addressSpace", {{"addressPrefixes", prefixes}}},
                       {"subnets", subnets}}}});
            }
        }
        if (const ojson *nics =
                c.field(in, "networkInterfaces", path, false, ojson::value_t::array)) {
            for (size_t n = 0; n < nics->size() && c.ok(); ++n) {
                const ojson &nic = (*nics)[n];
                const QString npath = path + QStringLiteral(".networkInterfaces[%1]").arg(n);
                const QString name = c.string(nic, "name", npath);
                const QString group = c.string(nic, "resourceGroup", npath);
                // "vnet/subnet" in the NIC's resource group, or "rg/vnet/subnet".
                const QString subnet = c.string(nic, "subnet", npath);
                const QStringList parts = subnet.split(QLatin1Char('/'));
                const QString subnetGroup = parts.size() == 3 ? parts[0] : group;
                const std::string id =
                    base + s(group) + "/providers/Microsoft.Network/networkInterfaces/" + s(name);
                const std::string subnetId = base + s(subnetGroup)
                    + "/providers/Microsoft.Network/virtualNetworks/"
                    + s(parts.value(parts.size() - 2)) + "/subnets/"
                    + s(parts.value(parts.size() - 1));
                bool subnetExists = false;
                for (const ojson &vn : sub.virtualNetworks) {
                    for (const ojson &sn : vn["properties"]["subnets"]) {
                        subnetExists = subnetExists
                            || ascii::equalsIgnoreCase(sn["id"].get_ref<const std::string &>(),
                                                       subnetId);
                    }
                }
                if (!subnetExists)
                    c.fail(tr("%1.subnet: no subnet '%2' in this subscription").arg(npath, subnet));
                ojson ipProps{{"privateIPAddress", s(c.string(nic, "privateIPAddress", npath))},
                              {"privateIPAllocationMethod", "Dynamic"},
                              {"subnet", {{"id", subnetId}}},
                              {"primary", true}};
                const QString pip = c.string(nic, "publicIPAddress", npath, false);
                if (!pip.isEmpty()) {
                    const std::string pipId = base + s(group)
                        + "/providers/Microsoft.Network/publicIPAddresses/" + s(name) + "-pip";
                    ipProps["publicIPAddress"] = {{"id", pipId},
                                                  {"properties", {{"ipAddress", s(pip)}}}};
                    // A Standard SKU address, as Azure creates them now (Basic is retired).
                    sub.resources.push_back(
                        {{"name", s(name) + "-pip"},
                         {"id", pipId},
                         {"type", "Microsoft.Network/publicIPAddresses"},
                         {"location", nic.value("location", std::string("westeurope"))},
                         {"sku", {{"name", "Standard"}, {"tier", "Regional"}}},
                         {"properties",
                          {{"provisioningState", "Succeeded"},
                           {"ipAddress", s(pip)},
                           {"publicIPAddressVersion", "IPv4"},
                           {"publicIPAllocationMethod", "Static"},
                           {"idleTimeoutInMinutes", 4},
                           {"ipConfiguration", {{"id", id + "/ipConfigurations/ipconfig1"}}}}}});
                }
                ojson props{{"provisioningState", "Succeeded"},
                            {"ipConfigurations",
                             {{{"name", "ipconfig1"},
                               {"id", id + "/ipConfigurations/ipconfig1"},
                               {"properties", ipProps}}}}};
                const QString ref = c.string(nic, "networkSecurityGroup", npath, false);
                if (!ref.isEmpty()) {
                    props["networkSecurityGroup"] = {{"id", nsgRef(ref, group)}};
                    nsgRefs.push_back(nsgRef(ref, group));
                }
                sub.networkInterfaces.push_back(
                    {{"name", s(name)},
                     {"id", id},
                     {"etag",
                      "W/\"" + s(QUuid::createUuid().toString(QUuid::WithoutBraces)) + "\""},
                     {"type", "Microsoft.Network/networkInterfaces"},
                     {"location", nic.value("location", std::string("westeurope"))},
                     {"properties", props}});
            }
        }
        readNetworkResources(c, in, path, sub, nsgRefs);
        if (const ojson *nsgs =
                c.field(in, "networkSecurityGroups", path, false, ojson::value_t::array)) {
            for (size_t n = 0; n < nsgs->size() && c.ok(); ++n) {
                const ojson &nsg = (*nsgs)[n];
                const QString npath = path + QStringLiteral(".networkSecurityGroups[%1]").arg(n);
                NsgEntry entry;
                entry.subscriptionId = sub.id;
                entry.name = c.string(nsg, "name", npath);
                entry.resourceGroup = c.string(nsg, "resourceGroup", npath);
                entry.location = c.string(nsg, "location", npath);
                const ojson *expect =
                    c.field(nsg, "expectExposed", npath, true, ojson::value_t::boolean);
                entry.expectExposed = expect && expect->get<bool>();
                entry.expectReachability = c.string(nsg, "expectReachability", npath, false);
                const ojson *rules =
                    c.field(nsg, "securityRules", npath, true, ojson::value_t::array);
                for (size_t r = 0; rules && r < rules->size() && c.ok(); ++r) {
                    const QString rpath = npath + QStringLiteral(".securityRules[%1]").arg(r);
                    c.string((*rules)[r], "name", rpath);
                    c.field((*rules)[r], "properties", rpath, true, ojson::value_t::object);
                }
                if (!c.ok())
                    break;
                const ojson complete = completeNsg(nsg, sub);
                entry.id = QString::fromStdString(complete["id"].get<std::string>());
                if (entries.count(key(entry.id)))
                    c.fail(tr("%1: a second NSG with the id %2").arg(npath, entry.id));
                entries[key(entry.id)] = entry;
                written[key(entry.id)] = complete;
            }
        }
        for (const std::string &ref : nsgRefs) {
            if (!entries.count(key(QString::fromStdString(ref))))
                c.fail(tr("%1: a subnet or NIC names %2, which is not in the file")
                           .arg(path, QString::fromStdString(ref)));
        }
        for (const auto &[refPath, ref] : resourceRefs) {
            const bool found =
                std::any_of(sub.resources.begin(), sub.resources.end(), [&](const ojson &r) {
                    return ascii::equalsIgnoreCase(r["id"].get_ref<const std::string &>(), ref);
                });
            if (!found)
                c.fail(tr("%1: %2 is not in the file").arg(refPath, QString::fromStdString(ref)));
        }
        subscriptions.push_back(std::move(sub));
    }

    const ojson *accountList =
        c.field(doc, "accounts", QStringLiteral("$"), true, ojson::value_t::array);
    for (size_t i = 0; accountList && i < accountList->size() && c.ok(); ++i) {
        const ojson &a = (*accountList)[i];
        const QString path = QStringLiteral("$.accounts[%1]").arg(i);
        Account account;
        if (const ojson *app =
                c.field(a, "servicePrincipal", path, false, ojson::value_t::object)) {
            const QString apath = path + QStringLiteral(".servicePrincipal");
            account.kind = Account::Kind::ServicePrincipal;
            account.appId = c.string(*app, "appId", apath);
            account.clientSecret =
                QString::fromStdString(app->value("clientSecret", std::string()));
            if (const ojson *certs =
                    c.field(*app, "certificates", apath, false, ojson::value_t::array)) {
                for (const ojson &pem : *certs) {
                    if (pem.is_string())
                        account.certificates.append(
                            QByteArray::fromStdString(pem.get<std::string>()));
                    else
                        c.fail(tr("%1.certificates: each is a PEM string").arg(apath));
                }
            }
            if (c.ok() && account.clientSecret.isEmpty() && account.certificates.isEmpty())
                c.fail(tr("%1: a clientSecret or certificates").arg(apath));
        } else if (const ojson *mi =
                       c.field(a, "managedIdentity", path, false, ojson::value_t::object)) {
            account.kind = Account::Kind::ManagedIdentity;
            account.appId = c.string(*mi, "clientId", path + QStringLiteral(".managedIdentity"));
            account.systemAssigned = mi->value("systemAssigned", false);
        }
        if (account.kind == Account::Kind::User)
            account.userPrincipalName = c.string(a, "userPrincipalName", path);
        else
            account.userPrincipalName = account.appId;
        account.objectId = c.string(a, "objectId", path);
        account.displayName = c.string(a, "displayName", path);
        account.homeTenantId = c.string(a, "homeTenantId", path);
        if (!tenantKnown(account.homeTenantId))
            c.fail(tr("%1.homeTenantId: no such tenant").arg(path));
        account.tenants.append(Membership{account.homeTenantId, false, false});
        if (const ojson *ms = c.field(a, "tenants", path, false, ojson::value_t::array)) {
            for (size_t k = 0; k < ms->size() && c.ok(); ++k) {
                const QString mpath = path + QStringLiteral(".tenants[%1]").arg(k);
                Membership m;
                m.tenantId = c.string((*ms)[k], "tenantId", mpath);
                m.guest = (*ms)[k].value("guest", false);
                m.interactionRequired = (*ms)[k].value("interactionRequired", false);
                if (!tenantKnown(m.tenantId))
                    c.fail(tr("%1.tenantId: no such tenant").arg(mpath));
                if (m.tenantId == account.homeTenantId)
                    account.tenants.front() = m;
                else
                    account.tenants.append(m);
            }
        }
        if (const ojson *roles = c.field(a, "roles", path, false, ojson::value_t::array)) {
            for (size_t k = 0; k < roles->size() && c.ok(); ++k) {
                const QString rpath = path + QStringLiteral(".roles[%1]").arg(k);
                RoleAssignment r{c.string((*roles)[k], "scope", rpath),
                                 c.string((*roles)[k], "role", rpath)};
                if (c.ok() && roleActions(r.role).isEmpty())
                    c.fail(tr("%1.role: '%2' is not a role the sandbox knows").arg(rpath, r.role));
                const ResourceId scope = ResourceId::parse(r.scope);
                const bool known = std::any_of(
                    subscriptions.begin(), subscriptions.end(), [&](const Subscription &sb) {
                        return sb.id.compare(scope.subscriptionId, Qt::CaseInsensitive) == 0;
                    });
                if (c.ok() && !known)
                    c.fail(tr("%1.scope: no such subscription in '%2'").arg(rpath, r.scope));
                account.roles.append(r);
            }
        }
        accounts.append(account);
    }
    ojson serviceTags;
    if (const ojson *tags =
            c.field(doc, "serviceTags", QStringLiteral("$"), false, ojson::value_t::object)) {
        c.field(*tags, "values", QStringLiteral("$.serviceTags"), true, ojson::value_t::array);
        serviceTags = *tags;
    }
    if (!c.ok()) {
        if (errorOut)
            *errorOut = c.error;
        return false;
    }
    m_serviceTags = std::move(serviceTags);
    m_tenants = tenants;
    m_accounts = accounts;
    m_subscriptions = std::move(subscriptions);
    m_entries = std::move(entries);
    m_written = std::move(written);
    m_estate.reset();
    m_generatedNetworks.clear();
    return true;
}

void SandboxWorld::generate(const GenerateSpec &spec)
{
    m_spec = spec;
    m_estate.emplace(spec.seed);
    m_generatedNetworks.clear();
    m_tenants.clear();
    m_accounts.clear();
    m_subscriptions.clear();
    m_entries.clear();
    m_written.clear();
    for (int t = 0; t < spec.tenants; ++t) {
        Tenant tenant;
        tenant.id = SyntheticEstate::subscriptionIdFor(spec.seed ^ 0x7e7a7e7au, t);
        tenant.displayName = QStringLiteral("Generated Tenant %1").arg(t);
        tenant.defaultDomain = QStringLiteral("gen%1.onmicrosoft.com").arg(t);
        tenant.domains = {tenant.defaultDomain};
        tenant.countryCode = QStringLiteral("DE");
        m_tenants.append(tenant);
    }
    Account reviewer;
    reviewer.userPrincipalName = QStringLiteral("reviewer@gen0.onmicrosoft.com");
    reviewer.objectId = SyntheticEstate::subscriptionIdFor(spec.seed ^ 0xacc0u, 0);
    reviewer.displayName = QStringLiteral("Generated Reviewer");
    reviewer.homeTenantId = m_tenants.front().id;
    Account reader = reviewer;
    reader.userPrincipalName = QStringLiteral("reader@gen0.onmicrosoft.com");
    reader.objectId = SyntheticEstate::subscriptionIdFor(spec.seed ^ 0xacc0u, 1);
    reader.displayName = QStringLiteral("Generated Reader");
    for (const Tenant &t : m_tenants) {
        reviewer.tenants.append(Membership{t.id, t.id != reviewer.homeTenantId, false});
        reader.tenants.append(Membership{t.id, t.id != reader.homeTenantId, false});
    }
    for (int i = 0; i < spec.subscriptions; ++i) {
        Subscription sub;
        sub.id = SyntheticEstate::subscriptionIdFor(spec.seed, i);
        sub.tenantId = m_tenants[i % spec.tenants].id;
        sub.displayName = QStringLiteral("Generated Subscription %1").arg(i);
        sub.generatedNsgs = spec.nsgsPerSubscription;
        reviewer.roles.append(RoleAssignment{QStringLiteral("/subscriptions/") + sub.id,
                                             QStringLiteral("Network Contributor")});
        reader.roles.append(
            RoleAssignment{QStringLiteral("/subscriptions/") + sub.id, QStringLiteral("Reader")});
        m_subscriptions.push_back(sub);
    }
    m_accounts = {reviewer, reader};
}

SandboxWorld::NsgEntry SandboxWorld::generatedEntry(const Subscription &sub, int index) const
{
    const SyntheticEstate::Nsg plan = m_estate->plan(sub.id, index, m_spec.exposedFraction);
    NsgEntry e;
    e.subscriptionId = sub.id;
    e.resourceGroup = plan.resourceGroup;
    e.name = plan.name;
    e.id = QStringLiteral("/subscriptions/") + sub.id + QStringLiteral("/resourceGroups/")
        + plan.resourceGroup + QStringLiteral("/providers/Microsoft.Network/networkSecurityGroups/")
        + plan.name;
    e.expectExposed = plan.exposed;
    e.generatedIndex = index;
    return e;
}

std::vector<SandboxWorld::NsgEntry> SandboxWorld::nsgs(const QString &subscriptionId,
                                                       const QString &resourceGroup) const
{
    std::vector<NsgEntry> out;
    const Subscription *sub = subscription(subscriptionId);
    if (!sub)
        return out;
    auto wanted = [&](const NsgEntry &e) {
        return resourceGroup.isEmpty()
            || e.resourceGroup.compare(resourceGroup, Qt::CaseInsensitive) == 0;
    };
    for (const auto &[k, e] : m_entries) {
        if (e.subscriptionId.compare(sub->id, Qt::CaseInsensitive) == 0 && wanted(e))
            out.push_back(e);
    }
    for (int i = 0; i < sub->generatedNsgs; ++i) {
        NsgEntry e = generatedEntry(*sub, i);
        if (wanted(e))
            out.push_back(e);
    }
    std::sort(out.begin(), out.end(), [](const NsgEntry &a, const NsgEntry &b) {
        return a.id.compare(b.id, Qt::CaseInsensitive) < 0;
    });
    return out;
}

std::vector<SandboxWorld::NsgEntry> SandboxWorld::allNsgs() const
{
    std::vector<NsgEntry> out;
    for (const Subscription &sub : m_subscriptions) {
        std::vector<NsgEntry> part = nsgs(sub.id);
        out.insert(out.end(), part.begin(), part.end());
    }
    return out;
}

std::optional<SandboxWorld::NsgEntry> SandboxWorld::nsgEntry(const QString &id) const
{
    if (auto it = m_entries.find(key(id)); it != m_entries.end())
        return it->second;
    const ResourceId rid = ResourceId::parse(id);
    const Subscription *sub = subscription(rid.subscriptionId);
    if (!sub || sub->generatedNsgs == 0 || !m_estate)
        return std::nullopt;
    bool ok = false;
    const int index = rid.name.section(QLatin1Char('-'), -1).toInt(&ok);
    if (!ok || index < 0 || index >= sub->generatedNsgs)
        return std::nullopt;
    NsgEntry e = generatedEntry(*sub, index);
    if (e.id.compare(id, Qt::CaseInsensitive) != 0)
        return std::nullopt;
    return e;
}

std::string SandboxWorld::nsgText(const NsgEntry &entry) const
{
    std::string out;
    appendNsgText(out, entry);
    return out;
}

void SandboxWorld::appendNsgText(std::string &out, const NsgEntry &entry) const
{
    if (auto it = m_written.find(key(entry.id)); it != m_written.end()) {
        out += it->second.dump();
        return;
    }
    const SyntheticEstate::Nsg plan =
        m_estate->plan(entry.subscriptionId, entry.generatedIndex, m_spec.exposedFraction);
    m_estate->appendNsg(out, plan, entry.generatedIndex, m_spec.rules);
}

ojson SandboxWorld::nsgJson(const NsgEntry &entry) const
{
    if (auto it = m_written.find(key(entry.id)); it != m_written.end())
        return it->second;
    return ojson::parse(nsgText(entry));
}

void SandboxWorld::storeNsg(const QString &id, ojson nsg)
{
    m_written[key(id)] = std::move(nsg);
}

std::vector<SandboxWorld::ResourceGroup>
SandboxWorld::resourceGroups(const QString &subscriptionId) const
{
    std::vector<ResourceGroup> out;
    const Subscription *sub = subscription(subscriptionId);
    if (!sub)
        return out;
    QHash<QString, size_t> seen; // lower-case name -> index in out
    auto add = [&](const QString &name, const QString &location) {
        if (name.isEmpty() || seen.contains(name.toLower()))
            return;
        seen.insert(name.toLower(), out.size());
        out.push_back(
            ResourceGroup{name, location.isEmpty() ? QStringLiteral("westeurope") : location});
    };
    for (const NsgEntry &e : nsgs(subscriptionId))
        add(e.resourceGroup, e.location);
    for (const std::vector<ojson> *list :
         {&sub->virtualNetworks, &sub->networkInterfaces, &sub->resources}) {
        for (const ojson &resource : *list) {
            add(ResourceId::parse(JsonValue::toString(resource.value("id", ojson()))).resourceGroup,
                JsonValue::toString(resource.value("location", ojson())));
        }
    }
    std::sort(out.begin(), out.end(), [](const ResourceGroup &a, const ResourceGroup &b) {
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    return out;
}

std::optional<SandboxWorld::ResourceGroup>
SandboxWorld::resourceGroup(const QString &subscriptionId, const QString &name) const
{
    for (const ResourceGroup &group : resourceGroups(subscriptionId)) {
        if (group.name.compare(name, Qt::CaseInsensitive) == 0)
            return group;
    }
    return std::nullopt;
}

const SandboxWorld::GeneratedNetwork &SandboxWorld::generatedNetwork(const Subscription &sub) const
{
    auto cached = m_generatedNetworks.find(key(sub.id));
    if (cached != m_generatedNetworks.end())
        return cached->second;
    GeneratedNetwork &net = m_generatedNetworks[key(sub.id)];
    const std::string base = "/subscriptions/" + s(sub.id) + "/resourceGroups/";
    const std::string shared = base + "rg-gen-network/providers/Microsoft.Network";
    std::map<std::string, ojson> vnets; // id → virtual network
    auto vnetOf = [&vnets](const std::string &id, const ojson &location) -> ojson & {
        ojson &vnet = vnets[id];
        if (vnet.is_null())
            vnet = {{"name", id.substr(id.rfind('/') + 1)},
                    {"id", id},
                    {"type", "Microsoft.Network/virtualNetworks"},
                    {"location", location},
                    {"properties",
                     {{"provisioningState", "Succeeded"},
                      {"addressSpace", {{"addressPrefixes", {"10.0.0.0/8"}}}},
                      {"subnets", ojson::array()}}}};
        return vnet;
    };
    int nicCount = 0;
    auto addNic = [&](const std::string &id, const ojson &location, const std::string &subnetId,
                      const ojson *nsgId, const std::string &pool) {
        const int n = nicCount++;
        const std::string ipConfig = id + "/ipConfigurations/ipconfig1";
        ojson ip{{"privateIPAddress",
                  "10." + std::to_string(16 + ((n >> 16) & 0x3f)) + "."
                      + std::to_string((n >> 8) & 0xff) + "." + std::to_string(n & 0xff)},
                 {"privateIPAllocationMethod", "Dynamic"},
                 {"subnet", {{"id", subnetId}}},
                 {"primary", true}};
        if (n % 4 == 0) {
            const std::string pip =
                shared + "/publicIPAddresses/pip-" + id.substr(id.rfind('/') + 1);
            ip["publicIPAddress"] = {{"id", pip}};
            net.resources.push_back(
                {{"name", pip.substr(pip.rfind('/') + 1)},
                 {"id", pip},
                 {"type", "Microsoft.Network/publicIPAddresses"},
                 {"location", location},
                 {"sku", {{"name", "Standard"}, {"tier", "Regional"}}},
                 {"properties",
                  {{"provisioningState", "Succeeded"},
                   {"ipAddress",
                    "20." + std::to_string(64 + ((n >> 16) & 0x3f)) + "."
                        + std::to_string((n >> 8) & 0xff) + "." + std::to_string(n & 0xff)},
                   {"publicIPAllocationMethod", "Static"},
                   {"ipConfiguration", {{"id", ipConfig}}}}}});
        }
        if (!pool.empty())
            ip["loadBalancerBackendAddressPools"] = ojson::array({{{"id", pool}}});
        ojson props{
            {"provisioningState", "Succeeded"},
            {"ipConfigurations",
             ojson::array({{{"name", "ipconfig1"}, {"id", ipConfig}, {"properties", ip}}})}};
        if (nsgId)
            props["networkSecurityGroup"] = {{"id", *nsgId}};
        net.networkInterfaces.push_back({{"name", id.substr(id.rfind('/') + 1)},
                                         {"id", id},
                                         {"type", "Microsoft.Network/networkInterfaces"},
                                         {"location", location},
                                         {"properties", props}});
    };
    const std::string nicSubnet = shared + "/virtualNetworks/vnet-gen-nics/subnets/snet-nics";
    for (const NsgEntry &e : nsgs(sub.id)) {
        if (e.generatedIndex < 0)
            continue;
        const ojson nsg = nsgJson(e);
        const ojson &location = nsg["location"];
        // The NICs of every fiftieth NSG sit behind a public load balancer.
        std::string pool;
        if (e.generatedIndex % 50 == 0) {
            const std::string lb =
                shared + "/loadBalancers/lb-gen-" + std::to_string(e.generatedIndex / 50);
            const std::string frontendIp =
                shared + "/publicIPAddresses/pip-lb-gen-" + std::to_string(e.generatedIndex / 50);
            pool = lb + "/backendAddressPools/pool";
            net.resources.push_back(
                {{"name", frontendIp.substr(frontendIp.rfind('/') + 1)},
                 {"id", frontendIp},
                 {"type", "Microsoft.Network/publicIPAddresses"},
                 {"location", location},
                 {"sku", {{"name", "Standard"}, {"tier", "Regional"}}},
                 {"properties",
                  {{"provisioningState", "Succeeded"},
                   {"ipAddress", "20.127.0." + std::to_string((e.generatedIndex / 50) % 250 + 1)},
                   {"publicIPAllocationMethod", "Static"}}}});
            net.resources.push_back(
                {{"name", lb.substr(lb.rfind('/') + 1)},
                 {"id", lb},
                 {"type", "Microsoft.Network/loadBalancers"},
                 {"location", location},
                 {"sku", {{"name", "Standard"}, {"tier", "Regional"}}},
                 {"properties",
                  {{"provisioningState", "Succeeded"},
                   {"frontendIPConfigurations",
                    ojson::array({{{"name", "fe"},
                                   {"id", lb + "/frontendIPConfigurations/fe"},
                                   {"properties", {{"publicIPAddress", {{"id", frontendIp}}}}}}})},
                   {"backendAddressPools",
                    ojson::array(
                        {{{"name", "pool"}, {"id", pool}, {"properties", ojson::object()}}})},
                   {"loadBalancingRules",
                    ojson::array({{{"name", "smtp"},
                                   {"id", lb + "/loadBalancingRules/smtp"},
                                   {"properties",
                                    {{"frontendIPConfiguration",
                                      {{"id", lb + "/frontendIPConfigurations/fe"}}},
                                     {"backendAddressPool", {{"id", pool}}},
                                     {"protocol", "Tcp"},
                                     {"frontendPort", 25},
                                     {"backendPort", 25}}}}})}}}});
        }
        for (const ojson &ref : nsg["properties"].value("subnets", ojson::array())) {
            const std::string id = ref["id"].get<std::string>();
            ojson &vnet = vnetOf(id.substr(0, id.rfind("/subnets/")), location);
            vnet["properties"]["subnets"].push_back(
                {{"name", id.substr(id.rfind('/') + 1)},
                 {"id", id},
                 {"properties", {{"networkSecurityGroup", {{"id", nsg["id"]}}}}}});
            const std::string group = base + s(e.resourceGroup) + "/providers/Microsoft.Network";
            for (int k = 0; k < 5; ++k)
                addNic(group + "/networkInterfaces/nic-" + s(e.name) + "-" + std::to_string(k),
                       location, id, nullptr, pool);
        }
        for (const ojson &ref : nsg["properties"].value("networkInterfaces", ojson::array())) {
            vnetOf(shared + "/virtualNetworks/vnet-gen-nics", location);
            addNic(ref["id"].get<std::string>(), location, nicSubnet, &nsg["id"], pool);
        }
    }
    if (auto it = vnets.find(shared + "/virtualNetworks/vnet-gen-nics"); it != vnets.end())
        it->second["properties"]["subnets"].push_back(
            {{"name", "snet-nics"}, {"id", nicSubnet}, {"properties", ojson::object()}});
    for (auto &[id, vnet] : vnets)
        net.virtualNetworks.push_back(std::move(vnet));
    return net;
}

std::vector<ojson>
SandboxWorld::withGenerated(const QString &subscriptionId,
                            std::vector<ojson> Subscription::*fromFile,
                            std::vector<ojson> GeneratedNetwork::*generated) const
{
    const Subscription *sub = subscription(subscriptionId);
    if (!sub)
        return {};
    std::vector<ojson> out = sub->*fromFile;
    if (sub->generatedNsgs > 0 && m_estate) {
        const std::vector<ojson> &more = generatedNetwork(*sub).*generated;
        out.insert(out.end(), more.begin(), more.end());
    }
    return out;
}

std::vector<ojson> SandboxWorld::networkInterfaces(const QString &subscriptionId) const
{
    return withGenerated(subscriptionId, &Subscription::networkInterfaces,
                         &GeneratedNetwork::networkInterfaces);
}

std::vector<ojson> SandboxWorld::virtualNetworks(const QString &subscriptionId) const
{
    return withGenerated(subscriptionId, &Subscription::virtualNetworks,
                         &GeneratedNetwork::virtualNetworks);
}

std::vector<ojson> SandboxWorld::networkResources(const QString &subscriptionId,
                                                  const QString &type) const
{
    std::vector<ojson> out;
    const Subscription *sub = subscription(subscriptionId);
    if (!sub)
        return out;
    const std::string wanted = type.toStdString();
    for (const ojson &r : sub->resources) {
        if (ascii::equalsIgnoreCase(r["type"].get_ref<const std::string &>(), wanted))
            out.push_back(r);
    }
    if (sub->generatedNsgs > 0 && m_estate) {
        for (const ojson &r : generatedNetwork(*sub).resources) {
            if (ascii::equalsIgnoreCase(r["type"].get_ref<const std::string &>(), wanted))
                out.push_back(r);
        }
    }
    return out;
}

std::optional<std::vector<ojson>> SandboxWorld::ruleCollectionGroups(const QString &policyId) const
{
    const Subscription *sub = subscription(ResourceId::parse(policyId).subscriptionId);
    if (!sub)
        return std::nullopt;
    const std::string policy = policyId.toStdString();
    const std::string prefix = policy + "/ruleCollectionGroups/";
    bool found = false;
    std::vector<ojson> out;
    for (const ojson &r : sub->resources) {
        const std::string &id = r["id"].get_ref<const std::string &>();
        found = found || ascii::equalsIgnoreCase(id, policy);
        if (id.size() > prefix.size() && ascii::startsWithIgnoreCase(id, prefix))
            out.push_back(r);
    }
    if (!found)
        return std::nullopt;
    return out;
}

std::vector<ojson> SandboxWorld::deployments(const QString &subscriptionId,
                                             const QString &resourceGroup) const
{
    std::vector<ojson> out;
    if (const Subscription *sub = subscription(subscriptionId)) {
        for (const ojson &d : sub->deployments) {
            const ResourceId rid = ResourceId::parse(JsonValue::toString(d.value("id", ojson())));
            if (rid.resourceGroup.compare(resourceGroup, Qt::CaseInsensitive) == 0)
                out.push_back(d);
        }
    }
    return out;
}

std::optional<ojson> SandboxWorld::effectiveAdminRules(const QString &virtualNetworkId) const
{
    const Subscription *sub = subscription(ResourceId::parse(virtualNetworkId).subscriptionId);
    if (!sub)
        return std::nullopt;
    for (const ojson &vnet : virtualNetworks(sub->id)) {
        if (!ascii::equalsIgnoreCase(vnet["id"].get_ref<const std::string &>(),
                                     virtualNetworkId.toStdString()))
            continue;
        const auto it = sub->effectiveAdminRules.find(virtualNetworkId.toLower().toStdString());
        return it == sub->effectiveAdminRules.end() ? ojson::array() : it->second;
    }
    return std::nullopt;
}

} // namespace nsg::sandbox
