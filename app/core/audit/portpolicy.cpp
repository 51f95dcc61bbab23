// SPDX-License-Identifier: MIT
#include "core/audit/portpolicy.h"

#include <QCoreApplication>

namespace nsg {

namespace {

QString policyId(const QString &name)
{
    QString id;
    for (QChar c : name.toLower()) {
        if (c.isLetterOrNumber())
            id += c;
        else if (!id.isEmpty() && !id.endsWith(QLatin1Char('-')))
            id += QLatin1Char('-');
    }
    while (id.endsWith(QLatin1Char('-')))
        id.chop(1);
    return id;
}

PortPolicy service(const char *name, std::initializer_list<quint16> tcp,
                   std::initializer_list<quint16> udp, const char *severity)
{
    PortPolicy p;
    p.name = QString::fromLatin1(name);
    p.id = policyId(p.name);
    p.severity = QString::fromLatin1(severity);
    p.targets.clear();
    for (quint16 port : tcp)
        p.targets.push_back({Protocol::Tcp, port, port});
    for (quint16 port : udp)
        p.targets.push_back({Protocol::Udp, port, port});
    return p;
}

QString rangeText(quint16 first, quint16 last)
{
    return first == last ? QString::number(first)
                         : QString::number(first) + QLatin1Char('-') + QString::number(last);
}

} // namespace

const std::vector<PortPolicy> &PortPolicy::catalog()
{
    // docs/port-catalog.md, in its order.
    static const std::vector<PortPolicy> services = [] {
        std::vector<PortPolicy> v = {
            service("SMTP", {25}, {}, "High"),
            service("SSH", {22}, {}, "High"),
            service("Telnet", {23}, {}, "Medium"),
            service("FTP", {20, 21}, {}, "High"),
            service("DNS", {53}, {53}, "Medium"),
            service("HTTP", {80}, {}, "High"),
            service("HTTPS", {443}, {}, "High"),
            service("RPC", {135}, {}, "High"),
            service("NetBIOS", {}, {137, 138, 139}, "Medium"),
            service("SNMP", {}, {161}, "Medium"),
            service("LDAP", {389}, {}, "Medium"),
            service("LDAPS", {636}, {}, "Medium"),
            service("SMB over TCP", {445}, {}, "High"),
            service("CIFS", {}, {445}, "Medium"),
            service("SQL Server", {1433}, {1434}, "High"),
            service("Oracle", {1521, 2483}, {}, "High"),
            service("Oracle Autonomous DW", {1522}, {}, "Medium"),
            service("MySQL", {3306, 4333}, {}, "High"),
            service("RDP", {3389}, {}, "High"),
            service("Salt", {4505, 4506}, {}, "Medium"),
            service("PostgreSQL", {5432}, {}, "High"),
            service("VNC client", {5500}, {}, "Medium"),
            service("Kibana", {5601}, {}, "Medium"),
            service("VNC server", {5900}, {}, "Medium"),
            service("Redis", {6379}, {}, "High"),
            service("Cassandra internode", {7000}, {}, "Medium"),
            service("Cassandra monitoring", {7199}, {}, "Medium"),
            service("Hadoop NameNode metadata", {8020}, {}, "Medium"),
            service("Internal web", {8080}, {}, "Medium"),
            service("Cassandra client", {9042}, {}, "Medium"),
            service("Cassandra Thrift", {9160}, {}, "High"),
            service("Elasticsearch", {9200, 9300}, {}, "High"),
            service("Memcached", {11211}, {11211}, "Medium"),
            service("MongoDB", {27017, 27018, 27019}, {}, "High"),
            service("Hadoop NameNode web UI", {50070, 50470}, {}, "Medium"),
            service("Docker", {2375, 2376}, {}, "Medium"),
        };
        PortPolicy all = service("All ports", {}, {}, "High");
        all.targets = {{Protocol::Tcp, 0, 65535}, {Protocol::Udp, 0, 65535}};
        v.push_back(all);
        return v;
    }();
    return services;
}

PortPolicy PortPolicy::custom(Protocol protocol, quint16 port)
{
    return custom(protocol, port, port);
}

PortPolicy PortPolicy::custom(Protocol protocol, quint16 first, quint16 last)
{
    PortPolicy p;
    p.targets = {{protocol, first, last}};
    for (const PortPolicy &known : catalog()) {
        if (known.targets == p.targets)
            return known;
    }
    p.severity = QString();
    p.name = p.target();
    p.id = p.name.toLower();
    return p;
}

std::optional<PortPolicy> PortPolicy::fromName(const QString &name, QString *error)
{
    const QString wanted = policyId(name);
    for (const PortPolicy &p : catalog()) {
        if (p.id == wanted)
            return p;
    }
    // "tcp/8443", "udp/53", "tcp/8000-8100"
    const QString text = name.trimmed().toLower();
    const qsizetype slash = text.indexOf(QLatin1Char('/'));
    if (slash > 0) {
        const QString proto = text.left(slash);
        const QStringList range = text.mid(slash + 1).split(QLatin1Char('-'));
        bool ok1 = false, ok2 = false;
        const uint first = range.value(0).toUInt(&ok1);
        const uint last = range.size() == 2 ? range[1].toUInt(&ok2) : first;
        ok2 = range.size() == 1 ? ok1 : ok2;
        const bool protoOk = proto == QLatin1String("tcp") || proto == QLatin1String("udp");
        if (protoOk && ok1 && ok2 && range.size() <= 2 && first <= last && last <= 65535) {
            return custom(proto == QLatin1String("tcp") ? Protocol::Tcp : Protocol::Udp,
                          quint16(first), quint16(last));
        }
    }
    if (error) {
        *error = QCoreApplication::translate(
                     "nsg::PortPolicy",
                     "Unknown policy '%1': name a service of --list-policies, or tcp/PORT, "
                     "udp/PORT, tcp/FIRST-LAST")
                     .arg(name);
    }
    return std::nullopt;
}

QString PortPolicy::target() const
{
    QStringList parts;
    Protocol current = Protocol::Invalid;
    for (const PortTarget &t : targets) {
        if (t.protocol != current) {
            parts.push_back(displayName(t.protocol) + QLatin1Char('/')
                            + rangeText(t.first, t.last));
            current = t.protocol;
        } else {
            parts.back() += QLatin1String(", ") + rangeText(t.first, t.last);
        }
    }
    return parts.join(QLatin1String("; "));
}

QString PortPolicy::label() const
{
    return name == target() ? name : name + QLatin1String(" (") + target() + QLatin1Char(')');
}

bool PortPolicy::isCustom() const
{
    for (const PortPolicy &known : catalog()) {
        if (known.targets == targets)
            return false;
    }
    return true;
}

bool PortPolicy::matches(Protocol ruleProtocol, const PortSet &ports) const
{
    for (const PortTarget &t : targets) {
        if (ruleProtocol != Protocol::Any && ruleProtocol != t.protocol)
            continue;
        for (const Interval<quint16> &iv : ports.intervals().intervals()) {
            if (iv.first <= t.last && iv.last >= t.first)
                return true;
        }
    }
    return false;
}

} // namespace nsg
