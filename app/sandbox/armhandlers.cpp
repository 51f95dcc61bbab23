// SPDX-License-Identifier: MIT
// The ARM and Resource Graph side of the sandbox (azure-protocol.md §2–5).
#include "sandbox/kql.h"
#include "sandbox/sandboxserver.h"

#include "core/model/resourceid.h"
#include "core/net/addressprefix.h"
#include "core/net/portset.h"
#include "core/util/ascii.h"
#include "core/util/jsonvalue.h"

#include <QRegularExpression>
#include <QUuid>

#include <cstring>

namespace nsg::sandbox {

namespace {

std::string s(const QString &q)
{
    return q.toStdString();
}

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

bool is(const QString &segment, const char *word)
{
    return segment.compare(QLatin1String(word), Qt::CaseInsensitive) == 0;
}

// Paging tokens are opaque to clients; here they carry an offset.
QString skipToken(size_t offset)
{
    return QString::fromLatin1(
        QByteArray("offset:" + QByteArray::number(qulonglong(offset)))
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<size_t> offsetOf(const QString &token)
{
    if (token.isEmpty())
        return size_t(0);
    const QByteArray raw = QByteArray::fromBase64(token.toLatin1(), QByteArray::Base64UrlEncoding);
    if (!raw.startsWith("offset:"))
        return std::nullopt;
    bool ok = false;
    const qulonglong offset = raw.mid(7).toULongLong(&ok);
    return ok ? std::optional<size_t>(offset) : std::nullopt;
}

HttpReply notFound(const QString &type, const QString &name, const QString &group)
{
    return HttpReply::armError(
        404, QStringLiteral("ResourceNotFound"),
        QStringLiteral("The Resource '%1/%2' under resource group '%3' was not found. "
                       "For more details please go to https://aka.ms/ARMResourceNotFoundFix")
            .arg(type, name, group));
}

HttpReply badRule(const QString &code, const QString &message)
{
    return HttpReply::armError(400, code, message);
}

const QRegularExpression &ruleNamePattern()
{
    static const QRegularExpression re(
        QStringLiteral("^\\w([\\w.\\-]{0,78}\\w|[\\w.\\-]{0,78}_)?$"));
    return re;
}

} // namespace

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

HttpReply SandboxServer::arm(const Request &r)
{
    Identity::Grant grant;
    auto challenge = [this](HttpReply reply, const QString &description) {
        reply.setHeader("WWW-Authenticate",
                        QStringLiteral("Bearer authorization_uri=\"%1/common/oauth2/authorize\", "
                                       "error=\"invalid_token\", error_description=\"%2\"")
                            .arg(m_baseUrl, description)
                            .toUtf8());
        return reply;
    };
    switch (m_identity.authenticate(r.header("authorization"), &grant)) {
    case Identity::AuthResult::Missing:
        return challenge(
            HttpReply::armError(
                401, QStringLiteral("AuthenticationFailed"),
                tr("Authentication failed. The 'Authorization' header is missing.")),
            tr("The authentication failed because of missing 'Authorization' header."));
    case Identity::AuthResult::Invalid:
        return challenge(HttpReply::armError(401, QStringLiteral("InvalidAuthenticationToken"),
                                             tr("The access token is invalid.")),
                         tr("The access token is invalid."));
    case Identity::AuthResult::Expired:
        return challenge(
            HttpReply::armError(
                401, QStringLiteral("ExpiredAuthenticationToken"),
                tr("The access token expiry UTC time '%1' is earlier than current UTC time '%2'.")
                    .arg(grant.expiresAt.toString(QStringLiteral("M/d/yyyy h:mm:ss AP")),
                         QDateTime::currentDateTimeUtc().toString(
                             QStringLiteral("M/d/yyyy h:mm:ss AP")))),
            tr("The access token has expired."));
    case Identity::AuthResult::Ok:
        break;
    }
    const QString version = r.apiVersion();
    if (version.isEmpty())
        return HttpReply::armError(
            400, QStringLiteral("MissingApiVersionParameter"),
            tr("The api-version query parameter (?api-version=) is required for all requests."));
    static const QRegularExpression versionPattern(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}(-preview)?$"));
    if (!versionPattern.match(version).hasMatch())
        return HttpReply::armError(400, QStringLiteral("InvalidApiVersionParameter"),
                                   tr("The api-version '%1' is invalid. The supported versions are "
                                      "'2025-05-01,2024-05-01,2022-12-01,2024-04-01'.")
                                       .arg(version));

    const Context ctx{r, grant};
    const QStringList &seg = r.segments;
    if (seg.size() == 1 && is(seg[0], "tenants") && r.method == QLatin1String("GET"))
        return tenants(ctx);
    if (seg.size() == 1 && is(seg[0], "subscriptions") && r.method == QLatin1String("GET"))
        return subscriptions(ctx);
    if (seg.size() == 3 && is(seg[0], "providers") && is(seg[1], "Microsoft.ResourceGraph")
        && is(seg[2], "resources")) {
        if (r.method != QLatin1String("POST"))
            return HttpReply::armError(405, QStringLiteral("MethodNotAllowed"), tr("Use POST."));
        return resourceGraph(ctx);
    }
    if (seg.size() >= 2 && is(seg[0], "subscriptions"))
        return armSubscriptionScoped(ctx, seg);
    return HttpReply::armError(404, QStringLiteral("InvalidResourceType"),
                               tr("The resource type '%1' could not be found.").arg(r.path));
}

HttpReply SandboxServer::page(const Context &ctx, const std::vector<std::string> &items)
{
    const std::optional<size_t> offset = offsetOf(
        ctx.request.query.queryItemValue(QStringLiteral("$skiptoken"), QUrl::FullyDecoded));
    if (!offset)
        return HttpReply::armError(400, QStringLiteral("InvalidSkipToken"),
                                   tr("The skip token is invalid."));
    const size_t size = size_t(std::max(1, m_options.pageSize));
    std::string body = "{\"value\":[";
    const size_t end = std::min(items.size(), *offset + size);
    for (size_t i = *offset; i < end; ++i) {
        if (i > *offset)
            body += ',';
        body += items[i];
    }
    body += ']';
    if (end < items.size()) {
        QUrl next(m_baseUrl + ctx.request.path);
        if (!m_faults.nextLinkHost().isEmpty()) {
            const QString host = m_faults.nextLinkHost();
            next = QUrl(QStringLiteral("http://") + host + ctx.request.path);
        }
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("api-version"), ctx.request.apiVersion());
        query.addQueryItem(QStringLiteral("$skiptoken"), skipToken(end));
        next.setQuery(query);
        body += ",\"nextLink\":" + ojson(s(next.toString(QUrl::FullyEncoded))).dump();
    }
    body += '}';
    return HttpReply::rawJson(200, std::move(body));
}

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

HttpReply SandboxServer::armSubscriptionScoped(const Context &ctx, const QStringList &seg)
{
    const Request &r = ctx.request;
    const SandboxWorld::Subscription *sub = m_world.subscription(seg[1]);
    if (!sub)
        return HttpReply::armError(404, QStringLiteral("SubscriptionNotFound"),
                                   tr("The subscription '%1' could not be found.").arg(seg[1]));
    if (sub->tenantId.compare(ctx.grant.tenantId, Qt::CaseInsensitive) != 0
        && !sub->isManagedBy(ctx.grant.tenantId)) {
        HttpReply reply = HttpReply::armError(
            401, QStringLiteral("InvalidAuthenticationTokenTenant"),
            tr("The access token is from the wrong issuer 'https://sts.windows.net/%1/'. It must "
               "match the tenant 'https://sts.windows.net/%2/' associated with this subscription. "
               "Please use the authority (URL) 'https://login.windows.net/%2' to get the token. "
               "Note, if the subscription is transferred to another tenant there is no impact to "
               "the services, but information about new tenant could take time to propagate (up to "
               "an hour). If you just transferred your subscription and see this error message, "
               "please try back later.")
                .arg(ctx.grant.tenantId, sub->tenantId));
        reply.setHeader("WWW-Authenticate",
                        QStringLiteral("Bearer authorization_uri=\"https://login.windows.net/%1\", "
                                       "error=\"invalid_token\", error_description=\"The access "
                                       "token is from the wrong issuer.\"")
                            .arg(sub->tenantId)
                            .toUtf8());
        return reply;
    }
    const bool write = r.method == QLatin1String("PUT") || r.method == QLatin1String("DELETE")
        || r.method == QLatin1String("PATCH");
    if (sub->id.compare(m_faults.deniedSubscription(), Qt::CaseInsensitive) == 0)
        return authorizationFailed(ctx,
                                   write ? QStringLiteral("Microsoft.Network/networkSecurityGroups/"
                                                          "securityRules/write")
                                         : QStringLiteral("Microsoft.Network/"
                                                          "networkSecurityGroups/read"),
                                   QLatin1String("/subscriptions/") + sub->id);
    int remaining = 0, retryAfter = 1;
    if (!m_faults.take(sub->id, write, &remaining, &retryAfter)) {
        ++m_bucketEmpty;
        HttpReply reply =
            HttpReply::armError(429, QStringLiteral("SubscriptionRequestsThrottled"),
                                tr("Number of '%1' requests for subscription '%2' actor '%3' "
                                   "exceeded. Please try again after '%4' seconds after additional "
                                   "tokens are available. Refer to https://aka.ms/arm-throttling")
                                    .arg(write ? QStringLiteral("write") : QStringLiteral("read"),
                                         sub->id, ctx.grant.account->objectId)
                                    .arg(retryAfter));
        reply.setHeader("Retry-After", QByteArray::number(retryAfter));
        reply.setHeader(write ? "x-ms-ratelimit-remaining-subscription-writes"
                              : "x-ms-ratelimit-remaining-subscription-reads",
                        "0");
        return reply;
    }
    HttpReply reply = [&]() -> HttpReply {
        const QString subScope = QStringLiteral("/subscriptions/") + sub->id;
        if (seg.size() == 2) {
            if (!m_world.seesSubscription(*ctx.grant.account, sub->id))
                return authorizationFailed(
                    ctx, QStringLiteral("Microsoft.Resources/subscriptions/read"), subScope);
            return subscription(ctx, *sub);
        }
        // /subscriptions/{s}/providers/...
        if (seg.size() >= 4 && is(seg[2], "providers")) {
            if (seg.size() == 4 && is(seg[3], "Microsoft.Authorization"))
                return HttpReply::armError(404, QStringLiteral("InvalidResourceType"),
                                           tr("Unknown resource type."));
            if (seg.size() == 5 && is(seg[3], "Microsoft.Authorization")
                && is(seg[4], "permissions"))
                return permissions(ctx, subScope);
            if (seg.size() == 5 && is(seg[3], "Microsoft.Network")) {
                if (r.method != QLatin1String("GET"))
                    return HttpReply::armError(405, QStringLiteral("MethodNotAllowed"),
                                               tr("Use GET."));
                if (is(seg[4], "networkSecurityGroups"))
                    return nsgCollection(ctx, *sub, QString());
                const bool nics = is(seg[4], "networkInterfaces");
                if (nics || is(seg[4], "virtualNetworks")) {
                    const QString action = nics
                        ? QStringLiteral("Microsoft.Network/networkInterfaces/read")
                        : QStringLiteral("Microsoft.Network/virtualNetworks/read");
                    if (!m_world.mayPerform(*ctx.grant.account, subScope, action))
                        return authorizationFailed(ctx, action, subScope);
                    std::vector<std::string> items;
                    for (const ojson &o : nics ? m_world.networkInterfaces(sub->id)
                                               : m_world.virtualNetworks(sub->id))
                        items.push_back(o.dump());
                    return page(ctx, items);
                }
            }
            if (seg.size() == 8 && is(seg[3], "Microsoft.Network") && is(seg[4], "locations")
                && is(seg[6], "operations"))
                return operationStatus(ctx, seg[7]);
            if (seg.size() == 8 && is(seg[3], "Microsoft.Network") && is(seg[4], "locations")
                && is(seg[6], "operationResults"))
                return operationResult(ctx, seg[7]);
        }
        if (seg.size() == 3 && is(seg[2], "resourceGroups"))
            return resourceGroups(ctx, *sub);
        if (seg.size() == 4 && is(seg[2], "resourceGroups"))
            return resourceGroup(ctx, *sub, seg[3]);
        // /subscriptions/{s}/resourceGroups/{rg}/...
        if (seg.size() >= 4 && is(seg[2], "resourceGroups")) {
            const QString rg = seg[3];
            const QString rgScope = subScope + QStringLiteral("/resourceGroups/") + rg;
            if (seg.size() == 7 && is(seg[4], "providers") && is(seg[5], "Microsoft.Authorization")
                && is(seg[6], "permissions"))
                return permissions(ctx, rgScope);
            if (seg.size() >= 7 && is(seg[4], "providers") && is(seg[5], "Microsoft.Network")
                && is(seg[6], "networkSecurityGroups")) {
                if (!m_world.resourceGroup(sub->id, rg))
                    return resourceGroupNotFound(rg);
                if (seg.size() == 7) {
                    if (r.method != QLatin1String("GET"))
                        return HttpReply::armError(405, QStringLiteral("MethodNotAllowed"),
                                                   tr("Use GET."));
                    return nsgCollection(ctx, *sub, rg);
                }
                const QString id = rgScope
                    + QStringLiteral("/providers/Microsoft.Network/networkSecurityGroups/")
                    + seg[7];
                const std::optional<SandboxWorld::NsgEntry> entry = m_world.nsgEntry(id);
                if (!entry) {
                    // A PUT of a rule into a missing NSG names the parent.
                    return notFound(QStringLiteral("Microsoft.Network/networkSecurityGroups"),
                                    seg[7], rg);
                }
                return nsg(ctx, *entry, seg.mid(8));
            }
        }
        return HttpReply::armError(
            404, QStringLiteral("InvalidResourceType"),
            tr("The resource type could not be found in the namespace for api version '%1'.")
                .arg(r.apiVersion()));
    }();
    reply.setHeader(write ? "x-ms-ratelimit-remaining-subscription-writes"
                          : "x-ms-ratelimit-remaining-subscription-reads",
                    QByteArray::number(remaining));
    return reply;
}

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

std::optional<HttpReply> SandboxServer::checkWrite(const Context &ctx,
                                                   const SandboxWorld::NsgEntry &entry)
{
    const SandboxWorld::Subscription *sub = m_world.subscription(entry.subscriptionId);
    if (m_faults.mfaWrites() && !ctx.grant.mfa) {
        HttpReply reply =
            HttpReply::armError(401, QStringLiteral("InsufficientClaims"),
                                tr("The access token does not satisfy the claims challenge: this "
                                   "operation requires multi-factor authentication. Acquire a new "
                                   "token with the claims in the WWW-Authenticate header."));
        const QByteArray claims =
            QByteArray(R"({"access_token":{"acrs":{"essential":true,"values":["p1"]}}})")
                .toBase64();
        reply.setHeader("WWW-Authenticate",
                        "Bearer authorization_uri=\"" + m_baseUrl.toUtf8()
                            + "/common/oauth2/authorize\", error=\"insufficient_claims\", claims=\""
                            + claims + "\"");
        return reply;
    }
    if (sub && sub->state == QLatin1String("Disabled")) {
        return HttpReply::armError(
            409, QStringLiteral("ReadOnlyDisabledSubscription"),
            tr("The subscription '%1' is disabled and therefore marked as read only. You cannot "
               "perform any write actions on this subscription until it is re-enabled.")
                .arg(entry.subscriptionId));
    }
    if (m_faults.lockWrites()) {
        return HttpReply::armError(
            409, QStringLiteral("ScopeLocked"),
            tr("The scope '%1' cannot perform write operation because following scope(s) are "
               "locked: '/subscriptions/%2/resourceGroups/%3'. Please remove the lock and try "
               "again.")
                .arg(entry.id, entry.subscriptionId, entry.resourceGroup));
    }
    const QString busy = m_busyNsgs.value(entry.id.toLower());
    if (!busy.isEmpty()) {
        HttpReply reply =
            HttpReply::armError(429, QStringLiteral("RetryableErrorDueToAnotherOperation"),
                                tr("Operation PutSecurityRuleOperation (%1) on resource %2 is in "
                                   "progress; another operation cannot run on it at the same time. "
                                   "Retry after the time in the Retry-After header.")
                                    .arg(busy, entry.id));
        reply.setHeader("Retry-After", QByteArray::number(m_options.retryAfterSeconds));
        return reply;
    }
    return std::nullopt;
}

QString SandboxServer::startOperation(const QString &nsgId, const QString &ruleName, bool remove,
                                      std::function<void(bool)> settle)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    Operation op;
    op.nsgId = nsgId;
    op.ruleName = ruleName;
    op.remove = remove;
    op.finishAt = QDateTime::currentDateTimeUtc().addMSecs(m_options.operationMilliseconds);
    op.fail = m_faults.failWrites();
    op.settle = [this, nsgId, settle = std::move(settle)](bool ok) {
        m_busyNsgs.remove(nsgId.toLower());
        settle(ok);
    };
    m_operations.insert(id, op);
    m_busyNsgs.insert(nsgId.toLower(), id);
    return id;
}

void SandboxServer::settleOperations()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (auto it = m_operations.begin(); it != m_operations.end(); ++it) {
        if (!it->settled && it->finishAt <= now) {
            it->settled = true;
            if (it->fail)
                it->error = tr("The operation failed in the network resource provider (the sandbox "
                               "was told to fail writes).");
            it->settle(!it->fail);
        }
    }
}

const SandboxServer::Operation *SandboxServer::findOperation(const QString &operationId,
                                                             HttpReply *notFound)
{
    settleOperations();
    auto it = m_operations.constFind(operationId);
    if (it != m_operations.constEnd())
        return &*it;
    *notFound = HttpReply::armError(404, QStringLiteral("OperationNotFound"),
                                    tr("The operation '%1' was not found.").arg(operationId));
    return nullptr;
}

HttpReply SandboxServer::operationStatus(const Context &, const QString &operationId)
{
    HttpReply notFound;
    const Operation *it = findOperation(operationId, &notFound);
    if (!it)
        return notFound;
    if (!it->settled) {
        HttpReply reply = HttpReply::json(200, {{"status", "InProgress"}});
        reply.setHeader("Retry-After", QByteArray::number(m_options.retryAfterSeconds));
        return reply;
    }
    if (it->fail)
        return HttpReply::json(
            200,
            {{"status", "Failed"},
             {"error", {{"code", "InternalServerError"}, {"message", s(it->error)}}}});
    return HttpReply::json(200, {{"status", "Succeeded"}});
}

HttpReply SandboxServer::operationResult(const Context &ctx, const QString &operationId)
{
    HttpReply notFound;
    const Operation *it = findOperation(operationId, &notFound);
    if (!it)
        return notFound;
    if (!it->settled) {
        // Still running: 202 again, with where to ask and when (ARM's Location contract).
        HttpReply reply;
        reply.status = 202;
        reply.setHeader("Location",
                        (m_baseUrl + ctx.request.path + QLatin1Char('?')
                         + ctx.request.query.toString(QUrl::FullyEncoded))
                            .toUtf8());
        reply.setHeader("Retry-After", QByteArray::number(m_options.retryAfterSeconds));
        return reply;
    }
    if (it->fail) // the final result of a failed operation is its error
        return HttpReply::armError(500, QStringLiteral("InternalServerError"), it->error);
    HttpReply reply;
    reply.status = 204;
    if (it->remove)
        return reply; // a delete's final result: 204 No Content
    const std::optional<SandboxWorld::NsgEntry> entry = m_world.nsgEntry(it->nsgId);
    if (!entry)
        return reply;
    // A PUT's final result: the resource as it now is.
    const ojson nsg = m_world.nsgJson(*entry);
    for (const ojson &rule : nsg["properties"]["securityRules"]) {
        if (ascii::equalsIgnoreCase(rule["name"].get_ref<const std::string &>(), s(it->ruleName)))
            return HttpReply::json(200, rule);
    }
    return reply;
}

QByteArray SandboxServer::operationUrl(const Context &ctx, const SandboxWorld::NsgEntry &entry,
                                       const char *kind, const QString &operationId) const
{
    const QString location =
        entry.location.isEmpty() ? QStringLiteral("westeurope") : entry.location;
    return (m_baseUrl
            + QStringLiteral("/subscriptions/%1/providers/Microsoft.Network/locations/%2/%3/"
                             "%4?api-version=%5")
                  .arg(entry.subscriptionId, location.toLower(), QLatin1String(kind), operationId,
                       ctx.request.apiVersion()))
        .toUtf8();
}

void SandboxServer::announceOperation(HttpReply *reply, const Context &ctx,
                                      const SandboxWorld::NsgEntry &entry,
                                      const QString &operationId, bool remove) const
{
    // Microsoft.Network: a PUT names its status monitor (Azure-AsyncOperation), a DELETE also
    // its result (Location). Under the location-only fault, a write names only the result.
    if (m_faults.locationOnly()) {
        reply->status = 202;
        reply->body.clear();
        reply->setHeader("Location", operationUrl(ctx, entry, "operationResults", operationId));
    } else {
        reply->setHeader("Azure-AsyncOperation",
                         operationUrl(ctx, entry, "operations", operationId));
        if (remove)
            reply->setHeader("Location", operationUrl(ctx, entry, "operationResults", operationId));
    }
    reply->setHeader("Retry-After", QByteArray::number(m_options.retryAfterSeconds));
}

HttpReply SandboxServer::putRule(const Context &ctx, const SandboxWorld::NsgEntry &entry,
                                 const QString &ruleName)
{
    const Request &r = ctx.request;
    const QString action =
        QStringLiteral("Microsoft.Network/networkSecurityGroups/securityRules/write");
    if (!m_world.mayPerform(*ctx.grant.account, entry.id, action))
        return authorizationFailed(ctx, action,
                                   entry.id + QStringLiteral("/securityRules/") + ruleName);
    if (std::optional<HttpReply> refused = checkWrite(ctx, entry))
        return *refused;
    const std::string ruleId = s(entry.id) + "/securityRules/" + s(ruleName);
    if (!ruleNamePattern().match(ruleName).hasMatch())
        return badRule(
            QStringLiteral("InvalidResourceName"),
            tr("Resource name %1 is invalid. The name can be up to 80 characters long. It must "
               "begin with a word character, and it must end with a word character or with '_'. "
               "The name may contain word characters or '.', '-', '_'.")
                .arg(ruleName));

    const ojson before = m_world.nsgJson(entry);
    ojson nsg = before;
    ojson &rules = nsg["properties"]["securityRules"];
    auto existing = std::find_if(rules.begin(), rules.end(), [&](const ojson &rule) {
        return ascii::equalsIgnoreCase(rule["name"].get_ref<const std::string &>(), s(ruleName));
    });
    const bool exists = existing != rules.end();
    // ETags: If-Match names the version the client read; anything else changed meanwhile.
    const QByteArray ifMatch = r.header("if-match");
    const QByteArray ifNoneMatch = r.header("if-none-match");
    const std::string currentEtag = exists ? (*existing)["etag"].get<std::string>() : std::string();
    if (!ifMatch.isEmpty()
        && ((ifMatch == "*" && !exists)
            || (ifMatch != "*" && ifMatch.toStdString() != currentEtag))) {
        return HttpReply::armError(
            412, QStringLiteral("PreconditionFailed"),
            tr("Precondition failed: the If-Match value %1 does not match the current etag %2 of "
               "%3.")
                .arg(QString::fromUtf8(ifMatch),
                     exists ? q(currentEtag) : tr("(none: the rule does not exist)"), q(ruleId)));
    }
    if (ifNoneMatch == "*" && exists)
        return HttpReply::armError(
            412, QStringLiteral("PreconditionFailed"),
            tr("Precondition failed: the rule %1 already exists.").arg(q(ruleId)));

    const ojson body =
        ojson::parse(r.body.constData(), r.body.constData() + r.body.size(), nullptr, false);
    if (body.is_discarded() || !body.is_object() || !body.contains("properties")
        || !body["properties"].is_object())
        return badRule(QStringLiteral("InvalidRequestFormat"),
                       tr("Cannot parse the request: expected {\"properties\": {…}}."));
    const ojson &in = body["properties"];

    // Validation, as the network resource provider does it.
    for (const char *required : {"protocol", "access", "priority", "direction"}) {
        if (!in.contains(required) || in[required].is_null())
            return badRule(QStringLiteral("InvalidRequestFormat"),
                           tr("Cannot parse the request. Required property '%1' not found.")
                               .arg(QLatin1String(required)));
    }
    auto text = [&](const char *key) {
        return JsonValue::string(in, key);
    };
    static const QStringList protocols{QStringLiteral("Tcp"),  QStringLiteral("Udp"),
                                       QStringLiteral("Icmp"), QStringLiteral("Esp"),
                                       QStringLiteral("Ah"),   QStringLiteral("*")};
    QString protocol;
    for (const QString &p : protocols) {
        if (p.compare(text("protocol"), Qt::CaseInsensitive) == 0)
            protocol = p;
    }
    if (protocol.isEmpty())
        return badRule(QStringLiteral("InvalidRequestFormat"),
                       tr("Cannot parse the request. '%1' is not a valid protocol (Tcp, Udp, Icmp, "
                          "Esp, Ah, *).")
                           .arg(QString::fromStdString(in["protocol"].dump())));
    const QString accessText = text("access"), directionText = text("direction");
    const bool allow = accessText.compare(QLatin1String("Allow"), Qt::CaseInsensitive) == 0;
    if (!allow && accessText.compare(QLatin1String("Deny"), Qt::CaseInsensitive) != 0)
        return badRule(QStringLiteral("InvalidRequestFormat"),
                       tr("Cannot parse the request. '%1' is not a valid access (Allow, Deny).")
                           .arg(accessText));
    const bool inbound = directionText.compare(QLatin1String("Inbound"), Qt::CaseInsensitive) == 0;
    if (!inbound && directionText.compare(QLatin1String("Outbound"), Qt::CaseInsensitive) != 0)
        return badRule(
            QStringLiteral("InvalidRequestFormat"),
            tr("Cannot parse the request. '%1' is not a valid direction (Inbound, Outbound).")
                .arg(directionText));
    if (!in["priority"].is_number_integer() || in["priority"].get<qint64>() < 100
        || in["priority"].get<qint64>() > 4096)
        return badRule(
            QStringLiteral("SecurityRuleInvalidPriority"),
            tr("Security rule has invalid Priority. Value provided: %1 Allowed range 100-4096.")
                .arg(QString::fromStdString(in["priority"].dump())));
    const qint64 priority = in["priority"].get<qint64>();
    for (const ojson &other : rules) {
        if (ascii::equalsIgnoreCase(other["name"].get_ref<const std::string &>(), s(ruleName)))
            continue;
        const ojson &p = other["properties"];
        if (JsonValue::integer(p, "priority", qint64(-1)) == priority
            && ascii::equalsIgnoreCase(JsonValue::stdString(p, "direction"), s(directionText)))
            return badRule(QStringLiteral("SecurityRuleConflict"),
                           tr("Security rule %1 conflicts with rule %2. Rules cannot have the same "
                              "Priority and Direction. To learn more, see aka.ms/nsgrules.")
                               .arg(q(other["name"].get<std::string>()), ruleName));
    }
    if (in.contains("description") && in["description"].is_string()
        && in["description"].get<std::string>().size() > 140)
        return badRule(QStringLiteral("InvalidRequestFormat"),
                       tr("The description of a security rule is limited to 140 characters."));

    // Each field: one form or the other, never both; every value valid.
    auto values = [&](const char *singular, const char *plural,
                      QStringList *out) -> std::optional<HttpReply> {
        const bool hasSingular = in.contains(singular) && in[singular].is_string()
            && !in[singular].get<std::string>().empty();
        const bool hasPlural = in.contains(plural) && in[plural].is_array() && !in[plural].empty();
        if (hasSingular && hasPlural)
            return badRule(QStringLiteral("SecurityRuleParameterContainsMultipleValues"),
                           tr("Security rule %1 sets both %2 and %3; use one of them.")
                               .arg(q(ruleId), QLatin1String(singular), QLatin1String(plural)));
        if (hasSingular)
            out->append(text(singular));
        if (hasPlural) {
            for (const ojson &v : in[plural]) {
                if (!v.is_string())
                    return badRule(
                        QStringLiteral("InvalidRequestFormat"),
                        tr("Cannot parse the request. %1 holds a value that is not a string.")
                            .arg(QLatin1String(plural)));
                out->append(q(v.get<std::string>()));
            }
        }
        return std::nullopt;
    };
    QStringList sourcePorts, destinationPorts, sources, destinations;
    for (auto [singular, plural, list] :
         {std::tuple{"sourcePortRange", "sourcePortRanges", &sourcePorts},
          std::tuple{"destinationPortRange", "destinationPortRanges", &destinationPorts},
          std::tuple{"sourceAddressPrefix", "sourceAddressPrefixes", &sources},
          std::tuple{"destinationAddressPrefix", "destinationAddressPrefixes", &destinations}}) {
        if (std::optional<HttpReply> bad = values(singular, plural, list))
            return *bad;
    }
    for (const QStringList *ports : {&sourcePorts, &destinationPorts}) {
        for (const QString &p : *ports) {
            const QByteArray utf8 = p.toUtf8();
            if (p == QLatin1String("Any")
                || !PortSet::parseEntry(std::string_view(utf8.constData(), size_t(utf8.size()))))
                return badRule(
                    QStringLiteral("SecurityRuleInvalidPortRange"),
                    tr("Security rule has invalid Port range. Value provided: %1. Value should be "
                       "an integer OR integer range with '-' delimiter. Valid range 0-65535.")
                        .arg(p));
        }
    }
    const bool sourceGroups = in.contains("sourceApplicationSecurityGroups")
        && in["sourceApplicationSecurityGroups"].is_array()
        && !in["sourceApplicationSecurityGroups"].empty();
    const bool destinationGroups = in.contains("destinationApplicationSecurityGroups")
        && in["destinationApplicationSecurityGroups"].is_array()
        && !in["destinationApplicationSecurityGroups"].empty();
    if (sourcePorts.isEmpty() || destinationPorts.isEmpty() || (sources.isEmpty() && !sourceGroups)
        || (destinations.isEmpty() && !destinationGroups))
        return badRule(
            QStringLiteral("InvalidRequestFormat"),
            tr("Cannot parse the request. A security rule needs source and destination port ranges "
               "and source and destination addresses or application security groups."));
    for (const QStringList *list : {&sources, &destinations}) {
        for (const QString &a : *list) {
            const QByteArray utf8 = a.toUtf8();
            const AddressPrefix p =
                AddressPrefix::classify(std::string_view(utf8.constData(), size_t(utf8.size())));
            if (p.kind == AddressPrefix::Kind::Invalid || a == QLatin1String("Any"))
                return badRule(
                    QStringLiteral("SecurityRuleInvalidAddressPrefix"),
                    tr("Security rule %1 has invalid Address prefix. Value provided: %2.")
                        .arg(q(ruleId), a));
            if (list->size() > 1 && p.kind != AddressPrefix::Kind::Range
                && p.kind != AddressPrefix::Kind::AllIpv4 && p.kind != AddressPrefix::Kind::AllIpv6)
                return badRule(QStringLiteral("SecurityRuleParameterContainsUnsupportedValue"),
                               tr("Security rule parameter %1 for rule with Id %2 cannot specify "
                                  "existing VIRTUALNETWORK, INTERNET, AZURELOADBALANCER, '*' or "
                                  "system tags. Unsupported value used: %3.")
                                   .arg(list == &sources
                                            ? QStringLiteral("SourceAddressPrefixes")
                                            : QStringLiteral("DestinationAddressPrefixes"),
                                        q(ruleId), a));
        }
    }

    // Apply: every rule of the NSG carries the NSG's new etag.
    const std::string etag = m_world.newEtag();
    ojson props;
    props["provisioningState"] = "Updating";
    for (auto &[k, v] : in.items()) {
        if (k != "provisioningState")
            props[k] = v;
    }
    props["protocol"] = s(protocol);
    props["access"] = allow ? "Allow" : "Deny";
    props["direction"] = inbound ? "Inbound" : "Outbound";
    for (const char *plural : {"sourcePortRanges", "destinationPortRanges", "sourceAddressPrefixes",
                               "destinationAddressPrefixes"}) {
        if (!props.contains(plural))
            props[plural] = ojson::array();
    }
    const ojson rule{{"name", s(ruleName)},
                     {"id", ruleId},
                     {"etag", etag},
                     {"type", "Microsoft.Network/networkSecurityGroups/securityRules"},
                     {"properties", props}};
    if (exists)
        *existing = rule;
    else
        rules.push_back(rule);
    nsg["etag"] = etag;
    nsg["properties"]["provisioningState"] = "Updating";
    for (ojson &other : rules)
        other["etag"] = etag;
    for (ojson &other : nsg["properties"]["defaultSecurityRules"])
        other["etag"] = etag;
    m_world.storeNsg(entry.id, nsg);

    const QString nsgId = entry.id;
    const QString opId =
        startOperation(nsgId, ruleName, false, [this, nsgId, ruleName, before](bool ok) {
            const std::optional<SandboxWorld::NsgEntry> e = m_world.nsgEntry(nsgId);
            if (!e)
                return;
            ojson current = m_world.nsgJson(*e);
            if (!ok) {
                // A failed operation leaves the NSG as it was, marked Failed.
                ojson restored = before;
                restored["properties"]["provisioningState"] = "Failed";
                m_world.storeNsg(nsgId, restored);
                return;
            }
            current["properties"]["provisioningState"] = "Succeeded";
            for (ojson &written : current["properties"]["securityRules"]) {
                if (ascii::equalsIgnoreCase(written["name"].get_ref<const std::string &>(),
                                            s(ruleName)))
                    written["properties"]["provisioningState"] = "Succeeded";
            }
            m_world.storeNsg(nsgId, current);
        });
    HttpReply reply = HttpReply::json(exists ? 200 : 201, rule);
    announceOperation(&reply, ctx, entry, opId, false);
    return reply;
}

HttpReply SandboxServer::deleteRule(const Context &ctx, const SandboxWorld::NsgEntry &entry,
                                    const QString &ruleName)
{
    const QString action =
        QStringLiteral("Microsoft.Network/networkSecurityGroups/securityRules/delete");
    if (!m_world.mayPerform(*ctx.grant.account, entry.id, action))
        return authorizationFailed(ctx, action,
                                   entry.id + QStringLiteral("/securityRules/") + ruleName);
    if (std::optional<HttpReply> refused = checkWrite(ctx, entry))
        return *refused;
    ojson nsg = m_world.nsgJson(entry);
    ojson &rules = nsg["properties"]["securityRules"];
    auto existing = std::find_if(rules.begin(), rules.end(), [&](const ojson &rule) {
        return ascii::equalsIgnoreCase(rule["name"].get_ref<const std::string &>(), s(ruleName));
    });
    if (existing == rules.end()) {
        HttpReply reply;
        reply.status = 204;
        return reply;
    }
    const QByteArray ifMatch = ctx.request.header("if-match");
    if (!ifMatch.isEmpty() && ifMatch != "*"
        && ifMatch.toStdString() != (*existing)["etag"].get<std::string>())
        return HttpReply::armError(412, QStringLiteral("PreconditionFailed"),
                                   tr("Precondition failed: the rule changed since it was read."));
    (*existing)["properties"]["provisioningState"] = "Deleting";
    m_world.storeNsg(entry.id, nsg);
    const QString nsgId = entry.id;
    const QString opId = startOperation(nsgId, ruleName, true, [this, nsgId, ruleName](bool ok) {
        const std::optional<SandboxWorld::NsgEntry> e = m_world.nsgEntry(nsgId);
        if (!e)
            return;
        ojson current = m_world.nsgJson(*e);
        ojson &list = current["properties"]["securityRules"];
        for (auto it = list.begin(); it != list.end(); ++it) {
            if (ascii::equalsIgnoreCase((*it)["name"].get_ref<const std::string &>(),
                                        s(ruleName))) {
                if (ok)
                    list.erase(it);
                else
                    (*it)["properties"]["provisioningState"] = "Failed";
                break;
            }
        }
        const std::string etag = m_world.newEtag();
        current["etag"] = etag;
        for (ojson &rule : current["properties"]["securityRules"])
            rule["etag"] = etag;
        m_world.storeNsg(nsgId, current);
    });
    HttpReply reply;
    reply.status = 202;
    announceOperation(&reply, ctx, entry, opId, true);
    return reply;
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

namespace {

// A Resource Graph row from a generated NSG's compact text (SandboxWorld::isGeneratedText): the
// requested columns in their order, values spliced from the text.
std::string generatedGraphRow(const std::string &text, const ResourceId &rid,
                              const QString &tenantId, const QStringList &columns)
{
    auto between = [&text](const char *from, const char *to) {
        const size_t a = text.find(from);
        const size_t b = text.find(to, a == std::string::npos ? 0 : a);
        if (a == std::string::npos || b == std::string::npos)
            return std::string("null");
        return text.substr(a + std::strlen(from), b - a - std::strlen(from));
    };
    const std::string id = between("\"id\":", ",\"etag\":");
    const std::string name = between("\"name\":", ",\"id\":");
    const std::string location = between("\"location\":", ",\"tags\":");
    const std::string tags = between("\"tags\":", ",\"properties\":");
    const size_t props = text.find(",\"properties\":");
    const std::string properties = props == std::string::npos
        ? std::string("{}")
        : text.substr(props + 14, text.size() - props - 15); // up to the NSG's closing brace
    std::string out = "{";
    for (const QString &c : columns) {
        const std::string key = c.toStdString();
        std::string value = "null";
        if (key == "id")
            value = id;
        else if (key == "name")
            value = name;
        else if (key == "type")
            value = "\"microsoft.network/networksecuritygroups\"";
        else if (key == "tenantId")
            value = ojson(tenantId.toStdString()).dump();
        else if (key == "kind" || key == "managedBy")
            value = "\"\"";
        else if (key == "location")
            value = location;
        else if (key == "resourceGroup")
            value = ojson(rid.resourceGroup.toLower().toStdString()).dump();
        else if (key == "subscriptionId")
            value = ojson(rid.subscriptionId.toStdString()).dump();
        else if (key == "properties")
            value = properties;
        else if (key == "tags")
            value = tags;
        if (out.size() > 1)
            out += ',';
        out += ojson(key).dump() + ':' + value;
    }
    return out + '}';
}

} // namespace

struct SandboxServer::GraphRows
{
    struct Row
    {
        QString id;
        int nsg = -1; // index into nsgEntries, or -1 for `object`
        ojson object;
    };
    std::vector<SandboxWorld::NsgEntry> nsgEntries;
    std::vector<Row> rows;
};

HttpReply SandboxServer::resourceGraph(const Context &ctx)
{
    const Request &r = ctx.request;
    if (const int down = m_faults.graphDownStatus()) {
        switch (down) {
        case 400:
            return HttpReply::armError(400, QStringLiteral("BadRequest"),
                                       tr("Resource Graph cannot serve this request."));
        case 403:
            return HttpReply::armError(403, QStringLiteral("AuthorizationFailed"),
                                       tr("Resource Graph queries are not allowed for this client "
                                          "in this tenant."));
        case 500:
            return HttpReply::armError(500, QStringLiteral("InternalServerError"),
                                       tr("Resource Graph failed to process the request."));
        default: {
            HttpReply reply = HttpReply::armError(503, QStringLiteral("ServiceUnavailable"),
                                                  tr("Resource Graph is unavailable."));
            reply.setHeader("Retry-After", "1");
            return reply;
        }
        }
    }
    const QString user = ctx.grant.account->userPrincipalName.toLower();
    // The per-user quota window (guidance-for-throttled-requests).
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    std::vector<qint64> &calls = m_graphCalls[user];
    const qint64 window = qint64(m_options.graphWindowSeconds) * 1000;
    calls.erase(
        std::remove_if(calls.begin(), calls.end(), [&](qint64 t) { return now - t >= window; }),
        calls.end());
    auto quotaHeaders = [&](HttpReply &reply) {
        const qint64 resetsInMs =
            calls.empty() ? window : std::max<qint64>(0, calls.front() + window - now);
        const QTime resets = QTime(0, 0).addMSecs(int(resetsInMs));
        reply.setHeader("x-ms-user-quota-remaining",
                        QByteArray::number(std::max(0, m_options.graphQuota - int(calls.size()))));
        reply.setHeader("x-ms-user-quota-resets-after",
                        resets.toString(QStringLiteral("hh:mm:ss")).toLatin1());
    };
    if (int(calls.size()) >= m_options.graphQuota) {
        HttpReply reply = HttpReply::json(
            429,
            {{"error",
              {{"code", "RateLimiting"},
               {"message",
                "Please provide below info when asking for support: timestamp = "
                    + s(QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
                    + ". Details: Client application has been throttled and should not attempt to "
                      "repeat the request until an amount of time has elapsed. Please see "
                      "https://aka.ms/resourcegraph-throttling for help."}}}});
        quotaHeaders(reply);
        const qint64 wait = std::max<qint64>(1, (calls.front() + window - now + 999) / 1000);
        reply.setHeader("Retry-After", QByteArray::number(wait));
        return reply;
    }
    calls.push_back(now);

    auto badRequest = [&](const QString &code, const QString &message) {
        HttpReply reply = HttpReply::json(
            400,
            {{"error",
              {{"code", "BadRequest"},
               {"message",
                "Please provide below info when asking for support: timestamp = "
                    + s(QDateTime::currentDateTimeUtc().toString(Qt::ISODate)) + "."},
               {"details", {{{"code", s(code)}, {"message", s(message)}}}}}}});
        quotaHeaders(reply);
        return reply;
    };
    const ojson body =
        ojson::parse(r.body.constData(), r.body.constData() + r.body.size(), nullptr, false);
    if (body.is_discarded() || !body.is_object() || !body.contains("query")
        || !body["query"].is_string())
        return badRequest(QStringLiteral("InvalidQuery"),
                          tr("The request body must be a JSON object with a 'query' string."));
    QString error;
    const std::optional<GraphQuery> query =
        GraphQuery::parse(q(body["query"].get<std::string>()), &error);
    if (!query)
        return badRequest(QStringLiteral("InvalidQuery"),
                          tr("Query is invalid. Please refer to the documentation for the Azure "
                             "Resource Graph service and fix the error before retrying. %1")
                              .arg(error));
    const ojson options = body.value("options", ojson::object());
    const int top = JsonValue::integer(options, "$top", 100);
    if (top < 1 || top > 1000)
        return badRequest(QStringLiteral("InvalidQuery"), tr("$top must be between 1 and 1000."));
    const std::optional<size_t> offset = offsetOf(JsonValue::string(options, "$skipToken"));
    if (!offset)
        return badRequest(QStringLiteral("InvalidSkipToken"), tr("The skip token is invalid."));
    const bool table = options.value("resultFormat", std::string("objectArray")) == "table";

    // Scope: the subscriptions named (those of the token's tenant the account sees), or all.
    QStringList scope;
    if (body.contains("subscriptions") && body["subscriptions"].is_array()) {
        for (const ojson &id : body["subscriptions"]) {
            if (!id.is_string())
                continue;
            const SandboxWorld::Subscription *sub = m_world.subscription(q(id.get<std::string>()));
            if (!sub
                || (sub->tenantId.compare(ctx.grant.tenantId, Qt::CaseInsensitive) != 0
                    && !sub->isManagedBy(ctx.grant.tenantId))
                || !m_world.seesSubscription(*ctx.grant.account, sub->id)) {
                if (!options.value("allowPartialScopes", false))
                    return badRequest(QStringLiteral("InvalidSubscription"),
                                      tr("The subscription '%1' could not be found or is not "
                                         "accessible with this token.")
                                          .arg(q(id.get<std::string>())));
                continue;
            }
            scope.append(sub->id);
        }
    } else {
        for (const SandboxWorld::Subscription &sub : m_world.subscriptions()) {
            if ((sub.tenantId.compare(ctx.grant.tenantId, Qt::CaseInsensitive) == 0
                 || sub.isManagedBy(ctx.grant.tenantId))
                && m_world.seesSubscription(*ctx.grant.account, sub.id))
                scope.append(sub.id);
        }
    }
    // Rows: what the account may read, as Resource Graph shows resources (type and resource
    // group in lower case). Continuation pages reuse the rows of the query's first page.
    const QString cacheKey = user + QLatin1Char('|') + ctx.grant.tenantId + QLatin1Char('|')
        + q(body["query"].get<std::string>()) + QLatin1Char('|') + scope.join(QLatin1Char(','));
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    for (auto it = m_graphRows.begin(); it != m_graphRows.end();)
        it = nowMs - it->atMs > 120000 ? m_graphRows.erase(it) : std::next(it);
    std::shared_ptr<const GraphRows> cached;
    if (*offset > 0 && m_graphRows.contains(cacheKey))
        cached = m_graphRows.value(cacheKey).rows;
    if (!cached) {
        auto built = std::make_shared<GraphRows>();
        const bool containers = query->table == GraphQuery::Table::ResourceContainers;
        const bool wantNsgs = !containers
            && (query->type.isEmpty()
                || query->type == QLatin1String("microsoft.network/networksecuritygroups"));
        const bool wantNics = !containers
            && (query->type.isEmpty()
                || query->type == QLatin1String("microsoft.network/networkinterfaces"));
        const bool wantSubscriptions = containers
            && (query->type.isEmpty()
                || query->type == QLatin1String("microsoft.resources/subscriptions"));
        const QString nsgRead = QStringLiteral("Microsoft.Network/networkSecurityGroups/read");
        for (const QString &subId : scope) {
            if (!query->subscriptions.isEmpty() && !query->subscriptions.contains(subId.toLower()))
                continue;
            if (wantNsgs) {
                // Readable across the subscription, or NSG by NSG (resource-group roles).
                const bool all = m_world.mayPerform(
                    *ctx.grant.account, QStringLiteral("/subscriptions/") + subId, nsgRead);
                for (SandboxWorld::NsgEntry &e : m_world.nsgs(subId)) {
                    if ((all || m_world.mayPerform(*ctx.grant.account, e.id, nsgRead))
                        && (query->name.isEmpty()
                            || e.name.compare(query->name, Qt::CaseInsensitive) == 0))
                        built->nsgEntries.push_back(std::move(e));
                }
            }
            if (wantSubscriptions) {
                // As ResourceContainers shows a subscription: its display name as the name.
                const SandboxWorld::Subscription *sub = m_world.subscription(subId);
                ojson managers = ojson::array();
                for (const QString &t : sub->managedByTenants)
                    managers.push_back({{"tenantId", s(t)}});
                const QString id = QStringLiteral("/subscriptions/") + sub->id;
                built->rows.push_back(
                    GraphRows::Row{id, -1,
                                   ojson{{"id", s(id)},
                                         {"name", s(sub->displayName)},
                                         {"type", "microsoft.resources/subscriptions"},
                                         {"location", ""},
                                         {"properties",
                                          {{"state", s(sub->state)},
                                           {"subscriptionPolicies",
                                            {{"locationPlacementId", "Public_2014-09-01"},
                                             {"quotaId", s(sub->quotaId)},
                                             {"spendingLimit", "Off"}}},
                                           {"managedByTenants", managers}}},
                                         {"tags", ojson::object()}}});
            }
            if (wantNics) {
                for (const ojson &nic : m_world.networkInterfaces(subId)) {
                    const QString id = q(nic["id"].get<std::string>());
                    if (m_world.mayPerform(
                            *ctx.grant.account, id,
                            QStringLiteral("Microsoft.Network/networkInterfaces/read")))
                        built->rows.push_back(GraphRows::Row{id, -1, nic});
                }
            }
        }
        for (size_t i = 0; i < built->nsgEntries.size(); ++i)
            built->rows.push_back(GraphRows::Row{built->nsgEntries[i].id, int(i), ojson()});
        if (!query->orderBy.isEmpty()
            && query->orderBy.compare(QLatin1String("id"), Qt::CaseInsensitive) == 0) {
            std::sort(built->rows.begin(), built->rows.end(),
                      [&](const GraphRows::Row &a, const GraphRows::Row &b) {
                          const int c = a.id.compare(b.id, Qt::CaseInsensitive);
                          return query->descending ? c > 0 : c < 0;
                      });
        }
        cached = built;
        if (m_graphRows.size() > 16)
            m_graphRows.clear();
        m_graphRows.insert(cacheKey, GraphCache{cached, nowMs});
    }
    const std::vector<GraphRows::Row> &rows = cached->rows;
    size_t total = rows.size();
    if (query->limit >= 0)
        total = std::min(total, size_t(query->limit));
    const bool pagesById = query->project.isEmpty()
        || std::any_of(query->project.begin(), query->project.end(), [](const QString &c) {
                               return c.compare(QLatin1String("id"), Qt::CaseInsensitive) == 0;
                           });
    const size_t first = *offset;
    const size_t end = std::min(total, first + size_t(top));

    static const QStringList allColumns{QStringLiteral("id"),
                                        QStringLiteral("name"),
                                        QStringLiteral("type"),
                                        QStringLiteral("tenantId"),
                                        QStringLiteral("kind"),
                                        QStringLiteral("location"),
                                        QStringLiteral("resourceGroup"),
                                        QStringLiteral("subscriptionId"),
                                        QStringLiteral("managedBy"),
                                        QStringLiteral("sku"),
                                        QStringLiteral("plan"),
                                        QStringLiteral("properties"),
                                        QStringLiteral("tags"),
                                        QStringLiteral("identity"),
                                        QStringLiteral("zones"),
                                        QStringLiteral("extendedLocation")};
    const QStringList columns = query->project.isEmpty() ? allColumns : query->project;
    // Rows are serialised one by one and joined: a page's tree of a thousand NSGs would cost
    // far more than its text.
    std::string data = "[";
    ojson tableRows = ojson::array();
    for (size_t i = first; i < end; ++i) {
        const GraphRows::Row &row = rows[i];
        if (!table && row.nsg >= 0
            && m_world.isGeneratedText(cached->nsgEntries[size_t(row.nsg)])) {
            // Generated NSGs: the row is cut from the generator's text, not parsed and rebuilt.
            if (data.size() > 1)
                data += ',';
            const ResourceId rid = ResourceId::parse(row.id);
            const SandboxWorld::Subscription *sub = m_world.subscription(rid.subscriptionId);
            data += generatedGraphRow(m_world.nsgText(cached->nsgEntries[size_t(row.nsg)]), rid,
                                      sub ? sub->tenantId : QString(), columns);
            continue;
        }
        ojson resource =
            row.nsg >= 0 ? m_world.nsgJson(cached->nsgEntries[size_t(row.nsg)]) : row.object;
        const ResourceId rid = ResourceId::parse(row.id);
        const SandboxWorld::Subscription *sub = m_world.subscription(rid.subscriptionId);
        auto take = [&resource](const char *key, ojson fallback) {
            auto it = resource.find(key);
            return it == resource.end() ? fallback : std::move(*it);
        };
        // Moved, not copied: a page holds up to a thousand NSGs with all their rules.
        ojson full{{"id", take("id", "")},
                   {"name", take("name", "")},
                   {"type", s(q(resource["type"].get<std::string>()).toLower())},
                   {"tenantId", s(sub ? sub->tenantId : QString())},
                   {"kind", ""},
                   {"location", take("location", "")},
                   {"resourceGroup", s(rid.resourceGroup.toLower())},
                   {"subscriptionId", s(rid.subscriptionId)},
                   {"managedBy", ""},
                   {"sku", nullptr},
                   {"plan", nullptr},
                   {"properties", take("properties", ojson::object())},
                   {"tags", take("tags", ojson::object())},
                   {"identity", nullptr},
                   {"zones", nullptr},
                   {"extendedLocation", nullptr}};
        ojson projected = ojson::object();
        ojson tableRow = ojson::array();
        for (const QString &c : columns) {
            const std::string key = s(c);
            auto it = full.find(key);
            ojson value = it == full.end() ? ojson(nullptr) : std::move(*it);
            if (table)
                tableRow.push_back(std::move(value));
            else
                projected[key] = std::move(value);
        }
        if (table) {
            tableRows.push_back(std::move(tableRow));
        } else {
            if (data.size() > 1)
                data += ',';
            data += projected.dump();
        }
    }
    ojson reply{{"totalRecords", total},
                {"count", end - first},
                {"resultTruncated", (!pagesById && total > size_t(top)) ? "true" : "false"}};
    if (pagesById && end < total)
        reply["$skipToken"] = s(skipToken(end));
    reply["facets"] = ojson::array();
    if (table) {
        ojson cols = ojson::array();
        for (const QString &c : columns)
            cols.push_back(
                {{"name", s(c)},
                 {"type",
                  (c == QLatin1String("properties") || c == QLatin1String("tags")) ? "object"
                                                                                   : "string"}});
        reply["data"] = {{"columns", cols}, {"rows", tableRows}};
    }
    std::string text = reply.dump();
    if (!table) {
        text.pop_back(); // the closing brace
        text += ",\"data\":" + data + "]}";
    }
    HttpReply out = HttpReply::rawJson(200, std::move(text));
    quotaHeaders(out);
    return out;
}

} // namespace nsg::sandbox
