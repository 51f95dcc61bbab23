// SPDX-License-Identifier: MIT
#include "core/model/networksecuritygroup.h"

#include "core/model/nsgbuilder.h"
#include "core/model/ruleencoding_p.h"

#include <QCryptographicHash>

#include <cstddef>

namespace nsg {

using detail::NsgBlock;
using detail::NsgText;

namespace {

detail::ArenaReader nsgReader(const NsgBlock *d, NsgText field)
{
    static const char kEmpty[32] = {};
    if (!d)
        return detail::ArenaReader(kEmpty, 0);
    detail::ArenaReader r(d->bytes(), d->text);
    for (int i = 0; i < int(field); ++i) {
        if (i == int(NsgText::Id)) {
            detail::skipId(r);
        } else if (i < detail::kFirstNsgListField) {
            r.skipString();
        } else {
            const quint32 n = r.varint();
            for (quint32 k = 0; k < n; ++k)
                detail::skipId(r);
        }
    }
    return r;
}

std::string_view idPrefix(const NsgBlock *d)
{
    return d ? detail::ArenaReader(d->bytes(), 0).string() : std::string_view();
}

QStringList readIds(const NsgBlock *d, NsgText field)
{
    detail::ArenaReader r = nsgReader(d, field);
    QStringList out;
    const quint32 n = r.varint();
    for (quint32 i = 0; i < n; ++i)
        out.append(detail::readId(r, idPrefix(d)));
    return out;
}

const QList<ReadProblem> &noProblems()
{
    static const QList<ReadProblem> none;
    return none;
}

} // namespace

NetworkSecurityGroup::NetworkSecurityGroup() = default;
NetworkSecurityGroup::~NetworkSecurityGroup() = default;
NetworkSecurityGroup::NetworkSecurityGroup(const NetworkSecurityGroup &) = default;
NetworkSecurityGroup::NetworkSecurityGroup(NetworkSecurityGroup &&) noexcept = default;
NetworkSecurityGroup &NetworkSecurityGroup::operator=(const NetworkSecurityGroup &) = default;
NetworkSecurityGroup &NetworkSecurityGroup::operator=(NetworkSecurityGroup &&) noexcept = default;
NetworkSecurityGroup::NetworkSecurityGroup(NsgBlock *block)
    : d(block)
{ }

QString NetworkSecurityGroup::id() const
{
    detail::ArenaReader r = nsgReader(d.data(), NsgText::Id);
    return d ? detail::readId(r, idPrefix(d.data())) : QString();
}

QString NetworkSecurityGroup::name() const
{
    return nsgReader(d.data(), NsgText::Name).qstring();
}

QString NetworkSecurityGroup::resourceGroup() const
{
    return nsgReader(d.data(), NsgText::ResourceGroup).qstring();
}

QString NetworkSecurityGroup::subscriptionId() const
{
    return nsgReader(d.data(), NsgText::SubscriptionId).qstring();
}

QString NetworkSecurityGroup::location() const
{
    return nsgReader(d.data(), NsgText::Location).qstring();
}

QString NetworkSecurityGroup::etag() const
{
    return nsgReader(d.data(), NsgText::Etag).qstring();
}

QString NetworkSecurityGroup::tenantId() const
{
    return nsgReader(d.data(), NsgText::TenantId).qstring();
}

QString NetworkSecurityGroup::provisioningState() const
{
    return nsgReader(d.data(), NsgText::ProvisioningState).qstring();
}

QString NetworkSecurityGroup::ownerTag() const
{
    return nsgReader(d.data(), NsgText::OwnerTag).qstring();
}

QStringList NetworkSecurityGroup::subnetIds() const
{
    return readIds(d.data(), NsgText::Subnets);
}

QStringList NetworkSecurityGroup::networkInterfaceIds() const
{
    return readIds(d.data(), NsgText::NetworkInterfaces);
}

bool NetworkSecurityGroup::isAttached() const
{
    return d && (d->flags & NsgBlock::Attached);
}

QString NetworkSecurityGroup::sourceFile() const
{
    return d ? d->sourceFile : QString();
}

QString NetworkSecurityGroup::sourcePath() const
{
    return nsgReader(d.data(), NsgText::SourcePath).qstring();
}

QString NetworkSecurityGroup::displayName() const
{
    QString n = name();
    if (n.isEmpty()) {
        const QString path = sourcePath();
        n = sourceFile().isEmpty() ? path : sourceFile() + QLatin1Char(' ') + path;
        return n.isEmpty() ? QStringLiteral("(unnamed NSG)") : n;
    }
    const QString rg = resourceGroup();
    return rg.isEmpty() ? n : n + QLatin1String(" (") + rg + QLatin1Char(')');
}

QList<SecurityRule> NetworkSecurityGroup::rules(quint32 first, quint32 count, bool defaults) const
{
    QList<SecurityRule> out;
    if (defaults && !usesStandardDefaultRules()) {
        for (quint32 i = 0; i < count; ++i)
            out.append(SecurityRule(d, d->records() + d->customCount + first + i));
    } else if (defaults) {
        const QList<SecurityRule> standard = standardDefaultRules();
        out = standard.mid(first, count);
    } else if (d) {
        for (quint32 i = 0; i < count; ++i)
            out.append(SecurityRule(d, d->records() + first + i));
    }
    return out;
}

QList<SecurityRule> NetworkSecurityGroup::customRules() const
{
    return rules(0, d ? d->customCount : 0, false);
}

QList<SecurityRule> NetworkSecurityGroup::inboundCustomRules() const
{
    return rules(0, d ? d->inboundCustom : 0, false);
}

QList<SecurityRule> NetworkSecurityGroup::outboundCustomRules() const
{
    return d ? rules(d->inboundCustom, d->customCount - d->inboundCustom, false)
             : QList<SecurityRule>();
}

QList<SecurityRule> NetworkSecurityGroup::defaultRules() const
{
    if (usesStandardDefaultRules())
        return standardDefaultRules();
    return rules(0, d->recordCount - d->customCount, true);
}

QList<SecurityRule> NetworkSecurityGroup::inboundDefaultRules() const
{
    if (usesStandardDefaultRules())
        return standardDefaultRules().mid(0, 3);
    return rules(0, d->inboundDefaults, true);
}

QList<SecurityRule> NetworkSecurityGroup::outboundDefaultRules() const
{
    if (usesStandardDefaultRules())
        return standardDefaultRules().mid(3);
    return rules(d->inboundDefaults, d->recordCount - d->customCount - d->inboundDefaults, true);
}

QList<SecurityRule> NetworkSecurityGroup::inboundRules() const
{
    return inboundCustomRules() + inboundDefaultRules();
}

int NetworkSecurityGroup::inboundRuleCount() const
{
    if (!d)
        return 3;
    return int(d->inboundCustom + (usesStandardDefaultRules() ? 3 : d->inboundDefaults));
}

SecurityRuleView NetworkSecurityGroup::inboundRuleView(int index) const
{
    const quint32 i = quint32(index);
    if (d && i < d->inboundCustom)
        return SecurityRuleView(d->bytes(), d->records() + i);
    const quint32 k = i - (d ? d->inboundCustom : 0);
    if (usesStandardDefaultRules()) {
        const NsgBlock *standard = NsgBuilder::standardBlock();
        return SecurityRuleView(standard->bytes(), standard->records() + k);
    }
    return SecurityRuleView(d->bytes(), d->records() + d->customCount + k);
}

void NetworkSecurityGroup::inboundRuleViews(std::vector<SecurityRuleView> &out) const
{
    out.clear();
    if (d) {
        const char *bytes = d->bytes();
        const detail::RuleRecord *records = d->records();
        for (quint32 i = 0; i < d->inboundCustom; ++i)
            out.emplace_back(bytes, records + i);
        if (d->flags & NsgBlock::OwnDefaults) {
            for (quint32 i = 0; i < d->inboundDefaults; ++i)
                out.emplace_back(bytes, records + d->customCount + i);
            return;
        }
    }
    static const NsgBlock *standard = NsgBuilder::standardBlock();
    for (quint32 i = 0; i < 3; ++i)
        out.emplace_back(standard->bytes(), standard->records() + i);
}

bool NetworkSecurityGroup::defaultRulesAssumed() const
{
    return !d || (d->flags & NsgBlock::DefaultsAssumed);
}

bool NetworkSecurityGroup::usesStandardDefaultRules() const
{
    return !d || !(d->flags & NsgBlock::OwnDefaults);
}

QString NetworkSecurityGroup::ruleId(const SecurityRuleView &rule) const
{
    const QString own = rule.explicitId();
    if (!own.isEmpty())
        return own;
    const QString nsgId = id();
    if (nsgId.isEmpty())
        return QString();
    return nsgId
        + (rule.isDefault() ? QLatin1String("/defaultSecurityRules/")
                            : QLatin1String("/securityRules/"))
        + rule.name();
}

QString NetworkSecurityGroup::ruleEtag(const SecurityRuleView &rule) const
{
    const QString own = rule.explicitEtag();
    if (!own.isEmpty())
        return own;
    const QString nsgEtag = etag();
    return nsgEtag.isEmpty() ? nsgReader(d.data(), NsgText::RuleEtag).qstring() : nsgEtag;
}

const QList<ReadProblem> &NetworkSecurityGroup::problems() const
{
    return d && d->problems ? *d->problems : noProblems();
}

bool NetworkSecurityGroup::hasFatalProblem() const
{
    if (!d || !d->problems)
        return false;
    for (const ReadProblem &p : *d->problems) {
        if (p.severity == ReadProblem::Severity::Fatal)
            return true;
    }
    return false;
}

void NetworkSecurityGroup::prefetch() const
{
    if (!d)
        return;
    // The whole block: the header, the records, and the bytes the matching rules' sources sit
    // in (cheaper to fetch all than to find out which first).
    const char *start = reinterpret_cast<const char *>(d.data());
    const size_t size = sizeof(NsgBlock) + d->recordCount * sizeof(detail::RuleRecord)
        + std::min<quint32>(d->byteCount, 4096);
    for (size_t offset = 0; offset < size; offset += 64)
        __builtin_prefetch(start + offset);
}

QByteArray NetworkSecurityGroup::contentDigest() const
{
    QCryptographicHash hash(QCryptographicHash::Blake2b_256);
    if (!d)
        return hash.result();
    const quint32 header[] = {d->recordCount,
                              d->byteCount,
                              d->customCount,
                              d->inboundCustom,
                              d->inboundDefaults,
                              d->flags,
                              quint32(d->problems ? d->problems->size() : 0)};
    hash.addData(QByteArrayView(reinterpret_cast<const char *>(header), sizeof(header)));
    // Each record without its two offsets into the byte area (they move with the text before
    // them), then the byte area without the NSG's place in its file (an NSG that moved in an
    // export is the same NSG).
    constexpr size_t kOffsets = 2 * sizeof(quint32);
    static_assert(offsetof(detail::RuleRecord, priority) == kOffsets);
    const detail::RuleRecord *records = d->records();
    for (quint32 i = 0; i < d->recordCount; ++i)
        hash.addData(QByteArrayView(reinterpret_cast<const char *>(&records[i]) + kOffsets,
                                    qsizetype(sizeof(detail::RuleRecord) - kOffsets)));
    detail::ArenaReader path = nsgReader(d.data(), NsgText::SourcePath);
    const char *pathStart = path.position();
    path.skipString();
    const char *bytes = d->bytes();
    hash.addData(QByteArrayView(bytes, pathStart - bytes));
    hash.addData(QByteArrayView(path.position(), bytes + d->byteCount - path.position()));
    return hash.result();
}

QList<SecurityRule> NetworkSecurityGroup::standardDefaultRules()
{
    const NsgBlock *standard = NsgBuilder::standardBlock();
    const QExplicitlySharedDataPointer<const NsgBlock> ref(standard);
    QList<SecurityRule> out;
    for (quint32 i = 0; i < standard->recordCount; ++i)
        out.append(SecurityRule(ref, standard->records() + i));
    return out;
}

} // namespace nsg
