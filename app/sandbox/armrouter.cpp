// SPDX-License-Identifier: MIT
// The ARM side of the sandbox (docs/azure-protocol.md, 'Calling ARM'): the bearer token and
// api-version every request needs, routing by path to the handler of each resource kind,
// subscription-wide faults and throttling, and the paging every list shares.
#include "sandbox/armhandlers_p.h"
#include "sandbox/sandboxserver.h"

#include <QRegularExpression>

namespace nsg::sandbox {

using namespace detail;

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
                if (isListedNetworkType(seg[4]))
                    return networkCollection(ctx, *sub, seg[4]);
            }
            if (seg.size() == 7 && is(seg[3], "Microsoft.Network") && is(seg[4], "locations")
                && is(seg[6], "serviceTags")) {
                if (r.method != QLatin1String("GET"))
                    return HttpReply::armError(405, QStringLiteral("MethodNotAllowed"),
                                               tr("Use GET."));
                return serviceTags(ctx, *sub, seg[5]);
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
            if (seg.size() == 9 && is(seg[4], "providers") && is(seg[5], "Microsoft.Network")) {
                const QString id = rgScope + QStringLiteral("/providers/Microsoft.Network/")
                    + seg[6] + QLatin1Char('/') + seg[7];
                if (is(seg[6], "virtualNetworks")
                    && is(seg[8], "listNetworkManagerEffectiveSecurityAdminRules")) {
                    if (r.method != QLatin1String("POST"))
                        return HttpReply::armError(405, QStringLiteral("MethodNotAllowed"),
                                                   tr("Use POST."));
                    return effectiveAdminRules(ctx, id);
                }
                if (is(seg[6], "firewallPolicies") && is(seg[8], "ruleCollectionGroups")) {
                    if (r.method != QLatin1String("GET"))
                        return HttpReply::armError(405, QStringLiteral("MethodNotAllowed"),
                                                   tr("Use GET."));
                    return ruleCollectionGroups(ctx, id);
                }
            }
            if ((seg.size() == 7 || seg.size() == 8) && is(seg[4], "providers")
                && is(seg[5], "Microsoft.Resources") && is(seg[6], "deployments")) {
                if (r.method != QLatin1String("GET"))
                    return HttpReply::armError(405, QStringLiteral("MethodNotAllowed"),
                                               tr("Use GET."));
                return deployments(ctx, sub->id, rg, seg.size() == 8 ? seg[7] : QString());
            }
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

} // namespace nsg::sandbox
