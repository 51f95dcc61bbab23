// SPDX-License-Identifier: MIT
#include "azure/azurelog.h"

Q_LOGGING_CATEGORY(lcAuth, "nsg.azure.auth", QtWarningMsg)
Q_LOGGING_CATEGORY(lcArm, "nsg.azure.arm", QtWarningMsg)
Q_LOGGING_CATEGORY(lcGraph, "nsg.azure.graph", QtWarningMsg)
Q_LOGGING_CATEGORY(lcInventory, "nsg.azure.inventory", QtWarningMsg)
Q_LOGGING_CATEGORY(lcEdit, "nsg.azure.edit", QtWarningMsg)
