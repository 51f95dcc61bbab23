// SPDX-License-Identifier: MIT
// The change journal's costs: one append (written, flushed and fsynced before a PUT may go), and
// loading (hash-chain verification included) a journal of 10,000 changes with their statuses.
// Prints a table and, last, one JSON line.
#include "azure/changejournal.h"

#include <nlohmann/json.hpp>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using nsg::azure::ChangeJournal;
using nsg::azure::JournalChange;
using json = nlohmann::json;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.jsonl"));
    ChangeJournal journal(path);
    journal.load();

    // A realistic rule, before and after.
    const json before = json::parse(R"({"name": "Allow-SMTP-Internet", "etag": "W/\"1\"",
        "id": "/subscriptions/2c5a7d3b-8f4e-4b6a-c9d2-1e3f5a7b9c21/resourceGroups/rg-mail-prod/providers/Microsoft.Network/networkSecurityGroups/nsg-mx-inbound/securityRules/Allow-SMTP-Internet",
        "properties": {"protocol": "Tcp", "sourcePortRange": "*", "destinationPortRange": "25",
        "sourceAddressPrefix": "Internet", "destinationAddressPrefix": "*", "access": "Allow",
        "priority": 100, "direction": "Inbound", "sourcePortRanges": [], "destinationPortRanges": [],
        "sourceAddressPrefixes": [], "destinationAddressPrefixes": [], "description": "MX"}})");
    json after = before;
    after["properties"]["sourceAddressPrefix"] = "203.0.113.16/28";

    const int changes = 10000;
    std::vector<double> appendMs;
    appendMs.reserve(size_t(changes) * 2);
    QElapsedTimer total;
    total.start();
    for (int i = 0; i < changes; ++i) {
        JournalChange c;
        c.ruleId = QString::fromStdString(before["id"].get<std::string>());
        c.before = nsg::RuleDocument::fromJson(before);
        c.after = nsg::RuleDocument::fromJson(after);
        c.fix = QStringLiteral("restrictSource");
        QElapsedTimer t;
        t.start();
        if (!journal.recordChange(c))
            return 1;
        appendMs.push_back(t.nsecsElapsed() / 1e6);
        t.restart();
        journal.recordStatus(c.id, JournalChange::Status::Applied, QStringLiteral("verified"),
                             {QStringLiteral("01a2c9e8-7900-4924-8c9a-58bdbe123eba")});
        appendMs.push_back(t.nsecsElapsed() / 1e6);
    }
    const double writeS = total.elapsed() / 1000.0;
    std::sort(appendMs.begin(), appendMs.end());
    const double median = appendMs[appendMs.size() / 2];
    const double p99 = appendMs[appendMs.size() * 99 / 100];

    QElapsedTimer load;
    load.start();
    ChangeJournal reread(path);
    if (!reread.load() || !reread.isIntact() || reread.changes().size() != changes)
        return 2;
    const double loadMs = load.nsecsElapsed() / 1e6;
    const double sizeMb = QFileInfo(path).size() / 1048576.0;

    std::printf(
        "appends (change + status) %d in %.2f s: median %.3f ms, p99 %.3f ms (fsync each)\n",
        changes * 2, writeS, median, p99);
    std::printf("load + verify %d changes (%.1f MiB): %.0f ms\n", changes, sizeMb, loadMs);
    std::printf("{\"append_median_ms\": %.3f, \"append_p99_ms\": %.3f, \"load_10k_ms\": %.0f, "
                "\"journal_10k_mb\": %.1f}\n",
                median, p99, loadMs, sizeMb);
    return 0;
}
