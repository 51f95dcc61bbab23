// SPDX-License-Identifier: MIT
#include "core/input/jsonfilebuffer.h"

#include <QCoreApplication>

namespace nsg {

JsonFileBuffer::JsonFileBuffer(const QString &path, qsizetype chunkSize)
    : m_file(path)
    , m_chunkSize(chunkSize)
{ }

bool JsonFileBuffer::open()
{
    if (!m_file.open(QIODevice::ReadOnly)) {
        m_error = m_file.errorString();
        return false;
    }
    m_raw.resize(size_t(m_chunkSize));
    return true;
}

JsonFileBuffer::int_type JsonFileBuffer::underflow()
{
    if (gptr() < egptr())
        return traits_type::to_int_type(*gptr());
    while (true) {
        const qint64 n = m_file.read(m_raw.data(), qint64(m_raw.size()));
        if (n <= 0) {
            if (n < 0)
                m_error = m_file.errorString();
            return traits_type::eof();
        }
        char *begin = m_raw.data();
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
