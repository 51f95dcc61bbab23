// SPDX-License-Identifier: MIT
#include "azure/nsgread.h"

#include "azure/armclient.h"

#include "core/input/nsgreader.h"

namespace nsg::azure {

namespace armpath {

QString tenants(const ApiVersions &versions)
{
    return QLatin1String("/tenants?api-version=") + versions.resources;
}

QString subscriptions(const ApiVersions &versions)
{
    return QLatin1String("/subscriptions?api-version=") + versions.resources;
}

QString subscriptionNetwork(const QString &subscriptionId, QLatin1String type,
                            const ApiVersions &versions)
{
    return QLatin1String("/subscriptions/") + subscriptionId
        + QLatin1String("/providers/Microsoft.Network/") + type + QLatin1String("?api-version=")
        + versions.network;
}

QString subscriptionNsgs(const QString &subscriptionId, const ApiVersions &versions)
{
    return subscriptionNetwork(subscriptionId, QLatin1String("networkSecurityGroups"), versions);
}

QString networkResource(const QString &resourceId, const ApiVersions &versions)
{
    return resourceId + QLatin1String("?api-version=") + versions.network;
}

} // namespace armpath

NsgRead::NsgRead(const QString &scope, QObject *parent)
    : QObject(parent)
    , m_scope(scope)
{ }

NsgRead::~NsgRead() = default;

NsgRead *NsgRead::subscription(ArmClient *arm, const QString &tenantId,
                               const QString &subscriptionId, QObject *parent)
{
    auto *read = new NsgRead(QLatin1String("/subscriptions/") + subscriptionId, parent);
    ArmJob *job =
        arm->get(armpath::subscriptionNsgs(subscriptionId, arm->environment().apiVersions()),
                 tenantId, ArmJob::Paging::FollowNextLink, read);
    job->setBodyHandler([read](QByteArrayView body, QString *nextLink) {
        QList<NetworkSecurityGroup> page;
        NsgReader reader([&page](NetworkSecurityGroup &&n) { page.append(std::move(n)); });
        reader.setPagedInput(true);
        reader.readBytes(body, QString());
        if (reader.brokeOff())
            return false; // asked again: what was read of it is dropped
        if (auto next = reader.envelope().find("nextLink");
            next != reader.envelope().end() && next->is_string())
            *nextLink = QString::fromStdString(next->get<std::string>());
        read->m_nsgs += page;
        return true;
    });
    read->watch(job, false);
    return read;
}

NsgRead *NsgRead::one(ArmClient *arm, const QString &tenantId, const QString &nsgId,
                      QObject *parent)
{
    auto *read = new NsgRead(nsgId, parent);
    ArmJob *job = arm->get(armpath::networkResource(nsgId, arm->environment().apiVersions()),
                           tenantId, ArmJob::Paging::Single, read);
    read->watch(job, true);
    return read;
}

void NsgRead::watch(ArmJob *job, bool keepDocument)
{
    connect(job, &ArmJob::finished, this, [this, job, keepDocument] {
        job->deleteLater();
        if (job->succeeded() && keepDocument) {
            m_document = job->result();
            NsgReader reader([this](NetworkSecurityGroup &&n) { m_nsgs.append(std::move(n)); });
            reader.readBytes(QByteArray::fromStdString(m_document.dump()), QString());
        }
        if (!job->succeeded() || (keepDocument && m_nsgs.isEmpty())) {
            const ArmError &e = job->error();
            m_armError = e;
            m_error = ScanError{m_scope, e.httpStatus, e.code, e.message, e.requestId};
            m_nsgs.clear();
        }
        Q_EMIT finished();
    });
}

} // namespace nsg::azure
