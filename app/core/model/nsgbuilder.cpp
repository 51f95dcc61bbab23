// SPDX-License-Identifier: MIT
#include "nsgbuilder.h"

#include "nsgdata_p.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

namespace nsg {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("nsg::NsgBuilder", text);
}

QString qs(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

bool equalsIgnoreCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i) {
        auto lower = [](char c) {
            return (c >= 'A' && c <= 'Z') ? char(c + 32) : c;
        };
        if (lower(a[i]) != lower(b[i]))
            return false;
    }
    return true;
}

int directionRank(Direction d)
{
    return d == Direction::Outbound ? 1 : 0;
}

template<typename T>
void sortAndMerge(Intervals<T> &v)
{
    if (v.size() < 2)
        return;
    std::sort(v.begin(), v.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    size_t out = 0;
    for (size_t i = 1; i < v.size(); ++i) {
        if (v[out].last == IntervalSet<T>::kMax || v[out].last + 1 >= v[i].first)
            v[out].last = std::max(v[out].last, v[i].last);
        else
            v[++out] = v[i];
    }
    v.resize(out + 1);
}

struct ResourceIdParts
{
    std::string subscription, resourceGroup, name;
};

// The NSG-level parts of /subscriptions/{s}/resourceGroups/{rg}/providers/{ns}/{type}/{name},
// segment names in any letter case; without allocating a QString per NSG.
ResourceIdParts splitResourceId(std::string_view id)
{
    std::vector<std::string_view> parts;
    size_t pos = 0;
    while (pos <= id.size() && parts.size() < 9) {
        const size_t slash = id.find('/', pos);
        const std::string_view part =
            id.substr(pos, slash == std::string_view::npos ? id.npos : slash - pos);
        if (!part.empty())
            parts.push_back(part);
        if (slash == std::string_view::npos)
            break;
        pos = slash + 1;
    }
    ResourceIdParts out;
    size_t i = 0;
    if (i + 1 < parts.size() && equalsIgnoreCase(parts[i], "subscriptions")) {
        out.subscription = parts[i + 1];
        i += 2;
    }
    if (i + 1 < parts.size() && equalsIgnoreCase(parts[i], "resourceGroups")) {
        out.resourceGroup = parts[i + 1];
        i += 2;
    }
    if (i + 3 < parts.size() && equalsIgnoreCase(parts[i], "providers"))
        out.name = parts[i + 3];
    return out;
}

struct StandardRuleText
{
    const char *name;
    const char *description;
    int priority;
    const char *access;
    const char *direction;
    const char *source;
    const char *destination;
};

// As ARM returns them (names exactly as the API spells them).
constexpr std::array<StandardRuleText, 6> kStandardRules{{
    {"AllowVnetInBound", "Allow inbound traffic from all VMs in VNET", 65000, "Allow", "Inbound",
     "VirtualNetwork", "VirtualNetwork"},
    {"AllowAzureLoadBalancerInBound", "Allow inbound traffic from azure load balancer", 65001,
     "Allow", "Inbound", "AzureLoadBalancer", "*"},
    {"DenyAllInBound", "Deny all inbound traffic", 65500, "Deny", "Inbound", "*", "*"},
    {"AllowVnetOutBound", "Allow outbound traffic from all VMs to all VMs in VNET", 65000, "Allow",
     "Outbound", "VirtualNetwork", "VirtualNetwork"},
    {"AllowInternetOutBound", "Allow outbound traffic from all VMs to Internet", 65001, "Allow",
     "Outbound", "*", "Internet"},
    {"DenyAllOutBound", "Deny all outbound traffic", 65500, "Deny", "Outbound", "*", "*"},
}};

SecurityRuleInput standardInput(const StandardRuleText &t)
{
    SecurityRuleInput in;
    in.name = t.name;
    in.description = t.description;
    in.priority = t.priority;
    in.protocol = "*";
    in.access = t.access;
    in.direction = t.direction;
    in.sourcePorts.items = {"*"};
    in.sourcePorts.firstFromSingular = true;
    in.destinationPorts.items = {"*"};
    in.destinationPorts.firstFromSingular = true;
    in.sourceAddresses.items = {t.source};
    in.sourceAddresses.firstFromSingular = true;
    in.destinationAddresses.items = {t.destination};
    in.destinationAddresses.firstFromSingular = true;
    in.isDefault = true;
    return in;
}

} // namespace

void SecurityRuleInput::clear()
{
    name = description = id = etag = {};
    priority.reset();
    priorityPresent = false;
    protocol.reset();
    access.reset();
    direction.reset();
    sourcePorts.clear();
    destinationPorts.clear();
    sourceAddresses.clear();
    destinationAddresses.clear();
    sourceAsgs.clear();
    destinationAsgs.clear();
    isDefault = false;
    malformed = false;
    path.clear();
    fieldPrefix.clear();
}

struct NsgBuilder::Standard
{
    QExplicitlySharedDataPointer<const detail::Arena> arena;
    std::vector<SecurityRule> rules; // sorted: inbound then outbound
    std::vector<std::string_view> bytes; // each rule's encoding, for comparison
};

NsgBuilder::NsgBuilder() = default;

const NsgBuilder::Standard &NsgBuilder::standard()
{
    static const Standard s = [] {
        Standard result;
        NsgBuilder b;
        std::vector<PendingRule> pending;
        for (const StandardRuleText &t : kStandardRules)
            b.encodeRule(standardInput(t), false, pending);
        result.arena = QExplicitlySharedDataPointer<const detail::Arena>(
            detail::Arena::create(b.m_writer.bytes()));
        for (PendingRule &p : pending) {
            p.rule.m_arena = result.arena;
            result.rules.push_back(p.rule);
            result.bytes.push_back(
                std::string_view(result.arena->data() + p.begin, p.end - p.begin));
        }
        return result;
    }();
    return s;
}

std::span<const SecurityRule> NsgBuilder::standardDefaults()
{
    return std::span<const SecurityRule>(standard().rules);
}

void NsgBuilder::reset()
{
    m_writer.clear();
    m_custom.clear();
    m_defaults.clear();
    m_id.clear();
    m_etag.clear();
    m_name.clear();
    m_location.clear();
    m_tenantId.clear();
    m_resourceGroup.clear();
    m_subscriptionId.clear();
    m_provisioningState.clear();
    m_subnets.clear();
    m_nics.clear();
    m_sourceFile.clear();
    m_sourcePath.clear();
    m_problems.clear();
}

void NsgBuilder::setId(std::string_view id)
{
    m_id = id;
}

void NsgBuilder::setEtag(std::string_view etag)
{
    m_etag = etag;
}

void NsgBuilder::setName(std::string_view name)
{
    m_name = name;
}

void NsgBuilder::setLocation(std::string_view location)
{
    m_location = location;
}

void NsgBuilder::setTenantId(std::string_view tenantId)
{
    m_tenantId = tenantId;
}

void NsgBuilder::setResourceGroup(std::string_view resourceGroup)
{
    m_resourceGroup = resourceGroup;
}

void NsgBuilder::setSubscriptionId(std::string_view subscriptionId)
{
    m_subscriptionId = subscriptionId;
}

void NsgBuilder::setProvisioningState(std::string_view state)
{
    m_provisioningState = state;
}

void NsgBuilder::addSubnet(std::string_view id)
{
    m_subnets.emplace_back(id);
}

void NsgBuilder::addNetworkInterface(std::string_view id)
{
    m_nics.emplace_back(id);
}

void NsgBuilder::setSource(const QString &file, const QString &path)
{
    m_sourceFile = file;
    m_sourcePath = path;
}

void NsgBuilder::addProblem(ReadProblem::Severity severity, const QString &path,
                            const QString &message, const QString &ruleName)
{
    m_problems.append(ReadProblem{severity, path, message, ruleName});
}

void NsgBuilder::addRule(const SecurityRuleInput &rule)
{
    encodeRule(rule, false, rule.isDefault ? m_defaults : m_custom);
}

void NsgBuilder::encodeRule(const SecurityRuleInput &in, bool assumed,
                            std::vector<PendingRule> &into)
{
    SecurityRule r;
    const QString ruleName = qs(in.name);
    auto field = [&in](const char *name) -> QString {
        return in.path + QLatin1Char('.') + in.fieldPrefix + QLatin1String(name);
    };
    auto malformed = [&](const QString &path, const QString &message) {
        r.m_flags |= SecurityRule::kMalformed;
        m_problems.append(ReadProblem{ReadProblem::Severity::Rule, path, message, ruleName});
    };
    auto listEntryPath = [&](const SecurityRuleInput::List &list, size_t i, const char *singular,
                             const char *plural) -> QString {
        if (list.firstFromSingular && i == 0)
            return field(singular);
        const size_t index = list.firstFromSingular ? i - 1 : i;
        return field(plural) + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
    };

    if (in.isDefault)
        r.m_flags |= SecurityRule::kDefault;
    if (in.malformed)
        r.m_flags |= SecurityRule::kMalformed;
    if (assumed)
        r.m_flags |= SecurityRule::kAssumed;
    if (in.name.empty()) {
        m_problems.append(ReadProblem{ReadProblem::Severity::Warning, field("name"),
                                      tr("the rule has no name"), QString()});
    }

    // Priority: first match wins, so a rule without a usable priority has no place in the order.
    if (in.priority) {
        if (*in.priority < 0 || *in.priority > 65535) {
            malformed(field("priority"), tr("%1 is not a valid priority").arg(*in.priority));
        } else {
            r.m_priority = qint32(*in.priority);
            const bool inRange = in.isDefault ? (*in.priority >= 65000)
                                              : (*in.priority >= 100 && *in.priority <= 4096);
            if (!inRange) {
                m_problems.append(
                    ReadProblem{ReadProblem::Severity::Warning, field("priority"),
                                tr("priority %1 is outside the range Azure accepts (100-4096)")
                                    .arg(*in.priority),
                                ruleName});
            }
        }
    } else if (!in.priorityPresent) {
        malformed(field("priority"), tr("missing"));
    } else {
        r.m_flags |= SecurityRule::kMalformed; // the reader reported the type error
    }

    std::string_view rawProtocol, rawAccess, rawDirection;
    if (!in.protocol) {
        malformed(field("protocol"), tr("missing"));
    } else if (const auto p = parseProtocol(*in.protocol)) {
        r.m_protocol = *p;
    } else {
        rawProtocol = *in.protocol;
        malformed(field("protocol"),
                  tr("'%1' is not a protocol (Tcp, Udp, Icmp, Esp, Ah or *)").arg(qs(rawProtocol)));
    }
    if (!in.access) {
        malformed(field("access"), tr("missing"));
    } else if (const auto a = parseAccess(*in.access)) {
        r.m_access = *a;
    } else {
        rawAccess = *in.access;
        malformed(field("access"), tr("'%1' is neither Allow nor Deny").arg(qs(rawAccess)));
    }
    if (!in.direction) {
        malformed(field("direction"), tr("missing"));
    } else if (const auto d = parseDirection(*in.direction)) {
        r.m_direction = *d;
    } else {
        rawDirection = *in.direction;
        malformed(field("direction"),
                  tr("'%1' is neither Inbound nor Outbound").arg(qs(rawDirection)));
    }

    // Destination ports.
    PortSet destinationPorts;
    if (in.destinationPorts.items.empty()) {
        r.m_flags |= SecurityRule::kPortsUnreadable;
        malformed(field("destinationPortRange"), tr("no destination port range"));
    }
    for (size_t i = 0; i < in.destinationPorts.items.size(); ++i) {
        QString error;
        if (const auto ports = PortSet::parseEntry(in.destinationPorts.items[i], &error)) {
            destinationPorts.unite(*ports);
        } else {
            r.m_flags |= SecurityRule::kPortsUnreadable;
            malformed(listEntryPath(in.destinationPorts, i, "destinationPortRange",
                                    "destinationPortRanges"),
                      error);
        }
    }
    // Source ports matter for Deny rules: one limited to some source ports blocks nothing else.
    PortSet sourcePorts;
    if (in.sourcePorts.items.empty())
        malformed(field("sourcePortRange"), tr("no source port range"));
    for (size_t i = 0; i < in.sourcePorts.items.size(); ++i) {
        QString error;
        if (const auto ports = PortSet::parseEntry(in.sourcePorts.items[i], &error))
            sourcePorts.unite(*ports);
        else
            malformed(listEntryPath(in.sourcePorts, i, "sourcePortRange", "sourcePortRanges"),
                      error);
    }
    if (sourcePorts.isAll())
        r.m_flags |= SecurityRule::kAllSourcePorts;

    // Addresses.
    auto classifyAll = [&](const SecurityRuleInput::List &list, size_t asgCount, bool isSource,
                           quint16 &kindsOut) {
        AddressKinds kinds;
        m_v4.clear();
        m_v6.clear();
        bool allDestinations = false;
        if (list.items.empty() && asgCount == 0) {
            malformed(field(isSource ? "sourceAddressPrefix" : "destinationAddressPrefix"),
                      isSource ? tr("no source address prefix or application security group")
                               : tr("no destination address prefix or application security "
                                    "group"));
        }
        for (size_t i = 0; i < list.items.size(); ++i) {
            const AddressPrefix p = AddressPrefix::classify(list.items[i]);
            using K = AddressPrefix::Kind;
            switch (p.kind) {
            case K::Everything:
                if (isSource || p.name != QLatin1String("Internet")) {
                    m_v4.push_back({0, IntervalSet<quint32>::kMax});
                    m_v6.push_back({0, IntervalSet<uint128>::kMax});
                    allDestinations = allDestinations || !isSource;
                }
                break;
            case K::AllIpv4:
            case K::AllIpv6:
            case K::Range:
                if (p.cidr.isIpv4())
                    m_v4.push_back({p.cidr.ipv4First(), p.cidr.ipv4Last()});
                else
                    m_v6.push_back({p.cidr.first(), p.cidr.last()});
                break;
            case K::VirtualNetwork:
                allDestinations = allDestinations || !isSource;
                break;
            case K::Invalid:
                malformed(listEntryPath(
                              list, i,
                              isSource ? "sourceAddressPrefix" : "destinationAddressPrefix",
                              isSource ? "sourceAddressPrefixes" : "destinationAddressPrefixes"),
                          p.name);
                break;
            default:
                break;
            }
            kinds.add(p.kind);
        }
        if (asgCount > 0)
            kinds.addApplicationSecurityGroup();
        sortAndMerge<quint32>(m_v4);
        sortAndMerge<uint128>(m_v6);
        kindsOut = kinds.bits();
        return allDestinations;
    };

    // Text record.
    r.m_text = m_writer.offset();
    const quint32 begin = r.m_text;
    m_writer.putString(in.name);
    m_writer.putString(in.description);
    const std::string derivedId = m_id.empty() ? std::string()
                                               : m_id
            + (in.isDefault ? "/defaultSecurityRules/" : "/securityRules/") + std::string(in.name);
    m_writer.putString(in.id == derivedId ? std::string_view() : in.id);
    m_writer.putString(in.etag == m_etag ? std::string_view() : in.etag);
    m_writer.putString(rawProtocol);
    m_writer.putString(rawAccess);
    m_writer.putString(rawDirection);
    m_writer.putList(in.sourcePorts.items);
    m_writer.putList(in.destinationPorts.items);
    m_writer.putList(in.sourceAddresses.items);
    m_writer.putList(in.destinationAddresses.items);
    m_writer.putList(in.sourceAsgs);
    m_writer.putList(in.destinationAsgs);

    // Parsed block.
    r.m_parsed = m_writer.offset();
    const auto &portIntervals = destinationPorts.intervals().intervals();
    if (!portIntervals.empty()) {
        r.m_portFirst = portIntervals.front().first;
        r.m_portLast = portIntervals.front().last;
    }
    if (portIntervals.size() > 1) {
        r.m_flags |= SecurityRule::kMorePorts;
        m_writer.putPod(quint16(portIntervals.size() - 1));
        for (size_t i = 1; i < portIntervals.size(); ++i) {
            m_writer.putPod(portIntervals[i].first);
            m_writer.putPod(portIntervals[i].last);
        }
    }
    auto putIntervals = [this] {
        m_writer.putPod(quint32(m_v4.size()));
        m_writer.putPod(quint32(m_v6.size()));
        for (const auto &i : m_v4) {
            m_writer.putPod(i.first);
            m_writer.putPod(i.last);
        }
        for (const auto &i : m_v6) {
            m_writer.putPod(i.first);
            m_writer.putPod(i.last);
        }
    };
    classifyAll(in.sourceAddresses, in.sourceAsgs.size(), true, r.m_sourceKinds);
    putIntervals();
    if (classifyAll(in.destinationAddresses, in.destinationAsgs.size(), false,
                    r.m_destinationKinds))
        r.m_flags |= SecurityRule::kAllDestinations;
    putIntervals();

    into.push_back(PendingRule{r, quint32(into.size()), begin, m_writer.offset()});
}

NetworkSecurityGroup NsgBuilder::build()
{
    auto *d = new detail::NsgData;
    d->sourceFile = m_sourceFile;

    // Identity: the id is the source of truth; explicit fields fill what it lacks.
    const ResourceIdParts parts = splitResourceId(m_id);
    std::string name = m_name.empty() ? parts.name : m_name;
    std::string resourceGroup = parts.resourceGroup.empty() ? m_resourceGroup : parts.resourceGroup;
    std::string subscription = parts.subscription.empty() ? m_subscriptionId : parts.subscription;

    d->text = m_writer.offset();
    const QByteArray sourcePath = m_sourcePath.toUtf8();
    m_writer.putString(m_id);
    m_writer.putString(name);
    m_writer.putString(resourceGroup);
    m_writer.putString(subscription);
    m_writer.putString(m_location);
    m_writer.putString(m_etag);
    m_writer.putString(m_tenantId);
    m_writer.putString(m_provisioningState);
    m_writer.putString(std::string_view(sourcePath.constData(), size_t(sourcePath.size())));
    m_writer.putList(m_subnets);
    m_writer.putList(m_nics);
    d->arena =
        QExplicitlySharedDataPointer<const detail::Arena>(detail::Arena::create(m_writer.bytes()));

    auto byEvaluationOrder = [](const PendingRule &a, const PendingRule &b) {
        const int da = directionRank(a.rule.direction()), db = directionRank(b.rule.direction());
        if (da != db)
            return da < db;
        if (a.rule.priority() != b.rule.priority())
            return a.rule.priority() < b.rule.priority();
        return a.order < b.order;
    };

    // Custom rules.
    std::sort(m_custom.begin(), m_custom.end(), byEvaluationOrder);
    d->custom.reserve(m_custom.size());
    for (PendingRule &p : m_custom) {
        p.rule.m_arena = d->arena;
        if (directionRank(p.rule.direction()) == 0)
            ++d->inboundCustom;
        d->custom.push_back(std::move(p.rule));
    }
    for (size_t i = 1; i < d->custom.size(); ++i) {
        SecurityRule &a = d->custom[i - 1];
        SecurityRule &b = d->custom[i];
        if (a.hasPriority() && a.priority() == b.priority() && a.direction() == b.direction()
            && a.direction() != Direction::Invalid) {
            // Azure forbids this; the order between the two is unknowable.
            a.m_flags |= SecurityRule::kMalformed;
            b.m_flags |= SecurityRule::kMalformed;
            m_problems.append(
                ReadProblem{ReadProblem::Severity::Rule, QString(),
                            tr("rules '%1' and '%2' share priority %3 in the same direction")
                                .arg(a.name(), b.name())
                                .arg(a.priority()),
                            b.name()});
        }
    }

    // Default rules: shared when they are exactly Azure's; else own, completed with the
    // standard ones the input lacks.
    const Standard &standardSet = standard();
    if (m_defaults.empty()) {
        d->defaultsAssumed = true;
    } else {
        bool isStandard = m_defaults.size() == standardSet.rules.size();
        if (isStandard) {
            std::sort(m_defaults.begin(), m_defaults.end(), byEvaluationOrder);
            for (size_t i = 0; i < m_defaults.size() && isStandard; ++i) {
                const PendingRule &p = m_defaults[i];
                const SecurityRule &s = standardSet.rules[i];
                const std::string_view bytes(m_writer.bytes().data() + p.begin, p.end - p.begin);
                isStandard = bytes == standardSet.bytes[i] && p.rule.m_priority == s.m_priority
                    && p.rule.m_protocol == s.m_protocol && p.rule.m_access == s.m_access
                    && p.rule.m_direction == s.m_direction && p.rule.m_flags == s.m_flags;
            }
        }
        if (!isStandard) {
            for (PendingRule &p : m_defaults) {
                p.rule.m_arena = d->arena;
                d->defaults.push_back(p.rule);
            }
            for (size_t i = 0; i < standardSet.rules.size(); ++i) {
                const std::string_view standardName(kStandardRules[i].name);
                const bool present =
                    std::any_of(d->defaults.begin(), d->defaults.end(), [&](const SecurityRule &r) {
                        return r.direction() == standardSet.rules[i].direction()
                            && equalsIgnoreCase(r.name().toStdString(), standardName);
                    });
                if (!present) {
                    SecurityRule assumedRule = standardSet.rules[i];
                    assumedRule.m_flags |= SecurityRule::kAssumed;
                    d->defaults.push_back(assumedRule);
                }
            }
            std::stable_sort(d->defaults.begin(), d->defaults.end(),
                             [](const SecurityRule &a, const SecurityRule &b) {
                                 const int da = directionRank(a.direction());
                                 const int db = directionRank(b.direction());
                                 return da != db ? da < db : a.priority() < b.priority();
                             });
            d->inboundDefaults = quint32(
                std::count_if(d->defaults.begin(), d->defaults.end(), [](const SecurityRule &r) {
                    return directionRank(r.direction()) == 0;
                }));
        }
    }

    d->problems = std::move(m_problems);
    reset();
    return NetworkSecurityGroup(d);
}

} // namespace nsg
