// SPDX-License-Identifier: MIT
#include "report/csvreport.h"

#include "core/audit/findingtext.h"

#include <QCoreApplication>

#include <algorithm>

namespace nsg {

namespace {

// "Allow-SMTP (200) shadowed by: Deny-Low (Deny 100: 0.0.0.0/1), Deny-High (Deny 199:
// 128.0.0.0/1 ::/0)", every earlier rule that decided part of its public sources, in priority
// order; shadowed rules joined by "; ".
QString shadowedText(const ReportRow &row)
{
    QStringList rules;
    for (const ReportRow::ShadowedRule &r : row.shadowedRules) {
        QStringList by;
        for (const ReportRow::DecidingRule &d : r.decidedBy)
            by.append(QStringLiteral("%1 (%2 %3: %4)")
                          .arg(d.name, d.access, QString::number(d.priority),
                               d.ranges.join(QLatin1Char(' '))));
        rules.append(QStringLiteral("%1 (%2) shadowed by: %3")
                         .arg(r.name, QString::number(r.priority), by.join(QLatin1String(", "))));
    }
    return rules.join(QLatin1String("; "));
}

// "" without an accepted risk, else its explanation (active, expired or outdated).
QString riskText(const ReportRow &row)
{
    return row.risk ? row.risk->explanation() : QString();
}

} // namespace

QStringList CsvReport::headers(Rows rows)
{
    // Stable English headers: scripts read these.
    if (rows == Rows::Endpoints)
        return {QStringLiteral("Verdict"),
                QStringLiteral("Via"),
                QStringLiteral("Public IP"),
                QStringLiteral("Frontend port"),
                QStringLiteral("Protocol"),
                QStringLiteral("Network interface"),
                QStringLiteral("Private IP"),
                QStringLiteral("Target port"),
                QStringLiteral("Decided by layer"),
                QStringLiteral("Decided by"),
                QStringLiteral("Deciding rule"),
                QStringLiteral("Public IPv4 addresses"),
                QStringLiteral("Public IPv6 addresses"),
                QStringLiteral("Allowed public ranges"),
                QStringLiteral("Reason"),
                QStringLiteral("Path"),
                QStringLiteral("Entry point")};
    if (rows == Rows::ExposingRules)
        return {QStringLiteral("Subscription"),
                QStringLiteral("Resource group"),
                QStringLiteral("NSG"),
                QStringLiteral("Rule"),
                QStringLiteral("Priority"),
                QStringLiteral("Source"),
                QStringLiteral("Destination ports"),
                QStringLiteral("Public ranges"),
                QStringLiteral("Public IPv4 addresses"),
                QStringLiteral("Public IPv6 addresses"),
                QStringLiteral("NSG verdict"),
                QStringLiteral("Accepted risk")};
    return {QStringLiteral("Subscription"),
            QStringLiteral("Resource group"),
            QStringLiteral("NSG"),
            QStringLiteral("Location"),
            QStringLiteral("Verdict"),
            QStringLiteral("Rule-by-rule verdict"),
            QStringLiteral("Exposing rules"),
            QStringLiteral("Allowed public ranges"),
            QStringLiteral("Reason"),
            QStringLiteral("Accepted risk"),
            QStringLiteral("Shadowed rules"),
            QStringLiteral("Reachability")};
}

QString CsvReport::cell(const QString &value)
{
    QString v = value;
    if (!v.isEmpty()) {
        const QChar c = v.front();
        if (c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-')
            || c == QLatin1Char('@') || c == QLatin1Char('\t') || c == QLatin1Char('\r'))
            v.prepend(QLatin1Char('\''));
    }
    const bool quote = v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"'))
        || v.contains(QLatin1Char('\n')) || v.contains(QLatin1Char('\r'))
        || v.startsWith(QLatin1Char(' ')) || v.endsWith(QLatin1Char(' '));
    if (!quote)
        return v;
    v.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + v + QLatin1Char('"');
}

bool CsvReport::write(const AuditReport &report, QIODevice *out)
{
    auto line = [out](const QStringList &cells) {
        QStringList quoted;
        quoted.reserve(cells.size());
        for (const QString &c : cells)
            quoted.append(cell(c));
        const QByteArray bytes = (quoted.join(QLatin1Char(',')) + QLatin1String("\r\n")).toUtf8();
        return out->write(bytes) == bytes.size();
    };
    bool ok = !m_bom || out->write("\xEF\xBB\xBF", 3) == 3;
    // With a comparison (--since), each NSG row says how it moved and since when it is exposed.
    const bool since = report.since && m_rows == Rows::Nsgs;
    QHash<QString, const history::NsgChange *> moved;
    if (since) {
        for (const history::NsgChange &c : report.since->nsgs)
            moved.insert(c.id.toLower(), &c);
    }
    ok = ok
        && line(
             headers(m_rows)
             + (since
                    ? QStringList{QStringLiteral("Change since %1")
                                      .arg(report.since->oldInfo.id > 0
                                               ? QStringLiteral("#%1").arg(report.since->oldInfo.id)
                                               : report.since->oldInfo.started.toString(
                                                   Qt::ISODate)),
                                  QStringLiteral("First seen exposed")}
                    : QStringList()));
    if (m_rows == Rows::Endpoints) {
        // Exposed first, then undecided, then blocked; each in the pass's order.
        std::vector<const Endpoint *> endpoints;
        for (const Endpoint &e : report.scan.reachability.endpoints)
            endpoints.push_back(&e);
        std::stable_sort(endpoints.begin(), endpoints.end(),
                         [](const Endpoint *a, const Endpoint *b) {
                             return endpointOrder(a->verdict) < endpointOrder(b->verdict);
                         });
        for (const Endpoint *e : endpoints) {
            if (!ok)
                break;
            QStringList ranges;
            for (const Cidr &c : publicCover(e->allowed.ipv4(), e->allowed.ipv6()))
                ranges.append(c.toString());
            ok =
                line({endpointVerdictName(e->verdict), apiName(e->via), e->publicIp,
                      QString::number(e->frontendPort), apiName(e->protocol), e->networkInterfaceId,
                      e->privateIp, QString::number(e->targetPort), apiName(e->decidedLayer),
                      e->decidedId, e->decidedRule, QString::number(e->allowed.ipv4Count()),
                      uint128ToDecimal(e->allowed.ipv6Count()), ranges.join(QLatin1String("; ")),
                      e->reason, e->path.join(QLatin1String(" → ")), e->viaId});
        }
        if (!ok)
            m_error =
                QCoreApplication::translate("nsg::CsvReport", "cannot write the CSV report: %1")
                    .arg(out->errorString());
        return ok;
    }
    if (m_rows == Rows::ExposingRules) {
        for (const NsgResult &r : report.scan.nsgs) {
            if (!ok)
                break;
            if (r.finding.exposing.empty())
                continue;
            const ReportRow row =
                ReportRow::from(r, report.scan.options, ReportRow::Fixes::Omitted);
            for (const ReportRow::ExposingRule &e : row.exposingRules) {
                ok = ok
                    && line({row.subscriptionId, row.resourceGroup, row.name, e.name,
                             e.priority >= 0 ? QString::number(e.priority) : QString(), e.source,
                             e.ports, e.ranges.join(QLatin1String("; ")),
                             QString::number(e.publicIpv4), uint128ToDecimal(e.publicIpv6),
                             row.status(), riskText(row)});
            }
        }
        if (!ok)
            m_error =
                QCoreApplication::translate("nsg::CsvReport", "cannot write the CSV report: %1")
                    .arg(out->errorString());
        return ok;
    }
    for (const NsgResult &r : report.scan.nsgs) {
        if (!ok)
            break;
        ReportRow row = ReportRow::from(r, report.scan.options, ReportRow::Fixes::Omitted);
        row.placeIn(report.scan.reachability);
        QStringList exposing;
        for (const ReportRow::ExposingRule &e : row.exposingRules)
            exposing.append(QStringLiteral("%1 (%2)").arg(e.name).arg(e.priority));
        QStringList cells{row.subscriptionId,
                          row.resourceGroup,
                          row.name.isEmpty() ? row.sourceFile + QLatin1Char(' ') + row.sourcePath
                                             : row.name,
                          row.location,
                          row.status(),
                          apiName(row.ruleByRuleVerdict),
                          exposing.join(QLatin1String("; ")),
                          row.allowedPublicRanges.join(QLatin1String("; ")),
                          row.reason,
                          riskText(row),
                          shadowedText(row),
                          apiName(row.reachability)};
        if (since) {
            const history::NsgChange *c = moved.value(r.nsg.id().toLower());
            cells << (c ? apiName(c->kind) : QStringLiteral("unchanged"))
                  << (c && c->firstSeen.isValid() ? c->firstSeen.toUTC().toString(Qt::ISODate)
                                                  : QString());
        }
        ok = line(cells);
    }
    for (const ScanError &e : report.scan.errors) {
        if (!ok)
            break;
        QStringList cells{e.scope,
                          QString(),
                          QString(),
                          QString(),
                          apiName(Verdict::Unknown),
                          apiName(Verdict::Unknown),
                          QString(),
                          QString(),
                          e.code + QLatin1String(": ") + e.message,
                          QString(),
                          QString(),
                          QString()};
        if (since)
            cells << QString() << QString();
        ok = line(cells);
    }
    if (!ok)
        m_error = QCoreApplication::translate("nsg::CsvReport", "cannot write the CSV report: %1")
                      .arg(out->errorString());
    return ok;
}

} // namespace nsg
