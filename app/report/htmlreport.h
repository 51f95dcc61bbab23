// SPDX-License-Identifier: MIT
#pragma once

#include "report/auditreport.h"

#include <QIODevice>

#include <atomic>

namespace nsg {

// One self-contained HTML file (CSS and the chart inline, no external assets), printable, with
// the same content as the PDF.
class HtmlReport final
{
public:
    bool write(const AuditReport &report, QIODevice *out,
               const std::atomic<bool> *cancel = nullptr);
    QString errorString() const { return m_error; }

private:
    QString m_error;
};

} // namespace nsg
