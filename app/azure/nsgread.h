// SPDX-License-Identifier: MIT
#pragma once

#include "azure/armerror.h"
#include "azure/cloudenvironment.h"

#include "core/audit/scanresult.h"
#include "core/model/networksecuritygroup.h"

#include <nlohmann/json.hpp>

#include <QList>
#include <QObject>

namespace nsg::azure {

class ArmClient;
class ArmJob;

// Where Resource Manager keeps what the auditor reads: each path is written here once.
namespace armpath {
QString tenants(const ApiVersions &versions);
QString subscriptions(const ApiVersions &versions);
// Every Microsoft.Network resource of a type in a subscription (paged with nextLink):
// networkSecurityGroups, networkInterfaces, virtualNetworks.
QString subscriptionNetwork(const QString &subscriptionId, QLatin1String type,
                            const ApiVersions &versions);
QString subscriptionNsgs(const QString &subscriptionId, const ApiVersions &versions);
// One Microsoft.Network resource by its id: an NSG, a rule, a NIC.
QString networkResource(const QString &resourceId, const ApiVersions &versions);
} // namespace armpath

// One NSG, or one subscription's NSGs, read again after a scan (a refresh, a change's
// verification in the window, a fix preview). Reports finished once; whoever started it
// deletes it (deleteLater in the slot).
class NsgRead final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NsgRead)

public:
    static NsgRead *subscription(ArmClient *arm, const QString &tenantId,
                                 const QString &subscriptionId, QObject *parent = nullptr);
    static NsgRead *one(ArmClient *arm, const QString &tenantId, const QString &nsgId,
                        QObject *parent = nullptr);
    ~NsgRead() override;

    // The subscription path (/subscriptions/ID) or the NSG's id.
    QString scope() const { return m_scope; }
    bool succeeded() const { return m_error.scope.isEmpty(); }
    // Why not (scope: what could not be read).
    const ScanError &error() const { return m_error; }
    // The same, as Resource Manager said it (empty when the answer held no NSG).
    const ArmError &armError() const { return m_armError; }
    const QList<NetworkSecurityGroup> &nsgs() const { return m_nsgs; }
    // one(): the NSG as Resource Manager returned it (every field, the etag).
    const nlohmann::json &document() const { return m_document; }

Q_SIGNALS:
    void finished();

private:
    NsgRead(const QString &scope, QObject *parent);
    void watch(ArmJob *job, bool keepDocument);

    QString m_scope;
    ScanError m_error;
    ArmError m_armError;
    QList<NetworkSecurityGroup> m_nsgs;
    nlohmann::json m_document;
};

} // namespace nsg::azure
