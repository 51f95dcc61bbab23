// SPDX-License-Identifier: MIT
#include "core/settings/appsettings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace nsg;

class TestAppSettings final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults();
    void roundTrip();
    void badStoredValuesFallBack();
    void validation_data();
    void validation();

private:
    QTemporaryDir m_dir;
};

void TestAppSettings::defaults()
{
    QSettings empty(m_dir.filePath(QStringLiteral("empty.ini")), QSettings::IniFormat);
    const AppSettings a = AppSettings::load(empty);
    QVERIFY(a == AppSettings());
    QCOMPARE(a.portPolicy().id, QStringLiteral("smtp"));
    QCOMPARE(a.limit.maxPublicIpv4, quint64(256));
    QCOMPARE(a.limit.minIpv6PrefixLength, 64);
    QVERIFY(a.resourceGraph);
    QCOMPARE(a.validate(), QString());
}

void TestAppSettings::roundTrip()
{
    AppSettings a;
    a.policy = QStringLiteral("ssh");
    a.limit.maxPublicIpv4 = 16;
    a.limit.minIpv6PrefixLength = 96;
    a.cloud = QStringLiteral("AzureUSGovernment");
    a.tenant = QStringLiteral("contoso.onmicrosoft.com");
    a.clientId = QStringLiteral("11111111-2222-3333-4444-555555555555");
    a.maxInFlight = 3;
    a.resourceGraph = false;
    a.apiNetwork = QStringLiteral("2024-05-01");
    a.apiResourceGraph = QStringLiteral("2022-10-01-preview");
    a.language = QStringLiteral("de");
    a.paperSize = QStringLiteral("Letter");
    a.suppressionsFile = QStringLiteral("/srv/team/accepted-risks.json");
    QCOMPARE(a.validate(), QString());
    const QString path = m_dir.filePath(QStringLiteral("round.ini"));
    {
        QSettings s(path, QSettings::IniFormat);
        a.save(s);
    }
    QSettings again(path, QSettings::IniFormat);
    const AppSettings b = AppSettings::load(again);
    QVERIFY(a == b);
    QCOMPARE(b.portPolicy().name, QStringLiteral("SSH"));
    QCOMPARE(b.evaluationOptions().limit.maxPublicIpv4, quint64(16));
}

void TestAppSettings::badStoredValuesFallBack()
{
    const QString path = m_dir.filePath(QStringLiteral("bad.ini"));
    {
        QSettings s(path, QSettings::IniFormat);
        s.setValue(QStringLiteral("settings/policy"), QStringLiteral("gopher"));
        s.setValue(QStringLiteral("settings/ipv6BreadthLimit"), 200);
        s.setValue(QStringLiteral("settings/maxInFlight"), 0);
        s.setValue(QStringLiteral("settings/breadthLimit"), 1024);
    }
    QSettings s(path, QSettings::IniFormat);
    const AppSettings a = AppSettings::load(s);
    QCOMPARE(a.policy, QStringLiteral("smtp"));
    QCOMPARE(a.limit.minIpv6PrefixLength, 64);
    QCOMPARE(a.maxInFlight, 8);
    QCOMPARE(a.limit.maxPublicIpv4, quint64(1024)); // a good value stays
}

void TestAppSettings::validation_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("error");
    QTest::newRow("policy") << "policy"
                            << "gopher"
                            << "Unknown policy";
    QTest::newRow("custom policy") << "policy"
                                   << "udp/500"
                                   << "";
    QTest::newRow("in flight") << "inFlight"
                               << "0"
                               << "Requests in flight";
    QTest::newRow("api-version") << "api"
                                 << "latest"
                                 << "not an api-version";
    QTest::newRow("language") << "language"
                              << "xx"
                              << "Unknown language";
    QTest::newRow("paper") << "paper"
                           << "A3"
                           << "A4 or Letter";
}

void TestAppSettings::validation()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, error);
    AppSettings a;
    if (field == QLatin1String("policy"))
        a.policy = value;
    else if (field == QLatin1String("inFlight"))
        a.maxInFlight = value.toInt();
    else if (field == QLatin1String("api"))
        a.apiNetwork = value;
    else if (field == QLatin1String("language"))
        a.language = value;
    else if (field == QLatin1String("paper"))
        a.paperSize = value;
    if (error.isEmpty())
        QCOMPARE(a.validate(), QString());
    else
        QVERIFY2(a.validate().contains(error), qPrintable(a.validate()));
}

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
