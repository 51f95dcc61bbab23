// SPDX-License-Identifier: MIT
// NetworkManagementClient reads what the paths from the Internet need: NICs, public IPs, load
// balancers, route tables, firewall policy rule collection groups, the service tags and the
// effective security admin rules action (paged by skipToken in the body).
import { test } from "node:test";
import assert from "node:assert/strict";
import { NetworkManagementClient } from "@azure/arm-network";
import { startSandbox, deviceCodeCredential, clientOptions, MAIL_SUBSCRIPTION } from "./sandbox.mjs";

test("NetworkManagementClient reads the network of the paths from the Internet", async () => {
  const sandbox = await startSandbox(["--page-size", "4"]);
  try {
    const { credential } = deviceCodeCredential(sandbox);
    const client = new NetworkManagementClient(credential, MAIL_SUBSCRIPTION, clientOptions(sandbox));
    const all = async (iterator) => {
      const out = [];
      for await (const item of iterator) out.push(item);
      return out;
    };

    const nics = await all(client.networkInterfaces.listAll());
    assert.equal(nics.length, 13, "four pages of four");
    const lb01 = nics.find((n) => n.name === "nic-lb01");
    assert.equal(lb01.ipConfigurations[0].loadBalancerBackendAddressPools.length, 1);
    assert.equal(lb01.ipConfigurations[0].loadBalancerInboundNatRules.length, 1);
    const asg = nics.find((n) => n.name === "nic-asg-mail01");
    assert.match(asg.ipConfigurations[0].applicationSecurityGroups[0].id, /\/asg-mail$/);

    const ips = await all(client.publicIPAddresses.listAll());
    assert.equal(ips.length, 13);
    assert.ok(ips.every((ip) => ip.sku.name === "Standard"));
    assert.ok(ips.some((ip) => ip.ipAddress === "52.174.10.20"));

    const lbs = await all(client.loadBalancers.listAll());
    assert.equal(lbs.length, 1);
    assert.equal(lbs[0].loadBalancingRules[0].frontendPort, 25);
    assert.equal(lbs[0].inboundNatRules[0].frontendPort, 2525);
    assert.equal(lbs[0].inboundNatRules[0].backendPort, 25);

    const tables = await all(client.routeTables.listAll());
    assert.equal(tables[0].routes[0].addressPrefix, "0.0.0.0/0");
    assert.equal(tables[0].routes[0].nextHopType, "VirtualAppliance");

    const groups = await all(client.firewallPolicyRuleCollectionGroups.list("rg-mail-edge", "fwp-edge"));
    assert.equal(groups.length, 1);
    assert.equal(groups[0].ruleCollections[0].ruleCollectionType, "FirewallPolicyNatRuleCollection");
    assert.equal(groups[0].ruleCollections[0].rules[0].translatedAddress, "10.23.1.4");

    const tags = await client.serviceTags.list("westeurope");
    assert.equal(tags.changeNumber, "42");
    assert.equal(tags.cloud, "Public");
    const frontDoor = tags.values.find((v) => v.name === "AzureFrontDoor.Backend");
    assert.ok(frontDoor.properties.addressPrefixes.length > 0);

    // Two rules apply to vnet-edge: one answer of one (top 1), then the next through the
    // skipToken of the first, in the body.
    const first = await client.listNetworkManagerEffectiveSecurityAdminRules(
      "rg-mail-edge", "vnet-edge", {}, { top: 1 });
    assert.equal(first.value.length, 1);
    assert.ok(first.skipToken);
    assert.equal(first.value[0].access, "AlwaysAllow");
    const second = await client.listNetworkManagerEffectiveSecurityAdminRules(
      "rg-mail-edge", "vnet-edge", { skipToken: first.skipToken }, { top: 1 });
    assert.equal(second.value.length, 1);
    assert.equal(second.value[0].access, "Deny");
    assert.equal(second.skipToken, undefined);
    // vnet-mail has none.
    const none = await client.listNetworkManagerEffectiveSecurityAdminRules("rg-mail-prod", "vnet-mail", {});
    assert.equal(none.value.length, 0);
  } finally {
    await sandbox.stop();
  }
});
