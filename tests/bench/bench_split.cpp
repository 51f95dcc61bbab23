// SPDX-License-Identifier: MIT
// --via auto (Resource Graph and ARM side by side) against each path alone, with Azure's round
// trips put back into the sandbox: every ARM answer ARM_MS later, every Resource Graph page
// GRAPH_MS later (arguments; defaults 250 and 1500, the assumption docs/performance.md, "Two
// paths at once", explains). Two generated estates: 20,000 NSGs (200 subscriptions) and
// 100,000 (1,000), two tenants each; each path's scan once, in turn. Compared: scan time after
// sign-in (the path decides nothing before it), peak RSS, requests. Last line: one JSON object.
#include "benchsupport.h"

#include <QCoreApplication>
#include <QProcess>

#include <algorithm>
#include <cstdio>

namespace {

struct Estate
{
    nsg::bench::LiveScanStats arm, graph, automatic;
};

Estate scanEstate(const char *spec, int armMs, int graphMs)
{
    QProcess sandbox;
    const QString url = nsg::bench::startSandbox(
        sandbox,
        {QStringLiteral("--generate"), QString::fromLatin1(spec), QStringLiteral("--auto-approve"),
         QStringLiteral("0"), QStringLiteral("--poll-interval"), QStringLiteral("1"),
         QStringLiteral("--faults"),
         QStringLiteral("arm-latency=%1,graph-latency=%2").arg(armMs).arg(graphMs)});
    Estate e;
    e.arm = nsg::bench::scanSandbox(url, "arm");
    e.graph = nsg::bench::scanSandbox(url, "graph");
    e.automatic = nsg::bench::scanSandbox(url, "auto");
    sandbox.kill();
    sandbox.waitForFinished();
    return e;
}

void print(const char *name, const Estate &e)
{
    std::printf("%s                NSGs   scan s   wall s  requests  peak RSS MiB\n", name);
    auto row = [](const char *via, const nsg::bench::LiveScanStats &s) {
        std::printf("  --via %-6s %10d %8.2f %8.2f %9d %13.1f   %s\n", via, s.nsgs, s.scan, s.wall,
                    s.requests, s.rss, s.paths.dump().c_str());
    };
    row("arm", e.arm);
    row("graph", e.graph);
    row("auto", e.automatic);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int armMs = argc > 1 ? std::atoi(argv[1]) : 250;
    const int graphMs = argc > 2 ? std::atoi(argv[2]) : 1500;
    std::printf("latency: ARM %d ms per answer, Resource Graph %d ms per page\n", armMs, graphMs);

    const Estate small =
        scanEstate("tenants=2,subs=200,nsgs=100,rules=20,exposed=0.05,seed=17", armMs, graphMs);
    print("20,000 NSGs ", small);
    const Estate large =
        scanEstate("tenants=2,subs=1000,nsgs=100,rules=20,exposed=0.05,seed=17", armMs, graphMs);
    print("100,000 NSGs", large);

    const double fasterLarge = std::min(large.arm.scan, large.graph.scan);
    const double vsFaster = large.automatic.scan / fasterLarge;
    const double requestsVsArm = double(large.automatic.requests) / large.arm.requests;
    const double smallVsArm = small.automatic.scan / small.arm.scan;
    const double smallVsGraph = small.automatic.scan / small.graph.scan;
    using nsg::bench::target;
    bool ok = target("split_20k_nsgs", small.automatic.nsgs, "==", 20000, "NSGs");
    ok &= target("split_100k_nsgs", large.automatic.nsgs, "==", 100000, "NSGs");
    ok &= small.arm.nsgs == 20000 && small.graph.nsgs == 20000 && large.arm.nsgs == 100000
        && large.graph.nsgs == 100000;
    target("split_100k_auto_vs_faster_path", vsFaster, "<=", 0.65, "x");
    target("split_100k_auto_peak_rss", large.automatic.rss, "<=", 523, "MiB");
    target("split_100k_auto_requests_vs_arm", requestsVsArm, "<=", 1.10, "x");
    target("split_20k_auto_vs_arm", smallVsArm, "<=", 1.0, "x");
    target("split_20k_auto_vs_graph", smallVsGraph, "<=", 1.0, "x");
    std::printf(
        "{\"arm_latency_ms\": %d, \"graph_latency_ms\": %d, \"20k\": {\"arm_s\": %.2f, "
        "\"graph_s\": %.2f, \"auto_s\": %.2f, \"auto_rss_mb\": %.1f}, \"100k\": {\"arm_s\": "
        "%.2f, \"graph_s\": %.2f, \"auto_s\": %.2f, \"auto_rss_mb\": %.1f, "
        "\"graph_rss_mb\": %.1f, \"auto_requests\": %d, \"arm_requests\": %d}, "
        "\"auto_vs_faster_100k\": %.3f}\n",
        armMs, graphMs, small.arm.scan, small.graph.scan, small.automatic.scan, small.automatic.rss,
        large.arm.scan, large.graph.scan, large.automatic.scan, large.automatic.rss,
        large.graph.rss, large.automatic.requests, large.arm.requests, vsFaster);
    return ok ? 0 : 1;
}
