// SPDX-License-Identifier: MIT
#pragma once

#include "azure/cloudenvironment.h"
#include "azure/credential.h"
#include "azure/oauth.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace nsg::sandbox {
class SandboxServer;
}

namespace nsg::azure {
class ArmClient;
class DeviceCodeFlow;
class ResourceGraphClient;
class Session;
class TokenStore;
} // namespace nsg::azure

namespace nsg::workspace {

// Where to sign in and how to talk to Resource Manager.
struct ConnectionOptions
{
    enum class Source {
        Demo, // a sandbox in this thread, started by open(), approving codes by itself
        SandboxUrl, // a running sandbox (nsg-auditor sandbox, the window's demo)
        Azure, // one of Azure's clouds; tokens in the keychain
    };
    Source source = Source::Azure;
    QString sandboxUrl;
    QString cloud = QStringLiteral("AzureCloud");
    QString tenant = QStringLiteral("organizations"); // signIn() without a tenant signs in here
    QString clientId; // empty: the cloud's default (Azure CLI's)
    int maxInFlight = 8;
    int requestTimeoutSeconds = 60; // 0 or less: the value given was not a number in range
    azure::ApiVersions apiVersions;
    int minimumPollMs = 1000; // never poll for the device code faster (tests, demo: less)
    // How to sign in: a device code (the default), or unattended (a service principal, a
    // managed identity, the Azure CLI's account), with what the credential needs.
    azure::CredentialOptions credential;

    bool isUnattended() const
    {
        return credential.kind != azure::CredentialOptions::Kind::DeviceCode;
    }
};

// One connection to a cloud: picks it (Azure, a sandbox URL, the demo), owns the one network
// manager, the token store, the session, the ARM and Resource Graph clients, and the account
// remembered per cloud. Both front ends sign in through it: the window on its worker thread,
// the command line on its main thread.
class Connection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Connection)

public:
    explicit Connection(QObject *parent = nullptr);
    ~Connection() override;

    // (Re)builds the clients for these options; what was open is closed (signed-in state and
    // clients). False with errorString() when the options cannot work (unknown cloud, bad URL,
    // the demo sandbox did not start).
    bool open(const ConnectionOptions &options);
    bool isOpen() const;
    QString errorString() const { return m_error; }
    const ConnectionOptions &options() const { return m_options; }

    // Signs in again as the account remembered for this cloud (Azure only). False when there is
    // none; else restoreFinished follows (and signedIn when it worked).
    bool restore();
    // A device-code sign-in (userCodeReceived, then signedIn or signInFailed). With claims (an
    // MFA challenge of a change), a step-up instead: stepUpFinished. Unattended (options'
    // credential), the credential signs in instead; it cannot answer a step-up.
    void signIn(const QString &tenant = QString(), const QString &claims = QString());
    void cancelSignIn();
    void signOut();

    bool isSignedIn() const;
    azure::AccountInfo account() const;
    // The account's home tenant, where listing starts.
    QString homeTenant() const;
    // The tenant the last sign-in named (options().tenant unless signIn named another).
    QString signInTenant() const { return m_tenant; }
    QString cloudName() const; // as the journal records it
    // A note for the user when the sign-in is not remembered (no keychain); empty otherwise.
    QString storageNote() const;

    QNetworkAccessManager *network() const { return m_network.get(); }
    azure::Session *session() const { return m_session; }
    azure::ArmClient *arm() const { return m_arm; }
    azure::ResourceGraphClient *graph() const { return m_graph; }

    // QSettings key of the account remembered for a cloud.
    static QString rememberedAccountKey(const QString &cloud);

Q_SIGNALS:
    void userCodeReceived(const QString &userCode, const QUrl &verificationUri,
                          const QDateTime &expiresAt, const QString &message);
    void signInSlowedDown(int intervalMs);
    void signedIn(const nsg::azure::AccountInfo &account);
    void signInFailed(const QString &message);
    void restoreFinished(bool ok, const QString &message);
    void stepUpFinished(bool ok, const QString &message, const nsg::azure::AccountInfo &account);
    void signedOut();
    void storageWarning(const QString &message);

private:
    void close();
    void onSignedIn();

    ConnectionOptions m_options;
    QString m_error;
    QString m_tenant;
    bool m_stepUp = false; // the sign-in under way answers a change's MFA challenge
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<sandbox::SandboxServer> m_demo;
    // Children of this, deleted by close().
    azure::TokenStore *m_store = nullptr;
    azure::Session *m_session = nullptr;
    azure::ArmClient *m_arm = nullptr;
    azure::ResourceGraphClient *m_graph = nullptr;
    QPointer<QObject> m_flow; // the device-code sign-in under way (the session deletes it)
};

} // namespace nsg::workspace
