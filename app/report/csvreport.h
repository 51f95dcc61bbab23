// SPDX-License-Identifier: MIT
#pragma once

#include "auditreport.h"

#include <QIODevice>

namespace nsg {

// One row per NSG (and one per scope that could not be read, verdict unknown), RFC 4180: comma
// separated, CRLF line ends, quoted where needed. A cell that a spreadsheet would run as a
// formula (starting with = + - @, tab or carriage return) gets a leading apostrophe.
class CsvReport final
{
public:
    static QStringList headers();
    bool write(const AuditReport &report, QIODevice *out);
    QString errorString() const { return m_error; }

    // One cell, quoted and neutralised as above.
    static QString cell(const QString &value);

private:
    QString m_error;
};

} // namespace nsg
