// SPDX-License-Identifier: MIT
#include "core/input/nsgjson.h"

#include "core/remediation/ownership.h"
#include "core/util/ascii.h"
#include "core/util/jsonvalue.h"

#include <QCoreApplication>

#include <cmath>

namespace nsg {

using ascii::equalsIgnoreCase;

using json = nlohmann::json;
using Severity = ReadProblem::Severity;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("nsg::NsgJson", text);
}

using JsonValue::find;

QString typeName(const json &j)
{
    switch (j.type()) {
    case json::value_t::null:
        return tr("null");
    case json::value_t::object:
        return tr("an object");
    case json::value_t::array:
        return tr("an array");
    case json::value_t::string:
        return tr("a string");
    case json::value_t::boolean:
        return tr("true/false");
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
    case json::value_t::number_float:
        return tr("a number");
    default:
        break;
    }
    return tr("an unsupported value");
}

std::string_view view(const json &j)
{
    return j.get_ref<const std::string &>();
}

QString qs(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// Where a field was found: under "properties" or on the object itself (flattened shapes).
struct Located
{
    const json *value = nullptr;
    QString path;
};

Located locate(const json *props, const json &obj, const QString &path, std::string_view key)
{
    if (const json *v = find(props, key))
        return {v, path + QLatin1String(".properties.") + qs(key)};
    if (const json *v = find(&obj, key))
        return {v, path + QLatin1Char('.') + qs(key)};
    return {nullptr, path + QLatin1String(".properties.") + qs(key)};
}

} // namespace

NsgJson::NsgJson(QString sourceFile)
    : m_sourceFile(std::move(sourceFile))
{ }

int NsgJson::convert(const json &element, const QString &path, const Sink &sink,
                     const QStringList &fatalProblems)
{
    if (element.is_object()) {
        if (m_resourceSink && m_resourceSink(element, path))
            return 0;
        // A list page inside an array ([{"value": [...]}, ...]): its elements are the NSGs.
        for (const char *wrapper : {"value", "data"}) {
            const json *list = find(&element, wrapper);
            if (list && list->is_array() && !find(&element, "id") && !find(&element, "properties")
                && !find(&element, "securityRules")) {
                int count = 0;
                for (size_t i = 0; i < list->size(); ++i) {
                    count += convert((*list)[i],
                                     path + QLatin1Char('.') + QLatin1String(wrapper)
                                         + QLatin1Char('[') + QString::number(i) + QLatin1Char(']'),
                                     sink, fatalProblems);
                }
                return count;
            }
        }
        if (const json *type = find(&element, "type"); type && type->is_string()
            && !equalsIgnoreCase(view(*type), "Microsoft.Network/networkSecurityGroups")) {
            const json *name = find(&element, "name");
            m_warnings.append(tr("%1: skipped %2, a %3 resource, not an NSG")
                                  .arg(path,
                                       name && name->is_string()
                                           ? QLatin1Char('\'') + qs(view(*name)) + QLatin1Char('\'')
                                           : tr("an element"),
                                       qs(view(*type))));
            return 0;
        }
        convertNsg(element, path);
    } else {
        m_builder.setSource(m_sourceFile, path);
        m_builder.addProblem(Severity::Fatal, path,
                             tr("expected an NSG object, found %1").arg(typeName(element)));
    }
    for (const QString &problem : fatalProblems)
        m_builder.addProblem(Severity::Fatal, path, problem);
    sink(m_builder.build());
    m_scratch.clear();
    return 1;
}

NetworkSecurityGroup NsgJson::unreadable(const json &partial, const QString &path,
                                         const QString &reason)
{
    m_builder.setSource(m_sourceFile, path);
    if (const json *id = find(&partial, "id"); id && id->is_string())
        m_builder.setId(view(*id));
    if (const json *name = find(&partial, "name"); name && name->is_string())
        m_builder.setName(view(*name));
    m_builder.addProblem(Severity::Fatal, path, reason);
    return m_builder.build();
}

void NsgJson::convertNsg(const json &obj, const QString &path)
{
    NsgBuilder &b = m_builder;
    b.setSource(m_sourceFile, path);
    const json *props = find(&obj, "properties");
    if (props && !props->is_object()) {
        b.addProblem(Severity::Fatal, path + QLatin1String(".properties"),
                     tr("expected an object, found %1").arg(typeName(*props)));
        props = nullptr;
    }

    auto text = [&](std::string_view key, void (NsgBuilder::*set)(std::string_view)) {
        const Located f = locate(props, obj, path, key);
        if (!f.value || f.value->is_null())
            return;
        if (f.value->is_string())
            (b.*set)(view(*f.value));
        else
            b.addProblem(Severity::Warning, f.path,
                         tr("expected a string, found %1").arg(typeName(*f.value)));
    };
    // id and etag first: rule ids and etags that repeat them are not stored again.
    text("id", &NsgBuilder::setId);
    text("etag", &NsgBuilder::setEtag);
    text("name", &NsgBuilder::setName);
    text("location", &NsgBuilder::setLocation);
    text("tenantId", &NsgBuilder::setTenantId);
    text("resourceGroup", &NsgBuilder::setResourceGroup);
    text("subscriptionId", &NsgBuilder::setSubscriptionId);
    text("provisioningState", &NsgBuilder::setProvisioningState);
    // Only a tag that names an IaC tool is kept (docs/fix-formats.md, "Who owns this NSG").
    if (const json *tags = find(&obj, "tags"); tags && tags->is_object()) {
        const QList<OwnershipEvidence> owners = ownership::fromTags(*tags);
        if (!owners.isEmpty())
            b.setOwnerTag(owners.first().name.toStdString());
    }

    // A report written by NSG Auditor keeps them under "attachedTo".
    const json *attachedTo = find(&obj, "attachedTo");
    auto references = [&](std::string_view key, void (NsgBuilder::*add)(std::string_view)) {
        Located f = locate(props, obj, path, key);
        if (!f.value && attachedTo && attachedTo->is_object())
            f = {find(attachedTo, key), path + QLatin1String(".attachedTo.") + qs(key)};
        if (!f.value || f.value->is_null())
            return;
        if (!f.value->is_array()) {
            b.addProblem(Severity::Warning, f.path,
                         tr("expected an array, found %1").arg(typeName(*f.value)));
            return;
        }
        for (size_t i = 0; i < f.value->size(); ++i) {
            const json &item = (*f.value)[i];
            const json *id = item.is_object() ? find(&item, "id") : &item;
            if (id && id->is_string())
                (b.*add)(view(*id));
            else
                b.addProblem(Severity::Warning,
                             f.path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']'),
                             tr("expected {\"id\": \"…\"}, found %1").arg(typeName(item)));
        }
    };
    references("subnets", &NsgBuilder::addSubnet);
    references("networkInterfaces", &NsgBuilder::addNetworkInterface);

    const Located rules = locate(props, obj, path, "securityRules");
    if (!rules.value) {
        b.addProblem(Severity::Fatal, rules.path,
                     tr("missing: without the rules nothing can be said about this NSG"));
    } else if (!rules.value->is_array()) {
        b.addProblem(Severity::Fatal, rules.path,
                     tr("expected an array, found %1").arg(typeName(*rules.value)));
    } else {
        for (size_t i = 0; i < rules.value->size(); ++i)
            readRule((*rules.value)[i],
                     rules.path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']'), false);
    }
    const Located defaults = locate(props, obj, path, "defaultSecurityRules");
    if (defaults.value && !defaults.value->is_null()) {
        if (!defaults.value->is_array()) {
            b.addProblem(Severity::Fatal, defaults.path,
                         tr("expected an array, found %1").arg(typeName(*defaults.value)));
        } else {
            for (size_t i = 0; i < defaults.value->size(); ++i)
                readRule((*defaults.value)[i],
                         defaults.path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']'),
                         true);
        }
    }
}

void NsgJson::readRule(const json &rule, const QString &path, bool isDefault)
{
    NsgBuilder &b = m_builder;
    if (!rule.is_object()) {
        b.addProblem(Severity::Fatal, path,
                     tr("expected a rule object, found %1").arg(typeName(rule)));
        return;
    }
    SecurityRuleInput &in = m_rule;
    in.clear();
    in.isDefault = isDefault;
    in.path = path;
    const json *fields = find(&rule, "properties");
    if (fields && fields->is_object()) {
        in.fieldPrefix = QStringLiteral("properties.");
    } else {
        if (fields) {
            b.addProblem(Severity::Rule, path + QLatin1String(".properties"),
                         tr("expected an object, found %1").arg(typeName(*fields)));
            in.malformed = true;
        }
        fields = &rule;
    }
    auto fieldPath = [&](std::string_view key) -> QString {
        return path + QLatin1Char('.') + in.fieldPrefix + qs(key);
    };
    // A text for a view: the string itself, or the JSON of another value (so messages show it).
    auto textOf = [this](const json &v) -> std::string_view {
        if (v.is_string())
            return view(v);
        m_scratch.push_back(v.dump());
        return m_scratch.back();
    };
    auto plainText = [&](const json *obj, std::string_view key) -> std::string_view {
        const json *v = find(obj, key);
        if (!v || v->is_null())
            return {};
        if (!v->is_string()) {
            b.addProblem(Severity::Warning, path + QLatin1Char('.') + qs(key),
                         tr("expected a string, found %1").arg(typeName(*v)));
            return {};
        }
        return view(*v);
    };

    in.name = plainText(&rule, "name");
    in.id = plainText(&rule, "id");
    in.etag = plainText(&rule, "etag");
    in.description = plainText(fields, "description");

    if (const json *p = find(fields, "priority"); p && !p->is_null()) {
        in.priorityPresent = true;
        if (p->is_number_integer()) {
            in.priority = p->is_number_unsigned() && p->get<quint64>() > quint64(INT64_MAX)
                ? INT64_MAX
                : p->get<qint64>();
        } else if (p->is_number_float() && std::isfinite(p->get<double>())
                   && std::floor(p->get<double>()) == p->get<double>()
                   && std::abs(p->get<double>()) < 1e15) {
            in.priority = qint64(p->get<double>());
        } else if (p->is_number()) {
            b.addProblem(
                Severity::Rule, fieldPath("priority"),
                tr("expected a whole number, found %1").arg(QString::fromStdString(p->dump())),
                qs(in.name));
        } else {
            b.addProblem(Severity::Rule, fieldPath("priority"),
                         tr("expected a number, found %1").arg(typeName(*p)), qs(in.name));
        }
    }
    auto enumText = [&](std::string_view key) -> std::optional<std::string_view> {
        const json *v = find(fields, key);
        if (!v || v->is_null())
            return std::nullopt;
        return textOf(*v);
    };
    in.protocol = enumText("protocol");
    in.access = enumText("access");
    in.direction = enumText("direction");

    // Singular + plural fields; PowerShell writes the singular one as an array.
    auto list = [&](std::string_view singular, std::string_view plural,
                    SecurityRuleInput::List &out) {
        if (const json *v = find(fields, singular); v && !v->is_null()) {
            if (v->is_array()) {
                for (const json &item : *v)
                    out.items.push_back(textOf(item));
            } else if (!(v->is_string() && v->get_ref<const std::string &>().empty())) {
                out.items.push_back(textOf(*v));
                out.firstFromSingular = true;
            }
        }
        if (const json *v = find(fields, plural); v && !v->is_null()) {
            if (!v->is_array()) {
                b.addProblem(Severity::Rule, fieldPath(plural),
                             tr("expected an array, found %1").arg(typeName(*v)), qs(in.name));
                in.malformed = true;
                return;
            }
            for (size_t i = 0; i < v->size(); ++i) {
                const json &item = (*v)[i];
                if (item.is_string() || item.is_number())
                    out.items.push_back(textOf(item));
                else {
                    b.addProblem(Severity::Rule,
                                 fieldPath(plural) + QLatin1Char('[') + QString::number(i)
                                     + QLatin1Char(']'),
                                 tr("expected a string, found %1").arg(typeName(item)),
                                 qs(in.name));
                    in.malformed = true;
                }
            }
        }
    };
    list("sourcePortRange", "sourcePortRanges", in.sourcePorts);
    list("destinationPortRange", "destinationPortRanges", in.destinationPorts);
    list("sourceAddressPrefix", "sourceAddressPrefixes", in.sourceAddresses);
    list("destinationAddressPrefix", "destinationAddressPrefixes", in.destinationAddresses);

    auto groups = [&](std::string_view key, std::vector<std::string_view> &out) {
        const json *v = find(fields, key);
        if (!v || v->is_null())
            return;
        if (!v->is_array()) {
            b.addProblem(Severity::Rule, fieldPath(key),
                         tr("expected an array, found %1").arg(typeName(*v)), qs(in.name));
            in.malformed = true;
            return;
        }
        for (size_t i = 0; i < v->size(); ++i) {
            const json &item = (*v)[i];
            const json *id = item.is_object() ? find(&item, "id") : &item;
            if (id && id->is_string()) {
                out.push_back(view(*id));
            } else {
                b.addProblem(
                    Severity::Rule,
                    fieldPath(key) + QLatin1Char('[') + QString::number(i) + QLatin1Char(']'),
                    tr("expected {\"id\": \"…\"}, found %1").arg(typeName(item)), qs(in.name));
                in.malformed = true;
            }
        }
    };
    groups("sourceApplicationSecurityGroups", in.sourceAsgs);
    groups("destinationApplicationSecurityGroups", in.destinationAsgs);

    b.addRule(in);
}

} // namespace nsg
