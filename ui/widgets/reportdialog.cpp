// SPDX-License-Identifier: MIT
#include "ui/widgets/reportdialog.h"

#include "core/settings/appsettings.h"

#include "report/csvreport.h"
#include "report/htmlreport.h"
#include "report/jsonreport.h"
#include "report/pdfreport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace nsg::ui {

namespace {

// Writes one report atomically: nothing is left behind when it fails or is cancelled.
template<typename Writer>
QString writeOne(Writer &writer, const AuditReport &report, const QString &path,
                 const std::atomic<bool> &cancel)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return ReportDialog::tr("cannot write %1: %2").arg(path, file.errorString());
    bool ok = false;
    if constexpr (std::is_same_v<Writer, PdfReport> || std::is_same_v<Writer, HtmlReport>)
        ok = writer.write(report, &file, &cancel);
    else
        ok = writer.write(report, &file);
    if (!ok || cancel.load()) {
        file.cancelWriting();
        return cancel.load() ? QString() : writer.errorString();
    }
    if (!file.commit())
        return ReportDialog::tr("cannot write %1: %2").arg(path, file.errorString());
    return QString();
}

} // namespace

ReportDialog::ReportDialog(Builder builder, bool hasSelection, QWidget *parent)
    : QDialog(parent)
    , m_builder(std::move(builder))
    , m_everything(new QRadioButton(tr("&Everything scanned"), this))
    , m_selection(new QRadioButton(tr("The &selection in the tree"), this))
    , m_exposedOnly(new QRadioButton(tr("E&xposed NSGs only"), this))
    , m_pdf(new QCheckBox(tr("&PDF — for auditors and owners"), this))
    , m_html(new QCheckBox(tr("&HTML — one self-contained file, the same content"), this))
    , m_csv(new QCheckBox(tr("&CSV — one row per NSG"), this))
    , m_json(new QCheckBox(tr("&JSON — the documented schema, for tools"), this))
    , m_csvRules(new QCheckBox(tr("One row per exposing rule instead"), this))
    , m_csvBom(new QCheckBox(tr("Byte order mark (for Excel)"), this))
    , m_folder(new QLineEdit(this))
    , m_baseName(new QLineEdit(this))
    , m_open(new QCheckBox(tr("&Open when done"), this))
    , m_files(new QLabel(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_export(new QPushButton(tr("E&xport"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
    , m_cancelFlag(std::make_shared<std::atomic<bool>>(false))
{
    setObjectName(QStringLiteral("reportDialog"));
    setWindowTitle(tr("Export report"));
    m_everything->setChecked(true);
    m_selection->setEnabled(hasSelection);
    m_pdf->setChecked(true);
    m_csv->setChecked(true);
    m_open->setChecked(true);
    // A folder that exists: Documents where there is one, else the home folder.
    QString docs = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (docs.isEmpty() || !QFileInfo(docs).isDir())
        docs = QDir::homePath();
    m_folder->setText(QDir::toNativeSeparators(docs));
    m_baseName->setText(QStringLiteral("nsg-report-")
                        + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm")));
    m_folder->setAccessibleName(tr("Folder"));
    m_baseName->setAccessibleName(tr("File name"));
    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_files->setWordWrap(true);
    m_progress->setRange(0, 0);
    m_progress->setVisible(false);
    m_cancel->setVisible(false);

    auto *scope = new QGroupBox(tr("What"), this);
    auto *scopeLayout = new QVBoxLayout(scope);
    scopeLayout->addWidget(m_everything);
    scopeLayout->addWidget(m_selection);
    scopeLayout->addWidget(m_exposedOnly);
    auto *formats = new QGroupBox(tr("Formats"), this);
    auto *formatLayout = new QVBoxLayout(formats);
    formatLayout->addWidget(m_pdf);
    formatLayout->addWidget(m_html);
    formatLayout->addWidget(m_csv);
    auto *csvOptions = new QHBoxLayout;
    csvOptions->setContentsMargins(24, 0, 0, 0);
    csvOptions->addWidget(m_csvRules);
    csvOptions->addWidget(m_csvBom);
    formatLayout->addLayout(csvOptions);
    formatLayout->addWidget(m_json);
    auto *where = new QFormLayout;
    auto *folderRow = new QHBoxLayout;
    auto *browse = new QToolButton(this);
    browse->setText(tr("Browse…"));
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    where->addRow(tr("Folder"), folderRow);
    where->addRow(tr("File name"), m_baseName);
    where->addRow(QString(), m_files);
    // How the estate moved since an earlier audit (the audit history), on the first page.
    m_since = new QCheckBox(tr("Say how the estate moved &since:"), this);
    m_since->setObjectName(QStringLiteral("sinceCheck"));
    m_sinceSnapshot = new QComboBox(this);
    m_sinceSnapshot->setObjectName(QStringLiteral("sinceSnapshot"));
    m_sinceSnapshot->setAccessibleName(tr("Earlier audit"));
    auto *sinceRow = new QHBoxLayout;
    sinceRow->addWidget(m_since);
    sinceRow->addWidget(m_sinceSnapshot, 1);
    connect(m_since, &QCheckBox::toggled, m_sinceSnapshot, &QWidget::setEnabled);
    m_since->setVisible(false);
    m_sinceSnapshot->setVisible(false);

    m_export->setDefault(true);
    m_buttons->addButton(m_export, QDialogButtonBox::AcceptRole);
    m_buttons->addButton(m_cancel, QDialogButtonBox::ActionRole);
    m_cancel->setVisible(false); // addButton() shows it: only while a report is written
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scope);
    layout->addWidget(formats);
    layout->addLayout(where);
    layout->addLayout(sinceRow);
    layout->addWidget(m_open);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    connect(browse, &QToolButton::clicked, this, [this] {
        const QString dir =
            QFileDialog::getExistingDirectory(this, tr("Export to"), m_folder->text());
        if (!dir.isEmpty())
            m_folder->setText(QDir::toNativeSeparators(dir));
    });
    for (QCheckBox *box : {m_pdf, m_html, m_csv, m_json, m_csvRules})
        connect(box, &QCheckBox::toggled, this, &ReportDialog::updateButtons);
    connect(m_folder, &QLineEdit::textChanged, this, &ReportDialog::updateButtons);
    connect(m_baseName, &QLineEdit::textChanged, this, &ReportDialog::updateButtons);
    connect(m_export, &QPushButton::clicked, this, &ReportDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, &ReportDialog::cancel);
    connect(m_buttons, &QDialogButtonBox::rejected, this, [this] {
        cancel();
        reject();
    });
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, &ReportDialog::onDone);
    updateButtons();
}

ReportDialog::~ReportDialog()
{
    m_cancelFlag->store(true);
    m_watcher.waitForFinished();
}

void ReportDialog::setSinceChoices(const QList<QPair<qint64, QString>> &choices)
{
    const qint64 chosen = sinceSnapshot();
    m_sinceSnapshot->clear();
    for (const auto &[id, label] : choices)
        m_sinceSnapshot->addItem(label, id);
    const bool any = !choices.isEmpty();
    m_since->setVisible(any);
    m_sinceSnapshot->setVisible(any);
    if (!any)
        m_since->setChecked(false);
    m_sinceSnapshot->setEnabled(m_since->isChecked());
    if (chosen > 0 && m_sinceSnapshot->findData(chosen) >= 0)
        m_sinceSnapshot->setCurrentIndex(m_sinceSnapshot->findData(chosen));
}

void ReportDialog::setSince(qint64 snapshot)
{
    const int index = m_sinceSnapshot->findData(snapshot);
    m_since->setChecked(snapshot > 0 && index >= 0);
    if (index >= 0)
        m_sinceSnapshot->setCurrentIndex(index);
}

qint64 ReportDialog::sinceSnapshot() const
{
    return m_since && m_since->isChecked() && m_sinceSnapshot->currentIndex() >= 0
        ? m_sinceSnapshot->currentData().toLongLong()
        : 0;
}

void ReportDialog::setScope(Scope scope)
{
    (scope == Scope::Selection         ? m_selection
         : scope == Scope::ExposedOnly ? m_exposedOnly
                                       : m_everything)
        ->setChecked(true);
}

void ReportDialog::setFormats(bool pdf, bool html, bool csv, bool json)
{
    m_pdf->setChecked(pdf);
    m_html->setChecked(html);
    m_csv->setChecked(csv);
    m_json->setChecked(json);
}

void ReportDialog::setCsvOptions(bool perRule, bool bom)
{
    m_csvRules->setChecked(perRule);
    m_csvBom->setChecked(bom);
}

void ReportDialog::setFolder(const QString &folder)
{
    m_folder->setText(folder);
}

void ReportDialog::setBaseName(const QString &name)
{
    m_baseName->setText(name);
}

void ReportDialog::setOpenWhenDone(bool open)
{
    m_open->setChecked(open);
}

bool ReportDialog::isRunning() const
{
    return m_watcher.isRunning();
}

QString ReportDialog::statusText() const
{
    return m_status->text();
}

QStringList ReportDialog::plannedFiles() const
{
    const QString base =
        QDir(QDir::fromNativeSeparators(m_folder->text())).filePath(m_baseName->text().trimmed());
    QStringList files;
    if (m_pdf->isChecked())
        files << base + QLatin1String(".pdf");
    if (m_html->isChecked())
        files << base + QLatin1String(".html");
    if (m_csv->isChecked())
        files << base
                + (m_csvRules->isChecked() ? QLatin1String("-rules.csv") : QLatin1String(".csv"));
    if (m_json->isChecked())
        files << base + QLatin1String(".json");
    return files;
}

void ReportDialog::updateButtons()
{
    m_csvRules->setEnabled(m_csv->isChecked());
    m_csvBom->setEnabled(m_csv->isChecked());
    const QStringList files = plannedFiles();
    QStringList names;
    for (const QString &f : files)
        names << QFileInfo(f).fileName();
    m_files->setText(names.join(QLatin1String(", ")));
    const QString folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    const bool ready =
        !files.isEmpty() && !m_baseName->text().trimmed().isEmpty() && !folder.isEmpty();
    m_export->setEnabled(ready && !isRunning());
    if (!isRunning())
        m_status->setText(files.isEmpty()        ? tr("Choose at least one format.")
                              : folder.isEmpty() ? tr("Choose a folder.")
                              : !QFileInfo(folder).isDir()
                              ? tr("The folder %1 does not exist yet; Export creates it.")
                                    .arg(QDir::toNativeSeparators(folder))
                              : QString());
}

void ReportDialog::start()
{
    if (isRunning() || !m_export->isEnabled())
        return;
    const Scope scope = m_selection->isChecked() ? Scope::Selection
        : m_exposedOnly->isChecked()             ? Scope::ExposedOnly
                                                 : Scope::Everything;
    // The report is built here (it reads the window's models) and written on a worker.
    auto report = std::make_shared<AuditReport>(m_builder(scope));
    // A folder typed or chosen that does not exist yet is created, and the dialog says so.
    const QString folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    QString created;
    if (!QFileInfo(folder).isDir()) {
        if (QFileInfo::exists(folder) || !QDir().mkpath(folder)) {
            m_status->setText(
                tr("Failed: cannot create the folder %1.").arg(QDir::toNativeSeparators(folder)));
            Q_EMIT finished(false);
            return;
        }
        created = tr("Created the folder %1.").arg(QDir::toNativeSeparators(folder));
    }
    m_created = created;
    const QStringList files = plannedFiles();
    const bool perRule = m_csvRules->isChecked();
    const bool bom = m_csvBom->isChecked();
    m_cancelFlag = std::make_shared<std::atomic<bool>>(false);
    auto cancelFlag = m_cancelFlag;
    m_written.clear();
    m_progress->setVisible(true);
    // One way out while it writes: Cancel (Escape too); Close comes back when it is done.
    m_cancel->setVisible(true);
    m_buttons->button(QDialogButtonBox::Close)->setVisible(false);
    m_export->setEnabled(false);
    m_status->setText(tr("Writing %n report(s) on %1 NSGs…", nullptr, int(files.size()))
                          .arg(report->scan.nsgs.size()));
    const QString paper = AppSettings::load().paperSize; // Settings → Report paper size
    m_watcher.setFuture(QtConcurrent::run([report, files, perRule, bom, cancelFlag, paper] {
        Result result;
        for (const QString &path : files) {
            if (cancelFlag->load())
                break;
            QString error;
            if (path.endsWith(QLatin1String(".pdf"))) {
                PdfReport pdf;
                if (!paper.isEmpty())
                    pdf.setPageSize(PdfReport::pageSizeNamed(paper));
                error = writeOne(pdf, *report, path, *cancelFlag);
            } else if (path.endsWith(QLatin1String(".html"))) {
                HtmlReport html;
                error = writeOne(html, *report, path, *cancelFlag);
            } else if (path.endsWith(QLatin1String(".csv"))) {
                CsvReport csv;
                csv.setRows(perRule ? CsvReport::Rows::ExposingRules : CsvReport::Rows::Nsgs);
                csv.setByteOrderMark(bom);
                error = writeOne(csv, *report, path, *cancelFlag);
            } else {
                JsonReport json;
                error = writeOne(json, *report, path, *cancelFlag);
            }
            if (!error.isEmpty()) {
                result.error = error;
                break;
            }
            if (!cancelFlag->load())
                result.written << path;
        }
        result.cancelled = cancelFlag->load();
        return result;
    }));
}

void ReportDialog::cancel()
{
    if (!isRunning())
        return;
    m_cancelFlag->store(true);
    m_status->setText(tr("Cancelling…"));
}

void ReportDialog::onDone()
{
    const Result result = m_watcher.result();
    m_written = result.written;
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    m_buttons->button(QDialogButtonBox::Close)->setVisible(true);
    updateButtons();
    QStringList names;
    for (const QString &f : result.written)
        names << QDir::toNativeSeparators(f);
    if (!result.error.isEmpty())
        m_status->setText(
            tr("Failed: %1").arg(result.error)
            + (names.isEmpty() ? QString()
                               : QLatin1Char('\n')
                       + tr("Written before it: %1").arg(names.join(QLatin1String(", ")))));
    else if (result.cancelled)
        m_status->setText(
            tr("Cancelled; nothing partial was left behind.")
            + (names.isEmpty() ? QString()
                               : QLatin1Char(' ')
                       + tr("Written before: %1").arg(names.join(QLatin1String(", ")))));
    else
        m_status->setText(tr("Written: %1").arg(names.join(QLatin1String(", "))));
    if (!m_created.isEmpty())
        m_status->setText(m_created + QLatin1Char('\n') + m_status->text());
    const bool ok = result.error.isEmpty() && !result.cancelled;
    if (ok && m_open->isChecked() && !result.written.isEmpty())
        QDesktopServices::openUrl(QUrl::fromLocalFile(result.written.first()));
    Q_EMIT finished(ok);
}

} // namespace nsg::ui
