// SPDX-License-Identifier: MIT
#pragma once

#include "ui/scan/scanworker.h"

#include <QObject>
#include <QThread>

namespace nsg::ui {

// The window's handle on the ScanWorker: owns the worker's thread and turns calls into queued
// invocations there. Connect to worker() signals for results (they arrive in this thread).
class ScanController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScanController)

public:
    explicit ScanController(QObject *parent = nullptr);
    ~ScanController() override;

    ScanWorker *worker() const { return m_worker; }

    void setEnvironment(const azure::CloudEnvironment &environment, bool keychain);
    void setMinimumPollInterval(int ms);
    void restore(const QString &storageKey);
    void signIn(const QString &tenant, const QString &claims = QString());
    void cancelSignIn();
    void signOut();
    void startScan(const azure::InventoryOptions &inventory, const EvaluationOptions &evaluation);
    void setEvaluation(const EvaluationOptions &evaluation);
    void cancelScan();
    void refreshSubscription(const QString &tenantId, const QString &subscriptionId);
    void refreshNsg(const QString &tenantId, const QString &nsgId);
    void fetchNsgJson(const QString &tenantId, const QString &nsgId);
    void setJournalPath(const QString &path);
    void checkPermission(const QString &tenantId, const QString &nsgId);
    void applyFix(const azure::EditRequest &request);
    void revertChange(const QString &changeId, bool force);
    void resumeEdit();
    void abandonEdit();

private:
    template<typename F>
    void call(F &&f)
    {
        QMetaObject::invokeMethod(m_worker, std::forward<F>(f), Qt::QueuedConnection);
    }

    QThread m_thread;
    ScanWorker *m_worker;
};

} // namespace nsg::ui
