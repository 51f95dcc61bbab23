// SPDX-License-Identifier: MIT
#include "cli/scantable.h"

#include "core/model/resourceid.h"

#include "core/audit/findingtext.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <sys/ioctl.h>
#include <unistd.h>
#endif

namespace nsg::cli {

namespace {

QString tr(const char *text, int n = -1)
{
    // The context lupdate gives these free functions of nsg::cli.
    return QCoreApplication::translate("nsg::cli", text, nullptr, n);
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

// Padded or cut to width; names keep their end ("nsg-mail-…-prod" still says which one).
QString fit(const QString &s, qsizetype width, bool middle = false)
{
    if (s.size() <= width)
        return s.leftJustified(width);
    if (width <= 1)
        return QString(QChar(0x2026)).left(width);
    if (middle) {
        const qsizetype tail = (width - 1) / 2;
        return s.left(width - 1 - tail) + QChar(0x2026) + s.right(tail);
    }
    return s.left(width - 1) + QChar(0x2026);
}

// Word-wrapped to width; a word longer than that is split.
QStringList wrap(const QString &text, qsizetype width)
{
    width = std::max<qsizetype>(width, 1);
    QStringList lines;
    QString line;
    for (QString word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() <= width) {
            line += QLatin1Char(' ') + word;
            continue;
        }
        if (!line.isEmpty())
            lines.append(line);
        while (word.size() > width) {
            lines.append(word.left(width));
            word = word.mid(width);
        }
        line = word;
    }
    if (!line.isEmpty() || lines.isEmpty())
        lines.append(line);
    return lines;
}

// `text` after `first`, wrapped to width; the lines after the first indented by `indent`.
QString wrapped(const QString &first, const QString &text, qsizetype indent, qsizetype width)
{
    QStringList lines = wrap(text, width - first.size());
    if (lines.size() > 1 && indent != first.size())
        lines = QStringList{lines[0]}
            + wrap(QStringList(lines.mid(1)).join(QLatin1Char(' ')), width - indent);
    QString out = first + lines.value(0) + QLatin1Char('\n');
    for (qsizetype i = 1; i < lines.size(); ++i)
        out += QString(indent, QLatin1Char(' ')) + lines[i] + QLatin1Char('\n');
    return out;
}

} // namespace

int outputWidth()
{
#ifdef Q_OS_UNIX
    if (isatty(fileno(stdout))) {
        winsize size{};
        if (ioctl(fileno(stdout), TIOCGWINSZ, &size) == 0 && size.ws_col > 0)
            return size.ws_col;
    }
#endif
    bool ok = false;
    const int columns = qEnvironmentVariableIntValue("COLUMNS", &ok);
    return ok && columns > 0 ? columns : 100;
}

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
    auto subscriptionOf = [&result](const QString &id) {
        const QString name = result.subscriptionNames.value(id.toLower());
        return name.isEmpty() ? id : name;
    };
    const qsizetype gap = 2, verdictWidth = 8;
    qsizetype nameWidth = tr("NSG").size(), subWidth = tr("SUBSCRIPTION").size(),
              groupWidth = tr("RESOURCE GROUP").size();
    for (const NsgResult *r : rows) {
        nameWidth = std::max(nameWidth, nameOf(*r).size());
        subWidth = std::max(subWidth, subscriptionOf(r->nsg.subscriptionId()).size());
        groupWidth = std::max(groupWidth, r->nsg.resourceGroup().size());
    }
    // The NIC table's first header is not cut.
    const bool nicTable = !result.interfaces.empty()
        || std::any_of(
            result.reachability.interfaces.begin(), result.reachability.interfaces.end(),
            [](const NicReachability &n) { return n.verdict != NicReachability::Verdict::Ok; });
    const qsizetype nameFloor = nicTable ? tr("NETWORK INTERFACE").size() : 0;
    nameWidth = std::max(nameWidth, nameFloor);
    for (const NicResult &n : result.interfaces) {
        nameWidth = std::max(nameWidth, n.nic.name.size());
        subWidth = std::max(subWidth, subscriptionOf(n.nic.subscriptionId).size());
        groupWidth = std::max(groupWidth, n.nic.resourceGroup.size());
    }
    // With the paths followed, the NICs that an endpoint exposes, or whose NSGs would let the
    // Internet in, or that could not be decided (the ok ones are counted only).
    std::vector<const NicReachability *> reachedNics;
    for (const NicReachability &n : result.reachability.interfaces) {
        if (n.verdict == NicReachability::Verdict::Ok)
            continue;
        reachedNics.push_back(&n);
        const ResourceId rid = ResourceId::parse(n.id);
        nameWidth = std::max(nameWidth, n.name.size());
        subWidth = std::max(subWidth, subscriptionOf(rid.subscriptionId).size());
        groupWidth = std::max(groupWidth, rid.resourceGroup.size());
    }
    nameWidth = std::min<qsizetype>(nameWidth, 40);
    subWidth = std::min<qsizetype>(subWidth, 36);
    groupWidth = std::min<qsizetype>(groupWidth, 30);
    // The why beside the other columns when it gets 40 characters there (the widest column
    // gives way first, down to a readable width); else under them, on lines of its own.
    const qsizetype width = std::max(options.width, 40);
    const qsizetype fixed = verdictWidth + 4 * gap;
    constexpr qsizetype kWhyMin = 40;
    auto shrink = [&](qsizetype room, qsizetype nameMin, qsizetype otherMin) {
        while (nameWidth + subWidth + groupWidth > room) {
            qsizetype *widest = nullptr;
            for (qsizetype *c : {&nameWidth, &subWidth, &groupWidth}) {
                const qsizetype min = c == &nameWidth ? std::max(nameMin, nameFloor) : otherMin;
                if (*c > min && (!widest || *c > *widest))
                    widest = c;
            }
            if (!widest)
                return false;
            --*widest;
        }
        return true;
    };
    const qsizetype natural[] = {nameWidth, subWidth, groupWidth};
    const bool beside = shrink(width - fixed - kWhyMin, 16, 12);
    if (!beside) {
        nameWidth = natural[0];
        subWidth = natural[1];
        groupWidth = natural[2];
        shrink(width - fixed + gap, 6, 6);
    }
    const qsizetype whyColumn =
        beside ? width - (width - fixed - nameWidth - subWidth - groupWidth) : 2;
    const QString sep(gap, QLatin1Char(' '));

    auto colored = [&](Verdict v, bool accepted = false) -> QString {
        QString word = fit(accepted ? tr("ACCEPTED") : displayName(v).toUpper(), verdictWidth);
        if (!beside) // the last cell of its line
            word = word.trimmed();
        if (!options.color)
            return word;
        const char *code = accepted ? "\x1b[35m"
            : v == Verdict::Exposed ? "\x1b[1;31m"
                                    : (v == Verdict::Ok ? "\x1b[32m" : "\x1b[33m");
        return QLatin1String(code) + word + QLatin1String("\x1b[0m");
    };
    auto row = [&](const QString &name, const QString &subscription, const QString &group,
                   const QString &verdict, const QString &why) -> QString {
        const QString cells = fit(name, nameWidth, true) + sep + fit(subscription, subWidth) + sep
            + fit(group, groupWidth) + sep + verdict;
        if (beside)
            return wrapped(cells + sep, why, whyColumn, width);
        return cells + QLatin1Char('\n') + wrapped(QStringLiteral("  "), why, whyColumn, width);
    };
    auto header = [&](const QString &first) -> QString {
        const QString cells = fit(first, nameWidth) + sep + fit(tr("SUBSCRIPTION"), subWidth) + sep
            + fit(tr("RESOURCE GROUP"), groupWidth) + sep + fit(tr("VERDICT"), verdictWidth);
        return (beside ? cells + sep + tr("WHY") : cells.trimmed()) + QLatin1Char('\n');
    };

    const ReachabilityResult &reach = result.reachability;
    // Where the inputs let the pass place exposed NSGs on paths from the Internet, the why says.
    auto placed = [&reach](const NsgResult &r) -> QString {
        if (!reach.evaluated)
            return QString();
        // An OK NSG that an AlwaysAllow or Deny admin rule decides before is not the last word.
        const QString admin = reach.overriddenBy.value(r.nsg.id().toLower());
        if (r.finding.verdict != Verdict::Exposed && !admin.isEmpty())
            return tr("Admin rule %1 decides before this NSG on a path from the Internet: ")
                .arg(admin.section(QLatin1Char('/'), -1));
        if (r.finding.verdict != Verdict::Exposed)
            return QString();
        switch (reach.of(r.nsg.id())) {
        case NsgReachability::InternetFacing:
            return tr("Internet-facing: ");
        case NsgReachability::Latent:
            return tr("Latent (no public path reaches what it guards): ");
        case NsgReachability::NotRead:
        case NsgReachability::NotApplicable:
            break;
        }
        return tr("Reachability not known: ");
    };
    QString out = header(tr("NSG"));
    for (const NsgResult *r : rows) {
        const FindingText text(r->nsg, r->finding, result.options);
        out += row(nameOf(*r), subscriptionOf(r->nsg.subscriptionId()), r->nsg.resourceGroup(),
                   colored(r->finding.verdict, r->isAccepted()),
                   (r->risk ? r->risk->explanation() + QStringLiteral(" — ") : QString())
                       + placed(*r) + text.reason());
        const QString note = text.ruleByRuleNote();
        // An OK NSG that rule-at-a-time scanners call exposed gets its proof too: which rules
        // shadow its Allow is what a reviewer checks.
        if (options.proof && (r->finding.verdict != Verdict::Ok || !note.isEmpty())) {
            for (const QString &line : text.proof())
                out += wrapped(QStringLiteral("    "), line, 6, width);
            if (!note.isEmpty())
                out += wrapped(QStringLiteral("    "), note, 4, width);
        }
    }
    if (!result.interfaces.empty()) {
        std::vector<const NicResult *> nics;
        for (const NicResult &n : result.interfaces)
            nics.push_back(&n);
        std::stable_sort(nics.begin(), nics.end(), [](const NicResult *a, const NicResult *b) {
            return severity(a->finding.verdict) < severity(b->finding.verdict);
        });
        out += QLatin1Char('\n') + header(tr("NETWORK INTERFACE"));
        for (const NicResult *n : nics) {
            out += row(n->nic.name, subscriptionOf(n->nic.subscriptionId), n->nic.resourceGroup,
                       colored(n->finding.verdict), n->finding.reason);
        }
    }
    if (!reachedNics.empty()) {
        auto rank = [](NicReachability::Verdict v) {
            return v == NicReachability::Verdict::Exposed ? 0
                : v == NicReachability::Verdict::Unknown  ? 1
                                                          : 2;
        };
        std::stable_sort(reachedNics.begin(), reachedNics.end(),
                         [&rank](const NicReachability *a, const NicReachability *b) {
                             return rank(a->verdict) < rank(b->verdict);
                         });
        out += QLatin1Char('\n') + header(tr("NETWORK INTERFACE"));
        for (const NicReachability *n : reachedNics) {
            const ResourceId rid = ResourceId::parse(n->id);
            const QString verdict = n->verdict == NicReachability::Verdict::Latent
                ? (beside ? fit(tr("LATENT"), verdictWidth) : tr("LATENT"))
                : colored(n->verdict == NicReachability::Verdict::Exposed ? Verdict::Exposed
                                                                          : Verdict::Unknown);
            out += row(n->name, subscriptionOf(rid.subscriptionId), rid.resourceGroup, verdict,
                       n->reason);
        }
    }
    if (reach.evaluated) {
        // Exposed and undecided endpoints, each with its path's verdict and why.
        std::vector<const Endpoint *> shown;
        for (const Endpoint &e : reach.endpoints) {
            if (e.verdict != Verdict::Ok)
                shown.push_back(&e);
        }
        std::stable_sort(shown.begin(), shown.end(), [](const Endpoint *a, const Endpoint *b) {
            return severity(a->verdict) < severity(b->verdict);
        });
        out += QLatin1Char('\n')
            + tr("Endpoints: %1 of %2 from the Internet are exposed or undecided")
                  .arg(shown.size())
                  .arg(reach.endpoints.size())
            + QLatin1Char('\n');
        for (const Endpoint *e : shown) {
            const QString target = e->networkInterfaceId.isEmpty()
                ? tr("(no target)")
                : e->networkInterfaceId.section(QLatin1Char('/'), -1) + QLatin1Char(' ')
                    + e->privateIp + QLatin1Char(':') + QString::number(e->targetPort);
            const QString line = QStringLiteral("%1 %2:%3 → %4 — %5")
                                     .arg(apiName(e->via), e->publicIp)
                                     .arg(e->frontendPort)
                                     .arg(target, e->reason);
            out += wrapped(QStringLiteral("  ") + colored(e->verdict).trimmed() + QLatin1Char(' '),
                           line, 4, width);
        }
    }
    if (!result.skipped.isEmpty()) {
        out += QLatin1Char('\n') + tr("Skipped:") + QLatin1Char('\n');
        for (const ScanError &e : result.skipped)
            out +=
                wrapped(QStringLiteral("  "), e.scope + QLatin1String(": ") + e.message, 4, width);
    }
    if (!result.errors.isEmpty()) {
        out += QLatin1Char('\n') + tr("Not read:") + QLatin1Char('\n');
        for (const ScanError &e : result.errors)
            out += wrapped(
                QStringLiteral("  "),
                e.scope + QLatin1String(": ")
                    + (e.httpStatus ? QString::number(e.httpStatus) + QLatin1Char(' ') : QString())
                    + e.code + QLatin1String(": ") + e.message,
                4, width);
    }
    const int total = int(result.nsgs.size());
    QString summary = (total == 1 ? tr("1 NSG: ") : tr("%1 NSGs: ").arg(total))
        + tr("%1 exposed, %2 ok, %3 unknown")
              .arg(result.count(Verdict::Exposed))
              .arg(result.count(Verdict::Ok))
              .arg(result.count(Verdict::Unknown));
    if (result.acceptedCount() > 0)
        summary += tr(", %1 accepted risk").arg(result.acceptedCount());
    if (!result.errors.isEmpty())
        summary += tr("; %1 not (fully) read")
                       .arg(result.errors.size() == 1 ? tr("1 scope")
                                                      : tr("%1 scopes").arg(result.errors.size()));
    if (!result.skipped.isEmpty())
        summary += tr("; %1 skipped").arg(result.skipped.size());
    if (reach.evaluated)
        summary += tr("; %1 endpoints exposed, %2 NSGs internet-facing, %3 latent")
                       .arg(reach.exposedEndpoints())
                       .arg(reach.internetFacingNsgs())
                       .arg(reach.latentNsgs());
    summary += QLatin1String(". ") + tr("Policy: %1.").arg(result.options.policy.label());
    out += QLatin1Char('\n') + wrapped(QString(), summary, 0, width);
    return out;
}

} // namespace nsg::cli
