// SPDX-License-Identifier: MIT
#include "azure/resourcegraphclient.h"

#include "azure/armclient.h"
#include "azure/azurelog.h"
#include "azure/tokenprovider.h"

#include "core/util/jsonvalue.h"

#include <QRandomGenerator>
#include <QTime>
#include <QTimer>

namespace nsg::azure {

using json = nlohmann::json;

ResourceGraphJob::ResourceGraphJob(QObject *parent)
    : QObject(parent)
{ }

void ResourceGraphJob::cancel()
{
    if (m_finished)
        return;
    if (m_page)
        m_page->cancel();
    if (m_client)
        m_client->finish(this,
                         ArmError{0, QStringLiteral("Cancelled"), tr("Cancelled."), QString()});
}

ResourceGraphClient::ResourceGraphClient(ArmClient *arm, QObject *parent)
    : QObject(parent)
    , m_arm(arm)
{ }

QString ResourceGraphClient::nsgQuery()
{
    return QStringLiteral(
        "Resources | where type =~ 'microsoft.network/networksecuritygroups' "
        "| project id, name, tenantId, subscriptionId, resourceGroup, location, tags, properties "
        "| order by id asc");
}

QString ResourceGraphClient::subscriptionQuery()
{
    return QStringLiteral("ResourceContainers | where type =~ 'microsoft.resources/subscriptions' "
                          "| project id, name, tenantId, subscriptionId, properties "
                          "| order by id asc");
}

QString ResourceGraphClient::networkInterfaceQuery()
{
    return QStringLiteral(
        "Resources | where type =~ 'microsoft.network/networkinterfaces' "
        "| project id, name, tenantId, subscriptionId, resourceGroup, location, properties "
        "| order by id asc");
}

QString ResourceGraphClient::effectiveAdminRuleQuery()
{
    return QStringLiteral(
        "NetworkResources "
        "| where type =~ 'microsoft.network/networkmanagers/effectivesecurityadminrules' "
        "| project id, name, type, kind, subscriptionId, properties | order by id asc");
}

ResourceGraphJob *ResourceGraphClient::query(const QString &kql, const QString &tenantId,
                                             const QStringList &subscriptions, QObject *parent)
{
    auto *job = new ResourceGraphJob(parent ? parent : this);
    job->m_client = this;
    job->m_query = kql;
    job->m_tenantId = tenantId;
    job->m_subscriptions = subscriptions;
    QTimer::singleShot(0, job, [this, job] { requestPage(job); });
    return job;
}

void ResourceGraphClient::requestPage(ResourceGraphJob *job)
{
    if (job->m_finished)
        return;
    if (!m_arm) {
        finish(job, ArmError{0, QStringLiteral("Cancelled"), tr("No ARM client."), QString()});
        return;
    }
    if (!mayQuery(job))
        return;
    json options{{"$top", m_pageSize}, {"resultFormat", "objectArray"}};
    if (!job->m_skipToken.isEmpty())
        options["$skipToken"] = job->m_skipToken.toStdString();
    json body{{"query", job->m_query.toStdString()}, {"options", options}};
    if (!job->m_subscriptions.isEmpty()) {
        json subs = json::array();
        for (const QString &s : job->m_subscriptions)
            subs.push_back(s.toStdString());
        body["subscriptions"] = std::move(subs);
    }
    const QString path = QLatin1String("/providers/Microsoft.ResourceGraph/resources?api-version=")
        + m_arm->environment().apiVersions().resourceGraph;
    ++m_sent;
    if (m_quotaLeft > 0)
        --m_quotaLeft;
    ArmJob *page =
        m_arm->send("POST", path, job->m_tenantId, QByteArray::fromStdString(body.dump()), {}, job);
    page->setUrgent(true);
    m_inFlight.append(page);
    job->m_page = page;
    // The page is read as it arrives; only its own fields are kept for paging.
    auto envelope = std::make_shared<json>();
    auto rows = std::make_shared<qint64>(0);
    page->setBodyHandler([job, envelope, rows](QByteArrayView bytes, QString *) {
        if (job->m_bodyHandler)
            return job->m_bodyHandler(bytes, envelope.get(), rows.get());
        json doc = json::parse(bytes.begin(), bytes.end(), nullptr, false);
        if (!doc.is_object() || !doc.contains("data") || !doc["data"].is_array())
            return false;
        *rows = qint64(doc["data"].size());
        if (job->m_handler)
            job->m_handler(doc["data"]);
        doc.erase("data");
        *envelope = std::move(doc);
        return true;
    });
    connect(page, &ArmJob::finished, this,
            [this, job, page, envelope, rows] { onPage(job, page, *envelope, *rows); });
}

bool ResourceGraphClient::mayQuery(ResourceGraphJob *job)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (m_quotaLeft != 0)
        return true;
    if (m_quotaResetsAt.isValid() && now < m_quotaResetsAt) {
        // A little jitter so that parallel queries do not all fire at the reset instant.
        const qint64 wait = now.msecsTo(m_quotaResetsAt) + QRandomGenerator::global()->bounded(100);
        qCInfo(lcGraph) << "Resource Graph quota used up; waiting" << wait << "ms";
        QTimer::singleShot(int(wait), job, [this, job] { requestPage(job); });
        return false;
    }
    if (queriesInFlight() > 0) {
        // The window has moved on, by at least one query: the answer in flight tells how far.
        QTimer::singleShot(50, job, [this, job] { requestPage(job); });
        return false;
    }
    m_quotaLeft = 1;
    return true;
}

qint64 ResourceGraphClient::msUntilQuota() const
{
    if (m_quotaLeft != 0 || !m_quotaResetsAt.isValid())
        return 0;
    return std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(m_quotaResetsAt));
}

int ResourceGraphClient::queriesInFlight()
{
    m_inFlight.removeIf([](const QPointer<ArmJob> &p) { return !p || p->isFinished(); });
    return int(m_inFlight.size());
}

void ResourceGraphClient::updateQuota(const ArmJob *page)
{
    // The quota of this user, whichever tenant the query was for (docs/azure-protocol.md, 'Resource
    // Graph'): what the answer says is left, less the queries still in flight, which it may not
    // count.
    bool ok = false;
    const int remaining = page->responseHeader("x-ms-user-quota-remaining").trimmed().toInt(&ok);
    const QTime resets =
        QTime::fromString(QString::fromLatin1(page->responseHeader("x-ms-user-quota-resets-after")),
                          QStringLiteral("hh:mm:ss"));
    const qint64 sent =
        page->lastSentAtMs() > 0 ? page->lastSentAtMs() : QDateTime::currentMSecsSinceEpoch();
    // An answer to an older query (a big page arriving late) knows less than the last one used.
    if (ok && resets.isValid() && sent >= m_quotaSeenSentAtMs) {
        m_quotaSeenSentAtMs = sent;
        m_quotaLeft = std::max(0, remaining - queriesInFlight());
        m_quotaMost = std::max(m_quotaMost, remaining + 1);
        m_windowMs = std::max(m_windowMs, qint64(QTime(0, 0).msecsTo(resets)) + 1000);
        // The header counts whole seconds, cut: the window ends less than a second after it
        // says, counted from when the server read the query, which is just after it was sent.
        m_quotaResetsAt =
            QDateTime::fromMSecsSinceEpoch(sent + QTime(0, 0).msecsTo(resets) + 1000 + 50, Qt::UTC);
    } else if (page->httpStatus() == 429) {
        m_quotaLeft = 0;
        m_quotaResetsAt = QDateTime::currentDateTimeUtc().addMSecs(1000);
    }
}

void ResourceGraphClient::onPage(ResourceGraphJob *job, ArmJob *page, const json &doc, qint64 rows)
{
    page->deleteLater();
    job->m_page = nullptr;
    job->m_requests += page->attempts();
    if (job->m_finished)
        return;
    updateQuota(page);
    if (!page->succeeded()) {
        finish(job, page->error());
        return;
    }
    ++job->m_pages;
    job->m_rows += rows;
    if (auto t = doc.find("totalRecords"); t != doc.end() && t->is_number())
        job->m_total = t->get<qint64>();
    const QString skipToken = JsonValue::string(doc, "$skipToken");
    if (!skipToken.isEmpty()) {
        job->m_skipToken = skipToken;
        requestPage(job);
        return;
    }
    const auto truncated = doc.find("resultTruncated");
    if (truncated != doc.end()
        && ((truncated->is_string() && truncated->get<std::string>() == "true")
            || (truncated->is_boolean() && truncated->get<bool>()))) {
        finish(job,
               ArmError{page->httpStatus(), QStringLiteral("ResultTruncated"),
                        tr("Resource Graph truncated the result without a skip token."),
                        QString()});
        return;
    }
    if (job->m_total >= 0 && job->m_rows < job->m_total) {
        finish(job,
               ArmError{page->httpStatus(), QStringLiteral("IncompleteResult"),
                        tr("Resource Graph reported %1 rows but sent %2.")
                            .arg(job->m_total)
                            .arg(job->m_rows),
                        QString()});
        return;
    }
    finish(job, ArmError());
}

void ResourceGraphClient::finish(ResourceGraphJob *job, const ArmError &error)
{
    if (job->m_finished)
        return;
    job->m_finished = true;
    job->m_error = error;
    if (!error.isNull() && error.code != QLatin1String("Cancelled"))
        qCInfo(lcGraph).noquote() << "query failed:" << error.toString();
    Q_EMIT job->finished();
}

} // namespace nsg::azure
