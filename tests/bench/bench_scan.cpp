// SPDX-License-Identifier: MIT
// A live scan of a generated estate (200 subscriptions × 100 NSGs × 20 rules, two tenants) from
// a child sandbox, through Resource Graph and through ARM per subscription: wall time, requests,
// peak RSS of the scanner; and the time one bare loop takes to merely download and parse the same
// Resource Graph pages, so that the scan's own overhead shows (ratio). Last line: one JSON object.
#include "benchsupport.h"
#include "httpprobe.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QThread>

#include <cstdio>

using json = nlohmann::json;

namespace {

// The same Resource Graph pages, one after the other, thrown away: parsed (no model, no
// evaluation, no concurrency), or not parsed at all (only their $skipToken looked for), which
// times the sandbox alone. `serving` gets the time spent waiting for answers, without the
// pauses a 429 asked for.
double bareGraphFetch(const QString &url, const json &accounts, bool parse, int *nsgs,
                      double *serving)
{
    nsg::test::HttpProbe http(url);
    http.signIn(QString::fromStdString(accounts[0]["userPrincipalName"]));
    const json tenants = http.get(QStringLiteral("/tenants?api-version=2022-12-01")).json();
    QElapsedTimer timer;
    timer.start();
    *nsgs = 0;
    *serving = 0;
    for (const json &t : tenants["value"]) {
        nsg::test::HttpProbe tenant(url);
        tenant.signIn(QString::fromStdString(accounts[0]["userPrincipalName"]),
                      QString::fromStdString(t["tenantId"]));
        std::string skipToken;
        do {
            json options{{"$top", 1000}};
            if (!skipToken.empty())
                options["$skipToken"] = skipToken;
            QElapsedTimer asked;
            asked.start();
            const auto r = tenant.postJson(
                QStringLiteral(
                    "/providers/Microsoft.ResourceGraph/resources?api-version=2024-04-01"),
                {{"query",
                  "Resources | where type =~ 'microsoft.network/networksecuritygroups' | "
                  "project id, name, tenantId, subscriptionId, resourceGroup, location, "
                  "tags, properties | order by id asc"},
                 {"options", options}});
            *serving += asked.nsecsElapsed() / 1e9;
            if (r.status == 429) {
                QThread::msleep(r.header("Retry-After").toUInt() * 1000);
                continue;
            }
            if (parse) {
                const json page =
                    json::parse(r.body.constData(), r.body.constData() + r.body.size());
                *nsgs += int(page["data"].size());
                skipToken = page.value("$skipToken", std::string());
                continue;
            }
            // The sandbox writes the envelope first: its count and token are read off the text.
            const QByteArray head = r.body.left(512);
            const json envelope =
                json::parse(QByteArray(head.left(head.indexOf(",\"data\":")) + '}').toStdString(),
                            nullptr, false);
            if (!envelope.is_object())
                break; // not the sandbox's order: the NSG count says so
            *nsgs += envelope.value("count", 0);
            skipToken = envelope.value("$skipToken", std::string());
        } while (!skipToken.empty());
    }
    return timer.elapsed() / 1000.0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QProcess sandbox;
    const QString url = nsg::bench::startGeneratedSandbox(
        sandbox, "tenants=2,subs=200,nsgs=100,rules=20,exposed=0.05,seed=17");
    nsg::test::HttpProbe control(url);
    const json accounts = control.get(QStringLiteral("/sandbox/accounts")).json()["accounts"];

    const nsg::bench::LiveScanStats graph = nsg::bench::scanSandbox(url, "graph");
    const nsg::bench::LiveScanStats arm = nsg::bench::scanSandbox(url, "arm");
    int bareNsgs = 0, servedNsgs = 0;
    double bareServing = 0, serving = 0;
    const double bare = bareGraphFetch(url, accounts, true, &bareNsgs, &bareServing);
    bareGraphFetch(url, accounts, false, &servedNsgs, &serving);
    sandbox.kill();
    sandbox.waitForFinished();

    const double ratio = graph.scan / bare;
    std::printf("estate: 2 tenants, 200 subscriptions x 100 NSGs x 20 rules = %d NSGs\n",
                graph.nsgs);
    std::printf("                 wall s   scan s   requests  retries  peak RSS MiB\n");
    std::printf("--via graph    %8.2f %8.2f %10d %8d %13.1f   (targets: < 10 s, <= 25 requests, < "
                "300 MiB)\n",
                graph.wall, graph.scan, graph.requests, graph.retries, graph.rss);
    std::printf("--via arm      %8.2f %8.2f %10d %8d %13.1f   (targets: < 20 s, < 300 MiB)\n",
                arm.wall, arm.scan, arm.requests, arm.retries, arm.rss);
    std::printf("bare fetch+parse of the graph pages: %.2f s (%d NSGs); scan / bare = %.2f (target "
                "<= 1.3)\n",
                bare, bareNsgs, ratio);
    std::printf("the sandbox serving those pages (unparsed, pauses a 429 asked for left out): "
                "%.2f s (%d NSGs); scan / serving = %.2f (target >= 3)\n",
                serving, servedNsgs, graph.scan / serving);
    std::printf(
        "(wall includes the device-code sign-in; scan and the ratio start once signed in)\n");
    std::printf(
        "{\"graph\": {\"wall_s\": %.3f, \"scan_s\": %.3f, \"requests\": %d, \"peak_rss_mb\": "
        "%.1f}, "
        "\"arm\": {\"wall_s\": %.3f, \"scan_s\": %.3f, \"requests\": %d, \"peak_rss_mb\": %.1f}, "
        "\"bare_fetch_parse_s\": %.3f, \"ratio\": %.2f, \"sandbox_serving_s\": %.3f}\n",
        graph.wall, graph.scan, graph.requests, graph.rss, arm.wall, arm.scan, arm.requests,
        arm.rss, bare, ratio, serving);
    using nsg::bench::target;
    target("scan_20k_graph_wall", graph.wall, "<", 10, "s");
    target("scan_20k_graph_requests", graph.requests, "<=", 25, "requests");
    target("scan_20k_graph_peak_rss", graph.rss, "<", 300, "MiB");
    target("scan_20k_arm_wall", arm.wall, "<", 20, "s");
    target("scan_20k_arm_peak_rss", arm.rss, "<", 300, "MiB");
    target("scan_20k_graph_vs_bare_fetch", ratio, "<=", 1.3, "x");
    // The sandbox must serve far faster than the client consumes, so client figures measure the
    // client.
    target("scan_20k_graph_vs_sandbox_serving", graph.scan / serving, ">=", 3, "x");
    const bool complete = graph.nsgs == 20000 && arm.nsgs == 20000 && bareNsgs == 20000
        && servedNsgs == 20000 && graph.errors == 0 && arm.errors == 0;
    return complete ? 0 : 1;
}
