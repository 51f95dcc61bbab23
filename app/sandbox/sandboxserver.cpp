// SPDX-License-Identifier: MIT
#include "sandbox/sandboxserver.h"

#include "core/util/jsonvalue.h"

#include <QCoreApplication>
#include <QFile>
#include <QHttpServerRequest>
#include <QLocale>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUuid>

namespace nsg::sandbox {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 412:
        return "Precondition Failed";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

QString methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get:
        return QStringLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QStringLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QStringLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QStringLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QStringLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QStringLiteral("PATCH");
    default:
        return QStringLiteral("OTHER");
    }
}

// Forms encode spaces as '+', which QUrlQuery leaves alone.
QUrlQuery formBody(const QByteArray &body)
{
    QByteArray b = body;
    b.replace('+', "%20");
    return QUrlQuery(QString::fromUtf8(b));
}

std::string s(const QString &q)
{
    return q.toStdString();
}

} // namespace

SandboxServer::SandboxServer(SandboxOptions options, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_options(std::move(options))
    , m_identity(m_world, m_options)
{
    connect(&m_autoApprove, &QTimer::timeout, this, &SandboxServer::autoApprove);
}

SandboxServer::~SandboxServer() = default;

QByteArray SandboxServer::demoTenant()
{
    QFile f(QStringLiteral(":/nsg-auditor/demo/contoso.json"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QSslCertificate SandboxServer::caCertificate()
{
    QFile f(QStringLiteral(":/nsg-auditor/sandbox/ca.pem"));
    return f.open(QIODevice::ReadOnly) ? QSslCertificate(f.readAll(), QSsl::Pem)
                                       : QSslCertificate();
}

bool SandboxServer::start(QString *error)
{
    QString why;
    if (!m_faults.configure(m_options.faults, &why)) {
        *error = why;
        return false;
    }
    if (!m_options.generateSpec.isEmpty()) {
        const std::optional<GenerateSpec> spec = GenerateSpec::parse(m_options.generateSpec, &why);
        if (!spec) {
            *error = why;
            return false;
        }
        m_world.generate(*spec);
    } else {
        QByteArray bytes;
        if (m_options.tenantFile.isEmpty()) {
            bytes = demoTenant();
        } else {
            QFile f(m_options.tenantFile);
            if (!f.open(QIODevice::ReadOnly)) {
                *error = tr("cannot open %1: %2").arg(m_options.tenantFile, f.errorString());
                return false;
            }
            bytes = f.readAll();
        }
        if (!m_world.loadTenantFile(bytes, &why)) {
            *error = (m_options.tenantFile.isEmpty() ? tr("demo tenant") : m_options.tenantFile)
                + QLatin1String(": ") + why;
            return false;
        }
    }
    if (m_options.tls) {
        QFile certificate(QStringLiteral(":/nsg-auditor/sandbox/server.pem"));
        QFile key(QStringLiteral(":/nsg-auditor/sandbox/server.key"));
        if (!certificate.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly)) {
            *error = tr("the sandbox's TLS certificate is missing from the build");
            return false;
        }
        const QSslCertificate cert(certificate.readAll(), QSsl::Pem);
        const QSslKey privateKey(key.readAll(), QSsl::Rsa, QSsl::Pem);
        if (cert.isNull() || privateKey.isNull() || !QSslSocket::supportsSsl()) {
            *error = tr("TLS is not available (no usable TLS backend or certificate)");
            return false;
        }
        sslSetup(cert, privateKey, QSsl::TlsV1_2OrLater);
    }
    const quint16 port = listen(m_options.address, m_options.port);
    if (port == 0) {
        *error = tr("cannot listen on %1:%2").arg(m_options.address.toString()).arg(m_options.port);
        return false;
    }
    QString host = m_options.address.toString();
    if (m_options.address.protocol() == QAbstractSocket::IPv6Protocol)
        host = QLatin1Char('[') + host + QLatin1Char(']');
    m_baseUrl = QStringLiteral("%1://%2:%3")
                    .arg(m_options.tls ? QStringLiteral("https") : QStringLiteral("http"), host)
                    .arg(port);
    m_identity.setBaseUrl(m_baseUrl);
    if (m_options.autoApproveSeconds >= 0)
        m_autoApprove.start(100);
    return true;
}

void SandboxServer::autoApprove()
{
    if (m_world.accounts().isEmpty())
        return;
    const QString account = m_world.accounts().front().userPrincipalName;
    for (const QString &code : m_identity.pendingUserCodes(m_options.autoApproveSeconds))
        m_identity.approve(code, account, false);
}

void SandboxServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    send(socket, HttpReply::armError(404, QStringLiteral("NotFound"), tr("Not found.")),
         FaultInjector::Action::None, false);
}

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Request r;
    r.method = methodName(request.method());
    r.path = request.url().path();
    r.segments = r.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    r.query = QUrlQuery(request.url());
    for (const auto &[name, value] : request.headers())
        r.headers.insert(name.toLower(), value);
    r.body = request.body();

    settleOperations();
    bool armRequest = false;
    const bool close = r.header("connection").compare("close", Qt::CaseInsensitive) == 0;
    FaultInjector::Action fault = FaultInjector::Action::None;
    HttpReply reply;
    int serverStatus = 500;
    if (r.segments.value(0) != QLatin1String("sandbox")
        && r.segments.value(0) != QLatin1String("devicelogin")
        && !(r.segments.size() >= 3
             && (r.segments.value(1) == QLatin1String("oauth2")
                 || r.segments.value(1) == QLatin1String("v2.0")
                 || r.segments.value(1) == QLatin1String("discovery")))) {
        fault = m_faults.draw(&serverStatus);
    }
    const bool applies = fault != FaultInjector::Action::None;
    if (applies && fault == FaultInjector::Action::TooManyRequests) {
        reply =
            HttpReply::armError(429, QStringLiteral("TooManyRequests"),
                                tr("The request is being throttled as the limit has been reached "
                                   "for operation type - Read_ObservationWindow_00:05:00. For more "
                                   "information, refer to - https://aka.ms/armthrottling"));
        reply.setHeader("Retry-After", "1");
        armRequest = true;
    } else if (applies && fault == FaultInjector::Action::ServerError) {
        reply = serverStatus == 503
            ? HttpReply::armError(
                503, QStringLiteral("ServiceUnavailable"),
                tr("The service is temporarily unavailable. Please try again later."))
            : HttpReply::armError(500, QStringLiteral("InternalServerError"),
                                  tr("Encountered internal server error. Diagnostic information: "
                                     "timestamp '%1', tracking id '%2'.")
                                      .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate),
                                           QUuid::createUuid().toString(QUuid::WithoutBraces)));
        if (serverStatus == 503)
            reply.setHeader("Retry-After", "1");
        armRequest = true;
    } else {
        reply = route(r, &armRequest);
    }
    if (!armRequest)
        fault = FaultInjector::Action::None;
    if (armRequest && m_faults.dropWrites() && reply.status >= 200 && reply.status < 300
        && (r.method == QLatin1String("PUT") || r.method == QLatin1String("DELETE")))
        fault = FaultInjector::Action::Reset; // done, but the answer never arrives
    if (armRequest)
        keepRetryAfter(r, fault == FaultInjector::Action::Reset ? HttpReply() : reply);
    if (armRequest) {
        reply.setHeader("x-ms-request-id", QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
        reply.setHeader("x-ms-correlation-request-id",
                        QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
        if (!r.header("x-ms-client-request-id").isEmpty())
            reply.setHeader("x-ms-client-request-id", r.header("x-ms-client-request-id"));
        reply.setHeader("x-ms-routing-request-id",
                        "SANDBOX:"
                            + QDateTime::currentDateTimeUtc()
                                  .toString(QStringLiteral("yyyyMMddTHHmmssZ"))
                                  .toLatin1()
                            + ':' + QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
        reply.setHeader("Cache-Control", "no-cache");
    }
    // The log is for what clients did; the tests' own control requests stay out of it.
    if (r.segments.value(0) != QLatin1String("sandbox"))
        logRequest(r, fault == FaultInjector::Action::Reset ? 0 : reply.status);
    const int latency = armRequest
        ? m_faults.drawLatencyMs(r.path.contains(
            QLatin1String("/providers/Microsoft.ResourceGraph/"), Qt::CaseInsensitive))
        : 0;
    if (latency <= 0) {
        send(socket, std::move(reply), fault, close);
        return true;
    }
    QPointer<QTcpSocket> guard(socket);
    QTimer::singleShot(latency, this,
                       [this, guard, reply = std::move(reply), fault, close]() mutable {
                           if (guard)
                               send(guard, std::move(reply), fault, close);
                       });
    return true;
}

void SandboxServer::keepRetryAfter(const Request &r, const HttpReply &reply)
{
    ++m_served;
    // The same request again (a retry): same caller, method, path and body.
    const QByteArray key = r.header("authorization") + ' ' + r.method.toLatin1() + ' '
        + r.path.toLower().toUtf8() + ' ' + QByteArray::number(qHash(r.body));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto it = m_retryAllowedAt.constFind(key);
    // A little slack for the granularity of the caller's timers.
    if (it != m_retryAllowedAt.cend() && now + 100 < *it) {
        ++m_early;
        qWarning().noquote() << "sandbox: request" << (*it - now)
                             << "ms before its Retry-After:" << r.method << r.path;
    }
    if (reply.status == 429)
        ++m_throttled;
    bool ok = false;
    const qint64 seconds = reply.header("Retry-After").trimmed().toLongLong(&ok);
    if (ok && seconds >= 0) {
        ++m_retryAftersGiven;
        m_retryAllowedAt.insert(key, now + seconds * 1000);
    } else if (it != m_retryAllowedAt.cend()) {
        m_retryAllowedAt.erase(it);
    }
}

void SandboxServer::send(QTcpSocket *socket, HttpReply reply, FaultInjector::Action fault,
                         bool close)
{
    if (fault == FaultInjector::Action::Reset) {
        socket->abort();
        return;
    }
    if (fault == FaultInjector::Action::Malformed && reply.status == 200) {
        reply.body = QByteArrayLiteral("{\"value\": [{\"id\": \"/subscriptions/");
    }
    QByteArray out =
        "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n";
    out += "Date: "
        + QLocale::c()
              .toString(QDateTime::currentDateTimeUtc(),
                        QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
              .toLatin1()
        + "\r\n";
    out += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    for (const auto &[name, value] : reply.headers)
        out += name + ": " + value + "\r\n";
    if (close)
        out += "Connection: close\r\n";
    out += "\r\n";
    if (fault == FaultInjector::Action::Truncate) {
        out += reply.body.left(reply.body.size() / 2);
        socket->write(out);
        socket->flush();
        socket->disconnectFromHost();
        return;
    }
    // Headers and body in two writes: a page of 25 MB is not copied behind its headers.
    socket->write(out);
    socket->write(reply.body);
    if (close)
        socket->disconnectFromHost();
}

void SandboxServer::logRequest(const Request &request, int status)
{
    QString path = request.path;
    if (!request.query.isEmpty())
        path += QLatin1Char('?') + request.query.toString(QUrl::FullyEncoded);
    if (m_log.size() >= 200000)
        m_log.erase(m_log.begin(), m_log.begin() + 100000);
    QString grant;
    if (request.method == QLatin1String("POST") && request.path.endsWith(QLatin1String("/token")))
        grant =
            formBody(request.body).queryItemValue(QStringLiteral("grant_type"), QUrl::FullyDecoded);
    // A write's body, an action's (a POST to ARM that names where to go on in its body) and a
    // Resource Graph query's (which subscriptions it reads).
    const bool write = request.method == QLatin1String("PUT")
        || request.method == QLatin1String("PATCH")
        || (request.method == QLatin1String("POST")
            && (request.path.endsWith(
                    QLatin1String("/listNetworkManagerEffectiveSecurityAdminRules"),
                    Qt::CaseInsensitive)
                || request.path.contains(QLatin1String("/providers/Microsoft.ResourceGraph/"),
                                         Qt::CaseInsensitive)));
    m_log.push_back(LoggedRequest{request.method, path, status,
                                  request.header("authorization").startsWith("Bearer ")
                                      || request.header("authorization").startsWith("bearer "),
                                  QDateTime::currentDateTimeUtc(), grant,
                                  write ? request.body.left(65536) : QByteArray(),
                                  request.header("if-match"), request.header("if-none-match")});
}

HttpReply SandboxServer::route(const Request &r, bool *armRequest)
{
    const QStringList &seg = r.segments;
    if (seg.value(0) == QLatin1String("sandbox"))
        return control(r);
    if (seg.size() == 1 && seg[0] == QLatin1String("devicelogin")) {
        if (r.method == QLatin1String("POST"))
            return m_identity.deviceLoginSubmit(formBody(r.body));
        return m_identity.deviceLoginPage();
    }
    if (seg.size() == 4 && seg[1] == QLatin1String("oauth2") && seg[2] == QLatin1String("v2.0")) {
        if (r.method != QLatin1String("POST"))
            return HttpReply::json(
                405, {{"error", "invalid_request"}, {"error_description", "Use POST."}});
        if (seg[3] == QLatin1String("devicecode"))
            return m_identity.deviceCode(seg[0], formBody(r.body));
        if (seg[3] == QLatin1String("token")) {
            const QUrlQuery form = formBody(r.body);
            if (!m_faults.refreshFailTenant().isEmpty()
                && seg[0].toLower() == m_faults.refreshFailTenant()
                && form.queryItemValue(QStringLiteral("grant_type"))
                    == QLatin1String("refresh_token"))
                return HttpReply::json(
                    400,
                    {{"error", "invalid_grant"},
                     {"error_description",
                      "AADSTS70008: The provided authorization code or refresh token has "
                      "expired due to inactivity, was revoked or has already been used."},
                     {"error_codes", {70008}}});
            return m_identity.token(seg[0], form);
        }
    }
    if (seg.size() == 4 && seg[1] == QLatin1String("v2.0") && seg[2] == QLatin1String(".well-known")
        && seg[3] == QLatin1String("openid-configuration"))
        return m_identity.openIdConfiguration(seg[0]);
    if (seg.size() == 4 && seg[1] == QLatin1String("discovery") && seg[2] == QLatin1String("v2.0")
        && seg[3] == QLatin1String("keys"))
        return HttpReply::json(200, {{"keys", ojson::array()}}); // id tokens here are unsigned
    if (seg.size() == 3 && seg[1] == QLatin1String("discovery")
        && seg[2] == QLatin1String("instance"))
        return m_identity.instanceDiscovery(r.query);
    if (seg.size() == 4 && seg[0] == QLatin1String("metadata")
        && seg[1] == QLatin1String("identity") && seg[2] == QLatin1String("oauth2")
        && seg[3] == QLatin1String("token"))
        return m_identity.managedIdentityToken(r.query, r.header("metadata"));
    if (seg.size() == 2 && seg[0] == QLatin1String("msi") && seg[1] == QLatin1String("token"))
        return m_identity.appServiceIdentityToken(r.query, r.header("x-identity-header"));
    *armRequest = true;
    if (seg.size() == 2 && seg[0] == QLatin1String("metadata")
        && seg[1] == QLatin1String("endpoints"))
        return cloudMetadata(r); // served without a token, as ARM serves it
    return arm(r);
}

HttpReply SandboxServer::control(const Request &r)
{
    const QString what = r.segments.value(1);
    auto body = [&r]() {
        return ojson::parse(r.body.constData(), r.body.constData() + r.body.size(), nullptr, false);
    };
    if (what == QLatin1String("approve") && r.method == QLatin1String("POST")) {
        const ojson b = body();
        if (!b.is_object() || !b.contains("user_code") || !b["user_code"].is_string())
            return HttpReply::json(
                400, {{"error", "expected {\"user_code\", \"account\", \"decline\"}"}});
        QString account = JsonValue::string(b, "account");
        if (account.isEmpty() && !m_world.accounts().isEmpty())
            account = m_world.accounts().front().userPrincipalName;
        const QString error =
            m_identity.approve(QString::fromStdString(b["user_code"].get<std::string>()), account,
                               b.value("decline", false));
        if (!error.isEmpty())
            return HttpReply::json(400, {{"error", s(error)}});
        return HttpReply::json(200,
                               {{"user_code", b["user_code"]},
                                {"account", s(account)},
                                {"declined", b.value("decline", false)}});
    }
    if (what == QLatin1String("truth") && r.method == QLatin1String("GET")) {
        std::string out = "{\"nsgs\": [";
        bool first = true;
        for (const SandboxWorld::NsgEntry &e : m_world.allNsgs()) {
            out += first ? "\n" : ",\n";
            first = false;
            ojson nsg{{"id", s(e.id)}, {"exposed", e.expectExposed}};
            if (!e.expectReachability.isEmpty())
                nsg["reachability"] = s(e.expectReachability);
            out += nsg.dump();
        }
        // The paths from the Internet the tenant file expects (expectEndpoints).
        out += "\n], \"endpoints\": [";
        first = true;
        for (const SandboxWorld::Subscription &sub : m_world.subscriptions()) {
            for (const ojson &e : sub.expectedEndpoints) {
                out += first ? "\n" : ",\n";
                first = false;
                out += e.dump();
            }
        }
        out += "\n]}\n";
        return HttpReply::rawJson(200, std::move(out));
    }
    if (what == QLatin1String("stats") && r.method == QLatin1String("GET")) {
        return HttpReply::json(200,
                               {{"served", m_served},
                                {"throttled", m_throttled},
                                {"bucket_empty", m_bucketEmpty},
                                {"retry_after_given", m_retryAftersGiven},
                                {"before_retry_after", m_early},
                                {"graph_queries", m_graphQueries},
                                {"graph_quota", m_options.graphQuota},
                                {"graph_window_s", m_options.graphWindowSeconds}});
    }
    if (what == QLatin1String("requests")) {
        if (r.method == QLatin1String("DELETE")) {
            m_log.clear();
            return HttpReply::json(200, {{"requests", ojson::array()}});
        }
        ojson list = ojson::array();
        for (const LoggedRequest &l : m_log) {
            list.push_back({{"method", s(l.method)},
                            {"path", s(l.path)},
                            {"status", l.status},
                            {"bearer", l.bearer},
                            {"time", s(l.time.toString(Qt::ISODateWithMs))}});
            if (!l.grant.isEmpty())
                list.back()["grant_type"] = s(l.grant);
            if (!l.body.isEmpty()) {
                const ojson sent = ojson::parse(l.body.constData(),
                                                l.body.constData() + l.body.size(), nullptr, false);
                list.back()["body"] = sent.is_discarded() ? ojson(l.body.toStdString()) : sent;
            }
            if (!l.ifMatch.isEmpty())
                list.back()["ifMatch"] = l.ifMatch.toStdString();
            if (!l.ifNoneMatch.isEmpty())
                list.back()["ifNoneMatch"] = l.ifNoneMatch.toStdString();
        }
        return HttpReply::json(200, {{"requests", list}});
    }
    if (what == QLatin1String("faults")) {
        if (r.method == QLatin1String("POST")) {
            const ojson b = body();
            const QString spec =
                b.is_object() ? JsonValue::string(b, "faults") : QString::fromUtf8(r.body);
            QString error;
            if (!m_faults.configure(spec, &error))
                return HttpReply::json(400, {{"error", s(error)}});
        }
        return HttpReply::json(200, {{"faults", s(m_faults.spec())}});
    }
    if (what == QLatin1String("interaction") && r.method == QLatin1String("POST")) {
        const ojson b = body();
        if (!b.is_object())
            return HttpReply::json(400,
                                   {{"error", "expected {\"account\", \"tenant\", \"required\"}"}});
        m_identity.setInteractionRequired(JsonValue::string(b, "account"),
                                          JsonValue::string(b, "tenant"),
                                          b.value("required", true));
        return HttpReply::json(200, b);
    }
    if (what == QLatin1String("export") && r.method == QLatin1String("GET")) {
        // The tenant as an offline export: every resource as `az … list -o json` prints it (NSGs,
        // NICs, virtual networks, public IPs, load balancers, route tables, ASGs, firewall
        // policies and their rule collection groups), each virtual network's effective admin
        // rules as {"virtualNetworkId", "value"}, and the service tags.
        std::string out = "[";
        auto add = [&out](const std::string &item) {
            out += out.size() > 1 ? ",\n" : "\n";
            out += item;
        };
        for (const SandboxWorld::Subscription &sub : m_world.subscriptions()) {
            for (const SandboxWorld::NsgEntry &e : m_world.nsgs(sub.id))
                add(m_world.nsgText(e));
            for (const ojson &o : m_world.networkInterfaces(sub.id))
                add(o.dump());
            for (const ojson &vnet : m_world.virtualNetworks(sub.id)) {
                add(vnet.dump());
                const QString id = QString::fromStdString(vnet["id"].get<std::string>());
                add(ojson{{"virtualNetworkId", s(id)},
                          {"value", m_world.effectiveAdminRules(id).value_or(ojson::array())}}
                        .dump());
            }
            for (const char *type :
                 {"Microsoft.Network/publicIPAddresses", "Microsoft.Network/loadBalancers",
                  "Microsoft.Network/routeTables", "Microsoft.Network/applicationSecurityGroups",
                  "Microsoft.Network/firewallPolicies",
                  "Microsoft.Network/firewallPolicies/ruleCollectionGroups"}) {
                for (const ojson &o : m_world.networkResources(sub.id, QLatin1String(type)))
                    add(o.dump());
            }
        }
        if (m_world.serviceTags().is_object())
            add(m_world.serviceTags().dump());
        out += "\n]\n";
        return HttpReply::rawJson(200, std::move(out));
    }
    if (what == QLatin1String("accounts") && r.method == QLatin1String("GET")) {
        ojson list = ojson::array();
        for (const Account &a : m_world.accounts())
            list.push_back({{"userPrincipalName", s(a.userPrincipalName)},
                            {"displayName", s(a.displayName)},
                            {"homeTenantId", s(a.homeTenantId)}});
        return HttpReply::json(200, {{"accounts", list}});
    }
    return HttpReply::json(404, {{"error", "unknown sandbox control endpoint"}});
}

} // namespace nsg::sandbox
