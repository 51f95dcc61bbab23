// SPDX-License-Identifier: MIT
#include "core/audit/pathhops.h"

#include "core/audit/findingtext.h"

#include <QCoreApplication>

namespace nsg {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("nsg::PathHops", text);
}

QString entryTitle(Endpoint::Via via)
{
    switch (via) {
    case Endpoint::Via::PublicIp:
        return tr("Public IP");
    case Endpoint::Via::LoadBalancerRule:
        return tr("Load-balancing rule");
    case Endpoint::Via::InboundNatRule:
        return tr("Inbound NAT rule");
    case Endpoint::Via::FirewallDnat:
        return tr("Firewall DNAT");
    }
    return QString();
}

int decidingHop(const Endpoint &e)
{
    switch (e.decidedLayer) {
    case Endpoint::Layer::AdminRule:
        return e.hopIndex.admin;
    case Endpoint::Layer::SubnetNsg:
        return e.hopIndex.subnetNsg;
    case Endpoint::Layer::NicNsg:
        return e.hopIndex.nicNsg;
    case Endpoint::Layer::Firewall:
        return e.path.size() > 1 ? 1 : -1;
    case Endpoint::Layer::Platform:
        return e.hopIndex.platform >= 0 ? e.hopIndex.platform : e.hopIndex.target;
    case Endpoint::Layer::None:
        break;
    }
    return -1;
}

QString layerText(Endpoint::Layer layer)
{
    switch (layer) {
    case Endpoint::Layer::AdminRule:
        return tr("admin rule");
    case Endpoint::Layer::SubnetNsg:
        return tr("subnet NSG");
    case Endpoint::Layer::NicNsg:
        return tr("NIC NSG");
    case Endpoint::Layer::Firewall:
        return tr("firewall");
    case Endpoint::Layer::Platform:
        return tr("platform");
    case Endpoint::Layer::None:
        break;
    }
    return tr("nothing (not decided)");
}

// OK, yet some public sources (within the breadth limit) reach the workload.
bool limited(const Endpoint &e)
{
    return e.verdict == Verdict::Ok && !e.allowed.isEmpty();
}

} // namespace

QString endpointStateText(const Endpoint &e)
{
    if (e.verdict == Verdict::Exposed)
        return tr("exposed");
    if (limited(e))
        return tr("restricted to %1")
            .arg(countPhrase(e.allowed.ipv4Count(), e.allowed.ipv6Count()));
    return e.verdict == Verdict::Ok ? tr("blocked") : tr("not decided");
}

QString decidedByText(const Endpoint &e)
{
    QString text = layerText(e.decidedLayer);
    if (!e.decidedId.isEmpty())
        text += QLatin1Char(' ') + e.decidedId.section(QLatin1Char('/'), -1);
    if (!e.decidedRule.isEmpty() && !e.decidedId.endsWith(e.decidedRule))
        text += QStringLiteral(": ") + e.decidedRule;
    return text;
}

QString entryText(const Endpoint &e)
{
    return QStringLiteral("%1:%2")
        .arg(e.publicIp.section(QLatin1Char('/'), -1))
        .arg(e.frontendPort);
}

QString targetText(const Endpoint &e)
{
    return QStringLiteral("%1 (%2:%3)")
        .arg(e.networkInterfaceId.section(QLatin1Char('/'), -1), e.privateIp)
        .arg(e.targetPort);
}

QString latentReason(const ReachabilityResult &paths, const QString &nsgId)
{
    const QString admin = paths.overriddenBy.value(nsgId.toLower()).section(QLatin1Char('/'), -1);
    if (!admin.isEmpty())
        return tr("the admin rule %1 denies the port before its rules are evaluated").arg(admin);
    const Endpoint *first = nullptr;
    int stopped = 0;
    for (const Endpoint &e : paths.endpoints) {
        if (e.verdict == Verdict::Ok && e.passes(nsgId)) {
            ++stopped;
            first = first ? first : &e;
        }
    }
    if (!first)
        return tr("no public entry point reaches what it guards");
    return QCoreApplication::translate("nsg::PathHops",
                                       "%n public entry point(s) reach what it guards, and are "
                                       "stopped before they get through: %1 by %2",
                                       nullptr, stopped)
        .arg(entryText(*first) + QStringLiteral(" → ") + targetText(*first), decidedByText(*first));
}

QString stateName(PathHop::State state)
{
    switch (state) {
    case PathHop::State::Passes:
        return QStringLiteral("passes");
    case PathHop::State::Admits:
        return QStringLiteral("admits");
    case PathHop::State::Stops:
        return QStringLiteral("stops");
    case PathHop::State::Limits:
        return QStringLiteral("limits");
    case PathHop::State::Undecided:
        return QStringLiteral("undecided");
    case PathHop::State::NotReached:
        return QStringLiteral("not-reached");
    }
    return QString();
}

std::vector<PathHop> pathHops(const Endpoint &e)
{
    std::vector<PathHop> hops;
    const int deciding = decidingHop(e);
    bool stopped = false;
    bool bypassed = false; // an AlwaysAllow admin rule: the NSGs are not evaluated
    for (int i = 0; i < e.path.size(); ++i) {
        PathHop hop;
        hop.text = e.path[i];
        if (i == 0) {
            hop.kind = PathHop::Kind::Internet;
            hop.title = tr("Internet");
            hop.text = e.verdict == Verdict::Exposed
                ? tr("getting through: %1")
                      .arg(countPhrase(e.allowed.ipv4Count(), e.allowed.ipv6Count()))
                : limited(e) ? tr("getting through: only %1, within the limit")
                                   .arg(countPhrase(e.allowed.ipv4Count(), e.allowed.ipv6Count()))
                             : tr("public sources");
        } else if (i == 1) {
            hop.kind = PathHop::Kind::Entry;
            hop.title = entryTitle(e.via);
            hop.resourceId = e.viaId;
        } else if (i == e.hopIndex.admin) {
            hop.kind = PathHop::Kind::AdminRules;
            hop.title = tr("Admin rules");
            // Its page is the virtual network's admin rules.
            hop.resourceId = e.virtualNetworkId;
        } else if (i == e.hopIndex.subnetNsg) {
            hop.kind = PathHop::Kind::SubnetNsg;
            hop.title = tr("Subnet NSG");
            hop.resourceId = e.subnetNsgId;
        } else if (i == e.hopIndex.nicNsg) {
            hop.kind = PathHop::Kind::NicNsg;
            hop.title = tr("NIC NSG");
            hop.resourceId = e.nicNsgId;
        } else if (i == e.hopIndex.target) {
            hop.kind = PathHop::Kind::Target;
            hop.title = tr("Network interface");
            hop.resourceId = e.networkInterfaceId;
        } else {
            hop.kind = PathHop::Kind::Note;
            hop.title = tr("Note");
        }
        const bool nsg = hop.kind == PathHop::Kind::SubnetNsg || hop.kind == PathHop::Kind::NicNsg;
        if (stopped || (bypassed && nsg)) {
            hop.state = PathHop::State::NotReached;
        } else if (i == deciding) {
            hop.ruleId = e.decidedLayer == Endpoint::Layer::AdminRule ? e.decidedId : e.decidedRule;
            hop.state = e.verdict == Verdict::Exposed ? PathHop::State::Admits
                : limited(e)                          ? PathHop::State::Limits
                : e.verdict == Verdict::Ok            ? PathHop::State::Stops
                                                      : PathHop::State::Undecided;
            stopped = hop.state == PathHop::State::Stops;
            bypassed = hop.kind == PathHop::Kind::AdminRules && hop.state == PathHop::State::Admits;
        }
        hops.push_back(std::move(hop));
    }
    // Where the pass could not follow the path to a layer, it says why at the end.
    if (deciding < 0 && e.verdict == Verdict::Unknown) {
        PathHop why;
        why.kind = PathHop::Kind::Note;
        why.state = PathHop::State::Undecided;
        why.title = tr("Not decided");
        why.text = e.reason;
        hops.push_back(std::move(why));
    }
    return hops;
}

QString describePath(const Endpoint &e, const std::vector<PathHop> &hops)
{
    const QString verdict = endpointStateText(e);
    QStringList parts;
    int n = 0;
    for (const PathHop &h : hops) {
        QString state;
        switch (h.state) {
        case PathHop::State::Admits:
            state = tr(" (decides: lets the Internet through)");
            break;
        case PathHop::State::Stops:
            state = tr(" (decides: stops it here)");
            break;
        case PathHop::State::Limits:
            state = tr(" (decides: lets in only the sources within the limit)");
            break;
        case PathHop::State::Undecided:
            state = tr(" (could not be decided)");
            break;
        case PathHop::State::NotReached:
            state = tr(" (not reached)");
            break;
        case PathHop::State::Passes:
            break;
        }
        parts.append(QStringLiteral("%1. %2: %3%4").arg(++n).arg(h.title, h.text, state));
    }
    return tr("Path from the Internet to %1 (%2:%3), %4: %5")
        .arg(e.networkInterfaceId.section(QLatin1Char('/'), -1), e.privateIp)
        .arg(e.targetPort)
        .arg(verdict, parts.join(QLatin1String("; ")));
}

} // namespace nsg
