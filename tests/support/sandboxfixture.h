// SPDX-License-Identifier: MIT
#pragma once

#include "httpprobe.h"

#include "azure/cloudenvironment.h"
#include "sandbox/sandboxoptions.h"

#include <nlohmann/json.hpp>

#include <QNetworkAccessManager>

#include <memory>

namespace nsg::sandbox {
class SandboxServer;
}
namespace nsg::azure {
class Session;
class DeviceCodeFlow;
} // namespace nsg::azure

namespace nsg::test {

// The sandbox in this process over TLS (as tests should talk to it), with the client's
// environment trusting exactly its CA, a control probe, and a signed-in session on request.
class SandboxFixture final
{
public:
    static constexpr const char *kContoso = "3f7a1c52-8d4e-4b6a-9c21-5e8f0d7b2a91";
    static constexpr const char *kFabrikam = "b5e2d9c4-1a7f-4e3b-8c6d-2f9a0e4b7c13";
    static constexpr const char *kMailSubscription = "2c5a7d3b-8f4e-4b6a-c9d2-1e3f5a7b9c21";
    static constexpr const char *kFinanceSubscription = "5f8d0a6e-1c7b-4e9d-f2a5-4b6c8d0e2f54";
    static constexpr const char *kLegacySubscription = "4e7c9f5d-0b6a-4d8c-e1f4-3a5b7c9d1e43";
    static constexpr const char *kFabrikamSubscription = "6a9e1b7f-2d8c-4f0e-a3b6-5c7d9e1f3a65";

    // Poll interval 0 and 300 ms operations unless the options say otherwise.
    explicit SandboxFixture(sandbox::SandboxOptions options = defaults(), bool tls = true);
    ~SandboxFixture();

    static sandbox::SandboxOptions defaults();

    sandbox::SandboxServer &server() { return *m_server; }
    QString baseUrl() const;
    azure::CloudEnvironment environment() const;
    QNetworkAccessManager &network() { return m_network; }
    HttpProbe &control() { return m_control; }

    // A device-code sign-in (carrying `claims`, for an MFA challenge) approved through
    // /sandbox/approve as `account`; false (with a
    // QTest failure message) when it did not succeed in time.
    bool signIn(azure::Session &session,
                const QString &account = QStringLiteral("reviewer@contoso.com"),
                const QString &tenant = QStringLiteral("organizations"),
                const QString &claims = QString());
    nlohmann::json truth();
    nlohmann::json requests();
    void setFaults(const QString &spec);

private:
    std::unique_ptr<sandbox::SandboxServer> m_server;
    QNetworkAccessManager m_network;
    HttpProbe m_control;
};

} // namespace nsg::test
