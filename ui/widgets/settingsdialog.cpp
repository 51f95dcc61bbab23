// SPDX-License-Identifier: MIT
#include "ui/widgets/settingsdialog.h"

#include "azure/cloudenvironment.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace nsg::ui {

namespace {

QLineEdit *apiEdit(QWidget *parent, const char *name, const QString &builtIn)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(name));
    edit->setPlaceholderText(builtIn);
    return edit;
}

} // namespace

SettingsDialog::SettingsDialog(const AppSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_policy(new QComboBox(this))
    , m_customPolicy(new QLineEdit(this))
    , m_breadth(new QSpinBox(this))
    , m_ipv6Breadth(new QSpinBox(this))
    , m_cloud(new QComboBox(this))
    , m_tenant(new QLineEdit(this))
    , m_clientId(new QLineEdit(this))
    , m_inFlight(new QSpinBox(this))
    , m_graph(new QCheckBox(tr("Use Resource &Graph for large tenants"), this))
    , m_language(new QComboBox(this))
    , m_paper(new QComboBox(this))
    , m_suppressions(new QLineEdit(this))
    , m_keepHistory(new QCheckBox(tr("&Keep every scan in the audit history"), this))
    , m_historyFile(new QLineEdit(this))
    , m_keepCount(new QSpinBox(this))
    , m_keepDays(new QSpinBox(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    const azure::ApiVersions builtIn;
    m_apiResources = apiEdit(this, "apiResourcesEdit", builtIn.resources);
    m_apiNetwork = apiEdit(this, "apiNetworkEdit", builtIn.network);
    m_apiGraph = apiEdit(this, "apiGraphEdit", builtIn.resourceGraph);
    m_apiAuthorization = apiEdit(this, "apiAuthorizationEdit", builtIn.authorization);

    m_policy->setObjectName(QStringLiteral("policyCombo"));
    for (const PortPolicy &p : PortPolicy::catalog())
        m_policy->addItem(p.label(), p.id);
    m_policy->addItem(tr("Custom port…"), QString());
    m_customPolicy->setObjectName(QStringLiteral("customPolicyEdit"));
    m_customPolicy->setPlaceholderText(tr("tcp/8443, udp/500 or tcp/8000-8100"));
    connect(m_policy, &QComboBox::currentIndexChanged, this,
            [this] { m_customPolicy->setEnabled(m_policy->currentData().toString().isEmpty()); });
    m_breadth->setObjectName(QStringLiteral("breadthSpin"));
    m_breadth->setRange(0, 1 << 30);
    m_breadth->setSuffix(tr(" IPv4 addresses"));
    m_ipv6Breadth->setObjectName(QStringLiteral("ipv6BreadthSpin"));
    m_ipv6Breadth->setRange(0, 128);
    m_ipv6Breadth->setPrefix(QStringLiteral("/"));
    m_cloud->setObjectName(QStringLiteral("cloudCombo"));
    m_cloud->addItems(azure::CloudEnvironment::names());
    m_tenant->setObjectName(QStringLiteral("tenantEdit"));
    m_tenant->setPlaceholderText(tr("organizations (every tenant), an id or a domain"));
    m_clientId->setObjectName(QStringLiteral("clientIdEdit"));
    m_clientId->setPlaceholderText(tr("Azure CLI's (04b07795-…)"));
    m_inFlight->setObjectName(QStringLiteral("inFlightSpin"));
    m_inFlight->setRange(1, 32);
    m_graph->setObjectName(QStringLiteral("graphCheck"));
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_paper->setObjectName(QStringLiteral("paperCombo"));
    m_paper->addItem(tr("By locale (Letter in the US and Canada, else A4)"), QString());
    m_paper->addItem(QStringLiteral("A4"), QStringLiteral("A4"));
    m_paper->addItem(QStringLiteral("Letter"), QStringLiteral("Letter"));
    m_suppressions->setObjectName(QStringLiteral("suppressionsEdit"));
    m_suppressions->setPlaceholderText(tr("the app data folder's accepted-risks.json"));
    auto *browse = new QPushButton(tr("Bro&wse…"), this);
    browse->setObjectName(QStringLiteral("browseSuppressionsButton"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(
            this, tr("Accepted risks file"), m_suppressions->text(), tr("JSON (*.json)"), nullptr,
            QFileDialog::DontConfirmOverwrite);
        if (!file.isEmpty())
            m_suppressions->setText(file);
    });
    // Spin boxes and the file field are named for screen readers as their labels read.
    m_breadth->setAccessibleName(tr("Breadth limit, IPv4 addresses"));
    m_ipv6Breadth->setAccessibleName(tr("IPv6 breadth limit, prefix length"));
    m_inFlight->setAccessibleName(tr("Requests in flight"));
    m_suppressions->setAccessibleName(tr("Accepted risks file"));
    m_problem->setObjectName(QStringLiteral("settingsProblem"));
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto *audit = new QGroupBox(tr("Audit"), this);
    auto *auditForm = new QFormLayout(audit);
    auditForm->addRow(tr("&Policy:"), m_policy);
    auditForm->addRow(tr("C&ustom port:"), m_customPolicy);
    auditForm->addRow(tr("&Breadth limit:"), m_breadth);
    auditForm->addRow(tr("IPv&6 breadth limit:"), m_ipv6Breadth);
    auto *suppressionsRow = new QHBoxLayout;
    suppressionsRow->addWidget(m_suppressions, 1);
    suppressionsRow->addWidget(browse);
    // A row of a layout gets no buddy by itself: without one the mnemonic shows as a literal "&".
    auto *suppressionsLabel = new QLabel(tr("Accepted &risks file:"), this);
    suppressionsLabel->setObjectName(QStringLiteral("suppressionsLabel"));
    suppressionsLabel->setBuddy(m_suppressions);
    auditForm->addRow(suppressionsLabel, suppressionsRow);

    auto *azureBox = new QGroupBox(tr("Azure"), this);
    auto *azureForm = new QFormLayout(azureBox);
    azureForm->addRow(tr("&Cloud:"), m_cloud);
    azureForm->addRow(tr("&Tenant:"), m_tenant);
    azureForm->addRow(tr("Client &id:"), m_clientId);
    azureForm->addRow(tr("Requests in &flight:"), m_inFlight);
    azureForm->addRow(QString(), m_graph);

    auto *advanced = new QGroupBox(tr("api-versions (advanced; empty: built in)"), this);
    auto *advancedForm = new QFormLayout(advanced);
    advancedForm->addRow(tr("Resources:"), m_apiResources);
    advancedForm->addRow(tr("Network:"), m_apiNetwork);
    advancedForm->addRow(tr("Resource Graph:"), m_apiGraph);
    advancedForm->addRow(tr("Authorization:"), m_apiAuthorization);

    auto *look = new QGroupBox(tr("Language and reports"), this);
    auto *lookForm = new QFormLayout(look);
    lookForm->addRow(tr("&Language (at the next start):"), m_language);
    lookForm->addRow(tr("Report paper si&ze:"), m_paper);

    // The audit history (docs/history.md): where, whether, and for how long.
    m_keepHistory->setObjectName(QStringLiteral("keepHistoryCheck"));
    m_historyFile->setObjectName(QStringLiteral("historyFileEdit"));
    m_historyFile->setPlaceholderText(tr("the app data folder's history.sqlite"));
    m_historyFile->setAccessibleName(tr("Audit history file"));
    m_keepCount->setObjectName(QStringLiteral("keepCountSpin"));
    m_keepCount->setRange(0, 100000);
    m_keepCount->setSpecialValueText(tr("all"));
    m_keepCount->setToolTip(
        tr("The newest snapshots kept; older ones are deleted at the next scan"));
    m_keepDays->setObjectName(QStringLiteral("keepDaysSpin"));
    m_keepDays->setRange(0, 36500);
    m_keepDays->setSpecialValueText(tr("any age"));
    m_keepDays->setToolTip(tr("Snapshots older than this many days are deleted at the next scan"));
    auto *historyBrowse = new QPushButton(tr("Br&owse…"), this);
    connect(historyBrowse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(
            this, tr("Audit history file"), m_historyFile->text(), tr("SQLite (*.sqlite)"), nullptr,
            QFileDialog::DontConfirmOverwrite);
        if (!file.isEmpty())
            m_historyFile->setText(file);
    });
    auto *historyBox = new QGroupBox(tr("Audit history"), this);
    auto *historyForm = new QFormLayout(historyBox);
    historyForm->addRow(QString(), m_keepHistory);
    auto *historyRow = new QHBoxLayout;
    historyRow->addWidget(m_historyFile, 1);
    historyRow->addWidget(historyBrowse);
    auto *historyLabel = new QLabel(tr("&History file:"), this);
    historyLabel->setBuddy(m_historyFile);
    historyForm->addRow(historyLabel, historyRow);
    historyForm->addRow(tr("Keep s&napshots:"), m_keepCount);
    historyForm->addRow(tr("Keep for &days:"), m_keepDays);

    auto *buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { setSettings(AppSettings()); });

    auto *columns = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->addWidget(audit);
    left->addWidget(look);
    left->addWidget(historyBox);
    left->addStretch(1);
    auto *right = new QVBoxLayout;
    right->addWidget(azureBox);
    right->addWidget(advanced);
    right->addStretch(1);
    columns->addLayout(left);
    columns->addLayout(right);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setSettings(settings);
}

void SettingsDialog::setSettings(const AppSettings &s)
{
    const PortPolicy policy = s.portPolicy();
    const int known = m_policy->findData(policy.id);
    m_policy->setCurrentIndex(known >= 0 && !policy.isCustom() ? known : m_policy->count() - 1);
    m_customPolicy->setText(policy.isCustom() ? policy.id : QString());
    m_customPolicy->setEnabled(policy.isCustom());
    m_breadth->setValue(int(std::min<quint64>(s.limit.maxPublicIpv4, quint64(1) << 30)));
    m_ipv6Breadth->setValue(s.limit.minIpv6PrefixLength);
    m_cloud->setCurrentText(s.cloud);
    m_tenant->setText(s.tenant);
    m_clientId->setText(s.clientId);
    m_inFlight->setValue(s.maxInFlight);
    m_graph->setChecked(s.resourceGraph);
    m_apiResources->setText(s.apiResources);
    m_apiNetwork->setText(s.apiNetwork);
    m_apiGraph->setText(s.apiResourceGraph);
    m_apiAuthorization->setText(s.apiAuthorization);
    m_language->setCurrentIndex(std::max(0, m_language->findData(s.language)));
    m_paper->setCurrentIndex(std::max(0, m_paper->findData(s.paperSize)));
    m_suppressions->setText(s.suppressionsFile);
    m_keepHistory->setChecked(s.historyEnabled);
    m_historyFile->setText(s.historyFile);
    m_keepCount->setValue(s.historyKeepCount);
    m_keepDays->setValue(s.historyKeepDays);
}

AppSettings SettingsDialog::settings() const
{
    AppSettings s;
    const QString id = m_policy->currentData().toString();
    s.policy = id.isEmpty() ? m_customPolicy->text().trimmed() : id;
    s.limit.maxPublicIpv4 = quint64(m_breadth->value());
    s.limit.minIpv6PrefixLength = m_ipv6Breadth->value();
    s.cloud = m_cloud->currentText();
    s.tenant =
        m_tenant->text().trimmed().isEmpty() ? AppSettings().tenant : m_tenant->text().trimmed();
    s.clientId = m_clientId->text().trimmed();
    s.maxInFlight = m_inFlight->value();
    s.resourceGraph = m_graph->isChecked();
    s.apiResources = m_apiResources->text().trimmed();
    s.apiNetwork = m_apiNetwork->text().trimmed();
    s.apiResourceGraph = m_apiGraph->text().trimmed();
    s.apiAuthorization = m_apiAuthorization->text().trimmed();
    s.language = m_language->currentData().toString();
    s.paperSize = m_paper->currentData().toString();
    s.suppressionsFile = m_suppressions->text().trimmed();
    s.historyEnabled = m_keepHistory->isChecked();
    s.historyFile = m_historyFile->text().trimmed();
    s.historyKeepCount = m_keepCount->value();
    s.historyKeepDays = m_keepDays->value();
    return s;
}

void SettingsDialog::accept()
{
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    if (why.isEmpty())
        QDialog::accept();
}

} // namespace nsg::ui
