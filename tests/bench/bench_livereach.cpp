// SPDX-License-Identifier: MIT
// What following the paths from the Internet adds to a live scan through Resource Graph: the same
// generated estate (200 subscriptions × 100 NSGs × 20 rules, two tenants; with its network: about
// 40,000 NICs, 10,000 public IPs and 400 public load balancers) scanned with and without --nics,
// alternately, twice each; the best run of each compared — scan time (after sign-in) and the
// scanner's peak RSS. A ratio in the same run, as the machine is shared. Last line: one JSON
// object.
#include "benchsupport.h"
#include "httpprobe.h"

#include <QCoreApplication>
#include <QProcess>

#include <algorithm>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QProcess sandbox;
    const QString url = nsg::bench::startGeneratedSandbox(
        sandbox, "tenants=2,subs=200,nsgs=100,rules=20,exposed=0.05,seed=17");
    using nsg::bench::LiveScanStats;
    const QStringList nics{QStringLiteral("--nics")};
    // The first --nics scan also has the sandbox build its generated network: a warm-up.
    nsg::bench::scanSandbox(url, "graph", nics);
    LiveScanStats plain, reach;
    plain.scan = plain.rss = reach.scan = reach.rss = 1e9;
    for (int round = 0; round < 2; ++round) {
        const LiveScanStats p = nsg::bench::scanSandbox(url, "graph");
        const LiveScanStats r = nsg::bench::scanSandbox(url, "graph", nics);
        if (p.scan < 0 || r.scan < 0)
            return 1;
        plain.scan = std::min(plain.scan, p.scan);
        plain.rss = std::min(plain.rss, p.rss);
        plain.nsgs = p.nsgs;
        reach.scan = std::min(reach.scan, r.scan);
        reach.rss = std::min(reach.rss, r.rss);
        reach.nsgs = r.nsgs;
        reach.requests = r.requests;
        plain.requests = p.requests;
    }
    sandbox.kill();
    sandbox.waitForFinished();

    const double wallRatio = reach.scan / plain.scan;
    const double rssRatio = reach.rss / plain.rss;
    std::printf("estate: 2 tenants, 200 subscriptions x 100 NSGs x 20 rules = %d NSGs, with their "
                "network (about 40,000 NICs, 10,000 public IPs, 400 load balancers)\n",
                plain.nsgs);
    std::printf("                    scan s   requests  peak RSS MiB\n");
    std::printf("--via graph        %8.2f %10d %13.1f\n", plain.scan, plain.requests, plain.rss);
    std::printf("--via graph --nics %8.2f %10d %13.1f\n", reach.scan, reach.requests, reach.rss);
    std::printf("with the paths / without: scan time %.2f (target <= 1.25), peak RSS %.2f (target "
                "<= 1.30)\n",
                wallRatio, rssRatio);
    std::printf("{\"plain\": {\"scan_s\": %.3f, \"requests\": %d, \"peak_rss_mb\": %.1f}, "
                "\"nics\": {\"scan_s\": %.3f, \"requests\": %d, \"peak_rss_mb\": %.1f}, "
                "\"scan_ratio\": %.3f, \"rss_ratio\": %.3f}\n",
                plain.scan, plain.requests, plain.rss, reach.scan, reach.requests, reach.rss,
                wallRatio, rssRatio);
    using nsg::bench::target;
    target("reach_20k_graph_scan_ratio", wallRatio, "<=", 1.25, "x");
    target("reach_20k_graph_peak_rss_ratio", rssRatio, "<=", 1.30, "x");
    return plain.nsgs == 20000 && reach.nsgs == 20000 ? 0 : 1;
}
