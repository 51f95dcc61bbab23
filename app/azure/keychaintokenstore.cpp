// SPDX-License-Identifier: MIT
#include "azure/keychaintokenstore.h"

#include "azure/azurelog.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>

namespace nsg::azure {

namespace {

TokenStore::Status statusOf(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return TokenStore::Status::Ok;
    case QKeychain::EntryNotFound:
        return TokenStore::Status::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return TokenStore::Status::Unavailable;
    default:
        return TokenStore::Status::Failed;
    }
}

template<typename Job>
void configure(Job *job, const QString &key)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
}

} // namespace

KeychainTokenStore::KeychainTokenStore(QObject *parent, QString service)
    : TokenStore(parent)
    , m_service(std::move(service))
{ }

void KeychainTokenStore::read(const QString &key, Callback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    configure(job, key);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] {
        const Status status = statusOf(job->error());
        if (status != Status::Ok && status != Status::NotFound)
            qCWarning(lcAuth) << "keychain read failed:" << job->errorString();
        done(status, status == Status::Ok ? job->textData() : job->errorString());
    });
    job->start();
}

void KeychainTokenStore::write(const QString &key, const QString &secret, Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    configure(job, key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] {
        const Status status = statusOf(job->error());
        if (status != Status::Ok)
            qCWarning(lcAuth) << "keychain write failed:" << job->errorString();
        done(status, status == Status::Ok ? QString() : job->errorString());
    });
    job->start();
}

void KeychainTokenStore::remove(const QString &key, Callback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    configure(job, key);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] {
        done(statusOf(job->error()), job->error() ? job->errorString() : QString());
    });
    job->start();
}

QString KeychainTokenStore::description() const
{
    return QCoreApplication::translate("nsg::azure::TokenStore", "the system keychain");
}

} // namespace nsg::azure
