// SPDX-License-Identifier: MIT
#include "sandbox/kql.h"

#include <QRegularExpression>

namespace nsg::sandbox {

namespace {

QString unquote(QString s)
{
    s = s.trimmed();
    if (s.size() >= 2 && (s.front() == QLatin1Char('\'') || s.front() == QLatin1Char('"'))
        && s.back() == s.front())
        return s.mid(1, s.size() - 2);
    return QString();
}

} // namespace

std::optional<GraphQuery> GraphQuery::parse(const QString &text, QString *error)
{
    auto fail = [error](const QString &why) -> std::optional<GraphQuery> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    // Split on pipes outside quotes.
    QStringList stages;
    QString current;
    QChar quote;
    for (QChar c : text) {
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            quote = c;
        } else if (c == QLatin1Char('|')) {
            stages.append(current.trimmed());
            current.clear();
            continue;
        }
        current.append(c);
    }
    if (!quote.isNull())
        return fail(QStringLiteral("unterminated string literal"));
    stages.append(current.trimmed());

    GraphQuery q;
    if (!stages.isEmpty()
        && stages.front().compare(QLatin1String("ResourceContainers"), Qt::CaseInsensitive) == 0)
        q.table = GraphQuery::Table::ResourceContainers;
    else if (!stages.isEmpty()
             && stages.front().compare(QLatin1String("NetworkResources"), Qt::CaseInsensitive) == 0)
        q.table = GraphQuery::Table::NetworkResources;
    else if (!stages.isEmpty()
             && stages.front().compare(QLatin1String("ResourceChanges"), Qt::CaseInsensitive) == 0)
        q.table = GraphQuery::Table::ResourceChanges;
    else if (stages.isEmpty()
             || stages.front().compare(QLatin1String("Resources"), Qt::CaseInsensitive) != 0)
        return fail(QStringLiteral("the query must start with the Resources, ResourceContainers, "
                                   "NetworkResources or ResourceChanges table"));
    static const QRegularExpression whereType(
        QStringLiteral("^where\\s+type\\s*(=~|==)\\s*('[^']*'|\"[^\"]*\")$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression whereName(
        QStringLiteral("^where\\s+name\\s*(=~|==)\\s*('[^']*'|\"[^\"]*\")$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression whereTypes(
        QStringLiteral("^where\\s+type\\s+in~?\\s*\\((.*)\\)$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression whereSubs(
        QStringLiteral("^where\\s+subscriptionId\\s+in~?\\s*\\((.*)\\)$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression whereTargetType(
        QStringLiteral(
            "^where\\s+properties\\.targetResourceType\\s*(=~|==)\\s*('[^']*'|\"[^\"]*\")$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression whereTargets(
        QStringLiteral("^where\\s+properties\\.targetResourceId\\s+in~?\\s*\\((.*)\\)$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression project(QStringLiteral("^project\\s+(.+)$"),
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression order(
        QStringLiteral("^(order|sort)\\s+by\\s+(\\w+)(\\s+(asc|desc))?$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression limit(QStringLiteral("^(limit|take)\\s+(\\d+)$"),
                                          QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression identifier(QStringLiteral("^\\w+$"));

    for (qsizetype i = 1; i < stages.size(); ++i) {
        const QString stage = stages[i].simplified();
        QRegularExpressionMatch m;
        if ((m = whereType.match(stage)).hasMatch()) {
            q.types = {unquote(m.captured(2)).toLower()};
        } else if ((m = whereTypes.match(stage)).hasMatch()) {
            q.types.clear();
            for (const QString &item : m.captured(1).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                const QString type = unquote(item);
                if (type.isEmpty())
                    return fail(QStringLiteral("'in' takes quoted types"));
                q.types.append(type.toLower());
            }
        } else if (q.table == GraphQuery::Table::ResourceChanges
                   && (m = whereTargetType.match(stage)).hasMatch()) {
            q.targetType = unquote(m.captured(2)).toLower();
        } else if (q.table == GraphQuery::Table::ResourceChanges
                   && (m = whereTargets.match(stage)).hasMatch()) {
            for (const QString &item : m.captured(1).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                const QString id = unquote(item);
                if (id.isEmpty())
                    return fail(QStringLiteral("'in' takes quoted resource ids"));
                q.targetIds.append(id.toLower());
            }
        } else if ((m = whereName.match(stage)).hasMatch()) {
            q.name = unquote(m.captured(2));
        } else if ((m = whereSubs.match(stage)).hasMatch()) {
            for (const QString &item : m.captured(1).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                const QString id = unquote(item);
                if (id.isEmpty())
                    return fail(QStringLiteral("'in' takes quoted subscription ids"));
                q.subscriptions.append(id.toLower());
            }
        } else if ((m = project.match(stage)).hasMatch()) {
            for (const QString &column :
                 m.captured(1).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                const QString c = column.trimmed();
                if (!identifier.match(c).hasMatch())
                    return fail(
                        QStringLiteral("the sandbox projects plain columns only, not '%1'").arg(c));
                q.project.append(c);
            }
        } else if ((m = order.match(stage)).hasMatch()) {
            q.orderBy = m.captured(2);
            q.descending = m.captured(4).compare(QLatin1String("desc"), Qt::CaseInsensitive) == 0;
        } else if ((m = limit.match(stage)).hasMatch()) {
            q.limit = m.captured(2).toInt();
        } else {
            return fail(QStringLiteral("unsupported operator in '%1'").arg(stage));
        }
    }
    return q;
}

} // namespace nsg::sandbox
