// SPDX-License-Identifier: MIT
#include "networksecuritygroup.h"

#include "nsgbuilder.h"
#include "nsgdata_p.h"

namespace nsg {

using detail::NsgText;

namespace {

detail::ArenaReader nsgReader(const detail::NsgData *d, NsgText field)
{
    static const char kEmpty[16] = {};
    if (!d || !d->arena)
        return detail::ArenaReader(kEmpty, 0);
    detail::ArenaReader r(d->arena->data(), d->text);
    for (int i = 0; i < int(field); ++i) {
        if (i < detail::kFirstNsgListField)
            r.skipString();
        else
            r.skipList();
    }
    return r;
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
NetworkSecurityGroup::NetworkSecurityGroup(detail::NsgData *data)
    : d(data)
{ }

QString NetworkSecurityGroup::id() const
{
    return nsgReader(d.data(), NsgText::Id).qstring();
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

QStringList NetworkSecurityGroup::subnetIds() const
{
    return nsgReader(d.data(), NsgText::Subnets).list();
}

QStringList NetworkSecurityGroup::networkInterfaceIds() const
{
    return nsgReader(d.data(), NsgText::NetworkInterfaces).list();
}

bool NetworkSecurityGroup::isAttached() const
{
    detail::ArenaReader subnets = nsgReader(d.data(), NsgText::Subnets);
    if (subnets.varint() != 0)
        return true;
    return nsgReader(d.data(), NsgText::NetworkInterfaces).varint() != 0;
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

std::span<const SecurityRule> NetworkSecurityGroup::customRules() const
{
    if (!d)
        return {};
    return std::span<const SecurityRule>(d->custom);
}

std::span<const SecurityRule> NetworkSecurityGroup::inboundCustomRules() const
{
    return customRules().first(d ? d->inboundCustom : 0);
}

std::span<const SecurityRule> NetworkSecurityGroup::outboundCustomRules() const
{
    return customRules().subspan(d ? d->inboundCustom : 0);
}

std::span<const SecurityRule> NetworkSecurityGroup::defaultRules() const
{
    if (!d || d->defaults.empty())
        return standardDefaultRules();
    return std::span<const SecurityRule>(d->defaults);
}

std::span<const SecurityRule> NetworkSecurityGroup::inboundDefaultRules() const
{
    if (!d || d->defaults.empty())
        return standardDefaultRules().first(3);
    return defaultRules().first(d->inboundDefaults);
}

std::span<const SecurityRule> NetworkSecurityGroup::outboundDefaultRules() const
{
    if (!d || d->defaults.empty())
        return standardDefaultRules().subspan(3);
    return defaultRules().subspan(d->inboundDefaults);
}

QList<SecurityRule> NetworkSecurityGroup::inboundRules() const
{
    QList<SecurityRule> out;
    for (const SecurityRule &r : inboundCustomRules())
        out.append(r);
    for (const SecurityRule &r : inboundDefaultRules())
        out.append(r);
    return out;
}

bool NetworkSecurityGroup::defaultRulesAssumed() const
{
    return d && d->defaultsAssumed;
}

QString NetworkSecurityGroup::ruleId(const SecurityRule &rule) const
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

const QList<ReadProblem> &NetworkSecurityGroup::problems() const
{
    return d ? d->problems : noProblems();
}

bool NetworkSecurityGroup::hasFatalProblem() const
{
    for (const ReadProblem &p : problems()) {
        if (p.severity == ReadProblem::Severity::Fatal)
            return true;
    }
    return false;
}

std::span<const SecurityRule> NetworkSecurityGroup::standardDefaultRules()
{
    return NsgBuilder::standardDefaults();
}

} // namespace nsg
