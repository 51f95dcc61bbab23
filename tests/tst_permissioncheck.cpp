// SPDX-License-Identifier: MIT
#include "sandboxfixture.h"

#include "azure/armclient.h"
#include "azure/permissioncheck.h"
#include "azure/session.h"
#include "azure/tokenstore.h"

#include <QSignalSpy>
#include <QTest>

using namespace nsg;
using namespace nsg::azure;
using nsg::test::SandboxFixture;
using json = nlohmann::json;

class TestPermissionCheck final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void grants_data();
    void grants();
    void live_data();
    void live();
};

void TestPermissionCheck::grants_data()
{
    QTest::addColumn<QString>("permissions");
    QTest::addColumn<bool>("granted");
    const QString write =
        QStringLiteral("Microsoft.Network/networkSecurityGroups/securityRules/write");
    QTest::newRow("owner") << R"([{"actions": ["*"], "notActions": []}])" << true;
    QTest::newRow("network contributor")
        << R"([{"actions": ["Microsoft.Network/*", "Microsoft.Resources/subscriptions/resourceGroups/read"], "notActions": []}])"
        << true;
    QTest::newRow("exact, other case")
        << R"([{"actions": ["microsoft.network/networksecuritygroups/securityrules/WRITE"]}])"
        << true;
    QTest::newRow("reader") << R"([{"actions": ["*/read"], "notActions": []}])" << false;
    QTest::newRow("contributor minus network")
        << R"([{"actions": ["*"], "notActions": ["Microsoft.Network/networkSecurityGroups/*"]}])"
        << false;
    QTest::newRow("not-action in another entry does not cancel")
        << R"([{"actions": ["*/read"], "notActions": ["Microsoft.Network/*"]}, {"actions": ["Microsoft.Network/*"]}])"
        << true;
    QTest::newRow("wildcard in the middle")
        << R"([{"actions": ["Microsoft.Network/networkSecurityGroups/*/write"]}])" << true;
    QTest::newRow("prefix is not a match")
        << R"([{"actions": ["Microsoft.Network/networkSecurityGroups/securityRules"]}])" << false;
    QTest::newRow("empty") << "[]" << false;
    QTest::newRow("not a list") << R"({"actions": ["*"]})" << false;
}

void TestPermissionCheck::grants()
{
    QFETCH(QString, permissions);
    QFETCH(bool, granted);
    QCOMPARE(PermissionCheck::grants(json::parse(permissions.toStdString()),
                                     QString::fromLatin1(PermissionCheck::kRuleWrite)),
             granted);
}

void TestPermissionCheck::live_data()
{
    QTest::addColumn<QString>("account");
    QTest::addColumn<QString>("scope");
    QTest::addColumn<int>("expected"); // 1 allowed, 0 denied, -1 not known
    const QString mx = QStringLiteral("/subscriptions/%1/resourceGroups/rg-mail-prod/providers/"
                                      "Microsoft.Network/networkSecurityGroups/nsg-mx-inbound")
                           .arg(QLatin1String(SandboxFixture::kMailSubscription));
    QTest::newRow("network contributor") << "reviewer@contoso.com" << mx << 1;
    QTest::newRow("reader") << "auditor@contoso.com" << mx << 0;
}

void TestPermissionCheck::live()
{
    QFETCH(QString, account);
    QFETCH(QString, scope);
    QFETCH(int, expected);
    SandboxFixture sandbox;
    MemoryTokenStore store;
    Session session(&sandbox.network(), sandbox.environment(), &store);
    QVERIFY(sandbox.signIn(session, account));
    ArmClient arm(&sandbox.network(), session.tokens());
    PermissionCheck check(&arm, scope, QString::fromLatin1(SandboxFixture::kContoso));
    QSignalSpy done(&check, &PermissionCheck::finished);
    QVERIFY(done.wait(5000));
    QCOMPARE(done.size(), 1);
    QVERIFY(check.isKnown());
    QCOMPARE(check.isAllowed(), expected == 1);
    QVERIFY(!check.reason().isEmpty());
    if (expected == 0)
        QVERIFY(check.reason().contains(QLatin1String("securityRules/write")));
}

QTEST_GUILESS_MAIN(TestPermissionCheck)
#include "tst_permissioncheck.moc"
