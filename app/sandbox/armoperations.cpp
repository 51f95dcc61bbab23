// SPDX-License-Identifier: MIT
// Microsoft.Network's long-running operations: a write starts one, which settles after a
// while (or fails, under a fault); clients follow Azure-AsyncOperation (locations/{loc}/operations)
// or Location (locations/{loc}/operationResults).
#include "sandbox/armhandlers_p.h"
#include "sandbox/sandboxserver.h"

#include "core/util/ascii.h"

#include <QUuid>

namespace nsg::sandbox {

using namespace detail;

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

} // namespace nsg::sandbox
