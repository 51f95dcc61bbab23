// SPDX-License-Identifier: MIT
#include "report/jsonreport.h"

#include "report/jsonvalues_p.h"

#include "report/diffreport.h"

#include "core/audit/findingtext.h"
#include "core/input/nsgwriter.h"
#include "core/model/resourceid.h"
#include "core/util/cores.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

#include <thread>

namespace nsg {

using ojson = nlohmann::ordered_json;

namespace {

using reportjson::s;
using reportjson::stringOrNull;
using reportjson::strings;

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
    for (const ReportRow::ExposingRule &e : row.exposingRules) {
        // The fix in every format a team ships with, its source a placeholder to replace.
        ojson fix = {{"kind", "restrictSource"},
                     {"placeholder", shipfix::kTrustedRanges},
                     {"ruleId", s(e.fix.ruleId)},
                     // A tag naming an IaC tool, the only ownership sign a report has.
                     {"ownerTag", row.ownerTag.isEmpty() ? ojson() : ojson(s(row.ownerTag))}};
        if (!e.fix.after.isNull()) {
            for (ShipFormat f : shipfix::formats()) {
                const ShippedFix shipped = shipfix::render(e.fix, f);
                ojson blocks = ojson::array();
                for (const ShipBlock &b : shipped.blocks)
                    blocks.push_back({{"heading", s(b.heading)},
                                      {"language", s(b.language)},
                                      {"code", s(b.code)}});
                fix[s(shipfix::key(f))] = {{"blocks", std::move(blocks)},
                                           {"notes", strings(shipped.notes)}};
            }
        }
        exposing.push_back({{"name", s(e.name)},
                            {"priority", e.priority},
                            {"ranges", strings(e.ranges)},
                            {"fix", std::move(fix)}});
    }
    o["exposingRules"] = std::move(exposing);
    ojson shadowed = ojson::array();
    for (const ReportRow::ShadowedRule &e : row.shadowedRules) {
        ojson decidedBy = ojson::array();
        for (const ReportRow::DecidingRule &d : e.decidedBy)
            decidedBy.push_back({{"name", s(d.name)},
                                 {"priority", d.priority},
                                 {"access", s(d.access)},
                                 {"ranges", strings(d.ranges)}});
        shadowed.push_back({{"name", s(e.name)},
                            {"priority", e.priority},
                            {"shadowedBy", stringOrNull(e.shadowedBy)},
                            {"decidedBy", std::move(decidedBy)}});
    }
    o["shadowedRules"] = std::move(shadowed);
    o["attachedTo"] = {{"subnets", strings(row.subnets)},
                       {"networkInterfaces", strings(row.networkInterfaces)}};
    o["reachability"] =
        row.verdict == Verdict::Exposed ? ojson(s(apiName(row.reachability))) : ojson(nullptr);
    o["overriddenBy"] = stringOrNull(row.overriddenBy);
    if (row.risk) {
        const Suppression &sup = row.risk->suppression;
        const char *state = row.risk->state == AcceptedRisk::State::Active ? "active"
            : row.risk->state == AcceptedRisk::State::Expired              ? "expired"
                                                                           : "ruleChanged";
        o["suppression"] = {{"state", state},
                            {"reviewer", s(sup.reviewer)},
                            {"reason", s(sup.reason)},
                            {"expires", s(sup.expires.toString(Qt::ISODate))},
                            {"created", s(sup.created.toUTC().toString(Qt::ISODate))},
                            {"fingerprint", s(sup.fingerprint)},
                            {"explanation", s(row.risk->explanation())}};
    } else {
        o["suppression"] = nullptr;
    }
    return o;
}

// The rules as read, so that the report can be opened again and its NSGs evaluated again, and
// what made the NSG (partly) unreadable: read back, those keep it unknown. Appended to the NSG's
// object as text (its last three fields), written straight from the model: a tree per rule cost
// more than the rest of the scan.
void appendRules(std::string &object, const NetworkSecurityGroup &nsg)
{
    auto rules = [&](const QList<SecurityRule> &list) {
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (i > 0)
                object += ',';
            NsgWriter::appendRuleJson(object, nsg, list[i]);
        }
    };
    object.pop_back(); // the object's closing brace
    object += ",\"securityRules\":[";
    rules(nsg.customRules());
    object += "],\"defaultSecurityRules\":[";
    if (!nsg.defaultRulesAssumed())
        rules(nsg.defaultRules());
    object += "],\"readProblems\":[";
    bool first = true;
    for (const ReadProblem &p : nsg.problems()) {
        if (p.severity == ReadProblem::Severity::Warning)
            continue;
        if (!first)
            object += ',';
        first = false;
        NsgWriter::appendJsonString(object, p.toString());
    }
    object += "]}";
}

ojson scopeObject(const ScanError &e)
{
    return {{"scope", s(e.scope)},
            {"httpStatus", e.httpStatus ? ojson(e.httpStatus) : ojson(nullptr)},
            {"code", s(e.code)},
            {"message", s(e.message)},
            {"requestId", stringOrNull(e.requestId)}};
}

ojson nicObject(const NicResult &r)
{
    QStringList ranges;
    for (const Cidr &c : publicCover(r.finding.allowedIpv4, r.finding.allowedIpv6))
        ranges.append(c.toString());
    return {{"id", s(r.nic.id)},
            {"name", s(r.nic.name)},
            {"subscriptionId", s(r.nic.subscriptionId)},
            {"resourceGroup", s(r.nic.resourceGroup)},
            {"subnets", strings(r.nic.subnetIds)},
            {"subnetNsgs", strings(r.subnetNsgIds)},
            {"nicNsg", stringOrNull(r.nic.nsgId)},
            {"verdict", s(apiName(r.finding.verdict))},
            {"reason", s(r.finding.reason)},
            {"allowedPublicRanges", strings(ranges)},
            {"publicAddressCount",
             {{"ipv4", quint64(r.finding.allowedIpv4.count())},
              {"ipv6", s(uint128ToDecimal(r.finding.allowedIpv6.count()))}}}};
}

ojson endpointObject(const Endpoint &e)
{
    QStringList ranges;
    for (const Cidr &c : publicCover(e.allowed.ipv4(), e.allowed.ipv6()))
        ranges.append(c.toString());
    ojson decided = nullptr;
    if (e.decidedLayer != Endpoint::Layer::None)
        decided = {{"layer", s(apiName(e.decidedLayer))},
                   {"id", stringOrNull(e.decidedId)},
                   {"rule", stringOrNull(e.decidedRule)}};
    return {
        {"via", s(apiName(e.via))},
        {"viaId", s(e.viaId)},
        {"publicIp", stringOrNull(e.publicIp)},
        {"frontendPort", e.frontendPort},
        {"protocol", s(apiName(e.protocol))},
        {"target",
         {{"networkInterfaceId", stringOrNull(e.networkInterfaceId)},
          {"ipConfigurationId", stringOrNull(e.ipConfigurationId)},
          {"privateIp", stringOrNull(e.privateIp)},
          {"port", e.targetPort}}},
        {"verdict", s(endpointVerdictName(e.verdict))},
        {"decidedBy", std::move(decided)},
        {"allowedPublicRanges", strings(ranges)},
        {"publicAddressCount",
         {{"ipv4", e.allowed.ipv4Count()}, {"ipv6", s(uint128ToDecimal(e.allowed.ipv6Count()))}}},
        {"reason", s(e.reason)},
        {"path", strings(e.path)}};
}

ojson reachableNicObject(const NicReachability &n)
{
    const ResourceId rid = ResourceId::parse(n.id);
    return {{"id", s(n.id)},
            {"name", s(n.name)},
            {"subscriptionId", s(rid.subscriptionId)},
            {"resourceGroup", s(rid.resourceGroup)},
            {"verdict", s(apiName(n.verdict))},
            {"reason", s(n.reason)},
            {"endpoints", n.endpoints}};
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
    const PortPolicy &portPolicy = scan.options.policy;
    ojson targets = ojson::array();
    for (const PortTarget &t : portPolicy.targets)
        targets.push_back(
            {{"protocol", s(apiName(t.protocol))}, {"first", t.first}, {"last", t.last}});
    const bool single = portPolicy.isSinglePort();
    const ojson policy = {
        {"id", s(portPolicy.id)},
        {"name", s(portPolicy.name)},
        {"protocol", single ? ojson(s(apiName(portPolicy.targets[0].protocol))) : ojson(nullptr)},
        {"port", single ? ojson(portPolicy.targets[0].first) : ojson(nullptr)},
        {"targets", targets}};
    const ojson summary = {{"nsgs", scan.nsgs.size()},
                           {"exposed", scan.count(Verdict::Exposed)},
                           {"ok", scan.count(Verdict::Ok)},
                           {"unknown", scan.count(Verdict::Unknown)},
                           {"suppressed", scan.acceptedCount()},
                           {"errors", scan.errors.size()},
                           {"skipped", scan.skipped.size()},
                           {"internetFacing", scan.reachability.internetFacingNsgs()},
                           {"latent", scan.reachability.latentNsgs()},
                           {"endpointsExposed", scan.reachability.exposedEndpoints()}};
    ojson files = ojson::array();
    for (const ReportInputFile &f : report.inputFiles)
        files.push_back({{"path", s(f.path)},
                         {"sha256", stringOrNull(f.sha256)},
                         {"bytes", f.bytes >= 0 ? ojson(f.bytes) : ojson(nullptr)}});
    ojson changes = ojson::array();
    for (const ReportChange &c : report.changes)
        changes.push_back({{"id", s(c.id)},
                           {"time", s(c.time.toUTC().toString(Qt::ISODateWithMs))},
                           {"status", s(c.status)},
                           {"fix", s(c.fix)},
                           {"ruleId", s(c.ruleId)},
                           {"account", s(c.account)},
                           {"message", s(c.message)}});
    ojson readPaths = ojson::array();
    for (const ReadPathStats &p : scan.readPaths)
        readPaths.push_back({{"path", s(p.path)},
                             {"subscriptions", p.subscriptions},
                             {"nsgs", p.nsgs},
                             {"requests", p.requests},
                             {"seconds", p.seconds},
                             {"nsgsPerSecond", p.nsgsPerSecond()}});
    const ojson meta = {{"generatedAt", s(report.generatedAt.toUTC().toString(Qt::ISODate))},
                        {"account", stringOrNull(report.account)},
                        {"scope", strings(scan.inputs)},
                        {"breadthLimit",
                         {{"ipv4Addresses", scan.options.limit.maxPublicIpv4},
                          {"ipv6PrefixLength", scan.options.limit.minIpv6PrefixLength}}},
                        {"inputFiles", std::move(files)},
                        {"changes", std::move(changes)},
                        {"suppressionsFile", stringOrNull(report.suppressionsFile)},
                        {"readPaths", std::move(readPaths)},
                        {"serviceTags",
                         scan.reachability.serviceTagsChange.isEmpty()
                                 && scan.reachability.serviceTagsCloud.isEmpty()
                             ? ojson(nullptr)
                             : ojson{{"cloud", s(scan.reachability.serviceTagsCloud)},
                                     {"changeNumber", s(scan.reachability.serviceTagsChange)},
                                     {"source", s(scan.reachability.serviceTagsSource)}}}};
    put("{\n  \"tool\": " + dump(tool) + ",\n  \"policy\": " + dump(policy) + ",\n  \"scannedAt\": "
        + dump(ojson(s(scan.scannedAt.toUTC().toString(Qt::ISODate)))) + ",\n  \"report\": "
        + dump(meta) + ",\n  \"summary\": " + dump(summary) + ",\n  \"nsgs\": [");
    // Each NSG's object is made on its own (ReportRow, the fixes, the rules), so a batch is
    // shared among the cores and then written in order.
    auto format = [&scan](size_t i) {
        ReportRow row = ReportRow::from(scan.nsgs[i], scan.options);
        row.placeIn(scan.reachability);
        std::string object = dump(nsgObject(row));
        appendRules(object, scan.nsgs[i].nsg);
        return object;
    };
    constexpr size_t kBatch = 256;
    const size_t workers = size_t(usableCores());
    std::vector<std::string> batch(kBatch);
    for (size_t first = 0; first < scan.nsgs.size() && ok; first += kBatch) {
        const size_t count = std::min(kBatch, scan.nsgs.size() - first);
        auto slice = [&](size_t worker) {
            for (size_t k = worker; k < count; k += workers)
                batch[k] = format(first + k);
        };
        std::vector<std::thread> helpers;
        for (size_t w = 1; w < workers && w < count; ++w)
            helpers.emplace_back(slice, w);
        slice(0);
        for (std::thread &t : helpers)
            t.join();
        for (size_t k = 0; k < count; ++k) {
            put(first + k == 0 ? "\n    " : ",\n    ");
            put(batch[k]);
        }
    }
    put(scan.nsgs.empty() ? "]" : "\n  ]");
    const ReachabilityResult &reach = scan.reachability;
    if (reach.evaluated) {
        put(",\n  \"endpoints\": [");
        for (size_t i = 0; i < reach.endpoints.size() && ok; ++i) {
            put(i == 0 ? "\n    " : ",\n    ");
            put(dump(endpointObject(reach.endpoints[i])));
        }
        put(reach.endpoints.empty() ? "]" : "\n  ]");
        put(",\n  \"networkInterfaces\": [");
        for (size_t i = 0; i < reach.interfaces.size() && ok; ++i) {
            put(i == 0 ? "\n    " : ",\n    ");
            put(dump(reachableNicObject(reach.interfaces[i])));
        }
        put(reach.interfaces.empty() ? "]" : "\n  ]");
    } else if (!scan.interfaces.empty()) {
        put(",\n  \"networkInterfaces\": [");
        for (size_t i = 0; i < scan.interfaces.size() && ok; ++i) {
            put(i == 0 ? "\n    " : ",\n    ");
            put(dump(nicObject(scan.interfaces[i])));
        }
        put("\n  ]");
    }
    auto scopes = [&](const char *key, const QList<ScanError> &list) {
        put(",\n  \"" + std::string(key) + "\": [");
        for (qsizetype i = 0; i < list.size() && ok; ++i) {
            put(i == 0 ? "\n    " : ",\n    ");
            put(dump(scopeObject(list[i])));
        }
        put(list.isEmpty() ? "]" : "\n  ]");
    };
    scopes("errors", scan.errors);
    scopes("skipped", scan.skipped);
    if (report.since)
        put(",\n  \"since\": " + dump(DiffReport::toJson(*report.since)));
    put("\n}\n");
    if (!ok)
        m_error = QCoreApplication::translate("nsg::JsonReport", "cannot write the JSON report: %1")
                      .arg(out->errorString());
    return ok;
}

} // namespace nsg
