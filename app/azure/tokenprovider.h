// SPDX-License-Identifier: MIT
#pragma once

#include "azure/cloudenvironment.h"
#include "azure/credential.h"
#include "azure/oauth.h"
#include "azure/tokenstore.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <deque>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace nsg::azure {

// Why a tenant cannot have a token until someone signs in again.
struct AuthFailure
{
    QString tenantId;
    QString error; // invalid_grant, interaction_required, no_session, network_error, …
    QString message;
    bool needsSignIn = false; // true: only a new sign-in (for this tenant) helps

    bool isNull() const { return error.isEmpty(); }
};

// One access token per tenant from the session's refresh token (docs/azure-protocol.md, 'Tokens per
// tenant, refresh and the keychain'): redeemed at /{tenantId}/oauth2/v2.0/token, cached until
// shortly before expiry, one refresh per tenant no matter how many ask at once. Every refresh
// rotates the refresh token; the new one replaces the old in memory and in the TokenStore at once.
// Refreshes run one at a time, so a rotated token is never raced by its predecessor.
// invalid_grant / interaction_required for a tenant marks that tenant "needs sign-in"; other
// tenants carry on.
class TokenProvider final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenProvider)

public:
    // Called once per token() call, with either a token or the failure.
    using Callback = std::function<void(const AccessToken &token, const AuthFailure &failure)>;

    TokenProvider(QNetworkAccessManager *network, CloudEnvironment environment,
                  QObject *parent = nullptr);
    ~TokenProvider() override;

    const CloudEnvironment &environment() const { return m_environment; }

    // Starts a session from a sign-in (or a stored refresh token). `store` (may be null) gets
    // every rotated refresh token under `storeKey`.
    void setSession(const AccountInfo &account, const QString &refreshToken, TokenStore *store,
                    const QString &storeKey);
    // Where rotated refresh tokens go from now on (null: memory only).
    void setStore(TokenStore *store, const QString &storeKey)
    {
        m_store = store;
        m_storeKey = storeKey;
    }
    // Starts a session of an unattended credential (service principal, managed identity, Azure
    // CLI): each tenant's token comes from it instead of a refresh token. Not owned.
    void setCredential(const AccountInfo &account, Credential *credential);
    // Forgets tokens (not the stored one: Session::signOut removes that).
    void clear();
    bool hasSession() const { return !m_refreshToken.isEmpty() || m_credential; }
    bool isUnattended() const { return m_credential != nullptr; }
    AccountInfo account() const { return m_account; }
    // An access token from the sign-in itself, so the first call needs no refresh.
    void seed(const AccessToken &token);

    // An access token for the tenant: at once (before returning) when a cached one is fresh,
    // else after a refresh. `context` guards the callback: if it is destroyed first, the
    // callback is dropped.
    void token(const QString &tenantId, QObject *context, Callback done);
    // The token was refused (401 expired / invalid): drop it so the next call refreshes.
    void invalidate(const QString &tenantId, const QString &token);

    // Tenants marked "needs sign-in", with why.
    QList<AuthFailure> failures() const { return m_failures.values(); }
    AuthFailure failure(const QString &tenantId) const
    {
        return m_failures.value(tenantId.toLower());
    }
    // After a new sign-in for the tenant.
    void clearFailure(const QString &tenantId);

    // Refresh within this long of expiry (default 300 s, at most half a token's lifetime).
    void setRenewalMargin(int seconds) { m_marginSeconds = seconds; }
    void setTimeout(int ms) { m_timeoutMs = ms; }
    int refreshCount() const { return m_refreshes; }

Q_SIGNALS:
    void tenantNeedsSignIn(const QString &tenantId, const QString &message);
    // The refresh token changed (rotated); storeWarning when the store could not keep it.
    void refreshTokenRotated();
    void storeWarning(const QString &message);

private:
    struct Waiter
    {
        QPointer<QObject> context;
        bool hasContext = false;
        Callback done;
    };
    bool isFresh(const AccessToken &t) const;
    void startNextRefresh();
    void onRefreshReply();
    void onAnswer(const TokenReply &answer);
    void complete(const QString &tenantKey, const AccessToken &token, const AuthFailure &failure);

    QNetworkAccessManager *m_network;
    CloudEnvironment m_environment;
    AccountInfo m_account;
    QString m_refreshToken;
    QPointer<Credential> m_credential;
    bool m_credentialBusy = false;
    QPointer<TokenStore> m_store;
    QString m_storeKey;
    int m_marginSeconds = 300;
    int m_timeoutMs = 30000;
    int m_refreshes = 0;
    quint64 m_generation = 0; // bumped by setSession/clear: late replies are ignored

    QHash<QString, AccessToken> m_tokens; // lower-case tenant id → token
    QHash<QString, std::vector<Waiter>> m_waiting; // tenants with a refresh queued or running
    std::deque<QString> m_queue; // tenants waiting for their refresh, in order
    QString m_refreshing; // tenant whose refresh is in flight
    QPointer<QNetworkReply> m_reply;
    QHash<QString, AuthFailure> m_failures;
};

} // namespace nsg::azure
