// SPDX-License-Identifier: MIT
#include "ui/models/statusicons.h"

#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QPolygonF>

#include <cmath>

namespace nsg::ui::StatusIcons {

namespace {

QPixmap paint(Kind kind, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal s = size;
    const QRectF box(s * 0.06, s * 0.06, s * 0.88, s * 0.88);
    const QColor fill = color(kind);
    QPen mark(Qt::white, std::max(1.5, s * 0.12), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    auto drawCheck = [&p, &mark](QPointF a, QPointF b, QPointF c) {
        p.setPen(mark);
        p.setBrush(Qt::NoBrush);
        QPainterPath check;
        check.moveTo(a);
        check.lineTo(b);
        check.lineTo(c);
        p.drawPath(check);
    };
    switch (kind) {
    case Kind::Exposed: {
        QPolygonF octagon;
        for (int i = 0; i < 8; ++i) {
            const double a = M_PI / 8 + i * M_PI / 4;
            octagon << QPointF(s / 2 + s * 0.46 * std::cos(a), s / 2 + s * 0.46 * std::sin(a));
        }
        p.setPen(Qt::NoPen);
        p.setBrush(fill);
        p.drawPolygon(octagon);
        p.setPen(mark);
        p.drawLine(QPointF(s / 2, s * 0.26), QPointF(s / 2, s * 0.56));
        p.drawPoint(QPointF(s / 2, s * 0.74));
        break;
    }
    case Kind::Latent: {
        // The exposed octagon, hollow: its rules would admit the Internet, nothing public
        // reaches what it guards.
        QPolygonF octagon;
        const double r = s * 0.46 - std::max(1.5, s * 0.1) / 2;
        for (int i = 0; i < 8; ++i) {
            const double a = M_PI / 8 + i * M_PI / 4;
            octagon << QPointF(s / 2 + r * std::cos(a), s / 2 + r * std::sin(a));
        }
        const QPen outline(fill, std::max(1.5, s * 0.1), Qt::SolidLine, Qt::RoundCap,
                           Qt::RoundJoin);
        p.setPen(outline);
        p.setBrush(Qt::NoBrush);
        p.drawPolygon(octagon);
        p.setPen(QPen(fill, std::max(1.5, s * 0.12), Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(s / 2, s * 0.3), QPointF(s / 2, s * 0.54));
        p.drawPoint(QPointF(s / 2, s * 0.71));
        break;
    }
    case Kind::Blocked: {
        // A no-entry sign: an admin rule denies before the NSG.
        p.setPen(Qt::NoPen);
        p.setBrush(fill);
        p.drawEllipse(box);
        p.setPen(mark);
        p.drawLine(QPointF(s * 0.28, s / 2), QPointF(s * 0.72, s / 2));
        break;
    }
    case Kind::Ok: {
        p.setPen(Qt::NoPen);
        p.setBrush(fill);
        p.drawEllipse(box);
        drawCheck(QPointF(s * 0.28, s * 0.52), QPointF(s * 0.44, s * 0.68),
                  QPointF(s * 0.72, s * 0.34));
        break;
    }
    case Kind::Unknown:
    case Kind::Skipped: {
        p.setPen(Qt::NoPen);
        p.setBrush(fill);
        p.drawRoundedRect(box, s * 0.16, s * 0.16);
        p.setPen(Qt::white);
        QFont f = p.font();
        f.setBold(true);
        f.setPixelSize(int(s * 0.72));
        p.setFont(f);
        p.drawText(box, Qt::AlignCenter,
                   kind == Kind::Unknown ? QStringLiteral("?") : QStringLiteral("–"));
        break;
    }
    case Kind::Failed: {
        QPolygonF triangle;
        triangle << QPointF(s / 2, s * 0.06) << QPointF(s * 0.96, s * 0.92)
                 << QPointF(s * 0.04, s * 0.92);
        p.setPen(Qt::NoPen);
        p.setBrush(fill);
        p.drawPolygon(triangle);
        p.setPen(
            QPen(QColor(0x33, 0x33, 0x33), std::max(1.5, s * 0.11), Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(s / 2, s * 0.36), QPointF(s / 2, s * 0.62));
        p.drawPoint(QPointF(s / 2, s * 0.78));
        break;
    }
    case Kind::Loading: {
        p.setPen(QPen(fill, std::max(1.5, s * 0.1)));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(box.adjusted(s * 0.08, s * 0.08, -s * 0.08, -s * 0.08));
        break;
    }
    case Kind::Accepted: {
        QPainterPath shield;
        shield.moveTo(s * 0.5, s * 0.05);
        shield.lineTo(s * 0.9, s * 0.2);
        shield.cubicTo(s * 0.9, s * 0.62, s * 0.72, s * 0.84, s * 0.5, s * 0.96);
        shield.cubicTo(s * 0.28, s * 0.84, s * 0.1, s * 0.62, s * 0.1, s * 0.2);
        shield.closeSubpath();
        p.setPen(Qt::NoPen);
        p.setBrush(fill);
        p.drawPath(shield);
        drawCheck(QPointF(s * 0.3, s * 0.5), QPointF(s * 0.45, s * 0.65),
                  QPointF(s * 0.7, s * 0.36));
        break;
    }
    case Kind::Shadowed: {
        p.setPen(QPen(fill, std::max(1.5, s * 0.1)));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(box.adjusted(s * 0.06, s * 0.06, -s * 0.06, -s * 0.06));
        p.drawLine(QPointF(s * 0.22, s * 0.78), QPointF(s * 0.78, s * 0.22));
        break;
    }
    }
    return pixmap;
}

} // namespace

QColor color(Kind kind)
{
    switch (kind) {
    case Kind::Exposed:
        return QColor(0xc5, 0x0f, 0x1f); // the portal's error red
    case Kind::Ok:
        return QColor(0x10, 0x7c, 0x10);
    case Kind::Failed:
        return QColor(0xf2, 0xb1, 0x1c);
    case Kind::Accepted:
        return QColor(0x6b, 0x2f, 0xa0); // violet: neither red nor green
    case Kind::Latent:
        return QColor(0xb3, 0x5c, 0x00); // amber, dark enough on light and dark palettes
    case Kind::Blocked:
        return QColor(0x1f, 0x5f, 0xa8);
    case Kind::Unknown:
    case Kind::Skipped:
    case Kind::Loading:
    case Kind::Shadowed:
        break;
    }
    return QColor(0x70, 0x70, 0x70);
}

QColor tint(Kind kind)
{
    switch (kind) {
    case Kind::Exposed:
        return QColor(0xfd, 0xe7, 0xe9);
    case Kind::Ok:
        return QColor(0xdf, 0xf6, 0xdd);
    case Kind::Failed:
        return QColor(0xff, 0xf4, 0xce);
    case Kind::Accepted:
        return QColor(0xef, 0xe6, 0xf7);
    case Kind::Latent:
        return QColor(0xfd, 0xf0, 0xdc);
    case Kind::Blocked:
        return QColor(0xe3, 0xee, 0xfa);
    default:
        break;
    }
    return QColor(0xf0, 0xf0, 0xf0);
}

QIcon icon(Kind kind)
{
    static QHash<int, QIcon> cache;
    auto it = cache.find(int(kind));
    if (it != cache.end())
        return *it;
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64})
        icon.addPixmap(paint(kind, size));
    cache.insert(int(kind), icon);
    return icon;
}

QIcon icon(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Exposed:
        return icon(Kind::Exposed);
    case Verdict::Ok:
        return icon(Kind::Ok);
    case Verdict::Unknown:
        break;
    }
    return icon(Kind::Unknown);
}

} // namespace nsg::ui::StatusIcons
