// SPDX-License-Identifier: MIT
#include "nsgtestdata.h"

#include "audit/exposureevaluator.h"
#include "audit/findingtext.h"

#include <QTest>

using namespace nsg;
using namespace nsg::test;

Q_DECLARE_METATYPE(nsg::Verdict)

namespace {

constexpr Verdict Exposed = Verdict::Exposed;
constexpr Verdict Ok = Verdict::Ok;
constexpr Verdict Unknown = Verdict::Unknown;

Finding evaluate(const QString &rules, EvaluationOptions options = {})
{
    ExposureEvaluator evaluator(options);
    return evaluator.evaluate(readOne(nsgFromDsl(rules)));
}

const char *const kAsg =
    "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg1/providers/"
    "Microsoft.Network/applicationSecurityGroups/asg-mail";

} // namespace

class TestExposureEvaluator final : public QObject
{
    Q_OBJECT

private slots:
    void verdicts_data();
    void verdicts();
    void denyAboveAllowShadowsIt();
    void partialDenyLeavesExactRange();
    void proofMarksEveryInboundRule();
    void ruleByRuleDisagreementIsExplained();
    void breadthLimitIsAParameter();
    void otherPolicies_data();
    void otherPolicies();
    void defaultRulesAssumedWhenMissing();
    void unattachedKeepsVerdict();
};

void TestExposureEvaluator::verdicts_data()
{
    QTest::addColumn<QString>("rules");
    QTest::addColumn<Verdict>("verdict");
    QTest::addColumn<Verdict>("ruleByRule");
    QTest::addColumn<QString>("allowed"); // publicCover of the allowed addresses

    const QString all = QStringLiteral("0.0.0.0/0 ::/0");
    const QString v4 = QStringLiteral("0.0.0.0/0");
    const QString none;

    // Any-like sources, in every spelling.
    QTest::newRow("source Internet") << "Allow 100 Tcp Internet 25" << Exposed << Exposed << all;
    QTest::newRow("source INTERNET") << "Allow 100 Tcp INTERNET 25" << Exposed << Exposed << all;
    QTest::newRow("source internet") << "Allow 100 Tcp internet 25" << Exposed << Exposed << all;
    QTest::newRow("source *") << "Allow 100 Tcp * 25" << Exposed << Exposed << all;
    QTest::newRow("source Any") << "Allow 100 Tcp Any 25" << Exposed << Exposed << all;
    QTest::newRow("source 0.0.0.0/0") << "Allow 100 Tcp 0.0.0.0/0 25" << Exposed << Exposed << v4;
    QTest::newRow("source 0.0.0.0") << "Allow 100 Tcp 0.0.0.0 25" << Exposed << Exposed << v4;
    QTest::newRow("source ::/0") << "Allow 100 Tcp ::/0 25" << Exposed << Exposed << "::/0";
    QTest::newRow("two halves 0.0.0.0/1 + 128.0.0.0/1")
        << "Allow 100 Tcp 0.0.0.0/1 25; Allow 110 Tcp 128.0.0.0/1 25" << Exposed << Ok << v4;
    QTest::newRow("prefixes [10.0.0.0/8, 0.0.0.0/0]")
        << "Allow 100 Tcp 10.0.0.0/8,0.0.0.0/0 25" << Exposed << Exposed << v4;

    // Destination ports.
    QTest::newRow("port 25") << "Allow 100 Tcp * 25" << Exposed << Exposed << all;
    QTest::newRow("port *") << "Allow 100 Tcp * *" << Exposed << Exposed << all;
    QTest::newRow("port 0-65535") << "Allow 100 Tcp * 0-65535" << Exposed << Exposed << all;
    QTest::newRow("port 20-30") << "Allow 100 Tcp * 20-30" << Exposed << Exposed << all;
    QTest::newRow("port 25-25") << "Allow 100 Tcp * 25-25" << Exposed << Exposed << all;
    QTest::newRow("ports [22, 25]") << "Allow 100 Tcp * 22,25" << Exposed << Exposed << all;
    QTest::newRow("ports [24-26]") << "Allow 100 Tcp * [24-26]" << Exposed << Exposed << all;

    // Protocols.
    QTest::newRow("protocol Tcp") << "Allow 100 Tcp * 25" << Exposed << Exposed << all;
    QTest::newRow("protocol TCP") << "Allow 100 TCP * 25" << Exposed << Exposed << all;
    QTest::newRow("protocol tcp") << "Allow 100 tcp * 25" << Exposed << Exposed << all;
    QTest::newRow("protocol *") << "Allow 100 * * 25" << Exposed << Exposed << all;
    QTest::newRow("protocol Any") << "Allow 100 Any * 25" << Exposed << Exposed << all;

    // Not exposed.
    QTest::newRow("protocol Udp") << "Allow 100 Udp * 25" << Ok << Ok << none;
    QTest::newRow("protocol Icmp") << "Allow 100 Icmp * *" << Ok << Ok << none;
    QTest::newRow("outbound rule") << "Allow 100 Tcp * 25 dir=Outbound" << Ok << Ok << none;
    QTest::newRow("ports 26-30") << "Allow 100 Tcp * 26-30" << Ok << Ok << none;
    QTest::newRow("source VirtualNetwork") << "Allow 100 Tcp VirtualNetwork 25" << Ok << Ok << none;
    QTest::newRow("source AzureLoadBalancer")
        << "Allow 100 Tcp AzureLoadBalancer 25" << Ok << Ok << none;
    QTest::newRow("source ASG")
        << QStringLiteral("Allow 100 Tcp - 25 asg=%1").arg(QLatin1String(kAsg)) << Ok << Ok << none;
    QTest::newRow("RFC 1918 ranges")
        << "Allow 100 Tcp 10.0.0.0/8,172.16.0.0/12,192.168.0.0/16 25" << Ok << Ok << none;
    QTest::newRow("one public /32")
        << "Allow 100 Tcp 203.0.113.9 25" << Ok << Ok << "203.0.113.9/32";
    QTest::newRow("a public /24") << "Allow 100 Tcp 198.51.100.0/24 25" << Ok << Ok
                                  << "198.51.100.0/24";
    QTest::newRow("service tag Storage")
        << "Allow 100 Tcp Storage.WestEurope 25" << Ok << Ok << none;

    // Precedence.
    QTest::newRow("Deny * at 100 over Allow Internet at 200")
        << "Deny 100 * * 25; Allow 200 Tcp Internet 25" << Ok << Exposed << none;
    QTest::newRow("same Deny at 300 under the Allow")
        << "Deny 300 * * 25; Allow 200 Tcp Internet 25" << Exposed << Exposed << all;
    QTest::newRow("Deny 0.0.0.0/1 at 100 over Allow Internet")
        << "Deny 100 * 0.0.0.0/1 25; Allow 200 Tcp Internet 25" << Exposed << Exposed
        << "128.0.0.0/1 ::/0";
    QTest::newRow("public /23 is more than 256")
        << "Allow 100 Tcp 198.51.100.0/23 25" << Exposed << Ok << "198.51.100.0/23";
    QTest::newRow("256 addresses are within the limit")
        << "Allow 100 Tcp 198.51.100.0/25,203.0.113.0/25 25" << Ok << Ok
        << "198.51.100.0/25 203.0.113.0/25";
    QTest::newRow("257 addresses are not") << "Allow 100 Tcp 198.51.100.0/24,203.0.113.1 25"
                                           << Exposed << Ok << "198.51.100.0/24 203.0.113.1/32";
    QTest::newRow("IPv6 /64 within the limit")
        << "Allow 100 Tcp 2001:db8:1:2::/64 25" << Ok << Ok << "2001:db8:1:2::/64";
    QTest::newRow("IPv6 /63 beyond it")
        << "Allow 100 Tcp 2001:db8:1:2::/63 25" << Exposed << Ok << "2001:db8:1:2::/63";
    QTest::newRow("Deny * * ports * at 4000 blocks a later Allow")
        << "Deny 4000 * * *; Allow 4096 Tcp Internet 25" << Ok << Exposed << none;
    QTest::newRow("Deny for Udp does not block Tcp")
        << "Deny 100 Udp * 25; Allow 200 Tcp Internet 25" << Exposed << Exposed << all;
    QTest::newRow("Deny on other ports does not block")
        << "Deny 100 * * 80-443; Allow 200 Tcp Internet 25" << Exposed << Exposed << all;

    // Stricter than rule-at-a-time reasoning, to never show green without evidence.
    QTest::newRow("Deny 0.0.0.0/0 leaves IPv6 open")
        << "Deny 100 * 0.0.0.0/0 25; Allow 200 Tcp Internet 25" << Exposed << Exposed << "::/0";
    QTest::newRow("Deny to one host leaves the others open")
        << "Deny 100 * * 25 dst=10.1.2.4; Allow 200 Tcp Internet 25" << Exposed << Exposed << all;
    QTest::newRow("Deny to a subnet covers an Allow to a host in it")
        << "Deny 100 * * 25 dst=10.1.2.0/24; Allow 200 Tcp Internet 25 dst=10.1.2.4" << Ok
        << Exposed << none;
    QTest::newRow("Deny to VirtualNetwork covers every destination")
        << "Deny 100 * * 25 dst=VirtualNetwork; Allow 200 Tcp Internet 25" << Ok << Exposed << none;
    QTest::newRow("Deny limited to some source ports does not block")
        << "Deny 100 * * 25 sport=1-1023; Allow 200 Tcp Internet 25" << Exposed << Exposed << all;
    QTest::newRow("Allow limited to some source ports still exposes")
        << "Allow 100 Tcp Internet 25 sport=1024-65535" << Exposed << Exposed << all;
    QTest::newRow("Allow to one destination still exposes")
        << "Allow 100 Tcp Internet 25 dst=10.0.0.4" << Exposed << Exposed << all;
    QTest::newRow("Allow AzureCloud counts as the Internet")
        << "Allow 100 Tcp AzureCloud 25" << Exposed << Ok << all;
    QTest::newRow("Allow AzureCloud.region too")
        << "Allow 100 Tcp AzureCloud.WestEurope 25" << Exposed << Ok << all;
    QTest::newRow("Deny AzureCloud does not block the Internet")
        << "Deny 100 * AzureCloud 25; Allow 200 Tcp Internet 25" << Exposed << Exposed << all;
    QTest::newRow("an earlier Allow takes its part first")
        << "Allow 100 Tcp 203.0.113.0/24 25; Allow 120 Tcp Internet 25" << Exposed << Exposed
        << all;

    // Malformed data: unknown unless exposure is proven before it.
    QTest::newRow("malformed source before the exposure")
        << "Allow 100 Tcp 300.1.1.1 25; Allow 200 Tcp Internet 25" << Unknown << Exposed << none;
    QTest::newRow("malformed source after the exposure")
        << "Allow 100 Tcp Internet 25; Allow 200 Tcp 300.1.1.1 25" << Exposed << Exposed << all;
    QTest::newRow("malformed protocol") << "Allow 100 Tcpp * 25" << Unknown << Ok << none;
    QTest::newRow("malformed port") << "Allow 100 Tcp * 2x5" << Unknown << Ok << none;
    QTest::newRow("malformed but Udp: irrelevant")
        << "Allow 100 Udp 300.1.1.1 25; Allow 200 Tcp 10.0.0.0/8 25" << Ok << Ok << none;
    QTest::newRow("malformed but other ports: irrelevant")
        << "Deny 100 * 10.0.0.0/33 80" << Ok << Ok << none;
    QTest::newRow("duplicate priority")
        << "Deny 100 * * 25; Allow 100 Tcp Internet 25" << Unknown << Exposed << none;
}

void TestExposureEvaluator::verdicts()
{
    QFETCH(QString, rules);
    QFETCH(Verdict, verdict);
    QFETCH(Verdict, ruleByRule);
    QFETCH(QString, allowed);

    const NetworkSecurityGroup nsg = readOne(nsgFromDsl(rules));
    ExposureEvaluator evaluator;
    const Finding f = evaluator.evaluate(nsg);
    const QString reason = FindingText(nsg, f, evaluator.options()).reason();
    QVERIFY2(f.verdict == verdict, qPrintable(apiName(f.verdict) + QLatin1String(": ") + reason));
    QCOMPARE(apiName(f.ruleByRuleVerdict), apiName(ruleByRule));
    QCOMPARE(allowedText(f), allowed);
    QVERIFY(!reason.isEmpty());
    if (verdict == Exposed)
        QVERIFY(!f.exposing.empty());
}

void TestExposureEvaluator::denyAboveAllowShadowsIt()
{
    const NetworkSecurityGroup nsg = readOne(nsgFromDsl(
        QStringLiteral("Deny 100 * * 25 name=DenySmtp; Allow 200 Tcp Internet 25 name=AllowSmtp")));
    ExposureEvaluator evaluator;
    const Finding f = evaluator.evaluate(nsg);
    QCOMPARE(f.verdict, Verdict::Ok);
    QCOMPARE(f.trace.size(), size_t(5)); // two custom + three default inbound rules
    QCOMPARE(f.trace[0].mark, RuleMark::Decides);
    QCOMPARE(f.trace[1].mark, RuleMark::Shadowed);
    QCOMPARE(f.trace[1].shadowedBy, qint16(0));
    const QString reason = FindingText(nsg, f, evaluator.options()).reason();
    QVERIFY2(reason.contains(QLatin1String("'AllowSmtp'"))
                 && reason.contains(QLatin1String("'DenySmtp'")),
             qPrintable(reason));
    const QString note = FindingText(nsg, f, evaluator.options()).ruleByRuleNote();
    QVERIFY2(note.contains(QLatin1String("exposed")) && note.contains(QLatin1String("'DenySmtp'")),
             qPrintable(note));
}

void TestExposureEvaluator::partialDenyLeavesExactRange()
{
    const Finding f =
        evaluate(QStringLiteral("Deny 100 * 0.0.0.0/1 25; Allow 200 Tcp Internet 25"));
    QCOMPARE(f.verdict, Verdict::Exposed);
    QCOMPARE(f.exposing.size(), size_t(1));
    QCOMPARE(f.exposing[0].rule, quint16(1));
    QCOMPARE(f.trace[1].partlyShadowed, true);
    QCOMPARE(f.trace[1].shadowedBy, qint16(0));
    // Exactly the public part of 128.0.0.0/1, and all public IPv6.
    AddressSet expected = AddressSet::fromCidr(*Cidr::parse(std::string_view("128.0.0.0/1")));
    expected.addCidr(*Cidr::parse(std::string_view("::/0")));
    expected.intersect(AddressSet::publicInternet());
    QCOMPARE(f.allowedIpv4, expected.ipv4());
    QCOMPARE(f.allowedIpv6, expected.ipv6());
    QCOMPARE(f.publicIpv4Count(), expected.ipv4Count());
    // 2^31 minus 169.254/16, 172.16/12, 192.168/16, 224/4 and 240/4.
    QCOMPARE(f.publicIpv4Count(),
             quint64(2147483648ull - 65536 - 1048576 - 65536 - 268435456 - 268435456));
}

void TestExposureEvaluator::proofMarksEveryInboundRule()
{
    const NetworkSecurityGroup nsg = readOne(nsgFromDsl(QStringLiteral(
        "Allow 100 Udp * 25; Allow 110 Tcp 10.0.0.0/8 25; Allow 120 Tcp Internet 25; "
        "Allow 130 Tcp 203.0.113.0/24 25; Allow 140 Tcp * 25 dir=Outbound")));
    ExposureEvaluator evaluator;
    const Finding f = evaluator.evaluate(nsg);
    QCOMPARE(f.trace.size(), size_t(7)); // four custom inbound + three default inbound
    const RuleMark expected[] = {RuleMark::PortOrProtocolMismatch,
                                 RuleMark::SourceNotPublic,
                                 RuleMark::Decides,
                                 RuleMark::Shadowed,
                                 RuleMark::SourceNotPublic,
                                 RuleMark::SourceNotPublic,
                                 RuleMark::Shadowed};
    for (size_t i = 0; i < f.trace.size(); ++i)
        QCOMPARE(apiName(f.trace[i].mark), apiName(expected[i]));
    const QStringList proof = FindingText(nsg, f, evaluator.options()).proof();
    QCOMPARE(proof.size(), 7);
    QVERIFY2(proof[2].startsWith(QLatin1String("120 rule3"))
                 && proof[2].contains(QLatin1String("any Internet address")),
             qPrintable(proof[2]));
    QVERIFY2(proof[3].contains(QLatin1String("shadowed")), qPrintable(proof[3]));
}

void TestExposureEvaluator::ruleByRuleDisagreementIsExplained()
{
    const NetworkSecurityGroup nsg = readOne(
        nsgFromDsl(QStringLiteral("Allow 100 Tcp 0.0.0.0/1 25; Allow 110 Tcp 128.0.0.0/1 25")));
    ExposureEvaluator evaluator;
    const Finding f = evaluator.evaluate(nsg);
    QCOMPARE(f.verdict, Verdict::Exposed);
    QCOMPARE(f.ruleByRuleVerdict, Verdict::Ok);
    QVERIFY(!FindingText(nsg, f, evaluator.options()).ruleByRuleNote().isEmpty());
    const Finding agree = evaluate(QStringLiteral("Allow 100 Tcp * 25"));
    QVERIFY(FindingText(readOne(nsgFromDsl(QStringLiteral("Allow 100 Tcp * 25"))), agree,
                        evaluator.options())
                .ruleByRuleNote()
                .isEmpty());
}

void TestExposureEvaluator::breadthLimitIsAParameter()
{
    EvaluationOptions strict;
    strict.limit.maxPublicIpv4 = 0;
    QCOMPARE(evaluate(QStringLiteral("Allow 100 Tcp 203.0.113.9 25"), strict).verdict,
             Verdict::Exposed);
    EvaluationOptions loose;
    loose.limit.maxPublicIpv4 = 1024;
    QCOMPARE(evaluate(QStringLiteral("Allow 100 Tcp 198.51.100.0/23 25"), loose).verdict,
             Verdict::Ok);
    EvaluationOptions v6;
    v6.limit.minIpv6PrefixLength = 48;
    QCOMPARE(evaluate(QStringLiteral("Allow 100 Tcp 2001:db8:1::/48 25"), v6).verdict, Verdict::Ok);
    QCOMPARE(evaluate(QStringLiteral("Allow 100 Tcp 2001:db8::/47 25"), v6).verdict,
             Verdict::Exposed);
}

void TestExposureEvaluator::otherPolicies_data()
{
    QTest::addColumn<QString>("rules");
    QTest::addColumn<int>("protocol");
    QTest::addColumn<int>("port");
    QTest::addColumn<Verdict>("verdict");
    QTest::newRow("SSH open") << "Allow 100 Tcp * 22" << int(Protocol::Tcp) << 22 << Exposed;
    QTest::newRow("SSH policy, SMTP rule")
        << "Allow 100 Tcp * 25" << int(Protocol::Tcp) << 22 << Ok;
    QTest::newRow("DNS over UDP") << "Allow 100 Udp * 53" << int(Protocol::Udp) << 53 << Exposed;
    QTest::newRow("UDP policy ignores Tcp rule")
        << "Allow 100 Tcp * 53" << int(Protocol::Udp) << 53 << Ok;
    QTest::newRow("Any protocol matches UDP")
        << "Allow 100 * * 161" << int(Protocol::Udp) << 161 << Exposed;
}

void TestExposureEvaluator::otherPolicies()
{
    QFETCH(QString, rules);
    QFETCH(int, protocol);
    QFETCH(int, port);
    QFETCH(Verdict, verdict);
    EvaluationOptions options;
    options.policy = PortPolicy::custom(Protocol(protocol), quint16(port));
    QCOMPARE(apiName(evaluate(rules, options).verdict), apiName(verdict));
}

void TestExposureEvaluator::defaultRulesAssumedWhenMissing()
{
    nlohmann::json nsg = nsgFromDsl(QStringLiteral("Allow 100 Tcp 10.0.0.0/8 25"));
    nsg["properties"].erase("defaultSecurityRules");
    const NetworkSecurityGroup read = readOne(nsg);
    QVERIFY(read.defaultRulesAssumed());
    QCOMPARE(read.inboundDefaultRules().size(), 3);
    ExposureEvaluator evaluator;
    const Finding f = evaluator.evaluate(read);
    QCOMPARE(f.verdict, Verdict::Ok);
    QVERIFY(f.hasNote(Finding::DefaultRulesAssumed));
    QCOMPARE(f.trace.back().mark, RuleMark::Decides); // DenyAllInBound decides the rest
}

void TestExposureEvaluator::unattachedKeepsVerdict()
{
    nlohmann::json nsg = nsgFromDsl(QStringLiteral("Allow 100 Tcp * 25"));
    nsg["properties"].erase("subnets");
    const NetworkSecurityGroup read = readOne(nsg);
    ExposureEvaluator evaluator;
    const Finding f = evaluator.evaluate(read);
    QCOMPARE(f.verdict, Verdict::Exposed);
    QVERIFY(f.hasNote(Finding::NotAttached));
    QVERIFY(
        FindingText(read, f, evaluator.options()).reason().contains(QLatin1String("not attached")));
}

QTEST_GUILESS_MAIN(TestExposureEvaluator)
#include "tst_exposureevaluator.moc"
