// SPDX-License-Identifier: MIT
// MSAL (through @azure/identity's DeviceCodeCredential) signs in against the sandbox as it would
// against login.microsoftonline.com, and refreshes through the refresh token.
import { test } from "node:test";
import assert from "node:assert/strict";
import { startSandbox, deviceCodeCredential, ARM_SCOPE, CONTOSO, FABRIKAM } from "./sandbox.mjs";

const tokenCalls = async (sandbox) =>
  (await sandbox.requests()).filter((r) => r.method === "POST" && r.path.includes("/oauth2/v2.0/token"));

test("DeviceCodeCredential signs in, then refreshes through the rotating refresh token", async () => {
  // Tokens live 60 s: inside MSAL's 5-minute renewal window, so every later getToken must
  // go back to the token endpoint with the refresh token instead of the cache.
  const sandbox = await startSandbox(["--token-lifetime", "60"]);
  try {
    const { credential, prompts } = deviceCodeCredential(sandbox);
    const first = await credential.getToken(ARM_SCOPE);
    assert.ok(first.token.startsWith("sbx1."), "an access token from the sandbox");
    assert.ok(first.expiresOnTimestamp > Date.now());
    assert.equal(prompts.length, 1);
    assert.match(prompts[0].message, /devicelogin/);
    assert.equal(prompts[0].verificationUri, `${sandbox.url}/devicelogin`);

    const requests = await sandbox.requests();
    assert.ok(requests.some((r) => r.path.startsWith("/organizations/v2.0/.well-known/openid-configuration")),
              "MSAL read the authority's OpenID metadata");
    assert.ok(requests.some((r) => r.path.startsWith("/organizations/oauth2/v2.0/devicecode") && r.status === 200));
    const signIn = await tokenCalls(sandbox);
    // MSAL sends the short grant name "device_code"; the protocol doc's form is the URN. Entra ID
    // takes both, so the sandbox must too.
    assert.ok(signIn.some((r) => r.grant_type === "device_code" && r.status === 200), JSON.stringify(signIn));
    assert.ok(!signIn.some((r) => r.grant_type === "refresh_token"));

    const second = await credential.getToken(ARM_SCOPE);
    assert.notEqual(second.token, first.token, "a new access token");
    assert.equal(prompts.length, 1, "no second prompt");
    // A second refresh only works if MSAL kept the rotated refresh token: the sandbox refuses
    // a refresh token that was already used.
    const third = await credential.getToken(ARM_SCOPE);
    assert.notEqual(third.token, second.token);
    const refreshes = (await tokenCalls(sandbox)).filter((r) => r.grant_type === "refresh_token");
    assert.equal(refreshes.length, 2, "two refresh-token grants");
    assert.ok(refreshes.every((r) => r.status === 200), JSON.stringify(refreshes));
    assert.equal(prompts.length, 1);
  } finally {
    await sandbox.stop();
  }
});

// @azure/identity 4.13 ignores getToken's tenantId for the silent path of DeviceCodeCredential
// (the silent request carries no authority; the refresh goes to the credential's own tenant),
// so the SDK's way to a guest tenant is a credential bound to that tenant.
test("A credential bound to the guest tenant signs in there, sees that tenant, refreshes there", async () => {
  const sandbox = await startSandbox(["--token-lifetime", "60"]);
  try {
    const { credential, prompts } = deviceCodeCredential(sandbox, "reviewer@contoso.com", { tenantId: FABRIKAM });
    const guest = await credential.getToken(ARM_SCOPE);
    assert.equal(prompts.length, 1);
    const subscriptions = async (token) => {
      const response = await fetch(`${sandbox.url}/subscriptions?api-version=2022-12-01`,
                                   { headers: { Authorization: `Bearer ${token}` } });
      assert.equal(response.status, 200);
      return (await response.json()).value.map((s) => s.tenantId);
    };
    const tenants = await subscriptions(guest.token);
    assert.ok(tenants.length > 0 && tenants.every((t) => t === FABRIKAM), JSON.stringify(tenants));

    const again = await credential.getToken(ARM_SCOPE);
    assert.notEqual(again.token, guest.token);
    assert.equal(prompts.length, 1, "no second prompt");
    const refresh = (await tokenCalls(sandbox)).filter((r) => r.grant_type === "refresh_token");
    assert.equal(refresh.length, 1);
    assert.ok(refresh[0].path.startsWith(`/${FABRIKAM}/oauth2/v2.0/token`) && refresh[0].status === 200,
              JSON.stringify(refresh));
    assert.deepEqual(await subscriptions(again.token), tenants);
    assert.ok((await sandbox.requests()).some(
      (r) => r.path.startsWith(`/${FABRIKAM}/v2.0/.well-known/openid-configuration`) && r.status === 200));
  } finally {
    await sandbox.stop();
  }
});

// The account MSAL reads from the id_token and client_info is the one the reviewer approved:
// our own client must read the same fields the same way.
test("authenticate() yields the account record MSAL builds from id_token and client_info", async () => {
  const sandbox = await startSandbox();
  try {
    const { credential, prompts } = deviceCodeCredential(sandbox);
    const record = await credential.authenticate(ARM_SCOPE);
    assert.equal(record.username, "reviewer@contoso.com");
    assert.equal(record.tenantId, CONTOSO);
    assert.equal(record.clientId, "04b07795-8ddb-461a-bbee-02f9e1bf7b46");
    assert.equal(record.homeAccountId, `9a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d.${CONTOSO}`);
    assert.equal(record.authority, new URL(sandbox.url).host, "MSAL keeps the environment (host) as the authority");
    await credential.getToken(ARM_SCOPE);
    assert.equal(prompts.length, 1, "the token after authenticate() comes from the cache");
  } finally {
    await sandbox.stop();
  }
});
