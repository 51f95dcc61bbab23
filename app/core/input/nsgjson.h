// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/networksecuritygroup.h"
#include "core/model/nsgbuilder.h"

#include <nlohmann/json.hpp>

#include <QStringList>

#include <deque>
#include <functional>

namespace nsg {

namespace jsonaccess {
class SimdValue;
}

// Turns JSON values into NetworkSecurityGroup values. Accepts every shape an NSG comes in:
// the ARM REST object (fields under "properties"), the flattened object that `az network nsg
// list -o json` and the SDKs print, a Resource Graph row, PowerShell's ConvertTo-Json output
// (PascalCase keys, singular fields as arrays), and list pages ({"value": [...]}) nested in
// an array. Keys are matched exactly first, then in any letter case; enum values in any case.
//
// Malformed data never throws: it becomes ReadProblems with the JSON path, so the NSG is
// reported unknown (or, for one bad rule, evaluated up to that rule).
class NsgJson final
{
public:
    using Sink = std::function<void(NetworkSecurityGroup &&)>;
    // Takes an element that is another resource the scan reads (a NIC, a public IP, …: see
    // NetworkCollector); true when it took it.
    using ResourceSink = std::function<bool(const nlohmann::json &, const QString &path)>;

    // sourceFile is recorded on each NSG (empty for live data).
    explicit NsgJson(QString sourceFile = QString());

    // Converts one array element at `path` ("$[3]"). Returns the number of NSGs delivered
    // (0 for an element that is another resource type: a warning says so). fatalProblems are
    // added to every NSG delivered (e.g. duplicate keys the parser saw).
    int convert(const nlohmann::json &element, const QString &path, const Sink &sink,
                const QStringList &fatalProblems = {});
    // The same from simdjson's tree (NsgReader's fast path), for an element whose "type" names
    // an NSG, or that has no type when there is no resource sink: the sink is not asked (it
    // takes other resources only).
    int convertFast(const jsonaccess::SimdValue &element, const QString &path, const Sink &sink);

    // An NSG that could not be read at all, with the reason (for cut-off files).
    NetworkSecurityGroup unreadable(const nlohmann::json &partial, const QString &path,
                                    const QString &reason);

    const QStringList &warnings() const { return m_warnings; }
    QStringList takeWarnings() { return std::exchange(m_warnings, {}); }
    void appendWarnings(const QStringList &warnings) { m_warnings += warnings; }

    // Elements of other resource types go to the sink instead of being skipped with a warning.
    void setResourceSink(ResourceSink sink) { m_resourceSink = std::move(sink); }
    bool takesResources() const { return bool(m_resourceSink); }

private:
    // V is a jsonaccess handle: one reading of an NSG for both trees.
    template<typename V>
    int convertValue(const V &element, const QString &path, const Sink &sink,
                     const QStringList &fatalProblems);
    template<typename V>
    void convertNsg(const V &obj, const QString &path);
    template<typename V>
    void readRule(const V &rule, const QString &path, bool isDefault);

    QString m_sourceFile;
    NsgBuilder m_builder;
    SecurityRuleInput m_rule;
    std::deque<std::string> m_scratch; // texts made for views (numbers, dumped values)
    QStringList m_warnings;
    ResourceSink m_resourceSink;
};

} // namespace nsg
