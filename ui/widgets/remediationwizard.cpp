// SPDX-License-Identifier: MIT
#include "remediationwizard.h"

#include "sourceeditor.h"

#include "audit/findingtext.h"

#include <QButtonGroup>
#include <QLabel>
#include <QListWidget>
#include <QRadioButton>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <functional>

namespace nsg::ui {

using json = nlohmann::json;
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

QString str(const json &obj, const char *key)
{
    auto it = obj.find(key);
    return it != obj.end() && it->is_string() ? QString::fromStdString(it->get<std::string>())
                                              : QString();
}

} // namespace

QString FixTarget::nsgName() const
{
    return str(nsgJson, "name");
}

QString FixTarget::ruleId() const
{
    const json rule = RulePatch::findRule(nsgJson, ruleName);
    const QString own = rule.is_object() ? str(rule, "id") : QString();
    return own.isEmpty() ? str(nsgJson, "id") + QLatin1String("/securityRules/") + ruleName : own;
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
            : tr("Fix %n exposing rule(s)", nullptr, int(m_targets.size())));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    buildExplain();
    buildChoose();
    buildRanges();
    buildReview();
    buildApply();
    resize(820, 620);
}

RemediationWizard::~RemediationWizard() = default;

void RemediationWizard::buildExplain()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("What was found"));
    auto *text = new QTextBrowser(page);
    text->setObjectName(QStringLiteral("explanation"));
    text->setAccessibleName(tr("What was found"));
    QString html;
    for (const FixTarget &t : m_targets) {
        const std::optional<NsgResult> r = RulePatch::evaluate(t.nsgJson, m_options);
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
            const json raw = RulePatch::findRule(t.nsgJson, t.ruleName);
            html +=
                tr("<p>In the portal: <i>Network security group %1 → Settings → Inbound "
                   "security rules</i>, the rule <b>%2</b> (priority %3): Source <b>%4</b>, "
                   "Destination port ranges <b>%5</b>, Protocol <b>%6</b>, Action <b>Allow</b>."
                   "</p><p>It lets %7 reach the port: %8.</p>")
                    .arg(esc(t.nsgName()), esc(t.ruleName),
                         esc(QString::number(raw["properties"].value("priority", 0))),
                         esc(RulePatch::values(raw, "sourceAddressPrefix", "sourceAddressPrefixes")
                                 .join(QLatin1String(", "))),
                         esc(RulePatch::values(raw, "destinationPortRange", "destinationPortRanges")
                                 .join(QLatin1String(", "))),
                         esc(str(raw["properties"], "protocol")),
                         esc(countPhrase(quint64(e.ipv4.count()), e.ipv6.count())),
                         esc(describeAddresses(e.ipv4, e.ipv6, 6)));
        }
    }
    html += tr("<p>The fix the portal recommends: <i>restrict %1 to known IP addresses</i> — set "
               "the rule's Source to the addresses that really need %2 here. The next page offers "
               "that and three other fixes.</p>")
                .arg(esc(m_options.policy.label()), esc(m_options.policy.name));
    text->setHtml(html);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(text);
    setPage(ExplainPage, page);
}

void RemediationWizard::buildChoose()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Choose the fix"));
    page->setSubTitle(m_targets.size() > 1
                          ? tr("The same fix is applied to each of the %n rule(s), one at a time, "
                               "each journaled; it stops at the first that fails.",
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
        const RulePatch::Preview p = RulePatch::preview(t.nsgJson, t.ruleName, probe);
        if (!p.error.isEmpty())
            blocked << p.error;
    }
    if (!blocked.isEmpty()) {
        m_denyAbove->setEnabled(false);
        m_denyAbove->setToolTip(blocked.join(QLatin1Char('\n')));
        auto *why = new QLabel(blocked.first(), page);
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
            for (const FixTarget &t : m_targets) {
                const RulePatch::Preview p = previewFor(t);
                const std::optional<NsgResult> r = RulePatch::evaluate(p.nsgAfter, m_options);
                if (!p.error.isEmpty() || !r
                    || RulePatch::ruleStillExposes(*r, t.ruleName, m_options))
                    return false;
            }
            return true;
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
        const std::optional<NsgResult> r = RulePatch::evaluate(previewFor(t).nsgAfter, m_options);
        if (!r)
            continue;
        lines << tr("%1 after the change: %2%3")
                     .arg(t.nsgName(), displayName(r->finding.verdict),
                          RulePatch::ruleStillExposes(*r, t.ruleName, m_options)
                              ? tr(" — %1 would still let in too many addresses").arg(t.ruleName)
                              : QString());
    }
    m_rangesVerdict->setText(lines.join(QLatin1Char('\n')));
}

void RemediationWizard::buildReview()
{
    auto *page = new CheckedPage(
        [this] {
            for (const FixTarget &t : m_targets) {
                if (!previewFor(t).error.isEmpty())
                    return false;
            }
            return !m_targets.isEmpty();
        },
        this);
    page->setTitle(tr("Review"));
    page->setSubTitle(tr("Nothing has been sent yet. Each change is written to the journal "
                         "before it is sent, with If-Match on the rule as just read."));
    m_review = new QTextBrowser(page);
    m_review->setObjectName(QStringLiteral("review"));
    m_review->setAccessibleName(tr("Review of the changes"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_review);
    setPage(ReviewPage, page);
    connect(this, &QWizard::currentIdChanged, this, [this, page](int id) {
        if (id == ReviewPage) {
            refreshReview();
            page->changed();
        }
    });
}

RuleFix RemediationWizard::fix() const
{
    RuleFix f;
    f.kind = RuleFix::Kind(m_fixes->checkedId());
    if (f.kind == RuleFix::Kind::RestrictSource)
        f.prefixes = m_source->input().prefixes;
    return f;
}

RulePatch::Preview RemediationWizard::previewFor(const FixTarget &target) const
{
    return RulePatch::preview(target.nsgJson, target.ruleName, fix());
}

void RemediationWizard::refreshReview()
{
    QString html;
    const RuleFix f = fix();
    html += QStringLiteral("<p><b>%1</b></p>").arg(esc(RuleFix::name(f.kind)));
    for (const FixTarget &t : m_targets) {
        const RulePatch::Preview p = previewFor(t);
        html += QStringLiteral("<h3>%1 — %2</h3>").arg(esc(t.nsgName()), esc(t.ruleName));
        if (!p.error.isEmpty()) {
            html += QStringLiteral("<p style='color:#a00000'>%1</p>").arg(esc(p.error));
            continue;
        }
        html += QStringLiteral("<pre>%1</pre>")
                    .arg(esc(RulePatch::diffLines(p.before, p.after).join(QLatin1Char('\n'))));
        const std::optional<NsgResult> r = RulePatch::evaluate(p.nsgAfter, m_options);
        if (r)
            html += tr("<p>Verdict after: <b>%1</b> — %2</p>")
                        .arg(esc(displayName(r->finding.verdict)),
                             esc(FindingText(r->nsg, r->finding, m_options).reason()));
        html += tr("<p>The same with the Azure CLI:<br><code>%1</code></p>")
                    .arg(esc(RulePatch::azCommand(t.ruleId(), f, p.after)));
    }
    m_review->setHtml(html);
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
    m_next = 0;
    m_outcomes.clear();
    applyNext();
}

void RemediationWizard::applyNext()
{
    if (m_next >= m_targets.size()) {
        finish(tr("All %n change(s) were applied and verified.", nullptr, int(m_targets.size())));
        return;
    }
    const FixTarget &t = m_targets.at(m_next);
    m_log->addItem(tr("%1 — %2: sending…").arg(t.nsgName(), t.ruleName));
    EditRequest request;
    request.ruleId = t.ruleId();
    request.tenantId = t.tenantId;
    request.fix = fix();
    request.options = m_options;
    request.seenRule = RulePatch::findRule(t.nsgJson, t.ruleName);
    Q_EMIT applyRequested(request);
}

void RemediationWizard::showProgress(const QString &step)
{
    if (m_log->count() > 0)
        m_log->item(m_log->count() - 1)
            ->setText(tr("%1 — %2: %3")
                          .arg(m_targets.value(m_next).nsgName(), m_targets.value(m_next).ruleName,
                               step));
}

void RemediationWizard::showOutcome(const EditOutcome &outcome)
{
    if (m_next < 0 || m_finished)
        return;
    m_outcomes.append(outcome);
    const FixTarget &t = m_targets.at(m_next);
    QString line = tr("%1 — %2: %3").arg(t.nsgName(), t.ruleName, outcome.message);
    if (!outcome.changeId.isEmpty())
        line += QLatin1Char(' ') + tr("(journal %1)").arg(outcome.changeId.left(8));
    if (m_log->count() > 0)
        m_log->item(m_log->count() - 1)->setText(line);
    if (!outcome.isVerified()) {
        finish(tr("Stopped at %1 — %2: %3. %n change(s) before it were applied and verified; "
                  "nothing after it was sent.",
                  nullptr, int(m_next))
                   .arg(t.nsgName(), t.ruleName, EditOutcome::stateName(outcome.state)));
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
