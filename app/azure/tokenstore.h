// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

namespace nsg::azure {

// Where refresh tokens live between runs. Asynchronous, because the OS keychain is: every call
// reports once through its callback (never before the call returns). Keys are
// "<cloud>:<home tenant>:<account>" (storageKey()).
class TokenStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenStore)

public:
    enum class Status {
        Ok,
        NotFound, // nothing stored under that key
        Unavailable, // no keychain reachable (no Secret Service, locked and no prompt possible)
        Failed, // anything else: the message says what
    };
    Q_ENUM(Status)
    using Callback = std::function<void(Status status, const QString &valueOrError)>;

    using QObject::QObject;
    ~TokenStore() override = default;

    virtual void read(const QString &key, Callback done) = 0;
    virtual void write(const QString &key, const QString &secret, Callback done) = 0;
    virtual void remove(const QString &key, Callback done) = 0;
    // "the system keychain", "memory (this session only)"
    virtual QString description() const = 0;
    // Whether what is written outlives the process.
    virtual bool isPersistent() const = 0;

    static QString storageKey(const QString &cloud, const QString &homeTenantId,
                              const QString &account)
    {
        return cloud + QLatin1Char(':') + homeTenantId.toLower() + QLatin1Char(':')
            + account.toLower();
    }
};

// Keeps secrets in this process only: for tests, and for the session when no keychain is
// reachable.
class MemoryTokenStore final : public TokenStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemoryTokenStore)

public:
    using TokenStore::TokenStore;

    void read(const QString &key, Callback done) override;
    void write(const QString &key, const QString &secret, Callback done) override;
    void remove(const QString &key, Callback done) override;
    QString description() const override;
    bool isPersistent() const override { return false; }

    // For tests.
    QHash<QString, QString> contents() const { return m_secrets; }
    int writeCount() const { return m_writes; }

private:
    void later(std::function<void()> f);

    QHash<QString, QString> m_secrets;
    int m_writes = 0;
};

} // namespace nsg::azure
