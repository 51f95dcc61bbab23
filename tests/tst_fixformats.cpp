// SPDX-License-Identifier: MIT
// Each fix (restrict the source, change to Deny, delete, a Deny above) in each format a team
// ships with (ARM request, az, PowerShell, Bicep, Terraform), on a rule with a hostile name and
// description (quotes, `$()`, `${}`, `%{}`, backslashes, a newline, typographic quotes,
// non-ASCII):
// - the text of each is compared with its golden file (tests/data/fix-formats; NSG_UPDATE_GOLDEN=1
//   rewrites them);
// - the az command is run by bash with `az` replaced by a function that prints its arguments:
//   every value arrives exactly as the rule has it;
// - the ARM request is read back (method, URL, If-Match, body) and matches what the tool sends;
// - the Bicep, Terraform and PowerShell code is written to NSG_FIX_SNIPPETS_DIR for the parsers
//   of tests/conformance/snippets.test.mjs;
// - against the sandbox, the ARM request as printed and the tool's own write, each applied to
//   one of two identical NSGs, leave the two rules equal.
#undef QT_NO_CAST_FROM_ASCII // tables of expected text read best as plain literals

#include "jsoncompare.h"
#include "sandboxfixture.h"

#include "azure/armclient.h"
#include "azure/changejournal.h"
#include "azure/ruleeditor.h"
#include "azure/session.h"
#include "azure/tokenstore.h"
#include "core/model/resourceid.h"
#include "core/remediation/fixformats.h"
#include "sandbox/sandboxserver.h"
#include "workspace/fixpreview.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace nsg;
using json = nlohmann::json;

namespace {

const QString kNsgId = "/subscriptions/2c5a7d3b-8f4e-4b6a-c9d2-1e3f5a7b9c21/resourceGroups/"
                       "rg-mail/providers/Microsoft.Network/networkSecurityGroups/nsg-edge";
const QString kHostileName = QString::fromUtf8("Allow SMTP 'ops' \"$(id)\" ${HOME} \xc3\xbc");
const QString kHostileDescription = QString::fromUtf8(
    "It's \"open\"\nfor ${partner} & %{x} \\ $env:PATH `n \xe2\x80\x98smart\xe2\x80\x99 "
    "\xe2\x80\x94 \xc3\xbcn\xc3\xaf\xe2\x82\xac");
const QString kAsgRule = "Allow-SMTP-Partners";

json hostileNsg()
{
    const std::string nsgId = kNsgId.toStdString();
    auto rule = [&](const QString &name, json props) {
        props["provisioningState"] = "Succeeded";
        return json{{"name", name.toStdString()},
                    {"id", nsgId + "/securityRules/" + name.toStdString()},
                    {"etag", "W/\"7d0c1f3e-0000-4000-8000-000000000001\""},
                    {"type", "Microsoft.Network/networkSecurityGroups/securityRules"},
                    {"properties", std::move(props)}};
    };
    json rules = json::array();
    rules.push_back(rule(kHostileName,
                         {{"description", kHostileDescription.toStdString()},
                          {"protocol", "Tcp"},
                          {"sourcePortRange", "*"},
                          {"destinationPortRange", "25"},
                          {"sourceAddressPrefix", "Internet"},
                          {"destinationAddressPrefix", "*"},
                          {"access", "Allow"},
                          {"priority", 200},
                          {"direction", "Inbound"},
                          {"sourcePortRanges", json::array()},
                          {"destinationPortRanges", json::array()},
                          {"sourceAddressPrefixes", json::array()},
                          {"destinationAddressPrefixes", json::array()}}));
    rules.push_back(
        rule(kAsgRule,
             {{"protocol", "Tcp"},
              {"sourcePortRange", "*"},
              {"destinationPortRanges", {"25", "587"}},
              {"sourceApplicationSecurityGroups",
               {{{"id",
                  "/subscriptions/2c5a7d3b-8f4e-4b6a-c9d2-1e3f5a7b9c21/resourceGroups/rg-mail/"
                  "providers/Microsoft.Network/applicationSecurityGroups/asg-partners"}}}},
              {"destinationAddressPrefix", "10.0.1.4"},
              {"access", "Allow"},
              {"priority", 300},
              {"direction", "Inbound"}}));
    return json{{"name", "nsg-edge"},
                {"id", nsgId},
                {"location", "westeurope"},
                {"etag", "W/\"7d0c1f3e-0000-4000-8000-000000000001\""},
                {"type", "Microsoft.Network/networkSecurityGroups"},
                {"properties", {{"securityRules", rules}}}};
}

struct Case
{
    const char *name;
    RuleFix::Kind kind;
    QString rule;
    QStringList prefixes;
};

const std::vector<Case> &cases()
{
    static const std::vector<Case> all{
        {"restrict", RuleFix::Kind::RestrictSource, kHostileName, {"203.0.113.16/28"}},
        {"restrict-asg",
         RuleFix::Kind::RestrictSource,
         kAsgRule,
         {"203.0.113.16/28", "2001:db8:1::/64"}},
        {"deny", RuleFix::Kind::MakeDeny, kHostileName, {}},
        {"delete", RuleFix::Kind::Delete, kHostileName, {}},
        {"deny-above", RuleFix::Kind::DenyAbove, kHostileName, {}},
        {"deny-above-asg", RuleFix::Kind::DenyAbove, kAsgRule, {}},
    };
    return all;
}

FixPreview previewOf(const Case &c)
{
    RuleFix fix;
    fix.kind = c.kind;
    fix.prefixes = c.prefixes;
    return FixPreview(NsgDocument::fromJson(hostileNsg()), c.rule, fix, EvaluationOptions());
}

// One side of a diff block: the lines kept and removed ('-') or kept and added ('+').
QString sideOf(const QString &diff, QChar side)
{
    QStringList out;
    for (const QString &line : diff.split(QLatin1Char('\n'))) {
        if (line.startsWith(QStringLiteral("  ")) || line.startsWith(side + QLatin1Char(' ')))
            out << line.mid(2);
    }
    return out.join(QLatin1Char('\n'));
}

// The arguments bash passes to `az` when it runs `command`.
QStringList azArguments(const QString &command)
{
    QProcess bash;
    bash.start(QStringLiteral("bash"), {QStringLiteral("-s")});
    bash.write(QByteArray("set -eu\naz() { printf '%s\\0' \"$@\"; }\n") + command.toUtf8() + "\n");
    bash.closeWriteChannel();
    if (!bash.waitForFinished(10000) || bash.exitCode() != 0)
        return {QStringLiteral("bash failed: ") + QString::fromUtf8(bash.readAllStandardError())};
    QStringList args = QString::fromUtf8(bash.readAllStandardOutput()).split(QChar(0));
    if (!args.isEmpty() && args.last().isEmpty())
        args.removeLast();
    return args;
}

// az's options and their values ("--name" → {…}).
QMap<QString, QStringList> optionsOf(const QStringList &args)
{
    QMap<QString, QStringList> out;
    QString current;
    for (const QString &a : args) {
        if (a.startsWith(QStringLiteral("--"))) {
            current = a;
            out[current];
        } else if (!current.isEmpty()) {
            out[current].append(a);
        }
    }
    return out;
}

// A rule's values of a singular/plural pair, for comparison with what a format sends.
QStringList values(const RuleDocument &rule, const char *singular, const char *plural)
{
    if (singular)
        return rule.values(singular, plural);
    QStringList ids; // application security groups: [{"id": …}]
    const json &props = rule.toJson()["properties"];
    if (props.contains(plural)) {
        for (const json &g : props[plural])
            ids << QString::fromStdString(g.value("id", std::string()));
    }
    return ids;
}

struct ParsedRequest
{
    QByteArray method;
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
};

ParsedRequest parseRequest(const QString &text)
{
    ParsedRequest out;
    const qsizetype blank = text.indexOf(QStringLiteral("\n\n"));
    const QStringList head =
        (blank < 0 ? text : text.left(blank)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (head.isEmpty())
        return out;
    out.method = head.first().section(QLatin1Char(' '), 0, 0).toLatin1();
    out.url = QUrl(head.first().section(QLatin1Char(' '), 1), QUrl::StrictMode);
    for (qsizetype i = 1; i < head.size(); ++i) {
        const qsizetype colon = head.at(i).indexOf(QLatin1Char(':'));
        out.headers.append({head.at(i).left(colon).toLatin1(), head.at(i).mid(colon + 2).toUtf8()});
    }
    if (blank >= 0)
        out.body = text.mid(blank + 2).toUtf8();
    return out;
}

QByteArray headerOf(const ParsedRequest &r, const char *name)
{
    for (const auto &[k, v] : r.headers) {
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return QByteArray();
}

} // namespace

class TestFixFormats final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void golden_data();
    void golden();
    void azSendsEveryValueAsWritten_data();
    void azSendsEveryValueAsWritten();
    void armRequestIsTheToolsWrite_data();
    void armRequestIsTheToolsWrite();
    void etagFromTheNsgWhenTheRuleHasNone();
    void quoting_data();
    void quoting();
    void writeSnippetsForTheParsers();
    void armRequestAndToolLeaveEqualRules_data();
    void armRequestAndToolLeaveEqualRules();
};

void TestFixFormats::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    for (const Case &c : cases())
        QVERIFY2(previewOf(c).isValid(), c.name);
}

void TestFixFormats::golden_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<int>("format");
    for (size_t i = 0; i < cases().size(); ++i) {
        for (ShipFormat f : shipfix::formats()) {
            const QString row = QLatin1String(cases()[i].name) + QLatin1Char('.') + shipfix::key(f);
            QTest::newRow(qPrintable(row)) << int(i) << int(f);
        }
    }
}

void TestFixFormats::golden()
{
    QFETCH(int, index);
    QFETCH(int, format);
    const Case &c = cases()[size_t(index)];
    const ShippedFix shipped =
        shipfix::render(previewOf(c).shipping(), static_cast<ShipFormat>(format));
    QVERIFY(!shipped.blocks.isEmpty());
    const QString text = shipped.text();
    const QString path = QStringLiteral(NSG_TEST_DATA_DIR "/fix-formats/%1.%2.txt")
                             .arg(QLatin1String(c.name), shipfix::key(ShipFormat(format)));
    if (qEnvironmentVariableIsSet("NSG_UPDATE_GOLDEN")) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(text.toUtf8());
    }
    QFile f(path);
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path + " is missing"));
    const QString expected = QString::fromUtf8(f.readAll());
    if (text != expected) {
        const QStringList a = expected.split(QLatin1Char('\n'));
        const QStringList b = text.split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i) {
            const QString x = a.value(i);
            const QString y = b.value(i);
            if (x != y)
                QFAIL(qPrintable(QStringLiteral("%1 line %2:\nexpected: %3\nactual:   %4")
                                     .arg(path)
                                     .arg(i + 1)
                                     .arg(x, y)));
        }
    }
}

void TestFixFormats::azSendsEveryValueAsWritten_data()
{
    QTest::addColumn<int>("index");
    for (size_t i = 0; i < cases().size(); ++i)
        QTest::newRow(cases()[i].name) << int(i);
}

void TestFixFormats::azSendsEveryValueAsWritten()
{
    QFETCH(int, index);
    const Case &c = cases()[size_t(index)];
    const FixPreview preview = previewOf(c);
    const FixShipping shipping = preview.shipping();
    const ShippedFix az = shipfix::render(shipping, ShipFormat::AzureCli);
    const QStringList args = azArguments(az.blocks.first().code);
    QVERIFY2(args.size() > 4, qPrintable(args.join(QLatin1Char('|'))));
    const QMap<QString, QStringList> o = optionsOf(args);
    const ResourceId rid = ResourceId::parse(shipping.ruleId);
    QCOMPARE(o.value("--subscription"), QStringList{rid.subscriptionId});
    QCOMPARE(o.value("--resource-group"), QStringList{rid.resourceGroup});
    QCOMPARE(o.value("--nsg-name"), QStringList{"nsg-edge"});
    QCOMPARE(o.value("--name"), QStringList{rid.childName});
    const RuleDocument &after = preview.ruleAfter();
    switch (c.kind) {
    case RuleFix::Kind::RestrictSource:
        QCOMPARE(args.mid(0, 4), (QStringList{"network", "nsg", "rule", "update"}));
        QCOMPARE(o.value("--source-address-prefixes"), c.prefixes);
        // The rule had source ASGs: az must be told to clear them, as the tool's PUT does.
        QCOMPARE(
            o.contains("--source-asgs"),
            !values(preview.ruleBefore(), nullptr, "sourceApplicationSecurityGroups").isEmpty());
        if (o.contains("--source-asgs"))
            QCOMPARE(o.value("--source-asgs"), QStringList{"null"});
        break;
    case RuleFix::Kind::MakeDeny:
        QCOMPARE(args.mid(0, 4), (QStringList{"network", "nsg", "rule", "update"}));
        QCOMPARE(o.value("--access"), QStringList{"Deny"});
        QCOMPARE(o.size(), 5);
        break;
    case RuleFix::Kind::Delete:
        QCOMPARE(args.mid(0, 4), (QStringList{"network", "nsg", "rule", "delete"}));
        QCOMPARE(o.size(), 4);
        break;
    case RuleFix::Kind::DenyAbove: {
        QCOMPARE(args.mid(0, 4), (QStringList{"network", "nsg", "rule", "create"}));
        QCOMPARE(o.value("--name"), QStringList{after.name()});
        QCOMPARE(o.value("--priority"), QStringList{QString::number(after.priority())});
        QCOMPARE(o.value("--access"), QStringList{"Deny"});
        QCOMPARE(o.value("--direction"), QStringList{"Inbound"});
        QCOMPARE(o.value("--protocol"), QStringList{after.stringProperty("protocol")});
        QCOMPARE(o.value("--description"), QStringList{after.stringProperty("description")});
        QCOMPARE(o.value("--destination-port-ranges"),
                 values(after, "destinationPortRange", "destinationPortRanges"));
        QCOMPARE(o.value("--source-port-ranges"),
                 values(after, "sourcePortRange", "sourcePortRanges"));
        QCOMPARE(o.value("--destination-address-prefixes"),
                 values(after, "destinationAddressPrefix", "destinationAddressPrefixes"));
        const QStringList asgs = values(after, nullptr, "sourceApplicationSecurityGroups");
        if (asgs.isEmpty()) {
            QCOMPARE(o.value("--source-address-prefixes"),
                     values(after, "sourceAddressPrefix", "sourceAddressPrefixes"));
        } else {
            // az would default the prefixes to * and then drop them for the groups.
            QVERIFY(!o.contains("--source-address-prefixes"));
            QCOMPARE(o.value("--source-asgs"), asgs);
        }
        break;
    }
    }
}

void TestFixFormats::armRequestIsTheToolsWrite_data()
{
    azSendsEveryValueAsWritten_data();
}

void TestFixFormats::armRequestIsTheToolsWrite()
{
    QFETCH(int, index);
    const Case &c = cases()[size_t(index)];
    const FixPreview preview = previewOf(c);
    const FixShipping shipping = preview.shipping();
    const ParsedRequest r =
        parseRequest(shipfix::render(shipping, ShipFormat::Arm).blocks.first().code);
    QVERIFY2(r.url.isValid(), qPrintable(r.url.errorString()));
    QCOMPARE(r.url.host(), QStringLiteral("management.azure.com"));
    QCOMPARE(r.url.path(QUrl::FullyDecoded), shipping.ruleId);
    QCOMPARE(r.url.query(), QStringLiteral("api-version=2025-05-01"));
    if (c.kind == RuleFix::Kind::Delete) {
        QCOMPARE(r.method, QByteArray("DELETE"));
        QVERIFY(r.body.isEmpty());
    } else {
        QCOMPARE(r.method, QByteArray("PUT"));
        QCOMPARE_JSON(json::parse(r.body.toStdString()), preview.ruleAfter().putBody());
    }
    if (c.kind == RuleFix::Kind::DenyAbove) {
        QCOMPARE(headerOf(r, "If-None-Match"), QByteArray("*"));
    } else {
        QCOMPARE(headerOf(r, "If-Match"), preview.ruleBefore().etag().toUtf8());
        QVERIFY(!headerOf(r, "If-Match").isEmpty());
    }
}

// An NSG as the tree holds it (written back from the model) has no etag on its rules; ARM gives
// each rule the NSG's, so the request carries that one, never an empty If-Match.
void TestFixFormats::etagFromTheNsgWhenTheRuleHasNone()
{
    json nsg = hostileNsg();
    for (json &rule : nsg["properties"]["securityRules"])
        rule.erase("etag");
    nsg["etag"] = "W/\"0d1e2f3a-0000-4000-8000-000000000009\"";
    RuleFix fix;
    fix.kind = RuleFix::Kind::MakeDeny;
    const FixPreview preview(NsgDocument::fromJson(nsg), kAsgRule, fix, EvaluationOptions());
    const ParsedRequest r =
        parseRequest(shipfix::render(preview.shipping(), ShipFormat::Arm).blocks.first().code);
    QCOMPARE(headerOf(r, "If-Match"), QByteArray("W/\"0d1e2f3a-0000-4000-8000-000000000009\""));
    // Neither has one: a placeholder that says what to do, not an empty header.
    nsg.erase("etag");
    const FixPreview bare(NsgDocument::fromJson(nsg), kAsgRule, fix, EvaluationOptions());
    QVERIFY(shipfix::render(bare.shipping(), ShipFormat::Arm)
                .blocks.first()
                .code.contains("If-Match: <the rule's etag: GET this URL first>"));
}

void TestFixFormats::quoting_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("shell");
    QTest::addColumn<QString>("powerShell");
    QTest::addColumn<QString>("bicep");
    QTest::addColumn<QString>("hcl");
    QTest::newRow("plain") << "10.0.0.0/8"
                           << "10.0.0.0/8"
                           << "'10.0.0.0/8'"
                           << "'10.0.0.0/8'"
                           << "\"10.0.0.0/8\"";
    QTest::newRow("star") << "*"
                          << "'*'"
                          << "'*'"
                          << "'*'"
                          << "\"*\"";
    QTest::newRow("quotes") << "it's \"x\""
                            << "'it'\\''s \"x\"'"
                            << "'it''s \"x\"'"
                            << "'it\\'s \"x\"'"
                            << "\"it's \\\"x\\\"\"";
    QTest::newRow("interpolation") << "${a} %{b} $c"
                                   << "'${a} %{b} $c'"
                                   << "'${a} %{b} $c'"
                                   << "'\\${a} %{b} $c'"
                                   << "\"$${a} %%{b} $c\"";
    QTest::newRow("backslash and newline") << "a\\b\nc"
                                           << "'a\\b\nc'"
                                           << "'a\\b\nc'"
                                           << "'a\\\\b\\nc'"
                                           << "\"a\\\\b\\nc\"";
    QTest::newRow("typographic quotes")
        << QString::fromUtf8("\xe2\x80\x98x\xe2\x80\x99")
        << QString::fromUtf8("'\xe2\x80\x98x\xe2\x80\x99'")
        << QString::fromUtf8("'\xe2\x80\x98\xe2\x80\x98x\xe2\x80\x99\xe2\x80\x99'")
        << QString::fromUtf8("'\xe2\x80\x98x\xe2\x80\x99'")
        << QString::fromUtf8("\"\xe2\x80\x98x\xe2\x80\x99\"");
    QTest::newRow("control") << QString(QChar(0x1b)) << QString("'") + QChar(0x1b) + "'"
                             << QString("'") + QChar(0x1b) + "'"
                             << "'\\u{1b}'"
                             << "\"\\u001b\"";
    QTest::newRow("empty") << ""
                           << "''"
                           << "''"
                           << "''"
                           << "\"\"";
}

void TestFixFormats::quoting()
{
    QFETCH(QString, value);
    QFETCH(QString, shell);
    QFETCH(QString, powerShell);
    QFETCH(QString, bicep);
    QFETCH(QString, hcl);
    QCOMPARE(shipfix::shellQuoted(value), shell);
    QCOMPARE(shipfix::powerShellQuoted(value), powerShell);
    QCOMPARE(shipfix::bicepQuoted(value), bicep);
    QCOMPARE(shipfix::hclQuoted(value), hcl);
    // What the shell makes of it is the value itself.
    QCOMPARE(azArguments(QStringLiteral("az ") + shipfix::shellQuoted(value)), QStringList{value});
}

// Every piece of code, each side of each diff, in a file the parsers of
// tests/conformance/snippets.test.mjs read (Bicep and PowerShell: tree-sitter grammars; Terraform:
// HashiCorp's HCL parser).
void TestFixFormats::writeSnippetsForTheParsers()
{
    const QString dir = qEnvironmentVariable("NSG_FIX_SNIPPETS_DIR");
    if (dir.isEmpty())
        QSKIP("NSG_FIX_SNIPPETS_DIR is not set (CTest sets it)");
    QDir(dir).removeRecursively();
    QVERIFY(QDir().mkpath(dir));
    int written = 0;
    auto write = [&](const QString &name, const QString &code) {
        if (code.trimmed().isEmpty())
            return;
        QFile f(dir + QLatin1Char('/') + name);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(code.toUtf8() + "\n");
        ++written;
    };
    const QHash<ShipFormat, QString> suffix{{ShipFormat::PowerShell, ".ps1"},
                                            {ShipFormat::Bicep, ".bicep"},
                                            {ShipFormat::Terraform, ".tf"}};
    for (const Case &c : cases()) {
        const FixShipping shipping = previewOf(c).shipping();
        for (ShipFormat f : {ShipFormat::PowerShell, ShipFormat::Bicep, ShipFormat::Terraform}) {
            const ShippedFix shipped = shipfix::render(shipping, f);
            // The file Save writes: the whole of it is code of its language.
            write(QStringLiteral("%1.%2.file").arg(QLatin1String(c.name), shipfix::key(f))
                      + suffix.value(f),
                  shipped.text());
            for (qsizetype b = 0; b < shipped.blocks.size(); ++b) {
                const ShipBlock &block = shipped.blocks.at(b);
                const QString base =
                    QStringLiteral("%1.%2.%3").arg(QLatin1String(c.name), shipfix::key(f)).arg(b);
                // A bare securityRules element is an expression: a variable makes it a file.
                const QString prefix = f == ShipFormat::Bicep && block.heading.contains("inline")
                    ? QStringLiteral("var rule = ")
                    : QString();
                if (block.language == QLatin1String("diff")) {
                    for (QChar side : {QLatin1Char('-'), QLatin1Char('+')}) {
                        const QString code = sideOf(block.code, side);
                        if (!code.trimmed().isEmpty())
                            write(base + (side == QLatin1Char('-') ? ".before" : ".after")
                                      + suffix.value(f),
                                  prefix + code);
                    }
                } else {
                    write(base + suffix.value(f), prefix + block.code);
                }
            }
        }
    }
    QVERIFY(written >= 40);
    QFile count(dir + QStringLiteral("/COUNT"));
    QVERIFY(count.open(QIODevice::WriteOnly));
    count.write(QByteArray::number(written));
}

void TestFixFormats::armRequestAndToolLeaveEqualRules_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QStringList>("prefixes");
    QTest::newRow("restrict") << int(RuleFix::Kind::RestrictSource)
                              << QStringList{"203.0.113.16/28", "198.51.100.7"};
    QTest::newRow("deny") << int(RuleFix::Kind::MakeDeny) << QStringList();
    QTest::newRow("delete") << int(RuleFix::Kind::Delete) << QStringList();
    QTest::newRow("deny above") << int(RuleFix::Kind::DenyAbove) << QStringList();
}

// Two NSGs with the same rules (tests/data/fix-formats-tenant.json): the tool fixes one, the ARM
// request printed for the other is sent as printed; the two rules read back equal.
void TestFixFormats::armRequestAndToolLeaveEqualRules()
{
    QFETCH(int, kind);
    QFETCH(QStringList, prefixes);
    sandbox::SandboxOptions options = test::SandboxFixture::defaults();
    options.tenantFile = QStringLiteral(NSG_TEST_DATA_DIR "/fix-formats-tenant.json");
    options.retryAfterSeconds = 0;
    test::SandboxFixture sandbox(options);
    azure::MemoryTokenStore store;
    azure::Session session(&sandbox.network(), sandbox.environment(), &store);
    QVERIFY(sandbox.signIn(session, "owner@fabrikam.example"));
    azure::ArmClientOptions o;
    o.backoffBaseMs = 10;
    o.minimumPollMs = 50;
    azure::ArmClient arm(&sandbox.network(), session.tokens(), o);
    const QString tenant = "c4d6e8f0-1a2b-4c3d-8e4f-5a6b7c8d9e0f";
    const QString group = "/subscriptions/d1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f6/resourceGroups/"
                          "rg-copies/providers/Microsoft.Network/networkSecurityGroups/";
    const QString ruleName = "Allow-SMTP-Anywhere";
    const QString apiVersion = sandbox.environment().apiVersions().network;

    auto get = [&](const QString &id) {
        azure::ArmJob *job = arm.get(QString::fromLatin1(QUrl::toPercentEncoding(id, "/"))
                                         + "?api-version=" + apiVersion,
                                     tenant, azure::ArmJob::Paging::Single);
        QSignalSpy done(job, &azure::ArmJob::finished);
        done.wait(10000);
        job->deleteLater();
        return job->succeeded() ? job->result() : json();
    };

    // The tool, on nsg-copy-a.
    QTemporaryDir dir;
    azure::ChangeJournal journal(dir.path() + "/journal.jsonl");
    journal.load();
    azure::RuleEditor editor(&arm, &journal, azure::EditContext{"Sandbox", "owner"});
    QSignalSpy edited(&editor, &azure::RuleEditor::finished);
    azure::EditRequest request;
    request.ruleId = group + "nsg-copy-a/securityRules/" + ruleName;
    request.tenantId = tenant;
    request.fix.kind = RuleFix::Kind(kind);
    request.fix.prefixes = prefixes;
    editor.apply(request);
    QVERIFY(edited.wait(30000));
    // Written and read back (a Deny that keeps the rule's source ports reads as Applied).
    QVERIFY2(editor.outcome().state == azure::EditOutcome::State::Verified
                 || editor.outcome().state == azure::EditOutcome::State::Applied,
             qPrintable(editor.outcome().message));

    // The printed request, on nsg-copy-b.
    const json nsgB = get(group + "nsg-copy-b");
    QVERIFY(nsgB.is_object());
    RuleFix fix;
    fix.kind = RuleFix::Kind(kind);
    fix.prefixes = prefixes;
    const FixPreview preview(NsgDocument::fromJson(nsgB), ruleName, fix, EvaluationOptions());
    QVERIFY(preview.isValid());
    const ParsedRequest r = parseRequest(
        shipfix::render(preview.shipping(sandbox.baseUrl(), apiVersion), ShipFormat::Arm)
            .blocks.first()
            .code);
    QList<QPair<QByteArray, QByteArray>> headers;
    for (const auto &h : r.headers) {
        if (h.first != "Authorization")
            headers.append(h);
    }
    azure::ArmJob *job =
        arm.send(r.method, r.url.toString(QUrl::FullyEncoded), tenant, r.body, headers);
    job->setLongRunning(true);
    QSignalSpy sent(job, &azure::ArmJob::finished);
    QVERIFY(sent.wait(30000));
    QVERIFY2(job->succeeded(), qPrintable(job->error().toString()));

    // The rules written, read back from both.
    const QString written = preview.shipping().ruleId.section("/securityRules/", 1);
    const json a = get(group + "nsg-copy-a/securityRules/" + written);
    const json b = get(group + "nsg-copy-b/securityRules/" + written);
    if (RuleFix::Kind(kind) == RuleFix::Kind::Delete) {
        QVERIFY(a.is_null());
        QVERIFY(b.is_null());
        return;
    }
    QVERIFY(a.is_object() && b.is_object());
    json pa = a["properties"];
    json pb = b["properties"];
    QCOMPARE(QString::fromStdString(pb.dump()), QString::fromStdString(pa.dump()));
}

QTEST_GUILESS_MAIN(TestFixFormats)
#include "tst_fixformats.moc"
