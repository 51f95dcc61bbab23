// SPDX-License-Identifier: MIT
#include "core/net/addressprefix.h"
#include "core/net/addressset.h"

#include <QTest>

using namespace nsg;

namespace {

AddressSet set(std::initializer_list<const char *> items)
{
    AddressSet s;
    for (const char *item : items) {
        if (auto cidr = Cidr::parse(std::string_view(item)))
            s.addCidr(*cidr);
        else
            s.addName(QString::fromLatin1(item));
    }
    return s;
}

QStringList strings(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *i : items)
        out.append(QString::fromLatin1(i));
    return out;
}

} // namespace

class TestAddressSet final : public QObject
{
    Q_OBJECT

private slots:
    void unionMergesAdjacent();
    void intersection();
    void difference();
    void minimalCidrs_data();
    void minimalCidrs();
    void counts();
    void namesAndComplement();
    void publicInternetExcludesReserved_data();
    void publicInternetExcludesReserved();
    void classifiesPrefixes_data();
    void classifiesPrefixes();
};

void TestAddressSet::unionMergesAdjacent()
{
    AddressSet s = set({"0.0.0.0/1"});
    s.unite(set({"128.0.0.0/1"}));
    QCOMPARE(s.toCidrStrings(), strings({"0.0.0.0/0"}));
    AddressSet v6 = set({"2001:db8::/33", "2001:db8:8000::/33"});
    QCOMPARE(v6.toCidrStrings(), strings({"2001:db8::/32"}));
}

void TestAddressSet::intersection()
{
    const AddressSet a = set({"10.0.0.0/8", "2001:db8::/32"});
    const AddressSet b = set({"10.20.0.0/16", "192.0.2.0/24", "2001:db8:1::/48"});
    QCOMPARE(a.intersected(b).toCidrStrings(), strings({"10.20.0.0/16", "2001:db8:1::/48"}));
    QVERIFY(a.intersected(set({"192.0.2.0/24"})).isEmpty());
    QVERIFY(a.intersects(b));
}

void TestAddressSet::difference()
{
    const AddressSet all4 = set({"0.0.0.0/0"});
    QCOMPARE(all4.subtracted(set({"0.0.0.0/1"})).toCidrStrings(), strings({"128.0.0.0/1"}));
    QCOMPARE(set({"10.0.0.0/24"}).subtracted(set({"10.0.0.128/25"})).toCidrStrings(),
             strings({"10.0.0.0/25"}));
    // A hole in the middle splits the range.
    QCOMPARE(set({"10.0.0.0/30"}).subtracted(set({"10.0.0.1"})).toCidrStrings(),
             strings({"10.0.0.0/32", "10.0.0.2/31"}));
    QVERIFY(set({"10.0.0.0/8"}).subtracted(set({"0.0.0.0/0"})).isEmpty());
}

void TestAddressSet::minimalCidrs_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");
    QTest::addColumn<QStringList>("cidrs");
    QTest::newRow("one block") << "192.0.2.0"
                               << "192.0.2.255" << strings({"192.0.2.0/24"});
    QTest::newRow("unaligned") << "192.0.2.1"
                               << "192.0.2.6"
                               << strings({"192.0.2.1/32", "192.0.2.2/31", "192.0.2.4/31",
                                           "192.0.2.6/32"});
    QTest::newRow("whole space") << "0.0.0.0"
                                 << "255.255.255.255" << strings({"0.0.0.0/0"});
    QTest::newRow("top address") << "255.255.255.254"
                                 << "255.255.255.255" << strings({"255.255.255.254/31"});
}

void TestAddressSet::minimalCidrs()
{
    QFETCH(QString, first);
    QFETCH(QString, last);
    QFETCH(QStringList, cidrs);
    AddressSet s;
    s.ipv4().add(Cidr::parse(QStringView(first))->ipv4First(),
                 Cidr::parse(QStringView(last))->ipv4First());
    QCOMPARE(s.toCidrStrings(), cidrs);
}

void TestAddressSet::counts()
{
    const AddressSet s = set({"192.0.2.0/24", "198.51.100.0/23", "2001:db8::/64", "2001:db9::/64"});
    QCOMPARE(s.ipv4Count(), quint64(256 + 512));
    QCOMPARE(s.ipv6Count(), uint128(1) << 65);
    QCOMPARE(AddressSet::everything().ipv4Count(), quint64(1) << 32);
    QCOMPARE(AddressSet::everything().ipv6Count(), kUint128Max);
}

void TestAddressSet::namesAndComplement()
{
    AddressSet everything = AddressSet::everything();
    QVERIFY(everything.containsName(QStringLiteral("VirtualNetwork")));
    everything.subtract(set({"VirtualNetwork"}));
    QVERIFY(!everything.containsName(QStringLiteral("virtualnetwork"))); // any letter case
    QVERIFY(everything.containsName(QStringLiteral("AzureLoadBalancer")));
    QVERIFY(everything.allNamesExcept());

    const AddressSet tags = set({"VirtualNetwork", "Storage"});
    QCOMPARE(tags.intersected(everything).names(), strings({"Storage"}));
    QVERIFY(!tags.intersected(everything).allNamesExcept());
    AddressSet back = everything;
    back.unite(set({"VirtualNetwork"}));
    QCOMPARE(back, AddressSet::everything());
    QVERIFY(AddressSet::everything().subtracted(AddressSet::everything()).isEmpty());
}

void TestAddressSet::publicInternetExcludesReserved_data()
{
    QTest::addColumn<QString>("cidr");
    QTest::addColumn<bool>("isPublic");
    QTest::newRow("8.8.8.8") << "8.8.8.8" << true;
    QTest::newRow("10/8") << "10.1.2.3" << false;
    QTest::newRow("172.16/12") << "172.31.255.255" << false;
    QTest::newRow("172.32 is public") << "172.32.0.1" << true;
    QTest::newRow("192.168/16") << "192.168.1.1" << false;
    QTest::newRow("100.64/10 CGNAT") << "100.127.0.1" << false;
    QTest::newRow("127/8") << "127.0.0.1" << false;
    QTest::newRow("169.254/16") << "169.254.169.254" << false;
    QTest::newRow("0/8") << "0.1.2.3" << false;
    QTest::newRow("multicast") << "239.1.1.1" << false;
    QTest::newRow("240/4") << "250.0.0.1" << false;
    QTest::newRow("2001:db8::1") << "2001:db8::1" << true;
    QTest::newRow("::1") << "::1" << false;
    QTest::newRow("::") << "::" << false;
    QTest::newRow("ULA") << "fd00::1" << false;
    QTest::newRow("link local") << "fe80::1" << false;
    QTest::newRow("multicast v6") << "ff02::1" << false;
}

void TestAddressSet::publicInternetExcludesReserved()
{
    QFETCH(QString, cidr);
    QFETCH(bool, isPublic);
    QCOMPARE(AddressSet::publicInternet().contains(*Cidr::parse(QStringView(cidr))), isPublic);
}

void TestAddressSet::classifiesPrefixes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("kind");
    using K = AddressPrefix::Kind;
    QTest::newRow("*") << "*" << int(K::Everything);
    QTest::newRow("Any") << "Any" << int(K::Everything);
    QTest::newRow("ANY") << "ANY" << int(K::Everything);
    QTest::newRow("Internet") << "Internet" << int(K::Everything);
    QTest::newRow("iNtErNeT") << "iNtErNeT" << int(K::Everything);
    QTest::newRow("0.0.0.0") << "0.0.0.0" << int(K::AllIpv4);
    QTest::newRow("0.0.0.0/0") << "0.0.0.0/0" << int(K::AllIpv4);
    QTest::newRow("::/0") << "::/0" << int(K::AllIpv6);
    QTest::newRow("0::/0") << "0::/0" << int(K::AllIpv6);
    QTest::newRow("cidr") << "203.0.113.0/24" << int(K::Range);
    QTest::newRow("VirtualNetwork") << "virtualnetwork" << int(K::VirtualNetwork);
    QTest::newRow("AzureLoadBalancer") << "AzureLoadBalancer" << int(K::AzureLoadBalancer);
    QTest::newRow("AzureCloud") << "AzureCloud" << int(K::AzureCloud);
    QTest::newRow("AzureCloud.region") << "AzureCloud.WestEurope" << int(K::AzureCloud);
    QTest::newRow("Storage.WestUS") << "Storage.WestUS" << int(K::ServiceTag);
    QTest::newRow("bad IP") << "300.1.1.1" << int(K::Invalid);
    QTest::newRow("comma list") << "10.0.0.0/8,10.1.0.0/16" << int(K::Invalid);
    QTest::newRow("empty") << "" << int(K::Invalid);
    QTest::newRow("spaces") << "Virtual Network" << int(K::Invalid);
}

void TestAddressSet::classifiesPrefixes()
{
    QFETCH(QString, text);
    QFETCH(int, kind);
    const QByteArray utf8 = text.toUtf8();
    QCOMPARE(
        int(AddressPrefix::classify(std::string_view(utf8.constData(), size_t(utf8.size()))).kind),
        kind);
}

QTEST_APPLESS_MAIN(TestAddressSet)
#include "tst_addressset.moc"
