// SPDX-License-Identifier: MIT
// The audit history at 100,000 NSGs (issue figures): the first snapshot saved (time, bytes),
// a second with 1 % of the NSGs changed (time, bytes added), two 100,000-NSG snapshots compared,
// and History → Compare audits… opened on them (until the tree shows the comparison).
#include "benchsupport.h"
#include "nsgtestdata.h"

#include "core/audit/exposureevaluator.h"
#include "core/history/snapshot.h"
#include "core/history/snapshotdiff.h"
#include "core/input/nsgwriter.h"
#include "core/input/offlinescan.h"
#include "history/historystore.h"
#include "report/auditreport.h"
#include "ui/widgets/comparedialog.h"
#include "workspace/audithistory.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>

#include <cstdio>

using namespace nsg;
using namespace nsg::history;

namespace {

constexpr int kRules = 20;

// The same NSG with its first custom rule's priority moved: a change of its rules.
NetworkSecurityGroup changed(const NetworkSecurityGroup &nsg, const EvaluationOptions &options)
{
    nlohmann::json j = NsgWriter::toJson(nsg);
    auto &rules = j["properties"]["securityRules"];
    if (!rules.empty())
        rules[0]["properties"]["priority"] = rules[0]["properties"]["priority"].get<int>() + 1;
    else
        j["etag"] = "W/\"changed\"";
    const std::string text = nlohmann::json::array({j}).dump();
    OfflineScan scan(options);
    scan.addBytes(QByteArrayView(text.data(), qsizetype(text.size())), QStringLiteral("changed"));
    return scan.takeResult().nsgs.front().nsg;
}

double mib(qint64 bytes)
{
    return double(bytes) / 1048576.0;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    // The scale; BENCH_HISTORY_NSGS=N for a quicker look (profiling).
    const int kNsgs = qEnvironmentVariableIsSet("BENCH_HISTORY_NSGS")
        ? qEnvironmentVariableIntValue("BENCH_HISTORY_NSGS")
        : 100000;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));

    // 100,000 synthetic NSGs, 20 rules each, about 10 % exposed, as a scan of an export.
    std::string bytes = test::syntheticExport(11, kNsgs, kRules, 0.1);
    OfflineScan scan;
    scan.addBytes(QByteArrayView(bytes.data(), qsizetype(bytes.size())), QStringLiteral("estate"));
    bytes.clear();
    bytes.shrink_to_fit();
    AuditReport report = AuditReport::fromScan(scan.takeResult());
    std::printf("estate: %zu NSGs, %d rules each\n", report.scan.nsgs.size(), kRules);

    HistoryStore store;
    if (!store.open(path)) {
        std::fprintf(stderr, "%s\n", qPrintable(store.errorString()));
        return 1;
    }
    const QDateTime t0 = QDateTime::currentDateTimeUtc().addDays(-30);

    // Saving includes making the snapshot of the scan (each NSG's digest, fingerprint, …).
    QElapsedTimer timer;
    timer.start();
    const std::optional<qint64> first =
        store.save(workspace::AuditHistory::snapshotOf(report, QString(), t0));
    const double firstS = timer.elapsed() / 1000.0;
    std::printf("first snapshot saved in %.2f s\n", firstS);
    const double firstMb = mib(store.fileSize());
    if (!first)
        return 2;

    // 1 % of the NSGs change their rules; the rest are as they were.
    ExposureEvaluator evaluator(report.scan.options);
    for (size_t i = 0; i < report.scan.nsgs.size(); i += 100) {
        NsgResult &r = report.scan.nsgs[i];
        r.nsg = changed(r.nsg, report.scan.options);
        r.finding = evaluator.evaluate(r.nsg);
    }
    timer.restart();
    const Snapshot made = workspace::AuditHistory::snapshotOf(report, QString(), t0.addDays(30));
    const double makeS = timer.elapsed() / 1000.0;
    const std::optional<qint64> second = store.save(made);
    const double secondS = timer.elapsed() / 1000.0;
    std::printf("second snapshot: made in %.2f s, stored in %.2f s\n", makeS, secondS - makeS);
    const double secondMb = mib(store.fileSize()) - firstMb;
    if (!second)
        return 3;

    timer.restart();
    QString error;
    const std::optional<SnapshotDiff> diff =
        workspace::AuditHistory::compare(store, *first, *second, &error);
    const double compareS = timer.elapsed() / 1000.0;
    if (!diff)
        return 4;

    // The compare view: from opening until its tree shows the comparison.
    ui::CompareDialog dialog(path);
    QEventLoop loop;
    QObject::connect(&dialog, &ui::CompareDialog::compared, &loop, &QEventLoop::quit);
    timer.restart();
    dialog.show();
    dialog.reload();
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    loop.exec();
    const double viewS = timer.elapsed() / 1000.0;
    if (dialog.tree()->topLevelItemCount() == 0)
        return 5;

    std::printf("first snapshot (100k NSGs): %.2f s, %.1f MiB\n", firstS, firstMb);
    std::printf("second snapshot (1 %% changed): %.2f s, %.1f MiB added\n", secondS, secondMb);
    std::printf("compare (%d rules changed, %d still exposed): %.3f s\n",
                diff->count(NsgChange::Kind::RulesChanged) + diff->count(NsgChange::Kind::Fixed)
                    + diff->count(NsgChange::Kind::NewExposure),
                diff->count(NsgChange::Kind::StillExposed), compareS);
    std::printf("compare view opened: %.3f s\n", viewS);
    using nsg::bench::target;
    target("history_first_snapshot_100k_mb", firstMb, "<", 400, "MiB");
    target("history_snapshot_1pct_changed_s", secondS, "<", 3, "s");
    target("history_snapshot_1pct_changed_mb", secondMb, "<", 40, "MiB");
    target("history_compare_100k_s", compareS, "<", 1, "s");
    target("history_compare_view_s", viewS, "<", 1, "s");
    std::printf("{\"first_snapshot_s\": %.2f, \"first_snapshot_mb\": %.1f, "
                "\"second_snapshot_s\": %.2f, \"second_snapshot_mb\": %.1f, \"compare_s\": %.3f, "
                "\"compare_view_s\": %.3f}\n",
                firstS, firstMb, secondS, secondMb, compareS, viewS);
    return 0;
}
