// SPDX-License-Identifier: MIT
// Resource Graph (POST /providers/Microsoft.ResourceGraph/resources): KQL over the NSGs, network
// resources, effective admin rules and subscriptions the account may read, with the per-user quota
// and $skipToken pages.
#include "sandbox/armhandlers_p.h"
#include "sandbox/kql.h"
#include "sandbox/sandboxserver.h"

#include "core/model/resourceid.h"
#include "core/util/jsonvalue.h"

namespace nsg::sandbox {

using namespace detail;

namespace {

// A Resource Graph row from a generated NSG's compact text (SandboxWorld::isGeneratedText): the
// requested columns in their order, values spliced from the text, appended to `out`.
void appendGeneratedGraphRow(QByteArray &out, std::string_view text, const ResourceId &rid,
                             const QString &tenantId, const QStringList &columns)
{
    auto put = [&out](std::string_view v) {
        out.append(v.data(), qsizetype(v.size()));
    };
    auto between = [text](std::string_view from, std::string_view to) {
        const size_t a = text.find(from);
        const size_t b = text.find(to, a == std::string_view::npos ? 0 : a);
        if (a == std::string_view::npos || b == std::string_view::npos)
            return std::string_view("null");
        return text.substr(a + from.size(), b - a - from.size());
    };
    const std::string_view id = between("\"id\":", ",\"etag\":");
    const std::string_view name = between("\"name\":", ",\"id\":");
    const std::string_view location = between("\"location\":", ",\"tags\":");
    const std::string_view tags = between("\"tags\":", ",\"properties\":");
    const size_t props = text.find(",\"properties\":");
    const std::string_view properties = props == std::string_view::npos
        ? std::string_view("{}")
        : text.substr(props + 14, text.size() - props - 15); // up to the NSG's closing brace
    out += '{';
    bool first = true;
    for (const QString &c : columns) {
        const std::string key = c.toStdString();
        if (!first)
            out += ',';
        first = false;
        put(ojson(key).dump());
        out += ':';
        if (key == "id")
            put(id);
        else if (key == "name")
            put(name);
        else if (key == "type")
            out += "\"microsoft.network/networksecuritygroups\"";
        else if (key == "tenantId")
            put(ojson(tenantId.toStdString()).dump());
        else if (key == "kind" || key == "managedBy")
            out += "\"\"";
        else if (key == "location")
            put(location);
        else if (key == "resourceGroup")
            put(ojson(rid.resourceGroup.toLower().toStdString()).dump());
        else if (key == "subscriptionId")
            put(ojson(rid.subscriptionId.toStdString()).dump());
        else if (key == "properties")
            put(properties);
        else if (key == "tags")
            put(tags);
        else
            out += "null";
    }
    out += '}';
}

// Resource Graph out of service (FaultInjector's graph-down): the reply for that status.
HttpReply graphOutage(int status)
{
    switch (status) {
    case 400:
        return HttpReply::armError(400, QStringLiteral("BadRequest"),
                                   SandboxServer::tr("Resource Graph cannot serve this request."));
    case 403:
        return HttpReply::armError(403, QStringLiteral("AuthorizationFailed"),
                                   SandboxServer::tr("Resource Graph queries are not allowed for "
                                                     "this client in this tenant."));
    case 500:
        return HttpReply::armError(500, QStringLiteral("InternalServerError"),
                                   SandboxServer::tr("Resource Graph failed to process the "
                                                     "request."));
    default: {
        HttpReply reply = HttpReply::armError(503, QStringLiteral("ServiceUnavailable"),
                                              SandboxServer::tr("Resource Graph is unavailable."));
        reply.setHeader("Retry-After", "1");
        return reply;
    }
    }
}

// The per-user quota window (guidance-for-throttled-requests): an account's query times within
// the window, the headers every reply carries, and the 429 once the quota is spent.
class GraphQuota
{
public:
    GraphQuota(std::vector<qint64> &calls, qint64 windowMs, int limit)
        : m_calls(calls)
        , m_now(QDateTime::currentMSecsSinceEpoch())
        , m_window(windowMs)
        , m_limit(limit)
    {
        m_calls.erase(std::remove_if(m_calls.begin(), m_calls.end(),
                                     [this](qint64 t) { return m_now - t >= m_window; }),
                      m_calls.end());
    }

    bool spent() const { return int(m_calls.size()) >= m_limit; }
    void charge() { m_calls.push_back(m_now); }

    void stamp(HttpReply &reply) const
    {
        const qint64 resetsInMs =
            m_calls.empty() ? m_window : std::max<qint64>(0, m_calls.front() + m_window - m_now);
        const QTime resets = QTime(0, 0).addMSecs(int(resetsInMs));
        reply.setHeader("x-ms-user-quota-remaining",
                        QByteArray::number(std::max(0, m_limit - int(m_calls.size()))));
        reply.setHeader("x-ms-user-quota-resets-after",
                        resets.toString(QStringLiteral("hh:mm:ss")).toLatin1());
    }

    HttpReply throttled() const
    {
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
        stamp(reply);
        const qint64 wait = std::max<qint64>(1, (m_calls.front() + m_window - m_now + 999) / 1000);
        reply.setHeader("Retry-After", QByteArray::number(wait));
        return reply;
    }

    HttpReply badRequest(const QString &code, const QString &message) const
    {
        HttpReply reply = HttpReply::json(
            400,
            {{"error",
              {{"code", "BadRequest"},
               {"message",
                "Please provide below info when asking for support: timestamp = "
                    + s(QDateTime::currentDateTimeUtc().toString(Qt::ISODate)) + "."},
               {"details", {{{"code", s(code)}, {"message", s(message)}}}}}}});
        stamp(reply);
        return reply;
    }

private:
    std::vector<qint64> &m_calls;
    const qint64 m_now;
    const qint64 m_window;
    const int m_limit;
};

// A query request's body, checked: the KQL, its paging and its result format.
struct GraphRequest
{
    ojson body;
    ojson options;
    QString text; // the KQL as sent
    std::optional<GraphQuery> query;
    int top = 100;
    size_t offset = 0;
    bool table = false; // resultFormat "table" (columns and rows) rather than objectArray

    // Why the request cannot be served (InvalidQuery, InvalidSkipToken), else empty.
    QString errorCode;
    QString error;
};

GraphRequest parseGraphRequest(const QByteArray &bytes)
{
    GraphRequest r;
    r.body = ojson::parse(bytes.constData(), bytes.constData() + bytes.size(), nullptr, false);
    if (r.body.is_discarded() || !r.body.is_object() || !r.body.contains("query")
        || !r.body["query"].is_string()) {
        r.errorCode = QStringLiteral("InvalidQuery");
        r.error = SandboxServer::tr("The request body must be a JSON object with a 'query' "
                                    "string.");
        return r;
    }
    r.text = q(r.body["query"].get<std::string>());
    QString error;
    r.query = GraphQuery::parse(r.text, &error);
    if (!r.query) {
        r.errorCode = QStringLiteral("InvalidQuery");
        r.error = SandboxServer::tr("Query is invalid. Please refer to the documentation for the "
                                    "Azure Resource Graph service and fix the error before "
                                    "retrying. %1")
                      .arg(error);
        return r;
    }
    r.options = r.body.value("options", ojson::object());
    r.top = JsonValue::integer(r.options, "$top", 100);
    if (r.top < 1 || r.top > 1000) {
        r.errorCode = QStringLiteral("InvalidQuery");
        r.error = SandboxServer::tr("$top must be between 1 and 1000.");
        return r;
    }
    const std::optional<size_t> offset = offsetOf(JsonValue::string(r.options, "$skipToken"));
    if (!offset) {
        r.errorCode = QStringLiteral("InvalidSkipToken");
        r.error = SandboxServer::tr("The skip token is invalid.");
        return r;
    }
    r.offset = *offset;
    r.table = r.options.value("resultFormat", std::string("objectArray")) == "table";
    return r;
}

// The subscriptions a query covers: those named in the request (each must be one of the token's
// tenant the account sees, unless allowPartialScopes), or all it sees. Empty `inaccessible`
// unless a named one fails.
QStringList graphScope(const SandboxWorld &world, const Identity::Grant &grant,
                       const GraphRequest &request, QString *inaccessible)
{
    auto inTenant = [&grant](const SandboxWorld::Subscription &sub) {
        return sub.tenantId.compare(grant.tenantId, Qt::CaseInsensitive) == 0
            || sub.isManagedBy(grant.tenantId);
    };
    QStringList scope;
    if (!request.body.contains("subscriptions") || !request.body["subscriptions"].is_array()) {
        for (const SandboxWorld::Subscription &sub : world.subscriptions()) {
            if (inTenant(sub) && world.seesSubscription(*grant.account, sub.id))
                scope.append(sub.id);
        }
        return scope;
    }
    for (const ojson &id : request.body["subscriptions"]) {
        if (!id.is_string())
            continue;
        const SandboxWorld::Subscription *sub = world.subscription(q(id.get<std::string>()));
        if (!sub || !inTenant(*sub) || !world.seesSubscription(*grant.account, sub->id)) {
            if (!request.options.value("allowPartialScopes", false)) {
                *inaccessible = q(id.get<std::string>());
                return {};
            }
            continue;
        }
        scope.append(sub->id);
    }
    return scope;
}

// As Resource Graph's ResourceContainers table shows a subscription: its display name as the
// name.
ojson subscriptionRow(const SandboxWorld::Subscription &sub)
{
    ojson managers = ojson::array();
    for (const QString &t : sub.managedByTenants)
        managers.push_back({{"tenantId", s(t)}});
    return ojson{{"id", s(QStringLiteral("/subscriptions/") + sub.id)},
                 {"name", s(sub.displayName)},
                 {"type", "microsoft.resources/subscriptions"},
                 {"location", ""},
                 {"properties",
                  {{"state", s(sub.state)},
                   {"subscriptionPolicies",
                    {{"locationPlacementId", "Public_2014-09-01"},
                     {"quotaId", s(sub.quotaId)},
                     {"spendingLimit", "Off"}}},
                   {"managedByTenants", managers}}},
                 {"tags", ojson::object()}};
}

} // namespace

struct GraphRows
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

namespace {

// The rows a query selects from its scope: what the account may read, as Resource Graph shows
// resources (type and resource group in lower case), in the query's order.
std::shared_ptr<GraphRows> collectGraphRows(const SandboxWorld &world, const Account &account,
                                            const GraphQuery &query, const QStringList &scope)
{
    auto built = std::make_shared<GraphRows>();
    const bool resources = query.table == GraphQuery::Table::Resources;
    const bool wantNsgs = resources && query.wants("microsoft.network/networksecuritygroups");
    const bool wantSubscriptions = query.table == GraphQuery::Table::ResourceContainers
        && query.wants("microsoft.resources/subscriptions");
    const bool wantAdminRules = query.table == GraphQuery::Table::NetworkResources
        && query.wants("microsoft.network/networkmanagers/effectivesecurityadminrules");
    static const char *const networkTypes[] = {
        "microsoft.network/networkinterfaces", "microsoft.network/virtualnetworks",
        "microsoft.network/publicipaddresses", "microsoft.network/loadbalancers",
        "microsoft.network/routetables",       "microsoft.network/applicationsecuritygroups",
        "microsoft.network/firewallpolicies"};
    const QString nsgRead = QStringLiteral("Microsoft.Network/networkSecurityGroups/read");
    for (const QString &subId : scope) {
        if (!query.subscriptions.isEmpty() && !query.subscriptions.contains(subId.toLower()))
            continue;
        if (wantNsgs) {
            // Readable across the subscription, or NSG by NSG (resource-group roles).
            const bool all =
                world.mayPerform(account, QStringLiteral("/subscriptions/") + subId, nsgRead);
            for (SandboxWorld::NsgEntry &e : world.nsgs(subId)) {
                if ((all || world.mayPerform(account, e.id, nsgRead))
                    && (query.name.isEmpty()
                        || e.name.compare(query.name, Qt::CaseInsensitive) == 0))
                    built->nsgEntries.push_back(std::move(e));
            }
        }
        if (wantSubscriptions) {
            const SandboxWorld::Subscription *sub = world.subscription(subId);
            built->rows.push_back(GraphRows::Row{QStringLiteral("/subscriptions/") + sub->id, -1,
                                                 subscriptionRow(*sub)});
        }
        for (const char *type : networkTypes) {
            if (!resources || !query.wants(type))
                continue;
            const QString kind = QLatin1String(type);
            const QString read = QStringLiteral("Microsoft.Network/")
                + kind.section(QLatin1Char('/'), 1) + QStringLiteral("/read");
            std::vector<ojson> list;
            if (kind.endsWith(QLatin1String("/networkinterfaces")))
                list = world.networkInterfaces(subId);
            else if (kind.endsWith(QLatin1String("/virtualnetworks")))
                list = world.virtualNetworks(subId);
            else
                list = world.networkResources(subId, kind);
            for (ojson &resource : list) {
                const QString id = q(resource["id"].get<std::string>());
                if (world.mayPerform(account, id, read)
                    && (query.name.isEmpty()
                        || q(resource.value("name", std::string()))
                                .compare(query.name, Qt::CaseInsensitive)
                            == 0))
                    built->rows.push_back(GraphRows::Row{id, -1, std::move(resource)});
            }
        }
        if (query.table == GraphQuery::Table::ResourceChanges) {
            // The change history of what the account may read, as Resource Graph's
            // resourcechanges table shows it (docs/history.md).
            for (const SandboxWorld::Change &c : world.changes()) {
                if (c.subscriptionId.compare(subId, Qt::CaseInsensitive) != 0
                    || (!query.targetIds.isEmpty()
                        && !query.targetIds.contains(c.targetResourceId.toLower()))
                    || (!query.targetType.isEmpty()
                        && query.targetType
                            != QLatin1String("microsoft.network/networksecuritygroups"))
                    || !world.mayPerform(account, c.targetResourceId, nsgRead))
                    continue;
                const QString id = c.targetResourceId
                    + QStringLiteral("/providers/Microsoft.Resources/changes/") + c.changeId;
                ojson row{{"id", s(id)},
                          {"name", s(c.changeId)},
                          {"type", "microsoft.resources/changes"},
                          {"location", ""},
                          {"properties",
                           {{"targetResourceId", s(c.targetResourceId)},
                            {"targetResourceType", "microsoft.network/networksecuritygroups"},
                            {"changeType", s(c.changeType)},
                            {"changeAttributes",
                             {{"correlationId", s(c.changeId)},
                              {"changedByType", "User"},
                              {"changesCount", c.changes.size()},
                              {"clientType", s(c.clientType)},
                              {"changedBy", s(c.changedBy)},
                              {"operation", s(c.operation)},
                              {"timestamp", s(c.timestamp)}}},
                            {"changes", c.changes}}}};
                built->rows.push_back(GraphRows::Row{id, -1, std::move(row)});
            }
        }
        if (wantAdminRules) {
            // One row per rule that applies to a virtual network the account may read.
            const QString vnetRead = QStringLiteral("Microsoft.Network/virtualNetworks/read");
            for (const ojson &vnet : world.virtualNetworks(subId)) {
                const QString vnetId = q(vnet["id"].get<std::string>());
                if (!world.mayPerform(account, vnetId, vnetRead))
                    continue;
                const std::optional<ojson> rules = world.effectiveAdminRules(vnetId);
                for (const ojson &rule : rules ? *rules : ojson::array()) {
                    const QString id =
                        vnetId
                        + QStringLiteral(
                            "/providers/Microsoft.Network/effectiveSecurityAdminRules/")
                        + q(rule.value("name", std::string("rule")));
                    ojson row = rule;
                    row["id"] = s(id);
                    row["type"] = "microsoft.network/networkmanagers/effectivesecurityadminrules";
                    row["location"] = vnet.value("location", ojson(""));
                    built->rows.push_back(GraphRows::Row{id, -1, std::move(row)});
                }
            }
        }
    }
    for (size_t i = 0; i < built->nsgEntries.size(); ++i)
        built->rows.push_back(GraphRows::Row{built->nsgEntries[i].id, int(i), ojson()});
    if (!query.orderBy.isEmpty()
        && query.orderBy.compare(QLatin1String("id"), Qt::CaseInsensitive) == 0) {
        std::sort(built->rows.begin(), built->rows.end(),
                  [&](const GraphRows::Row &a, const GraphRows::Row &b) {
                      const int c = a.id.compare(b.id, Qt::CaseInsensitive);
                      return query.descending ? c > 0 : c < 0;
                  });
    }
    return built;
}

// A resource with every column Resource Graph has, its big members moved out of `resource`:
// a page holds up to a thousand NSGs with all their rules.
ojson fullGraphRow(ojson resource, const ResourceId &rid, const QString &tenantId)
{
    auto take = [&resource](const char *key, ojson fallback) {
        auto it = resource.find(key);
        return it == resource.end() ? fallback : std::move(*it);
    };
    return ojson{{"id", take("id", "")},
                 {"name", take("name", "")},
                 {"type", s(q(resource["type"].get<std::string>()).toLower())},
                 {"tenantId", s(tenantId)},
                 {"kind", take("kind", "")},
                 {"location", take("location", "")},
                 {"resourceGroup", s(rid.resourceGroup.toLower())},
                 {"subscriptionId", s(rid.subscriptionId)},
                 {"managedBy", ""},
                 {"sku", take("sku", nullptr)},
                 {"plan", nullptr},
                 {"properties", take("properties", ojson::object())},
                 {"tags", take("tags", ojson::object())},
                 {"identity", nullptr},
                 {"zones", take("zones", nullptr)},
                 {"extendedLocation", nullptr}};
}

const QStringList &allGraphColumns()
{
    static const QStringList columns{QStringLiteral("id"),
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
    return columns;
}

// One page of a query's rows, [first, end), as the response body: objectArray rows serialised one
// by one and joined (a page's tree of a thousand NSGs would cost far more than its text), or a
// table of columns and rows.
QByteArray graphPage(const SandboxWorld &world, const GraphRows &cached,
                     const GraphRequest &request, size_t total, size_t end, bool pagesById)
{
    const GraphQuery &query = *request.query;
    const QStringList &columns = query.project.isEmpty() ? allGraphColumns() : query.project;
    ojson reply{
        {"totalRecords", total},
        {"count", end - request.offset},
        {"resultTruncated", (!pagesById && total > size_t(request.top)) ? "true" : "false"}};
    if (pagesById && end < total)
        reply["$skipToken"] = s(skipToken(end));
    reply["facets"] = ojson::array();
    // objectArray: the envelope, then the rows written straight into the body (a page of a
    // thousand generated NSGs is some 25 MB: one buffer, sized after its first row).
    QByteArray text;
    if (!request.table) {
        const std::string envelope = reply.dump();
        text.append(envelope.data(), qsizetype(envelope.size()) - 1); // without its closing brace
        text += ",\"data\":[";
    }
    const qsizetype dataStart = text.size();
    ojson tableRows = ojson::array();
    std::string generated; // one NSG's text at a time
    for (size_t i = request.offset; i < end; ++i) {
        const GraphRows::Row &row = cached.rows[i];
        const ResourceId rid = ResourceId::parse(row.id);
        const SandboxWorld::Subscription *sub = world.subscription(rid.subscriptionId);
        const QString tenantId = sub ? sub->tenantId : QString();
        if (!request.table && row.nsg >= 0
            && world.isGeneratedText(cached.nsgEntries[size_t(row.nsg)])) {
            // Generated NSGs: the row is cut from the generator's text, not parsed and rebuilt.
            if (text.size() > dataStart)
                text += ',';
            generated.clear();
            world.appendNsgText(generated, cached.nsgEntries[size_t(row.nsg)]);
            appendGeneratedGraphRow(text, generated, rid, tenantId, columns);
            if (i == request.offset)
                text.reserve(text.size()
                             + (text.size() - dataStart + 1) * qsizetype(end - i) * 9 / 8);
            continue;
        }
        ojson full = fullGraphRow(row.nsg >= 0 ? world.nsgJson(cached.nsgEntries[size_t(row.nsg)])
                                               : row.object,
                                  rid, tenantId);
        ojson projected = ojson::object();
        ojson tableRow = ojson::array();
        for (const QString &c : columns) {
            const std::string key = s(c);
            auto it = full.find(key);
            ojson value = it == full.end() ? ojson(nullptr) : std::move(*it);
            if (request.table)
                tableRow.push_back(std::move(value));
            else
                projected[key] = std::move(value);
        }
        if (request.table) {
            tableRows.push_back(std::move(tableRow));
        } else {
            if (text.size() > dataStart)
                text += ',';
            const std::string rowText = projected.dump();
            text.append(rowText.data(), qsizetype(rowText.size()));
        }
    }
    if (!request.table) {
        text += "]}";
        return text;
    }
    ojson cols = ojson::array();
    for (const QString &c : columns)
        cols.push_back(
            {{"name", s(c)},
             {"type",
              (c == QLatin1String("properties") || c == QLatin1String("tags")) ? "object"
                                                                               : "string"}});
    reply["data"] = {{"columns", cols}, {"rows", tableRows}};
    return QByteArray::fromStdString(reply.dump());
}

} // namespace

HttpReply SandboxServer::resourceGraph(const Context &ctx)
{
    if (const int down = m_faults.graphDownStatus())
        return graphOutage(down);
    const QString user = ctx.grant.account->userPrincipalName.toLower();
    GraphQuota quota(m_graphCalls[user], qint64(m_options.graphWindowSeconds) * 1000,
                     m_options.graphQuota);
    if (quota.spent())
        return quota.throttled();
    quota.charge();
    ++m_graphQueries;

    const GraphRequest request = parseGraphRequest(ctx.request.body);
    if (!request.errorCode.isEmpty())
        return quota.badRequest(request.errorCode, request.error);
    QString inaccessible;
    const QStringList scope = graphScope(m_world, ctx.grant, request, &inaccessible);
    if (!inaccessible.isEmpty())
        return quota.badRequest(QStringLiteral("InvalidSubscription"),
                                tr("The subscription '%1' could not be found or is not "
                                   "accessible with this token.")
                                    .arg(inaccessible));

    // Continuation pages reuse the rows of the query's first page.
    const QString cacheKey = user + QLatin1Char('|') + ctx.grant.tenantId + QLatin1Char('|')
        + request.text + QLatin1Char('|') + scope.join(QLatin1Char(','));
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    for (auto it = m_graphRows.begin(); it != m_graphRows.end();)
        it = nowMs - it->atMs > 120000 ? m_graphRows.erase(it) : std::next(it);
    std::shared_ptr<const GraphRows> rows;
    if (request.offset > 0 && m_graphRows.contains(cacheKey))
        rows = m_graphRows.value(cacheKey).rows;
    if (!rows) {
        rows = collectGraphRows(m_world, *ctx.grant.account, *request.query, scope);
        if (m_graphRows.size() > 16)
            m_graphRows.clear();
        m_graphRows.insert(cacheKey, GraphCache{rows, nowMs});
    }

    const GraphQuery &query = *request.query;
    size_t total = rows->rows.size();
    if (query.limit >= 0)
        total = std::min(total, size_t(query.limit));
    const bool pagesById = query.project.isEmpty()
        || std::any_of(query.project.begin(), query.project.end(), [](const QString &c) {
                               return c.compare(QLatin1String("id"), Qt::CaseInsensitive) == 0;
                           });
    const size_t end = std::min(total, request.offset + size_t(request.top));
    HttpReply out =
        HttpReply::rawJson(200, graphPage(m_world, *rows, request, total, end, pagesById));
    quota.stamp(out);
    return out;
}

} // namespace nsg::sandbox
