// SPDX-License-Identifier: MIT
#include "nsgtestdata.h"

#include "core/audit/exposureevaluator.h"
#include "core/input/jsonfilebuffer.h"
#include "core/input/nsgreader.h"
#include "core/input/nsgwriter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace nsg;
using namespace nsg::test;
using json = nlohmann::json;

namespace {

json restNsg(
    const QString &name,
    const QString &rules = QStringLiteral("Allow 100 Tcp Internet 25; Deny 200 * 10.0.0.0/8 *"))
{
    return nsgFromDsl(rules, name);
}

// The shape `az network nsg list -o json` prints: properties lifted onto the objects.
json flatten(const json &rest)
{
    json flat = rest;
    flat.erase("properties");
    for (const auto &[k, v] : rest["properties"].items())
        flat[k] = v;
    for (const char *list : {"securityRules", "defaultSecurityRules"}) {
        for (json &rule : flat[list]) {
            json props = rule["properties"];
            rule.erase("properties");
            for (const auto &[k, v] : props.items())
                rule[k] = v;
        }
    }
    flat["resourceGroup"] = "rg1";
    return flat;
}

// A Resource Graph row: lower-case type, subscription and resource group as columns.
json graphRow(const json &rest)
{
    json row = rest;
    row["type"] = "microsoft.network/networksecuritygroups";
    row["tenantId"] = "11111111-2222-3333-4444-555555555555";
    row["subscriptionId"] = "00000000-0000-0000-0000-000000000001";
    row["resourceGroup"] = "rg1";
    row["tags"] = json::object();
    return row;
}

// Get-AzNetworkSecurityGroup | ConvertTo-Json: PascalCase, singular fields as arrays.
json powershell(const json &flat)
{
    std::function<json(const json &, bool)> convert = [&](const json &v, bool inRule) -> json {
        if (v.is_array()) {
            json out = json::array();
            for (const json &item : v)
                out.push_back(convert(item, inRule));
            return out;
        }
        if (!v.is_object())
            return v;
        json out = json::object();
        for (const auto &[k, value] : v.items()) {
            std::string key = k;
            key[0] = char(std::toupper(key[0]));
            const bool rules = k == "securityRules" || k == "defaultSecurityRules";
            json converted = convert(value, rules || inRule);
            const bool singular = inRule
                && (k == "sourcePortRange" || k == "destinationPortRange"
                    || k == "sourceAddressPrefix" || k == "destinationAddressPrefix");
            out[key] = singular ? json::array({converted}) : converted;
        }
        return out;
    };
    return convert(flat, false);
}

QStringList names(const std::vector<NetworkSecurityGroup> &nsgs)
{
    QStringList out;
    for (const NetworkSecurityGroup &n : nsgs)
        out.append(n.name());
    return out;
}

// NSGs whose descriptions and tags hold quotes, backslash runs of every length and brackets, at
// every offset: where each element ends is found only by following strings and escapes.
QByteArray escapeHeavyExport(int count)
{
    json many = json::array();
    for (int i = 0; i < count; ++i) {
        json n = flatten(restNsg(QStringLiteral("big%1").arg(i)));
        n["type"] = "Microsoft.Network/networkSecurityGroups";
        std::string description(size_t(i % 97) * 37, 'x');
        for (size_t at = size_t(i % 5); at < description.size(); at += 7)
            description[at] = (at % 3) ? '\\' : '"';
        for (size_t at = size_t(i % 3); at < description.size(); at += 11)
            description[at] = "{}[]"[at % 4]; // brackets in strings count for nothing
        n["securityRules"][0]["description"] = description;
        n["tags"] = {{"note", std::string(size_t(i % 13) * 311, '\\')}};
        many.push_back(n);
    }
    return QByteArray::fromStdString(many.dump(2));
}

QStringList verdicts(const std::vector<NetworkSecurityGroup> &nsgs)
{
    ExposureEvaluator evaluator;
    QStringList out;
    for (const NetworkSecurityGroup &n : nsgs)
        out.append(apiName(evaluator.evaluate(n).verdict));
    return out;
}

// Everything a reader hands out, as text: each NSG (its place, its whole content, its problems),
// the other resources and the envelope it passed on, errors, warnings and counts. The fast path
// (simdjson over a top-level array) must give exactly what the slow path (nlohmann) gives.
QString describeRead(const QByteArray &bytes, bool fast, const QString &file = QString(),
                     size_t chunk = 0)
{
    QString out;
    NsgReader reader([&out](NetworkSecurityGroup &&n) {
        out += QStringLiteral("nsg %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8\n")
                   .arg(n.sourcePath(), n.id(), n.name(),
                        QString::fromLatin1(n.contentDigest().toHex()), n.ownerTag(),
                        n.subnetIds().join(QLatin1Char(',')),
                        n.networkInterfaceIds().join(QLatin1Char(',')))
                   .arg(n.inboundRuleCount());
        for (const ReadProblem &p : n.problems())
            out += QStringLiteral("  problem %1\n").arg(p.toString());
    });
    reader.setFastPath(fast);
    if (chunk > 0)
        reader.setFastPathChunk(chunk);
    reader.setNetworkSinks(
        [&out](const json &element, const QString &path) {
            // Takes NICs, as NetworkCollector does; NSGs are never offered to it on the fast path
            // (it never takes them), so only what it takes is compared.
            const bool taken = element.is_object() && element.contains("type")
                && element["type"] == "Microsoft.Network/networkInterfaces";
            if (taken)
                out += QStringLiteral("resource %1 %2\n")
                           .arg(path, QString::fromStdString(element.dump()));
            return taken;
        },
        [&out](const json &top) {
            out += QStringLiteral("envelope %1\n").arg(QString::fromStdString(top.dump()));
        });
    if (file.isEmpty()) {
        reader.readBytes(bytes, QStringLiteral("test.json"));
    } else {
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(file));
        f.close();
        if (!reader.readFile(file))
            out += QStringLiteral("failed %1\n").arg(reader.errorString());
        out += QStringLiteral("sha256 %1 %2\n").arg(reader.sha256()).arg(reader.bytesHashed());
    }
    for (const InputError &e : reader.errors())
        out += QStringLiteral("error %1 %2 %3\n").arg(e.code, e.message).arg(e.offset);
    for (const QString &w : reader.warnings())
        out += QStringLiteral("warning %1\n").arg(w);
    out += QStringLiteral("count %1 brokeOff %2 report %3\n")
               .arg(reader.nsgCount())
               .arg(reader.brokeOff())
               .arg(reader.report().has_value());
    return out;
}

QString firstProblem(const NetworkSecurityGroup &nsg)
{
    return nsg.problems().isEmpty() ? QString() : nsg.problems().front().toString();
}

} // namespace

class TestNsgReader final : public QObject
{
    Q_OBJECT

private slots:
    void readsEveryShape_data();
    void readsEveryShape();
    void readsTheSampleExport();
    void keepsFieldsAsWritten();
    void keepsEveryTextBesideSharedDefaults();
    void rulesShareTheEtagARowLacks();
    void namesTheJsonPathOfBadData_data();
    void namesTheJsonPathOfBadData();
    void partlyBadFileKeepsTheGoodNsgs();
    void truncatedFileKeepsWhatWasRead();
    void rejectsWhatIsNotAnExport_data();
    void rejectsWhatIsNotAnExport();
    void reportsIncompleteExports();
    void readsEncodings_data();
    void readsEncodings();
    void skipsOtherResourceTypes();
    void hostileStructure();
    void missingFile();
    void parsesEveryAzureSpecExample();
    void fastPathReadsLikeTheSlowPath_data();
    void fastPathReadsLikeTheSlowPath();
    void fastPathReadsEveryTestFileLikeTheSlowPath();
    void fastPathFindsEveryElementsEnd();
    void pagesTakeTheFastPath();
    void hashesTheFileWhileReadingIt();
    void ruleTextIsTheTreesDump();
};

void TestNsgReader::readsEveryShape_data()
{
    QTest::addColumn<QByteArray>("input");
    const json a = restNsg(QStringLiteral("nsg-a"));
    const json b = restNsg(QStringLiteral("nsg-b"), QStringLiteral("Allow 100 Tcp 10.0.0.0/8 25"));

    QTest::newRow("array of REST objects") << QByteArray::fromStdString(json::array({a, b}).dump());
    QTest::newRow("az network nsg list (flattened)")
        << QByteArray::fromStdString(json::array({flatten(a), flatten(b)}).dump(2));
    QTest::newRow("ARM list page")
        << QByteArray::fromStdString(json{{"value", {a, b}}, {"nextLink", nullptr}}.dump());
    QTest::newRow("Resource Graph response") << QByteArray::fromStdString(json{
        {"totalRecords", 2},
        {"count", 2},
        {"data", {graphRow(a), graphRow(b)}},
        {"facets", json::array()},
        {"resultTruncated", "false"}}.dump());
    QTest::newRow("Resource Graph bare rows")
        << QByteArray::fromStdString(json::array({graphRow(a), graphRow(b)}).dump());
    json columns = json::array();
    json rowA = json::array(), rowB = json::array();
    const json graphA = graphRow(a), graphB = graphRow(b);
    for (const auto &[k, v] : graphA.items()) {
        columns.push_back({{"name", k}, {"type", "string"}});
        rowA.push_back(v);
        rowB.push_back(graphB[k]);
    }
    QTest::newRow("Resource Graph table format") << QByteArray::fromStdString(
        json{{"data", {{"columns", columns}, {"rows", {rowA, rowB}}}}}.dump());
    QTest::newRow("array of list pages") << QByteArray::fromStdString(
        json::array({json{{"value", {a}}}, json{{"value", {b}}}}).dump());
    QTest::newRow("PowerShell ConvertTo-Json") << QByteArray::fromStdString(
        json::array({powershell(flatten(a)), powershell(flatten(b))}).dump(4));
    QTest::newRow("UTF-8 byte order mark")
        << QByteArray("\xEF\xBB\xBF") + QByteArray::fromStdString(json::array({a, b}).dump());
}

void TestNsgReader::readsEveryShape()
{
    QFETCH(QByteArray, input);
    QList<InputError> errors;
    const std::vector<NetworkSecurityGroup> nsgs = readAll(input, &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).toString()));
    QCOMPARE(names(nsgs), (QStringList{QStringLiteral("nsg-a"), QStringLiteral("nsg-b")}));
    QCOMPARE(verdicts(nsgs), (QStringList{QStringLiteral("exposed"), QStringLiteral("ok")}));
    for (const NetworkSecurityGroup &n : nsgs) {
        QVERIFY2(n.problems().isEmpty(), qPrintable(firstProblem(n)));
        QCOMPARE(n.resourceGroup(), QStringLiteral("rg1"));
        QCOMPARE(n.subscriptionId(), QStringLiteral("00000000-0000-0000-0000-000000000001"));
        QVERIFY(!n.defaultRulesAssumed());
        QCOMPARE(n.inboundDefaultRules().size(), 3);
        QCOMPARE(n.subnetIds().size(), 1);
    }
    QCOMPARE(nsgs[0].customRules().size(), 2);
}

void TestNsgReader::readsTheSampleExport()
{
    const QByteArray bytes =
        readFile(QStringLiteral(NSG_SOURCE_DIR "/resources/demo/sample-export.json"));
    QList<InputError> errors;
    const std::vector<NetworkSecurityGroup> nsgs = readAll(bytes, &errors);
    QVERIFY(errors.isEmpty());
    QCOMPARE(int(nsgs.size()), 15);
    for (const NetworkSecurityGroup &n : nsgs) {
        QVERIFY2(n.problems().isEmpty(), qPrintable(firstProblem(n)));
        // Real default rules equal to Azure's share one copy.
        QVERIFY(n.usesStandardDefaultRules());
    }
    // Same name, two resource groups: two NSGs.
    QStringList apps;
    for (const NetworkSecurityGroup &n : nsgs) {
        if (n.name() == QLatin1String("nsg-app"))
            apps.append(n.resourceGroup());
    }
    QCOMPARE(apps, (QStringList{QStringLiteral("rg-app-prod"), QStringLiteral("rg-app-test")}));
}

void TestNsgReader::keepsFieldsAsWritten()
{
    json nsg =
        flatten(restNsg(QStringLiteral("nsg-a"), QStringLiteral("Allow 100 tcp INTERNET 20-30")));
    nsg["etag"] = "W/\"abc\"";
    json &rule = nsg["securityRules"][0];
    rule["access"] = "ALLOW";
    rule["direction"] = "inbound";
    rule["description"] = "Left over from the migration";
    rule["id"] = nsg["id"].get<std::string>() + "/securityRules/rule1";
    rule["etag"] = "W/\"abc\"";
    rule["sourceAddressPrefixes"] = json::array();
    rule["destinationPortRanges"] = json::array();
    rule["sourceApplicationSecurityGroups"] = json::array();
    const NetworkSecurityGroup read = readOne(nsg);
    QVERIFY2(read.problems().isEmpty(), qPrintable(firstProblem(read)));
    const SecurityRule r = read.customRules()[0];
    QCOMPARE(r.name(), QStringLiteral("rule1"));
    QCOMPARE(r.priority(), 100);
    QCOMPARE(r.protocol(), Protocol::Tcp);
    QCOMPARE(r.access(), Access::Allow);
    QCOMPARE(r.direction(), Direction::Inbound);
    QCOMPARE(r.description(), QStringLiteral("Left over from the migration"));
    QCOMPARE(r.sourceAddressPrefixes(), QStringList{QStringLiteral("INTERNET")});
    QCOMPARE(r.destinationPortRanges(), QStringList{QStringLiteral("20-30")});
    QCOMPARE(r.destinationPorts().toString(), QStringLiteral("20-30"));
    QVERIFY(r.sourceKinds().hasAnyLike());
    // Id and etag repeat the NSG's, so they are derived rather than stored.
    QVERIFY(r.explicitId().isEmpty());
    QVERIFY(r.explicitEtag().isEmpty());
    QCOMPARE(read.ruleId(r),
             QString::fromStdString(nsg["id"].get<std::string>())
                 + QLatin1String("/securityRules/rule1"));
    QCOMPARE(read.etag(), QStringLiteral("W/\"abc\""));
    QCOMPARE(read.location(), QStringLiteral("westeurope"));
}

void TestNsgReader::keepsEveryTextBesideSharedDefaults()
{
    // An NSG as az prints it, with Azure's six default rules (shared, their text not kept), and
    // every combination of the texts a rule may lack on its second rule.
    const json all = json::parse(syntheticExport(5, 1, 6, 0.0));
    const json base = flatten(all.at(0));
    QVERIFY(readOne(base).usesStandardDefaultRules());
    const std::string nsgId = base["id"].get<std::string>();
    for (int mask = 0; mask < 64; ++mask) {
        json nsg = base;
        json &rule = nsg["securityRules"][1];
        const std::string name = rule["name"].get<std::string>();
        if (mask & 1)
            rule["description"] = "Kept for the vendor's relay";
        else
            rule.erase("description");
        if (mask & 2)
            rule["id"] = "/subscriptions/x/resourceGroups/y/providers/Microsoft.Network/"
                         "networkSecurityGroups/z/securityRules/moved";
        if (mask & 4)
            rule["etag"] = "W/\"another\"";
        if (mask & 8)
            rule["protocol"] = "Tcpx";
        if (mask & 16)
            rule["access"] = "Permit";
        if (mask & 32)
            rule["direction"] = "Sideways";
        const NetworkSecurityGroup read = readOne(nsg);
        QVERIFY(read.usesStandardDefaultRules());
        QCOMPARE(read.defaultRules().size(), 6);
        QCOMPARE(read.customRules().size(), 6);
        QCOMPARE(read.id(), QString::fromStdString(nsgId));
        QCOMPARE(read.etag(), QString::fromStdString(base["etag"].get<std::string>()));
        QCOMPARE(read.location(), QString::fromStdString(base["location"].get<std::string>()));
        for (const SecurityRule &r : read.customRules()) {
            const auto in = std::find_if(
                nsg["securityRules"].begin(), nsg["securityRules"].end(),
                [&r](const json &j) { return QString::fromStdString(j["name"]) == r.name(); });
            QVERIFY2(in != nsg["securityRules"].end(), qPrintable(r.name()));
            const json &j = *in;
            const bool changed = j["name"] == name;
            QCOMPARE(r.description(),
                     QString::fromStdString(j.value("description", std::string())));
            QCOMPARE(r.explicitId(),
                     changed && (mask & 2) ? QString::fromStdString(j["id"]) : QString());
            QCOMPARE(r.explicitEtag(),
                     changed && (mask & 4) ? QStringLiteral("W/\"another\"") : QString());
            QCOMPARE(r.rawProtocol(), changed && (mask & 8) ? QStringLiteral("Tcpx") : QString());
            QCOMPARE(r.rawAccess(), changed && (mask & 16) ? QStringLiteral("Permit") : QString());
            QCOMPARE(r.rawDirection(),
                     changed && (mask & 32) ? QStringLiteral("Sideways") : QString());
            QCOMPARE(r.isMalformed(), changed && (mask & 56) != 0);
            QCOMPARE(r.priority(), j["priority"].get<int>());
            auto listed = [&j](const char *singular, const char *plural) {
                QStringList out;
                if (j.contains(singular))
                    out.append(QString::fromStdString(j[singular]));
                for (const json &p : j[plural])
                    out.append(QString::fromStdString(p));
                return out;
            };
            QCOMPARE(r.destinationPortRanges(),
                     listed("destinationPortRange", "destinationPortRanges"));
            QCOMPARE(r.sourceAddressPrefixes(),
                     listed("sourceAddressPrefix", "sourceAddressPrefixes"));
            QStringList asgs;
            for (const json &a : j.value("sourceApplicationSecurityGroups", json::array()))
                asgs.append(QString::fromStdString(a["id"]));
            QCOMPARE(r.sourceApplicationSecurityGroups(), asgs);
        }
        // The same NSG without its default rules keeps the same texts: the shared ones left
        // nothing behind.
        json bare = nsg;
        bare.erase("defaultSecurityRules");
        const NetworkSecurityGroup assumed = readOne(bare);
        QVERIFY(assumed.defaultRulesAssumed());
        QCOMPARE(assumed.customRules().size(), 6);
        for (int i = 0; i < 6; ++i) {
            QCOMPARE(assumed.customRules()[i].name(), read.customRules()[i].name());
            QCOMPARE(assumed.customRules()[i].sourceAddressPrefixes(),
                     read.customRules()[i].sourceAddressPrefixes());
        }
    }
}

// A Resource Graph row has no etag of its own; its rules carry the NSG's (ARM gives child
// resources their parent's). The first rule's stands for all: shared default rules stay shared,
// and every rule still says its etag.
void TestNsgReader::rulesShareTheEtagARowLacks()
{
    json row = flatten(json::parse(syntheticExport(9, 1, 6, 0.0)).at(0));
    const std::string etag = row["etag"];
    row.erase("etag");
    row["securityRules"][2]["etag"] = "W/\"edited-alone\"";
    const NetworkSecurityGroup read = readOne(row);
    QVERIFY(read.etag().isEmpty());
    QVERIFY(read.usesStandardDefaultRules());
    for (const SecurityRule &r : read.customRules()) {
        const auto in = std::find_if(
            row["securityRules"].begin(), row["securityRules"].end(),
            [&r](const json &j) { return QString::fromStdString(j["name"]) == r.name(); });
        QVERIFY(in != row["securityRules"].end());
        QCOMPARE(read.ruleEtag(r), QString::fromStdString((*in)["etag"]));
        QCOMPARE(r.explicitEtag().isEmpty(), (*in)["etag"] == etag);
    }
    for (const SecurityRule &r : read.defaultRules())
        QCOMPARE(read.ruleEtag(r), QString::fromStdString(etag));
    // With its etag, an NSG's rules say it.
    row["etag"] = etag;
    const NetworkSecurityGroup withEtag = readOne(row);
    QCOMPARE(withEtag.ruleEtag(withEtag.customRules()[0]), QString::fromStdString(etag));
}

void TestNsgReader::namesTheJsonPathOfBadData_data()
{
    QTest::addColumn<QString>("field"); // JSON pointer into nsg 3's rule 2 (flattened: its fields)
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("problem");
    QTest::addColumn<QString>("verdict");

    QTest::newRow("priority as a string")
        << "priority" << QByteArray("\"high\"")
        << "$[3].properties.securityRules[2].properties.priority: expected a number, found a string"
        << "unknown";
    QTest::newRow("priority fraction") << "priority" << QByteArray("100.5")
                                       << "$[3].properties.securityRules[2].properties.priority: "
                                          "expected a whole number, found 100.5"
                                       << "unknown";
    QTest::newRow("bad CIDR in a list")
        << "sourceAddressPrefixes" << QByteArray("[\"10.0.0.0/8\", \"300.1.1.1\"]")
        << "$[3].properties.securityRules[2].properties.sourceAddressPrefixes[1]: '300.1.1.1' is "
           "not a valid IP address or CIDR range: octet 300 is larger than 255"
        << "unknown";
    QTest::newRow("protocol as a number") << "protocol" << QByteArray("6")
                                          << "$[3].properties.securityRules[2].properties.protocol:"
                                             " '6' is not a protocol (Tcp, Udp, Icmp, Esp, Ah or *)"
                                          << "unknown";
    QTest::newRow("access missing")
        << "access" << QByteArray() << "$[3].properties.securityRules[2].properties.access: missing"
        << "unknown";
    QTest::newRow("ports as an object")
        << "destinationPortRanges" << QByteArray("{\"a\": 1}")
        << "$[3].properties.securityRules[2].properties.destinationPortRanges: expected an array, "
           "found an object"
        << "unknown";
}

void TestNsgReader::namesTheJsonPathOfBadData()
{
    QFETCH(QString, field);
    QFETCH(QByteArray, value);
    QFETCH(QString, problem);
    QFETCH(QString, verdict);

    json nsgs = json::array();
    for (int i = 0; i < 4; ++i)
        nsgs.push_back(restNsg(QStringLiteral("nsg%1").arg(i),
                               QStringLiteral("Allow 100 Tcp 10.0.0.0/8 22; Allow 110 Tcp "
                                              "10.0.0.0/8 80; Allow 120 Tcp 10.0.0.0/8 25")));
    json &props = nsgs[3]["properties"]["securityRules"][2]["properties"];
    props.erase("sourceAddressPrefix");
    props.erase(field.toStdString());
    if (!value.isEmpty())
        props[field.toStdString()] = json::parse(value.toStdString());
    if (field != QLatin1String("sourceAddressPrefixes"))
        props["sourceAddressPrefix"] = "Internet";

    const std::vector<NetworkSecurityGroup> read = readAll(QByteArray::fromStdString(nsgs.dump()));
    QCOMPARE(int(read.size()), 4);
    QCOMPARE(
        verdicts(read),
        (QStringList{QStringLiteral("ok"), QStringLiteral("ok"), QStringLiteral("ok"), verdict}));
    QVERIFY(read[3].problems().size() >= 1);
    QCOMPARE(read[3].problems().front().toString(), problem);
}

void TestNsgReader::partlyBadFileKeepsTheGoodNsgs()
{
    json good = restNsg(QStringLiteral("good"));
    json noRules = restNsg(QStringLiteral("no-rules"));
    noRules["properties"].erase("securityRules");
    json rulesNotArray = restNsg(QStringLiteral("rules-not-array"));
    rulesNotArray["properties"]["securityRules"] = "none";
    json ruleNotObject = restNsg(QStringLiteral("rule-not-object"));
    ruleNotObject["properties"]["securityRules"].push_back(42);
    const json file = json::array({good, noRules, 17, rulesNotArray, ruleNotObject, good});
    const std::vector<NetworkSecurityGroup> read = readAll(QByteArray::fromStdString(file.dump()));
    QCOMPARE(int(read.size()), 6);
    QCOMPARE(verdicts(read),
             (QStringList{QStringLiteral("exposed"), QStringLiteral("unknown"),
                          QStringLiteral("unknown"), QStringLiteral("unknown"),
                          QStringLiteral("unknown"), QStringLiteral("exposed")}));
    QCOMPARE(firstProblem(read[1]),
             QStringLiteral("$[1].properties.securityRules: missing: without the rules nothing can "
                            "be said about this NSG"));
    QCOMPARE(firstProblem(read[2]), QStringLiteral("$[2]: expected an NSG object, found a number"));
    QCOMPARE(firstProblem(read[3]),
             QStringLiteral("$[3].properties.securityRules: expected an array, found a string"));
    QCOMPARE(
        firstProblem(read[4]),
        QStringLiteral("$[4].properties.securityRules[2]: expected a rule object, found a number"));
    QCOMPARE(read[2].displayName(), QStringLiteral("test.json $[2]"));
}

void TestNsgReader::truncatedFileKeepsWhatWasRead()
{
    const QByteArray whole =
        readFile(QStringLiteral(NSG_SOURCE_DIR "/resources/demo/sample-export.json"));
    const QByteArray cut = whole.left(whole.size() * 6 / 10);
    QList<InputError> errors;
    const std::vector<NetworkSecurityGroup> read = readAll(cut, &errors);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors[0].code, QStringLiteral("InvalidJson"));
    QCOMPARE(errors[0].offset, qint64(cut.size()));
    QVERIFY(errors[0].message.contains(QLatin1String("nothing after it was read")));
    QVERIFY(read.size() >= 5 && read.size() < 15);
    const QStringList v = verdicts(read);
    for (qsizetype i = 0; i + 1 < v.size(); ++i)
        QVERIFY2(v[i] != QLatin1String("unknown"), qPrintable(read[size_t(i)].name()));
    // The NSG the file broke off in is reported as unknown, with its place in the file (and its
    // name when the cut came after it).
    QCOMPARE(v.last(), QStringLiteral("unknown"));
    QCOMPARE(read.back().sourcePath(), QStringLiteral("$[%1]").arg(read.size() - 1));
    QVERIFY(firstProblem(read.back()).contains(QLatin1String("breaks off")));
}

void TestNsgReader::rejectsWhatIsNotAnExport_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("code");
    QTest::newRow("a number") << QByteArray("42") << "NotAnExport";
    QTest::newRow("a string") << QByteArray("\"nsg\"") << "NotAnExport";
    QTest::newRow("another object") << QByteArray("{\"foo\": 1, \"bar\": [1,2]}") << "NotAnExport";
    QTest::newRow("empty file") << QByteArray() << "InvalidJson";
    QTest::newRow("trailing garbage") << QByteArray("[] x") << "InvalidJson";
    QTest::newRow("invalid UTF-8") << QByteArray("[{\"name\": \"\xff\xfe\"}]") << "InvalidJson";
}

void TestNsgReader::rejectsWhatIsNotAnExport()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, code);
    QList<InputError> errors;
    const std::vector<NetworkSecurityGroup> read = readAll(input, &errors);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors[0].code, code);
    for (const NetworkSecurityGroup &n : read)
        QVERIFY(n.hasFatalProblem());
}

void TestNsgReader::reportsIncompleteExports()
{
    const json a = restNsg(QStringLiteral("nsg-a"));
    QList<InputError> errors;
    QCOMPARE(
        int(readAll(
                QByteArray::fromStdString(
                    json{{"value", {a}}, {"nextLink", "https://management.azure.com/next"}}.dump()),
                &errors)
                .size()),
        1);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors[0].code, QStringLiteral("IncompleteExport"));
    readAll(QByteArray::fromStdString(
                json{{"data", {graphRow(a)}}, {"resultTruncated", "true"}}.dump()),
            &errors);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors[0].code, QStringLiteral("IncompleteExport"));
    readAll(QByteArray::fromStdString(json{{"data", {graphRow(a)}}, {"$skipToken", "abc"}}.dump()),
            &errors);
    QCOMPARE(errors.size(), 1);
}

void TestNsgReader::readsEncodings_data()
{
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<bool>("bom");
    QTest::newRow("UTF-8") << "UTF-8" << false;
    QTest::newRow("UTF-16LE with BOM") << "UTF-16LE" << true;
    QTest::newRow("UTF-16BE with BOM") << "UTF-16BE" << true;
    QTest::newRow("UTF-16LE without BOM") << "UTF-16LE" << false;
}

void TestNsgReader::readsEncodings()
{
    QFETCH(QString, encoding);
    QFETCH(bool, bom);
    // Enough NSGs to cross the reader's 1 MiB chunks, with a character outside the BMP so a
    // surrogate pair can straddle a chunk boundary.
    json nsgs = json::array();
    for (int i = 0; i < 400; ++i) {
        json n = flatten(restNsg(QStringLiteral("nsg-%1-\u00e9\U0001F4E7").arg(i)));
        n["tags"] = {{"owner", std::string(900, 'x')}};
        nsgs.push_back(n);
    }
    const QString text = QString::fromStdString(nsgs.dump(2));
    QStringEncoder encoder(encoding == QLatin1String("UTF-8")          ? QStringEncoder::Utf8
                               : encoding == QLatin1String("UTF-16LE") ? QStringEncoder::Utf16LE
                                                                       : QStringEncoder::Utf16BE,
                           bom ? QStringEncoder::Flag::WriteBom : QStringEncoder::Flag::Default);
    const QByteArray bytes = encoder.encode(text);
    QVERIFY(bytes.size() > (1 << 20));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("export.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    f.close();

    std::vector<NetworkSecurityGroup> read;
    NsgReader reader([&read](NetworkSecurityGroup &&n) { read.push_back(std::move(n)); });
    QVERIFY(reader.readFile(path));
    QVERIFY2(reader.errors().isEmpty(), qPrintable(reader.errors().value(0).toString()));
    QCOMPARE(int(read.size()), 400);
    QCOMPARE(read[399].name(), QStringLiteral("nsg-399-\u00e9\U0001F4E7"));
    QCOMPARE(read[0].sourceFile(), path);
    QCOMPARE(read[7].sourcePath(), QStringLiteral("$[7]"));
    QCOMPARE(verdicts(read).count(QStringLiteral("exposed")), 400);
}

void TestNsgReader::skipsOtherResourceTypes()
{
    json nic = {
        {"id",
         "/subscriptions/s/resourceGroups/rg1/providers/Microsoft.Network/networkInterfaces/nic1"},
        {"name", "nic1"},
        {"type", "microsoft.network/networkinterfaces"}};
    QStringList warnings;
    QList<InputError> errors;
    const std::vector<NetworkSecurityGroup> read =
        readAll(QByteArray::fromStdString(
                    json::array({graphRow(restNsg(QStringLiteral("a"))), nic}).dump()),
                &errors, &warnings);
    QCOMPARE(int(read.size()), 1);
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings[0].contains(QLatin1String("'nic1'"))
                 && warnings[0].contains(QLatin1String("networkinterfaces")),
             qPrintable(warnings[0]));
}

void TestNsgReader::hostileStructure()
{
    json deep = json::array();
    for (int i = 0; i < 200; ++i)
        deep = json::array({deep});
    json nested = restNsg(QStringLiteral("deep"));
    nested["tags"] = {{"x", deep}};
    const QByteArray duplicate =
        R"([{"id": "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/networkSecurityGroups/dup",
             "properties": {"securityRules": [{"name": "r", "properties": {"priority": 100, "priority": 4000,
             "protocol": "Tcp", "access": "Allow", "direction": "Inbound", "sourcePortRange": "*",
             "destinationPortRange": "25", "sourceAddressPrefix": "*", "destinationAddressPrefix": "*"}}]}}])";
    std::vector<NetworkSecurityGroup> read =
        readAll(QByteArray::fromStdString(json::array({nested}).dump()));
    QCOMPARE(int(read.size()), 1);
    QCOMPARE(verdicts(read), QStringList{QStringLiteral("unknown")});
    QVERIFY(firstProblem(read[0]).contains(QLatin1String("nested deeper")));
    read = readAll(duplicate);
    QCOMPARE(verdicts(read), QStringList{QStringLiteral("unknown")});
    QVERIFY(firstProblem(read[0]).contains(QLatin1String("duplicate key 'priority'")));
}

void TestNsgReader::missingFile()
{
    NsgReader reader([](NetworkSecurityGroup &&) { QFAIL("nothing to read"); });
    QVERIFY(!reader.readFile(QStringLiteral("/nonexistent/export.json")));
    QVERIFY(reader.errorString().contains(QLatin1String("/nonexistent/export.json")));
    QVERIFY(!reader.readFile(QDir::tempPath()));
}

void TestNsgReader::parsesEveryAzureSpecExample()
{
    const QDir dir(QStringLiteral(NSG_FIXTURES_DIR));
    if (!dir.exists())
        QSKIP("../shared/fixtures/azure-rest-api-specs is not present on this machine");
    int nsgCount = 0;
    const QStringList files =
        dir.entryList({QStringLiteral("NetworkSecurityGroup*.json")}, QDir::Files);
    QVERIFY(!files.isEmpty());
    for (const QString &file : files) {
        const json example = json::parse(readFile(dir.filePath(file)).toStdString());
        std::vector<json> bodies;
        for (const auto &[status, response] : example["responses"].items()) {
            if (response.contains("body"))
                bodies.push_back(response["body"]);
        }
        // A PUT request body, when it carries rules (a bare {"location"} is not an export).
        if (example["parameters"].contains("parameters")
            && example["parameters"]["parameters"].contains("properties"))
            bodies.push_back(example["parameters"]["parameters"]);
        for (const json &body : bodies) {
            // Rule examples (…GroupRule*.json) hold rules, not NSGs: read them as one NSG's rules.
            json input = body;
            if (file.startsWith(QLatin1String("NetworkSecurityGroupRule"))) {
                json rules = body.contains("value") ? body["value"] : json::array({body});
                input = {{"id",
                          "/subscriptions/subid/resourceGroups/rg1/providers/Microsoft.Network/"
                          "networkSecurityGroups/testnsg"},
                         {"properties", {{"securityRules", rules}}}};
            }
            QList<InputError> errors;
            const std::vector<NetworkSecurityGroup> read =
                readAll(QByteArray::fromStdString(input.dump()), &errors);
            QVERIFY2(errors.isEmpty(),
                     qPrintable(file + QLatin1String(": ") + errors.value(0).toString()));
            QVERIFY2(!read.empty(), qPrintable(file));
            ExposureEvaluator evaluator;
            for (const NetworkSecurityGroup &n : read) {
                for (const ReadProblem &p : n.problems())
                    QVERIFY2(p.severity == ReadProblem::Severity::Warning,
                             qPrintable(file + QLatin1String(": ") + p.toString()));
                // The examples open ports 80 and 8080 and the like, never 25.
                QCOMPARE(apiName(evaluator.evaluate(n).verdict), QStringLiteral("ok"));
                ++nsgCount;
            }
        }
    }
    QVERIFY(nsgCount >= 8);
}

void TestNsgReader::fastPathReadsLikeTheSlowPath_data()
{
    QTest::addColumn<QByteArray>("input");
    const json a = restNsg(QStringLiteral("a"));
    const json b = restNsg(QStringLiteral("b"), QStringLiteral("Deny 100 * * *"));
    auto typed = [](json nsg) {
        nsg["type"] = "Microsoft.Network/networkSecurityGroups";
        return nsg;
    };
    auto bytes = [](const json &j, int indent = -1) {
        return QByteArray::fromStdString(j.dump(indent));
    };
    const QByteArray nsgA = bytes(typed(a));
    const QByteArray nsgB = bytes(typed(b));
    const json az = json::array({flatten(typed(a)), flatten(typed(b))});
    QTest::newRow("az export, indented") << bytes(az, 2);
    QTest::newRow("az export, compact") << bytes(az);
    QTest::newRow("synthetic az export")
        << QByteArray::fromStdString(syntheticExport(7, 40, 12, 0.2, 8));
    QTest::newRow("REST shape") << bytes(json::array({typed(a), typed(b)}));
    QTest::newRow("without a type") << bytes(json::array({a, b}));
    QTest::newRow("PowerShell") << bytes(json::array({powershell(flatten(typed(a)))}));
    QTest::newRow("graph rows") << bytes(json::array({graphRow(a), graphRow(b)}));
    QTest::newRow("a page in the array")
        << bytes(json::array({{{"value", json::array({typed(a), typed(b)})}}}));
    const json nic = {
        {"type", "Microsoft.Network/networkInterfaces"},
        {"id",
         "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/networkInterfaces/n1"},
        {"properties", {{"ipConfigurations", json::array()}}}};
    const json vm = {{"type", "Microsoft.Compute/virtualMachines"}, {"name", "vm1"}};
    QTest::newRow("other resources between") << bytes(json::array({nic, typed(a), vm, typed(b)}));
    QTest::newRow("duplicate key in a rule")
        << QByteArray(
               R"([{"type": "Microsoft.Network/networkSecurityGroups", "id": "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/networkSecurityGroups/dup",
            "properties": {"securityRules": [{"name": "r", "properties": {"priority": 100, "priority": 4000,
            "protocol": "Tcp", "access": "Allow", "direction": "Inbound", "sourcePortRange": "*",
            "destinationPortRange": "25", "sourceAddressPrefix": "*", "destinationAddressPrefix": "*"}}]}}, )")
            + nsgB + "]";
    QTest::newRow("duplicate top key") << QByteArray(
        R"([{"type": "Microsoft.Network/networkSecurityGroups", "name": "x", "name": "y", "properties": {"securityRules": []}}])");
    json deep = json::array();
    for (int i = 0; i < 70; ++i)
        deep = json::array({deep});
    json nested = typed(a);
    nested["tags"] = {{"x", deep}};
    QTest::newRow("nested 70 deep") << bytes(json::array({nested, typed(b)}));
    json deep60 = json::object();
    for (int i = 0; i < 60; ++i)
        deep60 = json::object({{"k", deep60}});
    json near = typed(a);
    for (int extra = 0; extra < 4; ++extra) {
        near["tags"] = {{"x", deep60}};
        QTest::addRow("nested near the limit, %d", extra) << bytes(json::array({near}));
        deep60 = json::object({{"k", deep60}});
    }
    QTest::newRow("keys in other letter case") << QByteArray(
        R"([{"type": "Microsoft.Network/networkSecurityGroups", "Name": "first", "NAME": "second", "nAme": "third", "ID": "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/networkSecurityGroups/case",
            "Properties": {"SecurityRules": [{"Name": "r", "Properties": {"Priority": 100, "Protocol": "tcp", "Access": "allow", "Direction": "inbound", "SourcePortRange": "*",
            "DestinationPortRange": "25", "SourceAddressPrefix": "Internet", "DestinationAddressPrefix": "*"}}]}}])");
    QTest::newRow("numbers where texts go") << QByteArray(
        R"([{"type": "Microsoft.Network/networkSecurityGroups", "name": "n", "properties": {"securityRules": [
            {"name": "a", "properties": {"priority": 100.0, "protocol": 6, "access": "Allow", "direction": "Inbound", "sourcePortRange": "*", "destinationPortRanges": [25, 80.0, 1e2, -0, 1.5e300, -0.0], "sourceAddressPrefix": "*", "destinationAddressPrefix": "*"}},
            {"name": "b", "properties": {"priority": 18446744073709551615, "protocol": "Tcp", "access": "Allow", "direction": "Inbound", "sourcePortRange": "*", "destinationPortRange": 25, "sourceAddressPrefix": "*", "destinationAddressPrefix": "*"}},
            {"name": "c", "properties": {"priority": 1e400, "protocol": "Tcp", "access": true, "direction": null, "sourcePortRange": "*", "destinationPortRange": "25", "sourceAddressPrefix": "*", "destinationAddressPrefix": "*"}},
            {"name": "d", "properties": {"priority": 123456789012345678901234567890, "protocol": "Tcp", "access": "Allow", "direction": "Inbound"}},
            {"name": "e", "properties": {"priority": -5, "protocol": "Tcp", "access": "Allow", "direction": "Inbound", "sourceApplicationSecurityGroups": [{"id": "/x"}, 5, {"name": "no id"}]}},
            {"name": "f", "properties": {"priority": 9223372036854775808, "protocol": "Tcp", "access": "Allow", "direction": "Inbound"}}
            ]}}])");
    QTest::newRow("escapes") << QByteArray(
        R"([{"type": "Microsoft.Network/networkSecurityGroups", "name": "q\"u\\o\/te \u00e9 \ud83d\ude00 \t", "properties": {"securityRules": [{"name": "\\", "properties": {"description": "\"\\\"\\\\\"", "priority": 100, "protocol": "Tcp", "access": "Allow", "direction": "Inbound", "sourcePortRange": "*", "destinationPortRange": "25", "sourceAddressPrefix": "*", "destinationAddressPrefix": "*"}}]}}])");
    QTest::newRow("a lone surrogate") << QByteArray(
        R"([{"type": "Microsoft.Network/networkSecurityGroups", "name": "\ud83d", "properties": {"securityRules": []}}])");
    QTest::newRow("scalars and arrays as elements")
        << QByteArray("[1, \"x\", null, true, false, -2.5e3, [], {}, ") + nsgA + "]";
    QTest::newRow("a string element at the end") << QByteArray("[") + nsgA + ", \"tail\"]";
    QTest::newRow("a word element at the end") << QByteArray("[") + nsgA + ",123]";
    QTest::newRow("a bad word") << QByteArray("[") + nsgA + ", nul, " + nsgB + "]";
    QTest::newRow("empty") << QByteArray("[]");
    QTest::newRow("empty, spaced") << QByteArray("\r\n [ \t\n ] \n");
    QTest::newRow("nothing") << QByteArray();
    QTest::newRow("white space only") << QByteArray(" \n ");
    QTest::newRow("trailing comma") << QByteArray("[") + nsgA + ",]";
    QTest::newRow("leading comma") << QByteArray("[,") + nsgA + "]";
    QTest::newRow("two commas") << QByteArray("[") + nsgA + ",," + nsgB + "]";
    QTest::newRow("missing comma") << QByteArray("[") + nsgA + " " + nsgB + "]";
    QTest::newRow("cut off in an element") << QByteArray("[") + nsgA + ",\n" + nsgB.left(90);
    QTest::newRow("cut off in a string") << QByteArray("[") + nsgA + ", {\"type\": \"Microsoft.Net";
    QTest::newRow("cut off after an escape") << QByteArray("[") + nsgA + ", {\"type\": \"a\\";
    QTest::newRow("cut off after a comma") << QByteArray("[") + nsgA + ",";
    QTest::newRow("cut off before the bracket") << QByteArray("[") + nsgA;
    QTest::newRow("cut off after the bracket") << QByteArray("[");
    QTest::newRow("garbage after") << QByteArray("[") + nsgA + "] x";
    QTest::newRow("second array after") << QByteArray("[") + nsgA + "][]";
    QTest::newRow("mismatched brackets") << QByteArray("[") + nsgA + ", {\"type\": [}]";
    QTest::newRow("unbalanced, closed") << QByteArray("[{\"a\": [1, 2}, ") + nsgB + "]";
    QTest::newRow("control character in a string") << QByteArray(
        "[{\"type\": \"Microsoft.Network/networkSecurityGroups\", \"name\": \"a\x01\"}]");
    QTest::newRow("invalid UTF-8") << QByteArray(
        "[{\"type\": \"Microsoft.Network/networkSecurityGroups\", \"name\": \"\xff\xfe\", "
        "\"properties\": {\"securityRules\": []}}]");
    QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBF") + bytes(json::array({typed(a)}));
    QTest::newRow("an object at the top")
        << bytes(json{{"value", json::array({typed(a), typed(b)})}, {"nextLink", "https://x"}});
    QTest::newRow("one NSG at the top") << nsgA;
    json owned = typed(a);
    owned["tags"] = {{"managed-by", "terraform"}, {"env", "prod"}};
    QTest::newRow("IaC owner tag") << bytes(json::array({owned}));
    QTest::newRow("properties not an object") << QByteArray(
        R"([{"type": "Microsoft.Network/networkSecurityGroups", "name": "p", "properties": [1]}])");
    QTest::newRow("lists of the wrong kind") << QByteArray(
        R"([{"type": "Microsoft.Network/networkSecurityGroups", "name": "p", "properties": {"securityRules": {"a": 1}, "defaultSecurityRules": 5, "subnets": [{"id": "/s1"}, 3, "/s2"], "networkInterfaces": {"x": 1}}}])");
    QTest::newRow("rules of the wrong kind") << QByteArray(
        R"([{"type": "Microsoft.Network/networkSecurityGroups", "name": "p", "properties": {"securityRules": [5, {"name": "r", "properties": 7, "priority": "high", "sourcePortRanges": "x", "destinationPortRange": ["1", 2, {"a": 1}], "sourceAddressPrefixes": [null, []]}]}}])");

    // Past the first read (64 KiB) and several 4 MiB ones under the usual sizes, with backslashes
    // and quotes at every offset near the boundaries (fewer under AddressSanitizer: the small
    // reads above cross boundaries anyway).
#if defined(__SANITIZE_ADDRESS__)
    constexpr int kMany = 60;
#else
    constexpr int kMany = 900;
#endif
    const QByteArray big = escapeHeavyExport(kMany);
    QTest::newRow("several MiB with escapes") << big;
    QTest::newRow("several MiB, cut off") << big.left(big.size() * 2 / 3);
    QTest::newRow("several MiB, broken late") << big.left(big.size() - 200) + "}}}}]";

    // Pages: ARM's {"value": [...], "nextLink"} and Resource Graph's {"data": [...], …}, their
    // other members before and after the array, in any case, escaped, repeated or broken.
    const QByteArray many = escapeHeavyExport(40);
    QTest::newRow("ARM page") << QByteArray("{\"value\": ") + many
            + ", \"nextLink\": \"https://management.azure.com/x?$skiptoken=a%22b\"}";
    QTest::newRow("Resource Graph page")
        << QByteArray(
               "{\"totalRecords\": 4000, \"count\": 40, \"facets\": [], \"resultTruncated\": "
               "\"false\", \"data\": ")
            + many + ", \"$skipToken\": \"ew0KICAi\\u0041\"}";
    QTest::newRow("page: key in other case, escaped")
        << QByteArray("{\"V\\u0061lue\": ") + many + ", \"nextLink\": null}";
    QTest::newRow("page: a second array")
        << QByteArray("{\"value\": [") + nsgA + "], \"data\": [" + nsgA + "], \"value\": []}";
    QTest::newRow("page: the array is no array")
        << QByteArray("{\"value\": {\"a\": [") + nsgA + "]}, \"data\": 5}";
    QTest::newRow("page: empty") << QByteArray(" {\t} ");
    QTest::newRow("page: nothing but an envelope") << QByteArray("{\"nextLink\": \"x\"}");
    QTest::newRow("page: one NSG object") << QByteArray(nsgA);
    QTest::newRow("page: cut off in the array")
        << QByteArray(QByteArray("{\"value\": ") + many).left(many.size() / 2);
    QTest::newRow("page: cut off after the array")
        << QByteArray("{\"value\": ") + many + ", \"nextLink\": \"htt";
    QTest::newRow("page: broken member after the array")
        << QByteArray("{\"value\": ") + many + ", \"nextLink\": nul}";
    QTest::newRow("page: no colon") << QByteArray("{\"value\" ") + many + "}";
    QTest::newRow("page: trailing comma") << QByteArray("{\"value\": ") + many + ",}";
    QTest::newRow("page: something after it") << QByteArray("{\"value\": ") + many + "} []";
    QTest::newRow("page: a key that is no string") << QByteArray("{value: ") + many + "}";
    QTest::newRow("page: duplicate envelope keys")
        << QByteArray("{\"nextLink\": \"a\", \"value\": [") + nsgA + "], \"nextLink\": \"b\"}";
    QTest::newRow("page: Resource Graph table") << QByteArray(
        R"({"data": {"columns": [{"name": "name", "type": "string"}, {"name": "type", "type": "string"}], "rows": [["t1", "Microsoft.Network/networkSecurityGroups"]]}})");
}

void TestNsgReader::fastPathReadsLikeTheSlowPath()
{
    QFETCH(QByteArray, input);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("export.json"));
    const QString slow = describeRead(input, false);
    QVERIFY(slow.contains(QLatin1String("count ")));
    QCOMPARE(describeRead(input, true), slow);
    // Reads of a few hundred bytes: elements, strings and escapes cross them everywhere.
    QCOMPARE(describeRead(input, true, QString(), 331), slow);
    const QString slowFile = describeRead(input, false, file);
    QCOMPARE(describeRead(input, true, file), slowFile);
    QCOMPARE(describeRead(input, true, file, 4096), slowFile);
}

// Every JSON file the tests carry (exports, estates, reports, the fuzzer's seeds), both ways.
void TestNsgReader::fastPathReadsEveryTestFileLikeTheSlowPath()
{
    QStringList files;
    for (const char *root : {"/tests/data", "/tests/fuzz/corpus/nsgreader"}) {
        QDirIterator it(QStringLiteral(NSG_SOURCE_DIR) + QLatin1String(root), QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
    }
    int arrays = 0;
    for (const QString &path : files) {
        if (path.endsWith(QLatin1String(".sqlite")) || path.endsWith(QLatin1String(".pfx")))
            continue;
        const QByteArray bytes = readFile(path);
        arrays += bytes.trimmed().startsWith('[');
        const QString slow = describeRead(bytes, false);
        QVERIFY2(describeRead(bytes, true) == slow, qPrintable(path));
    }
    QVERIFY2(arrays >= 5, qPrintable(QString::number(arrays)));
}

// The report's fingerprint comes from the same pass that reads the NSGs, fast path or slow,
// whole file or broken, and is the file's SHA-256.
// Escapes and brackets in strings must not fool the element scan: a wrong end would be caught
// (the slow path reads the file again), so only the fast path finishing says the scan was right.
void TestNsgReader::fastPathFindsEveryElementsEnd()
{
    const QByteArray input = escapeHeavyExport(300);
    for (const size_t chunk : {size_t(0), size_t(331), size_t(4096), size_t(65) * 1024}) {
        qint64 count = 0;
        NsgReader reader([&count](NetworkSecurityGroup &&) { ++count; });
        if (chunk > 0)
            reader.setFastPathChunk(chunk);
        reader.readBytes(QByteArrayView(input), QStringLiteral("escapes.json"));
        QCOMPARE(count, 300);
        QVERIFY(reader.errors().isEmpty());
        QCOMPARE(reader.inputsReadFast(), 1);
    }
}

// A page, as a live scan reads it (paged: the envelope is kept for the next request), goes the
// fast way whole: its elements by simdjson, on every core; a report is still the slow path's.
void TestNsgReader::pagesTakeTheFastPath()
{
    const QByteArray many = escapeHeavyExport(300);
    const QList<QPair<QByteArray, std::string>> pages = {
        {QByteArray("{\"value\": ") + many + ", \"nextLink\": \"https://next\"}", "nextLink"},
        {QByteArray("{\"count\": 300, \"data\": ") + many + ", \"$skipToken\": \"tok\"}",
         "$skipToken"},
    };
    for (const auto &[page, field] : pages) {
        for (const size_t chunk : {size_t(0), size_t(331)}) {
            qint64 count = 0;
            NsgReader reader([&count](NetworkSecurityGroup &&) { ++count; });
            reader.setPagedInput(true);
            if (chunk > 0)
                reader.setFastPathChunk(chunk);
            reader.readBytes(QByteArrayView(page), QStringLiteral("page.json"));
            QCOMPARE(count, 300);
            QVERIFY(reader.errors().isEmpty());
            QCOMPARE(reader.inputsReadFast(), 1);
            QVERIFY(!reader.brokeOff());
            QVERIFY2(reader.envelope().contains(field), reader.envelope().dump().c_str());
            QVERIFY(!reader.envelope().contains("value") && !reader.envelope().contains("data"));
        }
    }
    NsgReader report([](NetworkSecurityGroup &&) {});
    report.readBytes(
        QByteArray(
            R"({"tool": {"name": "NSG Auditor"}, "scannedAt": "2026-01-01T00:00:00Z", "nsgs": []})"),
        QStringLiteral("report.json"));
    QCOMPARE(report.inputsReadFast(), 0);
    QVERIFY(report.report().has_value());
}

void TestNsgReader::hashesTheFileWhileReadingIt()
{
    QTemporaryDir dir;
    // Past the reader's 1 MiB chunks (fewer NSGs under AddressSanitizer: the buffer's own chunks
    // are crossed below with small ones).
#if defined(__SANITIZE_ADDRESS__)
    const QByteArray whole = QByteArray::fromStdString(syntheticExport(3, 60, 20, 0.1, 50));
#else
    const QByteArray whole = QByteArray::fromStdString(syntheticExport(3, 300, 20, 0.1, 50));
    QVERIFY(whole.size() > 3 * (1 << 20) / 2);
#endif
    QStringEncoder encoder(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
    const QByteArray utf16 = encoder(QString::fromUtf8(whole));
    const QList<QByteArray> inputs = {whole,
                                      whole.left(whole.size() / 2),
                                      QByteArray("{\"value\": ") + whole + "}",
                                      QByteArray("not json") + whole,
                                      utf16,
                                      QByteArray()};
    for (const QByteArray &bytes : inputs) {
        for (const bool fast : {true, false}) {
            const QString path = dir.filePath(QStringLiteral("export.json"));
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
            f.close();
            NsgReader reader([](NetworkSecurityGroup &&) {});
            reader.setFastPath(fast);
            QVERIFY(reader.readFile(path));
            QCOMPARE(reader.sha256(),
                     QString::fromLatin1(
                         QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
            QCOMPARE(reader.bytesHashed(), qint64(bytes.size()));
        }
    }
    // The buffer hashes each chunk on another thread while the next is read into the other
    // buffer: small chunks, read whole or left part way (the rest is read by the digest).
    const QString path = dir.filePath(QStringLiteral("chunks.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(whole);
    f.close();
    const QString expected =
        QString::fromLatin1(QCryptographicHash::hash(whole, QCryptographicHash::Sha256).toHex());
    for (const qsizetype stopAt : {qsizetype(-1), qsizetype(0), whole.size() / 3}) {
        JsonFileBuffer buffer(path, 997);
        QVERIFY(buffer.open());
        std::istream stream(&buffer);
        std::string text(size_t(stopAt < 0 ? whole.size() : stopAt), '\0');
        stream.read(text.data(), std::streamsize(text.size()));
        QCOMPARE(QByteArray::fromStdString(text), whole.left(qsizetype(text.size())));
        QCOMPARE(buffer.finishSha256(), expected);
        QCOMPARE(buffer.rawBytes(), qint64(whole.size()));
    }
}

// The JSON report writes rules as text straight from the model; it must be exactly the tree's
// dump (the report is read back through the same reader).
void TestNsgReader::ruleTextIsTheTreesDump()
{
    QByteArray input = QByteArray::fromStdString(syntheticExport(11, 30, 20, 0.3, 10));
    input.chop(1); // the closing bracket: more NSGs follow
    input +=
        R"(, {"type": "Microsoft.Network/networkSecurityGroups", "id": "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/networkSecurityGroups/odd",
        "properties": {"securityRules": [
          {"name": "q\"u\\o\te\u0001 é", "id": "/explicit/id", "properties": {"description": "line\nnext \u007f", "priority": 100, "protocol": "tcp", "access": "allow", "direction": "inbound",
           "sourcePortRange": "*", "destinationPortRanges": ["25", "587-588"], "sourceAddressPrefixes": ["10.0.0.0/8", "Internet", "2001:db8::/32"], "destinationAddressPrefix": "*",
           "sourceApplicationSecurityGroups": [{"id": "/asg/a"}, {"id": "/asg/b"}], "destinationApplicationSecurityGroups": [{"id": "/asg/c"}]}},
          {"name": "bad", "properties": {"protocol": "Sctp", "access": "Maybe", "direction": "Sideways", "sourcePortRanges": [], "destinationPortRange": "25"}}
        ],
        "defaultSecurityRules": [{"name": "AllowVnetInBound", "properties": {"priority": 65000, "protocol": "*", "access": "Allow", "direction": "Inbound", "sourcePortRange": "*", "destinationPortRange": "*", "sourceAddressPrefix": "VirtualNetwork", "destinationAddressPrefix": "VirtualNetwork"}}]}}])";
    QList<InputError> errors;
    const std::vector<NetworkSecurityGroup> nsgs = readAll(input, &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).toString()));
    QCOMPARE(int(nsgs.size()), 31);
    int rules = 0;
    for (const NetworkSecurityGroup &n : nsgs) {
        QList<SecurityRule> all = n.customRules();
        all += n.defaultRules();
        for (const SecurityRule &r : all) {
            std::string text;
            NsgWriter::appendRuleJson(text, n, r);
            QCOMPARE(QString::fromStdString(text),
                     QString::fromStdString(NsgWriter::ruleJson(n, r).dump()));
            ++rules;
        }
    }
    QVERIFY(rules > 600);
    for (const QString &s :
         {QStringLiteral("plain"), QStringLiteral("\"\\/\b\f\n\r\t\x01\x1f\x7f é ✓")}) {
        std::string text;
        NsgWriter::appendJsonString(text, s);
        QCOMPARE(QString::fromStdString(text),
                 QString::fromStdString(nlohmann::json(s.toStdString()).dump()));
    }
}

QTEST_GUILESS_MAIN(TestNsgReader)
#include "tst_nsgreader.moc"
