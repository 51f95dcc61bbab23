// SPDX-License-Identifier: MIT
#pragma once

#include <QFile>
#include <QString>
#include <QStringDecoder>

#include <optional>
#include <streambuf>
#include <vector>

namespace nsg {

// A read-only std::streambuf over a file that hands out UTF-8: a UTF-8 byte order mark is
// skipped and UTF-16 files (what Windows PowerShell's `>` writes) are transcoded on the fly.
// Reads in fixed-size chunks, so memory stays flat however large the file.
class JsonFileBuffer final : public std::streambuf
{
public:
    explicit JsonFileBuffer(const QString &path, qsizetype chunkSize = 1 << 20);

    bool open();
    QString errorString() const { return m_error; }
    // "UTF-8", "UTF-16LE", "UTF-16BE"
    QString encoding() const { return m_encoding; }
    // Bytes skipped at the start (a byte order mark), to turn stream offsets into file offsets.
    qint64 skippedBytes() const { return m_skipped; }
    qint64 fileSize() const { return m_file.size(); }

protected:
    int_type underflow() override;

private:
    QFile m_file;
    qsizetype m_chunkSize;
    std::vector<char> m_raw;
    QByteArray m_utf8;
    std::optional<QStringDecoder> m_decoder;
    QString m_error;
    QString m_encoding = QStringLiteral("UTF-8");
    qint64 m_skipped = 0;
    bool m_first = true;
};

} // namespace nsg
