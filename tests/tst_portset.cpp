// SPDX-License-Identifier: MIT
#include "core/net/portset.h"

#include <QTest>

using namespace nsg;

class TestPortSet final : public QObject
{
    Q_OBJECT

private slots:
    void parses_data();
    void parses();
    void rejects_data();
    void rejects();
};

void TestPortSet::parses_data()
{
    QTest::addColumn<QStringList>("entries");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("has25");

    QTest::newRow("25") << QStringList{QStringLiteral("25")} << "25" << true;
    QTest::newRow("*") << QStringList{QStringLiteral("*")} << "*" << true;
    QTest::newRow("Any") << QStringList{QStringLiteral("Any")} << "*" << true;
    QTest::newRow("0-65535") << QStringList{QStringLiteral("0-65535")} << "*" << true;
    QTest::newRow("20-30") << QStringList{QStringLiteral("20-30")} << "20-30" << true;
    QTest::newRow("25-25") << QStringList{QStringLiteral("25-25")} << "25" << true;
    QTest::newRow("list 22,25") << QStringList{QStringLiteral("22"), QStringLiteral("25")}
                                << "22, 25" << true;
    QTest::newRow("list 24-26") << QStringList{QStringLiteral("24-26")} << "24-26" << true;
    QTest::newRow("26-30") << QStringList{QStringLiteral("26-30")} << "26-30" << false;
    QTest::newRow("adjacent merge")
        << QStringList{QStringLiteral("20-24"), QStringLiteral("25-30")} << "20-30" << true;
    QTest::newRow("comma separated")
        << QStringList{QStringLiteral("80, 443")} << "80, 443" << false;
}

void TestPortSet::parses()
{
    QFETCH(QStringList, entries);
    QFETCH(QString, text);
    QFETCH(bool, has25);
    QString error;
    const std::optional<PortSet> set = PortSet::parse(entries, &error);
    QVERIFY2(set, qPrintable(error));
    QCOMPARE(set->toString(), text);
    QCOMPARE(set->contains(25), has25);
}

void TestPortSet::rejects_data()
{
    QTest::addColumn<QString>("entry");
    QTest::newRow("word") << "smtp";
    QTest::newRow("too big") << "65536";
    QTest::newRow("reversed") << "30-20";
    QTest::newRow("half range") << "20-";
    QTest::newRow("empty") << "";
    QTest::newRow("negative") << "-5";
}

void TestPortSet::rejects()
{
    QFETCH(QString, entry);
    QString error;
    const QByteArray utf8 = entry.toUtf8();
    QVERIFY(!PortSet::parseEntry(std::string_view(utf8.constData(), size_t(utf8.size())), &error));
    QVERIFY(!error.isEmpty());
}

QTEST_APPLESS_MAIN(TestPortSet)
#include "tst_portset.moc"
