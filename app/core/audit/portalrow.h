// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/securityrule.h"

#include <QString>
#include <QStringList>

namespace nsg {

// A rule as the portal's "Inbound security rules" blade shows it: Priority, Name, Port,
// Protocol, Source, Destination, Action ("Any" for *, ASGs by name), plus its source ports as
// the portal's effective security rules show them. Shared by the window's rule table and the
// reports. Action and "Any" are translated as the portal translates them; service tags
// (Internet, VirtualNetwork, …) stay as written, as the portal keeps them in every language.
struct PortalRow
{
    QString priority;
    QString name;
    QString port;
    QString sourcePorts;
    QString protocol;
    QString source;
    QString destination;
    QString action;

    static PortalRow of(const SecurityRuleView &rule);
    // "Any" for * (and for nothing), the values joined with ", " otherwise.
    static QString list(const QStringList &values);
    static QStringList headers();
};

} // namespace nsg
