// SPDX-License-Identifier: MIT
#include "azure/session.h"

#include "azure/azurelog.h"
#include "azure/credential.h"
#include "azure/devicecodeflow.h"
#include "azure/tokenprovider.h"
#include "azure/tokenstore.h"

namespace nsg::azure {

Session::Session(QNetworkAccessManager *network, CloudEnvironment environment, TokenStore *store,
                 QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_environment(std::move(environment))
    , m_store(store)
    , m_tokens(new TokenProvider(network, m_environment, this))
{
    connect(m_tokens, &TokenProvider::storeWarning, this, &Session::onStoreFailed);
}

Session::~Session()
{
    m_tokens->clear(); // before the credential it points at goes
}

bool Session::isSignedIn() const
{
    return m_tokens->hasSession();
}

AccountInfo Session::account() const
{
    return m_tokens->account();
}

void Session::restore(const QString &storageKey)
{
    const QStringList parts = storageKey.split(QLatin1Char(':'));
    if (parts.size() != 3 || parts[0] != m_environment.name() || !m_store) {
        QMetaObject::invokeMethod(
            this,
            [this] { Q_EMIT restoreFinished(false, tr("No stored sign-in for this cloud.")); },
            Qt::QueuedConnection);
        return;
    }
    const QString homeTenant = parts[1];
    m_store->read(
        storageKey,
        [this, storageKey, homeTenant, username = parts[2]](TokenStore::Status status,
                                                            const QString &value) {
            if (status != TokenStore::Status::Ok || value.isEmpty()) {
                Q_EMIT restoreFinished(
                    false,
                    status == TokenStore::Status::NotFound
                        ? tr("No stored sign-in.")
                        : tr("The stored sign-in could not be read from %1: %2")
                              .arg(m_store ? m_store->description() : QString(), value));
                return;
            }
            AccountInfo account;
            account.username = username;
            account.homeTenantId = homeTenant;
            account.tenantId = homeTenant;
            m_tokens->setSession(account, value, m_store, storageKey);
            m_storageKey = storageKey;
            m_persisted = m_store && m_store->isPersistent();
            // Redeem it once: proves it still works and tells us who the account is.
            m_tokens->token(
                homeTenant, this,
                [this, storageKey](const AccessToken &, const AuthFailure &failure) {
                    if (failure.isNull()) {
                        qCInfo(lcAuth) << "signed in silently from the stored refresh token";
                        Q_EMIT restoreFinished(true, QString());
                        Q_EMIT signedIn();
                        return;
                    }
                    if (failure.needsSignIn && m_store)
                        m_store->remove(storageKey, [](TokenStore::Status, const QString &) {});
                    m_tokens->clear();
                    m_storageKey.clear();
                    Q_EMIT restoreFinished(false,
                                           tr("The stored sign-in no longer works (%1); sign in "
                                              "again.")
                                               .arg(failure.message));
                });
        });
}

DeviceCodeFlow *Session::signIn(const QString &tenant, const QString &claims)
{
    if (m_flow)
        m_flow->cancel();
    auto *flow = new DeviceCodeFlow(m_network, m_environment, this);
    flow->setTenant(tenant);
    flow->setClaims(claims);
    m_flow = flow;
    connect(flow, &DeviceCodeFlow::finished, this, [this, flow] {
        flow->deleteLater();
        if (flow->status() != DeviceCodeFlow::Status::Succeeded) {
            Q_EMIT signInFailed(flow->errorString());
            return;
        }
        const TokenResponse &t = flow->tokens();
        const AccountInfo account = t.account;
        m_storageKey =
            TokenStore::storageKey(m_environment.name(), account.homeTenantId, account.username);
        m_tokens->setSession(account, t.refreshToken, m_store, m_storageKey);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        m_tokens->seed(AccessToken{t.accessToken, account.tenantId, now.addSecs(t.expiresIn), now});
        m_refreshToken = t.refreshToken;
        persist();
        Q_EMIT signedIn();
    });
    QMetaObject::invokeMethod(flow, &DeviceCodeFlow::start, Qt::QueuedConnection);
    return flow;
}

void Session::signInWith(std::unique_ptr<Credential> credential, const QString &tenant)
{
    if (m_flow)
        m_flow->cancel();
    m_tokens->clear();
    m_credential = std::move(credential);
    m_storageKey.clear();
    m_persisted = false;
    m_storageNote.clear();
    Credential *c = m_credential.get();
    const QString wanted = tenant.isEmpty() ? c->defaultTenant() : tenant;
    c->requestToken(wanted, [this, c, wanted](const TokenReply &answer) {
        if (m_credential.get() != c)
            return; // signed out, or another sign-in began
        if (const auto *e = std::get_if<OAuthError>(&answer)) {
            qCInfo(lcAuth) << "unattended sign-in failed:" << e->error << "http" << e->httpStatus;
            Q_EMIT signInFailed(
                tr("%1 could not sign in: %2").arg(c->description(), e->toString()));
            return;
        }
        const TokenResponse &t = std::get<TokenResponse>(answer);
        AccountInfo account = t.account;
        if (account.tenantId.isEmpty())
            account.tenantId = account.homeTenantId = wanted;
        if (account.tenantId.isEmpty()) {
            Q_EMIT signInFailed(tr("%1 signed in, but its token does not say which tenant it is "
                                   "for: name the tenant (--tenant or AZURE_TENANT_ID)")
                                    .arg(c->description()));
            return;
        }
        if (account.username.isEmpty())
            account.username =
                c->options().clientId.isEmpty() ? c->description() : c->options().clientId;
        if (account.displayName.isEmpty())
            account.displayName = c->description();
        m_tokens->setCredential(account, c);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        m_tokens->seed(AccessToken{t.accessToken, account.tenantId, now.addSecs(t.expiresIn), now});
        qCInfo(lcAuth).noquote() << "signed in unattended as" << c->description();
        Q_EMIT signedIn();
    });
}

void Session::persist()
{
    if (!m_store || m_refreshToken.isEmpty()) {
        m_persisted = false;
        m_storageNote = tr("No refresh token came back: you will need to sign in again next time.");
        return;
    }
    m_persisted = m_store->isPersistent();
    if (!m_persisted)
        m_storageNote = tr("Tokens are kept in %1.").arg(m_store->description());
    m_store->write(
        m_storageKey, std::exchange(m_refreshToken, QString()),
        [self = QPointer<Session>(this)](TokenStore::Status status, const QString &error) {
            if (self && status != TokenStore::Status::Ok)
                self->onStoreFailed(error);
        });
}

void Session::onStoreFailed(const QString &message)
{
    if (!m_store)
        return; // switched to memory and said so already
    m_persisted = false;
    m_storageNote = tr("No keychain could keep your sign-in (%1): it is kept in memory for this "
                       "session only, and you will sign in again next time.")
                        .arg(message);
    // Stop trying (and warning) on every rotation.
    m_tokens->setStore(nullptr, QString());
    m_store = nullptr;
    qCWarning(lcAuth).noquote() << m_storageNote;
    Q_EMIT storageWarning(m_storageNote);
}

void Session::signOut()
{
    if (m_flow)
        m_flow->cancel();
    if (m_store && !m_storageKey.isEmpty())
        m_store->remove(m_storageKey, [](TokenStore::Status, const QString &) {});
    m_tokens->clear();
    if (m_credential) {
        m_credential->cancel();
        m_credential.release()->deleteLater(); // it may be inside its own callback
    }
    m_storageKey.clear();
    Q_EMIT signedOut();
}

} // namespace nsg::azure
