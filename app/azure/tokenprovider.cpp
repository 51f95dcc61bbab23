// SPDX-License-Identifier: MIT
#include "azure/tokenprovider.h"

#include "azure/azurelog.h"
#include "azure/credential.h"
#include "azure/tokenstore.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace nsg::azure {

namespace { } // namespace

TokenProvider::TokenProvider(QNetworkAccessManager *network, CloudEnvironment environment,
                             QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_environment(std::move(environment))
{ }

TokenProvider::~TokenProvider()
{
    if (m_reply)
        m_reply->abort();
}

void TokenProvider::setSession(const AccountInfo &account, const QString &refreshToken,
                               TokenStore *store, const QString &storeKey)
{
    clear();
    m_account = account;
    m_refreshToken = refreshToken;
    m_store = store;
    m_storeKey = storeKey;
}

void TokenProvider::setCredential(const AccountInfo &account, Credential *credential)
{
    clear();
    m_account = account;
    m_credential = credential;
}

void TokenProvider::clear()
{
    ++m_generation;
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    m_reply = nullptr;
    m_refreshing.clear();
    m_queue.clear();
    // Whoever waits learns that there is no session any more.
    const auto waiting = std::exchange(m_waiting, {});
    for (auto it = waiting.begin(); it != waiting.end(); ++it) {
        const AuthFailure f{it.key(), QStringLiteral("no_session"), tr("Signed out."), true};
        for (const Waiter &w : it.value()) {
            if (!w.hasContext || w.context)
                w.done(AccessToken(), f);
        }
    }
    m_tokens.clear();
    m_failures.clear();
    m_refreshToken.clear();
    if (m_credential && m_credentialBusy)
        m_credential->cancel();
    m_credential = nullptr;
    m_credentialBusy = false;
    m_account = AccountInfo();
}

void TokenProvider::seed(const AccessToken &token)
{
    if (!token.isNull())
        m_tokens.insert(token.tenantId.toLower(), token);
}

bool TokenProvider::isFresh(const AccessToken &t) const
{
    if (t.isNull())
        return false;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    qint64 margin = m_marginSeconds;
    if (t.issuedAt.isValid())
        margin = std::min<qint64>(margin, t.issuedAt.secsTo(t.expiresAt) / 2);
    return now.secsTo(t.expiresAt) > margin;
}

void TokenProvider::token(const QString &tenantId, QObject *context, Callback done)
{
    const QString key = tenantId.toLower();
    if (const auto it = m_tokens.constFind(key); it != m_tokens.constEnd() && isFresh(*it)) {
        done(*it, AuthFailure());
        return;
    }
    if (const auto f = m_failures.constFind(key); f != m_failures.constEnd()) {
        done(AccessToken(), *f);
        return;
    }
    if (!hasSession()) {
        done(AccessToken(),
             AuthFailure{tenantId, QStringLiteral("no_session"), tr("Not signed in."), true});
        return;
    }
    auto &waiters = m_waiting[key];
    const bool queued = !waiters.empty();
    waiters.push_back(Waiter{context, context != nullptr, std::move(done)});
    if (!queued) {
        m_queue.push_back(key);
        startNextRefresh();
    }
}

void TokenProvider::invalidate(const QString &tenantId, const QString &token)
{
    const QString key = tenantId.toLower();
    if (m_tokens.value(key).token == token)
        m_tokens.remove(key);
}

void TokenProvider::clearFailure(const QString &tenantId)
{
    m_failures.remove(tenantId.toLower());
}

void TokenProvider::startNextRefresh()
{
    if (m_reply || m_credentialBusy || m_queue.empty())
        return;
    m_refreshing = m_queue.front();
    m_queue.pop_front();
    ++m_refreshes;
    if (m_credential) {
        m_credentialBusy = true;
        const quint64 generation = m_generation;
        m_credential->requestToken(
            m_refreshing,
            [self = QPointer<TokenProvider>(this), generation](const TokenReply &answer) {
                if (!self || generation != self->m_generation)
                    return;
                self->m_credentialBusy = false;
                self->onAnswer(answer);
            });
        return;
    }
    const QList<QPair<QString, QString>> form{
        {QStringLiteral("client_id"), m_environment.clientId()},
        {QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
        {QStringLiteral("refresh_token"), m_refreshToken},
        {QStringLiteral("scope"),
         m_environment.armScope() + QLatin1String(" offline_access openid profile")}};
    qCDebug(lcAuth) << "refreshing the access token for tenant" << m_refreshing;
    m_reply = m_network->post(
        oauth::loginRequest(m_environment,
                            m_environment.loginUrl(m_refreshing, QStringLiteral("token")),
                            m_timeoutMs),
        oauth::formBody(form));
    const quint64 generation = m_generation;
    connect(m_reply, &QNetworkReply::finished, this, [this, generation] {
        if (generation == m_generation)
            onRefreshReply();
    });
}

void TokenProvider::onRefreshReply()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    onAnswer(oauth::readTokenReply(reply));
}

void TokenProvider::onAnswer(const TokenReply &answer)
{
    const QString key = std::exchange(m_refreshing, QString());
    const QDateTime sent = QDateTime::currentDateTimeUtc();
    if (const auto *t = std::get_if<TokenResponse>(&answer)) {
        if (!t->refreshToken.isEmpty() && t->refreshToken != m_refreshToken) {
            m_refreshToken = t->refreshToken;
            if (m_store) {
                m_store->write(m_storeKey, m_refreshToken,
                               [self = QPointer<TokenProvider>(this),
                                store = m_store](TokenStore::Status status, const QString &error) {
                                   if (status != TokenStore::Status::Ok && store && self)
                                       Q_EMIT self->storeWarning(
                                           tr("The renewed sign-in could not be saved to %1 (%2); "
                                              "it is kept in memory for this session.")
                                               .arg(store->description(), error));
                               });
            }
            Q_EMIT refreshTokenRotated();
        }
        if (m_account.objectId.isEmpty() && !t->account.isNull())
            m_account = t->account; // a session restored from the store learns who it is
        AccessToken token{t->accessToken, key, sent.addSecs(t->expiresIn), sent};
        m_tokens.insert(key, token);
        complete(key, token, AuthFailure());
    } else {
        const OAuthError &e = std::get<OAuthError>(answer);
        AuthFailure f{key, e.error, e.toString(), false};
        // An unattended credential that was refused stays refused (a wrong secret, a missing
        // role assignment in that tenant): no retry storm, one message per tenant.
        f.needsSignIn = (m_credential && e.error != QLatin1String("network_error"))
            || e.error == QLatin1String("invalid_grant")
            || e.error == QLatin1String("interaction_required")
            || e.error == QLatin1String("consent_required")
            || e.error == QLatin1String("login_required");
        qCWarning(lcAuth) << "token refresh for tenant" << key << "failed:" << e.error << "http"
                          << e.httpStatus;
        if (f.needsSignIn) {
            m_failures.insert(key, f);
            Q_EMIT tenantNeedsSignIn(key, f.message);
        }
        complete(key, AccessToken(), f);
    }
    startNextRefresh();
}

void TokenProvider::complete(const QString &tenantKey, const AccessToken &token,
                             const AuthFailure &failure)
{
    const std::vector<Waiter> waiters = m_waiting.take(tenantKey);
    for (const Waiter &w : waiters) {
        if (!w.hasContext || w.context)
            w.done(token, failure);
    }
}

} // namespace nsg::azure
