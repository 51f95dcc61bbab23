// SPDX-License-Identifier: MIT
#pragma once

#include "azure/ruleeditor.h"

#include "core/audit/scanresult.h"
#include "core/remediation/nsgdocument.h"
#include "core/remediation/ruledocument.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QFrame;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;

namespace nsg::ui {

// The portal's rule edit pane for one exposing rule, with only the source editable ("Source: IP
// Addresses", "Source IP addresses/CIDR ranges"). Every keystroke re-validates the entries and
// re-evaluates the NSG as it would be, so the verdict banner shows what Apply would do before
// anything is sent; the preview beside the form shows what changes, the rule's JSON before and
// after (changed lines highlighted) and the az command. Apply asks the window to send the change
// (applyRequested); progress and the outcome come back here, and "Now:" follows the rule.
class RestrictSourceDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestrictSourceDialog)

public:
    // nsg: the NSG in ARM's shape (what the tree holds, until setFreshNsg brings it as Azure has
    // it now).
    RestrictSourceDialog(const NsgDocument &nsg, const QString &ruleName, const QString &tenantId,
                         const EvaluationOptions &options, QWidget *parent = nullptr);
    ~RestrictSourceDialog() override;

    // An admin rule decides every path from the Internet through this NSG (admits: it lets the
    // Internet in): the dialog says that the edit does not change what reaches the workloads,
    // and never shows the outcome as a fix (green) where the Internet still gets in.
    void setAdminRuleDecides(const QString &rule, bool admits);
    // The paths from the Internet the last scan followed, and the NSGs on those through this one
    // (ReachabilityResult::nsgIdsOnOpenPaths()): the preview then shows what the change does to
    // each of them, and never calls it a fix while one is still internet-facing.
    void setPaths(std::shared_ptr<const ReachabilityResult> paths,
                  std::vector<NsgResult> nsgsOnPaths);
    // The NSG as just read from Azure: the rule shown and re-evaluated is this one from now on.
    void setFreshNsg(const NsgDocument &nsg);
    // Where the ARM request goes (the cloud's Resource Manager) and its api-version.
    void setArm(const QString &host, const QString &apiVersion);
    // Who manages the NSG (Workspace::ownershipChecked): the "Ship it as…" tab says it, and leads
    // with the owner's format.
    void setOwnershipChecking();
    void setOwnership(bool owned, const QString &summary, const QString &formatKey);
    void showProgress(const QString &step);
    void showOutcome(const nsg::azure::EditOutcome &outcome);

    QString ruleId() const { return m_ruleId; }
    // For tests.
    QPlainTextEdit *sourceEdit() const;
    QListWidget *validation() const;
    QPushButton *applyButton() const { return m_apply; }
    QString bannerText() const;
    QString azCommand() const;
    class ShipItView *shipItView() const { return m_ship; }
    QString afterJson() const;
    class PathChangesView *pathChanges() const { return m_paths; }
    std::optional<Verdict> verdictAfter() const { return m_verdictAfter; }

Q_SIGNALS:
    void applyRequested(const nsg::azure::EditRequest &request);

private:
    void showRule();
    void reevaluate();
    void setBanner(Verdict verdict, const QString &text);
    QString m_adminRule; // the admin rule that decides before this NSG, where one does
    bool m_adminAdmits = false;
    std::shared_ptr<const ReachabilityResult> m_reach;
    std::vector<NsgResult> m_nsgsOnPaths;
    void showCurrentSource();
    void highlightChanges();
    void onApply();

    NsgDocument m_nsg;
    RuleDocument m_rule;
    QString m_ruleName;
    QString m_ruleId;
    QString m_tenantId;
    EvaluationOptions m_options;
    QStringList m_prefixes;
    std::optional<Verdict> m_verdictAfter;
    bool m_busy = false;
    bool m_done = false;

    QLabel *m_title;
    class VerdictBanner *m_banner;
    QLineEdit *m_sourceKind;
    QLabel *m_currentSource;
    class SourceEditor *m_source;
    QLineEdit *m_sourcePorts;
    QLineEdit *m_destination;
    QLineEdit *m_service;
    QLineEdit *m_destinationPorts;
    QLineEdit *m_protocol;
    QLineEdit *m_action;
    QLineEdit *m_priority;
    QLineEdit *m_name;
    QLineEdit *m_description;
    QTabWidget *m_previewTabs;
    QPlainTextEdit *m_before;
    QPlainTextEdit *m_after;
    QPlainTextEdit *m_diff;
    class ShipItView *m_ship;
    QLabel *m_ownerNote; // above the form when a template manages the NSG
    QString m_ownerSummary;
    QString m_armHost;
    QString m_apiVersion;
    class PathChangesView *m_paths;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_apply;
    QDialogButtonBox *m_buttons;
};

} // namespace nsg::ui
