// SPDX-License-Identifier: MIT
// Fixture for tools/check-layers.py: an include that does not name its layer (moc's is fine).
#include "armclient.h"
#include "azure/tokenprovider.h"

#include "unqualified.moc"
