// SPDX-License-Identifier: MIT
#pragma once

#include "core/audit/exposureevaluator.h"
#include "core/input/nsgreader.h"

#include <QByteArray>
#include <QString>

#include <nlohmann/json.hpp>

namespace nsg::test {

// Rules in one line each, ';' between rules, so evaluator tables read like the cases they test:
//
//   "Deny 100 * * 25; Allow 200 Tcp Internet 25"
//
// Fields: access priority protocol sources ports, then optional key=value:
//   dir=Outbound  dst=10.1.2.4  sport=1024-65535  asg=<id>  name=Rule1
// Sources and ports are comma-separated; more than one value goes to the plural field
// ("sourceAddressPrefixes"), one to the singular field ("[x]" forces the plural), "-" to none.
nlohmann::json ruleFromDsl(const QString &line, int index);
// One NSG in the ARM REST shape (fields under "properties"), with the standard default rules.
nlohmann::json nsgFromDsl(const QString &rules, const QString &name = QStringLiteral("nsg1"),
                          const QString &resourceGroup = QStringLiteral("rg1"));

// Reads JSON bytes with the real reader; fails the test on file-level errors when asked.
std::vector<NetworkSecurityGroup> readAll(const QByteArray &json,
                                          QList<InputError> *errors = nullptr,
                                          QStringList *warnings = nullptr);
NetworkSecurityGroup readOne(const nlohmann::json &nsg);

// The fewest CIDRs whose public part is what the finding allows ("0.0.0.0/0 ::/0").
QString allowedText(const Finding &finding);

QByteArray readFile(const QString &path);

// Saves to `path` an accepted risk for the first NSG of the export at `input` whose name is
// `nsgName` (empty: the first exposed one), by `reviewer` for `reason`, for 30 days; the NSG's
// id, or empty when there is none such.
QString acceptRisk(const QString &input, const QString &nsgName, const QString &reviewer,
                   const QString &reason, const QString &path);

// `count` synthetic NSGs (SyntheticEstate, ARM shape) as one JSON array, `perSubscription` to a
// subscription, about `exposed` of them exposed.
std::string syntheticExport(quint64 seed, int count, int rules, double exposed,
                            int perSubscription = 1000);

} // namespace nsg::test
