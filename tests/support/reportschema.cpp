// SPDX-License-Identifier: MIT
#include "reportschema.h"

#include <algorithm>
#include <regex>

namespace nsg::test {

using ojson = nlohmann::ordered_json;

namespace {

class Checker
{
public:
    QStringList problems;

    void keys(const ojson &obj, const QString &path, std::initializer_list<const char *> expected)
    {
        if (!obj.is_object()) {
            fail(path, QStringLiteral("expected an object"));
            return;
        }
        std::vector<std::string> actual;
        for (const auto &item : obj.items())
            actual.push_back(item.key());
        std::vector<std::string> want(expected.begin(), expected.end());
        if (actual != want) {
            QStringList a, w;
            for (const auto &k : actual)
                a.append(QString::fromStdString(k));
            for (const auto &k : want)
                w.append(QString::fromStdString(k));
            fail(path, QStringLiteral("keys [%1], expected [%2]").arg(a.join(u','), w.join(u',')));
        }
    }
    void type(const ojson &obj, const char *key, const QString &path, bool ok, const char *what)
    {
        if (!obj.contains(key) || !ok)
            fail(path + QLatin1Char('.') + QLatin1String(key),
                 QStringLiteral("expected %1").arg(QLatin1String(what)));
    }
    void stringArray(const ojson &obj, const char *key, const QString &path)
    {
        const bool ok = obj.contains(key) && obj.at(key).is_array()
            && std::all_of(obj.at(key).begin(), obj.at(key).end(),
                           [](const ojson &v) { return v.is_string(); });
        type(obj, key, path, ok, "an array of strings");
    }
    void fail(const QString &path, const QString &why)
    {
        problems.append(path + QLatin1String(": ") + why);
    }
};

} // namespace

QStringList validateDiffJson(const ojson &doc)
{
    Checker c;
    c.keys(doc, QStringLiteral("$"),
           {"format", "version", "older", "newer", "summary", "text", "pathsCompared",
            "attribution", "nsgs", "endpoints"});
    if (!c.problems.isEmpty())
        return c.problems;
    c.type(doc, "format", QStringLiteral("$"), doc["format"] == "nsg-auditor-diff",
           "\"nsg-auditor-diff\"");
    c.type(doc, "version", QStringLiteral("$"), doc["version"] == 1, "1");
    for (const char *side : {"older", "newer"}) {
        const QString path = QStringLiteral("$.") + QLatin1String(side);
        const ojson &i = doc[side];
        c.keys(i, path,
               {"id", "started", "finished", "kind", "cloud", "account", "tenants", "subscriptions",
                "inputs", "policy", "target", "limits", "tool", "nsgCount", "exposedCount",
                "unknownCount", "internetFacingEndpoints"});
        if (!i.is_object())
            continue;
        c.type(i, "id", path, i["id"].is_null() || i["id"].is_number_integer(),
               "an integer or null");
        c.type(i, "started", path, i["started"].is_string(), "a string");
        c.type(i, "kind", path, i["kind"] == "live" || i["kind"] == "offline",
               "\"live\" or \"offline\"");
        c.stringArray(i, "tenants", path);
        c.stringArray(i, "subscriptions", path);
        c.type(i, "inputs", path, i["inputs"].is_array(), "an array");
        for (const char *n :
             {"nsgCount", "exposedCount", "unknownCount", "internetFacingEndpoints"})
            c.type(i, n, path, i[n].is_number_integer(), "an integer");
    }
    c.keys(doc["summary"], QStringLiteral("$.summary"),
           {"new", "cameBack", "riskLapsed", "stillExposed", "nowUnknown", "fixed", "removed",
            "added", "rulesChanged", "decided", "unchanged", "becameInternetFacing",
            "noLongerInternetFacing"});
    for (const auto &[k, v] : doc["summary"].items())
        c.type(doc["summary"], k.c_str(), QStringLiteral("$.summary"), v.is_number_integer(),
               "an integer");
    c.type(doc, "text", QStringLiteral("$"), doc["text"].is_string(), "a string");
    c.type(doc, "pathsCompared", QStringLiteral("$"), doc["pathsCompared"].is_boolean(),
           "a boolean");
    c.keys(doc["attribution"], QStringLiteral("$.attribution"), {"state", "note", "from", "to"});
    static const std::vector<std::string> states{"not-asked", "read", "partial", "failed"};
    c.type(doc["attribution"], "state", QStringLiteral("$.attribution"),
           std::find(states.begin(), states.end(), doc["attribution"].value("state", ""))
               != states.end(),
           "one of not-asked, read, partial, failed");
    static const std::vector<std::string> kinds{
        "new",   "came-back", "risk-lapsed", "still-exposed", "now-unknown",
        "fixed", "removed",   "added",       "rules-changed", "decided"};
    static const std::regex iso(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$)");
    const ojson &nsgs = doc["nsgs"];
    c.type(doc, "nsgs", QStringLiteral("$"), nsgs.is_array(), "an array");
    for (size_t n = 0; nsgs.is_array() && n < nsgs.size(); ++n) {
        const QString path = QStringLiteral("$.nsgs[%1]").arg(n);
        const ojson &o = nsgs[n];
        c.keys(o, path,
               {"change", "id", "name", "subscriptionId", "resourceGroup", "oldVerdict",
                "newVerdict", "oldStanding", "newStanding", "oldExposingRules", "newExposingRules",
                "rulesChanged", "firstSeen", "exposedSince", "fixedAt", "changes"});
        if (!o.is_object())
            continue;
        c.type(o, "change", path,
               std::find(kinds.begin(), kinds.end(), o.value("change", "")) != kinds.end(),
               "a change kind");
        c.stringArray(o, "oldExposingRules", path);
        c.stringArray(o, "newExposingRules", path);
        for (const char *t : {"firstSeen", "exposedSince", "fixedAt"})
            c.type(o, t, path,
                   o[t].is_null()
                       || (o[t].is_string() && std::regex_match(o[t].get<std::string>(), iso)),
                   "an ISO 8601 UTC time or null");
        const ojson &changes = o["changes"];
        c.type(o, "changes", path, changes.is_array(), "an array");
        for (size_t k = 0; changes.is_array() && k < changes.size(); ++k)
            c.keys(changes[k], path + QStringLiteral(".changes[%1]").arg(k),
                   {"changeId", "resourceId", "at", "changeType", "changedBy", "changedByType",
                    "clientType", "operation", "properties"});
    }
    const ojson &endpoints = doc["endpoints"];
    c.type(doc, "endpoints", QStringLiteral("$"), endpoints.is_array(), "an array");
    for (size_t n = 0; endpoints.is_array() && n < endpoints.size(); ++n)
        c.keys(endpoints[n], QStringLiteral("$.endpoints[%1]").arg(n),
               {"change", "key", "label", "networkInterfaceId", "oldVerdict", "newVerdict"});
    return c.problems;
}

QStringList validateReportJson(const ojson &withSince)
{
    if (withSince.is_object() && withSince.contains("since")) {
        const QStringList problems = validateDiffJson(withSince["since"]);
        if (!problems.isEmpty())
            return problems;
        ojson rest = withSince;
        rest.erase("since");
        return validateReportJson(rest);
    }
    const ojson &doc = withSince;
    Checker c;
    if (doc.is_object() && doc.contains("endpoints"))
        c.keys(doc, QStringLiteral("$"),
               {"tool", "policy", "scannedAt", "report", "summary", "nsgs", "endpoints",
                "networkInterfaces", "errors", "skipped"});
    else if (doc.is_object() && doc.contains("networkInterfaces"))
        c.keys(doc, QStringLiteral("$"),
               {"tool", "policy", "scannedAt", "report", "summary", "nsgs", "networkInterfaces",
                "errors", "skipped"});
    else
        c.keys(doc, QStringLiteral("$"),
               {"tool", "policy", "scannedAt", "report", "summary", "nsgs", "errors", "skipped"});
    if (!c.problems.isEmpty())
        return c.problems;
    const ojson &meta = doc["report"];
    c.keys(meta, QStringLiteral("$.report"),
           {"generatedAt", "account", "scope", "breadthLimit", "inputFiles", "changes",
            "suppressionsFile", "readPaths", "serviceTags"});
    if (!c.problems.isEmpty())
        return c.problems;
    c.type(meta, "generatedAt", QStringLiteral("$.report"),
           meta["generatedAt"].is_string()
               && std::regex_match(meta["generatedAt"].get<std::string>(),
                                   std::regex(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)")),
           "an ISO 8601 UTC time");
    c.type(meta, "account", QStringLiteral("$.report"),
           meta["account"].is_string() || meta["account"].is_null(), "a string or null");
    c.stringArray(meta, "scope", QStringLiteral("$.report"));
    c.type(meta, "suppressionsFile", QStringLiteral("$.report"),
           meta["suppressionsFile"].is_string() || meta["suppressionsFile"].is_null(),
           "a string or null");
    c.type(meta, "serviceTags", QStringLiteral("$.report"),
           meta["serviceTags"].is_null()
               || (meta["serviceTags"].is_object() && meta["serviceTags"].size() == 3
                   && meta["serviceTags"]["cloud"].is_string()
                   && meta["serviceTags"]["changeNumber"].is_string()
                   && meta["serviceTags"]["source"].is_string()),
           "null or {cloud, changeNumber, source}");
    for (size_t i = 0; meta["readPaths"].is_array() && i < meta["readPaths"].size(); ++i) {
        const ojson &r = meta["readPaths"][i];
        const QString p = QStringLiteral("$.report.readPaths[%1]").arg(i);
        c.keys(r, p, {"path", "subscriptions", "nsgs", "requests", "seconds", "nsgsPerSecond"});
        if (!r.is_object())
            continue;
        const ojson none;
        auto at = [&r, &none](const char *key) -> const ojson & {
            const auto it = r.find(key);
            return it == r.end() ? none : *it;
        };
        c.type(r, "path", p, at("path") == "resourceGraph" || at("path") == "arm",
               "\"resourceGraph\" or \"arm\"");
        for (const char *count : {"subscriptions", "nsgs", "requests"})
            c.type(r, count, p, at(count).is_number_unsigned(), "a count");
        for (const char *figure : {"seconds", "nsgsPerSecond"})
            c.type(r, figure, p, at(figure).is_number() && at(figure).get<double>() >= 0,
                   "a number, 0 or more");
    }
    c.type(meta, "readPaths", QStringLiteral("$.report"), meta["readPaths"].is_array(), "an array");
    c.keys(meta["breadthLimit"], QStringLiteral("$.report.breadthLimit"),
           {"ipv4Addresses", "ipv6PrefixLength"});
    for (size_t i = 0; meta["inputFiles"].is_array() && i < meta["inputFiles"].size(); ++i) {
        const ojson &f = meta["inputFiles"][i];
        const QString p = QStringLiteral("$.report.inputFiles[%1]").arg(i);
        c.keys(f, p, {"path", "sha256", "bytes"});
        c.type(f, "sha256", p,
               f["sha256"].is_null()
                   || (f["sha256"].is_string()
                       && std::regex_match(f["sha256"].get<std::string>(),
                                           std::regex("[0-9a-f]{64}"))),
               "64 hex digits or null");
    }
    for (size_t i = 0; meta["changes"].is_array() && i < meta["changes"].size(); ++i)
        c.keys(meta["changes"][i], QStringLiteral("$.report.changes[%1]").arg(i),
               {"id", "time", "status", "fix", "ruleId", "account", "message"});
    if (!meta["inputFiles"].is_array() || !meta["changes"].is_array())
        c.fail(QStringLiteral("$.report"), QStringLiteral("inputFiles and changes must be arrays"));
    c.keys(doc["tool"], QStringLiteral("$.tool"), {"name", "version"});
    c.keys(doc["policy"], QStringLiteral("$.policy"),
           {"id", "name", "protocol", "port", "targets"});
    // protocol and port: the single port a one-port policy names, else null.
    c.type(doc["policy"], "port", QStringLiteral("$.policy"),
           doc["policy"]["port"].is_number_unsigned() || doc["policy"]["port"].is_null(),
           "a number or null");
    const bool targetsOk = doc["policy"]["targets"].is_array() && !doc["policy"]["targets"].empty()
        && std::all_of(doc["policy"]["targets"].begin(), doc["policy"]["targets"].end(),
                       [](const ojson &t) {
                           return t.is_object() && t.size() == 3 && t["protocol"].is_string()
                               && t["first"].is_number_unsigned() && t["last"].is_number_unsigned();
                       });
    c.type(doc["policy"], "targets", QStringLiteral("$.policy"), targetsOk,
           "a non-empty array of {protocol, first, last}");
    const bool isoTime = doc["scannedAt"].is_string()
        && std::regex_match(doc["scannedAt"].get<std::string>(),
                            std::regex(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)"));
    c.type(doc, "scannedAt", QStringLiteral("$"), isoTime, "an ISO 8601 UTC time");
    c.keys(doc["summary"], QStringLiteral("$.summary"),
           {"nsgs", "exposed", "ok", "unknown", "suppressed", "errors", "skipped", "internetFacing",
            "latent", "endpointsExposed"});
    for (const auto &item : doc["summary"].items())
        c.type(doc["summary"], item.key().c_str(), QStringLiteral("$.summary"),
               item.value().is_number_unsigned(), "a number");
    if (!doc["nsgs"].is_array() || !doc["errors"].is_array() || !doc["skipped"].is_array()) {
        c.fail(QStringLiteral("$"), QStringLiteral("nsgs, errors and skipped must be arrays"));
        return c.problems;
    }
    std::map<std::string, int> verdicts;
    for (size_t i = 0; i < doc["nsgs"].size(); ++i) {
        const ojson &n = doc["nsgs"][i];
        const QString p = QStringLiteral("$.nsgs[%1]").arg(i);
        c.keys(n, p,
               {"id", "name", "subscriptionId", "resourceGroup", "location", "verdict",
                "ruleByRuleVerdict", "reason", "allowedPublicRanges", "publicAddressCount",
                "exposingRules", "shadowedRules", "attachedTo", "reachability", "overriddenBy",
                "suppression", "securityRules", "defaultSecurityRules", "readProblems"});
        if (!c.problems.isEmpty())
            return c.problems;
        for (const char *k :
             {"id", "name", "subscriptionId", "resourceGroup", "location", "reason"})
            c.type(n, k, p, n[k].is_string(), "a string");
        auto verdict = [](const ojson &v) {
            return v.is_string() && (v == "exposed" || v == "ok" || v == "unknown");
        };
        c.type(n, "verdict", p, verdict(n["verdict"]), "exposed|ok|unknown");
        c.type(n, "ruleByRuleVerdict", p, verdict(n["ruleByRuleVerdict"]), "exposed|ok|unknown");
        if (n["verdict"].is_string())
            ++verdicts[n["verdict"].get<std::string>()];
        c.stringArray(n, "allowedPublicRanges", p);
        c.keys(n["publicAddressCount"], p + QLatin1String(".publicAddressCount"), {"ipv4", "ipv6"});
        c.type(n["publicAddressCount"], "ipv4", p,
               n["publicAddressCount"]["ipv4"].is_number_unsigned(), "a number");
        const bool decimal = n["publicAddressCount"]["ipv6"].is_string()
            && std::regex_match(n["publicAddressCount"]["ipv6"].get<std::string>(),
                                std::regex("[0-9]+"));
        c.type(n["publicAddressCount"], "ipv6", p, decimal, "a decimal string");
        for (size_t k = 0; n["exposingRules"].is_array() && k < n["exposingRules"].size(); ++k) {
            const ojson &r = n["exposingRules"][k];
            const QString rp = p + QStringLiteral(".exposingRules[%1]").arg(k);
            c.keys(r, rp, {"name", "priority", "ranges", "fix"});
            c.type(r, "name", rp, r["name"].is_string(), "a string");
            c.type(r, "priority", rp, r["priority"].is_number_integer(), "a number");
            c.stringArray(r, "ranges", rp);
            // The fix in every format: {kind, placeholder, ruleId, arm|az|powershell|bicep|
            // terraform: {blocks: [{heading, language, code}], notes: [...]}}.
            const ojson &fix = r["fix"];
            const QString fp = rp + QStringLiteral(".fix");
            c.keys(fix, fp,
                   {"kind", "placeholder", "ruleId", "ownerTag", "arm", "az", "powershell", "bicep",
                    "terraform"});
            c.type(fix, "ownerTag", fp, fix["ownerTag"].is_null() || fix["ownerTag"].is_string(),
                   "a string or null");
            c.type(fix, "kind", fp, fix["kind"] == "restrictSource", "restrictSource");
            c.type(fix, "placeholder", fp, fix["placeholder"] == "<TRUSTED-RANGES>",
                   "<TRUSTED-RANGES>");
            c.type(fix, "ruleId", fp,
                   fix["ruleId"].is_string()
                       && fix["ruleId"].get<std::string>().find("/securityRules/")
                           != std::string::npos,
                   "a rule's id");
            for (const char *format : {"arm", "az", "powershell", "bicep", "terraform"}) {
                const ojson &f = fix[format];
                const QString ffp = fp + QLatin1Char('.') + QLatin1String(format);
                c.keys(f, ffp, {"blocks", "notes"});
                c.stringArray(f, "notes", ffp);
                c.type(f, "blocks", ffp, f["blocks"].is_array() && !f["blocks"].empty(),
                       "a non-empty array");
                for (size_t b = 0; f["blocks"].is_array() && b < f["blocks"].size(); ++b) {
                    const ojson &block = f["blocks"][b];
                    const QString bp = ffp + QStringLiteral(".blocks[%1]").arg(b);
                    c.keys(block, bp, {"heading", "language", "code"});
                    for (const char *field : {"heading", "language", "code"})
                        c.type(block, field, bp, block[field].is_string(), "a string");
                    const bool placed = block["code"].is_string()
                        && block["code"].get<std::string>().find("<TRUSTED-RANGES>")
                            != std::string::npos;
                    c.type(block, "code", bp, placed || block["language"] == "hcl",
                           "code with the placeholder");
                }
            }
        }
        for (size_t k = 0; n["shadowedRules"].is_array() && k < n["shadowedRules"].size(); ++k) {
            const ojson &r = n["shadowedRules"][k];
            const QString rp = p + QStringLiteral(".shadowedRules[%1]").arg(k);
            c.keys(r, rp, {"name", "priority", "shadowedBy", "decidedBy"});
            c.type(r, "shadowedBy", rp, r["shadowedBy"].is_string() || r["shadowedBy"].is_null(),
                   "a string or null");
            c.type(r, "decidedBy", rp, r["decidedBy"].is_array(), "an array");
            for (size_t d = 0; r["decidedBy"].is_array() && d < r["decidedBy"].size(); ++d) {
                const ojson &by = r["decidedBy"][d];
                const QString bp = rp + QStringLiteral(".decidedBy[%1]").arg(d);
                c.keys(by, bp, {"name", "priority", "access", "ranges"});
                c.type(by, "name", bp, by["name"].is_string(), "a string");
                c.type(by, "priority", bp, by["priority"].is_number_integer(), "a number");
                c.type(by, "access", bp, by["access"] == "Allow" || by["access"] == "Deny",
                       "Allow or Deny");
                c.stringArray(by, "ranges", bp);
            }
            // shadowedBy names the earliest rule that decided part of its sources.
            c.type(r, "shadowedBy", rp,
                   !r["decidedBy"].is_array() || r["decidedBy"].empty()
                       || r["shadowedBy"] == r["decidedBy"][0]["name"],
                   "the first of decidedBy");
        }
        c.type(n, "exposingRules", p, n["exposingRules"].is_array(), "an array");
        c.type(n, "shadowedRules", p, n["shadowedRules"].is_array(), "an array");
        c.keys(n["attachedTo"], p + QLatin1String(".attachedTo"), {"subnets", "networkInterfaces"});
        c.stringArray(n["attachedTo"], "subnets", p + QLatin1String(".attachedTo"));
        c.stringArray(n["attachedTo"], "networkInterfaces", p + QLatin1String(".attachedTo"));
        // reachability: for an exposed NSG only.
        const ojson &reach = n["reachability"];
        c.type(n, "reachability", p,
               n["verdict"] == "exposed"
                   ? (reach == "internet-facing" || reach == "latent" || reach == "not-read")
                   : reach.is_null(),
               "internet-facing|latent|not-read for an exposed NSG, else null");
        if (reach == "internet-facing")
            ++verdicts["internetFacing"];
        if (reach == "latent")
            ++verdicts["latent"];
        c.type(n, "overriddenBy", p, n["overriddenBy"].is_null() || n["overriddenBy"].is_string(),
               "null or a string");
        c.type(n, "securityRules", p, n["securityRules"].is_array(), "an array");
        c.type(n, "defaultSecurityRules", p, n["defaultSecurityRules"].is_array(), "an array");
        c.stringArray(n, "readProblems", p);
        c.type(n, "suppression", p, n["suppression"].is_null() || n["suppression"].is_object(),
               "null or an object");
        if (n["suppression"].is_object()) {
            c.keys(n["suppression"], p + QLatin1String(".suppression"),
                   {"state", "reviewer", "reason", "expires", "created", "fingerprint",
                    "explanation"});
            const std::string state = n["suppression"].value("state", "");
            c.type(n["suppression"], "state", p + QLatin1String(".suppression"),
                   state == "active" || state == "expired" || state == "ruleChanged",
                   "active, expired or ruleChanged");
        }
    }
    size_t exposedEndpoints = 0;
    for (size_t i = 0; doc.contains("endpoints") && i < doc["endpoints"].size(); ++i) {
        const ojson &e = doc["endpoints"][i];
        const QString p = QStringLiteral("$.endpoints[%1]").arg(i);
        c.keys(e, p,
               {"via", "viaId", "publicIp", "frontendPort", "protocol", "target", "verdict",
                "decidedBy", "allowedPublicRanges", "publicAddressCount", "reason", "path"});
        if (!c.problems.isEmpty())
            return c.problems;
        c.type(e, "via", p,
               e["via"] == "publicIp" || e["via"] == "loadBalancerRule"
                   || e["via"] == "inboundNatRule" || e["via"] == "firewallDnat",
               "publicIp|loadBalancerRule|inboundNatRule|firewallDnat");
        c.type(e, "verdict", p,
               e["verdict"] == "exposed" || e["verdict"] == "blocked" || e["verdict"] == "unknown",
               "exposed|blocked|unknown");
        exposedEndpoints += e["verdict"] == "exposed";
        c.type(e, "frontendPort", p, e["frontendPort"].is_number_unsigned(), "a number");
        c.keys(e["target"], p + QLatin1String(".target"),
               {"networkInterfaceId", "ipConfigurationId", "privateIp", "port"});
        c.type(e, "decidedBy", p, e["decidedBy"].is_null() || e["decidedBy"].is_object(),
               "null or an object");
        if (e["decidedBy"].is_object()) {
            c.keys(e["decidedBy"], p + QLatin1String(".decidedBy"), {"layer", "id", "rule"});
            const ojson &layer = e["decidedBy"]["layer"];
            c.type(e["decidedBy"], "layer", p + QLatin1String(".decidedBy"),
                   layer == "adminRule" || layer == "subnetNsg" || layer == "nicNsg"
                       || layer == "firewall" || layer == "platform",
                   "adminRule|subnetNsg|nicNsg|firewall|platform");
        }
        c.type(e, "decidedBy", p, e["verdict"] == "unknown" || e["decidedBy"].is_object(),
               "an object for a decided endpoint");
        c.stringArray(e, "allowedPublicRanges", p);
        c.keys(e["publicAddressCount"], p + QLatin1String(".publicAddressCount"), {"ipv4", "ipv6"});
        c.type(e, "reason", p, e["reason"].is_string() && !e["reason"].get<std::string>().empty(),
               "a non-empty string");
        c.stringArray(e, "path", p);
    }
    for (size_t i = 0; doc.contains("networkInterfaces") && i < doc["networkInterfaces"].size();
         ++i) {
        const ojson &n = doc["networkInterfaces"][i];
        const QString p = QStringLiteral("$.networkInterfaces[%1]").arg(i);
        if (doc.contains("endpoints")) {
            // The reachability view of a NIC.
            c.keys(n, p,
                   {"id", "name", "subscriptionId", "resourceGroup", "verdict", "reason",
                    "endpoints"});
            c.type(n, "verdict", p,
                   n["verdict"] == "exposed" || n["verdict"] == "latent" || n["verdict"] == "ok"
                       || n["verdict"] == "unknown",
                   "exposed|latent|ok|unknown");
            c.type(n, "endpoints", p, n["endpoints"].is_number_unsigned(), "a number");
            continue;
        }
        c.keys(n, p,
               {"id", "name", "subscriptionId", "resourceGroup", "subnets", "subnetNsgs", "nicNsg",
                "verdict", "reason", "allowedPublicRanges", "publicAddressCount"});
        c.type(n, "verdict", p,
               n["verdict"] == "exposed" || n["verdict"] == "ok" || n["verdict"] == "unknown",
               "exposed|ok|unknown");
        c.stringArray(n, "subnets", p);
        c.stringArray(n, "subnetNsgs", p);
        c.stringArray(n, "allowedPublicRanges", p);
        c.type(n, "nicNsg", p, n["nicNsg"].is_null() || n["nicNsg"].is_string(),
               "null or a string");
    }
    std::vector<std::pair<const char *, const ojson *>> scopeLists{{"errors", &doc["errors"]},
                                                                   {"skipped", &doc["skipped"]}};
    for (const auto &[name, list] : scopeLists) {
        for (size_t i = 0; i < list->size(); ++i) {
            const ojson &e = (*list)[i];
            const QString p = QStringLiteral("$.%1[%2]").arg(QLatin1String(name)).arg(i);
            c.keys(e, p, {"scope", "httpStatus", "code", "message", "requestId"});
            c.type(e, "httpStatus", p,
                   e["httpStatus"].is_null() || e["httpStatus"].is_number_integer(),
                   "null or a number");
            c.type(e, "requestId", p, e["requestId"].is_null() || e["requestId"].is_string(),
                   "null or a string");
            for (const char *k : {"scope", "code", "message"})
                c.type(e, k, p, e[k].is_string(), "a string");
        }
    }
    const ojson &s = doc["summary"];
    auto expect = [&](const char *key, size_t value) {
        if (s[key] != value)
            c.fail(QStringLiteral("$.summary.%1").arg(QLatin1String(key)),
                   QStringLiteral("%1, but the document lists %2")
                       .arg(QString::fromStdString(s[key].dump()))
                       .arg(value));
    };
    expect("nsgs", doc["nsgs"].size());
    expect("exposed", size_t(verdicts["exposed"]));
    expect("ok", size_t(verdicts["ok"]));
    expect("unknown", size_t(verdicts["unknown"]));
    expect("errors", doc["errors"].size());
    expect("skipped", doc["skipped"].size());
    expect("internetFacing", size_t(verdicts["internetFacing"]));
    expect("latent", size_t(verdicts["latent"]));
    expect("endpointsExposed", exposedEndpoints);
    return c.problems;
}

} // namespace nsg::test
