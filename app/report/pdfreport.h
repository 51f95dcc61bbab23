// SPDX-License-Identifier: MIT
#pragma once

#include "report/auditreport.h"

#include <QIODevice>
#include <QPageSize>

#include <atomic>

namespace nsg {

// The PDF: the report's HTML laid out by QTextDocument on QPdfWriter pages (A4, or Letter where
// the locale uses it), page numbers at the foot, table headers repeated on every page, the chart
// drawn with QPainter. Needs a QGuiApplication (fonts).
class PdfReport final
{
public:
    // A4, or Letter for the locales that use it (US, Canada, Mexico, …).
    static QPageSize::PageSizeId defaultPageSize();
    void setPageSize(QPageSize::PageSizeId size) { m_pageSize = size; }
    // "Letter" or "A4" (the Settings' names); anything else: A4.
    static QPageSize::PageSizeId pageSizeNamed(const QString &name)
    {
        return name.compare(QLatin1String("Letter"), Qt::CaseInsensitive) == 0 ? QPageSize::Letter
                                                                               : QPageSize::A4;
    }

    bool write(const AuditReport &report, QIODevice *out,
               const std::atomic<bool> *cancel = nullptr);
    QString errorString() const { return m_error; }

private:
    QPageSize::PageSizeId m_pageSize = defaultPageSize();
    QString m_error;
};

} // namespace nsg
