// SPDX-License-Identifier: MIT
#pragma once

#include "report/auditreport.h"

#include <QIODevice>

namespace nsg {

// --ocsf: the findings as OCSF 1.1.0 Detection Findings (class 2004), one JSON object per line
// (JSON Lines), for SIEMs and data lakes (Microsoft Sentinel, Splunk, Amazon Security Lake). One
// event per exposed NSG and one per endpoint the Internet reaches; an accepted risk that still
// holds is status Suppressed, with its reason. Field by field in docs/ocsf.md; the test checks
// every line against the OCSF schema excerpt in tests/data/ocsf.
class OcsfReport final
{
public:
    static constexpr const char *kSchemaVersion = "1.1.0";

    bool write(const AuditReport &report, QIODevice *out);
    QString errorString() const { return m_error; }
    int eventsWritten() const { return m_events; }

private:
    QString m_error;
    int m_events = 0;
};

} // namespace nsg
