// SPDX-License-Identifier: MIT
#include "cli/editcommand.h"

#include "azure/armclient.h"
#include "azure/changejournal.h"
#include "azure/nsgread.h"
#include "azure/ownershipcheck.h"
#include "cli/clisignin.h"
#include "cli/exitcode.h"
#include "workspace/connection.h"
#include "workspace/editsession.h"
#include "workspace/fixpreview.h"

#include "core/audit/findingtext.h"
#include "core/audit/sourceinput.h"
#include "core/model/resourceid.h"
#include "core/util/jsonvalue.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QTextStream>

namespace nsg::cli {

using namespace nsg::azure;
using workspace::Connection;
using workspace::ConnectionOptions;
using workspace::EditSession;

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("nsg::cli::edit", text, disambiguation, n);
}

QString verdictLine(const std::optional<NsgResult> &r, const EvaluationOptions &options)
{
    if (!r)
        return tr("cannot be evaluated");
    QString line = displayName(r->finding.verdict);
    if (r->finding.verdict == Verdict::Exposed)
        line += QStringLiteral(" — ") + FindingText(r->nsg, r->finding, options).reason();
    return line;
}

int exitCodeOf(const EditOutcome &outcome)
{
    switch (outcome.state) {
    case EditOutcome::State::Verified:
        return Done;
    case EditOutcome::State::Applied:
        return ExposedFound;
    case EditOutcome::State::Conflict:
    case EditOutcome::State::Refused:
    case EditOutcome::State::Failed:
        break;
    }
    return NotApplied;
}

// The parts restrict and revert share: options, sign-in, the journal, and running a RuleEditor
// to the end (with a second sign-in when Azure asks for MFA).
class EditRun
{
public:
    EditRun(const QString &command, QTextStream &out, QTextStream &err)
        : m_command(command)
        , m_out(out)
        , m_err(err)
        , m_journalOption(QStringLiteral("journal"),
                          tr("The change journal (default: $NSG_AUDITOR_JOURNAL, else the app "
                             "data folder's journal.jsonl)."),
                          tr("FILE"))
        , m_helpOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."))
    { }

    int fail(const QString &message, int code = BadUsage)
    {
        m_err << "nsg-auditor " << m_command << ": " << message << Qt::endl;
        return code;
    }

    void addOptions(QCommandLineParser &parser)
    {
        parser.addOption(m_helpOption);
        m_common.addPolicy(parser);
        m_common.addSource(parser);
        parser.addOption(m_journalOption);
    }

    // Parses and checks what both commands need; std::nullopt: go on, else the exit code.
    std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments,
                             bool needsSource = true)
    {
        QStringList argv = arguments;
        argv[0] = QLatin1String("nsg-auditor ") + m_command;
        if (!parser.parse(argv))
            return fail(parser.errorText());
        if (parser.isSet(m_helpOption)) {
            m_out << parser.helpText();
            return Done;
        }
        QString error;
        const std::optional<EvaluationOptions> evaluation = m_common.evaluation(parser, &error);
        if (!evaluation)
            return fail(error);
        m_options = *evaluation;
        if (needsSource && !m_common.hasSource(parser))
            return fail(tr("give where the rule is: --sandbox-url URL or --tenant ID (--demo "
                           "cannot be changed: it lives only as long as one process)"));
        if (parser.isSet(m_common.sandboxUrl) && parser.isSet(m_common.tenant))
            return fail(tr("give one source: --sandbox-url URL or --tenant ID"));
        const std::optional<ConnectionOptions> signIn = m_common.signIn(parser, &error);
        if (!signIn)
            return fail(error);
        m_signInOptions = *signIn;
        m_journalPath = parser.isSet(m_journalOption) ? parser.value(m_journalOption)
                                                      : ChangeJournal::defaultPath();
        return std::nullopt;
    }

    bool openJournal(QString *error)
    {
        if (!m_edits.openJournal(m_journalPath, error))
            return false;
        for (const QString &problem : m_edits.journal()->problems())
            m_err << tr("warning: change journal %1: %2").arg(m_journalPath, problem) << Qt::endl;
        return true;
    }

    bool signIn(QString *error)
    {
        if (!signInOnCommandLine(m_connection, m_signInOptions, m_err, error))
            return false;
        m_err << tr("Signed in as %1.").arg(account().username) << Qt::endl;
        return true;
    }

    AccountInfo account() const { return m_connection.account(); }
    QString tenant() const
    {
        const AccountInfo a = account();
        return a.tenantId.isEmpty() ? a.homeTenantId : a.tenantId;
    }

    // Runs the change to its end, printing its steps; an MFA challenge signs in again.
    EditOutcome run(const std::function<void(EditSession &)> &start)
    {
        EditSession &edits = m_edits;
        QEventLoop loop;
        EditOutcome outcome;
        QObject::connect(&edits, &EditSession::progress, &loop,
                         [this](const QString &step) { m_err << step << " …" << Qt::endl; });
        QObject::connect(&edits, &EditSession::claimsChallenge, &loop, [this] {
            m_err << tr("Azure asks for a multi-factor sign-in before this change.") << Qt::endl;
        });
        QObject::connect(&m_connection, &Connection::stepUpFinished, &loop,
                         [this](bool ok, const QString &why) {
                             if (!ok)
                                 m_err << why << Qt::endl;
                         });
        bool done = false;
        QObject::connect(&edits, &EditSession::finished, &loop, [&](const EditOutcome &o) {
            outcome = o;
            done = true;
            loop.quit();
        });
        start(edits);
        if (!done)
            loop.exec();
        return outcome;
    }

    int report(const EditOutcome &outcome)
    {
        if (!outcome.changeId.isEmpty())
            m_out << tr("change %1 (journal %2)").arg(outcome.changeId, m_journalPath) << Qt::endl;
        if (outcome.nsg)
            m_out << tr("NSG now: %1").arg(verdictLine(outcome.nsg, m_options)) << Qt::endl;
        if (!outcome.requestIds.isEmpty())
            m_out << tr("request ids: %1").arg(outcome.requestIds.join(QLatin1String(", ")))
                  << Qt::endl;
        if (outcome.state == EditOutcome::State::Conflict && !outcome.current.isNull()) {
            m_out << tr("the rule as it is now:") << Qt::endl
                  << outcome.current.toText() << Qt::endl;
        }
        const QString line = outcome.isVerified()
            ? outcome.message
            : EditOutcome::stateName(outcome.state) + QLatin1String(": ") + outcome.message;
        if (outcome.isVerified()) {
            m_out << line << Qt::endl;
            return Done;
        }
        m_err << "nsg-auditor " << m_command << ": " << line << Qt::endl;
        return exitCodeOf(outcome);
    }

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    const EvaluationOptions &options() const { return m_options; }
    ChangeJournal &journal() { return *m_edits.journal(); }
    ArmClient *arm() const { return m_connection.arm(); }
    ResourceGraphClient *graph() const { return m_connection.graph(); }

private:
    QString m_command;
    QTextStream &m_out;
    QTextStream &m_err;
    CommonOptions m_common;
    QCommandLineOption m_journalOption;
    QCommandLineOption m_helpOption;
    EvaluationOptions m_options;
    ConnectionOptions m_signInOptions;
    QString m_journalPath;
    Connection m_connection;
    EditSession m_edits{&m_connection};
};

// --dry-run: reads the NSG, shows what would change and what the verdict would become.
int dryRun(EditRun &run, const QString &ruleId, const RuleFix &fix,
           std::optional<ShipFormat> format)
{
    const ResourceId rid = ResourceId::parse(ruleId);
    const QString nsgId = ruleId.section(QStringLiteral("/securityRules/"), 0, 0,
                                         QString::SectionCaseInsensitiveSeps);
    const std::unique_ptr<NsgRead> read(NsgRead::one(run.arm(), run.tenant(), nsgId));
    QEventLoop loop;
    QObject::connect(read.get(), &NsgRead::finished, &loop, &QEventLoop::quit);
    loop.exec();
    if (read->document().is_null())
        return run.fail(tr("cannot read the NSG: %1").arg(read->armError().toString()), NotApplied);
    const FixPreview preview(NsgDocument::fromJson(read->document()), rid.childName, fix,
                             run.options(), ruleId);
    if (!preview.isValid())
        return run.fail(tr("the NSG has no rule %1").arg(rid.childName), NotApplied);
    QTextStream &out = run.out();
    out << tr("rule %1 (dry run: nothing is sent)").arg(ruleId) << Qt::endl;
    for (const QString &line : preview.diffLines())
        out << "  " << line << Qt::endl;
    out << tr("NSG before: %1").arg(verdictLine(preview.before(), run.options())) << Qt::endl;
    out << tr("NSG after:  %1").arg(verdictLine(preview.after(), run.options())) << Qt::endl;

    // Who owns the NSG decides which format comes first: a template's own, when one manages it.
    OwnershipCheck check(run.arm(), run.graph());
    check.check(run.tenant(), nsgId, JsonValue::object(read->document(), "tags"));
    QEventLoop checking;
    QObject::connect(&check, &OwnershipCheck::finished, &checking, &QEventLoop::quit);
    checking.exec();
    const Ownership &owner = check.result();
    out << tr("who manages it: %1").arg(owner.summary()) << Qt::endl;

    const CloudEnvironment &cloud = run.arm()->environment();
    const FixShipping shipping =
        preview.shipping(cloud.resourceManager().toString(), cloud.apiVersions().network);
    QList<ShipFormat> formats{format ? *format : ShipFormat::AzureCli};
    if (!format && owner.suggested())
        formats.prepend(*owner.suggested());
    for (ShipFormat f : formats) {
        out << Qt::endl
            << tr("the same as %1:").arg(shipfix::name(f)) << Qt::endl
            << Qt::endl
            << shipfix::render(shipping, f).text();
    }
    return Done;
}

} // namespace

int runRestrict(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    EditRun run(QStringLiteral("restrict"), out, err);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Restricts the source of an inbound rule to known addresses (the portal's \"Source: IP "
           "addresses\"), journals the change, writes it with If-Match, and verifies it by "
           "reading the NSG back. Exit 0 only when verified; 3 when applied but the rule still "
           "exposes the port; 5 when not applied."));
    const QCommandLineOption ruleOption(QStringLiteral("rule"), tr("The rule's resource id."),
                                        tr("RULE_ID"));
    const QCommandLineOption sourceOption(
        QStringLiteral("source"),
        tr("The new source: IPv4/IPv6 addresses and CIDR ranges, separated by commas or spaces "
           "(repeatable)."),
        tr("PREFIXES"));
    const QCommandLineOption dryRunOption(
        QStringLiteral("dry-run"),
        tr("Show the change, the verdict it would give and the az command; send nothing."));
    const QCommandLineOption formatOption(
        QStringLiteral("format"),
        tr("With --dry-run: show the change as arm (the exact request), az, powershell, bicep or "
           "terraform (default: az, after the format of the template that manages the NSG)."),
        tr("FORMAT"));
    parser.addOptions({ruleOption, sourceOption, dryRunOption, formatOption});
    run.addOptions(parser);
    if (const std::optional<int> code = run.parse(parser, arguments))
        return *code;
    if (!parser.isSet(ruleOption))
        return run.fail(tr("give the rule: --rule RULE_ID"));
    const QString ruleId = parser.value(ruleOption);
    const ResourceId rid = ResourceId::parse(ruleId);
    if (!rid.valid || rid.childType.compare(QLatin1String("securityRules"), Qt::CaseInsensitive))
        return run.fail(tr("--rule must be a security rule's resource id "
                           "(/subscriptions/…/networkSecurityGroups/NSG/securityRules/NAME), not "
                           "'%1'")
                            .arg(ruleId));
    if (!parser.isSet(sourceOption))
        return run.fail(tr("give the new source: --source PREFIXES"));
    const std::optional<ShipFormat> format = shipfix::fromKey(parser.value(formatOption));
    if (!format && parser.isSet(formatOption))
        return run.fail(tr("--format must be arm, az, powershell, bicep or terraform, not '%1'")
                            .arg(parser.value(formatOption)));
    if (parser.isSet(formatOption) && !parser.isSet(dryRunOption))
        return run.fail(tr("--format shows a change without sending it: give --dry-run too"));

    // The same validation as the edit dialog, entry by entry.
    const SourceInput input =
        SourceInput::parse(parser.values(sourceOption).join(QLatin1Char(' ')), run.options().limit);
    for (const SourceInput::Entry &e : input.entries) {
        if (e.status == SourceInput::Entry::Status::Refused)
            err << tr("refused: %1: %2").arg(e.text, e.message) << Qt::endl;
        else if (!e.message.isEmpty())
            err << tr("note: %1: %2").arg(e.text, e.message) << Qt::endl;
    }
    if (!input.isUsable())
        return run.fail(input.prefixes.isEmpty() && input.refusedCount() == 0
                            ? tr("--source holds no address")
                            : tr("%n source entry(s) refused; nothing was sent", nullptr,
                                 input.refusedCount()));
    RuleFix fix;
    fix.prefixes = input.prefixes;

    QString error;
    if (!parser.isSet(dryRunOption) && !run.openJournal(&error))
        return run.fail(error);
    if (!run.signIn(&error))
        return run.fail(error, NotApplied);
    if (parser.isSet(dryRunOption))
        return dryRun(run, ruleId, fix,
                      parser.isSet(formatOption) ? format : std::optional<ShipFormat>());

    EditRequest request;
    request.ruleId = ruleId;
    request.tenantId = run.tenant();
    request.fix = fix;
    request.options = run.options();
    const EditOutcome outcome = run.run([&request](EditSession &e) { e.apply(request); });
    if (!outcome.before.isNull() || !outcome.after.isNull()) {
        for (const QString &line : outcome.before.diffLines(outcome.after))
            out << "  " << line << Qt::endl;
    }
    return run.report(outcome);
}

int runRevert(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    EditRun run(QStringLiteral("revert"), out, err);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Puts a journaled change's before JSON back (If-Match on the rule's current etag) "
           "and verifies it. Refuses when the rule changed since the change, unless --force. "
           "'--list' shows the journal."));
    const QCommandLineOption changeOption(
        QStringLiteral("change"), tr("The change's id (or its first 8 characters)."), tr("ID"));
    const QCommandLineOption forceOption(
        QStringLiteral("force"), tr("Revert even though the rule changed since the change."));
    const QCommandLineOption listOption(QStringLiteral("list"),
                                        tr("List the journal's changes and exit."));
    parser.addOptions({changeOption, forceOption, listOption});
    run.addOptions(parser);
    // Listing reads the journal only: no sign-in, no source.
    if (const std::optional<int> code =
            run.parse(parser, arguments, !arguments.contains(QLatin1String("--list"))))
        return *code;
    QString error;
    if (!run.openJournal(&error))
        return run.fail(error);
    if (parser.isSet(listOption)) {
        err << tr("journal %1: %n change(s)", nullptr, int(run.journal().changes().size()))
                   .arg(run.journal().path())
            << Qt::endl;
        for (const JournalChange &c : run.journal().changes()) {
            out << c.id.left(8) << "  " << c.created.toString(Qt::ISODate) << "  "
                << JournalChange::statusName(c.status).leftJustified(8) << "  "
                << c.fix.leftJustified(14) << "  " << c.ruleId << Qt::endl;
        }
        return run.journal().isIntact() ? Done : NotApplied;
    }
    if (!parser.isSet(changeOption))
        return run.fail(tr("give the change: --change ID (see --list)"));
    if (!run.journal().change(parser.value(changeOption), &error))
        return run.fail(error);
    if (!run.signIn(&error))
        return run.fail(error, NotApplied);
    const QString change = parser.value(changeOption);
    const bool force = parser.isSet(forceOption);
    const EvaluationOptions options = run.options();
    // The change's own tenant (the journal has it) decides which token the writes use.
    const EditOutcome outcome = run.run([&](EditSession &e) { e.revert(change, options, force); });
    if (outcome.state == EditOutcome::State::Conflict) {
        out << tr("the change left the rule so:") << Qt::endl;
        for (const QString &line : outcome.before.diffLines(outcome.current))
            out << "  " << line << Qt::endl;
        err << tr("(--force reverts anyway)") << Qt::endl;
    }
    return run.report(outcome);
}

} // namespace nsg::cli
