// SPDX-License-Identifier: MIT
#pragma once

#include "azure/ruleeditor.h"

#include "core/audit/scanresult.h"
#include "core/remediation/nsgdocument.h"
#include "core/remediation/rulefix.h"

#include "workspace/fixpreview.h"

#include <QHash>
#include <QWizard>

class QButtonGroup;
class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QRadioButton;
class QTableWidget;
class QTextBrowser;

namespace nsg::ui {

class SourceEditor;

// One exposing rule to fix: the NSG in ARM's shape, the rule's name, the tenant to write with.
struct FixTarget
{
    NsgDocument nsg;
    QString ruleName;
    QString tenantId;

    QString nsgName() const;
    QString ruleId() const;
};

// Guided remediation for reviewers new to NSGs: what the finding means (which rule, which public
// ranges, in the portal's words) → which fix (restrict the source, the default; change the rule
// to Deny; delete it; add a Deny rule above it at a free priority) → the ranges → a review of
// every change and the verdict it gives → apply and verify, one rule at a time, each journaled,
// stopping at the first failure → a summary with the journal entries. Several targets make it
// "Fix all similar": the review lists every rule with a tick and its own fix, unticked where the
// rule already admits no more than the limit or where the new addresses would widen it, and
// only the ticked ones are written. Nothing is sent before the Review page's "Apply change(s)".
class RemediationWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemediationWizard)

public:
    enum PageId { ExplainPage, ChoosePage, RangesPage, ReviewPage, ApplyPage };

    RemediationWizard(QList<FixTarget> targets, const EvaluationOptions &options,
                      QWidget *parent = nullptr);
    ~RemediationWizard() override;

    RuleFix fix() const;
    const QList<FixTarget> &targets() const { return m_targets; }
    // The change for one target with the fix chosen: what it would become (errors say why a
    // target cannot be fixed).
    FixPreview previewFor(const FixTarget &target) const;

    // The paths from the Internet the last scan followed, and the NSGs on those through the
    // targets: the review then says what the changes do to each.
    void setPaths(std::shared_ptr<const ReachabilityResult> paths,
                  std::vector<NsgResult> nsgsOnPaths);
    // Internet-facing NSGs of the selection that no rule change here fixes ("name: what
    // decides"): both the first page and the review say so, so that "all similar" never reads as
    // all that the Internet reaches.
    void setElsewhere(const QStringList &lines);
    QStringList elsewhere() const { return m_elsewhere; }
    // The review's words on them, for tests: one line per NSG changed.
    QStringList pathSummaries() const { return m_pathSummaries; }

    // The window reports each change's steps and outcome.
    // Where the ARM request goes (the cloud's Resource Manager) and its api-version.
    void setArm(const QString &host, const QString &apiVersion);
    // Who manages an NSG of the targets (Workspace::ownershipChecked): said on the Review page,
    // and the "Ship it as…" tab leads with the owner's format.
    void setOwnership(const QString &nsgId, bool owned, const QString &summary,
                      const QString &formatKey);
    class ShipItView *shipItView() const { return m_ship; }
    QComboBox *shipForCombo() const { return m_shipFor; }
    void showProgress(const QString &step);
    void showOutcome(const nsg::azure::EditOutcome &outcome);

    // For tests.
    void chooseFix(RuleFix::Kind kind);
    SourceEditor *sourceEditor() const { return m_source; }
    QString reviewText() const;
    QString summaryText() const;
    // The Review page's rows (one per target, in order): ticked, its fix, why it is not ticked.
    QTableWidget *reviewTable() const { return m_table; }
    bool isTicked(int row) const;
    void setTicked(int row, bool ticked);
    RuleFix::Kind rowKind(int row) const;
    void setRowKind(int row, RuleFix::Kind kind);
    QString rowNote(int row) const;
    QString rowVerdict(int row) const;
    int tickedCount() const;
    QList<nsg::azure::EditOutcome> outcomes() const { return m_outcomes; }
    bool isApplying() const { return m_next >= 0 && !m_finished; }
    bool isFinished() const { return m_finished; }

Q_SIGNALS:
    void applyRequested(const nsg::azure::EditRequest &request);
    void allDone();

private:
    int nextId() const override;
    void buildExplain();
    void buildChoose();
    void buildRanges();
    void buildReview();
    void buildApply();
    void resetRows();
    void refreshReview();
    void refreshRangesVerdict();
    RuleFix fixOfKind(RuleFix::Kind kind) const;
    FixPreview preview(const FixTarget &target, const RuleFix &f) const;
    QStringList pathLines(const QHash<QString, std::optional<NsgResult>> &results);
    QString elsewhereHtml() const;
    // The first page: each target's finding, and the open paths from the Internet through its
    // NSG (once paths are known), then what no rule change here fixes.
    void fillExplanation();
    QString openPathsHtml(const QString &nsgId) const;
    void startApplying();
    void applyNext();
    void finish(const QString &summary);

    // One review row: whether it is written and with which fix; why it is not ticked by default
    // or cannot be ticked at all.
    struct Row
    {
        bool ticked = false;
        bool usable = false;
        RuleFix::Kind kind = RuleFix::Kind::RestrictSource;
        QString note;
        QString verdictAfter;
    };
    void assessRow(int row);

    QList<FixTarget> m_targets;
    EvaluationOptions m_options;
    std::shared_ptr<const ReachabilityResult> m_reach;
    std::vector<NsgResult> m_nsgsOnPaths;
    QStringList m_pathSummaries;
    QStringList m_elsewhere;
    QList<Row> m_rows;
    QList<int> m_plan; // the ticked rows, in order, as sent
    QTableWidget *m_table = nullptr;
    QWizardPage *m_reviewPage = nullptr;
    bool m_filling = false;
    QButtonGroup *m_fixes = nullptr;
    QRadioButton *m_denyAbove = nullptr;
    SourceEditor *m_source = nullptr;
    QLabel *m_rangesVerdict = nullptr;
    QTextBrowser *m_review = nullptr;
    class ShipItView *m_ship = nullptr;
    QComboBox *m_shipFor = nullptr; // which ticked rule the "Ship it as…" tab shows
    struct Owner
    {
        bool owned = false;
        QString summary;
        QString format;
    };
    QHash<QString, Owner> m_owners; // by NSG id, lower case
    QString m_armHost;
    QString m_apiVersion;
    void showShipped();
    QTextBrowser *m_explanation = nullptr;
    QListWidget *m_log = nullptr;
    QLabel *m_summary = nullptr;
    QList<nsg::azure::EditOutcome> m_outcomes;
    int m_next = -1;
    bool m_finished = false;
};

} // namespace nsg::ui
