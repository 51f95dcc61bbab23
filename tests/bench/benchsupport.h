// SPDX-License-Identifier: MIT
#pragma once

#include <nlohmann/json.hpp>

#include <QProcess>
#include <QStringList>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <sched.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace nsg::bench {

struct ChildRun
{
    double peakRssMb = -1;
    double seconds = -1;
};

// Runs the CLI (NSG_AUDITOR_BIN) with these arguments as a child and measures its wall time and
// peak RSS (wait4); exits the bench when the child fails. oneCore pins it to the first CPU. Fork
// while this process is small: a forked child's peak RSS includes its parent's pages until it
// execs.
inline ChildRun runCli(const QStringList &arguments, bool oneCore = false)
{
    std::vector<QByteArray> bytes;
    for (const QString &a : arguments)
        bytes.push_back(a.toLocal8Bit());
    std::vector<char *> argv{const_cast<char *>(NSG_AUDITOR_BIN)};
    for (QByteArray &b : bytes)
        argv.push_back(b.data());
    argv.push_back(nullptr);
    const auto start = std::chrono::steady_clock::now();
    const pid_t pid = fork();
    if (pid == 0) {
        if (oneCore) {
            cpu_set_t set;
            CPU_ZERO(&set);
            CPU_SET(0, &set);
            sched_setaffinity(0, sizeof(set), &set);
        }
        execv(NSG_AUDITOR_BIN, argv.data());
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        std::fprintf(stderr, "nsg-auditor %s exited with status %d\n",
                     qPrintable(arguments.join(QLatin1Char(' '))), status);
        std::exit(1);
    }
    return {double(usage.ru_maxrss) / 1024.0,
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count()};
}

// Starts `nsg-auditor sandbox ARGS` in `process` and returns its URL (its first line).
inline QString startSandbox(QProcess &process, const QStringList &arguments)
{
    process.start(QStringLiteral(NSG_AUDITOR_BIN),
                  QStringList{QStringLiteral("sandbox")} + arguments);
    process.waitForStarted();
    while (!process.canReadLine() && process.state() == QProcess::Running)
        process.waitForReadyRead(50);
    return QString::fromUtf8(process.readLine()).trimmed();
}

// A sandbox serving a generated estate (--generate SPEC) that approves every sign-in at once.
inline QString startGeneratedSandbox(QProcess &process, const char *spec)
{
    return startSandbox(process,
                        {QStringLiteral("--generate"), QString::fromLatin1(spec),
                         QStringLiteral("--auto-approve"), QStringLiteral("0"),
                         QStringLiteral("--poll-interval"), QStringLiteral("1")});
}

// What `scan --sandbox-url URL --via VIA --stats` says about itself (its 'stats' line).
struct LiveScanStats
{
    double wall = -1, scan = -1, rss = -1;
    int requests = -1, retries = -1, nsgs = -1, errors = -1;
    nlohmann::json paths; // per path: subscriptions, nsgs, requests, seconds, nsgs_per_s
};

inline LiveScanStats scanSandbox(const QString &url, const char *via, const QStringList &more = {})
{
    QProcess p;
    // Without the audit history: bench_history measures saving a snapshot, which at 100,000 NSGs
    // costs more memory than the scan itself.
    p.start(QStringLiteral(NSG_AUDITOR_BIN),
            QStringList{QStringLiteral("scan"), QStringLiteral("--sandbox-url"), url,
                        QStringLiteral("--via"), QString::fromLatin1(via),
                        QStringLiteral("--stats"), QStringLiteral("-q"), QStringLiteral("--json"),
                        QStringLiteral("/dev/null"), QStringLiteral("--no-history")}
                + more);
    LiveScanStats s;
    if (!p.waitForFinished(300000) || p.exitCode() != 0) {
        std::fprintf(stderr, "scan --via %s failed: %s\n", via,
                     p.readAllStandardError().constData());
        return s;
    }
    for (const QByteArray &line : p.readAllStandardError().split('\n')) {
        if (!line.startsWith("stats "))
            continue;
        const nlohmann::json j = nlohmann::json::parse(line.mid(6).toStdString());
        s.wall = j["wall_s"];
        s.scan = j["scan_s"];
        s.rss = j["peak_rss_mb"];
        s.requests = j["requests"];
        s.retries = j["retries"];
        s.nsgs = j["nsgs"];
        s.errors = j["errors"];
        s.paths = j.value("paths", nlohmann::json::object());
    }
    return s;
}

// One figure against its target, as one line that `./dev bench` collects into its table:
//   target NAME VALUE OP LIMIT UNIT ok|MISS
// Returns whether the target is met.
inline bool target(const char *name, double value, const char *op, double limit, const char *unit)
{
    bool ok = false;
    if (std::strcmp(op, "<") == 0)
        ok = value < limit;
    else if (std::strcmp(op, "<=") == 0)
        ok = value <= limit;
    else if (std::strcmp(op, ">=") == 0)
        ok = value >= limit;
    else if (std::strcmp(op, "==") == 0)
        ok = value == limit;
    std::printf("target %s %.6g %s %.6g %s %s\n", name, value, op, limit, unit, ok ? "ok" : "MISS");
    return ok;
}

} // namespace nsg::bench
