// SPDX-License-Identifier: MIT
#include "sourceeditor.h"

#include "models/statusicons.h"

#include <QListWidget>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace nsg::ui {

SourceEditor::SourceEditor(QWidget *parent)
    : QWidget(parent)
    , m_text(new QPlainTextEdit(this))
    , m_validation(new QListWidget(this))
{
    m_text->setObjectName(QStringLiteral("sourcePrefixes"));
    m_text->setPlaceholderText(tr("e.g. 203.0.113.16/28, 198.51.100.7 or 2001:db8::/64 — "
                                  "separated by commas, spaces or new lines"));
    m_text->setTabChangesFocus(true);
    m_text->setMaximumHeight(m_text->fontMetrics().lineSpacing() * 5);
    m_text->setAccessibleName(tr("Source IP addresses/CIDR ranges"));
    m_validation->setObjectName(QStringLiteral("sourceValidation"));
    m_validation->setMaximumHeight(m_validation->fontMetrics().lineSpacing() * 5);
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
    }
    Q_EMIT changed();
}

} // namespace nsg::ui
