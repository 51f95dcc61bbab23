// SPDX-License-Identifier: MIT
// Offline scans as a user runs them (`scan --input FILE --json /dev/null`, without the audit
// history, which bench_history measures):
//  - a 1 GiB `az network nsg list` export (indented as az prints it) against the same NSGs
//    written compactly (a fifth fewer bytes): time and peak RSS, and the scanner's memory must
//    follow the NSGs it holds, not the size of the file;
//  - the 100,000-NSG export (2.4 GB) on one core, against `sha256sum` of the same file and
//    against CloudSploit's openSMTP on the same file (docs/performance.md says where its figure
//    comes from).
// Last line: one JSON object.
#include "benchsupport.h"

#include "sandbox/synthetic/syntheticestate.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <unistd.h>

using namespace nsg;

namespace {

constexpr quint64 kSeed = 41;
constexpr int kRules = 20;
constexpr int kSubscriptionSize = 100;
constexpr qint64 kTargetBytes = qint64(1) << 30;
constexpr int k100k = 100000;
// CloudSploit's openSMTP plugin (aquasecurity/cloudsploit) loading this 100,000-NSG export and
// running, on one core of this machine class, where sha256sum of the same export took
// kSha256sumThen: see docs/performance.md. Machines differ (this one has run sha256sum of it in
// 6.5 to 10 s), so the figure is scaled by sha256sum's time in the same run.
constexpr double kCloudSploitSeconds = 30.0;
constexpr double kSha256sumThen = 9.94;

// Wall time of a command on a file (its output discarded); exits the bench when it fails.
double timeCommand(std::initializer_list<const char *> command, const QString &file)
{
    QStringList arguments;
    for (const char *c : command)
        arguments.append(QString::fromLatin1(c));
    const QString program = arguments.takeFirst();
    arguments.append(file);
    QProcess p;
    p.setStandardOutputFile(QProcess::nullDevice());
    const auto start = std::chrono::steady_clock::now();
    p.start(program, arguments);
    if (!p.waitForFinished(300000) || p.exitCode() != 0) {
        std::fprintf(stderr, "%s failed\n", qPrintable(program));
        std::exit(1);
    }
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// Writes NSGs until the file reaches `bytes` (indented) or `nsgs` NSGs, whichever is given;
// returns how many NSGs went in. Written in pieces: this process stays small.
int writeExport(const QString &path, int indent, qint64 bytes, int nsgs, qint64 *size)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return -1;
    SyntheticEstate estate(kSeed, SyntheticEstate::Shape::AzCli);
    std::string out = "[";
    int i = 0;
    for (; (nsgs > 0 && i < nsgs) || (nsgs <= 0 && f.size() + qint64(out.size()) < bytes); ++i) {
        if (i > 0)
            out += ',';
        if (indent > 0)
            out += "\n  ";
        estate.appendNsg(out, SyntheticEstate::subscriptionIdFor(kSeed, i / kSubscriptionSize),
                         i % kSubscriptionSize, kRules, 0.05, indent, 1);
        if (out.size() > (8 << 20)) {
            f.write(out.data(), qint64(out.size()));
            out.clear();
        }
    }
    out += indent > 0 ? "\n]\n" : "]";
    f.write(out.data(), qint64(out.size()));
    // On the disk before it is timed: a scan that starts while gigabytes are still being written
    // back shares its core with the kernel's writeback.
    f.flush();
    ::fsync(f.handle());
    *size = f.size();
    return i;
}

} // namespace

int main(int argc, char *argv[])
{
    QTemporaryDir dir;
    // `bench_offline --keep DIR`: only write the exports, into DIR (to profile a scan of them).
    const bool keep = argc == 3 && std::strcmp(argv[1], "--keep") == 0;
    const QString where = keep ? QString::fromLocal8Bit(argv[2]) : dir.path();
    const QString big = where + QLatin1String("/export-1gib.json");
    const QString compact = where + QLatin1String("/export-compact.json");
    qint64 bigSize = 0, compactSize = 0;
    const int nsgs = writeExport(big, 2, kTargetBytes, 0, &bigSize);
    if (nsgs <= 0 || writeExport(compact, 0, 0, nsgs, &compactSize) != nsgs) {
        std::fprintf(stderr, "cannot write the exports in %s\n", qPrintable(where));
        return 1;
    }
    if (keep) {
        qint64 size = 0;
        return writeExport(where + QLatin1String("/export-100k.json"), 2, 0, k100k, &size) == k100k
            ? 0
            : 1;
    }
    auto scanFile = [](const QString &file) {
        return bench::runCli({QStringLiteral("scan"), QStringLiteral("--input"), file,
                              QStringLiteral("--json"), QStringLiteral("/dev/null"),
                              QStringLiteral("--no-history"), QStringLiteral("-q")});
    };
    const bench::ChildRun bigRun = scanFile(big);
    const bench::ChildRun compactRun = scanFile(compact);
    QFile::remove(compact);

    // The 100,000-NSG export, one core, and sha256sum of it (one core too).
    const QString hundredK = where + QLatin1String("/export-100k.json");
    qint64 hundredKSize = 0;
    if (writeExport(hundredK, 2, 0, k100k, &hundredKSize) != k100k) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(hundredK));
        return 1;
    }
    // The CSV report: one row per NSG, the nearest thing to CloudSploit's per-resource output.
    const bench::ChildRun hundredKRun = bench::runCli(
        {QStringLiteral("scan"), QStringLiteral("--input"), hundredK, QStringLiteral("--csv"),
         QStringLiteral("/dev/null"), QStringLiteral("--no-history"), QStringLiteral("-q")},
        true);
    const double sha256sumSeconds =
        std::min(timeCommand({"taskset", "-c", "0", "sha256sum"}, hundredK),
                 timeCommand({"taskset", "-c", "0", "sha256sum"}, hundredK));
    const double cloudSploitHere = kCloudSploitSeconds * sha256sumSeconds / kSha256sumThen;
    QFile::remove(hundredK);

    const double mib = 1024.0 * 1024.0;
    std::printf("%d NSGs x %d rules\n", nsgs, kRules);
    std::printf("%-26s %10s %8s %14s\n", "export", "file MiB", "wall s", "peak RSS MiB");
    std::printf("%-26s %10.1f %8.2f %14.1f\n", "indented (az)", double(bigSize) / mib,
                bigRun.seconds, bigRun.peakRssMb);
    std::printf("%-26s %10.1f %8.2f %14.1f\n", "compact", double(compactSize) / mib,
                compactRun.seconds, compactRun.peakRssMb);
    std::printf("%-26s %10.1f %8.2f %14.1f\n", "100,000 NSGs (az), 1 core",
                double(hundredKSize) / mib, hundredKRun.seconds, hundredKRun.peakRssMb);
    std::printf("sha256sum of the 100,000-NSG export, 1 core: %.2f s (best of 2); CloudSploit "
                "openSMTP: %.0f s where sha256sum took %.2f s, so %.1f s here "
                "(docs/performance.md)\n",
                sha256sumSeconds, kCloudSploitSeconds, kSha256sumThen, cloudSploitHere);
    using bench::target;
    target("offline_1gib_file_size", double(bigSize) / mib, ">=", 1024, "MiB");
    bool ok = target("offline_1gib_scan_wall", bigRun.seconds, "<", 6, "s");
    ok &= target("offline_1gib_peak_rss", bigRun.peakRssMb, "<", 200, "MiB");
    ok &= target("offline_1gib_peak_rss_vs_file", bigRun.peakRssMb / (double(bigSize) / mib), "<",
                 0.25, "x");
    // The same NSGs in a smaller file: the same memory, give or take 10 %.
    ok &= target("offline_1gib_peak_rss_vs_compact_same_nsgs",
                 bigRun.peakRssMb / compactRun.peakRssMb, "<=", 1.1, "x");
    ok &= target("offline_100k_vs_cloudsploit_one_core", cloudSploitHere / hundredKRun.seconds,
                 ">=", 2, "x");
    std::printf("{\"nsgs\": %d, \"file_mb\": %.1f, \"scan_s\": %.2f, \"peak_rss_mb\": %.1f, "
                "\"compact_file_mb\": %.1f, \"compact_scan_s\": %.2f, \"compact_peak_rss_mb\": "
                "%.1f, \"mb_per_s\": %.1f, \"scan_100k_one_core_s\": %.2f, "
                "\"scan_100k_peak_rss_mb\": %.1f, \"file_100k_mb\": %.1f, \"sha256sum_100k_s\": "
                "%.2f, \"cloudsploit_scaled_s\": %.2f}\n",
                nsgs, double(bigSize) / mib, bigRun.seconds, bigRun.peakRssMb,
                double(compactSize) / mib, compactRun.seconds, compactRun.peakRssMb,
                double(bigSize) / mib / bigRun.seconds, hundredKRun.seconds, hundredKRun.peakRssMb,
                double(hundredKSize) / mib, sha256sumSeconds, cloudSploitHere);
    return ok ? 0 : 1;
}
