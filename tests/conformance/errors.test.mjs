// SPDX-License-Identifier: MIT
// Errors reach the SDK as Azure's do: RestError with the status code and ARM's error code.
import { test } from "node:test";
import assert from "node:assert/strict";
import { NetworkManagementClient } from "@azure/arm-network";
import { startSandbox, deviceCodeCredential, clientOptions, MAIL_SUBSCRIPTION } from "./sandbox.mjs";

const restricted = {
  protocol: "Tcp", sourcePortRange: "*", destinationPortRange: "25", sourceAddressPrefixes: ["203.0.113.0/28"],
  destinationAddressPrefix: "*", access: "Allow", priority: 100, direction: "Inbound",
};

test("404, 412 and 403 arrive as RestError", async () => {
  const sandbox = await startSandbox();
  try {
    const { credential } = deviceCodeCredential(sandbox);
    const client = new NetworkManagementClient(credential, MAIL_SUBSCRIPTION, clientOptions(sandbox));
    await assert.rejects(client.networkSecurityGroups.get("rg-mail-prod", "nsg-does-not-exist"),
                         (e) => e.name === "RestError" && e.statusCode === 404 && e.code === "ResourceNotFound");
    await assert.rejects(
      client.securityRules.beginCreateOrUpdateAndWait("rg-mail-prod", "nsg-mx-inbound", "Allow-SMTP-Internet", restricted,
                                                      { requestOptions: { customHeaders: { "If-Match": 'W/"stale"' } } }),
      (e) => e.statusCode === 412 && e.code === "PreconditionFailed");

    const reader = deviceCodeCredential(sandbox, "auditor@contoso.com");
    const readOnly = new NetworkManagementClient(reader.credential, MAIL_SUBSCRIPTION, clientOptions(sandbox));
    await assert.rejects(
      readOnly.securityRules.beginCreateOrUpdateAndWait("rg-mail-prod", "nsg-mx-inbound", "Allow-SMTP-Internet", restricted),
      (e) => e.statusCode === 403 && e.code === "AuthorizationFailed");
    const unchanged = await client.securityRules.get("rg-mail-prod", "nsg-mx-inbound", "Allow-SMTP-Internet");
    assert.equal(unchanged.sourceAddressPrefix, "Internet");
  } finally {
    await sandbox.stop();
  }
});
