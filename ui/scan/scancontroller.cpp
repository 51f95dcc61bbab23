// SPDX-License-Identifier: MIT
#include "ui/scan/scancontroller.h"

namespace nsg::ui {

ScanController::ScanController(QObject *parent)
    : QObject(parent)
    , m_worker(new ScanWorker)
{
    m_thread.setObjectName(QStringLiteral("scan"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

ScanController::~ScanController()
{
    m_thread.quit();
    m_thread.wait();
}

void ScanController::setEnvironment(const azure::CloudEnvironment &environment, bool keychain)
{
    call([w = m_worker, environment, keychain] { w->setEnvironment(environment, keychain); });
}

void ScanController::setMinimumPollInterval(int ms)
{
    call([w = m_worker, ms] { w->setMinimumPollInterval(ms); });
}

void ScanController::restore(const QString &storageKey)
{
    call([w = m_worker, storageKey] { w->restore(storageKey); });
}

void ScanController::signIn(const QString &tenant, const QString &claims)
{
    call([w = m_worker, tenant, claims] { w->signIn(tenant, claims); });
}

void ScanController::setJournalPath(const QString &path)
{
    call([w = m_worker, path] { w->setJournalPath(path); });
}

void ScanController::checkPermission(const QString &tenantId, const QString &nsgId)
{
    call([w = m_worker, tenantId, nsgId] { w->checkPermission(tenantId, nsgId); });
}

void ScanController::applyFix(const azure::EditRequest &request)
{
    call([w = m_worker, request] { w->applyFix(request); });
}

void ScanController::revertChange(const QString &changeId, bool force)
{
    call([w = m_worker, changeId, force] { w->revertChange(changeId, force); });
}

void ScanController::resumeEdit()
{
    call([w = m_worker] { w->resumeEdit(); });
}

void ScanController::abandonEdit()
{
    call([w = m_worker] { w->abandonEdit(); });
}

void ScanController::cancelSignIn()
{
    call([w = m_worker] { w->cancelSignIn(); });
}

void ScanController::signOut()
{
    call([w = m_worker] { w->signOut(); });
}

void ScanController::startScan(const azure::InventoryOptions &inventory,
                               const EvaluationOptions &evaluation)
{
    call([w = m_worker, inventory, evaluation] { w->startScan(inventory, evaluation); });
}

void ScanController::setEvaluation(const EvaluationOptions &evaluation)
{
    call([w = m_worker, evaluation] { w->setEvaluation(evaluation); });
}

void ScanController::cancelScan()
{
    call([w = m_worker] { w->cancelScan(); });
}

void ScanController::refreshSubscription(const QString &tenantId, const QString &subscriptionId)
{
    call([w = m_worker, tenantId, subscriptionId] {
        w->refreshSubscription(tenantId, subscriptionId);
    });
}

void ScanController::refreshNsg(const QString &tenantId, const QString &nsgId)
{
    call([w = m_worker, tenantId, nsgId] { w->refreshNsg(tenantId, nsgId); });
}

void ScanController::fetchNsgJson(const QString &tenantId, const QString &nsgId)
{
    call([w = m_worker, tenantId, nsgId] { w->fetchNsgJson(tenantId, nsgId); });
}

} // namespace nsg::ui
