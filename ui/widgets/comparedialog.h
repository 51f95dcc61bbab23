// SPDX-License-Identifier: MIT
#pragma once

#include "core/history/snapshotdiff.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;

namespace nsg::ui {

// History → Compare audits…: two snapshots of the audit history side by side. A tree of what
// moved (new, came back, fixed, still exposed, …) with first-seen dates and who changed each
// NSG; for the NSG selected, its inbound rules then and now in the portal's layout, the cells
// that changed marked, and Azure's change records. Reads the history off the window's thread.
class CompareDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareDialog)

public:
    // Reads who changed the comparison's NSGs (signed in: the workspace's connection) and
    // calls back with the comparison filled in; empty when not signed in.
    using Attributor =
        std::function<void(history::SnapshotDiff, std::function<void(history::SnapshotDiff)>)>;

    CompareDialog(const QString &historyPath, QWidget *parent = nullptr);

    void setAttributor(Attributor attributor) { m_attributor = std::move(attributor); }
    // Lists the snapshots; the latest two are compared. False with a message when the history
    // cannot be read or holds fewer than two.
    bool reload();
    // Compares two snapshots (by id) now.
    void compare(qint64 older, qint64 newer);
    bool isComparing() const { return m_comparing; }
    const history::SnapshotDiff &diff() const { return m_diff; }
    QTreeWidget *tree() const { return m_tree; }
    QTableWidget *rules() const { return m_rules; }
    QString headline() const;

Q_SIGNALS:
    void compared();

private:
    void onPairChosen();
    void clearComparison(const QString &why);
    void showDiff();
    void showNsg(QTreeWidgetItem *item);
    void showRules(const history::NsgChange &change);
    void exportComparison();

    QString m_path;
    Attributor m_attributor;
    history::SnapshotDiff m_diff;
    bool m_comparing = false;
    bool m_swapped = false; // the picks were swapped into order
    int m_generation = 0;

    QComboBox *m_older;
    QComboBox *m_newer;
    QLabel *m_headline;
    QLabel *m_note;
    QTreeWidget *m_tree;
    QLabel *m_nsgTitle;
    QTableWidget *m_rules;
    QTextBrowser *m_changes;
    QPushButton *m_export;
};

} // namespace nsg::ui
