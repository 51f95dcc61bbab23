// SPDX-License-Identifier: MIT
#pragma once

#include "azure/armerror.h"
#include "azure/cloudenvironment.h"

#include <nlohmann/json_fwd.hpp>

#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QUrl>

#include <deque>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace nsg::azure {

class TokenProvider;

struct ArmClientOptions
{
    int maxInFlight = 8; // requests on the wire at once
    int timeoutMs = 60000; // per request: no byte for this long and it is abandoned (retried)
    int maxRetries = 8; // per request, for 429 / 408 / 5xx / network errors / broken bodies
    int backoffBaseMs = 1000; // without Retry-After: base·2^n with jitter, up to backoffMaxMs
    int backoffMaxMs = 32000;
    int maxRetryAfterSeconds = 300; // a longer Retry-After fails the call instead of waiting
    // Long-running operations: without Retry-After, poll this often; never more often than
    // minimumPollMs; give up after operationTimeoutMs.
    int defaultPollMs = 2000;
    int minimumPollMs = 200;
    int operationTimeoutMs = 600000;
    // ARM's token bucket refill (docs/azure-protocol.md, 'Retries and throttling'): with the
    // remaining-reads header this paces requests so the bucket is never overdrawn.
    double readsPerSecond = 25.0;
    double writesPerSecond = 10.0;
};

// One ARM call (a GET that may page, a PUT, a POST…). Reports exactly once (finished), can be
// cancelled, and hands each page to the page handler as it arrives so callers never hold a
// whole estate as JSON.
class ArmJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArmJob)

public:
    using PageHandler = std::function<void(const nlohmann::json &page)>;
    // Reads a successful body itself (streaming, without a JSON tree of the page): returns false
    // when the body is broken (the page is asked again) and sets nextLink for paging.
    using BodyHandler = std::function<bool(QByteArrayView body, QString *nextLink)>;
    enum class Paging { Single, FollowNextLink };

    ~ArmJob() override;

    // Called for every successful body (each page of a paged GET), before the next page is
    // asked for. Without a handler the last body is kept (result()).
    void setPageHandler(PageHandler handler) { m_handler = std::move(handler); }
    // Instead of a page handler, for large pages.
    void setBodyHandler(BodyHandler handler) { m_bodyHandler = std::move(handler); }
    // A write that ARM completes asynchronously: after the first answer the job follows
    // Azure-AsyncOperation (else Location) until the operation ends, and reports then. result()
    // stays the first answer's body. Status URLs on another host are refused.
    void setLongRunning(bool on) { m_longRunning = on; }
    // Puts the call in the urgent lane: its requests (pages, retries) neither wait behind the
    // calls that are not urgent nor take their slots (each lane has maxInFlight). For Resource
    // Graph's queries, paced by their own per-user quota: a window they miss behind hundreds
    // of list pages costs seconds, and ARM's lists are a separate budget.
    void setUrgent(bool on);
    // The operation's last reported status (InProgress, Succeeded, …), empty before polling.
    QString operationStatus() const { return m_operationStatus; }

    bool isFinished() const { return m_finished; }
    bool succeeded() const { return m_finished && m_error.isNull(); }
    const ArmError &error() const { return m_error; }
    // The body of a call without a page handler (null JSON otherwise, or on failure).
    const nlohmann::json &result() const;
    int httpStatus() const { return m_status; }
    QByteArray responseHeader(const QByteArray &name) const;
    int pagesReceived() const { return m_pages; }
    int attempts() const { return m_attemptsTotal; }
    // When the last attempt went on the wire (ms since the epoch; 0 before the first).
    qint64 lastSentAtMs() const { return m_lastSentAtMs; }
    // The tenant whose token the call used (it can change after InvalidAuthenticationTokenTenant).
    QString tenantId() const { return m_tenantId; }
    QUrl url() const { return m_url; }

    // Stops the call; finished() follows with code Cancelled (unless it already finished).
    void cancel();

Q_SIGNALS:
    void finished();
    // A long-running operation answered a poll (status InProgress, …).
    void operationPolled(const QString &status);

private:
    friend class ArmClient;
    explicit ArmJob(QObject *parent);

    QByteArray m_verb;
    QUrl m_url; // the page being fetched
    QByteArray m_body;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    QString m_tenantId;
    Paging m_paging = Paging::Single;
    PageHandler m_handler;
    BodyHandler m_bodyHandler;
    bool m_longRunning = false;
    bool m_urgent = false;
    bool m_inUrgentLane = false; // the lane its request in flight counts in
    enum class Poll { None, AsyncOperation, Location } m_poll = Poll::None;
    QString m_operationStatus;
    qint64 m_pollDeadline = 0;

    int m_attempts = 0; // for the current page
    int m_attemptsTotal = 0;
    qint64 m_lastSentAtMs = 0;
    bool m_retriedAuth = false;
    bool m_switchedTenant = false;
    bool m_finished = false;
    bool m_cancelled = false;
    int m_status = 0;
    int m_pages = 0;
    QList<QPair<QByteArray, QByteArray>> m_responseHeaders;
    std::unique_ptr<nlohmann::json> m_result;
    ArmError m_error;
    QPointer<QNetworkReply> m_reply;
    QPointer<class ArmClient> m_client;
};

// Talks to Azure Resource Manager (and Resource Graph, which lives on the same host) through one
// injected QNetworkAccessManager: bearer tokens from the TokenProvider, x-ms-client-request-id
// on every request, nextLink paging, at most maxInFlight requests at once, retries for what is
// retryable (honouring Retry-After, else exponential backoff with jitter), a per-request
// timeout, a refresh-and-retry for an expired token, a token for the right tenant after
// InvalidAuthenticationTokenTenant. A bearer token goes only to the environment's ARM host: a
// nextLink or redirect anywhere else is refused and reported, never followed.
class ArmClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArmClient)

public:
    ArmClient(QNetworkAccessManager *network, TokenProvider *tokens, ArmClientOptions options = {},
              QObject *parent = nullptr);
    ~ArmClient() override;

    const CloudEnvironment &environment() const;
    const ArmClientOptions &options() const { return m_options; }

    // pathOrUrl: "/subscriptions?api-version=…" (on the ARM host) or an absolute URL, which must
    // be on the ARM host. The job belongs to `parent` (or the client) and starts at once.
    ArmJob *get(const QString &pathOrUrl, const QString &tenantId,
                ArmJob::Paging paging = ArmJob::Paging::Single, QObject *parent = nullptr);
    ArmJob *send(const QByteArray &verb, const QString &pathOrUrl, const QString &tenantId,
                 const QByteArray &jsonBody,
                 const QList<QPair<QByteArray, QByteArray>> &headers = {},
                 QObject *parent = nullptr);

    // Statistics: HTTP requests put on the wire, and how many were retries; the most in flight
    // at once in one lane.
    int requestsSent() const { return m_sent; }
    int retries() const { return m_retries; }
    int inFlight() const { return m_inFlight; }
    int peakInFlight() const { return m_peakInFlight; }

private:
    friend class ArmJob;
    struct Gate // a mirror of ARM's token bucket for one subscription or tenant and kind
    {
        double tokens = 0;
        qint64 atMs = 0;
        bool known = false;
        qint64 closedUntilMs = 0; // a 429's Retry-After holds every request of this kind
    };

    void enqueue(ArmJob *job, int delayMs = 0);
    void pump();
    // A request of this lane has ended (answered, or never sent).
    void release(bool urgentLane);
    QNetworkAccessManager *urgentNetwork();
    void dispatch(ArmJob *job);
    void sendWithToken(ArmJob *job, const QString &token);
    void onReply(ArmJob *job, QNetworkReply *reply, const QString &token);
    // The default body reader: the page as a JSON tree, to the page handler or result().
    bool readTree(ArmJob *job, const QByteArray &body, QString *nextLink);
    void followOrFinish(ArmJob *job, const QString &nextLink, const QByteArray &requestId);
    // After a long-running write's first answer, or a poll: schedules the next poll or ends.
    void startPolling(ArmJob *job, QNetworkReply *reply, const QByteArray &requestId);
    void onPollReply(ArmJob *job, QNetworkReply *reply, int status, const QByteArray &body,
                     const QByteArray &requestId);
    int pollDelayMs(QNetworkReply *reply) const;
    void handleError(ArmJob *job, QNetworkReply *reply, const QString &token, int status,
                     const QByteArray &body, const QByteArray &requestId);
    void retryOrFail(ArmJob *job, const ArmError &error, int retryAfterMs);
    void fail(ArmJob *job, const ArmError &error);
    void finish(ArmJob *job);
    QString gateKey(const ArmJob *job) const;
    int gateDelayMs(const QString &key, bool write);
    void gateSpend(const QString &key, bool write);
    void gateLearn(const QString &key, bool write, QNetworkReply *reply);
    int backoffMs(int attempt) const;

    QNetworkAccessManager *m_network;
    QNetworkAccessManager *m_urgentNetwork = nullptr; // the urgent lane's (a child)
    QPointer<TokenProvider> m_tokens;
    ArmClientOptions m_options;
    std::deque<QPointer<ArmJob>> m_queue;
    std::deque<QPointer<ArmJob>> m_urgentQueue; // served first
    int m_inFlight = 0; // both lanes
    int m_urgentInFlight = 0;
    int m_peakInFlight = 0;
    int m_sent = 0;
    int m_retries = 0;
    QHash<QString, Gate> m_gates;
    bool m_pumpScheduled = false;
};

} // namespace nsg::azure
