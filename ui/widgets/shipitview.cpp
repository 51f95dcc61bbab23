// SPDX-License-Identifier: MIT
#include "ui/widgets/shipitview.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace nsg::ui {

ShipItView::ShipItView(QWidget *parent)
    : QWidget(parent)
    , m_owner(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_notes(new QLabel(this))
    , m_copy(new QPushButton(tr("C&opy"), this))
    , m_save(new QPushButton(tr("Sa&ve…"), this))
{
    setObjectName(QStringLiteral("shipItView"));
    m_owner->setObjectName(QStringLiteral("ownership"));
    m_owner->setWordWrap(true);
    m_owner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_owner->setText(tr("Who manages this NSG: not checked yet."));
    m_tabs->setObjectName(QStringLiteral("shipTabs"));
    m_tabs->setDocumentMode(true);
    for (ShipFormat f : shipfix::formats()) {
        QPlainTextEdit *view =
            codeView(this,
                     f == ShipFormat::AzureCli ? QStringLiteral("azCommand")
                                               : QStringLiteral("ship-") + shipfix::key(f));
        view->setAccessibleName(tr("The change as %1").arg(shipfix::name(f)));
        view->setProperty("shipFormat", int(f));
        m_views.insert(int(f), view);
        m_tabs->addTab(view, shipfix::name(f));
    }
    // az is what most reviewers run; the owner's format takes its place when there is one.
    resetOrder();
    m_notes->setObjectName(QStringLiteral("shipNotes"));
    m_notes->setWordWrap(true);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_copy->setObjectName(QStringLiteral("copyCommandButton"));
    m_copy->setToolTip(tr("Copy the code of this tab to the clipboard"));
    m_copy->setAutoDefault(false);
    m_save->setObjectName(QStringLiteral("saveShippedFixButton"));
    m_save->setToolTip(tr("Save this tab's code, with what to know about it, as a file"));
    m_save->setAutoDefault(false);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_views.value(int(currentFormat()))->toPlainText());
    });
    connect(m_save, &QPushButton::clicked, this, &ShipItView::save);
    connect(m_tabs, &QTabWidget::currentChanged, this, &ShipItView::showNotes);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_copy);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_owner);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_notes);
    layout->addLayout(buttons);
    setShipping(std::nullopt, QString());
}

QPlainTextEdit *ShipItView::codeView(QWidget *parent, const QString &objectName)
{
    auto *view = new QPlainTextEdit(parent);
    view->setObjectName(objectName);
    view->setReadOnly(true);
    view->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    view->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    view->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    // The system's fixed font, but a font that says it is fixed pitch first: "monospace" may
    // resolve to a font without that flag, and code must line up.
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setFamilies({QStringLiteral("DejaVu Sans Mono"), font.family()});
    font.setStyleHint(QFont::Monospace);
    font.setFixedPitch(true);
    view->setFont(font);
    return view;
}

void ShipItView::setShipping(const std::optional<FixShipping> &fix, const QString &ruleName)
{
    m_ruleName = ruleName;
    m_fixes.clear();
    for (ShipFormat f : shipfix::formats()) {
        if (fix)
            m_fixes.insert(int(f), shipfix::render(*fix, f));
        m_views.value(int(f))->setPlainText(fix ? m_fixes.value(int(f)).codeText() : QString());
    }
    m_copy->setEnabled(fix.has_value());
    m_save->setEnabled(fix.has_value());
    showNotes();
}

void ShipItView::resetOrder()
{
    const QList<ShipFormat> all = shipfix::formats();
    for (int i = 0; i < all.size(); ++i) {
        const int at = m_tabs->indexOf(m_views.value(int(all.at(i))));
        if (at != i)
            m_tabs->tabBar()->moveTab(at, i);
    }
    m_tabs->setCurrentWidget(m_views.value(int(ShipFormat::AzureCli)));
}

void ShipItView::setOwnershipChecking()
{
    resetOrder();
    m_owner->setStyleSheet(QString());
    m_owner->setTextFormat(Qt::PlainText);
    m_owner->setText(tr("Who manages this NSG: checking its deployments, tags and change "
                        "history…"));
}

void ShipItView::setOwnership(bool owned, const QString &summary, const QString &formatKey)
{
    // The warning stands out (amber, as rules the verdict does not count); "no sign" does not.
    m_owner->setText(owned ? tr("<b>Who manages this NSG:</b> %1").arg(summary.toHtmlEscaped())
                           : tr("Who manages this NSG: %1").arg(summary.toHtmlEscaped()));
    m_owner->setTextFormat(Qt::RichText);
    m_owner->setStyleSheet(owned ? QStringLiteral("QLabel { background: #fff4ce; color: #3b2f00; "
                                                  "padding: 4px; border: 1px solid #c8a400; }")
                                 : QString());
    resetOrder();
    const std::optional<ShipFormat> first = shipfix::fromKey(formatKey);
    if (!first)
        return;
    // The owner's format first, and shown.
    QPlainTextEdit *view = m_views.value(int(*first));
    const int at = m_tabs->indexOf(view);
    if (at > 0)
        m_tabs->tabBar()->moveTab(at, 0);
    m_tabs->setCurrentIndex(0);
}

ShipFormat ShipItView::currentFormat() const
{
    const QWidget *w = m_tabs->currentWidget();
    return w ? ShipFormat(w->property("shipFormat").toInt()) : ShipFormat::AzureCli;
}

ShipFormat ShipItView::firstFormat() const
{
    return ShipFormat(m_tabs->widget(0)->property("shipFormat").toInt());
}

void ShipItView::showNotes()
{
    const auto it = m_fixes.constFind(int(currentFormat()));
    m_notes->setText(it == m_fixes.constEnd() ? QString() : it->notes.join(QLatin1Char('\n')));
}

void ShipItView::save()
{
    const auto it = m_fixes.constFind(int(currentFormat()));
    if (it == m_fixes.constEnd())
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the change as %1").arg(shipfix::name(it->format)), it->fileName(m_ruleName));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(it->text().toUtf8()) < 0 || !file.commit())
        QMessageBox::warning(this, tr("Save the change"),
                             tr("%1 could not be written: %2").arg(path, file.errorString()));
}

QString ShipItView::code(ShipFormat format) const
{
    return m_views.value(int(format))->toPlainText();
}

QString ShipItView::ownershipText() const
{
    return m_owner->text();
}

} // namespace nsg::ui
