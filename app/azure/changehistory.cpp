// SPDX-License-Identifier: MIT
#include "azure/changehistory.h"

#include "azure/resourcegraphclient.h"

#include "core/model/resourceid.h"
#include "core/util/jsonvalue.h"

#include <nlohmann/json.hpp>

#include <QSet>

namespace nsg::azure {

using history::Attribution;
using history::ChangeRecord;
using nlohmann::json;

namespace {

QString quoted(const QString &id)
{
    QString escaped = id;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

QString valueText(const json &v)
{
    if (v.is_string())
        return QString::fromStdString(v.get<std::string>());
    if (v.is_null())
        return QString();
    return QString::fromStdString(v.dump());
}

} // namespace

ChangeHistory::ChangeHistory(ResourceGraphClient *graph, QObject *parent)
    : QObject(parent)
    , m_graph(graph)
{ }

QString ChangeHistory::query(const QStringList &nsgIds)
{
    QStringList quotedIds;
    for (const QString &id : nsgIds)
        quotedIds.append(quoted(id));
    return QStringLiteral("resourcechanges "
                          "| where properties.targetResourceType =~ "
                          "'microsoft.network/networksecuritygroups' "
                          "| where properties.targetResourceId in~ (%1) "
                          "| project id, properties")
        .arg(quotedIds.join(QStringLiteral(", ")));
}

std::optional<ChangeRecord> ChangeHistory::fromRow(const json &row)
{
    if (!row.is_object() || !row.contains("properties") || !row["properties"].is_object())
        return std::nullopt;
    const json &p = row["properties"];
    ChangeRecord c;
    c.resourceId = JsonValue::string(p, "targetResourceId");
    if (c.resourceId.isEmpty())
        return std::nullopt;
    c.changeId = JsonValue::string(row, "id").section(QLatin1Char('/'), -1);
    c.changeType = JsonValue::string(p, "changeType");
    if (p.contains("changeAttributes") && p["changeAttributes"].is_object()) {
        const json &a = p["changeAttributes"];
        c.changedBy = JsonValue::string(a, "changedBy");
        c.changedByType = JsonValue::string(a, "changedByType");
        c.clientType = JsonValue::string(a, "clientType");
        c.operation = JsonValue::string(a, "operation");
        c.at = QDateTime::fromString(JsonValue::string(a, "timestamp"), Qt::ISODateWithMs);
        if (c.changeId.isEmpty())
            c.changeId = JsonValue::string(a, "correlationId");
    }
    if (!c.at.isValid())
        return std::nullopt;
    c.at = c.at.toUTC();
    if (p.contains("changes") && p["changes"].is_object()) {
        for (const auto &[path, change] : p["changes"].items()) {
            if (!change.is_object())
                continue;
            const QString before = valueText(change.value("previousValue", json()));
            const QString after = valueText(change.value("newValue", json()));
            c.properties.append(QStringLiteral("%1: %2 → %3")
                                    .arg(QString::fromStdString(path),
                                         before.isEmpty() ? QStringLiteral("(none)") : before,
                                         after.isEmpty() ? QStringLiteral("(none)") : after));
        }
    }
    return c;
}

void ChangeHistory::read(const QString &tenantId, const QStringList &nsgIds, const QDateTime &from,
                         const QDateTime &to)
{
    m_tenantId = tenantId;
    m_changes.clear();
    m_failure.clear();
    m_attribution = Attribution{Attribution::State::Read, QString(), from.toUTC(), to.toUTC()};
    const QDateTime kept = QDateTime::currentDateTimeUtc().addDays(-kRetentionDays);
    if (from.isValid() && from < kept) {
        m_attribution.state = Attribution::State::Partial;
        m_attribution.note =
            tr("Azure keeps %1 days of change history: who changed what before %2 is not known "
               "to Azure any more (the audit history keeps what was read earlier).")
                .arg(kRetentionDays)
                .arg(kept.toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")));
    }
    m_batches.clear();
    for (qsizetype i = 0; i < nsgIds.size(); i += 100)
        m_batches.append(nsgIds.mid(i, 100));
    QMetaObject::invokeMethod(this, &ChangeHistory::next, Qt::QueuedConnection);
}

void ChangeHistory::next()
{
    if (m_batches.isEmpty() || !m_graph) {
        if (!m_graph && m_failure.isEmpty())
            m_failure = tr("No Resource Graph client.");
        if (!m_failure.isEmpty()) {
            m_attribution.state =
                m_changes.isEmpty() ? Attribution::State::Failed : Attribution::State::Partial;
            m_attribution.note = m_attribution.note.isEmpty()
                ? m_failure
                : m_attribution.note + QLatin1Char(' ') + m_failure;
        }
        Q_EMIT finished();
        return;
    }
    const QStringList batch = m_batches.takeFirst();
    QSet<QString> subscriptions;
    for (const QString &id : batch) {
        const QString sub = ResourceId::parse(id).subscriptionId;
        if (!sub.isEmpty())
            subscriptions.insert(sub.toLower());
    }
    ResourceGraphJob *job = m_graph->query(
        query(batch), m_tenantId, QStringList(subscriptions.begin(), subscriptions.end()), this);
    const QDateTime from = m_attribution.from;
    const QDateTime to = m_attribution.to;
    job->setRowHandler([this, from, to](const json &rows) {
        for (const json &row : rows) {
            std::optional<ChangeRecord> c = fromRow(row);
            if (c && (!from.isValid() || c->at > from) && (!to.isValid() || c->at <= to))
                m_changes.append(std::move(*c));
        }
    });
    connect(job, &ResourceGraphJob::finished, this, [this, job] {
        if (!job->succeeded()) {
            const ArmError &e = job->error();
            m_failure = e.httpStatus == 403
                ? tr("The account may not read Azure's change history (Resource Graph answered "
                     "403 %1): who changed the NSGs is not shown.")
                      .arg(e.code)
                : tr("Azure's change history could not be read: %1").arg(e.message);
            m_batches.clear();
        }
        job->deleteLater();
        next();
    });
}

} // namespace nsg::azure
