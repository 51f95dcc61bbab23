// SPDX-License-Identifier: MIT
#include "azure/tokenstore.h"

#include <QCoreApplication>
#include <QTimer>

namespace nsg::azure {

void MemoryTokenStore::later(std::function<void()> f)
{
    QTimer::singleShot(0, this, std::move(f));
}

void MemoryTokenStore::read(const QString &key, Callback done)
{
    later([this, key, done = std::move(done)] {
        const auto it = m_secrets.constFind(key);
        if (it == m_secrets.constEnd())
            done(Status::NotFound, QString());
        else
            done(Status::Ok, *it);
    });
}

void MemoryTokenStore::write(const QString &key, const QString &secret, Callback done)
{
    m_secrets.insert(key, secret);
    ++m_writes;
    later([done = std::move(done)] { done(Status::Ok, QString()); });
}

void MemoryTokenStore::remove(const QString &key, Callback done)
{
    const bool had = m_secrets.remove(key) > 0;
    later([had, done = std::move(done)] { done(had ? Status::Ok : Status::NotFound, QString()); });
}

QString MemoryTokenStore::description() const
{
    return QCoreApplication::translate("nsg::azure::TokenStore", "memory (this session only)");
}

} // namespace nsg::azure
