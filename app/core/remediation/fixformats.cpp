// SPDX-License-Identifier: MIT
#include "core/remediation/fixformats.h"

#include "core/model/resourceid.h"
#include "core/util/jsonvalue.h"

#include <nlohmann/json.hpp>

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

#include <utility>
#include <vector>

namespace nsg::shipfix {

using json = nlohmann::json;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("nsg::ShipFix", text);
}

const json &propertiesOf(const RuleDocument &rule)
{
    return JsonValue::object(rule.toJson(), "properties");
}

// The rule's value pairs in the order people read a rule (the portal's columns).
struct Pair
{
    const char *singular; // nullptr: a list of {id} objects (application security groups)
    const char *plural;
    const char *terraformOne;
    const char *terraformMany;
    const char *powerShell;
    const char *az; // az network nsg rule create's option
};

const std::vector<Pair> &pairs()
{
    static const std::vector<Pair> all{
        {"sourcePortRange", "sourcePortRanges", "source_port_range", "source_port_ranges",
         "SourcePortRange", "--source-port-ranges"},
        {"destinationPortRange", "destinationPortRanges", "destination_port_range",
         "destination_port_ranges", "DestinationPortRange", "--destination-port-ranges"},
        {"sourceAddressPrefix", "sourceAddressPrefixes", "source_address_prefix",
         "source_address_prefixes", "SourceAddressPrefix", "--source-address-prefixes"},
        {nullptr, "sourceApplicationSecurityGroups", nullptr,
         "source_application_security_group_ids", "SourceApplicationSecurityGroupId",
         "--source-asgs"},
        {"destinationAddressPrefix", "destinationAddressPrefixes", "destination_address_prefix",
         "destination_address_prefixes", "DestinationAddressPrefix",
         "--destination-address-prefixes"},
        {nullptr, "destinationApplicationSecurityGroups", nullptr,
         "destination_application_security_group_ids", "DestinationApplicationSecurityGroupId",
         "--destination-asgs"},
    };
    return all;
}

// The values of a pair as written: a singular string, then the plural's strings (or the ids of
// {id} objects).
QStringList valuesOf(const RuleDocument &rule, const Pair &pair)
{
    const json &props = propertiesOf(rule);
    QStringList out;
    if (pair.singular) {
        if (const json *one = JsonValue::member(props, pair.singular); one && one->is_string())
            out.append(JsonValue::toString(one));
    }
    if (const json *many = JsonValue::member(props, pair.plural); many && many->is_array()) {
        for (const json &v : *many) {
            const QString s = v.is_object() ? JsonValue::string(v, "id") : JsonValue::toString(&v);
            if (!s.isEmpty())
                out.append(s);
        }
    }
    return out;
}

bool singularWritten(const RuleDocument &rule, const Pair &pair)
{
    const json *one =
        pair.singular ? JsonValue::member(propertiesOf(rule), pair.singular) : nullptr;
    return one && one->is_string() && !one->get_ref<const std::string &>().empty();
}

QString encodedPath(const QString &id)
{
    QStringList segments = id.split(QLatin1Char('/'));
    for (QString &s : segments)
        s = QString::fromLatin1(QUrl::toPercentEncoding(s));
    return segments.join(QLatin1Char('/'));
}

ResourceId idOf(const FixShipping &fix)
{
    return ResourceId::parse(fix.ruleId);
}

QString ruleName(const FixShipping &fix)
{
    const ResourceId rid = idOf(fix);
    return rid.childName.isEmpty() ? (fix.after.isNull() ? fix.before : fix.after).name()
                                   : rid.childName;
}

// --- ARM ---------------------------------------------------------------------------------

ShippedFix renderArm(const FixShipping &fix)
{
    ShippedFix out;
    out.format = ShipFormat::Arm;
    const bool remove = fix.after.isNull();
    QString host = fix.armHost;
    while (host.endsWith(QLatin1Char('/')))
        host.chop(1);
    QStringList lines;
    lines << QStringLiteral("%1 %2%3?api-version=%4")
                 .arg(remove ? QStringLiteral("DELETE") : QStringLiteral("PUT"), host,
                      encodedPath(fix.ruleId), fix.apiVersion);
    lines << QStringLiteral("Authorization: Bearer <access token for %1/>").arg(host);
    if (!remove)
        lines << QStringLiteral("Content-Type: application/json");
    if (fix.before.isNull())
        lines << QStringLiteral("If-None-Match: *");
    else if (fix.before.etag().isEmpty())
        lines << QStringLiteral("If-Match: <the rule's etag: GET this URL first>");
    else
        lines << QStringLiteral("If-Match: ") + fix.before.etag();
    if (!remove) {
        lines << QString();
        lines << QString::fromStdString(
            fix.after.putBody().dump(2, ' ', false, json::error_handler_t::replace));
    }
    out.blocks.append(
        {tr("The request this tool sends"), QStringLiteral("http"), lines.join(QLatin1Char('\n'))});
    if (fix.before.isNull())
        out.notes << tr("If-None-Match: * makes Azure refuse the request when a rule of that name "
                        "already exists.");
    else
        out.notes << tr("If-Match carries the rule's etag as read: Azure refuses the request (412) "
                        "when the rule changed since; read it again and compare.");
    out.notes << tr("Azure may apply the change asynchronously: a 201 or 202 answer names an "
                    "Azure-AsyncOperation URL to poll until it reports Succeeded.");
    return out;
}

// --- Azure CLI -------------------------------------------------------------------------------

QString azTarget(const FixShipping &fix)
{
    const ResourceId rid = idOf(fix);
    return QStringLiteral("--subscription %1 --resource-group %2 --nsg-name %3 --name %4")
        .arg(shellQuoted(rid.subscriptionId), shellQuoted(rid.resourceGroup), shellQuoted(rid.name),
             shellQuoted(ruleName(fix)));
}

QString quotedList(const QStringList &values, QString (*quote)(const QString &),
                   const QString &separator)
{
    QStringList out;
    for (const QString &v : values)
        out.append(quote(v));
    return out.join(separator);
}

ShippedFix renderAz(const FixShipping &fix)
{
    ShippedFix out;
    out.format = ShipFormat::AzureCli;
    const QString target = azTarget(fix);
    QStringList command;
    switch (fix.kind) {
    case RuleFix::Kind::RestrictSource: {
        const Pair &source = pairs()[2];
        command << QStringLiteral("az network nsg rule update ") + target;
        command << QStringLiteral("--source-address-prefixes ")
                + quotedList(valuesOf(fix.after, source), shellQuoted, QStringLiteral(" "));
        if (!valuesOf(fix.before, pairs()[3]).isEmpty()) {
            command << QStringLiteral("--source-asgs null");
            out.notes << tr("--source-asgs null clears the rule's source application security "
                            "groups, which the addresses replace (a rule cannot have both).");
        }
        out.notes << tr("az reads the rule and writes it back with the new source, one address in "
                        "sourceAddressPrefix and several in sourceAddressPrefixes, as this tool "
                        "does.");
        break;
    }
    case RuleFix::Kind::MakeDeny:
        command << QStringLiteral("az network nsg rule update ") + target
                << QStringLiteral("--access Deny");
        out.notes << tr("az reads the rule and writes it back with Access Deny; nothing else "
                        "changes.");
        break;
    case RuleFix::Kind::Delete:
        command << QStringLiteral("az network nsg rule delete ") + target;
        break;
    case RuleFix::Kind::DenyAbove: {
        const RuleDocument &rule = fix.after;
        command << QStringLiteral("az network nsg rule create ") + target;
        command << QStringLiteral("--priority %1 --access %2 --direction %3 --protocol %4")
                       .arg(rule.priority())
                       .arg(shellQuoted(rule.stringProperty("access")),
                            shellQuoted(rule.stringProperty("direction")),
                            shellQuoted(rule.stringProperty("protocol")));
        for (const Pair &pair : pairs()) {
            QStringList values = valuesOf(rule, pair);
            const bool asgs = !pair.singular;
            const bool prefixes = QLatin1String(pair.plural).endsWith(QLatin1String("Prefixes"));
            // A side given by application security groups has no prefix; az would default it to
            // '*' and then drop it, so it is left out.
            if (prefixes) {
                const Pair &groups = pairs()[&pair == &pairs()[2] ? 3 : 5];
                if (values.isEmpty() && !valuesOf(rule, groups).isEmpty())
                    continue;
            }
            if (values.isEmpty()) {
                if (asgs)
                    continue;
                values.append(QStringLiteral("*"));
            }
            command << QLatin1String(pair.az) + QLatin1Char(' ')
                    + quotedList(values, shellQuoted, QStringLiteral(" "));
        }
        const QString description = rule.stringProperty("description");
        if (!description.isEmpty())
            command << QStringLiteral("--description ") + shellQuoted(description);
        out.notes << tr("Every value is given: az fills a value left out with its own default "
                        "(destination port 80, addresses and ports *).");
        break;
    }
    }
    out.blocks.append({tr("Azure CLI (bash)"), QStringLiteral("bash"),
                       command.join(QStringLiteral(" \\\n    "))});
    out.notes << tr("az sends no If-Match: a change someone made to the rule after it was read is "
                    "overwritten. The ARM request is the one that refuses it.");
    return out;
}

// --- PowerShell ------------------------------------------------------------------------------

QStringList powerShellParameters(const RuleDocument &rule)
{
    QStringList out;
    out << QStringLiteral("-Name ") + powerShellQuoted(rule.name());
    const QString description = rule.stringProperty("description");
    if (!description.isEmpty())
        out << QStringLiteral("-Description ") + powerShellQuoted(description);
    out << QStringLiteral("-Access ") + powerShellQuoted(rule.stringProperty("access"));
    out << QStringLiteral("-Protocol ") + powerShellQuoted(rule.stringProperty("protocol"));
    out << QStringLiteral("-Direction ") + powerShellQuoted(rule.stringProperty("direction"));
    out << QStringLiteral("-Priority %1").arg(rule.priority());
    for (const Pair &pair : pairs()) {
        const QStringList values = valuesOf(rule, pair);
        if (values.isEmpty())
            continue;
        out << QLatin1Char('-') + QLatin1String(pair.powerShell) + QStringLiteral(" @(")
                + quotedList(values, powerShellQuoted, QStringLiteral(", ")) + QLatin1Char(')');
    }
    return out;
}

ShippedFix renderPowerShell(const FixShipping &fix)
{
    ShippedFix out;
    out.format = ShipFormat::PowerShell;
    const ResourceId rid = idOf(fix);
    QStringList lines;
    lines << QStringLiteral("Set-AzContext -Subscription %1 | Out-Null")
                 .arg(powerShellQuoted(rid.subscriptionId));
    lines << QStringLiteral("$nsg = Get-AzNetworkSecurityGroup -ResourceGroupName %1 -Name %2")
                 .arg(powerShellQuoted(rid.resourceGroup), powerShellQuoted(rid.name));
    QStringList call;
    switch (fix.kind) {
    case RuleFix::Kind::RestrictSource:
    case RuleFix::Kind::MakeDeny:
        call << QStringLiteral("$nsg = Set-AzNetworkSecurityRuleConfig -NetworkSecurityGroup $nsg");
        call << powerShellParameters(fix.after);
        out.notes << tr("Set-AzNetworkSecurityRuleConfig replaces the whole rule with the values "
                        "given, so every value of the rule is given.");
        break;
    case RuleFix::Kind::Delete:
        call << QStringLiteral(
                    "$nsg = Remove-AzNetworkSecurityRuleConfig -NetworkSecurityGroup $nsg -Name ")
                + powerShellQuoted(ruleName(fix));
        break;
    case RuleFix::Kind::DenyAbove:
        call << QStringLiteral("$nsg = Add-AzNetworkSecurityRuleConfig -NetworkSecurityGroup $nsg");
        call << powerShellParameters(fix.after);
        break;
    }
    lines << call.join(QStringLiteral(" `\n    "));
    lines << QStringLiteral("$nsg | Set-AzNetworkSecurityGroup | Out-Null");
    out.blocks.append({tr("Azure PowerShell (Az.Network)"), QStringLiteral("powershell"),
                       lines.join(QLatin1Char('\n'))});
    out.notes << tr("Set-AzNetworkSecurityGroup writes the whole NSG as it was read, without a "
                    "per-rule etag: a change made to any rule of the NSG in between is undone. "
                    "Run it right after reading, or use the ARM request.");
    return out;
}

// --- Bicep -----------------------------------------------------------------------------------

bool isIdentifier(const std::string &key)
{
    if (key.empty() || !(std::isalpha(static_cast<unsigned char>(key[0])) || key[0] == '_'))
        return false;
    for (char c : key) {
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_'))
            return false;
    }
    return true;
}

void bicepValue(const json &value, const QString &indent, const QString &prefix, QStringList &out)
{
    const QString inner = indent + QStringLiteral("  ");
    if (value.is_object()) {
        if (value.empty()) {
            out << indent + prefix + QStringLiteral("{}");
            return;
        }
        out << indent + prefix + QLatin1Char('{');
        for (const auto &[k, v] : value.items()) {
            if (v.is_null() || (v.is_array() && v.empty()))
                continue;
            const QString key = isIdentifier(k) ? QString::fromStdString(k)
                                                : bicepQuoted(QString::fromStdString(k));
            bicepValue(v, inner, key + QStringLiteral(": "), out);
        }
        out << indent + QLatin1Char('}');
    } else if (value.is_array()) {
        if (value.empty()) {
            out << indent + prefix + QStringLiteral("[]");
            return;
        }
        out << indent + prefix + QLatin1Char('[');
        for (const json &v : value)
            bicepValue(v, inner, QString(), out);
        out << indent + QLatin1Char(']');
    } else if (value.is_string()) {
        out << indent + prefix + bicepQuoted(QString::fromStdString(value.get<std::string>()));
    } else {
        out << indent + prefix + QString::fromStdString(value.dump());
    }
}

QStringList bicepRuleProperties(const RuleDocument &rule, const QString &indent)
{
    QStringList out;
    bicepValue(rule.putBody()["properties"], indent, QStringLiteral("properties: "), out);
    return out;
}

QStringList bicepChild(const FixShipping &fix, const RuleDocument &rule)
{
    const ResourceId rid = idOf(fix);
    QStringList lines;
    lines << QStringLiteral(
                 "resource nsg 'Microsoft.Network/networkSecurityGroups@%1' existing = {")
                 .arg(fix.apiVersion);
    lines << QStringLiteral("  name: ") + bicepQuoted(rid.name);
    lines << QStringLiteral("}");
    if (rule.isNull())
        return lines;
    lines << QString();
    lines << QStringLiteral("resource rule "
                            "'Microsoft.Network/networkSecurityGroups/securityRules@%1' = {")
                 .arg(fix.apiVersion);
    lines << QStringLiteral("  parent: nsg");
    lines << QStringLiteral("  name: ") + bicepQuoted(ruleName(fix));
    lines << bicepRuleProperties(rule, QStringLiteral("  "));
    lines << QStringLiteral("}");
    return lines;
}

QStringList bicepElement(const QString &name, const RuleDocument &rule)
{
    if (rule.isNull())
        return {};
    QStringList lines{QStringLiteral("{"), QStringLiteral("  name: ") + bicepQuoted(name)};
    lines << bicepRuleProperties(rule, QStringLiteral("  "));
    lines << QStringLiteral("}");
    return lines;
}

ShippedFix renderBicep(const FixShipping &fix)
{
    ShippedFix out;
    out.format = ShipFormat::Bicep;
    const ResourceId rid = idOf(fix);
    const QString name = ruleName(fix);
    out.blocks.append({tr("The rule as a child resource of the existing NSG"),
                       fix.after.isNull() ? QStringLiteral("diff") : QStringLiteral("bicep"),
                       fix.after.isNull()
                           ? diffLines(bicepChild(fix, fix.before), bicepChild(fix, fix.after))
                                 .join(QLatin1Char('\n'))
                           : bicepChild(fix, fix.after).join(QLatin1Char('\n'))});
    out.blocks.append({tr("If the NSG declares its rules inline: the element of securityRules"),
                       QStringLiteral("diff"),
                       diffLines(bicepElement(name, fix.before), bicepElement(name, fix.after))
                           .join(QLatin1Char('\n'))});
    out.notes << tr("Deploy to resource group %1 of subscription %2 (az deployment group create "
                    "--resource-group … --template-file …).")
                     .arg(rid.resourceGroup, rid.subscriptionId);
    if (fix.after.isNull())
        out.notes << tr("A deployment does not delete a child resource that leaves the template "
                        "(incremental mode): remove it from the template and delete the rule "
                        "once with the ARM request or az.");
    out.notes << tr("An NSG declared with an inline securityRules array is written whole at every "
                    "deployment: change the element there, or the next deployment undoes the "
                    "fix. Do not declare the same rule both ways.");
    return out;
}

// --- Terraform -------------------------------------------------------------------------------

QString terraformLabel(const QString &name)
{
    QString label;
    for (const QChar c : name)
        label += (c.isLetterOrNumber() && c.unicode() < 128) || c == QLatin1Char('_')
                || c == QLatin1Char('-')
            ? c.toLower()
            : QLatin1Char('_');
    // One underscore for each run of other characters, none at the ends.
    static const QRegularExpression runs(QStringLiteral("_{2,}"));
    label.replace(runs, QStringLiteral("_"));
    while (label.endsWith(QLatin1Char('_')))
        label.chop(1);
    if (label.isEmpty() || !label.at(0).isLetter())
        label.prepend(QStringLiteral("rule_"));
    return label;
}

// Attribute lines with their `=` aligned, as `terraform fmt` writes them.
QStringList hclAttributes(const std::vector<std::pair<QString, QString>> &attributes,
                          const QString &indent)
{
    qsizetype width = 0;
    for (const auto &[k, v] : attributes)
        width = std::max(width, k.size());
    QStringList out;
    for (const auto &[k, v] : attributes)
        out << indent + k.leftJustified(width) + QStringLiteral(" = ") + v;
    return out;
}

std::vector<std::pair<QString, QString>> terraformRule(const RuleDocument &rule,
                                                       const QString &name)
{
    std::vector<std::pair<QString, QString>> a;
    a.emplace_back(QStringLiteral("name"), hclQuoted(name));
    a.emplace_back(QStringLiteral("priority"), QString::number(rule.priority()));
    a.emplace_back(QStringLiteral("direction"), hclQuoted(rule.stringProperty("direction")));
    a.emplace_back(QStringLiteral("access"), hclQuoted(rule.stringProperty("access")));
    a.emplace_back(QStringLiteral("protocol"), hclQuoted(rule.stringProperty("protocol")));
    for (const Pair &pair : pairs()) {
        const QStringList values = valuesOf(rule, pair);
        if (values.isEmpty())
            continue;
        if (pair.singular && values.size() == 1 && singularWritten(rule, pair))
            a.emplace_back(QLatin1String(pair.terraformOne), hclQuoted(values.first()));
        else
            a.emplace_back(QLatin1String(pair.terraformMany),
                           QLatin1Char('[') + quotedList(values, hclQuoted, QStringLiteral(", "))
                               + QLatin1Char(']'));
    }
    const QString description = rule.stringProperty("description");
    if (!description.isEmpty())
        a.emplace_back(QStringLiteral("description"), hclQuoted(description));
    return a;
}

QStringList terraformStandalone(const FixShipping &fix, const RuleDocument &rule)
{
    if (rule.isNull())
        return {};
    const ResourceId rid = idOf(fix);
    const QString name = ruleName(fix);
    auto a = terraformRule(rule, name);
    a.insert(a.begin() + 1, {QStringLiteral("resource_group_name"), hclQuoted(rid.resourceGroup)});
    a.insert(a.begin() + 2, {QStringLiteral("network_security_group_name"), hclQuoted(rid.name)});
    QStringList lines;
    lines << QStringLiteral("resource \"azurerm_network_security_rule\" \"%1\" {")
                 .arg(terraformLabel(name));
    lines << hclAttributes(a, QStringLiteral("  "));
    lines << QStringLiteral("}");
    return lines;
}

QStringList terraformInline(const QString &name, const RuleDocument &rule)
{
    if (rule.isNull())
        return {};
    QStringList lines{QStringLiteral("security_rule {")};
    lines << hclAttributes(terraformRule(rule, name), QStringLiteral("  "));
    lines << QStringLiteral("}");
    return lines;
}

ShippedFix renderTerraform(const FixShipping &fix)
{
    ShippedFix out;
    out.format = ShipFormat::Terraform;
    const QString name = ruleName(fix);
    out.blocks.append(
        {tr("azurerm_network_security_rule (the rule as its own resource)"), QStringLiteral("diff"),
         diffLines(terraformStandalone(fix, fix.before), terraformStandalone(fix, fix.after))
             .join(QLatin1Char('\n'))});
    out.blocks.append(
        {tr("security_rule block of azurerm_network_security_group (rules inline)"),
         QStringLiteral("diff"),
         diffLines(terraformInline(name, fix.before), terraformInline(name, fix.after))
             .join(QLatin1Char('\n'))});
    if (!fix.after.isNull() && !fix.before.isNull()) {
        const QStringList import{
            QStringLiteral("import {"),
            QStringLiteral("  to = azurerm_network_security_rule.") + terraformLabel(name),
            QStringLiteral("  id = ") + hclQuoted(fix.ruleId), QStringLiteral("}")};
        out.blocks.append({tr("If the rule is not in your Terraform state yet: import it "
                              "(Terraform 1.5 or later)"),
                           QStringLiteral("hcl"), import.join(QLatin1Char('\n'))});
    }
    out.notes << tr("The azurerm provider warns that an NSG's rules are declared either inline "
                    "(security_rule blocks) or as azurerm_network_security_rule resources, never "
                    "both: the two overwrite each other at every apply.");
    if (fix.after.isNull())
        out.notes << tr("Removing the block or resource makes the next apply delete the rule.");
    return out;
}

} // namespace

} // namespace nsg::shipfix

namespace nsg {

FixShipping FixShipping::of(RuleFix::Kind kind, const QString &fixedRuleId,
                            const RuleChange &change)
{
    FixShipping out;
    out.kind = kind;
    out.before = change.before;
    out.after = change.after;
    out.ruleId = kind == RuleFix::Kind::DenyAbove
        ? ResourceId::parentOf(fixedRuleId) + QLatin1String("/securityRules/") + change.after.name()
        : fixedRuleId;
    // ARM gives every rule of an NSG the NSG's etag: a rule read without its own has that one.
    if (!out.before.isNull() && out.before.etag().isEmpty())
        out.before = out.before.withEtagOf(RuleDocument::fromJson(change.nsgAfter.toJson()));
    return out;
}

namespace {

QString commentOf(ShipFormat format)
{
    return format == ShipFormat::Bicep ? QStringLiteral("// ") : QStringLiteral("# ");
}

// headings: each block under its heading as a comment; file: a diff as comments too, so that
// the file is code of its language (a diff shows a change to make elsewhere, not code to run).
QStringList blockLines(const ShippedFix &fix, bool headings, bool file)
{
    QStringList out;
    for (const ShipBlock &block : fix.blocks) {
        if (!out.isEmpty())
            out << QString();
        if (headings)
            out << commentOf(fix.format) + block.heading;
        if (file && block.language == QLatin1String("diff")) {
            for (const QString &line : block.code.split(QLatin1Char('\n')))
                out << commentOf(fix.format) + line;
        } else {
            out << block.code;
        }
    }
    return out;
}

} // namespace

QString ShippedFix::text() const
{
    QStringList out;
    for (const QString &note : notes)
        out << commentOf(format) + note;
    if (!out.isEmpty())
        out << QString();
    out << blockLines(*this, true, true);
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString ShippedFix::codeText() const
{
    return blockLines(*this, blocks.size() > 1, false).join(QLatin1Char('\n'));
}

QString ShippedFix::fileName(const QString &rule) const
{
    static const char *suffixes[] = {".http", ".sh", ".ps1", ".bicep", ".tf"};
    QString safe;
    for (const QChar c : rule)
        safe += c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_')
            ? c
            : QLatin1Char('_');
    return QStringLiteral("fix-") + safe + QLatin1String(suffixes[int(format)]);
}

} // namespace nsg

namespace nsg::shipfix {

QList<ShipFormat> formats()
{
    return {ShipFormat::Arm, ShipFormat::AzureCli, ShipFormat::PowerShell, ShipFormat::Bicep,
            ShipFormat::Terraform};
}

QString key(ShipFormat format)
{
    static const char *keys[] = {"arm", "az", "powershell", "bicep", "terraform"};
    return QLatin1String(keys[int(format)]);
}

std::optional<ShipFormat> fromKey(const QString &text)
{
    for (ShipFormat f : formats()) {
        if (key(f).compare(text, Qt::CaseInsensitive) == 0)
            return f;
    }
    return std::nullopt;
}

QString name(ShipFormat format)
{
    switch (format) {
    case ShipFormat::Arm:
        return tr("ARM request");
    case ShipFormat::AzureCli:
        return tr("Azure CLI");
    case ShipFormat::PowerShell:
        return tr("Azure PowerShell");
    case ShipFormat::Bicep:
        return tr("Bicep");
    case ShipFormat::Terraform:
        return tr("Terraform (azurerm)");
    }
    return QString();
}

FixShipping reportFix(const NsgDocument &nsg, const QString &ruleName, const QString &ruleId)
{
    RuleFix fix;
    fix.prefixes = {QLatin1String(kTrustedRanges)};
    return FixShipping::of(fix.kind, ruleId, nsg.withFix(ruleName, fix));
}

ShippedFix render(const FixShipping &fix, ShipFormat format)
{
    switch (format) {
    case ShipFormat::Arm:
        return renderArm(fix);
    case ShipFormat::AzureCli:
        return renderAz(fix);
    case ShipFormat::PowerShell:
        return renderPowerShell(fix);
    case ShipFormat::Bicep:
        return renderBicep(fix);
    case ShipFormat::Terraform:
        return renderTerraform(fix);
    }
    return {};
}

QString shellQuoted(const QString &value)
{
    static const QString plain = QStringLiteral("_-./:=@%+,");
    bool safe = !value.isEmpty();
    for (const QChar c : value) {
        if (!((c.unicode() < 128 && c.isLetterOrNumber()) || plain.contains(c)))
            safe = false;
    }
    if (safe)
        return value;
    QString out = value;
    out.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + out + QLatin1Char('\'');
}

QString powerShellQuoted(const QString &value)
{
    QString out;
    for (const QChar c : value) {
        // PowerShell takes the typographic single quotes for ' too.
        if (c == QLatin1Char('\'') || c == QChar(0x2018) || c == QChar(0x2019) || c == QChar(0x201A)
            || c == QChar(0x201B))
            out += c;
        out += c;
    }
    return QLatin1Char('\'') + out + QLatin1Char('\'');
}

namespace {

// The escapes Bicep and HCL strings share (\\ \n \r \t); `other` writes any other character
// at `i`.
template<typename Other>
QString backslashEscaped(const QString &value, Other other)
{
    QString out;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == QLatin1Char('\\'))
            out += QStringLiteral("\\\\");
        else if (c == QLatin1Char('\n'))
            out += QStringLiteral("\\n");
        else if (c == QLatin1Char('\r'))
            out += QStringLiteral("\\r");
        else if (c == QLatin1Char('\t'))
            out += QStringLiteral("\\t");
        else
            other(out, c, i + 1 < value.size() && value.at(i + 1) == QLatin1Char('{'));
    }
    return out;
}

bool isControl(QChar c)
{
    return c.unicode() < 0x20 || c.unicode() == 0x7f;
}

} // namespace

QString bicepQuoted(const QString &value)
{
    return QLatin1Char('\'')
        + backslashEscaped(value,
                           [](QString &out, QChar c, bool brace) {
                               if (c == QLatin1Char('\''))
                                   out += QStringLiteral("\\'");
                               else if (c == QLatin1Char('$') && brace)
                                   out += QStringLiteral("\\$");
                               else if (isControl(c))
                                   out += QStringLiteral("\\u{%1}").arg(c.unicode(), 0, 16);
                               else
                                   out += c;
                           })
        + QLatin1Char('\'');
}

QString hclQuoted(const QString &value)
{
    return QLatin1Char('"')
        + backslashEscaped(value,
                           [](QString &out, QChar c, bool brace) {
                               if (c == QLatin1Char('"'))
                                   out += QStringLiteral("\\\"");
                               else if ((c == QLatin1Char('$') || c == QLatin1Char('%')) && brace)
                                   out += QString(2, c); // $${ and %%{ are a literal ${ and %{
                               else if (isControl(c))
                                   out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16,
                                                                      QLatin1Char('0'));
                               else
                                   out += c;
                           })
        + QLatin1Char('"');
}

QStringList diffLines(const QStringList &before, const QStringList &after)
{
    const qsizetype n = before.size();
    const qsizetype m = after.size();
    // Longest common subsequence, from the ends (the blocks are a few dozen lines).
    std::vector<std::vector<int>> lcs(size_t(n + 1), std::vector<int>(size_t(m + 1), 0));
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j)
            lcs[i][j] = before.at(i) == after.at(j) ? lcs[i + 1][j + 1] + 1
                                                    : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    }
    QStringList out;
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && before.at(i) == after.at(j)) {
            out << QStringLiteral("  ") + before.at(i);
            ++i;
            ++j;
        } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
            out << QStringLiteral("- ") + before.at(i++);
        } else {
            out << QStringLiteral("+ ") + after.at(j++);
        }
    }
    return out;
}

} // namespace nsg::shipfix
