// SPDX-License-Identifier: MIT
#pragma once

#include "core/remediation/nsgdocument.h"
#include "core/remediation/ruledocument.h"
#include "core/remediation/rulefix.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace nsg {

// The ways a team ships a change to a rule: the REST request itself, the two command lines, and
// the two template languages. docs/fix-formats.md says what each sends and why.
enum class ShipFormat {
    Arm, // the exact ARM request (method, URL, headers, body)
    AzureCli, // az network nsg rule … (bash)
    PowerShell, // Az.Network cmdlets
    Bicep, // a child securityRules resource of an `existing` NSG, and the inline element's diff
    Terraform, // azurerm: the standalone resource's diff, the inline block's diff, an import
};

// One piece of a shipped fix: a heading (for people) and code in one language.
struct ShipBlock
{
    QString heading;
    QString language; // "http", "bash", "powershell", "bicep", "hcl", "diff"
    QString code;
};

// A fix in one format: its blocks, in the order to read them, and what the reviewer must know
// (that PowerShell writes the whole NSG, that a template cannot delete, …).
struct ShippedFix
{
    ShipFormat format = ShipFormat::Arm;
    QList<ShipBlock> blocks;
    QStringList notes;

    // Blocks and notes as one text, for a file: notes as comments of the format's language, each
    // block under its heading, a diff as comments (the file is code of its language).
    QString text() const;
    // The code alone, for the clipboard: one block as it is, several each under its heading.
    QString codeText() const;
    // A file name for it ("fix-allow-smtp.bicep").
    QString fileName(const QString &ruleName) const;
};

// What every format needs to know about the change.
struct FixShipping
{
    RuleFix::Kind kind = RuleFix::Kind::RestrictSource;
    QString ruleId; // the rule written: the new rule's id for DenyAbove
    RuleDocument before; // the rule as read (null: a rule the fix adds)
    RuleDocument after; // the rule the fix leaves (null: deleted)
    QString armHost = QStringLiteral("https://management.azure.com");
    QString apiVersion = QStringLiteral("2025-05-01");

    // What `change` (NsgDocument::withFix) does to the rule `fixedRuleId`: for a Deny above it,
    // the new rule beside it.
    static FixShipping of(RuleFix::Kind kind, const QString &fixedRuleId, const RuleChange &change);
};

namespace shipfix {

QList<ShipFormat> formats();
// "arm", "az", "powershell", "bicep", "terraform", and back (any letter case).
QString key(ShipFormat format);
std::optional<ShipFormat> fromKey(const QString &key);
// "ARM request", "Azure CLI", … (translated).
QString name(ShipFormat format);

ShippedFix render(const FixShipping &fix, ShipFormat format);

// What a report offers for an exposing rule: its source restricted to kTrustedRanges, a
// placeholder the reviewer replaces (a report does not know the trusted ranges).
inline constexpr const char *kTrustedRanges = "<TRUSTED-RANGES>";
FixShipping reportFix(const NsgDocument &nsg, const QString &ruleName, const QString &ruleId);

// Quoting for each language, so that any value (quotes, `$`, `${}`, backslashes, newlines,
// non-ASCII) reaches Azure exactly as written.
QString shellQuoted(const QString &value); // POSIX shell: '…', ' as '\''
QString powerShellQuoted(const QString &value); // '…', every single quote PowerShell sees doubled
QString bicepQuoted(const QString &value); // '…' with \\ \' \n \r \t \${ and \u{…}
QString hclQuoted(const QString &value); // "…" with \\ \" \n \r \t \uNNNN, $${ and %%{

// A line diff of two texts: every line of both, "  " when kept, "- " when removed, "+ " when
// added (the whole block stays readable).
QStringList diffLines(const QStringList &before, const QStringList &after);

} // namespace shipfix

} // namespace nsg
