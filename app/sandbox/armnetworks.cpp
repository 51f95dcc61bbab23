// SPDX-License-Identifier: MIT
// Microsoft.Network resources besides NSGs, for the NIC view and the paths from the Internet
// (scan --nics): network interfaces, virtual networks, public IPs, load balancers, route tables,
// application security groups and firewall policies listed per subscription and paged; a
// policy's rule collection groups; the effective security admin rules of a virtual network
// (a POST paged by skipToken in the body); and the service tags of the cloud.
#include "sandbox/armhandlers_p.h"
#include "sandbox/sandboxserver.h"

#include "core/util/jsonvalue.h"

namespace nsg::sandbox {

using namespace detail;

namespace {

// The ARM type (with its provider) of a collection segment the sandbox lists, or empty.
QString listedType(const QString &segment)
{
    static const char *const types[] = {
        "networkInterfaces", "virtualNetworks",           "publicIPAddresses", "loadBalancers",
        "routeTables",       "applicationSecurityGroups", "firewallPolicies"};
    for (const char *type : types) {
        if (is(segment, type))
            return QStringLiteral("Microsoft.Network/") + QLatin1String(type);
    }
    return QString();
}

} // namespace

bool SandboxServer::isListedNetworkType(const QString &segment)
{
    return !listedType(segment).isEmpty();
}

HttpReply SandboxServer::networkCollection(const Context &ctx,
                                           const SandboxWorld::Subscription &sub,
                                           const QString &segment)
{
    const QString subScope = QStringLiteral("/subscriptions/") + sub.id;
    const QString type = listedType(segment);
    const QString action = type + QStringLiteral("/read");
    if (!m_world.mayPerform(*ctx.grant.account, subScope, action))
        return authorizationFailed(ctx, action, subScope);
    std::vector<ojson> resources;
    if (is(segment, "networkInterfaces"))
        resources = m_world.networkInterfaces(sub.id);
    else if (is(segment, "virtualNetworks"))
        resources = m_world.virtualNetworks(sub.id);
    else
        resources = m_world.networkResources(sub.id, type);
    std::vector<std::string> items;
    items.reserve(resources.size());
    for (const ojson &o : resources)
        items.push_back(o.dump());
    return page(ctx, items);
}

HttpReply SandboxServer::ruleCollectionGroups(const Context &ctx, const QString &policyId)
{
    const QString action =
        QStringLiteral("Microsoft.Network/firewallPolicies/ruleCollectionGroups/read");
    if (!m_world.mayPerform(*ctx.grant.account, policyId, action))
        return authorizationFailed(ctx, action, policyId);
    const std::optional<std::vector<ojson>> groups = m_world.ruleCollectionGroups(policyId);
    if (!groups)
        return notFound(QStringLiteral("Microsoft.Network/firewallPolicies"),
                        policyId.section(QLatin1Char('/'), -1),
                        policyId.section(QLatin1Char('/'), 4, 4));
    std::vector<std::string> items;
    for (const ojson &o : *groups)
        items.push_back(o.dump());
    return page(ctx, items);
}

// Deployments of a resource group: the list without each deployment's output resources (the
// client reads those of the one it needs), one deployment with them.
HttpReply SandboxServer::deployments(const Context &ctx, const QString &subscriptionId,
                                     const QString &resourceGroup, const QString &name)
{
    const QString scope =
        QStringLiteral("/subscriptions/%1/resourceGroups/%2").arg(subscriptionId, resourceGroup);
    const QString action = QStringLiteral("Microsoft.Resources/deployments/read");
    if (!m_world.mayPerform(*ctx.grant.account, scope, action))
        return authorizationFailed(ctx, action, scope);
    if (!m_world.resourceGroup(subscriptionId, resourceGroup))
        return HttpReply::armError(
            404, QStringLiteral("ResourceGroupNotFound"),
            tr("Resource group '%1' could not be found.").arg(resourceGroup));
    std::vector<std::string> items;
    for (ojson d : m_world.deployments(subscriptionId, resourceGroup)) {
        if (!name.isEmpty()) {
            if (JsonValue::toString(d.value("name", ojson())).compare(name, Qt::CaseInsensitive)
                == 0)
                return HttpReply::json(200, d);
            continue;
        }
        if (d.contains("properties"))
            d["properties"].erase("outputResources");
        items.push_back(d.dump());
    }
    if (!name.isEmpty())
        return HttpReply::armError(404, QStringLiteral("DeploymentNotFound"),
                                   tr("Deployment '%1' could not be found.").arg(name));
    return page(ctx, items);
}

HttpReply SandboxServer::effectiveAdminRules(const Context &ctx, const QString &vnetId)
{
    const QString action = QStringLiteral(
        "Microsoft.Network/virtualNetworks/listNetworkManagerEffectiveSecurityAdminRules/action");
    if (!m_world.mayPerform(*ctx.grant.account, vnetId, action))
        return authorizationFailed(ctx, action, vnetId);
    const std::optional<ojson> rules = m_world.effectiveAdminRules(vnetId);
    if (!rules)
        return notFound(QStringLiteral("Microsoft.Network/virtualNetworks"),
                        vnetId.section(QLatin1Char('/'), -1),
                        vnetId.section(QLatin1Char('/'), 4, 4));
    // The body names where to go on ({"skipToken": "…"}); the page size is $top or the
    // sandbox's.
    const ojson body =
        ojson::parse(ctx.request.body.constData(),
                     ctx.request.body.constData() + ctx.request.body.size(), nullptr, false);
    QString token;
    if (body.is_object())
        token = JsonValue::string(body, "skipToken");
    else if (!ctx.request.body.trimmed().isEmpty())
        return HttpReply::armError(400, QStringLiteral("InvalidRequestFormat"),
                                   tr("Cannot parse the request."));
    const std::optional<size_t> offset = offsetOf(token);
    if (!offset)
        return HttpReply::armError(400, QStringLiteral("InvalidSkipToken"),
                                   tr("The skip token is invalid."));
    bool topGiven = false;
    const int top = ctx.request.query.queryItemValue(QStringLiteral("$top")).toInt(&topGiven);
    const size_t size = size_t(std::max(1, topGiven && top > 0 ? top : m_options.pageSize));
    ojson out{{"value", ojson::array()}};
    const size_t end = std::min(rules->size(), *offset + size);
    for (size_t i = *offset; i < end; ++i)
        out["value"].push_back((*rules)[i]);
    if (end < rules->size())
        out["skipToken"] = s(skipToken(end));
    return HttpReply::json(200, out);
}

HttpReply SandboxServer::serviceTags(const Context &ctx, const SandboxWorld::Subscription &sub,
                                     const QString &location)
{
    const QString subScope = QStringLiteral("/subscriptions/") + sub.id;
    const QString action = QStringLiteral("Microsoft.Network/locations/serviceTags/read");
    if (!m_world.mayPerform(*ctx.grant.account, subScope, action))
        return authorizationFailed(ctx, action, subScope);
    ojson out = m_world.serviceTags();
    if (!out.is_object())
        out = {{"changeNumber", "0"}, {"cloud", "Public"}, {"values", ojson::array()}};
    ojson answer{
        {"name", "Public"},
        {"id", s(subScope + QStringLiteral("/providers/Microsoft.Network/serviceTags/Public"))},
        {"type", "Microsoft.Network/serviceTags"}};
    for (auto it = out.begin(); it != out.end(); ++it)
        answer[it.key()] = it.value();
    Q_UNUSED(location)
    return HttpReply::json(200, answer);
}

} // namespace nsg::sandbox
