// SPDX-License-Identifier: MIT
#include "ui/widgets/comparedialog.h"

#include "core/audit/portalrow.h"
#include "core/input/offlinescan.h"
#include "history/historystore.h"
#include "report/diffreport.h"
#include "ui/models/statusicons.h"
#include "workspace/audithistory.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSaveFile>
#include <QScreen>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace nsg::ui {

using history::ChangeRecord;
using history::NsgChange;
using history::SnapshotDiff;

namespace {

enum Role { ChangeIndex = Qt::UserRole + 1, IdRole };

struct Compared
{
    std::optional<SnapshotDiff> diff;
    QString error;
};

StatusIcons::Kind iconKind(NsgChange::Kind kind)
{
    switch (kind) {
    case NsgChange::Kind::NewExposure:
    case NsgChange::Kind::CameBack:
    case NsgChange::Kind::RiskLapsed:
    case NsgChange::Kind::StillExposed:
        return StatusIcons::Kind::Exposed;
    case NsgChange::Kind::NowUnknown:
        return StatusIcons::Kind::Unknown;
    case NsgChange::Kind::Fixed:
    case NsgChange::Kind::Decided:
        return StatusIcons::Kind::Ok;
    case NsgChange::Kind::Removed:
    case NsgChange::Kind::Added:
    case NsgChange::Kind::RulesChanged:
        return StatusIcons::Kind::Skipped;
    }
    return StatusIcons::Kind::Unknown;
}

QString day(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toUTC().date(), QLocale::ShortFormat) : QString();
}

// The inbound rules of an NSG's stored JSON, in the portal's layout.
QList<PortalRow> portalRows(const QByteArray &json)
{
    QList<PortalRow> rows;
    if (json.isEmpty())
        return rows;
    OfflineScan scan;
    scan.addBytes(json, QStringLiteral("history"));
    const ScanResult result = scan.takeResult();
    if (result.nsgs.empty())
        return rows;
    std::vector<SecurityRuleView> views;
    result.nsgs.front().nsg.inboundRuleViews(views);
    for (const SecurityRuleView &v : views)
        rows.append(PortalRow::of(v));
    return rows;
}

QStringList cells(const PortalRow &r)
{
    return {r.priority, r.name, r.port, r.protocol, r.source, r.destination, r.action};
}

} // namespace

CompareDialog::CompareDialog(const QString &historyPath, QWidget *parent)
    : QDialog(parent)
    , m_path(historyPath)
    , m_older(new QComboBox(this))
    , m_newer(new QComboBox(this))
    , m_headline(new QLabel(this))
    , m_note(new QLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_nsgTitle(new QLabel(this))
    , m_rules(new QTableWidget(this))
    , m_changes(new QTextBrowser(this))
    , m_export(new QPushButton(tr("&Export…"), this))
{
    setWindowTitle(tr("Compare audits"));
    setObjectName(QStringLiteral("compareDialog"));
    m_older->setObjectName(QStringLiteral("olderSnapshot"));
    m_newer->setObjectName(QStringLiteral("newerSnapshot"));
    m_tree->setObjectName(QStringLiteral("compareTree"));
    m_rules->setObjectName(QStringLiteral("ruleDiff"));

    auto *pick = new QHBoxLayout;
    pick->addWidget(new QLabel(tr("&Older:"), this));
    static_cast<QLabel *>(pick->itemAt(0)->widget())->setBuddy(m_older);
    pick->addWidget(m_older, 1);
    auto *newerLabel = new QLabel(tr("&Newer:"), this);
    newerLabel->setBuddy(m_newer);
    pick->addWidget(newerLabel);
    pick->addWidget(m_newer, 1);

    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    big.setBold(true);
    m_headline->setFont(big);
    m_headline->setWordWrap(true);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note->setWordWrap(true);
    m_note->hide();

    m_tree->setColumnCount(4);
    m_tree->setHeaderLabels(
        {tr("NSG"), tr("Then → now"), tr("First seen exposed"), tr("Who changed it")});
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_tree->setColumnWidth(0, 300);
    m_tree->setColumnWidth(1, 230);
    m_tree->setColumnWidth(2, 190);

    const QStringList headers = PortalRow::headers();
    m_rules->setColumnCount(int(headers.size()) + 1);
    m_rules->setHorizontalHeaderLabels(QStringList(headers) << tr("Change"));
    m_rules->verticalHeader()->hide();
    m_rules->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rules->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rules->horizontalHeader()->setStretchLastSection(true);
    m_changes->setOpenLinks(false);
    m_changes->setMinimumHeight(70);

    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    m_nsgTitle->setWordWrap(true);
    m_nsgTitle->setTextFormat(Qt::RichText);
    detailLayout->addWidget(m_nsgTitle);
    detailLayout->addWidget(m_rules, 3);
    detailLayout->addWidget(new QLabel(tr("Who changed it (Azure's change history):"), this));
    detailLayout->addWidget(m_changes, 1);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_tree);
    split->addWidget(detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, &CompareDialog::exportComparison);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(pick);
    layout->addWidget(m_headline);
    layout->addWidget(m_note);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);
    // Within the screen (a 1024×700 laptop included).
    QSize size(1000, 720);
    if (const QScreen *s = screen())
        size = size.boundedTo(s->availableSize() * 0.95);
    resize(size);

    connect(m_older, &QComboBox::currentIndexChanged, this, &CompareDialog::onPairChosen);
    connect(m_newer, &QComboBox::currentIndexChanged, this, &CompareDialog::onPairChosen);
    connect(m_tree, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *item) { showNsg(item); });
}

bool CompareDialog::reload()
{
    history::HistoryStore store;
    if (!store.open(m_path)) {
        clearComparison(store.errorString());
        return false;
    }
    const QList<history::SnapshotInfo> all = store.list();
    const QSignalBlocker blockOlder(m_older);
    const QSignalBlocker blockNewer(m_newer);
    m_older->clear();
    m_newer->clear();
    for (const history::SnapshotInfo &i : all) {
        const QString text = i.label() + QStringLiteral(" — ") + i.scopeText();
        m_older->addItem(text, i.id);
        m_newer->addItem(text, i.id);
    }
    if (all.size() < 2) {
        ++m_generation;
        m_comparing = false;
        clearComparison(all.isEmpty()
                            ? tr("The audit history holds no scan yet. Each scan is kept; "
                                 "scan twice to compare.")
                            : tr("The audit history holds one scan. Scan again to compare."));
        return false;
    }
    m_newer->setCurrentIndex(0);
    m_older->setCurrentIndex(1);
    compare(all[1].id, all[0].id);
    return true;
}

// The older pick is always the earlier scan: picked the other way round, the two are swapped
// (a comparison read backwards calls a fix a regression).
void CompareDialog::onPairChosen()
{
    if (m_older->currentIndex() < 0 || m_newer->currentIndex() < 0)
        return;
    qint64 older = m_older->currentData().toLongLong();
    qint64 newer = m_newer->currentData().toLongLong();
    m_swapped = false;
    if (older == newer) {
        ++m_generation; // a comparison under way is no longer wanted
        m_comparing = false;
        clearComparison(tr("Pick two different scans to compare."));
        return;
    }
    if (older > newer) {
        std::swap(older, newer);
        const QSignalBlocker blockOlder(m_older);
        const QSignalBlocker blockNewer(m_newer);
        m_older->setCurrentIndex(m_older->findData(older));
        m_newer->setCurrentIndex(m_newer->findData(newer));
        m_swapped = true;
    }
    compare(older, newer);
}

void CompareDialog::clearComparison(const QString &why)
{
    m_diff = SnapshotDiff();
    m_tree->clear();
    m_rules->setRowCount(0);
    m_changes->clear();
    m_nsgTitle->clear();
    m_note->hide();
    m_headline->setText(why);
    m_export->setEnabled(false);
}

void CompareDialog::compare(qint64 older, qint64 newer)
{
    m_comparing = true;
    const int generation = ++m_generation;
    m_headline->setText(tr("Comparing…"));
    m_export->setEnabled(false);
    const QString path = m_path;
    auto *watcher = new QFutureWatcher<Compared>(this);
    connect(watcher, &QFutureWatcher<Compared>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // another pair was chosen meanwhile
        Compared result = watcher->result();
        if (!result.diff) {
            m_comparing = false;
            m_headline->setText(result.error);
            return;
        }
        m_diff = std::move(*result.diff);
        showDiff();
        if (!m_attributor || m_diff.idsToAttribute().isEmpty()) {
            m_comparing = false;
            Q_EMIT compared();
            return;
        }
        m_note->setText(tr("Reading who changed them from Azure's change history…"));
        m_note->show();
        QPointer<CompareDialog> self(this);
        m_attributor(m_diff, [self, generation](SnapshotDiff attributed) {
            if (!self || generation != self->m_generation)
                return;
            self->m_diff = std::move(attributed);
            self->m_comparing = false;
            self->showDiff();
            Q_EMIT self->compared();
        });
    });
    watcher->setFuture(QtConcurrent::run([path, older, newer] {
        Compared out;
        history::HistoryStore store;
        if (!store.open(path)) {
            out.error = store.errorString();
            return out;
        }
        out.diff = workspace::AuditHistory::compare(store, older, newer, &out.error);
        return out;
    }));
}

QString CompareDialog::headline() const
{
    return m_headline->text();
}

void CompareDialog::showDiff()
{
    m_headline->setText(DiffReport::headline(m_diff));
    QStringList notes;
    if (m_swapped)
        notes.append(tr("Swapped: the older scan is always the earlier one (#%1 before #%2).")
                         .arg(m_diff.oldInfo.id)
                         .arg(m_diff.newInfo.id));
    for (const history::SnapshotInfo *i : {&m_diff.oldInfo, &m_diff.newInfo}) {
        if (!i->unreadScopes.isEmpty())
            notes.append(tr("Not read in #%1, so not compared there: %2")
                             .arg(i->id)
                             .arg(i->unreadScopes.join(QStringLiteral("; "))));
    }
    switch (m_diff.attribution.state) {
    case history::Attribution::State::NotAsked:
        if (!m_attributor && !m_diff.idsToAttribute().isEmpty())
            notes.append(tr("Who changed them is read from Azure's change history when you "
                            "are signed in."));
        break;
    case history::Attribution::State::Read:
        break;
    case history::Attribution::State::Partial:
    case history::Attribution::State::Failed:
        notes.append(m_diff.attribution.note);
        break;
    }
    m_note->setText(notes.join(QLatin1Char('\n')));
    m_note->setVisible(!notes.isEmpty());
    m_export->setEnabled(true);

    const QString selected =
        m_tree->currentItem() ? m_tree->currentItem()->data(0, IdRole).toString() : QString();
    m_tree->clear();
    QTreeWidgetItem *first = nullptr;
    QTreeWidgetItem *reselect = nullptr;
    for (NsgChange::Kind kind : history::displayOrder()) {
        const int n = m_diff.count(kind);
        if (n == 0)
            continue;
        auto *group =
            new QTreeWidgetItem(m_tree, {QStringLiteral("%1 (%2)").arg(displayName(kind)).arg(n)});
        group->setIcon(0, StatusIcons::icon(iconKind(kind)));
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        group->setFirstColumnSpanned(true);
        for (size_t i = 0; i < m_diff.nsgs.size(); ++i) {
            const NsgChange &c = m_diff.nsgs[i];
            if (c.kind != kind)
                continue;
            QString then = history::verdictWords(c.oldVerdict) + QStringLiteral(" → ")
                + history::verdictWords(c.newVerdict);
            if (c.rulesChanged)
                then += tr(" (rules changed)");
            QString seen = day(c.firstSeen);
            if (c.kind == NsgChange::Kind::CameBack && c.fixedAt.isValid())
                seen = tr("%1, fixed %2").arg(seen, day(c.fixedAt));
            QStringList who;
            for (const ChangeRecord &r : c.changes) {
                const QString name = r.changedBy.isEmpty() ? tr("unrecorded") : r.changedBy;
                if (!who.contains(name))
                    who.append(name);
            }
            auto *item = new QTreeWidgetItem(
                group,
                {c.name + QStringLiteral("  (") + c.resourceGroup + QLatin1Char(')'), then, seen,
                 who.join(QStringLiteral(", "))});
            item->setData(0, ChangeIndex, int(i));
            if (!first)
                first = item;
            if (!selected.isEmpty() && c.id == selected)
                reselect = item;
        }
        group->setExpanded(kind != NsgChange::Kind::StillExposed || n <= 50);
    }
    if (!m_diff.endpoints.empty()) {
        auto *group =
            new QTreeWidgetItem(m_tree, {tr("Endpoints (%1)").arg(int(m_diff.endpoints.size()))});
        group->setFirstColumnSpanned(true);
        for (const history::EndpointChange &e : m_diff.endpoints) {
            auto *item =
                new QTreeWidgetItem(group,
                                    {e.label,
                                     e.kind == history::EndpointChange::Kind::BecameInternetFacing
                                         ? tr("Became internet-facing")
                                         : tr("No longer internet-facing")});
            item->setIcon(
                0,
                StatusIcons::icon(e.kind == history::EndpointChange::Kind::BecameInternetFacing
                                      ? StatusIcons::Kind::Exposed
                                      : StatusIcons::Kind::Ok));
        }
        group->setExpanded(true);
    }
    if (m_tree->topLevelItemCount() == 0)
        new QTreeWidgetItem(
            m_tree, {tr("Nothing moved: %n NSG(s) as they were.", nullptr, m_diff.unchanged)});
    m_tree->setCurrentItem(reselect ? reselect : first);
    if (!reselect && !first)
        showNsg(nullptr);
}

void CompareDialog::showNsg(QTreeWidgetItem *item)
{
    const QVariant index = item ? item->data(0, ChangeIndex) : QVariant();
    if (!index.isValid() || index.toInt() >= int(m_diff.nsgs.size())) {
        m_nsgTitle->setText(tr("Select an NSG to see its rules then and now."));
        m_rules->setRowCount(0);
        m_changes->clear();
        return;
    }
    const NsgChange &c = m_diff.nsgs[size_t(index.toInt())];
    m_nsgTitle->setText(QStringLiteral("<b>%1</b> — %2<br/><small>%3</small>")
                            .arg(c.name.toHtmlEscaped(), displayName(c.kind).toHtmlEscaped(),
                                 c.id.toHtmlEscaped()));
    showRules(c);
    QString html;
    if (c.changes.isEmpty()) {
        html = tr("No change records") + QStringLiteral(": ")
            + (m_diff.attribution.state == history::Attribution::State::Read
                   ? tr("Azure's change history holds none for this NSG in the interval.")
                   : m_diff.attribution.note.isEmpty() ? tr("not read.")
                                                       : m_diff.attribution.note)
                  .toHtmlEscaped();
    }
    for (const ChangeRecord &r : c.changes) {
        html += QStringLiteral("<p><b>%1</b>").arg(r.text().toHtmlEscaped());
        for (const QString &p : r.properties)
            html += QStringLiteral("<br/><tt>%1</tt>").arg(p.toHtmlEscaped());
        html += QStringLiteral("</p>");
    }
    m_changes->setHtml(html);
}

// The NSG's inbound rules then and now: rows by name, the cells that changed marked (the old
// value in the tooltip), rules added or removed said so.
void CompareDialog::showRules(const NsgChange &change)
{
    history::HistoryStore store;
    QList<PortalRow> before, after;
    if (store.open(m_path)) {
        if (m_diff.oldInfo.id > 0)
            before = portalRows(store.nsgJson(m_diff.oldInfo.id, change.id));
        if (m_diff.newInfo.id > 0)
            after = portalRows(store.nsgJson(m_diff.newInfo.id, change.id));
    }
    m_rules->setRowCount(0);
    const QColor changed = StatusIcons::tint(StatusIcons::Kind::Latent);
    const QColor added = StatusIcons::tint(StatusIcons::Kind::Ok);
    const QColor removed = StatusIcons::tint(StatusIcons::Kind::Exposed);
    auto addRow = [&](const QStringList &values, const QString &what, const QColor &tint,
                      const QStringList &old) {
        const int row = m_rules->rowCount();
        m_rules->insertRow(row);
        for (int col = 0; col < values.size(); ++col) {
            auto *cell = new QTableWidgetItem(values[col]);
            if (tint.isValid()) {
                cell->setBackground(tint);
                cell->setForeground(QColor(Qt::black));
            } else if (!old.isEmpty() && old[col] != values[col]) {
                cell->setBackground(changed);
                cell->setForeground(QColor(Qt::black));
                cell->setToolTip(tr("Was: %1").arg(old[col]));
                QFont f = cell->font();
                f.setBold(true);
                cell->setFont(f);
            }
            if (what == tr("Removed")) {
                QFont f = cell->font();
                f.setStrikeOut(true);
                cell->setFont(f);
            }
            m_rules->setItem(row, col, cell);
        }
        m_rules->setItem(row, int(values.size()), new QTableWidgetItem(what));
    };
    auto findByName = [](const QList<PortalRow> &rows, const QString &name) -> const PortalRow * {
        for (const PortalRow &r : rows) {
            if (r.name.compare(name, Qt::CaseInsensitive) == 0)
                return &r;
        }
        return nullptr;
    };
    for (const PortalRow &now : after) {
        const PortalRow *was = findByName(before, now.name);
        if (!was) {
            addRow(cells(now),
                   before.isEmpty() && change.kind == NsgChange::Kind::Added ? QString()
                                                                             : tr("Added"),
                   before.isEmpty() ? QColor() : added, {});
            continue;
        }
        const QStringList a = cells(*was), b = cells(now);
        addRow(b, a == b ? QString() : tr("Changed"), QColor(), a);
    }
    for (const PortalRow &was : before) {
        if (!findByName(after, was.name))
            addRow(cells(was), tr("Removed"), after.isEmpty() ? QColor() : removed, {});
    }
    m_rules->resizeColumnsToContents();
}

void CompareDialog::exportComparison()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the comparison"), QStringLiteral("comparison.pdf"),
        tr("PDF (*.pdf);;HTML (*.html);;CSV (*.csv);;JSON (*.json)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    DiffReport writer;
    const QString suffix = QFileInfo(path).suffix().toLower();
    bool ok = file.open(QIODevice::WriteOnly);
    if (ok) {
        ok = suffix == QLatin1String("html")  ? writer.writeHtml(m_diff, &file)
            : suffix == QLatin1String("csv")  ? writer.writeCsv(m_diff, &file)
            : suffix == QLatin1String("json") ? writer.writeJson(m_diff, &file)
                                              : writer.writePdf(m_diff, &file);
        ok = ok && file.commit();
    }
    if (!ok)
        QMessageBox::warning(
            this, tr("Export the comparison"),
            tr("Cannot write %1: %2")
                .arg(path,
                     writer.errorString().isEmpty() ? file.errorString() : writer.errorString()));
}

} // namespace nsg::ui
