// SPDX-License-Identifier: MIT
#include "nsgtestdata.h"

#include "core/audit/exposureevaluator.h"
#include "ui/widgets/nsgpage.h"

#include <QLabel>
#include <QTest>
#include <QTextBrowser>

using namespace nsg;
using namespace nsg::test;
using namespace nsg::ui;

// One NSG page, offscreen, without a window or a sandbox: what the banner and the Why tab say.
class TestNsgPage final : public QObject
{
    Q_OBJECT

private slots:
    void shadowNamesEveryDeny();
};

// issue 16, point 2: two Denies close the Internet before an Allow from it; the banner, its
// rule-by-rule note and the Why tab name both, each with the ranges it took.
void TestNsgPage::shadowNamesEveryDeny()
{
    NsgResult result;
    result.nsg = readOne(nsgFromDsl(
        QStringLiteral("Deny 100 * 0.0.0.0/1 25 name=Deny-Lower-Half; Deny 199 Tcp Internet 25 "
                       "name=Deny-Allow-SMTP-Internet; Allow 200 Tcp Internet 25 "
                       "name=Allow-SMTP-Internet"),
        QStringLiteral("nsg-partial-smtp")));
    const EvaluationOptions options;
    result.finding = ExposureEvaluator(options).evaluate(result.nsg);
    NsgPage page;
    page.resize(1024, 700);
    page.showNsg(result, options, QString(), false);

    const QString both =
        QStringLiteral("Deny rule 'Deny-Lower-Half' (priority 100: 0.0.0.0/1) and Deny rule "
                       "'Deny-Allow-SMTP-Internet' (priority 199: 128.0.0.0/1, ::/0)");
    QVERIFY2(page.bannerText().contains(QLatin1String("is shadowed by ") + both),
             qPrintable(page.bannerText()));
    const auto *note = page.findChild<QLabel *>(QStringLiteral("ruleByRuleNote"));
    QVERIFY(note);
    QVERIFY2(note->text().contains(both), qPrintable(note->text()));
    const auto *why = page.findChild<QTextBrowser *>(QStringLiteral("whyBrowser"));
    QVERIFY(why);
    const QString proof = why->toPlainText().simplified();
    QVERIFY2(proof.contains(QStringLiteral("200 Allow-SMTP-Internet: Allow TCP/25 from Internet — "
                                           "shadowed: its public sources were already decided by ")
                            + both),
             qPrintable(proof));
}

QTEST_MAIN(TestNsgPage)
#include "tst_nsgpage.moc"
