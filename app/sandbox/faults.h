// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QString>

#include <random>

namespace nsg::sandbox {

// What can go wrong between our client and Azure, on purpose and reproducibly. A spec is a
// comma-separated list:
//   429=P          answer 429 TooManyRequests (with Retry-After) to a share P of requests
//   5xx=P          answer 500 or 503
//   latency=MS     delay every answer (with slow=P: only a share P of them)
//   slow=P         answer a share P of requests only after latency=MS (default 30000)
//   arm-latency=MS every ARM answer (not Resource Graph's) takes MS longer: Azure's round trip
//   graph-latency=MS  every Resource Graph answer takes MS longer (docs/performance.md, "Two
//                  paths at once", says why these are assumptions)
//   reset=P        close the connection without answering
//   truncate=P     send the headers and half the body, then close
//   malformed=P    send a 200 whose body is not JSON
//   throttle       ARM's token bucket per subscription: 250 reads, 25/s refill; 200 writes, 10/s
//   nextlink-host=HOST  nextLink URLs point at HOST (a hostile page link)
//   mfa-writes     writes need a token issued after an MFA claims challenge
//   fail-writes    write operations end with status Failed
//   lock-writes    writes get 409 ScopeLocked (a ReadOnly lock)
//   graph-down=S   Resource Graph answers every query with HTTP status S (400, 403, 500, 503)
//   deny-sub=ID    ARM answers 403 AuthorizationFailed for everything in subscription ID
//   refresh-fail=T the token endpoint of tenant T refuses refresh tokens (invalid_grant)
//   drop-writes    a PUT or DELETE is carried out, then the connection drops without an answer
//   location-only  a write answers 202 with a Location (…/operationResults/{id}) and no
//                  Azure-AsyncOperation, so clients take ARM's Location polling path
//   seed=N         the random sequence (same seed, same faults)
// Faults apply to ARM and Resource Graph requests, never to sign-in or /sandbox/ control.
class FaultInjector final
{
public:
    enum class Action { None, TooManyRequests, ServerError, Reset, Truncate, Malformed };

    bool configure(const QString &spec, QString *error);
    QString spec() const { return m_spec; }

    // Draws the fault for one request (in this order of precedence).
    Action draw(int *serverStatus);
    // The delay of one answer (draws when slow=P is set), with the path's own round trip.
    int drawLatencyMs(bool resourceGraph = false);
    QString deniedSubscription() const { return m_denySub; }
    QString refreshFailTenant() const { return m_refreshFail; }
    bool dropWrites() const { return m_dropWrites; }
    QString nextLinkHost() const { return m_nextLinkHost; }
    bool mfaWrites() const { return m_mfaWrites; }
    bool failWrites() const { return m_failWrites; }
    bool lockWrites() const { return m_lockWrites; }
    bool locationOnly() const { return m_locationOnly; }
    int graphDownStatus() const { return m_graphDown; } // 0: Resource Graph works

    // ARM's token bucket; false when the bucket is empty (retryAfter says when to come back).
    // remaining receives what is left, for the x-ms-ratelimit-remaining-* headers.
    bool take(const QString &subscriptionId, bool write, int *remaining, int *retryAfterSeconds);

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 at = 0;
    };

    QString m_spec;
    double m_429 = 0, m_5xx = 0, m_reset = 0, m_truncate = 0, m_malformed = 0;
    int m_latencyMs = 0;
    int m_armLatencyMs = 0;
    int m_graphLatencyMs = 0;
    double m_slow = 0;
    QString m_denySub;
    QString m_refreshFail;
    bool m_dropWrites = false;
    std::mt19937_64 m_slowRandom{2}; // apart, so slow=P leaves the other faults' sequence alone
    bool m_throttle = false;
    bool m_mfaWrites = false;
    bool m_failWrites = false;
    bool m_lockWrites = false;
    bool m_locationOnly = false;
    int m_graphDown = 0;
    QString m_nextLinkHost;
    std::mt19937_64 m_random{1};
    QHash<QString, Bucket> m_buckets;
    QElapsedTimer m_clock;
};

} // namespace nsg::sandbox
