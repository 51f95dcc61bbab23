// SPDX-License-Identifier: MIT
#pragma once

#include "azure/cloudenvironment.h"
#include "azure/credential.h"
#include "azure/oauth.h"
#include "azure/tokenstore.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QNetworkAccessManager;

namespace nsg::azure {

class DeviceCodeFlow;
class TokenProvider;

// The signed-in account of one cloud: signs in with a device code, restores a stored sign-in
// silently, signs out. Owns the TokenProvider everything else asks for tokens. The refresh
// token goes to the TokenStore (the keychain); when that is not reachable it stays in memory
// for this session only, and the session says so (storageWarning, storageNote()).
class Session final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Session)

public:
    Session(QNetworkAccessManager *network, CloudEnvironment environment, TokenStore *store,
            QObject *parent = nullptr);
    ~Session() override;

    const CloudEnvironment &environment() const { return m_environment; }
    TokenProvider *tokens() const { return m_tokens; }
    bool isSignedIn() const;
    AccountInfo account() const;
    // "<cloud>:<home tenant>:<account>": remember it (settings) to restore() next time.
    QString storageKey() const { return m_storageKey; }
    // Whether the sign-in outlives this process; if not, storageNote() says why.
    bool isPersisted() const { return m_persisted; }
    QString storageNote() const { return m_storageNote; }

    // Signs in silently from the refresh token stored under `storageKey`: reports through
    // restoreFinished (false when nothing usable is stored; a refused token is removed).
    void restore(const QString &storageKey);
    // Starts a device-code sign-in (owned by the session; it reports through its own signals,
    // then signedIn or signInFailed here). claims: a challenge to satisfy (MFA).
    DeviceCodeFlow *signIn(const QString &tenant = QStringLiteral("organizations"),
                           const QString &claims = QString());
    // Signs in unattended with a credential (owned from now on): its first token, for tenant
    // (empty: the credential's own), proves it and names the account; then signedIn or
    // signInFailed. Nothing is stored: the credential signs in again next time.
    void signInWith(std::unique_ptr<Credential> credential, const QString &tenant);
    // Forgets every token and removes the stored one.
    void signOut();

Q_SIGNALS:
    void signedIn();
    void signInFailed(const QString &message);
    void restoreFinished(bool ok, const QString &message);
    void signedOut();
    void storageWarning(const QString &message);

private:
    void persist();
    void onStoreFailed(const QString &message);

    QNetworkAccessManager *m_network;
    CloudEnvironment m_environment;
    QPointer<TokenStore> m_store;
    TokenProvider *m_tokens;
    QPointer<DeviceCodeFlow> m_flow;
    std::unique_ptr<Credential> m_credential;
    QString m_storageKey;
    QString m_refreshToken; // only until persisted
    bool m_persisted = false;
    QString m_storageNote;
};

} // namespace nsg::azure
