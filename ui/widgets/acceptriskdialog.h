// SPDX-License-Identifier: MIT
#pragma once

#include "core/audit/scanresult.h"
#include "core/audit/suppression.h"

#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace nsg::ui {

// Accepts one exposed NSG as a risk: who, why (both required) and until when (required, 90
// days unless changed). Bound to the exposing rules as they are now: the acceptance lapses
// when they change. An existing acceptance can be extended or withdrawn here.
class AcceptRiskDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AcceptRiskDialog)

public:
    AcceptRiskDialog(const NsgResult &result, const EvaluationOptions &options,
                     const QString &reviewer, QWidget *parent = nullptr);

    // The acceptance as entered (valid once the dialog is accepted).
    Suppression suppression() const;
    // The reviewer chose Withdraw: remove the existing acceptance.
    bool withdrawn() const { return m_withdrawn; }

    QLineEdit *reviewerEdit() const { return m_reviewer; }
    QPlainTextEdit *reasonEdit() const { return m_reason; }
    QDateEdit *expiresEdit() const { return m_expires; }
    QPushButton *acceptButton() const { return m_accept; }
    QPushButton *withdrawButton() const { return m_withdraw; }
    QString problem() const;

private:
    void validate();

    Suppression m_base;
    bool m_withdrawn = false;
    QLineEdit *m_reviewer;
    QPlainTextEdit *m_reason;
    QDateEdit *m_expires;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    QPushButton *m_accept;
    QPushButton *m_withdraw;
};

} // namespace nsg::ui
