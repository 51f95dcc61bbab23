// SPDX-License-Identifier: MIT
// Fixture for tools/check-layers.py: core includes a layer above it.
#pragma once

#include "azure/armclient.h"
#include "core/net/cidr.h"
