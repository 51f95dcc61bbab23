// SPDX-License-Identifier: MIT
#include "ui/widgets/pathview.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace nsg::ui {

namespace {

constexpr int kMargin = 8;

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
    m_picture.emplace(m_hops, font());
    m_message.clear();
    m_description = describePath(endpoint, m_hops);
    m_current = -1;
    setAccessibleDescription(m_description);
    relayout();
}

void PathView::showMessage(const QString &message)
{
    m_hops.clear();
    m_picture.reset();
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

void PathView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange && m_picture) {
        m_picture.emplace(m_hops, font());
        relayout();
    }
}

void PathView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    int height = 0;
    m_boxes = layoutFor(width(), &height);
}

std::vector<PathPicture::Box> PathView::layoutFor(int width, int *height) const
{
    if (!m_picture) {
        *height = kMargin * 2 + fontMetrics().height() * 2;
        return {};
    }
    qreal h = 0;
    std::vector<PathPicture::Box> boxes = m_picture->layout(width, &h);
    *height = int(std::ceil(h));
    return boxes;
}

QSize PathView::sizeHint() const
{
    const int width = int(PathPicture::preferredWidth());
    return QSize(width, heightForWidth(width));
}

QSize PathView::minimumSizeHint() const
{
    const int width = int(PathPicture::minimumWidth());
    return QSize(width, heightForWidth(width));
}

int PathView::heightForWidth(int width) const
{
    int height = 0;
    layoutFor(width, &height);
    return height;
}

QRect PathView::hopRect(int hop) const
{
    return hop >= 0 && size_t(hop) < m_boxes.size() ? m_boxes[size_t(hop)].rect.toRect() : QRect();
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
    const QPalette pal = palette();
    if (!m_picture) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rect().adjusted(kMargin, kMargin, -kMargin, -kMargin),
                   Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, m_message);
        return;
    }
    m_picture->paint(p, m_boxes, PathPicture::Colors::from(pal), hasFocus() ? m_current : -1);
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
        if (const QString outcome = PathPicture::outcomeText(h.state); !outcome.isEmpty())
            tip += QLatin1String("<br><i>") + outcome.toHtmlEscaped() + QLatin1String("</i>");
        if (!h.resourceId.isEmpty())
            tip +=
                QLatin1String("<br><tt>") + h.resourceId.toHtmlEscaped() + QLatin1String("</tt>");
        QToolTip::showText(help->globalPos(), tip, this, m_boxes[size_t(hop)].rect.toRect());
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
