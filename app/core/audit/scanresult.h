// SPDX-License-Identifier: MIT
#pragma once

#include "finding.h"
#include "portpolicy.h"

#include "model/networksecuritygroup.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace nsg {

// A scope that could not be read: a file, a subscription, a tenant. Never dropped: it is
// counted and reported next to the NSGs.
struct ScanError
{
    QString scope; // file path, /subscriptions/…, or tenant id
    int httpStatus = 0; // 0 when not an HTTP failure
    QString code; // InvalidJson, AuthorizationFailed, …
    QString message;
    QString requestId;
};

struct NsgResult
{
    NetworkSecurityGroup nsg;
    Finding finding;
};

struct ScanResult
{
    EvaluationOptions options;
    QDateTime scannedAt;
    QStringList inputs; // files or scopes scanned
    std::vector<NsgResult> nsgs;
    QList<ScanError> errors;
    QStringList warnings;

    int count(Verdict v) const
    {
        int n = 0;
        for (const NsgResult &r : nsgs)
            n += r.finding.verdict == v;
        return n;
    }
};

} // namespace nsg
