// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>

namespace nsg {
class SuppressionSet;
}

namespace nsg::ui {

class AcceptRiskDialog;
class MainWindow;
class SuppressionsDialog;

// The window's accepted risks: the file they are kept in, the Suppressions dialog, and
// Accept risk on an exposed NSG. Every change is written to the file and applied to every NSG
// in the tree at once.
class SuppressionsController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SuppressionsController)

public:
    explicit SuppressionsController(MainWindow *window);
    ~SuppressionsController() override;

    // Reads them from this file (a file that cannot be read is a problem shown, and its
    // findings stay exposed).
    void setPath(const QString &path);
    QString path() const { return m_path; }
    // Keeps the set in the file and applies it; false (with a message shown) when it cannot
    // be written.
    bool store(const SuppressionSet &set);
    SuppressionsDialog *dialog() const;
    void showDialog();
    AcceptRiskDialog *acceptRiskDialog() const;
    void openAcceptRisk();

private:
    MainWindow *m_window;
    QString m_path;
    QPointer<SuppressionsDialog> m_dialog;
    QPointer<AcceptRiskDialog> m_acceptDialog;
};

} // namespace nsg::ui
