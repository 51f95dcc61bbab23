// SPDX-License-Identifier: MIT
#include "exposureevaluator.h"

#include "net/addressset.h"

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

bool ExposureEvaluator::exceedsLimit(const Finding &finding) const
{
    return finding.publicIpv4Count() > m_options.limit.maxPublicIpv4
        || finding.publicIpv6Count() > m_maxIpv6;
}

// Public addresses among the rule's sources. In an Allow, AzureCloud stands for the Internet;
// in a Deny no service tag is taken to cover public addresses (we cannot expand them here).
void ExposureEvaluator::publicSources(const SecurityRule &rule, bool asAllow,
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

    const PortPolicy &policy = m_options.policy;
    const std::span<const SecurityRule> custom = nsg.inboundCustomRules();
    const std::span<const SecurityRule> defaults = nsg.inboundDefaultRules();
    const size_t total = custom.size() + defaults.size();
    auto ruleAt = [&](size_t i) -> const SecurityRule & {
        return i < custom.size() ? custom[i] : defaults[i - custom.size()];
    };
    auto matchesTraffic = [&policy](const SecurityRule &r) {
        return policy.matchesProtocol(r.protocol()) && r.destinationPortsContain(policy.port);
    };

    m_rem4 = publicIpv4();
    m_rem6 = publicIpv6();
    m_allowed4.clear();
    m_allowed6.clear();
    m_narrow.clear();
    m_applied.clear();
    f.trace.resize(total);
    bool stopped = false;
    bool ruleByRuleExposed = false;

    for (size_t i = 0; i < total; ++i) {
        const SecurityRule &rule = ruleAt(i);
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
                (rule.protocol() != Protocol::Invalid && !policy.matchesProtocol(rule.protocol()))
                || (rule.destinationPortsReadable() && !rule.destinationPortsContain(policy.port))
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
        publicSources(rule, allow, m_pub4, m_pub6);
        if (m_pub4.empty() && m_pub6.empty()) {
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
        if (!allDestinations && !m_narrow.empty()) {
            const AddressSet destination = rule.destinationSet();
            m_loc4 = m_rem4;
            m_loc6 = m_rem6;
            for (const Applied &earlier : m_narrow) {
                if (!destination.subtracted(earlier.ptr->destinationSet()).isEmpty())
                    continue; // the earlier rule does not cover all of this rule's destinations
                publicSources(*earlier.ptr, earlier.ptr->access() == Access::Allow, m_tmp4, m_tmp6);
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
            const AddressSet destination =
                allDestinations ? AddressSet::everything() : rule.destinationSet();
            for (const Applied &earlier : m_applied) {
                const bool covers = earlier.ptr->coversAllDestinations()
                    || destination.subtracted(earlier.ptr->destinationSet()).isEmpty();
                if (!covers)
                    continue;
                publicSources(*earlier.ptr, earlier.ptr->access() == Access::Allow, m_tmp4, m_tmp6);
                if (intervals::intersects(m_tmp4, m_pub4)
                    || intervals::intersects(m_tmp6, m_pub6)) {
                    t.shadowedBy = qint16(earlier.rule);
                    break;
                }
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
            m_applied.push_back({quint16(i), &rule});
            if (allDestinations) {
                intervals::subtract(m_rem4, m_pub4, m_tmp4);
                m_rem4.swap(m_tmp4);
                intervals::subtract(m_rem6, m_pub6, m_tmp6);
                m_rem6.swap(m_tmp6);
            } else {
                m_narrow.push_back({quint16(i), &rule});
            }
        }
    }

    f.allowedIpv4 = IntervalSet<quint32>::fromCanonical(m_allowed4);
    f.allowedIpv6 = IntervalSet<uint128>::fromCanonical(m_allowed6);
    f.ruleByRuleVerdict = ruleByRuleExposed ? Verdict::Exposed : Verdict::Ok;
    const bool exceeds = exceedsLimit(f);
    if (stopped)
        f.verdict = exceeds ? Verdict::Exposed : Verdict::Unknown;
    else
        f.verdict = exceeds ? Verdict::Exposed : Verdict::Ok;
    return f;
}

} // namespace nsg
