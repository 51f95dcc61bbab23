// SPDX-License-Identifier: MIT
#undef QT_NO_CAST_FROM_ASCII // string literals in the data tables
#include "nsgtestdata.h"

#include "core/audit/exposureevaluator.h"
#include "core/audit/findingtext.h"

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
    void everyDenyThatDecidesIsCredited();
    void creditsFollowTheFirstMatch();
    void creditsOnMultiPortPolicies();
    void countNamesIpv6WhenItGetsIn();
    void proofMarksEveryInboundRule();
    void ruleByRuleDisagreementIsExplained();
    void breadthLimitIsAParameter();
    void otherPolicies_data();
    void otherPolicies();
    void catalogPolicies_data();
    void catalogPolicies();
    void catalogIsTheDocumentedOne();
    void policyNames_data();
    void policyNames();
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

namespace {

QStringList rangesOf(const ShadowShare &share)
{
    return FindingText::shareRanges(share);
}

} // namespace

// issue 16, point 2: two Denies close the Internet between them; the proof names both.
void TestExposureEvaluator::everyDenyThatDecidesIsCredited()
{
    const NetworkSecurityGroup nsg = readOne(nsgFromDsl(QStringLiteral(
        "Deny 100 * 0.0.0.0/1 25 name=Deny-Lower-Half; Deny 199 Tcp Internet 25 name=Deny-Upper; "
        "Allow 200 Tcp Internet 25 name=Allow-SMTP-Internet")));
    ExposureEvaluator evaluator;
    evaluator.setRecordShares(true);
    const Finding f = evaluator.evaluate(nsg);
    QCOMPARE(f.verdict, Verdict::Ok);
    QCOMPARE(f.trace[2].mark, RuleMark::Shadowed);
    QCOMPARE(f.trace[2].shadowedBy, qint16(0)); // still the earliest
    const std::span<const ShadowShare> by = f.decidedBy(2);
    QCOMPARE(by.size(), size_t(2));
    QCOMPARE(by[0].by, quint16(0));
    QCOMPARE(rangesOf(by[0]), QStringList{QStringLiteral("0.0.0.0/1")});
    QCOMPARE(by[1].by, quint16(1));
    // What the first Deny left: the upper half and all of IPv6.
    QCOMPARE(rangesOf(by[1]), (QStringList{QStringLiteral("128.0.0.0/1"), QStringLiteral("::/0")}));
    QVERIFY(f.decidedBy(0).empty());
    QCOMPARE(f.decidedBy(1).size(), size_t(1)); // the Deny at 199: partly, by the first

    const FindingText text(nsg, f, evaluator.options());
    // A verdict evaluated without the shares (as scans do, for speed) gets the same words: the
    // text records them when it needs them.
    ExposureEvaluator plain;
    const Finding bare = plain.evaluate(nsg);
    QVERIFY(bare.shadowShares.empty());
    QCOMPARE(FindingText(nsg, bare, plain.options()).decidedByPhrase(2), text.decidedByPhrase(2));
    const QString both = QStringLiteral(
        "Deny rule 'Deny-Lower-Half' (priority 100: 0.0.0.0/1) and Deny rule 'Deny-Upper' "
        "(priority 199: 128.0.0.0/1, ::/0)");
    QCOMPARE(text.decidedByPhrase(2), both);
    QCOMPARE(text.reason(),
             QStringLiteral("No public address reaches TCP/25: Allow rule 'Allow-SMTP-Internet' "
                            "(priority 200) is shadowed by ")
                 + both);
    QVERIFY2(text.ruleByRuleNote().contains(both + QLatin1String(" decide that traffic first")),
             qPrintable(text.ruleByRuleNote()));
    QVERIFY2(text.decision(2).contains(both), qPrintable(text.decision(2)));
    QVERIFY2(text.proof()[2].contains(both), qPrintable(text.proof()[2]));

    // Many ranges are summed up; a name that looks like a placeholder stays as it is.
    const NetworkSecurityGroup many = readOne(nsgFromDsl(QStringLiteral(
        "Deny 100 * 20.0.0.0/8,22.0.0.0/8,24.0.0.0/8,26.0.0.0/8,28.0.0.0/8 25 name=Many%3; "
        "Allow 200 Tcp 0.0.0.0/0 25")));
    const Finding g = evaluator.evaluate(many);
    QCOMPARE(FindingText(many, g, evaluator.options()).decidedByPhrase(1),
             QStringLiteral("Deny rule 'Many%3' (priority 100: 20.0.0.0/8, 22.0.0.0/8, 24.0.0.0/8 "
                            "and 2 more)"));
}

// Each address is credited to the first rule that matched it, and an Allow that still decides
// some of its sources names every rule that decided the rest.
void TestExposureEvaluator::creditsFollowTheFirstMatch()
{
    const NetworkSecurityGroup nsg = readOne(nsgFromDsl(QStringLiteral(
        "Deny 100 * 0.0.0.0/2 25 name=A; Deny 110 Tcp 0.0.0.0/1 25 name=B; "
        "Deny 120 Tcp 128.0.0.0/2 25 sport=1000-2000 name=Limited; "
        "Deny 130 Tcp 128.0.0.0/2 25 name=C; Allow 200 Tcp 0.0.0.0/0 25 name=Open")));
    ExposureEvaluator evaluator;
    evaluator.setRecordShares(true);
    const Finding f = evaluator.evaluate(nsg);
    QCOMPARE(f.verdict, Verdict::Exposed);
    QCOMPARE(f.trace[4].mark, RuleMark::Decides);
    QVERIFY(f.trace[4].partlyShadowed);
    const std::span<const ShadowShare> by = f.decidedBy(4);
    QCOMPARE(by.size(), size_t(3)); // not the Deny limited to some source ports
    QCOMPARE(by[0].by, quint16(0));
    QCOMPARE(rangesOf(by[0]), QStringList{QStringLiteral("0.0.0.0/2")});
    QCOMPARE(by[1].by, quint16(1));
    QCOMPARE(rangesOf(by[1]), QStringList{QStringLiteral("64.0.0.0/2")}); // only what A left
    QCOMPARE(by[2].by, quint16(3));
    QCOMPARE(rangesOf(by[2]), QStringList{QStringLiteral("128.0.0.0/2")});
    // B is itself partly shadowed, by A alone.
    QCOMPARE(f.decidedBy(1).size(), size_t(1));
    const QString decision = FindingText(nsg, f, evaluator.options()).decision(4);
    QVERIFY2(decision.contains(QLatin1String(
                 "decided earlier by Deny rule 'A' (priority 100: 0.0.0.0/2), Deny rule 'B' "
                 "(priority 110: 64.0.0.0/2) and Deny rule 'C' (priority 130: 128.0.0.0/2)")),
             qPrintable(decision));
}

void TestExposureEvaluator::creditsOnMultiPortPolicies()
{
    // FTP (TCP 20-21): each port shadowed by its own Deny; the Allow names both.
    EvaluationOptions options;
    options.policy = *PortPolicy::fromName(QStringLiteral("ftp"));
    const NetworkSecurityGroup nsg = readOne(nsgFromDsl(
        QStringLiteral("Deny 100 Tcp Internet 20 name=D20; Deny 110 Tcp Internet 21 name=D21; "
                       "Allow 200 Tcp Internet 20-21 name=Both")));
    ExposureEvaluator evaluator(options);
    evaluator.setRecordShares(true);
    const Finding f = evaluator.evaluate(nsg);
    QCOMPARE(f.verdict, Verdict::Ok);
    QCOMPARE(f.trace[2].mark, RuleMark::Shadowed);
    QCOMPARE(f.trace[2].shadowedBy, qint16(0));
    const std::span<const ShadowShare> by = f.decidedBy(2);
    QCOMPARE(by.size(), size_t(2));
    QCOMPARE(by[0].by, quint16(0));
    QCOMPARE(by[1].by, quint16(1));
    QCOMPARE(rangesOf(by[1]), (QStringList{QStringLiteral("0.0.0.0/0"), QStringLiteral("::/0")}));
}

// issue 16, point 12: an NSG open to all of IPv6 is not summed up as "(1 public IPv4 address)".
void TestExposureEvaluator::countNamesIpv6WhenItGetsIn()
{
    const NetworkSecurityGroup nsg =
        readOne(nsgFromDsl(QStringLiteral("Allow 100 Tcp 192.0.2.10 25 name=Allow-SMTP-v4-Partner; "
                                          "Allow 110 Tcp ::/0 25 name=Allow-SMTP-v6")));
    ExposureEvaluator evaluator;
    const Finding f = evaluator.evaluate(nsg);
    QCOMPARE(f.verdict, Verdict::Exposed);
    const QString reason = FindingText(nsg, f, evaluator.options()).reason();
    QVERIFY2(reason.contains(QLatin1String(
                 "192.0.2.10 and any public IPv6 address (1 public IPv4 address and any public "
                 "IPv6 address)")),
             qPrintable(reason));
    QCOMPARE(countPhrase(f.publicIpv4Count(), f.publicIpv6Count()),
             QStringLiteral("1 public IPv4 address and any public IPv6 address"));
    QCOMPARE(countPhrase(16, uint128(1) << 64),
             QStringLiteral("16 public IPv4 addresses and 2^64 public IPv6 addresses"));
    // A family open to all alone needs no count.
    const NetworkSecurityGroup v6 = readOne(nsgFromDsl(QStringLiteral("Allow 100 Tcp ::/0 25")));
    const Finding open6 = evaluator.evaluate(v6);
    QCOMPARE(
        FindingText(v6, open6, evaluator.options()).reason(),
        QStringLiteral("Rule 'rule1' (priority 100) lets any public IPv6 address reach TCP/25"));
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

void TestExposureEvaluator::catalogPolicies_data()
{
    QTest::addColumn<QString>("policy");
    QTest::addColumn<QString>("rules");
    QTest::addColumn<Verdict>("verdict");
    QTest::addColumn<QStringList>("exposing"); // names of the exposing rules
    // A UDP service: only UDP and Any rules count.
    QTest::newRow("SNMP, Udp rule")
        << "snmp"
        << "Allow 100 Udp * 161 name=snmp" << Exposed << QStringList{"snmp"};
    QTest::newRow("SNMP, Tcp rule") << "snmp"
                                    << "Allow 100 Tcp * 161" << Ok << QStringList{};
    QTest::newRow("NetBIOS, one of three ports")
        << "netbios"
        << "Allow 100 * Internet 138 name=nb" << Exposed << QStringList{"nb"};
    // A multi-port service: exposed on any of its ports, each port evaluated with precedence.
    QTest::newRow("FTP, data port only")
        << "ftp"
        << "Allow 100 Tcp * 20 name=data" << Exposed << QStringList{"data"};
    QTest::newRow("FTP, deny one port, allow both")
        << "ftp"
        << "Deny 100 Tcp * 21; Allow 200 Tcp * 20-21 name=both" << Exposed << QStringList{"both"};
    QTest::newRow("FTP, deny both first")
        << "ftp"
        << "Deny 100 Tcp * 20-21; Allow 200 Tcp * 20-21" << Ok << QStringList{};
    QTest::newRow("MySQL, second port in a range")
        << "mysql"
        << "Allow 100 Tcp * 4000-4500 name=r" << Exposed << QStringList{"r"};
    QTest::newRow("MongoDB, a rule per port")
        << "mongodb"
        << "Allow 100 Tcp 198.51.100.0/24 27017 name=a; Allow 110 Tcp 203.0.113.0/24 27019 name=b"
        << Exposed << QStringList{"a", "b"}; // 256 + 256 addresses: past the limit together
    QTest::newRow("DNS, TCP side only")
        << "dns"
        << "Allow 100 Tcp * 53 name=t" << Exposed << QStringList{"t"};
    QTest::newRow("DNS, UDP side only")
        << "dns"
        << "Allow 100 Udp * 53 name=u" << Exposed << QStringList{"u"};
    QTest::newRow("SQL Server, UDP browser port")
        << "sql-server"
        << "Allow 100 Udp * 1434 name=b; Allow 110 Udp * 1433" << Exposed << QStringList{"b"};
    QTest::newRow("SSH, SMTP rule") << "ssh"
                                    << "Allow 100 Tcp * 25" << Ok << QStringList{};
    // All ports: any allowed port counts, a deny covering some ports leaves the others.
    QTest::newRow("All ports, high port")
        << "all-ports"
        << "Allow 100 Udp * 60000 name=h" << Exposed << QStringList{"h"};
    QTest::newRow("All ports, deny all then allow")
        << "all-ports"
        << "Deny 100 * * *; Allow 200 * * *" << Ok << QStringList{};
    QTest::newRow("All ports, deny TCP only")
        << "all-ports"
        << "Deny 100 Tcp * *; Allow 200 * * 1000-2000 name=a" << Exposed << QStringList{"a"};
    QTest::newRow("All ports, deny a range inside")
        << "all-ports"
        << "Deny 100 * * 1000-2000; Allow 200 * * 1500-1600" << Ok << QStringList{};
    QTest::newRow("custom range") << "tcp/8000-8100"
                                  << "Allow 100 Tcp * 8100 name=e" << Exposed << QStringList{"e"};
    QTest::newRow("custom range, outside") << "tcp/8000-8100"
                                           << "Allow 100 Tcp * 8101" << Ok << QStringList{};
}

void TestExposureEvaluator::catalogPolicies()
{
    QFETCH(QString, policy);
    QFETCH(QString, rules);
    QFETCH(Verdict, verdict);
    QFETCH(QStringList, exposing);
    EvaluationOptions options;
    QString error;
    const std::optional<PortPolicy> chosen = PortPolicy::fromName(policy, &error);
    QVERIFY2(chosen, qPrintable(error));
    options.policy = *chosen;
    const NetworkSecurityGroup nsg = readOne(nsgFromDsl(rules));
    ExposureEvaluator evaluator(options);
    const Finding f = evaluator.evaluate(nsg);
    QCOMPARE(apiName(f.verdict), apiName(verdict));
    QStringList names;
    for (const ExposingRule &e : f.exposing)
        names.push_back(nsg.inboundRules()[e.rule].name());
    QCOMPARE(names, exposing);
    // The trace has a mark for every rule, and the proof names the service's ports.
    QCOMPARE(f.trace.size(), nsg.inboundRules().size());
    if (verdict == Verdict::Exposed)
        QVERIFY(FindingText(nsg, f, options).reason().contains(chosen->target()));
}

void TestExposureEvaluator::catalogIsTheDocumentedOne()
{
    // Every service row of docs/port-catalog.md is in the catalog with its ports.
    QFile doc(QStringLiteral(NSG_SOURCE_DIR "/docs/port-catalog.md"));
    QVERIFY2(doc.open(QIODevice::ReadOnly),
             qPrintable(doc.fileName() + QLatin1String(": ") + doc.errorString()));
    int rows = 0;
    for (const QString &line : QString::fromUtf8(doc.readAll()).split(QLatin1Char('\n'))) {
        const QStringList cells = line.split(QLatin1Char('|'));
        if (cells.size() != 6 || cells[1].trimmed() == QLatin1String("Service")
            || cells[1].startsWith(QLatin1String("---")))
            continue;
        const QString name = cells[1].trimmed();
        const std::optional<PortPolicy> p = PortPolicy::fromName(name);
        QVERIFY2(p, qPrintable(name));
        QCOMPARE(p->name, name);
        QCOMPARE(p->severity, cells[4].trimmed());
        QStringList expected;
        const QString tcp = cells[2].trimmed(), udp = cells[3].trimmed();
        if (!tcp.isEmpty())
            expected << QLatin1String("TCP/") + tcp;
        if (!udp.isEmpty())
            expected << QLatin1String("UDP/") + udp;
        QCOMPARE(p->target(), expected.join(QLatin1String("; ")));
        ++rows;
    }
    QCOMPARE(size_t(rows), PortPolicy::catalog().size());
    QCOMPARE(PortPolicy::catalog().front().id, QStringLiteral("smtp"));
}

void TestExposureEvaluator::policyNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("id"); // empty: refused
    QTest::newRow("id") << "ssh"
                        << "ssh";
    QTest::newRow("case") << "SSH"
                          << "ssh";
    QTest::newRow("spaces") << "SQL Server"
                            << "sql-server";
    QTest::newRow("custom tcp") << "tcp/2525"
                                << "tcp/2525";
    QTest::newRow("custom = catalog") << "tcp/22"
                                      << "ssh";
    QTest::newRow("custom udp") << "UDP/500"
                                << "udp/500";
    QTest::newRow("range") << "tcp/8000-8100"
                           << "tcp/8000-8100";
    QTest::newRow("unknown") << "gopher"
                             << "";
    QTest::newRow("reversed range") << "tcp/9-1"
                                    << "";
    QTest::newRow("too big") << "tcp/65536"
                             << "";
    QTest::newRow("icmp") << "icmp/1"
                          << "";
    QTest::newRow("empty") << ""
                           << "";
}

void TestExposureEvaluator::policyNames()
{
    QFETCH(QString, name);
    QFETCH(QString, id);
    QString error;
    const std::optional<PortPolicy> p = PortPolicy::fromName(name, &error);
    if (id.isEmpty()) {
        QVERIFY(!p);
        QVERIFY(error.contains(QLatin1String("--list-policies")));
    } else {
        QVERIFY2(p, qPrintable(error));
        QCOMPARE(p->id, id);
    }
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
