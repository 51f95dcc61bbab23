// SPDX-License-Identifier: MIT
#pragma once

#include "core/audit/suppression.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace nsg::ui {

// File → Suppressions…: the team's accepted risks, one row each (NSG, policy, reviewer, reason,
// expiry, whether it is in force), with Remove, Import (merged in, the newer decision wins) and
// Export. Works on a copy: set() is what the window keeps when the dialog is accepted.
class SuppressionsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SuppressionsDialog)

public:
    SuppressionsDialog(const SuppressionSet &set, const QString &path, QWidget *parent = nullptr);

    const SuppressionSet &set() const { return m_set; }
    QTableWidget *table() const { return m_table; }
    // Without a file dialog (tests, drag and drop): false with a message on failure.
    bool importFile(const QString &path, QString *error);
    bool exportFile(const QString &path, QString *error) const;
    void removeSelected();

private:
    void fill();

    SuppressionSet m_set;
    QTableWidget *m_table;
    QLabel *m_status;
    QPushButton *m_remove;
};

} // namespace nsg::ui
