// SPDX-License-Identifier: MIT
#include "core/input/jsonfilebuffer.h"

#include <QCoreApplication>

#include <openssl/evp.h>

namespace nsg {

JsonFileBuffer::JsonFileBuffer(const QString &path, qsizetype chunkSize)
    : m_file(path)
    , m_chunkSize(chunkSize)
{ }

JsonFileBuffer::~JsonFileBuffer()
{
    waitForHash();
}

void JsonFileBuffer::waitForHash()
{
    if (m_hashing.valid())
        m_hashing.get();
}

// Hashes a chunk on another thread (the previous chunk's hash done first: SHA-256 is sequential).
// The chunk's buffer is not written again before the hash after it has been waited for.
void JsonFileBuffer::hash(const char *data, qint64 size)
{
    waitForHash();
    if (!m_sha)
        return;
    EVP_MD_CTX *ctx = m_sha.get();
    m_hashing = std::async(std::launch::async,
                           [ctx, data, size] { EVP_DigestUpdate(ctx, data, size_t(size)); });
}

void JsonFileBuffer::DigestFree::operator()(evp_md_ctx_st *ctx) const
{
    EVP_MD_CTX_free(ctx);
}

bool JsonFileBuffer::open()
{
    if (!m_file.open(QIODevice::ReadOnly)) {
        m_error = m_file.errorString();
        return false;
    }
    for (std::vector<char> &raw : m_rawBuffers)
        raw.resize(size_t(m_chunkSize));
    // OpenSSL's SHA-256 uses the CPU's SHA instructions where there are some: several times
    // what QCryptographicHash (portable C) manages, so the fingerprint costs a fraction of the
    // read.
    m_sha.reset(EVP_MD_CTX_new());
    if (m_sha && EVP_DigestInit_ex(m_sha.get(), EVP_sha256(), nullptr) != 1)
        m_sha.reset();
    return true;
}

QString JsonFileBuffer::finishSha256()
{
    waitForHash();
    if (!m_sha)
        return QString();
    std::vector<char> &raw = m_rawBuffers[0];
    while (true) {
        const qint64 n = m_file.read(raw.data(), qint64(raw.size()));
        if (n < 0)
            return QString();
        if (n == 0)
            break;
        EVP_DigestUpdate(m_sha.get(), raw.data(), size_t(n));
        m_rawBytes += n;
    }
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    if (EVP_DigestFinal_ex(m_sha.get(), digest, &size) != 1)
        return QString();
    m_sha.reset();
    return QString::fromLatin1(
        QByteArray::fromRawData(reinterpret_cast<const char *>(digest), int(size)).toHex());
}

JsonFileBuffer::int_type JsonFileBuffer::underflow()
{
    if (gptr() < egptr())
        return traits_type::to_int_type(*gptr());
    while (true) {
        // This buffer's last hash (two chunks ago) was waited for before the previous chunk's.
        m_current ^= 1;
        std::vector<char> &raw = m_rawBuffers[m_current];
        const qint64 n = m_file.read(raw.data(), qint64(raw.size()));
        if (n <= 0) {
            if (n < 0) {
                m_error = m_file.errorString();
                waitForHash();
                m_sha.reset();
            }
            return traits_type::eof();
        }
        hash(raw.data(), n);
        m_rawBytes += n;
        char *begin = raw.data();
        char *end = begin + n;
        if (m_first) {
            m_first = false;
            const auto b = [&](qint64 i) {
                return i < n ? quint8(begin[i]) : 0x100;
            };
            if (b(0) == 0xEF && b(1) == 0xBB && b(2) == 0xBF) {
                begin += 3;
                m_skipped = 3;
            } else if (b(0) == 0xFF && b(1) == 0xFE) {
                m_decoder.emplace(QStringDecoder::Utf16LE);
                m_encoding = QStringLiteral("UTF-16LE");
                begin += 2;
                m_skipped = 2;
            } else if (b(0) == 0xFE && b(1) == 0xFF) {
                m_decoder.emplace(QStringDecoder::Utf16BE);
                m_encoding = QStringLiteral("UTF-16BE");
                begin += 2;
                m_skipped = 2;
            } else if (n >= 2 && b(0) != 0 && b(1) == 0) {
                // JSON starts with an ASCII character; a zero byte after it means UTF-16LE.
                m_decoder.emplace(QStringDecoder::Utf16LE);
                m_encoding = QStringLiteral("UTF-16LE");
            } else if (n >= 2 && b(0) == 0 && b(1) != 0) {
                m_decoder.emplace(QStringDecoder::Utf16BE);
                m_encoding = QStringLiteral("UTF-16BE");
            }
        }
        if (!m_decoder) {
            if (begin == end)
                continue;
            setg(begin, begin, end);
            return traits_type::to_int_type(*gptr());
        }
        const QString text = m_decoder->decode(QByteArrayView(begin, end - begin));
        m_utf8 = text.toUtf8();
        if (m_utf8.isEmpty())
            continue;
        setg(m_utf8.data(), m_utf8.data(), m_utf8.data() + m_utf8.size());
        return traits_type::to_int_type(*gptr());
    }
}

} // namespace nsg
