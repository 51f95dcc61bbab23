// SPDX-License-Identifier: MIT
#include "report/pdfreport.h"

#include "report/pathpicture.h"
#include "report/reportdocument.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFileDevice>
#include <QFontMetrics>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextObjectInterface>
#include <QTextTable>
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

namespace {

// A piece of a laid-out document that never splits across pages: a line of text, or a table row.
struct Atom
{
    qreal top = 0;
    qreal bottom = 0;
    bool keepWithNext = false; // a heading, or the caption line right above a table
    int table = -1; // index into the tables when a table row
};

struct TableInfo
{
    QString caption; // the NSG (or the section) the table belongs to
    qreal top = 0;
    qreal headerBottom = 0; // == top when it has no header row
};

// A page: the document's slice [top, bottom), under a repeated table header when it continues one.
struct Page
{
    qreal top = 0;
    qreal bottom = 0;
    int continuedTable = -1;
};

qreal absoluteTop(QAbstractTextDocumentLayout *layout, const QTextBlock &block, int line)
{
    const QTextLayout *tl = block.layout();
    const QRectF br = layout->blockBoundingRect(block);
    return br.top() - tl->boundingRect().top() + tl->lineAt(line).y();
}

// Lines and table rows of a document laid out without pages, in order, and its tables.
void collectAtoms(QTextDocument &doc, QList<Atom> &atoms, QList<TableInfo> &tables)
{
    QAbstractTextDocumentLayout *layout = doc.documentLayout();
    QString section, nsg; // the last h2 and, below it, the last h3
    for (QTextFrame::iterator it = doc.rootFrame()->begin(); !it.atEnd(); ++it) {
        if (auto *table = qobject_cast<QTextTable *>(it.currentFrame())) {
            const QRectF box = layout->frameBoundingRect(table);
            TableInfo info;
            info.caption = nsg.isEmpty() ? section : nsg;
            info.top = box.top();
            // Rows meet halfway between the text of one and the text of the next.
            QList<qreal> contentTop(table->rows(), box.bottom());
            QList<qreal> contentBottom(table->rows(), box.top());
            for (int r = 0; r < table->rows(); ++r) {
                for (int c = 0; c < table->columns(); ++c) {
                    const QTextTableCell cell = table->cellAt(r, c);
                    if (cell.row() != r || cell.column() != c)
                        continue;
                    const QTextBlock first = cell.firstCursorPosition().block();
                    const QTextBlock last = cell.lastCursorPosition().block();
                    if (first.isValid() && first.layout()->lineCount() > 0)
                        contentTop[r] = std::min(contentTop[r], absoluteTop(layout, first, 0));
                    if (last.isValid())
                        contentBottom[r] =
                            std::max(contentBottom[r], layout->blockBoundingRect(last).bottom());
                }
            }
            QList<qreal> cuts{box.top()};
            for (int r = 1; r < table->rows(); ++r)
                cuts.append(std::max(cuts.last(), (contentBottom[r - 1] + contentTop[r]) / 2));
            cuts.append(box.bottom());
            const int headerRows = std::min(table->format().headerRowCount(), table->rows() - 1);
            info.headerBottom = cuts[std::max(0, headerRows)];
            tables.append(info);
            for (int r = 0; r < table->rows(); ++r)
                atoms.append({cuts[r], cuts[r + 1], r < headerRows, int(tables.size() - 1)});
            // The paragraph right above a table stays with it ("Inbound security rules").
            for (qsizetype i = atoms.size() - table->rows() - 1; i >= 0; --i) {
                if (atoms[i].table >= 0)
                    break;
                atoms[i].keepWithNext = true;
                if (i == 0 || atoms[i - 1].bottom < atoms[i].top - 1)
                    break; // the first line of that paragraph
            }
            continue;
        }
        const QTextBlock block = it.currentBlock();
        if (!block.isValid() || !block.layout())
            continue;
        const int level = block.blockFormat().headingLevel();
        if (level == 2) {
            section = block.text();
            nsg.clear();
        } else if (level == 3) {
            nsg = block.text();
        }
        const QTextLayout *tl = block.layout();
        for (int i = 0; i < tl->lineCount(); ++i) {
            const qreal top = absoluteTop(layout, block, i);
            atoms.append({top, top + tl->lineAt(i).height(), level > 0, -1});
        }
    }
}

// Pages that never cut a line or a table row, keep headings with what follows them, and leave
// room for a table's repeated header where a page continues it.
QList<Page> paginate(const QList<Atom> &atoms, const QList<TableInfo> &tables, qreal pageHeight,
                     qreal captionHeight, qreal end)
{
    QList<Page> pages;
    Page page;
    qreal room = pageHeight;
    qsizetype i = 0;
    while (i < atoms.size()) {
        const Atom &a = atoms[i];
        if (a.bottom <= page.top + room) {
            ++i;
            continue;
        }
        // `a` does not fit: the page ends above it, or above the headings that lead to it.
        qsizetype first = i;
        while (first > 0 && atoms[first - 1].keepWithNext && atoms[first - 1].top > page.top + 1)
            --first;
        if (atoms[first].top <= page.top + 1)
            first = i; // the whole group is taller than a page: break it up
        // (The gap above it, a paragraph's margin, may lie past the page's end.)
        qreal cut = std::min(atoms[first].top, page.top + room);
        if (cut <= page.top + 1) // one line or row taller than a page: cut it where the page ends
            cut = page.top + room;
        page.bottom = cut;
        pages.append(page);
        page = Page{cut, cut, -1};
        room = pageHeight;
        const Atom &next = atoms[first];
        if (next.table >= 0 && tables[next.table].top < cut - 1) {
            const TableInfo &t = tables[next.table];
            page.continuedTable = next.table;
            room = std::max(pageHeight / 2,
                            room - (t.caption.isEmpty() ? 0 : captionHeight)
                                - (t.headerBottom - t.top));
        }
        i = first;
    }
    page.bottom = std::max(end, page.top + 1);
    pages.append(page);
    return pages;
}

// Draws the path pictures of the print content (ReportDocument::pathResource) with QPainter, so
// they stay vector in the PDF; every other image goes to the handler it stands in for.
class PathImageHandler final
    : public QObject
    , public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    PathImageHandler(const ReachabilityResult &paths, QTextObjectInterface *images, QObject *parent)
        : QObject(parent)
        , m_paths(paths)
        , m_images(images)
    { }

    QSizeF intrinsicSize(QTextDocument *doc, int position, const QTextFormat &format) override
    {
        const std::optional<PathPicture> picture = pictureFor(doc, format);
        if (!picture)
            return m_images ? m_images->intrinsicSize(doc, position, format) : QSizeF();
        qreal height = 0;
        picture->layout(width(doc), &height);
        return QSizeF(width(doc), height);
    }

    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *doc, int position,
                    const QTextFormat &format) override
    {
        const std::optional<PathPicture> picture = pictureFor(doc, format);
        if (!picture) {
            if (m_images)
                m_images->drawObject(painter, rect, doc, position, format);
            return;
        }
        // A page's slice draws the lines it touches, even one that only touches its edge: the
        // picture goes on the page it lies on, not again at the bottom of the one before.
        if (painter->hasClipping()
            && !painter->clipBoundingRect().intersects(rect.adjusted(0, 1, 0, -1)))
            return;
        qreal height = 0;
        const std::vector<PathPicture::Box> boxes = picture->layout(width(doc), &height);
        painter->save();
        painter->translate(rect.topLeft());
        picture->paint(*painter, boxes, PathPicture::Colors());
        painter->restore();
    }

private:
    static qreal width(const QTextDocument *doc)
    {
        return std::max(PathPicture::minimumWidth(),
                        doc->textWidth() - 2 * doc->documentMargin() - 4);
    }

    std::optional<PathPicture> pictureFor(QTextDocument *doc, const QTextFormat &format) const
    {
        const int index = ReportDocument::pathIndex(format.toImageFormat().name());
        if (index < 0 || size_t(index) >= m_paths.endpoints.size())
            return std::nullopt;
        QFont font = doc->defaultFont();
        font.setPointSizeF(7.5);
        return PathPicture(pathHops(m_paths.endpoints[size_t(index)]), font,
                           doc->documentLayout()->paintDevice());
    }

    const ReachabilityResult &m_paths;
    QTextObjectInterface *m_images;
};

} // namespace

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
    QFont captionFont = painter.font();
    captionFont.setPointSizeF(9);
    captionFont.setBold(true);
    const qreal captionHeight = QFontMetrics(captionFont, &writer).height() + 6;
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
        // Each chunk on its own: laid out in one long column, then cut into pages between lines
        // and table rows (QTextDocument's own pages cut a table row in two and lose which NSG
        // a continued table belongs to).
        QTextDocument doc;
        doc.documentLayout()->setPaintDevice(&writer);
        doc.setDefaultStyleSheet(QStringLiteral(
            "h1 { font-size: 20pt; } h2 { font-size: 15pt; } h3 { font-size: 12pt; } "
            "td, th { font-size: 8pt; } pre { font-size: 7pt; } "
            "body { font-size: 9pt; }"));
        doc.addResource(QTextDocument::ImageResource, QUrl(ReportDocument::chartResource()), chart);
        auto *handler = new PathImageHandler(
            report.scan.reachability,
            doc.documentLayout()->handlerForObject(QTextFormat::ImageObject), &doc);
        doc.documentLayout()->registerHandler(QTextFormat::ImageObject, handler);
        doc.setHtml(chunk);
        doc.setTextWidth(body.width());
        QList<Atom> atoms;
        QList<TableInfo> tables;
        // The whole layout first: QTextDocument lays out lazily, and a block not laid out yet
        // has no lines.
        const qreal height = doc.documentLayout()->documentSize().height();
        collectAtoms(doc, atoms, tables);
        const QList<Page> pages = paginate(atoms, tables, body.height(), captionHeight, height);
        for (const Page &p : pages) {
            if (pageNumber++ > 0)
                writer.newPage();
            qreal y = 0;
            if (p.continuedTable >= 0) {
                // "nsg-x (continued)", then the table's header again.
                const TableInfo &t = tables[p.continuedTable];
                if (!t.caption.isEmpty()) {
                    painter.save();
                    painter.setFont(captionFont);
                    painter.setPen(QColor(0x20, 0x1f, 0x1e));
                    painter.drawText(QRectF(0, 0, body.width(), captionHeight),
                                     Qt::AlignLeft | Qt::AlignVCenter,
                                     QCoreApplication::translate("nsg::PdfReport", "%1 (continued)")
                                         .arg(t.caption));
                    painter.restore();
                    y = captionHeight;
                }
                if (t.headerBottom > t.top) {
                    painter.save();
                    painter.translate(0, y - t.top);
                    doc.drawContents(&painter,
                                     QRectF(0, t.top, body.width(), t.headerBottom - t.top));
                    painter.restore();
                    y += t.headerBottom - t.top;
                }
            }
            painter.save();
            painter.translate(0, y - p.top);
            // A hair inside both cuts: the line that starts at the bottom one belongs to the next
            // page, the one that ends at the top one to the page before (QTextLayout draws
            // every line the clip touches, even at its very edge — it would be written, clipped,
            // twice).
            doc.drawContents(&painter, QRectF(0, p.top + 0.5, body.width(), p.bottom - p.top - 1));
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

#include "pdfreport.moc"
