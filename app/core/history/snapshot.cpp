// SPDX-License-Identifier: MIT
#include "core/history/snapshot.h"

#include "core/audit/scanresult.h"
#include "core/input/nsgwriter.h"
#include "core/model/securityrule.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QLocale>

namespace nsg::history {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("nsg::history::Snapshot", text, nullptr, n);
}

QString riskName(const std::optional<AcceptedRisk> &risk)
{
    if (!risk)
        return QString();
    switch (risk->state) {
    case AcceptedRisk::State::Active:
        return QStringLiteral("active");
    case AcceptedRisk::State::Expired:
        return QStringLiteral("expired");
    case AcceptedRisk::State::RuleChanged:
        return QStringLiteral("rule-changed");
    }
    return QString();
}

QString lastSegment(const QString &id)
{
    return id.section(QLatin1Char('/'), -1);
}

} // namespace

QString SnapshotInfo::label() const
{
    const QLocale locale;
    return tr("#%1, %2 UTC, %3, %n NSG(s)", nsgCount)
        .arg(id)
        .arg(started.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
             kind == QLatin1String("live") ? tr("live") : tr("offline"));
}

QString SnapshotInfo::scopeText() const
{
    if (kind != QLatin1String("live")) {
        if (inputs.size() == 1)
            return inputs.front().path;
        return tr("%n file(s)", int(inputs.size()));
    }
    const QString where = cloud.isEmpty() ? tr("Azure") : cloud;
    return tr("%1: %n subscription(s)", int(subscriptions.size())).arg(where);
}

Snapshot Snapshot::fromScan(const ScanResult &scan, SnapshotInfo info)
{
    Snapshot s;
    const ReachabilityResult &paths = scan.reachability;
    s.pathsRead = paths.evaluated;
    s.nsgs.reserve(scan.nsgs.size());
    for (const NsgResult &r : scan.nsgs) {
        NsgRecord n;
        n.id = r.nsg.id();
        n.name = r.nsg.name();
        n.resourceGroup = r.nsg.resourceGroup();
        n.subscriptionId = r.nsg.subscriptionId();
        n.verdict = apiName(r.finding.verdict);
        if (paths.evaluated)
            n.standing = apiName(paths.standing(n.id, r.finding.verdict));
        if (r.finding.verdict == Verdict::Exposed) {
            const QList<SecurityRule> inbound = r.nsg.inboundRules();
            for (const ExposingRule &e : r.finding.exposing) {
                if (e.rule < inbound.size())
                    n.exposingRules.append(inbound[e.rule].name());
            }
            n.fingerprint = Suppression::fingerprintOf(r.nsg, r.finding, scan.options.policy);
            ++info.exposedCount;
        } else if (r.finding.verdict == Verdict::Unknown) {
            ++info.unknownCount;
        }
        n.risk = riskName(r.risk);
        n.contentKey = r.nsg.contentDigest();
        n.nsg = r.nsg;
        s.nsgs.push_back(std::move(n));
    }
    for (const Endpoint &e : paths.endpoints) {
        EndpointRecord rec;
        rec.key = QStringList{apiName(e.via),
                              e.viaId,
                              QString::number(e.frontendPort),
                              apiName(e.protocol),
                              e.ipConfigurationId,
                              QString::number(e.targetPort)}
                      .join(QLatin1Char('|'))
                      .toLower();
        rec.label =
            QStringLiteral("%1:%2 → %3 (%4:%5)")
                .arg(e.publicIp.contains(QLatin1Char('/')) ? lastSegment(e.publicIp) : e.publicIp)
                .arg(e.frontendPort)
                .arg(lastSegment(e.networkInterfaceId), e.privateIp)
                .arg(e.targetPort);
        rec.networkInterfaceId = e.networkInterfaceId;
        rec.verdict = apiName(e.verdict);
        info.internetFacingEndpoints += e.verdict == Verdict::Exposed;
        s.endpoints.push_back(std::move(rec));
    }
    info.nsgCount = int(s.nsgs.size());
    s.info = std::move(info);
    return s;
}

QByteArray storedJson(const NetworkSecurityGroup &nsg)
{
    return QByteArray::fromStdString(NsgWriter::toJson(nsg).dump());
}

QByteArray rulesKeyOf(const NetworkSecurityGroup &nsg)
{
    QCryptographicHash hash(QCryptographicHash::Blake2b_256);
    auto add = [&hash](const QList<SecurityRule> &rules) {
        for (const SecurityRule &r : rules) {
            // What a rule says (not its id, etag or provisioning state), field by field.
            const QStringList fields{r.name(),
                                     r.description(),
                                     QString::number(r.priority()),
                                     QString::number(int(r.protocol())),
                                     QString::number(int(r.access())),
                                     QString::number(int(r.direction())),
                                     r.rawProtocol(),
                                     r.rawAccess(),
                                     r.rawDirection(),
                                     r.sourcePortRanges().join(QChar(0x1f)),
                                     r.destinationPortRanges().join(QChar(0x1f)),
                                     r.sourceAddressPrefixes().join(QChar(0x1f)),
                                     r.destinationAddressPrefixes().join(QChar(0x1f)),
                                     r.sourceApplicationSecurityGroups().join(QChar(0x1f)),
                                     r.destinationApplicationSecurityGroups().join(QChar(0x1f))};
            hash.addData(fields.join(QChar(0x1e)).toUtf8());
            hash.addData(QByteArrayView("\x1d", 1));
        }
    };
    add(nsg.customRules());
    hash.addData(QByteArrayView("\x1c", 1));
    add(nsg.defaultRules());
    return hash.result();
}

} // namespace nsg::history
