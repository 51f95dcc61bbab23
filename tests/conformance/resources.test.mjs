// SPDX-License-Identifier: MIT
// ResourceManagementClient reads resource groups as ARM serves them: paged, one by name, the
// HEAD existence check, and only the groups the caller may read.
import { test } from "node:test";
import assert from "node:assert/strict";
import { ResourceManagementClient } from "@azure/arm-resources";
import { startSandbox, deviceCodeCredential, clientOptions, PROD_SUBSCRIPTION } from "./sandbox.mjs";

const FINANCE_SUBSCRIPTION = "5f8d0a6e-1c7b-4e9d-f2a5-4b6c8d0e2f54";

test("ResourceManagementClient lists, gets and checks resource groups", async () => {
  const sandbox = await startSandbox(["--page-size", "2"]);
  try {
    const { credential } = deviceCodeCredential(sandbox);
    const client = new ResourceManagementClient(credential, PROD_SUBSCRIPTION, clientOptions(sandbox));
    const groups = [];
    for await (const group of client.resourceGroups.list()) groups.push(group);
    assert.deepEqual(groups.map((g) => g.name), ["rg-app-prod", "rg-data-prod", "rg-network-prod", "rg-web-prod"]);
    assert.ok(groups.every((g) => g.type === "Microsoft.Resources/resourceGroups" && g.location
                                  && g.properties.provisioningState === "Succeeded"));
    const one = await client.resourceGroups.get("rg-web-prod");
    assert.equal(one.id, `/subscriptions/${PROD_SUBSCRIPTION}/resourceGroups/rg-web-prod`);
    assert.equal((await client.resourceGroups.checkExistence("rg-web-prod")).body, true);
    assert.equal((await client.resourceGroups.checkExistence("rg-nowhere")).body, false);
    await assert.rejects(client.resourceGroups.get("rg-nowhere"),
                         (e) => e.statusCode === 404 && e.code === "ResourceGroupNotFound");

    // A Reader on one group of Finance sees that group, and is refused another.
    const finance = new ResourceManagementClient(credential, FINANCE_SUBSCRIPTION, clientOptions(sandbox));
    const visible = [];
    for await (const group of finance.resourceGroups.list()) visible.push(group.name);
    assert.deepEqual(visible, ["rg-finance-reporting"]);
    await assert.rejects(finance.resourceGroups.get("rg-finance-app"),
                         (e) => e.statusCode === 403 && e.code === "AuthorizationFailed");

    const pages = (await sandbox.requests()).filter(
      (r) => r.method === "GET" && r.path.startsWith(`/subscriptions/${PROD_SUBSCRIPTION}/resourcegroups?`));
    assert.equal(pages.length, 2, "nextLink followed");
  } finally {
    await sandbox.stop();
  }
});
