// SPDX-License-Identifier: MIT
#include "ui/widgets/sourceeditor.h"

#include "ui/models/statusicons.h"

#include <QEvent>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QVBoxLayout>

namespace nsg::ui {

namespace {

// What each entry means, one item per entry, the reason word-wrapped to the list's width: the
// list grows with its items (up to a cap, then it scrolls down, never sideways).
class ValidationList final : public QListWidget
{
public:
    explicit ValidationList(QWidget *parent)
        : QListWidget(parent)
    {
        setWordWrap(true);
        setTextElideMode(Qt::ElideNone);
        setUniformItemSizes(false);
        setResizeMode(QListView::Adjust);
        setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    }

    // Gives each item the height its wrapped text needs at the current width, and the list the
    // height of all of them (at most kMaxLines lines of text).
    void fit()
    {
        if (m_fitting)
            return;
        m_fitting = true;
        setVisible(count() > 0);
        // The width without a scroll bar; past the cap a vertical scroll bar is always there
        // and takes its share, so the widths the items are measured at are the ones shown.
        const int cap = fontMetrics().lineSpacing() * kMaxLines;
        m_width = contentsRect().width();
        int total = heights(m_width);
        const bool scrolls = total > cap;
        if (scrolls)
            total =
                heights(m_width - style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this));
        setVerticalScrollBarPolicy(scrolls ? Qt::ScrollBarAlwaysOn : Qt::ScrollBarAlwaysOff);
        setFixedHeight(std::min(total, cap) + height() - contentsRect().height());
        doItemsLayout();
        m_fitting = false;
    }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QListWidget::resizeEvent(event);
        if (contentsRect().width() != m_width)
            fit();
    }

private:
    int heights(int width)
    {
        QStyleOptionViewItem option;
        initViewItemOption(&option);
        int total = 0;
        for (int i = 0; i < count(); ++i) {
            const QModelIndex index = indexFromItem(item(i));
            option.rect = QRect(0, 0, width, 1 << 20);
            const QSize hint = itemDelegateForIndex(index)->sizeHint(option, index);
            item(i)->setSizeHint(QSize(width, hint.height()));
            total += hint.height();
        }
        return total;
    }

    static constexpr int kMaxLines = 14;
    bool m_fitting = false;
    int m_width = -1;
};

} // namespace

SourceEditor::SourceEditor(QWidget *parent)
    : QWidget(parent)
    , m_text(new QPlainTextEdit(this))
    , m_validation(new ValidationList(this))
{
    m_text->setObjectName(QStringLiteral("sourcePrefixes"));
    m_text->setPlaceholderText(tr("e.g. 203.0.113.16/28, 198.51.100.7 or 2001:db8::/64 — "
                                  "separated by commas, spaces or new lines"));
    m_text->setTabChangesFocus(true);
    m_text->setMaximumHeight(m_text->fontMetrics().lineSpacing() * 5);
    m_text->setAccessibleName(tr("Source IP addresses/CIDR ranges"));
    m_validation->setObjectName(QStringLiteral("sourceValidation"));
    m_validation->setAccessibleName(tr("What each entry means"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
    layout->addWidget(m_validation);
    connect(m_text, &QPlainTextEdit::textChanged, this, &SourceEditor::reparse);
}

void SourceEditor::setLimit(const BreadthLimit &limit)
{
    m_limit = limit;
    reparse();
}

void SourceEditor::setReadOnly(bool readOnly)
{
    m_text->setReadOnly(readOnly);
}

void SourceEditor::reparse()
{
    m_input = SourceInput::parse(m_text->toPlainText(), m_limit);
    m_validation->clear();
    for (const SourceInput::Entry &e : m_input.entries) {
        QString text;
        StatusIcons::Kind kind = StatusIcons::Kind::Ok;
        switch (e.status) {
        case SourceInput::Entry::Status::Ok:
            text = tr("%1 — ok").arg(e.cidr->toString(false));
            break;
        case SourceInput::Entry::Status::Normalized:
            text = tr("%1 — %2").arg(e.text, e.message); // accepted, as shown
            break;
        case SourceInput::Entry::Status::Merged:
            text = tr("%1 — merged: %2").arg(e.text, e.message);
            kind = StatusIcons::Kind::Skipped;
            break;
        case SourceInput::Entry::Status::Refused:
            text = tr("%1 — refused: %2").arg(e.text, e.message);
            kind = StatusIcons::Kind::Exposed;
            break;
        }
        auto *item = new QListWidgetItem(StatusIcons::icon(kind), text, m_validation);
        item->setData(Qt::UserRole, int(e.status));
        item->setToolTip(text);
    }
    static_cast<ValidationList *>(m_validation)->fit();
    Q_EMIT changed();
}

} // namespace nsg::ui
