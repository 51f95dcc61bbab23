// SPDX-License-Identifier: MIT
#include "ui/widgets/suppressionscontroller.h"

#include "ui/models/inventoryfilter.h"
#include "ui/models/inventorymodel.h"
#include "ui/widgets/acceptriskdialog.h"
#include "ui/widgets/mainwindow.h"
#include "ui/widgets/nsgpage.h"
#include "ui/widgets/suppressionsdialog.h"

#include "core/audit/suppression.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QTreeView>

namespace nsg::ui {

SuppressionsController::SuppressionsController(MainWindow *window)
    : QObject(window)
    , m_window(window)
{ }

SuppressionsController::~SuppressionsController() = default;

void SuppressionsController::setPath(const QString &path)
{
    m_path = path;
    SuppressionSet set;
    if (QFile::exists(path)) {
        QString error;
        const std::optional<SuppressionSet> loaded = SuppressionSet::load(path, &error);
        if (loaded) {
            set = *loaded;
        } else {
            // Nothing is silently dropped: the findings stay exposed and the problem shows.
            m_window->addProblem(
                tr("Accepted risks"),
                ScanError{path, 0, QStringLiteral("Unreadable"), error, QString()});
        }
    }
    m_window->m_inventory->setSuppressions(set);
    m_window->m_filter->refresh();
    m_window->onSelectionChanged();
}

bool SuppressionsController::store(const SuppressionSet &set)
{
    QString error;
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    if (!set.save(m_path, &error)) {
        QMessageBox::warning(m_window, tr("Accepted risks"),
                             tr("The accepted risks could not be saved: %1").arg(error));
        return false;
    }
    m_window->m_inventory->setSuppressions(set);
    m_window->m_filter->refresh();
    m_window->onSelectionChanged();
    return true;
}

SuppressionsDialog *SuppressionsController::dialog() const
{
    return m_dialog;
}

void SuppressionsController::showDialog()
{
    if (!m_dialog) {
        m_dialog = new SuppressionsDialog(m_window->m_inventory->suppressions(), m_path, m_window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dialog, &QDialog::accepted, this, [this] { store(m_dialog->set()); });
    }
    m_dialog->show();
    m_dialog->raise();
}

AcceptRiskDialog *SuppressionsController::acceptRiskDialog() const
{
    return m_acceptDialog;
}

void SuppressionsController::openAcceptRisk()
{
    const QModelIndex index = m_window->m_inventory->indexOfNsg(m_window->m_nsgPage->nsgId());
    const NsgResult *result = m_window->m_inventory->nsgAt(index);
    if (!result) { // an offline NSG: find it by the page's id
        const QModelIndex current =
            m_window->m_filter->mapToSource(m_window->m_tree->currentIndex());
        result = m_window->m_inventory->nsgAt(current);
    }
    if (!result || result->finding.verdict != Verdict::Exposed)
        return;
    const QString reviewer =
        !m_window->m_username.isEmpty() ? m_window->m_username : qEnvironmentVariable("USER");
    m_acceptDialog = new AcceptRiskDialog(*result, m_window->m_inventory->evaluationOptions(),
                                          reviewer, m_window);
    m_acceptDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_acceptDialog, &QDialog::accepted, this, [this] {
        SuppressionSet set = m_window->m_inventory->suppressions();
        const Suppression s = m_acceptDialog->suppression();
        if (m_acceptDialog->withdrawn())
            set.remove(s.nsgId, s.policyId);
        else
            set.add(s);
        store(set);
    });
    m_acceptDialog->open();
}

} // namespace nsg::ui
