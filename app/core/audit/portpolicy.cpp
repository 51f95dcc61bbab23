// SPDX-License-Identifier: MIT
#include "portpolicy.h"

namespace nsg {

PortPolicy PortPolicy::custom(Protocol protocol, quint16 port)
{
    PortPolicy p;
    p.name = displayName(protocol) + QLatin1Char('/') + QString::number(port);
    p.protocol = protocol;
    p.port = port;
    if (protocol == Protocol::Tcp && port == 25)
        p.name = QStringLiteral("SMTP");
    return p;
}

QString PortPolicy::target() const
{
    return displayName(protocol) + QLatin1Char('/') + QString::number(port);
}

QString PortPolicy::label() const
{
    return name == target() ? name : name + QLatin1String(" (") + target() + QLatin1Char(')');
}

} // namespace nsg
