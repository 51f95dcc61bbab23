// SPDX-License-Identifier: MIT
#include "core/audit/findingtext.h"

#include "core/audit/exposureevaluator.h"

#include "core/net/addressset.h"
#include "core/settings/translations.h"

#include <QCoreApplication>

#include <algorithm>

namespace nsg {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("nsg::FindingText", text, nullptr, n);
}

int bitLength(uint128 n)
{
    int bits = 0;
    while (n != 0) {
        ++bits;
        n >>= 1;
    }
    return bits;
}

QString joinPhrases(const QStringList &parts)
{
    if (parts.size() <= 1)
        return parts.value(0);
    return QStringList(parts.mid(0, parts.size() - 1)).join(QLatin1String(", ")) + tr(" and ")
        + parts.last();
}

} // namespace

QString formatCount(quint64 n)
{
    // The texts' locale: "3,702,390,784" in English, "3.702.390.784" in German.
    return textLocale().toString(qulonglong(n));
}

QString formatIpv6Count(uint128 n)
{
    if (n != 0 && (n & (n - 1)) == 0)
        return QStringLiteral("2^%1").arg(bitLength(n) - 1);
    if (n < (uint128(1) << 53))
        return formatCount(quint64(n));
    if (n == kUint128Max)
        return QStringLiteral("2^128");
    return tr("about 2^%1").arg(bitLength(n) - 1);
}

QString describeAddresses(const IntervalSet<quint32> &v4, const IntervalSet<uint128> &v6,
                          int maxRanges)
{
    const AddressSet &pub = AddressSet::publicInternet();
    const bool allV4 = v4 == pub.ipv4();
    const bool allV6 = v6 == pub.ipv6();
    if (allV4 && allV6)
        return tr("any Internet address");
    auto ranges = [&](const QList<Cidr> &cover, bool exact) {
        QStringList shown;
        for (qsizetype i = 0; i < cover.size() && i < maxRanges; ++i)
            shown.append(cover[i].toString(false));
        if (cover.size() > maxRanges)
            shown.append(tr("%1 more ranges").arg(cover.size() - maxRanges));
        const QString list = joinPhrases(shown);
        return exact ? list : tr("public addresses in %1").arg(list);
    };
    QStringList parts;
    if (allV4) {
        parts.append(tr("any public IPv4 address"));
    } else if (!v4.isEmpty()) {
        const QList<Cidr> cover = publicCover(v4, {});
        parts.append(ranges(cover, cover == toCidrs(v4, {})));
    }
    if (allV6) {
        parts.append(tr("any public IPv6 address"));
    } else if (!v6.isEmpty()) {
        const QList<Cidr> cover = publicCover({}, v6);
        parts.append(ranges(cover, cover == toCidrs({}, v6)));
    }
    if (parts.isEmpty())
        return tr("no public address");
    return joinPhrases(parts);
}

QList<Cidr> publicCover(const IntervalSet<quint32> &v4, const IntervalSet<uint128> &v6)
{
    // Fill the reserved holes, split into CIDRs, keep the blocks that hold allowed addresses:
    // their public part is exactly the set, and "128.0.0.0/1" reads better than 32 fragments.
    AddressSet filled = AddressSet::everything().subtracted(AddressSet::publicInternet());
    AddressSet allowed;
    allowed.ipv4() = v4;
    allowed.ipv6() = v6;
    filled.unite(allowed);
    QList<Cidr> cover;
    for (const Cidr &c : toCidrs(filled.ipv4(), filled.ipv6())) {
        const bool holds = c.isIpv4()
            ? v4.intersects(IntervalSet<quint32>(c.ipv4First(), c.ipv4Last()))
            : v6.intersects(IntervalSet<uint128>(c.first(), c.last()));
        if (holds)
            cover.append(c);
    }
    return cover;
}

QString countPhrase(quint64 ipv4, uint128 ipv6)
{
    // Allowed addresses are always public ones: as many as the Internet holds is all of it.
    static const quint64 allIpv4 = quint64(AddressSet::publicInternet().ipv4().count());
    static const uint128 allIpv6 = AddressSet::publicInternet().ipv6().count();
    QStringList counts;
    if (ipv4 == allIpv4)
        counts.append(tr("any public IPv4 address"));
    else if (ipv4 > 0)
        counts.append(ipv4 == 1 ? tr("1 public IPv4 address")
                                : tr("%1 public IPv4 addresses").arg(formatCount(ipv4)));
    if (ipv6 == allIpv6)
        counts.append(tr("any public IPv6 address"));
    else if (ipv6 > 0)
        counts.append(ipv6 == 1 ? tr("1 public IPv6 address")
                                : tr("%1 public IPv6 addresses").arg(formatIpv6Count(ipv6)));
    return joinPhrases(counts);
}

FindingText::FindingText(const NetworkSecurityGroup &nsg, const Finding &finding,
                         const EvaluationOptions &options)
    : m_nsg(nsg)
    , m_finding(finding)
    , m_options(options)
    , m_rules(nsg.inboundRules())
{ }

const Finding &FindingText::shares() const
{
    if (!m_finding.shadowShares.empty())
        return m_finding;
    const bool needed = std::any_of(m_finding.trace.begin(), m_finding.trace.end(),
                                    [](const RuleTrace &t) { return t.shadowedBy >= 0; });
    if (!needed)
        return m_finding;
    if (!m_shares) {
        ExposureEvaluator evaluator(m_options);
        evaluator.setRecordShares(true);
        m_shares = evaluator.evaluate(m_nsg);
    }
    return *m_shares;
}

const SecurityRule &FindingText::ruleAt(int rule) const
{
    static const SecurityRule none;
    return rule >= 0 && rule < m_rules.size() ? m_rules[rule] : none;
}

QString FindingText::ruleName(int rule) const
{
    const QString name = ruleAt(rule).name();
    return name.isEmpty() ? tr("(unnamed)") : name;
}

int FindingText::rulePriority(int rule) const
{
    return ruleAt(rule).priority();
}

QString FindingText::ruleLabel(int rule) const
{
    const SecurityRule &r = ruleAt(rule);
    if (!r.hasPriority())
        return QStringLiteral("'%1'").arg(ruleName(rule));
    return tr("'%1' (priority %2)").arg(ruleName(rule)).arg(r.priority());
}

QStringList FindingText::shareRanges(const ShadowShare &share)
{
    QStringList ranges;
    for (const Cidr &c : publicCover(share.ipv4, share.ipv6))
        ranges.append(c.toString(false));
    return ranges;
}

std::span<const ShadowShare> FindingText::decidedBy(int rule) const
{
    return shares().decidedBy(quint16(rule));
}

QString FindingText::decidedByPhrase(int rule) const
{
    constexpr qsizetype kShownRanges = 3;
    QStringList parts;
    for (const ShadowShare &share : shares().decidedBy(quint16(rule))) {
        const SecurityRule &by = ruleAt(share.by);
        const QStringList ranges = shareRanges(share);
        // One arg() call: a name holding "%3" stays as it is.
        QString list = QStringList(ranges.mid(0, kShownRanges)).join(QLatin1String(", "));
        if (ranges.size() > kShownRanges)
            list += tr(" and %n more", int(ranges.size() - kShownRanges));
        const QString access = by.access() == Access::Deny ? tr("Deny") : tr("Allow");
        parts.append(
            by.hasPriority()
                ? tr("%1 rule '%2' (priority %3: %4)")
                      .arg(access, ruleName(share.by), QString::number(by.priority()), list)
                : tr("%1 rule '%2' (%3)").arg(access, ruleName(share.by), list));
    }
    return joinPhrases(parts);
}

QString FindingText::rulesPhrase(const std::vector<int> &rules) const
{
    QStringList labels;
    for (size_t i = 0; i < rules.size() && i < 3; ++i)
        labels.append(ruleLabel(rules[i]));
    if (rules.size() > 3)
        labels.append(tr("%1 more rules").arg(rules.size() - 3));
    return (rules.size() == 1 ? tr("rule ") : tr("rules ")) + joinPhrases(labels);
}

QString FindingText::exposureSentence() const
{
    const Finding &f = m_finding;
    std::vector<int> exposing;
    for (const ExposingRule &e : f.exposing)
        exposing.push_back(e.rule);
    const AddressSet &pub = AddressSet::publicInternet();
    const bool all4 = f.allowedIpv4.isEmpty() || f.allowedIpv4 == pub.ipv4();
    const bool all6 = f.allowedIpv6.isEmpty() || f.allowedIpv6 == pub.ipv6();
    QString addresses = describeAddresses(f.allowedIpv4, f.allowedIpv6);
    // The count names both families when one is counted: "(1 public IPv4 address)" alone
    // reads as if IPv6 were closed.
    if (!all4 || !all6)
        addresses += QLatin1String(" (") + countPhrase(f.publicIpv4Count(), f.publicIpv6Count())
            + QLatin1Char(')');
    const QString verb = exposing.size() == 1 ? tr("lets") : tr("let");
    return tr("%1 %2 %3 reach %4")
        .arg(rulesPhrase(exposing), verb, addresses, m_options.policy.target());
}

QString FindingText::reason() const
{
    const Finding &f = m_finding;
    const QString target = m_options.policy.target();
    QString text;
    // Offline problems name the file as well as the JSON path.
    const QString file =
        m_nsg.sourceFile().isEmpty() ? QString() : m_nsg.sourceFile() + QLatin1String(": ");
    if (f.hasNote(Finding::CannotEvaluate)) {
        QString problem;
        for (const ReadProblem &p : m_nsg.problems()) {
            if (p.severity == ReadProblem::Severity::Fatal) {
                problem = file + p.toString();
                break;
            }
        }
        return tr("Cannot be evaluated: %1").arg(problem);
    }

    switch (f.verdict) {
    case Verdict::Exposed: {
        text = exposureSentence();
        const AddressSet &pub = AddressSet::publicInternet();
        if (!f.allowedIpv4.isEmpty() && f.allowedIpv4 != pub.ipv4()
            && f.publicIpv4Count() > m_options.limit.maxPublicIpv4)
            text += tr(", more than the limit of %1 IPv4 addresses")
                        .arg(formatCount(m_options.limit.maxPublicIpv4));
        if (!f.allowedIpv6.isEmpty() && f.allowedIpv6 != pub.ipv6()
            && f.publicIpv6Count() > ipv6BlockSize(m_options.limit.minIpv6PrefixLength))
            text += tr(", more than one /%1 of IPv6").arg(m_options.limit.minIpv6PrefixLength);
        if (f.hasNote(Finding::AzureCloudAsInternet))
            text += tr("; AzureCloud counts as the Internet, since any Azure customer holds "
                       "addresses there");
        if (f.hasNote(Finding::StoppedAtMalformed))
            text += tr("; rule %1 could not be read, but it cannot take this back")
                        .arg(ruleLabel(f.stoppedAt));
        break;
    }
    case Verdict::Ok:
        if (f.allowsAnyPublic()) {
            text = exposureSentence()
                + tr(", within the limit of %1 IPv4 addresses and one /%2 of IPv6")
                      .arg(formatCount(m_options.limit.maxPublicIpv4))
                      .arg(m_options.limit.minIpv6PrefixLength);
        } else {
            int shadowed = -1;
            for (const RuleTrace &t : f.trace) {
                const SecurityRule &r = ruleAt(t.rule);
                if (t.mark == RuleMark::Shadowed && r.access() == Access::Allow
                    && t.shadowedBy >= 0) {
                    shadowed = t.rule;
                    break;
                }
            }
            if (shadowed >= 0) {
                text = tr("No public address reaches %1: Allow rule %2 is shadowed by %3")
                           .arg(target, ruleLabel(shadowed), decidedByPhrase(shadowed));
            } else {
                text = tr("No rule lets a public address reach %1").arg(target);
            }
        }
        break;
    case Verdict::Unknown: {
        QString problem;
        const QString name = ruleAt(f.stoppedAt).name();
        for (const ReadProblem &p : m_nsg.problems()) {
            if (p.severity == ReadProblem::Severity::Rule
                && (p.ruleName == name || name.isEmpty())) {
                problem = p.toString();
                break;
            }
        }
        text = tr("Rule %1 could not be read (%2); no rule before it exposes %3, so the verdict "
                  "is unknown")
                   .arg(ruleLabel(f.stoppedAt), problem, target);
        break;
    }
    }
    if (f.hasNote(Finding::NotAttached))
        text += tr(" (not attached)");
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

QString FindingText::ruleByRuleNote() const
{
    const Finding &f = m_finding;
    if (f.ruleByRuleVerdict == f.verdict || f.ruleByRuleVerdict == Verdict::Unknown)
        return QString();
    const QString target = m_options.policy.target();
    if (f.ruleByRuleVerdict == Verdict::Exposed) {
        for (const RuleTrace &t : f.trace) {
            const SecurityRule &r = ruleAt(t.rule);
            if (r.access() == Access::Allow && r.sourceKinds().hasAnyLike()
                && m_options.policy.matchesRule(r)) {
                if (t.mark == RuleMark::Shadowed && t.shadowedBy >= 0) {
                    const bool one = f.decidedBy(t.rule).size() == 1;
                    return (one ? tr("Rule-at-a-time scanners report this NSG as exposed because "
                                     "Allow rule %1 matches any source; but %2 decides that "
                                     "traffic first.")
                                : tr("Rule-at-a-time scanners report this NSG as exposed because "
                                     "Allow rule %1 matches any source; but %2 decide that "
                                     "traffic first."))
                        .arg(ruleLabel(t.rule), decidedByPhrase(t.rule));
                }
                return tr("Rule-at-a-time scanners report this NSG as exposed because Allow rule "
                          "%1 matches any source; evaluated in order, it does not let public "
                          "addresses reach %2 beyond the limit.")
                    .arg(ruleLabel(t.rule), target);
            }
        }
        return QString();
    }
    return tr("Rule-at-a-time scanners find no Allow rule from an any-like source and report this "
              "NSG as not exposed; yet evaluated together, the rules let %1 reach %2.")
        .arg(describeAddresses(f.allowedIpv4, f.allowedIpv6), target);
}

QString FindingText::decision(const RuleTrace &t) const
{
    const QString target = m_options.policy.target();
    const SecurityRule &r = ruleAt(t.rule);
    QString what;
    switch (t.mark) {
    case RuleMark::Decides:
        if (r.access() == Access::Allow) {
            for (const ExposingRule &e : m_finding.exposing) {
                if (e.rule == t.rule)
                    what = tr("decides first: lets %1 reach %2")
                               .arg(describeAddresses(e.ipv4, e.ipv6, 8), target);
            }
        } else {
            what = tr("decides first: blocks the public sources it matches");
        }
        if (t.partlyShadowed && t.shadowedBy >= 0)
            what += tr(" (the rest was decided earlier by %1)").arg(decidedByPhrase(t.rule));
        break;
    case RuleMark::Shadowed:
        what = t.shadowedBy >= 0 ? tr("shadowed: its public sources were already decided by %1")
                                       .arg(decidedByPhrase(t.rule))
                                 : tr("shadowed: earlier rules already decided its public sources");
        break;
    case RuleMark::PortOrProtocolMismatch:
        what = tr("does not match %1").arg(target);
        break;
    case RuleMark::SourceNotPublic: {
        // A service tag's addresses may well be public (Microsoft's own); they do not count as
        // the Internet for this verdict, and the paths from the Internet resolve them.
        QStringList tags;
        for (const QString &p : r.sourceAddressPrefixes()) {
            if (!p.isEmpty() && p.front().isLetter() && p != QLatin1String("VirtualNetwork")
                && p != QLatin1String("AzureLoadBalancer"))
                tags.append(p);
        }
        what = tags.isEmpty()
            ? tr("its source holds no public address")
            : tr("its source is the service tag %1: not the Internet for this NSG's own verdict "
                 "(where the paths from the Internet were followed, they count the tag's public "
                 "addresses)")
                  .arg(tags.join(QLatin1String(", ")));
        break;
    }
    case RuleMark::Malformed:
        what = tr("could not be read; evaluation stops here");
        break;
    case RuleMark::NotReached:
        what = tr("not evaluated (after a rule that could not be read)");
        break;
    }
    if (t.limited && (t.mark == RuleMark::Decides || t.mark == RuleMark::Shadowed)) {
        what += tr("; it matches only some source ports or destinations, so other traffic "
                   "goes on to later rules");
    }
    return what;
}

QString FindingText::decision(int rule) const
{
    for (const RuleTrace &t : m_finding.trace) {
        if (t.rule == rule)
            return decision(t);
    }
    return QString();
}

QStringList FindingText::proof() const
{
    QStringList lines;
    for (const RuleTrace &t : m_finding.trace) {
        const SecurityRule &r = ruleAt(t.rule);
        const QStringList sources = r.sourceAddressPrefixes() + r.sourceApplicationSecurityGroups();
        lines.append(tr("%1 %2: %3 %4/%5 from %6 \u2014 %7")
                         .arg(r.hasPriority() ? QString::number(r.priority()) : QStringLiteral("?"),
                              ruleName(t.rule), apiName(r.access()), displayName(r.protocol()),
                              r.destinationPortRanges().join(QLatin1Char(',')),
                              sources.join(QLatin1Char(',')), decision(t)));
    }
    return lines;
}

QString apiName(Verdict v)
{
    switch (v) {
    case Verdict::Exposed:
        return QStringLiteral("exposed");
    case Verdict::Ok:
        return QStringLiteral("ok");
    case Verdict::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString displayName(Verdict v)
{
    switch (v) {
    case Verdict::Exposed:
        return QCoreApplication::translate("nsg::Verdict", "Exposed");
    case Verdict::Ok:
        return QCoreApplication::translate("nsg::Verdict", "OK");
    case Verdict::Unknown:
        break;
    }
    return QCoreApplication::translate("nsg::Verdict", "Unknown");
}

QString apiName(RuleMark m)
{
    switch (m) {
    case RuleMark::Decides:
        return QStringLiteral("decides");
    case RuleMark::Shadowed:
        return QStringLiteral("shadowed");
    case RuleMark::PortOrProtocolMismatch:
        return QStringLiteral("portOrProtocolMismatch");
    case RuleMark::SourceNotPublic:
        return QStringLiteral("sourceNotPublic");
    case RuleMark::Malformed:
        return QStringLiteral("malformed");
    case RuleMark::NotReached:
        break;
    }
    return QStringLiteral("notReached");
}

} // namespace nsg
