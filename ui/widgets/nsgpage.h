// SPDX-License-Identifier: MIT
#pragma once

#include "core/audit/pathhops.h"
#include "core/audit/reachability.h"
#include "core/audit/scanresult.h"

#include <QWidget>

#include <memory>

class QFrame;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QTableWidget;
class QTextBrowser;

namespace nsg::ui {

class PathView;
class RuleTableModel;

// One NSG as a reviewer reads it: who it is and where it is attached, the verdict in one
// sentence (and what rule-at-a-time scanners would say, where that differs), then tabs: the
// inbound and outbound rules laid out as the portal does, the proof in words, the paths from the
// Internet through it (each endpoint drawn hop by hop), the NICs behind it, and the JSON as read.
class NsgPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NsgPage)

public:
    enum Tab { InboundTab, OutboundTab, WhyTab, PathsTab, NicsTab, JsonTab };

    explicit NsgPage(QWidget *parent = nullptr);
    ~NsgPage() override;

    void showNsg(const NsgResult &result, const EvaluationOptions &options,
                 const QString &subscriptionName, bool live);
    // Where the paths from the Internet were followed: the NSG's standing on both axes, said in
    // the banner before its rules' reason (not over an accepted risk).
    void showStanding(int statusKind, const QString &title, const QString &why);
    // The paths from the Internet the NSG was placed on (null: not followed): the endpoints
    // through it, exposed first, and the selected one's path drawn.
    void showPaths(std::shared_ptr<const ReachabilityResult> paths);
    QTableWidget *pathsTable() const { return m_paths; }
    PathView *pathView() const { return m_pathView; }
    // NICs whose subnet or own NSG this is; null: NICs were not read.
    void showInterfaces(const QList<NicResult> *interfaces);
    void setJson(const QString &nsgId, const QString &json, const QString &error);
    QString nsgId() const;

    RuleTableModel *inboundModel() const { return m_inbound; }
    RuleTableModel *outboundModel() const { return m_outbound; }
    QTableView *inboundTable() const { return m_inboundTable; }
    // What each mark in the rule tables means.
    QLabel *inboundLegend() const { return m_inboundLegend; }
    QLabel *outboundLegend() const { return m_outboundLegend; }
    QTabWidget *tabs() const { return m_tabs; }
    QString bannerText() const;
    // Edit mode: the Fix buttons show; `allowed` (with the reason why not) decides whether they
    // work. Outside edit mode they are hidden.
    void setEditState(bool editMode, bool allowed, const QString &reason);
    QPushButton *fixButton() const { return m_fixButton; }
    QPushButton *restrictButton() const { return m_restrictButton; }
    QPushButton *acceptButton() const { return m_acceptButton; }
    QLabel *editNote() const { return m_editNote; }
    // The exposing rule selected in the inbound table, else the first exposing rule.
    QString exposingRuleName() const;
    QStringList exposingRuleNames() const;

Q_SIGNALS:
    void jsonRequested(const QString &nsgId);
    void refreshRequested(const QString &nsgId);
    void fixRequested(); // the guided wizard
    void restrictRequested(const QString &ruleName); // the edit dialog
    void acceptRiskRequested(); // accept the finding as a risk until a date, or withdraw that
    // A hop of a path was clicked (an NSG opens its page).
    void hopActivated(const nsg::PathHop &hop);
    // A network interface of the NICs tab was activated (its paths open in Workloads).
    void interfaceActivated(const QString &nicId);

private:
    void onTabChanged(int index);

    std::unique_ptr<NsgResult> m_result;
    QString m_bannerReason; // the rules' reason, under a standing said first
    QString m_whyRules; // the Why tab's proof of the rules' verdict, without its heading
    QString m_bannerNote;
    QString m_policyLabel; // the policy the NSG is shown under
    bool m_live = false;
    bool m_jsonLoaded = false;
    QLabel *m_title;
    QLabel *m_details;
    QPushButton *m_refreshButton;
    QPushButton *m_restrictButton;
    QPushButton *m_fixButton;
    QPushButton *m_acceptButton;
    QLabel *m_editNote;
    class QAction *m_restrictAction = nullptr;
    bool m_editMode = false;
    bool m_editAllowed = false;
    QString m_editReason;
    void updateEditButtons();
    class VerdictBanner *m_banner;
    QTabWidget *m_tabs;
    RuleTableModel *m_inbound;
    RuleTableModel *m_outbound;
    QTableView *m_inboundTable;
    QTableView *m_outboundTable;
    QLabel *m_inboundLegend;
    QLabel *m_outboundLegend;
    QTextBrowser *m_why;
    QTableWidget *m_nics;
    QLabel *m_nicsNote;
    QTableWidget *m_paths;
    QLabel *m_pathsNote;
    PathView *m_pathView;
    std::shared_ptr<const ReachabilityResult> m_reach;
    std::vector<const Endpoint *> m_pathEndpoints; // the rows of m_paths
    void showPath(int row);
    QWidget *pathsPage();
    QPlainTextEdit *m_json;
};

} // namespace nsg::ui
