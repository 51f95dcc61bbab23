// SPDX-License-Identifier: MIT
#pragma once

// What the ARM handlers (arm*.cpp, resourcegraph.cpp) share: string conversions, path segments,
// paging tokens and ARM's 404. Internal to the sandbox.

#include "sandbox/httpreply.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <string>

namespace nsg::sandbox::detail {

inline std::string s(const QString &q)
{
    return q.toStdString();
}

inline QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

inline bool is(const QString &segment, const char *word)
{
    return segment.compare(QLatin1String(word), Qt::CaseInsensitive) == 0;
}

// Paging tokens are opaque to clients; here they carry an offset.
inline QString skipToken(size_t offset)
{
    return QString::fromLatin1(
        QByteArray("offset:" + QByteArray::number(qulonglong(offset)))
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

inline std::optional<size_t> offsetOf(const QString &token)
{
    if (token.isEmpty())
        return size_t(0);
    const QByteArray raw = QByteArray::fromBase64(token.toLatin1(), QByteArray::Base64UrlEncoding);
    if (!raw.startsWith("offset:"))
        return std::nullopt;
    bool ok = false;
    const qulonglong offset = raw.mid(7).toULongLong(&ok);
    return ok ? std::optional<size_t>(offset) : std::nullopt;
}

inline HttpReply notFound(const QString &type, const QString &name, const QString &group)
{
    return HttpReply::armError(
        404, QStringLiteral("ResourceNotFound"),
        QStringLiteral("The Resource '%1/%2' under resource group '%3' was not found. "
                       "For more details please go to https://aka.ms/ARMResourceNotFoundFix")
            .arg(type, name, group));
}

} // namespace nsg::sandbox::detail
