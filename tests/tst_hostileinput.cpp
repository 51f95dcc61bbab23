// SPDX-License-Identifier: MIT
// Hostile offline files: each ends in a clear error or an unknown verdict with its reason —
// never a crash, never a verdict the input cannot support. (Their time and memory are in
// bench_scan's hostile figures; no timing here.)
#undef QT_NO_CAST_FROM_ASCII // string literals in the table
#include "nsgtestdata.h"

#include "core/input/offlinescan.h"

#include <QTest>

#include <string>

using namespace nsg;
using namespace nsg::test;
using json = nlohmann::json;

namespace {

std::string oneRuleNsg(const std::string &ruleBody)
{
    return R"([{"id": "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg/providers/Microsoft.Network/networkSecurityGroups/hostile", "name": "hostile", "properties": {"securityRules": [)"
        + ruleBody + "]}}]";
}

const std::string kRule =
    R"({"name": "r", "properties": {"priority": 100, "protocol": "Tcp", "access": "Allow", "direction": "Inbound", "sourcePortRange": "*", "destinationPortRange": "25", "sourceAddressPrefix": "*", "destinationAddressPrefix": "*"}})";

} // namespace

class TestHostileInput final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hostileFiles_data();
    void hostileFiles();
};

// Under AddressSanitizer (./dev test's sanitizer subset) the two huge inputs are smaller: there
// the point is memory safety, not scale, and the same limits still trip.
#if defined(__SANITIZE_ADDRESS__)
constexpr int kManyRules = 20000;
constexpr size_t kBigString = 8u << 20;
#else
constexpr int kManyRules = 1000000; // 10^6: more than Azure can hold
constexpr size_t kBigString = 100u << 20; // 100 MB
#endif

void TestHostileInput::hostileFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expect"); // "error: text" (the file) or "unknown: text" (an NSG)

    // Deep nesting: 100,000 arrays, at the top and inside an NSG.
    QTest::newRow("deep nesting, top") << QByteArray(100000, '[') + QByteArray(100000, ']')
                                       << "unknown: expected an NSG object, found an array";
    QTest::newRow("deep nesting, unclosed") << QByteArray(100000, '[') << "error: invalid JSON";
    {
        std::string tags = R"({"x": )" + std::string(100000, '[') + std::string(100000, ']') + "}";
        std::string s = oneRuleNsg(kRule);
        s.insert(s.find(R"("properties")"), R"("tags": )" + tags + ", ");
        QTest::newRow("deep nesting, in an NSG")
            << QByteArray::fromStdString(s) << "unknown: nested deeper";
    }
    // A 100 MB string where a prefix belongs.
    {
        std::string rule = kRule;
        const std::string big(kBigString, 'A');
        rule.replace(rule.find(R"("sourceAddressPrefix": "*")"), 26,
                     R"("sourceAddressPrefix": ")" + big + "\"");
        QTest::newRow("huge string")
            << QByteArray::fromStdString(oneRuleNsg(rule)) << "unknown: neither an IP address";
    }
    // Wrong types in every field of a rule.
    QTest::newRow("wrong types everywhere") << QByteArray::fromStdString(oneRuleNsg(
        R"({"name": 7, "properties": {"priority": "high", "protocol": 6, "access": true, "direction": [], "sourcePortRange": {}, "destinationPortRange": 25, "sourceAddressPrefix": null, "destinationAddressPrefix": 1.5}})"))
                                            << "unknown: ";
    QTest::newRow("properties not an object")
        << QByteArray::fromStdString(oneRuleNsg(R"({"name": "r", "properties": "allow all"})"))
        << "unknown: ";
    QTest::newRow("duplicate keys") << QByteArray::fromStdString(oneRuleNsg(
        R"({"name": "r", "properties": {"priority": 100, "priority": 4000, "protocol": "Tcp", "access": "Allow", "direction": "Inbound", "sourcePortRange": "*", "destinationPortRange": "25", "sourceAddressPrefix": "*", "destinationAddressPrefix": "*"}})"))
                                    << "unknown: duplicate key";
    // JSON has no NaN: the literal is invalid JSON; as a string or a huge number it is no priority.
    QTest::newRow("NaN literal priority") << QByteArray::fromStdString(
        oneRuleNsg(R"({"name": "r", "properties": {"priority": NaN}})"))
                                          << "error: invalid JSON";
    {
        std::string rule = kRule;
        rule.replace(rule.find("100"), 3, R"("NaN")");
        QTest::newRow("NaN string priority")
            << QByteArray::fromStdString(oneRuleNsg(rule)) << "unknown: priority";
        rule = kRule;
        rule.replace(rule.find("100"), 3, "1e400");
        QTest::newRow("1e400 priority")
            << QByteArray::fromStdString(oneRuleNsg(rule)) << "unknown: number overflow";
    }
    // 10^6 rules in one NSG: more than Azure can hold.
    {
        std::string rules;
        rules.reserve(size_t(kManyRules) * 230u);
        for (int i = 0; i < kManyRules; ++i) {
            if (i)
                rules += ',';
            rules += R"({"name": "r)" + std::to_string(i) + R"(", "properties": {"priority": )"
                + std::to_string(100 + i % 3997)
                + R"(, "protocol": "Tcp", "access": "Deny", "direction": "Inbound", "sourcePortRange": "*", "destinationPortRange": "25", "sourceAddressPrefix": "*", "destinationAddressPrefix": "*"}})";
        }
        QTest::newRow("too many rules")
            << QByteArray::fromStdString(oneRuleNsg(rules)) << "unknown: Azure allows at most 1000";
    }
    // Invalid UTF-8 in a name and in a prefix.
    {
        std::string rule = kRule;
        rule.replace(rule.find(R"("sourceAddressPrefix": "*")"), 26,
                     "\"sourceAddressPrefix\": \"1.2.3.4\xff\xfe\"");
        QTest::newRow("invalid UTF-8")
            << QByteArray::fromStdString(oneRuleNsg(rule)) << "error: UTF-8";
    }
    QTest::newRow("truncated") << QByteArray::fromStdString(oneRuleNsg(kRule).substr(0, 120))
                               << "error: ";
    QTest::newRow("empty") << QByteArray() << "error: ";
}

void TestHostileInput::hostileFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expect);
    OfflineScan scan;
    scan.addBytes(bytes, QStringLiteral("hostile.json"));
    const ScanResult r = scan.takeResult();
    const QString kind = expect.section(QStringLiteral(": "), 0, 0);
    const QString text = expect.section(QStringLiteral(": "), 1);
    // Never a verdict the input cannot support.
    for (const NsgResult &n : r.nsgs)
        QVERIFY2(
            n.finding.verdict == Verdict::Unknown,
            qPrintable(
                QStringLiteral("verdict %1 for %2").arg(apiName(n.finding.verdict), n.nsg.name())));
    if (kind == QLatin1String("error")) {
        QVERIFY2(!r.errors.isEmpty(), "no error for the file");
        QVERIFY2(r.errors.front().message.contains(text, Qt::CaseInsensitive),
                 qPrintable(r.errors.front().message));
    } else {
        QCOMPARE(int(r.nsgs.size()), 1);
        QStringList problems;
        for (const ReadProblem &p : r.nsgs.front().nsg.problems())
            problems.append(p.toString());
        QVERIFY2(problems.join(QLatin1Char('\n')).contains(text), qPrintable(problems.join('\n')));
        QVERIFY(!problems.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
