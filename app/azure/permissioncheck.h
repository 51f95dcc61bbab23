// SPDX-License-Identifier: MIT
#pragma once

#include "azure/armerror.h"

#include <nlohmann/json_fwd.hpp>

#include <QObject>
#include <QPointer>
#include <QString>

namespace nsg::azure {

class ArmClient;
class ArmJob;

// Whether the signed-in account may perform an action at a scope (by default: write the
// security rules of an NSG), from ARM's permissions API
// (GET {scope}/providers/Microsoft.Authorization/permissions). Reports once.
class PermissionCheck final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PermissionCheck)

public:
    static constexpr const char *kRuleWrite =
        "Microsoft.Network/networkSecurityGroups/securityRules/write";

    // Starts at once; `scope` is a resource id such as an NSG's.
    PermissionCheck(ArmClient *arm, const QString &scope, const QString &tenantId,
                    const QString &action = QString::fromLatin1(kRuleWrite),
                    QObject *parent = nullptr);

    bool isFinished() const { return m_finished; }
    // Decided: the permissions could be read (else error() says why).
    bool isKnown() const { return m_finished && m_error.isNull(); }
    bool isAllowed() const { return isKnown() && m_allowed; }
    // "You may change this NSG's rules." / "Your roles do not include …"
    QString reason() const { return m_reason; }
    const ArmError &error() const { return m_error; }
    QString action() const { return m_action; }

    // Whether ARM's permission list (the "value" array) grants the action: some entry's actions
    // match it (wildcards, any letter case) and the same entry's notActions do not.
    static bool grants(const nlohmann::json &permissions, const QString &action);
    static bool matches(const QString &pattern, const QString &action);

Q_SIGNALS:
    void finished();

private:
    QString m_action;
    QPointer<ArmJob> m_job;
    bool m_finished = false;
    bool m_allowed = false;
    QString m_reason;
    ArmError m_error;
};

} // namespace nsg::azure
