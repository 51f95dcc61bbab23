// SPDX-License-Identifier: MIT
#pragma once

#include "core/audit/pathhops.h"

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

class QPainter;
class QPaintDevice;
class QPalette;

namespace nsg {

// The picture of one endpoint's path from the Internet, as the window's Path tab, the PDF report
// (drawn with QPainter, so vector in the PDF) and the HTML report (inline SVG) all show it: a box
// per hop joined by arrows, left to right, wrapping onto the next row where the width runs out;
// the deciding hop drawn thick in its outcome's colour with the outcome in words (lets the
// Internet through / stops it here / could not be decided), the hops after a stop dashed and
// dimmed. Every state is said in words and line style as well as colour.
class PathPicture final
{
public:
    struct Colors
    {
        QColor ink{0x20, 0x1f, 0x1e};
        QColor base{Qt::white};
        QColor frame{0x8a, 0x88, 0x86}; // a box that only passes the traffic on
        QColor dim{0x79, 0x77, 0x75}; // legible on `base`, for the hops not reached
        QColor focus{0x00, 0x78, 0xd4};
        QColor admits{0xc5, 0x0f, 0x1f}; // the portal's error red
        QColor stops{0x10, 0x7c, 0x10};
        QColor undecided{0x70, 0x70, 0x70};
        bool dark = false;
        // A palette's colours (dark ones too); the outcome colours stay.
        static Colors from(const QPalette &palette);
    };
    struct Box
    {
        QRectF rect;
        int row = 0;
    };

    // With a font, text is measured with it on `device` (the screen when null); without one, as
    // for an HTML report written where no font can be loaded, with an estimate of an 11-pixel
    // sans-serif's advance that errs wide.
    explicit PathPicture(std::vector<PathHop> hops, std::optional<QFont> font = std::nullopt,
                         QPaintDevice *device = nullptr);

    const std::vector<PathHop> &hops() const { return m_hops; }
    // The boxes at this width (in the font's pixels) and the height they need.
    std::vector<Box> layout(qreal width, qreal *height) const;
    // Four boxes in a row (of the usual width: a box may be wider for a long title word).
    static qreal preferredWidth();
    static qreal minimumWidth();
    // Draws the boxes of layout() (origin at the painter's); `focused`, when a hop, is ringed.
    void paint(QPainter &painter, const std::vector<Box> &boxes, const Colors &colors,
               int focused = -1) const;
    // The picture as one self-contained <svg> element, `width` pixels wide, light colours, with
    // the path in words as its accessible label.
    QString svg(qreal width, const QString &label) const;

    static QString outcomeText(PathHop::State state);

private:
    struct Text
    {
        QStringList title; // wrapped, two lines at most (the second elided)
        QStringList lines; // wrapped, at most kMaxTextLines (the last elided)
        QStringList outcome; // wrapped
        qreal height = 0; // the box's
    };
    Text textOf(const PathHop &hop) const;
    QStringList wrap(const QString &text, bool bold, qreal width) const;
    QString elide(const QString &text, bool bold, qreal width) const;
    qreal advance(const QString &text, bool bold) const;
    qreal lineSpacing(bool bold) const;
    qreal ascent(bool bold) const;

    std::vector<PathHop> m_hops;
    std::optional<QFont> m_font;
    QFont m_bold;
    QPaintDevice *m_device = nullptr;
    qreal m_boxWidth = 150;
};

} // namespace nsg
