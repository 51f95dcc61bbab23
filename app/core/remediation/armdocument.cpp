// SPDX-License-Identifier: MIT
#include "core/remediation/armdocument.h"

#include "core/util/jsonvalue.h"

namespace nsg {

using json = nlohmann::json;

ArmDocument::ArmDocument() = default;
ArmDocument::~ArmDocument() = default;

ArmDocument::ArmDocument(std::shared_ptr<const json> value)
    : m_json(std::move(value))
{ }

const json &ArmDocument::toJson() const
{
    static const json null;
    return m_json ? *m_json : null;
}

QString ArmDocument::toText(int indent) const
{
    return QString::fromStdString(toJson().dump(indent));
}

bool ArmDocument::isNull() const
{
    return toJson().is_null();
}

QString ArmDocument::id() const
{
    return JsonValue::string(toJson(), "id");
}

QString ArmDocument::name() const
{
    return JsonValue::string(toJson(), "name");
}

} // namespace nsg
