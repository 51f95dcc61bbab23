// SPDX-License-Identifier: MIT
// Every control a reviewer can reach in the window and its dialogs has a name assistive
// technology can read: an accessible name, visible text of its own, or a label that is its buddy.
#include "nsgtestdata.h"

#include "models/inventorymodel.h"
#include "widgets/acceptriskdialog.h"
#include "widgets/historywindow.h"
#include "widgets/mainwindow.h"
#include "widgets/nsgpage.h"
#include "widgets/remediationwizard.h"
#include "widgets/reportdialog.h"
#include "widgets/restrictsourcedialog.h"
#include "widgets/settingsdialog.h"
#include "widgets/signindialog.h"
#include "widgets/suppressionsdialog.h"

#include "input/nsgwriter.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTreeView>

using namespace nsg;
using namespace nsg::ui;
using json = nlohmann::json;

namespace {

bool isControl(const QWidget *w)
{
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w)
        || qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractItemView *>(w)
        || qobject_cast<const QPlainTextEdit *>(w) || qobject_cast<const QTextEdit *>(w)
        || qobject_cast<const QAbstractSpinBox *>(w) || qobject_cast<const QAbstractSlider *>(w);
}

// The controls of `root` that are visible and have no name.
QStringList unnamed(QWidget *root)
{
    QHash<const QWidget *, QString> buddies;
    for (const QLabel *label : root->findChildren<QLabel *>()) {
        if (label->buddy())
            buddies.insert(label->buddy(), label->text());
    }
    QStringList out;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(root) || !isControl(w) || w->focusPolicy() == Qt::NoFocus)
            continue;
        if (qobject_cast<QAbstractSlider *>(w) && w->parent()
            && qobject_cast<QAbstractItemView *>(w->parent()->parent()))
            continue; // a view's own scroll bars
        if (qobject_cast<QLineEdit *>(w) && qobject_cast<QAbstractSpinBox *>(w->parentWidget()))
            w = w->parentWidget(); // a spin box's editor: the spin box is what readers announce
        const auto *button = qobject_cast<QAbstractButton *>(w);
        const bool named = !w->accessibleName().isEmpty() || buddies.contains(w)
            || (button && (!button->text().isEmpty() || !button->toolTip().isEmpty()));
        if (!named)
            out.append(QStringLiteral("%1 %2 (in %3)")
                           .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(),
                                w->parentWidget() ? w->parentWidget()->objectName() : QString()));
    }
    return out;
}

} // namespace

class TestAccessibility final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyControlIsNamed();

private:
    QTemporaryDir m_dir;
};

void TestAccessibility::initTestCase()
{
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("nsg-auditor-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_accessibility"));
    qputenv("NSG_AUDITOR_JOURNAL", QFile::encodeName(m_dir.filePath(QStringLiteral("j.jsonl"))));
}

void TestAccessibility::everyControlIsNamed()
{
    MainWindow window;
    window.resize(1200, 800);
    window.show();
    QSignalSpy loaded(&window, &MainWindow::offlineFileLoaded);
    window.openFiles({QStringLiteral(NSG_SOURCE_DIR "/resources/demo/sample-export.json")});
    QVERIFY(loaded.wait(10000));
    // An NSG on the right, so that its page is checked too.
    const QAbstractItemModel *tree = window.tree()->model();
    std::function<QModelIndex(const QModelIndex &)> firstNsg = [&](const QModelIndex &parent) {
        for (int r = 0; r < tree->rowCount(parent); ++r) {
            const QModelIndex i = tree->index(r, 0, parent);
            if (i.data(InventoryModel::KindRole).toInt() == int(InventoryModel::Kind::Nsg))
                return i;
            const QModelIndex below = firstNsg(i);
            if (below.isValid())
                return below;
        }
        return QModelIndex();
    };
    const QModelIndex nsgIndex = firstNsg(QModelIndex());
    QVERIFY(nsgIndex.isValid());
    window.tree()->setCurrentIndex(nsgIndex);
    QVERIFY(!window.nsgPage()->nsgId().isEmpty());
    for (int tab = 1; tab < window.nsgPage()->tabs()->count(); ++tab) {
        window.nsgPage()->tabs()->setCurrentIndex(tab);
        QVERIFY2(unnamed(&window).isEmpty(),
                 qPrintable(unnamed(&window).join(QLatin1String("; "))));
    }
    window.nsgPage()->tabs()->setCurrentIndex(0);
    QVERIFY2(unnamed(&window).isEmpty(), qPrintable(unnamed(&window).join(QLatin1String("; "))));

    window.showSignIn();
    QVERIFY2(unnamed(window.signInDialog()).isEmpty(),
             qPrintable(unnamed(window.signInDialog()).join(QLatin1String("; "))));
    window.signInDialog()->hide();

    window.showHistory();
    QVERIFY2(unnamed(window.historyWindow()).isEmpty(),
             qPrintable(unnamed(window.historyWindow()).join(QLatin1String("; "))));
    window.historyWindow()->close();

    window.showReportDialog();
    QVERIFY2(unnamed(window.reportDialog()).isEmpty(),
             qPrintable(unnamed(window.reportDialog()).join(QLatin1String("; "))));
    window.reportDialog()->close();

    window.showSettings();
    QVERIFY2(unnamed(window.settingsDialog()).isEmpty(),
             qPrintable(unnamed(window.settingsDialog()).join(QLatin1String("; "))));
    window.settingsDialog()->close();
    window.showSuppressions();
    QVERIFY2(unnamed(window.suppressionsDialog()).isEmpty(),
             qPrintable(unnamed(window.suppressionsDialog()).join(QLatin1String("; "))));
    window.suppressionsDialog()->close();
    std::function<QModelIndex(const QModelIndex &)> exposedNsg = [&](const QModelIndex &parent) {
        for (int r = 0; r < tree->rowCount(parent); ++r) {
            const QModelIndex i = tree->index(r, 0, parent);
            if (i.data(InventoryModel::KindRole).toInt() == int(InventoryModel::Kind::Nsg)
                && i.data(InventoryModel::VerdictRole).toInt() == int(Verdict::Exposed))
                return i;
            const QModelIndex below = exposedNsg(i);
            if (below.isValid())
                return below;
        }
        return QModelIndex();
    };
    window.tree()->setCurrentIndex(exposedNsg(QModelIndex()));
    window.openAcceptRisk();
    QVERIFY(window.acceptRiskDialog());
    QVERIFY2(unnamed(window.acceptRiskDialog()).isEmpty(),
             qPrintable(unnamed(window.acceptRiskDialog()).join(QLatin1String("; "))));
    window.acceptRiskDialog()->close();

    const json nsg = nsg::test::nsgFromDsl(QStringLiteral("Allow 100 Tcp Internet 25 name=Open"));
    RestrictSourceDialog restrict(nsg, QStringLiteral("Open"), QString(), {}, &window);
    restrict.show();
    QVERIFY2(unnamed(&restrict).isEmpty(),
             qPrintable(unnamed(&restrict).join(QLatin1String("; "))));

    RemediationWizard wizard({FixTarget{nsg, QStringLiteral("Open"), QString()}}, {}, &window);
    wizard.show();
    for (int page : {RemediationWizard::ExplainPage, RemediationWizard::ChoosePage,
                     RemediationWizard::RangesPage}) {
        QVERIFY2(unnamed(&wizard).isEmpty(),
                 qPrintable(unnamed(&wizard).join(QLatin1String("; "))));
        if (page != RemediationWizard::RangesPage)
            wizard.next();
    }
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
