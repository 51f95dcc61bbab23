// SPDX-License-Identifier: MIT
#include "core/model/nsgbuilder.h"

#include "core/model/defaultrules.h"

#include "core/util/ascii.h"

#include "core/model/ruleencoding_p.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

namespace nsg {

using ascii::equalsIgnoreCase;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("nsg::NsgBuilder", text);
}

QString qs(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

int directionRank(Direction d)
{
    return d == Direction::Outbound ? 1 : 0;
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

SecurityRuleInput standardInput(const DefaultRuleSpec &t)
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
    QExplicitlySharedDataPointer<detail::NsgBlock> block; // the six rules, inbound first
    std::vector<std::string_view> bytes; // each rule's encoding, to compare
};

NsgBuilder::NsgBuilder() = default;

const NsgBuilder::Standard &NsgBuilder::standard()
{
    static const Standard s = [] {
        Standard result;
        NsgBuilder b;
        std::vector<PendingRule> pending;
        for (const DefaultRuleSpec &t : kAzureDefaultRules)
            b.encodeRule(standardInput(t), false, pending);
        result.block = QExplicitlySharedDataPointer<detail::NsgBlock>(
            detail::NsgBlock::create(quint32(pending.size()), b.m_writer.bytes()));
        result.block->customCount = 0;
        result.block->inboundDefaults = 3;
        result.block->flags = detail::NsgBlock::OwnDefaults;
        for (size_t i = 0; i < pending.size(); ++i) {
            result.block->mutableRecords()[i] = pending[i].rule;
            result.bytes.push_back(std::string_view(result.block->bytes() + pending[i].begin,
                                                    pending[i].end - pending[i].begin));
        }
        return result;
    }();
    return s;
}

const detail::NsgBlock *NsgBuilder::standardBlock()
{
    return standard().block.data();
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
    m_ownerTag.clear();
    m_ruleEtag.clear();
    m_ruleEtagTaken = false;
    m_subnets.clear();
    m_nics.clear();
    m_sourceFile.clear();
    m_sourcePath.clear();
    m_problems.clear();
    m_prefix.clear();
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

void NsgBuilder::setOwnerTag(std::string_view tag)
{
    m_ownerTag = tag;
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

void NsgBuilder::startArena()
{
    if (m_writer.offset() != 0)
        return;
    // The arena opens with the prefix ids are stored relative to:
    // "/subscriptions/{s}/resourceGroups/{rg}/providers/Microsoft.Network/".
    static constexpr std::string_view kProvider = "/providers/Microsoft.Network/";
    const size_t at = m_id.find(kProvider);
    m_prefix = at == std::string::npos ? std::string() : m_id.substr(0, at + kProvider.size());
    m_writer.putString(m_prefix);
}

void NsgBuilder::encodeRule(const SecurityRuleInput &in, bool assumed,
                            std::vector<PendingRule> &into)
{
    startArena();
    detail::RuleRecord r{};
    r.priority = SecurityRuleView::kNoPriority;
    r.protocol = quint8(Protocol::Invalid);
    r.access = quint8(Access::Invalid);
    r.direction = quint8(Direction::Invalid);
    r.portFirst = 1;
    r.portLast = 0;
    const QString ruleName = qs(in.name);
    auto field = [&in](const char *name) -> QString {
        return in.path + QLatin1Char('.') + in.fieldPrefix + QLatin1String(name);
    };
    auto malformed = [&](const QString &path, const QString &message) {
        r.flags |= SecurityRuleView::kMalformed;
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
        r.flags |= SecurityRuleView::kDefault;
    if (in.malformed)
        r.flags |= SecurityRuleView::kMalformed;
    if (assumed)
        r.flags |= SecurityRuleView::kAssumed;
    if (in.name.empty()) {
        m_problems.append(ReadProblem{ReadProblem::Severity::Warning, field("name"),
                                      tr("the rule has no name"), QString()});
    }

    // Priority: first match wins, so a rule without a usable priority has no place in the order.
    if (in.priority) {
        if (*in.priority < 0 || *in.priority >= SecurityRuleView::kNoPriority) {
            malformed(field("priority"), tr("%1 is not a valid priority").arg(*in.priority));
        } else {
            r.priority = quint16(*in.priority);
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
        r.flags |= SecurityRuleView::kMalformed; // the reader reported the type error
    }

    std::string_view rawProtocol, rawAccess, rawDirection;
    if (!in.protocol) {
        malformed(field("protocol"), tr("missing"));
    } else if (const auto p = parseProtocol(*in.protocol)) {
        r.protocol = quint8(*p);
    } else {
        rawProtocol = *in.protocol;
        malformed(field("protocol"),
                  tr("'%1' is not a protocol (Tcp, Udp, Icmp, Esp, Ah or *)").arg(qs(rawProtocol)));
    }
    if (!in.access) {
        malformed(field("access"), tr("missing"));
    } else if (const auto a = parseAccess(*in.access)) {
        r.access = quint8(*a);
    } else {
        rawAccess = *in.access;
        malformed(field("access"), tr("'%1' is neither Allow nor Deny").arg(qs(rawAccess)));
    }
    if (!in.direction) {
        malformed(field("direction"), tr("missing"));
    } else if (const auto d = parseDirection(*in.direction)) {
        r.direction = quint8(*d);
    } else {
        rawDirection = *in.direction;
        malformed(field("direction"),
                  tr("'%1' is neither Inbound nor Outbound").arg(qs(rawDirection)));
    }

    // The record.
    r.text = m_writer.offset();
    const quint32 begin = r.text;
    m_writer.putString(in.name);
    // A rule's etag is its NSG's (ARM gives child resources their parent's); when the NSG came
    // without one, the first rule's stands for all of them.
    if (m_etag.empty() && !m_ruleEtagTaken) {
        m_ruleEtag = in.etag;
        m_ruleEtagTaken = true;
    }
    const std::string_view etagBase = m_etag.empty() ? m_ruleEtag : m_etag;
    const std::string derivedId = m_id.empty() ? std::string()
                                               : m_id
            + (in.isDefault ? "/defaultSecurityRules/" : "/securityRules/") + std::string(in.name);
    // The six texts most rules lack follow a byte that says which are present.
    const std::string_view optional[] = {in.description,
                                         in.id == derivedId ? std::string_view() : in.id,
                                         in.etag == etagBase ? std::string_view() : in.etag,
                                         rawProtocol,
                                         rawAccess,
                                         rawDirection};
    static_assert(std::size(optional) == SecurityRuleView::kOptionalTexts);
    quint8 present = 0;
    for (size_t i = 0; i < std::size(optional); ++i)
        present |= optional[i].empty() ? 0 : quint8(1u << i);
    m_writer.putPod(present);
    for (std::string_view text : optional) {
        if (!text.empty())
            m_writer.putString(text);
    }

    // Source ports matter for Deny rules: one limited to some source ports blocks nothing else.
    QString error;
    quint16 first = 0, last = 0;
    m_ports.clear();
    if (in.sourcePorts.items.empty())
        malformed(field("sourcePortRange"), tr("no source port range"));
    m_writer.putVarint(quint32(in.sourcePorts.items.size()));
    for (size_t i = 0; i < in.sourcePorts.items.size(); ++i) {
        if (detail::encodePort(m_writer, in.sourcePorts.items[i], first, last, &error))
            m_ports.push_back({first, last});
        else
            malformed(listEntryPath(in.sourcePorts, i, "sourcePortRange", "sourcePortRanges"),
                      error);
    }
    intervals::normalize(m_ports);
    if (m_ports.size() == 1 && m_ports[0].first == 0 && m_ports[0].last == 65535)
        r.flags |= SecurityRuleView::kAllSourcePorts;

    // Destination ports: the first interval inline, the rest read from the record.
    m_ports.clear();
    if (in.destinationPorts.items.empty()) {
        r.flags |= SecurityRuleView::kPortsUnreadable;
        malformed(field("destinationPortRange"), tr("no destination port range"));
    }
    m_writer.putVarint(quint32(in.destinationPorts.items.size()));
    for (size_t i = 0; i < in.destinationPorts.items.size(); ++i) {
        if (detail::encodePort(m_writer, in.destinationPorts.items[i], first, last, &error)) {
            m_ports.push_back({first, last});
        } else {
            r.flags |= SecurityRuleView::kPortsUnreadable;
            malformed(listEntryPath(in.destinationPorts, i, "destinationPortRange",
                                    "destinationPortRanges"),
                      error);
        }
    }
    intervals::normalize(m_ports);
    if (!m_ports.empty()) {
        r.portFirst = m_ports.front().first;
        r.portLast = m_ports.front().last;
        r.portMax = m_ports.back().last;
    }
    if (m_ports.size() > 1)
        r.flags |= SecurityRuleView::kMorePorts;

    // Addresses.
    auto addresses = [&](const SecurityRuleInput::List &list, size_t asgCount, bool isSource) {
        AddressKinds kinds;
        bool allDestinations = false;
        if (list.items.empty() && asgCount == 0) {
            malformed(field(isSource ? "sourceAddressPrefix" : "destinationAddressPrefix"),
                      isSource ? tr("no source address prefix or application security group")
                               : tr("no destination address prefix or application security "
                                    "group"));
        }
        m_writer.putVarint(quint32(list.items.size()));
        for (size_t i = 0; i < list.items.size(); ++i) {
            AddressPrefix::Kind kind = AddressPrefix::Kind::Invalid;
            if (!detail::encodeAddress(m_writer, list.items[i], kind, &error)) {
                malformed(listEntryPath(
                              list, i,
                              isSource ? "sourceAddressPrefix" : "destinationAddressPrefix",
                              isSource ? "sourceAddressPrefixes" : "destinationAddressPrefixes"),
                          error);
            }
            kinds.add(kind);
            // As a destination, * and Any reach every NIC, and so does VirtualNetwork (inbound
            // rules see the private address); Internet does not.
            if (!isSource
                && ((kind == AddressPrefix::Kind::Everything
                     && !equalsIgnoreCase(list.items[i], "internet"))
                    || kind == AddressPrefix::Kind::VirtualNetwork))
                allDestinations = true;
        }
        if (asgCount > 0)
            kinds.addApplicationSecurityGroup();
        return std::make_pair(kinds.bits(), allDestinations);
    };
    r.addresses = m_writer.offset();
    r.sourceKinds = addresses(in.sourceAddresses, in.sourceAsgs.size(), true).first;
    const auto [destinationKinds, allDestinations] =
        addresses(in.destinationAddresses, in.destinationAsgs.size(), false);
    r.destinationKinds = destinationKinds;
    if (allDestinations)
        r.flags |= SecurityRuleView::kAllDestinations;
    for (const std::vector<std::string_view> *ids : {&in.sourceAsgs, &in.destinationAsgs}) {
        m_writer.putVarint(quint32(ids->size()));
        for (std::string_view id : *ids)
            detail::putId(m_writer, id, m_prefix);
    }

    into.push_back(PendingRule{r, quint32(into.size()), begin, m_writer.offset()});
}

NetworkSecurityGroup NsgBuilder::build()
{
    // Identity: the id is the source of truth; explicit fields fill what it lacks.
    const ResourceIdParts parts = splitResourceId(m_id);
    const std::string name = m_name.empty() ? parts.name : m_name;
    const std::string resourceGroup =
        parts.resourceGroup.empty() ? m_resourceGroup : parts.resourceGroup;
    const std::string subscription =
        parts.subscription.empty() ? m_subscriptionId : parts.subscription;

    startArena();
    const quint32 text = m_writer.offset();
    const QByteArray sourcePath = m_sourcePath.toUtf8();
    detail::putId(m_writer, m_id, m_prefix);
    m_writer.putString(name);
    m_writer.putString(resourceGroup);
    m_writer.putString(subscription);
    m_writer.putString(m_location);
    m_writer.putString(m_etag);
    m_writer.putString(m_tenantId);
    m_writer.putString(m_provisioningState);
    m_writer.putString(std::string_view(sourcePath.constData(), size_t(sourcePath.size())));
    m_writer.putString(m_ownerTag);
    for (const std::vector<std::string> *ids : {&m_subnets, &m_nics}) {
        m_writer.putVarint(quint32(ids->size()));
        for (const std::string &id : *ids)
            detail::putId(m_writer, id, m_prefix);
    }
    m_writer.putString(m_etag.empty() ? std::string_view(m_ruleEtag) : std::string_view());

    auto directionRankOf = [](const detail::RuleRecord &r) {
        return directionRank(Direction(r.direction));
    };
    auto priorityOf = [](const detail::RuleRecord &r) {
        return r.priority == SecurityRuleView::kNoPriority ? -1 : int(r.priority);
    };
    auto byEvaluationOrder = [&](const PendingRule &a, const PendingRule &b) {
        const int da = directionRankOf(a.rule), db = directionRankOf(b.rule);
        if (da != db)
            return da < db;
        if (priorityOf(a.rule) != priorityOf(b.rule))
            return priorityOf(a.rule) < priorityOf(b.rule); // none (-1) first: it may come first
        return a.order < b.order;
    };
    auto nameOf = [this](const detail::RuleRecord &r) {
        return detail::ArenaReader(m_writer.bytes().data(), r.text).qstring();
    };

    // Azure holds at most 1,000 rules in an NSG: more is no real export, and nothing about it
    // can be trusted (nor is it worth a problem line per duplicate priority).
    constexpr size_t kAzureMaxRules = 1000;
    if (m_custom.size() > kAzureMaxRules) {
        m_problems.append(ReadProblem{
            ReadProblem::Severity::Fatal, QString(),
            tr("%1 rules: Azure allows at most %2 in an NSG, so this is not an NSG as Azure has it")
                .arg(m_custom.size())
                .arg(kAzureMaxRules),
            QString()});
    }
    // Custom rules, in evaluation order.
    std::sort(m_custom.begin(), m_custom.end(), byEvaluationOrder);
    for (size_t i = 1; i < m_custom.size() && m_custom.size() <= kAzureMaxRules; ++i) {
        detail::RuleRecord &a = m_custom[i - 1].rule;
        detail::RuleRecord &b = m_custom[i].rule;
        if (priorityOf(a) >= 0 && priorityOf(a) == priorityOf(b) && a.direction == b.direction
            && Direction(a.direction) != Direction::Invalid) {
            // Azure forbids this; the order between the two is unknowable.
            a.flags |= SecurityRuleView::kMalformed;
            b.flags |= SecurityRuleView::kMalformed;
            m_problems.append(
                ReadProblem{ReadProblem::Severity::Rule, QString(),
                            tr("rules '%1' and '%2' share priority %3 in the same direction")
                                .arg(nameOf(a), nameOf(b))
                                .arg(priorityOf(a)),
                            nameOf(b)});
        }
    }

    // Default rules: shared when they are exactly Azure's; else own, completed with the
    // standard ones the input lacks.
    const Standard &standardSet = standard();
    bool ownDefaults = false;
    bool defaultsAssumed = m_defaults.empty();
    std::vector<detail::RuleRecord> defaults;
    if (!m_defaults.empty()) {
        std::sort(m_defaults.begin(), m_defaults.end(), byEvaluationOrder);
        bool isStandard = m_defaults.size() == standardSet.bytes.size();
        for (size_t i = 0; i < m_defaults.size() && isStandard; ++i) {
            const PendingRule &p = m_defaults[i];
            const detail::RuleRecord &s = standardSet.block->records()[i];
            const std::string_view bytes(m_writer.bytes().data() + p.begin, p.end - p.begin);
            isStandard = bytes == standardSet.bytes[i] && p.rule.priority == s.priority
                && p.rule.protocol == s.protocol && p.rule.access == s.access
                && p.rule.direction == s.direction && p.rule.flags == s.flags;
        }
        ownDefaults = !isStandard;
    }
    if (ownDefaults) {
        for (const PendingRule &p : m_defaults)
            defaults.push_back(p.rule);
        // Standard rules the input lacks are added (their text re-encoded here, marked assumed).
        for (size_t i = 0; i < kAzureDefaultRules.size(); ++i) {
            const std::string_view standardName(kAzureDefaultRules[i].name);
            const Direction direction = Direction(standardSet.block->records()[i].direction);
            const bool present =
                std::any_of(m_defaults.begin(), m_defaults.end(), [&](const PendingRule &p) {
                    return Direction(p.rule.direction) == direction
                        && equalsIgnoreCase(nameOf(p.rule).toStdString(), standardName);
                });
            if (!present) {
                std::vector<PendingRule> assumed;
                encodeRule(standardInput(kAzureDefaultRules[i]), true, assumed);
                defaults.push_back(assumed.front().rule);
            }
        }
        std::stable_sort(defaults.begin(), defaults.end(),
                         [&](const detail::RuleRecord &a, const detail::RuleRecord &b) {
                             const int da = directionRankOf(a), db = directionRankOf(b);
                             return da != db ? da < db : priorityOf(a) < priorityOf(b);
                         });
    }

    // Default rules that are exactly Azure's are shared: their text leaves the byte area (a
    // sixth of a typical NSG), and the offsets after each cut move down.
    std::string_view bytes = m_writer.bytes();
    quint32 nsgText = text;
    if (!ownDefaults && !m_defaults.empty()) {
        std::vector<std::pair<quint32, quint32>> cuts;
        for (const PendingRule &p : m_defaults)
            cuts.emplace_back(p.begin, p.end);
        std::sort(cuts.begin(), cuts.end());
        m_compacted.clear();
        quint32 from = 0;
        for (const auto &[begin, end] : cuts) {
            m_compacted.append(bytes.substr(from, begin - from));
            from = end;
        }
        m_compacted.append(bytes.substr(from));
        auto moved = [&cuts](quint32 offset) {
            quint32 shift = 0;
            for (const auto &[begin, end] : cuts) {
                if (begin < offset)
                    shift += end - begin;
            }
            return offset - shift;
        };
        for (PendingRule &p : m_custom) {
            p.rule.text = moved(p.rule.text);
            p.rule.addresses = moved(p.rule.addresses);
        }
        nsgText = moved(text);
        bytes = m_compacted;
    }

    auto *d = detail::NsgBlock::create(quint32(m_custom.size() + defaults.size()), bytes);
    d->customCount = quint32(m_custom.size());
    d->text = nsgText;
    detail::RuleRecord *records = d->mutableRecords();
    for (size_t i = 0; i < m_custom.size(); ++i) {
        records[i] = m_custom[i].rule;
        if (directionRankOf(records[i]) == 0)
            ++d->inboundCustom;
    }
    for (size_t i = 0; i < defaults.size(); ++i) {
        records[m_custom.size() + i] = defaults[i];
        if (directionRankOf(defaults[i]) == 0)
            ++d->inboundDefaults;
    }
    d->flags = quint8((defaultsAssumed ? detail::NsgBlock::DefaultsAssumed : 0)
                      | (ownDefaults ? detail::NsgBlock::OwnDefaults : 0)
                      | (!m_subnets.empty() || !m_nics.empty() ? detail::NsgBlock::Attached : 0));
    d->sourceFile = m_sourceFile;
    if (!m_problems.isEmpty())
        d->problems = std::make_unique<QList<ReadProblem>>(std::move(m_problems));
    reset();
    return NetworkSecurityGroup(d);
}

} // namespace nsg
