// SPDX-License-Identifier: MIT
#include "azure/armclient.h"

#include "azure/azurelog.h"
#include "azure/tokenprovider.h"

#include "core/util/jsonvalue.h"
#include "core/version.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTimeZone>
#include <QTimer>
#include <QUuid>

#include <cmath>

namespace nsg::azure {

using json = nlohmann::json;

namespace {

const json &nullJson()
{
    static const json n;
    return n;
}

bool isWrite(const QByteArray &verb)
{
    return verb == "PUT" || verb == "PATCH" || verb == "DELETE";
}

// Retry-After: delta-seconds or an HTTP date (RFC 9110 10.2.3). -1 when absent or unreadable.
int retryAfterMs(QNetworkReply *reply)
{
    const QByteArray value = reply->rawHeader("Retry-After").trimmed();
    if (value.isEmpty())
        return -1;
    bool ok = false;
    const qint64 seconds = value.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? -1 : int(std::min<qint64>(seconds, 24 * 3600) * 1000);
    const QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(value).left(25),
                                                   QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
    if (!when.isValid())
        return -1;
    QDateTime utc = when;
    utc.setTimeSpec(Qt::UTC);
    return int(std::clamp<qint64>(QDateTime::currentDateTimeUtc().msecsTo(utc), 0, 24 * 3600000));
}

// The tenant named by an InvalidAuthenticationTokenTenant answer: the message ("… must match
// the tenant 'https://sts.windows.net/<tid>/' …") or WWW-Authenticate's authorization_uri.
QString rightTenant(const ArmError &error, QNetworkReply *reply)
{
    static const QRegularExpression inMessage(
        QStringLiteral("must match the tenant 'https?://[^/]+/([0-9A-Fa-f-]{36})/?'"));
    if (const auto m = inMessage.match(error.message); m.hasMatch())
        return m.captured(1);
    static const QRegularExpression inHeader(
        QStringLiteral("authorization_uri=\"https?://[^/\"]+/([0-9A-Fa-f-]{36})"));
    if (const auto m = inHeader.match(QString::fromLatin1(reply->rawHeader("WWW-Authenticate")));
        m.hasMatch())
        return m.captured(1);
    return QString();
}

} // namespace

// ArmJob

ArmJob::ArmJob(QObject *parent)
    : QObject(parent)
{ }

ArmJob::~ArmJob()
{
    if (m_reply)
        m_reply->abort();
}

const json &ArmJob::result() const
{
    return m_result ? *m_result : nullJson();
}

QByteArray ArmJob::responseHeader(const QByteArray &name) const
{
    for (const auto &[k, v] : m_responseHeaders) {
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return QByteArray();
}

void ArmJob::cancel()
{
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    if (m_reply)
        m_reply->abort();
    if (m_client)
        m_client->fail(this, ArmError{0, QStringLiteral("Cancelled"), tr("Cancelled."), QString()});
}

void ArmJob::setUrgent(bool on)
{
    if (m_urgent == on)
        return;
    m_urgent = on;
    if (!m_client)
        return;
    // Already queued (a job starts queued): moved to its queue.
    std::deque<QPointer<ArmJob>> &from = on ? m_client->m_queue : m_client->m_urgentQueue;
    const auto it = std::find(from.rbegin(), from.rend(), this);
    if (it == from.rend())
        return;
    from.erase(std::next(it).base());
    (on ? m_client->m_urgentQueue : m_client->m_queue).push_back(this);
}

// ArmClient

ArmClient::ArmClient(QNetworkAccessManager *network, TokenProvider *tokens,
                     ArmClientOptions options, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_tokens(tokens)
    , m_options(options)
{
    m_options.maxInFlight = std::max(1, m_options.maxInFlight);
}

ArmClient::~ArmClient() = default;

QNetworkAccessManager *ArmClient::urgentNetwork()
{
    // Its own connections: over HTTP/1.1 Qt opens at most six per host and manager, which the
    // other lane fills.
    if (!m_urgentNetwork) {
        m_urgentNetwork = new QNetworkAccessManager(this);
        m_urgentNetwork->setProxy(m_network->proxy());
    }
    return m_urgentNetwork;
}

const CloudEnvironment &ArmClient::environment() const
{
    return m_tokens->environment();
}

ArmJob *ArmClient::get(const QString &pathOrUrl, const QString &tenantId, ArmJob::Paging paging,
                       QObject *parent)
{
    ArmJob *job = send("GET", pathOrUrl, tenantId, QByteArray(), {}, parent);
    job->m_paging = paging;
    return job;
}

ArmJob *ArmClient::send(const QByteArray &verb, const QString &pathOrUrl, const QString &tenantId,
                        const QByteArray &jsonBody,
                        const QList<QPair<QByteArray, QByteArray>> &headers, QObject *parent)
{
    auto *job = new ArmJob(parent ? parent : this);
    job->m_client = this;
    job->m_verb = verb;
    job->m_url = pathOrUrl.startsWith(QLatin1String("http"), Qt::CaseInsensitive)
        ? QUrl(pathOrUrl, QUrl::StrictMode)
        : environment().armUrl(pathOrUrl, QString());
    job->m_body = jsonBody;
    job->m_headers = headers;
    job->m_tenantId = tenantId;
    // Queued, so that even an immediate failure reaches a caller who connects after this call.
    enqueue(job);
    return job;
}

void ArmClient::enqueue(ArmJob *job, int delayMs)
{
    if (delayMs > 0) {
        QTimer::singleShot(delayMs, job, [this, job] { enqueue(job); });
        return;
    }
    (job->m_urgent ? m_urgentQueue : m_queue).push_back(job);
    if (!m_pumpScheduled) {
        m_pumpScheduled = true;
        QTimer::singleShot(0, this, [this] {
            m_pumpScheduled = false;
            pump();
        });
    }
}

void ArmClient::pump()
{
    // Two lanes, each with maxInFlight: urgent calls (Resource Graph's, paced by their own
    // quota) neither wait for nor take the slots of the others.
    while (true) {
        const bool urgent = !m_urgentQueue.empty() && m_urgentInFlight < m_options.maxInFlight;
        if (!urgent && (m_queue.empty() || m_inFlight - m_urgentInFlight >= m_options.maxInFlight))
            break;
        std::deque<QPointer<ArmJob>> &queue = urgent ? m_urgentQueue : m_queue;
        QPointer<ArmJob> job = queue.front();
        queue.pop_front();
        if (!job || job->m_finished)
            continue;
        const int wait = gateDelayMs(gateKey(job), isWrite(job->m_verb));
        if (wait > 0) {
            qCDebug(lcArm) << "pacing" << gateKey(job) << "for" << wait << "ms";
            enqueue(job, wait);
            continue;
        }
        dispatch(job);
    }
}

void ArmClient::dispatch(ArmJob *job)
{
    if (!environment().mayReceiveToken(job->m_url)) {
        fail(job,
             ArmError{0, QStringLiteral("UntrustedHost"),
                      tr("Refused to send the sign-in token to %1: only %2 may receive it.")
                          .arg(job->m_url.toDisplayString(QUrl::RemoveQuery | QUrl::RemovePath),
                               environment().resourceManager().toDisplayString()),
                      QString()});
        return;
    }
    ++m_inFlight;
    job->m_inUrgentLane = job->m_urgent;
    m_urgentInFlight += job->m_inUrgentLane ? 1 : 0;
    m_peakInFlight = std::max({m_peakInFlight, m_inFlight - m_urgentInFlight, m_urgentInFlight});
    gateSpend(gateKey(job), isWrite(job->m_verb));
    if (!m_tokens) {
        release(job->m_inUrgentLane);
        fail(job, ArmError{0, QStringLiteral("no_session"), tr("Not signed in."), QString()});
        return;
    }
    QPointer<ArmClient> self(this);
    m_tokens->token(job->m_tenantId, job,
                    [self, job](const AccessToken &token, const AuthFailure &failure) {
                        if (!self)
                            return;
                        if (job->m_finished) {
                            self->release(job->m_inUrgentLane);
                            self->pump();
                            return;
                        }
                        if (failure.isNull()) {
                            self->sendWithToken(job, token.token);
                            return;
                        }
                        self->release(job->m_inUrgentLane);
                        const ArmError e{0, failure.error, failure.message, QString()};
                        if (failure.needsSignIn || failure.error == QLatin1String("no_session"))
                            self->fail(job, e);
                        else
                            self->retryOrFail(job, e, -1);
                        self->pump();
                    });
}

void ArmClient::sendWithToken(ArmJob *job, const QString &token)
{
    QNetworkRequest request(job->m_url);
    const QByteArray clientRequestId = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    request.setRawHeader("x-ms-client-request-id", clientRequestId);
    request.setRawHeader("Accept", "application/json");
    // Azure's change history names the client by it (clientType).
    request.setRawHeader("User-Agent", NSG_AUDITOR_NAME "/" NSG_AUDITOR_VERSION);
    if (!job->m_body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    for (const auto &[name, value] : job->m_headers)
        request.setRawHeader(name, value);
    request.setSslConfiguration(environment().sslConfiguration());
    request.setTransferTimeout(m_options.timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    ++job->m_attempts;
    ++job->m_attemptsTotal;
    job->m_lastSentAtMs = QDateTime::currentMSecsSinceEpoch();
    ++m_sent;
    QNetworkAccessManager *network = job->m_inUrgentLane ? urgentNetwork() : m_network;
    QNetworkReply *reply = job->m_body.isEmpty() && job->m_verb == "GET"
        ? network->get(request)
        : network->sendCustomRequest(request, job->m_verb, job->m_body);
    reply->setProperty("clientRequestId", clientRequestId);
    job->m_reply = reply;
    QPointer<ArmClient> self(this);
    QPointer<ArmJob> guard(job);
    connect(reply, &QNetworkReply::finished, this,
            [self, guard, reply, token, lane = job->m_inUrgentLane] {
                reply->deleteLater();
                if (!self)
                    return;
                if (!guard) {
                    self->release(lane);
                    self->pump();
                    return;
                }
                self->onReply(guard, reply, token);
            });
}

void ArmClient::release(bool urgentLane)
{
    --m_inFlight;
    m_urgentInFlight -= urgentLane ? 1 : 0;
}

void ArmClient::onReply(ArmJob *job, QNetworkReply *reply, const QString &token)
{
    release(job->m_inUrgentLane);
    job->m_reply = nullptr;
    const bool write = isWrite(job->m_verb);
    gateLearn(gateKey(job), write, reply);
    const auto pumpLater = qScopeGuard([this] { pump(); });
    if (job->m_finished)
        return;

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    job->m_status = status;
    QByteArray requestId = reply->rawHeader("x-ms-request-id");
    if (requestId.isEmpty())
        requestId = reply->property("clientRequestId").toByteArray();
    qCDebug(lcArm).noquote() << job->m_verb << job->m_url.path() << status << "request"
                             << requestId;

    if (status == 0) {
        const QNetworkReply::NetworkError error = reply->error();
        if (error == QNetworkReply::SslHandshakeFailedError) {
            // As against Azure: a certificate we cannot verify ends the call.
            fail(job,
                 ArmError{0, QStringLiteral("TlsError"),
                          tr("TLS handshake with %1 failed: %2")
                              .arg(job->m_url.host(), reply->errorString()),
                          QString::fromLatin1(requestId)});
            return;
        }
        const bool timeout =
            error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError;
        retryOrFail(job,
                    ArmError{0,
                             timeout ? QStringLiteral("Timeout") : QStringLiteral("NetworkError"),
                             timeout ? tr("No answer within %1 s.").arg(m_options.timeoutMs / 1000)
                                     : reply->errorString(),
                             QString::fromLatin1(requestId)},
                    -1);
        return;
    }

    const QByteArray body = reply->readAll();
    if (job->m_poll != ArmJob::Poll::None && status >= 200 && status < 300
        && reply->error() == QNetworkReply::NoError) {
        onPollReply(job, reply, status, body, requestId);
        return;
    }
    if (job->m_poll == ArmJob::Poll::Location && status >= 400 && status < 500 && status != 401
        && status != 408 && status != 429) {
        // ARM's Location contract: a failed operation's final result is its error.
        // A 404 says only that the result is gone, not how the operation ended.
        ArmError failure = ArmError::fromBody(status, body, requestId);
        if (status == 404) {
            failure.message = tr("The operation's result is no longer there (%1); read the "
                                 "resource again to see where it stands.")
                                  .arg(failure.message);
        } else {
            failure.message = tr("The operation ended failed: %1").arg(failure.message);
            job->m_operationStatus = QStringLiteral("Failed");
            Q_EMIT job->operationPolled(job->m_operationStatus);
        }
        fail(job, failure);
        return;
    }
    if (status >= 200 && status < 300) {
        if (reply->error() != QNetworkReply::NoError) {
            // The status line came, the body did not (connection reset, truncated body).
            retryOrFail(job,
                        ArmError{status, QStringLiteral("IncompleteResponse"), reply->errorString(),
                                 QString::fromLatin1(requestId)},
                        -1);
            return;
        }
        QString next;
        const bool readable = job->m_bodyHandler ? job->m_bodyHandler(QByteArrayView(body), &next)
                                                 : readTree(job, body, &next);
        if (!readable) {
            retryOrFail(job,
                        ArmError{status, QStringLiteral("MalformedResponse"),
                                 tr("The answer is not valid JSON (%1 bytes).").arg(body.size()),
                                 QString::fromLatin1(requestId)},
                        -1);
            return;
        }
        job->m_responseHeaders = reply->rawHeaderPairs();
        ++job->m_pages;
        if (job->m_longRunning) {
            startPolling(job, reply, requestId);
            return;
        }
        if (job->m_paging != ArmJob::Paging::FollowNextLink)
            next.clear();
        followOrFinish(job, next, requestId);
        return;
    }

    if (status >= 300 && status < 400) {
        const QUrl location =
            job->m_url.resolved(QUrl(QString::fromLatin1(reply->rawHeader("Location"))));
        fail(job,
             ArmError{status, QStringLiteral("UnexpectedRedirect"),
                      tr("ARM redirected to %1; redirects are not followed with a token.")
                          .arg(location.toDisplayString(QUrl::RemoveQuery)),
                      QString::fromLatin1(requestId)});
        return;
    }
    handleError(job, reply, token, status, body, requestId);
}

bool ArmClient::readTree(ArmJob *job, const QByteArray &body, QString *nextLink)
{
    json page;
    if (!body.trimmed().isEmpty()) {
        page = json::parse(body.constData(), body.constData() + body.size(), nullptr, false);
        if (page.is_discarded())
            return false;
    }
    *nextLink = JsonValue::string(page, "nextLink");
    if (job->m_handler)
        job->m_handler(page);
    else
        job->m_result = std::make_unique<json>(std::move(page));
    return true;
}

void ArmClient::followOrFinish(ArmJob *job, const QString &next, const QByteArray &requestId)
{
    if (job->m_finished) // the handler cancelled it
        return;
    if (next.isEmpty()) {
        finish(job);
        return;
    }
    const QUrl nextUrl(next, QUrl::StrictMode);
    if (!environment().mayReceiveToken(nextUrl)) {
        qCWarning(lcArm) << "refused a nextLink to" << nextUrl.host();
        fail(job,
             ArmError{0, QStringLiteral("UntrustedHost"),
                      tr("ARM returned a next-page link to %1, which may not receive the "
                         "sign-in token; it was not followed, so later pages are missing.")
                          .arg(nextUrl.isValid() ? nextUrl.host() : next.left(80)),
                      QString::fromLatin1(requestId)});
        return;
    }
    job->m_url = nextUrl;
    job->m_attempts = 0;
    job->m_retriedAuth = false;
    enqueue(job);
}

int ArmClient::pollDelayMs(QNetworkReply *reply) const
{
    const int after = retryAfterMs(reply);
    return std::max(m_options.minimumPollMs, after >= 0 ? after : m_options.defaultPollMs);
}

void ArmClient::startPolling(ArmJob *job, QNetworkReply *reply, const QByteArray &requestId)
{
    const QByteArray async = reply->rawHeader("Azure-AsyncOperation");
    const QByteArray location = reply->rawHeader("Location");
    if (async.isEmpty() && location.isEmpty()) {
        finish(job); // completed synchronously
        return;
    }
    const QUrl url =
        job->m_url.resolved(QUrl(QString::fromLatin1(async.isEmpty() ? location : async)));
    if (!environment().mayReceiveToken(url) || (async.size() > 4096 || location.size() > 4096)) {
        qCWarning(lcArm) << "refused an operation status URL on" << url.host();
        fail(job,
             ArmError{0, QStringLiteral("UntrustedHost"),
                      tr("ARM asked us to follow the operation at %1, which may not receive "
                         "the sign-in token; it was not followed, so the outcome is not "
                         "known: read the resource again.")
                          .arg(url.host()),
                      QString::fromLatin1(requestId), QString()});
        return;
    }
    job->m_poll = async.isEmpty() ? ArmJob::Poll::Location : ArmJob::Poll::AsyncOperation;
    job->m_operationStatus = QStringLiteral("InProgress");
    job->m_pollDeadline = QDateTime::currentMSecsSinceEpoch() + m_options.operationTimeoutMs;
    job->m_url = url;
    job->m_verb = "GET";
    job->m_body.clear();
    job->m_headers.clear();
    job->m_attempts = 0;
    job->m_retriedAuth = false;
    enqueue(job, pollDelayMs(reply));
}

void ArmClient::onPollReply(ArmJob *job, QNetworkReply *reply, int status, const QByteArray &body,
                            const QByteArray &requestId)
{
    job->m_attempts = 0;
    QString state;
    ArmError failure;
    if (job->m_poll == ArmJob::Poll::AsyncOperation) {
        const json doc =
            json::parse(body.constData(), body.constData() + body.size(), nullptr, false);
        state = JsonValue::string(doc, "status");
        if (state.isEmpty()) {
            retryOrFail(job,
                        ArmError{status, QStringLiteral("MalformedResponse"),
                                 tr("The operation status has no 'status'."),
                                 QString::fromLatin1(requestId), QString()},
                        -1);
            return;
        }
        if (doc.contains("error") && doc["error"].is_object()) {
            failure = ArmError::fromBody(status, QByteArray::fromStdString(doc.dump()), requestId);
            failure.httpStatus = 0;
        }
    } else {
        state = status == 202 ? QStringLiteral("InProgress") : QStringLiteral("Succeeded");
    }
    job->m_operationStatus = state;
    Q_EMIT job->operationPolled(state);
    if (state.compare(QLatin1String("Succeeded"), Qt::CaseInsensitive) == 0) {
        finish(job);
        return;
    }
    if (state.compare(QLatin1String("Failed"), Qt::CaseInsensitive) == 0
        || state.compare(QLatin1String("Canceled"), Qt::CaseInsensitive) == 0) {
        if (failure.code.isEmpty())
            failure = ArmError{0, QStringLiteral("Operation") + state,
                               tr("The operation ended %1.").arg(state.toLower()),
                               QString::fromLatin1(requestId), QString()};
        failure.message = tr("The operation ended %1: %2").arg(state.toLower(), failure.message);
        fail(job, failure);
        return;
    }
    if (QDateTime::currentMSecsSinceEpoch() > job->m_pollDeadline) {
        fail(job,
             ArmError{0, QStringLiteral("OperationTimeout"),
                      tr("The operation was still %1 after %2 s; read the resource again to "
                         "see where it stands.")
                          .arg(state)
                          .arg(m_options.operationTimeoutMs / 1000),
                      QString::fromLatin1(requestId), QString()});
        return;
    }
    enqueue(job, pollDelayMs(reply));
}

void ArmClient::handleError(ArmJob *job, QNetworkReply *reply, const QString &token, int status,
                            const QByteArray &body, const QByteArray &requestId)
{
    ArmError error = ArmError::fromBody(status, body, requestId);
    const QByteArray challenge = reply->rawHeader("WWW-Authenticate");
    if (status == 401 && challenge.contains("insufficient_claims")) {
        // MFA: a new sign-in must carry these claims (docs/azure-protocol.md, 'MFA claims
        // challenges').
        static const QRegularExpression claims(QStringLiteral("claims=\"([^\"]+)\""));
        if (const auto m = claims.match(QString::fromLatin1(challenge)); m.hasMatch())
            error.claims = QString::fromUtf8(QByteArray::fromBase64(m.captured(1).toLatin1()));
        error.code = QStringLiteral("InsufficientClaims");
        fail(job, error);
        return;
    }
    if (status == 401) {
        if ((error.code == QLatin1String("ExpiredAuthenticationToken")
             || error.code == QLatin1String("InvalidAuthenticationToken"))
            && !job->m_retriedAuth) {
            job->m_retriedAuth = true;
            m_tokens->invalidate(job->m_tenantId, token);
            qCInfo(lcArm) << error.code << "- refreshing the token and retrying once";
            enqueue(job);
            return;
        }
        if (error.code == QLatin1String("InvalidAuthenticationTokenTenant")
            && !job->m_switchedTenant) {
            const QString tenant = rightTenant(error, reply);
            if (!tenant.isEmpty() && tenant.compare(job->m_tenantId, Qt::CaseInsensitive) != 0) {
                job->m_switchedTenant = true;
                qCInfo(lcArm) << "the resource belongs to tenant" << tenant
                              << "- retrying with its token";
                job->m_tenantId = tenant;
                enqueue(job);
                return;
            }
        }
        fail(job, error);
        return;
    }
    if (status == 408 || status == 429 || status >= 500) {
        const int retryAfter = retryAfterMs(reply);
        if (status == 429 && retryAfter > 0) {
            // Throttled: the wait holds every request on this subscription or tenant, not only
            // this one (docs/azure-protocol.md, 'Retries and throttling').
            Gate &g = m_gates[gateKey(job)
                              + (isWrite(job->m_verb) ? QLatin1String("|w") : QLatin1String("|r"))];
            g.closedUntilMs =
                std::max(g.closedUntilMs, QDateTime::currentMSecsSinceEpoch() + retryAfter);
        }
        retryOrFail(job, error, retryAfter);
        return;
    }
    fail(job, error);
}

void ArmClient::retryOrFail(ArmJob *job, const ArmError &error, int retryAfter)
{
    if (job->m_attempts > m_options.maxRetries) {
        ArmError last = error;
        last.message += tr(" (gave up after %1 attempts)").arg(job->m_attempts);
        fail(job, last);
        return;
    }
    if (retryAfter > m_options.maxRetryAfterSeconds * 1000) {
        ArmError last = error;
        last.message += tr(" (asked to wait %1 s, more than the %2 s we wait)")
                            .arg(retryAfter / 1000)
                            .arg(m_options.maxRetryAfterSeconds);
        fail(job, last);
        return;
    }
    const int delay = retryAfter >= 0 ? retryAfter : backoffMs(std::max(1, job->m_attempts));
    ++m_retries;
    qCInfo(lcArm).noquote() << "retrying" << job->m_url.path() << "in" << delay << "ms after"
                            << error.toString();
    enqueue(job, delay);
}

int ArmClient::backoffMs(int attempt) const
{
    const qint64 ceiling = std::min<qint64>(
        m_options.backoffMaxMs, qint64(m_options.backoffBaseMs) << std::min(attempt - 1, 20));
    // "Equal jitter": at least half the step, so retries spread out but still back off.
    return int(ceiling / 2 + QRandomGenerator::global()->bounded(ceiling / 2 + 1));
}

void ArmClient::fail(ArmJob *job, const ArmError &error)
{
    if (job->m_finished)
        return;
    job->m_error = error;
    // Once ARM accepted a write and polling began, no failure is ARM refusing it: the
    // operation failed, or its status could not be read. Either way only reading the
    // resource tells what happened (httpStatus 0 says so to callers).
    if (job->m_poll != ArmJob::Poll::None)
        job->m_error.httpStatus = 0;
    if (error.code != QLatin1String("Cancelled"))
        qCInfo(lcArm).noquote() << job->m_verb << job->m_url.path()
                                << "failed:" << error.toString();
    finish(job);
}

void ArmClient::finish(ArmJob *job)
{
    if (job->m_finished)
        return;
    job->m_finished = true;
    Q_EMIT job->finished();
}

QString ArmClient::gateKey(const ArmJob *job) const
{
    const QString path = job->m_url.path();
    if (path.startsWith(QLatin1String("/subscriptions/"), Qt::CaseInsensitive))
        return QLatin1String("sub:") + path.section(QLatin1Char('/'), 2, 2).toLower();
    return QLatin1String("tenant:") + job->m_tenantId.toLower();
}

int ArmClient::gateDelayMs(const QString &key, bool write)
{
    const auto it = m_gates.constFind(key + (write ? QLatin1String("|w") : QLatin1String("|r")));
    if (it == m_gates.constEnd())
        return 0;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (it->closedUntilMs > now)
        return int(it->closedUntilMs - now);
    if (!it->known)
        return 0;
    const double rate = write ? m_options.writesPerSecond : m_options.readsPerSecond;
    const double tokens = it->tokens + rate * double(now - it->atMs) / 1000.0;
    if (tokens >= 1.0 || rate <= 0)
        return 0;
    return int(std::ceil((1.0 - tokens) / rate * 1000.0));
}

void ArmClient::gateSpend(const QString &key, bool write)
{
    auto it = m_gates.find(key + (write ? QLatin1String("|w") : QLatin1String("|r")));
    if (it == m_gates.end() || !it->known)
        return;
    const double rate = write ? m_options.writesPerSecond : m_options.readsPerSecond;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    it->tokens = it->tokens + rate * double(now - it->atMs) / 1000.0 - 1.0;
    it->atMs = now;
}

void ArmClient::gateLearn(const QString &key, bool write, QNetworkReply *reply)
{
    const bool subscription = key.startsWith(QLatin1String("sub:"));
    const QByteArray header = QByteArrayLiteral("x-ms-ratelimit-remaining-")
        + (subscription ? "subscription-" : "tenant-") + (write ? "writes" : "reads");
    const QByteArray value = reply->rawHeader(header);
    if (value.isEmpty())
        return;
    bool ok = false;
    const int remaining = value.trimmed().toInt(&ok);
    if (!ok)
        return;
    Gate &g = m_gates[key + (write ? QLatin1String("|w") : QLatin1String("|r"))];
    // What the server had left when it answered, less what we have sent since and not yet seen
    // answered (a lower bound: pacing errs on the slow side).
    g.tokens = double(remaining) - double(m_inFlight);
    g.atMs = QDateTime::currentMSecsSinceEpoch();
    g.known = true;
}

} // namespace nsg::azure
