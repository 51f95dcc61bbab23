// SPDX-License-Identifier: MIT
// ARM's 403 (AuthorizationFailed) and Microsoft.Authorization/permissions: what the caller's
// roles allow at a scope.
#include "sandbox/armhandlers_p.h"
#include "sandbox/sandboxserver.h"

namespace nsg::sandbox {

using namespace detail;

HttpReply SandboxServer::authorizationFailed(const Context &ctx, const QString &action,
                                             const QString &scope) const
{
    return HttpReply::armError(
        403, QStringLiteral("AuthorizationFailed"),
        QStringLiteral("The client '%1' with object id '%2' does not have authorization to perform "
                       "action '%3' over scope '%4' or the scope is invalid. If access was "
                       "recently granted, please refresh your credentials.")
            .arg(ctx.grant.account->userPrincipalName, ctx.grant.account->objectId, action, scope));
}

HttpReply SandboxServer::permissions(const Context &ctx, const QString &scope)
{
    ojson value = ojson::array();
    for (const RoleAssignment &role : ctx.grant.account->roles) {
        const QString assigned = role.scope.toLower() + QLatin1Char('/');
        if (!QString(scope.toLower() + QLatin1Char('/')).startsWith(assigned))
            continue;
        ojson actions = ojson::array();
        for (const QString &a : SandboxWorld::roleActions(role.role))
            actions.push_back(s(a));
        value.push_back({{"actions", actions},
                         {"notActions", ojson::array()},
                         {"dataActions", ojson::array()},
                         {"notDataActions", ojson::array()}});
    }
    return HttpReply::json(200, {{"value", value}});
}

} // namespace nsg::sandbox
