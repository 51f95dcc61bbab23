// SPDX-License-Identifier: MIT
// Who owns an NSG before a fix: each sign (a deployment listing it, an IaC tool's tag, a write by
// a template or an IaC tool in the change history) with its wording, against the sandbox's demo
// tenant (nsg-legacy-smtp declared by deployment app-platform-20261120, nsg-web-mailrelay tagged
// managed-by=terraform), and what is said when a source cannot be read.
#undef QT_NO_CAST_FROM_ASCII // tables of expected text read best as plain literals

#include "sandboxfixture.h"

#include "azure/armclient.h"
#include "azure/ownershipcheck.h"
#include "azure/resourcegraphclient.h"
#include "azure/session.h"
#include "azure/tokenstore.h"
#include "core/remediation/nsgdocument.h"
#include "core/remediation/ownership.h"
#include "sandbox/sandboxserver.h"

#include <QSignalSpy>
#include <QTest>

using namespace nsg;
using json = nlohmann::json;
using test::SandboxFixture;

namespace {

QString nsgId(const char *subscription, const char *group, const char *name)
{
    return QStringLiteral("/subscriptions/%1/resourceGroups/%2/providers/Microsoft.Network/"
                          "networkSecurityGroups/%3")
        .arg(QLatin1String(subscription), QLatin1String(group), QLatin1String(name));
}

const char *kProduction = "1b4f6c2a-7e3d-4a59-b8c1-0d2e4f6a8b10";

} // namespace

class TestOwnership final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tags_data();
    void tags();
    void deployment();
    void change_data();
    void change();
    void summaryWording();
    void readerKeepsTheOwnerTag();
    void sandboxDeclaredByDeployment();
    void sandboxTaggedByTerraform();
    void sandboxWrittenByTerraform();
    void sandboxNoSignAndWhatCouldNotBeRead();
};

void TestOwnership::tags_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("format"); // "" none, "-" not a sign
    QTest::newRow("managed-by terraform") << "managed-by"
                                          << "terraform"
                                          << "terraform";
    QTest::newRow("ManagedBy Terraform") << "ManagedBy"
                                         << "Terraform Cloud"
                                         << "terraform";
    QTest::newRow("created_by opentofu") << "created_by"
                                         << "OpenTofu"
                                         << "terraform";
    QTest::newRow("iac bicep") << "iac"
                               << "bicep"
                               << "bicep";
    QTest::newRow("azd env") << "azd-env-name"
                             << "prod"
                             << "bicep";
    QTest::newRow("terraform key") << "terraform"
                                   << "true"
                                   << "terraform";
    QTest::newRow("pulumi") << "managed-by"
                            << "pulumi"
                            << "";
    QTest::newRow("owner team") << "owner"
                                << "web-team"
                                << "-";
    QTest::newRow("managed-by people") << "managed-by"
                                       << "web-team"
                                       << "-";
}

void TestOwnership::tags()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, format);
    const std::optional<OwnershipEvidence> e = ownership::fromTag(key, value);
    QCOMPARE(e.has_value(), format != "-");
    if (!e)
        return;
    QCOMPARE(e->kind, OwnershipEvidence::Kind::Tag);
    QCOMPARE(e->format ? shipfix::key(*e->format) : QString(), format);
    QCOMPARE(e->text(), "Tagged " + key + "=" + value + ", a tag infrastructure-as-code tools set");
}

void TestOwnership::deployment()
{
    const QString nsg = nsgId(kProduction, "rg-app-prod", "nsg-legacy-smtp");
    json d = {{"name", "app-platform-20261120"},
              {"properties",
               {{"provisioningState", "Succeeded"},
                {"timestamp", "2026-11-20T09:14:03.221Z"},
                {"outputResources", {{{"id", nsg.toLower().toStdString()}}}}}}};
    std::optional<OwnershipEvidence> e = ownership::fromDeployment(d, nsg);
    QVERIFY(e); // ids compare in any letter case
    QCOMPARE(e->text(), "Declared by deployment app-platform-20261120 on 2026-11-20");
    QCOMPARE(e->format, std::optional<ShipFormat>(ShipFormat::Bicep));
    // One of its rules, declared as a child resource, counts too.
    d["properties"]["outputResources"] = {
        {{"id", QString(nsg + "/securityRules/x").toStdString()}}};
    QVERIFY(ownership::fromDeployment(d, nsg));
    // Another NSG whose name starts the same does not; nor does a failed deployment.
    d["properties"]["outputResources"] = {{{"id", QString(nsg + "-2").toStdString()}}};
    QVERIFY(!ownership::fromDeployment(d, nsg));
    d["properties"]["outputResources"] = {{{"id", nsg.toStdString()}}};
    d["properties"]["provisioningState"] = "Failed";
    QVERIFY(!ownership::fromDeployment(d, nsg));
}

void TestOwnership::change_data()
{
    QTest::addColumn<QString>("client");
    QTest::addColumn<QString>("format"); // "-" not a sign
    QTest::newRow("terraform") << "Terraform"
                               << "terraform";
    QTest::newRow("template") << "ARM Template"
                              << "bicep";
    QTest::newRow("deployment") << "Azure Resource Manager deployment"
                                << "bicep";
    QTest::newRow("portal") << "Azure Portal"
                            << "-";
    QTest::newRow("cli") << "Azure CLI"
                         << "-";
    QTest::newRow("this tool") << "nsg-auditor"
                               << "-";
}

void TestOwnership::change()
{
    QFETCH(QString, client);
    QFETCH(QString, format);
    history::ChangeRecord c;
    c.clientType = client;
    c.changedBy = "ci@contoso.com";
    c.at = QDateTime(QDate(2026, 12, 1), QTime(8, 0), Qt::UTC);
    const std::optional<OwnershipEvidence> e = ownership::fromChange(c);
    QCOMPARE(e.has_value(), format != "-");
    if (!e)
        return;
    QCOMPARE(shipfix::key(*e->format), format);
    QCOMPARE(e->text(), "Written on 2026-12-01 by ci@contoso.com through " + client);
}

void TestOwnership::summaryWording()
{
    Ownership o;
    o.checked = true;
    QCOMPARE(o.summary(),
             "No sign that a template manages this NSG: no deployment of its resource group lists "
             "it, it has no tag infrastructure-as-code tools set, and no template or IaC tool "
             "wrote it in Azure's change history.");
    o.notChecked << "Azure's change history (403)";
    QVERIFY(o.summary().endsWith(" Not checked: Azure's change history (403)."));
    OwnershipEvidence d;
    d.kind = OwnershipEvidence::Kind::Deployment;
    d.name = "app-platform";
    d.at = QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC);
    d.format = ShipFormat::Bicep;
    o.evidence << d << *ownership::fromTag("managed-by", "terraform");
    QCOMPARE(o.suggested(), std::optional<ShipFormat>(ShipFormat::Bicep));
    QVERIFY2(o.summary().startsWith(
                 "Declared by deployment app-platform on 2026-11-20; an API fix will be reverted "
                 "by the next deployment — change the template: the Bicep snippet is shown first. "
                 "Also: Tagged managed-by=terraform"),
             qPrintable(o.summary()));
    Ownership none;
    QCOMPARE(none.summary(), "Who manages this NSG could not be checked.");
}

// Reports and offline exports have only the NSG's tags: the reader keeps the one that names an IaC
// tool, and the writer gives it back.
void TestOwnership::readerKeepsTheOwnerTag()
{
    json nsg = {{"id", nsgId(kProduction, "rg-web-prod", "nsg-web-mailrelay").toStdString()},
                {"name", "nsg-web-mailrelay"},
                {"tags", {{"owner", "web-team"}, {"managed-by", "terraform"}}},
                {"properties", {{"securityRules", json::array()}}}};
    const std::optional<NsgResult> read = NsgDocument::fromJson(nsg).evaluate(EvaluationOptions());
    QVERIFY(read);
    QCOMPARE(read->nsg.ownerTag(), "managed-by=terraform");
    QCOMPARE(QString::fromStdString(NsgDocument::fromNsg(read->nsg).toJson()["tags"].dump()),
             R"({"managed-by":"terraform"})");
    nsg["tags"] = {{"owner", "web-team"}};
    QCOMPARE(NsgDocument::fromJson(nsg).evaluate(EvaluationOptions())->nsg.ownerTag(), QString());
}

namespace {

struct Checker
{
    explicit Checker(const QString &account = "reviewer@contoso.com")
        : session(&sandbox.network(), sandbox.environment(), &store)
    {
        ok = sandbox.signIn(session, account);
        azure::ArmClientOptions o;
        o.backoffBaseMs = 10;
        arm = std::make_unique<azure::ArmClient>(&sandbox.network(), session.tokens(), o);
        graph = std::make_unique<azure::ResourceGraphClient>(arm.get());
    }

    Ownership check(const QString &nsg, const json &tags = json::object())
    {
        azure::OwnershipCheck check(arm.get(), graph.get());
        QSignalSpy done(&check, &azure::OwnershipCheck::finished);
        check.check(QLatin1String(SandboxFixture::kContoso), nsg, tags);
        if (!done.wait(20000))
            qWarning("the ownership check did not finish");
        return check.result();
    }

    // The NSG as the sandbox serves it.
    json nsg(const QString &id)
    {
        azure::ArmJob *job =
            arm->get(id + "?api-version=" + sandbox.environment().apiVersions().network,
                     QLatin1String(SandboxFixture::kContoso));
        QSignalSpy done(job, &azure::ArmJob::finished);
        done.wait(10000);
        job->deleteLater();
        return job->succeeded() ? job->result() : json();
    }

    SandboxFixture sandbox;
    azure::MemoryTokenStore store;
    azure::Session session;
    std::unique_ptr<azure::ArmClient> arm;
    std::unique_ptr<azure::ResourceGraphClient> graph;
    bool ok = false;
};

} // namespace

void TestOwnership::sandboxDeclaredByDeployment()
{
    Checker c;
    QVERIFY(c.ok);
    const QString id = nsgId(kProduction, "rg-app-prod", "nsg-legacy-smtp");
    const Ownership o = c.check(id, c.nsg(id)["tags"]);
    QVERIFY2(o.isOwned(), qPrintable(o.summary()));
    QCOMPARE(o.evidence.first().text(),
             "Declared by deployment app-platform-20261120 on 2026-11-20");
    QCOMPARE(o.suggested(), std::optional<ShipFormat>(ShipFormat::Bicep));
    QVERIFY2(o.notChecked.isEmpty(), qPrintable(o.notChecked.join("; ")));
    // The list does not carry output resources: both deployments were read one by one.
    int gets = 0;
    for (const json &r : c.sandbox.requests())
        gets += r["path"].get<std::string>().find("/deployments/app-") != std::string::npos;
    QCOMPARE(gets, 2);
    // Its neighbour in the same resource group is not in that deployment's outputs.
    const Ownership other = c.check(nsgId(kProduction, "rg-app-prod", "nsg-all-ports"));
    QVERIFY(!other.isOwned());
    QVERIFY(other.summary().startsWith("No sign that a template manages this NSG"));
}

void TestOwnership::sandboxTaggedByTerraform()
{
    Checker c;
    QVERIFY(c.ok);
    const QString id = nsgId(kProduction, "rg-web-prod", "nsg-web-mailrelay");
    const json nsg = c.nsg(id);
    QCOMPARE(nsg["tags"].value("managed-by", std::string()), std::string("terraform"));
    const Ownership o = c.check(id, nsg["tags"]);
    QVERIFY(o.isOwned());
    QCOMPARE(o.evidence.size(), 1);
    QCOMPARE(o.suggested(), std::optional<ShipFormat>(ShipFormat::Terraform));
    QVERIFY2(o.summary().startsWith(
                 "Tagged managed-by=terraform, a tag infrastructure-as-code tools set; an API fix "
                 "will be reverted by the tool's next run — change its code: the Terraform "
                 "(azurerm) snippet is shown first."),
             qPrintable(o.summary()));
}

void TestOwnership::sandboxWrittenByTerraform()
{
    Checker c;
    QVERIFY(c.ok);
    const QString id = nsgId(SandboxFixture::kMailSubscription, "rg-mail-prod", "nsg-mx-partners");
    QVERIFY(!c.check(id, c.nsg(id)["tags"]).isOwned());
    // A rule written as Terraform's azurerm provider would: its User-Agent names the client.
    const json nsg = c.nsg(id);
    json rule = nsg["properties"]["securityRules"][0];
    const QString ruleId = QString::fromStdString(rule["id"].get<std::string>());
    rule["properties"].erase("provisioningState");
    rule["properties"]["description"] = "written by terraform apply";
    azure::ArmJob *job =
        c.arm->send("PUT", ruleId + "?api-version=" + c.sandbox.environment().apiVersions().network,
                    QLatin1String(SandboxFixture::kContoso),
                    QByteArray::fromStdString(json{{"properties", rule["properties"]}}.dump()),
                    {{"Content-Type", "application/json"},
                     {"User-Agent", "Terraform/1.9.8 terraform-provider-azurerm/4.10.0"}});
    job->setLongRunning(true);
    QSignalSpy written(job, &azure::ArmJob::finished);
    QVERIFY(written.wait(20000));
    QVERIFY2(job->succeeded(), qPrintable(job->error().toString()));
    job->deleteLater();
    QTRY_VERIFY_WITH_TIMEOUT(!c.check(id).evidence.isEmpty(), 10000);
    const Ownership o = c.check(id);
    QCOMPARE(o.evidence.first().kind, OwnershipEvidence::Kind::Change);
    QCOMPARE(o.evidence.first().name, "Terraform");
    QCOMPARE(o.evidence.first().who, "reviewer@contoso.com");
    QCOMPARE(o.suggested(), std::optional<ShipFormat>(ShipFormat::Terraform));
}

void TestOwnership::sandboxNoSignAndWhatCouldNotBeRead()
{
    Checker c;
    QVERIFY(c.ok);
    // Finance's application resource group: the reviewer may read neither its deployments nor
    // (through Resource Graph) its history. Nothing is claimed; what was not read is said.
    const Ownership o =
        c.check(nsgId("5f8d0a6e-1c7b-4e9d-f2a5-4b6c8d0e2f54", "rg-finance-app", "nsg-finance-app"));
    QVERIFY(!o.isOwned());
    QVERIFY(o.checked);
    QVERIFY2(o.summary().contains("Not checked: the deployments of its resource group ("),
             qPrintable(o.summary()));
    QVERIFY2(o.summary().contains("403") || o.summary().contains("AuthorizationFailed"),
             qPrintable(o.summary()));
}

QTEST_GUILESS_MAIN(TestOwnership)
#include "tst_ownership.moc"
