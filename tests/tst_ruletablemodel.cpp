// SPDX-License-Identifier: MIT
#include "models/ruletablemodel.h"
#include "models/statusicons.h"

#include "input/offlinescan.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QFont>
#include <QTest>

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

QString cell(const RuleTableModel &m, int row, int column, int role = Qt::DisplayRole)
{
    return m.index(row, column).data(role).toString();
}

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

QTEST_MAIN(TestRuleTableModel)
#include "tst_ruletablemodel.moc"
