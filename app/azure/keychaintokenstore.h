// SPDX-License-Identifier: MIT
#pragma once

#include "azure/tokenstore.h"

namespace nsg::azure {

// Refresh tokens in the operating system's keychain through QtKeychain (Secret Service on
// Linux, Keychain on macOS, Credential Manager on Windows): service "nsg-auditor", no insecure
// fallback. When no keychain is reachable, calls report Unavailable and the session keeps its
// tokens in memory (and says so).
class KeychainTokenStore final : public TokenStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainTokenStore)

public:
    explicit KeychainTokenStore(QObject *parent = nullptr,
                                QString service = QStringLiteral("nsg-auditor"));

    void read(const QString &key, Callback done) override;
    void write(const QString &key, const QString &secret, Callback done) override;
    void remove(const QString &key, Callback done) override;
    QString description() const override;
    bool isPersistent() const override { return true; }

private:
    QString m_service;
};

} // namespace nsg::azure
