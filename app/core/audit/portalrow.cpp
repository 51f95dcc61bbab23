// SPDX-License-Identifier: MIT
#include "portalrow.h"

#include <QCoreApplication>

namespace nsg {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("nsg::PortalRow", text);
}

} // namespace

QString PortalRow::list(const QStringList &values)
{
    QStringList shown;
    for (const QString &v : values)
        shown.append(v == QLatin1String("*") ? tr("Any") : v);
    return shown.isEmpty() ? tr("Any") : shown.join(QLatin1String(", "));
}

QStringList PortalRow::headers()
{
    return {tr("Priority"), tr("Name"),        tr("Port"),  tr("Protocol"),
            tr("Source"),   tr("Destination"), tr("Action")};
}

PortalRow PortalRow::of(const SecurityRuleView &r)
{
    PortalRow row;
    row.priority = r.hasPriority() ? QString::number(r.priority()) : tr("(missing)");
    row.name = r.name();
    row.port = list(r.destinationPortRanges());
    row.protocol = r.protocol() == Protocol::Invalid ? r.rawProtocol() : displayName(r.protocol());
    QStringList sources = r.sourceAddressPrefixes();
    for (const QString &asg : r.sourceApplicationSecurityGroups())
        sources.append(asg.section(QLatin1Char('/'), -1));
    row.source = list(sources);
    QStringList destinations = r.destinationAddressPrefixes();
    for (const QString &asg : r.destinationApplicationSecurityGroups())
        destinations.append(asg.section(QLatin1Char('/'), -1));
    row.destination = list(destinations);
    row.action = r.access() == Access::Invalid ? r.rawAccess() : apiName(r.access());
    return row;
}

} // namespace nsg
