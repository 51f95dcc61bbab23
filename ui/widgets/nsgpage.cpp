// SPDX-License-Identifier: MIT
#include "ui/widgets/nsgpage.h"

#include "ui/widgets/pathview.h"
#include "ui/widgets/verdictbanner.h"

#include "ui/models/ruletablemodel.h"
#include "ui/models/statusicons.h"

#include "core/audit/findingtext.h"

#include <algorithm>

#include <QAction>
#include <QBuffer>
#include <QFontDatabase>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace nsg::ui {

namespace {

QTableView *ruleTable(RuleTableModel *model, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(false);
    table->setWordWrap(false);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setStretchLastSection(false);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table->horizontalHeader()->setHighlightSections(false);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setMouseTracking(true);
    return table;
}

// An icon as an inline image for rich text.
QString imageHtml(const QIcon &icon, int size)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    icon.pixmap(size, size).save(&buffer, "PNG");
    return QStringLiteral("<img src=\"data:image/png;base64,%1\" width=\"%2\" height=\"%2\">")
        .arg(QString::fromLatin1(png.toBase64()))
        .arg(size);
}

// One legend entry, two table cells: the mark's icon (if any) and a sample styled as the table
// styles the row. The icons stand in a column of their own, so that the samples line up whether
// an entry has an icon or not; a sample may wrap in its cell (a narrow window, a long
// translation), never away from its icon.
QString legendEntry(const QIcon &icon, int iconSize, const QString &text, const QString &style)
{
    return QLatin1String("<td valign=\"middle\" width=\"") + QString::number(iconSize)
        + QLatin1String("\">") + (icon.isNull() ? QString() : imageHtml(icon, iconSize))
        + QLatin1String("</td><td valign=\"middle\" style=\"padding-right:16px\"><span style=\"")
        + style + QLatin1String("\">&nbsp;") + text.toHtmlEscaped()
        + QLatin1String("&nbsp;</span></td>");
}

QString colourStyle(const QColor &background, const QColor &foreground)
{
    QString style = QLatin1String("color:") + foreground.name() + QLatin1Char(';');
    if (background.isValid())
        style += QLatin1String("background-color:") + background.name() + QLatin1Char(';');
    return style;
}

// What every mark in the rule table means: red, amber, shadowed, unreadable, greyed defaults.
QLabel *ruleLegend(Direction direction, QWidget *parent)
{
    auto *legend = new QLabel(parent);
    legend->setWordWrap(true);
    legend->setTextFormat(Qt::RichText);
    const int icon = legend->fontMetrics().height();
    const QColor grey = legend->palette().color(QPalette::Disabled, QPalette::Text);
    QStringList entries;
    QStringList tips;
    if (direction == Direction::Inbound) {
        entries << legendEntry(StatusIcons::icon(StatusIcons::Kind::Exposed), icon,
                               NsgPage::tr("Exposes the port"),
                               colourStyle(StatusIcons::tint(StatusIcons::Kind::Exposed),
                                           RuleTableModel::exposingForeground())
                                   + QLatin1String("font-weight:bold;"))
                << legendEntry(RuleTableModel::withinLimitIcon(), icon,
                               NsgPage::tr("Admits public addresses: within the limit, or a "
                                           "service tag"),
                               colourStyle(RuleTableModel::withinLimitBackground(),
                                           RuleTableModel::withinLimitForeground()))
                << legendEntry(StatusIcons::icon(StatusIcons::Kind::Shadowed), icon,
                               NsgPage::tr("Shadowed by earlier rules"),
                               colourStyle(QColor(), grey) + QLatin1String("font-style:italic;"))
                << legendEntry(StatusIcons::icon(StatusIcons::Kind::Unknown), icon,
                               NsgPage::tr("Could not be read"),
                               colourStyle(StatusIcons::tint(StatusIcons::Kind::Failed),
                                           QColor(Qt::black)));
        tips << NsgPage::tr("Red: the rule lets more public addresses reach the port than the "
                            "breadth limit allows, by itself or together with other such rules.")
             << NsgPage::tr("Amber: the rule lets some public addresses reach the port, but no "
                            "more than the breadth limit allows (known addresses), or it allows a "
                            "service tag of Azure's shared public addresses, which the NSG's own "
                            "verdict does not count (the Paths tab does).")
             << NsgPage::tr("Italic: earlier rules already decided every public source this rule "
                            "matches, so it changes nothing.")
             << NsgPage::tr("Yellow: a field of the rule could not be read; the evaluation stops "
                            "there.");
    }
    entries << legendEntry(QIcon(), icon, NsgPage::tr("Default rule"), colourStyle(QColor(), grey));
    tips << NsgPage::tr("Grey: a default rule Azure adds to every NSG (priority 65000 and up).");
    // Three entries to a row, each in cells of its own: an icon never parts from its words.
    QString html = QLatin1String("<table cellspacing=\"0\" cellpadding=\"2\">");
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (i % 3 == 0)
            html += QLatin1String(i == 0 ? "<tr>" : "</tr><tr>");
        html += entries[i];
    }
    html += QLatin1String("</tr></table>");
    legend->setText(html);
    legend->setToolTip(tips.join(QLatin1Char('\n')));
    legend->setAccessibleName(NsgPage::tr("Legend"));
    legend->setAccessibleDescription(tips.join(QLatin1Char(' ')));
    return legend;
}

// A rule table with its legend under it.
QWidget *withLegend(QTableView *table, QLabel *legend, QWidget *parent)
{
    auto *page = new QWidget(parent);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(table, 1);
    layout->addWidget(legend);
    return page;
}

QString lastSegments(const QString &id, int n)
{
    return id.section(QLatin1Char('/'), -n, -1);
}

} // namespace

QWidget *NsgPage::pathsPage()
{
    m_paths->setObjectName(QStringLiteral("pathsTable"));
    m_paths->setAccessibleName(tr("Paths from the Internet through this NSG"));
    m_paths->setColumnCount(5);
    m_paths->setHorizontalHeaderLabels(
        {tr("Verdict"), tr("Public entry"), tr("Through"), tr("Target"), tr("Decided by")});
    m_paths->horizontalHeader()->setStretchLastSection(true);
    m_paths->verticalHeader()->setVisible(false);
    m_paths->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_paths->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_paths->setSelectionMode(QAbstractItemView::SingleSelection);
    m_paths->setWordWrap(false);
    connect(m_paths, &QTableWidget::currentCellChanged, this, [this](int row) { showPath(row); });
    m_pathsNote->setObjectName(QStringLiteral("pathsNote"));
    m_pathsNote->setWordWrap(true);
    connect(m_pathView, &PathView::hopActivated, this, &NsgPage::hopActivated);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_pathView);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_paths);
    split->addWidget(scroll);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    split->setSizes({120, 360});
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_pathsNote);
    layout->addWidget(split, 1);
    showPaths(nullptr);
    return page;
}

void NsgPage::showPaths(std::shared_ptr<const ReachabilityResult> paths)
{
    m_reach = std::move(paths);
    m_pathEndpoints.clear();
    m_paths->setRowCount(0);
    if (!m_reach || !m_reach->evaluated) {
        m_pathsNote->setText(
            tr("The paths from the Internet were not followed. Turn on View → Include network "
               "interfaces and refresh, or open an export that holds the network (NICs, public "
               "IPs, load balancers)."));
        m_paths->setVisible(false);
        m_pathView->showMessage(QString());
        return;
    }
    const QString id = nsgId();
    for (const Endpoint &e : m_reach->endpoints) {
        if (e.passes(id))
            m_pathEndpoints.push_back(&e);
    }
    std::stable_sort(m_pathEndpoints.begin(), m_pathEndpoints.end(),
                     [](const Endpoint *a, const Endpoint *b) {
                         return endpointOrder(a->verdict) < endpointOrder(b->verdict);
                     });
    if (m_pathEndpoints.empty()) {
        const QString admin =
            m_reach->overriddenBy.value(id.toLower()).section(QLatin1Char('/'), -1);
        m_pathsNote->setText(admin.isEmpty()
                                 ? tr("No public entry point that can deliver %1 leads "
                                      "through this NSG.")
                                       .arg(m_policyLabel)
                                 : tr("The admin rule %1 decides before this NSG.").arg(admin));
        m_paths->setVisible(false);
        m_pathView->showMessage(QString());
        return;
    }
    int exposed = 0;
    for (const Endpoint *e : m_pathEndpoints)
        exposed += e->verdict == Verdict::Exposed;
    m_pathsNote->setText(tr("Public entry points whose paths pass this NSG: %1; the Internet "
                            "gets through on %2 of them. Select one to see its path; click an NSG "
                            "on it to open that NSG.")
                             .arg(m_pathEndpoints.size())
                             .arg(exposed));
    m_paths->setVisible(true);
    m_paths->setRowCount(int(m_pathEndpoints.size()));
    for (int row = 0; row < int(m_pathEndpoints.size()); ++row) {
        const Endpoint &e = *m_pathEndpoints[size_t(row)];
        const StatusIcons::Kind kind = e.verdict == Verdict::Exposed ? StatusIcons::Kind::Exposed
            : e.verdict == Verdict::Ok                               ? StatusIcons::Kind::Ok
                                                                     : StatusIcons::Kind::Unknown;
        auto *verdict = new QTableWidgetItem(StatusIcons::icon(kind), endpointStateText(e));
        verdict->setToolTip(e.reason);
        m_paths->setItem(row, 0, verdict);
        m_paths->setItem(row, 1, new QTableWidgetItem(entryText(e)));
        m_paths->setItem(row, 2, new QTableWidgetItem(e.viaId.section(QLatin1Char('/'), -1)));
        m_paths->setItem(row, 3, new QTableWidgetItem(targetText(e)));
        auto *decided = new QTableWidgetItem(decidedByText(e));
        decided->setToolTip(e.reason);
        m_paths->setItem(row, 4, decided);
    }
    m_paths->resizeColumnsToContents();
    m_paths->setCurrentCell(0, 0);
    showPath(0);
}

void NsgPage::showPath(int row)
{
    if (row < 0 || size_t(row) >= m_pathEndpoints.size())
        return;
    m_pathView->setEndpoint(*m_pathEndpoints[size_t(row)]);
}

NsgPage::NsgPage(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_details(new QLabel(this))
    , m_refreshButton(new QPushButton(tr("Re-check"), this))
    , m_restrictButton(new QPushButton(tr("Restrict source…"), this))
    , m_fixButton(new QPushButton(tr("Fix…"), this))
    , m_acceptButton(new QPushButton(tr("Accept ris&k…"), this))
    , m_editNote(new QLabel(this))
    , m_banner(new VerdictBanner(this))
    , m_tabs(new QTabWidget(this))
    , m_inbound(new RuleTableModel(Direction::Inbound, this))
    , m_outbound(new RuleTableModel(Direction::Outbound, this))
    , m_inboundTable(ruleTable(m_inbound, this))
    , m_outboundTable(ruleTable(m_outbound, this))
    , m_inboundLegend(ruleLegend(Direction::Inbound, this))
    , m_outboundLegend(ruleLegend(Direction::Outbound, this))
    , m_why(new QTextBrowser(this))
    , m_nics(new QTableWidget(this))
    , m_nicsNote(new QLabel(this))
    , m_paths(new QTableWidget(this))
    , m_pathsNote(new QLabel(this))
    , m_pathView(new PathView(this))
    , m_json(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("nsgPage"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setWordWrap(true);
    m_refreshButton->setObjectName(QStringLiteral("recheckButton"));
    m_refreshButton->setToolTip(tr("Read this NSG again from Azure (one request) and re-evaluate"));
    connect(m_refreshButton, &QPushButton::clicked, this, [this] {
        if (m_result)
            Q_EMIT refreshRequested(m_result->nsg.id());
    });

    m_restrictButton->setObjectName(QStringLiteral("restrictButton"));
    m_restrictButton->setToolTip(
        tr("Open the exposing rule's edit pane and restrict its source to known addresses"));
    m_fixButton->setObjectName(QStringLiteral("fixButton"));
    m_fixButton->setToolTip(tr("Guided remediation: explains the finding and applies a fix"));
    m_editNote->setObjectName(QStringLiteral("editNote"));
    m_editNote->setWordWrap(true);
    connect(m_restrictButton, &QPushButton::clicked, this, [this] {
        const QString rule = exposingRuleName();
        if (!rule.isEmpty())
            Q_EMIT restrictRequested(rule);
    });
    connect(m_fixButton, &QPushButton::clicked, this, &NsgPage::fixRequested);
    m_acceptButton->setObjectName(QStringLiteral("acceptRiskButton"));
    m_acceptButton->setToolTip(tr("Record that this exposure is accepted, by whom, why and until "
                                  "when; it shows apart until then or until its rules change"));
    connect(m_acceptButton, &QPushButton::clicked, this, &NsgPage::acceptRiskRequested);
    connect(m_inboundTable, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (m_editMode && m_editAllowed && index.data(RuleTableModel::IsExposingRole).toBool())
            Q_EMIT restrictRequested(m_inbound->ruleAt(index.row())->name());
    });
    m_inboundTable->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_restrictAction = new QAction(tr("Restrict source…"), m_inboundTable);
    QAction *restrictAction = m_restrictAction;
    connect(restrictAction, &QAction::triggered, m_restrictButton, &QPushButton::click);
    m_inboundTable->addAction(restrictAction);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_restrictButton, 0, Qt::AlignTop);
    header->addWidget(m_fixButton, 0, Qt::AlignTop);
    header->addWidget(m_acceptButton, 0, Qt::AlignTop);
    header->addWidget(m_refreshButton, 0, Qt::AlignTop);

    m_inboundTable->setObjectName(QStringLiteral("inboundTable"));
    m_inboundTable->setAccessibleName(tr("Inbound security rules"));
    m_outboundTable->setObjectName(QStringLiteral("outboundTable"));
    m_outboundTable->setAccessibleName(tr("Outbound security rules"));
    m_why->setAccessibleName(tr("Why: the proof rule by rule"));
    m_nics->setAccessibleName(tr("Network interfaces behind this NSG"));
    m_json->setAccessibleName(tr("The NSG as JSON"));
    m_why->setObjectName(QStringLiteral("whyBrowser"));
    m_why->setOpenLinks(false);
    m_nics->setObjectName(QStringLiteral("nicsTable"));
    m_nics->setColumnCount(3);
    m_nics->setHorizontalHeaderLabels({tr("Network interface"), tr("Verdict"), tr("Why")});
    m_nics->horizontalHeader()->setStretchLastSection(true);
    m_nics->verticalHeader()->setVisible(false);
    m_nics->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_nics, &QTableWidget::itemActivated, this, [this](QTableWidgetItem *item) {
        if (const QTableWidgetItem *name = m_nics->item(item->row(), 0))
            Q_EMIT interfaceActivated(name->data(Qt::UserRole).toString());
    });
    m_nicsNote->setWordWrap(true);
    auto *nicsPage = new QWidget(this);
    auto *nicsLayout = new QVBoxLayout(nicsPage);
    nicsLayout->addWidget(m_nicsNote);
    nicsLayout->addWidget(m_nics, 1);
    m_json->setObjectName(QStringLiteral("jsonView"));
    m_json->setReadOnly(true);
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_json->setLineWrapMode(QPlainTextEdit::NoWrap);

    m_tabs->setObjectName(QStringLiteral("nsgTabs"));
    m_inboundLegend->setObjectName(QStringLiteral("inboundLegend"));
    m_outboundLegend->setObjectName(QStringLiteral("outboundLegend"));
    m_tabs->addTab(withLegend(m_inboundTable, m_inboundLegend, this), tr("Inbound security rules"));
    m_tabs->addTab(withLegend(m_outboundTable, m_outboundLegend, this),
                   tr("Outbound security rules"));
    m_tabs->addTab(m_why, tr("Why"));
    m_tabs->addTab(pathsPage(), tr("Paths"));
    m_tabs->addTab(nicsPage, tr("NICs"));
    m_tabs->addTab(m_json, tr("JSON"));
    connect(m_tabs, &QTabWidget::currentChanged, this, &NsgPage::onTabChanged);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_details);
    layout->addWidget(m_banner);
    layout->addWidget(m_editNote);
    layout->addWidget(m_tabs, 1);
    updateEditButtons();
}

void NsgPage::setEditState(bool editMode, bool allowed, const QString &reason)
{
    m_editMode = editMode;
    m_editAllowed = allowed;
    m_editReason = reason;
    updateEditButtons();
}

QStringList NsgPage::exposingRuleNames() const
{
    QStringList names;
    if (!m_result || m_result->finding.verdict != Verdict::Exposed)
        return names;
    // The rules that expose the port (red) first, then those within the limit.
    if (m_inbound->rowCount() > 0) {
        for (int row : m_inbound->exposingRows())
            names.append(m_inbound->ruleAt(row)->name());
    }
    for (const ExposingRule &e : m_result->finding.exposing) {
        const QString name = m_result->nsg.inboundRuleView(e.rule).name();
        if (!names.contains(name))
            names.append(name);
    }
    return names;
}

QString NsgPage::exposingRuleName() const
{
    const QModelIndex current = m_inboundTable->currentIndex();
    if (current.isValid() && current.data(RuleTableModel::IsExposingRole).toBool())
        return m_inbound->ruleAt(current.row())->name();
    // Else the broadest: a partner's single address is rarely the finding a reviewer means.
    if (!m_result || m_result->finding.verdict != Verdict::Exposed
        || m_result->finding.exposing.empty())
        return QString();
    const ExposingRule *broadest = &m_result->finding.exposing.front();
    for (const ExposingRule &e : m_result->finding.exposing) {
        if (broadest->ipv6.count() < e.ipv6.count()
            || (broadest->ipv6.count() == e.ipv6.count()
                && broadest->ipv4.count() < e.ipv4.count()))
            broadest = &e;
    }
    return m_result->nsg.inboundRuleView(broadest->rule).name();
}

void NsgPage::updateEditButtons()
{
    const bool exposed = !exposingRuleNames().isEmpty();
    const bool show = m_editMode && m_live && exposed;
    m_fixButton->setVisible(show);
    m_restrictButton->setVisible(show);
    m_fixButton->setEnabled(show && m_editAllowed);
    m_restrictButton->setEnabled(show && m_editAllowed);
    m_restrictAction->setEnabled(show && m_editAllowed);
    const QString why = m_editAllowed ? QString() : m_editReason;
    m_fixButton->setToolTip(why.isEmpty() ? tr("Guided remediation: explains the finding and "
                                               "applies a fix")
                                          : why);
    m_editNote->setText(show && !m_editAllowed ? why : QString());
    m_editNote->setVisible(show && !m_editAllowed && !why.isEmpty());
}

NsgPage::~NsgPage() = default;

QString NsgPage::nsgId() const
{
    return m_result ? m_result->nsg.id() : QString();
}

void NsgPage::showStanding(int statusKind, const QString &title, const QString &why)
{
    if (!m_result || m_result->isAccepted())
        return;
    QString sentence = QLatin1String("<b>") + title.toHtmlEscaped() + QLatin1String(".</b> ");
    if (!why.isEmpty())
        sentence += why.toHtmlEscaped() + QLatin1String("<br>");
    sentence += tr("Its own rules: %1").arg(m_bannerReason).toHtmlEscaped();
    m_banner->setKind(StatusIcons::Kind(statusKind), sentence, m_bannerNote);
    // The Why tab says the same first: its rules' verdict alone would contradict the Paths tab
    // (OK by its rules, yet a public service tag or an admin rule lets the Internet through).
    m_why->setHtml(
        QLatin1String("<h3>") + title.toHtmlEscaped() + QLatin1String("</h3><p>")
        + why.toHtmlEscaped() + QLatin1String(" ")
        + tr("The Paths tab draws each path from the Internet through it.").toHtmlEscaped()
        + QLatin1String("</p><h3>")
        + tr("Its own rules: %1").arg(displayName(m_result->finding.verdict)).toHtmlEscaped()
        + QLatin1String("</h3>") + m_whyRules);
}

QString NsgPage::bannerText() const
{
    return m_banner->text();
}

void NsgPage::showNsg(const NsgResult &result, const EvaluationOptions &options,
                      const QString &subscriptionName, bool live)
{
    const bool same = m_result && m_result->nsg.id() == result.nsg.id();
    m_result = std::make_unique<NsgResult>(result);
    m_policyLabel = options.policy.label();
    m_live = live;
    m_jsonLoaded = false;
    const NetworkSecurityGroup &nsg = m_result->nsg;
    const Finding &f = m_result->finding;
    const FindingText text(nsg, f, options);

    m_title->setText(nsg.name().isEmpty() ? nsg.displayName() : nsg.name());
    QStringList attached;
    for (const QString &s : nsg.subnetIds())
        attached.append(
            tr("subnet %1")
                .arg(lastSegments(s, 3).replace(QLatin1String("/subnets/"), QLatin1String("/"))));
    for (const QString &n : nsg.networkInterfaceIds())
        attached.append(tr("NIC %1").arg(lastSegments(n, 1)));
    const QString where =
        live ? subscriptionName : tr("%1 (file %2)").arg(nsg.subscriptionId(), nsg.sourceFile());
    m_details->setText(
        tr("<b>Resource group</b> %1 &nbsp; <b>Subscription</b> %2 &nbsp; <b>Location</b> %3<br>"
           "<b>Attached to</b> %4")
            .arg(nsg.resourceGroup().toHtmlEscaped(), where.toHtmlEscaped(),
                 nsg.location().toHtmlEscaped(),
                 attached.isEmpty() ? tr("not attached (it guards nothing until it is)")
                                    : attached.join(QLatin1String(", ")).toHtmlEscaped()));
    m_refreshButton->setVisible(live);
    updateEditButtons();

    const QString note = text.ruleByRuleNote();
    const std::optional<AcceptedRisk> &risk = m_result->risk;
    if (m_result->isAccepted()) {
        m_banner->setKind(StatusIcons::Kind::Accepted,
                          QLatin1String("<b>") + tr("Accepted risk.").toHtmlEscaped()
                              + QLatin1String("</b> ") + risk->explanation().toHtmlEscaped()
                              + QLatin1String("<br>") + text.reason().toHtmlEscaped(),
                          note);
    } else {
        QString sentence = QLatin1String("<b>") + displayName(f.verdict).toHtmlEscaped()
            + QLatin1String(".</b> ") + text.reason().toHtmlEscaped();
        if (risk) // the acceptance lapsed: say why it no longer holds
            sentence += QLatin1String("<br><b>") + risk->explanation().toHtmlEscaped()
                + QLatin1String("</b>");
        m_banner->setVerdict(f.verdict, sentence, note);
    }
    m_bannerReason = text.reason();
    m_bannerNote = note;
    m_acceptButton->setVisible(f.verdict == Verdict::Exposed);
    m_acceptButton->setText(m_result->isAccepted() ? tr("Accepted ris&k…") : tr("Accept ris&k…"));

    m_inbound->setNsg(*m_result, options);
    m_outbound->setNsg(*m_result, options);
    for (QTableView *table : {m_inboundTable, m_outboundTable})
        table->resizeColumnsToContents();
    if (!m_inbound->exposingRows().isEmpty())
        m_inboundTable->scrollTo(m_inbound->index(m_inbound->exposingRows().first(), 0));

    // The proof in words (under a heading of its own: showStanding() puts the standing first).
    QString html = QLatin1String("<p>") + text.reason().toHtmlEscaped() + QLatin1String("</p>");
    if (f.allowsAnyPublic()) {
        html += QLatin1String("<p><b>")
            + tr("Public addresses that reach %1").arg(options.policy.target())
            + QLatin1String("</b> (")
            + countPhrase(f.publicIpv4Count(), f.publicIpv6Count()).toHtmlEscaped()
            + QLatin1String("):</p><ul>");
        for (const Cidr &c : publicCover(f.allowedIpv4, f.allowedIpv6))
            html += QLatin1String("<li><tt>") + c.toString(false) + QLatin1String("</tt></li>");
        html += QLatin1String("</ul>");
    }
    html += QLatin1String("<p><b>") + tr("Inbound rules in the order Azure applies them:")
        + QLatin1String("</b></p><ol>");
    for (const QString &line : text.proof())
        html += QLatin1String("<li>") + line.toHtmlEscaped() + QLatin1String("</li>");
    html += QLatin1String("</ol>");
    if (!note.isEmpty())
        html += QLatin1String("<p><i>") + note.toHtmlEscaped() + QLatin1String("</i></p>");
    for (const ReadProblem &p : nsg.problems())
        html += QLatin1String("<p>") + tr("Problem in the input: %1").arg(p.message.toHtmlEscaped())
            + QLatin1String("</p>");
    html += QLatin1String("<p style=\"color:gray\">")
        + tr("Method: rules evaluated as Azure does (priority order, first match decides, Deny and "
             "default rules included), with CIDR arithmetic over IPv4 and IPv6. This verdict is "
             "the NSG's own rules'; Virtual Network Manager security admin rules, which run "
             "before NSGs, public IPs and load balancers are on the Paths tab where the network "
             "was read.")
        + QLatin1String("</p>");
    m_whyRules = html;
    m_why->setHtml(QLatin1String("<h3>") + displayName(f.verdict).toHtmlEscaped()
                   + QLatin1String("</h3>") + html);

    m_json->setPlainText(tr("Loading…"));
    if (!same && m_tabs->currentIndex() == NicsTab)
        m_tabs->setCurrentIndex(InboundTab);
    if (m_tabs->currentIndex() == JsonTab)
        onTabChanged(JsonTab);
}

void NsgPage::showInterfaces(const QList<NicResult> *interfaces)
{
    m_nics->setRowCount(0);
    if (!interfaces) {
        m_nicsNote->setText(tr("Network interfaces were not read in this scan. Turn on View → "
                               "Include network interfaces and refresh to see what reaches each "
                               "NIC through its subnet's NSG and its own."));
        m_nicsNote->setVisible(true);
        m_nics->setVisible(false);
        return;
    }
    const QString id = nsgId();
    QList<const NicResult *> mine;
    for (const NicResult &n : *interfaces) {
        if (n.nic.nsgId.compare(id, Qt::CaseInsensitive) == 0
            || n.subnetNsgIds.contains(id, Qt::CaseInsensitive))
            mine.append(&n);
    }
    m_nicsNote->setText(mine.isEmpty() ? tr("No network interface is behind this NSG.")
                                       : tr("Inbound traffic passes the subnet's NSG, then the "
                                            "NIC's; a missing NSG lets everything through."));
    m_nicsNote->setVisible(true);
    m_nics->setVisible(!mine.isEmpty());
    m_nics->setRowCount(int(mine.size()));
    for (int i = 0; i < mine.size(); ++i) {
        const NicResult &n = *mine[i];
        auto *name = new QTableWidgetItem(StatusIcons::icon(n.finding.verdict), n.nic.name);
        name->setToolTip(n.nic.id + QLatin1Char('\n')
                         + tr("Double-click or press Enter for its paths from the Internet."));
        name->setData(Qt::UserRole, n.nic.id);
        m_nics->setItem(i, 0, name);
        m_nics->setItem(i, 1, new QTableWidgetItem(displayName(n.finding.verdict)));
        auto *why = new QTableWidgetItem(n.finding.reason);
        why->setToolTip(n.finding.reason);
        m_nics->setItem(i, 2, why);
    }
    m_nics->resizeColumnsToContents();
}

void NsgPage::setJson(const QString &nsgId, const QString &json, const QString &error)
{
    if (nsgId != this->nsgId())
        return;
    m_jsonLoaded = error.isEmpty();
    m_json->setPlainText(error.isEmpty() ? json : tr("Could not load the JSON: %1").arg(error));
}

void NsgPage::onTabChanged(int index)
{
    if (index == JsonTab && m_result && !m_jsonLoaded)
        Q_EMIT jsonRequested(m_result->nsg.id());
}

} // namespace nsg::ui
