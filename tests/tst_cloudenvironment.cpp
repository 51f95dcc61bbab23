// SPDX-License-Identifier: MIT
#include "azure/cloudenvironment.h"

#include <QTest>

using nsg::azure::CloudEnvironment;

class TestCloudEnvironment final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void clouds_data();
    void clouds();
    void unknownCloud();
    void tokenHosts_data();
    void tokenHosts();
    void sandboxRules_data();
    void sandboxRules();
    void urls();
    void sandboxTrustsExactlyItsCa();
};

void TestCloudEnvironment::clouds_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("authority");
    QTest::addColumn<QString>("arm");
    QTest::addColumn<QString>("scope");
    QTest::newRow("public") << "azurecloud"
                            << "https://login.microsoftonline.com"
                            << "https://management.azure.com"
                            << "https://management.azure.com/.default";
    QTest::newRow("us gov") << "AzureUSGovernment"
                            << "https://login.microsoftonline.us"
                            << "https://management.usgovcloudapi.net"
                            << "https://management.usgovcloudapi.net/.default";
    QTest::newRow("china") << "AZURECHINACLOUD"
                           << "https://login.partner.microsoftonline.cn"
                           << "https://management.chinacloudapi.cn"
                           << "https://management.chinacloudapi.cn/.default";
}

void TestCloudEnvironment::clouds()
{
    QFETCH(QString, name);
    QFETCH(QString, authority);
    QFETCH(QString, arm);
    QFETCH(QString, scope);
    const auto e = CloudEnvironment::byName(name);
    QVERIFY(e);
    QVERIFY(e->isValid());
    QVERIFY(!e->isSandbox());
    QCOMPARE(e->authorityHost().toString(), authority);
    QCOMPARE(e->resourceManager().toString(), arm);
    QCOMPARE(e->armScope(), scope);
    QCOMPARE(e->clientId(), QStringLiteral("04b07795-8ddb-461a-bbee-02f9e1bf7b46"));
    QCOMPARE(e->apiVersions().network, QStringLiteral("2025-05-01"));
    QCOMPARE(e->apiVersions().resources, QStringLiteral("2022-12-01"));
    QCOMPARE(e->apiVersions().resourceGraph, QStringLiteral("2024-04-01"));
}

void TestCloudEnvironment::unknownCloud()
{
    QVERIFY(!CloudEnvironment::byName(QStringLiteral("AzureGermanCloud")));
    QCOMPARE(CloudEnvironment::names().size(), 3);
}

void TestCloudEnvironment::tokenHosts_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("arm") << "https://management.azure.com/subscriptions?api-version=1" << true;
    QTest::newRow("arm, explicit port") << "https://management.azure.com:443/x" << true;
    QTest::newRow("arm, upper case") << "https://MANAGEMENT.azure.com/x" << true;
    QTest::newRow("plain http") << "http://management.azure.com/x" << false;
    QTest::newRow("other port") << "https://management.azure.com:8443/x" << false;
    QTest::newRow("look-alike") << "https://management.azure.com.evil.example/x" << false;
    QTest::newRow("subdomain") << "https://evil.management.azure.com/x" << false;
    QTest::newRow("user info") << "https://evil@management.azure.com/x" << false;
    QTest::newRow("login host") << "https://login.microsoftonline.com/x" << false;
    QTest::newRow("other cloud") << "https://management.usgovcloudapi.net/x" << false;
    QTest::newRow("loopback") << "http://127.0.0.1:8080/x" << false;
}

void TestCloudEnvironment::tokenHosts()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    QCOMPARE(CloudEnvironment::azureCloud().mayReceiveToken(QUrl(url)), allowed);
}

void TestCloudEnvironment::sandboxRules_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("http loopback")
        << "http://127.0.0.1:4000" << true << "http://127.0.0.1:4000/s" << true;
    QTest::newRow("http ::1") << "http://[::1]:4000" << true << "http://[::1]:4000/s" << true;
    QTest::newRow("http localhost")
        << "http://localhost:4000" << true << "http://localhost:4000/s" << true;
    QTest::newRow("other port") << "http://127.0.0.1:4000" << true << "http://127.0.0.1:4001/s"
                                << false;
    QTest::newRow("https loopback")
        << "https://127.0.0.1:4000" << true << "https://127.0.0.1:4000/s" << true;
    QTest::newRow("https downgraded")
        << "https://127.0.0.1:4000" << true << "http://127.0.0.1:4000/s" << false;
    QTest::newRow("http remote refused")
        << "http://10.1.2.3:4000" << false << "http://10.1.2.3:4000/s" << false;
    QTest::newRow("https remote") << "https://sandbox.example:4000" << true
                                  << "https://sandbox.example:4000/s" << true;
    QTest::newRow("path refused") << "https://127.0.0.1:4000/base" << false
                                  << "https://127.0.0.1:4000/base/s" << false;
    QTest::newRow("ftp refused") << "ftp://127.0.0.1:4000" << false << "ftp://127.0.0.1:4000/s"
                                 << false;
}

void TestCloudEnvironment::sandboxRules()
{
    QFETCH(QString, base);
    QFETCH(bool, valid);
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    const CloudEnvironment e = CloudEnvironment::sandbox(QUrl(base));
    QCOMPARE(e.isValid(), valid);
    if (!valid)
        QVERIFY(!e.errorString().isEmpty());
    QCOMPARE(e.mayReceiveToken(QUrl(url)), allowed);
    QCOMPARE(e.isAuthority(QUrl(url)), allowed);
}

void TestCloudEnvironment::urls()
{
    const CloudEnvironment e = CloudEnvironment::azureCloud();
    QCOMPARE(
        e.loginUrl(QStringLiteral("organizations"), QStringLiteral("devicecode")).toString(),
        QStringLiteral("https://login.microsoftonline.com/organizations/oauth2/v2.0/devicecode"));
    QCOMPARE(e.armUrl(QStringLiteral("/subscriptions"), QStringLiteral("2022-12-01")).toString(),
             QStringLiteral("https://management.azure.com/subscriptions?api-version=2022-12-01"));
    // A path that carries its api-version keeps it.
    QCOMPARE(e.armUrl(QStringLiteral("/tenants?api-version=1"), QStringLiteral("2")).toString(),
             QStringLiteral("https://management.azure.com/tenants?api-version=1"));
    const CloudEnvironment s =
        CloudEnvironment::sandbox(QUrl(QStringLiteral("https://127.0.0.1:9/")));
    QVERIFY(s.isValid());
    QCOMPARE(s.armScope(), QStringLiteral("https://management.azure.com/.default"));
    QCOMPARE(s.loginUrl(QStringLiteral("t"), QStringLiteral("token")).toString(),
             QStringLiteral("https://127.0.0.1:9/t/oauth2/v2.0/token"));
}

void TestCloudEnvironment::sandboxTrustsExactlyItsCa()
{
    // A self-signed stand-in for the sandbox CA: the configuration trusts it and nothing else.
    QFile f(QStringLiteral(NSG_SOURCE_DIR "/resources/sandbox/ca.pem"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QSslCertificate ca(f.readAll(), QSsl::Pem);
    QVERIFY(!ca.isNull());
    const auto config = CloudEnvironment::sandbox(QUrl(QStringLiteral("https://127.0.0.1:9")), {ca})
                            .sslConfiguration();
    QCOMPARE(config.caCertificates(), QList<QSslCertificate>{ca});
    // The process-wide default is untouched.
    QVERIFY(!QSslConfiguration::defaultConfiguration().caCertificates().contains(ca));
    // Azure's clouds use the system's store.
    QCOMPARE(CloudEnvironment::azureCloud().sslConfiguration().caCertificates(),
             QSslConfiguration::defaultConfiguration().caCertificates());
}

QTEST_GUILESS_MAIN(TestCloudEnvironment)
#include "tst_cloudenvironment.moc"
