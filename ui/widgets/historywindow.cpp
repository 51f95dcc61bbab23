// SPDX-License-Identifier: MIT
#include "ui/widgets/historywindow.h"

#include "ui/models/statusicons.h"

#include "core/audit/findingtext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace nsg::ui {

using nsg::azure::ChangeJournal;
using nsg::azure::EditOutcome;
using nsg::azure::JournalChange;

namespace {

// Times in UTC, said so; the tooltip has ISO 8601 with milliseconds.
QString shownTime(const QDateTime &t)
{
    return HistoryWindow::tr("%1 UTC").arg(
        t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
}

QString isoTime(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

enum Column { TimeColumn, StatusColumn, FixColumn, NsgColumn, RuleColumn, AccountColumn, IdColumn };
constexpr int kIdRole = Qt::UserRole + 1;

QString fixName(const QString &fix)
{
    if (fix == QLatin1String("restrictSource"))
        return HistoryWindow::tr("Restrict source");
    if (fix == QLatin1String("makeDeny"))
        return HistoryWindow::tr("Change to Deny");
    if (fix == QLatin1String("delete"))
        return HistoryWindow::tr("Delete rule");
    if (fix == QLatin1String("denyAbove"))
        return HistoryWindow::tr("Deny rule above");
    if (fix == QLatin1String("revert"))
        return HistoryWindow::tr("Revert");
    return fix;
}

StatusIcons::Kind iconFor(JournalChange::Status status)
{
    switch (status) {
    case JournalChange::Status::Applied:
        return StatusIcons::Kind::Ok;
    case JournalChange::Status::Failed:
        return StatusIcons::Kind::Failed;
    case JournalChange::Status::Pending:
        return StatusIcons::Kind::Loading;
    case JournalChange::Status::Reverted:
        return StatusIcons::Kind::Skipped;
    case JournalChange::Status::Unknown:
        return StatusIcons::Kind::Unknown;
    }
    return StatusIcons::Kind::Unknown;
}

// Text anywhere in the row, and (when chosen) exactly one status.
class HistoryFilter final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void set(const QString &text, const QString &status)
    {
        m_text = text;
        m_status = status;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QAbstractItemModel *m = sourceModel();
        if (!m_status.isEmpty()
            && m->index(row, StatusColumn, parent).data().toString() != m_status)
            return false;
        if (m_text.isEmpty())
            return true;
        for (int column = 0; column < m->columnCount(parent); ++column) {
            const QModelIndex index = m->index(row, column, parent);
            if (index.data().toString().contains(m_text, Qt::CaseInsensitive)
                || (column == 0 && index.data(kIdRole).toString().startsWith(m_text)))
                return true;
        }
        return false;
    }

private:
    QString m_text;
    QString m_status;
};

} // namespace

HistoryWindow::HistoryWindow(const QString &journalPath, QWidget *parent)
    : QDialog(parent)
    , m_journal(journalPath)
    , m_model(new QStandardItemModel(0, 7, this))
    , m_proxy(new HistoryFilter(this))
    , m_chain(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_details(new QPlainTextEdit(this))
    , m_progress(new QLabel(this))
    , m_revert(new QPushButton(tr("&Revert…"), this))
    , m_export(new QPushButton(tr("&Export…"), this))
{
    setObjectName(QStringLiteral("historyWindow"));
    setWindowTitle(tr("Change history"));
    m_model->setHorizontalHeaderLabels(
        {tr("Time"), tr("Status"), tr("Fix"), tr("NSG"), tr("Rule"), tr("Account"), tr("Change")});
    m_proxy->setSourceModel(m_model);
    m_chain->setObjectName(QStringLiteral("chainStatus"));
    m_chain->setWordWrap(true);
    m_chain->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_filter->setObjectName(QStringLiteral("historyFilter"));
    m_filter->setAccessibleName(tr("Filter the changes"));
    m_status->setAccessibleName(tr("Show changes with this status"));
    m_filter->setPlaceholderText(tr("Filter: NSG, rule, account, change id…"));
    m_filter->setClearButtonEnabled(true);
    m_status->addItem(tr("All statuses"), QString());
    for (JournalChange::Status st : {JournalChange::Status::Applied, JournalChange::Status::Pending,
                                     JournalChange::Status::Failed, JournalChange::Status::Reverted,
                                     JournalChange::Status::Unknown})
        m_status->addItem(JournalChange::statusName(st), JournalChange::statusName(st));
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setAccessibleName(tr("Changes, newest first"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_details->setObjectName(QStringLiteral("historyDetails"));
    m_details->setAccessibleName(tr("The selected change"));
    m_details->setReadOnly(true);
    m_details->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_revert->setObjectName(QStringLiteral("revertButton"));
    m_revert->setEnabled(false);
    m_progress->setWordWrap(true);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_status);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_revert, QDialogButtonBox::ActionRole);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_chain);
    layout->addLayout(filters);
    layout->addWidget(split, 1);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);

    auto refilter = [this] {
        static_cast<HistoryFilter *>(m_proxy)->set(m_filter->text(),
                                                   m_status->currentData().toString());
    };
    connect(m_filter, &QLineEdit::textChanged, this, refilter);
    connect(m_status, &QComboBox::currentIndexChanged, this, refilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HistoryWindow::onSelectionChanged);
    connect(m_revert, &QPushButton::clicked, this, &HistoryWindow::onRevert);
    connect(m_export, &QPushButton::clicked, this, &HistoryWindow::onExport);
    reload();
    resize(980, 640);
}

HistoryWindow::~HistoryWindow() = default;

void HistoryWindow::reload()
{
    const QString keep = selectedId();
    QString error;
    if (!m_journal.load(&error)) {
        m_chain->setText(error);
        return;
    }
    m_model->removeRows(0, m_model->rowCount());
    const QList<JournalChange> changes = m_journal.changes();
    for (auto it = changes.crbegin(); it != changes.crend(); ++it) {
        const JournalChange &c = *it;
        QList<QStandardItem *> row;
        auto add = [&row](const QString &text) {
            auto *item = new QStandardItem(text);
            row.append(item);
            return item;
        };
        QStandardItem *time = add(shownTime(c.created));
        time->setData(c.created, Qt::UserRole + 2);
        add(JournalChange::statusName(c.status))->setIcon(StatusIcons::icon(iconFor(c.status)));
        add(fixName(c.fix));
        add(c.nsgId().section(QLatin1Char('/'), -1));
        add(c.ruleId.section(QLatin1Char('/'), -1));
        add(c.account);
        add(c.id.left(8));
        for (QStandardItem *item : row) {
            item->setData(c.id, kIdRole);
            item->setToolTip(c.message);
        }
        time->setToolTip(c.message.isEmpty() ? isoTime(c.created)
                                             : isoTime(c.created) + QLatin1Char('\n') + c.message);
        m_model->appendRow(row);
    }
    const QString summary = changes.size() == 1
        ? tr("one change in %1").arg(m_journal.path())
        : tr("%n changes in %1", nullptr, int(changes.size())).arg(m_journal.path());
    if (m_journal.isIntact()) {
        m_chain->setText(tr("Journal: %1 — the hash chain is intact.").arg(summary));
        m_chain->setStyleSheet(QString());
    } else {
        m_chain->setText(tr("Journal: %1 — THE HASH CHAIN IS BROKEN (lines were edited, removed "
                            "or reordered; it is not repaired):\n%2")
                             .arg(summary, m_journal.problems().join(QLatin1Char('\n'))));
        m_chain->setStyleSheet(QStringLiteral("color: #a00000; font-weight: bold"));
    }
    m_table->resizeColumnsToContents();
    if (!keep.isEmpty())
        selectChange(keep);
    onSelectionChanged();
}

QDialog *HistoryWindow::confirmation() const
{
    return m_confirm;
}

QString HistoryWindow::confirmationText() const
{
    const auto *words =
        m_confirm ? m_confirm->findChild<QLabel *>(QStringLiteral("revertSummaryLabel")) : nullptr;
    return words ? words->text() : QString();
}

QString HistoryWindow::chainText() const
{
    return m_chain->text();
}

int HistoryWindow::visibleRows() const
{
    return m_proxy->rowCount();
}

QString HistoryWindow::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(kIdRole).toString();
}

bool HistoryWindow::selectChange(const QString &changeId)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(kIdRole).toString().startsWith(changeId)) {
            m_table->selectRow(row);
            return true;
        }
    }
    return false;
}

void HistoryWindow::onSelectionChanged()
{
    const QString id = selectedId();
    const std::optional<JournalChange> c = id.isEmpty() ? std::nullopt : m_journal.change(id);
    if (!c) {
        m_details->clear();
        m_revert->setEnabled(false);
        return;
    }
    QStringList lines;
    lines << tr("Change %1 — %2, %3")
                 .arg(c->id, fixName(c->fix), JournalChange::statusName(c->status));
    lines << tr("Rule: %1").arg(c->ruleId);
    if (c->fixedRuleId != c->ruleId && !c->fixedRuleId.isEmpty())
        lines << tr("For the exposing rule: %1").arg(c->fixedRuleId);
    if (!c->revertOf.isEmpty())
        lines << tr("Reverts change %1").arg(c->revertOf);
    lines << tr("By %1 (tenant %2, %3) at %4 — last event %5")
                 .arg(c->account, c->tenantId, c->cloud, isoTime(c->created), isoTime(c->updated));
    if (!c->message.isEmpty())
        lines << tr("Outcome: %1").arg(c->message);
    if (!c->requestIds.isEmpty())
        lines << tr("ARM request ids: %1").arg(c->requestIds.join(QLatin1String(", ")));
    lines << QString() << tr("What changed:");
    for (const QString &line : c->before.diffLines(c->after))
        lines << QLatin1String("  ") + line;
    lines << QString() << tr("Before:") << c->before.toText();
    lines << QString() << tr("After:") << c->after.toText();
    m_details->setPlainText(lines.join(QLatin1Char('\n')));
    m_revert->setEnabled(!m_busy && c->status == JournalChange::Status::Applied
                         && c->fix != QLatin1String("revert"));
    m_revert->setToolTip(m_revert->isEnabled()
                             ? tr("Put the rule back as it was before this change")
                             : tr("Only an applied change can be reverted"));
}

void HistoryWindow::setBusy(bool busy, const QString &step)
{
    m_busy = busy;
    m_progress->setText(step);
    onSelectionChanged();
}

QString HistoryWindow::revertSummary(const JournalChange &c, bool *exposes, QString *port) const
{
    *exposes = false;
    const QString rule = c.ruleId.section(QLatin1Char('/'), -1);
    const QString nsg = c.nsgId().section(QLatin1Char('/'), -1);
    QString html = QStringLiteral("<p>%1</p>")
                       .arg((c.before.isNull()
                                 ? tr("Revert change %1 (%2): delete the rule %3 it added to %4.")
                                 : c.after.isNull()
                                 ? tr("Revert change %1 (%2): create the rule %3 in %4 again, as "
                                      "it was before.")
                                 : tr("Revert change %1 (%2): put the rule %3 in %4 back as it "
                                      "was before."))
                                .arg(c.id.left(8), fixName(c.fix), rule, nsg)
                                .toHtmlEscaped());
    const QStringList diff = c.after.diffLines(c.before);
    if (!diff.isEmpty())
        html += QStringLiteral("<pre>%1</pre>").arg(diff.join(QLatin1Char('\n')).toHtmlEscaped());
    const NsgNow now = m_lookup ? m_lookup(c.nsgId()) : NsgNow{};
    if (!now.nsg) {
        html += QStringLiteral("<p><b>%1</b></p>")
                    .arg(tr("The verdict after the revert is unknown: %1 is not loaded in the "
                            "window. Reverting may expose the port again.")
                             .arg(nsg)
                             .toHtmlEscaped());
        return html;
    }
    const NsgDocument doc =
        c.before.isNull() ? now.nsg->withoutRule(rule) : now.nsg->withRule(c.before);
    const std::optional<NsgResult> r = doc.evaluate(now.options);
    if (!r) {
        html += QStringLiteral("<p><b>%1</b></p>")
                    .arg(tr("The verdict after the revert is unknown: %1 could not be evaluated.")
                             .arg(nsg)
                             .toHtmlEscaped());
        return html;
    }
    const QString reason = FindingText(r->nsg, r->finding, now.options).reason();
    if (port)
        *port = now.options.policy.target();
    if (r->finding.verdict == Verdict::Exposed) {
        *exposes = true;
        html += QStringLiteral("<p style='color:#c00000'><b>%1</b><br>%2</p>")
                    .arg(tr("After the revert %1 is EXPOSED: it lets %2 reach %3.")
                             .arg(nsg,
                                  countPhrase(r->finding.publicIpv4Count(),
                                              r->finding.publicIpv6Count()),
                                  now.options.policy.target())
                             .toHtmlEscaped(),
                         reason.toHtmlEscaped());
    } else {
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("Verdict after the revert: %1 — %2")
                             .arg(displayName(r->finding.verdict), reason)
                             .toHtmlEscaped());
    }
    return html;
}

void HistoryWindow::onRevert()
{
    const QString id = selectedId();
    const std::optional<JournalChange> c = id.isEmpty() ? std::nullopt : m_journal.change(id);
    if (!c || m_busy)
        return;
    if (m_confirm)
        m_confirm->close();
    bool exposes = false;
    QString port;
    const QString text = revertSummary(*c, &exposes, &port);
    auto *box = new QDialog(this);
    box->setObjectName(QStringLiteral("revertConfirmation"));
    box->setWindowTitle(tr("Revert change %1?").arg(c->id.left(8)));
    box->setAttribute(Qt::WA_DeleteOnClose);
    auto *icon = new QLabel(box);
    icon->setPixmap(
        style()
            ->standardIcon(exposes ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxQuestion)
            .pixmap(32, 32));
    icon->setAlignment(Qt::AlignTop);
    auto *words = new QLabel(text, box);
    words->setObjectName(QStringLiteral("revertSummaryLabel"));
    words->setTextFormat(Qt::RichText);
    words->setWordWrap(true);
    words->setTextInteractionFlags(Qt::TextSelectableByMouse);
    words->setMinimumWidth(460);
    auto *buttons = new QDialogButtonBox(box);
    QPushButton *revert = buttons->addButton(
        exposes ? tr("Revert and expose %1").arg(port) : tr("Revert change"),
        exposes ? QDialogButtonBox::DestructiveRole : QDialogButtonBox::AcceptRole);
    revert->setObjectName(QStringLiteral("confirmRevertButton"));
    revert->setAutoDefault(false);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelRevertButton"));
    cancel->setDefault(true);
    auto *row = new QHBoxLayout;
    row->addWidget(icon);
    row->addWidget(words, 1);
    auto *layout = new QVBoxLayout(box);
    layout->addLayout(row);
    layout->addWidget(buttons);
    m_confirm = box;
    connect(buttons, &QDialogButtonBox::rejected, box, &QDialog::reject);
    connect(revert, &QPushButton::clicked, this, [this, box, id] {
        box->accept();
        if (m_busy)
            return;
        m_pendingRevert = id;
        setBusy(true, tr("Reverting change %1…").arg(id.left(8)));
        Q_EMIT revertRequested(id, false);
    });
    box->open();
}

void HistoryWindow::showRevertOutcome(const EditOutcome &outcome)
{
    const QString id = m_pendingRevert;
    setBusy(false, outcome.message);
    reload();
    if (outcome.state != EditOutcome::State::Conflict || id.isEmpty())
        return;
    // The rule changed since the change: show both, and ask.
    const QString detail = tr("As the change left it:\n%1\n\nAs it is now:\n%2")
                               .arg(outcome.before.toText(), outcome.current.toText());
    int answer = m_conflictAnswer;
    if (answer < 0) {
        QString words = outcome.message;
        bool exposes = false;
        QString port;
        if (const std::optional<JournalChange> c = m_journal.change(id)) {
            words = QStringLiteral("<p>%1</p>").arg(words.toHtmlEscaped())
                + revertSummary(*c, &exposes, &port);
        }
        QMessageBox box(QMessageBox::Warning, tr("The rule changed since"), words,
                        QMessageBox::NoButton, this);
        box.setTextFormat(Qt::RichText);
        box.setDetailedText(detail);
        QPushButton *anyway = box.addButton(exposes ? tr("Revert anyway and expose %1").arg(port)
                                                    : tr("Revert anyway"),
                                            QMessageBox::DestructiveRole);
        box.addButton(QMessageBox::Cancel);
        box.exec();
        answer = box.clickedButton() == anyway ? 1 : 0;
    }
    if (answer == 1) {
        setBusy(true, tr("Reverting change %1 over the newer rule…").arg(id.left(8)));
        Q_EMIT revertRequested(id, true);
    }
}

bool HistoryWindow::exportTo(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    file.write(m_journal.exportText());
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

void HistoryWindow::onExport()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export the change history"),
                                     QStringLiteral("nsg-changes.json"), tr("JSON (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(path, &error))
        QMessageBox::warning(this, tr("Export"), tr("Cannot write %1: %2").arg(path, error));
}

} // namespace nsg::ui
