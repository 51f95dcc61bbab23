// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/inventory.h"

#include <nlohmann/json.hpp>

#include <QList>

#include <optional>

namespace nsg {

// Reads tenants, subscriptions, network interfaces and virtual networks from ARM JSON: the REST
// shape (fields under "properties"), the flattened shape of the SDKs and az, and Resource Graph
// rows. Keys in any letter case. Returns nothing for an object that is not the resource asked
// for (no id), so callers report it instead of guessing.
namespace InventoryJson {

std::optional<Tenant> tenant(const nlohmann::json &object);
std::optional<Subscription> subscription(const nlohmann::json &object);
std::optional<NetworkInterface> networkInterface(const nlohmann::json &object);
// The subnets of a virtual network, each with its NSG.
QList<Subnet> subnetsOf(const nlohmann::json &virtualNetwork);

} // namespace InventoryJson

} // namespace nsg
