// SPDX-License-Identifier: MIT
#include "ui/widgets/acceptriskdialog.h"

#include "core/audit/findingtext.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace nsg::ui {

AcceptRiskDialog::AcceptRiskDialog(const NsgResult &result, const EvaluationOptions &options,
                                   const QString &reviewer, QWidget *parent)
    : QDialog(parent)
    , m_reviewer(new QLineEdit(this))
    , m_reason(new QPlainTextEdit(this))
    , m_expires(new QDateEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_accept(m_buttons->addButton(tr("&Accept risk"), QDialogButtonBox::AcceptRole))
    , m_withdraw(
          m_buttons->addButton(tr("&Withdraw acceptance"), QDialogButtonBox::DestructiveRole))
{
    setObjectName(QStringLiteral("acceptRiskDialog"));
    setWindowTitle(tr("Accept risk — %1").arg(result.nsg.name()));
    const FindingText text(result.nsg, result.finding, options);
    m_base.nsgId = result.nsg.id();
    m_base.nsgName = result.nsg.name();
    m_base.policyId = options.policy.id;
    m_base.fingerprint = Suppression::fingerprintOf(result.nsg, result.finding, options.policy);
    for (const ExposingRule &e : result.finding.exposing)
        m_base.ruleNames.append(text.ruleName(e.rule));

    auto *intro = new QLabel(
        tr("<p><b>%1</b> lets %2 in from the Internet through %3.</p><p>Accepting the risk shows "
           "it apart (not green) until the date below, or until these rules change — then it "
           "is exposed again and says why.</p>")
            .arg(result.nsg.name().toHtmlEscaped(), options.policy.label().toHtmlEscaped(),
                 m_base.ruleNames.join(QLatin1String(", ")).toHtmlEscaped()),
        this);
    intro->setWordWrap(true);

    const QDate today = QDate::currentDate();
    m_reviewer->setObjectName(QStringLiteral("reviewerEdit"));
    m_reviewer->setText(reviewer);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("Why this exposure is acceptable, and what ends it"));
    m_reason->setFixedHeight(80);
    m_expires->setObjectName(QStringLiteral("expiresEdit"));
    m_expires->setCalendarPopup(true);
    m_expires->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_expires->setMinimumDate(today);
    m_expires->setDate(today.addDays(Suppression::defaultDays()));
    if (result.risk) { // extend or withdraw the acceptance there is
        m_reviewer->setText(result.risk->suppression.reviewer);
        m_reason->setPlainText(result.risk->suppression.reason);
        if (result.risk->suppression.expires >= today)
            m_expires->setDate(result.risk->suppression.expires);
    }
    m_problem->setObjectName(QStringLiteral("acceptProblem"));
    m_problem->setWordWrap(true);
    m_accept->setObjectName(QStringLiteral("acceptButton"));
    m_withdraw->setObjectName(QStringLiteral("withdrawButton"));
    m_withdraw->setVisible(result.risk.has_value());

    auto *form = new QFormLayout;
    form->addRow(tr("&Reviewer:"), m_reviewer);
    form->addRow(tr("R&eason:"), m_reason);
    form->addRow(tr("&Until (last day):"), m_expires);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_reviewer, &QLineEdit::textChanged, this, &AcceptRiskDialog::validate);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &AcceptRiskDialog::validate);
    connect(m_expires, &QDateEdit::dateChanged, this, &AcceptRiskDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_withdraw, &QPushButton::clicked, this, [this] {
        m_withdrawn = true;
        accept();
    });
    validate();
}

Suppression AcceptRiskDialog::suppression() const
{
    Suppression s = m_base;
    s.reviewer = m_reviewer->text().trimmed();
    s.reason = m_reason->toPlainText().trimmed();
    s.expires = m_expires->date();
    s.created = QDateTime::currentDateTimeUtc();
    return s;
}

QString AcceptRiskDialog::problem() const
{
    return suppression().validate(QDate::currentDate());
}

void AcceptRiskDialog::validate()
{
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    m_accept->setEnabled(why.isEmpty());
}

} // namespace nsg::ui
