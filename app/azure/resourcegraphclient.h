// SPDX-License-Identifier: MIT
#pragma once

#include "azure/armerror.h"

#include <nlohmann/json_fwd.hpp>

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

namespace nsg::azure {

class ArmClient;
class ArmJob;
class ResourceGraphClient;

// One Resource Graph query walked to its last page ($skipToken). Rows go to the row handler page
// by page; reports once.
class ResourceGraphJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourceGraphJob)

public:
    using RowHandler = std::function<void(const nlohmann::json &rows)>; // an array of objects
    // Reads a page's body itself (streaming): returns false when it is broken (the page is asked
    // again), else the page's own fields ($skipToken, totalRecords, …) and its row count.
    using BodyHandler =
        std::function<bool(QByteArrayView body, nlohmann::json *envelope, qint64 *rows)>;

    void setRowHandler(RowHandler handler) { m_handler = std::move(handler); }
    void setBodyHandler(BodyHandler handler) { m_bodyHandler = std::move(handler); }
    bool isFinished() const { return m_finished; }
    bool succeeded() const { return m_finished && m_error.isNull(); }
    const ArmError &error() const { return m_error; }
    qint64 rowsReceived() const { return m_rows; }
    qint64 totalRecords() const { return m_total; }
    int pages() const { return m_pages; }
    // HTTP requests its pages took, retries included.
    int requests() const { return m_requests; }
    void cancel();

Q_SIGNALS:
    void finished();

private:
    friend class ResourceGraphClient;
    explicit ResourceGraphJob(QObject *parent);

    QString m_query;
    QString m_tenantId;
    QStringList m_subscriptions;
    QString m_skipToken;
    RowHandler m_handler;
    BodyHandler m_bodyHandler;
    QPointer<ArmJob> m_page;
    QPointer<ResourceGraphClient> m_client;
    qint64 m_rows = 0;
    qint64 m_total = -1;
    int m_pages = 0;
    int m_requests = 0;
    bool m_finished = false;
    ArmError m_error;
};

// Azure Resource Graph (docs/azure-protocol.md, 'Resource Graph') over the ArmClient: the NSG and
// NIC queries across a tenant's subscriptions, $top 1000, $skipToken paging, and the per-user quota
// (x-ms-user-quota-remaining / -resets-after) respected across every query of this client.
class ResourceGraphClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourceGraphClient)

public:
    explicit ResourceGraphClient(ArmClient *arm, QObject *parent = nullptr);

    // Every NSG with its rules, one row per NSG (paging needs the id column).
    static QString nsgQuery();
    static QString networkInterfaceQuery();
    // The security admin rules Virtual Network Manager applies, one row per rule and virtual
    // network (the NetworkResources table; a row's id names its network).
    static QString effectiveAdminRuleQuery();
    // The tenant's subscriptions (ResourceContainers), with their state.
    static QString subscriptionQuery();

    void setPageSize(int rows) { m_pageSize = std::clamp(rows, 1, 1000); }

    ResourceGraphJob *query(const QString &kql, const QString &tenantId,
                            const QStringList &subscriptions, QObject *parent = nullptr);

    int queriesSent() const { return m_sent; }
    // Queries the quota lets go now (-1: not known yet), and when it lets one go again once
    // used up (ms from now; 0 when it does now).
    int quotaLeft() const { return m_quotaLeft; }
    qint64 msUntilQuota() const;
    // The queries per second the user's quota lets through in the long run, as its headers
    // told it (the most left after a query, plus that query, over the longest window); 0
    // before any answer said.
    double sustainedQueriesPerSecond() const
    {
        return m_quotaMost > 0 && m_windowMs > 0 ? m_quotaMost * 1000.0 / double(m_windowMs) : 0.0;
    }

private:
    friend class ResourceGraphJob;
    void requestPage(ResourceGraphJob *job);
    void onPage(ResourceGraphJob *job, ArmJob *page, const nlohmann::json &envelope, qint64 rows);
    void finish(ResourceGraphJob *job, const ArmError &error);
    // Whether the quota lets one more query go now; if not, the job is queued or timed.
    bool mayQuery(ResourceGraphJob *job);
    void updateQuota(const ArmJob *page);
    int queriesInFlight();

    QPointer<ArmClient> m_arm;
    int m_pageSize = 1000;
    // The user's quota as last reported, less the queries sent since: -1 unknown; and when the
    // window frees a query again.
    int m_quotaLeft = -1;
    QDateTime m_quotaResetsAt;
    int m_quotaMost = 0; // the largest quota seen (remaining + the query answered)
    qint64 m_windowMs = 0; // the longest window seen
    qint64 m_quotaSeenSentAtMs = 0; // when the query whose answer set them was sent
    QList<QPointer<ArmJob>> m_inFlight; // pages sent, not yet answered
    int m_sent = 0;
};

} // namespace nsg::azure
