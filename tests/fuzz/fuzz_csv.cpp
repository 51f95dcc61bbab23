// SPDX-License-Identifier: MIT
// The CSV writer's cells, read back with an RFC 4180 reader: every value comes back as written
// (with the apostrophe that neutralises a formula), and no cell starts a formula.
#include "report/csvreport.h"

#include <cstdint>
#include <cstdlib>

using namespace nsg;

namespace {

// RFC 4180: fields separated by ',', records by CRLF, quotes doubled inside quoted fields.
QList<QStringList> readCsv(const QString &text)
{
    QList<QStringList> rows{{}};
    QString field;
    bool quoted = false, wasQuoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"') && field.isEmpty() && !wasQuoted) {
            quoted = wasQuoted = true;
        } else if (c == QLatin1Char(',')) {
            rows.back().append(field);
            field.clear();
            wasQuoted = false;
        } else if (c == QLatin1Char('\r') && i + 1 < text.size()
                   && text[i + 1] == QLatin1Char('\n')) {
            rows.back().append(field);
            field.clear();
            wasQuoted = false;
            rows.append(QStringList());
            ++i;
        } else {
            field += c;
        }
    }
    if (quoted)
        std::abort(); // an unterminated quote
    if (!field.isEmpty() || !rows.back().isEmpty())
        rows.back().append(field);
    if (rows.back().isEmpty())
        rows.removeLast();
    return rows;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Input: cells separated by 0x1f, rows by 0x1e.
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    QList<QStringList> rows;
    for (const QString &row : input.split(QChar(0x1e)))
        rows.append(row.split(QChar(0x1f)));
    QString csv;
    for (const QStringList &row : rows) {
        QStringList cells;
        for (const QString &v : row)
            cells.append(CsvReport::cell(v));
        csv += cells.join(QLatin1Char(',')) + QLatin1String("\r\n");
    }
    const QList<QStringList> back = readCsv(csv);
    if (back.size() != rows.size())
        std::abort();
    for (qsizetype r = 0; r < rows.size(); ++r) {
        if (back[r].size() != rows[r].size())
            std::abort();
        for (qsizetype c = 0; c < rows[r].size(); ++c) {
            const QString &v = rows[r][c];
            QString got = back[r][c];
            const bool formula = !v.isEmpty() && QStringLiteral("=+-@\t\r").contains(v.front());
            if (formula) {
                if (!got.startsWith(QLatin1Char('\'')))
                    std::abort(); // a formula reaches the spreadsheet
                got.remove(0, 1);
            }
            if (got != v)
                std::abort();
        }
    }
    return 0;
}
