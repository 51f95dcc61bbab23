// SPDX-License-Identifier: MIT
#pragma once

#include "core/history/snapshotdiff.h"

#include <nlohmann/json_fwd.hpp>

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <optional>

namespace nsg::azure {

class ResourceGraphClient;
class ResourceGraphJob;

// Who changed these NSGs and when: Azure's change history through Resource Graph's
// `resourcechanges` table (docs/history.md), 100 NSGs to a query. Azure keeps 14 days of it; an
// interval that starts earlier is read for what is left and reported as partial. Reports once
// (`finished`).
class ChangeHistory final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeHistory)
public:
    static constexpr int kRetentionDays = 14;

    explicit ChangeHistory(ResourceGraphClient *graph, QObject *parent = nullptr);

    // The query for one batch of NSG ids.
    static QString query(const QStringList &nsgIds);
    // One row of the table as a record; nullopt when it is not a change record.
    static std::optional<history::ChangeRecord> fromRow(const nlohmann::json &row);

    void read(const QString &tenantId, const QStringList &nsgIds, const QDateTime &from,
              const QDateTime &to);
    const QList<history::ChangeRecord> &changes() const { return m_changes; }
    const history::Attribution &attribution() const { return m_attribution; }

Q_SIGNALS:
    void finished();

private:
    void next();

    QPointer<ResourceGraphClient> m_graph;
    QString m_tenantId;
    QList<QStringList> m_batches;
    QList<history::ChangeRecord> m_changes;
    history::Attribution m_attribution;
    QString m_failure;
};

} // namespace nsg::azure
