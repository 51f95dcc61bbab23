// SPDX-License-Identifier: MIT
#include "ui/widgets/signindialog.h"

#include "azure/cloudenvironment.h"
#include "workspace/connection.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace nsg::ui {

SignInDialog::SignInDialog(workspace::Connection *connection, QWidget *parent)
    : QDialog(parent)
    , m_pages(new QStackedWidget(this))
    , m_cloudComboBox(new QComboBox(this))
    , m_tenantLineEdit(new QLineEdit(this))
    , m_clientIdLineEdit(new QLineEdit(this))
    , m_advancedWidget(new QWidget(this))
    , m_signInButton(new QPushButton(tr("Sign in"), this))
    , m_introLabel(new QLabel(this))
    , m_codeLabel(new QLabel(this))
    , m_linkLabel(new QLabel(this))
    , m_copyButton(new QPushButton(tr("Copy code and open browser"), this))
    , m_countdownLabel(new QLabel(this))
    , m_stateLabel(new QLabel(this))
    , m_againButton(new QPushButton(tr("Start again"), this))
    , m_closeButton(new QPushButton(tr("Cancel"), this))
    , m_tick(new QTimer(this))
{
    setWindowTitle(tr("Sign in to Azure"));
    setObjectName(QStringLiteral("signInDialog"));
    setMinimumWidth(480);

    // The form.
    auto *form = new QWidget(this);
    auto *formLayout = new QVBoxLayout(form);
    auto *explain = new QLabel(
        tr("NSG Auditor signs in with a device code: you approve it in a browser, on this or any "
           "other device. It asks only to read (and, in edit mode, to change) network security "
           "groups."),
        form);
    explain->setWordWrap(true);
    formLayout->addWidget(explain);
    auto *fields = new QFormLayout;
    for (const QString &name : azure::CloudEnvironment::names())
        m_cloudComboBox->addItem(name, name);
    m_cloudComboBox->setObjectName(QStringLiteral("cloudComboBox"));
    m_tenantLineEdit->setObjectName(QStringLiteral("tenantLineEdit"));
    m_tenantLineEdit->setText(QStringLiteral("organizations"));
    m_tenantLineEdit->setPlaceholderText(tr("organizations, a tenant id or a domain"));
    m_tenantLineEdit->setToolTip(
        tr("'organizations' signs in to your home tenant and scans every tenant you can see; a "
           "tenant id or domain limits the scan to that tenant."));
    fields->addRow(tr("&Cloud:"), m_cloudComboBox);
    fields->addRow(tr("&Tenant:"), m_tenantLineEdit);
    formLayout->addLayout(fields);
    auto *advancedToggle = new QToolButton(form);
    advancedToggle->setText(tr("Advanced"));
    advancedToggle->setCheckable(true);
    advancedToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    advancedToggle->setArrowType(Qt::RightArrow);
    advancedToggle->setAutoRaise(true);
    formLayout->addWidget(advancedToggle);
    auto *advancedLayout = new QFormLayout(m_advancedWidget);
    m_clientIdLineEdit->setObjectName(QStringLiteral("clientIdLineEdit"));
    m_clientIdLineEdit->setPlaceholderText(
        QString::fromLatin1(azure::CloudEnvironment::kAzureCliClientId));
    m_clientIdLineEdit->setToolTip(
        tr("The public client (application) id to sign in as. Empty: Azure CLI's. See the README "
           "for registering your own."));
    advancedLayout->addRow(tr("Client &id:"), m_clientIdLineEdit);
    m_advancedWidget->setVisible(false);
    formLayout->addWidget(m_advancedWidget);
    connect(advancedToggle, &QToolButton::toggled, this, [this, advancedToggle](bool on) {
        m_advancedWidget->setVisible(on);
        advancedToggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
    });
    formLayout->addStretch();
    m_signInButton->setObjectName(QStringLiteral("signInButton"));
    m_signInButton->setDefault(true);
    formLayout->addWidget(m_signInButton, 0, Qt::AlignRight);
    connect(m_signInButton, &QPushButton::clicked, this, &SignInDialog::start);

    // The code.
    auto *codePage = new QWidget(this);
    auto *codeLayout = new QVBoxLayout(codePage);
    m_introLabel->setWordWrap(true);
    m_introLabel->setText(tr("Open this page in a browser and enter the code:"));
    codeLayout->addWidget(m_introLabel);
    QFont big = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    big.setPointSize(26);
    big.setBold(true);
    m_codeLabel->setObjectName(QStringLiteral("codeLabel"));
    m_codeLabel->setFont(big);
    m_codeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_codeLabel->setAlignment(Qt::AlignCenter);
    m_codeLabel->setText(QStringLiteral("…"));
    m_codeLabel->setAccessibleName(tr("Sign-in code"));
    codeLayout->addWidget(m_codeLabel);
    m_linkLabel->setObjectName(QStringLiteral("linkLabel"));
    m_linkLabel->setAlignment(Qt::AlignCenter);
    m_linkLabel->setTextFormat(Qt::RichText);
    m_linkLabel->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_linkLabel, &QLabel::linkActivated, this,
            [](const QString &link) { QDesktopServices::openUrl(QUrl(link)); });
    codeLayout->addWidget(m_linkLabel);
    m_copyButton->setObjectName(QStringLiteral("copyButton"));
    codeLayout->addWidget(m_copyButton, 0, Qt::AlignCenter);
    connect(m_copyButton, &QPushButton::clicked, this, &SignInDialog::onCopyAndOpen);
    m_countdownLabel->setAlignment(Qt::AlignCenter);
    codeLayout->addWidget(m_countdownLabel);
    m_stateLabel->setObjectName(QStringLiteral("stateLabel"));
    m_stateLabel->setAlignment(Qt::AlignCenter);
    m_stateLabel->setWordWrap(true);
    codeLayout->addWidget(m_stateLabel);
    m_againButton->setVisible(false);
    codeLayout->addWidget(m_againButton, 0, Qt::AlignCenter);
    connect(m_againButton, &QPushButton::clicked, this, &SignInDialog::start);
    codeLayout->addStretch();

    m_pages->addWidget(form);
    m_pages->addWidget(codePage);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    auto *buttons = new QDialogButtonBox(this);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    buttons->addButton(m_closeButton, QDialogButtonBox::RejectRole);
    connect(m_closeButton, &QPushButton::clicked, this, &SignInDialog::reject);
    layout->addWidget(buttons);

    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &SignInDialog::onTick);
    using workspace::Connection;
    connect(connection, &Connection::userCodeReceived, this, &SignInDialog::onUserCode);
    connect(connection, &Connection::signInSlowedDown, this, &SignInDialog::onSlowedDown);
    connect(connection, &Connection::signedIn, this,
            [this](const azure::AccountInfo &account) { onFinished(true, QString(), account); });
    connect(connection, &Connection::signInFailed, this,
            [this](const QString &message) { onFinished(false, message, {}); });
    // A change's multi-factor sign-in shows here too.
    connect(connection, &Connection::stepUpFinished, this, &SignInDialog::onFinished);
}

SignInDialog::~SignInDialog() = default;

void SignInDialog::setDemo(bool demo)
{
    m_demo = demo;
    if (demo) {
        m_cloudComboBox->clear();
        m_cloudComboBox->addItem(tr("Demo (built-in sandbox)"), QStringLiteral("Sandbox"));
        m_cloudComboBox->setEnabled(false);
    }
}

void SignInDialog::setCloud(const QString &cloud)
{
    const int i = m_cloudComboBox->findData(cloud, Qt::UserRole, Qt::MatchFixedString);
    if (i >= 0)
        m_cloudComboBox->setCurrentIndex(i);
}

void SignInDialog::setTenant(const QString &tenant)
{
    m_tenantLineEdit->setText(tenant.isEmpty() ? QStringLiteral("organizations") : tenant);
}

void SignInDialog::setClientId(const QString &clientId)
{
    m_clientIdLineEdit->setText(clientId);
}

QString SignInDialog::cloud() const
{
    return m_cloudComboBox->currentData().toString();
}

QString SignInDialog::tenant() const
{
    const QString t = m_tenantLineEdit->text().trimmed();
    return t.isEmpty() ? QStringLiteral("organizations") : t;
}

QString SignInDialog::clientId() const
{
    return m_clientIdLineEdit->text().trimmed();
}

QString SignInDialog::stateText() const
{
    return m_stateLabel->text();
}

void SignInDialog::start()
{
    showCodePage(tr("Asking Entra ID for a code…"));
    Q_EMIT signInRequested(cloud(), tenant(), clientId());
}

void SignInDialog::startChallenge(const QString &reason)
{
    showCodePage(reason);
    show();
    raise();
    activateWindow();
}

void SignInDialog::showCodePage(const QString &state)
{
    m_running = true;
    m_signedIn = false;
    m_code.clear();
    m_codeLabel->setText(QStringLiteral("…"));
    m_linkLabel->clear();
    m_copyButton->setEnabled(false);
    m_againButton->setVisible(false);
    m_countdownLabel->clear();
    m_closeButton->setText(tr("Cancel"));
    setState(state);
    m_pages->setCurrentIndex(1);
}

void SignInDialog::onUserCode(const QString &code, const QUrl &uri, const QDateTime &expiresAt,
                              const QString &)
{
    if (!m_running)
        return;
    m_code = code;
    m_uri = uri;
    m_expiresAt = expiresAt;
    m_codeLabel->setText(code);
    m_linkLabel->setText(QStringLiteral("<a href=\"%1\">%2</a>")
                             .arg(uri.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                                  uri.toDisplayString().toHtmlEscaped()));
    m_copyButton->setEnabled(true);
    m_copyButton->setFocus();
    setState(m_demo ? tr("Waiting for you to sign in… (demo: approved automatically in a few "
                         "seconds)")
                    : tr("Waiting for you to sign in…"));
    onTick();
    m_tick->start();
}

void SignInDialog::onSlowedDown(int intervalMs)
{
    if (m_running)
        setState(tr("Entra ID asked us to check less often (every %1 s); still waiting…")
                     .arg(intervalMs / 1000));
}

void SignInDialog::onFinished(bool ok, const QString &message, const azure::AccountInfo &account)
{
    if (!m_running)
        return;
    m_running = false;
    m_tick->stop();
    m_countdownLabel->clear();
    m_copyButton->setEnabled(false);
    if (ok) {
        m_signedIn = true;
        setState(tr("Signed in as %1.").arg(account.username), QStringLiteral("#107c10"));
        m_closeButton->setText(tr("Close"));
        QTimer::singleShot(800, this, &QDialog::accept);
        return;
    }
    setState(message, QStringLiteral("#c50f1f"));
    m_againButton->setVisible(true);
    m_closeButton->setText(tr("Close"));
}

void SignInDialog::onCopyAndOpen()
{
    if (m_code.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(m_code);
    QDesktopServices::openUrl(m_uri);
    setState(tr("The code is on the clipboard: paste it on the page that opened."));
}

void SignInDialog::onTick()
{
    const qint64 left = QDateTime::currentDateTimeUtc().secsTo(m_expiresAt);
    if (left <= 0) {
        m_countdownLabel->setText(tr("The code has expired."));
        return;
    }
    m_countdownLabel->setText(
        tr("The code expires in %1:%2.").arg(left / 60).arg(left % 60, 2, 10, QLatin1Char('0')));
}

void SignInDialog::setState(const QString &text, const QString &color)
{
    m_stateLabel->setText(text);
    m_stateLabel->setStyleSheet(
        color.isEmpty() ? QString() : QStringLiteral("color: %1; font-weight: bold;").arg(color));
}

void SignInDialog::reject()
{
    if (m_running) {
        m_running = false;
        m_tick->stop();
        Q_EMIT signInCancelled();
    }
    QDialog::reject();
}

} // namespace nsg::ui
