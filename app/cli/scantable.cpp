// SPDX-License-Identifier: MIT
#include "scantable.h"

#include "audit/findingtext.h"

#include <QCoreApplication>

#include <algorithm>

namespace nsg::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("nsg::cli::ScanTable", text);
}

int severity(Verdict v)
{
    return v == Verdict::Exposed ? 0 : (v == Verdict::Unknown ? 1 : 2);
}

// Exposed, unknown, accepted risk, OK.
int severity(const NsgResult &r)
{
    return r.isAccepted() ? 2
                          : (r.finding.verdict == Verdict::Ok ? 3 : severity(r.finding.verdict));
}

QString fit(const QString &s, qsizetype width)
{
    if (s.size() <= width)
        return s.leftJustified(width);
    return s.left(width - 1) + QChar(0x2026);
}

} // namespace

QString renderScanTable(const ScanResult &result, const TableOptions &options)
{
    std::vector<const NsgResult *> rows;
    rows.reserve(result.nsgs.size());
    for (const NsgResult &r : result.nsgs)
        rows.push_back(&r);
    std::stable_sort(rows.begin(), rows.end(), [](const NsgResult *a, const NsgResult *b) {
        return severity(*a) < severity(*b);
    });

    auto nameOf = [](const NsgResult &r) {
        const QString n = r.nsg.name();
        return n.isEmpty() ? r.nsg.sourcePath() : n;
    };
    qsizetype nameWidth = 3, groupWidth = 14;
    for (const NsgResult *r : rows) {
        nameWidth = std::max(nameWidth, nameOf(*r).size());
        groupWidth = std::max(groupWidth, r->nsg.resourceGroup().size());
    }
    nameWidth = std::min<qsizetype>(nameWidth, 40);
    groupWidth = std::min<qsizetype>(groupWidth, 30);
    const qsizetype verdictWidth = 8;

    auto colored = [&](Verdict v, bool accepted = false) -> QString {
        const QString word =
            fit(accepted ? tr("ACCEPTED") : displayName(v).toUpper(), verdictWidth);
        if (!options.color)
            return word;
        const char *code = accepted ? "\x1b[35m"
            : v == Verdict::Exposed ? "\x1b[1;31m"
                                    : (v == Verdict::Ok ? "\x1b[32m" : "\x1b[33m");
        return QLatin1String(code) + word + QLatin1String("\x1b[0m");
    };

    QString out;
    out += fit(tr("NSG"), nameWidth) + QLatin1String("  ") + fit(tr("RESOURCE GROUP"), groupWidth)
        + QLatin1String("  ") + fit(tr("VERDICT"), verdictWidth) + QLatin1String("  ") + tr("WHY")
        + QLatin1Char('\n');
    for (const NsgResult *r : rows) {
        const FindingText text(r->nsg, r->finding, result.options);
        out += fit(nameOf(*r), nameWidth) + QLatin1String("  ")
            + fit(r->nsg.resourceGroup(), groupWidth) + QLatin1String("  ")
            + colored(r->finding.verdict, r->isAccepted()) + QLatin1String("  ")
            + (r->risk ? r->risk->explanation() + QLatin1String(" — ") : QString()) + text.reason()
            + QLatin1Char('\n');
        if (options.proof && r->finding.verdict != Verdict::Ok) {
            for (const QString &line : text.proof())
                out += QLatin1String("    ") + line + QLatin1Char('\n');
            const QString note = text.ruleByRuleNote();
            if (!note.isEmpty())
                out += QLatin1String("    ") + note + QLatin1Char('\n');
        }
    }
    if (!result.interfaces.empty()) {
        std::vector<const NicResult *> nics;
        for (const NicResult &n : result.interfaces)
            nics.push_back(&n);
        std::stable_sort(nics.begin(), nics.end(), [](const NicResult *a, const NicResult *b) {
            return severity(a->finding.verdict) < severity(b->finding.verdict);
        });
        out += QLatin1Char('\n') + fit(tr("NETWORK INTERFACE"), nameWidth) + QLatin1String("  ")
            + fit(tr("RESOURCE GROUP"), groupWidth) + QLatin1String("  ")
            + fit(tr("VERDICT"), verdictWidth) + QLatin1String("  ") + tr("WHY")
            + QLatin1Char('\n');
        for (const NicResult *n : nics) {
            out += fit(n->nic.name, nameWidth) + QLatin1String("  ")
                + fit(n->nic.resourceGroup, groupWidth) + QLatin1String("  ")
                + colored(n->finding.verdict) + QLatin1String("  ") + n->finding.reason
                + QLatin1Char('\n');
        }
    }
    if (!result.skipped.isEmpty()) {
        out += QLatin1Char('\n') + tr("Skipped:") + QLatin1Char('\n');
        for (const ScanError &e : result.skipped)
            out +=
                QLatin1String("  ") + e.scope + QLatin1String(": ") + e.message + QLatin1Char('\n');
    }
    if (!result.errors.isEmpty()) {
        out += QLatin1Char('\n') + tr("Not read:") + QLatin1Char('\n');
        for (const ScanError &e : result.errors)
            out += QLatin1String("  ") + e.scope + QLatin1String(": ")
                + (e.httpStatus ? QString::number(e.httpStatus) + QLatin1Char(' ') : QString())
                + e.code + QLatin1String(": ") + e.message + QLatin1Char('\n');
    }
    const int total = int(result.nsgs.size());
    out += QLatin1Char('\n') + (total == 1 ? tr("1 NSG: ") : tr("%1 NSGs: ").arg(total))
        + tr("%1 exposed, %2 ok, %3 unknown")
              .arg(result.count(Verdict::Exposed))
              .arg(result.count(Verdict::Ok))
              .arg(result.count(Verdict::Unknown));
    if (result.acceptedCount() > 0)
        out += tr(", %1 accepted risk").arg(result.acceptedCount());
    if (!result.errors.isEmpty())
        out += tr("; %1 not (fully) read")
                   .arg(result.errors.size() == 1 ? tr("1 scope")
                                                  : tr("%1 scopes").arg(result.errors.size()));
    if (!result.skipped.isEmpty())
        out += tr("; %1 skipped").arg(result.skipped.size());
    out += QLatin1String(". ") + tr("Policy: %1.").arg(result.options.policy.label())
        + QLatin1Char('\n');
    return out;
}

} // namespace nsg::cli
