// SPDX-License-Identifier: MIT
// The 100,000-NSG estate of issue 9 (2 tenants, 1,000 subscriptions x 100 NSGs x 20 rules) from
// a child sandbox, scanned as a user runs it: through Resource Graph, then through ARM per
// subscription with ARM's token buckets on and a 429 storm on top (5 % of requests, with
// Retry-After). The sandbox counts every request that came before its Retry-After and every one
// that found its bucket empty. Last line: one JSON object.
#include "benchsupport.h"
#include "httpprobe.h"

#include <QCoreApplication>
#include <QProcess>

#include <algorithm>

using json = nlohmann::json;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QProcess sandbox;
    const QString url = nsg::bench::startGeneratedSandbox(
        sandbox, "tenants=2,subs=1000,nsgs=100,rules=20,exposed=0.05,seed=17");
    nsg::test::HttpProbe control(url);

    const nsg::bench::LiveScanStats graph = nsg::bench::scanSandbox(url, "graph");
    const json graphStats = control.get(QStringLiteral("/sandbox/stats")).json();
    // The quota floor: a sliding window lets `quota` queries through per `window` seconds, so n
    // queries cannot finish before (ceil(n / quota) - 1) windows have passed.
    const int graphQueries = graphStats["graph_queries"];
    const int quota = graphStats["graph_quota"];
    const double window = graphStats["graph_window_s"];
    const double floorSeconds = std::max(0, (graphQueries + quota - 1) / quota - 1) * window;
    control.postJson(QStringLiteral("/sandbox/faults"), {{"faults", "throttle,429=0.05,seed=3"}});
    const nsg::bench::LiveScanStats arm = nsg::bench::scanSandbox(url, "arm");
    const json all = control.get(QStringLiteral("/sandbox/stats")).json();
    sandbox.kill();
    sandbox.waitForFinished();
    const int early = all["before_retry_after"];
    const int throttled = all["throttled"].get<int>() - graphStats["throttled"].get<int>();
    const int bucketEmpty = all["bucket_empty"];

    std::printf("estate: 2 tenants, 1,000 subscriptions x 100 NSGs x 20 rules\n");
    std::printf("                      NSGs  errors   wall s  requests  retries  peak RSS MiB\n");
    std::printf("--via graph         %6d %7d %8.2f %9d %8d %13.1f\n", graph.nsgs, graph.errors,
                graph.wall, graph.requests, graph.retries, graph.rss);
    std::printf("--via arm, throttle %6d %7d %8.2f %9d %8d %13.1f\n", arm.nsgs, arm.errors,
                arm.wall, arm.requests, arm.retries, arm.rss);
    std::printf("graph: %d Resource Graph queries at %d per %.0f s: quota floor %.1f s, wall / "
                "floor %.2f\n",
                graphQueries, quota, window, floorSeconds, graph.wall / floorSeconds);
    std::printf("ARM run: %d answers were 429 with Retry-After, %d requests found a token bucket "
                "empty; requests before their Retry-After (both runs): %d\n",
                throttled, bucketEmpty, early);
    using nsg::bench::target;
    bool ok = target("estate_100k_graph_nsgs", graph.nsgs, "==", 100000, "NSGs");
    ok &= target("estate_100k_graph_wall", graph.wall, "<", 60, "s");
    ok &= target("estate_100k_graph_peak_rss", graph.rss, "<", 600, "MiB");
    target("estate_100k_graph_requests", graph.requests, "<=", 110, "requests");
    target("estate_100k_graph_wall_vs_quota_floor", graph.wall / floorSeconds, "<=", 1.10, "x");
    ok &= target("estate_100k_arm_throttled_nsgs", arm.nsgs, "==", 100000, "NSGs");
    ok &= target("estate_100k_arm_requests_before_retry_after", early, "==", 0, "requests");
    ok &= target("estate_100k_arm_bucket_overdrawn", bucketEmpty, "==", 0, "requests");
    std::printf("{\"graph\": {\"nsgs\": %d, \"wall_s\": %.2f, \"requests\": %d, \"retries\": %d, "
                "\"peak_rss_mb\": %.1f}, \"arm_throttled\": {\"nsgs\": %d, \"wall_s\": %.2f, "
                "\"requests\": %d, \"retries\": %d, \"peak_rss_mb\": %.1f, \"answered_429\": %d, "
                "\"bucket_empty\": %d}, \"before_retry_after\": %d, \"graph_queries\": %d, "
                "\"quota_floor_s\": %.1f}\n",
                graph.nsgs, graph.wall, graph.requests, graph.retries, graph.rss, arm.nsgs,
                arm.wall, arm.requests, arm.retries, arm.rss, throttled, bucketEmpty, early,
                graphQueries, floorSeconds);
    return ok && graph.errors == 0 && arm.errors == 0 ? 0 : 1;
}
