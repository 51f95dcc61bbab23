// SPDX-License-Identifier: MIT
#include "azure/permissioncheck.h"

#include "azure/armclient.h"

#include <nlohmann/json.hpp>

#include <QRegularExpression>

namespace nsg::azure {

using json = nlohmann::json;

PermissionCheck::PermissionCheck(ArmClient *arm, const QString &scope, const QString &tenantId,
                                 const QString &action, QObject *parent)
    : QObject(parent)
    , m_action(action)
{
    const QString path = scope + QLatin1String("/providers/Microsoft.Authorization/permissions")
        + QLatin1String("?api-version=") + arm->environment().apiVersions().authorization;
    m_job = arm->get(path, tenantId, ArmJob::Paging::FollowNextLink, this);
    auto granted = std::make_shared<bool>(false);
    m_job->setPageHandler([this, granted](const json &page) {
        if (auto value = page.find("value"); value != page.end())
            *granted = *granted || grants(*value, m_action);
    });
    connect(m_job, &ArmJob::finished, this, [this, granted] {
        m_finished = true;
        if (!m_job->succeeded()) {
            m_error = m_job->error();
            m_reason = tr("Could not read your permissions: %1").arg(m_error.toString());
        } else {
            m_allowed = *granted;
            m_reason = m_allowed ? tr("You may change this NSG's rules.")
                                 : tr("Your roles here do not include %1 (for example Network "
                                      "Contributor), so rules cannot be changed.")
                                       .arg(m_action);
        }
        m_job->deleteLater();
        Q_EMIT finished();
    });
}

bool PermissionCheck::matches(const QString &pattern, const QString &action)
{
    if (!pattern.contains(QLatin1Char('*')))
        return pattern.compare(action, Qt::CaseInsensitive) == 0;
    const QString regex = QRegularExpression::anchoredPattern(
        QRegularExpression::escape(pattern).replace(QLatin1String("\\*"), QLatin1String(".*")));
    return QRegularExpression(regex, QRegularExpression::CaseInsensitiveOption)
        .match(action)
        .hasMatch();
}

bool PermissionCheck::grants(const json &permissions, const QString &action)
{
    if (!permissions.is_array())
        return false;
    auto any = [&action](const json &list) {
        if (!list.is_array())
            return false;
        for (const json &p : list) {
            if (p.is_string() && matches(QString::fromStdString(p.get<std::string>()), action))
                return true;
        }
        return false;
    };
    for (const json &entry : permissions) {
        if (!entry.is_object())
            continue;
        const auto actions = entry.find("actions");
        const auto notActions = entry.find("notActions");
        if (actions != entry.end() && any(*actions)
            && (notActions == entry.end() || !any(*notActions)))
            return true;
    }
    return false;
}

} // namespace nsg::azure
