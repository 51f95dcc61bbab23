// SPDX-License-Identifier: MIT
#include "report/reportdocument.h"

#include "report/diffreport.h"

#include "core/audit/findingtext.h"
#include "core/audit/pathhops.h"
#include "core/audit/portalrow.h"
#include "core/remediation/fixformats.h"
#include "core/remediation/ownership.h"
#include "core/remediation/rulefix.h"
#include "core/settings/translations.h"
#include "report/pathpicture.h"

#include <QCoreApplication>
#include <QFont>
#include <QPainter>

#include <algorithm>
#include <map>

namespace nsg {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("nsg::ReportDocument", text, disambiguation, n);
}

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

const char *kExposed = "#c50f1f";
const char *kOk = "#107c10";
const char *kUnknown = "#8a8886";
const char *kExposedTint = "#fde7e9";
const char *kAccepted = "#6b2fa0"; // the window's violet: neither red nor green
const char *kNotRead = "#f2b11c"; // the window's amber for a scope that failed

// Counts in the report's language: "3,702" in English, "3.702" in German.
QString number(qint64 n)
{
    return textLocale().toString(n);
}

QString verdictCell(Verdict v)
{
    const char *color = v == Verdict::Exposed ? kExposed : v == Verdict::Ok ? kOk : kUnknown;
    return QStringLiteral("<span style=\"color:%1; font-weight:bold\">%2</span>")
        .arg(QLatin1String(color), esc(displayName(v)));
}

QString th(const QStringList &headers)
{
    QString out = QStringLiteral("<thead><tr>");
    for (const QString &h : headers)
        out += QStringLiteral("<th align=\"left\" bgcolor=\"#edebe9\">%1</th>").arg(esc(h));
    return out + QStringLiteral("</tr></thead>");
}

QString tableOpen()
{
    return QStringLiteral("<table class=\"grid\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                          "width=\"100%\" style=\"border-collapse: collapse; border-color: "
                          "#c8c6c4\">");
}

// "name (priority), …" of a row's exposing rules.
QString exposingRuleNames(const ReportRow &row)
{
    QStringList rules;
    for (const ReportRow::ExposingRule &e : row.exposingRules)
        rules.append(QStringLiteral("%1 (%2)").arg(e.name).arg(e.priority));
    return rules.join(QLatin1String(", "));
}

QString displayId(const QString &id)
{
    return id.isEmpty() ? tr("(no id)") : id;
}

// The order exposed NSGs are listed in: internet-facing first, then undecided, then latent.
int standingOrder(NsgStanding s)
{
    switch (s) {
    case NsgStanding::InternetFacing:
    case NsgStanding::AdmittedByAdminRule:
        return 0;
    case NsgStanding::Exposed:
    case NsgStanding::Unknown:
        return 1;
    case NsgStanding::Latent:
        return 2;
    case NsgStanding::BlockedByAdminRule:
        return 3;
    case NsgStanding::Ok:
        break;
    }
    return 4;
}

// What the paths from the Internet found, in the order the report says it.
struct PathFindings
{
    std::vector<const Endpoint *> exposed, undecided;
    std::vector<const NsgResult *> latent; // latent NSGs, those an admin rule closes included
    int facing = 0; // internet-facing NSGs
    int blocked = 0; // latent ones an admin rule closes first
};

PathFindings pathFindings(const ScanResult &scan)
{
    PathFindings out;
    const ReachabilityResult &paths = scan.reachability;
    for (const Endpoint &e : paths.endpoints) {
        if (e.verdict == Verdict::Exposed)
            out.exposed.push_back(&e);
        else if (e.verdict == Verdict::Unknown)
            out.undecided.push_back(&e);
    }
    for (const NsgResult &r : scan.nsgs) {
        if (r.isAccepted())
            continue;
        switch (paths.standing(r.nsg.id(), r.finding.verdict)) {
        case NsgStanding::InternetFacing:
        case NsgStanding::AdmittedByAdminRule:
            ++out.facing;
            break;
        case NsgStanding::BlockedByAdminRule:
            ++out.blocked;
            out.latent.push_back(&r);
            break;
        case NsgStanding::Latent:
            out.latent.push_back(&r);
            break;
        default:
            break;
        }
    }
    return out;
}

} // namespace

ReportDocument::ReportDocument(const AuditReport &report)
    : m_report(report)
{ }

int ReportDocument::pathIndex(const QString &resource)
{
    static const QString prefix = pathResource(0).chopped(1);
    if (!resource.startsWith(prefix))
        return -1;
    bool ok = false;
    const int index = QStringView(resource).mid(prefix.size()).toInt(&ok);
    return ok ? index : -1;
}

QString ReportDocument::title() const
{
    return tr("NSG exposure report — %1").arg(m_report.policyLabel());
}

QList<ReportDocument::SubscriptionCounts> ReportDocument::perSubscription(int maxBars) const
{
    std::map<QString, SubscriptionCounts> bySub;
    for (const NsgResult &r : m_report.scan.nsgs) {
        const QString sub = r.nsg.subscriptionId();
        SubscriptionCounts &c = bySub[sub.toLower()];
        if (c.label.isEmpty()) {
            const QString name = m_report.subscriptionName(sub);
            c.label = !name.isEmpty() ? name
                : sub.isEmpty()
                ? (r.nsg.sourceFile().isEmpty() ? tr("(no subscription)") : r.nsg.sourceFile())
                : sub;
        }
        // As the summary counts them: an accepted risk is not counted as exposed.
        if (r.isAccepted())
            ++c.accepted;
        else if (r.finding.verdict == Verdict::Exposed)
            ++c.exposed;
        else if (r.finding.verdict == Verdict::Ok)
            ++c.ok;
        else
            ++c.unknown;
    }
    // What could not be read has a bar too: a subscription that answered 403 is not "nothing".
    for (const ScanError &e : m_report.scan.errors) {
        const bool isSubscription = e.scope.startsWith(QLatin1String("/subscriptions/"));
        const QString sub = isSubscription ? e.scope.section(QLatin1Char('/'), 2, 2) : QString();
        SubscriptionCounts &c = bySub[isSubscription ? sub.toLower() : e.scope.toLower()];
        if (c.label.isEmpty()) {
            const QString name = m_report.subscriptionName(sub);
            c.label = !name.isEmpty()                ? name
                : isSubscription                     ? sub
                : e.scope.contains(QLatin1Char('/')) ? e.scope.section(QLatin1Char('/'), -1)
                                                     : e.scope;
        }
        if (c.notRead++ == 0)
            c.notReadStatus =
                QString(
                    (e.httpStatus ? QString::number(e.httpStatus) + QLatin1Char(' ') : QString())
                    + e.code)
                    .trimmed();
    }
    QList<SubscriptionCounts> all;
    for (auto &[key, c] : bySub)
        all.append(c);
    std::stable_sort(all.begin(), all.end(),
                     [](const SubscriptionCounts &a, const SubscriptionCounts &b) {
                         if (a.exposed != b.exposed)
                             return a.exposed > b.exposed;
                         if ((a.notRead > 0) != (b.notRead > 0))
                             return a.notRead > 0;
                         return a.total() > b.total();
                     });
    if (all.size() > maxBars) {
        SubscriptionCounts others;
        others.label = tr("%n other subscription(s)", nullptr, int(all.size() - maxBars + 1));
        for (qsizetype i = maxBars - 1; i < all.size(); ++i) {
            others.exposed += all[i].exposed;
            others.accepted += all[i].accepted;
            others.ok += all[i].ok;
            others.unknown += all[i].unknown;
            if (others.notRead == 0)
                others.notReadStatus = all[i].notReadStatus;
            others.notRead += all[i].notRead;
        }
        all = all.mid(0, maxBars - 1);
        all.append(others);
    }
    return all;
}

namespace {

// The chart's geometry at 760 logical pixels, drawn by both renderers (QPainter, SVG).
struct ChartLayout
{
    struct Box
    {
        QRect rect;
        const char *color;
    };
    struct Text
    {
        QRect rect;
        QString text;
        bool alignRight = false;
    };
    static constexpr int kWidth = 760;
    int height = 0;
    QList<Box> boxes;
    QList<Text> texts;

    explicit ChartLayout(const QList<ReportDocument::SubscriptionCounts> &bars)
    {
        const int rowH = 26, top = 10;
        const int labelW = kWidth * 38 / 100;
        const int barW = kWidth - labelW - 90;
        int maxTotal = 1;
        for (const ReportDocument::SubscriptionCounts &c : bars)
            maxTotal = std::max(maxTotal, c.total());
        int y = top;
        for (const ReportDocument::SubscriptionCounts &c : bars) {
            texts.append({QRect(0, y, labelW - 8, rowH - 6), c.label, true});
            int x = labelW;
            for (const auto &[n, color] :
                 {std::pair{c.exposed, kExposed}, std::pair{c.accepted, kAccepted},
                  std::pair{c.ok, kOk}, std::pair{c.unknown, kUnknown}}) {
                const int w = int(double(n) / maxTotal * barW + 0.5);
                if (w > 0)
                    boxes.append({QRect(x, y + 2, w, rowH - 10), color});
                x += w;
            }
            QString count = c.total() > 0
                ? QStringLiteral("%1/%2").arg(number(c.exposed), number(c.total()))
                : QString();
            if (c.notRead > 0) {
                // A marker in the colour of "not read", then what the scope answered.
                boxes.append({QRect(x + (c.total() > 0 ? 4 : 0), y + 2, 10, rowH - 10), kNotRead});
                x += c.total() > 0 ? 14 : 10;
                const QString what = c.notReadStatus.isEmpty()
                    ? tr("not read")
                    : tr("not read (%1)").arg(c.notReadStatus);
                count = count.isEmpty() ? what : count + QStringLiteral(" · ") + what;
            }
            texts.append({QRect(x + 6, y, kWidth - x - 6, rowH - 6), count});
            y += rowH;
        }
        if (bars.isEmpty())
            y += rowH;
        // The legend: every colour the bars use, wrapped to the width.
        int x = 0;
        y += 6;
        for (const auto &[label, color] :
             {std::pair{displayName(Verdict::Exposed), kExposed},
              std::pair{tr("Accepted risk"), kAccepted}, std::pair{displayName(Verdict::Ok), kOk},
              std::pair{displayName(Verdict::Unknown), kUnknown},
              std::pair{tr("Not read"), kNotRead}}) {
            const int w = 20 + int(label.size()) * 8 + 20;
            if (x > 0 && x + w > kWidth) {
                x = 0;
                y += 24;
            }
            boxes.append({QRect(x, y + 4, 14, 14), color});
            texts.append({QRect(x + 20, y, w - 20, 22), label});
            x += w;
        }
        height = y + 24 + 6;
    }
};

} // namespace

QSize ReportDocument::chartSize() const
{
    return QSize(ChartLayout::kWidth, ChartLayout(perSubscription()).height);
}

QImage ReportDocument::chartImage(int width) const
{
    // Laid out at 760 logical pixels (as the SVG), drawn at `width` for a sharp print: the
    // geometry is scaled, never the painter, so that glyphs keep their shape.
    const ChartLayout chart(perSubscription());
    const double scale = double(width) / ChartLayout::kWidth;
    auto scaled = [scale](const QRect &r) {
        return QRectF(r.x() * scale, r.y() * scale, r.width() * scale, r.height() * scale);
    };
    QImage image(width, int(chart.height * scale + 0.5), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    QFont font = p.font();
    font.setPixelSize(std::max(1, int(13 * scale + 0.5)));
    p.setFont(font);
    for (const ChartLayout::Box &b : chart.boxes)
        p.fillRect(scaled(b.rect), QColor(QLatin1String(b.color)));
    p.setPen(QColor(0x32, 0x31, 0x30));
    for (const ChartLayout::Text &t : chart.texts) {
        const QRectF r = scaled(t.rect);
        p.drawText(r, (t.alignRight ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter,
                   p.fontMetrics().elidedText(t.text, Qt::ElideMiddle, int(r.width())));
    }
    return image;
}

QString ReportDocument::chartSvg() const
{
    const ChartLayout chart(perSubscription());
    QString svg = QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" "
                                 "height=\"%2\" role=\"img\" aria-label=\"%3\" "
                                 "font-family=\"sans-serif\" font-size=\"13\">")
                      .arg(ChartLayout::kWidth)
                      .arg(chart.height)
                      .arg(esc(tr("Verdicts per subscription")));
    for (const ChartLayout::Box &b : chart.boxes)
        svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"%5\"/>")
                   .arg(b.rect.x())
                   .arg(b.rect.y())
                   .arg(b.rect.width())
                   .arg(b.rect.height())
                   .arg(QLatin1String(b.color));
    for (const ChartLayout::Text &t : chart.texts)
        svg += QStringLiteral("<text x=\"%1\" y=\"%2\"%3 fill=\"#323130\">%4</text>")
                   .arg(t.alignRight ? t.rect.right() : t.rect.left())
                   .arg(t.rect.top() + 15)
                   .arg(t.alignRight ? QStringLiteral(" text-anchor=\"end\"") : QString())
                   .arg(esc(t.text));
    return svg + QStringLiteral("</svg>");
}

namespace {

// Where the print layout may start a new QTextDocument (and a new page): laying out one huge
// document costs time per page for every block in it, many small ones do not.
const QString kChunk = QStringLiteral("\x01chunk\x01");
constexpr int kSectionsPerChunk = 8;
constexpr int kLinesPerChunk = 300;

} // namespace

QString ReportDocument::html(Target target, const std::atomic<bool> *cancel) const
{
    QString body = content(target, cancel);
    if (body.isEmpty())
        return QString();
    body.remove(kChunk);
    return head(target) + body + QStringLiteral("</body></html>\n");
}

QStringList ReportDocument::printChunks(const std::atomic<bool> *cancel) const
{
    const QString body = content(Target::Print, cancel);
    if (body.isEmpty())
        return {};
    QStringList chunks;
    const QStringList parts = body.split(kChunk, Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < parts.size(); ++i)
        chunks.append((i == 0 ? head(Target::Print) : QStringLiteral("<html><body>")) + parts[i]
                      + QStringLiteral("</body></html>"));
    return chunks;
}

QString ReportDocument::head(Target target) const
{
    QString h = QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"/>"
                               "<title>%1</title>")
                    .arg(esc(title()));
    if (target == Target::Browser) {
        h += QStringLiteral(
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>"
            "<style>body{font-family:'Segoe UI',system-ui,sans-serif;color:#201f1e;max-width:"
            "1100px;margin:2em auto;padding:0 1em;line-height:1.4}h1{font-size:1.9em}"
            "h2{border-bottom:2px solid #edebe9;padding-bottom:.2em;margin-top:1.6em}"
            "table.grid{border-collapse:collapse;margin:.5em 0}table.grid td,table.grid th{"
            "border:1px solid #c8c6c4;padding:3px 6px;vertical-align:top}"
            "tr.exposing td{background:#fde7e9;font-weight:600}"
            "code,pre{font-family:Consolas,'DejaVu Sans Mono',monospace;font-size:.9em}"
            "p.cmd{background:#f3f2f1;padding:.5em;overflow-wrap:anywhere}"
            ".muted{color:#605e5c}.nsg{border-top:1px solid #c8c6c4;margin-top:1.5em}"
            "@media print{body{margin:0;max-width:none}h2{page-break-before:always}"
            "h2.first{page-break-before:avoid}.nsg{page-break-inside:avoid}"
            "tr{page-break-inside:avoid}thead{display:table-header-group}}</style>");
    }
    return h + QStringLiteral("</head><body>");
}

// Cover: title, scope, reviewer, times, tool, policy.
void ReportDocument::cover(QString &h) const
{
    const ScanResult &scan = m_report.scan;
    h += QStringLiteral("<h1>%1</h1>").arg(esc(title()));
    h += QStringLiteral("<p style=\"font-size:large\">%1</p>")
             .arg(esc(tr("Network security groups that let %1 in from the public Internet, with "
                         "the proof.")
                          .arg(m_report.policyLabel())));
    h += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
    auto meta = [&h](const QString &k, const QString &v) {
        h += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(esc(k), esc(v));
    };
    meta(tr("Scope"), scan.inputs.isEmpty() ? tr("(none)") : scan.inputs.join(QLatin1String("; ")));
    meta(tr("Reviewer"),
         m_report.account.isEmpty() ? tr("(offline: no account)") : m_report.account);
    meta(tr("Scanned"), scan.scannedAt.toUTC().toString(Qt::ISODate));
    meta(tr("Report generated"), m_report.generatedAt.toUTC().toString(Qt::ISODate));
    meta(tr("Tool"), m_report.toolName + QLatin1Char(' ') + m_report.toolVersion);
    meta(tr("Policy"), m_report.policyLabel());
    meta(tr("Breadth limit"), m_report.breadthLabel());
    if (!m_report.suppressionsName.isEmpty() || !m_report.suppressionsFile.isEmpty())
        meta(tr("Accepted risks"),
             !m_report.suppressionsName.isEmpty() ? m_report.suppressionsName
                                                  : m_report.suppressionsFile);
    h += QStringLiteral("</table>");
    // How the estate moved since the last review, on the first page.
    if (m_report.since)
        h += QStringLiteral("<p style=\"font-size:large\"><b>%1</b></p>")
                 .arg(esc(DiffReport::headline(*m_report.since)));
}

// Executive summary: the counts and the chart of verdicts per subscription.
void ReportDocument::summary(QString &h, Target target) const
{
    const ScanResult &scan = m_report.scan;
    const int exposed = scan.count(Verdict::Exposed);
    const int ok = scan.count(Verdict::Ok);
    const int unknown = scan.count(Verdict::Unknown);
    const int accepted = scan.acceptedCount();
    h += QStringLiteral("<h2 class=\"first\">%1</h2>").arg(esc(tr("Summary")));
    if (scan.reachability.evaluated) {
        // What the Internet reaches comes first; the NSGs' own verdicts after it.
        const PathFindings found = pathFindings(scan);
        h += QStringLiteral("<p><b>%1</b></p>")
                 .arg(esc(tr("From the Internet: endpoints that reach %1 on a workload: %2, "
                             "through internet-facing NSGs: %3; latent NSGs: %4; NSGs blocked by "
                             "an admin rule: %5; paths not decided: %6. They are listed first "
                             "below.")
                              .arg(m_report.policyLabel(), number(qint64(found.exposed.size())),
                                   number(found.facing),
                                   number(qint64(found.latent.size()) - found.blocked),
                                   number(found.blocked), number(qint64(found.undecided.size())))));
    }
    // OK by their own rules, yet on a path the Internet gets through, or one not decided: never
    // counted green without a word.
    int reachedOk = 0, undecidedOk = 0;
    if (scan.reachability.evaluated) {
        for (const NsgResult &r : scan.nsgs) {
            if (r.finding.verdict != Verdict::Ok)
                continue;
            const NsgStanding s = scan.reachability.standing(r.nsg.id(), Verdict::Ok);
            reachedOk += s == NsgStanding::InternetFacing || s == NsgStanding::AdmittedByAdminRule;
            undecidedOk += s == NsgStanding::Unknown;
        }
    }
    h += QStringLiteral("<p>%1 %2</p>")
             .arg(esc(tr("%1 NSGs evaluated: %2 exposed, %3 OK, %4 unknown.")
                          .arg(number(qint64(scan.nsgs.size())), number(exposed), number(ok),
                               number(unknown))),
                  esc(tr("%n scope(s) could not be read; %1 skipped.", nullptr,
                         int(scan.errors.size()))
                          .arg(number(scan.skipped.size()))));
    if (reachedOk + undecidedOk > 0)
        h += QStringLiteral("<p><b>%1</b></p>")
                 .arg(esc(tr("OK NSGs that are internet-facing all the same: %1 (their rules "
                             "admit no public source by themselves, but an admin rule that "
                             "always allows, a public service tag or a firewall's DNAT lets the "
                             "Internet through them). OK NSGs on a path from the Internet that "
                             "could not be decided: %2. Both are listed apart, under \"OK by "
                             "their own rules, yet on a path from the Internet\".")
                              .arg(number(reachedOk), number(undecidedOk))));
    if (accepted > 0)
        h += QStringLiteral("<p>%1</p>")
                 .arg(esc(tr("%n more NSG(s) exposed as an accepted risk (counted apart, listed "
                             "below with who accepted them, why and until when).",
                             nullptr, accepted)));
    h += tableOpen() + th({tr("Verdict"), tr("NSGs")});
    h += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td></tr>")
             .arg(verdictCell(Verdict::Exposed))
             .arg(number(exposed));
    h += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td></tr>")
             .arg(esc(tr("Accepted risk")))
             .arg(number(accepted));
    h += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td></tr>")
             .arg(verdictCell(Verdict::Ok))
             .arg(number(ok));
    if (reachedOk + undecidedOk > 0) {
        h += QStringLiteral("<tr><td bgcolor=\"%1\">%2</td><td align=\"right\">%3</td></tr>")
                 .arg(QLatin1String(kExposedTint), esc(tr("of which internet-facing")))
                 .arg(number(reachedOk));
        h += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td></tr>")
                 .arg(esc(tr("of which on a path not decided")))
                 .arg(number(undecidedOk));
    }
    h += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td></tr>")
             .arg(verdictCell(Verdict::Unknown))
             .arg(number(unknown));
    h += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td></tr>")
             .arg(esc(tr("Scopes not read")))
             .arg(number(scan.errors.size()));
    h += QStringLiteral("</table>");
    if (!scan.nsgs.empty()) {
        h += QStringLiteral("<p><b>%1</b></p>").arg(esc(tr("Verdicts per subscription")));
        h += target == Target::Browser
            ? chartSvg()
            // Width and height both, in the chart's own proportions: QTextDocument stretches
            // an image given only one of them.
            : QStringLiteral("<p><img src=\"%1\" width=\"640\" height=\"%2\"/></p>")
                  .arg(chartResource())
                  .arg(640 * chartSize().height() / chartSize().width());
    }
}

namespace {

QString viaText(Endpoint::Via via)
{
    switch (via) {
    case Endpoint::Via::PublicIp:
        return tr("public IP");
    case Endpoint::Via::LoadBalancerRule:
        return tr("load-balancing rule");
    case Endpoint::Via::InboundNatRule:
        return tr("inbound NAT rule");
    case Endpoint::Via::FirewallDnat:
        return tr("firewall DNAT");
    }
    return QString();
}

// An exposed NSG's standing from the Internet, for its heading.
QString standingWords(NsgStanding s)
{
    switch (s) {
    case NsgStanding::InternetFacing:
        return tr("internet-facing");
    case NsgStanding::AdmittedByAdminRule:
        return tr("an admin rule admits the Internet past it");
    case NsgStanding::Exposed:
        return tr("paths from the Internet not read");
    case NsgStanding::Unknown:
        return tr("a path from the Internet not decided");
    case NsgStanding::Latent:
        return tr("latent");
    case NsgStanding::BlockedByAdminRule:
        return tr("blocked by an admin rule");
    case NsgStanding::Ok:
        break;
    }
    return QString();
}

} // namespace

void ReportDocument::internetFacing(QString &h) const
{
    const ScanResult &scan = m_report.scan;
    const ReachabilityResult &paths = scan.reachability;
    if (!paths.evaluated)
        return;
    const PathFindings found = pathFindings(scan);
    const std::vector<const Endpoint *> &exposed = found.exposed;
    const std::vector<const Endpoint *> &undecided = found.undecided;
    const std::vector<const NsgResult *> &latent = found.latent;
    const int facing = found.facing, blocked = found.blocked;
    h += QStringLiteral("<h2>%1</h2>")
             .arg(esc(tr("Internet-facing endpoints (%1)").arg(number(qint64(exposed.size())))));
    h += QStringLiteral("<p>%1</p>")
             .arg(esc(tr("Endpoints where the Internet reaches %2 on a workload: %1, through "
                         "internet-facing NSGs: %3. Latent NSGs (their rules admit the Internet, "
                         "but no public path reaches what they guard): %4; NSGs whose rules "
                         "admit it but an admin rule blocks first: %5 (both listed below). Paths "
                         "that could not be decided: %6.")
                          .arg(number(qint64(exposed.size())), m_report.policyLabel(),
                               number(facing), number(qint64(latent.size()) - blocked),
                               number(blocked), number(qint64(undecided.size())))));
    if (!exposed.empty()) {
        h += tableOpen()
            + th({tr("Public entry"), tr("Through"), tr("Target (private IP:port)"),
                  tr("Decided by"), tr("Public addresses")});
        for (const Endpoint *e : exposed)
            h += QStringLiteral("<tr><td bgcolor=\"%1\"><b>%2</b></td><td>%3</td><td>%4</td>"
                                "<td>%5</td><td align=\"right\">%6</td></tr>")
                     .arg(QLatin1String(kExposedTint), esc(entryText(*e)), esc(viaText(e->via)),
                          esc(targetText(*e)), esc(decidedByText(*e)),
                          esc(countPhrase(e->allowed.ipv4Count(), e->allowed.ipv6Count())));
        h += QStringLiteral("</table>");
    }
    if (!latent.empty()) {
        h += QStringLiteral("<p><b>%1</b></p>")
                 .arg(esc(tr("Latent NSGs, and those an admin rule blocks first (%1)")
                              .arg(number(qint64(latent.size())))));
        h += tableOpen() + th({tr("NSG"), tr("Resource group"), tr("Why it is not reached")});
        for (const NsgResult *r : latent)
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                     .arg(esc(r->nsg.name()), esc(r->nsg.resourceGroup()),
                          esc(latentReason(paths, r->nsg.id())));
        h += QStringLiteral("</table>");
    }
    if (!undecided.empty()) {
        h += QStringLiteral("<p><b>%1</b></p>")
                 .arg(esc(tr("Paths not decided (%1)").arg(number(qint64(undecided.size())))));
        h += tableOpen() + th({tr("Public entry"), tr("Target (private IP:port)"), tr("Why")});
        for (const Endpoint *e : undecided)
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                     .arg(esc(entryText(*e)), esc(targetText(*e)), esc(e->reason));
        h += QStringLiteral("</table>");
    }
}

void ReportDocument::pathsThrough(QString &h, const QString &nsgId) const
{
    const ReachabilityResult &paths = m_report.scan.reachability;
    if (!paths.evaluated)
        return;
    int shown = 0;
    for (const Endpoint &e : paths.endpoints) {
        if (e.verdict != Verdict::Exposed || !e.passes(nsgId))
            continue;
        if (shown++ == 0)
            h += QStringLiteral("<p><b>%1</b></p>")
                     .arg(esc(tr("Paths from the Internet through it")));
        h += QStringLiteral("<p>%1 → %2 (%3, %4)</p><ol>")
                 .arg(esc(entryText(e)), esc(targetText(e)), esc(viaText(e.via)),
                      esc(tr("decided by %1").arg(decidedByText(e))));
        for (const QString &hop : e.path)
            h += QStringLiteral("<li>%1</li>").arg(esc(hop));
        h += QStringLiteral("</ol>");
    }
    if (shown == 0)
        h += QStringLiteral("<p><b>%1</b> %2</p>")
                 .arg(esc(tr("Paths from the Internet:")),
                      esc(tr("none gets through (latent): %1.").arg(latentReason(paths, nsgId))));
}

bool ReportDocument::pathPictures(QString &h, Target target, const std::atomic<bool> *cancel) const
{
    const ReachabilityResult &paths = m_report.scan.reachability;
    if (!paths.evaluated)
        return true;
    int shown = 0;
    for (const Endpoint &e : paths.endpoints) {
        if (e.verdict != Verdict::Exposed)
            continue;
        if (cancel && cancel->load())
            return false;
        if (shown % kSectionsPerChunk == 0)
            h += kChunk;
        if (shown++ == 0)
            h += QStringLiteral("<h2>%1</h2><p>%2</p>")
                     .arg(esc(tr("Paths from the Internet, drawn")),
                          esc(tr("Each internet-facing endpoint's path in the order Azure applies "
                                 "it, from the Internet to the workload; the hop that decides is "
                                 "drawn thick and says what it decided.")));
        const std::vector<PathHop> hops = pathHops(e);
        h += QStringLiteral("<h3>%1 → %2</h3><p>%3</p>")
                 .arg(esc(entryText(e)), esc(targetText(e)),
                      esc(tr("%1, decided by %2").arg(viaText(e.via), decidedByText(e))));
        // The picture the window's Path tab draws: vector in the PDF (the PDF writer draws
        // pathResource()), inline SVG in the browser.
        if (target == Target::Browser)
            h += QStringLiteral("<p>%1</p>")
                     .arg(PathPicture(hops).svg(PathPicture::preferredWidth(),
                                                describePath(e, hops)));
        else
            h += QStringLiteral("<p><img src=\"%1\"/></p>")
                     .arg(pathResource(int(&e - paths.endpoints.data())));
    }
    return true;
}

// The exposed NSGs at a glance.
void ReportDocument::exposedTable(QString &h,
                                  const std::vector<const NsgResult *> &exposedNsgs) const
{
    const EvaluationOptions &options = m_report.scan.options;
    h += QStringLiteral("<h2>%1</h2>")
             .arg(esc(tr("Exposed NSGs (%1)").arg(number(qint64(exposedNsgs.size())))));
    if (exposedNsgs.empty()) {
        h += QStringLiteral("<p>%1</p>")
                 .arg(esc(tr("No NSG lets %1 in from the Internet.").arg(m_report.policyLabel())));
    } else {
        h += tableOpen()
            + th({tr("NSG"), tr("Subscription"), tr("Resource group"), tr("Exposing rules"),
                  tr("Public addresses")});
        for (const NsgResult *r : exposedNsgs) {
            const ReportRow row = ReportRow::from(*r, options, ReportRow::Fixes::Omitted);
            const QString sub = m_report.subscriptionName(row.subscriptionId);
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                     .arg(esc(row.name), esc(sub.isEmpty() ? row.subscriptionId : sub),
                          esc(row.resourceGroup), esc(exposingRuleNames(row)),
                          esc(countPhrase(row.publicIpv4, row.publicIpv6)));
        }
        h += QStringLiteral("</table>");
    }
}

// Accepted risks: exposed, and a reviewer said so until a date.
void ReportDocument::acceptedTable(QString &h,
                                   const std::vector<const NsgResult *> &acceptedNsgs) const
{
    const EvaluationOptions &options = m_report.scan.options;
    if (acceptedNsgs.empty())
        return;
    h += QStringLiteral("<h2>%1</h2>")
             .arg(esc(tr("Accepted risks (%1)").arg(number(qint64(acceptedNsgs.size())))));
    h += tableOpen()
        + th({tr("NSG"), tr("Resource group"), tr("Exposing rules"), tr("Accepted by"), tr("Until"),
              tr("Reason")});
    for (const NsgResult *r : acceptedNsgs) {
        const ReportRow row = ReportRow::from(*r, options, ReportRow::Fixes::Omitted);
        const Suppression &sup = r->risk->suppression;
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td>"
                            "<td>%6</td></tr>")
                 .arg(esc(row.name), esc(row.resourceGroup), esc(exposingRuleNames(row)),
                      esc(sup.reviewer), esc(sup.expires.toString(Qt::ISODate)), esc(sup.reason));
    }
    h += QStringLiteral("</table>");
}

// One exposed NSG: where it is, its inbound rules with the exposing ones marked, the public
// addresses that reach the port, the proof and the steps to fix it.
// The fix of an exposing rule as teams ship it: in print the az command (the other formats are in
// the HTML and JSON reports), in a browser each format in its own block with what to know.
void ReportDocument::shipIt(QString &h, const FixShipping &fix, const QString &ownerTag,
                            Target target) const
{
    if (fix.after.isNull())
        return;
    const QString placeholder = QLatin1String(shipfix::kTrustedRanges);
    // Who manages it, from what the report has: the NSG's tags (deployments and the change
    // history need live reads, which the window and restrict --dry-run make before a change).
    Ownership owner;
    owner.checked = true;
    if (const std::optional<OwnershipEvidence> tag = ownership::fromTag(
            ownerTag.section(QLatin1Char('='), 0, 0), ownerTag.section(QLatin1Char('='), 1));
        tag && !ownerTag.isEmpty())
        owner.evidence.append(*tag);
    h += QStringLiteral("<p>%1</p>")
             .arg(esc(owner.isOwned()
                          ? tr("Who manages it: %1").arg(owner.summary())
                          : tr("Who manages it: for this report only the NSG's tags were looked "
                               "at, and none names an infrastructure-as-code tool; before a "
                               "change the window and restrict --dry-run also look at its "
                               "resource group's deployments and Azure's change history.")));
    if (target == Target::Print) {
        // The owner's format first, where its tags name one.
        if (const std::optional<ShipFormat> first = owner.suggested()) {
            h += QStringLiteral("<p>%1</p>").arg(esc(tr("As %1:").arg(shipfix::name(*first))));
            for (const ShipBlock &b : shipfix::render(fix, *first).blocks)
                h += QStringLiteral("<p><i>%1</i></p><p class=\"cmd\" style=\"font-family: "
                                    "monospace; font-size: 8pt\">%2</p>")
                         .arg(esc(b.heading),
                              esc(b.code).replace(QLatin1Char('\n'), QLatin1String("<br>")));
        }
        // A paragraph, not <pre>: print layouts do not wrap preformatted text.
        h += QStringLiteral("<p>%1</p><p class=\"cmd\" style=\"font-family: monospace; "
                            "font-size: 8pt\">%2</p><p>%3</p>")
                 .arg(esc(tr("Or with the Azure CLI (replace %1):").arg(placeholder)),
                      esc(shipfix::render(fix, ShipFormat::AzureCli).blocks.constFirst().code)
                          .replace(QLatin1Char('\n'), QLatin1String("<br>")),
                      esc(tr("The same fix as an ARM request, PowerShell, Bicep and Terraform is "
                             "in the HTML and JSON reports. Whether a template manages the NSG "
                             "(so that a fix through the API would not last) is checked before "
                             "a change, in the window and by restrict --dry-run.")));
        return;
    }
    h += QStringLiteral("<p>%1</p>")
             .arg(esc(tr("Ship it as (replace %1 with the ranges that need the port):")
                          .arg(placeholder)));
    for (ShipFormat f : shipfix::formats()) {
        const ShippedFix shipped = shipfix::render(fix, f);
        h += QStringLiteral("<details class=\"ship\"><summary>%1</summary>")
                 .arg(esc(shipfix::name(f)));
        for (const ShipBlock &b : shipped.blocks)
            h += QStringLiteral("<p><i>%1</i></p><pre>%2</pre>").arg(esc(b.heading), esc(b.code));
        for (const QString &note : shipped.notes)
            h += QStringLiteral("<p>%1</p>").arg(esc(note));
        h += QStringLiteral("</details>");
    }
}

void ReportDocument::finding(QString &h, const NsgResult *r, Target target) const
{
    const EvaluationOptions &options = m_report.scan.options;
    const NetworkSecurityGroup &nsg = r->nsg;
    const Finding &f = r->finding;
    const FindingText words(nsg, f, options);
    const QString sub = m_report.subscriptionName(nsg.subscriptionId());
    // The heading says where it stands from the Internet too: the findings are in that order.
    const ReachabilityResult &paths = m_report.scan.reachability;
    const QString standing =
        paths.evaluated ? standingWords(paths.standing(nsg.id(), f.verdict)) : QString();
    h += QStringLiteral("<div class=\"nsg\"><h3>%1</h3>")
             .arg(esc(standing.isEmpty() ? nsg.name() : tr("%1 — %2").arg(nsg.name(), standing)));
    h += QStringLiteral("<p class=\"muted\"><code>%1</code></p>").arg(esc(displayId(nsg.id())));
    h += QStringLiteral("<p><b>%1</b> %2</p>").arg(verdictCell(f.verdict), esc(words.reason()));
    if (!words.ruleByRuleNote().isEmpty())
        h += QStringLiteral("<p><i>%1</i></p>").arg(esc(words.ruleByRuleNote()));
    if (r->risk) // an accepted risk that no longer holds
        h += QStringLiteral("<p><b>%1</b></p>").arg(esc(r->risk->explanation()));
    QStringList attached;
    for (const QString &s : nsg.subnetIds())
        attached.append(tr("subnet %1").arg(s.section(QLatin1Char('/'), -3)));
    for (const QString &n : nsg.networkInterfaceIds())
        attached.append(tr("NIC %1").arg(n.section(QLatin1Char('/'), -1)));
    h += QStringLiteral("<p><b>%1</b> %2 · <b>%3</b> %4 · <b>%5</b> %6<br/><b>%7</b> %8</p>")
             .arg(esc(tr("Subscription")), esc(sub.isEmpty() ? nsg.subscriptionId() : sub),
                  esc(tr("Resource group")), esc(nsg.resourceGroup()), esc(tr("Location")),
                  esc(nsg.location()), esc(tr("Attached to")),
                  esc(attached.isEmpty() ? tr("nothing (it guards nothing until attached)")
                                         : attached.join(QLatin1String(", "))));

    // The inbound rules as the portal lays them out.
    h += QStringLiteral("<p><b>%1</b></p>").arg(esc(tr("Inbound security rules")));
    h += tableOpen() + th(PortalRow::headers());
    std::vector<bool> exposing(size_t(nsg.inboundRuleCount()), false);
    for (const ExposingRule &e : f.exposing)
        if (e.rule < exposing.size())
            exposing[e.rule] = true;
    for (int i = 0; i < nsg.inboundRuleCount(); ++i) {
        const PortalRow p = PortalRow::of(nsg.inboundRuleView(i));
        const bool bad = exposing[size_t(i)];
        h += bad ? QStringLiteral("<tr class=\"exposing\">") : QStringLiteral("<tr>");
        for (const QString &cell :
             {p.priority, p.name, p.port, p.protocol, p.source, p.destination, p.action}) {
            h += bad ? QStringLiteral("<td bgcolor=\"%1\"><b>%2</b></td>")
                           .arg(QLatin1String(kExposedTint), esc(cell))
                     : QStringLiteral("<td>%1</td>").arg(esc(cell));
        }
        h += QStringLiteral("</tr>");
    }
    h += QStringLiteral("</table>");

    h += QStringLiteral("<p><b>%1</b> (%2): %3</p>")
             .arg(esc(tr("Public addresses that reach %1").arg(options.policy.target())),
                  esc(countPhrase(f.publicIpv4Count(), f.publicIpv6Count())), esc([&] {
                      QStringList ranges;
                      for (const Cidr &c : publicCover(f.allowedIpv4, f.allowedIpv6))
                          ranges.append(c.toString());
                      return ranges.join(QLatin1String(", "));
                  }()));
    h += QStringLiteral("<p><b>%1</b></p><ol>")
             .arg(esc(tr("Why (rules in the order Azure applies them)")));
    for (const QString &line : words.proof())
        h += QStringLiteral("<li>%1</li>").arg(esc(line));
    h += QStringLiteral("</ol>");
    pathsThrough(h, nsg.id());

    // Remediation, as the portal walks it, with the real names.
    h += QStringLiteral("<p><b>%1</b></p>").arg(esc(tr("How to fix it")));
    for (const ExposingRule &e : f.exposing) {
        const SecurityRuleView rule = nsg.inboundRuleView(e.rule);
        h += QStringLiteral("<ol>");
        h += QStringLiteral("<li>%1</li>")
                 .arg(esc(tr("In the Azure portal, open Network security groups → %1 "
                             "(resource group %2, subscription %3).")
                              .arg(nsg.name(), nsg.resourceGroup(),
                                   sub.isEmpty() ? nsg.subscriptionId() : sub)));
        h += QStringLiteral("<li>%1</li>")
                 .arg(esc(tr("Under Settings, select Inbound security rules, then the rule "
                             "%1 (priority %2).")
                              .arg(rule.name())
                              .arg(rule.hasPriority() ? QString::number(rule.priority())
                                                      : tr("missing"))));
        h += QStringLiteral("<li>%1</li>")
                 .arg(esc(tr("Set Source to \"IP Addresses\" and enter, in \"Source IP "
                             "addresses/CIDR ranges\", only the addresses that really need "
                             "%1 (for SMTP, for example, your mail relays' ranges).")
                              .arg(options.policy.label())));
        h += QStringLiteral("<li>%1</li>")
                 .arg(esc(tr("Select Save, then scan again to verify the NSG is OK.")));
        h += QStringLiteral("</ol>");
        shipIt(h, shipfix::reportFix(NsgDocument::fromNsg(nsg), rule.name(), nsg.ruleId(rule)),
               nsg.ownerTag(), target);
    }
    h += QStringLiteral("</div>");
}

// The unknown NSGs, each with why. False when cancelled.
bool ReportDocument::unknownSection(QString &h, const std::vector<const NsgResult *> &unknownNsgs,
                                    const std::atomic<bool> *cancel) const
{
    const EvaluationOptions &options = m_report.scan.options;
    // None: said in a line, without a page of its own.
    h += (unknownNsgs.empty() ? QString() : kChunk)
        + QStringLiteral("<h2>%1</h2>")
              .arg(esc(tr("Unknown NSGs (%1)").arg(number(qint64(unknownNsgs.size())))));
    if (!unknownNsgs.empty()) {
        h += tableOpen() + th({tr("NSG"), tr("Subscription"), tr("Resource group"), tr("Why")});
        for (const NsgResult *r : unknownNsgs) {
            if (cancel && cancel->load())
                return false;
            const FindingText words(r->nsg, r->finding, options);
            QString why = words.reason();
            for (const ReadProblem &p : r->nsg.problems())
                why += QLatin1String(" ") + p.message;
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                     .arg(esc(r->nsg.name().isEmpty() ? r->nsg.displayName() : r->nsg.name()),
                          esc(r->nsg.subscriptionId()), esc(r->nsg.resourceGroup()), esc(why));
        }
        h += QStringLiteral("</table>");
    }
    return true;
}

// The OK NSGs, compactly. False when cancelled.
void ReportDocument::reachedOk(QString &h, const std::vector<const NsgResult *> &nsgs) const
{
    if (nsgs.empty())
        return;
    const ReachabilityResult &paths = m_report.scan.reachability;
    h += kChunk
        + QStringLiteral("<h2>%1</h2><p>%2</p>")
              .arg(esc(tr("OK by their own rules, yet on a path from the Internet (%1)")
                           .arg(number(qint64(nsgs.size())))),
                   esc(tr("Their rules admit no public source on %1, but the Internet reaches a "
                          "workload through them in another way — an admin rule that always "
                          "allows, a public service tag, a firewall's DNAT — or a path through "
                          "them could not be decided. An edit of their rules is not the fix; "
                          "what decides is named.")
                           .arg(m_report.policyLabel())));
    h += tableOpen() + th({tr("NSG"), tr("Resource group"), tr("Standing"), tr("Why")});
    for (const NsgResult *r : nsgs) {
        const QString id = r->nsg.id();
        const bool undecided = paths.standing(id, Verdict::Ok) == NsgStanding::Unknown;
        QString why;
        for (const Endpoint &e : paths.endpoints) {
            if (!e.passes(id) || e.verdict != (undecided ? Verdict::Unknown : Verdict::Exposed))
                continue;
            why = undecided
                ? QStringLiteral("%1 → %2: %3").arg(entryText(e), targetText(e), e.reason)
                : tr("%1 → %2, decided by %3").arg(entryText(e), targetText(e), decidedByText(e));
            break;
        }
        h +=
            QStringLiteral("<tr><td%1><b>%2</b></td><td>%3</td><td>%4</td><td>%5</td></tr>")
                .arg(undecided ? QString()
                               : QStringLiteral(" bgcolor=\"%1\"").arg(QLatin1String(kExposedTint)),
                     esc(r->nsg.name()), esc(r->nsg.resourceGroup()),
                     esc(undecided ? tr("OK by its own rules, a path not decided")
                                   : tr("Internet-facing, OK by its own rules")),
                     esc(why));
    }
    h += QStringLiteral("</table>");
}

bool ReportDocument::okSection(QString &h, Target target,
                               const std::vector<const NsgResult *> &okNsgs,
                               const std::atomic<bool> *cancel) const
{
    const EvaluationOptions &options = m_report.scan.options;
    h += kChunk
        + QStringLiteral("<h2>%1</h2>")
              .arg(esc(tr("OK NSGs (%1)").arg(number(qint64(okNsgs.size())))));
    if (!okNsgs.empty()) {
        // A table in the browser; one line each in print, where thousands of table rows would
        // take minutes to lay out.
        if (target == Target::Browser)
            h += tableOpen()
                + th({tr("NSG"), tr("Subscription"), tr("Resource group"), tr("Location")});
        int lines = 0;
        for (const NsgResult *r : okNsgs) {
            if (cancel && cancel->load())
                return false;
            const QString sub = m_report.subscriptionName(r->nsg.subscriptionId());
            const QString subscription = sub.isEmpty() ? r->nsg.subscriptionId() : sub;
            // Where rule-at-a-time scanners call it exposed, the rules that shadow its Allow.
            const QString why = r->finding.ruleByRuleVerdict == Verdict::Exposed
                ? QStringLiteral("<br/><span style=\"color:#605e5c\">%1</span>")
                      .arg(esc(FindingText(r->nsg, r->finding, options).reason()))
                : QString();
            if (target == Target::Browser) {
                h += QStringLiteral("<tr><td>%1%5</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                         .arg(esc(r->nsg.name()), esc(subscription), esc(r->nsg.resourceGroup()),
                              esc(r->nsg.location()), why);
                continue;
            }
            if (++lines % kLinesPerChunk == 0)
                h += kChunk;
            h += QStringLiteral("<p style=\"margin:0\"><b>%1</b> <span style=\"color:#605e5c\">"
                                "%2 · %3 · %4</span>%5</p>")
                     .arg(esc(r->nsg.name()), esc(subscription), esc(r->nsg.resourceGroup()),
                          esc(r->nsg.location()), why);
        }
        if (target == Target::Browser)
            h += QStringLiteral("</table>");
    }
    return true;
}

// Subscriptions and resource groups that could not be read, or were skipped.
void ReportDocument::scopesNotRead(QString &h) const
{
    const ScanResult &scan = m_report.scan;
    if (scan.errors.isEmpty() && scan.skipped.isEmpty())
        return;
    h += kChunk + QStringLiteral("<h2>%1</h2>").arg(esc(tr("Scopes not read")));
    h += tableOpen() + th({tr("Scope"), tr("Status"), tr("Message"), tr("Request id")});
    for (const QList<ScanError> *list : {&scan.errors, &scan.skipped}) {
        for (const ScanError &e : *list)
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                     .arg(esc(e.scope),
                          esc((e.httpStatus ? QString::number(e.httpStatus) + QLatin1Char(' ')
                                            : QString())
                              + e.code),
                          esc(e.message), esc(e.requestId));
    }
    h += QStringLiteral("</table>");
}

// The change journal's entries.
void ReportDocument::changesMade(QString &h) const
{
    if (m_report.changes.isEmpty())
        return;
    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Changes made (change journal)")));
    h +=
        tableOpen() + th({tr("Time"), tr("Change"), tr("Fix"), tr("Rule"), tr("Status"), tr("By")});
    for (const ReportChange &c : m_report.changes)
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td>"
                            "<td>%6</td></tr>")
                 .arg(esc(c.time.toUTC().toString(Qt::ISODate)), esc(c.id.left(8)), esc(c.fix),
                      esc(c.ruleId.section(QLatin1Char('/'), -3)), esc(c.status), esc(c.account));
    h += QStringLiteral("</table>");
}

// Offline input files with their fingerprints.
void ReportDocument::inputFiles(QString &h) const
{
    if (m_report.inputFiles.isEmpty())
        return;
    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Input files")));
    h += tableOpen() + th({tr("File"), tr("Bytes"), tr("SHA-256")});
    for (const ReportInputFile &f : m_report.inputFiles)
        h += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td><td><code>%3</code>"
                            "</td></tr>")
                 .arg(esc(f.path), f.bytes >= 0 ? number(f.bytes) : QString(),
                      esc(f.sha256.isEmpty() ? tr("(could not be read again)") : f.sha256));
    h += QStringLiteral("</table>");
}

// What the paths from the Internet were followed through, and what could not be read.
QString ReportDocument::readLine() const
{
    const ReachabilityResult &paths = m_report.scan.reachability;
    if (!paths.evaluated)
        return QString();
    const ReachabilityResult::Read &r = paths.read;
    QString line = tr("Read for the paths — network interfaces: %1, public IPs: %2, load "
                      "balancers: %3, virtual networks: %4, route tables: %5, firewall DNAT "
                      "rules: %6.")
                       .arg(number(r.interfaces), number(r.publicIps), number(r.loadBalancers),
                            number(r.virtualNetworks), number(r.routeTables), number(r.dnatRules));
    line += QLatin1Char(' ')
        + (r.adminRulesLooked
               ? tr("Virtual networks whose effective admin rules were read: %1; whose admin "
                    "rules could not be read (their paths are unknown): %2.")
                     .arg(number(r.adminRuleNetworks), number(r.adminRulesNotRead))
               : tr("Admin rules were not read: none are assumed."));
    line += QLatin1Char(' ')
        + (paths.serviceTagsChange.isEmpty() && paths.serviceTagsCloud.isEmpty()
               ? tr("No service tag data was read: an Allow from a public service tag is "
                    "unknown on the paths.")
               : tr("Service tag data: cloud %1, change number %2 (%3).")
                     .arg(paths.serviceTagsCloud, paths.serviceTagsChange,
                          paths.serviceTagsSource));
    if (r.problems > 0)
        line += QLatin1Char(' ')
            + tr("Resources that could not be read as written (listed as warnings; what "
                 "depends on them is unknown): %1.")
                  .arg(number(r.problems));
    return line;
}

// How verdicts are reached, and what is not read.
void ReportDocument::methodAndLimits(QString &h) const
{
    const EvaluationOptions &options = m_report.scan.options;
    h += kChunk + QStringLiteral("<h2>%1</h2><ul>").arg(esc(tr("Method and limits")));
    for (const QString &line :
         {tr("Every inbound rule is evaluated the way Azure evaluates it: in priority order, the "
             "first rule that matches decides, Deny rules and the default rules included, with "
             "CIDR arithmetic over IPv4 and IPv6 — so a Deny above an Allow is honoured, and an "
             "Allow that only lets in a few addresses is told apart from one open to all."),
          tr("Exposed means that more public addresses than the breadth limit (%1) can reach %2; "
             "addresses that are not public (private, reserved, documentation ranges) are not "
             "counted.")
              .arg(m_report.breadthLabel(), options.policy.target()),
          tr("AzureCloud in an Allow rule counts as the Internet; other service tags do not make "
             "an NSG's own verdict exposed. On the paths from the Internet a public service tag "
             "counts as its prefixes in Microsoft's service tag data, and is unknown without it."),
          m_report.scan.reachability.evaluated
              ? tr("The paths from the Internet — public IPs, public load balancers and Azure "
                   "Firewall DNAT rules — were followed as Azure evaluates them: Azure Virtual "
                   "Network Manager security admin rules first, then the subnet's NSG, then the "
                   "NIC's. The NSG verdicts are those of each NSG's own rules; whether anything "
                   "reaches a workload is the reachability beside them.")
              : tr("Azure Virtual Network Manager security admin rules (applied before NSGs), "
                   "public IPs, load balancers and firewalls were not part of this scan: the "
                   "verdicts are those of each NSG's own rules, not whether the Internet reaches "
                   "a workload (scan --nics, or an export of the network, follows the paths)."),
          readLine(), tr("An NSG that could not be read or evaluated is unknown, never OK.")})
        if (!line.isEmpty())
            h += QStringLiteral("<li>%1</li>").arg(esc(line));
    h += QStringLiteral("</ul>");
}

QString ReportDocument::content(Target target, const std::atomic<bool> *cancel) const
{
    const ScanResult &scan = m_report.scan;
    QString h;
    h.reserve(int(scan.nsgs.size()) * 600 + 20000);
    cover(h);
    summary(h, target);
    if (m_report.since)
        h += DiffReport::htmlSection(*m_report.since, 2);
    internetFacing(h);

    std::vector<const NsgResult *> exposedNsgs, okNsgs, unknownNsgs, acceptedNsgs;
    for (const NsgResult &r : scan.nsgs) {
        (r.isAccepted()                              ? acceptedNsgs
             : r.finding.verdict == Verdict::Exposed ? exposedNsgs
             : r.finding.verdict == Verdict::Ok      ? okNsgs
                                                     : unknownNsgs)
            .push_back(&r);
    }
    // What the Internet reaches first, then what could not be decided, then the latent ones
    // (each NSG's standing looked up once, not at every comparison).
    std::vector<std::pair<int, const NsgResult *>> ranked;
    ranked.reserve(exposedNsgs.size());
    for (const NsgResult *r : exposedNsgs)
        ranked.emplace_back(
            standingOrder(scan.reachability.standing(r->nsg.id(), Verdict::Exposed)), r);
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    for (size_t i = 0; i < ranked.size(); ++i)
        exposedNsgs[i] = ranked[i].second;
    exposedTable(h, exposedNsgs);
    acceptedTable(h, acceptedNsgs);

    // One section per exposed NSG.
    if (!exposedNsgs.empty())
        h += kChunk + QStringLiteral("<h2>%1</h2>").arg(esc(tr("Findings")));
    int sections = 0;
    for (const NsgResult *r : exposedNsgs) {
        if (cancel && cancel->load())
            return QString();
        if (sections++ % kSectionsPerChunk == 0 && sections > 1)
            h += kChunk;
        finding(h, r, target);
    }

    std::vector<const NsgResult *> reachedOkNsgs, plainOkNsgs;
    for (const NsgResult *r : okNsgs) {
        const NsgStanding s = scan.reachability.standing(r->nsg.id(), Verdict::Ok);
        (s == NsgStanding::InternetFacing || s == NsgStanding::AdmittedByAdminRule
                 || s == NsgStanding::Unknown
             ? reachedOkNsgs
             : plainOkNsgs)
            .push_back(r);
    }
    if (!pathPictures(h, target, cancel))
        return QString();
    reachedOk(h, reachedOkNsgs);
    if (!unknownSection(h, unknownNsgs, cancel) || !okSection(h, target, plainOkNsgs, cancel))
        return QString();
    scopesNotRead(h);
    changesMade(h);
    inputFiles(h);
    methodAndLimits(h);
    return h;
}

} // namespace nsg
