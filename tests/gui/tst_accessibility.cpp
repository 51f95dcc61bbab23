// SPDX-License-Identifier: MIT
// Every control a reviewer can reach in the window and its dialogs has a name assistive
// technology can read: an accessible name, visible text of its own, or a label that is its buddy.
#include "nsgtestdata.h"
#include "palettes.h"

#include "ui/models/inventoryfilter.h"
#include "ui/models/inventorymodel.h"
#include "ui/widgets/acceptriskdialog.h"
#include "ui/widgets/historywindow.h"
#include "ui/widgets/mainwindow.h"
#include "ui/widgets/nsgpage.h"
#include "ui/widgets/remediationwizard.h"
#include "ui/widgets/reportdialog.h"
#include "ui/widgets/restrictsourcedialog.h"
#include "ui/widgets/settingsdialog.h"
#include "ui/widgets/signindialog.h"
#include "ui/widgets/suppressionsdialog.h"

#include "core/input/nsgwriter.h"
#include "core/settings/translations.h"
#include "ui/widgets/verdictbanner.h"

#include "ui/models/statusicons.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QToolBar>
#include <QToolButton>
#include <QTranslator>
#include <QTreeView>

#include <cmath>
#include <functional>

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

// The first row, depth first, that `match` accepts.
QModelIndex findRow(const QAbstractItemModel *m,
                    const std::function<bool(const QModelIndex &)> &match,
                    const QModelIndex &parent = QModelIndex())
{
    for (int r = 0; r < m->rowCount(parent); ++r) {
        const QModelIndex i = m->index(r, 0, parent);
        if (match(i))
            return i;
        const QModelIndex below = findRow(m, match, i);
        if (below.isValid())
            return below;
    }
    return QModelIndex();
}

bool isNsg(const QModelIndex &i)
{
    return i.data(InventoryModel::KindRole).toInt() == int(InventoryModel::Kind::Nsg);
}

QModelIndex findNsg(const QAbstractItemModel *m, const QString &prefix)
{
    return findRow(m, [&](const QModelIndex &i) {
        return isNsg(i) && i.data().toString().startsWith(prefix);
    });
}

} // namespace

class TestAccessibility final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyControlIsNamed();
    void mnemonicsAreUnique_data();
    void mnemonicsAreUnique();
    void keyboardOnly();
    void darkPalette();
    void narrowWindow_data();
    void narrowWindow();
    void demoFromAPlainStart();

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
    const QModelIndex nsgIndex = findRow(tree, isNsg);
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
    window.tree()->setCurrentIndex(findRow(tree, [](const QModelIndex &i) {
        return isNsg(i) && i.data(InventoryModel::VerdictRole).toInt() == int(Verdict::Exposed);
    }));
    window.openAcceptRisk();
    QVERIFY(window.acceptRiskDialog());
    QVERIFY2(unnamed(window.acceptRiskDialog()).isEmpty(),
             qPrintable(unnamed(window.acceptRiskDialog()).join(QLatin1String("; "))));
    window.acceptRiskDialog()->close();

    const NsgDocument nsg = NsgDocument::fromJson(
        nsg::test::nsgFromDsl(QStringLiteral("Allow 100 Tcp Internet 25 name=Open")));
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

namespace {

// The letter after a single '&', lower case; none for "&&" or no mnemonic.
QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] == QLatin1Char('&')) {
            if (text[i + 1] == QLatin1Char('&')) {
                ++i;
                continue;
            }
            return text[i + 1].toLower();
        }
    }
    return QChar();
}

// Two texts with the same mnemonic among these: empty when none.
QString clash(const QStringList &texts)
{
    QHash<QChar, QString> seen;
    for (const QString &t : texts) {
        const QChar m = mnemonic(t);
        if (m.isNull())
            continue;
        if (seen.contains(m))
            return seen.value(m) + QLatin1String(" / ") + t;
        seen.insert(m, t);
    }
    return QString();
}

// WCAG relative luminance contrast.
double contrast(const QColor &a, const QColor &b)
{
    auto lum = [](const QColor &c) {
        auto ch = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF());
    };
    const double x = lum(a), y = lum(b);
    return (std::max(x, y) + 0.05) / (std::min(x, y) + 0.05);
}

} // namespace

void TestAccessibility::mnemonicsAreUnique_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("de") << QStringLiteral("de");
    QTest::newRow("fr") << QStringLiteral("fr");
}

void TestAccessibility::mnemonicsAreUnique()
{
    QFETCH(QString, language);
    installTranslations(language);
    {
        MainWindow window;
        window.show();
        QSignalSpy loaded(&window, &MainWindow::offlineFileLoaded);
        window.openFiles({QStringLiteral(NSG_SOURCE_DIR "/resources/demo/sample-export.json")});
        QVERIFY(loaded.wait(10000));
        window.tree()->expandAll();
        window.tree()->setCurrentIndex(
            findNsg(window.tree()->model(), QStringLiteral("nsg-relay-legacy")));
        // The menu bar and the window's own buttons share Alt+letter; each menu its items.
        QStringList top;
        for (QAction *a : window.menuBar()->actions())
            top.append(a->text());
        for (QAbstractButton *b : window.findChildren<QAbstractButton *>()) {
            if (b->isVisibleTo(&window) && b->window() == &window)
                top.append(b->text());
        }
        QVERIFY2(clash(top).isEmpty(), qPrintable(language + QLatin1String(": ") + clash(top)));
        for (QAction *a : window.menuBar()->actions()) {
            QStringList items;
            for (QAction *item : a->menu()->actions())
                items.append(item->text());
            QVERIFY2(clash(items).isEmpty(),
                     qPrintable(language + QLatin1String(": ") + clash(items)));
        }
        // Every dialog's own controls.
        window.showSettings();
        QStringList settings;
        for (QLabel *l : window.settingsDialog()->findChildren<QLabel *>()) {
            settings.append(l->text());
            // A label without a buddy shows its '&' as it is: the mnemonic must lead somewhere.
            QVERIFY2(mnemonic(l->text()).isNull() || l->buddy(),
                     qPrintable(language + QLatin1String(": no buddy for ") + l->text()));
        }
        for (QAbstractButton *b : window.settingsDialog()->findChildren<QAbstractButton *>())
            settings.append(b->text());
        QVERIFY2(clash(settings).isEmpty(),
                 qPrintable(language + QLatin1String(" Settings: ") + clash(settings)));
        window.settingsDialog()->close();
    }
    for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>())
        QCoreApplication::removeTranslator(t);
}

void TestAccessibility::keyboardOnly()
{
    // The reviewer's flow without a mouse: shortcuts for the main commands, the tree by arrow
    // keys and type-ahead, the page's button by its mnemonic, the dialog by Tab and Enter.
    qputenv("NSG_AUDITOR_SUPPRESSIONS",
            QFile::encodeName(m_dir.filePath(QStringLiteral("keyboard-accepted.json"))));
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window) || true);
    QHash<QString, QKeySequence> shortcuts;
    for (QAction *a : window.findChildren<QAction *>())
        if (!a->shortcut().isEmpty())
            shortcuts.insert(a->text(), a->shortcut());
    for (const QString &command :
         {QStringLiteral("&Open export…"), QStringLiteral("&Export report…"),
          QStringLiteral("Change &history…"), QStringLiteral("&Compare audits…"),
          QStringLiteral("Se&ttings…"), QStringLiteral("&Refresh"), QStringLiteral("&Filter"),
          QStringLiteral("&Quit")})
        QVERIFY2(shortcuts.contains(command), qPrintable(command));

    QSignalSpy loaded(&window, &MainWindow::offlineFileLoaded);
    window.openFiles({QStringLiteral(NSG_SOURCE_DIR "/resources/demo/sample-export.json")});
    QVERIFY(loaded.wait(10000));
    // Ctrl+F focuses the filter; typing narrows the tree; Tab goes on to the tree.
    window.activateWindow();
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(window.filterLineEdit()));
    QTest::keyClicks(window.filterLineEdit(), QStringLiteral("nsg-relay"));
    window.filter()->refresh();
    window.tree()->setFocus();
    window.tree()->expandAll();
    QTest::keyClick(window.tree(), Qt::Key_Home);
    for (int i = 0; i < 10 && window.nsgPage()->nsgId().isEmpty(); ++i)
        QTest::keyClick(window.tree(), Qt::Key_Down);
    QVERIFY(window.nsgPage()->nsgId().endsWith(QLatin1String("/nsg-relay-legacy")));
    // Alt+K: Accept risk…; the reason by keyboard; Enter accepts.
    QTest::keyClick(&window, Qt::Key_K, Qt::AltModifier);
    QTRY_VERIFY(window.acceptRiskDialog() && window.acceptRiskDialog()->isVisible());
    AcceptRiskDialog *dialog = window.acceptRiskDialog();
    dialog->reviewerEdit()->setFocus();
    QTest::keyClicks(dialog->reviewerEdit(), QStringLiteral("kbd@contoso.example"));
    QTest::keyClick(dialog->reviewerEdit(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(dialog->reasonEdit()));
    QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("Typed without a mouse"));
    QTest::keyClick(dialog->reasonEdit(), Qt::Key_Tab); // Tab leaves the reason box
    QVERIFY(QApplication::focusWidget() != dialog->reasonEdit());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE(window.inventory()->totals().accepted, 1);
}

void TestAccessibility::darkPalette()
{
    // A dark system palette: the window follows it, and the verdict banners (their own light
    // tints) keep dark text — readable either way; status is spelled out, never colour alone.
    const QPalette before = QApplication::palette();
    const QPalette dark = nsg::test::darkPalette();
    QApplication::setPalette(dark);
    {
        qputenv("NSG_AUDITOR_SUPPRESSIONS",
                QFile::encodeName(m_dir.filePath(QStringLiteral("dark-accepted.json"))));
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QSignalSpy loaded(&window, &MainWindow::offlineFileLoaded);
        window.openFiles({QStringLiteral(NSG_SOURCE_DIR "/resources/demo/sample-export.json")});
        QVERIFY(loaded.wait(10000));
        QCOMPARE(window.tree()->palette().color(QPalette::Base), dark.color(QPalette::Base));
        window.tree()->expandAll();
        const QAbstractItemModel *m = window.tree()->model();
        std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
            for (int r = 0; r < m->rowCount(parent); ++r) {
                const QModelIndex i = m->index(r, 0, parent);
                QVERIFY(
                    !i.siblingAtColumn(InventoryModel::StatusColumn).data().toString().isEmpty());
                QVERIFY(!i.data(Qt::ForegroundRole).isValid()); // the palette's text colour
                walk(i);
            }
        };
        walk(QModelIndex());
        window.tree()->setCurrentIndex(findNsg(m, QStringLiteral("nsg-relay-legacy")));
        auto *banner = window.nsgPage()->findChild<VerdictBanner *>();
        QVERIFY(banner);
        const double ratio = contrast(banner->palette().color(QPalette::WindowText),
                                      banner->palette().color(QPalette::Window));
        QVERIFY2(ratio >= 4.5, qPrintable(QString::number(ratio)));
        window.grab().save(QStringLiteral(NSG_SCREENSHOT_DIR "/main-window-dark.png"));
    }
    QApplication::setPalette(before);
}

void TestAccessibility::narrowWindow_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<qreal>("fontScale");
    QTest::newRow("en") << QStringLiteral("en") << 1.0;
    QTest::newRow("de") << QStringLiteral("de") << 1.0;
    QTest::newRow("fr") << QStringLiteral("fr") << 1.0;
    QTest::newRow("en, larger font") << QStringLiteral("en") << 1.5;
    QTest::newRow("de, larger font") << QStringLiteral("de") << 1.5;
}

void TestAccessibility::narrowWindow()
{
    // 1024×700, in every language and with a larger font: names keep their room, the filter
    // stays on the screen and Ctrl+F reaches it, and nothing falls into the toolbar's overflow.
    QFETCH(QString, language);
    QFETCH(qreal, fontScale);
    installTranslations(language);
    const QFont font = QApplication::font();
    QFont larger = font;
    larger.setPointSizeF(font.pointSizeF() * fontScale);
    QApplication::setFont(larger);
    const auto restore = qScopeGuard([font] {
        QApplication::setFont(font);
        for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>())
            QCoreApplication::removeTranslator(t);
    });
    for (const QSize size : {QSize(1280, 800), QSize(1024, 700)}) {
        MainWindow window;
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy loaded(&window, &MainWindow::offlineFileLoaded);
        window.openFiles({QStringLiteral(NSG_SOURCE_DIR "/resources/demo/sample-export.json")});
        QVERIFY(loaded.wait(10000));
        window.tree()->expandAll();
        QCoreApplication::processEvents();
        const QString where = language + QLatin1Char(' ') + QString::number(size.width());

        auto *bar = window.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
        QVERIFY(bar);
        for (QToolButton *b : bar->findChildren<QToolButton *>()) {
            // With a 1.5× font at 1024 px, Edit mode and History (both in the Edit menu) may
            // move into the overflow; at the default font nothing does.
            if (b->objectName() == QLatin1String("qt_toolbar_ext_button") && fontScale == 1.0)
                QVERIFY2(!b->isVisible(), qPrintable(where + QLatin1String(": toolbar overflows")));
        }
        auto *policy = window.policyCombo();
        QVERIFY2(policy->isVisible() && !policy->visibleRegion().isEmpty(), qPrintable(where));
        QLineEdit *filter = window.filterLineEdit();
        QVERIFY2(filter->isVisible() && !filter->visibleRegion().isEmpty(), qPrintable(where));
        QVERIFY(window.exposedOnlyCheckBox()->isVisible());
        window.activateWindow();
        window.tree()->setFocus();
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY2(filter->hasFocus(), qPrintable(where + QLatin1String(": Ctrl+F")));

        // The name column keeps at least half of the tree; a name that does not fit is cut in
        // the middle, and its tooltip holds all of it.
        QTreeView *tree = window.tree();
        const int viewport = tree->viewport()->width();
        QVERIFY2(tree->columnWidth(InventoryModel::NameColumn) * 2 >= viewport,
                 qPrintable(QStringLiteral("%1: name %2 of %3 px")
                                .arg(where)
                                .arg(tree->columnWidth(InventoryModel::NameColumn))
                                .arg(viewport)));
        QCOMPARE(tree->textElideMode(), Qt::ElideMiddle);
        const QModelIndex nsg = findNsg(tree->model(), QStringLiteral("nsg-relay-legacy"));
        QVERIFY(nsg.isValid());
        QVERIFY(nsg.data(Qt::ToolTipRole).toString().contains(QLatin1String("nsg-relay-legacy")));
    }
}

void TestAccessibility::demoFromAPlainStart()
{
    // A plain start offers the demo in the Help menu and on the welcome page.
    MainWindow window;
    window.show();
    QVERIFY(window.demoAction());
    bool inHelp = false;
    for (QAction *menu : window.menuBar()->actions()) {
        if (menu->menu()->actions().contains(window.demoAction()))
            inHelp = menu->text().remove(QLatin1Char('&')) == QLatin1String("Help");
    }
    QVERIFY(inHelp);
    auto *welcome = window.findChild<QLabel *>(QStringLiteral("welcomeLabel"));
    QVERIFY(welcome->text().contains(QLatin1String("href=\"demo\"")));
    window.demoAction()->trigger();
    QTRY_VERIFY(window.signInDialog()->isVisible());
    // "Demo tenant", to which the platform adds the application's name once.
    QCOMPARE(window.windowTitle(), QStringLiteral("Demo tenant"));
    QVERIFY(!window.demoAction()->isEnabled());
    QSignalSpy finished(&window, &MainWindow::scanFinished);
    QVERIFY(finished.wait(60000)); // the demo approves its code after ~3 s
    window.signInDialog()->hide();
    QVERIFY(window.inventory()->totals().total() > 0);
    // Signed in: the welcome page no longer asks to sign in.
    window.tree()->setCurrentIndex({});
    QVERIFY2(welcome->text().contains(QLatin1String("Signed in as")), qPrintable(welcome->text()));
    QVERIFY(!welcome->text().contains(QLatin1String("href=\"signin\"")));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
