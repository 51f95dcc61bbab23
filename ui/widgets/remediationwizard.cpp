// SPDX-License-Identifier: MIT
#include "ui/widgets/remediationwizard.h"

#include "ui/widgets/pathchangesview.h"
#include "ui/widgets/shipitview.h"
#include "ui/widgets/sourceeditor.h"

#include "core/audit/findingtext.h"
#include "core/audit/pathhops.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QRadioButton>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace nsg::ui {

using nsg::azure::EditOutcome;
using nsg::azure::EditRequest;

namespace {

// A page whose Next/Finish follows a condition the wizard decides.
class CheckedPage final : public QWizardPage
{
public:
    CheckedPage(std::function<bool()> complete, QWidget *parent)
        : QWizardPage(parent)
        , m_complete(std::move(complete))
    { }
    bool isComplete() const override { return m_complete(); }
    void changed() { Q_EMIT completeChanged(); }

private:
    std::function<bool()> m_complete;
};

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

enum ReviewColumn { RuleColumn, FixColumn, VerdictColumn, NoteColumn, ReviewColumns };

const RuleFix::Kind kKinds[] = {RuleFix::Kind::RestrictSource, RuleFix::Kind::MakeDeny,
                                RuleFix::Kind::Delete, RuleFix::Kind::DenyAbove};

struct Sources
{
    IntervalSet<quint32> ipv4;
    IntervalSet<uint128> ipv6;
    bool containsAll(const Sources &o) const
    {
        return ipv4.containsAll(o.ipv4) && ipv6.containsAll(o.ipv6);
    }
};

// The public addresses the rule named `ruleName` lets reach the port in an evaluated NSG.
Sources admittedBy(const NsgResult &result, const QString &ruleName)
{
    Sources out;
    for (const ExposingRule &e : result.finding.exposing) {
        if (result.nsg.inboundRuleView(e.rule).name().compare(ruleName, Qt::CaseInsensitive) == 0) {
            out.ipv4.unite(e.ipv4);
            out.ipv6.unite(e.ipv6);
        }
    }
    return out;
}

// The public addresses a rule would let reach the port on its own, with no rule before it: its
// public sources, whatever earlier rules of its NSG decide.
std::optional<Sources> publicSourcesOf(const NsgDocument &nsg, const RuleDocument &rule,
                                       const EvaluationOptions &options)
{
    const std::optional<NsgResult> r = nsg.withOnlyRule(rule).evaluate(options);
    if (!r)
        return std::nullopt;
    return admittedBy(*r, rule.name());
}

QString nsgKey(const FixTarget &t)
{
    const QString id = t.nsg.id();
    return (id.isEmpty() ? t.nsgName() : id).toLower();
}

} // namespace

QString FixTarget::nsgName() const
{
    return nsg.name();
}

QString FixTarget::ruleId() const
{
    const QString own = nsg.findRule(ruleName).id();
    return own.isEmpty() ? nsg.id() + QLatin1String("/securityRules/") + ruleName : own;
}

RemediationWizard::RemediationWizard(QList<FixTarget> targets, const EvaluationOptions &options,
                                     QWidget *parent)
    : QWizard(parent)
    , m_targets(std::move(targets))
    , m_options(options)
{
    setObjectName(QStringLiteral("remediationWizard"));
    setWindowTitle(
        m_targets.size() == 1
            ? tr("Fix %1 in %2").arg(m_targets.first().ruleName, m_targets.first().nsgName())
            : tr("Fix %n exposing rules", nullptr, int(m_targets.size())));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    buildExplain();
    buildChoose();
    buildRanges();
    buildReview();
    buildApply();
    resize(900, 660);
}

RemediationWizard::~RemediationWizard() = default;

void RemediationWizard::buildExplain()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("What was found"));
    m_explanation = new QTextBrowser(page);
    m_explanation->setObjectName(QStringLiteral("explanation"));
    m_explanation->setAccessibleName(tr("What was found"));
    fillExplanation();
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_explanation);
    setPage(ExplainPage, page);
}

QString RemediationWizard::openPathsHtml(const QString &nsgId) const
{
    if (!m_reach || !m_reach->evaluated)
        return QString();
    std::vector<const Endpoint *> open;
    for (const Endpoint &e : m_reach->endpoints) {
        if (e.verdict != Verdict::Ok && e.passes(nsgId))
            open.push_back(&e);
    }
    std::stable_sort(open.begin(), open.end(), [](const Endpoint *a, const Endpoint *b) {
        return endpointOrder(a->verdict) < endpointOrder(b->verdict);
    });
    QStringList lines;
    for (const Endpoint *e : open)
        lines << tr("%1: %2 → %3, decided by %4")
                     .arg(endpointStateText(*e), entryText(*e), targetText(*e), decidedByText(*e));
    if (lines.isEmpty())
        return QStringLiteral("<p>%1</p>")
            .arg(esc(tr("No path from the Internet that gets through passes it: it is latent, "
                        "and a fix closes what a new public IP or load balancer rule would "
                        "open.")));
    const int shown = 8;
    QString html =
        QStringLiteral("<p>%1</p><ul>")
            .arg(esc(tr("Paths from the Internet through it (%n):", nullptr, int(lines.size()))));
    for (const QString &line : lines.mid(0, shown))
        html += QStringLiteral("<li>%1</li>").arg(esc(line));
    if (lines.size() > shown)
        html += QStringLiteral("<li>%1</li>")
                    .arg(esc(tr("and %n more (View → Workloads lists them all)", nullptr,
                                int(lines.size() - shown))));
    return html + QStringLiteral("</ul>");
}

void RemediationWizard::fillExplanation()
{
    QString html;
    QStringList pathsShown;
    for (const FixTarget &t : m_targets) {
        const std::optional<NsgResult> r = t.nsg.evaluate(m_options);
        html += QStringLiteral("<h3>%1</h3>").arg(esc(t.nsgName()));
        if (!r) {
            html += tr("<p>This NSG cannot be evaluated.</p>");
            continue;
        }
        const FindingText words(r->nsg, r->finding, m_options);
        html += QStringLiteral("<p><b>%1</b></p>").arg(esc(words.reason()));
        for (const ExposingRule &e : r->finding.exposing) {
            const SecurityRuleView rule = r->nsg.inboundRuleView(e.rule);
            if (rule.name().compare(t.ruleName, Qt::CaseInsensitive) != 0)
                continue;
            const RuleDocument raw = t.nsg.findRule(t.ruleName);
            html +=
                tr("<p>In the portal: <i>Network security group %1 → Settings → Inbound "
                   "security rules</i>, the rule <b>%2</b> (priority %3): Source <b>%4</b>, "
                   "Destination port ranges <b>%5</b>, Protocol <b>%6</b>, Action <b>Allow</b>."
                   "</p><p>It lets %7 reach the port: %8.</p>")
                    .arg(esc(t.nsgName()), esc(t.ruleName), esc(QString::number(raw.priority())),
                         esc(raw.values("sourceAddressPrefix", "sourceAddressPrefixes")
                                 .join(QLatin1String(", "))),
                         esc(raw.values("destinationPortRange", "destinationPortRanges")
                                 .join(QLatin1String(", "))),
                         esc(raw.stringProperty("protocol")),
                         esc(countPhrase(quint64(e.ipv4.count()), e.ipv6.count())),
                         esc(describeAddresses(e.ipv4, e.ipv6, 6)));
        }
        if (!pathsShown.contains(nsgKey(t))) {
            pathsShown << nsgKey(t);
            html += openPathsHtml(t.nsg.id());
        }
    }
    html += tr("<p>The fix the portal recommends: <i>restrict %1 to known IP addresses</i> — set "
               "the rule's Source to the addresses that really need %2 here. The next page offers "
               "that and three other fixes.</p>")
                .arg(esc(m_options.policy.label()), esc(m_options.policy.name));
    html += elsewhereHtml();
    m_explanation->setHtml(html);
}

void RemediationWizard::buildChoose()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Choose the fix"));
    page->setSubTitle(m_targets.size() > 1
                          ? tr("The fix chosen here is the default for each of the %n rules; the "
                               "review lets you choose another for a rule or leave it out. They "
                               "are applied one at a time, each journaled; it stops at the first "
                               "that fails.",
                               nullptr, int(m_targets.size()))
                          : QString());
    m_fixes = new QButtonGroup(page);
    auto *layout = new QVBoxLayout(page);
    auto add = [&](RuleFix::Kind kind, const QString &explanation) {
        auto *button = new QRadioButton(RuleFix::name(kind), page);
        button->setObjectName(QStringLiteral("fix%1").arg(int(kind)));
        m_fixes->addButton(button, int(kind));
        auto *note = new QLabel(explanation, page);
        note->setWordWrap(true);
        note->setIndent(24);
        layout->addWidget(button);
        layout->addWidget(note);
        return button;
    };
    add(RuleFix::Kind::RestrictSource,
        tr("Recommended. Keeps the rule and lets only the addresses you enter reach the port."))
        ->setChecked(true);
    add(RuleFix::Kind::MakeDeny,
        tr("Keeps the rule where it is but blocks what it matched. Nothing else about it "
           "changes."));
    add(RuleFix::Kind::Delete,
        tr("Removes the rule. Traffic it allowed then meets the rules below it (and in the end "
           "the default DenyAllInBound)."));
    m_denyAbove =
        add(RuleFix::Kind::DenyAbove,
            tr("Leaves the rule alone and adds a Deny rule with the same protocol, ports, "
               "source and destination at the nearest free priority above it."));
    QStringList blocked;
    for (const FixTarget &t : m_targets) {
        RuleFix probe;
        probe.kind = RuleFix::Kind::DenyAbove;
        const FixPreview p = preview(t, probe);
        if (!p.isValid())
            blocked << p.error();
    }
    if (!blocked.isEmpty()) {
        // Blocked for every rule: not offered. For some: the review says which, and why.
        const bool all = blocked.size() == m_targets.size();
        m_denyAbove->setEnabled(!all);
        m_denyAbove->setToolTip(blocked.join(QLatin1Char('\n')));
        auto *why = new QLabel(
            all ? blocked.first() : tr("%1 The review leaves such rules out.").arg(blocked.first()),
            page);
        why->setObjectName(QStringLiteral("denyAboveBlocked"));
        why->setWordWrap(true);
        why->setIndent(24);
        layout->addWidget(why);
    }
    layout->addStretch();
    setPage(ChoosePage, page);
}

void RemediationWizard::buildRanges()
{
    auto *page = new CheckedPage(
        [this] {
            if (!m_source->input().isUsable())
                return false;
            // One rule: the addresses must fix it. Several: they must fix at least one; the
            // review leaves out the rules they do not fit.
            int fixed = 0;
            for (const FixTarget &t : m_targets) {
                const FixPreview p = previewFor(t);
                fixed += p.isValid() && !p.ruleStillExposes();
            }
            return m_targets.size() == 1 ? fixed == 1 : fixed > 0;
        },
        this);
    page->setTitle(tr("Source IP addresses/CIDR ranges"));
    page->setSubTitle(tr("The addresses that may reach the port: IPv4 or IPv6 addresses and CIDR "
                         "ranges, separated by commas, spaces or new lines."));
    m_source = new SourceEditor(page);
    m_source->setLimit(m_options.limit);
    m_rangesVerdict = new QLabel(page);
    m_rangesVerdict->setObjectName(QStringLiteral("rangesVerdict"));
    m_rangesVerdict->setWordWrap(true);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_source);
    layout->addWidget(m_rangesVerdict);
    layout->addStretch();
    connect(m_source, &SourceEditor::changed, this, [this, page] {
        refreshRangesVerdict();
        page->changed();
    });
    setPage(RangesPage, page);
}

void RemediationWizard::refreshRangesVerdict()
{
    if (m_source->input().entries.isEmpty()) {
        m_rangesVerdict->setText(tr("Enter at least one address or range."));
        return;
    }
    if (!m_source->input().isUsable()) {
        m_rangesVerdict->setText(tr("Correct or remove the refused entries."));
        return;
    }
    QStringList lines;
    for (const FixTarget &t : m_targets) {
        const FixPreview p = previewFor(t);
        const std::optional<NsgResult> &r = p.after();
        if (!r)
            continue;
        lines << tr("%1 after the change: %2%3")
                     .arg(t.nsgName(), displayName(r->finding.verdict),
                          p.ruleStillExposes()
                              ? tr(" — %1 would still let in too many addresses").arg(t.ruleName)
                              : QString());
    }
    m_rangesVerdict->setText(lines.join(QLatin1Char('\n')));
}

void RemediationWizard::buildReview()
{
    auto *page = new CheckedPage([this] { return tickedCount() > 0; }, this);
    m_reviewPage = page;
    page->setTitle(tr("Review"));
    page->setSubTitle(tr("Nothing has been sent yet. Only the ticked rules are changed, one at a "
                         "time; each change is written to the journal before it is sent, with "
                         "If-Match on the rule as just read."));
    m_table = new QTableWidget(0, ReviewColumns, page);
    m_table->setObjectName(QStringLiteral("reviewTable"));
    m_table->setAccessibleName(tr("The rules to change: tick, fix and verdict after"));
    m_table->setHorizontalHeaderLabels(
        {tr("Rule"), tr("Fix"), tr("Verdict after (NSG)"), tr("Why not ticked")});
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->setVisible(false);
    // The reason gets the room left, wrapped; the rest fit their contents.
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(NoteColumn, QHeaderView::Stretch);
    m_review = new QTextBrowser(page);
    m_review->setObjectName(QStringLiteral("review"));
    m_review->setAccessibleName(tr("Review of the changes"));
    // Beside the review, each ticked rule's change in the formats teams ship with.
    auto *shipBox = new QWidget(page);
    m_shipFor = new QComboBox(shipBox);
    m_shipFor->setObjectName(QStringLiteral("shipFor"));
    m_shipFor->setAccessibleName(tr("The rule whose change is shown"));
    m_ship = new ShipItView(shipBox);
    auto *shipLayout = new QVBoxLayout(shipBox);
    shipLayout->setContentsMargins(0, 0, 0, 0);
    auto *forRow = new QHBoxLayout;
    auto *forLabel = new QLabel(tr("&Rule:"), shipBox);
    forLabel->setBuddy(m_shipFor);
    forRow->addWidget(forLabel);
    forRow->addWidget(m_shipFor, 1);
    shipLayout->addLayout(forRow);
    shipLayout->addWidget(m_ship, 1);
    auto *reviewTabs = new QTabWidget(page);
    reviewTabs->setObjectName(QStringLiteral("reviewTabs"));
    reviewTabs->addTab(m_review, tr("Review"));
    reviewTabs->addTab(shipBox, tr("Ship it as…"));
    connect(m_shipFor, &QComboBox::currentIndexChanged, this, &RemediationWizard::showShipped);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_table, 2);
    layout->addWidget(reviewTabs, 3);
    setPage(ReviewPage, page);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_filling || item->column() != RuleColumn || item->row() >= m_rows.size())
            return;
        m_rows[item->row()].ticked = item->checkState() == Qt::Checked;
        refreshReview();
    });
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        // Return must not write: on the Review page only a click on "Apply …" does.
        setOption(QWizard::NoDefaultButton, id == ReviewPage);
        if (id == ReviewPage) {
            resetRows();
            refreshReview();
        }
    });
}

RuleFix RemediationWizard::fix() const
{
    return fixOfKind(RuleFix::Kind(m_fixes->checkedId()));
}

RuleFix RemediationWizard::fixOfKind(RuleFix::Kind kind) const
{
    RuleFix f;
    f.kind = kind;
    if (f.kind == RuleFix::Kind::RestrictSource && m_source->input().isUsable())
        f.prefixes = m_source->input().prefixes;
    return f;
}

FixPreview RemediationWizard::previewFor(const FixTarget &target) const
{
    return preview(target, fix());
}

FixPreview RemediationWizard::preview(const FixTarget &target, const RuleFix &f) const
{
    return FixPreview(target.nsg, target.ruleName, f, m_options, target.ruleId());
}

void RemediationWizard::resetRows()
{
    m_rows.clear();
    const RuleFix::Kind chosen = RuleFix::Kind(m_fixes->checkedId());
    m_filling = true;
    m_table->setRowCount(int(m_targets.size()));
    for (int i = 0; i < m_targets.size(); ++i) {
        const FixTarget &t = m_targets.at(i);
        Row row;
        row.kind = chosen;
        m_rows.append(row);
        auto *item = new QTableWidgetItem(tr("%1 — %2").arg(t.nsgName(), t.ruleName));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        m_table->setItem(i, RuleColumn, item);
        m_table->setItem(i, VerdictColumn, new QTableWidgetItem);
        m_table->setItem(i, NoteColumn, new QTableWidgetItem);
        auto *kinds = new QComboBox(m_table);
        kinds->setObjectName(QStringLiteral("fixKindComboBox"));
        kinds->setAccessibleName(tr("Fix for %1 in %2").arg(t.ruleName, t.nsgName()));
        for (RuleFix::Kind kind : kKinds)
            kinds->addItem(RuleFix::name(kind), int(kind));
        kinds->setCurrentIndex(kinds->findData(int(chosen)));
        kinds->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        kinds->setMinimumContentsLength(16);
        connect(kinds, &QComboBox::currentIndexChanged, this, [this, kinds, i] {
            if (m_filling || i >= m_rows.size())
                return;
            m_rows[i].kind = RuleFix::Kind(kinds->currentData().toInt());
            assessRow(i);
            refreshReview();
        });
        m_table->setCellWidget(i, FixColumn, kinds);
        assessRow(i);
    }
    m_filling = false;
}

// Whether the row can be written with its fix, and whether it is ticked by default: not when the
// rule already lets in no more than the limit, nor when the new addresses would widen it.
void RemediationWizard::assessRow(int i)
{
    Row &r = m_rows[i];
    const FixTarget &t = m_targets.at(i);
    const RuleFix f = fixOfKind(r.kind);
    r.ticked = false;
    r.usable = false;
    r.note.clear();
    const FixPreview p = preview(t, f);
    if (r.kind == RuleFix::Kind::RestrictSource && f.prefixes.isEmpty()) {
        r.note = tr("No addresses entered: choose \"%1\" on the fix page to enter them.")
                     .arg(RuleFix::name(RuleFix::Kind::RestrictSource));
    } else if (!p.isValid()) {
        r.note = p.error();
    } else {
        r.usable = true;
        const std::optional<NsgResult> &now = p.before();
        // Only a new source list can widen a rule.
        const bool restrict = r.kind == RuleFix::Kind::RestrictSource;
        const std::optional<Sources> was =
            restrict ? publicSourcesOf(t.nsg, p.ruleBefore(), m_options) : std::nullopt;
        const std::optional<Sources> will =
            restrict ? publicSourcesOf(t.nsg, p.ruleAfter(), m_options) : std::nullopt;
        if (!p.ruleExposesBefore()) {
            const Sources in = admittedBy(*now, t.ruleName);
            r.note = tr("Already within the breadth limit: it lets in %1 (%2).")
                         .arg(countPhrase(quint64(in.ipv4.count()), in.ipv6.count()),
                              describeAddresses(in.ipv4, in.ipv6, 3));
        } else if (was && will && !was->containsAll(*will)) {
            Sources added = *will;
            added.ipv4.subtract(was->ipv4);
            added.ipv6.subtract(was->ipv6);
            r.note = tr("The new addresses would widen it: it admits %1 now; the new list adds "
                        "%2. Choose another fix for it, or leave it out.")
                         .arg(describeAddresses(was->ipv4, was->ipv6, 3),
                              describeAddresses(added.ipv4, added.ipv6, 3));
        } else if (p.ruleStillExposes()) {
            r.note = tr("This fix would not close it: the rule would still let in more than the "
                        "limit.");
        } else {
            r.ticked = true;
        }
    }
    const bool filling = m_filling;
    m_filling = true;
    if (QTableWidgetItem *item = m_table->item(i, RuleColumn)) {
        item->setFlags(r.usable ? Qt::ItemIsEnabled | Qt::ItemIsUserCheckable
                                : Qt::ItemIsUserCheckable);
        item->setCheckState(r.ticked ? Qt::Checked : Qt::Unchecked);
    }
    if (QTableWidgetItem *note = m_table->item(i, NoteColumn)) {
        note->setText(r.note);
        note->setToolTip(r.note);
    }
    m_filling = filling;
}

bool RemediationWizard::isTicked(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows.at(row).ticked;
}

void RemediationWizard::setTicked(int row, bool ticked)
{
    if (QTableWidgetItem *item = m_table->item(row, RuleColumn);
        item && item->flags().testFlag(Qt::ItemIsEnabled))
        item->setCheckState(ticked ? Qt::Checked : Qt::Unchecked);
}

RuleFix::Kind RemediationWizard::rowKind(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).kind : fix().kind;
}

void RemediationWizard::setRowKind(int row, RuleFix::Kind kind)
{
    if (auto *kinds = qobject_cast<QComboBox *>(m_table->cellWidget(row, FixColumn)))
        kinds->setCurrentIndex(kinds->findData(int(kind)));
}

QString RemediationWizard::rowNote(int row) const
{
    return m_rows.value(row).note;
}

QString RemediationWizard::rowVerdict(int row) const
{
    return m_rows.value(row).verdictAfter;
}

int RemediationWizard::tickedCount() const
{
    int n = 0;
    for (const Row &r : m_rows)
        n += r.ticked && r.usable;
    return n;
}

void RemediationWizard::setElsewhere(const QStringList &lines)
{
    m_elsewhere = lines;
    fillExplanation();
    if (m_table)
        refreshReview();
}

QString RemediationWizard::elsewhereHtml() const
{
    if (m_elsewhere.isEmpty())
        return QString();
    QString html = QStringLiteral("<p><b>%1</b></p><ul>")
                       .arg(esc(tr("Not in this wizard: %n internet-facing NSG(s) whose own "
                                   "verdict is OK, so that none of its fixes applies. What lets "
                                   "the Internet in is an admin rule or a firewall's DNAT "
                                   "(change it there), or a rule that allows a public service "
                                   "tag (narrow or remove it in the NSG's rule table):",
                                   nullptr, int(m_elsewhere.size()))));
    for (const QString &line : m_elsewhere)
        html += QStringLiteral("<li>%1</li>").arg(esc(line));
    return html + QStringLiteral("</ul>");
}

void RemediationWizard::setPaths(std::shared_ptr<const ReachabilityResult> paths,
                                 std::vector<NsgResult> nsgsOnPaths)
{
    m_reach = std::move(paths);
    m_nsgsOnPaths = std::move(nsgsOnPaths);
    fillExplanation();
    if (m_table)
        refreshReview();
}

// For each NSG the ticked changes touch: its exposed and undecided paths, followed again with
// every NSG as the ticked changes leave it.
QStringList RemediationWizard::pathLines(const QHash<QString, std::optional<NsgResult>> &results)
{
    QStringList lines;
    if (!m_reach || !m_reach->evaluated)
        return lines;
    std::vector<NsgResult> nsgs = m_nsgsOnPaths;
    QStringList changed;
    for (int i = 0; i < m_rows.size(); ++i) {
        const FixTarget &t = m_targets.at(i);
        if (!m_rows.at(i).ticked || !m_rows.at(i).usable || changed.contains(nsgKey(t)))
            continue;
        changed << nsgKey(t);
        const std::optional<NsgResult> &r = results.value(nsgKey(t));
        if (!r)
            continue;
        ReachabilityResult::putNsg(nsgs, *r);
    }
    QStringList done;
    for (int i = 0; i < m_rows.size(); ++i) {
        const FixTarget &t = m_targets.at(i);
        if (!changed.contains(nsgKey(t)) || done.contains(nsgKey(t)))
            continue;
        done << nsgKey(t);
        const QString words =
            PathChangesView::summaryOf(m_reach->followAgain(t.nsg.id(), nsgs, m_options));
        lines << tr("%1: %2").arg(t.nsgName(),
                                  words.isEmpty()
                                      ? tr("no path from the Internet that gets through "
                                           "passes it; the change does not alter what "
                                           "reaches the workloads.")
                                      : words);
    }
    return lines;
}

void RemediationWizard::refreshReview()
{
    // Each NSG as the ticked changes leave it, in the order they are sent.
    QHash<QString, NsgDocument> after;
    for (int i = 0; i < m_rows.size(); ++i) {
        const FixTarget &t = m_targets.at(i);
        const QString key = nsgKey(t);
        if (!after.contains(key))
            after.insert(key, t.nsg);
        if (!m_rows.at(i).ticked || !m_rows.at(i).usable)
            continue;
        const RuleChange p = after.value(key).withFix(t.ruleName, fixOfKind(m_rows.at(i).kind));
        if (p.error.isEmpty())
            after.insert(key, p.nsgAfter);
    }
    QHash<QString, std::optional<NsgResult>> results;
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        results.insert(it.key(), it.value().evaluate(m_options));

    const int n = tickedCount();
    QString html;
    html += QStringLiteral("<p><b>%1</b></p>")
                .arg(esc(n == 0       ? tr("No rule is ticked: nothing will be written.")
                             : n == 1 ? tr("One change will be written when you click \"Apply "
                                           "change\".")
                                      : tr("%n changes will be written, one at a time, when you "
                                           "click \"Apply %n changes\".",
                                           nullptr, n)));
    QStringList seen;
    QString summary;
    for (int i = 0; i < m_rows.size(); ++i) {
        const FixTarget &t = m_targets.at(i);
        const QString key = nsgKey(t);
        const std::optional<NsgResult> &r = results[key];
        Row &row = m_rows[i];
        row.verdictAfter = r ? displayName(r->finding.verdict) : displayName(Verdict::Unknown);
        if (QTableWidgetItem *item = m_table->item(i, VerdictColumn)) {
            const bool filling = m_filling;
            m_filling = true;
            item->setText(row.verdictAfter);
            item->setToolTip(r ? FindingText(r->nsg, r->finding, m_options).reason() : QString());
            item->setForeground(r && r->finding.verdict == Verdict::Exposed
                                    ? QBrush(QColor(0xa0, 0, 0))
                                    : QBrush());
            m_filling = filling;
        }
        if (!row.ticked || !row.usable)
            continue;
        if (!seen.contains(key) && r) {
            seen << key;
            summary += QStringLiteral("<li>%1: <b>%2</b> — %3</li>")
                           .arg(esc(t.nsgName()), esc(displayName(r->finding.verdict)),
                                esc(FindingText(r->nsg, r->finding, m_options).reason()));
        }
    }
    if (!summary.isEmpty())
        html += (n == 1 ? tr("<p>After it:</p>") : tr("<p>After them:</p>"))
            + QStringLiteral("<ul>%1</ul>").arg(summary);
    html += elsewhereHtml();
    m_pathSummaries = pathLines(results);
    if (!m_pathSummaries.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(esc(tr("Paths from the Internet")));
        for (const QString &line : std::as_const(m_pathSummaries))
            html += QStringLiteral("<li>%1</li>").arg(esc(line));
        html += QStringLiteral("</ul>");
    }
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows.at(i);
        if (!row.ticked || !row.usable)
            continue;
        const FixTarget &t = m_targets.at(i);
        const RuleFix f = fixOfKind(row.kind);
        const FixPreview p = preview(t, f);
        html += QStringLiteral("<h3>%1 — %2: %3</h3>")
                    .arg(esc(t.nsgName()), esc(t.ruleName), esc(RuleFix::name(f.kind)));
        html += QStringLiteral("<pre>%1</pre>").arg(esc(p.diffLines().join(QLatin1Char('\n'))));
        if (const std::optional<NsgResult> &r = results[nsgKey(t)])
            html += tr("<p>Verdict after: <b>%1</b> — %2</p>")
                        .arg(esc(displayName(r->finding.verdict)),
                             esc(FindingText(r->nsg, r->finding, m_options).reason()));
        const auto owner = m_owners.constFind(t.nsg.id().toLower());
        if (owner != m_owners.constEnd())
            html += (owner->owned ? tr("<p><b>Who manages it:</b> %1</p>")
                                  : tr("<p>Who manages it: %1</p>"))
                        .arg(esc(owner->summary));
        html += tr("<p>The same with the Azure CLI:</p><pre>%1</pre>").arg(esc(p.azCommand()));
    }
    m_review->setHtml(html);
    // The rules the "Ship it as…" tab can show: the ticked ones, the one shown kept.
    const QString shown = m_shipFor->currentData().toString();
    {
        const QSignalBlocker block(m_shipFor);
        m_shipFor->clear();
        for (int i = 0; i < m_rows.size(); ++i) {
            if (m_rows.at(i).ticked && m_rows.at(i).usable)
                m_shipFor->addItem(
                    tr("%1 — %2").arg(m_targets.at(i).nsgName(), m_targets.at(i).ruleName),
                    QString::number(i));
        }
        const int keep = m_shipFor->findData(shown);
        m_shipFor->setCurrentIndex(keep >= 0 ? keep : 0);
    }
    showShipped();
    m_table->resizeRowsToContents();
    // As tall as its rows (a single rule takes one line), at most about ten of them.
    int height = m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth()
        + m_table->horizontalScrollBar()->sizeHint().height();
    for (int i = 0; i < m_table->rowCount(); ++i)
        height += m_table->rowHeight(i);
    m_table->setMaximumHeight(qMin(height, 10 * m_table->verticalHeader()->defaultSectionSize()));
    m_reviewPage->setButtonText(QWizard::NextButton,
                                n <= 1 ? tr("&Apply change") : tr("&Apply %n changes", nullptr, n));
    static_cast<CheckedPage *>(m_reviewPage)->changed();
}

void RemediationWizard::showShipped()
{
    bool ok = false;
    const int row = m_shipFor->currentData().toString().toInt(&ok);
    if (!ok || row < 0 || row >= m_targets.size()) {
        m_ship->setShipping(std::nullopt, QString());
        return;
    }
    const FixTarget &t = m_targets.at(row);
    const FixPreview p = preview(t, fixOfKind(m_rows.at(row).kind));
    m_ship->setShipping(p.isValid()
                            ? std::optional<FixShipping>(p.shipping(m_armHost, m_apiVersion))
                            : std::nullopt,
                        t.ruleName);
    const auto owner = m_owners.constFind(t.nsg.id().toLower());
    if (owner == m_owners.constEnd())
        m_ship->setOwnershipChecking();
    else
        m_ship->setOwnership(owner->owned, owner->summary, owner->format);
}

void RemediationWizard::setArm(const QString &host, const QString &apiVersion)
{
    m_armHost = host;
    m_apiVersion = apiVersion;
}

void RemediationWizard::setOwnership(const QString &nsgId, bool owned, const QString &summary,
                                     const QString &formatKey)
{
    m_owners.insert(nsgId.toLower(), Owner{owned, summary, formatKey});
    if (currentId() == ReviewPage)
        refreshReview();
}

QString RemediationWizard::reviewText() const
{
    return m_review->toPlainText();
}

void RemediationWizard::buildApply()
{
    auto *page = new CheckedPage([this] { return m_finished; }, this);
    page->setTitle(tr("Apply and verify"));
    m_log = new QListWidget(page);
    m_log->setObjectName(QStringLiteral("applyLog"));
    m_log->setAccessibleName(tr("Changes sent and their outcome"));
    m_log->setWordWrap(true);
    m_summary = new QLabel(page);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_log, 1);
    layout->addWidget(m_summary);
    setPage(ApplyPage, page);
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id == ApplyPage && m_next < 0)
            startApplying();
    });
    connect(this, &RemediationWizard::allDone, page, [page] { page->changed(); });
}

int RemediationWizard::nextId() const
{
    switch (currentId()) {
    case ExplainPage:
        return ChoosePage;
    case ChoosePage:
        return m_fixes->checkedId() == int(RuleFix::Kind::RestrictSource) ? RangesPage : ReviewPage;
    case RangesPage:
        return ReviewPage;
    case ReviewPage:
        return ApplyPage;
    default:
        return -1;
    }
}

void RemediationWizard::chooseFix(RuleFix::Kind kind)
{
    if (QAbstractButton *b = m_fixes->button(int(kind)))
        b->setChecked(true);
}

void RemediationWizard::startApplying()
{
    // From here on there is no going back: the journal has what was sent.
    button(QWizard::BackButton)->setEnabled(false);
    button(QWizard::CancelButton)->setEnabled(false);
    m_plan.clear();
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).ticked && m_rows.at(i).usable)
            m_plan.append(i);
    }
    m_next = 0;
    m_outcomes.clear();
    applyNext();
}

void RemediationWizard::applyNext()
{
    if (m_next >= m_plan.size()) {
        finish(m_plan.size() == 1
                   ? tr("The change was applied and verified.")
                   : tr("All %n changes were applied and verified.", nullptr, int(m_plan.size())));
        return;
    }
    const int row = m_plan.at(m_next);
    const FixTarget &t = m_targets.at(row);
    m_log->addItem(tr("%1 — %2: sending…").arg(t.nsgName(), t.ruleName));
    EditRequest request;
    request.ruleId = t.ruleId();
    request.tenantId = t.tenantId;
    request.fix = fixOfKind(m_rows.at(row).kind);
    request.options = m_options;
    request.seenRule = t.nsg.findRule(t.ruleName);
    Q_EMIT applyRequested(request);
}

void RemediationWizard::showProgress(const QString &step)
{
    if (m_log->count() > 0 && m_next >= 0 && m_next < m_plan.size()) {
        const FixTarget &t = m_targets.at(m_plan.at(m_next));
        m_log->item(m_log->count() - 1)
            ->setText(tr("%1 — %2: %3").arg(t.nsgName(), t.ruleName, step));
    }
}

void RemediationWizard::showOutcome(const EditOutcome &outcome)
{
    if (m_next < 0 || m_finished || m_next >= m_plan.size())
        return;
    m_outcomes.append(outcome);
    const FixTarget &t = m_targets.at(m_plan.at(m_next));
    QString line = tr("%1 — %2: %3").arg(t.nsgName(), t.ruleName, outcome.message);
    if (!outcome.changeId.isEmpty())
        line += QLatin1Char(' ') + tr("(journal %1)").arg(outcome.changeId.left(8));
    if (m_log->count() > 0)
        m_log->item(m_log->count() - 1)->setText(line);
    if (!outcome.isVerified()) {
        const QString where = t.nsgName();
        const QString state = EditOutcome::stateName(outcome.state);
        finish(m_next == 0
                   ? tr("Stopped at %1 — %2: %3. Nothing before it was changed; nothing after it "
                        "was sent.")
                         .arg(where, t.ruleName, state)
                   : m_next == 1
                   ? tr("Stopped at %1 — %2: %3. The change before it was applied and verified; "
                        "nothing after it was sent.")
                         .arg(where, t.ruleName, state)
                   : tr("Stopped at %1 — %2: %3. %n changes before it were applied and verified; "
                        "nothing after it was sent.",
                        nullptr, int(m_next))
                         .arg(where, t.ruleName, state));
        return;
    }
    ++m_next;
    applyNext();
}

void RemediationWizard::finish(const QString &summary)
{
    m_finished = true;
    QStringList ids;
    for (const EditOutcome &o : m_outcomes) {
        if (!o.changeId.isEmpty())
            ids << o.changeId.left(8);
    }
    m_summary->setText(summary
                       + (ids.isEmpty() ? QString()
                                        : QLatin1Char('\n')
                                  + tr("Journal entries: %1 (History can revert each).")
                                        .arg(ids.join(QLatin1String(", ")))));
    Q_EMIT allDone();
}

QString RemediationWizard::summaryText() const
{
    return m_summary->text();
}

} // namespace nsg::ui
