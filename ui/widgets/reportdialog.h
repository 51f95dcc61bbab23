// SPDX-License-Identifier: MIT
#pragma once

#include "report/auditreport.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace nsg::ui {

// File → Export report…: what (everything, the selection, exposed only), which formats (PDF,
// HTML, CSV — per NSG or per exposing rule, with a BOM for Excel —, JSON), where (folder and
// base name), then the reports are written on a worker thread with progress and Cancel, each
// atomically (a cancelled or failed report leaves no partial file), and optionally opened.
class ReportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportDialog)

public:
    enum class Scope { Everything, Selection, ExposedOnly };
    // Builds the report for a scope (called in the window's thread when Export is pressed).
    using Builder = std::function<AuditReport(Scope)>;

    ReportDialog(Builder builder, bool hasSelection, QWidget *parent = nullptr);
    ~ReportDialog() override;

    // For tests and scripted use.
    void setScope(Scope scope);
    void setFormats(bool pdf, bool html, bool csv, bool json);
    void setCsvOptions(bool perRule, bool bom);
    void setFolder(const QString &folder);
    void setBaseName(const QString &name);
    void setOpenWhenDone(bool open);
    // Earlier snapshots of the audit history the report may say how the estate moved since
    // (id, label; newest first). None: the choice is hidden.
    void setSinceChoices(const QList<QPair<qint64, QString>> &choices);
    void setSince(qint64 snapshot); // 0: none
    // The snapshot chosen, or 0.
    qint64 sinceSnapshot() const;
    void start();
    void cancel();
    bool isRunning() const;
    QStringList writtenFiles() const { return m_written; }
    QString statusText() const;
    QPushButton *exportButton() const { return m_export; }

Q_SIGNALS:
    void finished(bool ok);

private:
    struct Result
    {
        QStringList written;
        QString error;
        bool cancelled = false;
    };
    void onDone();
    void updateButtons();
    QStringList plannedFiles() const;

    Builder m_builder;
    QRadioButton *m_everything;
    QRadioButton *m_selection;
    QRadioButton *m_exposedOnly;
    QCheckBox *m_pdf;
    QCheckBox *m_html;
    QCheckBox *m_csv;
    QCheckBox *m_json;
    QCheckBox *m_csvRules;
    QCheckBox *m_csvBom;
    QLineEdit *m_folder;
    QLineEdit *m_baseName;
    QCheckBox *m_open;
    QCheckBox *m_since = nullptr;
    QComboBox *m_sinceSnapshot = nullptr;
    QLabel *m_files;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_export;
    QPushButton *m_cancel;
    QDialogButtonBox *m_buttons;
    QFutureWatcher<Result> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancelFlag;
    QStringList m_written;
    QString m_created; // "Created the folder …" when Export had to create it
};

} // namespace nsg::ui
