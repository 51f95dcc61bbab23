// SPDX-License-Identifier: MIT
#include "workspace/reportassembly.h"

#include "azure/changejournal.h"

#include "core/audit/suppression.h"

#include <QSet>

namespace nsg::workspace {

using namespace nsg::azure;

bool ReportAssembly::applySuppressions(ScanResult &scan, const QString &path, QString *error)
{
    const std::optional<SuppressionSet> set = SuppressionSet::load(path, error);
    if (!set)
        return false;
    scan.applySuppressions(*set, QDate::currentDate());
    return true;
}

QList<ReportChange> ReportAssembly::changesTo(const ChangeJournal &journal, const ScanResult &scan)
{
    QSet<QString> ids;
    for (const NsgResult &r : scan.nsgs)
        ids.insert(r.nsg.id().toLower());
    QList<ReportChange> out;
    for (const JournalChange &c : journal.changesTo(ids))
        out.append({c.id, c.created, JournalChange::statusName(c.status), c.fix, c.ruleId,
                    c.account, c.message});
    return out;
}

AuditReport ReportAssembly::assemble(ScanResult scan, const ReportSources &sources,
                                     QStringList *warnings)
{
    AuditReport report = AuditReport::fromScan(std::move(scan));
    report.account = sources.account;
    if (report.scan.suppressionsApplied) {
        report.suppressionsFile = sources.suppressionsFile;
        report.suppressionsName = sources.suppressionsName;
    }
    if (!sources.journalPath.isEmpty()) {
        ChangeJournal journal(sources.journalPath);
        QString error;
        if (journal.load(&error))
            report.changes = changesTo(journal, report.scan);
        else if (warnings)
            warnings->append(error);
    }
    return report;
}

} // namespace nsg::workspace
