// SPDX-License-Identifier: MIT
#include "pdfreport.h"

#include "reportdocument.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFileDevice>
#include <QFontMetrics>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

namespace nsg {

QPageSize::PageSizeId PdfReport::defaultPageSize()
{
    switch (QLocale().territory()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::Chile:
    case QLocale::Colombia:
    case QLocale::Venezuela:
    case QLocale::Philippines:
        return QPageSize::Letter;
    default:
        return QPageSize::A4;
    }
}

bool PdfReport::write(const AuditReport &report, QIODevice *out, const std::atomic<bool> *cancel)
{
    auto cancelled = [&] {
        m_error = QCoreApplication::translate("nsg::PdfReport", "cancelled");
        return false;
    };
    const ReportDocument content(report);
    const QStringList chunks = content.printChunks(cancel);
    if (chunks.isEmpty())
        return cancelled();
    QPdfWriter writer(out);
    writer.setPageSize(QPageSize(m_pageSize));
    writer.setPageMargins(QMarginsF(15, 15, 15, 12), QPageLayout::Millimeter);
    writer.setResolution(96);
    writer.setTitle(content.title());
    writer.setCreator(report.toolName + QLatin1Char(' ') + report.toolVersion);

    QPainter painter;
    if (!painter.begin(&writer)) {
        m_error = QCoreApplication::translate("nsg::PdfReport", "cannot write the PDF report: %1")
                      .arg(out->errorString());
        return false;
    }
    const QRect page = writer.pageLayout().paintRectPixels(writer.resolution());
    QFont footerFont = painter.font();
    footerFont.setPointSizeF(7.5);
    const int footerHeight = QFontMetrics(footerFont, &writer).height() + 8;
    const QSizeF body(page.width(), page.height() - footerHeight);
    const QImage chart = content.chartImage(1520);
    const QString footerText =
        content.title() + QStringLiteral(" · ") + report.generatedAt.toUTC().toString(Qt::ISODate);

    int pageNumber = 0;
    for (const QString &chunk : chunks) {
        if (cancel && cancel->load()) {
            painter.end();
            return cancelled();
        }
        // Each chunk on its own: laid out on the page size, drawn page by page, numbered.
        QTextDocument doc;
        doc.documentLayout()->setPaintDevice(&writer);
        doc.setDefaultStyleSheet(QStringLiteral(
            "h1 { font-size: 20pt; } h2 { font-size: 15pt; } h3 { font-size: 12pt; } "
            "td, th { font-size: 8pt; } pre { font-size: 7pt; } "
            "body { font-size: 9pt; }"));
        doc.addResource(QTextDocument::ImageResource, QUrl(ReportDocument::chartResource()), chart);
        doc.setHtml(chunk);
        doc.setPageSize(body);
        for (int p = 0; p < doc.pageCount(); ++p) {
            if (pageNumber++ > 0)
                writer.newPage();
            painter.save();
            painter.translate(0, -p * body.height());
            doc.drawContents(&painter, QRectF(QPointF(0, p * body.height()), body));
            painter.restore();
            painter.save();
            painter.setFont(footerFont);
            painter.setPen(QColor(0x60, 0x5e, 0x5c));
            const QRectF foot(0, body.height() + 4, body.width(), footerHeight - 4);
            painter.drawText(foot, Qt::AlignLeft | Qt::AlignVCenter, footerText);
            painter.drawText(
                foot, Qt::AlignRight | Qt::AlignVCenter,
                QCoreApplication::translate("nsg::PdfReport", "Page %1").arg(pageNumber));
            painter.restore();
        }
    }
    painter.end();
    const auto *file = qobject_cast<const QFileDevice *>(out);
    if (!out->isOpen() || (file && file->error() != QFileDevice::NoError)) {
        m_error = QCoreApplication::translate("nsg::PdfReport", "cannot write the PDF report: %1")
                      .arg(out->errorString());
        return false;
    }
    return true;
}

} // namespace nsg
