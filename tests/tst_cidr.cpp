// SPDX-License-Identifier: MIT
#include "core/net/cidr.h"

#include <QTest>

using namespace nsg;

class TestCidr final : public QObject
{
    Q_OBJECT

private slots:
    void parsesValid_data();
    void parsesValid();
    void rejectsInvalid_data();
    void rejectsInvalid();
    void countsAndContainment();
    void formatsIpv6Canonically_data();
    void formatsIpv6Canonically();
};

void TestCidr::parsesValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<bool>("hostBits");

    QTest::newRow("single IPv4") << "203.0.113.5"
                                 << "203.0.113.5/32" << false;
    QTest::newRow("IPv4 /24") << "198.51.100.0/24"
                              << "198.51.100.0/24" << false;
    QTest::newRow("IPv4 host bits normalised") << "10.1.2.3/8"
                                               << "10.0.0.0/8" << true;
    QTest::newRow("IPv4 /0") << "0.0.0.0/0"
                             << "0.0.0.0/0" << false;
    QTest::newRow("IPv4 /32 of broadcast") << "255.255.255.255/32"
                                           << "255.255.255.255/32" << false;
    QTest::newRow("IPv4 /31 host bit") << "192.0.2.1/31"
                                       << "192.0.2.0/31" << true;
    QTest::newRow("IPv6 ::/0") << "::/0"
                               << "::/0" << false;
    QTest::newRow("IPv6 loopback") << "::1"
                                   << "::1/128" << false;
    QTest::newRow("IPv6 /64") << "2001:db8:1:2::/64"
                              << "2001:db8:1:2::/64" << false;
    QTest::newRow("IPv6 upper case") << "2001:DB8::ABCD"
                                     << "2001:db8::abcd/128" << false;
    QTest::newRow("IPv6 full form") << "2001:0db8:0000:0000:0000:0000:0000:0001"
                                    << "2001:db8::1/128" << false;
    QTest::newRow("IPv6 host bits") << "2001:db8::1/32"
                                    << "2001:db8::/32" << true;
    QTest::newRow("IPv6 trailing ::") << "fe80::/10"
                                      << "fe80::/10" << false;
    QTest::newRow("IPv6 embedded IPv4") << "::ffff:192.0.2.1"
                                        << "::ffff:192.0.2.1/128" << false;
    QTest::newRow("IPv6 seven groups then ::") << "1:2:3:4:5:6:7::"
                                               << "1:2:3:4:5:6:7:0/128" << false;
}

void TestCidr::parsesValid()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    QFETCH(bool, hostBits);
    QString error;
    const std::optional<Cidr> cidr = Cidr::parse(QStringView(text), &error);
    QVERIFY2(cidr, qPrintable(error));
    QCOMPARE(cidr->toString(), canonical);
    QCOMPARE(cidr->hadHostBits(), hostBits);
}

void TestCidr::rejectsInvalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason"); // a word the error must contain

    QTest::newRow("octet 300") << "300.1.1.1"
                               << "255";
    QTest::newRow("prefix 33") << "1.2.3.4/33"
                               << "32";
    QTest::newRow("prefix 129") << "::/129"
                                << "128";
    QTest::newRow("bad hex") << "::g"
                             << "hex";
    QTest::newRow("empty") << ""
                           << "empty";
    QTest::newRow("three octets") << "10.0.0"
                                  << "four";
    QTest::newRow("five octets") << "10.0.0.0.1"
                                 << "four";
    QTest::newRow("leading zero") << "010.0.0.1"
                                  << "octet";
    QTest::newRow("empty prefix") << "10.0.0.0/"
                                  << "prefix";
    QTest::newRow("negative prefix") << "10.0.0.0/-1"
                                     << "prefix";
    QTest::newRow("prefix leading zero") << "10.0.0.0/08"
                                         << "prefix";
    QTest::newRow("two ::") << "1::2::3"
                            << "once";
    QTest::newRow("nine groups") << "1:2:3:4:5:6:7:8:9"
                                 << "eight";
    QTest::newRow("short IPv6") << "1:2:3"
                                << "eight";
    QTest::newRow("zone") << "fe80::1%eth0"
                          << "zone";
    QTest::newRow("group too long") << "12345::"
                                    << "four";
    QTest::newRow("space") << "10.0.0.1 "
                           << "octet";
    QTest::newRow("range notation") << "10.0.0.1-10.0.0.9"
                                    << "octet";
    QTest::newRow("single colon start") << ":1::"
                                        << "leading";
}

void TestCidr::rejectsInvalid()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);
    QString error;
    QVERIFY(!Cidr::parse(QStringView(text), &error));
    QVERIFY2(error.contains(reason, Qt::CaseInsensitive), qPrintable(error));
}

void TestCidr::countsAndContainment()
{
    const Cidr slash8 = *Cidr::parse(std::string_view("10.0.0.0/8"));
    const Cidr slash24 = *Cidr::parse(std::string_view("10.20.30.0/24"));
    QCOMPARE(quint64(slash8.addressCount()), quint64(1) << 24);
    QVERIFY(slash8.contains(slash24));
    QVERIFY(!slash24.contains(slash8));
    QCOMPARE(slash24.ipv4Last(), quint32(0x0a141eff));
    const Cidr all6 = *Cidr::parse(std::string_view("::/0"));
    QCOMPARE(all6.addressCount(), kUint128Max); // 2^128 saturates
    const Cidr v6 = *Cidr::parse(std::string_view("2001:db8::/64"));
    QCOMPARE(v6.addressCount(), uint128(1) << 64);
    QVERIFY(!v6.contains(slash24)); // other family
    QCOMPARE(uint128ToDecimal(uint128(1) << 64), QStringLiteral("18446744073709551616"));
}

void TestCidr::formatsIpv6Canonically_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::newRow("longest run wins") << "2001:0:0:1:0:0:0:1"
                                      << "2001:0:0:1::1";
    QTest::newRow("leftmost on tie") << "2001:db8:0:0:1:0:0:1"
                                     << "2001:db8::1:0:0:1";
    QTest::newRow("single zero not compressed") << "2001:db8:0:1:1:1:1:1"
                                                << "2001:db8:0:1:1:1:1:1";
    QTest::newRow("all zero") << "0:0:0:0:0:0:0:0"
                              << "::";
}

void TestCidr::formatsIpv6Canonically()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(Cidr::parse(QStringView(in))->toString(false), out);
}

QTEST_APPLESS_MAIN(TestCidr)
#include "tst_cidr.moc"
