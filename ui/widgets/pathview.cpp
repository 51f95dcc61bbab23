// SPDX-License-Identifier: MIT
#include "ui/widgets/pathview.h"

#include "ui/models/statusicons.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>

namespace nsg::ui {

namespace {

constexpr int kMargin = 8;
constexpr int kBoxWidth = 150;
constexpr int kGap = 24; // room for an arrow between two boxes
constexpr int kRowGap = 26;
constexpr int kPadding = 6;
constexpr int kMaxTextLines = 6;

StatusIcons::Kind kindOf(PathHop::State state)
{
    switch (state) {
    case PathHop::State::Admits:
        return StatusIcons::Kind::Exposed;
    case PathHop::State::Stops:
        return StatusIcons::Kind::Ok;
    case PathHop::State::Undecided:
        return StatusIcons::Kind::Unknown;
    case PathHop::State::Passes:
    case PathHop::State::NotReached:
        break;
    }
    return StatusIcons::Kind::Loading;
}

QString outcomeText(PathHop::State state)
{
    switch (state) {
    case PathHop::State::Admits:
        return PathView::tr("decides: lets the Internet through");
    case PathHop::State::Stops:
        return PathView::tr("decides: stops it here");
    case PathHop::State::Undecided:
        return PathView::tr("could not be decided");
    case PathHop::State::NotReached:
        return PathView::tr("not reached");
    case PathHop::State::Passes:
        break;
    }
    return QString();
}

} // namespace

PathView::PathView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("pathView"));
    setAccessibleName(tr("Path from the Internet"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void PathView::setEndpoint(const Endpoint &endpoint)
{
    m_hops = pathHops(endpoint);
    m_message.clear();
    m_description = describePath(endpoint, m_hops);
    m_current = -1;
    setAccessibleDescription(m_description);
    relayout();
}

void PathView::showMessage(const QString &message)
{
    m_hops.clear();
    m_message = message;
    m_description = message;
    m_current = -1;
    setAccessibleDescription(message);
    relayout();
}

void PathView::relayout()
{
    int height = 0;
    m_boxes = layoutFor(width() > 0 ? width() : sizeHint().width(), &height);
    updateGeometry();
    update();
}

void PathView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    int height = 0;
    m_boxes = layoutFor(width(), &height);
}

int PathView::boxHeight(const PathHop &hop) const
{
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics title(bold);
    const QFontMetrics text(font());
    const int inner = kBoxWidth - 2 * kPadding;
    const int textHeight =
        std::min(text.boundingRect(QRect(0, 0, inner, 10000), Qt::TextWordWrap, hop.text).height(),
                 text.lineSpacing() * kMaxTextLines);
    const QString outcome = outcomeText(hop.state);
    const int outcomeHeight = outcome.isEmpty()
        ? 0
        : title.boundingRect(QRect(0, 0, inner, 1000), Qt::TextWordWrap, outcome).height() + 2;
    return kPadding + title.height() + 2 + textHeight + outcomeHeight + kPadding;
}

std::vector<PathView::Box> PathView::layoutFor(int width, int *height) const
{
    std::vector<Box> boxes;
    const int perRow = std::max(1, (width - 2 * kMargin + kGap) / (kBoxWidth + kGap));
    int y = kMargin;
    size_t i = 0;
    int row = 0;
    while (i < m_hops.size()) {
        const size_t end = std::min(m_hops.size(), i + size_t(perRow));
        int rowHeight = 0;
        for (size_t j = i; j < end; ++j)
            rowHeight = std::max(rowHeight, boxHeight(m_hops[j]));
        for (size_t j = i; j < end; ++j) {
            const int x = kMargin + int(j - i) * (kBoxWidth + kGap);
            boxes.push_back(Box{QRect(x, y, kBoxWidth, rowHeight), row});
        }
        y += rowHeight + kRowGap;
        i = end;
        ++row;
    }
    *height = m_hops.empty() ? kMargin * 2 + fontMetrics().height() * 2 : y - kRowGap + kMargin;
    return boxes;
}

QSize PathView::sizeHint() const
{
    const int width = 4 * (kBoxWidth + kGap) - kGap + 2 * kMargin;
    return QSize(width, heightForWidth(width));
}

QSize PathView::minimumSizeHint() const
{
    return QSize(kBoxWidth + 2 * kMargin, heightForWidth(kBoxWidth + 2 * kMargin));
}

int PathView::heightForWidth(int width) const
{
    int height = 0;
    layoutFor(width, &height);
    return height;
}

QRect PathView::hopRect(int hop) const
{
    return hop >= 0 && size_t(hop) < m_boxes.size() ? m_boxes[size_t(hop)].rect : QRect();
}

int PathView::hopAt(const QPoint &pos) const
{
    for (size_t i = 0; i < m_boxes.size(); ++i) {
        if (m_boxes[i].rect.contains(pos))
            return int(i);
    }
    return -1;
}

void PathView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    if (m_hops.empty()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rect().adjusted(kMargin, kMargin, -kMargin, -kMargin),
                   Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, m_message);
        return;
    }
    const QColor ink = pal.color(QPalette::Text);
    const bool dark = pal.color(QPalette::Base).lightness() < 128;
    // Dimmed, but still legible on the palette's base (light or dark).
    const QColor base = pal.color(QPalette::Base);
    const QColor dim = QColor::fromRgbF((ink.redF() * 3 + base.redF() * 2) / 5,
                                        (ink.greenF() * 3 + base.greenF() * 2) / 5,
                                        (ink.blueF() * 3 + base.blueF() * 2) / 5);

    // The arrows first, under the boxes: along a row, and from a row's end to the next row.
    p.setPen(QPen(ink, 1.5));
    auto arrowHead = [&p, &ink](QPointF tip, QPointF from) {
        const QLineF back(tip, from);
        QLineF a = back;
        a.setLength(8);
        a.setAngle(back.angle() + 25);
        QLineF b = back;
        b.setLength(8);
        b.setAngle(back.angle() - 25);
        QPainterPath head;
        head.moveTo(tip);
        head.lineTo(a.p2());
        head.lineTo(b.p2());
        head.closeSubpath();
        p.fillPath(head, ink);
    };
    for (size_t i = 1; i < m_boxes.size(); ++i) {
        const QRect from = m_boxes[i - 1].rect;
        const QRect to = m_boxes[i].rect;
        const bool dashed = m_hops[i].state == PathHop::State::NotReached;
        p.setPen(QPen(dashed ? dim : ink, 1.5, dashed ? Qt::DashLine : Qt::SolidLine));
        if (m_boxes[i].row == m_boxes[i - 1].row) {
            const QPointF a(from.right() + 2, from.center().y());
            const QPointF b(to.left() - 2, to.center().y());
            p.drawLine(a, b);
            arrowHead(b, a);
        } else {
            const qreal midY = from.bottom() + kRowGap / 2.0;
            QPainterPath wire;
            wire.moveTo(from.center().x(), from.bottom() + 2);
            wire.lineTo(from.center().x(), midY);
            wire.lineTo(to.center().x(), midY);
            wire.lineTo(to.center().x(), to.top() - 2);
            p.setBrush(Qt::NoBrush);
            p.drawPath(wire);
            arrowHead(QPointF(to.center().x(), to.top() - 2), QPointF(to.center().x(), midY));
        }
    }

    QFont bold = font();
    bold.setBold(true);
    for (size_t i = 0; i < m_boxes.size(); ++i) {
        const PathHop &hop = m_hops[i];
        const QRect r = m_boxes[i].rect;
        const bool decides = hop.state == PathHop::State::Admits
            || hop.state == PathHop::State::Stops || hop.state == PathHop::State::Undecided;
        const bool notReached = hop.state == PathHop::State::NotReached;
        QColor fill = pal.color(QPalette::Base);
        QColor border = pal.color(QPalette::Mid);
        if (decides) {
            border = StatusIcons::color(kindOf(hop.state));
            QColor tint = border;
            tint.setAlpha(dark ? 90 : 40);
            p.fillRect(r, fill);
            fill = tint;
        }
        p.setBrush(fill);
        QPen pen(border, decides ? 3 : 1,
                 notReached || hop.state == PathHop::State::Undecided ? Qt::DashLine
                                                                      : Qt::SolidLine);
        p.setPen(pen);
        p.drawRoundedRect(QRectF(r).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
        if (hasFocus() && int(i) == m_current) {
            p.setPen(QPen(pal.color(QPalette::Highlight), 2, Qt::DotLine));
            p.setBrush(Qt::NoBrush);
            p.drawRoundedRect(QRectF(r).adjusted(-3, -3, 3, 3), 8, 8);
        }
        const QRect inner = r.adjusted(kPadding, kPadding, -kPadding, -kPadding);
        p.setFont(bold);
        p.setPen(notReached ? dim : ink);
        const QFontMetrics titleMetrics(bold);
        p.drawText(inner, Qt::AlignLeft | Qt::AlignTop,
                   titleMetrics.elidedText(hop.title, Qt::ElideRight, inner.width()));
        const QString outcome = outcomeText(hop.state);
        const int outcomeHeight = outcome.isEmpty()
            ? 0
            : titleMetrics.boundingRect(QRect(0, 0, inner.width(), 1000), Qt::TextWordWrap, outcome)
                  .height();
        p.setFont(font());
        const QRect textRect(inner.left(), inner.top() + titleMetrics.height() + 2, inner.width(),
                             inner.height() - titleMetrics.height() - 2 - outcomeHeight);
        p.drawText(textRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, hop.text);
        if (!outcome.isEmpty()) {
            p.setFont(bold);
            p.setPen(decides && !dark ? border.darker(120) : notReached ? dim : ink);
            p.drawText(QRect(inner.left(), inner.bottom() - outcomeHeight + 1, inner.width(),
                             outcomeHeight),
                       Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap, outcome);
        }
    }
}

bool PathView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const int hop = hopAt(help->pos());
        if (hop < 0) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        const PathHop &h = m_hops[size_t(hop)];
        QString tip = QLatin1String("<b>") + h.title.toHtmlEscaped() + QLatin1String("</b><br>")
            + h.text.toHtmlEscaped();
        if (const QString outcome = outcomeText(h.state); !outcome.isEmpty())
            tip += QLatin1String("<br><i>") + outcome.toHtmlEscaped() + QLatin1String("</i>");
        if (!h.resourceId.isEmpty())
            tip +=
                QLatin1String("<br><tt>") + h.resourceId.toHtmlEscaped() + QLatin1String("</tt>");
        QToolTip::showText(help->globalPos(), tip, this, m_boxes[size_t(hop)].rect);
        return true;
    }
    return QWidget::event(event);
}

void PathView::mousePressEvent(QMouseEvent *event)
{
    const int hop = hopAt(event->position().toPoint());
    if (hop >= 0) {
        m_current = hop;
        update();
        Q_EMIT hopActivated(m_hops[size_t(hop)]);
        return;
    }
    QWidget::mousePressEvent(event);
}

void PathView::keyPressEvent(QKeyEvent *event)
{
    const int count = int(m_hops.size());
    if (count == 0) {
        QWidget::keyPressEvent(event);
        return;
    }
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Up:
        m_current = std::max(0, m_current - 1);
        update();
        return;
    case Qt::Key_Right:
    case Qt::Key_Down:
        m_current = std::min(count - 1, m_current + 1);
        update();
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (m_current >= 0)
            Q_EMIT hopActivated(m_hops[size_t(m_current)]);
        return;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

} // namespace nsg::ui
