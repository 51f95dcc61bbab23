// SPDX-License-Identifier: MIT
#include "core/remediation/ownership.h"

#include "core/util/jsonvalue.h"

#include <nlohmann/json.hpp>

#include <QCoreApplication>
#include <QLocale>

namespace nsg {

using json = nlohmann::json;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("nsg::Ownership", text);
}

QString when(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(QStringLiteral("yyyy-MM-dd")) : tr("an unknown date");
}

struct Tool
{
    const char *word; // found in a tag value or a client name, any letter case
    const char *name; // as people know it
    std::optional<ShipFormat> format;
};

const std::vector<Tool> &tools()
{
    static const std::vector<Tool> all{
        {"terraform", "Terraform", ShipFormat::Terraform},
        {"opentofu", "OpenTofu", ShipFormat::Terraform},
        {"bicep", "Bicep", ShipFormat::Bicep},
        {"arm template", "an ARM template", ShipFormat::Bicep},
        {"azd", "the Azure Developer CLI", ShipFormat::Bicep},
        {"pulumi", "Pulumi", std::nullopt},
        {"crossplane", "Crossplane", std::nullopt},
        {"ansible", "Ansible", std::nullopt},
    };
    return all;
}

const Tool *toolIn(const QString &text)
{
    for (const Tool &t : tools()) {
        if (text.contains(QLatin1String(t.word), Qt::CaseInsensitive))
            return &t;
    }
    return nullptr;
}

} // namespace

QString OwnershipEvidence::text() const
{
    switch (kind) {
    case Kind::Deployment:
        return tr("Declared by deployment %1 on %2").arg(name, when(at));
    case Kind::Tag:
        return tr("Tagged %1, a tag infrastructure-as-code tools set").arg(name);
    case Kind::Change:
        return tr("Written on %1 by %2 through %3")
            .arg(when(at), who.isEmpty() ? tr("someone") : who, name);
    }
    return QString();
}

std::optional<ShipFormat> Ownership::suggested() const
{
    for (const OwnershipEvidence &e : evidence) {
        if (e.format)
            return e.format;
    }
    return std::nullopt;
}

QString Ownership::summary() const
{
    QString out;
    if (!evidence.isEmpty()) {
        const std::optional<ShipFormat> format = suggested();
        out = evidence.first().text() + QLatin1String("; ");
        out += evidence.first().kind == OwnershipEvidence::Kind::Deployment
            ? tr("an API fix will be reverted by the next deployment — change the template")
            : tr("an API fix will be reverted by the tool's next run — change its code");
        out += format ? tr(": the %1 snippet is shown first.").arg(shipfix::name(*format))
                      : QStringLiteral(".");
        for (qsizetype i = 1; i < evidence.size(); ++i)
            out += QLatin1Char(' ') + tr("Also: %1.").arg(evidence.at(i).text());
    } else if (checked) {
        out = tr("No sign that a template manages this NSG: no deployment of its resource group "
                 "lists it, it has no tag infrastructure-as-code tools set, and no template or "
                 "IaC tool wrote it in Azure's change history.");
    } else {
        out = tr("Who manages this NSG could not be checked.");
    }
    if (!notChecked.isEmpty())
        out += QLatin1Char(' ') + tr("Not checked: %1.").arg(notChecked.join(QStringLiteral("; ")));
    return out;
}

namespace ownership {

std::optional<OwnershipEvidence> fromTag(const QString &key, const QString &value)
{
    static const QStringList toolKeys{
        QStringLiteral("managed-by"),    QStringLiteral("managedby"),
        QStringLiteral("managed_by"),    QStringLiteral("created-by"),
        QStringLiteral("createdby"),     QStringLiteral("created_by"),
        QStringLiteral("provisioner"),   QStringLiteral("provisioned-by"),
        QStringLiteral("provisionedby"), QStringLiteral("deployed-by"),
        QStringLiteral("deployedby"),    QStringLiteral("iac"),
        QStringLiteral("iac-tool"),      QStringLiteral("tool")};
    // Keys that name the tool themselves.
    static const std::vector<std::pair<QString, const char *>> ownKeys{
        {QStringLiteral("terraform"), "terraform"},
        {QStringLiteral("tf-workspace"), "terraform"},
        {QStringLiteral("terraform-workspace"), "terraform"},
        {QStringLiteral("azd-env-name"), "azd"},
        {QStringLiteral("azd-service-name"), "azd"},
        {QStringLiteral("pulumi"), "pulumi"}};
    const QString k = key.trimmed().toLower();
    const Tool *tool = nullptr;
    if (toolKeys.contains(k)) {
        tool = toolIn(value);
    } else {
        for (const auto &[name, word] : ownKeys) {
            if (k == name || k.startsWith(name + QLatin1Char(':'))) {
                tool = toolIn(QLatin1String(word));
                break;
            }
        }
    }
    if (!tool)
        return std::nullopt;
    OwnershipEvidence e;
    e.kind = OwnershipEvidence::Kind::Tag;
    e.name = key + QLatin1Char('=') + value;
    e.format = tool->format;
    return e;
}

QList<OwnershipEvidence> fromTags(const json &tags)
{
    QList<OwnershipEvidence> out;
    if (!tags.is_object())
        return out;
    for (const auto &[k, v] : tags.items()) {
        if (auto e = fromTag(QString::fromStdString(k), JsonValue::toString(&v)))
            out.append(*e);
    }
    return out;
}

std::optional<OwnershipEvidence> fromDeployment(const json &deployment, const QString &nsgId)
{
    const json &props = JsonValue::object(deployment, "properties");
    if (JsonValue::string(props, "provisioningState")
            .compare(QLatin1String("Succeeded"), Qt::CaseInsensitive)
        != 0)
        return std::nullopt;
    const QString rulesPrefix = nsgId + QLatin1String("/securityRules/");
    const json *resources = JsonValue::member(props, "outputResources");
    if (!resources || !resources->is_array())
        return std::nullopt;
    for (const json &r : *resources) {
        const QString id = JsonValue::string(r, "id");
        if (id.compare(nsgId, Qt::CaseInsensitive) == 0
            || id.startsWith(rulesPrefix, Qt::CaseInsensitive)) {
            OwnershipEvidence e;
            e.kind = OwnershipEvidence::Kind::Deployment;
            e.name = JsonValue::string(deployment, "name");
            e.at = QDateTime::fromString(JsonValue::string(props, "timestamp"), Qt::ISODateWithMs);
            e.format = ShipFormat::Bicep;
            return e;
        }
    }
    return std::nullopt;
}

std::optional<OwnershipEvidence> fromChange(const history::ChangeRecord &change)
{
    const Tool *tool = toolIn(change.clientType);
    std::optional<ShipFormat> format;
    if (tool) {
        format = tool->format;
    } else if (change.clientType.contains(QLatin1String("template"), Qt::CaseInsensitive)
               || change.clientType.contains(QLatin1String("deployment"), Qt::CaseInsensitive)) {
        format = ShipFormat::Bicep;
    } else {
        return std::nullopt;
    }
    OwnershipEvidence e;
    e.kind = OwnershipEvidence::Kind::Change;
    e.name = change.clientType;
    e.who = change.changedBy;
    e.at = change.at;
    e.format = format;
    return e;
}

} // namespace ownership

} // namespace nsg
