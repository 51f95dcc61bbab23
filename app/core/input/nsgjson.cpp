// SPDX-License-Identifier: MIT
#include "core/input/nsgjson.h"

#include "core/input/jsonaccess_p.h"

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

using jsonaccess::NlohmannValue;
using jsonaccess::SimdValue;

template<typename V>
QString typeName(const V &j)
{
    if (j.isNull())
        return tr("null");
    if (j.isObject())
        return tr("an object");
    if (j.isArray())
        return tr("an array");
    if (j.isString())
        return tr("a string");
    if (j.isBoolean())
        return tr("true/false");
    if (j.isNumber())
        return tr("a number");
    return tr("an unsupported value");
}

QString qs(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// Where a field was found: under "properties" or on the object itself (flattened shapes).
template<typename V>
struct Located
{
    V value;
    QString path;
};

template<typename V>
Located<V> locate(const V &props, const V &obj, const QString &path, std::string_view key)
{
    if (const V v = props.find(key))
        return {v, path + QLatin1String(".properties.") + qs(key)};
    if (const V v = obj.find(key))
        return {v, path + QLatin1Char('.') + qs(key)};
    return {V(), path + QLatin1String(".properties.") + qs(key)};
}

bool isNsgType(const SimdValue &element)
{
    const SimdValue type = element.find("type");
    return type && type.isString()
        && equalsIgnoreCase(type.string(), "Microsoft.Network/networkSecurityGroups");
}

} // namespace

NsgJson::NsgJson(QString sourceFile)
    : m_sourceFile(std::move(sourceFile))
{ }

int NsgJson::convert(const json &element, const QString &path, const Sink &sink,
                     const QStringList &fatalProblems)
{
    return convertValue(NlohmannValue(&element), path, sink, fatalProblems);
}

int NsgJson::convertFast(const SimdValue &element, const QString &path, const Sink &sink)
{
    return convertValue(element, path, sink, {});
}

template<typename V>
int NsgJson::convertValue(const V &element, const QString &path, const Sink &sink,
                          const QStringList &fatalProblems)
{
    if (element.isObject()) {
        if constexpr (std::is_same_v<V, NlohmannValue>) {
            if (m_resourceSink && m_resourceSink(element.json(), path))
                return 0;
        } else {
            // Only NSGs come here (see the declaration); other resources go through nlohmann.
            Q_ASSERT(isNsgType(element) || (!m_resourceSink && !element.find("type")));
        }
        // A list page inside an array ([{"value": [...]}, ...]): its elements are the NSGs.
        for (const char *wrapper : {"value", "data"}) {
            const V list = element.find(wrapper);
            if (list && list.isArray() && !element.find("id") && !element.find("properties")
                && !element.find("securityRules")) {
                int count = 0;
                list.forEach([&](size_t i, const V &item) {
                    count +=
                        convertValue(item,
                                     path + QLatin1Char('.') + QLatin1String(wrapper)
                                         + QLatin1Char('[') + QString::number(i) + QLatin1Char(']'),
                                     sink, fatalProblems);
                });
                return count;
            }
        }
        if (const V type = element.find("type"); type && type.isString()
            && !equalsIgnoreCase(type.string(), "Microsoft.Network/networkSecurityGroups")) {
            const V name = element.find("name");
            m_warnings.append(tr("%1: skipped %2, a %3 resource, not an NSG")
                                  .arg(path,
                                       name && name.isString() ? QLatin1Char('\'')
                                               + qs(name.string()) + QLatin1Char('\'')
                                                               : tr("an element"),
                                       qs(type.string())));
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
    if (const json *id = JsonValue::find(&partial, "id"); id && id->is_string())
        m_builder.setId(id->get_ref<const std::string &>());
    if (const json *name = JsonValue::find(&partial, "name"); name && name->is_string())
        m_builder.setName(name->get_ref<const std::string &>());
    m_builder.addProblem(Severity::Fatal, path, reason);
    return m_builder.build();
}

template<typename V>
void NsgJson::convertNsg(const V &element, const QString &path)
{
    NsgBuilder &b = m_builder;
    b.setSource(m_sourceFile, path);
    typename V::Index objIndex, propsIndex;
    const V obj = element.indexed(objIndex);
    V props = obj.find("properties");
    if (props && !props.isObject()) {
        b.addProblem(Severity::Fatal, path + QLatin1String(".properties"),
                     tr("expected an object, found %1").arg(typeName(props)));
        props = V();
    }
    props = props.indexed(propsIndex);

    auto text = [&](std::string_view key, void (NsgBuilder::*set)(std::string_view)) {
        const Located<V> f = locate(props, obj, path, key);
        if (!f.value || f.value.isNull())
            return;
        if (f.value.isString())
            (b.*set)(f.value.string());
        else
            b.addProblem(Severity::Warning, f.path,
                         tr("expected a string, found %1").arg(typeName(f.value)));
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
    if (const V tags = obj.find("tags"); tags && tags.isObject() && tags.size() > 0) {
        const QList<OwnershipEvidence> owners = ownership::fromTags(tags.toJson());
        if (!owners.isEmpty())
            b.setOwnerTag(owners.first().name.toStdString());
    }

    // A report written by NSG Auditor keeps them under "attachedTo".
    const V attachedTo = obj.find("attachedTo");
    auto references = [&](std::string_view key, void (NsgBuilder::*add)(std::string_view)) {
        Located<V> f = locate(props, obj, path, key);
        if (!f.value && attachedTo && attachedTo.isObject())
            f = {attachedTo.find(key), path + QLatin1String(".attachedTo.") + qs(key)};
        if (!f.value || f.value.isNull())
            return;
        if (!f.value.isArray()) {
            b.addProblem(Severity::Warning, f.path,
                         tr("expected an array, found %1").arg(typeName(f.value)));
            return;
        }
        f.value.forEach([&](size_t i, const V &item) {
            const V id = item.isObject() ? item.find("id") : item;
            if (id && id.isString())
                (b.*add)(id.string());
            else
                b.addProblem(Severity::Warning,
                             f.path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']'),
                             tr("expected {\"id\": \"…\"}, found %1").arg(typeName(item)));
        });
    };
    references("subnets", &NsgBuilder::addSubnet);
    references("networkInterfaces", &NsgBuilder::addNetworkInterface);

    const Located<V> rules = locate(props, obj, path, "securityRules");
    if (!rules.value) {
        b.addProblem(Severity::Fatal, rules.path,
                     tr("missing: without the rules nothing can be said about this NSG"));
    } else if (!rules.value.isArray()) {
        b.addProblem(Severity::Fatal, rules.path,
                     tr("expected an array, found %1").arg(typeName(rules.value)));
    } else {
        rules.value.forEach([&](size_t i, const V &rule) {
            readRule(rule, rules.path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']'),
                     false);
        });
    }
    const Located<V> defaults = locate(props, obj, path, "defaultSecurityRules");
    if (defaults.value && !defaults.value.isNull()) {
        if (!defaults.value.isArray()) {
            b.addProblem(Severity::Fatal, defaults.path,
                         tr("expected an array, found %1").arg(typeName(defaults.value)));
        } else {
            defaults.value.forEach([&](size_t i, const V &rule) {
                readRule(rule,
                         defaults.path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']'),
                         true);
            });
        }
    }
}

template<typename V>
void NsgJson::readRule(const V &element, const QString &path, bool isDefault)
{
    NsgBuilder &b = m_builder;
    typename V::Index ruleIndex, fieldsIndex;
    const V rule = element.indexed(ruleIndex);
    if (!rule.isObject()) {
        b.addProblem(Severity::Fatal, path,
                     tr("expected a rule object, found %1").arg(typeName(rule)));
        return;
    }
    SecurityRuleInput &in = m_rule;
    in.clear();
    in.isDefault = isDefault;
    in.path = path;
    V fields = rule.find("properties");
    if (fields && fields.isObject()) {
        fields = fields.indexed(fieldsIndex);
        in.fieldPrefix = QStringLiteral("properties.");
    } else {
        if (fields) {
            b.addProblem(Severity::Rule, path + QLatin1String(".properties"),
                         tr("expected an object, found %1").arg(typeName(fields)));
            in.malformed = true;
        }
        fields = rule;
    }
    auto fieldPath = [&](std::string_view key) -> QString {
        return path + QLatin1Char('.') + in.fieldPrefix + qs(key);
    };
    // A text for a view: the string itself, or the JSON of another value (so messages show it).
    auto textOf = [this](const V &v) -> std::string_view {
        if (v.isString())
            return v.string();
        m_scratch.push_back(v.dump());
        return m_scratch.back();
    };
    auto plainText = [&](const V &obj, std::string_view key) -> std::string_view {
        const V v = obj.find(key);
        if (!v || v.isNull())
            return {};
        if (!v.isString()) {
            b.addProblem(Severity::Warning, path + QLatin1Char('.') + qs(key),
                         tr("expected a string, found %1").arg(typeName(v)));
            return {};
        }
        return v.string();
    };

    in.name = plainText(rule, "name");
    in.id = plainText(rule, "id");
    in.etag = plainText(rule, "etag");
    in.description = plainText(fields, "description");

    if (const V p = fields.find("priority"); p && !p.isNull()) {
        in.priorityPresent = true;
        if (p.isInteger()) {
            in.priority =
                p.isUnsigned() && p.toUInt64() > quint64(INT64_MAX) ? INT64_MAX : p.toInt64();
        } else if (p.isFloat() && std::isfinite(p.toDouble())
                   && std::floor(p.toDouble()) == p.toDouble() && std::abs(p.toDouble()) < 1e15) {
            in.priority = qint64(p.toDouble());
        } else if (p.isNumber()) {
            b.addProblem(
                Severity::Rule, fieldPath("priority"),
                tr("expected a whole number, found %1").arg(QString::fromStdString(p.dump())),
                qs(in.name));
        } else {
            b.addProblem(Severity::Rule, fieldPath("priority"),
                         tr("expected a number, found %1").arg(typeName(p)), qs(in.name));
        }
    }
    auto enumText = [&](std::string_view key) -> std::optional<std::string_view> {
        const V v = fields.find(key);
        if (!v || v.isNull())
            return std::nullopt;
        return textOf(v);
    };
    in.protocol = enumText("protocol");
    in.access = enumText("access");
    in.direction = enumText("direction");

    // Singular + plural fields; PowerShell writes the singular one as an array.
    auto list = [&](std::string_view singular, std::string_view plural,
                    SecurityRuleInput::List &out) {
        if (const V v = fields.find(singular); v && !v.isNull()) {
            if (v.isArray()) {
                v.forEach([&](size_t, const V &item) { out.items.push_back(textOf(item)); });
            } else if (!(v.isString() && v.string().empty())) {
                out.items.push_back(textOf(v));
                out.firstFromSingular = true;
            }
        }
        if (const V v = fields.find(plural); v && !v.isNull()) {
            if (!v.isArray()) {
                b.addProblem(Severity::Rule, fieldPath(plural),
                             tr("expected an array, found %1").arg(typeName(v)), qs(in.name));
                in.malformed = true;
                return;
            }
            v.forEach([&](size_t i, const V &item) {
                if (item.isString() || item.isNumber()) {
                    out.items.push_back(textOf(item));
                } else {
                    b.addProblem(Severity::Rule,
                                 fieldPath(plural) + QLatin1Char('[') + QString::number(i)
                                     + QLatin1Char(']'),
                                 tr("expected a string, found %1").arg(typeName(item)),
                                 qs(in.name));
                    in.malformed = true;
                }
            });
        }
    };
    list("sourcePortRange", "sourcePortRanges", in.sourcePorts);
    list("destinationPortRange", "destinationPortRanges", in.destinationPorts);
    list("sourceAddressPrefix", "sourceAddressPrefixes", in.sourceAddresses);
    list("destinationAddressPrefix", "destinationAddressPrefixes", in.destinationAddresses);

    auto groups = [&](std::string_view key, std::vector<std::string_view> &out) {
        const V v = fields.find(key);
        if (!v || v.isNull())
            return;
        if (!v.isArray()) {
            b.addProblem(Severity::Rule, fieldPath(key),
                         tr("expected an array, found %1").arg(typeName(v)), qs(in.name));
            in.malformed = true;
            return;
        }
        v.forEach([&](size_t i, const V &item) {
            const V id = item.isObject() ? item.find("id") : item;
            if (id && id.isString()) {
                out.push_back(id.string());
            } else {
                b.addProblem(
                    Severity::Rule,
                    fieldPath(key) + QLatin1Char('[') + QString::number(i) + QLatin1Char(']'),
                    tr("expected {\"id\": \"…\"}, found %1").arg(typeName(item)), qs(in.name));
                in.malformed = true;
            }
        });
    };
    groups("sourceApplicationSecurityGroups", in.sourceAsgs);
    groups("destinationApplicationSecurityGroups", in.destinationAsgs);

    b.addRule(in);
}

} // namespace nsg
