// SPDX-License-Identifier: MIT
// Tables of typed text read best as plain literals.
#undef QT_NO_CAST_FROM_ASCII

#include "jsoncompare.h"
#include "nsgtestdata.h"

#include "core/audit/sourceinput.h"
#include "core/input/nsgwriter.h"
#include "core/remediation/nsgdocument.h"
#include "core/remediation/ruledocument.h"
#include "core/remediation/rulefix.h"

#include <QFile>
#include <QTest>

using namespace nsg;
using json = nlohmann::json;

namespace {

const char *kNsgId = "/subscriptions/2c5a7d3b-8f4e-4b6a-c9d2-1e3f5a7b9c21/resourceGroups/rg-mail/"
                     "providers/Microsoft.Network/networkSecurityGroups/nsg-mail";

json rule(const std::string &name, int priority, const std::string &source,
          const std::string &ports = "25", const std::string &access = "Allow")
{
    return json{{"name", name},
                {"id", std::string(kNsgId) + "/securityRules/" + name},
                {"etag", "W/\"1\""},
                {"type", "Microsoft.Network/networkSecurityGroups/securityRules"},
                {"properties",
                 {{"provisioningState", "Succeeded"},
                  {"description", "Mail relay from partners"},
                  {"protocol", "Tcp"},
                  {"sourcePortRange", "*"},
                  {"destinationPortRange", ports},
                  {"sourceAddressPrefix", source},
                  {"sourceAddressPrefixes", json::array()},
                  {"destinationAddressPrefix", "*"},
                  {"destinationAddressPrefixes", json::array()},
                  {"sourcePortRanges", json::array()},
                  {"destinationPortRanges", json::array()},
                  {"access", access},
                  {"priority", priority},
                  {"direction", "Inbound"}}}};
}

json nsgWith(std::vector<json> rules)
{
    return json{{"name", "nsg-mail"},
                {"id", kNsgId},
                {"location", "westeurope"},
                {"type", "Microsoft.Network/networkSecurityGroups"},
                {"properties", {{"securityRules", rules}}}};
}

RuleDocument doc(const json &rule)
{
    return RuleDocument::fromJson(rule);
}

NsgDocument nsgDoc(const json &nsg)
{
    return NsgDocument::fromJson(nsg);
}

} // namespace

class TestRuleDocument final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sourceInput_data();
    void sourceInput();
    void sourceInputMergesAndKeepsOrder();
    void sourceInputBreadthLimit();
    void restrictChangesOnlyTheSource();
    void restrictKeepsEveryFieldOfARealRule();
    void putBodyDropsReadOnlyFields();
    void fixesTurnTheVerdict_data();
    void fixesTurnTheVerdict();
    void freePriority();
    void denyRuleNameIsUnique();
    void writerRoundTrips();
};

void TestRuleDocument::sourceInput_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("prefixes");
    QTest::addColumn<int>("refused");
    QTest::addColumn<QString>("message"); // a part of the first entry's message that is not Ok

    QTest::newRow("one /28") << "203.0.113.16/28" << QStringList{"203.0.113.16/28"} << 0 << "";
    QTest::newRow("address") << "198.51.100.7" << QStringList{"198.51.100.7"} << 0 << "";
    QTest::newRow("commas, spaces, new lines")
        << "203.0.113.16/28, 198.51.100.7\n192.0.2.0/24;2001:db8:1::/64"
        << QStringList{"203.0.113.16/28", "198.51.100.7", "192.0.2.0/24", "2001:db8:1::/64"} << 0
        << "";
    QTest::newRow("host bits") << "203.0.113.17/28" << QStringList{"203.0.113.16/28"} << 0
                               << "host bits cleared: 203.0.113.16/28";
    QTest::newRow("ipv6 host bits")
        << "2001:db8:1::5/64" << QStringList{"2001:db8:1::/64"} << 0 << "host bits cleared";
    QTest::newRow("duplicate") << "203.0.113.16/28 203.0.113.16/28"
                               << QStringList{"203.0.113.16/28"} << 0 << "";
    QTest::newRow("inside another")
        << "203.0.113.20 203.0.113.16/28" << QStringList{"203.0.113.16/28"} << 0 << "inside";
    QTest::newRow("star") << "*" << QStringList{} << 1 << "every address";
    QTest::newRow("Any") << "Any" << QStringList{} << 1 << "every address";
    QTest::newRow("Internet") << "Internet" << QStringList{} << 1 << "every address";
    QTest::newRow("0.0.0.0/0") << "0.0.0.0/0" << QStringList{} << 1 << "every address";
    QTest::newRow("0.0.0.0") << "0.0.0.0" << QStringList{} << 1 << "every address";
    QTest::newRow("::/0") << "::/0" << QStringList{} << 1 << "every address";
    QTest::newRow("AzureCloud") << "AzureCloud" << QStringList{} << 1 << "every address";
    QTest::newRow("AzureCloud.WestEurope")
        << "AzureCloud.WestEurope" << QStringList{} << 1 << "every address";
    QTest::newRow("service tag") << "Storage" << QStringList{} << 1 << "service";
    QTest::newRow("garbage") << "mail.contoso.com" << QStringList{} << 1 << "not an IPv4 or IPv6";
    QTest::newRow("bad octet") << "203.0.113.256" << QStringList{} << 1 << "";
    QTest::newRow("bad length") << "203.0.113.0/33" << QStringList{} << 1 << "";
    QTest::newRow("too wide v4") << "198.51.0.0/16" << QStringList{} << 1
                                 << "65,536 public IPv4 addresses";
    QTest::newRow("too wide v6") << "2001:db8::/48" << QStringList{} << 1 << "wider than one /64";
    QTest::newRow("one refused spoils the lot")
        << "203.0.113.16/28 *" << QStringList{"203.0.113.16/28"} << 1 << "";
    QTest::newRow("private ranges are narrow")
        << "10.0.0.0/8" << QStringList{"10.0.0.0/8"} << 0 << "";
    QTest::newRow("empty") << " , \n" << QStringList{} << 0 << "";
}

void TestRuleDocument::sourceInput()
{
    QFETCH(QString, text);
    QFETCH(QStringList, prefixes);
    QFETCH(int, refused);
    QFETCH(QString, message);
    const SourceInput in = SourceInput::parse(text);
    QCOMPARE(in.prefixes, prefixes);
    QCOMPARE(in.refusedCount(), refused);
    QCOMPARE(in.isUsable(), refused == 0 && !prefixes.isEmpty());
    if (!message.isEmpty()) {
        bool found = false;
        for (const SourceInput::Entry &e : in.entries)
            found = found || e.message.contains(message);
        QVERIFY2(found, qPrintable(message));
    }
    for (const SourceInput::Entry &e : in.entries) {
        if (e.status != SourceInput::Entry::Status::Ok)
            QVERIFY2(!e.message.isEmpty(), qPrintable(e.text)); // never refused without a reason
    }
}

void TestRuleDocument::sourceInputMergesAndKeepsOrder()
{
    const SourceInput in =
        SourceInput::parse(QStringLiteral("198.51.100.7 203.0.113.0/24 203.0.113.5 198.51.100.7"));
    QCOMPARE(in.entries.size(), 4);
    QCOMPARE(in.entries[0].status, SourceInput::Entry::Status::Ok);
    QCOMPARE(in.entries[2].status, SourceInput::Entry::Status::Merged);
    QCOMPARE(in.entries[3].status, SourceInput::Entry::Status::Merged);
    QVERIFY(in.entries[3].message.contains(QLatin1String("the same as 198.51.100.7")));
    QCOMPARE(in.prefixes, (QStringList{"198.51.100.7", "203.0.113.0/24"}));
}

void TestRuleDocument::sourceInputBreadthLimit()
{
    BreadthLimit strict;
    strict.maxPublicIpv4 = 16;
    QCOMPARE(SourceInput::parse(QStringLiteral("203.0.113.0/28"), strict).refusedCount(), 0);
    QCOMPARE(SourceInput::parse(QStringLiteral("203.0.113.0/27"), strict).refusedCount(), 1);
    BreadthLimit wide;
    wide.maxPublicIpv4 = 70000;
    QVERIFY(SourceInput::parse(QStringLiteral("198.51.0.0/16"), wide).isUsable());
}

void TestRuleDocument::restrictChangesOnlyTheSource()
{
    json before = rule("Allow-SMTP", 200, "Internet");
    before["properties"]["sourceApplicationSecurityGroups"] = json::array({{{"id", "/x/asg"}}});
    const RuleDocument oneDoc = doc(before).restrictSource({QStringLiteral("203.0.113.16/28")});
    const json &one = oneDoc.toJson();
    QCOMPARE_JSON(one["properties"]["sourceAddressPrefix"], json("203.0.113.16/28"));
    QCOMPARE_JSON(one["properties"]["sourceAddressPrefixes"], json::array());
    QVERIFY(!one["properties"].contains("sourceApplicationSecurityGroups"));
    QCOMPARE(doc(before).changedProperties(oneDoc),
             (QStringList{"sourceAddressPrefixes", "sourceApplicationSecurityGroups"}));

    const RuleDocument twoDoc =
        doc(rule("Allow-SMTP", 200, "Internet"))
            .restrictSource({QStringLiteral("203.0.113.16/28"), QStringLiteral("2001:db8:1::/64")});
    const json &two = twoDoc.toJson();
    QVERIFY(!two["properties"].contains("sourceAddressPrefix"));
    QCOMPARE_JSON(two["properties"]["sourceAddressPrefixes"],
                  json::array({"203.0.113.16/28", "2001:db8:1::/64"}));
    QCOMPARE(doc(rule("Allow-SMTP", 200, "Internet")).changedProperties(twoDoc),
             QStringList{"sourceAddressPrefixes"});
    // Everything else is untouched, field by field.
    for (const auto &[key, value] : before["properties"].items()) {
        if (QString::fromStdString(key).startsWith(QLatin1String("source"))
            && key != "sourcePortRange" && key != "sourcePortRanges")
            continue;
        QCOMPARE_JSON(two["properties"][key], value);
    }
    QCOMPARE_JSON(two["etag"], before["etag"]);
    QVERIFY(twoDoc.sameAs(twoDoc));
    QVERIFY(!doc(before).sameAs(twoDoc));
    // The same values in the other form are the same rule.
    json moved = rule("Allow-SMTP", 200, "Internet");
    moved["properties"].erase("sourceAddressPrefix");
    moved["properties"]["sourceAddressPrefixes"] = json::array({"internet"});
    QVERIFY(doc(rule("Allow-SMTP", 200, "Internet")).sameAs(doc(moved)));
}

void TestRuleDocument::restrictKeepsEveryFieldOfARealRule()
{
    QFile f(QStringLiteral(NSG_FIXTURES_DIR "/NetworkSecurityGroupRuleGet.json"));
    if (!f.open(QIODevice::ReadOnly))
        QSKIP("../shared/fixtures is not here");
    const json before = json::parse(f.readAll().toStdString())["responses"]["200"]["body"];
    const RuleDocument after = doc(before).restrictSource({QStringLiteral("192.0.2.0/28")});
    QCOMPARE(doc(before).changedProperties(after), QStringList{"sourceAddressPrefixes"});
    const json body = after.putBody();
    QCOMPARE(body.size(), size_t(1));
    for (const char *key : {"protocol", "sourcePortRange", "destinationPortRange",
                            "destinationAddressPrefix", "access", "priority", "direction"})
        QCOMPARE_JSON(body["properties"][key], before["properties"][key]);
}

void TestRuleDocument::putBodyDropsReadOnlyFields()
{
    const json body = doc(rule("Allow-SMTP", 200, "Internet")).putBody();
    QVERIFY(!body["properties"].contains("provisioningState"));
    QVERIFY(!body.contains("etag"));
    QVERIFY(!body.contains("id"));
    QCOMPARE_JSON(body["properties"]["description"], json("Mail relay from partners"));
}

void TestRuleDocument::fixesTurnTheVerdict_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("restrict") << int(RuleFix::Kind::RestrictSource);
    QTest::newRow("deny") << int(RuleFix::Kind::MakeDeny);
    QTest::newRow("delete") << int(RuleFix::Kind::Delete);
    QTest::newRow("deny above") << int(RuleFix::Kind::DenyAbove);
}

void TestRuleDocument::fixesTurnTheVerdict()
{
    QFETCH(int, kind);
    const RuleDocument bad = doc(rule("Allow-SMTP", 200, "Internet"));
    const NsgDocument nsg = nsgDoc(nsgWith({rule("Allow-HTTPS", 100, "*", "443"), bad.toJson()}));
    const EvaluationOptions options;
    const std::optional<NsgResult> open = nsg.evaluate(options);
    QVERIFY(open);
    QCOMPARE(open->finding.verdict, Verdict::Exposed);

    NsgDocument fixed;
    switch (RuleFix::Kind(kind)) {
    case RuleFix::Kind::RestrictSource:
        fixed = nsg.withRule(bad.restrictSource({"203.0.113.16/28"}));
        break;
    case RuleFix::Kind::MakeDeny:
        fixed = nsg.withRule(bad.makeDeny());
        break;
    case RuleFix::Kind::Delete:
        fixed = nsg.withoutRule(QStringLiteral("Allow-SMTP"));
        break;
    case RuleFix::Kind::DenyAbove: {
        const auto priority = nsg.freePriorityAbove(200, QStringLiteral("Inbound"));
        QCOMPARE(priority, std::optional<int>(199));
        fixed = nsg.withRule(bad.denyMirror(nsg.denyRuleName("Allow-SMTP"), *priority));
        QCOMPARE(fixed.toJson()["properties"]["securityRules"].size(), size_t(3));
        break;
    }
    }
    const std::optional<NsgResult> after = fixed.evaluate(options);
    QVERIFY(after);
    QCOMPARE(after->finding.verdict, Verdict::Ok);
    // The same fix through withFix.
    RuleFix fix;
    fix.kind = RuleFix::Kind(kind);
    fix.prefixes = {"203.0.113.16/28"};
    const RuleChange change = nsg.withFix(QStringLiteral("Allow-SMTP"), fix);
    QVERIFY(change.error.isEmpty());
    QCOMPARE_JSON(change.nsgAfter.toJson(), fixed.toJson());

    // A /16 is still too wide: the verdict says so before anything is sent.
    const NsgDocument wide = nsg.withRule(bad.restrictSource({"198.51.0.0/16"}));
    QCOMPARE(wide.evaluate(options)->finding.verdict, Verdict::Exposed);
    // So are many narrow ranges together (the limit counts the rule's whole source).
    QStringList many;
    for (int i = 0; i < 20; ++i)
        many << QStringLiteral("198.51.%1.0/28").arg(i);
    const NsgDocument spread = nsg.withRule(bad.restrictSource(many));
    QCOMPARE(spread.evaluate(options)->finding.verdict, Verdict::Exposed);
}

void TestRuleDocument::freePriority()
{
    const NsgDocument nsg = nsgDoc(nsgWith(
        {rule("a", 100, "*", "443"), rule("b", 101, "*", "80"), rule("c", 102, "Internet")}));
    QCOMPARE(nsg.freePriorityAbove(102, QStringLiteral("Inbound")), std::nullopt);
    QCOMPARE(nsg.freePriorityAbove(105, QStringLiteral("Inbound")), std::optional<int>(104));
    json outbound = rule("o", 104, "*");
    outbound["properties"]["direction"] = "Outbound";
    const NsgDocument mixed = nsgDoc(nsgWith({rule("c", 105, "Internet"), outbound}));
    QCOMPARE(mixed.freePriorityAbove(105, QStringLiteral("Inbound")),
             std::optional<int>(104)); // an outbound rule's priority does not count
}

void TestRuleDocument::denyRuleNameIsUnique()
{
    const NsgDocument nsg =
        nsgDoc(nsgWith({rule("Allow-SMTP", 200, "*"), rule("deny-allow-smtp", 150, "*", "80")}));
    QCOMPARE(nsg.denyRuleName(QStringLiteral("Allow-SMTP")), QStringLiteral("Deny-Allow-SMTP-1"));
}

void TestRuleDocument::writerRoundTrips()
{
    const NsgDocument nsg =
        nsgDoc(nsgWith({rule("Allow-HTTPS", 100, "*", "443"),
                        doc(rule("Allow-SMTP", 200, "Internet"))
                            .restrictSource({"203.0.113.16/28", "2001:db8:1::/64"})
                            .toJson()}));
    const std::optional<NsgResult> read = nsg.evaluate({});
    QVERIFY(read);
    const json written = NsgWriter::toJson(read->nsg);
    const std::optional<NsgResult> again = NsgDocument::fromNsg(read->nsg).evaluate({});
    QVERIFY(again);
    QCOMPARE(again->finding.verdict, read->finding.verdict);
    const json &rules = written["properties"]["securityRules"];
    QCOMPARE(rules.size(), size_t(2));
    QCOMPARE_JSON(rules[1]["properties"]["sourceAddressPrefixes"],
                  json::array({"203.0.113.16/28", "2001:db8:1::/64"}));
    QCOMPARE_JSON(rules[0]["properties"]["destinationPortRange"], json("443"));
}

QTEST_GUILESS_MAIN(TestRuleDocument)
#include "tst_ruledocument.moc"
