// SPDX-License-Identifier: MIT
// Exposure engine and reader figures on a seeded synthetic estate (100,000 NSGs x 20 rules,
// 5 % open on TCP/25). Prints a readable table and, last, one JSON line.
#include "benchsupport.h"

#include "core/audit/exposureevaluator.h"
#include "core/input/nsgreader.h"
#include "sandbox/synthetic/syntheticestate.h"

#include <QFile>
#include <QTemporaryDir>
#include <QThread>

#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdio>
#include <malloc.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace nsg;
using Clock = std::chrono::steady_clock;

namespace {

constexpr quint64 kSeed = 25;
constexpr int kNsgs = 100000;
constexpr int kRules = 20;
constexpr int kFileNsgs = 10000;
constexpr int kSubscriptionSize = 100;

double seconds(Clock::time_point since)
{
    return std::chrono::duration<double>(Clock::now() - since).count();
}

size_t heapInUse()
{
    return mallinfo2().uordblks;
}

double peakRssMb(int who)
{
    rusage usage{};
    getrusage(who, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

// Writes count NSGs as `az network nsg list -o json` would (an indented array) or compact.
std::string estateJson(SyntheticEstate &estate, int first, int count, int indent,
                       std::vector<bool> *truth)
{
    std::string out = "[";
    for (int i = first; i < first + count; ++i) {
        if (i > first)
            out += ',';
        if (indent > 0)
            out += "\n  ";
        const QString sub = SyntheticEstate::subscriptionIdFor(kSeed, i / kSubscriptionSize);
        const SyntheticEstate::Nsg nsg =
            estate.appendNsg(out, sub, i % kSubscriptionSize, kRules, 0.05, indent, 1);
        if (truth)
            truth->push_back(nsg.exposed);
    }
    out += indent > 0 ? "\n]\n" : "]";
    return out;
}

} // namespace

int main()
{
    // 1. The 10,000-NSG export (az network nsg list shape, indented as az prints it) and the
    //    whole offline scan of it as a user runs it. The scan runs first, while this process is
    //    small: a forked child's peak RSS includes its parent's pages until it execs.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("export-10k.json"));
    qint64 fileSize = 0;
    {
        SyntheticEstate fileEstate(kSeed + 1, SyntheticEstate::Shape::AzCli);
        const std::string text = estateJson(fileEstate, 0, kFileNsgs, 2, nullptr);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly)
            || f.write(text.data(), qint64(text.size())) != qint64(text.size())) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
            return 1;
        }
        fileSize = qint64(text.size());
    }
    malloc_trim(0);
    const auto [scanRss, scanSeconds] = nsg::bench::runCli(
        {QStringLiteral("scan"), QStringLiteral("--input"), path, QStringLiteral("--json"),
         QStringLiteral("/dev/null"), QStringLiteral("--no-history"), QStringLiteral("--quiet")});

    // 2. Reading that file through our reader (its fast path, and the nlohmann path every
    //    input took before), against plain nlohmann::json::parse of the same bytes.
    auto bestRead = [&](bool fast) {
        double best = 1e9;
        for (int run = 0; run < 3; ++run) {
            qint64 count = 0;
            const Clock::time_point start = Clock::now();
            NsgReader reader([&count](NetworkSecurityGroup &&) { ++count; });
            reader.setFastPath(fast);
            reader.readFile(path);
            best = std::min(best, seconds(start));
            if (count != kFileNsgs || !reader.errors().isEmpty()) {
                std::fprintf(stderr, "read %lld NSGs\n", static_cast<long long>(count));
                std::exit(1);
            }
        }
        return best;
    };
    const double readerBest = bestRead(true);
    const double slowPathBest = bestRead(false);
    double nlohmannBest = 1e9;
    {
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        const QByteArray bytes = f.readAll();
        for (int run = 0; run < 2; ++run) {
            const Clock::time_point start = Clock::now();
            nlohmann::json dom =
                nlohmann::json::parse(bytes.constData(), bytes.constData() + bytes.size());
            nlohmannBest = std::min(nlohmannBest, seconds(start));
            if (dom.size() != size_t(kFileNsgs))
                return 1;
        }
    }
    malloc_trim(0);
    const double mb = double(fileSize) / 1e6;
    const double parseMbPerS = mb / readerBest;
    const double slowPathMbPerS = mb / slowPathBest;
    const double nlohmannMbPerS = mb / nlohmannBest;

    // 3. The model: 100,000 NSGs read through the real reader.
    SyntheticEstate estate(kSeed);
    std::vector<bool> truth;
    truth.reserve(kNsgs);
    std::vector<NetworkSecurityGroup> nsgs;
    nsgs.reserve(kNsgs);
    const size_t heapBefore = heapInUse();
    double buildSeconds = 0;
    size_t modelBytesRead = 0;
    for (int first = 0; first < kNsgs; first += 1000) {
        const std::string chunk = estateJson(estate, first, 1000, 0, &truth);
        const Clock::time_point start = Clock::now();
        NsgReader reader([&nsgs](NetworkSecurityGroup &&n) { nsgs.push_back(std::move(n)); });
        reader.readBytes(QByteArrayView(chunk.data(), qsizetype(chunk.size())),
                         QStringLiteral("estate"));
        buildSeconds += seconds(start);
        modelBytesRead += chunk.size();
        if (!reader.errors().isEmpty()) {
            std::fprintf(stderr, "reader error: %s\n",
                         qPrintable(reader.errors().front().toString()));
            return 1;
        }
    }
    const double bytesPerNsg = double(heapInUse() - heapBefore) / double(nsgs.size());

    // 4. Evaluation only (rules already parsed): one thread, then every core.
    const EvaluationOptions options;
    int exposed = 0, mismatches = 0;
    {
        const std::vector<Finding> all = ExposureEvaluator::evaluateAll(nsgs, options);
        for (size_t i = 0; i < nsgs.size(); ++i) {
            const bool isExposed = all[i].verdict == Verdict::Exposed;
            exposed += isExposed;
            mismatches += isExposed != truth[i];
        }
    }
    const int passes = 5;
    int checksum = 0;
    ExposureEvaluator evaluator(options);
    Clock::time_point start = Clock::now();
    for (int p = 0; p < passes; ++p) {
        evaluator.evaluateRange(nsgs, 0, nsgs.size(),
                                [&checksum](size_t, Finding &&f) { checksum += int(f.verdict); });
    }
    const double oneThread = double(passes) * double(nsgs.size()) / seconds(start);
    start = Clock::now();
    for (int p = 0; p < passes; ++p) {
        for (const Finding &f : ExposureEvaluator::evaluateAll(nsgs, options))
            checksum += int(f.verdict);
    }
    const double allCores = double(passes) * double(nsgs.size()) / seconds(start);
    const int cores = QThread::idealThreadCount();
    // Other catalog policies, one thread: a service with two TCP ports, one on TCP and UDP, and
    // every port of both (one evaluation per stretch of ports the rules treat alike).
    auto policyRate = [&](const char *name) {
        EvaluationOptions other = options;
        other.policy = *PortPolicy::fromName(QString::fromLatin1(name));
        ExposureEvaluator e(other);
        const Clock::time_point t = Clock::now();
        e.evaluateRange(nsgs, 0, nsgs.size(),
                        [&checksum](size_t, Finding &&f) { checksum += int(f.verdict); });
        return double(nsgs.size()) / seconds(t);
    };
    const double mysqlRate = policyRate("mysql");
    const double dnsRate = policyRate("dns");
    const double allPortsRate = policyRate("all-ports");

    std::printf("NSGs in the model           %d x %d rules (%d exposed by construction)\n", kNsgs,
                kRules, int(std::count(truth.begin(), truth.end(), true)));
    std::printf("verdicts vs construction    %d exposed, %d mismatches\n", exposed, mismatches);
    std::printf("evaluation, 1 thread        %.0f NSGs/s\n", oneThread);
    std::printf("evaluation, %d threads       %.0f NSGs/s (target >= 3,500,000)\n", cores,
                allCores);
    std::printf("policy MySQL (TCP 3306, 4333), 1 thread   %.0f NSGs/s\n", mysqlRate);
    std::printf("policy DNS (TCP+UDP 53), 1 thread          %.0f NSGs/s\n", dnsRate);
    std::printf("policy All ports (TCP+UDP), 1 thread       %.0f NSGs/s\n", allPortsRate);
    std::printf("model memory                %.0f bytes per NSG (target <= 1,500)\n", bytesPerNsg);
    std::printf("model build (compact JSON)  %.1f MB/s\n",
                double(modelBytesRead) / 1e6 / buildSeconds);
    std::printf("reader, 10k-NSG file        %.1f MB in %.2f s = %.1f MB/s\n", mb, readerBest,
                parseMbPerS);
    std::printf("reader without its fast path %.1f MB/s (the nlohmann path)\n", slowPathMbPerS);
    std::printf("nlohmann::json::parse       %.1f MB/s (reader/nlohmann = %.2f; target >= 1.5)\n",
                nlohmannMbPerS, parseMbPerS / nlohmannMbPerS);
    std::printf("scan of the 10k-NSG export  %.2f s, peak RSS %.1f MiB (target < 250)\n",
                scanSeconds, scanRss);
    std::printf("bench peak RSS              %.1f MiB\n", peakRssMb(RUSAGE_SELF));
    using nsg::bench::target;
    target("evaluation_nsgs_per_s", allCores, ">=", 3500000, "NSGs/s");
    target("model_bytes_per_nsg", bytesPerNsg, "<=", 1500, "bytes");
    target("reader_vs_nlohmann_parse", parseMbPerS / nlohmannMbPerS, ">=", 1.5, "x");
    target("scan_10k_file_peak_rss", scanRss, "<", 250, "MiB");
    std::printf("{\"nsgs_per_s\": %.0f, \"nsgs_per_s_1_thread\": %.0f, \"threads\": %d, "
                "\"parse_mb_per_s\": %.1f, \"slow_path_mb_per_s\": %.1f, "
                "\"nlohmann_parse_mb_per_s\": %.1f, "
                "\"bytes_per_nsg\": %.0f, \"peak_rss_mb\": %.1f, \"scan_10k_file_mb\": %.1f, "
                "\"scan_10k_peak_rss_mb\": %.1f, \"scan_10k_s\": %.2f, \"mismatches\": %d, "
                "\"mysql_nsgs_per_s\": %.0f, \"dns_nsgs_per_s\": %.0f, "
                "\"all_ports_nsgs_per_s\": %.0f, \"checksum\": %d}\n",
                allCores, oneThread, cores, parseMbPerS, slowPathMbPerS, nlohmannMbPerS,
                bytesPerNsg, peakRssMb(RUSAGE_SELF), mb, scanRss, scanSeconds, mismatches,
                mysqlRate, dnsRate, allPortsRate, checksum);
    return mismatches == 0 ? 0 : 1;
}
