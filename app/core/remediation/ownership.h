// SPDX-License-Identifier: MIT
#pragma once

#include "core/history/snapshotdiff.h"
#include "core/remediation/fixformats.h"

#include <nlohmann/json_fwd.hpp>

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace nsg {

// One sign that a template or an IaC tool manages an NSG (docs/fix-formats.md, "Who owns this
// NSG"): a fix made through the API is undone by the next deployment or apply.
struct OwnershipEvidence
{
    enum class Kind : quint8 {
        Deployment, // a deployment of its resource group lists it among its output resources
        Tag, // a tag IaC tools set (managed-by: terraform, azd-env-name, …)
        Change, // a recent write whose client is a template deployment or an IaC tool
    };
    Kind kind = Kind::Deployment;
    QString name; // the deployment, the tag ("managed-by=terraform"), the client
    QString who; // Change: who wrote
    QDateTime at; // Deployment, Change: when (UTC)
    // The format the owner is written in (Bicep for ARM deployments); none for tools this tool
    // does not write (Pulumi, Crossplane, …).
    std::optional<ShipFormat> format;

    // "Declared by deployment X on DATE", "Tagged managed-by=terraform", …
    QString text() const;
};

// What the ownership check found for one NSG.
struct Ownership
{
    bool checked = false; // false: nothing could be read (offline without tags, …)
    QList<OwnershipEvidence> evidence;
    QStringList notChecked; // what could not be read, and why ("deployments: 403 …")

    bool isOwned() const { return !evidence.isEmpty(); }
    // The format to show first: the owner's (the strongest evidence's), or none.
    std::optional<ShipFormat> suggested() const;
    // For the dialog, the wizard and the reports: the warning, with what to do, or that no sign
    // was found (and what was not looked at).
    QString summary() const;
};

namespace ownership {

// A tag IaC tools set, with the tool; nullopt for any other tag.
std::optional<OwnershipEvidence> fromTag(const QString &key, const QString &value);
// The tags of an NSG as ARM returns them ({"key": "value"}).
QList<OwnershipEvidence> fromTags(const nlohmann::json &tags);
// A deployment (ARM's DeploymentExtended) that lists `nsgId` or one of its rules among its
// outputResources; nullopt when it does not, or when it did not succeed.
std::optional<OwnershipEvidence> fromDeployment(const nlohmann::json &deployment,
                                                const QString &nsgId);
// A change record written by a template deployment or an IaC tool; nullopt for other clients.
std::optional<OwnershipEvidence> fromChange(const history::ChangeRecord &change);

} // namespace ownership

} // namespace nsg
