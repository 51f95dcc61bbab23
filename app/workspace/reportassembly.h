// SPDX-License-Identifier: MIT
#pragma once

#include "report/auditreport.h"

#include <QStringList>

namespace nsg::azure {
class ChangeJournal;
}

namespace nsg::workspace {

// What a report says besides the scan: who scanned, the accepted risks in play, and the
// journal whose changes to the reported NSGs it lists.
struct ReportSources
{
    QString account; // who scanned (empty offline)
    // The accepted risks the scan's findings were marked with (empty: none).
    QString suppressionsFile;
    // How the cover names them (the demo keeps them in a temporary folder); empty: the path.
    QString suppressionsName;
    // The change journal (empty: no changes listed).
    QString journalPath;
};

// scan + accepted risks + journal changes → AuditReport, for every front end: the command
// line's reports and the window's report dialog say the same of the same scan.
class ReportAssembly
{
public:
    // Marks the scan's findings with the accepted risks of a file. False with error when the
    // file cannot be read (the findings stay as they were).
    static bool applySuppressions(ScanResult &scan, const QString &path, QString *error);
    // warnings: what could not be added (an unreadable journal), for the caller to show.
    static AuditReport assemble(ScanResult scan, const ReportSources &sources,
                                QStringList *warnings = nullptr);
    // The journal's changes to NSGs in the scan, oldest first.
    static QList<ReportChange> changesTo(const azure::ChangeJournal &journal,
                                         const ScanResult &scan);
};

} // namespace nsg::workspace
