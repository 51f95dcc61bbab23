// SPDX-License-Identifier: MIT
#pragma once

#include "core/remediation/fixformats.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace nsg::ui {

// "Ship it as…": one fix in every format a team ships with (ARM request, az, PowerShell, Bicep,
// Terraform), a tab each with the code (copy) and what to know about it, the whole saved as a
// file; above them, who manages the NSG — when a template or an IaC tool does, its format's tab
// comes first and the warning says that an API fix will not stick. The restrict dialog and the
// wizard show it.
class ShipItView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShipItView)

public:
    explicit ShipItView(QWidget *parent = nullptr);

    // A read-only code view in a fixed-pitch font that wraps (no horizontal scrolling).
    static QPlainTextEdit *codeView(QWidget *parent, const QString &objectName);

    // The fix to show (nullopt: none yet, the views are emptied).
    void setShipping(const std::optional<FixShipping> &fix, const QString &ruleName);
    void setOwnershipChecking();
    void setOwnership(bool owned, const QString &summary, const QString &formatKey);

    // For tests.
    QString code(ShipFormat format) const;
    QString ownershipText() const;
    QTabWidget *tabs() const { return m_tabs; }
    // The format of the tab shown first.
    ShipFormat firstFormat() const;

private:
    void showNotes();
    void resetOrder(); // the formats in their order, az shown
    void save();
    ShipFormat currentFormat() const;

    QLabel *m_owner;
    QTabWidget *m_tabs;
    QHash<int, QPlainTextEdit *> m_views; // by ShipFormat
    QLabel *m_notes;
    QPushButton *m_copy;
    QPushButton *m_save;
    QHash<int, ShippedFix> m_fixes;
    QString m_ruleName;
};

} // namespace nsg::ui
