// SPDX-License-Identifier: MIT
#include "ui/scan/scanworker.h"

#include "core/settings/appsettings.h"

#include "azure/armclient.h"
#include "azure/devicecodeflow.h"
#include "azure/keychaintokenstore.h"
#include "azure/permissioncheck.h"
#include "azure/resourcegraphclient.h"
#include "azure/session.h"
#include "azure/tokenprovider.h"
#include "azure/tokenstore.h"

#include "core/input/nsgreader.h"
#include "core/remediation/nsgdocument.h"

#include <QNetworkAccessManager>

namespace nsg::ui {

using namespace nsg::azure;

ScanWorker::ScanWorker(QObject *parent)
    : QObject(parent)
{ }

ScanWorker::~ScanWorker()
{
    // The network manager goes last: jobs still hold replies of it.
    delete m_loader;
    delete m_graph;
    delete m_arm;
    delete m_session;
}

void ScanWorker::setEnvironment(const CloudEnvironment &environment, bool keychain)
{
    cancelScan();
    delete m_arm;
    delete m_graph;
    delete m_session;
    delete m_store;
    if (!m_network)
        m_network = std::make_unique<QNetworkAccessManager>();
    if (keychain)
        m_store = new KeychainTokenStore(this);
    else
        m_store = new MemoryTokenStore(this);
    m_session = new Session(m_network.get(), environment, m_store, this);
    connect(m_session, &Session::storageWarning, this, &ScanWorker::storageWarning);
    ArmClientOptions armOptions;
    armOptions.maxInFlight = AppSettings::load().maxInFlight; // Settings → Requests in flight
    m_arm = new ArmClient(m_network.get(), m_session->tokens(), armOptions, this);
    m_graph = new ResourceGraphClient(m_arm, this);
}

void ScanWorker::restore(const QString &storageKey)
{
    if (!m_session)
        return;
    connect(
        m_session, &Session::restoreFinished, this,
        [this](bool ok, const QString &message) {
            Q_EMIT restoreFinished(ok, message, ok ? m_session->account() : AccountInfo());
        },
        Qt::SingleShotConnection);
    m_session->restore(storageKey);
}

void ScanWorker::signIn(const QString &tenant, const QString &claims)
{
    if (!m_session)
        return;
    m_flow = m_session->signIn(tenant.isEmpty() ? QStringLiteral("organizations") : tenant, claims);
    m_flow->setMinimumPollInterval(m_minimumPollMs);
    connect(m_flow, &DeviceCodeFlow::userCodeReceived, this, &ScanWorker::userCodeReceived);
    connect(m_flow, &DeviceCodeFlow::slowedDown, this, &ScanWorker::signInSlowedDown);
    connect(m_flow, &DeviceCodeFlow::finished, this, [this, flow = m_flow] {
        if (flow->status() == DeviceCodeFlow::Status::Succeeded) {
            m_account = m_session->account().username;
            Q_EMIT signInFinished(true, QString(), m_session->account(), m_session->storageKey());
            reconcilePending();
        } else {
            Q_EMIT signInFinished(false, flow->errorString(), AccountInfo(), QString());
        }
    });
}

void ScanWorker::cancelSignIn()
{
    if (m_flow)
        m_flow->cancel();
}

void ScanWorker::signOut()
{
    cancelScan();
    if (m_session)
        m_session->signOut();
    Q_EMIT signedOut();
}

QList<NsgResult> ScanWorker::evaluate(const QList<NetworkSecurityGroup> &nsgs)
{
    if (!m_evaluator)
        m_evaluator = std::make_unique<ExposureEvaluator>(m_evaluation);
    QList<NsgResult> out;
    out.reserve(nsgs.size());
    for (const NetworkSecurityGroup &nsg : nsgs)
        out.append(NsgResult{nsg, m_evaluator->evaluate(nsg), std::nullopt});
    return out;
}

void ScanWorker::setEvaluation(const EvaluationOptions &evaluation)
{
    m_evaluation = evaluation;
    m_evaluator = std::make_unique<ExposureEvaluator>(evaluation);
}

void ScanWorker::startScan(const InventoryOptions &inventory, const EvaluationOptions &evaluation)
{
    if (!m_session || !m_session->isSignedIn())
        return;
    cancelScan();
    m_evaluation = evaluation;
    m_evaluator = std::make_unique<ExposureEvaluator>(evaluation);
    m_keepForInterfaces = inventory.networkInterfaces;
    m_interfaces.clear();
    m_subnets.clear();
    m_loader = new InventoryLoader(m_arm, m_graph, inventory, this);
    connect(m_loader, &InventoryLoader::tenantsListed, this, &ScanWorker::tenantsListed);
    connect(m_loader, &InventoryLoader::subscriptionsListed, this,
            &ScanWorker::subscriptionsListed);
    connect(m_loader, &InventoryLoader::nsgsLoaded, this,
            [this](const QString &sub, const QList<NetworkSecurityGroup> &nsgs) {
                Q_EMIT nsgsReady(sub, evaluate(nsgs));
            });
    connect(
        m_loader, &InventoryLoader::networkInterfacesLoaded, this,
        [this](const QString &, const QList<NetworkInterface> &nics, const QList<Subnet> &subnets) {
            m_interfaces += nics;
            m_subnets += subnets;
        });
    connect(m_loader, &InventoryLoader::scopeFailed, this, [this](const ScanError &e) {
        if (e.scope.startsWith(QLatin1String("/subscriptions/")))
            Q_EMIT subscriptionFailed(e);
        else
            Q_EMIT tenantFailed(e);
    });
    connect(m_loader, &InventoryLoader::subscriptionSkipped, this,
            &ScanWorker::subscriptionSkipped);
    connect(m_loader, &InventoryLoader::subscriptionFinished, this,
            &ScanWorker::subscriptionFinished);
    connect(m_loader, &InventoryLoader::progress, this, &ScanWorker::progress);
    connect(m_loader, &InventoryLoader::notice, this, &ScanWorker::notice);
    connect(m_loader, &InventoryLoader::finished, this, [this, loader = m_loader] {
        const bool cancelled = loader->isCancelled();
        if (!cancelled && m_keepForInterfaces)
            Q_EMIT interfacesRead(m_interfaces, m_subnets);
        loader->deleteLater();
        Q_EMIT scanFinished(cancelled);
    });
    Q_EMIT scanStarted();
    const AccountInfo account = m_session->account();
    m_loader->start(account.homeTenantId.isEmpty() ? account.tenantId : account.homeTenantId);
}

void ScanWorker::cancelScan()
{
    if (m_loader && !m_loader->isFinished())
        m_loader->cancel();
}

void ScanWorker::refreshSubscription(const QString &tenantId, const QString &subscriptionId)
{
    if (!m_arm)
        return;
    const QString path = QLatin1String("/subscriptions/") + subscriptionId
        + QLatin1String("/providers/Microsoft.Network/networkSecurityGroups?api-version=")
        + m_arm->environment().apiVersions().network;
    ArmJob *job = m_arm->get(path, tenantId, ArmJob::Paging::FollowNextLink, this);
    auto collected = std::make_shared<QList<NetworkSecurityGroup>>();
    job->setBodyHandler([collected](QByteArrayView body, QString *nextLink) {
        QList<NetworkSecurityGroup> page;
        NsgReader reader([&page](NetworkSecurityGroup &&n) { page.append(std::move(n)); });
        reader.setPagedInput(true);
        reader.readBytes(body, QString());
        if (reader.brokeOff())
            return false;
        if (auto next = reader.envelope().find("nextLink");
            next != reader.envelope().end() && next->is_string())
            *nextLink = QString::fromStdString(next->get<std::string>());
        *collected += page;
        return true;
    });
    connect(job, &ArmJob::finished, this, [this, job, collected, subscriptionId] {
        job->deleteLater();
        if (!job->succeeded()) {
            const ArmError &e = job->error();
            Q_EMIT refreshFailed(ScanError{QLatin1String("/subscriptions/") + subscriptionId,
                                           e.httpStatus, e.code, e.message, e.requestId});
            return;
        }
        Q_EMIT subscriptionReloaded(subscriptionId, evaluate(*collected));
    });
}

void ScanWorker::refreshNsg(const QString &tenantId, const QString &nsgId)
{
    if (!m_arm)
        return;
    ArmJob *job = m_arm->get(nsgId + QLatin1String("?api-version=")
                                 + m_arm->environment().apiVersions().network,
                             tenantId, ArmJob::Paging::Single, this);
    auto read = std::make_shared<QList<NetworkSecurityGroup>>();
    job->setBodyHandler([read](QByteArrayView body, QString *) {
        NsgReader reader([read](NetworkSecurityGroup &&n) { read->append(std::move(n)); });
        reader.readBytes(body, QString());
        return !reader.brokeOff();
    });
    connect(job, &ArmJob::finished, this, [this, job, read, nsgId] {
        job->deleteLater();
        if (!job->succeeded() || read->isEmpty()) {
            const ArmError &e = job->error();
            Q_EMIT refreshFailed(ScanError{nsgId, e.httpStatus, e.code, e.message, e.requestId});
            return;
        }
        Q_EMIT nsgRefreshed(evaluate(*read).front());
    });
}

void ScanWorker::fetchNsgJson(const QString &tenantId, const QString &nsgId)
{
    if (!m_arm)
        return;
    ArmJob *job = m_arm->get(nsgId + QLatin1String("?api-version=")
                                 + m_arm->environment().apiVersions().network,
                             tenantId, ArmJob::Paging::Single, this);
    connect(job, &ArmJob::finished, this, [this, job, nsgId] {
        job->deleteLater();
        if (!job->succeeded()) {
            Q_EMIT nsgJsonReady(nsgId, QString(), job->error().toString());
            return;
        }
        Q_EMIT nsgJsonReady(nsgId, NsgDocument::fromJson(job->result()).toText(), QString());
    });
}

void ScanWorker::setJournalPath(const QString &path)
{
    m_journal = std::make_unique<ChangeJournal>(path);
    QString error;
    if (!m_journal->load(&error))
        Q_EMIT notice(error);
    for (const QString &problem : m_journal->problems())
        Q_EMIT notice(tr("Change journal %1: %2").arg(path, problem));
}

void ScanWorker::checkPermission(const QString &tenantId, const QString &nsgId)
{
    if (!m_arm)
        return;
    auto *check = new PermissionCheck(m_arm, nsgId, tenantId,
                                      QString::fromLatin1(PermissionCheck::kRuleWrite), this);
    connect(check, &PermissionCheck::finished, this, [this, check, nsgId] {
        check->deleteLater();
        Q_EMIT permissionChecked(nsgId, check->isKnown(), check->isAllowed(),
                                 check->isKnown() ? check->reason() : check->error().toString());
    });
}

RuleEditor *ScanWorker::newEditor()
{
    if (!m_arm || !m_journal || m_editor) {
        // Reported as an outcome, so whoever asked is not left waiting.
        EditOutcome refused;
        refused.message = m_editor ? tr("Another change is still being applied.")
                                   : tr("Sign in before changing rules.");
        Q_EMIT editFinished(refused);
        return nullptr;
    }
    m_editor =
        new RuleEditor(m_arm, m_journal.get(),
                       EditContext{EditContext::cloudName(m_arm->environment()), m_account}, this);
    connect(m_editor, &RuleEditor::progress, this, &ScanWorker::editProgress);
    connect(m_editor, &RuleEditor::claimsChallenge, this, &ScanWorker::editClaimsChallenge);
    connect(m_editor, &RuleEditor::finished, this, &ScanWorker::onEditFinished);
    return m_editor;
}

void ScanWorker::onEditFinished()
{
    RuleEditor *editor = m_editor;
    m_editor = nullptr;
    editor->deleteLater();
    const EditOutcome outcome = editor->outcome();
    Q_EMIT journalChanged(m_journal->path());
    Q_EMIT editFinished(outcome);
    // The tree and the page follow what is there now.
    if (outcome.nsg && !outcome.changeId.isEmpty()) {
        const std::optional<JournalChange> change = m_journal->change(outcome.changeId);
        if (change)
            refreshNsg(change->tenantId, change->nsgId());
    }
}

void ScanWorker::applyFix(const EditRequest &request)
{
    RuleEditor *editor = newEditor();
    if (!editor)
        return;
    EditRequest r = request;
    r.options = m_evaluation; // the policy and limits the tree was evaluated with
    editor->apply(r);
}

void ScanWorker::revertChange(const QString &changeId, bool force)
{
    RuleEditor *editor = newEditor();
    if (!editor)
        return;
    editor->revert(changeId, QString(), m_evaluation, force);
}

void ScanWorker::resumeEdit()
{
    if (m_editor)
        m_editor->resume();
}

void ScanWorker::abandonEdit()
{
    if (m_editor)
        m_editor->abandon();
}

void ScanWorker::reconcilePending()
{
    if (!m_journal || !m_arm || m_reconciling > 0)
        return;
    m_journal->load();
    // Only this cloud's and this account's: another's rules may not even be readable here.
    const QString cloud = EditContext::cloudName(m_arm->environment());
    const QList<JournalChange> pending = m_journal->pending();
    for (const JournalChange &change : pending) {
        if (change.cloud != cloud || change.account.compare(m_account, Qt::CaseInsensitive) != 0)
            continue;
        ++m_reconciling;
        auto *editor = new RuleEditor(m_arm, m_journal.get(), EditContext{}, this);
        connect(editor, &RuleEditor::finished, this, [this, editor] {
            editor->deleteLater();
            Q_EMIT notice(tr("A change left pending by an earlier run was reconciled: %1")
                              .arg(editor->outcome().message));
            if (--m_reconciling == 0)
                Q_EMIT journalChanged(m_journal->path());
        });
        editor->reconcile(change.id);
    }
}

} // namespace nsg::ui
