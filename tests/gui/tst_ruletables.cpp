// SPDX-License-Identifier: MIT
// The NSG page's rule tables, offscreen (issue 16, points 6 and 7): a legend for every mark
// under both rule tables, an OK NSG's rule within the limit drawn amber rather than red, and
// the Source ports column. Screenshots land in <build>/screenshots.
#include "nsgtestdata.h"
#include "palettes.h"

#include "core/audit/exposureevaluator.h"
#include "ui/models/ruletablemodel.h"
#include "ui/widgets/nsgpage.h"

#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QPalette>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace nsg;
using namespace nsg::ui;

namespace {

NsgResult evaluated(const QString &rules, const QString &name)
{
    NsgResult r;
    r.nsg = test::readOne(test::nsgFromDsl(rules, name));
    ExposureEvaluator evaluator;
    r.finding = evaluator.evaluate(r.nsg);
    return r;
}

} // namespace

class TestRuleTables final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void legendNamesEveryMark();
    void sourcePortsShown();

private:
    void screenshot(QWidget *widget, const QString &name);
    QDir m_shots;
};

void TestRuleTables::initTestCase()
{
    m_shots = QDir(QStringLiteral(NSG_SCREENSHOT_DIR));
    QVERIFY(m_shots.mkpath(QStringLiteral(".")));
}

void TestRuleTables::screenshot(QWidget *widget, const QString &name)
{
    QTest::qWait(100);
    QVERIFY(widget->grab().save(m_shots.filePath(name + QLatin1String(".png"))));
}

void TestRuleTables::legendNamesEveryMark()
{
    NsgPage page;
    page.resize(800, 560);
    const NsgResult ok = evaluated(
        QStringLiteral("Allow 100 Tcp 203.0.113.16/28,198.51.100.7 25 name=Allow-SMTP-Internet"),
        QStringLiteral("nsg-mx-inbound"));
    QCOMPARE(ok.finding.verdict, Verdict::Ok);
    page.showNsg(ok, {}, QStringLiteral("Contoso Mail Platform"), false);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    // The rule is amber, not red.
    RuleTableModel *rules = page.inboundModel();
    QVERIFY(rules->exposingRows().isEmpty());
    QVERIFY(rules->index(0, 0).data(RuleTableModel::IsWithinLimitRole).toBool());

    // Under the inbound table: every mark the table uses.
    QLabel *legend = page.findChild<QLabel *>(QStringLiteral("inboundLegend"));
    QVERIFY2(legend, "the inbound rules tab has a legend");
    QVERIFY(legend->isVisible());
    QVERIFY(page.tabs()->currentWidget()->isAncestorOf(legend));
    const QString text = legend->text();
    for (const char *mark : {"Exposes the port", "within the limit", "a service tag", "Shadowed",
                             "Could not be read", "Default rule"})
        QVERIFY2(text.contains(QLatin1String(mark)), mark);
    // Its colours are the table's.
    QVERIFY(text.contains(RuleTableModel::withinLimitBackground().name()));
    QVERIFY(!legend->toolTip().isEmpty());
    screenshot(&page, QStringLiteral("nsg-page-within-limit"));

    // Under the outbound table: the greyed defaults.
    page.tabs()->setCurrentIndex(NsgPage::OutboundTab);
    QLabel *outbound = page.findChild<QLabel *>(QStringLiteral("outboundLegend"));
    QVERIFY(outbound);
    QTRY_VERIFY(outbound->isVisible());
    QVERIFY(outbound->text().contains(QLatin1String("Default rule")));
}

void TestRuleTables::sourcePortsShown()
{
    NsgPage page;
    page.resize(1000, 480);
    page.showNsg(evaluated(QStringLiteral("Deny 100 * * 25 sport=1-1023 name=Deny-SMTP-LowPorts; "
                                          "Allow 200 Tcp Internet 25 name=Allow-SMTP"),
                           QStringLiteral("nsg-test-deny-sport")),
                 {}, QStringLiteral("Contoso Dev/Test"), false);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    RuleTableModel *rules = page.inboundModel();
    QCOMPARE(rules->headerData(RuleTableModel::SourcePortsColumn, Qt::Horizontal).toString(),
             QStringLiteral("Source ports"));
    QCOMPARE(rules->index(0, RuleTableModel::SourcePortsColumn).data().toString(),
             QStringLiteral("1-1023"));
    QVERIFY(!page.inboundTable()->isColumnHidden(RuleTableModel::SourcePortsColumn));
    QVERIFY(page.inboundTable()->columnWidth(RuleTableModel::SourcePortsColumn) > 0);
    screenshot(&page, QStringLiteral("nsg-page-source-ports"));
    page.setPalette(nsg::test::darkPalette());
    screenshot(&page, QStringLiteral("nsg-page-source-ports-dark"));
}

QTEST_MAIN(TestRuleTables)
#include "tst_ruletables.moc"
