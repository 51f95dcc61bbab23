// SPDX-License-Identifier: MIT
#pragma once

// Internal storage of the model. Each NSG is one immutable, reference-counted allocation:
// a header, a 24-byte record per rule, then a byte area holding every text and address of the
// NSG and its rules (see ruleencoding_p.h). One block per NSG keeps 100,000 NSGs in a few
// hundred MiB and lets the evaluator walk an NSG with one cache miss instead of three.

#include "core/model/readproblem.h"

#include <QList>
#include <QSharedData>
#include <QString>
#include <QStringList>

#include <cstring>
#include <memory>
#include <new>
#include <string>
#include <string_view>

namespace nsg::detail {

struct RuleRecord
{
    quint32 text; // where the rule's fields start in the byte area
    quint32 addresses; // where its SourceAddresses field starts
    quint16 priority;
    quint16 portMax; // the highest destination port: most ports are rejected without decoding
    quint8 protocol;
    quint8 access;
    quint8 direction;
    quint8 flags;
    quint16 sourceKinds;
    quint16 destinationKinds;
    quint16 portFirst; // the first destination port interval; empty when first > last
    quint16 portLast;
};
static_assert(sizeof(RuleRecord) == 24);

struct alignas(8) NsgBlock : QSharedData
{
    enum Flag : quint8 { DefaultsAssumed = 1, Attached = 2, OwnDefaults = 4 };

    // Records are zeroed; the builder fills them.
    static NsgBlock *create(quint32 records, std::string_view bytes)
    {
        const size_t size = sizeof(NsgBlock) + records * sizeof(RuleRecord) + bytes.size();
        void *memory = ::operator new(size);
        auto *block = new (memory) NsgBlock;
        block->recordCount = records;
        block->byteCount = quint32(bytes.size());
        std::memset(block->mutableRecords(), 0, records * sizeof(RuleRecord));
        if (!bytes.empty())
            std::memcpy(const_cast<char *>(block->bytes()), bytes.data(), bytes.size());
        return block;
    }
    static void operator delete(void *p) { ::operator delete(p); }

    const RuleRecord *records() const { return reinterpret_cast<const RuleRecord *>(this + 1); }
    RuleRecord *mutableRecords() { return reinterpret_cast<RuleRecord *>(this + 1); }
    const char *bytes() const { return reinterpret_cast<const char *>(records() + recordCount); }

    quint32 recordCount = 0; // custom rules, then (when OwnDefaults) default rules
    quint32 byteCount = 0;
    quint32 customCount = 0;
    quint32 inboundCustom = 0;
    quint32 inboundDefaults = 0; // of the own defaults
    quint32 text = 0; // the NSG's own fields in the byte area
    quint8 flags = 0;
    QString sourceFile;
    std::unique_ptr<QList<ReadProblem>> problems; // null when there are none

private:
    NsgBlock() = default;
};

// Field order of an NSG's record (Id and the two lists are ids, stored relative to the prefix
// that opens the byte area).
enum class NsgText : quint8 {
    Id,
    Name,
    ResourceGroup,
    SubscriptionId,
    Location,
    Etag,
    TenantId,
    ProvisioningState,
    SourcePath,
    OwnerTag, // a tag IaC tools set ("managed-by=terraform"), when it has one
    Subnets,
    NetworkInterfaces,
    // Without an etag of its own (a Resource Graph row has none), the etag its rules share,
    // taken from the first rule: rules that carry it store nothing.
    RuleEtag,
};
inline constexpr int kFirstNsgListField = int(NsgText::Subnets);

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
    void putRaw(std::string_view s) { m_bytes.append(s); }
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
    template<typename T>
    T pod()
    {
        T value;
        std::memcpy(&value, m_p, sizeof(T));
        m_p += sizeof(T);
        return value;
    }
    void skip(size_t bytes) { m_p += bytes; }
    void unread() { --m_p; }
    std::string_view raw(size_t n)
    {
        std::string_view s(m_p, n);
        m_p += n;
        return s;
    }
    const char *position() const { return m_p; }

private:
    const char *m_p;
};

} // namespace nsg::detail
