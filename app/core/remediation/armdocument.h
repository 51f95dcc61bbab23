// SPDX-License-Identifier: MIT
#pragma once

#include <nlohmann/json_fwd.hpp>

#include <QString>

#include <memory>

namespace nsg {

// A resource as ARM has it (every field of its JSON, kept as read), as a value: the JSON is
// shared and never changed, so copies are cheap and may cross threads. What RuleDocument and
// NsgDocument have in common. Null: no resource.
class ArmDocument
{
public:
    // At the edge: the JSON, and the JSON as people read it (indented; "null" for none).
    const nlohmann::json &toJson() const;
    QString toText(int indent = 2) const;

    bool isNull() const;
    QString id() const;
    QString name() const;

protected:
    ArmDocument();
    explicit ArmDocument(std::shared_ptr<const nlohmann::json> value);
    ~ArmDocument();
    ArmDocument(const ArmDocument &) = default;
    ArmDocument(ArmDocument &&) noexcept = default;
    ArmDocument &operator=(const ArmDocument &) = default;
    ArmDocument &operator=(ArmDocument &&) noexcept = default;

    std::shared_ptr<const nlohmann::json> m_json; // empty: null
};

} // namespace nsg
