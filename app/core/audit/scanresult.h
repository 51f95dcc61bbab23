// SPDX-License-Identifier: MIT
#pragma once

#include "core/audit/finding.h"
#include "core/audit/nicexposure.h"
#include "core/audit/portpolicy.h"
#include "core/audit/reachability.h"
#include "core/audit/suppression.h"

#include "core/model/inventory.h"
#include "core/model/networksecuritygroup.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
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
    // An accepted risk for this NSG and policy (SuppressionSet::check), active or not.
    std::optional<AcceptedRisk> risk;

    // Exposed, but accepted as a risk that still holds: shown and counted apart.
    bool isAccepted() const
    {
        return risk && risk->state == AcceptedRisk::State::Active
            && finding.verdict == Verdict::Exposed;
    }
};

// A network interface with what reaches it through its subnet's NSG and its own (NIC view).
struct NicResult
{
    NetworkInterface nic;
    QStringList subnetNsgIds; // one per subnet, empty string where a subnet has none
    NicFinding finding;
};

// An input that is itself a JSON report written by NSG Auditor (scan --json, File → Export
// report): when its scan ran and under which policy. Its NSGs are evaluated again from the rules
// it carries, under the options of the scan that reads it.
struct ReportOrigin
{
    QString file;
    QString tool; // "nsg-auditor 1.4.0"
    QDateTime scannedAt;
    PortPolicy policy; // as the report names it
    // False when the report carries no rules (written before reports carried them): its NSGs
    // are unknown then, with the verdict the report gave in their reason.
    bool hasRules = true;
};

// What an offline input held when it was read: its SHA-256 (hex) and size, hashed while read.
struct InputDigest
{
    QString sha256;
    qint64 bytes = -1;
};

// How a live scan read its NSGs along one path (Resource Graph or ARM per subscription): the
// subscriptions it read, the NSGs it delivered, the requests for them (retries and pages
// included) and the time from its first request to its last answer.
struct ReadPathStats
{
    QString path; // "resourceGraph" or "arm"
    int subscriptions = 0;
    qint64 nsgs = 0;
    int requests = 0;
    double seconds = 0;

    double nsgsPerSecond() const { return seconds > 0 ? double(nsgs) / seconds : 0.0; }
};

struct ScanResult
{
    EvaluationOptions options;
    QDateTime scannedAt;
    QStringList inputs; // files or scopes scanned
    QHash<QString, InputDigest> inputDigests; // file path → what it held when read
    std::vector<NsgResult> nsgs;
    QList<ScanError> errors;
    // Scopes deliberately not scanned, with the reason (Disabled subscriptions). Not errors.
    QList<ScanError> skipped;
    std::vector<NicResult> interfaces; // NIC view only
    QStringList warnings;
    QHash<QString, QString> subscriptionNames; // id (lower case) → display name, when known
    QList<ReportOrigin> reports; // inputs that are reports (ReportOrigin)
    // From the Internet to the workloads: endpoints, NIC and NSG reachability (when the inputs
    // held NICs, public IPs or load balancers).
    ReachabilityResult reachability;
    // A live scan: what each path read (only the paths it used).
    QList<ReadPathStats> readPaths;

    // NSGs with this verdict; Exposed leaves out accepted risks (acceptedCount()).
    int count(Verdict v) const
    {
        int n = 0;
        for (const NsgResult &r : nsgs)
            n += r.finding.verdict == v && !r.isAccepted();
        return n;
    }
    int acceptedCount() const
    {
        int n = 0;
        for (const NsgResult &r : nsgs)
            n += r.isAccepted();
        return n;
    }
    // Sets each NSG's risk from the set (today: the local date).
    void applySuppressions(const SuppressionSet &set, QDate today)
    {
        for (NsgResult &r : nsgs)
            r.risk = set.check(r.nsg, r.finding, options.policy, today);
        suppressionsApplied = true;
    }
    bool suppressionsApplied = false; // whether a suppressions file was in play
};

} // namespace nsg
