// SPDX-License-Identifier: MIT
#include "ui/widgets/suppressionsdialog.h"

#include "ui/models/statusicons.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <set>

namespace nsg::ui {

SuppressionsDialog::SuppressionsDialog(const SuppressionSet &set, const QString &path,
                                       QWidget *parent)
    : QDialog(parent)
    , m_set(set)
    , m_table(new QTableWidget(this))
    , m_status(new QLabel(this))
    , m_remove(new QPushButton(tr("&Remove"), this))
{
    setObjectName(QStringLiteral("suppressionsDialog"));
    setWindowTitle(tr("Accepted risks"));
    resize(900, 420);
    auto *where = new QLabel(tr("Kept in <tt>%1</tt>. Share it with the team, or import theirs.")
                                 .arg(path.toHtmlEscaped()),
                             this);
    where->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("suppressionsTable"));
    m_table->setAccessibleName(tr("Accepted risks"));
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels(
        {tr("NSG"), tr("Policy"), tr("Reviewer"), tr("Reason"), tr("Until"), tr("State")});
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_status->setObjectName(QStringLiteral("suppressionsStatus"));

    auto *importButton = new QPushButton(tr("&Import…"), this);
    importButton->setObjectName(QStringLiteral("importButton"));
    auto *exportButton = new QPushButton(tr("E&xport…"), this);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    m_remove->setObjectName(QStringLiteral("removeButton"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *row = new QHBoxLayout;
    row->addWidget(importButton);
    row->addWidget(exportButton);
    row->addWidget(m_remove);
    row->addStretch(1);
    row->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(where);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addLayout(row);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_remove, &QPushButton::clicked, this, &SuppressionsDialog::removeSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_table->selectedItems().isEmpty()); });
    connect(importButton, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Import accepted risks"),
                                                          QString(), tr("JSON (*.json)"));
        QString error;
        if (!file.isEmpty() && !importFile(file, &error))
            QMessageBox::warning(this, tr("Import accepted risks"), error);
    });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(this, tr("Export accepted risks"),
                                                          QStringLiteral("accepted-risks.json"),
                                                          tr("JSON (*.json)"));
        QString error;
        if (!file.isEmpty() && !exportFile(file, &error))
            QMessageBox::warning(this, tr("Export accepted risks"), error);
    });
    fill();
}

void SuppressionsDialog::fill()
{
    const QDate today = QDate::currentDate();
    m_table->setRowCount(int(m_set.entries().size()));
    int row = 0;
    for (const Suppression &s : m_set.entries()) {
        const std::optional<PortPolicy> policy = PortPolicy::fromName(s.policyId);
        const bool inForce = s.expires >= today;
        const QStringList cells{s.nsgName.isEmpty() ? s.nsgId : s.nsgName,
                                policy ? policy->label() : s.policyId,
                                s.reviewer,
                                s.reason,
                                s.expires.toString(Qt::ISODate),
                                inForce ? tr("In force") : tr("Expired")};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            item->setToolTip(column == 0 ? s.nsgId : cells[column]);
            if (column == 5)
                item->setIcon(StatusIcons::icon(inForce ? StatusIcons::Kind::Accepted
                                                        : StatusIcons::Kind::Exposed));
            item->setData(Qt::UserRole, s.nsgId);
            item->setData(Qt::UserRole + 1, s.policyId);
            m_table->setItem(row, column, item);
        }
        ++row;
    }
    m_table->resizeColumnsToContents();
    m_remove->setEnabled(false);
    m_status->setText(tr("%n accepted risk(s)", nullptr, int(m_set.entries().size())));
}

bool SuppressionsDialog::importFile(const QString &path, QString *error)
{
    const std::optional<SuppressionSet> other = SuppressionSet::load(path, error);
    if (!other)
        return false;
    const int changed = m_set.merge(*other);
    fill();
    m_status->setText(tr("Imported %1: %n added or updated", nullptr, changed).arg(path));
    return true;
}

bool SuppressionsDialog::exportFile(const QString &path, QString *error) const
{
    return m_set.save(path, error);
}

void SuppressionsDialog::removeSelected()
{
    std::set<std::pair<QString, QString>> doomed;
    for (const QTableWidgetItem *item : m_table->selectedItems())
        doomed.insert(
            {item->data(Qt::UserRole).toString(), item->data(Qt::UserRole + 1).toString()});
    for (const auto &[nsgId, policyId] : doomed)
        m_set.remove(nsgId, policyId);
    fill();
}

} // namespace nsg::ui
