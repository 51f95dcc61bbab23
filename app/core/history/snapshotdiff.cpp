// SPDX-License-Identifier: MIT
#include "core/history/snapshotdiff.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace nsg::history {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("nsg::history::SnapshotDiff", text, nullptr, n);
}

struct Run
{
    QDateTime firstSeen;
    QDateTime exposedSince;
    QDateTime fixedAt; // the last time it was seen not exposed before the current run
    bool exposedBefore = false; // exposed in a run before the current one
};

// Reads one NSG's timeline up to (and including) the newer snapshot.
Run readTimeline(const std::vector<VerdictPoint> &points, qint64 newest)
{
    Run run;
    bool inRun = false;
    for (const VerdictPoint &p : points) {
        if (newest > 0 && p.snapshot > newest)
            break;
        if (p.exposed) {
            if (!run.firstSeen.isValid())
                run.firstSeen = p.at;
            if (!inRun) {
                if (run.exposedSince.isValid())
                    run.exposedBefore = true;
                run.exposedSince = p.at;
                inRun = true;
            }
        } else {
            if (run.firstSeen.isValid())
                run.fixedAt = p.at;
            inRun = false;
        }
    }
    if (!inRun)
        run.exposedSince = QDateTime();
    return run;
}

} // namespace

QString ChangeRecord::text() const
{
    QString who = changedBy.isEmpty() ? tr("an unrecorded caller") : changedBy;
    if (!clientType.isEmpty())
        who += QStringLiteral(" (%1)").arg(clientType);
    return tr("%1 UTC by %2: %3 %4")
        .arg(at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")), who, changeType,
             operation.isEmpty() ? QString() : QStringLiteral("(%1)").arg(operation))
        .trimmed();
}

QString apiName(NsgChange::Kind kind)
{
    switch (kind) {
    case NsgChange::Kind::NewExposure:
        return QStringLiteral("new");
    case NsgChange::Kind::CameBack:
        return QStringLiteral("came-back");
    case NsgChange::Kind::RiskLapsed:
        return QStringLiteral("risk-lapsed");
    case NsgChange::Kind::StillExposed:
        return QStringLiteral("still-exposed");
    case NsgChange::Kind::NowUnknown:
        return QStringLiteral("now-unknown");
    case NsgChange::Kind::Fixed:
        return QStringLiteral("fixed");
    case NsgChange::Kind::Removed:
        return QStringLiteral("removed");
    case NsgChange::Kind::Added:
        return QStringLiteral("added");
    case NsgChange::Kind::RulesChanged:
        return QStringLiteral("rules-changed");
    case NsgChange::Kind::Decided:
        return QStringLiteral("decided");
    }
    return QString();
}

QString displayName(NsgChange::Kind kind)
{
    switch (kind) {
    case NsgChange::Kind::NewExposure:
        return tr("New exposure");
    case NsgChange::Kind::CameBack:
        return tr("Came back");
    case NsgChange::Kind::RiskLapsed:
        return tr("Accepted risk lapsed");
    case NsgChange::Kind::StillExposed:
        return tr("Still exposed");
    case NsgChange::Kind::NowUnknown:
        return tr("Now undecided");
    case NsgChange::Kind::Fixed:
        return tr("Fixed");
    case NsgChange::Kind::Removed:
        return tr("Removed");
    case NsgChange::Kind::Added:
        return tr("Added");
    case NsgChange::Kind::RulesChanged:
        return tr("Rules changed, same verdict");
    case NsgChange::Kind::Decided:
        return tr("Decided (was unknown)");
    }
    return QString();
}

QList<NsgChange::Kind> displayOrder()
{
    return {NsgChange::Kind::NewExposure,  NsgChange::Kind::CameBack, NsgChange::Kind::RiskLapsed,
            NsgChange::Kind::NowUnknown,   NsgChange::Kind::Fixed,    NsgChange::Kind::StillExposed,
            NsgChange::Kind::RulesChanged, NsgChange::Kind::Decided,  NsgChange::Kind::Added,
            NsgChange::Kind::Removed};
}

QString verdictWords(const QString &apiVerdict)
{
    if (apiVerdict == QLatin1String("exposed"))
        return tr("Exposed");
    if (apiVerdict == QLatin1String("ok"))
        return tr("OK");
    if (apiVerdict == QLatin1String("unknown"))
        return tr("Unknown");
    return tr("—");
}

QString apiName(EndpointChange::Kind kind)
{
    return kind == EndpointChange::Kind::BecameInternetFacing
        ? QStringLiteral("became-internet-facing")
        : QStringLiteral("no-longer-internet-facing");
}

QString apiName(Attribution::State state)
{
    switch (state) {
    case Attribution::State::NotAsked:
        return QStringLiteral("not-asked");
    case Attribution::State::Read:
        return QStringLiteral("read");
    case Attribution::State::Partial:
        return QStringLiteral("partial");
    case Attribution::State::Failed:
        return QStringLiteral("failed");
    }
    return QString();
}

SnapshotDiff SnapshotDiff::compare(const Snapshot &older, const Snapshot &newer,
                                   const Timelines &timelines)
{
    SnapshotDiff diff;
    diff.oldInfo = older.info;
    diff.newInfo = newer.info;
    diff.pathsCompared = older.pathsRead && newer.pathsRead;
    diff.unchanged = newer.omittedUnchanged;

    QHash<QString, const NsgRecord *> before;
    before.reserve(qsizetype(older.nsgs.size()));
    for (const NsgRecord &n : older.nsgs)
        before.insert(n.id.toLower(), &n);

    auto fill = [](NsgChange &c, const NsgRecord &n) {
        c.id = n.id;
        c.name = n.name;
        c.resourceGroup = n.resourceGroup;
        c.subscriptionId = n.subscriptionId;
    };
    const QDateTime oldAt = older.info.started;
    const QDateTime newAt = newer.info.started;

    QSet<QString> seen;
    seen.reserve(qsizetype(newer.nsgs.size()));
    for (const NsgRecord &n : newer.nsgs) {
        const QString key = n.id.toLower();
        seen.insert(key);
        const NsgRecord *o = before.value(key);
        NsgChange c;
        fill(c, n);
        c.newVerdict = n.verdict;
        c.newStanding = n.standing;
        c.newExposing = n.exposingRules;
        if (o) {
            c.oldVerdict = o->verdict;
            c.oldStanding = o->standing;
            c.oldExposing = o->exposingRules;
            c.rulesChanged = !o->rulesKey.isEmpty() && !n.rulesKey.isEmpty()
                ? o->rulesKey != n.rulesKey
                : o->contentKey != n.contentKey;
        }
        const bool wasExposed = o && o->isExposed();
        if (n.isExposed()) {
            const auto t = timelines.constFind(key);
            Run run;
            if (t != timelines.cend())
                run = readTimeline(*t, newer.info.id);
            if (!run.firstSeen.isValid())
                run.firstSeen = wasExposed ? oldAt : newAt;
            if (!run.exposedSince.isValid())
                run.exposedSince = wasExposed ? oldAt : newAt;
            c.firstSeen = run.firstSeen;
            c.exposedSince = run.exposedSince;
            if (wasExposed) {
                const bool lapsed =
                    o->risk == QLatin1String("active") && n.risk != QLatin1String("active");
                c.kind = lapsed ? NsgChange::Kind::RiskLapsed : NsgChange::Kind::StillExposed;
            } else if (run.exposedBefore || (run.firstSeen.isValid() && run.firstSeen < oldAt)) {
                c.kind = NsgChange::Kind::CameBack;
                c.fixedAt = run.fixedAt.isValid() ? run.fixedAt : oldAt;
            } else {
                c.kind = NsgChange::Kind::NewExposure;
            }
        } else if (!o) {
            c.kind = n.verdict == QLatin1String("unknown") ? NsgChange::Kind::NowUnknown
                                                           : NsgChange::Kind::Added;
        } else if (wasExposed) {
            c.kind = n.verdict == QLatin1String("ok") ? NsgChange::Kind::Fixed
                                                      : NsgChange::Kind::NowUnknown;
            // How long it had been exposed: its first sighting across the history.
            const auto t = timelines.constFind(key);
            const Run run = t != timelines.cend() ? readTimeline(*t, newer.info.id) : Run();
            c.firstSeen = run.firstSeen.isValid() ? run.firstSeen : oldAt;
        } else if (o->verdict != n.verdict) {
            c.kind = n.verdict == QLatin1String("unknown") ? NsgChange::Kind::NowUnknown
                                                           : NsgChange::Kind::Decided;
        } else if (c.rulesChanged) {
            c.kind = NsgChange::Kind::RulesChanged;
        } else {
            ++diff.unchanged;
            continue;
        }
        diff.nsgs.push_back(std::move(c));
    }
    for (const NsgRecord &o : older.nsgs) {
        if (seen.contains(o.id.toLower()))
            continue;
        NsgChange c;
        fill(c, o);
        c.kind = NsgChange::Kind::Removed;
        if (o.isExposed()) {
            const auto t = timelines.constFind(o.id.toLower());
            const Run run = t != timelines.cend() ? readTimeline(*t, older.info.id) : Run();
            c.firstSeen = run.firstSeen.isValid() ? run.firstSeen : oldAt;
        }
        c.oldVerdict = o.verdict;
        c.oldStanding = o.standing;
        c.oldExposing = o.exposingRules;
        diff.nsgs.push_back(std::move(c));
    }
    std::stable_sort(
        diff.nsgs.begin(), diff.nsgs.end(), [](const NsgChange &a, const NsgChange &b) {
            if (a.kind != b.kind)
                return a.kind < b.kind;
            const int byName = a.name.compare(b.name, Qt::CaseInsensitive);
            return byName != 0 ? byName < 0 : a.id.compare(b.id, Qt::CaseInsensitive) < 0;
        });

    if (diff.pathsCompared) {
        QHash<QString, const EndpointRecord *> endpointsBefore;
        for (const EndpointRecord &e : older.endpoints)
            endpointsBefore.insert(e.key, &e);
        QSet<QString> endpointsSeen;
        for (const EndpointRecord &e : newer.endpoints) {
            endpointsSeen.insert(e.key);
            const EndpointRecord *o = endpointsBefore.value(e.key);
            const bool was = o && o->isExposed();
            if (e.isExposed() == was)
                continue;
            diff.endpoints.push_back(EndpointChange{
                e.isExposed() ? EndpointChange::Kind::BecameInternetFacing
                              : EndpointChange::Kind::NoLongerInternetFacing,
                e.key, e.label, e.networkInterfaceId, o ? o->verdict : QString(), e.verdict});
        }
        for (const EndpointRecord &o : older.endpoints) {
            if (o.isExposed() && !endpointsSeen.contains(o.key))
                diff.endpoints.push_back(
                    EndpointChange{EndpointChange::Kind::NoLongerInternetFacing, o.key, o.label,
                                   o.networkInterfaceId, o.verdict, QString()});
        }
        std::stable_sort(diff.endpoints.begin(), diff.endpoints.end(),
                         [](const EndpointChange &a, const EndpointChange &b) {
                             return a.kind != b.kind ? a.kind < b.kind : a.label < b.label;
                         });
    }
    return diff;
}

int SnapshotDiff::count(NsgChange::Kind kind) const
{
    return int(std::count_if(nsgs.begin(), nsgs.end(),
                             [kind](const NsgChange &c) { return c.kind == kind; }));
}

int SnapshotDiff::count(EndpointChange::Kind kind) const
{
    return int(std::count_if(endpoints.begin(), endpoints.end(),
                             [kind](const EndpointChange &c) { return c.kind == kind; }));
}

QString SnapshotDiff::summary() const
{
    static const struct
    {
        NsgChange::Kind kind;
        const char *text;
    } kinds[] = {
        {NsgChange::Kind::NewExposure,
         QT_TRANSLATE_NOOP("nsg::history::SnapshotDiff", "%n new exposure(s)")},
        {NsgChange::Kind::CameBack,
         QT_TRANSLATE_NOOP("nsg::history::SnapshotDiff", "%n came back")},
        {NsgChange::Kind::RiskLapsed,
         QT_TRANSLATE_NOOP("nsg::history::SnapshotDiff", "%n accepted risk(s) lapsed")},
        {NsgChange::Kind::Fixed, QT_TRANSLATE_NOOP("nsg::history::SnapshotDiff", "%n fixed")},
        {NsgChange::Kind::StillExposed,
         QT_TRANSLATE_NOOP("nsg::history::SnapshotDiff", "%n still exposed")},
        {NsgChange::Kind::NowUnknown,
         QT_TRANSLATE_NOOP("nsg::history::SnapshotDiff", "%n now undecided")},
        {NsgChange::Kind::RulesChanged,
         QT_TRANSLATE_NOOP("nsg::history::SnapshotDiff", "%n with rules changed, same verdict")},
        {NsgChange::Kind::Added, QT_TRANSLATE_NOOP("nsg::history::SnapshotDiff", "%n added")},
        {NsgChange::Kind::Removed, QT_TRANSLATE_NOOP("nsg::history::SnapshotDiff", "%n removed")},
    };
    QStringList parts;
    for (const auto &k : kinds) {
        if (const int n = count(k.kind))
            parts.append(tr(k.text, n));
    }
    if (const int n = count(EndpointChange::Kind::BecameInternetFacing))
        parts.append(tr("%n endpoint(s) became internet-facing", n));
    if (const int n = count(EndpointChange::Kind::NoLongerInternetFacing))
        parts.append(tr("%n endpoint(s) no longer internet-facing", n));
    if (parts.isEmpty())
        return tr("No change in what is exposed (%n NSG(s) compared)", unchanged);
    return parts.join(QStringLiteral(", "));
}

QStringList SnapshotDiff::idsToAttribute() const
{
    QStringList ids;
    for (const NsgChange &c : nsgs) {
        if ((c.kind == NsgChange::Kind::StillExposed || c.kind == NsgChange::Kind::RiskLapsed)
            && !c.rulesChanged)
            continue;
        ids.append(c.id);
    }
    return ids;
}

void SnapshotDiff::attribute(const QList<ChangeRecord> &changes, const Attribution &state)
{
    attribution = state;
    QHash<QString, NsgChange *> byId;
    for (NsgChange &c : nsgs)
        byId.insert(c.id.toLower(), &c);
    for (const ChangeRecord &r : changes) {
        // A rule's own writes count for its NSG.
        QString id = r.resourceId.toLower();
        if (const qsizetype rule = id.indexOf(QLatin1String("/securityrules/")); rule > 0)
            id.truncate(rule);
        if (NsgChange *c = byId.value(id))
            c->changes.append(r);
    }
    for (NsgChange &c : nsgs) {
        std::sort(c.changes.begin(), c.changes.end(),
                  [](const ChangeRecord &a, const ChangeRecord &b) { return a.at < b.at; });
    }
}

} // namespace nsg::history
