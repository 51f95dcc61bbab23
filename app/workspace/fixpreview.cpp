// SPDX-License-Identifier: MIT
#include "workspace/fixpreview.h"

#include "core/remediation/ruleexposure.h"

namespace nsg {

FixPreview::FixPreview(NsgDocument nsg, QString ruleName, RuleFix fix, EvaluationOptions options,
                       QString ruleId)
    : m_nsg(std::move(nsg))
    , m_ruleName(std::move(ruleName))
    , m_fix(std::move(fix))
    , m_options(std::move(options))
    , m_ruleId(std::move(ruleId))
    , m_change(m_nsg.withFix(m_ruleName, m_fix))
{
    if (m_ruleId.isEmpty()) {
        m_ruleId = m_nsg.findRule(m_ruleName).id();
        if (m_ruleId.isEmpty())
            m_ruleId = m_nsg.id() + QLatin1String("/securityRules/") + m_ruleName;
    }
}

QStringList FixPreview::diffLines() const
{
    return m_change.before.diffLines(m_change.after);
}

QString FixPreview::azCommand() const
{
    return shipfix::render(shipping(), ShipFormat::AzureCli).blocks.constFirst().code;
}

FixShipping FixPreview::shipping(const QString &armHost, const QString &apiVersion) const
{
    FixShipping out = FixShipping::of(m_fix.kind, m_ruleId, m_change);
    if (!armHost.isEmpty())
        out.armHost = armHost;
    if (!apiVersion.isEmpty())
        out.apiVersion = apiVersion;
    return out;
}

const std::optional<NsgResult> &FixPreview::before() const
{
    if (!m_before)
        m_before = m_nsg.evaluate(m_options);
    return *m_before;
}

std::vector<ReachabilityResult::Change> FixPreview::paths(const ReachabilityResult &reachability,
                                                          std::vector<NsgResult> nsgsOnPaths) const
{
    const QString id = m_nsg.id();
    if (!isValid() || !after())
        return {};
    ReachabilityResult::putNsg(nsgsOnPaths, *after());
    return reachability.followAgain(id, nsgsOnPaths, m_options);
}

const std::optional<NsgResult> &FixPreview::after() const
{
    if (!m_after)
        m_after = isValid() ? m_change.nsgAfter.evaluate(m_options) : std::nullopt;
    return *m_after;
}

bool FixPreview::ruleExposesBefore() const
{
    return !before() || nsg::ruleStillExposes(*before(), m_ruleName, m_options);
}

bool FixPreview::ruleStillExposes() const
{
    return !after() || nsg::ruleStillExposes(*after(), m_ruleName, m_options);
}

int FixPreview::otherExposingRules() const
{
    return after() ? nsg::otherExposingRules(*after(), m_ruleName) : 0;
}

} // namespace nsg
