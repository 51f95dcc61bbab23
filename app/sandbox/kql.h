// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace nsg::sandbox {

// The part of Kusto the sandbox's Resource Graph understands: enough for the queries clients
// send for NSGs and NICs.
//   Resources | where type =~ 'microsoft.network/networksecuritygroups'
//             | project id, name, subscriptionId, properties | order by id asc | limit 10
// `where` takes `type =~ '…'` / `type == '…'`, `type in~ ('…', …)`, `subscriptionId in ('…', …)`
// and `name =~ '…'`. Tables: Resources, ResourceContainers, NetworkResources (effective
// security admin rules), ResourceChanges (the change history), where
// `properties.targetResourceType =~ '…'` and `properties.targetResourceId in~ ('…', …)` filter.
struct GraphQuery
{
    enum class Table { Resources, ResourceContainers, NetworkResources, ResourceChanges };
    Table table = Table::Resources;
    QStringList types; // lower case; empty: any
    bool wants(const char *type) const
    {
        return types.isEmpty() || types.contains(QLatin1String(type));
    }
    QStringList subscriptions; // lower case; empty: any
    QString name; // empty: any
    QStringList targetIds; // ResourceChanges: lower case; empty: any
    QString targetType; // ResourceChanges: lower case; empty: any
    QStringList project; // empty: every column
    QString orderBy; // column, empty: unordered
    bool descending = false;
    int limit = -1;

    static std::optional<GraphQuery> parse(const QString &text, QString *error);
};

} // namespace nsg::sandbox
