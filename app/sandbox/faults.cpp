// SPDX-License-Identifier: MIT
#include "sandbox/faults.h"

#include <QCoreApplication>

#include <cmath>

namespace nsg::sandbox {

bool FaultInjector::configure(const QString &spec, QString *error)
{
    FaultInjector next;
    next.m_spec = spec.trimmed();
    quint64 seed = 1;
    for (const QString &raw : spec.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString part = raw.trimmed();
        const QString key = part.section(QLatin1Char('='), 0, 0);
        const QString value = part.section(QLatin1Char('='), 1);
        bool ok = true;
        auto probability = [&](double &target) {
            target = value.toDouble(&ok);
            ok = ok && target >= 0 && target <= 1;
        };
        if (key == QLatin1String("429"))
            probability(next.m_429);
        else if (key == QLatin1String("5xx"))
            probability(next.m_5xx);
        else if (key == QLatin1String("reset"))
            probability(next.m_reset);
        else if (key == QLatin1String("truncate"))
            probability(next.m_truncate);
        else if (key == QLatin1String("malformed"))
            probability(next.m_malformed);
        else if (key == QLatin1String("latency"))
            next.m_latencyMs = value.toInt(&ok);
        else if (key == QLatin1String("arm-latency"))
            next.m_armLatencyMs = value.toInt(&ok), ok = ok && next.m_armLatencyMs >= 0;
        else if (key == QLatin1String("graph-latency"))
            next.m_graphLatencyMs = value.toInt(&ok), ok = ok && next.m_graphLatencyMs >= 0;
        else if (key == QLatin1String("slow"))
            probability(next.m_slow);
        else if (key == QLatin1String("deny-sub"))
            next.m_denySub = value.toLower(), ok = !value.isEmpty();
        else if (key == QLatin1String("refresh-fail"))
            next.m_refreshFail = value.toLower(), ok = !value.isEmpty();
        else if (key == QLatin1String("drop-writes"))
            next.m_dropWrites = true;
        else if (key == QLatin1String("throttle"))
            next.m_throttle = true;
        else if (key == QLatin1String("mfa-writes"))
            next.m_mfaWrites = true;
        else if (key == QLatin1String("fail-writes"))
            next.m_failWrites = true;
        else if (key == QLatin1String("lock-writes"))
            next.m_lockWrites = true;
        else if (key == QLatin1String("location-only"))
            next.m_locationOnly = true;
        else if (key == QLatin1String("graph-down")) {
            next.m_graphDown = value.toInt(&ok);
            ok = ok
                && (next.m_graphDown == 400 || next.m_graphDown == 403 || next.m_graphDown == 500
                    || next.m_graphDown == 503);
        } else if (key == QLatin1String("nextlink-host"))
            next.m_nextLinkHost = value, ok = !value.isEmpty();
        else if (key == QLatin1String("seed"))
            seed = value.toULongLong(&ok);
        else
            ok = false;
        if (!ok) {
            if (error)
                *error =
                    QCoreApplication::translate("nsg::sandbox::FaultInjector",
                                                "bad fault '%1' (see nsg-auditor sandbox --help)")
                        .arg(part);
            return false;
        }
    }
    if (next.m_slow > 0 && next.m_latencyMs <= 0)
        next.m_latencyMs = 30000;
    next.m_random.seed(seed);
    next.m_slowRandom.seed(seed + 1);
    next.m_clock.start();
    *this = std::move(next);
    return true;
}

FaultInjector::Action FaultInjector::draw(int *serverStatus)
{
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    // One draw per kind, always, so a seed replays the same sequence whatever is switched on.
    const double r429 = unit(m_random), r5xx = unit(m_random), rReset = unit(m_random),
                 rTruncate = unit(m_random), rMalformed = unit(m_random), rStatus = unit(m_random);
    if (rReset < m_reset)
        return Action::Reset;
    if (r429 < m_429)
        return Action::TooManyRequests;
    if (r5xx < m_5xx) {
        *serverStatus = rStatus < 0.5 ? 500 : 503;
        return Action::ServerError;
    }
    if (rTruncate < m_truncate)
        return Action::Truncate;
    if (rMalformed < m_malformed)
        return Action::Malformed;
    return Action::None;
}

int FaultInjector::drawLatencyMs(bool resourceGraph)
{
    const int base = resourceGraph ? m_graphLatencyMs : m_armLatencyMs;
    if (m_slow <= 0)
        return base + m_latencyMs;
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    return base + (unit(m_slowRandom) < m_slow ? m_latencyMs : 0);
}

bool FaultInjector::take(const QString &subscriptionId, bool write, int *remaining,
                         int *retryAfterSeconds)
{
    const double capacity = write ? 200 : 250;
    const double refill = write ? 10 : 25;
    if (!m_clock.isValid())
        m_clock.start();
    const qint64 now = m_clock.elapsed();
    const QString key =
        subscriptionId.toLower() + (write ? QLatin1String("|w") : QLatin1String("|r"));
    auto it = m_buckets.find(key);
    if (it == m_buckets.end())
        it = m_buckets.insert(key, Bucket{capacity, now});
    Bucket &b = *it;
    b.tokens = std::min(capacity, b.tokens + refill * double(now - b.at) / 1000.0);
    b.at = now;
    if (!m_throttle) {
        *remaining = int(capacity) - 1;
        return true;
    }
    if (b.tokens < 1.0) {
        *remaining = 0;
        *retryAfterSeconds = int(std::ceil((1.0 - b.tokens) / refill));
        return false;
    }
    b.tokens -= 1.0;
    *remaining = int(b.tokens);
    return true;
}

} // namespace nsg::sandbox
