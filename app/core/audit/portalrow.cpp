// SPDX-License-Identifier: MIT
#include "core/audit/portalrow.h"

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
    //: "*" in a rule's ports, addresses or protocol, as the Azure portal shows it (German
    //: portal: "Beliebig"). Service tags such as Internet stay untranslated, as in the portal.
    const QString any = tr("Any");
    for (const QString &v : values)
        shown.append(v == QLatin1String("*") ? any : v);
    return shown.isEmpty() ? any : shown.join(QLatin1String(", "));
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
    row.sourcePorts = list(r.sourcePortRanges());
    if (r.protocol() == Protocol::Invalid)
        row.protocol = r.rawProtocol();
    else if (r.protocol() == Protocol::Any)
        row.protocol = list({QStringLiteral("*")});
    else
        row.protocol = displayName(r.protocol());
    QStringList sources = r.sourceAddressPrefixes();
    for (const QString &asg : r.sourceApplicationSecurityGroups())
        sources.append(asg.section(QLatin1Char('/'), -1));
    row.source = list(sources);
    QStringList destinations = r.destinationAddressPrefixes();
    for (const QString &asg : r.destinationApplicationSecurityGroups())
        destinations.append(asg.section(QLatin1Char('/'), -1));
    row.destination = list(destinations);
    switch (r.access()) {
    case Access::Allow:
        //: A security rule's Action as the Azure portal shows it (German portal: "Zulassen")
        row.action = tr("Allow");
        break;
    case Access::Deny:
        //: A security rule's Action as the Azure portal shows it (German portal: "Verweigern")
        row.action = tr("Deny");
        break;
    case Access::Invalid:
        row.action = r.rawAccess();
        break;
    }
    return row;
}

} // namespace nsg
