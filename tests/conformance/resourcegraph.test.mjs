// SPDX-License-Identifier: MIT
import { test } from "node:test";
import assert from "node:assert/strict";
import { ResourceGraphClient } from "@azure/arm-resourcegraph";
import { startSandbox, deviceCodeCredential, clientOptions } from "./sandbox.mjs";

test("ResourceGraphClient runs the NSG query and walks $skipToken pages", async () => {
  const sandbox = await startSandbox();
  try {
    const { credential } = deviceCodeCredential(sandbox);
    // 4.2.1 (the last release for Node 20) is built on @azure/ms-rest-js: it takes the base URL
    // as baseUri, not endpoint, and asks api-version 2021-03-01.
    const client = new ResourceGraphClient(credential, { ...clientOptions(sandbox), baseUri: sandbox.url });
    const query = "Resources | where type =~ 'microsoft.network/networksecuritygroups' "
      + "| project id, name, tenantId, subscriptionId, resourceGroup, location, tags, properties | order by id asc";
    const ids = [];
    let skipToken;
    let pages = 0;
    do {
      const page = await client.resources({ query, options: { top: 10, skipToken } });
      assert.equal(page.resultTruncated, "false");
      assert.equal(page.totalRecords, 39);
      for (const row of page.data) {
        ids.push(row.id);
        assert.ok(Array.isArray(row.properties.securityRules));
      }
      skipToken = page.skipToken;
      pages += 1;
    } while (skipToken);
    assert.equal(pages, 4);
    assert.equal(new Set(ids).size, 39);
    const calls = (await sandbox.requests()).filter((r) => r.path.startsWith("/providers/Microsoft.ResourceGraph/resources"));
    assert.equal(calls.length, 4);
    assert.ok(calls.every((r) => r.method === "POST" && r.bearer && r.status === 200), JSON.stringify(calls));
  } finally {
    await sandbox.stop();
  }
});
