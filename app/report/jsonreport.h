// SPDX-License-Identifier: MIT
#pragma once

#include "report/auditreport.h"

#include <QIODevice>

namespace nsg {

// The --json document (schema in README.md). Streams one NSG at a time, so a report on
// 100,000 NSGs never exists as one tree in memory.
class JsonReport final
{
public:
    bool write(const AuditReport &report, QIODevice *out);
    QString errorString() const { return m_error; }

private:
    QString m_error;
};

} // namespace nsg
