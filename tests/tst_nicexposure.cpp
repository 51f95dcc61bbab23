// SPDX-License-Identifier: MIT
#include "core/audit/exposureevaluator.h"
#include "core/audit/nicexposure.h"
#include "core/input/offlinescan.h"

#include <QTest>

using namespace nsg;

namespace {

// An NSG with one inbound rule allowing TCP/25 from `source` (or none for "").
Finding findingFor(const char *source, bool malformedAfter = false)
{
    std::string rules;
    if (*source)
        rules =
            std::string(R"({"name": "r", "properties": {"protocol": "Tcp", "sourcePortRange": "*",
            "destinationPortRange": "25", "sourceAddressPrefix": ")")
            + source + R"(", "destinationAddressPrefix": "*", "access": "Allow",
            "priority": 200, "direction": "Inbound"}})";
    if (malformedAfter)
        rules += std::string(rules.empty() ? "" : ",")
            + R"({"name": "bad", "properties": {"protocol": "Tcp", "sourcePortRange": "*",
            "destinationPortRange": "2x5", "sourceAddressPrefix": "Internet",
            "destinationAddressPrefix": "*", "access": "Allow", "priority": 300,
            "direction": "Inbound"}})";
    const std::string nsg =
        R"({"id": "/subscriptions/s/resourceGroups/g/providers/Microsoft.Network/networkSecurityGroups/n",
            "name": "n", "properties": {"securityRules": [)"
        + rules + "]}}";
    OfflineScan scan;
    scan.addBytes(QByteArrayView(nsg.data(), qsizetype(nsg.size())), QStringLiteral("t"));
    ScanResult r = scan.takeResult();
    Q_ASSERT(r.nsgs.size() == 1);
    return r.nsgs.front().finding;
}

} // namespace

class TestNicExposure final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void layers_data();
    void layers();
    void unionOverSubnets();
    void partialFindingProvesExposure();
};

void TestNicExposure::layers_data()
{
    QTest::addColumn<QString>("subnet"); // none | notread | <source> | "-" (no rule)
    QTest::addColumn<QString>("nic");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<quint64>("ipv4");

    QTest::newRow("no NSG anywhere") << "none"
                                     << "none"
                                     << "exposed" << quint64(0);
    QTest::newRow("subnet open, no NIC NSG") << "Internet"
                                             << "none"
                                             << "exposed" << quint64(0);
    QTest::newRow("subnet closed, NIC open") << "-"
                                             << "Internet"
                                             << "ok" << quint64(0);
    QTest::newRow("both open") << "Internet"
                               << "*"
                               << "exposed" << quint64(0);
    QTest::newRow("disjoint ranges") << "203.0.113.0/24"
                                     << "198.51.100.0/24"
                                     << "ok" << quint64(0);
    QTest::newRow("overlap narrows") << "0.0.0.0/0"
                                     << "198.51.100.0/24"
                                     << "ok" << quint64(256);
    QTest::newRow("overlap wide") << "0.0.0.0/1"
                                  << "Internet"
                                  << "exposed" << quint64(0);
    QTest::newRow("unread subnet NSG, NIC closed") << "notread"
                                                   << "-"
                                                   << "ok" << quint64(0);
    QTest::newRow("unread subnet NSG, NIC open") << "notread"
                                                 << "Internet"
                                                 << "unknown" << quint64(0);
    QTest::newRow("unread NIC NSG, subnet closed") << "-"
                                                   << "notread"
                                                   << "ok" << quint64(0);
    QTest::newRow("unread NIC NSG, no subnet NSG") << "none"
                                                   << "notread"
                                                   << "unknown" << quint64(0);
    QTest::newRow("no subnet NSG, NIC open") << "none"
                                             << "Internet"
                                             << "exposed" << quint64(0);
}

void TestNicExposure::layers()
{
    QFETCH(QString, subnet);
    QFETCH(QString, nic);
    QFETCH(QString, verdict);
    QFETCH(quint64, ipv4);
    std::vector<Finding> keep; // the layers point into these
    keep.reserve(2);
    auto layer = [&keep](const QString &what, const char *id) {
        if (what == QLatin1String("none"))
            return NsgLayer::none();
        if (what == QLatin1String("notread"))
            return NsgLayer::notRead(QString::fromLatin1(id));
        keep.push_back(findingFor(what == QLatin1String("-") ? "" : qPrintable(what)));
        return NsgLayer::evaluated(QString::fromLatin1(id), &keep.back());
    };
    const NsgLayer s = layer(subnet, "/x/nsg-subnet");
    const NsgLayer n = layer(nic, "/x/nsg-nic");
    NicExposure exposure;
    const NicFinding f = exposure.evaluate({s}, n);
    QCOMPARE(apiName(f.verdict), verdict);
    QVERIFY(!f.reason.isEmpty());
    if (verdict == QLatin1String("unknown"))
        QVERIFY2(f.reason.contains(QLatin1String("could not be read")), qPrintable(f.reason));
    if (ipv4)
        QCOMPARE(quint64(f.allowedIpv4.count()), ipv4);
    // An exposed NIC's reason names the NSGs that are there, and only those.
    if (verdict == QLatin1String("exposed") && subnet == QLatin1String("none")
        && nic != QLatin1String("none"))
        QVERIFY2(f.reason.startsWith(QLatin1String("Through the NIC's NSG (its subnet has none)")),
                 qPrintable(f.reason));
    if (verdict == QLatin1String("exposed") && subnet != QLatin1String("none")
        && nic == QLatin1String("none"))
        QVERIFY2(f.reason.startsWith(QLatin1String("Through the subnet's NSG (the NIC has none)")),
                 qPrintable(f.reason));
    if (verdict == QLatin1String("exposed") && subnet != QLatin1String("none")
        && nic != QLatin1String("none"))
        QVERIFY2(f.reason.startsWith(QLatin1String("Through both the subnet's and the NIC's NSG")),
                 qPrintable(f.reason));
}

void TestNicExposure::unionOverSubnets()
{
    const Finding closed = findingFor("");
    const Finding open = findingFor("Internet");
    NicExposure exposure;
    // Two IP configurations in two subnets: one open path is enough.
    const NicFinding f =
        exposure.evaluate({NsgLayer::evaluated(QStringLiteral("a"), &closed), NsgLayer::none()},
                          NsgLayer::evaluated(QStringLiteral("n"), &open));
    QCOMPARE(f.verdict, Verdict::Exposed);
    // No subnet known at all: the NIC's own NSG decides.
    QCOMPARE(exposure.evaluate({}, NsgLayer::evaluated(QStringLiteral("n"), &closed)).verdict,
             Verdict::Ok);
}

void TestNicExposure::partialFindingProvesExposure()
{
    // Exposed before a malformed rule: at least what it allowed gets through.
    const Finding partial = findingFor("0.0.0.0/1", true);
    QCOMPARE(partial.verdict, Verdict::Exposed);
    QVERIFY(partial.hasNote(Finding::StoppedAtMalformed));
    NicExposure exposure;
    QCOMPARE(
        exposure.evaluate({NsgLayer::none()}, NsgLayer::evaluated(QStringLiteral("n"), &partial))
            .verdict,
        Verdict::Exposed);
    // Stopped with nothing allowed so far: it proves nothing either way.
    const Finding unknown = findingFor("", true);
    const Finding narrow = findingFor("198.51.100.0/24");
    const NicFinding f = exposure.evaluate({NsgLayer::evaluated(QStringLiteral("s"), &unknown)},
                                           NsgLayer::evaluated(QStringLiteral("n"), &narrow));
    QCOMPARE(f.verdict, Verdict::Unknown);
    QVERIFY2(f.reason.contains(QLatin1String("could not be fully evaluated")),
             qPrintable(f.reason));
}

QTEST_GUILESS_MAIN(TestNicExposure)
#include "tst_nicexposure.moc"
