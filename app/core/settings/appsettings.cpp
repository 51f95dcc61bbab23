// SPDX-License-Identifier: MIT
#include "core/settings/appsettings.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSettings>

namespace nsg {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("nsg::AppSettings", text);
}

QString key(const char *name)
{
    return QLatin1String("settings/") + QLatin1String(name);
}

} // namespace

AppSettings AppSettings::load(const QSettings &s)
{
    AppSettings a;
    a.policy = s.value(key("policy"), a.policy).toString();
    a.limit.maxPublicIpv4 = s.value(key("breadthLimit"), a.limit.maxPublicIpv4).toULongLong();
    a.limit.minIpv6PrefixLength =
        s.value(key("ipv6BreadthLimit"), a.limit.minIpv6PrefixLength).toInt();
    a.cloud = s.value(key("cloud"), a.cloud).toString();
    a.tenant = s.value(key("tenant"), a.tenant).toString();
    a.clientId = s.value(key("clientId")).toString();
    a.maxInFlight = s.value(key("maxInFlight"), a.maxInFlight).toInt();
    a.resourceGraph = s.value(key("resourceGraph"), a.resourceGraph).toBool();
    a.apiResources = s.value(key("apiVersion/resources")).toString();
    a.apiNetwork = s.value(key("apiVersion/network")).toString();
    a.apiResourceGraph = s.value(key("apiVersion/resourceGraph")).toString();
    a.apiAuthorization = s.value(key("apiVersion/authorization")).toString();
    a.language = s.value(key("language")).toString();
    a.paperSize = s.value(key("paperSize")).toString();
    a.suppressionsFile = s.value(key("suppressionsFile")).toString();
    a.historyFile = s.value(key("history/file")).toString();
    a.historyEnabled = s.value(key("history/enabled"), a.historyEnabled).toBool();
    a.historyKeepCount = s.value(key("history/keepCount"), a.historyKeepCount).toInt();
    a.historyKeepDays = s.value(key("history/keepDays"), a.historyKeepDays).toInt();
    // A hand-edited file with a bad value falls back to the default for that value.
    const AppSettings defaults;
    if (!PortPolicy::fromName(a.policy))
        a.policy = defaults.policy;
    if (a.limit.minIpv6PrefixLength < 0 || a.limit.minIpv6PrefixLength > 128)
        a.limit.minIpv6PrefixLength = defaults.limit.minIpv6PrefixLength;
    if (a.maxInFlight < 1 || a.maxInFlight > 32)
        a.maxInFlight = defaults.maxInFlight;
    if (a.historyKeepCount < 0)
        a.historyKeepCount = defaults.historyKeepCount;
    if (a.historyKeepDays < 0)
        a.historyKeepDays = defaults.historyKeepDays;
    return a;
}

AppSettings AppSettings::load()
{
    return load(QSettings());
}

void AppSettings::save(QSettings &s) const
{
    s.setValue(key("policy"), policy);
    s.setValue(key("breadthLimit"), limit.maxPublicIpv4);
    s.setValue(key("ipv6BreadthLimit"), limit.minIpv6PrefixLength);
    s.setValue(key("cloud"), cloud);
    s.setValue(key("tenant"), tenant);
    s.setValue(key("clientId"), clientId);
    s.setValue(key("maxInFlight"), maxInFlight);
    s.setValue(key("resourceGraph"), resourceGraph);
    s.setValue(key("apiVersion/resources"), apiResources);
    s.setValue(key("apiVersion/network"), apiNetwork);
    s.setValue(key("apiVersion/resourceGraph"), apiResourceGraph);
    s.setValue(key("apiVersion/authorization"), apiAuthorization);
    s.setValue(key("language"), language);
    s.setValue(key("paperSize"), paperSize);
    s.setValue(key("suppressionsFile"), suppressionsFile);
    s.setValue(key("history/file"), historyFile);
    s.setValue(key("history/enabled"), historyEnabled);
    s.setValue(key("history/keepCount"), historyKeepCount);
    s.setValue(key("history/keepDays"), historyKeepDays);
    s.sync();
}

void AppSettings::save() const
{
    QSettings s;
    save(s);
}

PortPolicy AppSettings::portPolicy() const
{
    return PortPolicy::fromName(policy).value_or(PortPolicy::smtp());
}

QString AppSettings::validate() const
{
    QString error;
    if (!PortPolicy::fromName(policy, &error))
        return error;
    if (limit.minIpv6PrefixLength < 0 || limit.minIpv6PrefixLength > 128)
        return tr("The IPv6 breadth limit must be a prefix length from 0 to 128");
    if (maxInFlight < 1 || maxInFlight > 32)
        return tr("Requests in flight must be from 1 to 32");
    static const QRegularExpression date(QStringLiteral("^\\d{4}-\\d\\d-\\d\\d(-preview)?$"));
    for (const QString &v : {apiResources, apiNetwork, apiResourceGraph, apiAuthorization}) {
        if (!v.isEmpty() && !date.match(v).hasMatch())
            return tr("'%1' is not an api-version (YYYY-MM-DD or YYYY-MM-DD-preview)").arg(v);
    }
    if (!language.isEmpty() && language != QLatin1String("en") && !languages().contains(language))
        return tr("Unknown language '%1'").arg(language);
    if (historyKeepCount < 0 || historyKeepDays < 0)
        return tr("The history's retention cannot be negative");
    if (!paperSize.isEmpty() && paperSize != QLatin1String("A4")
        && paperSize != QLatin1String("Letter"))
        return tr("Paper size must be A4 or Letter");
    return QString();
}

} // namespace nsg
