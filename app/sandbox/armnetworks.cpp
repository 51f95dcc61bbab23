// SPDX-License-Identifier: MIT
// Microsoft.Network network interfaces and virtual networks (with their subnets): listed per
// subscription, paged, for the NIC view (scan --nics, View → Include network interfaces).
#include "sandbox/armhandlers_p.h"
#include "sandbox/sandboxserver.h"

namespace nsg::sandbox {

using namespace detail;

HttpReply SandboxServer::networkCollection(const Context &ctx,
                                           const SandboxWorld::Subscription &sub,
                                           const QString &type)
{
    const QString subScope = QStringLiteral("/subscriptions/") + sub.id;
    const bool nics = is(type, "networkInterfaces");
    const QString action = nics ? QStringLiteral("Microsoft.Network/networkInterfaces/read")
                                : QStringLiteral("Microsoft.Network/virtualNetworks/read");
    if (!m_world.mayPerform(*ctx.grant.account, subScope, action))
        return authorizationFailed(ctx, action, subScope);
    std::vector<std::string> items;
    for (const ojson &o :
         nics ? m_world.networkInterfaces(sub.id) : m_world.virtualNetworks(sub.id))
        items.push_back(o.dump());
    return page(ctx, items);
}

} // namespace nsg::sandbox
