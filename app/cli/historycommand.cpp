// SPDX-License-Identifier: MIT
#include "cli/historycommand.h"

#include "cli/clisignin.h"
#include "cli/exitcode.h"
#include "cli/output.h"
#include "core/input/offlinescan.h"
#include "history/historystore.h"
#include "report/diffreport.h"
#include "workspace/audithistory.h"
#include "workspace/connection.h"

#include "core/settings/appsettings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QTextStream>

namespace nsg::cli {

using history::HistoryStore;
using history::NsgChange;
using history::Snapshot;
using history::SnapshotDiff;
using workspace::AuditHistory;
using workspace::HistorySettings;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("nsg::cli::history", text);
}

class DiffCommand
{
public:
    DiffCommand()
        : out(stdout)
        , err(stderr)
    { }
    int run(const QStringList &arguments);

private:
    int fail(const QString &message)
    {
        err << "nsg-auditor diff: " << message << Qt::endl;
        return BadUsage;
    }
    // A side of the comparison: an export file (scanned now) or a snapshot of the history.
    std::optional<Snapshot> side(const QString &what, QString *error);
    void printSummary(const SnapshotDiff &diff);

    QTextStream out;
    QTextStream err;
    QCommandLineParser parser;
    const CommonOptions common;
    const QCommandLineOption helpOption{{QStringLiteral("h"), QStringLiteral("help")},
                                        tr("Show this help.")};
    const QCommandLineOption historyOption{
        QStringLiteral("history"),
        tr("The audit history (default: the Settings dialog's, else history.sqlite in the app "
           "data folder)."),
        tr("FILE")};
    const QCommandLineOption jsonOption{QStringLiteral("json"),
                                        tr("Write the comparison as JSON (README, 'The diff's "
                                           "JSON'); - for stdout."),
                                        tr("FILE")};
    const QCommandLineOption csvOption{QStringLiteral("csv"),
                                       tr("Write a CSV row per NSG that moved."), tr("FILE")};
    const QCommandLineOption htmlOption{QStringLiteral("html"), tr("Write an HTML page."),
                                        tr("FILE")};
    const QCommandLineOption pdfOption{QStringLiteral("pdf"), tr("Write a PDF."), tr("FILE")};
    const QCommandLineOption failOnNewOption{
        QStringLiteral("fail-on-new"),
        tr("Exit 3 when something is newly exposed: a new exposure, one that came back, an "
           "accepted risk that lapsed, or an endpoint that became internet-facing.")};
    std::unique_ptr<HistoryStore> store;
    EvaluationOptions options;
};

std::optional<Snapshot> DiffCommand::side(const QString &what, QString *error)
{
    if (QFileInfo(what).isFile()) {
        OfflineScan scan(options);
        if (!scan.addFile(what)) {
            *error = scan.errorString();
            return std::nullopt;
        }
        const AuditReport report = AuditReport::fromScan(scan.takeResult());
        return AuditHistory::snapshotOf(report, QString(), report.scan.scannedAt);
    }
    if (!store) {
        *error = tr("'%1' is no file, and the audit history could not be opened").arg(what);
        return std::nullopt;
    }
    const std::optional<qint64> id = store->resolve(what);
    if (!id) {
        *error = store->errorString();
        return std::nullopt;
    }
    // Its NSGs are loaded when compared (only those the comparison lists, when both sides are
    // snapshots).
    Snapshot s;
    for (const history::SnapshotInfo &i : store->list()) {
        if (i.id == *id)
            s.info = i;
    }
    return s;
}

void DiffCommand::printSummary(const SnapshotDiff &diff)
{
    out << DiffReport::headline(diff) << '\n';
    out << tr("  older: %1 (%2)").arg(diff.oldInfo.label(), diff.oldInfo.scopeText()) << '\n';
    out << tr("  newer: %1 (%2)").arg(diff.newInfo.label(), diff.newInfo.scopeText()) << '\n';
    for (const NsgChange &c : diff.nsgs) {
        QString line = QStringLiteral("  %1 %2 (%3)")
                           .arg(apiName(c.kind).leftJustified(14), c.name, c.resourceGroup);
        if (c.firstSeen.isValid())
            line += tr(", first seen %1").arg(c.firstSeen.toUTC().toString(Qt::ISODate));
        if (c.rulesChanged)
            line += tr(", rules changed");
        out << line << '\n';
        for (const history::ChangeRecord &r : c.changes)
            out << "      " << r.text() << '\n';
    }
    for (const history::EndpointChange &e : diff.endpoints)
        out << QStringLiteral("  %1 %2").arg(apiName(e.kind), e.label) << '\n';
    if (diff.attribution.state != history::Attribution::State::Read
        && !diff.attribution.note.isEmpty())
        out << tr("  note: ") << diff.attribution.note << '\n';
    out.flush();
}

int DiffCommand::run(const QStringList &arguments)
{
    parser.setApplicationDescription(
        tr("Compares two audits: what is newly exposed, what came back, what was fixed, what is "
           "still exposed, rules that changed, NSGs added and removed, accepted risks that "
           "lapsed, endpoints that became internet-facing — with first-seen dates from the "
           "history and, signed in (--tenant, --sandbox-url), who changed each NSG from Azure's "
           "change history."));
    parser.addOptions(
        {helpOption, historyOption, jsonOption, csvOption, htmlOption, pdfOption, failOnNewOption});
    common.addPolicy(parser);
    common.addSource(parser);
    parser.addPositionalArgument(QStringLiteral("old"),
                                 tr("A snapshot (number, latest, previous) or an export file."));
    parser.addPositionalArgument(QStringLiteral("new"),
                                 tr("A snapshot (number, latest, previous) or an export file."));
    QStringList argv = arguments;
    argv[0] = QStringLiteral("nsg-auditor diff");
    if (!parser.parse(argv))
        return fail(parser.errorText());
    if (parser.isSet(helpOption)) {
        QString help = parser.helpText();
        help.replace(0, help.indexOf(QLatin1Char('\n')),
                     tr("Usage: nsg-auditor diff [options] OLD NEW"));
        out << help;
        return Done;
    }
    const QStringList sides = parser.positionalArguments();
    if (sides.size() != 2)
        return fail(tr("give two audits to compare: OLD NEW (snapshot numbers, latest, previous, "
                       "or export files)"));
    QString error;
    const std::optional<EvaluationOptions> evaluation = common.evaluation(parser, &error);
    if (!evaluation)
        return fail(error);
    options = *evaluation;

    HistorySettings settings = HistorySettings::fromAppSettings();
    if (parser.isSet(historyOption))
        settings.path = parser.value(historyOption);
    const bool bothFiles = QFileInfo(sides[0]).isFile() && QFileInfo(sides[1]).isFile();
    store = std::make_unique<HistoryStore>();
    const bool opened = store->open(settings.effectivePath());
    for (const QString &notice : store->notices())
        err << "note: " << notice << Qt::endl;
    if (!opened) {
        if (!bothFiles || parser.isSet(historyOption))
            return fail(store->errorString());
        store.reset();
    }

    std::optional<Snapshot> older = side(sides[0], &error);
    if (!older)
        return fail(error);
    std::optional<Snapshot> newer = side(sides[1], &error);
    if (!newer)
        return fail(error);
    // Read backwards, a comparison calls a fix a regression: the earlier scan is always OLD.
    if (older->info.id > 0 && newer->info.id > 0 && older->info.id > newer->info.id) {
        err << tr("note: #%1 was taken after #%2: compared #%2 → #%1.")
                   .arg(older->info.id)
                   .arg(newer->info.id)
            << Qt::endl;
        std::swap(older, newer);
    }
    if (older->info.id > 0 && older->info.id == newer->info.id)
        return fail(tr("OLD and NEW are the same snapshot (#%1)").arg(older->info.id));
    SnapshotDiff diff;
    if (older->info.id > 0 && newer->info.id > 0) {
        std::optional<SnapshotDiff> stored =
            AuditHistory::compare(*store, older->info.id, newer->info.id, &error);
        if (!stored)
            return fail(error);
        diff = std::move(*stored);
    } else {
        // A snapshot against a file: the snapshot whole.
        for (std::optional<Snapshot> *s : {&older, &newer}) {
            if ((*s)->info.id > 0) {
                *s = store->load((*s)->info.id);
                if (!*s)
                    return fail(store->errorString());
            }
        }
        diff = AuditHistory::compare(*older, *newer, store.get());
    }

    if (common.hasSource(parser)) {
        if (parser.isSet(common.sandboxUrl) && parser.isSet(common.tenant))
            return fail(tr("give one source: --sandbox-url URL or --tenant ID"));
        workspace::Connection connection;
        QString signInError;
        const std::optional<workspace::ConnectionOptions> signInOptions =
            common.signIn(parser, &signInError);
        if (!signInOptions || !signInOnCommandLine(connection, *signInOptions, err, &signInError))
            return fail(signInError);
        workspace::AttributionRun run(&connection);
        QEventLoop loop;
        QObject::connect(&run, &workspace::AttributionRun::finished, &loop, &QEventLoop::quit);
        run.start(std::move(diff), store.get());
        loop.exec();
        diff = run.takeDiff();
    }

    DiffReport writer;
    auto output = [&](const QCommandLineOption &option, auto write) {
        if (!parser.isSet(option))
            return true;
        QString writeError;
        if (writeOutput(
                parser.value(option),
                [&](QIODevice *device) {
                    const bool ok = write(device);
                    if (!ok)
                        writeError = writer.errorString();
                    return ok;
                },
                &writeError))
            return true;
        error = writeError;
        return false;
    };
    if (!output(jsonOption, [&](QIODevice *d) { return writer.writeJson(diff, d); })
        || !output(csvOption, [&](QIODevice *d) { return writer.writeCsv(diff, d); })
        || !output(htmlOption, [&](QIODevice *d) { return writer.writeHtml(diff, d); })
        || !output(pdfOption, [&](QIODevice *d) {
               return writer.writePdf(diff, d,
                                      AppSettings::load().paperSize == QLatin1String("Letter")
                                          ? QPageSize::Letter
                                          : QPageSize::A4);
           }))
        return fail(error);
    if (!(parser.isSet(jsonOption) && parser.value(jsonOption) == QLatin1String("-")))
        printSummary(diff);
    if (parser.isSet(failOnNewOption) && diff.hasNewExposure())
        return ExposedFound;
    return Done;
}

int historyList(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption historyOption{QStringLiteral("history"), tr("The audit history file."),
                                           tr("FILE")};
    const QCommandLineOption keepOption{
        QStringLiteral("keep"), tr("prune: keep the newest N snapshots (0: all)."), tr("N")};
    const QCommandLineOption daysOption{
        QStringLiteral("days"), tr("prune: keep the snapshots of the last N days (0: all)."),
        tr("N")};
    const QCommandLineOption helpOption{{QStringLiteral("h"), QStringLiteral("help")},
                                        tr("Show this help.")};
    parser.addOptions({helpOption, historyOption, keepOption, daysOption});
    parser.addPositionalArgument(QStringLiteral("action"), tr("list (the default) or prune."),
                                 QStringLiteral("[list|prune]"));
    QStringList argv = arguments;
    argv[0] = QStringLiteral("nsg-auditor history");
    auto fail = [&err](const QString &message) {
        err << "nsg-auditor history: " << message << Qt::endl;
        return int(BadUsage);
    };
    if (!parser.parse(argv))
        return fail(parser.errorText());
    if (parser.isSet(helpOption)) {
        QString help = parser.helpText();
        help.replace(0, help.indexOf(QLatin1Char('\n')),
                     tr("Usage: nsg-auditor history [list | prune --keep N --days N] "
                        "[--history FILE]"));
        out << help;
        return Done;
    }
    const QString action = parser.positionalArguments().value(0, QStringLiteral("list"));
    if (action != QLatin1String("list") && action != QLatin1String("prune"))
        return fail(tr("unknown action '%1': list or prune").arg(action));
    HistorySettings settings = HistorySettings::fromAppSettings();
    if (parser.isSet(historyOption))
        settings.path = parser.value(historyOption);
    HistoryStore store;
    const bool opened = store.open(settings.effectivePath());
    for (const QString &notice : store.notices())
        err << "note: " << notice << Qt::endl;
    if (!opened)
        return fail(store.errorString());
    if (action == QLatin1String("prune")) {
        bool keepOk = true, daysOk = true;
        const int keep =
            parser.value(keepOption).isEmpty() ? 0 : parser.value(keepOption).toInt(&keepOk);
        const int days =
            parser.value(daysOption).isEmpty() ? 0 : parser.value(daysOption).toInt(&daysOk);
        if (!keepOk || !daysOk || keep < 0 || days < 0 || (keep == 0 && days == 0))
            return fail(tr("prune needs --keep N and/or --days N (whole numbers above 0)"));
        const int removed = store.prune(keep, days);
        if (removed < 0)
            return fail(store.errorString());
        out << tr("Removed %1 snapshot(s) from %2.").arg(removed).arg(store.path()) << Qt::endl;
        return Done;
    }
    const QList<history::SnapshotInfo> all = store.list();
    out << tr("%1: %2 snapshot(s)").arg(store.path()).arg(all.size()) << '\n';
    for (const history::SnapshotInfo &i : all)
        out << QStringLiteral("  #%1  %2  %3  %4 NSGs, %5 exposed  %6  %7")
                   .arg(QString::number(i.id).leftJustified(4),
                        i.started.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                        i.kind.leftJustified(7))
                   .arg(i.nsgCount)
                   .arg(i.exposedCount)
                   .arg(i.scopeText(), i.account)
            << '\n';
    out.flush();
    return Done;
}

} // namespace

int runDiff(const QStringList &arguments)
{
    DiffCommand command;
    return command.run(arguments);
}

int runHistory(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    return historyList(arguments, out, err);
}

} // namespace nsg::cli
