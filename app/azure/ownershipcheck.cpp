// SPDX-License-Identifier: MIT
#include "azure/ownershipcheck.h"

#include "azure/armclient.h"
#include "azure/changehistory.h"
#include "azure/cloudenvironment.h"
#include "azure/resourcegraphclient.h"
#include "core/model/resourceid.h"
#include "core/util/jsonvalue.h"

#include <QUrl>

#include <algorithm>

namespace nsg::azure {

using json = nlohmann::json;

OwnershipCheck::OwnershipCheck(ArmClient *arm, ResourceGraphClient *graph, QObject *parent)
    : QObject(parent)
    , m_arm(arm)
    , m_graph(graph)
{ }

void OwnershipCheck::add(const OwnershipEvidence &evidence)
{
    // Deployments first (the strongest sign), then changes, then tags; one of each name.
    for (const OwnershipEvidence &e : std::as_const(m_result.evidence)) {
        if (e.kind == evidence.kind && e.name == evidence.name)
            return;
    }
    m_result.evidence.append(evidence);
    std::stable_sort(m_result.evidence.begin(), m_result.evidence.end(),
                     [](const OwnershipEvidence &a, const OwnershipEvidence &b) {
                         auto rank = [](OwnershipEvidence::Kind k) {
                             return k == OwnershipEvidence::Kind::Deployment ? 0
                                 : k == OwnershipEvidence::Kind::Change      ? 1
                                                                             : 2;
                         };
                         return rank(a.kind) < rank(b.kind);
                     });
}

void OwnershipCheck::check(const QString &tenantId, const QString &nsgId, const json &tags)
{
    m_tenantId = tenantId;
    m_nsgId = nsgId;
    m_result = Ownership();
    m_result.checked = true;
    for (const OwnershipEvidence &e : ownership::fromTags(tags))
        add(e);
    const ResourceId rid = ResourceId::parse(nsgId);
    if (!m_arm || !rid.valid) {
        m_result.notChecked.append(tr("deployments: not signed in"));
        readChangeHistory();
        return;
    }
    const QString path =
        QStringLiteral("/subscriptions/%1/resourcegroups/%2/providers/Microsoft.Resources/"
                       "deployments?api-version=%3")
            .arg(rid.subscriptionId,
                 QString::fromLatin1(QUrl::toPercentEncoding(rid.resourceGroup)),
                 m_arm->environment().apiVersions().resources);
    ArmJob *job = m_arm->get(path, tenantId, ArmJob::Paging::FollowNextLink, this);
    auto listed = std::make_shared<std::vector<json>>();
    job->setPageHandler([listed](const json &page) {
        if (const json *value = JsonValue::member(page, "value"); value && value->is_array()) {
            for (const json &d : *value)
                listed->push_back(d);
        }
    });
    connect(job, &ArmJob::finished, this, [this, job, listed] {
        job->deleteLater();
        if (!job->succeeded()) {
            m_result.notChecked.append(
                tr("the deployments of its resource group (%1)").arg(job->error().toString()));
            readChangeHistory();
            return;
        }
        // Newest first: the deployment that runs next is the one that decides.
        std::sort(listed->begin(), listed->end(), [](const json &a, const json &b) {
            return JsonValue::string(JsonValue::object(a, "properties"), "timestamp")
                > JsonValue::string(JsonValue::object(b, "properties"), "timestamp");
        });
        for (const json &d : *listed) {
            const json &props = JsonValue::object(d, "properties");
            if (JsonValue::member(props, "outputResources")) {
                if (auto e = ownership::fromDeployment(d, m_nsgId))
                    add(*e);
            } else if (m_toRead.size() < kMaxDeploymentReads) {
                m_toRead.append(JsonValue::string(d, "id"));
            }
        }
        if (listed->size() > size_t(kMaxDeploymentReads) && m_toRead.size() == kMaxDeploymentReads)
            m_result.notChecked.append(
                tr("deployments older than the newest %1").arg(kMaxDeploymentReads));
        readNextDeployment();
    });
}

void OwnershipCheck::readNextDeployment()
{
    if (m_toRead.isEmpty()) {
        if (m_readFailures > 0)
            m_result.notChecked.append(
                tr("%n deployment(s) that could not be read", nullptr, m_readFailures));
        readChangeHistory();
        return;
    }
    const QString id = m_toRead.takeFirst();
    ArmJob *job = m_arm->get(QString::fromLatin1(QUrl::toPercentEncoding(id, "/"))
                                 + QStringLiteral("?api-version=")
                                 + m_arm->environment().apiVersions().resources,
                             m_tenantId, ArmJob::Paging::Single, this);
    connect(job, &ArmJob::finished, this, [this, job] {
        job->deleteLater();
        if (job->succeeded()) {
            if (auto e = ownership::fromDeployment(job->result(), m_nsgId))
                add(*e);
        } else {
            ++m_readFailures;
        }
        readNextDeployment();
    });
}

void OwnershipCheck::readChangeHistory()
{
    if (!m_graph) {
        m_result.notChecked.append(tr("Azure's change history (no Resource Graph)"));
        Q_EMIT finished();
        return;
    }
    auto *reader = new ChangeHistory(m_graph, this);
    connect(reader, &ChangeHistory::finished, this, [this, reader] {
        reader->deleteLater();
        if (reader->attribution().state == history::Attribution::State::Failed)
            m_result.notChecked.append(
                tr("Azure's change history (%1)").arg(reader->attribution().note));
        for (const history::ChangeRecord &c : reader->changes()) {
            if (auto e = ownership::fromChange(c))
                add(*e);
        }
        Q_EMIT finished();
    });
    const QDateTime now = QDateTime::currentDateTimeUtc();
    reader->read(m_tenantId, {m_nsgId}, now.addDays(-ChangeHistory::kRetentionDays), now);
}

} // namespace nsg::azure
