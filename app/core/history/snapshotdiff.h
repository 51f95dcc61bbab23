// SPDX-License-Identifier: MIT
#pragma once

#include "core/history/snapshot.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace nsg::history {

// One NSG's verdict in one snapshot of the history (HistoryStore::timelines).
struct VerdictPoint
{
    qint64 snapshot = 0;
    QDateTime at; // when that snapshot was taken (UTC)
    bool exposed = false;
};
// Lower-case NSG id → its verdict in each snapshot that held it, oldest first.
using Timelines = QHash<QString, std::vector<VerdictPoint>>;

// One write to a resource as Azure's change history records it (Resource Graph
// `resourcechanges`, docs/history.md).
struct ChangeRecord
{
    QString changeId;
    QString resourceId;
    QDateTime at; // UTC
    QString changeType; // Create, Update, Delete
    QString changedBy; // a person's sign-in name or an application id
    QString changedByType; // User, Application, …
    QString clientType; // Azure Portal, Azure CLI, …
    QString operation; // Microsoft.Network/networkSecurityGroups/securityRules/write
    QStringList properties; // "properties.securityRules[0].properties.sourceAddressPrefix: * → …"

    // "2026-12-07 05:20 UTC by alice@contoso.com (Azure CLI): Update …"
    QString text() const;
};

struct NsgChange
{
    enum class Kind : quint8 {
        NewExposure, // exposed now, never before in the history
        CameBack, // exposed now, fixed in between, exposed before that
        RiskLapsed, // exposed both times, accepted then, no longer
        StillExposed,
        NowUnknown, // was decided, cannot be decided now
        Fixed, // was exposed, is OK now
        Removed, // gone from the scope
        Added, // new in the scope, not exposed
        RulesChanged, // its rules changed but its verdict did not
        Decided, // could not be decided then, OK now
    };
    Kind kind = Kind::StillExposed;
    QString id;
    QString name;
    QString resourceGroup;
    QString subscriptionId;
    QString oldVerdict; // "" when added
    QString newVerdict; // "" when removed
    QString oldStanding;
    QString newStanding;
    QStringList oldExposing;
    QStringList newExposing;
    bool rulesChanged = false;
    QDateTime firstSeen; // exposed then or now: the first snapshot it was seen exposed in
    QDateTime exposedSince; // … and the first of the run that lasts until now
    QDateTime fixedAt; // CameBack: the snapshot that saw it fixed
    QList<ChangeRecord> changes; // who changed it, when read (Attribution)

    bool isExposedNow() const { return newVerdict == QLatin1String("exposed"); }
};
QString apiName(NsgChange::Kind kind); // "new", "came-back", "risk-lapsed", "still-exposed", …
QString displayName(NsgChange::Kind kind); // translated: "New exposure", "Came back", …
// The order reports and the compare view list the kinds in: what needs acting on first.
QList<NsgChange::Kind> displayOrder();
// A stored verdict ("exposed", "ok", "unknown") in words; "—" for none.
QString verdictWords(const QString &apiVerdict);

struct EndpointChange
{
    enum class Kind : quint8 { BecameInternetFacing, NoLongerInternetFacing };
    Kind kind = Kind::BecameInternetFacing;
    QString key;
    QString label;
    QString networkInterfaceId;
    QString oldVerdict; // "" when the endpoint is new
    QString newVerdict; // "" when it is gone
};
QString apiName(EndpointChange::Kind kind); // "became-internet-facing", …

// Whether the change history was read for a comparison, and what it could not cover.
struct Attribution
{
    enum class State : quint8 { NotAsked, Read, Partial, Failed };
    State state = State::NotAsked;
    QString note; // why not, or what it does not cover ("Azure keeps 14 days…")
    QDateTime from; // the interval asked for (UTC)
    QDateTime to;
};
QString apiName(Attribution::State state); // "not-asked", "read", "partial", "failed"

// Two snapshots compared: what a reviewer asks after the second audit (docs/history.md).
struct SnapshotDiff
{
    SnapshotInfo oldInfo;
    SnapshotInfo newInfo;
    std::vector<NsgChange> nsgs; // by kind (the enum's order), then name
    std::vector<EndpointChange> endpoints;
    bool pathsCompared = false; // both snapshots read the paths from the Internet
    int unchanged = 0; // NSGs in both with the same verdict and rules
    Attribution attribution;

    // `timelines` (may be empty: files compared outside the history) decides first-seen dates
    // and which exposures came back.
    static SnapshotDiff compare(const Snapshot &older, const Snapshot &newer,
                                const Timelines &timelines = {});

    int count(NsgChange::Kind kind) const;
    int count(EndpointChange::Kind kind) const;
    bool hasNewExposure() const
    {
        return count(NsgChange::Kind::NewExposure) + count(NsgChange::Kind::CameBack)
            + count(NsgChange::Kind::RiskLapsed) + count(EndpointChange::Kind::BecameInternetFacing)
            > 0;
    }
    // "2 new exposures, 1 came back, 3 fixed, 4 still exposed" (translated).
    QString summary() const;
    // The NSGs whose writes Azure's change history should explain: every change but
    // StillExposed without a rule change and Added/Removed.
    QStringList idsToAttribute() const;
    // Files each change under its NSG (by resource id, without letter case) and keeps the
    // attribution's state.
    void attribute(const QList<ChangeRecord> &changes, const Attribution &state);
};

} // namespace nsg::history
