// SPDX-License-Identifier: MIT
#pragma once

#include <QHostAddress>
#include <QString>

namespace nsg::sandbox {

struct SandboxOptions
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0; // 0: any free port
    bool tls = false; // https with the test-only certificate (resources/sandbox)
    QString tenantFile; // empty and no generateSpec: the demo tenant
    QString generateSpec; // tenants=T,subs=S,nsgs=N,rules=R,exposed=F,seed=K
    QString faults; // see FaultInjector
    int autoApproveSeconds = -1; // >= 0: approve every device code this long after it is issued
    int tokenLifetimeSeconds = 3600;
    // What App Service's managed identity endpoint (/msi/token) expects in X-IDENTITY-HEADER (the
    // value a client has in IDENTITY_HEADER).
    QString identityHeader = QStringLiteral("sandbox-identity-header");
    int pageSize = 100; // list pages (ARM); Resource Graph follows $top
    int pollIntervalSeconds = 5;
    int codeLifetimeSeconds = 900;
    int operationMilliseconds = 1500; // how long a write stays InProgress
    int retryAfterSeconds = 1; // Retry-After on long-running operations
    int graphQuota = 15; // Resource Graph queries per window and user
    int graphWindowSeconds = 5;
};

} // namespace nsg::sandbox
