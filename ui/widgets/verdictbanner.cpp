// SPDX-License-Identifier: MIT
#include "ui/widgets/verdictbanner.h"

#include "ui/models/statusicons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace nsg::ui {

VerdictBanner::VerdictBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("verdictBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_text->setObjectName(QStringLiteral("verdictText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note->setObjectName(QStringLiteral("ruleByRuleNote"));
    m_note->setWordWrap(true);
    m_note->setVisible(false);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    auto *texts = new QVBoxLayout;
    texts->addWidget(m_text);
    texts->addWidget(m_note);
    layout->addLayout(texts, 1);
}

void VerdictBanner::setVerdict(Verdict verdict, const QString &text, const QString &note)
{
    const StatusIcons::Kind kind = verdict == Verdict::Exposed ? StatusIcons::Kind::Exposed
        : verdict == Verdict::Ok                               ? StatusIcons::Kind::Ok
                                                               : StatusIcons::Kind::Unknown;
    setKind(kind, text, note);
}

void VerdictBanner::setKind(StatusIcons::Kind kind, const QString &text, const QString &note)
{
    QPalette pal = palette();
    pal.setColor(QPalette::Window, StatusIcons::tint(kind));
    pal.setColor(QPalette::WindowText, QColor(0x1b, 0x1b, 0x1b));
    setPalette(pal);
    m_icon->setPixmap(StatusIcons::icon(kind).pixmap(32, 32));
    m_text->setText(text);
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

QString VerdictBanner::text() const
{
    return m_text->text();
}

} // namespace nsg::ui
