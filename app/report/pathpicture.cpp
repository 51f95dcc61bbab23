// SPDX-License-Identifier: MIT
#include "report/pathpicture.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLineF>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>

#include <algorithm>
#include <cmath>

namespace nsg {

namespace {

constexpr qreal kMargin = 8;
constexpr qreal kBoxWidth = 150;
constexpr qreal kWidestBox = 200; // where a title's longest word needs more than kBoxWidth
constexpr qreal kGap = 24; // room for an arrow between two boxes
constexpr qreal kRowGap = 26;
constexpr qreal kPadding = 6;
constexpr int kMaxTextLines = 9;
// The estimate's font (no font loaded): 11 pixels.
constexpr qreal kEstimatePixels = 11;

QString tr(const char *text)
{
    return QCoreApplication::translate("nsg::PathPicture", text);
}

bool decides(PathHop::State state)
{
    return state == PathHop::State::Admits || state == PathHop::State::Stops
        || state == PathHop::State::Limits || state == PathHop::State::Undecided;
}

QColor outcomeColor(PathHop::State state, const PathPicture::Colors &c)
{
    switch (state) {
    case PathHop::State::Admits:
        return c.admits;
    case PathHop::State::Stops:
    case PathHop::State::Limits:
        return c.stops;
    case PathHop::State::Undecided:
        return c.undecided;
    case PathHop::State::Passes:
    case PathHop::State::NotReached:
        break;
    }
    return c.frame;
}

// An arrow's head at `tip`, pointing away from `from`.
QPolygonF arrowHead(QPointF tip, QPointF from)
{
    const QLineF back(tip, from);
    QLineF a = back;
    a.setLength(8);
    a.setAngle(back.angle() + 25);
    QLineF b = back;
    b.setLength(8);
    b.setAngle(back.angle() - 25);
    return QPolygonF{tip, a.p2(), b.p2()};
}

// The wires between boxes: a straight line along a row, a bend from a row's end down to the
// next row's start. Each ends in the point its head goes on and the point the head faces from.
struct Wire
{
    QPainterPath path;
    QPointF tip, from;
    bool dashed = false;
};

std::vector<Wire> wiresOf(const std::vector<PathPicture::Box> &boxes,
                          const std::vector<PathHop> &hops)
{
    std::vector<Wire> wires;
    for (size_t i = 1; i < boxes.size(); ++i) {
        const QRectF from = boxes[i - 1].rect;
        const QRectF to = boxes[i].rect;
        Wire w;
        w.dashed = hops[i].state == PathHop::State::NotReached;
        if (boxes[i].row == boxes[i - 1].row) {
            w.from = QPointF(from.right() + 2, from.center().y());
            w.tip = QPointF(to.left() - 2, to.center().y());
            w.path.moveTo(w.from);
            w.path.lineTo(w.tip);
        } else {
            const qreal midY = from.bottom() + kRowGap / 2.0;
            w.path.moveTo(from.center().x(), from.bottom() + 2);
            w.path.lineTo(from.center().x(), midY);
            w.path.lineTo(to.center().x(), midY);
            w.tip = QPointF(to.center().x(), to.top() - 2);
            w.from = QPointF(to.center().x(), midY);
            w.path.lineTo(w.tip);
        }
        wires.push_back(w);
    }
    return wires;
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString num(qreal v)
{
    return QString::number(v, 'f', 1);
}

} // namespace

PathPicture::Colors PathPicture::Colors::from(const QPalette &palette)
{
    Colors c;
    c.ink = palette.color(QPalette::Text);
    c.base = palette.color(QPalette::Base);
    c.frame = palette.color(QPalette::Mid);
    c.focus = palette.color(QPalette::Highlight);
    c.dark = c.base.lightness() < 128;
    // Dimmed, but still legible on the base (light or dark).
    c.dim = QColor::fromRgbF((c.ink.redF() * 3 + c.base.redF() * 2) / 5,
                             (c.ink.greenF() * 3 + c.base.greenF() * 2) / 5,
                             (c.ink.blueF() * 3 + c.base.blueF() * 2) / 5);
    return c;
}

PathPicture::PathPicture(std::vector<PathHop> hops, std::optional<QFont> font, QPaintDevice *device)
    : m_hops(std::move(hops))
    , m_font(std::move(font))
    , m_device(device)
{
    if (m_font) {
        m_bold = *m_font;
        m_bold.setBold(true);
    }
    // Every box as wide as the longest word of a title needs ("Netzwerkschnittstelle"), up to
    // kWidestBox: a title is not cut inside a word where that is enough.
    for (const PathHop &hop : m_hops) {
        for (const QString &word : hop.title.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            m_boxWidth =
                std::max(m_boxWidth,
                         std::min(kWidestBox, std::ceil(advance(word, true)) + 2 * kPadding + 1));
    }
}

qreal PathPicture::preferredWidth()
{
    return 4 * (kBoxWidth + kGap) - kGap + 2 * kMargin;
}

qreal PathPicture::minimumWidth()
{
    return kBoxWidth + 2 * kMargin;
}

QString PathPicture::outcomeText(PathHop::State state)
{
    switch (state) {
    case PathHop::State::Admits:
        return tr("decides: lets the Internet through");
    case PathHop::State::Stops:
        return tr("decides: stops it here");
    case PathHop::State::Limits:
        return tr("decides: lets in only the sources within the limit");
    case PathHop::State::Undecided:
        return tr("could not be decided");
    case PathHop::State::NotReached:
        return tr("not reached");
    case PathHop::State::Passes:
        break;
    }
    return QString();
}

qreal PathPicture::advance(const QString &text, bool bold) const
{
    if (m_font)
        return QFontMetricsF(bold ? m_bold : *m_font, m_device).horizontalAdvance(text);
    // Wider than a browser's sans-serif at 11 pixels draws them, so that the text stays inside.
    qreal width = 0;
    for (const QChar c : text) {
        if (QStringLiteral("WMmw@%").contains(c))
            width += 10;
        else if (QStringLiteral("il.,:;|!'I ()[]/-").contains(c))
            width += 3.6;
        else if (c.isUpper())
            width += 7.6;
        else
            width += 6.4;
    }
    return width * (bold ? 1.1 : 1.0) * kEstimatePixels / 11;
}

qreal PathPicture::lineSpacing(bool bold) const
{
    if (m_font)
        return QFontMetricsF(bold ? m_bold : *m_font, m_device).lineSpacing();
    return kEstimatePixels * 1.3;
}

qreal PathPicture::ascent(bool bold) const
{
    if (m_font)
        return QFontMetricsF(bold ? m_bold : *m_font, m_device).ascent();
    return kEstimatePixels;
}

QString PathPicture::elide(const QString &text, bool bold, qreal width) const
{
    if (advance(text, bold) <= width)
        return text;
    const QString ellipsis(QChar(0x2026));
    QString cut = text;
    while (!cut.isEmpty() && advance(cut + ellipsis, bold) > width)
        cut.chop(1);
    return cut + ellipsis;
}

QStringList PathPicture::wrap(const QString &text, bool bold, qreal width) const
{
    // Greedy, at spaces; a word wider than a line (a long resource name) is broken where the
    // line ends.
    QStringList lines;
    for (const QString &paragraph : text.split(QLatin1Char('\n'))) {
        QString line;
        for (QString word : paragraph.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const QString joined = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
            if (advance(joined, bold) <= width) {
                line = joined;
                continue;
            }
            if (!line.isEmpty())
                lines.append(line);
            line.clear();
            while (advance(word, bold) > width) {
                int fit = 1;
                while (fit < word.size() && advance(word.left(fit + 1), bold) <= width)
                    ++fit;
                // Where the part that fits holds a hyphen, slash, dot or underscore past its
                // first third, break after the last: "deny-smtp-denied-" / "subnet", not
                // "…-sub" / "net".
                for (int at = fit; at > fit / 3; --at) {
                    if (QStringView(u"-/._").contains(word.at(at - 1))) {
                        fit = at;
                        break;
                    }
                }
                // Never one or two characters alone on the next line (a closing parenthesis).
                if (word.size() - fit <= 2 && fit > 4)
                    fit -= 3 - int(word.size() - fit);
                lines.append(word.left(fit));
                word = word.mid(fit);
            }
            line = word;
        }
        if (!line.isEmpty())
            lines.append(line);
    }
    return lines;
}

PathPicture::Text PathPicture::textOf(const PathHop &hop) const
{
    const qreal inner = m_boxWidth - 2 * kPadding;
    Text t;
    // Two lines at most for the title ("Lastenausgleichsregel" does not fit one).
    t.title = wrap(hop.title, true, inner);
    if (t.title.size() > 2) {
        t.title = t.title.mid(0, 2);
        t.title.last() = elide(t.title.last() + QStringLiteral(" \u2026"), true, inner);
    }
    t.lines = wrap(hop.text, false, inner);
    if (t.lines.size() > kMaxTextLines) {
        // The rest is in the tooltip, the description and the report's list of hops.
        t.lines = t.lines.mid(0, kMaxTextLines);
        t.lines.last() = elide(t.lines.last() + QStringLiteral(" \u2026"), false, inner);
    }
    t.outcome = wrap(outcomeText(hop.state), true, inner);
    t.height = kPadding + t.title.size() * lineSpacing(true) + 2
        + t.lines.size() * lineSpacing(false)
        + (t.outcome.isEmpty() ? 0 : 2 + t.outcome.size() * lineSpacing(true)) + kPadding;
    return t;
}

std::vector<PathPicture::Box> PathPicture::layout(qreal width, qreal *height) const
{
    std::vector<Box> boxes;
    const int perRow = std::max(1, int((width - 2 * kMargin + kGap) / (m_boxWidth + kGap)));
    qreal y = kMargin;
    size_t i = 0;
    int row = 0;
    while (i < m_hops.size()) {
        const size_t end = std::min(m_hops.size(), i + size_t(perRow));
        qreal rowHeight = 0;
        for (size_t j = i; j < end; ++j)
            rowHeight = std::max(rowHeight, textOf(m_hops[j]).height);
        for (size_t j = i; j < end; ++j) {
            const qreal x = kMargin + qreal(j - i) * (m_boxWidth + kGap);
            boxes.push_back(Box{QRectF(x, y, m_boxWidth, rowHeight), row});
        }
        y += rowHeight + kRowGap;
        i = end;
        ++row;
    }
    *height = m_hops.empty() ? 2 * kMargin : y - kRowGap + kMargin;
    return boxes;
}

void PathPicture::paint(QPainter &p, const std::vector<Box> &boxes, const Colors &c,
                        int focused) const
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    // The wires first, under the boxes.
    for (const Wire &w : wiresOf(boxes, m_hops)) {
        const QColor color = w.dashed ? c.dim : c.ink;
        p.setPen(QPen(color, 1.5, w.dashed ? Qt::DashLine : Qt::SolidLine));
        p.setBrush(Qt::NoBrush);
        p.drawPath(w.path);
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        p.drawPolygon(arrowHead(w.tip, w.from));
    }
    const QFont regular = m_font ? *m_font : p.font();
    QFont bold = regular;
    bold.setBold(true);
    for (size_t i = 0; i < boxes.size() && i < m_hops.size(); ++i) {
        const PathHop &hop = m_hops[i];
        const QRectF r = boxes[i].rect;
        const bool decider = decides(hop.state);
        const bool notReached = hop.state == PathHop::State::NotReached;
        const QColor border = decider ? outcomeColor(hop.state, c) : c.frame;
        p.setPen(Qt::NoPen);
        p.setBrush(c.base);
        p.drawRoundedRect(r, 6, 6);
        if (decider) {
            QColor tint = border;
            tint.setAlpha(c.dark ? 90 : 40);
            p.setBrush(tint);
            p.drawRoundedRect(r, 6, 6);
        }
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(border, decider ? 3 : 1,
                      notReached || hop.state == PathHop::State::Undecided ? Qt::DashLine
                                                                           : Qt::SolidLine));
        p.drawRoundedRect(r.adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
        if (int(i) == focused) {
            p.setPen(QPen(c.focus, 2, Qt::DotLine));
            p.drawRoundedRect(r.adjusted(-3, -3, 3, 3), 8, 8);
        }
        const Text t = textOf(hop);
        const qreal x = r.left() + kPadding;
        qreal y = r.top() + kPadding;
        p.setPen(notReached ? c.dim : c.ink);
        p.setFont(bold);
        for (const QString &line : t.title) {
            p.drawText(QPointF(x, y + ascent(true)), line);
            y += lineSpacing(true);
        }
        y += 2;
        p.setFont(regular);
        for (const QString &line : t.lines) {
            p.drawText(QPointF(x, y + ascent(false)), line);
            y += lineSpacing(false);
        }
        if (!t.outcome.isEmpty()) {
            p.setFont(bold);
            p.setPen(decider && !c.dark ? border.darker(120) : notReached ? c.dim : c.ink);
            qreal oy = r.bottom() - kPadding - t.outcome.size() * lineSpacing(true);
            for (const QString &line : t.outcome) {
                p.drawText(QPointF(x, oy + ascent(true)), line);
                oy += lineSpacing(true);
            }
        }
    }
    p.restore();
}

QString PathPicture::svg(qreal width, const QString &label) const
{
    qreal height = 0;
    const std::vector<Box> boxes = layout(width, &height);
    const Colors c;
    QString s = QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"path\" "
                               "width=\"%1\" height=\"%2\" role=\"img\" aria-label=\"%3\" "
                               "font-family=\"sans-serif\" font-size=\"%4\"><title>%3</title>")
                    .arg(num(width), num(height), esc(label), num(kEstimatePixels));
    for (const Wire &w : wiresOf(boxes, m_hops)) {
        const QString color = (w.dashed ? c.dim : c.ink).name();
        QString d;
        for (int i = 0; i < w.path.elementCount(); ++i) {
            const QPainterPath::Element e = w.path.elementAt(i);
            d += (i == 0 ? QStringLiteral("M") : QStringLiteral(" L")) + num(e.x) + QLatin1Char(' ')
                + num(e.y);
        }
        s += QStringLiteral("<path d=\"%1\" fill=\"none\" stroke=\"%2\" stroke-width=\"1.5\"%3/>")
                 .arg(d, color, w.dashed ? QStringLiteral(" stroke-dasharray=\"5 3\"") : QString());
        QString points;
        for (const QPointF &pt : arrowHead(w.tip, w.from))
            points += num(pt.x()) + QLatin1Char(',') + num(pt.y()) + QLatin1Char(' ');
        s += QStringLiteral("<polygon points=\"%1\" fill=\"%2\"/>").arg(points.trimmed(), color);
    }
    for (size_t i = 0; i < boxes.size(); ++i) {
        const PathHop &hop = m_hops[i];
        const QRectF r = boxes[i].rect;
        const bool decider = decides(hop.state);
        const bool notReached = hop.state == PathHop::State::NotReached;
        const QColor border = decider ? outcomeColor(hop.state, c) : c.frame;
        s += QStringLiteral("<g data-hop=\"%1\" data-state=\"%2\">")
                 .arg(i)
                 .arg(stateName(hop.state));
        s += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" rx=\"6\" "
                            "fill=\"%5\"%6 stroke=\"%7\" stroke-width=\"%8\"%9/>")
                 .arg(num(r.x()), num(r.y()), num(r.width()), num(r.height()),
                      decider ? border.name() : c.base.name(),
                      decider ? QStringLiteral(" fill-opacity=\"0.16\"") : QString(), border.name(),
                      decider ? QStringLiteral("3") : QStringLiteral("1"),
                      notReached || hop.state == PathHop::State::Undecided
                          ? QStringLiteral(" stroke-dasharray=\"5 3\"")
                          : QString());
        const Text t = textOf(hop);
        const qreal x = r.left() + kPadding;
        qreal y = r.top() + kPadding;
        const QString ink = (notReached ? c.dim : c.ink).name();
        auto text = [&s, x](qreal baseline, const QString &line, const QString &color, bool bold) {
            s += QStringLiteral("<text x=\"%1\" y=\"%2\" fill=\"%3\"%4>%5</text>")
                     .arg(num(x), num(baseline), color,
                          bold ? QStringLiteral(" font-weight=\"bold\"") : QString(), esc(line));
        };
        for (const QString &line : t.title) {
            text(y + ascent(true), line, ink, true);
            y += lineSpacing(true);
        }
        y += 2;
        for (const QString &line : t.lines) {
            text(y + ascent(false), line, ink, false);
            y += lineSpacing(false);
        }
        qreal oy = r.bottom() - kPadding - t.outcome.size() * lineSpacing(true);
        for (const QString &line : t.outcome) {
            text(oy + ascent(true), line, decider ? border.darker(120).name() : ink, true);
            oy += lineSpacing(true);
        }
        s += QStringLiteral("</g>");
    }
    return s + QStringLiteral("</svg>");
}

} // namespace nsg
