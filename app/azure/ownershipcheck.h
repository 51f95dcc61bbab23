// SPDX-License-Identifier: MIT
#pragma once

#include "azure/armclient.h"
#include "azure/resourcegraphclient.h"
#include "core/remediation/ownership.h"

#include <nlohmann/json.hpp>

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace nsg::azure {

class ChangeHistory;

// Before a fix: does a template or an IaC tool manage this NSG? Reads, with what the account may
// read (docs/fix-formats.md, "Who owns this NSG"):
// - its tags (given: they come with the NSG as read);
// - the deployments of its resource group: a succeeded one whose output resources list the NSG
//   or one of its rules (the list first; a deployment listed without its output resources is
//   read, the newest kMaxDeploymentReads);
// - Azure's change history of the last 14 days: a write whose client is a template deployment or
//   an IaC tool.
// What cannot be read (403, an error) is said in Ownership::notChecked. Reports once.
class OwnershipCheck final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OwnershipCheck)
public:
    static constexpr int kMaxDeploymentReads = 20;

    // `graph` may be null: the change history is then not read (and said so).
    OwnershipCheck(ArmClient *arm, ResourceGraphClient *graph, QObject *parent = nullptr);

    void check(const QString &tenantId, const QString &nsgId, const nlohmann::json &tags);
    const Ownership &result() const { return m_result; }

Q_SIGNALS:
    void finished();

private:
    void readNextDeployment();
    void readChangeHistory();
    void add(const OwnershipEvidence &evidence);

    QPointer<ArmClient> m_arm;
    QPointer<ResourceGraphClient> m_graph;
    QString m_tenantId;
    QString m_nsgId;
    QStringList m_toRead; // deployment ids listed without their output resources
    int m_readFailures = 0;
    Ownership m_result;
};

} // namespace nsg::azure
