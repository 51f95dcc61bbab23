// SPDX-License-Identifier: MIT
// Unattended sign-in as Microsoft's SDKs do it: @azure/identity's ClientSecretCredential and
// ClientCertificateCredential (MSAL's client-credentials grant, the certificate as a signed
// client assertion) against the sandbox, with the demo tenant's service principal
// nsg-auditor-nightly. If they get tokens the sandbox's ARM accepts, and the sandbox refuses what
// Entra ID refuses, the sandbox's grant is the real one for our own client's purposes.
import { test } from "node:test";
import assert from "node:assert/strict";
import { ClientCertificateCredential, ClientSecretCredential } from "@azure/identity";
import { startSandbox, ARM_SCOPE, CONTOSO } from "./sandbox.mjs";

const APP_ID = "6e0c7a3f-2b1d-4c8e-9f5a-0d4b8e2c7a16";
const SECRET = "sandbox-only-nightly-secret";
// The test certificates live in the source tree (CTest names it; the suite runs from a copy).
const AUTH_DATA = `${process.env.NSG_SOURCE_DIR}/tests/data/auth/`;

const options = (sandbox) => ({ authorityHost: sandbox.url, disableInstanceDiscovery: true });

const subscriptionsWith = async (sandbox, token) => {
  const response = await fetch(`${sandbox.url}/subscriptions?api-version=2022-12-01`,
                               { headers: { Authorization: `Bearer ${token}` } });
  assert.equal(response.status, 200);
  return (await response.json()).value;
};

const grants = async (sandbox) =>
  (await sandbox.requests()).filter((r) => r.grant_type === "client_credentials");

test("ClientSecretCredential gets a token that opens the app's subscriptions", async () => {
  const sandbox = await startSandbox();
  try {
    const credential = new ClientSecretCredential(CONTOSO, APP_ID, SECRET, options(sandbox));
    const token = await credential.getToken(ARM_SCOPE);
    assert.ok(token.expiresOnTimestamp > Date.now());
    const subscriptions = await subscriptionsWith(sandbox, token.token);
    assert.equal(subscriptions.length, 4, JSON.stringify(subscriptions));
    assert.ok(subscriptions.every((s) => s.tenantId === CONTOSO));
    const sent = await grants(sandbox);
    assert.equal(sent.length, 1);
    assert.ok(sent[0].path.startsWith(`/${CONTOSO}/oauth2/v2.0/token`) && sent[0].status === 200,
              JSON.stringify(sent));

    // A wrong secret: MSAL surfaces Entra's AADSTS7000215.
    const wrong = new ClientSecretCredential(CONTOSO, APP_ID, "wrong-secret", options(sandbox));
    await assert.rejects(wrong.getToken(ARM_SCOPE), /AADSTS7000215/);
  } finally {
    await sandbox.stop();
  }
});

test("ClientCertificateCredential signs an assertion the sandbox verifies", async () => {
  const sandbox = await startSandbox();
  try {
    const credential = new ClientCertificateCredential(
      CONTOSO, APP_ID, { certificatePath: `${AUTH_DATA}nightly-scan.pem` }, options(sandbox));
    const token = await credential.getToken(ARM_SCOPE);
    assert.equal((await subscriptionsWith(sandbox, token.token)).length, 4);
    assert.equal((await grants(sandbox)).filter((r) => r.status === 200).length, 1);

    // A certificate the app does not have: AADSTS700027, as Entra ID answers.
    const stranger = new ClientCertificateCredential(
      CONTOSO, APP_ID, { certificatePath: `${AUTH_DATA}unregistered.pem` }, options(sandbox));
    await assert.rejects(stranger.getToken(ARM_SCOPE), /AADSTS700027/);
  } finally {
    await sandbox.stop();
  }
});
