// SPDX-License-Identifier: MIT
#pragma once

#include "report/auditreport.h"

#include <QIODevice>

namespace nsg {

// One row per NSG (and one per scope that could not be read, verdict unknown), or one per
// exposing rule; RFC 4180: comma separated, CRLF line ends, quoted where needed; UTF-8, with a
// byte order mark on request; stable English headers. A cell that a spreadsheet would run as a
// formula (starting with = + - @, tab or carriage return) gets a leading apostrophe.
class CsvReport final
{
public:
    enum class Rows {
        Nsgs, // one row per NSG (and per scope not read)
        ExposingRules, // one row per rule that exposes the port (--csv-rules)
        // One row per public entry point that can deliver the port to a workload, exposed
        // first (--csv-endpoints); none where the paths from the Internet were not followed.
        Endpoints,
    };
    void setRows(Rows rows) { m_rows = rows; }
    // A UTF-8 byte order mark first, for Excel (--csv-bom).
    void setByteOrderMark(bool on) { m_bom = on; }

    static QStringList headers(Rows rows = Rows::Nsgs);
    bool write(const AuditReport &report, QIODevice *out);
    QString errorString() const { return m_error; }

    // One cell, quoted and neutralised as above.
    static QString cell(const QString &value);

private:
    Rows m_rows = Rows::Nsgs;
    bool m_bom = false;
    QString m_error;
};

} // namespace nsg
