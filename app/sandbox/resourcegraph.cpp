// SPDX-License-Identifier: MIT
// Resource Graph (POST /providers/Microsoft.ResourceGraph/resources): KQL over the NSGs, network
// interfaces and subscriptions the account may read, with the per-user quota and $skipToken pages.
#include "sandbox/armhandlers_p.h"
#include "sandbox/kql.h"
#include "sandbox/sandboxserver.h"

#include "core/model/resourceid.h"
#include "core/util/jsonvalue.h"

#include <cstring>

namespace nsg::sandbox {

using namespace detail;

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
