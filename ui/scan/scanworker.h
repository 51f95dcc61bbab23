// SPDX-License-Identifier: MIT
#pragma once

#include "azure/cloudenvironment.h"
#include "azure/inventoryloader.h"
#include "azure/oauth.h"
#include "azure/ruleeditor.h"

#include "core/audit/exposureevaluator.h"
#include "core/audit/scanresult.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <memory>

class QNetworkAccessManager;

namespace nsg::azure {
class ArmClient;
class DeviceCodeFlow;
class ResourceGraphClient;
class Session;
class TokenStore;
} // namespace nsg::azure

namespace nsg::ui {

// Everything that talks to Azure, on its own thread, so the window never waits for the network
// or for parsing: sign-in, the inventory, evaluation, single re-reads. Commands arrive as
// queued calls (ScanController); results leave as signals, evaluated and ready to show.
class ScanWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScanWorker)

public:
    explicit ScanWorker(QObject *parent = nullptr);
    ~ScanWorker() override;

    // Commands (call in the worker's thread).
    void setEnvironment(const azure::CloudEnvironment &environment, bool keychain);
    void restore(const QString &storageKey);
    // claims: an MFA challenge the new sign-in must satisfy (after editClaimsChallenge).
    void signIn(const QString &tenant, const QString &claims = QString());
    void cancelSignIn();
    void signOut();
    void startScan(const azure::InventoryOptions &inventory, const EvaluationOptions &evaluation);
    // Another policy or limit for what is read from now on (refreshes, edits' verification).
    void setEvaluation(const EvaluationOptions &evaluation);
    void cancelScan();
    void refreshSubscription(const QString &tenantId, const QString &subscriptionId);
    void refreshNsg(const QString &tenantId, const QString &nsgId);
    void fetchNsgJson(const QString &tenantId, const QString &nsgId);
    // Changes (one at a time). The journal lives at `path`; pending entries are reconciled
    // after each sign-in.
    void setJournalPath(const QString &path);
    void checkPermission(const QString &tenantId, const QString &nsgId);
    void applyFix(const nsg::azure::EditRequest &request);
    void revertChange(const QString &changeId, bool force);
    void resumeEdit(); // after editClaimsChallenge and a sign-in with the claims
    void abandonEdit();
    void reconcilePending();

    // For tests and the demo: never poll faster than this.
    void setMinimumPollInterval(int ms) { m_minimumPollMs = ms; }

Q_SIGNALS:
    void userCodeReceived(const QString &userCode, const QUrl &verificationUri,
                          const QDateTime &expiresAt, const QString &message);
    void signInSlowedDown(int intervalMs);
    // ok: signed in (account says who); else message says why (declined, expired, …).
    void signInFinished(bool ok, const QString &message, const nsg::azure::AccountInfo &account,
                        const QString &storageKey);
    void restoreFinished(bool ok, const QString &message, const nsg::azure::AccountInfo &account);
    void signedOut();
    void storageWarning(const QString &message);

    void scanStarted();
    void tenantsListed(const QList<nsg::Tenant> &tenants);
    void tenantFailed(const nsg::ScanError &error);
    void subscriptionsListed(const QString &tenantId,
                             const QList<nsg::Subscription> &subscriptions);
    void nsgsReady(const QString &subscriptionId, const QList<nsg::NsgResult> &nsgs);
    void subscriptionFailed(const nsg::ScanError &error);
    void subscriptionSkipped(const nsg::ScanError &reason);
    void subscriptionFinished(const QString &subscriptionId, bool complete);
    void progress(int done, int total);
    void notice(const QString &message);
    // The NICs and subnets read (NIC view on): the window evaluates them against the NSGs'
    // findings in force, so they follow every policy change and re-read.
    void interfacesRead(const QList<nsg::NetworkInterface> &interfaces,
                        const QList<nsg::Subnet> &subnets);
    void scanFinished(bool cancelled);

    void subscriptionReloaded(const QString &subscriptionId, const QList<nsg::NsgResult> &nsgs);
    void nsgRefreshed(const nsg::NsgResult &nsg);
    void refreshFailed(const nsg::ScanError &error);
    void nsgJsonReady(const QString &nsgId, const QString &json, const QString &error);
    // known: the permissions could be read; reason says what was found (or why not).
    void permissionChecked(const QString &nsgId, bool known, bool allowed, const QString &reason);
    void editProgress(const QString &step);
    void editClaimsChallenge(const QString &tenantId, const QString &claims);
    void editFinished(const nsg::azure::EditOutcome &outcome);
    void journalChanged(const QString &path);

private:
    QList<NsgResult> evaluate(const QList<NetworkSecurityGroup> &nsgs);
    azure::RuleEditor *newEditor();
    void onEditFinished();

    std::unique_ptr<QNetworkAccessManager> m_network;
    QPointer<azure::TokenStore> m_store;
    QPointer<azure::Session> m_session;
    QPointer<azure::ArmClient> m_arm;
    QPointer<azure::ResourceGraphClient> m_graph;
    QPointer<azure::InventoryLoader> m_loader;
    QPointer<azure::DeviceCodeFlow> m_flow;
    std::unique_ptr<ExposureEvaluator> m_evaluator;
    EvaluationOptions m_evaluation;
    int m_minimumPollMs = 1000;
    std::unique_ptr<azure::ChangeJournal> m_journal;
    QPointer<azure::RuleEditor> m_editor;
    QString m_account;
    int m_reconciling = 0;
    // For the NIC view: the NICs and subnets read.
    bool m_keepForInterfaces = false;
    QList<NetworkInterface> m_interfaces;
    QList<Subnet> m_subnets;
};

} // namespace nsg::ui
