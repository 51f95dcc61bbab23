// SPDX-License-Identifier: MIT
#include "core/audit/exposureevaluator.h"

#include "core/net/addressset.h"
#include "core/util/cores.h"

#include <QThread>

#include <algorithm>
#include <optional>
#include <thread>

namespace nsg {

namespace {

const Intervals<quint32> &publicIpv4()
{
    static const Intervals<quint32> v = AddressSet::publicInternet().ipv4().intervals();
    return v;
}

const Intervals<uint128> &publicIpv6()
{
    static const Intervals<uint128> v = AddressSet::publicInternet().ipv6().intervals();
    return v;
}

} // namespace

ExposureEvaluator::ExposureEvaluator(EvaluationOptions options)
    : m_options(std::move(options))
    , m_maxIpv6(ipv6BlockSize(m_options.limit.minIpv6PrefixLength))
{ }

std::vector<Finding> ExposureEvaluator::evaluateAll(const std::vector<NetworkSecurityGroup> &nsgs,
                                                    const EvaluationOptions &options, int threads)
{
    std::vector<Finding> findings(nsgs.size());
    if (threads <= 0)
        threads = usableCores();
    // Below a few thousand NSGs a thread costs more than it saves.
    threads = int(std::min<size_t>(size_t(threads), std::max<size_t>(1, nsgs.size() / 4096)));
    auto work = [&](size_t first, size_t last) {
        ExposureEvaluator evaluator(options);
        evaluator.evaluateRange(nsgs, first, last,
                                [&findings](size_t i, Finding &&f) { findings[i] = std::move(f); });
    };
    std::vector<std::thread> pool;
    const size_t chunk = (nsgs.size() + size_t(threads) - 1) / size_t(threads);
    for (int t = 1; t < threads; ++t) {
        const size_t first = size_t(t) * chunk;
        if (first < nsgs.size())
            pool.emplace_back(work, first, std::min(nsgs.size(), first + chunk));
    }
    work(0, std::min(nsgs.size(), chunk));
    for (std::thread &t : pool)
        t.join();
    return findings;
}

bool ExposureEvaluator::exceedsLimit(const Finding &finding) const
{
    return finding.publicIpv4Count() > m_options.limit.maxPublicIpv4
        || finding.publicIpv6Count() > m_maxIpv6;
}

// Public addresses among the rule's sources. In an Allow, AzureCloud stands for the Internet;
// in a Deny no service tag is taken to cover public addresses (we cannot expand them here).
void ExposureEvaluator::publicSources(const SecurityRuleView &rule, bool asAllow,
                                      Intervals<quint32> &out4, Intervals<uint128> &out6)
{
    if (asAllow && rule.sourceKinds().has(AddressPrefix::Kind::AzureCloud)) {
        out4 = publicIpv4();
        out6 = publicIpv6();
        return;
    }
    rule.sourceIntervals(m_src4, m_src6);
    intervals::intersect(m_src4, publicIpv4(), out4);
    intervals::intersect(m_src6, publicIpv6(), out6);
}

namespace {

// How much a rule's mark says, when one rule has a mark per port of a multi-port policy.
int markWeight(RuleMark m)
{
    switch (m) {
    case RuleMark::NotReached:
        return 0;
    case RuleMark::PortOrProtocolMismatch:
        return 1;
    case RuleMark::SourceNotPublic:
        return 2;
    case RuleMark::Shadowed:
        return 3;
    case RuleMark::Decides:
        return 4;
    case RuleMark::Malformed:
        return 5;
    }
    return 0;
}

} // namespace

Finding ExposureEvaluator::evaluate(const NetworkSecurityGroup &nsg)
{
    Finding f;
    if (nsg.hasFatalProblem()) {
        f.notes |= Finding::CannotEvaluate;
        return f;
    }
    if (nsg.defaultRulesAssumed())
        f.notes |= Finding::DefaultRulesAssumed;
    if (!nsg.isAttached())
        f.notes |= Finding::NotAttached;
    nsg.inboundRuleViews(m_rules);

    const PortPolicy &policy = m_options.policy;
    if (policy.isSinglePort()) {
        evaluateTraffic(policy.targets[0].protocol, policy.targets[0].first, f);
    } else {
        // Ports where no rule's destination ports begin or end behave alike: evaluate one port
        // of each such stretch, and merge (exposed on any port is exposed).
        std::vector<std::pair<Protocol, quint16>> probes;
        for (const PortTarget &target : policy.targets) {
            if (target.first == target.last) { // one port: itself, no rule needs reading
                probes.emplace_back(target.protocol, target.first);
                continue;
            }
            std::vector<quint16> starts{target.first};
            for (const SecurityRuleView &rule : m_rules) {
                if (!rule.destinationPortsReadable())
                    continue;
                const PortSet ports = rule.destinationPorts();
                for (const Interval<quint16> &iv : ports.intervals().intervals()) {
                    if (iv.first > target.first && iv.first <= target.last)
                        starts.push_back(iv.first);
                    if (iv.last >= target.first && iv.last < target.last)
                        starts.push_back(quint16(iv.last + 1));
                }
            }
            std::sort(starts.begin(), starts.end());
            starts.erase(std::unique(starts.begin(), starts.end()), starts.end());
            for (quint16 port : starts)
                probes.emplace_back(target.protocol, port);
        }
        bool first = true;
        for (const auto &[protocol, port] : probes) {
            if (first) {
                evaluateTraffic(protocol, port, f);
                first = false;
                continue;
            }
            Finding p;
            p.notes = f.notes;
            evaluateTraffic(protocol, port, p);
            merge(f, std::move(p));
        }
    }
    const bool exceeds = exceedsLimit(f);
    if (f.hasNote(Finding::StoppedAtMalformed))
        f.verdict = exceeds ? Verdict::Exposed : Verdict::Unknown;
    else
        f.verdict = exceeds ? Verdict::Exposed : Verdict::Ok;
    return f;
}

void ExposureEvaluator::merge(Finding &into, Finding &&other)
{
    into.notes |= other.notes;
    if (other.ruleByRuleVerdict == Verdict::Exposed)
        into.ruleByRuleVerdict = Verdict::Exposed;
    if (other.stoppedAt >= 0 && (into.stoppedAt < 0 || other.stoppedAt < into.stoppedAt))
        into.stoppedAt = other.stoppedAt;
    into.allowedIpv4.unite(other.allowedIpv4);
    into.allowedIpv6.unite(other.allowedIpv6);
    // A rule's credits follow its mark: those of the port whose mark says more, or of both
    // ports when they say as much (shadowed on one port by one Deny, on another by another).
    const bool shares = !into.shadowShares.empty() || !other.shadowShares.empty();
    std::vector<quint8> from; // per rule: 1 keep into's credits, 2 take other's, 3 both
    if (shares)
        from.assign(into.trace.size(), 1);
    for (size_t i = 0; i < into.trace.size() && i < other.trace.size(); ++i) {
        const int mine = markWeight(into.trace[i].mark);
        const int theirs = markWeight(other.trace[i].mark);
        if (theirs > mine) {
            into.trace[i] = other.trace[i];
            if (shares)
                from[i] = 2;
        } else if (theirs == mine && shares) {
            from[i] = 3;
            into.trace[i].partlyShadowed |= other.trace[i].partlyShadowed;
        }
    }
    if (shares) {
        std::vector<ShadowShare> merged;
        for (ShadowShare &s : into.shadowShares) {
            if (s.rule < from.size() && (from[s.rule] & 1))
                merged.push_back(std::move(s));
        }
        for (ShadowShare &s : other.shadowShares) {
            if (s.rule < from.size() && (from[s.rule] & 2))
                merged.push_back(std::move(s));
        }
        std::stable_sort(merged.begin(), merged.end(),
                         [](const ShadowShare &a, const ShadowShare &b) {
                             return a.rule != b.rule ? a.rule < b.rule : a.by < b.by;
                         });
        into.shadowShares.clear();
        for (ShadowShare &s : merged) {
            if (!into.shadowShares.empty() && into.shadowShares.back().rule == s.rule
                && into.shadowShares.back().by == s.by) {
                into.shadowShares.back().ipv4.unite(s.ipv4);
                into.shadowShares.back().ipv6.unite(s.ipv6);
                continue;
            }
            if (into.shadowShares.empty() || into.shadowShares.back().rule != s.rule)
                into.trace[s.rule].shadowedBy = qint16(s.by); // the earliest, sorted first
            into.shadowShares.push_back(std::move(s));
        }
    }
    for (ExposingRule &e : other.exposing) {
        auto it = std::find_if(into.exposing.begin(), into.exposing.end(),
                               [&e](const ExposingRule &x) { return x.rule >= e.rule; });
        if (it != into.exposing.end() && it->rule == e.rule) {
            it->ipv4.unite(e.ipv4);
            it->ipv6.unite(e.ipv6);
        } else {
            into.exposing.insert(it, std::move(e));
        }
    }
}

// One protocol and port: the rules in order, first match wins, for each public address.
void ExposureEvaluator::evaluateTraffic(Protocol protocol, quint16 port, Finding &f)
{
    const size_t total = m_rules.size();
    auto protocolMatches = [protocol](Protocol p) {
        return p == Protocol::Any || p == protocol;
    };
    auto matchesTraffic = [&](const SecurityRuleView &r) {
        return protocolMatches(r.protocol()) && r.destinationPortsContain(port);
    };

    m_rem4 = publicIpv4();
    m_rem6 = publicIpv6();
    m_allowed4.clear();
    m_allowed6.clear();
    m_narrow.clear();
    m_applied.clear();
    m_applied4.clear();
    m_applied6.clear();
    f.trace.resize(total);
    bool stopped = false;
    bool ruleByRuleExposed = false;

    for (size_t i = 0; i < total; ++i) {
        const SecurityRuleView &rule = m_rules[i];
        RuleTrace &t = f.trace[i];
        t.rule = quint16(i);
        const bool allow = rule.access() == Access::Allow;
        const bool matches = matchesTraffic(rule);
        // What rule-at-a-time scanners flag: no precedence, any-like sources only.
        if (allow && matches && rule.sourceKinds().hasAnyLike())
            ruleByRuleExposed = true;

        if (stopped) {
            t.mark = RuleMark::NotReached;
            continue;
        }
        if (rule.isMalformed()) {
            // A rule that cannot match the policy's traffic, whatever its bad field meant,
            // does not stop the evaluation.
            const bool irrelevant =
                (rule.protocol() != Protocol::Invalid && !protocolMatches(rule.protocol()))
                || (rule.destinationPortsReadable() && !rule.destinationPortsContain(port))
                || rule.direction() == Direction::Outbound;
            if (irrelevant) {
                t.mark = RuleMark::PortOrProtocolMismatch;
                continue;
            }
            t.mark = RuleMark::Malformed;
            f.stoppedAt = qint16(i);
            f.notes |= Finding::StoppedAtMalformed;
            stopped = true;
            continue;
        }
        if (!matches) {
            t.mark = RuleMark::PortOrProtocolMismatch;
            continue;
        }
        if (allow) {
            if (rule.sourceKinds().has(AddressPrefix::Kind::AzureCloud))
                f.notes |= Finding::AzureCloudAsInternet;
            if (rule.sourceKinds().has(AddressPrefix::Kind::ServiceTag))
                f.notes |= Finding::ServiceTagAllowed;
        }
        // Tags, ASGs and VirtualNetwork hold no public address here: nothing to decode.
        using K = AddressPrefix::Kind;
        const AddressKinds kinds = rule.sourceKinds();
        const bool mayBePublic = kinds.hasAnyLike() || kinds.has(K::Range) || kinds.has(K::Invalid)
            || (allow && kinds.has(K::AzureCloud));
        if (mayBePublic)
            publicSources(rule, allow, m_pub4, m_pub6);
        if (!mayBePublic || (m_pub4.empty() && m_pub6.empty())) {
            t.mark = RuleMark::SourceNotPublic;
            continue;
        }

        const bool allDestinations = rule.coversAllDestinations();
        const bool allSourcePorts = rule.coversAllSourcePorts();
        t.limited = !allDestinations || !allSourcePorts;
        if (t.limited && !allow)
            f.notes |= Finding::LimitedDenyIgnored;

        // Still undecided for this rule's traffic: what no earlier rule matching all of its
        // destinations has decided.
        const Intervals<quint32> *rem4 = &m_rem4;
        const Intervals<uint128> *rem6 = &m_rem6;
        std::optional<AddressSet> destination;
        if (!allDestinations && !m_narrow.empty()) {
            destination = rule.destinationSet();
            m_loc4 = m_rem4;
            m_loc6 = m_rem6;
            for (quint16 k : m_narrow) {
                const Applied &earlier = m_applied[k];
                if (!destination->subtracted(earlier.rule.destinationSet()).isEmpty())
                    continue; // the earlier rule does not cover all of this rule's destinations
                m_tmp4.assign(m_applied4.begin() + earlier.first4,
                              m_applied4.begin() + earlier.first4 + earlier.count4);
                m_tmp6.assign(m_applied6.begin() + earlier.first6,
                              m_applied6.begin() + earlier.first6 + earlier.count6);
                intervals::subtract(m_loc4, m_tmp4, m_dec4);
                m_loc4.swap(m_dec4);
                intervals::subtract(m_loc6, m_tmp6, m_dec6);
                m_loc6.swap(m_dec6);
            }
            rem4 = &m_loc4;
            rem6 = &m_loc6;
        }
        intervals::intersect(m_pub4, *rem4, m_dec4);
        intervals::intersect(m_pub6, *rem6, m_dec6);
        const bool decides = !m_dec4.empty() || !m_dec6.empty();
        t.mark = decides ? RuleMark::Decides : RuleMark::Shadowed;
        t.partlyShadowed = !decides || m_dec4 != m_pub4 || m_dec6 != m_pub6;
        if (t.partlyShadowed) {
            if (!allDestinations && !destination)
                destination = rule.destinationSet();
            // Every earlier rule that took some of its public sources, each address credited
            // to the first rule that matched it: a proof that names only the first of two
            // Denies that close the Internet between them would mislead.
            if (m_recordShares) {
                m_left4 = m_pub4;
                m_left6 = m_pub6;
            }
            for (const Applied &earlier : m_applied) {
                if (m_recordShares && m_left4.empty() && m_left6.empty())
                    break;
                const bool covers = earlier.rule.coversAllDestinations()
                    || (!allDestinations
                        && destination->subtracted(earlier.rule.destinationSet()).isEmpty());
                if (!covers)
                    continue;
                if (!m_recordShares) {
                    // The verdict keeps only the earliest: no credit to work out.
                    if (intervals::intersects(m_applied4.data() + earlier.first4, earlier.count4,
                                              m_pub4.data(), m_pub4.size())
                        || intervals::intersects(m_applied6.data() + earlier.first6, earlier.count6,
                                                 m_pub6.data(), m_pub6.size())) {
                        t.shadowedBy = qint16(earlier.index);
                        break;
                    }
                    continue;
                }
                m_tmp4.assign(m_applied4.begin() + earlier.first4,
                              m_applied4.begin() + earlier.first4 + earlier.count4);
                m_tmp6.assign(m_applied6.begin() + earlier.first6,
                              m_applied6.begin() + earlier.first6 + earlier.count6);
                intervals::intersect(m_left4, m_tmp4, m_took4);
                intervals::intersect(m_left6, m_tmp6, m_took6);
                if (m_took4.empty() && m_took6.empty())
                    continue;
                if (t.shadowedBy < 0)
                    t.shadowedBy = qint16(earlier.index);
                f.shadowShares.push_back({quint16(i), earlier.index,
                                          IntervalSet<quint32>::fromCanonical(m_took4),
                                          IntervalSet<uint128>::fromCanonical(m_took6)});
                intervals::subtract(m_left4, m_took4, m_tmp4);
                m_left4.swap(m_tmp4);
                intervals::subtract(m_left6, m_took6, m_tmp6);
                m_left6.swap(m_tmp6);
            }
        }
        if (decides && allow) {
            intervals::unite(m_allowed4, m_dec4, m_tmp4);
            m_allowed4.swap(m_tmp4);
            intervals::unite(m_allowed6, m_dec6, m_tmp6);
            m_allowed6.swap(m_tmp6);
            f.exposing.push_back(ExposingRule{quint16(i),
                                              IntervalSet<quint32>::fromCanonical(m_dec4),
                                              IntervalSet<uint128>::fromCanonical(m_dec6)});
        }
        // A rule takes its sources out of play for later rules only if it matches every
        // connection from them: all source ports (and, for later rules, their destinations).
        if (allSourcePorts) {
            m_applied.push_back({quint16(i), rule, quint32(m_applied4.size()),
                                 quint32(m_pub4.size()), quint32(m_applied6.size()),
                                 quint32(m_pub6.size())});
            m_applied4.insert(m_applied4.end(), m_pub4.begin(), m_pub4.end());
            m_applied6.insert(m_applied6.end(), m_pub6.begin(), m_pub6.end());
            if (allDestinations) {
                intervals::subtract(m_rem4, m_pub4, m_tmp4);
                m_rem4.swap(m_tmp4);
                intervals::subtract(m_rem6, m_pub6, m_tmp6);
                m_rem6.swap(m_tmp6);
            } else {
                m_narrow.push_back(quint16(m_applied.size() - 1));
            }
        }
    }

    f.allowedIpv4 = IntervalSet<quint32>::fromCanonical(m_allowed4);
    f.allowedIpv6 = IntervalSet<uint128>::fromCanonical(m_allowed6);
    f.ruleByRuleVerdict = ruleByRuleExposed ? Verdict::Exposed : Verdict::Ok;
}

} // namespace nsg
