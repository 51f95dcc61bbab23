// SPDX-License-Identifier: MIT
// Starts a fresh TLS sandbox (the nsg-auditor binary CTest names in NSG_AUDITOR_BIN) and
// hands tests its URL plus the control endpoints. NODE_EXTRA_CA_CERTS must name the sandbox CA.
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { DeviceCodeCredential } from "@azure/identity";

export const CLI_CLIENT_ID = "04b07795-8ddb-461a-bbee-02f9e1bf7b46";
export const ARM_SCOPE = "https://management.azure.com/.default";
export const CONTOSO = "3f7a1c52-8d4e-4b6a-9c21-5e8f0d7b2a91";
export const FABRIKAM = "b5e2d9c4-1a7f-4e3b-8c6d-2f9a0e4b7c13";
export const MAIL_SUBSCRIPTION = "2c5a7d3b-8f4e-4b6a-c9d2-1e3f5a7b9c21";
export const PROD_SUBSCRIPTION = "1b4f6c2a-7e3d-4a59-b8c1-0d2e4f6a8b10";

export async function startSandbox(extraArgs = []) {
  const bin = process.env.NSG_AUDITOR_BIN;
  if (!bin) throw new Error("NSG_AUDITOR_BIN is not set (run through ctest)");
  if (!process.env.NODE_EXTRA_CA_CERTS) throw new Error("NODE_EXTRA_CA_CERTS must name resources/sandbox/ca.pem");
  const child = spawn(bin, ["sandbox", "--tls", "--poll-interval", "0", "--operation-ms", "300", ...extraArgs],
                      { stdio: ["ignore", "pipe", "inherit"] });
  // Never leave a sandbox behind, even when a test dies halfway.
  const reap = () => child.kill();
  process.once("exit", reap);
  const url = await new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout });
    lines.once("line", (line) => resolve(line.trim()));
    child.once("exit", (code) => reject(new Error(`sandbox exited with ${code}`)));
  });
  const control = async (method, path, body) => {
    const response = await fetch(url + path, {
      method,
      headers: { "Content-Type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return response.json();
  };
  return {
    url,
    approve: (userCode, account) => control("POST", "/sandbox/approve", { user_code: userCode, account }),
    requests: async () => (await control("GET", "/sandbox/requests")).requests,
    stop: () => new Promise((resolve) => {
      process.off("exit", reap);
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once("exit", resolve);
      child.kill();
    }),
  };
}

// A DeviceCodeCredential against the sandbox whose prompt is answered by /sandbox/approve.
export function deviceCodeCredential(sandbox, account = "reviewer@contoso.com", extra = {}) {
  const prompts = [];
  const credential = new DeviceCodeCredential({
    tenantId: "organizations",
    clientId: CLI_CLIENT_ID,
    authorityHost: sandbox.url,
    disableInstanceDiscovery: true,
    additionallyAllowedTenants: ["*"],
    userPromptCallback: (info) => {
      prompts.push(info);
      sandbox.approve(info.userCode, account);
    },
    ...extra,
  });
  return { credential, prompts };
}

// ARM clients pointed at the sandbox, asking for ARM's usual scope.
export function clientOptions(sandbox) {
  return { endpoint: sandbox.url, credentialScopes: [ARM_SCOPE] };
}
