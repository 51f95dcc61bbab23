// SPDX-License-Identifier: MIT
#include "core/model/resourceid.h"

#include <QList>

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

} // namespace nsg
