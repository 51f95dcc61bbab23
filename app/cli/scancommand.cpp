// SPDX-License-Identifier: MIT
#include "cli/scancommand.h"

#include "core/settings/appsettings.h"

#include "azure/armclient.h"
#include "azure/changejournal.h"
#include "cli/clisignin.h"
#include "cli/exitcode.h"
#include "cli/output.h"
#include "cli/scantable.h"
#include "core/version.h"
#include "history/historystore.h"
#include "report/csvreport.h"
#include "report/diffreport.h"
#include "report/htmlreport.h"
#include "report/jsonreport.h"
#include "report/ocsfreport.h"
#include "report/pdfreport.h"
#include "workspace/audithistory.h"
#include "workspace/connection.h"
#include "workspace/livescan.h"
#include "workspace/reportassembly.h"

#include "core/input/networkjson.h"
#include "core/input/offlinescan.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

namespace nsg::cli {

using azure::ChangeJournal;
using workspace::Connection;
using workspace::ConnectionOptions;
using workspace::LiveScan;
using workspace::ReportAssembly;
using workspace::ReportSources;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("nsg::cli::scan", text);
}

bool stdoutIsColorTerminal()
{
    if (!isatty(fileno(stdout)) || qEnvironmentVariableIsSet("NO_COLOR"))
        return false;
    return qEnvironmentVariable("TERM") != QLatin1String("dumb");
}

// Writes a report to a file (atomically) or to stdout for "-".
template<typename Writer>
bool writeReport(const QString &path, const AuditReport &report, QString *error,
                 Writer writer = Writer())
{
    return writeOutput(
        path,
        [&](QIODevice *device) {
            if (writer.write(report, device))
                return true;
            *error = writer.errorString();
            return false;
        },
        error);
}

// VmHWM: the most memory this process has held (Linux; -1 elsewhere).
double peakRssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

} // namespace

namespace {

// `nsg-auditor scan`: its options, then one named step at a time — parse, scan (live or
// offline), accepted risks, the report (assembled as the window does), the files, the table,
// the figures, the exit code. A step that ends the run returns its exit code.
class ScanCommand
{
public:
    ScanCommand()
        : out(stdout)
        , err(stderr)
    { }

    int run(const QStringList &arguments);

private:
    int fail(const QString &message)
    {
        err << "nsg-auditor scan: " << message << Qt::endl;
        return BadUsage;
    }
    std::optional<int> parse(const QStringList &arguments);
    std::optional<int> scanLive();
    std::optional<int> scanOffline();
    std::optional<int> applyAcceptedRisks();
    std::optional<int> openHistory();
    std::optional<int> recordHistory(AuditReport &report);
    std::optional<int> writeReports(const AuditReport &report);
    void printTable(const AuditReport &report);
    void printStats(const AuditReport &report);
    int exitCode(const AuditReport &report) const;

    QTextStream out;
    QTextStream err;
    QCommandLineParser parser;
    const QCommandLineOption helpOption{{QStringLiteral("h"), QStringLiteral("help")},
                                        tr("Show this help.")};
    const QCommandLineOption versionOption{QStringLiteral("version"), tr("Show the version.")};
    const QCommandLineOption inputOption{
        {QStringLiteral("i"), QStringLiteral("input")},
        tr("An NSG export: az network nsg list -o json, an ARM list page, Resource Graph output "
           "or one NSG. Repeat for several files; more files may follow as arguments."),
        tr("FILE")};
    const QCommandLineOption pdfOption{QStringLiteral("pdf"),
                                       tr("Write the PDF report (A4, or Letter where the locale "
                                          "uses it) to FILE."),
                                       tr("FILE")};
    const QCommandLineOption htmlOption{
        QStringLiteral("html"),
        tr("Write the report as one self-contained HTML file (the same content as the PDF)."),
        tr("FILE")};
    const QCommandLineOption ocsfOption{
        QStringLiteral("ocsf"),
        tr("Write the findings as OCSF 1.1 Detection Findings, one JSON object per line (for "
           "SIEMs and data lakes), to FILE, or - for standard output."),
        tr("FILE")};
    const QCommandLineOption csvRulesOption{
        QStringLiteral("csv-rules"),
        tr("The CSV has one row per exposing rule instead of one per NSG.")};
    const QCommandLineOption csvEndpointsOption{
        QStringLiteral("csv-endpoints"),
        tr("Write one CSV row per public entry point that can deliver the port to a workload "
           "(exposed first) to FILE; needs the network (--nics live, or inputs that hold it)."),
        tr("FILE")};
    const QCommandLineOption csvBomOption{
        QStringLiteral("csv-bom"), tr("Start the CSV with a UTF-8 byte order mark (for Excel).")};
    const QCommandLineOption journalOption{
        QStringLiteral("journal"),
        tr("The change journal whose changes to the scanned NSGs the reports list (default: "
           "$NSG_AUDITOR_JOURNAL, else the app data folder's)."),
        tr("FILE")};
    const QCommandLineOption jsonOption{QStringLiteral("json"),
                                        tr("Write the JSON report (schema in README) to FILE, "
                                           "or - for standard output."),
                                        tr("FILE")};
    const QCommandLineOption csvOption{QStringLiteral("csv"),
                                       tr("Write one CSV row per NSG to FILE, or - for standard "
                                          "output."),
                                       tr("FILE")};
    const QCommandLineOption failOption{
        QStringLiteral("fail-on-exposed"),
        tr("Exit 3 when any NSG is exposed, else 4 when any is unknown or an input could not be "
           "read.")};
    const QCommandLineOption failInternetOption{
        QStringLiteral("fail-on-internet-facing"),
        tr("Exit 3 when any endpoint from the Internet reaches the policy's port (inputs with "
           "NICs, public IPs or load balancers), else 4 when any endpoint is unknown or an "
           "exposed NSG could not be placed on a path.")};
    const QCommandLineOption serviceTagsOption{
        QStringLiteral("service-tags"),
        tr("Microsoft's service tag data (the weekly JSON download, or az network "
           "list-service-tags): public service tags in Allow rules count as their prefixes."),
        tr("FILE")};
    const QCommandLineOption proofOption{
        QStringLiteral("proof"),
        tr("Under each exposed or unknown NSG, and each OK NSG that rule-at-a-time scanners "
           "call exposed, print what every inbound rule decided.")};
    const QCommandLineOption quietOption{{QStringLiteral("q"), QStringLiteral("quiet")},
                                         tr("Do not print the table.")};
    const QCommandLineOption demoOption{
        QStringLiteral("demo"),
        tr("Scan the built-in demo tenant: a sandbox in this process, signed in with a device "
           "code that is approved automatically after 2 seconds.")};
    const QCommandLineOption viaOption{
        QStringLiteral("via"),
        tr("How to list NSGs: arm (per subscription), graph (Resource Graph) or auto (both side "
           "by side for tenants with 20 or more subscriptions, each subscription read by one of "
           "them as their measured rates share the work; ARM below that; default)."),
        tr("HOW"), QStringLiteral("auto")};
    const QCommandLineOption graphFromOption{
        QStringLiteral("graph-from"),
        tr("With --via auto: read tenants with at least this many subscriptions through Resource "
           "Graph and ARM side by side (default 20)."),
        tr("SUBSCRIPTIONS")};
    const QCommandLineOption nicsOption{
        QStringLiteral("nics"),
        tr("Also read network interfaces and virtual networks and report what reaches each NIC "
           "through its subnet's NSG and its own.")};
    const QCommandLineOption statsOption{
        QStringLiteral("stats"),
        tr("At the end, print timings, requests and peak memory on standard error (one JSON line "
           "after 'stats ').")};
    const QCommandLineOption suppressionsOption{
        QStringLiteral("suppressions"),
        tr("Accepted risks (File → Suppressions… in the window): exposed NSGs they cover are "
           "counted apart, until they expire or their rules change (default: the Settings "
           "dialog's file, if any)."),
        tr("FILE")};
    const QCommandLineOption listPoliciesOption{
        QStringLiteral("list-policies"),
        tr("List the services --policy can name, with their ports and severity.")};
    const QCommandLineOption historyOption{
        QStringLiteral("history"),
        tr("The audit history this scan is saved in (default: the Settings dialog's, else "
           "history.sqlite in the app data folder)."),
        tr("FILE")};
    const QCommandLineOption noHistoryOption{QStringLiteral("no-history"),
                                             tr("Do not save this scan in the audit history.")};
    const QCommandLineOption sinceOption{
        QStringLiteral("since"),
        tr("Compare with a snapshot of the history (its number, latest or previous, as the "
           "history was before this scan): the reports say how the estate moved, with "
           "first-seen dates and, live, who changed what."),
        tr("SNAPSHOT")};
    const CommonOptions common;

    EvaluationOptions options;
    QStringList files;
    QStringList inputProblems; // a file not read to its end, or nothing in the inputs
    QElapsedTimer clock;
    QDateTime startedAt;
    std::unique_ptr<Connection> liveConnection; // kept for the change history
    std::unique_ptr<history::HistoryStore> historyStore;
    workspace::HistorySettings historySettings;
    std::optional<qint64> sinceId;
    QString stats;
    ScanResult result;
    ReportSources sources;
};

std::optional<int> ScanCommand::parse(const QStringList &arguments)
{
    parser.setApplicationDescription(
        tr("Evaluates network security groups the way Azure does (rule priority, Deny rules, "
           "default rules, CIDR arithmetic, IPv6) and reports which let the policy's port in "
           "from the public Internet."));
    parser.addOptions({helpOption, versionOption, listPoliciesOption, inputOption});
    common.addPolicy(parser);
    parser.addOptions({jsonOption, csvOption, csvRulesOption, csvEndpointsOption, csvBomOption,
                       pdfOption, htmlOption, ocsfOption, journalOption, suppressionsOption,
                       failOption, failInternetOption, serviceTagsOption, proofOption, quietOption,
                       demoOption});
    common.addSource(parser);
    parser.addOptions({viaOption, graphFromOption, nicsOption, statsOption, historyOption,
                       noHistoryOption, sinceOption});
    parser.addPositionalArgument(QStringLiteral("files"), tr("More export files."),
                                 QStringLiteral("[FILE...]"));

    QStringList argv = arguments;
    argv[0] = QStringLiteral("nsg-auditor scan");
    if (!parser.parse(argv))
        return fail(parser.errorText());
    if (parser.isSet(helpOption)) {
        // Qt's usage line names the binary's path and neither the command nor the two ways
        // to call it.
        QString help = parser.helpText();
        help.replace(0, help.indexOf(QLatin1Char('\n')),
                     tr("Usage: nsg-auditor scan [--tenant ID | --sandbox-url URL | --demo] "
                        "[options]\n"
                        "       nsg-auditor scan [options] FILE...   (NSG exports)"));
        out << help;
        return Done;
    }
    if (parser.isSet(versionOption)) {
        out << NSG_AUDITOR_NAME << ' ' << NSG_AUDITOR_VERSION << Qt::endl;
        return Done;
    }

    if (parser.isSet(listPoliciesOption)) {
        const QString current = AppSettings::load().portPolicy().id;
        for (const PortPolicy &p : PortPolicy::catalog()) {
            out << (p.id == current ? "* " : "  ") << p.id.leftJustified(26) << ' '
                << p.target().leftJustified(28) << ' ' << p.severity << '\n';
        }
        out << tr("  or tcp/PORT, udp/PORT, tcp/FIRST-LAST; * marks the default (Settings).")
            << Qt::endl;
        return Done;
    }

    QString optionError;
    const std::optional<EvaluationOptions> evaluation = common.evaluation(parser, &optionError);
    if (!evaluation)
        return fail(optionError);
    options = *evaluation;

    files = parser.values(inputOption) + parser.positionalArguments();
    const int sourcesGiven = int(!files.isEmpty()) + int(parser.isSet(demoOption))
        + int(parser.isSet(common.sandboxUrl))
        + int(common.hasSource(parser) && !parser.isSet(common.sandboxUrl));
    if (sourcesGiven == 0)
        return fail(tr("nothing to scan: give --input FILE, --demo, --sandbox-url URL or --tenant "
                       "ID (see --help)"));
    if (sourcesGiven > 1)
        return fail(
            tr("give one source: --input FILE..., --demo, --sandbox-url URL or --tenant ID"));
    if (!files.isEmpty()
        && (parser.isSet(viaOption) || parser.isSet(graphFromOption) || parser.isSet(nicsOption)
            || parser.isSet(common.cloud) || parser.isSet(common.clientId)
            || parser.isSet(common.auth)))
        return fail(tr("--via, --graph-from, --nics, --cloud, --client-id and --auth apply to "
                       "live scans, not to files"));
    if (files.isEmpty() && parser.isSet(serviceTagsOption) && !parser.isSet(nicsOption))
        return fail(tr("--service-tags on a live scan needs --nics (the network interfaces and "
                       "what reaches them are read only then)"));
    if (parser.isSet(noHistoryOption) && (parser.isSet(historyOption) || parser.isSet(sinceOption)))
        return fail(tr("--no-history cannot go with --history or --since"));
    // A report that cannot be written ends the run before the scan (a live one takes minutes),
    // and before anything is kept in the history.
    for (const QCommandLineOption *output :
         {&jsonOption, &csvOption, &csvEndpointsOption, &pdfOption, &htmlOption, &ocsfOption}) {
        const QString path = parser.value(*output);
        if (path.isEmpty() || path == QLatin1String("-"))
            continue;
        const QFileInfo folder(QFileInfo(path).absolutePath());
        if (!folder.isDir() || !folder.isWritable())
            return fail(tr("cannot write %1: the folder %2 does not exist or is not writable")
                            .arg(path, folder.filePath()));
    }

    return std::nullopt;
}

std::optional<int> ScanCommand::scanLive()
{
    ConnectionOptions source;
    QString signInError;
    if (parser.isSet(demoOption))
        source.source = ConnectionOptions::Source::Demo;
    else if (std::optional<ConnectionOptions> given = common.signIn(parser, &signInError))
        source = std::move(*given);
    else
        return fail(signInError);
    azure::InventoryOptions inventory;
    // The Settings dialog can turn Resource Graph off; --via wins.
    const QString via = parser.isSet(viaOption) || AppSettings::load().resourceGraph
        ? parser.value(viaOption).toLower()
        : QStringLiteral("arm");
    if (via == QLatin1String("arm"))
        inventory.via = azure::InventoryOptions::Via::Arm;
    else if (via == QLatin1String("graph"))
        inventory.via = azure::InventoryOptions::Via::Graph;
    else if (via != QLatin1String("auto"))
        return fail(tr("--via must be arm, graph or auto, not '%1'").arg(parser.value(viaOption)));
    if (parser.isSet(graphFromOption)) {
        bool ok = false;
        inventory.graphFromSubscriptions = parser.value(graphFromOption).toInt(&ok);
        if (!ok || inventory.graphFromSubscriptions < 1)
            return fail(tr("--graph-from must be a number of subscriptions (1 or more), not '%1'")
                            .arg(parser.value(graphFromOption)));
        if (inventory.via != azure::InventoryOptions::Via::Auto)
            return fail(tr("--graph-from applies to --via auto only"));
    }
    inventory.networkInterfaces = parser.isSet(nicsOption);
    std::optional<ServiceTagData> serviceTags;
    if (parser.isSet(serviceTagsOption)) {
        QString error;
        serviceTags = NetworkJson::serviceTagFile(parser.value(serviceTagsOption), &error);
        if (!serviceTags)
            return fail(error);
        inventory.serviceTags = false; // the file, not the serviceTags API
    }

    liveConnection = std::make_unique<Connection>();
    Connection &connection = *liveConnection;
    QStringList notes;
    if (!signInOnCommandLine(connection, source, err, &signInError, &notes))
        return fail(signInError);
    const double signInSeconds = clock.elapsed() / 1000.0;
    const azure::AccountInfo account = connection.account();
    if (source.isUnattended())
        err << tr("Signed in as %1, %2 (tenant %3).")
                   .arg(account.displayName, account.username, account.homeTenantId)
            << Qt::endl;
    else
        err << tr("Signed in as %1 (tenant %2).").arg(account.username, account.homeTenantId)
            << Qt::endl;

    LiveScan scan(&connection);
    if (serviceTags)
        scan.setServiceTags(std::move(*serviceTags));
    QObject::connect(&scan, &LiveScan::notice, &scan, [this](const QString &message) {
        err << tr("note: ") << message << Qt::endl;
    });
    const bool progress = isatty(fileno(stderr)) != 0;
    if (progress) {
        QObject::connect(&scan, &LiveScan::progress, &scan, [this](int done, int total) {
            err << '\r' << tr("Scanned %1 of %2 subscriptions").arg(done).arg(total) << Qt::flush;
        });
    }
    QEventLoop loop;
    QObject::connect(&scan, &LiveScan::finished, &loop, &QEventLoop::quit);
    scan.start(inventory, options, LiveScan::Keep::Result);
    loop.exec();
    if (progress)
        err << Qt::endl;
    result = scan.takeResult();
    result.warnings = notes + result.warnings;
    sources.account = account.username;
    stats = QStringLiteral("\"sign_in_s\": %1, \"scan_s\": %2, \"requests\": %3, \"retries\": %4, ")
                .arg(signInSeconds, 0, 'f', 3)
                .arg(scan.seconds(), 0, 'f', 3)
                .arg(connection.arm()->requestsSent())
                .arg(connection.arm()->retries());
    // Per path: what Resource Graph and ARM each read (--via auto uses both).
    QStringList paths;
    for (const ReadPathStats &p : std::as_const(result.readPaths))
        paths.append(QStringLiteral("\"%1\": {\"subscriptions\": %2, \"nsgs\": %3, \"requests\": "
                                    "%4, \"seconds\": %5, \"nsgs_per_s\": %6}")
                         .arg(p.path)
                         .arg(p.subscriptions)
                         .arg(p.nsgs)
                         .arg(p.requests)
                         .arg(p.seconds, 0, 'f', 3)
                         .arg(p.nsgsPerSecond(), 0, 'f', 1));
    stats += QStringLiteral("\"paths\": {%1}, ").arg(paths.join(QLatin1String(", ")));
    return std::nullopt;
}

std::optional<int> ScanCommand::scanOffline()
{
    for (const QString &file : files) {
        if (!QFile::exists(file))
            return fail(tr("cannot open %1: no such file").arg(file));
    }
    OfflineScan scan(options);
    for (const QString &file : files) {
        if (!scan.addFile(file))
            return fail(scan.errorString());
    }
    if (parser.isSet(serviceTagsOption) && !scan.addServiceTagFile(parser.value(serviceTagsOption)))
        return fail(scan.errorString());
    inputProblems = scan.inputProblems();
    result = scan.takeResult();
    return std::nullopt;
}

// Accepted risks: a file given is read or the scan fails; the Settings dialog's, when it
// cannot be read, is a warning (the findings stay exposed).
std::optional<int> ScanCommand::applyAcceptedRisks()
{
    const QString suppressionsPath = parser.isSet(suppressionsOption)
        ? parser.value(suppressionsOption)
        : AppSettings::load().suppressionsFile;
    if (!suppressionsPath.isEmpty()) {
        QString suppressionsError;
        if (ReportAssembly::applySuppressions(result, suppressionsPath, &suppressionsError))
            sources.suppressionsFile = suppressionsPath;
        else if (parser.isSet(suppressionsOption))
            return fail(suppressionsError);
        else
            err << "warning: " << suppressionsError << Qt::endl;
    }

    return std::nullopt;
}

// The audit history: opened before the scan, so that a file that cannot be used (or --since
// naming no snapshot) ends the run before any work. The Settings' file failing is a warning.
std::optional<int> ScanCommand::openHistory()
{
    historySettings = workspace::HistorySettings::fromAppSettings();
    if (parser.isSet(historyOption))
        historySettings.path = parser.value(historyOption);
    const bool wanted = !parser.isSet(noHistoryOption)
        && (historySettings.enabled || parser.isSet(historyOption) || parser.isSet(sinceOption));
    if (!wanted)
        return std::nullopt;
    historyStore = std::make_unique<history::HistoryStore>();
    const bool opened = historyStore->open(historySettings.effectivePath());
    for (const QString &notice : historyStore->notices())
        err << "note: " << notice << Qt::endl;
    if (!opened) {
        if (parser.isSet(historyOption) || parser.isSet(sinceOption))
            return fail(historyStore->errorString());
        err << "warning: " << historyStore->errorString()
            << tr(" The scan is not saved in the history.") << Qt::endl;
        historyStore.reset();
        return std::nullopt;
    }
    if (parser.isSet(sinceOption)) {
        sinceId = historyStore->resolve(parser.value(sinceOption));
        if (!sinceId)
            return fail(historyStore->errorString());
    }
    return std::nullopt;
}

// Saves the scan as a snapshot and, with --since, compares it with the one named: the reports
// carry the comparison, with who changed what when the scan was live.
std::optional<int> ScanCommand::recordHistory(AuditReport &report)
{
    if (!historyStore)
        return std::nullopt;
    QString error;
    const QString cloud = liveConnection ? liveConnection->cloudName() : QString();
    const std::optional<qint64> id = workspace::AuditHistory::record(
        *historyStore, report, cloud, startedAt, historySettings, &error);
    if (!id) {
        err << "warning: " << error << tr(" The scan is not saved in the history.") << Qt::endl;
        return std::nullopt;
    }
    if (!error.isEmpty())
        err << "warning: " << error << Qt::endl;
    err << tr("Saved as snapshot #%1 in %2.").arg(*id).arg(historyStore->path()) << Qt::endl;
    if (!sinceId)
        return std::nullopt;
    std::optional<history::SnapshotDiff> diff =
        workspace::AuditHistory::compare(*historyStore, *sinceId, *id, &error);
    if (!diff)
        return fail(error);
    if (liveConnection && liveConnection->isSignedIn()) {
        workspace::AttributionRun run(liveConnection.get());
        QEventLoop loop;
        QObject::connect(&run, &workspace::AttributionRun::finished, &loop, &QEventLoop::quit);
        run.start(std::move(*diff), historyStore.get());
        loop.exec();
        diff = run.takeDiff();
    }
    err << DiffReport::headline(*diff) << Qt::endl;
    report.since = std::move(diff);
    return std::nullopt;
}

std::optional<int> ScanCommand::writeReports(const AuditReport &report)
{
    QString error;
    if (parser.isSet(jsonOption)
        && !writeReport<JsonReport>(parser.value(jsonOption), report, &error))
        return fail(error);
    if (parser.isSet(csvOption)) {
        CsvReport csv;
        csv.setRows(parser.isSet(csvRulesOption) ? CsvReport::Rows::ExposingRules
                                                 : CsvReport::Rows::Nsgs);
        csv.setByteOrderMark(parser.isSet(csvBomOption));
        if (!writeReport<CsvReport>(parser.value(csvOption), report, &error, csv))
            return fail(error);
    } else if (parser.isSet(csvRulesOption)
               || (parser.isSet(csvBomOption) && !parser.isSet(csvEndpointsOption))) {
        return fail(tr("--csv-rules and --csv-bom shape the --csv report: give --csv FILE"));
    }
    if (parser.isSet(csvEndpointsOption)) {
        if (!report.scan.reachability.evaluated)
            err << "warning: "
                << tr("--csv-endpoints: the paths from the Internet were not followed (the "
                      "inputs hold no network interfaces, public IPs or load balancers; live, "
                      "add --nics): the file has its header only.")
                << Qt::endl;
        CsvReport csv;
        csv.setRows(CsvReport::Rows::Endpoints);
        csv.setByteOrderMark(parser.isSet(csvBomOption));
        if (!writeReport<CsvReport>(parser.value(csvEndpointsOption), report, &error, csv))
            return fail(error);
    }
    if (parser.isSet(htmlOption)
        && !writeReport<HtmlReport>(parser.value(htmlOption), report, &error))
        return fail(error);
    if (parser.isSet(ocsfOption)
        && !writeReport<OcsfReport>(parser.value(ocsfOption), report, &error))
        return fail(error);
    if (parser.isSet(pdfOption)) {
        if (parser.value(pdfOption) == QLatin1String("-"))
            return fail(tr("--pdf needs a file name"));
        PdfReport pdf;
        const QString paper = AppSettings::load().paperSize; // Settings → Report paper size
        if (!paper.isEmpty())
            pdf.setPageSize(PdfReport::pageSizeNamed(paper));
        if (!writeReport<PdfReport>(parser.value(pdfOption), report, &error, pdf))
            return fail(error);
    }

    return std::nullopt;
}

void ScanCommand::printTable(const AuditReport &report)
{
    const bool reportOnStdout = parser.value(jsonOption) == QLatin1String("-")
        || parser.value(csvOption) == QLatin1String("-")
        || parser.value(ocsfOption) == QLatin1String("-");
    if (!parser.isSet(quietOption) && !reportOnStdout) {
        TableOptions table;
        table.color = stdoutIsColorTerminal();
        table.proof = parser.isSet(proofOption);
        table.width = outputWidth();
        out << renderScanTable(report.scan, table);
        out.flush();
    }
}

void ScanCommand::printStats(const AuditReport &report)
{
    if (parser.isSet(statsOption)) {
        err << "stats {" << stats
            << QStringLiteral("\"wall_s\": %1, \"nsgs\": %2, \"errors\": %3, \"peak_rss_mb\": %4}")
                   .arg(clock.elapsed() / 1000.0, 0, 'f', 3)
                   .arg(report.scan.nsgs.size())
                   .arg(report.scan.errors.size())
                   .arg(peakRssMb(), 0, 'f', 1)
            << Qt::endl;
    }
}

int ScanCommand::exitCode(const AuditReport &report) const
{
    if (parser.isSet(failInternetOption)) {
        const ReachabilityResult &reach = report.scan.reachability;
        if (reach.exposedEndpoints() > 0)
            return ExposedFound;
        const bool undecided =
            std::any_of(reach.endpoints.begin(), reach.endpoints.end(),
                        [](const Endpoint &e) { return e.verdict == Verdict::Unknown; })
            || std::any_of(report.scan.nsgs.begin(), report.scan.nsgs.end(),
                           [&reach](const NsgResult &r) {
                               return r.finding.verdict == Verdict::Exposed
                                   && reach.of(r.nsg.id()) != NsgReachability::InternetFacing
                                   && reach.of(r.nsg.id()) != NsgReachability::Latent;
                           })
            || !report.scan.errors.isEmpty();
        if (undecided)
            return UnknownFound;
        if (!parser.isSet(failOption))
            return Done;
    }
    if (parser.isSet(failOption)) {
        if (report.scan.count(Verdict::Exposed) > 0
            || std::any_of(
                report.scan.interfaces.begin(), report.scan.interfaces.end(),
                [](const NicResult &n) { return n.finding.verdict == Verdict::Exposed; }))
            return ExposedFound;
        if (report.scan.count(Verdict::Unknown) > 0 || !report.scan.errors.isEmpty()
            || std::any_of(report.scan.reachability.interfaces.begin(),
                           report.scan.reachability.interfaces.end(),
                           [](const NicReachability &n) {
                               return n.verdict == NicReachability::Verdict::Unknown;
                           })
            || std::any_of(
                report.scan.interfaces.begin(), report.scan.interfaces.end(),
                [](const NicResult &n) { return n.finding.verdict == Verdict::Unknown; }))
            return UnknownFound;
    }
    return Done;
}

int ScanCommand::run(const QStringList &arguments)
{
    if (const std::optional<int> code = parse(arguments))
        return *code;
    if (const std::optional<int> code = openHistory())
        return *code;
    clock.start();
    startedAt = QDateTime::currentDateTimeUtc();
    if (const std::optional<int> code = files.isEmpty() ? scanLive() : scanOffline())
        return *code;
    for (const QString &warning : result.warnings)
        err << "warning: " << warning << Qt::endl;
    if (const std::optional<int> code = applyAcceptedRisks())
        return *code;
    // Changes made to these NSGs, from the change journal (when there is one and a report
    // is written).
    if (parser.isSet(jsonOption) || parser.isSet(csvOption) || parser.isSet(pdfOption)
        || parser.isSet(htmlOption) || parser.isSet(ocsfOption))
        sources.journalPath = parser.isSet(journalOption) ? parser.value(journalOption)
                                                          : ChangeJournal::defaultPath();
    QStringList assemblyWarnings;
    AuditReport report = ReportAssembly::assemble(std::move(result), sources, &assemblyWarnings);
    for (const QString &warning : std::as_const(assemblyWarnings))
        err << "warning: " << warning << Qt::endl;
    if (const std::optional<int> code = recordHistory(report))
        return *code;
    if (const std::optional<int> code = writeReports(report))
        return *code;
    printTable(report);
    printStats(report);
    // A broken or empty input never passes: the reports hold what was read, and say so.
    for (const QString &problem : std::as_const(inputProblems))
        err << "nsg-auditor scan: " << problem << Qt::endl;
    if (!inputProblems.isEmpty())
        return BadUsage;
    return exitCode(report);
}

} // namespace

int runScan(const QStringList &arguments)
{
    ScanCommand command;
    return command.run(arguments);
}

} // namespace nsg::cli
