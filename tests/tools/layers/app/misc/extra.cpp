// SPDX-License-Identifier: MIT
// Fixture for tools/check-layers.py: a folder the layer table does not know.
#include "core/net/cidr.h"
