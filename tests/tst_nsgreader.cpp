// SPDX-License-Identifier: MIT
#include "nsgtestdata.h"

#include "core/audit/exposureevaluator.h"
#include "core/input/nsgreader.h"

#include <QDir>
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

QStringList verdicts(const std::vector<NetworkSecurityGroup> &nsgs)
{
    ExposureEvaluator evaluator;
    QStringList out;
    for (const NetworkSecurityGroup &n : nsgs)
        out.append(apiName(evaluator.evaluate(n).verdict));
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

QTEST_GUILESS_MAIN(TestNsgReader)
#include "tst_nsgreader.moc"
