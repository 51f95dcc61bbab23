// SPDX-License-Identifier: MIT
#include "ui/widgets/pathchangesview.h"

#include "ui/models/statusicons.h"

#include "core/audit/pathhops.h"

#include <QHeaderView>

namespace nsg::ui {

namespace {

// OK, yet a few public sources (within the breadth limit) reach the workload.
bool restricted(const Endpoint &e)
{
    return e.verdict == Verdict::Ok && !e.allowed.isEmpty();
}

QString verdictText(const Endpoint &e)
{
    switch (e.verdict) {
    case Verdict::Exposed:
        return PathChangesView::tr("internet-facing");
    case Verdict::Ok:
        return restricted(e) ? endpointStateText(e) : PathChangesView::tr("blocked");
    case Verdict::Unknown:
        break;
    }
    return PathChangesView::tr("not decided");
}

StatusIcons::Kind kindOf(Verdict v)
{
    return v == Verdict::Exposed ? StatusIcons::Kind::Exposed
        : v == Verdict::Ok       ? StatusIcons::Kind::Ok
                                 : StatusIcons::Kind::Unknown;
}

} // namespace

PathChangesView::PathChangesView(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("pathChangesView"));
    setAccessibleName(tr("Paths from the Internet, now and after this change"));
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setColumnCount(ColumnCount);
    setHeaderLabels(
        {tr("Public entry"), tr("Target"), tr("Now"), tr("After"), tr("Decided after by")});
    header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    header()->setStretchLastSection(true);
}

void PathChangesView::setChanges(const std::vector<ReachabilityResult::Change> &changes)
{
    clear();
    for (const ReachabilityResult::Change &c : changes) {
        auto *item = new QTreeWidgetItem(this);
        item->setText(EntryColumn, entryText(*c.before));
        item->setText(TargetColumn, targetText(*c.before));
        item->setText(NowColumn, verdictText(*c.before));
        item->setIcon(NowColumn, StatusIcons::icon(kindOf(c.before->verdict)));
        item->setText(AfterColumn, verdictText(c.after));
        item->setIcon(AfterColumn, StatusIcons::icon(kindOf(c.after.verdict)));
        item->setText(DecidedColumn,
                      c.after.verdict == Verdict::Unknown ? c.after.reason
                                                          : decidedByText(c.after));
        item->setToolTip(DecidedColumn, describePath(c.after, pathHops(c.after)));
    }
    m_summary = summaryOf(changes, &m_stillExposed, &m_stillUndecided);
    setAccessibleDescription(m_summary);
}

QString PathChangesView::summaryOf(const std::vector<ReachabilityResult::Change> &changes,
                                   int *stillExposed, int *stillUndecided)
{
    int exposedNow = 0, undecidedNow = 0, exposedAfter = 0, undecidedAfter = 0, blockedAfter = 0,
        restrictedAfter = 0;
    for (const ReachabilityResult::Change &c : changes) {
        exposedNow += c.before->verdict == Verdict::Exposed;
        undecidedNow += c.before->verdict == Verdict::Unknown;
        exposedAfter += c.after.verdict == Verdict::Exposed;
        undecidedAfter += c.after.verdict == Verdict::Unknown;
        restrictedAfter += restricted(c.after);
        blockedAfter += c.after.verdict == Verdict::Ok && !restricted(c.after);
    }
    if (stillExposed)
        *stillExposed = exposedAfter;
    if (stillUndecided)
        *stillUndecided = undecidedAfter;
    if (changes.empty())
        return QString();
    return tr("Open paths from the Internet through this NSG (blocked ones stay blocked): %1 "
              "internet-facing now, %2 not decided; "
              "after this change: %3 internet-facing, %4 open only to sources within the limit, "
              "%5 blocked, %6 not decided.")
        .arg(exposedNow)
        .arg(undecidedNow)
        .arg(exposedAfter)
        .arg(restrictedAfter)
        .arg(blockedAfter)
        .arg(undecidedAfter);
}

void PathChangesView::showMessage(const QString &message)
{
    clear();
    m_summary.clear();
    m_stillExposed = m_stillUndecided = 0;
    auto *item = new QTreeWidgetItem(this);
    item->setText(EntryColumn, message);
    item->setFirstColumnSpanned(true);
    item->setFlags(Qt::ItemIsEnabled);
    setAccessibleDescription(message);
}

} // namespace nsg::ui
