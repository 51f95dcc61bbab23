// SPDX-License-Identifier: MIT
#include "core/audit/suppression.h"

#include "core/util/jsonvalue.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QSaveFile>

#include <algorithm>

namespace nsg {

namespace {

using ojson = nlohmann::ordered_json;

QString tr(const char *text)
{
    return QCoreApplication::translate("nsg::Suppression", text);
}

constexpr const char *kFormat = "nsg-auditor-suppressions";

QString sorted(QStringList list)
{
    for (QString &s : list)
        s = s.trimmed().toLower();
    list.sort();
    return list.join(QLatin1Char(','));
}

std::string std8(const QString &s)
{
    return s.toStdString();
}

bool sameNsg(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

} // namespace

QString Suppression::fingerprintOf(const NetworkSecurityGroup &nsg, const Finding &finding,
                                   const PortPolicy &policy)
{
    QStringList rules;
    const QList<SecurityRule> inbound = nsg.inboundRules(); // a copy: keep it alive
    for (const ExposingRule &e : finding.exposing) {
        const SecurityRule &r = inbound[e.rule];
        rules.push_back(QStringList{
            apiName(r.protocol()).toLower(), sorted(r.sourcePortRanges()),
            sorted(r.destinationPortRanges()), sorted(r.sourceAddressPrefixes()),
            sorted(r.sourceApplicationSecurityGroups()), sorted(r.destinationAddressPrefixes()),
            sorted(r.destinationApplicationSecurityGroups()), apiName(r.access()).toLower(),
            QString::number(r.priority())}
                            .join(QLatin1Char('|')));
    }
    rules.sort();
    const QString text = nsg.id().toLower() + QLatin1Char('\n') + policy.id + QLatin1Char('\n')
        + rules.join(QLatin1Char('\n'));
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString Suppression::validate(QDate today) const
{
    if (nsgId.trimmed().isEmpty())
        return tr("The accepted risk names no NSG");
    if (fingerprint.size() != 64)
        return tr("The accepted risk has no fingerprint of the exposing rules");
    if (reviewer.trimmed().isEmpty())
        return tr("Name the reviewer who accepts the risk");
    if (reason.trimmed().isEmpty())
        return tr("Give the reason the risk is accepted");
    if (!expires.isValid())
        return tr("Give the date the accepted risk expires");
    if (expires < today)
        return tr("The expiry date %1 is in the past").arg(expires.toString(Qt::ISODate));
    return QString();
}

QString AcceptedRisk::explanation() const
{
    const Suppression &s = suppression;
    const QString date = s.expires.toString(Qt::ISODate);
    switch (state) {
    case State::Active:
        return tr("Accepted risk until %1, by %2: %3").arg(date, s.reviewer, s.reason);
    case State::Expired:
        return tr("Exposed again: the risk %1 accepted expired on %2 (%3)")
            .arg(s.reviewer, date, s.reason);
    case State::RuleChanged:
        return tr("Exposed again: the exposing rules changed since %1 accepted the risk on %2 "
                  "(then: %3)")
            .arg(s.reviewer, s.created.date().toString(Qt::ISODate),
                 s.ruleNames.join(QLatin1String(", ")));
    }
    return QString();
}

std::optional<SuppressionSet> SuppressionSet::fromJson(const QByteArray &bytes, QString *error)
{
    const ojson doc =
        ojson::parse(bytes.constData(), bytes.constData() + bytes.size(), nullptr, false);
    if (doc.is_discarded()) {
        *error = tr("not valid JSON");
        return std::nullopt;
    }
    if (!doc.is_object() || JsonValue::string(doc, "format") != QLatin1String(kFormat)) {
        *error = tr("not an NSG Auditor suppressions file (\"format\": \"%1\" missing)")
                     .arg(QLatin1String(kFormat));
        return std::nullopt;
    }
    if (!doc.contains("version") || doc["version"] != 1) {
        *error = tr("unsupported suppressions file version (this build reads version 1)");
        return std::nullopt;
    }
    const auto list = doc.find("suppressions");
    if (list == doc.end() || !list->is_array()) {
        *error = tr("\"suppressions\" must be an array");
        return std::nullopt;
    }
    SuppressionSet set;
    for (size_t i = 0; i < list->size(); ++i) {
        const ojson &e = (*list)[i];
        const QString where = QStringLiteral("suppressions[%1]").arg(i);
        if (!e.is_object()) {
            *error = tr("%1 is not an object").arg(where);
            return std::nullopt;
        }
        Suppression s;
        s.nsgId = JsonValue::string(e, "nsgId");
        s.nsgName = JsonValue::string(e, "nsgName");
        s.policyId = JsonValue::string(e, "policy");
        s.fingerprint = JsonValue::string(e, "fingerprint");
        s.reviewer = JsonValue::string(e, "reviewer");
        s.reason = JsonValue::string(e, "reason");
        s.expires = QDate::fromString(JsonValue::string(e, "expires"), Qt::ISODate);
        s.created = QDateTime::fromString(JsonValue::string(e, "created"), Qt::ISODate);
        s.ruleNames = JsonValue::stringList(e, "rules");
        // Validity of the date itself, not whether it has passed: expired entries load (and
        // show as expired) so nobody loses the record.
        const QString problem = s.validate(QDate(1, 1, 1));
        if (!problem.isEmpty() || s.policyId.isEmpty()) {
            *error = where + QLatin1String(": ")
                + (problem.isEmpty() ? tr("the policy is missing") : problem);
            return std::nullopt;
        }
        set.add(s);
    }
    return set;
}

QByteArray SuppressionSet::toJson() const
{
    ojson list = ojson::array();
    for (const Suppression &s : m_entries) {
        ojson rules = ojson::array();
        for (const QString &r : s.ruleNames)
            rules.push_back(std8(r));
        list.push_back({{"nsgId", std8(s.nsgId)},
                        {"nsgName", std8(s.nsgName)},
                        {"policy", std8(s.policyId)},
                        {"fingerprint", std8(s.fingerprint)},
                        {"rules", rules},
                        {"reviewer", std8(s.reviewer)},
                        {"reason", std8(s.reason)},
                        {"expires", std8(s.expires.toString(Qt::ISODate))},
                        {"created", std8(s.created.toUTC().toString(Qt::ISODate))}});
    }
    const ojson doc = {{"format", kFormat}, {"version", 1}, {"suppressions", list}};
    return QByteArray::fromStdString(doc.dump(2)) + '\n';
}

std::optional<SuppressionSet> SuppressionSet::load(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = tr("%1: %2").arg(path, f.errorString());
        return std::nullopt;
    }
    QString problem;
    std::optional<SuppressionSet> set = fromJson(f.readAll(), &problem);
    if (!set)
        *error = tr("%1: %2").arg(path, problem);
    return set;
}

bool SuppressionSet::save(const QString &path, QString *error) const
{
    QSaveFile f(path);
    const QByteArray bytes = toJson();
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        *error = tr("%1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

void SuppressionSet::add(const Suppression &s)
{
    for (Suppression &e : m_entries) {
        if (sameNsg(e.nsgId, s.nsgId) && e.policyId == s.policyId) {
            e = s;
            return;
        }
    }
    m_entries.push_back(s);
}

bool SuppressionSet::remove(const QString &nsgId, const QString &policyId)
{
    const auto before = m_entries.size();
    std::erase_if(m_entries, [&](const Suppression &e) {
        return sameNsg(e.nsgId, nsgId) && e.policyId == policyId;
    });
    return m_entries.size() != before;
}

int SuppressionSet::merge(const SuppressionSet &other)
{
    int changed = 0;
    for (const Suppression &s : other.m_entries) {
        const Suppression *ours = find(s.nsgId, s.policyId);
        if (ours && (*ours == s || ours->created > s.created))
            continue;
        add(s);
        ++changed;
    }
    return changed;
}

const Suppression *SuppressionSet::find(const QString &nsgId, const QString &policyId) const
{
    for (const Suppression &e : m_entries) {
        if (sameNsg(e.nsgId, nsgId) && e.policyId == policyId)
            return &e;
    }
    return nullptr;
}

std::optional<AcceptedRisk> SuppressionSet::check(const NetworkSecurityGroup &nsg,
                                                  const Finding &finding, const PortPolicy &policy,
                                                  QDate today) const
{
    if (finding.verdict != Verdict::Exposed)
        return std::nullopt;
    const Suppression *s = find(nsg.id(), policy.id);
    if (!s)
        return std::nullopt;
    AcceptedRisk risk;
    risk.suppression = *s;
    if (s->fingerprint != Suppression::fingerprintOf(nsg, finding, policy))
        risk.state = AcceptedRisk::State::RuleChanged;
    else if (s->expires < today)
        risk.state = AcceptedRisk::State::Expired;
    return risk;
}

} // namespace nsg
