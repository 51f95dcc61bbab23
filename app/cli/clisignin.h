// SPDX-License-Identifier: MIT
#pragma once

#include "azure/cloudenvironment.h"
#include "core/audit/portpolicy.h"

#include <QCommandLineOption>
#include <QObject>
#include <QPointer>
#include <QTextStream>

#include <memory>
#include <optional>

class QCommandLineParser;
class QNetworkAccessManager;

namespace nsg::sandbox {
class SandboxServer;
}

namespace nsg::azure {
class ArmClient;
class Session;
class TokenStore;
} // namespace nsg::azure

namespace nsg::cli {

// Where a live command signs in.
struct SignInOptions
{
    enum class Source { Demo, SandboxUrl, Azure };
    Source source = Source::Demo;
    QString sandboxUrl;
    QString tenant = QStringLiteral("organizations"); // sign in here
    QString cloud = QStringLiteral("AzureCloud");
    QString clientId; // empty: Azure CLI's
    int maxInFlight = 8;
    int requestTimeoutSeconds = 60; // 0 or less: the value given was not a number in range
    azure::ApiVersions apiVersions;
};

// The options every live command shares: the policy (--policy, --port, --protocol, --breadth-limit,
// --ipv6-breadth-limit) and the source (--sandbox-url, --tenant, --cloud, --client-id).
struct CommonOptions
{
    CommonOptions();
    void addPolicy(QCommandLineParser &parser) const;
    void addSource(QCommandLineParser &parser) const;
    std::optional<EvaluationOptions> evaluation(const QCommandLineParser &parser,
                                                QString *error) const;
    // Which of --sandbox-url / --tenant was given (at most one; the caller checks).
    SignInOptions signIn(const QCommandLineParser &parser) const;
    bool hasSource(const QCommandLineParser &parser) const;

    QCommandLineOption policy, port, protocol, breadth, ipv6Breadth;
    QCommandLineOption sandboxUrl, tenant, cloud, clientId, requestTimeout;
};

// The sign-in of a command-line run: the cloud (a sandbox in this process for --demo, a running
// sandbox, or Azure with the keychain), a session signed in silently from the keychain or with a
// device code printed on stderr, and an ARM client. Reports signedIn or failed, once.
class CliSignIn final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliSignIn)

public:
    CliSignIn(QNetworkAccessManager *network, SignInOptions options, QTextStream &err,
              QObject *parent = nullptr);
    ~CliSignIn() override;

    // False (with errorString) when the sign-in cannot even begin (bad URL, sandbox failed).
    bool start();
    QString errorString() const { return m_failure; }
    const SignInOptions &options() const { return m_options; }
    azure::Session *session() const;
    azure::ArmClient *arm() const;
    // A new device-code sign-in, e.g. carrying an MFA claims challenge; signedIn follows.
    void signInAgain(const QString &tenant, const QString &claims);

    // Where the keychain key of the last sign-in to a cloud is remembered (QSettings).
    static QString settingsKey(const QString &cloud);

Q_SIGNALS:
    void signedIn();
    void failed(const QString &message);
    void note(const QString &message);

private:
    void deviceCode(const QString &tenant, const QString &claims = QString());
    void onSignedIn();

    QNetworkAccessManager *m_network;
    SignInOptions m_options;
    QTextStream &m_err;
    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    QPointer<azure::TokenStore> m_store;
    QPointer<azure::Session> m_session;
    QPointer<azure::ArmClient> m_arm;
    QString m_failure;
};

} // namespace nsg::cli
