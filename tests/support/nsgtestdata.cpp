// SPDX-License-Identifier: MIT
#include "nsgtestdata.h"

#include "core/audit/suppression.h"
#include "core/input/offlinescan.h"

#include "sandbox/synthetic/syntheticestate.h"

#include "core/audit/findingtext.h"

#include <QFile>
#include <QTest>

namespace nsg::test {

using json = nlohmann::json;

namespace {

const char *const kSub = "00000000-0000-0000-0000-000000000001";

json defaultRule(const char *name, int priority, const char *access, const char *direction,
                 const char *source, const char *destination)
{
    return {{"name", name},
            {"properties",
             {{"protocol", "*"},
              {"sourcePortRange", "*"},
              {"destinationPortRange", "*"},
              {"sourceAddressPrefix", source},
              {"destinationAddressPrefix", destination},
              {"access", access},
              {"priority", priority},
              {"direction", direction}}}};
}

void putList(json &props, const char *singular, const char *plural, const QString &value)
{
    if (value == QLatin1String("-"))
        return;
    // "[24-26]" forces the plural field even for one value.
    const bool forcePlural = value.startsWith(QLatin1Char('[')) && value.endsWith(QLatin1Char(']'));
    const QStringList items = (forcePlural ? value.mid(1, value.size() - 2) : value)
                                  .split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (items.size() == 1 && !forcePlural) {
        props[singular] = items.front().toStdString();
    } else {
        json array = json::array();
        for (const QString &item : items)
            array.push_back(item.toStdString());
        props[plural] = array;
    }
}

} // namespace

json ruleFromDsl(const QString &line, int index)
{
    const QStringList words = line.simplified().split(QLatin1Char(' '));
    if (words.size() < 5)
        qFatal("rule DSL needs: access priority protocol sources ports: %s", qPrintable(line));
    json props;
    props["access"] = words[0].toStdString();
    props["priority"] = words[1].toInt();
    props["protocol"] = words[2].toStdString();
    props["direction"] = "Inbound";
    props["sourcePortRange"] = "*";
    props["destinationAddressPrefix"] = "*";
    putList(props, "sourceAddressPrefix", "sourceAddressPrefixes", words[3]);
    putList(props, "destinationPortRange", "destinationPortRanges", words[4]);
    QString name = QStringLiteral("rule%1").arg(index + 1);
    for (qsizetype i = 5; i < words.size(); ++i) {
        const QString key = words[i].section(QLatin1Char('='), 0, 0);
        const QString value = words[i].section(QLatin1Char('='), 1);
        if (key == QLatin1String("dir")) {
            props["direction"] = value.toStdString();
        } else if (key == QLatin1String("dst")) {
            props.erase("destinationAddressPrefix");
            putList(props, "destinationAddressPrefix", "destinationAddressPrefixes", value);
        } else if (key == QLatin1String("sport")) {
            props.erase("sourcePortRange");
            putList(props, "sourcePortRange", "sourcePortRanges", value);
        } else if (key == QLatin1String("asg")) {
            props["sourceApplicationSecurityGroups"] = json::array({{{"id", value.toStdString()}}});
        } else if (key == QLatin1String("name")) {
            name = value;
        } else {
            qFatal("unknown rule DSL key %s", qPrintable(key));
        }
    }
    return {{"name", name.toStdString()}, {"properties", props}};
}

json nsgFromDsl(const QString &rules, const QString &name, const QString &resourceGroup)
{
    json custom = json::array();
    int i = 0;
    for (const QString &line : rules.split(QLatin1Char(';'), Qt::SkipEmptyParts))
        custom.push_back(ruleFromDsl(line, i++));
    const std::string id = std::string("/subscriptions/") + kSub + "/resourceGroups/"
        + resourceGroup.toStdString() + "/providers/Microsoft.Network/networkSecurityGroups/"
        + name.toStdString();
    json defaults = json::array(
        {defaultRule("AllowVnetInBound", 65000, "Allow", "Inbound", "VirtualNetwork",
                     "VirtualNetwork"),
         defaultRule("AllowAzureLoadBalancerInBound", 65001, "Allow", "Inbound",
                     "AzureLoadBalancer", "*"),
         defaultRule("DenyAllInBound", 65500, "Deny", "Inbound", "*", "*"),
         defaultRule("AllowVnetOutBound", 65000, "Allow", "Outbound", "VirtualNetwork",
                     "VirtualNetwork"),
         defaultRule("AllowInternetOutBound", 65001, "Allow", "Outbound", "*", "Internet"),
         defaultRule("DenyAllOutBound", 65500, "Deny", "Outbound", "*", "*")});
    return {{"id", id},
            {"name", name.toStdString()},
            {"type", "Microsoft.Network/networkSecurityGroups"},
            {"location", "westeurope"},
            {"properties",
             {{"securityRules", custom},
              {"defaultSecurityRules", defaults},
              {"subnets",
               json::array({{{"id",
                              "/subscriptions/" + std::string(kSub) + "/resourceGroups/"
                                  + resourceGroup.toStdString()
                                  + "/providers/Microsoft.Network/virtualNetworks/vnet1/"
                                    "subnets/default"}}})}}}};
}

std::vector<NetworkSecurityGroup> readAll(const QByteArray &bytes, QList<InputError> *errors,
                                          QStringList *warnings)
{
    std::vector<NetworkSecurityGroup> out;
    NsgReader reader([&out](NetworkSecurityGroup &&nsg) { out.push_back(std::move(nsg)); });
    reader.readBytes(bytes, QStringLiteral("test.json"));
    if (errors)
        *errors = reader.errors();
    else if (!reader.errors().isEmpty())
        qWarning("unexpected input error: %s", qPrintable(reader.errors().front().toString()));
    if (warnings)
        *warnings = reader.warnings();
    return out;
}

NetworkSecurityGroup readOne(const json &nsg)
{
    const std::vector<NetworkSecurityGroup> all = readAll(QByteArray::fromStdString(nsg.dump()));
    if (all.size() != 1)
        qFatal("expected one NSG, read %d", int(all.size()));
    return all.front();
}

QString allowedText(const Finding &finding)
{
    QStringList parts;
    for (const Cidr &c : publicCover(finding.allowedIpv4, finding.allowedIpv6))
        parts.append(c.toString());
    return parts.join(QLatin1Char(' '));
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

std::string syntheticExport(quint64 seed, int count, int rules, double exposed, int perSubscription)
{
    SyntheticEstate estate(seed);
    std::string out = "[";
    for (int i = 0; i < count; ++i) {
        out += i ? "," : "";
        estate.appendNsg(out, SyntheticEstate::subscriptionIdFor(seed, i / perSubscription),
                         i % perSubscription, rules, exposed);
    }
    return out + "]";
}

QString acceptRisk(const QString &input, const QString &nsgName, const QString &reviewer,
                   const QString &reason, const QString &path)
{
    OfflineScan offline;
    if (!offline.addFile(input))
        return QString();
    const ScanResult scanned = offline.takeResult();
    for (const NsgResult &r : scanned.nsgs) {
        if (nsgName.isEmpty() ? r.finding.verdict != Verdict::Exposed : r.nsg.name() != nsgName)
            continue;
        Suppression s;
        s.nsgId = r.nsg.id();
        s.nsgName = r.nsg.name();
        s.policyId = scanned.options.policy.id;
        s.fingerprint = Suppression::fingerprintOf(r.nsg, r.finding, scanned.options.policy);
        s.reviewer = reviewer;
        s.reason = reason;
        s.expires = QDate::currentDate().addDays(30);
        s.created = QDateTime::currentDateTimeUtc();
        SuppressionSet set;
        set.add(s);
        QString error;
        return set.save(path, &error) ? r.nsg.id() : QString();
    }
    return QString();
}

} // namespace nsg::test
