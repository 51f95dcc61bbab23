// SPDX-License-Identifier: MIT
// A 1 GiB `az network nsg list` export (indented as az prints it) scanned offline as a user runs
// it, against the same NSGs written compactly (a fifth fewer bytes): the scanner's peak RSS
// must follow the NSGs it holds, not the size of the file. Last line: one JSON object.
#include "benchsupport.h"

#include "sandbox/synthetic/syntheticestate.h"

#include <QFile>
#include <QTemporaryDir>

using namespace nsg;

namespace {

constexpr quint64 kSeed = 41;
constexpr int kRules = 20;
constexpr int kSubscriptionSize = 100;
constexpr qint64 kTargetBytes = qint64(1) << 30;

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
    *size = f.size();
    return i;
}

} // namespace

int main()
{
    QTemporaryDir dir;
    const QString big = dir.filePath(QStringLiteral("export-1gib.json"));
    const QString compact = dir.filePath(QStringLiteral("export-compact.json"));
    qint64 bigSize = 0, compactSize = 0;
    const int nsgs = writeExport(big, 2, kTargetBytes, 0, &bigSize);
    if (nsgs <= 0 || writeExport(compact, 0, 0, nsgs, &compactSize) != nsgs) {
        std::fprintf(stderr, "cannot write the exports in %s\n", qPrintable(dir.path()));
        return 1;
    }
    auto scanFile = [](const QString &file) {
        return bench::runCli({QStringLiteral("scan"), QStringLiteral("--input"), file,
                              QStringLiteral("--json"), QStringLiteral("/dev/null"),
                              QStringLiteral("-q")});
    };
    const bench::ChildRun bigRun = scanFile(big);
    const bench::ChildRun compactRun = scanFile(compact);

    const double mib = 1024.0 * 1024.0;
    std::printf("%d NSGs x %d rules\n", nsgs, kRules);
    std::printf("%-22s %10s %8s %14s\n", "export", "file MiB", "wall s", "peak RSS MiB");
    std::printf("%-22s %10.1f %8.2f %14.1f\n", "indented (az)", double(bigSize) / mib,
                bigRun.seconds, bigRun.peakRssMb);
    std::printf("%-22s %10.1f %8.2f %14.1f\n", "compact", double(compactSize) / mib,
                compactRun.seconds, compactRun.peakRssMb);
    using bench::target;
    target("offline_1gib_file_size", double(bigSize) / mib, ">=", 1024, "MiB");
    target("offline_1gib_peak_rss_vs_file", bigRun.peakRssMb / (double(bigSize) / mib), "<", 0.25,
           "x");
    // The same NSGs in a smaller file: the same memory, give or take 10 %.
    const bool follows = target("offline_1gib_peak_rss_vs_compact_same_nsgs",
                                bigRun.peakRssMb / compactRun.peakRssMb, "<=", 1.1, "x");
    std::printf("{\"nsgs\": %d, \"file_mb\": %.1f, \"scan_s\": %.2f, \"peak_rss_mb\": %.1f, "
                "\"compact_file_mb\": %.1f, \"compact_scan_s\": %.2f, \"compact_peak_rss_mb\": "
                "%.1f, \"mb_per_s\": %.1f}\n",
                nsgs, double(bigSize) / mib, bigRun.seconds, bigRun.peakRssMb,
                double(compactSize) / mib, compactRun.seconds, compactRun.peakRssMb,
                double(bigSize) / mib / bigRun.seconds);
    return follows ? 0 : 1;
}
