// SPDX-License-Identifier: MIT
// Writing security rules: PUT and DELETE of …/securityRules/{name}, validated as the network
// resource provider validates them, with ETags, the refusals every write may meet (MFA claims,
// disabled subscription, lock, an operation in progress) and an asynchronous operation each.
#include "sandbox/armhandlers_p.h"
#include "sandbox/sandboxserver.h"

#include "core/net/addressprefix.h"
#include "core/net/portset.h"
#include "core/util/ascii.h"
#include "core/util/jsonvalue.h"

#include <QDateTime>
#include <QRegularExpression>

namespace nsg::sandbox {

using namespace detail;

namespace {

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

// The client as Azure's change history names it (clientType), from the request's User-Agent:
// its first product ("nsg-auditor/0.1.0 …" → "nsg-auditor").
QString clientTypeOf(const QByteArray &userAgent)
{
    const QString product = QString::fromLatin1(userAgent).section(QLatin1Char(' '), 0, 0);
    const QString name = product.section(QLatin1Char('/'), 0, 0).trimmed();
    return name.isEmpty() ? QStringLiteral("Unspecified") : name;
}

// The rule's properties that differ between two versions of its NSG, as the change history
// words them: "properties.securityRules[2].properties.sourceAddressPrefix" →
// {previousValue, newValue, changeCategory, propertyChangeType}.
ojson ruleChanges(const ojson &before, const ojson &after, const QString &ruleName)
{
    auto find = [&ruleName](const ojson &nsg, int *index) -> const ojson * {
        const ojson &rules = nsg["properties"]["securityRules"];
        for (size_t i = 0; i < rules.size(); ++i) {
            if (ascii::equalsIgnoreCase(rules[i]["name"].get_ref<const std::string &>(),
                                        s(ruleName))) {
                *index = int(i);
                return &rules[i];
            }
        }
        return nullptr;
    };
    int beforeIndex = -1, afterIndex = -1;
    const ojson *was = find(before, &beforeIndex);
    const ojson *is = find(after, &afterIndex);
    const ojson none = ojson::object();
    const ojson &b = was ? (*was)["properties"] : none;
    const ojson &a = is ? (*is)["properties"] : none;
    const std::string prefix =
        "properties.securityRules[" + std::to_string(is ? afterIndex : beforeIndex) + "]";
    auto text = [](const ojson &v) {
        return v.is_string() ? v.get<std::string>() : v.dump();
    };
    ojson changes = ojson::object();
    if (!was || !is) {
        changes[prefix] = {{"previousValue", was ? was->dump() : ""},
                           {"newValue", is ? is->dump() : ""},
                           {"changeCategory", "User"},
                           {"propertyChangeType", was ? "Remove" : "Insert"}};
        return changes;
    }
    std::vector<std::string> keys;
    for (const auto &[k, v] : b.items())
        keys.push_back(k);
    for (const auto &[k, v] : a.items()) {
        if (!b.contains(k))
            keys.push_back(k);
    }
    for (const std::string &k : keys) {
        if (k == "provisioningState")
            continue;
        const bool inBefore = b.contains(k), inAfter = a.contains(k);
        if (inBefore && inAfter && b[k] == a[k])
            continue;
        const bool emptyBefore = !inBefore || (b[k].is_array() && b[k].empty());
        const bool emptyAfter = !inAfter || (a[k].is_array() && a[k].empty());
        if (emptyBefore && emptyAfter)
            continue;
        changes[prefix + ".properties." + k] = {{"previousValue", inBefore ? text(b[k]) : ""},
                                                {"newValue", inAfter ? text(a[k]) : ""},
                                                {"changeCategory", "User"},
                                                {"propertyChangeType",
                                                 emptyBefore      ? "Insert"
                                                     : emptyAfter ? "Remove"
                                                                  : "Update"}};
    }
    return changes;
}

// A write to one of an NSG's rules as the change history will record it once it succeeds (a
// rule is part of its NSG in Resource Graph: its writes are updates of the NSG).
SandboxWorld::Change changeRecord(const SandboxWorld::NsgEntry &entry, const Account &account,
                                  const QByteArray &userAgent, const QString &action)
{
    SandboxWorld::Change change;
    change.targetResourceId = entry.id;
    change.subscriptionId = entry.subscriptionId;
    change.resourceGroup = entry.resourceGroup;
    change.changeType = QStringLiteral("Update");
    change.changedBy = account.userPrincipalName;
    change.clientType = clientTypeOf(userAgent);
    change.operation = action;
    return change;
}

} // namespace

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
    SandboxWorld::Change change =
        changeRecord(entry, *ctx.grant.account, r.header("user-agent"), action);
    const QString opId = startOperation(
        nsgId, ruleName, false, [this, nsgId, ruleName, before, change](bool ok) mutable {
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
            change.timestamp = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
            change.changes = ruleChanges(before, current, ruleName);
            m_world.recordChange(std::move(change));
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
    const ojson before = m_world.nsgJson(entry);
    m_world.storeNsg(entry.id, nsg);
    const QString nsgId = entry.id;
    SandboxWorld::Change change =
        changeRecord(entry, *ctx.grant.account, ctx.request.header("user-agent"), action);
    const QString opId = startOperation(
        nsgId, ruleName, true, [this, nsgId, ruleName, before, change](bool ok) mutable {
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
            if (ok) {
                change.timestamp = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
                change.changes = ruleChanges(before, current, ruleName);
                m_world.recordChange(std::move(change));
            }
        });
    HttpReply reply;
    reply.status = 202;
    announceOperation(&reply, ctx, entry, opId, true);
    return reply;
}

} // namespace nsg::sandbox
