// SPDX-License-Identifier: MIT
#pragma once

#include <QFile>
#include <QString>
#include <QStringDecoder>

#include <future>
#include <memory>
#include <optional>
#include <streambuf>
#include <vector>

struct evp_md_ctx_st;

namespace nsg {

// A read-only std::streambuf over a file that hands out UTF-8: a UTF-8 byte order mark is
// skipped and UTF-16 files (what Windows PowerShell's `>` writes) are transcoded on the fly.
// Reads in fixed-size chunks, so memory stays flat however large the file.
class JsonFileBuffer final : public std::streambuf
{
public:
    explicit JsonFileBuffer(const QString &path, qsizetype chunkSize = 1 << 20);
    ~JsonFileBuffer() override;

    bool open();
    QString errorString() const { return m_error; }
    // "UTF-8", "UTF-16LE", "UTF-16BE"
    QString encoding() const { return m_encoding; }
    // Bytes skipped at the start (a byte order mark), to turn stream offsets into file offsets.
    qint64 skippedBytes() const { return m_skipped; }
    qint64 fileSize() const { return m_file.size(); }

    // The SHA-256 (hex) of the file's bytes, hashed as they are read (one pass over the file):
    // what the parser left unread is read here first. Empty when the file could not be read to
    // its end. rawBytes() is how many bytes it covers.
    QString finishSha256();
    qint64 rawBytes() const { return m_rawBytes; }

protected:
    int_type underflow() override;

private:
    QFile m_file;
    qsizetype m_chunkSize;
    // Two raw buffers in turn: the one just read is hashed on another thread while the parser
    // reads it, and the next read goes into the other.
    std::vector<char> m_rawBuffers[2];
    int m_current = 0;
    std::future<void> m_hashing;
    QByteArray m_utf8;
    std::optional<QStringDecoder> m_decoder;
    QString m_error;
    QString m_encoding = QStringLiteral("UTF-8");
    qint64 m_skipped = 0;
    bool m_first = true;
    void hash(const char *data, qint64 size);
    void waitForHash();

    struct DigestFree
    {
        void operator()(evp_md_ctx_st *ctx) const;
    };
    std::unique_ptr<evp_md_ctx_st, DigestFree> m_sha;
    qint64 m_rawBytes = 0;
};

} // namespace nsg
