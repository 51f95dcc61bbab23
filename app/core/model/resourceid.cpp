// SPDX-License-Identifier: MIT
#include "core/model/resourceid.h"

#include <QList>

#include <cstring>

namespace nsg {

ResourceId ResourceId::parse(QStringView id)
{
    ResourceId r;
    const QList<QStringView> parts = id.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    qsizetype i = 0;
    auto is = [&](qsizetype at, QLatin1String word) {
        return at < parts.size() && parts[at].compare(word, Qt::CaseInsensitive) == 0;
    };
    if (is(i, QLatin1String("subscriptions")) && i + 1 < parts.size()) {
        r.subscriptionId = parts[i + 1].toString();
        i += 2;
    }
    if (is(i, QLatin1String("resourceGroups")) && i + 1 < parts.size()) {
        r.resourceGroup = parts[i + 1].toString();
        i += 2;
    }
    if (is(i, QLatin1String("providers")) && i + 3 < parts.size()) {
        r.provider = parts[i + 1].toString();
        r.type = parts[i + 2].toString();
        r.name = parts[i + 3].toString();
        i += 4;
        if (i + 1 < parts.size()) {
            r.childType = parts[i].toString();
            r.childName = parts[i + 1].toString();
        }
    }
    r.valid = !r.subscriptionId.isEmpty() && !r.resourceGroup.isEmpty() && !r.provider.isEmpty()
        && !r.type.isEmpty() && !r.name.isEmpty();
    return r;
}

QString ResourceId::parentOf(QStringView id)
{
    const ResourceId r = parse(id);
    if (r.childType.isEmpty())
        return id.toString();
    QStringView trimmed = id;
    while (trimmed.endsWith(QLatin1Char('/')))
        trimmed.chop(1);
    // Drop "/childType/childName".
    for (int k = 0; k < 2; ++k) {
        const qsizetype slash = trimmed.lastIndexOf(QLatin1Char('/'));
        trimmed = trimmed.left(slash < 0 ? 0 : slash);
    }
    return trimmed.toString();
}

// Four units (8 bytes) per step. ASCII folds by setting bit 5 (A-Z to a-z; it merges a few
// punctuation pairs, harmless to a hash); a word with any other unit folds unit by unit, with the
// case folding QString::compare(Qt::CaseInsensitive) uses (the Kelvin sign and the long s fold
// into ASCII), so ids that compare equal hash equal.
size_t ResourceKey::foldedHash(QStringView id)
{
    constexpr quint64 kMul = 0x9E3779B97F4A7C15ULL;
    const char16_t *p = id.utf16();
    qsizetype n = id.size();
    quint64 h = quint64(n) * kMul;
    auto fold = [](const char16_t *units, qsizetype count) {
        quint64 w = 0;
        for (qsizetype i = 0; i < count; ++i) {
            const char16_t u = units[i];
            const char16_t f = u < 128 ? char16_t(u | 0x20) : QChar(u).toCaseFolded().unicode();
            w |= quint64(f) << (16 * i);
        }
        return w;
    };
    auto mix = [&h](quint64 w) {
        h = (h ^ w) * kMul;
        h ^= h >> 29;
    };
    for (; n >= 4; p += 4, n -= 4) {
        quint64 w;
        std::memcpy(&w, p, sizeof w);
        mix((w & 0xff80ff80ff80ff80ULL) == 0 ? w | 0x0020002000200020ULL : fold(p, 4));
    }
    if (n > 0)
        mix(fold(p, n));
    return size_t(h ^ (h >> 32));
}

} // namespace nsg
