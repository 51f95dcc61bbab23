// SPDX-License-Identifier: MIT
#pragma once

#include "core/settings/appsettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace nsg::ui {

// Edit → Settings…: the policy and breadth limit, where to sign in, how to read Azure, the
// api-versions (advanced), the language and the report paper size. OK keeps them only when
// every field is valid; the command line starts from the same settings and its flags win.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(const AppSettings &settings, QWidget *parent = nullptr);

    AppSettings settings() const;
    void setSettings(const AppSettings &settings);
    QString problem() const { return settings().validate(); }
    void accept() override;

private:
    QComboBox *m_policy;
    QLineEdit *m_customPolicy;
    QSpinBox *m_breadth;
    QSpinBox *m_ipv6Breadth;
    QComboBox *m_cloud;
    QLineEdit *m_tenant;
    QLineEdit *m_clientId;
    QSpinBox *m_inFlight;
    QCheckBox *m_graph;
    QLineEdit *m_apiResources, *m_apiNetwork, *m_apiGraph, *m_apiAuthorization;
    QComboBox *m_language;
    QComboBox *m_paper;
    QLineEdit *m_suppressions;
    QCheckBox *m_keepHistory;
    QLineEdit *m_historyFile;
    QSpinBox *m_keepCount;
    QSpinBox *m_keepDays;
    QLabel *m_problem;
};

} // namespace nsg::ui
