// SPDX-License-Identifier: MIT
#pragma once

// Internal storage of the model: one immutable, reference-counted byte block per NSG that holds
// every text and parsed range of the NSG and its rules. Keeping them together is what makes
// 100,000 NSGs fit in a few hundred MiB and keeps the evaluator's reads within a few cache lines.

#include <QSharedData>
#include <QString>
#include <QStringList>

#include <cstring>
#include <new>
#include <string>
#include <string_view>
#include <vector>

namespace nsg::detail {

struct Arena : QSharedData
{
    static Arena *create(std::string_view bytes)
    {
        void *memory = ::operator new(sizeof(Arena) + bytes.size());
        auto *arena = new (memory) Arena;
        arena->size = quint32(bytes.size());
        if (!bytes.empty())
            std::memcpy(static_cast<char *>(memory) + sizeof(Arena), bytes.data(), bytes.size());
        return arena;
    }
    static void operator delete(void *p) { ::operator delete(p); }

    const char *data() const { return reinterpret_cast<const char *>(this + 1); }

    quint32 size = 0;

private:
    Arena() = default;
};

class ArenaWriter
{
public:
    quint32 offset() const { return quint32(m_bytes.size()); }
    void putVarint(quint32 v)
    {
        while (v >= 0x80) {
            m_bytes.push_back(char((v & 0x7f) | 0x80));
            v >>= 7;
        }
        m_bytes.push_back(char(v));
    }
    void putString(std::string_view s)
    {
        putVarint(quint32(s.size()));
        m_bytes.append(s);
    }
    template<typename Range>
    void putList(const Range &items)
    {
        putVarint(quint32(items.size()));
        for (const auto &s : items)
            putString(std::string_view(s));
    }
    template<typename T>
    void putPod(const T &value)
    {
        m_bytes.append(reinterpret_cast<const char *>(&value), sizeof(T));
    }
    void clear() { m_bytes.clear(); }
    std::string_view bytes() const { return m_bytes; }

private:
    std::string m_bytes;
};

class ArenaReader
{
public:
    ArenaReader(const char *base, quint32 offset)
        : m_p(base + offset)
    { }

    quint32 varint()
    {
        quint32 v = 0;
        int shift = 0;
        while (true) {
            const auto byte = quint8(*m_p++);
            v |= quint32(byte & 0x7f) << shift;
            if (!(byte & 0x80))
                return v;
            shift += 7;
        }
    }
    std::string_view string()
    {
        const quint32 n = varint();
        std::string_view s(m_p, n);
        m_p += n;
        return s;
    }
    QString qstring()
    {
        const std::string_view s = string();
        return QString::fromUtf8(s.data(), qsizetype(s.size()));
    }
    void skipString() { m_p += varint(); }
    QStringList list()
    {
        QStringList out;
        const quint32 n = varint();
        out.reserve(qsizetype(n));
        for (quint32 i = 0; i < n; ++i)
            out.append(qstring());
        return out;
    }
    void skipList()
    {
        const quint32 n = varint();
        for (quint32 i = 0; i < n; ++i)
            skipString();
    }
    template<typename T>
    T pod()
    {
        T value;
        std::memcpy(&value, m_p, sizeof(T));
        m_p += sizeof(T);
        return value;
    }
    void skip(size_t bytes) { m_p += bytes; }
    // Skips one [u32 n4][u32 n6][intervals] block as NsgBuilder writes it.
    void skipIntervals()
    {
        const auto n4 = pod<quint32>();
        const auto n6 = pod<quint32>();
        skip(size_t(n4) * 8 + size_t(n6) * 32);
    }
    const char *position() const { return m_p; }

private:
    const char *m_p;
};

} // namespace nsg::detail
