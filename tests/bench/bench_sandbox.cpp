// SPDX-License-Identifier: MIT
// How fast the sandbox starts (demo tenant, and a generated 100,000-NSG estate) and how fast it
// serves NSG pages. Prints a table and, last, one JSON line.
#include "benchsupport.h"
#include "httpprobe.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>

#include <cstdio>

namespace {

struct Started
{
    double seconds = -1;
    double vmHwmMb = -1;
    QString url;
};

// Starts `nsg-auditor sandbox args`, waits for the URL line; the process is left running.
Started start(QProcess &process, const QStringList &args)
{
    Started s;
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral(NSG_AUDITOR_BIN), QStringList{QStringLiteral("sandbox")} + args);
    process.waitForStarted();
    while (!process.canReadLine() && process.state() == QProcess::Running)
        process.waitForReadyRead(50);
    s.seconds = timer.elapsed() / 1000.0;
    s.url = QString::fromUtf8(process.readLine()).trimmed();
    return s;
}

double vmHwmMb(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QProcess demo;
    const Started demoStart = start(demo, {QStringLiteral("--auto-approve"), QStringLiteral("0")});
    if (!demoStart.url.startsWith(QLatin1String("http://"))) {
        std::fprintf(stderr, "the demo sandbox did not start\n");
        return 1;
    }
    demo.kill();
    demo.waitForFinished();

    QProcess big;
    const Started bigStart =
        start(big,
              {QStringLiteral("--generate"),
               QStringLiteral("tenants=2,subs=1000,nsgs=100,rules=20,exposed=0.05,seed=9"),
               QStringLiteral("--auto-approve"), QStringLiteral("0"), QStringLiteral("--page-size"),
               QStringLiteral("100")});
    nsg::test::HttpProbe http(bigStart.url);
    http.signIn();
    const nlohmann::json subs =
        http.get(QStringLiteral("/subscriptions?api-version=2022-12-01")).json();
    QElapsedTimer timer;
    timer.start();
    qint64 bytes = 0;
    int pages = 0, nsgs = 0;
    for (int i = 0; i < 20 && i < int(subs["value"].size()); ++i) {
        const auto r =
            http.get(QStringLiteral("/subscriptions/%1/providers/Microsoft.Network/"
                                    "networkSecurityGroups?api-version=2025-05-01")
                         .arg(QString::fromStdString(subs["value"][size_t(i)]["subscriptionId"])));
        bytes += r.body.size();
        nsgs += int(r.json()["value"].size());
        ++pages;
    }
    const double serveSeconds = timer.elapsed() / 1000.0;
    const double rss = vmHwmMb(big.processId());
    big.kill();
    big.waitForFinished();

    std::printf("demo tenant: URL printed after     %.3f s (target < 1 s)\n", demoStart.seconds);
    nsg::bench::target("sandbox_demo_start", demoStart.seconds, "<", 1, "s");
    std::printf("100,000-NSG estate: URL after       %.3f s\n", bigStart.seconds);
    std::printf("serving 20 NSG pages (%d NSGs)      %.2f s, %.1f MB/s, %.0f NSGs/s\n", nsgs,
                serveSeconds, bytes / 1e6 / serveSeconds, nsgs / serveSeconds);
    std::printf("sandbox peak RSS (100,000 NSGs)     %.1f MiB\n", rss);
    std::printf(
        "{\"demo_start_s\": %.3f, \"generated_100k_start_s\": %.3f, \"serve_nsgs_per_s\": %.0f, "
        "\"serve_mb_per_s\": %.1f, \"sandbox_peak_rss_mb\": %.1f}\n",
        demoStart.seconds, bigStart.seconds, nsgs / serveSeconds, bytes / 1e6 / serveSeconds, rss);
    return nsgs == 2000 ? 0 : 1;
}
