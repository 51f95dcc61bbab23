// SPDX-License-Identifier: MIT
#include "jsonreport.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

namespace nsg {

using ojson = nlohmann::ordered_json;

namespace {

std::string s(const QString &q)
{
    return q.toStdString();
}

ojson stringOrNull(const QString &q)
{
    return q.isEmpty() ? ojson(nullptr) : ojson(s(q));
}

ojson strings(const QStringList &list)
{
    ojson a = ojson::array();
    for (const QString &q : list)
        a.push_back(s(q));
    return a;
}

std::string dump(const ojson &j)
{
    return j.dump(-1, ' ', false, ojson::error_handler_t::replace);
}

ojson nsgObject(const ReportRow &row)
{
    ojson o;
    o["id"] = s(row.id);
    o["name"] = s(row.name);
    o["subscriptionId"] = s(row.subscriptionId);
    o["resourceGroup"] = s(row.resourceGroup);
    o["location"] = s(row.location);
    o["verdict"] = s(apiName(row.verdict));
    o["ruleByRuleVerdict"] = s(apiName(row.ruleByRuleVerdict));
    o["reason"] = s(row.reason);
    o["allowedPublicRanges"] = strings(row.allowedPublicRanges);
    o["publicAddressCount"] = {{"ipv4", row.publicIpv4},
                               {"ipv6", s(uint128ToDecimal(row.publicIpv6))}};
    ojson exposing = ojson::array();
    for (const ReportRow::ExposingRule &e : row.exposingRules)
        exposing.push_back(
            {{"name", s(e.name)}, {"priority", e.priority}, {"ranges", strings(e.ranges)}});
    o["exposingRules"] = std::move(exposing);
    ojson shadowed = ojson::array();
    for (const ReportRow::ShadowedRule &e : row.shadowedRules)
        shadowed.push_back({{"name", s(e.name)},
                            {"priority", e.priority},
                            {"shadowedBy", stringOrNull(e.shadowedBy)}});
    o["shadowedRules"] = std::move(shadowed);
    o["attachedTo"] = {{"subnets", strings(row.subnets)},
                       {"networkInterfaces", strings(row.networkInterfaces)}};
    o["suppression"] = nullptr;
    return o;
}

} // namespace

bool JsonReport::write(const AuditReport &report, QIODevice *out)
{
    const ScanResult &scan = report.scan;
    bool ok = true;
    auto put = [&](const std::string &text) {
        ok = ok && out->write(text.data(), qint64(text.size())) == qint64(text.size());
    };

    const ojson tool = {{"name", s(report.toolName)}, {"version", s(report.toolVersion)}};
    const ojson policy = {{"name", s(scan.options.policy.name)},
                          {"protocol", s(apiName(scan.options.policy.protocol))},
                          {"port", scan.options.policy.port}};
    const ojson summary = {{"nsgs", scan.nsgs.size()},
                           {"exposed", scan.count(Verdict::Exposed)},
                           {"ok", scan.count(Verdict::Ok)},
                           {"unknown", scan.count(Verdict::Unknown)},
                           {"suppressed", 0},
                           {"errors", scan.errors.size()}};
    put("{\n  \"tool\": " + dump(tool) + ",\n  \"policy\": " + dump(policy)
        + ",\n  \"scannedAt\": " + dump(ojson(s(scan.scannedAt.toUTC().toString(Qt::ISODate))))
        + ",\n  \"summary\": " + dump(summary) + ",\n  \"nsgs\": [");
    for (size_t i = 0; i < scan.nsgs.size() && ok; ++i) {
        put(i == 0 ? "\n    " : ",\n    ");
        put(dump(nsgObject(ReportRow::from(scan.nsgs[i], scan.options))));
    }
    put(scan.nsgs.empty() ? "],\n  \"errors\": [" : "\n  ],\n  \"errors\": [");
    for (qsizetype i = 0; i < scan.errors.size() && ok; ++i) {
        const ScanError &e = scan.errors[i];
        const ojson error = {{"scope", s(e.scope)},
                             {"httpStatus", e.httpStatus ? ojson(e.httpStatus) : ojson(nullptr)},
                             {"code", s(e.code)},
                             {"message", s(e.message)},
                             {"requestId", stringOrNull(e.requestId)}};
        put(i == 0 ? "\n    " : ",\n    ");
        put(dump(error));
    }
    put(scan.errors.isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
    if (!ok)
        m_error = QCoreApplication::translate("nsg::JsonReport", "cannot write the JSON report: %1")
                      .arg(out->errorString());
    return ok;
}

} // namespace nsg
