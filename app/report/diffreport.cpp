// SPDX-License-Identifier: MIT
#include "report/diffreport.h"

#include "report/jsonvalues_p.h"

#include <QCoreApplication>
#include <QFont>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace nsg {

using history::Attribution;
using history::ChangeRecord;
using history::EndpointChange;
using history::NsgChange;
using history::SnapshotDiff;
using history::SnapshotInfo;
using ojson = nlohmann::ordered_json;

namespace {

using reportjson::s;
using reportjson::stringOrNull;
using reportjson::strings;

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("nsg::DiffReport", text, nullptr, n);
}

ojson timeOrNull(const QDateTime &t)
{
    return t.isValid() ? ojson(s(t.toUTC().toString(Qt::ISODate))) : ojson(nullptr);
}

ojson infoJson(const SnapshotInfo &i)
{
    ojson inputs = ojson::array();
    for (const history::InputFile &f : i.inputs)
        inputs.push_back({{"path", s(f.path)}, {"sha256", stringOrNull(f.sha256)}});
    return ojson{{"id", i.id > 0 ? ojson(i.id) : ojson(nullptr)},
                 {"started", timeOrNull(i.started)},
                 {"finished", timeOrNull(i.finished)},
                 {"kind", s(i.kind)},
                 {"cloud", stringOrNull(i.cloud)},
                 {"account", stringOrNull(i.account)},
                 {"tenants", strings(i.tenants)},
                 {"subscriptions", strings(i.subscriptions)},
                 {"inputs", inputs},
                 {"policy", s(i.policyId)},
                 {"target", s(i.policyTarget)},
                 {"limits", s(i.limits)},
                 {"tool", s(i.tool)},
                 {"nsgCount", i.nsgCount},
                 {"exposedCount", i.exposedCount},
                 {"unknownCount", i.unknownCount},
                 {"internetFacingEndpoints", i.internetFacingEndpoints}};
}

ojson changeJson(const ChangeRecord &c)
{
    return ojson{{"changeId", s(c.changeId)},
                 {"resourceId", s(c.resourceId)},
                 {"at", timeOrNull(c.at)},
                 {"changeType", s(c.changeType)},
                 {"changedBy", stringOrNull(c.changedBy)},
                 {"changedByType", stringOrNull(c.changedByType)},
                 {"clientType", stringOrNull(c.clientType)},
                 {"operation", stringOrNull(c.operation)},
                 {"properties", strings(c.properties)}};
}

QString esc(const QString &q)
{
    return q.toHtmlEscaped();
}

QString day(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd")) : QString();
}

QString csvField(QString v)
{
    if (v.startsWith(QLatin1Char('=')) || v.startsWith(QLatin1Char('+'))
        || v.startsWith(QLatin1Char('-')) || v.startsWith(QLatin1Char('@')))
        v.prepend(QLatin1Char('\'')); // never a formula in a spreadsheet
    if (v.contains(QLatin1Char('"')) || v.contains(QLatin1Char(','))
        || v.contains(QLatin1Char('\n')))
        return QLatin1Char('"') + v.replace(QLatin1Char('"'), QLatin1String("\"\""))
            + QLatin1Char('"');
    return v;
}

} // namespace

ojson DiffReport::toJson(const SnapshotDiff &diff)
{
    ojson summary{
        {"new", diff.count(NsgChange::Kind::NewExposure)},
        {"cameBack", diff.count(NsgChange::Kind::CameBack)},
        {"riskLapsed", diff.count(NsgChange::Kind::RiskLapsed)},
        {"stillExposed", diff.count(NsgChange::Kind::StillExposed)},
        {"nowUnknown", diff.count(NsgChange::Kind::NowUnknown)},
        {"fixed", diff.count(NsgChange::Kind::Fixed)},
        {"removed", diff.count(NsgChange::Kind::Removed)},
        {"added", diff.count(NsgChange::Kind::Added)},
        {"rulesChanged", diff.count(NsgChange::Kind::RulesChanged)},
        {"decided", diff.count(NsgChange::Kind::Decided)},
        {"unchanged", diff.unchanged},
        {"becameInternetFacing", diff.count(EndpointChange::Kind::BecameInternetFacing)},
        {"noLongerInternetFacing", diff.count(EndpointChange::Kind::NoLongerInternetFacing)}};
    ojson nsgs = ojson::array();
    for (const NsgChange &c : diff.nsgs) {
        ojson changes = ojson::array();
        for (const ChangeRecord &r : c.changes)
            changes.push_back(changeJson(r));
        nsgs.push_back({{"change", s(apiName(c.kind))},
                        {"id", s(c.id)},
                        {"name", s(c.name)},
                        {"subscriptionId", s(c.subscriptionId)},
                        {"resourceGroup", s(c.resourceGroup)},
                        {"oldVerdict", stringOrNull(c.oldVerdict)},
                        {"newVerdict", stringOrNull(c.newVerdict)},
                        {"oldStanding", stringOrNull(c.oldStanding)},
                        {"newStanding", stringOrNull(c.newStanding)},
                        {"oldExposingRules", strings(c.oldExposing)},
                        {"newExposingRules", strings(c.newExposing)},
                        {"rulesChanged", c.rulesChanged},
                        {"firstSeen", timeOrNull(c.firstSeen)},
                        {"exposedSince", timeOrNull(c.exposedSince)},
                        {"fixedAt", timeOrNull(c.fixedAt)},
                        {"changes", changes}});
    }
    ojson endpoints = ojson::array();
    for (const EndpointChange &e : diff.endpoints)
        endpoints.push_back({{"change", s(apiName(e.kind))},
                             {"key", s(e.key)},
                             {"label", s(e.label)},
                             {"networkInterfaceId", s(e.networkInterfaceId)},
                             {"oldVerdict", stringOrNull(e.oldVerdict)},
                             {"newVerdict", stringOrNull(e.newVerdict)}});
    return ojson{{"format", "nsg-auditor-diff"},
                 {"version", kFormatVersion},
                 {"older", infoJson(diff.oldInfo)},
                 {"newer", infoJson(diff.newInfo)},
                 {"summary", summary},
                 {"text", s(diff.summary())},
                 {"pathsCompared", diff.pathsCompared},
                 {"attribution",
                  {{"state", s(apiName(diff.attribution.state))},
                   {"note", stringOrNull(diff.attribution.note)},
                   {"from", timeOrNull(diff.attribution.from)},
                   {"to", timeOrNull(diff.attribution.to)}}},
                 {"nsgs", nsgs},
                 {"endpoints", endpoints}};
}

QString DiffReport::headline(const SnapshotDiff &diff)
{
    const QString when = diff.oldInfo.started.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
        + QStringLiteral(" UTC");
    const QString since = diff.oldInfo.id > 0
        ? tr("Since snapshot #%1 (%2)").arg(diff.oldInfo.id).arg(when)
        : tr("Since %1").arg(when);
    return since + QStringLiteral(": ") + diff.summary();
}

QString DiffReport::htmlSection(const SnapshotDiff &diff, int level)
{
    const QString h = QStringLiteral("h%1").arg(std::clamp(level, 1, 3));
    const QString sub = QStringLiteral("h%1").arg(std::clamp(level + 1, 2, 4));
    QString out;
    out += QStringLiteral("<%1>%2</%1>").arg(h, esc(tr("How the estate moved")));
    out += QStringLiteral("<p><b>%1</b></p>").arg(esc(headline(diff)));
    // What was compared: each scan's scope, who ran it, under which policy.
    out += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    auto side = [&out](const QString &title, const SnapshotInfo &i) {
        QString who = i.account.isEmpty() ? tr("(offline)") : i.account;
        out += QStringLiteral("<tr><td><b>%1</b></td><td>%2 — %3, %4, %5</td></tr>")
                   .arg(esc(title), esc(i.label()), esc(i.scopeText()), esc(who),
                        esc(i.policyTarget.isEmpty() ? i.policyId
                                                     : i.policyId + QStringLiteral(" (")
                                    + i.policyTarget + QLatin1Char(')')));
        if (!i.unreadScopes.isEmpty())
            out += QStringLiteral("<tr><td></td><td><i>%1</i></td></tr>")
                       .arg(esc(tr("Not read in this scan, so not compared: %1")
                                    .arg(i.unreadScopes.join(QStringLiteral("; ")))));
    };
    side(tr("Older"), diff.oldInfo);
    side(tr("Newer"), diff.newInfo);
    out += QStringLiteral("</table>");
    out += QStringLiteral("<p>%1</p>")
               .arg(esc(tr("NSGs that are OK in both scans and did not change at all: %1.")
                            .arg(diff.unchanged)));
    switch (diff.attribution.state) {
    case Attribution::State::NotAsked:
        out += QStringLiteral("<p>%1</p>")
                   .arg(esc(tr("Who changed the NSGs was not read (a live session reads Azure's "
                               "change history).")));
        break;
    case Attribution::State::Read:
        break;
    case Attribution::State::Partial:
    case Attribution::State::Failed:
        out += QStringLiteral("<p><i>%1</i></p>").arg(esc(diff.attribution.note));
        break;
    }
    for (NsgChange::Kind kind : history::displayOrder()) {
        const int n = diff.count(kind);
        if (n == 0)
            continue;
        out += QStringLiteral("<%1>%2 (%3)</%1>").arg(sub, esc(displayName(kind))).arg(n);
        out += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                              "width=\"100%\"><thead><tr><th>%1</th><th>%2</th><th>%3</th>"
                              "<th>%4</th><th>%5</th></tr></thead>")
                   .arg(esc(tr("NSG")), esc(tr("Then → now")), esc(tr("Rules that let it in")),
                        esc(tr("First seen exposed")), esc(tr("Who changed it")));
        for (const NsgChange &c : diff.nsgs) {
            if (c.kind != kind)
                continue;
            QStringList who;
            for (const ChangeRecord &r : c.changes)
                who.append(esc(tr("%1 UTC: %2%3")
                                   .arg(r.at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                        r.changedBy.isEmpty() ? tr("unrecorded") : r.changedBy,
                                        r.clientType.isEmpty()
                                            ? QString()
                                            : QStringLiteral(" (%1)").arg(r.clientType))));
            QString seen = day(c.firstSeen);
            if (c.kind == NsgChange::Kind::CameBack && c.fixedAt.isValid())
                seen += QStringLiteral("<br/>")
                    + esc(tr("fixed by %1, exposed again by %2")
                              .arg(day(c.fixedAt), day(c.exposedSince)));
            const QStringList rules = c.newExposing.isEmpty() ? c.oldExposing : c.newExposing;
            out += QStringLiteral("<tr><td>%1<br/><small>%2</small></td><td>%3 → %4%5</td>"
                                  "<td>%6</td><td>%7</td><td>%8</td></tr>")
                       .arg(esc(c.name), esc(c.resourceGroup),
                            esc(history::verdictWords(c.oldVerdict)),
                            esc(history::verdictWords(c.newVerdict)),
                            c.rulesChanged
                                ? QStringLiteral("<br/><i>%1</i>").arg(esc(tr("rules changed")))
                                : QString(),
                            esc(rules.join(QStringLiteral(", "))), seen,
                            who.isEmpty() ? esc(tr("—")) : who.join(QStringLiteral("<br/>")));
        }
        out += QStringLiteral("</table>");
    }
    if (!diff.endpoints.empty()) {
        out += QStringLiteral("<%1>%2</%1>").arg(sub, esc(tr("Endpoints")));
        out += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                              "width=\"100%\"><thead><tr><th>%1</th><th>%2</th></tr></thead>")
                   .arg(esc(tr("Endpoint")), esc(tr("Change")));
        for (const EndpointChange &e : diff.endpoints)
            out += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
                       .arg(esc(e.label),
                            esc(e.kind == EndpointChange::Kind::BecameInternetFacing
                                    ? tr("Became internet-facing")
                                    : tr("No longer internet-facing")));
        out += QStringLiteral("</table>");
    }
    return out;
}

bool DiffReport::writeJson(const SnapshotDiff &diff, QIODevice *out)
{
    const std::string text =
        toJson(diff).dump(2, ' ', false, ojson::error_handler_t::replace) + '\n';
    if (out->write(text.data(), qint64(text.size())) != qint64(text.size())) {
        m_error = out->errorString();
        return false;
    }
    return true;
}

bool DiffReport::writeCsv(const SnapshotDiff &diff, QIODevice *out)
{
    QStringList lines{QStringLiteral("change,name,resource_group,subscription_id,id,old_verdict,"
                                     "new_verdict,rules_changed,exposing_rules,first_seen,"
                                     "exposed_since,changed_by,last_change")};
    for (const NsgChange &c : diff.nsgs) {
        QStringList by;
        for (const ChangeRecord &r : c.changes) {
            if (!by.contains(r.changedBy))
                by.append(r.changedBy);
        }
        const QStringList rules = c.newExposing.isEmpty() ? c.oldExposing : c.newExposing;
        lines.append(QStringList{
            apiName(c.kind), csvField(c.name), csvField(c.resourceGroup), c.subscriptionId,
            csvField(c.id), c.oldVerdict, c.newVerdict,
            c.rulesChanged ? QStringLiteral("yes") : QStringLiteral("no"),
            csvField(rules.join(QLatin1Char(';'))),
            c.firstSeen.isValid() ? c.firstSeen.toUTC().toString(Qt::ISODate) : QString(),
            c.exposedSince.isValid() ? c.exposedSince.toUTC().toString(Qt::ISODate) : QString(),
            csvField(by.join(QLatin1Char(';'))),
            c.changes.isEmpty() ? QString() : c.changes.back().at.toUTC().toString(Qt::ISODate)}
                         .join(QLatin1Char(',')));
    }
    for (const EndpointChange &e : diff.endpoints)
        lines.append(QStringList{apiName(e.kind), csvField(e.label), QString(), QString(),
                                 csvField(e.networkInterfaceId), e.oldVerdict, e.newVerdict,
                                 QString(), QString(), QString(), QString(), QString(), QString()}
                         .join(QLatin1Char(',')));
    const QByteArray bytes = lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n";
    if (out->write(bytes) != bytes.size()) {
        m_error = out->errorString();
        return false;
    }
    return true;
}

namespace {

QString document(const SnapshotDiff &diff)
{
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"/>"
                          "<title>%1</title><style>body{font-family:sans-serif} "
                          "table{border-collapse:collapse} th{text-align:left;background:#eee}"
                          "</style></head><body><h1>%1</h1>%2</body></html>\n")
        .arg(tr("NSG Auditor — audits compared").toHtmlEscaped(), DiffReport::htmlSection(diff, 2));
}

} // namespace

bool DiffReport::writeHtml(const SnapshotDiff &diff, QIODevice *out)
{
    const QByteArray bytes = document(diff).toUtf8();
    if (out->write(bytes) != bytes.size()) {
        m_error = out->errorString();
        return false;
    }
    return true;
}

bool DiffReport::writePdf(const SnapshotDiff &diff, QIODevice *out, QPageSize::PageSizeId size)
{
    QPdfWriter writer(out);
    writer.setPageSize(QPageSize(size));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setTitle(tr("NSG Auditor — audits compared"));
    writer.setCreator(QStringLiteral("nsg-auditor"));
    // Laid out at the page's width in points (the writer draws at its own resolution).
    QPainter painter;
    if (!painter.begin(&writer)) {
        m_error = tr("cannot write the PDF");
        return false;
    }
    const QRectF page = writer.pageLayout().paintRectPoints();
    const double scale = writer.resolution() / 72.0;
    QTextDocument doc;
    QFont font = doc.defaultFont();
    font.setPointSizeF(8.5);
    doc.setDefaultFont(font);
    doc.setDefaultStyleSheet(QStringLiteral("th{text-align:left;background:#eeeeee}"));
    doc.setHtml(document(diff));
    doc.setPageSize(page.size());
    painter.scale(scale, scale);
    for (int i = 0; i < doc.pageCount(); ++i) {
        if (i > 0)
            writer.newPage();
        painter.save();
        painter.translate(0, -i * page.height());
        doc.drawContents(&painter, QRectF(0, i * page.height(), page.width(), page.height()));
        painter.restore();
    }
    painter.end();
    return true;
}

} // namespace nsg
