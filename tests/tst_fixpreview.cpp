// SPDX-License-Identifier: MIT
// FixPreview on a fixture NSG (tests/data/nsg-mail-edit.json: HTTPS from anywhere at 100, a
// partner's one address on port 25 at 150, SMTP from the Internet at 200): each fix's verdict
// before and after, the property diff, the rule before and after, and the az command.
#undef QT_NO_CAST_FROM_ASCII // tables of expected text read best as plain literals

#include "jsoncompare.h"

#include "workspace/fixpreview.h"

#include <QFile>
#include <QTest>

using namespace nsg;
using json = nlohmann::json;

namespace {

const QString kNsgId = "/subscriptions/2c5a7d3b-8f4e-4b6a-c9d2-1e3f5a7b9c21/resourceGroups/"
                       "rg-mail/providers/Microsoft.Network/networkSecurityGroups/nsg-mail";
const QString kTarget = "--subscription 2c5a7d3b-8f4e-4b6a-c9d2-1e3f5a7b9c21 --resource-group "
                        "rg-mail --nsg-name nsg-mail";
const QString kNext = " \\\n    "; // az's options continue on the next line
const QString kSmtp = "Allow-SMTP-Internet";

NsgDocument fixture()
{
    QFile f(QStringLiteral(NSG_TEST_DATA_DIR "/nsg-mail-edit.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("tests/data/nsg-mail-edit.json is missing");
    return NsgDocument::fromText(QString::fromUtf8(f.readAll()));
}

RuleFix fixOf(RuleFix::Kind kind, const QStringList &prefixes = {})
{
    RuleFix fix;
    fix.kind = kind;
    fix.prefixes = prefixes;
    return fix;
}

} // namespace

class TestFixPreview final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixes_data();
    void fixes();
    void restrictTooWideStillExposes();
    void narrowRuleIsNotExposing();
    void noSuchRule();
    void noFreePriorityAbove();
    void ruleIdNamesTheCommand();
};

void TestFixPreview::fixes_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QStringList>("prefixes");
    QTest::addColumn<QStringList>("diff");
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("ruleBefore"); // the rule written, by name ("" for none)
    QTest::addColumn<QString>("ruleAfter");

    QTest::newRow("restrict the source")
        << int(RuleFix::Kind::RestrictSource) << QStringList{"203.0.113.16/28"}
        << QStringList{R"(- sourceAddressPrefix: "Internet")",
                       R"(+ sourceAddressPrefix: "203.0.113.16/28")"}
        << "az network nsg rule update " + kTarget + " --name Allow-SMTP-Internet" + kNext
            + "--source-address-prefixes 203.0.113.16/28"
        << kSmtp << kSmtp;
    QTest::newRow("restrict to two ranges")
        << int(RuleFix::Kind::RestrictSource) << QStringList{"203.0.113.16/28", "2001:db8:1::/64"}
        << QStringList{R"(- sourceAddressPrefix: "Internet")", R"(- sourceAddressPrefixes: [])",
                       R"(+ sourceAddressPrefixes: ["203.0.113.16/28","2001:db8:1::/64"])"}
        << "az network nsg rule update " + kTarget + " --name Allow-SMTP-Internet" + kNext
            + "--source-address-prefixes 203.0.113.16/28 2001:db8:1::/64"
        << kSmtp << kSmtp;
    QTest::newRow("make deny") << int(RuleFix::Kind::MakeDeny) << QStringList{}
                               << QStringList{R"(- access: "Allow")", R"(+ access: "Deny")"}
                               << "az network nsg rule update " + kTarget
            + " --name Allow-SMTP-Internet" + kNext + "--access Deny"
                               << kSmtp << kSmtp;
    QTest::newRow("delete") << int(RuleFix::Kind::Delete) << QStringList{}
                            << QStringList{"- name: Allow-SMTP-Internet",
                                           R"(- access: "Allow")",
                                           R"(- description: "Mail from anywhere")",
                                           R"(- destinationAddressPrefix: "*")",
                                           R"(- destinationPortRange: "25")",
                                           R"(- direction: "Inbound")",
                                           "- priority: 200",
                                           R"(- protocol: "Tcp")",
                                           R"(- sourceAddressPrefix: "Internet")",
                                           R"(- sourcePortRange: "*")"}
                            << "az network nsg rule delete " + kTarget
            + " --name Allow-SMTP-Internet"
                            << kSmtp << "";
    QTest::newRow("deny above")
        << int(RuleFix::Kind::DenyAbove) << QStringList{}
        << QStringList{"+ name: Deny-Allow-SMTP-Internet",
                       R"(+ access: "Deny")",
                       R"x(+ description: "Blocks what Allow-SMTP-Internet lets in (NSG Auditor)")x",
                       R"(+ destinationAddressPrefix: "*")",
                       R"(+ destinationPortRange: "25")",
                       R"(+ direction: "Inbound")",
                       "+ priority: 199",
                       R"(+ protocol: "Tcp")",
                       R"(+ sourceAddressPrefix: "Internet")",
                       R"(+ sourcePortRange: "*")"}
        << "az network nsg rule create " + kTarget + " --name Deny-Allow-SMTP-Internet" + kNext
            + "--priority 199 --access Deny --direction Inbound --protocol Tcp" + kNext
            + "--source-port-ranges '*'" + kNext + "--destination-port-ranges 25" + kNext
            + "--source-address-prefixes Internet" + kNext + "--destination-address-prefixes '*'"
            + kNext + "--description 'Blocks what Allow-SMTP-Internet lets in (NSG Auditor)'"
        << ""
        << "Deny-Allow-SMTP-Internet";
}

void TestFixPreview::fixes()
{
    QFETCH(int, kind);
    QFETCH(QStringList, prefixes);
    QFETCH(QStringList, diff);
    QFETCH(QString, command);
    QFETCH(QString, ruleBefore);
    QFETCH(QString, ruleAfter);

    const NsgDocument nsg = fixture();
    const FixPreview preview(nsg, kSmtp, fixOf(RuleFix::Kind(kind), prefixes), {});
    QVERIFY2(preview.isValid(), qPrintable(preview.error()));

    // The verdicts: exposed by the Internet rule before, OK after (the partner's one address
    // stays, within the breadth limit).
    QVERIFY(preview.before());
    QCOMPARE(preview.before()->finding.verdict, Verdict::Exposed);
    QVERIFY(preview.ruleExposesBefore());
    QVERIFY(preview.after());
    QCOMPARE(preview.after()->finding.verdict, Verdict::Ok);
    QVERIFY(!preview.ruleStillExposes());
    QCOMPARE(preview.otherExposingRules(), 0);

    QCOMPARE(preview.diffLines(), diff);
    QCOMPARE(preview.azCommand(), command);
    QCOMPARE(preview.ruleId(), kNsgId + "/securityRules/" + kSmtp);

    // The rule before and after, as written.
    QCOMPARE(preview.ruleBefore().isNull(), ruleBefore.isEmpty());
    QCOMPARE(preview.ruleBefore().name(), ruleBefore);
    QCOMPARE(preview.ruleAfter().isNull(), ruleAfter.isEmpty());
    QCOMPARE(preview.ruleAfter().name(), ruleAfter);
    if (!ruleBefore.isEmpty())
        QVERIFY(preview.ruleBefore().sameAs(nsg.findRule(kSmtp)));
    // The NSG after holds the rule after (and no longer the rule deleted), nothing else changed.
    const NsgDocument after = preview.nsgAfter();
    if (!ruleAfter.isEmpty())
        QCOMPARE_JSON(after.findRule(ruleAfter).toJson(), preview.ruleAfter().toJson());
    else
        QVERIFY(after.findRule(kSmtp).isNull());
    QCOMPARE_JSON(after.findRule("Allow-SMTP-Partner").toJson(),
                  nsg.findRule("Allow-SMTP-Partner").toJson());
    // The NSG before is left as it was.
    QCOMPARE_JSON(preview.nsgBefore().toJson(), fixture().toJson());

    // The restricted rule holds the new source and nothing else new.
    if (RuleFix::Kind(kind) == RuleFix::Kind::RestrictSource) {
        QCOMPARE(preview.ruleAfter().values("sourceAddressPrefix", "sourceAddressPrefixes"),
                 prefixes);
        QCOMPARE(preview.ruleBefore().changedProperties(preview.ruleAfter()),
                 QStringList{"sourceAddressPrefixes"});
    }
    if (RuleFix::Kind(kind) == RuleFix::Kind::DenyAbove)
        QCOMPARE(preview.ruleAfter().priority(), 199);
}

void TestFixPreview::restrictTooWideStillExposes()
{
    const FixPreview preview(fixture(), kSmtp,
                             fixOf(RuleFix::Kind::RestrictSource, {"198.51.0.0/16"}), {});
    QVERIFY(preview.isValid());
    QCOMPARE(preview.before()->finding.verdict, Verdict::Exposed);
    QCOMPARE(preview.after()->finding.verdict, Verdict::Exposed);
    QVERIFY(preview.ruleStillExposes());
    // In an exposed NSG the partner's rule counts among the rules that let the port in.
    QCOMPARE(preview.otherExposingRules(), 1);
    QCOMPARE(preview.diffLines(),
             (QStringList{R"(- sourceAddressPrefix: "Internet")",
                          R"(+ sourceAddressPrefix: "198.51.0.0/16")"}));

    // A wider limit lets the same /16 through as "known addresses".
    EvaluationOptions wide;
    wide.limit.maxPublicIpv4 = 70000;
    const FixPreview allowed(fixture(), kSmtp,
                             fixOf(RuleFix::Kind::RestrictSource, {"198.51.0.0/16"}), wide);
    QCOMPARE(allowed.after()->finding.verdict, Verdict::Ok);
    QVERIFY(!allowed.ruleStillExposes());
}

void TestFixPreview::narrowRuleIsNotExposing()
{
    // The partner's rule admits one address: not exposing before, and deleting the Internet
    // rule's neighbour leaves the NSG exposed by the Internet rule.
    const FixPreview preview(fixture(), "Allow-SMTP-Partner", fixOf(RuleFix::Kind::Delete), {});
    QVERIFY(preview.isValid());
    QVERIFY(!preview.ruleExposesBefore());
    QCOMPARE(preview.after()->finding.verdict, Verdict::Exposed);
    QVERIFY(!preview.ruleStillExposes());
    QCOMPARE(preview.otherExposingRules(), 1);
}

void TestFixPreview::noSuchRule()
{
    const FixPreview preview(fixture(), "Allow-Nothing", fixOf(RuleFix::Kind::MakeDeny), {});
    QVERIFY(!preview.isValid());
    QCOMPARE(preview.error(), QStringLiteral("The NSG has no rule Allow-Nothing."));
    QVERIFY(preview.nsgAfter().isNull());
    QVERIFY(preview.ruleBefore().isNull());
    QVERIFY(preview.ruleAfter().isNull());
    QVERIFY(preview.diffLines().isEmpty());
    // The NSG as it is still has a verdict; after an impossible fix there is none.
    QCOMPARE(preview.before()->finding.verdict, Verdict::Exposed);
    QVERIFY(!preview.after());
    QVERIFY(preview.ruleStillExposes());
    QCOMPARE(preview.ruleId(), kNsgId + "/securityRules/Allow-Nothing");
}

void TestFixPreview::noFreePriorityAbove()
{
    const FixPreview preview(fixture(), "Allow-HTTPS", fixOf(RuleFix::Kind::DenyAbove), {});
    QVERIFY(!preview.isValid());
    QCOMPARE(preview.error(),
             QStringLiteral("There is no free priority above 100 (priorities start at 100): a "
                            "Deny rule cannot be placed before Allow-HTTPS."));
    QVERIFY(!preview.after());
}

void TestFixPreview::ruleIdNamesTheCommand()
{
    // The command line names the rule as it was given; the command says the same.
    const QString given = kNsgId.toLower() + "/securityRules/allow-smtp-internet";
    const FixPreview preview(fixture(), "allow-smtp-internet", fixOf(RuleFix::Kind::MakeDeny), {},
                             given);
    QCOMPARE(preview.ruleId(), given);
    QCOMPARE(preview.azCommand(),
             "az network nsg rule update " + kTarget.toLower() + " --name allow-smtp-internet"
                 + kNext + "--access Deny");
    // Names compare without case: the rule is found all the same.
    QCOMPARE(preview.ruleBefore().name(), kSmtp);
    QCOMPARE(preview.after()->finding.verdict, Verdict::Ok);
}

QTEST_GUILESS_MAIN(TestFixPreview)
#include "tst_fixpreview.moc"
