// SPDX-License-Identifier: MIT
#include "report/htmlreport.h"

#include "report/reportdocument.h"

#include <QCoreApplication>

namespace nsg {

bool HtmlReport::write(const AuditReport &report, QIODevice *out, const std::atomic<bool> *cancel)
{
    const QString html = ReportDocument(report).html(ReportDocument::Target::Browser, cancel);
    if (html.isEmpty()) {
        m_error = QCoreApplication::translate("nsg::HtmlReport", "cancelled");
        return false;
    }
    const QByteArray bytes = html.toUtf8();
    if (out->write(bytes) != bytes.size()) {
        m_error = QCoreApplication::translate("nsg::HtmlReport", "cannot write the HTML report: %1")
                      .arg(out->errorString());
        return false;
    }
    return true;
}

} // namespace nsg
