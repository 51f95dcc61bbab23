// SPDX-License-Identifier: MIT
#include "report/ocsfreport.h"

#include "report/jsonvalues_p.h"

#include "core/audit/findingtext.h"
#include "core/model/resourceid.h"
#include "core/remediation/fixformats.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QUuid>

#include <nlohmann/json.hpp>

namespace nsg {

using ojson = nlohmann::ordered_json;

namespace {

using reportjson::s;
using reportjson::strings;

QString tr(const char *text)
{
    return QCoreApplication::translate("nsg::OcsfReport", text);
}

// OCSF severity_id: 1 Informational, 2 Low, 3 Medium, 4 High, 5 Critical.
int severityOf(const QString &policySeverity)
{
    const QString v = policySeverity.toLower();
    if (v == QLatin1String("critical"))
        return 5;
    if (v == QLatin1String("medium"))
        return 3;
    if (v == QLatin1String("low"))
        return 2;
    return 4; // High, and a custom port
}

const char *severityName(int id)
{
    switch (id) {
    case 1:
        return "Informational";
    case 2:
        return "Low";
    case 3:
        return "Medium";
    case 4:
        return "High";
    case 5:
        return "Critical";
    }
    return "Unknown";
}

// A stable event id per finding and scan: the same finding of the same scan written twice is one
// event to a SIEM that deduplicates on metadata.uid.
QString eventUid(const QString &findingUid, const QDateTime &scannedAt)
{
    return QUuid::createUuidV5(QUuid(QStringLiteral("{4b6d2a51-0c8e-4f3a-9d17-2e5b8c0a6f94}")),
                               findingUid + QLatin1Char('|') + scannedAt.toString(Qt::ISODate))
        .toString(QUuid::WithoutBraces);
}

// The fields every event of a report shares.
struct Common
{
    const AuditReport &report;
    qint64 time = 0; // the scan's time, epoch ms

    ojson event(int severityId, const QString &findingUid, const QString &title,
                const QString &message) const
    {
        const PortPolicy &policy = report.scan.options.policy;
        ojson e;
        e["activity_id"] = 1;
        e["activity_name"] = "Create";
        e["category_uid"] = 2;
        e["category_name"] = "Findings";
        e["class_uid"] = 2004;
        e["class_name"] = "Detection Finding";
        e["type_uid"] = 200401;
        e["type_name"] = "Detection Finding: Create";
        e["time"] = time;
        e["severity_id"] = severityId;
        e["severity"] = severityName(severityId);
        e["message"] = s(message);
        e["confidence_id"] = 3; // every rule read and evaluated, or the event would not exist
        e["confidence"] = "High";
        e["metadata"] = {{"version", OcsfReport::kSchemaVersion},
                         {"product",
                          {{"name", s(report.toolName)},
                           {"vendor_name", "NSG Auditor"},
                           {"uid", "nsg-auditor"},
                           {"version", s(report.toolVersion)}}},
                         {"event_code", s(QStringLiteral("%1-internet").arg(policy.id))},
                         {"uid", s(eventUid(findingUid, report.scan.scannedAt))},
                         {"profiles", {"cloud"}},
                         {"logged_time", report.generatedAt.toMSecsSinceEpoch()}};
        e["finding_info"] = {{"uid", s(findingUid)},
                             {"title", s(title)},
                             {"types", {"Network Exposure"}},
                             {"created_time", time},
                             {"last_seen_time", time}};
        return e;
    }

    ojson cloud(const QString &subscriptionId, const QString &region) const
    {
        ojson c = {{"provider", "Azure"}};
        if (!region.isEmpty())
            c["region"] = s(region);
        if (!subscriptionId.isEmpty()) {
            ojson account = {
                {"uid", s(subscriptionId)}, {"type_id", 99}, {"type", "Azure subscription"}};
            if (const QString name = report.subscriptionName(subscriptionId); !name.isEmpty())
                account["name"] = s(name);
            c["account"] = std::move(account);
        }
        return c;
    }
};

ojson nsgEvent(const Common &common, const NsgResult &result)
{
    const AuditReport &report = common.report;
    const EvaluationOptions &options = report.scan.options;
    ReportRow row = ReportRow::from(result, options);
    row.placeIn(report.scan.reachability);
    const int base = severityOf(options.policy.severity);
    // Internet-facing first, then exposed where the paths were not followed, then latent.
    const int severity = row.reachability == NsgReachability::InternetFacing ? base
        : row.reachability == NsgReachability::Latent                        ? std::max(base - 2, 1)
                                                      : std::max(base - 1, 2);
    const QString findingUid =
        QStringLiteral("nsg-auditor/%1/%2").arg(options.policy.id, row.id.toLower());
    const QString title =
        tr("NSG %1 lets the Internet reach %2").arg(row.name, report.policyLabel());
    ojson e = common.event(severity, findingUid, title, row.reason);
    e["finding_info"]["desc"] = s(row.reason);

    // Status: New, or Suppressed while an accepted risk holds (with who, why, until when).
    if (row.accepted && row.risk) {
        const Suppression &sup = row.risk->suppression;
        e["status_id"] = 3;
        e["status"] = "Suppressed";
        e["status_detail"] =
            s(tr("Accepted risk by %1 until %2: %3")
                  .arg(sup.reviewer, sup.expires.toString(Qt::ISODate), sup.reason));
    } else {
        e["status_id"] = 1;
        e["status"] = "New";
        if (row.risk)
            e["status_detail"] = s(row.risk->explanation()); // expired, or the rules changed
    }
    e["status_code"] = "FAIL";

    // The NSG, then each rule that lets the Internet in (the deciding rules).
    ojson nsg = {{"uid", s(row.id)},
                 {"name", s(row.name)},
                 {"type", "Microsoft.Network/networkSecurityGroups"}};
    if (!row.location.isEmpty())
        nsg["region"] = s(row.location);
    if (!row.resourceGroup.isEmpty())
        nsg["group"] = {{"name", s(row.resourceGroup)}};
    if (!row.ownerTag.isEmpty())
        nsg["labels"] = {s(row.ownerTag)};
    nsg["data"] = {{"verdict", s(apiName(row.verdict))},
                   {"reachability", s(apiName(row.reachability))},
                   {"allowedPublicRanges", strings(row.allowedPublicRanges)},
                   {"publicIpv4Addresses", row.publicIpv4},
                   {"attachedTo",
                    {{"subnets", strings(row.subnets)},
                     {"networkInterfaces", strings(row.networkInterfaces)}}}};
    ojson resources = ojson::array({std::move(nsg)});
    QStringList commands;
    QStringList ruleNames;
    for (const ReportRow::ExposingRule &rule : row.exposingRules) {
        ruleNames.append(QStringLiteral("%1 (%2)").arg(rule.name).arg(rule.priority));
        ojson r = {
            {"uid",
             s(rule.fix.ruleId.isEmpty() ? row.id + QStringLiteral("/securityRules/") + rule.name
                                         : rule.fix.ruleId)},
            {"name", s(rule.name)},
            {"type", "Microsoft.Network/networkSecurityGroups/securityRules"}};
        if (!row.location.isEmpty())
            r["region"] = s(row.location);
        r["data"] = {{"priority", rule.priority},
                     {"access", "Allow"},
                     {"direction", "Inbound"},
                     {"source", s(rule.source)},
                     {"destinationPorts", s(rule.ports)},
                     {"publicRanges", strings(rule.ranges)}};
        resources.push_back(std::move(r));
        if (!rule.fix.after.isNull()) {
            const ShippedFix az = shipfix::render(rule.fix, ShipFormat::AzureCli);
            for (const ShipBlock &b : az.blocks)
                if (b.language == QLatin1String("bash"))
                    commands.append(b.code.trimmed());
        }
    }
    e["resources"] = std::move(resources);
    e["cloud"] = common.cloud(row.subscriptionId, row.location);

    QString remedy = tr("Restrict the source of %1 to the address ranges that need %2 (replace %3 "
                        "in the command below), or remove the rule.")
                         .arg(ruleNames.join(QStringLiteral(", ")), report.policyLabel(),
                              QString::fromLatin1(shipfix::kTrustedRanges));
    if (!commands.isEmpty())
        remedy += QStringLiteral("\n") + commands.join(QLatin1Char('\n'));
    e["remediation"] = {
        {"desc", s(remedy)},
        {"references",
         {"https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview",
          "https://learn.microsoft.com/cli/azure/network/nsg/rule#az-network-nsg-rule-update"}}};
    ojson unmapped = {{"policy", s(options.policy.id)}, {"azCommands", strings(commands)}};
    if (row.risk)
        unmapped["acceptedRisk"] = {
            {"reviewer", s(row.risk->suppression.reviewer)},
            {"reason", s(row.risk->suppression.reason)},
            {"expires", s(row.risk->suppression.expires.toString(Qt::ISODate))},
            {"holds", row.accepted}};
    if (!row.overriddenBy.isEmpty())
        unmapped["overriddenBy"] = s(row.overriddenBy);
    e["unmapped"] = std::move(unmapped);
    return e;
}

ojson endpointEvent(const Common &common, const Endpoint &endpoint)
{
    const AuditReport &report = common.report;
    const EvaluationOptions &options = report.scan.options;
    const ResourceId nic = ResourceId::parse(endpoint.networkInterfaceId);
    const QString target = endpoint.privateIp.isEmpty() ? nic.name : endpoint.privateIp;
    const QString entry = endpoint.publicIp.isEmpty() ? endpoint.viaId : endpoint.publicIp;
    const QString findingUid =
        QStringLiteral("nsg-auditor/%1/endpoint/%2|%3|%4")
            .arg(options.policy.id, endpoint.viaId.toLower(), endpoint.ipConfigurationId.toLower())
            .arg(endpoint.targetPort);
    const QString title = tr("The Internet reaches %1 on %2 through %3")
                              .arg(report.policyLabel(), target, apiName(endpoint.via));
    ojson e = common.event(severityOf(options.policy.severity), findingUid, title, endpoint.reason);
    e["finding_info"]["desc"] = s(endpoint.path.join(QStringLiteral(" → ")));
    e["status_id"] = 1;
    e["status"] = "New";
    e["status_code"] = "FAIL";
    ojson resources = ojson::array();
    ojson nicResource = {{"uid", s(endpoint.networkInterfaceId)},
                         {"name", s(nic.name)},
                         {"type", "Microsoft.Network/networkInterfaces"}};
    if (!nic.resourceGroup.isEmpty())
        nicResource["group"] = {{"name", s(nic.resourceGroup)}};
    nicResource["data"] = {{"privateIp", s(endpoint.privateIp)},
                           {"port", endpoint.targetPort},
                           {"ipConfigurationId", s(endpoint.ipConfigurationId)}};
    resources.push_back(std::move(nicResource));
    resources.push_back(
        {{"uid", s(endpoint.viaId)},
         {"name", s(ResourceId::parse(endpoint.viaId).name)},
         {"type", s(apiName(endpoint.via))},
         {"data", {{"publicIp", s(endpoint.publicIp)}, {"frontendPort", endpoint.frontendPort}}}});
    if (!endpoint.decidedId.isEmpty())
        resources.push_back({{"uid", s(endpoint.decidedId)},
                             {"name", s(ResourceId::parse(endpoint.decidedId).name)},
                             {"type", s(apiName(endpoint.decidedLayer))},
                             {"data", {{"decidingRule", s(endpoint.decidedRule)}}}});
    e["resources"] = std::move(resources);
    e["cloud"] = common.cloud(nic.subscriptionId, QString());
    e["remediation"] = {
        {"desc",
         s(tr("Close the path at the rule that decides it (%1 %2): restrict its source to "
              "the address ranges that need %3, or remove the public entry point (%4).")
               .arg(apiName(endpoint.decidedLayer), endpoint.decidedRule, report.policyLabel(),
                    entry))},
        {"references",
         {"https://learn.microsoft.com/azure/virtual-network/"
          "network-security-group-how-it-works"}}};
    QStringList ranges;
    for (const Cidr &c : publicCover(endpoint.allowed.ipv4(), endpoint.allowed.ipv6()))
        ranges.append(c.toString());
    e["unmapped"] = {{"policy", s(options.policy.id)},
                     {"path", strings(endpoint.path)},
                     {"allowedPublicRanges", strings(ranges)}};
    return e;
}

} // namespace

bool OcsfReport::write(const AuditReport &report, QIODevice *out)
{
    m_events = 0;
    const Common common{report, report.scan.scannedAt.toMSecsSinceEpoch()};
    bool ok = true;
    auto put = [&](const ojson &event) {
        const std::string line = event.dump(-1, ' ', false, ojson::error_handler_t::replace) + '\n';
        ok = ok && out->write(line.data(), qint64(line.size())) == qint64(line.size());
        m_events += ok ? 1 : 0;
    };
    for (const NsgResult &result : report.scan.nsgs) {
        if (!ok)
            break;
        if (result.finding.verdict == Verdict::Exposed)
            put(nsgEvent(common, result));
    }
    for (const Endpoint &endpoint : report.scan.reachability.endpoints) {
        if (!ok)
            break;
        if (endpoint.verdict == Verdict::Exposed)
            put(endpointEvent(common, endpoint));
    }
    if (!ok)
        m_error = tr("cannot write the OCSF findings: %1").arg(out->errorString());
    return ok;
}

} // namespace nsg
