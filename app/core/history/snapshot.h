// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

#include "core/model/networksecuritygroup.h"

namespace nsg {
struct ScanResult;
}

namespace nsg::history {

// An input file of an offline scan, as it was when scanned.
struct InputFile
{
    QString path;
    QString sha256; // hex, empty when the file could not be read again
    friend bool operator==(const InputFile &, const InputFile &) = default;
};

// What a snapshot covers and how it was taken (docs/history.md).
struct SnapshotInfo
{
    qint64 id = 0; // 0 until stored
    QDateTime started; // UTC
    QDateTime finished; // UTC
    QString kind; // "live" or "offline"
    QString cloud; // "AzureCloud", "sandbox", … (live)
    QString account; // who scanned (live)
    QStringList tenants;
    QStringList subscriptions;
    QList<InputFile> inputs; // offline
    QStringList unreadScopes; // "scope: code" of what the scan could not read (never green)
    QString policyId; // PortPolicy::id
    QString policyTarget; // "TCP/25"
    QString limits; // breadth limits, as text
    QString tool; // "nsg-auditor 1.x"
    int nsgCount = 0;
    int exposedCount = 0;
    int unknownCount = 0;
    int internetFacingEndpoints = 0;

    // "#12, 2026-12-07 05:20 UTC, live, 1,200 NSGs" — for lists and headings.
    QString label() const;
    // What it covered in a few words: "sandbox: 3 subscriptions", "2 files".
    QString scopeText() const;
};

// One NSG as a snapshot holds it.
struct NsgRecord
{
    QString id; // as read; compared without letter case
    QString name;
    QString resourceGroup;
    QString subscriptionId;
    QString verdict; // apiName(Verdict): "exposed", "ok", "unknown"
    QString standing; // apiName(NsgStanding), "" when paths were not read
    QStringList exposingRules; // names, in evaluation order
    QString fingerprint; // Suppression::fingerprintOf, exposed NSGs only
    QString risk; // "", "active", "expired", "rule-changed": its accepted risk then
    QByteArray contentKey; // NetworkSecurityGroup::contentDigest(): any change changes it
    QByteArray rulesKey; // rulesKeyOf(): only a change to its rules changes it
    // The NSG as read, when the record comes from a scan (null when loaded from a store): the
    // store writes its JSON and rules key only when its content is new.
    NetworkSecurityGroup nsg;

    bool isExposed() const { return verdict == QLatin1String("exposed"); }
};

// One endpoint (a public entry point to a NIC's port) and its verdict.
struct EndpointRecord
{
    QString key; // via|viaId|frontendPort|protocol|ipConfigurationId|targetPort, lower case
    QString label; // "20.1.2.3:25 → vm-mail-nic (10.0.0.4:25)"
    QString networkInterfaceId;
    QString verdict; // apiName(Verdict)

    bool isExposed() const { return verdict == QLatin1String("exposed"); }
};

struct Snapshot
{
    SnapshotInfo info;
    std::vector<NsgRecord> nsgs;
    std::vector<EndpointRecord> endpoints;
    bool pathsRead = false; // the scan read the paths from the Internet (endpoints are known)
    // Loaded for a comparison (HistoryStore::loadPair): NSGs left out because they are OK and
    // as they are in the other snapshot.
    int omittedUnchanged = 0;

    // A snapshot of a finished scan: each NSG with its verdict, standing, exposing rules,
    // fingerprint, accepted risk and content key, each endpoint with its verdict. The counts
    // of `info` are filled in; its scope and times are the caller's.
    static Snapshot fromScan(const ScanResult &scan, SnapshotInfo info);
};

// The NSG's ARM JSON as a snapshot stores it (NsgWriter: every field the engine reads), and the
// key of its rules: BLAKE2b over what each rule says, custom and default, in order — not their
// ids, etags or provisioning states, so that only a change to the rules changes it.
QByteArray storedJson(const NetworkSecurityGroup &nsg);
QByteArray rulesKeyOf(const NetworkSecurityGroup &nsg);

} // namespace nsg::history
