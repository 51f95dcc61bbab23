// SPDX-License-Identifier: MIT
#pragma once

#include "azure/changejournal.h"
#include "azure/ruleeditor.h"

#include "core/audit/portpolicy.h"
#include "core/remediation/nsgdocument.h"

#include <QDialog>
#include <QPointer>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace nsg::ui {

// Every change the journal holds, newest first: filter by text or status, read one (the ARM
// request ids, the property diff, the rule before and after), revert it, export the lot. The
// chain's state is always on top: a broken chain is shown, never hidden or repaired. A revert is
// sent only from a confirmation that states the verdict after it (the NSG as the window has it,
// with the rule put back as the journal's before JSON) and says in red when it exposes the port;
// its button names what it does ("Revert and expose TCP/25").
class HistoryWindow final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryWindow)

public:
    explicit HistoryWindow(const QString &journalPath, QWidget *parent = nullptr);
    ~HistoryWindow() override;

    // The NSG as the window has it now (in ARM's shape; nullopt when it is not loaded) and the
    // policy to evaluate it with: the confirmation's verdict after a revert.
    struct NsgNow
    {
        std::optional<NsgDocument> nsg;
        EvaluationOptions options;
    };
    void setNsgLookup(std::function<NsgNow(const QString &nsgId)> lookup)
    {
        m_lookup = std::move(lookup);
    }

    void reload();
    // The outcome of a revert this window asked for.
    void showRevertOutcome(const nsg::azure::EditOutcome &outcome);
    void setBusy(bool busy, const QString &step = QString());

    // For tests.
    QTableView *table() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }
    QPushButton *revertButton() const { return m_revert; }
    // The open "revert?" confirmation (null when none is open).
    QDialog *confirmation() const;
    QString confirmationText() const;
    // The confirmation's words for reverting a change: what comes back, and the verdict after
    // (`exposes`: the NSG would be Exposed afterwards; `port`: the policy's ports, "TCP/25").
    QString revertSummary(const nsg::azure::JournalChange &change, bool *exposes,
                          QString *port = nullptr) const;
    QPlainTextEdit *details() const { return m_details; }
    QString chainText() const;
    bool selectChange(const QString &changeId);
    int visibleRows() const;
    // Answers the "revert anyway?" question without a message box (tests): -1 asks.
    void setConflictAnswer(int answer) { m_conflictAnswer = answer; }
    bool exportTo(const QString &path, QString *error) const;

Q_SIGNALS:
    void revertRequested(const QString &changeId, bool force);

private:
    void onSelectionChanged();
    void onRevert();
    void onExport();
    QString selectedId() const;

    azure::ChangeJournal m_journal;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_chain;
    QLineEdit *m_filter;
    QComboBox *m_status;
    QTableView *m_table;
    QPlainTextEdit *m_details;
    QLabel *m_progress;
    QPushButton *m_revert;
    QPushButton *m_export;
    QString m_pendingRevert;
    QPointer<QDialog> m_confirm;
    std::function<NsgNow(const QString &nsgId)> m_lookup;
    int m_conflictAnswer = -1;
    bool m_busy = false;
};

} // namespace nsg::ui
