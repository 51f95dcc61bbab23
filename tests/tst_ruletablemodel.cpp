// SPDX-License-Identifier: MIT
#include "ui/models/ruletablemodel.h"
#include "ui/models/statusicons.h"

#include "nsgtestdata.h"

#include "core/audit/exposureevaluator.h"
#include "core/input/offlinescan.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QTest>
#include <QTranslator>

using namespace nsg;
using namespace nsg::ui;

namespace {

NsgResult sampleNsg(const QString &name)
{
    OfflineScan scan;
    if (!scan.addFile(QStringLiteral(NSG_SOURCE_DIR "/resources/demo/sample-export.json")))
        qFatal("cannot read the sample export");
    for (NsgResult &r : scan.takeResult().nsgs) {
        if (r.nsg.name() == name)
            return r;
    }
    qFatal("no NSG %s in the sample", qPrintable(name));
}

// An NSG written in the rule DSL (tests/support/nsgtestdata.h), evaluated for TCP/25 with the
// default breadth limit (256 public IPv4 addresses).
NsgResult evaluated(const QString &rules)
{
    NsgResult r;
    r.nsg = test::readOne(test::nsgFromDsl(rules));
    ExposureEvaluator evaluator;
    r.finding = evaluator.evaluate(r.nsg);
    return r;
}

QString cell(const RuleTableModel &m, int row, int column, int role = Qt::DisplayRole)
{
    return m.index(row, column).data(role).toString();
}

// The column whose header reads `title`, -1 if none.
int columnTitled(const RuleTableModel &m, const QString &title)
{
    for (int c = 0; c < m.columnCount(); ++c) {
        if (m.headerData(c, Qt::Horizontal).toString() == title)
            return c;
    }
    return -1;
}

bool isRedTint(const QVariant &background)
{
    return background.isValid()
        && background.value<QColor>() == StatusIcons::tint(StatusIcons::Kind::Exposed);
}

// Amber: a warm hue between orange and yellow, clearly neither red nor green.
bool isAmber(const QVariant &background)
{
    if (!background.isValid())
        return false;
    const int hue = background.value<QColor>().hsvHue();
    return hue >= 25 && hue <= 55;
}

// German as the portal shows it, for the words the rule tables display.
class PortalGerman final : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *disambiguation,
                      int n) const override
    {
        Q_UNUSED(context)
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        const QByteArray s(source);
        if (s == "Allow")
            return QStringLiteral("Zulassen");
        if (s == "Deny")
            return QStringLiteral("Verweigern");
        if (s == "Any")
            return QStringLiteral("Beliebig");
        return QString();
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestRuleTableModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void portalLayout();
    void exposingRuleHighlighted();
    void shadowedRuleMarked();
    void outbound();
    void portalList_data();
    void portalList();
    // Issue 16, point 6: red means "this rule exposes the port".
    void ruleWithinLimitIsAmberNotRed();
    void publicServiceTagIsAmber();
    void exposingRuleStaysRedBesideAPartnerRule();
    void rulesThatExposeOnlyTogetherAreRed();
    // Issue 16, point 7: source ports shown; a Deny limited to them says so.
    void sourcePortsColumn();
    // Issue 16, point 11: the words the portal translates are translatable.
    void actionAndAnyTranslated();
};

void TestRuleTableModel::portalLayout()
{
    RuleTableModel model(Direction::Inbound);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setNsg(sampleNsg(QStringLiteral("nsg-mx-gateway")), {});
    QCOMPARE(model.columnCount(), int(RuleTableModel::ColumnCount));
    // Custom rules by priority, then the three inbound defaults.
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(cell(model, 0, RuleTableModel::PriorityColumn), QStringLiteral("100"));
    QCOMPARE(cell(model, 1, RuleTableModel::PriorityColumn), QStringLiteral("110"));
    QCOMPARE(cell(model, 2, RuleTableModel::PriorityColumn), QStringLiteral("65000"));
    QCOMPARE(cell(model, 4, RuleTableModel::NameColumn), QStringLiteral("DenyAllInBound"));
    QVERIFY(model.index(3, 0).data(RuleTableModel::IsDefaultRole).toBool());
    QVERIFY(!model.index(1, 0).data(RuleTableModel::IsDefaultRole).toBool());
    // The portal's words: "*" is Any, protocols in capitals.
    QCOMPARE(cell(model, 0, RuleTableModel::SourceColumn), QStringLiteral("Any"));
    QCOMPARE(cell(model, 0, RuleTableModel::PortColumn), QStringLiteral("25"));
    QCOMPARE(cell(model, 0, RuleTableModel::ProtocolColumn), QStringLiteral("TCP"));
    QCOMPARE(cell(model, 0, RuleTableModel::ActionColumn), QStringLiteral("Allow"));
    QCOMPARE(cell(model, 4, RuleTableModel::ActionColumn), QStringLiteral("Deny"));
    // Defaults greyed.
    QVERIFY(model.index(3, 0).data(Qt::ForegroundRole).isValid());
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestRuleTableModel::exposingRuleHighlighted()
{
    RuleTableModel model(Direction::Inbound);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setNsg(sampleNsg(QStringLiteral("nsg-split-ranges")), {});
    // Two rules, each letting half of IPv4 in: both expose.
    QCOMPARE(model.exposingRows(), (QList<int>{0, 1}));
    for (int row : model.exposingRows()) {
        const QModelIndex name = model.index(row, RuleTableModel::NameColumn);
        QVERIFY(name.data(RuleTableModel::IsExposingRole).toBool());
        QCOMPARE(name.data(Qt::BackgroundRole).value<QColor>(),
                 StatusIcons::tint(StatusIcons::Kind::Exposed));
        QVERIFY(name.data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(name.data(Qt::ToolTipRole).toString().contains(QLatin1String("decides first")));
        QCOMPARE(name.data(RuleTableModel::MarkRole).toInt(), int(RuleMark::Decides));
    }
    QVERIFY(!model.index(2, 0).data(Qt::BackgroundRole).isValid());
}

void TestRuleTableModel::shadowedRuleMarked()
{
    RuleTableModel model(Direction::Inbound);
    model.setNsg(sampleNsg(QStringLiteral("nsg-smtp-blocked")), {});
    // Deny 25 at 100 decides first; the Allow at 200 is shadowed, so nothing is highlighted.
    QVERIFY(model.exposingRows().isEmpty());
    QCOMPARE(cell(model, 1, RuleTableModel::NameColumn), QStringLiteral("Allow-SMTP-Internet"));
    const QModelIndex allow = model.index(1, RuleTableModel::NameColumn);
    QVERIFY(allow.data(RuleTableModel::IsShadowedRole).toBool());
    QVERIFY(allow.data(Qt::FontRole).value<QFont>().italic());
    QVERIFY(allow.data(Qt::ToolTipRole).toString().contains(QLatin1String("Deny-SMTP-All")));
    QCOMPARE(allow.data(RuleTableModel::MarkRole).toInt(), int(RuleMark::Shadowed));
}

void TestRuleTableModel::outbound()
{
    RuleTableModel model(Direction::Outbound);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setNsg(sampleNsg(QStringLiteral("nsg-mx-gateway")), {});
    QVERIFY(model.rowCount() >= 3);
    QCOMPARE(cell(model, model.rowCount() - 1, RuleTableModel::NameColumn),
             QStringLiteral("DenyAllOutBound"));
    for (int r = 0; r < model.rowCount(); ++r) {
        QCOMPARE(model.index(r, 0).data(RuleTableModel::MarkRole).toInt(), -1);
        QVERIFY(!model.index(r, 0).data(RuleTableModel::IsExposingRole).toBool());
    }
}

void TestRuleTableModel::portalList_data()
{
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<QString>("shown");
    QTest::newRow("star") << QStringList{QStringLiteral("*")} << "Any";
    QTest::newRow("empty") << QStringList() << "Any";
    QTest::newRow("list") << QStringList{QStringLiteral("25"), QStringLiteral("587")} << "25, 587";
}

void TestRuleTableModel::portalList()
{
    QFETCH(QStringList, values);
    QFETCH(QString, shown);
    QCOMPARE(RuleTableModel::portalList(values), shown);
}

void TestRuleTableModel::ruleWithinLimitIsAmberNotRed()
{
    RuleTableModel model(Direction::Inbound);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const NsgResult nsg = evaluated(
        QStringLiteral("Allow 100 Tcp 203.0.113.16/28,198.51.100.7 25 name=Allow-SMTP-Partners"));
    QCOMPARE(nsg.finding.verdict, Verdict::Ok);
    model.setNsg(nsg, {});
    const QModelIndex name = model.index(0, RuleTableModel::NameColumn);
    QCOMPARE(name.data().toString(), QStringLiteral("Allow-SMTP-Partners"));
    QVERIFY(!name.data(RuleTableModel::IsExposingRole).toBool());
    QVERIFY(model.exposingRows().isEmpty());
    for (int c = 0; c < model.columnCount(); ++c) {
        const QVariant background = model.index(0, c).data(Qt::BackgroundRole);
        QVERIFY2(!isRedTint(background), "a rule within the limit is not red");
        QVERIFY2(isAmber(background), qPrintable(background.value<QColor>().name()));
    }
    const QString tip = name.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QLatin1String("17 public IPv4 addresses"))
                 && tip.contains(QLatin1String("within the limit")),
             qPrintable(tip));
    QVERIFY2(!tip.contains(QLatin1String("xposes")), qPrintable(tip));
}

void TestRuleTableModel::publicServiceTagIsAmber()
{
    // An Allow from a service tag of Azure's shared public addresses: OK by the NSG's own verdict,
    // yet public sources get in — amber, and the tooltip says why it is not red. VirtualNetwork
    // is not such a tag.
    RuleTableModel model(Direction::Inbound);
    const NsgResult nsg =
        evaluated(QStringLiteral("Allow 100 Tcp AzureFrontDoor.Backend 25 name=Allow-FrontDoor; "
                                 "Allow 110 Tcp VirtualNetwork 25 name=Allow-Vnet"));
    QCOMPARE(nsg.finding.verdict, Verdict::Ok);
    model.setNsg(nsg, {});
    const QModelIndex tag = model.index(0, RuleTableModel::NameColumn);
    QCOMPARE(tag.data().toString(), QStringLiteral("Allow-FrontDoor"));
    QVERIFY(tag.data(RuleTableModel::IsServiceTagRole).toBool());
    QVERIFY(!tag.data(RuleTableModel::IsExposingRole).toBool());
    QVERIFY(isAmber(tag.data(Qt::BackgroundRole)));
    const QString tip = tag.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QLatin1String("service tag AzureFrontDoor.Backend")), qPrintable(tip));
    const QModelIndex vnet = model.index(1, RuleTableModel::NameColumn);
    QCOMPARE(vnet.data().toString(), QStringLiteral("Allow-Vnet"));
    QVERIFY(!vnet.data(RuleTableModel::IsServiceTagRole).toBool());
    QVERIFY(!isAmber(vnet.data(Qt::BackgroundRole)));
}

void TestRuleTableModel::exposingRuleStaysRedBesideAPartnerRule()
{
    RuleTableModel model(Direction::Inbound);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const NsgResult nsg = evaluated(QStringLiteral(
        "Allow 100 Tcp 198.51.100.7 25 name=Partner; Allow 200 Tcp Internet 25 name=Open"));
    QCOMPARE(nsg.finding.verdict, Verdict::Exposed);
    model.setNsg(nsg, {});
    QCOMPARE(model.exposingRows(), QList<int>{1});
    const QModelIndex open = model.index(1, RuleTableModel::NameColumn);
    QVERIFY(open.data(RuleTableModel::IsExposingRole).toBool());
    QVERIFY(isRedTint(open.data(Qt::BackgroundRole)));
    QVERIFY(open.data(Qt::FontRole).value<QFont>().bold());
    QVERIFY2(open.data(Qt::ToolTipRole).toString().contains(QLatin1String("Exposes TCP/25")),
             qPrintable(open.data(Qt::ToolTipRole).toString()));
    // The partner rule admits one address: within the limit, amber, whatever the NSG's verdict.
    const QModelIndex partner = model.index(0, RuleTableModel::NameColumn);
    QVERIFY(!partner.data(RuleTableModel::IsExposingRole).toBool());
    QVERIFY(!isRedTint(partner.data(Qt::BackgroundRole)));
    QVERIFY(isAmber(partner.data(Qt::BackgroundRole)));
    QVERIFY2(partner.data(Qt::ToolTipRole).toString().contains(QLatin1String("within the limit")),
             qPrintable(partner.data(Qt::ToolTipRole).toString()));
}

void TestRuleTableModel::rulesThatExposeOnlyTogetherAreRed()
{
    RuleTableModel model(Direction::Inbound);
    // 256 + 256 public addresses: each rule alone is within the limit, together they are not.
    const NsgResult nsg = evaluated(
        QStringLiteral("Allow 100 Tcp 203.0.113.0/24 25; Allow 200 Tcp 198.51.100.0/24 25"));
    QCOMPARE(nsg.finding.verdict, Verdict::Exposed);
    model.setNsg(nsg, {});
    QCOMPARE(model.exposingRows(), (QList<int>{0, 1}));
    for (int row : {0, 1}) {
        const QModelIndex name = model.index(row, RuleTableModel::NameColumn);
        QVERIFY(isRedTint(name.data(Qt::BackgroundRole)));
        QVERIFY2(name.data(Qt::ToolTipRole).toString().contains(QLatin1String("together")),
                 qPrintable(name.data(Qt::ToolTipRole).toString()));
    }
}

void TestRuleTableModel::sourcePortsColumn()
{
    RuleTableModel model(Direction::Inbound);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setNsg(
        evaluated(QStringLiteral("Deny 100 * * 25 sport=1024-65535 name=Deny-HighPorts; "
                                 "Allow 200 Tcp Internet 25 dst=10.1.2.4 name=Allow-SMTP")),
        {});
    const int sourcePorts = columnTitled(model, QStringLiteral("Source ports"));
    QVERIFY2(sourcePorts >= 0, "the rule table has a Source ports column");
    // Beside Port, as in the portal's effective security rules.
    QCOMPARE(sourcePorts, columnTitled(model, QStringLiteral("Port")) + 1);
    QCOMPARE(cell(model, 0, sourcePorts), QStringLiteral("1024-65535"));
    QCOMPARE(cell(model, 1, sourcePorts), QStringLiteral("Any"));
    // Destination shows addresses.
    QCOMPARE(cell(model, 1, columnTitled(model, QStringLiteral("Destination"))),
             QStringLiteral("10.1.2.4"));
    // The Deny blocks only those source ports, and says so.
    const QString tip = cell(model, 0, RuleTableModel::NameColumn, Qt::ToolTipRole);
    QVERIFY2(tip.contains(QLatin1String("only connections from source ports 1024-65535")),
             qPrintable(tip));
    QVERIFY(model.index(1, 0).data(RuleTableModel::IsExposingRole).toBool());
    // The outbound table has the column too.
    RuleTableModel outbound(Direction::Outbound);
    outbound.setNsg(evaluated(QStringLiteral("Allow 100 Tcp * 25 dir=Outbound sport=[80,443]")),
                    {});
    QCOMPARE(cell(outbound, 0, columnTitled(outbound, QStringLiteral("Source ports"))),
             QStringLiteral("80, 443"));
}

void TestRuleTableModel::actionAndAnyTranslated()
{
    PortalGerman german;
    QVERIFY(QCoreApplication::installTranslator(&german));
    RuleTableModel model(Direction::Inbound);
    model.setNsg(evaluated(QStringLiteral("Deny 100 * * 25; Allow 200 Tcp Internet 25")), {});
    QCOMPARE(cell(model, 0, RuleTableModel::ActionColumn), QStringLiteral("Verweigern"));
    QCOMPARE(cell(model, 1, RuleTableModel::ActionColumn), QStringLiteral("Zulassen"));
    QCOMPARE(cell(model, 0, RuleTableModel::ProtocolColumn), QStringLiteral("Beliebig"));
    QCOMPARE(cell(model, 0, RuleTableModel::SourceColumn), QStringLiteral("Beliebig"));
    // Service tags stay as the portal shows them.
    QCOMPARE(cell(model, 1, RuleTableModel::SourceColumn), QStringLiteral("Internet"));
    QCOMPARE(cell(model, 1, RuleTableModel::ProtocolColumn), QStringLiteral("TCP"));
    QCoreApplication::removeTranslator(&german);
    model.setNsg(evaluated(QStringLiteral("Deny 100 * * 25")), {});
    QCOMPARE(cell(model, 0, RuleTableModel::ActionColumn), QStringLiteral("Deny"));
}

QTEST_MAIN(TestRuleTableModel)
#include "tst_ruletablemodel.moc"
