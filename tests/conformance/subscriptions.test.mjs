// SPDX-License-Identifier: MIT
import { test } from "node:test";
import assert from "node:assert/strict";
import { SubscriptionClient } from "@azure/arm-resources-subscriptions";
import { startSandbox, deviceCodeCredential, clientOptions, CONTOSO, FABRIKAM, MAIL_SUBSCRIPTION } from "./sandbox.mjs";

test("SubscriptionClient lists tenants and subscriptions", async () => {
  const sandbox = await startSandbox(["--page-size", "2"]);
  try {
    const { credential } = deviceCodeCredential(sandbox);
    const client = new SubscriptionClient(credential, clientOptions(sandbox));
    const tenants = [];
    for await (const tenant of client.tenants.list()) tenants.push(tenant);
    assert.deepEqual(tenants.map((t) => t.tenantId).sort(), [CONTOSO, FABRIKAM].sort());
    assert.equal(tenants.find((t) => t.tenantId === CONTOSO).displayName, "Contoso");
    const subscriptions = [];
    for await (const s of client.subscriptions.list()) subscriptions.push(s);
    assert.equal(subscriptions.length, 5, "every page, through nextLink");
    const mail = subscriptions.find((s) => s.subscriptionId === MAIL_SUBSCRIPTION);
    assert.equal(mail.displayName, "Contoso Mail Platform");
    assert.equal(mail.state, "Enabled");
    assert.ok(subscriptions.some((s) => s.state === "Disabled"));
    const one = await client.subscriptions.get(MAIL_SUBSCRIPTION);
    assert.equal(one.tenantId, CONTOSO);
  } finally {
    await sandbox.stop();
  }
});
