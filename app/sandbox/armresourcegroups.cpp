// SPDX-License-Identifier: MIT
// Microsoft.Resources: resource groups, listed (paged, by permission) and read one by one.
#include "sandbox/armhandlers_p.h"
#include "sandbox/sandboxserver.h"

namespace nsg::sandbox {

using namespace detail;

HttpReply SandboxServer::resourceGroupNotFound(const QString &name) const
{
    return HttpReply::armError(404, QStringLiteral("ResourceGroupNotFound"),
                               tr("Resource group '%1' could not be found.").arg(name));
}

// ARM's resource group (Microsoft.Resources, api-version 2021-04-01 and later).
std::string SandboxServer::resourceGroupText(const SandboxWorld::Subscription &sub,
                                             const SandboxWorld::ResourceGroup &group) const
{
    return ojson{{"id", "/subscriptions/" + s(sub.id) + "/resourceGroups/" + s(group.name)},
                 {"name", s(group.name)},
                 {"type", "Microsoft.Resources/resourceGroups"},
                 {"location", s(group.location)},
                 {"properties", {{"provisioningState", "Succeeded"}}}}
        .dump();
}

HttpReply SandboxServer::resourceGroups(const Context &ctx, const SandboxWorld::Subscription &sub)
{
    if (ctx.request.method != QLatin1String("GET"))
        return HttpReply::armError(405, QStringLiteral("MethodNotAllowed"), tr("Use GET."));
    // As ARM: the groups the caller may read, and 403 when that is none for want of a role.
    const QString action = QStringLiteral("Microsoft.Resources/subscriptions/resourceGroups/read");
    const QString subScope = QStringLiteral("/subscriptions/") + sub.id;
    std::vector<std::string> items;
    for (const SandboxWorld::ResourceGroup &group : m_world.resourceGroups(sub.id)) {
        if (m_world.mayPerform(*ctx.grant.account,
                               subScope + QStringLiteral("/resourceGroups/") + group.name, action))
            items.push_back(resourceGroupText(sub, group));
    }
    if (items.empty() && !m_world.mayPerform(*ctx.grant.account, subScope, action))
        return authorizationFailed(ctx, action, subScope);
    return page(ctx, items);
}

HttpReply SandboxServer::resourceGroup(const Context &ctx, const SandboxWorld::Subscription &sub,
                                       const QString &name)
{
    const Request &r = ctx.request;
    const bool head = r.method == QLatin1String("HEAD");
    if (r.method != QLatin1String("GET") && !head)
        return HttpReply::armError(
            405, QStringLiteral("MethodNotAllowed"),
            tr("The sandbox reads resource groups; it does not create or delete them."));
    const QString scope = QStringLiteral("/subscriptions/%1/resourceGroups/%2").arg(sub.id, name);
    const QString action = QStringLiteral("Microsoft.Resources/subscriptions/resourceGroups/read");
    if (!m_world.mayPerform(*ctx.grant.account, scope, action))
        return authorizationFailed(ctx, action, scope);
    const std::optional<SandboxWorld::ResourceGroup> group = m_world.resourceGroup(sub.id, name);
    if (head) { // ARM's existence check: 204 or 404, no body
        HttpReply reply;
        reply.status = group ? 204 : 404;
        return reply;
    }
    if (!group)
        return resourceGroupNotFound(name);
    return HttpReply::rawJson(200, resourceGroupText(sub, *group));
}

} // namespace nsg::sandbox
