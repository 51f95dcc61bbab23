// SPDX-License-Identifier: MIT
#pragma once

#include "azure/inventoryloader.h"
#include "cli/clisignin.h"

#include "core/audit/exposureevaluator.h"
#include "core/audit/scanresult.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTextStream>

#include <memory>
#include <vector>

class QNetworkAccessManager;

namespace nsg::sandbox {
class SandboxServer;
}

namespace nsg::azure {
class ArmClient;
class ResourceGraphClient;
class Session;
class TokenStore;
} // namespace nsg::azure

namespace nsg::cli {

struct LiveScanOptions
{
    SignInOptions signIn;
    azure::InventoryOptions inventory;
    EvaluationOptions evaluation;
    bool progress = false; // a progress line on stderr
};

// `scan --demo | --sandbox-url | --tenant`: signs in (device code, or silently from the
// keychain), loads the inventory, evaluates every NSG (and NIC), and hands over the same
// ScanResult an offline scan produces.
class LiveScan final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveScan)

public:
    LiveScan(QNetworkAccessManager *network, LiveScanOptions options, QTextStream &err,
             QObject *parent = nullptr);
    ~LiveScan() override;

    // False (with errorString) when the scan cannot even begin (bad URL, sandbox failed).
    bool start();
    bool succeeded() const { return m_failure.isEmpty(); }
    QString errorString() const { return m_failure; }
    QString account() const { return m_account; }
    ScanResult takeResult() { return std::move(m_result); }
    int requestsSent() const;
    int retries() const;
    // Seconds from start to signed in, and from signed in to the last NSG evaluated.
    double signInSeconds() const { return m_signedInMs / 1000.0; }
    double scanSeconds() const { return (m_doneMs - m_signedInMs) / 1000.0; }

Q_SIGNALS:
    void finished();

private:
    void onSignedIn();
    void onInventoryFinished();
    void evaluateInterfaces(const std::vector<Finding> &findings);
    void fail(const QString &message);
    void note(const QString &message);

    QNetworkAccessManager *m_network;
    LiveScanOptions m_options;
    QTextStream &m_err;
    QPointer<CliSignIn> m_signIn;
    QPointer<azure::ResourceGraphClient> m_graph;
    QPointer<azure::InventoryLoader> m_loader;

    std::vector<NetworkSecurityGroup> m_nsgs;
    QList<NetworkInterface> m_interfaces;
    QList<Subnet> m_subnets;
    ScanResult m_result;
    QString m_account;
    QString m_failure;
    bool m_done = false;
    QElapsedTimer m_clock;
    qint64 m_signedInMs = 0;
    qint64 m_doneMs = 0;
};

} // namespace nsg::cli
