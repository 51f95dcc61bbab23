// SPDX-License-Identifier: MIT
// Microsoft.Resources: the tenants the account belongs to and the subscriptions it sees.
#include "sandbox/armhandlers_p.h"
#include "sandbox/sandboxserver.h"

namespace nsg::sandbox {

using namespace detail;

HttpReply SandboxServer::tenants(const Context &ctx)
{
    std::vector<std::string> items;
    for (const Membership &m : ctx.grant.account->tenants) {
        const Tenant *t = m_world.tenant(m.tenantId);
        if (!t)
            continue;
        ojson domains = ojson::array();
        for (const QString &d : t->domains)
            domains.push_back(s(d));
        items.push_back(ojson{
            {"id", "/tenants/" + s(t->id)},
            {"tenantId", s(t->id)},
            {"countryCode", s(t->countryCode)},
            {"displayName", s(t->displayName)},
            {"domains", domains},
            {"tenantCategory", "Home"},
            {"defaultDomain", s(t->defaultDomain)},
            {"tenantType",
             "AAD"}}.dump());
    }
    return page(ctx, items);
}

HttpReply SandboxServer::subscriptions(const Context &ctx)
{
    std::vector<std::string> items;
    for (const SandboxWorld::Subscription &sub : m_world.subscriptions()) {
        if ((sub.tenantId.compare(ctx.grant.tenantId, Qt::CaseInsensitive) != 0
             && !sub.isManagedBy(ctx.grant.tenantId))
            || !m_world.seesSubscription(*ctx.grant.account, sub.id))
            continue;
        items.push_back(subscription(ctx, sub).body.toStdString());
    }
    return page(ctx, items);
}

HttpReply SandboxServer::subscription(const Context &, const SandboxWorld::Subscription &sub)
{
    ojson managers = ojson::array();
    for (const QString &t : sub.managedByTenants)
        managers.push_back({{"tenantId", s(t)}});
    return HttpReply::json(200,
                           {{"id", "/subscriptions/" + s(sub.id)},
                            {"authorizationSource", "RoleBased"},
                            {"managedByTenants", managers},
                            {"subscriptionId", s(sub.id)},
                            {"tenantId", s(sub.tenantId)},
                            {"displayName", s(sub.displayName)},
                            {"state", s(sub.state)},
                            {"subscriptionPolicies",
                             {{"locationPlacementId", "Public_2014-09-01"},
                              {"quotaId", s(sub.quotaId)},
                              {"spendingLimit", "Off"}}},
                            {"tags", ojson::object()}});
}

} // namespace nsg::sandbox
