// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/faults.h"
#include "sandbox/httpreply.h"
#include "sandbox/identity.h"
#include "sandbox/sandboxoptions.h"
#include "sandbox/sandboxworld.h"

#include <QAbstractHttpServer>
#include <QDateTime>
#include <QHash>
#include <QPointer>
#include <QSslCertificate>
#include <QTimer>
#include <QUrlQuery>

#include <functional>
#include <memory>
#include <vector>

class QTcpSocket;

namespace nsg::sandbox {

struct GraphRows; // a Resource Graph query's rows (resourcegraph.cpp)

// A local stand-in for login.microsoftonline.com and management.azure.com, over real HTTP on
// one base URL: device-code sign-in, ARM reads and writes of NSGs (paging, async operations,
// ETags, RBAC, api-version), Resource Graph, and faults on demand. Demo, tests and benchmarks
// all talk to it, so they go through the real client code. See README "Sandbox".
class SandboxServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxServer)

public:
    struct LoggedRequest
    {
        QString method;
        QString path; // with the query
        int status = 0; // 0: the connection was reset instead
        bool bearer = false;
        QDateTime time;
        QString grant; // grant_type of a token request, else empty
        QByteArray body; // a write's body (PUT, PATCH) or an action's, as sent
        QByteArray ifMatch; // a write's If-Match / If-None-Match
        QByteArray ifNoneMatch;
    };

    explicit SandboxServer(SandboxOptions options, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Loads the tenant (file, generated or demo) and listens; false with the reason.
    bool start(QString *error);
    QString baseUrl() const { return m_baseUrl; }

    SandboxWorld &world() { return m_world; }
    Identity &identity() { return m_identity; }
    FaultInjector &faults() { return m_faults; }
    const std::vector<LoggedRequest> &requests() const { return m_log; }

    // The demo tenant shipped in the binary (resources/demo/contoso.json).
    static QByteArray demoTenant();
    // The test-only CA that signed the sandbox's TLS certificate (resources/sandbox/ca.pem).
    // Clients trust it for a sandbox URL only, per request.
    static QSslCertificate caCertificate();

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Request
    {
        QString method;
        QString path;
        QStringList segments;
        QUrlQuery query;
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
        QByteArray header(const char *name) const { return headers.value(QByteArray(name)); }
        QString apiVersion() const
        {
            return query.queryItemValue(QStringLiteral("api-version"), QUrl::FullyDecoded);
        }
    };
    struct Operation
    {
        QString nsgId;
        QString ruleName;
        bool remove = false; // a DELETE (its final result is 204), else a PUT (the rule)
        QDateTime finishAt;
        bool fail = false;
        std::function<void(bool succeeded)> settle;
        bool settled = false;
        QString error;
    };
    struct Context // an authenticated ARM request
    {
        const Request &request;
        Identity::Grant grant;
    };

    HttpReply route(const Request &request, bool *armRequest);
    HttpReply cloudMetadata(const Request &request) const;
    HttpReply control(const Request &request);
    HttpReply arm(const Request &request);
    HttpReply armSubscriptionScoped(const Context &ctx, const QStringList &segments);
    HttpReply tenants(const Context &ctx);
    HttpReply subscriptions(const Context &ctx);
    HttpReply subscription(const Context &ctx, const SandboxWorld::Subscription &sub);
    HttpReply resourceGroups(const Context &ctx, const SandboxWorld::Subscription &sub);
    HttpReply resourceGroup(const Context &ctx, const SandboxWorld::Subscription &sub,
                            const QString &name);
    HttpReply resourceGroupNotFound(const QString &name) const;
    std::string resourceGroupText(const SandboxWorld::Subscription &sub,
                                  const SandboxWorld::ResourceGroup &group) const;
    HttpReply nsgCollection(const Context &ctx, const SandboxWorld::Subscription &sub,
                            const QString &resourceGroup);
    // `type`: networkInterfaces or virtualNetworks.
    static bool isListedNetworkType(const QString &segment);
    HttpReply ruleCollectionGroups(const Context &ctx, const QString &policyId);
    HttpReply deployments(const Context &ctx, const QString &subscriptionId,
                          const QString &resourceGroup, const QString &name);
    HttpReply effectiveAdminRules(const Context &ctx, const QString &vnetId);
    HttpReply serviceTags(const Context &ctx, const SandboxWorld::Subscription &sub,
                          const QString &location);
    HttpReply networkCollection(const Context &ctx, const SandboxWorld::Subscription &sub,
                                const QString &type);
    HttpReply nsg(const Context &ctx, const SandboxWorld::NsgEntry &entry, const QStringList &rest);
    HttpReply putRule(const Context &ctx, const SandboxWorld::NsgEntry &entry,
                      const QString &ruleName);
    HttpReply deleteRule(const Context &ctx, const SandboxWorld::NsgEntry &entry,
                         const QString &ruleName);
    const Operation *findOperation(const QString &operationId, HttpReply *notFound);
    HttpReply operationStatus(const Context &ctx, const QString &operationId);
    HttpReply operationResult(const Context &ctx, const QString &operationId);
    QByteArray operationUrl(const Context &ctx, const SandboxWorld::NsgEntry &entry,
                            const char *kind, const QString &operationId) const;
    void announceOperation(HttpReply *reply, const Context &ctx,
                           const SandboxWorld::NsgEntry &entry, const QString &operationId,
                           bool remove) const;
    HttpReply permissions(const Context &ctx, const QString &scope);
    HttpReply resourceGraph(const Context &ctx);
    HttpReply page(const Context &ctx, const std::vector<std::string> &items);
    HttpReply authorizationFailed(const Context &ctx, const QString &action,
                                  const QString &scope) const;
    std::optional<HttpReply> checkWrite(const Context &ctx, const SandboxWorld::NsgEntry &entry);
    QString startOperation(const QString &nsgId, const QString &ruleName, bool remove,
                           std::function<void(bool)> settle);
    void settleOperations();
    void autoApprove();

    void send(QTcpSocket *socket, HttpReply reply, FaultInjector::Action fault, bool close);
    void logRequest(const Request &request, int status);
    void keepRetryAfter(const Request &r, const HttpReply &reply);

    SandboxOptions m_options;
    SandboxWorld m_world;
    Identity m_identity;
    FaultInjector m_faults;
    QString m_baseUrl;
    std::vector<LoggedRequest> m_log;
    // Retry-After kept: when each (caller, method, path) was told it may ask again, and how
    // many requests came before that (GET /sandbox/stats).
    QHash<QByteArray, qint64> m_retryAllowedAt;
    qint64 m_retryAftersGiven = 0;
    qint64 m_early = 0;
    qint64 m_graphQueries = 0; // Resource Graph queries charged to a quota
    qint64 m_throttled = 0;
    qint64 m_bucketEmpty = 0; // requests that found their token bucket empty (throttle)
    qint64 m_served = 0;
    QHash<QString, Operation> m_operations;
    QHash<QString, QString> m_busyNsgs; // lower-case NSG id → operation in progress
    QHash<QString, std::vector<qint64>> m_graphCalls; // account → recent query times (ms)
    // A query's rows, kept for its $skipToken pages so that each page costs its own rows only.
    struct GraphCache
    {
        std::shared_ptr<const GraphRows> rows;
        qint64 atMs = 0;
    };
    QHash<QString, GraphCache> m_graphRows;
    QTimer m_autoApprove;
};

} // namespace nsg::sandbox
