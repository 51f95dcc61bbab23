// SPDX-License-Identifier: MIT
// Microsoft.Network network security groups: listed per subscription or resource group, read
// one by one, and their security rules and default rules read (writes: armsecurityrules.cpp).
#include "sandbox/armhandlers_p.h"
#include "sandbox/sandboxserver.h"

#include "core/util/ascii.h"

namespace nsg::sandbox {

using namespace detail;

HttpReply SandboxServer::nsgCollection(const Context &ctx, const SandboxWorld::Subscription &sub,
                                       const QString &resourceGroup)
{
    QString scope = QStringLiteral("/subscriptions/") + sub.id;
    if (!resourceGroup.isEmpty())
        scope += QStringLiteral("/resourceGroups/") + resourceGroup;
    const QString action = QStringLiteral("Microsoft.Network/networkSecurityGroups/read");
    if (!m_world.mayPerform(*ctx.grant.account, scope, action))
        return authorizationFailed(ctx, action, scope);
    const std::vector<SandboxWorld::NsgEntry> entries = m_world.nsgs(sub.id, resourceGroup);
    // Only the page is rendered: a generated subscription builds its NSGs on demand.
    const std::optional<size_t> offset = offsetOf(
        ctx.request.query.queryItemValue(QStringLiteral("$skiptoken"), QUrl::FullyDecoded));
    std::vector<std::string> items(entries.size());
    const size_t first = offset.value_or(0);
    const size_t end = std::min(entries.size(), first + size_t(std::max(1, m_options.pageSize)));
    for (size_t i = first; i < end; ++i)
        items[i] = m_world.nsgText(entries[i]);
    return page(ctx, items);
}

HttpReply SandboxServer::nsg(const Context &ctx, const SandboxWorld::NsgEntry &entry,
                             const QStringList &rest)
{
    const Request &r = ctx.request;
    const Account &account = *ctx.grant.account;
    if (rest.isEmpty()) {
        if (r.method != QLatin1String("GET"))
            return HttpReply::armError(
                405, QStringLiteral("MethodNotAllowed"),
                tr("The sandbox changes NSGs one rule at a time (PUT …/securityRules/{name})."));
        const QString action = QStringLiteral("Microsoft.Network/networkSecurityGroups/read");
        if (!m_world.mayPerform(account, entry.id, action))
            return authorizationFailed(ctx, action, entry.id);
        return HttpReply::rawJson(200, m_world.nsgText(entry));
    }
    if (rest.size() == 3 && is(rest[0], "providers") && is(rest[1], "Microsoft.Authorization")
        && is(rest[2], "permissions"))
        return permissions(ctx, entry.id);
    const bool defaults = is(rest[0], "defaultSecurityRules");
    if (!defaults && !is(rest[0], "securityRules"))
        return HttpReply::armError(404, QStringLiteral("InvalidResourceType"),
                                   tr("Unknown child resource type '%1'.").arg(rest[0]));
    if (rest.size() == 2 && !defaults && r.method == QLatin1String("PUT"))
        return putRule(ctx, entry, rest[1]);
    if (rest.size() == 2 && !defaults && r.method == QLatin1String("DELETE"))
        return deleteRule(ctx, entry, rest[1]);
    if (r.method != QLatin1String("GET"))
        return HttpReply::armError(405, QStringLiteral("MethodNotAllowed"),
                                   tr("Method not allowed."));
    const QString action = defaults
        ? QStringLiteral("Microsoft.Network/networkSecurityGroups/defaultSecurityRules/read")
        : QStringLiteral("Microsoft.Network/networkSecurityGroups/securityRules/read");
    if (!m_world.mayPerform(account, entry.id, action))
        return authorizationFailed(ctx, action, entry.id);
    const ojson nsgJson = m_world.nsgJson(entry);
    const ojson &rules = nsgJson["properties"][defaults ? "defaultSecurityRules" : "securityRules"];
    if (rest.size() == 1) {
        std::vector<std::string> items;
        for (const ojson &rule : rules)
            items.push_back(rule.dump());
        return page(ctx, items);
    }
    for (const ojson &rule : rules) {
        if (ascii::equalsIgnoreCase(rule["name"].get_ref<const std::string &>(), s(rest[1])))
            return HttpReply::json(200, rule);
    }
    return notFound(QStringLiteral("Microsoft.Network/networkSecurityGroups/") + entry.name
                        + (defaults ? QStringLiteral("/defaultSecurityRules")
                                    : QStringLiteral("/securityRules")),
                    rest[1], entry.resourceGroup);
}

} // namespace nsg::sandbox
