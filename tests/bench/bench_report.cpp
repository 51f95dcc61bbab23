// SPDX-License-Identifier: MIT
// Reports for 10,000 NSGs (500 exposed): the CLI writes the CSV, the HTML and the PDF of one
// export, each in its own child process; the figures are wall seconds and peak RSS of each
// (targets: CSV < 0.5 s, PDF < 15 s, peak RSS < 400 MiB). The parse of the export is part of
// each run, and measured alone first (a --json /dev/null scan) so it can be told apart. Then the
// same estate with a network around it in which 500 endpoints are internet-facing (a public IP
// on a NIC behind each exposed NSG): the paths followed and the PDF written, with a picture per
// path (target < 20 s).
// Prints a table and, last, one JSON line.
#include "benchsupport.h"
#include "report/csvreport.h"
#include "report/htmlreport.h"
#include "report/pdfreport.h"

#include "core/audit/reachability.h"
#include "core/input/offlinescan.h"
#include "sandbox/synthetic/syntheticestate.h"

#include <QElapsedTimer>
#include <QGuiApplication>

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <chrono>
#include <cstdio>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

using Clock = std::chrono::steady_clock;
constexpr quint64 kSeed = 31;
constexpr int kNsgs = 10000;
constexpr int kRules = 12;
constexpr int kSubscriptionSize = 500;
constexpr int kPaths = 500;

} // namespace

// Seconds one writer takes on a report already in memory (the scan excluded).
template<typename Writer>
double timeWriter(const nsg::AuditReport &report, const QString &path)
{
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        std::exit(1);
    QElapsedTimer t;
    t.start();
    Writer writer;
    if (!writer.write(report, &out))
        std::exit(1);
    return t.nsecsElapsed() / 1e9;
}

int main(int argc, char **argv)
{
    QTemporaryDir dir;
    const QString input = dir.filePath(QStringLiteral("export-10k.json"));
    int exposed = 0;
    {
        nsg::SyntheticEstate estate(kSeed, nsg::SyntheticEstate::Shape::AzCli);
        std::string out = "[";
        for (int i = 0; i < kNsgs; ++i) {
            out += i ? ",\n  " : "\n  ";
            const QString sub =
                nsg::SyntheticEstate::subscriptionIdFor(kSeed, i / kSubscriptionSize);
            exposed +=
                estate.appendNsg(out, sub, i % kSubscriptionSize, kRules, 0.05, 2, 1).exposed;
        }
        out += "\n]\n";
        QFile f(input);
        if (!f.open(QIODevice::WriteOnly)
            || f.write(out.data(), qint64(out.size())) != qint64(out.size()))
            return 1;
    }
    const QStringList scan{QStringLiteral("scan"),
                           QStringLiteral("--input"),
                           input,
                           QStringLiteral("--quiet"),
                           QStringLiteral("--journal"),
                           dir.filePath(QStringLiteral("none.jsonl"))};
    const nsg::bench::ChildRun parse = nsg::bench::runCli(
        scan + QStringList{QStringLiteral("--json"), QStringLiteral("/dev/null")});
    const QString csvPath = dir.filePath(QStringLiteral("r.csv"));
    const QString htmlPath = dir.filePath(QStringLiteral("r.html"));
    const QString pdfPath = dir.filePath(QStringLiteral("r.pdf"));
    const nsg::bench::ChildRun csv =
        nsg::bench::runCli(scan + QStringList{QStringLiteral("--csv"), csvPath});
    const nsg::bench::ChildRun html =
        nsg::bench::runCli(scan + QStringList{QStringLiteral("--html"), htmlPath});
    const nsg::bench::ChildRun pdf =
        nsg::bench::runCli(scan + QStringList{QStringLiteral("--pdf"), pdfPath});
    auto mb = [](const QString &p) {
        return QFileInfo(p).size() / 1048576.0;
    };

    // The writers alone, in this process, on the scan result in memory.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    nsg::OfflineScan offline(nsg::EvaluationOptions{});
    if (!offline.addFile(input))
        return 1;
    const nsg::AuditReport report = nsg::AuditReport::fromScan(offline.takeResult());
    const double csvOnly =
        timeWriter<nsg::CsvReport>(report, dir.filePath(QStringLiteral("w.csv")));
    const double htmlOnly =
        timeWriter<nsg::HtmlReport>(report, dir.filePath(QStringLiteral("w.html")));
    const double pdfOnly =
        timeWriter<nsg::PdfReport>(report, dir.filePath(QStringLiteral("w.pdf")));

    // 500 internet-facing paths: a subnet guarded by each exposed NSG (500 at most), a NIC in
    // it with a Standard public IP.
    nsg::AuditReport withPaths = nsg::AuditReport::fromScan(report.scan);
    nsg::NetworkInventory inventory;
    {
        const QString sub = nsg::SyntheticEstate::subscriptionIdFor(kSeed, 0);
        auto id = [&sub](const char *kind, int i) {
            return QStringLiteral("/subscriptions/%1/resourceGroups/rg-net/providers/"
                                  "Microsoft.Network/%2/x%3")
                .arg(sub, QLatin1String(kind))
                .arg(i);
        };
        int n = 0;
        for (const nsg::NsgResult &r : withPaths.scan.nsgs) {
            if (r.finding.verdict != nsg::Verdict::Exposed || n == kPaths)
                continue;
            nsg::VirtualNetwork vnet;
            vnet.id = id("virtualNetworks", n);
            vnet.name = QStringLiteral("vnet-%1").arg(n);
            vnet.addressSpace = {QStringLiteral("10.%1.%2.0/24").arg(n / 256).arg(n % 256)};
            vnet.subnets.push_back({vnet.id + QStringLiteral("/subnets/s"), QStringLiteral("s"),
                                    vnet.addressSpace, r.nsg.id(), QString()});
            nsg::NicNetwork nic;
            nic.id = id("networkInterfaces", n);
            nic.name = QStringLiteral("nic-mail-%1").arg(n);
            nsg::NicIpConfiguration c;
            c.id = nic.id + QStringLiteral("/ipConfigurations/ipconfig1");
            c.name = QStringLiteral("ipconfig1");
            c.privateIpAddress = QStringLiteral("10.%1.%2.4").arg(n / 256).arg(n % 256);
            c.subnetId = vnet.subnets.front().id;
            c.publicIpId = id("publicIPAddresses", n);
            nsg::PublicIpAddress pip;
            pip.id = c.publicIpId;
            pip.name = QStringLiteral("pip-mail-%1").arg(n);
            pip.sku = nsg::PublicIpAddress::Sku::Standard;
            pip.ipAddress = QStringLiteral("20.1.%1.%2").arg(n / 256).arg(n % 256);
            pip.attachedTo = c.id;
            nic.ipConfigurations.push_back(std::move(c));
            inventory.publicIps.push_back(std::move(pip));
            inventory.interfaces.push_back(std::move(nic));
            inventory.virtualNetworks.push_back(std::move(vnet));
            ++n;
        }
    }
    QElapsedTimer pathsTimer;
    pathsTimer.start();
    withPaths.scan.reachability =
        nsg::Reachability(withPaths.scan.options, inventory, withPaths.scan.nsgs).run();
    const int facing = withPaths.scan.reachability.exposedEndpoints();
    const double pathsPdf = pathsTimer.nsecsElapsed() / 1e9
        + timeWriter<nsg::PdfReport>(withPaths, dir.filePath(QStringLiteral("p.pdf")));

    std::printf("%d NSGs, %d exposed\n", kNsgs, exposed);
    std::printf("%-26s %8s %12s %10s\n", "run", "wall s", "peak RSS MiB", "file MiB");
    std::printf("%-26s %8.2f %12.1f %10s\n", "scan only (--json null)", parse.seconds,
                parse.peakRssMb, "");
    std::printf("%-26s %8.2f %12.1f %10.1f\n", "scan + --csv", csv.seconds, csv.peakRssMb,
                mb(csvPath));
    std::printf("%-26s %8.2f %12.1f %10.1f\n", "scan + --html", html.seconds, html.peakRssMb,
                mb(htmlPath));
    std::printf("%-26s %8.2f %12.1f %10.1f\n", "scan + --pdf", pdf.seconds, pdf.peakRssMb,
                mb(pdfPath));
    std::printf("writers alone (in process): CSV %.3f s, HTML %.3f s, PDF %.2f s\n", csvOnly,
                htmlOnly, pdfOnly);
    std::printf("with %d internet-facing paths: paths followed and PDF written %.2f s (%.1f MiB)\n",
                facing, pathsPdf, mb(dir.filePath(QStringLiteral("p.pdf"))));
    using nsg::bench::target;
    target("report_10k_csv_writer", csvOnly, "<", 0.5, "s");
    target("report_10k_pdf_scan_and_write", pdf.seconds, "<", 15, "s");
    target("report_10k_pdf_peak_rss", pdf.peakRssMb, "<", 400, "MiB");
    target("report_10k_internet_facing_paths", facing, "==", kPaths, "paths");
    target("report_10k_500_paths_pdf", pathsPdf, "<", 20, "s");
    std::printf("{\"nsgs\": %d, \"exposed\": %d, \"scan_s\": %.2f, \"csv_s\": %.2f, "
                "\"html_s\": %.2f, \"pdf_s\": %.2f, \"csv_writer_s\": %.3f, "
                "\"html_writer_s\": %.3f, \"pdf_writer_s\": %.2f, \"csv_peak_mb\": %.1f, "
                "\"html_peak_mb\": %.1f, \"pdf_peak_mb\": %.1f, \"pdf_mb\": %.1f}\n",
                kNsgs, exposed, parse.seconds, csv.seconds, html.seconds, pdf.seconds, csvOnly,
                htmlOnly, pdfOnly, csv.peakRssMb, html.peakRssMb, pdf.peakRssMb, mb(pdfPath));
    return 0;
}
