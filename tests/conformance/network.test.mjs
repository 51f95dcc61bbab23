// SPDX-License-Identifier: MIT
// NetworkManagementClient pages, reads, restricts a rule through the long-running-operation
// poller, and deletes one the same way.
import { test } from "node:test";
import assert from "node:assert/strict";
import { NetworkManagementClient } from "@azure/arm-network";
import { startSandbox, deviceCodeCredential, clientOptions, MAIL_SUBSCRIPTION } from "./sandbox.mjs";

test("NetworkManagementClient lists, gets, restricts and deletes", async () => {
  const sandbox = await startSandbox(["--page-size", "2"]);
  try {
    const { credential } = deviceCodeCredential(sandbox);
    const client = new NetworkManagementClient(credential, MAIL_SUBSCRIPTION, clientOptions(sandbox));
    const all = [];
    for await (const nsg of client.networkSecurityGroups.listAll()) all.push(nsg);
    assert.equal(all.length, 15, "eight pages of two");
    assert.equal(new Set(all.map((n) => n.id)).size, 15);
    const inGroup = [];
    for await (const nsg of client.networkSecurityGroups.list("rg-mail-prod")) inGroup.push(nsg);
    assert.equal(inGroup.length, 7);

    const nsg = await client.networkSecurityGroups.get("rg-mail-prod", "nsg-mx-inbound");
    assert.equal(nsg.name, "nsg-mx-inbound");
    assert.equal(nsg.defaultSecurityRules.length, 6);
    assert.equal(nsg.subnets.length, 1);
    const rule = await client.securityRules.get("rg-mail-prod", "nsg-mx-inbound", "Allow-SMTP-Internet");
    assert.equal(rule.sourceAddressPrefix, "Internet");
    assert.equal(rule.destinationPortRange, "25");

    // Restrict the source: the poller follows Azure-AsyncOperation to Succeeded.
    const restricted = await client.securityRules.beginCreateOrUpdateAndWait(
      "rg-mail-prod", "nsg-mx-inbound", "Allow-SMTP-Internet",
      { ...rule, sourceAddressPrefix: undefined, sourceAddressPrefixes: ["203.0.113.0/28"] },
      { updateIntervalInMs: 100 });
    assert.deepEqual(restricted.sourceAddressPrefixes, ["203.0.113.0/28"]);
    assert.equal(restricted.provisioningState, "Succeeded");
    assert.notEqual(restricted.etag, rule.etag);
    const reread = await client.securityRules.get("rg-mail-prod", "nsg-mx-inbound", "Allow-SMTP-Internet");
    assert.deepEqual(reread.sourceAddressPrefixes, ["203.0.113.0/28"]);

    // A new rule, then its deletion, both long-running.
    await client.securityRules.beginCreateOrUpdateAndWait("rg-mail-prod", "nsg-mx-inbound", "Deny-Telnet", {
      protocol: "Tcp", sourcePortRange: "*", destinationPortRange: "23", sourceAddressPrefix: "*",
      destinationAddressPrefix: "*", access: "Deny", priority: 150, direction: "Inbound",
    }, { updateIntervalInMs: 100 });
    await client.securityRules.beginDeleteAndWait("rg-mail-prod", "nsg-mx-inbound", "Deny-Telnet", { updateIntervalInMs: 100 });
    const rules = [];
    for await (const r of client.securityRules.list("rg-mail-prod", "nsg-mx-inbound")) rules.push(r.name);
    assert.deepEqual(rules, ["Allow-SMTP-Internet"]);

    // What the SDK actually did on the wire.
    const log = await sandbox.requests();
    const listPages = log.filter((r) => r.method === "GET"
      && r.path.startsWith(`/subscriptions/${MAIL_SUBSCRIPTION}/providers/Microsoft.Network/networkSecurityGroups`));
    assert.equal(listPages.length, 8, "nextLink followed page by page");
    const polls = log.filter((r) => r.method === "GET" && /\/providers\/Microsoft\.Network\/locations\/[^/]+\/operations\//.test(r.path));
    assert.ok(polls.length >= 3, "the poller followed Azure-AsyncOperation for each of the three writes");
    assert.ok(polls.every((r) => r.bearer && r.status === 200));
  } finally {
    await sandbox.stop();
  }
});

test("The SDK's poller follows a Location alone to the result (location-only)", async () => {
  const sandbox = await startSandbox(["--faults", "location-only"]);
  try {
    const { credential } = deviceCodeCredential(sandbox);
    const client = new NetworkManagementClient(credential, MAIL_SUBSCRIPTION, clientOptions(sandbox));
    const rule = await client.securityRules.get("rg-mail-prod", "nsg-mx-inbound", "Allow-SMTP-Internet");
    // The write answers 202 with a Location and no Azure-AsyncOperation; the result behind the
    // Location is 202 while the operation runs, then the rule itself.
    const restricted = await client.securityRules.beginCreateOrUpdateAndWait(
      "rg-mail-prod", "nsg-mx-inbound", "Allow-SMTP-Internet",
      { ...rule, sourceAddressPrefix: "198.51.100.0/28" }, { updateIntervalInMs: 100 });
    assert.equal(restricted.sourceAddressPrefix, "198.51.100.0/28");
    assert.equal(restricted.provisioningState, "Succeeded");
    await client.securityRules.beginDeleteAndWait("rg-mail-prod", "nsg-mx-inbound", "Allow-SMTP-Internet",
                                                  { updateIntervalInMs: 100 });
    await assert.rejects(client.securityRules.get("rg-mail-prod", "nsg-mx-inbound", "Allow-SMTP-Internet"),
                         (e) => e.statusCode === 404);

    const log = await sandbox.requests();
    const results = log.filter((r) => r.method === "GET"
      && /\/providers\/Microsoft\.Network\/locations\/[^/]+\/operationResults\//.test(r.path));
    assert.ok(results.some((r) => r.status === 202), JSON.stringify(results));
    assert.ok(results.some((r) => r.status === 200) && results.some((r) => r.status === 204),
              JSON.stringify(results));
    assert.ok(!log.some((r) => /\/operations\//.test(r.path)), "no status monitor was named");
  } finally {
    await sandbox.stop();
  }
});
