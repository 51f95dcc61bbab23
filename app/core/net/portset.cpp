// SPDX-License-Identifier: MIT
#include "core/net/portset.h"

#include "core/util/ascii.h"

#include <QCoreApplication>

namespace nsg {

using ascii::equalsIgnoreCase;

namespace {

std::optional<int> parsePort(std::string_view s)
{
    while (!s.empty() && s.front() == ' ')
        s.remove_prefix(1);
    while (!s.empty() && s.back() == ' ')
        s.remove_suffix(1);
    if (s.empty() || s.size() > 5)
        return std::nullopt;
    int value = 0;
    for (char c : s) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    if (value > 65535)
        return std::nullopt;
    return value;
}

} // namespace

std::optional<PortSet> PortSet::parseEntry(std::string_view text, QString *error)
{
    if (text == "*" || equalsIgnoreCase(text, "any"))
        return all();
    const size_t dash = text.find('-');
    const std::optional<int> first = parsePort(text.substr(0, dash));
    const std::optional<int> last =
        dash == std::string_view::npos ? first : parsePort(text.substr(dash + 1));
    if (first && last && *first <= *last)
        return range(quint16(*first), quint16(*last));
    if (error) {
        const QString shown = QString::fromUtf8(text.data(), qsizetype(text.size()));
        *error = (first && last)
            ? QCoreApplication::translate("nsg::PortSet", "'%1' is a reversed port range")
                  .arg(shown)
            : QCoreApplication::translate("nsg::PortSet",
                                          "'%1' is not a port, a port range (1000-2000) or *")
                  .arg(shown);
    }
    return std::nullopt;
}

std::optional<PortSet> PortSet::parse(const QStringList &entries, QString *error)
{
    PortSet set;
    for (const QString &entry : entries) {
        for (const QString &part : entry.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QByteArray utf8 = part.trimmed().toUtf8();
            const std::optional<PortSet> one =
                parseEntry(std::string_view(utf8.constData(), size_t(utf8.size())), error);
            if (!one)
                return std::nullopt;
            set.unite(*one);
        }
    }
    return set;
}

QString PortSet::toString() const
{
    if (isAll())
        return QStringLiteral("*");
    QStringList parts;
    for (const auto &i : m_set.intervals()) {
        parts.append(i.first == i.last
                         ? QString::number(i.first)
                         : QString::number(i.first) + QLatin1Char('-') + QString::number(i.last));
    }
    return parts.join(QLatin1String(", "));
}

} // namespace nsg
