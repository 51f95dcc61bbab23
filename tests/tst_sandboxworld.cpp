// SPDX-License-Identifier: MIT
#include "nsgtestdata.h"

#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxworld.h"

#include "core/audit/exposureevaluator.h"
#include "core/audit/findingtext.h"

#include <QTest>

using namespace nsg;
using namespace nsg::sandbox;
using ojson = nlohmann::ordered_json;

class TestSandboxWorld final : public QObject
{
    Q_OBJECT

private slots:
    void demoTenantPassesItsSchemaCheck();
    void demoTenantExpectationsMatchTheEvaluator();
    void generatedTruthMatchesTheEvaluator();
    void generatedEstateIsStable();
    void tenantFileErrors_data();
    void tenantFileErrors();
    void generateSpecErrors_data();
    void generateSpecErrors();
    void roles();
};

void TestSandboxWorld::demoTenantPassesItsSchemaCheck()
{
    SandboxWorld world;
    QString error;
    QVERIFY2(world.loadTenantFile(SandboxServer::demoTenant(), &error), qPrintable(error));
    QCOMPARE(world.tenants().size(), 2);
    QCOMPARE(int(world.subscriptions().size()), 6);
    // Three people, a service principal and two managed identities (unattended sign-in).
    QCOMPARE(world.accounts().size(), 6);
    const Account *app = world.application(QStringLiteral("6e0c7a3f-2b1d-4c8e-9f5a-0d4b8e2c7a16"));
    QVERIFY(app && app->kind == Account::Kind::ServicePrincipal);
    QVERIFY(!app->clientSecret.isEmpty() && app->certificates.size() == 1);
    QVERIFY(!world.account(app->appId)); // an app never signs in as a person
    const Account *system = world.managedIdentity(QString());
    QVERIFY(system && system->systemAssigned
            && system->displayName == QLatin1String("vm-audit-runner"));
    const Account *user =
        world.managedIdentity(QStringLiteral("c4a6e8b0-6a8e-4c3d-d4f0-5b9c1e3a7d50"));
    QVERIFY(user && !user->systemAssigned);
    QVERIFY(!world.managedIdentity(app->appId)); // a service principal is not this machine's
    QCOMPARE(int(world.allNsgs().size()), 47);
    QCOMPARE(world.accounts().front().userPrincipalName, QStringLiteral("reviewer@contoso.com"));
    int disabled = 0;
    for (const SandboxWorld::Subscription &s : world.subscriptions())
        disabled += s.state == QLatin1String("Disabled");
    QCOMPARE(disabled, 1);
    // Same name in two resource groups; a subnet NSG with a NIC NSG behind it.
    int apps = 0;
    for (const SandboxWorld::NsgEntry &e : world.allNsgs())
        apps += e.name == QLatin1String("nsg-app");
    QCOMPARE(apps, 2);
}

void TestSandboxWorld::demoTenantExpectationsMatchTheEvaluator()
{
    SandboxWorld world;
    QVERIFY(world.loadTenantFile(SandboxServer::demoTenant(), nullptr));
    ExposureEvaluator evaluator;
    int exposed = 0;
    for (const SandboxWorld::NsgEntry &e : world.allNsgs()) {
        const std::string text = world.nsgText(e);
        const std::vector<NetworkSecurityGroup> read =
            test::readAll(QByteArray::fromStdString(text));
        QCOMPARE(int(read.size()), 1);
        QVERIFY2(read[0].problems().isEmpty(), qPrintable(e.name));
        const Finding f = evaluator.evaluate(read[0]);
        const QString why = FindingText(read[0], f, evaluator.options()).reason();
        QVERIFY2((f.verdict == Verdict::Exposed) == e.expectExposed
                     && f.verdict != Verdict::Unknown,
                 qPrintable(e.name + QLatin1String(": ") + why));
        exposed += e.expectExposed;
    }
    QCOMPARE(exposed, 23);
}

void TestSandboxWorld::generatedTruthMatchesTheEvaluator()
{
    SandboxWorld world;
    world.generate(*GenerateSpec::parse(
        QStringLiteral("tenants=2,subs=6,nsgs=60,rules=20,exposed=0.15,seed=11"), nullptr));
    ExposureEvaluator evaluator;
    int exposed = 0, total = 0;
    for (const SandboxWorld::NsgEntry &e : world.allNsgs()) {
        const std::vector<NetworkSecurityGroup> read =
            test::readAll(QByteArray::fromStdString(world.nsgText(e)));
        QCOMPARE(int(read.size()), 1);
        QCOMPARE(read[0].id(), e.id);
        const Finding f = evaluator.evaluate(read[0]);
        QVERIFY2((f.verdict == Verdict::Exposed) == e.expectExposed, qPrintable(e.id));
        exposed += e.expectExposed;
        ++total;
    }
    QCOMPARE(total, 360);
    QVERIFY(exposed > 20 && exposed < 90);
}

void TestSandboxWorld::generatedEstateIsStable()
{
    SandboxWorld a, b;
    const GenerateSpec spec =
        *GenerateSpec::parse(QStringLiteral("tenants=1,subs=2,nsgs=5,seed=4"), nullptr);
    a.generate(spec);
    b.generate(spec);
    const auto ea = a.allNsgs(), eb = b.allNsgs();
    QCOMPARE(ea.size(), eb.size());
    for (size_t i = 0; i < ea.size(); ++i)
        QCOMPARE(a.nsgText(ea[i]), b.nsgText(eb[i]));
    SandboxWorld c;
    c.generate(*GenerateSpec::parse(QStringLiteral("tenants=1,subs=2,nsgs=5,seed=5"), nullptr));
    QVERIFY(c.nsgText(c.allNsgs()[0]) != a.nsgText(ea[0]));
}

void TestSandboxWorld::tenantFileErrors_data()
{
    QTest::addColumn<QString>("pointer"); // where to change the demo tenant
    QTest::addColumn<QByteArray>("value"); // JSON, empty: remove
    QTest::addColumn<QString>("message");
    QTest::newRow("no tenants") << "/tenants" << QByteArray() << "$.tenants: missing";
    QTest::newRow("tenant id not a GUID")
        << "/tenants/0/tenantId" << QByteArray("\"contoso\"") << "is not a GUID";
    QTest::newRow("unknown tenant")
        << "/subscriptions/0/tenantId" << QByteArray("\"00000000-0000-0000-0000-000000000009\"")
        << "$.subscriptions[0].tenantId: no such tenant";
    QTest::newRow("bad state") << "/subscriptions/0/state" << QByteArray("\"Sleeping\"")
                               << "is not a subscription state";
    QTest::newRow("NIC in a missing subnet")
        << "/subscriptions/0/networkInterfaces/0/subnet"
        << QByteArray("\"rg-network-prod/vnet-prod-weu/snet-nope\"") << "no subnet";
    QTest::newRow("subnet names a missing NSG")
        << "/subscriptions/0/virtualNetworks/0/subnets/0/networkSecurityGroup"
        << QByteArray("\"rg-web-prod/nsg-nope\"") << "which is not in the file";
    QTest::newRow("NSG without truth") << "/subscriptions/0/networkSecurityGroups/0/expectExposed"
                                       << QByteArray() << "expectExposed: missing";
    QTest::newRow("rule without properties")
        << "/subscriptions/0/networkSecurityGroups/0/securityRules/0/properties" << QByteArray()
        << "properties: missing";
    QTest::newRow("unknown role") << "/accounts/0/roles/0/role" << QByteArray("\"Wizard\"")
                                  << "is not a role the sandbox knows";
    QTest::newRow("role on a missing subscription")
        << "/accounts/0/roles/0/scope"
        << QByteArray("\"/subscriptions/00000000-0000-0000-0000-000000000009\"")
        << "no such subscription";
    QTest::newRow("wrong type") << "/accounts/0/userPrincipalName" << QByteArray("42")
                                << "userPrincipalName: expected string";
}

void TestSandboxWorld::tenantFileErrors()
{
    QFETCH(QString, pointer);
    QFETCH(QByteArray, value);
    QFETCH(QString, message);
    ojson doc = ojson::parse(SandboxServer::demoTenant().toStdString());
    const ojson::json_pointer ptr(pointer.toStdString());
    if (value.isEmpty())
        doc[ptr.parent_pointer()].erase(ptr.back());
    else
        doc[ptr] = ojson::parse(value.toStdString());
    SandboxWorld world;
    QString error;
    QVERIFY(!world.loadTenantFile(QByteArray::fromStdString(doc.dump()), &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY(world.tenants().isEmpty()); // nothing half-loaded
    QVERIFY(!world.loadTenantFile(QByteArray("{not json"), &error));
    QVERIFY(error.contains(QLatin1String("not valid JSON")));
}

void TestSandboxWorld::generateSpecErrors_data()
{
    QTest::addColumn<QString>("spec");
    QTest::newRow("unknown key") << "tenants=1,planets=3";
    QTest::newRow("not a number") << "nsgs=many";
    QTest::newRow("fewer subscriptions than tenants") << "tenants=3,subs=2";
    QTest::newRow("fraction above 1") << "exposed=1.5";
}

void TestSandboxWorld::generateSpecErrors()
{
    QFETCH(QString, spec);
    QString error;
    QVERIFY(!GenerateSpec::parse(spec, &error));
    QVERIFY(error.contains(QLatin1String("--generate")));
}

void TestSandboxWorld::roles()
{
    SandboxWorld world;
    QVERIFY(world.loadTenantFile(SandboxServer::demoTenant(), nullptr));
    const Account &reviewer = *world.account(QStringLiteral("REVIEWER@contoso.com"));
    const QString prod = QStringLiteral("/subscriptions/1b4f6c2a-7e3d-4a59-b8c1-0d2e4f6a8b10");
    QVERIFY(world.mayPerform(
        reviewer,
        prod
            + QStringLiteral(
                "/resourceGroups/rg/providers/Microsoft.Network/networkSecurityGroups/x"),
        QStringLiteral("Microsoft.Network/networkSecurityGroups/securityRules/write")));
    const Account &auditor = *world.account(QStringLiteral("auditor@contoso.com"));
    QVERIFY(world.mayPerform(auditor, prod,
                             QStringLiteral("Microsoft.Network/networkSecurityGroups/read")));
    QVERIFY(!world.mayPerform(
        auditor, prod,
        QStringLiteral("Microsoft.Network/networkSecurityGroups/securityRules/write")));
    const QString finance = QStringLiteral("/subscriptions/5f8d0a6e-1c7b-4e9d-f2a5-4b6c8d0e2f54");
    QVERIFY(
        world.seesSubscription(reviewer, QStringLiteral("5f8d0a6e-1c7b-4e9d-f2a5-4b6c8d0e2f54")));
    QVERIFY(!world.mayPerform(reviewer, finance,
                              QStringLiteral("Microsoft.Network/networkSecurityGroups/read")));
    QVERIFY(world.mayPerform(reviewer,
                             finance + QStringLiteral("/resourceGroups/RG-Finance-Reporting"),
                             QStringLiteral("Microsoft.Network/networkSecurityGroups/read")));
}

QTEST_GUILESS_MAIN(TestSandboxWorld)
#include "tst_sandboxworld.moc"
