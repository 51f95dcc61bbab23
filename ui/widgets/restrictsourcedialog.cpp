// SPDX-License-Identifier: MIT
#include "ui/widgets/restrictsourcedialog.h"

#include "ui/widgets/pathchangesview.h"
#include "ui/widgets/shipitview.h"
#include "ui/widgets/sourceeditor.h"
#include "ui/widgets/verdictbanner.h"

#include "ui/models/statusicons.h"

#include "workspace/fixpreview.h"

#include "core/audit/findingtext.h"
#include "core/audit/sourceinput.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBlock>
#include <QVBoxLayout>

namespace nsg::ui {

using nsg::azure::EditOutcome;
using nsg::azure::EditRequest;

namespace {

QLineEdit *readOnly(QWidget *parent, const QString &name)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setReadOnly(true);
    edit->setFrame(false);
    edit->setToolTip(RestrictSourceDialog::tr("Only the source can be changed here"));
    return edit;
}

QString joined(const RuleDocument &rule, const char *singular, const char *plural)
{
    const QStringList v = rule.values(singular, plural);
    return v.isEmpty() ? QStringLiteral("—") : v.join(QLatin1String(", "));
}

QPlainTextEdit *jsonView(QWidget *parent, const QString &name)
{
    return ShipItView::codeView(parent, name);
}

// Removed and added lines as a diff shows them: light red and light green backgrounds with dark
// text, readable in a light and in a dark palette alike.
QTextCharFormat lineFormat(bool added)
{
    QTextCharFormat format;
    format.setBackground(added ? QColor(0xcc, 0xf2, 0xd0) : QColor(0xff, 0xd7, 0xd5));
    format.setForeground(QColor(0x1a, 0x1a, 0x1a));
    format.setProperty(QTextFormat::FullWidthSelection, true);
    return format;
}

void highlightLines(QPlainTextEdit *view, const std::vector<int> &lines, bool added)
{
    QList<QTextEdit::ExtraSelection> selections;
    for (int line : lines) {
        QTextEdit::ExtraSelection s;
        s.cursor = QTextCursor(view->document()->findBlockByNumber(line));
        s.format = lineFormat(added);
        selections.append(s);
    }
    view->setExtraSelections(selections);
}

// The lines of `a` and of `b` that are not in their longest common subsequence: what a line diff
// shows as removed and added.
void changedLines(const QStringList &a, const QStringList &b, std::vector<int> &removed,
                  std::vector<int> &added)
{
    const size_t n = size_t(a.size());
    const size_t m = size_t(b.size());
    std::vector<std::vector<int>> lcs(n + 1, std::vector<int>(m + 1, 0));
    for (size_t i = n; i-- > 0;) {
        for (size_t j = m; j-- > 0;)
            lcs[i][j] = a[qsizetype(i)] == b[qsizetype(j)] ? lcs[i + 1][j + 1] + 1
                                                           : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    }
    size_t i = 0;
    size_t j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a[qsizetype(i)] == b[qsizetype(j)]) {
            ++i;
            ++j;
        } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
            added.push_back(int(j++));
        } else {
            removed.push_back(int(i++));
        }
    }
}

QWidget *titled(const QString &title, QWidget *view, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(title, box);
    label->setBuddy(view);
    layout->addWidget(label);
    layout->addWidget(view, 1);
    return box;
}

} // namespace

RestrictSourceDialog::RestrictSourceDialog(const NsgDocument &nsg, const QString &ruleName,
                                           const QString &tenantId,
                                           const EvaluationOptions &options, QWidget *parent)
    : QDialog(parent)
    , m_nsg(nsg)
    , m_ruleName(ruleName)
    , m_tenantId(tenantId)
    , m_options(options)
    , m_title(new QLabel(this))
    , m_banner(new VerdictBanner(this))
    , m_sourceKind(readOnly(this, QStringLiteral("sourceKind")))
    , m_currentSource(new QLabel(this))
    , m_source(new SourceEditor(this))
    , m_sourcePorts(readOnly(this, QStringLiteral("sourcePorts")))
    , m_destination(readOnly(this, QStringLiteral("destination")))
    , m_service(readOnly(this, QStringLiteral("service")))
    , m_destinationPorts(readOnly(this, QStringLiteral("destinationPorts")))
    , m_protocol(readOnly(this, QStringLiteral("protocol")))
    , m_action(readOnly(this, QStringLiteral("action")))
    , m_priority(readOnly(this, QStringLiteral("priority")))
    , m_name(readOnly(this, QStringLiteral("name")))
    , m_description(readOnly(this, QStringLiteral("description")))
    , m_previewTabs(new QTabWidget(this))
    , m_before(jsonView(this, QStringLiteral("beforeJson")))
    , m_after(jsonView(this, QStringLiteral("afterJson")))
    , m_diff(jsonView(this, QStringLiteral("diff")))
    , m_ship(new ShipItView(this))
    , m_ownerNote(new QLabel(this))
    , m_paths(new PathChangesView(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_apply(new QPushButton(tr("&Apply"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("restrictSourceDialog"));
    setWindowTitle(tr("Restrict the source of %1").arg(ruleName));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);

    m_sourceKind->setText(tr("IP Addresses"));
    m_currentSource->setObjectName(QStringLiteral("currentSource"));
    m_currentSource->setWordWrap(true);
    m_source->setLimit(options.limit);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("Source"), m_sourceKind);
    form->addRow(QString(), m_currentSource);
    form->addRow(tr("Source IP addresses/CIDR ranges *"), m_source);
    form->addRow(tr("Source port ranges"), m_sourcePorts);
    form->addRow(tr("Destination"), m_destination);
    form->addRow(tr("Service"), m_service);
    form->addRow(tr("Destination port ranges"), m_destinationPorts);
    form->addRow(tr("Protocol"), m_protocol);
    form->addRow(tr("Action"), m_action);
    form->addRow(tr("Priority"), m_priority);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Description"), m_description);

    // The form on the left (it scrolls down when the window is short), what changes on the
    // right: the changed properties, the rule's JSON before above after, and the az command.
    auto *formBox = new QWidget(this);
    auto *formLayout = new QVBoxLayout(formBox);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addLayout(form);
    formLayout->addStretch(1);
    auto *formScroll = new QScrollArea(this);
    formScroll->setObjectName(QStringLiteral("formScroll"));
    formScroll->setWidget(formBox);
    formScroll->setWidgetResizable(true);
    formScroll->setFrameShape(QFrame::NoFrame);
    formScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *jsonSplit = new QSplitter(Qt::Vertical, this);
    jsonSplit->addWidget(titled(tr("Before"), m_before, jsonSplit));
    jsonSplit->addWidget(titled(tr("After"), m_after, jsonSplit));
    m_before->setAccessibleName(tr("The rule before, as JSON"));
    m_after->setAccessibleName(tr("The rule after, as JSON"));
    m_diff->setAccessibleName(tr("What changes"));
    m_previewTabs->setObjectName(QStringLiteral("preview"));
    m_previewTabs->addTab(m_diff, tr("Changes"));
    m_previewTabs->addTab(jsonSplit, tr("Rule JSON before / after"));
    m_previewTabs->addTab(m_ship, tr("Ship it as…"));
    m_previewTabs->addTab(m_paths, tr("Paths from the Internet"));
    m_paths->showMessage(tr("The paths from the Internet were not followed: include network "
                            "interfaces (View menu) and scan again to see what this change does "
                            "to them."));

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("formPreviewSplit"));
    split->setChildrenCollapsible(false);
    split->addWidget(formScroll);
    split->addWidget(m_previewTabs);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setSizes({500, 540});

    m_status->setObjectName(QStringLiteral("applyStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setRange(0, 0);
    m_progress->setVisible(false);
    m_progress->setMaximumHeight(m_status->fontMetrics().height());
    m_apply->setObjectName(QStringLiteral("applyButton"));
    m_apply->setDefault(false);
    m_apply->setAutoDefault(false);
    m_buttons->addButton(m_apply, QDialogButtonBox::ApplyRole);
    connect(m_apply, &QPushButton::clicked, this, &RestrictSourceDialog::onApply);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_banner);
    m_ownerNote->setObjectName(QStringLiteral("ownerNote"));
    m_ownerNote->setWordWrap(true);
    m_ownerNote->setTextFormat(Qt::RichText);
    m_ownerNote->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; color: #3b2f00; "
                                              "padding: 4px; border: 1px solid #c8a400; }"));
    m_ownerNote->setVisible(false);
    connect(m_ownerNote, &QLabel::linkActivated, this,
            [this] { m_previewTabs->setCurrentWidget(m_ship); });
    layout->addWidget(m_ownerNote);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);

    connect(m_source, &SourceEditor::changed, this, &RestrictSourceDialog::reevaluate);
    showRule();
    // Room for the form beside the JSON, within the screen (1024×700 included).
    QSize size(1040, 800);
    if (const QScreen *screen = parent ? parent->screen() : QApplication::primaryScreen())
        size = size.boundedTo(screen->availableGeometry().size() * 0.95);
    resize(size);
}

RestrictSourceDialog::~RestrictSourceDialog() = default;

QPlainTextEdit *RestrictSourceDialog::sourceEdit() const
{
    return m_source->textEdit();
}

QListWidget *RestrictSourceDialog::validation() const
{
    return m_source->validation();
}

void RestrictSourceDialog::setFreshNsg(const NsgDocument &nsg)
{
    const RuleDocument fresh = nsg.findRule(m_ruleName);
    const bool changed = !m_rule.isNull() && !fresh.isNull() && !fresh.sameAs(m_rule);
    m_nsg = nsg;
    showRule();
    if (fresh.isNull()) {
        m_status->setText(tr("The rule %1 is no longer in this NSG.").arg(m_ruleName));
        m_apply->setEnabled(false);
    } else if (changed) {
        m_status->setText(tr("The rule changed since the tree was read (%1); it is shown as it is "
                             "now.")
                              .arg(m_rule.changedProperties(fresh).join(QLatin1String(", "))));
    }
}

void RestrictSourceDialog::showRule()
{
    m_rule = m_nsg.findRule(m_ruleName);
    m_ruleId = m_rule.id();
    if (m_ruleId.isEmpty())
        m_ruleId = m_nsg.id() + QLatin1String("/securityRules/") + m_ruleName;
    m_title->setText(tr("%1 in %2").arg(m_ruleName, m_nsg.name()));
    showCurrentSource();
    m_sourcePorts->setText(joined(m_rule, "sourcePortRange", "sourcePortRanges"));
    m_destination->setText(
        joined(m_rule, "destinationAddressPrefix", "destinationAddressPrefixes"));
    const QString protocol = m_rule.propertyText("protocol");
    const QString ports = joined(m_rule, "destinationPortRange", "destinationPortRanges");
    // The portal's Service: a known service when the rule names exactly its one port.
    const std::optional<PortPolicy> service =
        PortPolicy::fromName(protocol + QLatin1Char('/') + ports);
    m_service->setText(service && !service->isCustom() ? service->name : tr("Custom"));
    m_destinationPorts->setText(ports);
    m_protocol->setText(protocol == QLatin1String("*") ? tr("Any") : protocol);
    m_action->setText(m_rule.propertyText("access"));
    m_priority->setText(m_rule.propertyText("priority"));
    m_name->setText(m_ruleName);
    m_description->setText(m_rule.propertyText("description"));
    m_before->setPlainText(m_rule.toText());
    reevaluate();
}

void RestrictSourceDialog::showCurrentSource()
{
    m_currentSource->setText(
        tr("Now: %1").arg(joined(m_rule, "sourceAddressPrefix", "sourceAddressPrefixes")));
}

void RestrictSourceDialog::highlightChanges()
{
    std::vector<int> removed;
    std::vector<int> added;
    changedLines(m_before->toPlainText().split(QLatin1Char('\n')),
                 m_after->toPlainText().split(QLatin1Char('\n')), removed, added);
    if (m_after->toPlainText().isEmpty())
        removed.clear();
    highlightLines(m_before, removed, false);
    highlightLines(m_after, added, true);
    QList<QTextEdit::ExtraSelection> selections;
    for (QTextBlock b = m_diff->document()->begin(); b.isValid(); b = b.next()) {
        const QString text = b.text();
        if (!text.startsWith(QLatin1String("- ")) && !text.startsWith(QLatin1String("+ ")))
            continue;
        QTextEdit::ExtraSelection s;
        s.cursor = QTextCursor(b);
        s.format = lineFormat(text.startsWith(QLatin1Char('+')));
        selections.append(s);
    }
    m_diff->setExtraSelections(selections);
}

void RestrictSourceDialog::setAdminRuleDecides(const QString &rule, bool admits)
{
    m_adminRule = rule;
    m_adminAdmits = admits;
    reevaluate();
}

void RestrictSourceDialog::setPaths(std::shared_ptr<const ReachabilityResult> paths,
                                    std::vector<NsgResult> nsgsOnPaths)
{
    m_reach = std::move(paths);
    m_nsgsOnPaths = std::move(nsgsOnPaths);
    reevaluate();
}

void RestrictSourceDialog::setBanner(Verdict verdict, const QString &text)
{
    QString all = text;
    if (!m_adminRule.isEmpty()) {
        all += QLatin1Char('\n')
            + (m_adminAdmits
                   ? tr("Not a fix for what reaches the workloads: the admin rule %1 always "
                        "allows the Internet in before this NSG is evaluated, so this edit does "
                        "not change it. Change the admin rule in Azure Virtual Network Manager.")
                   : tr("Not a fix for what reaches the workloads: the admin rule %1 already "
                        "denies the port before this NSG is evaluated; this edit only tidies the "
                        "NSG."))
                  .arg(m_adminRule);
        // An NSG that turns OK while the admin rule still lets the Internet in is not green.
        if (m_adminAdmits && verdict == Verdict::Ok)
            verdict = Verdict::Exposed;
    }
    m_banner->setVerdict(verdict,
                         all.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>")));
}

QString RestrictSourceDialog::bannerText() const
{
    return m_banner->text();
}

QString RestrictSourceDialog::azCommand() const
{
    return m_ship->code(ShipFormat::AzureCli);
}

void RestrictSourceDialog::setArm(const QString &host, const QString &apiVersion)
{
    m_armHost = host;
    m_apiVersion = apiVersion;
    reevaluate();
}

void RestrictSourceDialog::setOwnershipChecking()
{
    m_ship->setOwnershipChecking();
}

void RestrictSourceDialog::setOwnership(bool owned, const QString &summary,
                                        const QString &formatKey)
{
    m_ship->setOwnership(owned, summary, formatKey);
    // The warning where the reviewer looks before Apply, with the way to the snippet.
    m_ownerNote->setText(tr("%1 <a href=\"#ship\">Ship it as…</a>").arg(summary.toHtmlEscaped()));
    m_ownerNote->setVisible(owned);
    m_ownerSummary = summary;
}

QString RestrictSourceDialog::afterJson() const
{
    return m_after->toPlainText();
}

void RestrictSourceDialog::reevaluate()
{
    const SourceInput &input = m_source->input();
    m_prefixes = input.prefixes;

    RuleFix fix;
    fix.prefixes = m_prefixes;
    const FixPreview preview(m_nsg, m_ruleName, fix, m_options, m_ruleId);
    const std::optional<NsgResult> &now = preview.before();
    const QString nowText = now
        ? tr("%1 — %2").arg(displayName(now->finding.verdict),
                            FindingText(now->nsg, now->finding, m_options).reason())
        : tr("this NSG cannot be evaluated");
    m_verdictAfter.reset();
    if (m_rule.isNull()) {
        setBanner(Verdict::Unknown, tr("The rule %1 is not in this NSG.").arg(m_ruleName));
        m_apply->setEnabled(false);
        return;
    }
    if (m_reach && (input.entries.isEmpty() || !input.isUsable()))
        m_paths->showMessage(tr("Enter the addresses to see what the change does to the paths "
                                "from the Internet through this NSG."));
    if (input.entries.isEmpty() || !input.isUsable()) {
        setBanner(now ? now->finding.verdict : Verdict::Unknown,
                  tr("Now: %1\n%2")
                      .arg(nowText,
                           input.refusedCount() > 0
                               ? tr("Correct or remove the refused entries.")
                               : tr("Enter the addresses that may reach %1 here.")
                                     .arg(m_options.policy.label())));
        m_after->clear();
        m_diff->clear();
        m_ship->setShipping(std::nullopt, m_ruleName);
        highlightChanges();
        m_apply->setEnabled(false);
        return;
    }
    const std::optional<NsgResult> &then = preview.after();
    m_after->setPlainText(preview.ruleAfter().toText());
    m_diff->setPlainText(preview.diffLines().join(QLatin1Char('\n')));
    m_ship->setShipping(preview.shipping(m_armHost, m_apiVersion), m_ruleName);
    highlightChanges();
    if (!then) {
        setBanner(Verdict::Unknown, tr("After this change the NSG could not be evaluated."));
        m_apply->setEnabled(false);
        return;
    }
    m_verdictAfter = then->finding.verdict;
    const bool stillExposes = preview.ruleStillExposes();
    const int others = preview.otherExposingRules();
    QString afterText = tr("After this change: %1 — %2")
                            .arg(displayName(then->finding.verdict),
                                 FindingText(then->nsg, then->finding, m_options).reason());
    if (stillExposes)
        afterText += QLatin1Char('\n')
            + tr("%1 would still let in more than the breadth limit: narrow the ranges.")
                  .arg(m_ruleName);
    else if (others > 0)
        afterText += QLatin1Char('\n')
            + tr("This rule is fixed by it; %n other rule(s) still expose the port.", nullptr,
                 others);
    Verdict shown = then->finding.verdict;
    if (m_reach) {
        // What reaches the workloads decides the colour: an NSG that turns OK while a path
        // through it is still internet-facing (another layer lets the Internet in) is no fix.
        const std::vector<ReachabilityResult::Change> changes =
            preview.paths(*m_reach, m_nsgsOnPaths);
        if (changes.empty())
            m_paths->showMessage(tr("No path from the Internet that gets through passes this "
                                    "NSG: the change does not alter what reaches the workloads."));
        else
            m_paths->setChanges(changes);
        if (!m_paths->summary().isEmpty())
            afterText += QLatin1Char('\n') + m_paths->summary();
        if (m_paths->stillExposed() > 0)
            shown = Verdict::Exposed;
        else if (m_paths->stillUndecided() > 0 && shown == Verdict::Ok)
            shown = Verdict::Unknown;
    }
    setBanner(shown, afterText);
    m_apply->setEnabled(!stillExposes && !m_busy && !m_done);
}

void RestrictSourceDialog::onApply()
{
    if (m_busy || m_prefixes.isEmpty())
        return;
    // A template manages the NSG: the API fix will not last; Apply says so once more and asks.
    if (m_ownerNote->isVisible()) {
        QMessageBox ask(QMessageBox::Warning, tr("Apply through the API?"),
                        tr("A template or an IaC tool manages this NSG: %1\n\nApply the change "
                           "through the API anyway (it closes the port until the next deployment)?")
                            .arg(m_ownerSummary),
                        QMessageBox::NoButton, this);
        QPushButton *anyway = ask.addButton(tr("Apply &anyway"), QMessageBox::AcceptRole);
        ask.addButton(QMessageBox::Cancel);
        ask.setDefaultButton(QMessageBox::Cancel);
        ask.exec();
        if (ask.clickedButton() != anyway)
            return;
    }
    m_busy = true;
    m_apply->setEnabled(false);
    m_source->setReadOnly(true);
    m_progress->setVisible(true);
    m_status->setText(tr("Sending the change…"));
    EditRequest request;
    request.ruleId = m_ruleId;
    request.tenantId = m_tenantId;
    request.fix.kind = RuleFix::Kind::RestrictSource;
    request.fix.prefixes = m_prefixes;
    request.options = m_options;
    request.seenRule = m_rule;
    Q_EMIT applyRequested(request);
}

void RestrictSourceDialog::showProgress(const QString &step)
{
    m_status->setText(step + QStringLiteral(" …"));
}

void RestrictSourceDialog::showOutcome(const EditOutcome &outcome)
{
    m_busy = false;
    m_progress->setVisible(false);
    m_source->setReadOnly(false);
    QString text = outcome.message;
    if (!outcome.requestIds.isEmpty())
        text += QLatin1Char('\n')
            + tr("Request ids: %1").arg(outcome.requestIds.join(QLatin1String(", ")));
    if (!outcome.changeId.isEmpty())
        text += QLatin1Char('\n') + tr("Journal entry %1").arg(outcome.changeId.left(8));
    m_status->setText(text);
    switch (outcome.state) {
    case EditOutcome::State::Verified:
    case EditOutcome::State::Applied:
        m_done = true;
        m_source->setReadOnly(true);
        // The rule as written and read back is the rule now: "Now:" names its new source.
        if (outcome.after.isObject()) {
            m_rule = outcome.after;
            m_nsg = m_nsg.withRule(m_rule);
            showCurrentSource();
        }
        if (outcome.nsg)
            setBanner(
                outcome.nsg->finding.verdict,
                tr("Applied and read back: %1 — %2")
                    .arg(displayName(outcome.nsg->finding.verdict),
                         FindingText(outcome.nsg->nsg, outcome.nsg->finding, m_options).reason()));
        // The paths as the NSG now is: "now" is what was written.
        if (m_reach && outcome.nsg) {
            std::vector<NsgResult> nsgs = m_nsgsOnPaths;
            ReachabilityResult::putNsg(nsgs, *outcome.nsg);
            m_paths->setChanges(m_reach->followAgain(outcome.nsg->nsg.id(), nsgs, m_options));
            // The columns say what they now compare.
            m_paths->headerItem()->setText(PathChangesView::NowColumn, tr("At the scan"));
            m_paths->headerItem()->setText(PathChangesView::AfterColumn, tr("As written"));
        }
        m_apply->setEnabled(false);
        m_buttons->button(QDialogButtonBox::Close)->setFocus();
        break;
    case EditOutcome::State::Conflict:
        // Show the rule as it is now, re-evaluate, and let the reviewer decide again.
        if (!outcome.current.isNull()) {
            m_nsg = m_nsg.withRule(outcome.current);
            showRule();
        }
        m_status->setText(text + QLatin1Char('\n')
                          + tr("The rule is shown as it is now; check it and apply again."));
        break;
    case EditOutcome::State::Refused:
    case EditOutcome::State::Failed:
        reevaluate();
        break;
    }
}

} // namespace nsg::ui
