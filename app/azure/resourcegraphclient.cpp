// SPDX-License-Identifier: MIT
#include "resourcegraphclient.h"

#include "armclient.h"
#include "azurelog.h"
#include "tokenprovider.h"

#include <nlohmann/json.hpp>

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

QString ResourceGraphClient::networkInterfaceQuery()
{
    return QStringLiteral(
        "Resources | where type =~ 'microsoft.network/networkinterfaces' "
        "| project id, name, tenantId, subscriptionId, resourceGroup, location, properties "
        "| order by id asc");
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
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (m_notBefore.isValid() && now < m_notBefore) {
        const qint64 wait = now.msecsTo(m_notBefore);
        qCInfo(lcGraph) << "Resource Graph quota used up; waiting" << wait << "ms";
        QTimer::singleShot(int(wait), job, [this, job] { requestPage(job); });
        return;
    }
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
    ArmJob *page =
        m_arm->send("POST", path, job->m_tenantId, QByteArray::fromStdString(body.dump()), {}, job);
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

void ResourceGraphClient::onPage(ResourceGraphJob *job, ArmJob *page, const json &doc, qint64 rows)
{
    page->deleteLater();
    job->m_page = nullptr;
    if (job->m_finished)
        return;
    // Quota for the next query of this user, whichever tenant it is for.
    const QByteArray remaining = page->responseHeader("x-ms-user-quota-remaining");
    const QTime resets =
        QTime::fromString(QString::fromLatin1(page->responseHeader("x-ms-user-quota-resets-after")),
                          QStringLiteral("hh:mm:ss"));
    if (!remaining.isEmpty() && remaining.trimmed().toInt() <= 0 && resets.isValid()) {
        // A little jitter so parallel queries do not all fire at the reset instant.
        m_notBefore = QDateTime::currentDateTimeUtc().addMSecs(
            QTime(0, 0).msecsTo(resets) + QRandomGenerator::global()->bounded(250));
    }
    if (!page->succeeded()) {
        finish(job, page->error());
        return;
    }
    ++job->m_pages;
    job->m_rows += rows;
    if (auto t = doc.find("totalRecords"); t != doc.end() && t->is_number())
        job->m_total = t->get<qint64>();
    QString skipToken;
    if (auto s = doc.find("$skipToken"); s != doc.end() && s->is_string())
        skipToken = QString::fromStdString(s->get<std::string>());
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
