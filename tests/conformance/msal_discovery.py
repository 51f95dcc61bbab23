# SPDX-License-Identifier: MIT
# MSAL for Python (Debian's python3-msal) signs in against a fresh TLS sandbox with instance
# discovery ON, the way it does against Entra ID: it asks the discovery endpoint which OpenID
# document serves the authority's tenant, takes the token endpoint (and so the token's tenant)
# from that document, then runs the device-code flow. MSAL for Python lets the discovery
# endpoint be named (instance_discovery=URL), so it can be pointed at the sandbox; MSAL for
# JavaScript cannot (it always asks login.microsoftonline.com), see README.
#
# Run by CTest (label "conformance") with NSG_AUDITOR_BIN and REQUESTS_CA_BUNDLE set.
import json
import os
import subprocess
import sys
import threading
import unittest
import urllib.parse

import msal
import requests

CLI_CLIENT_ID = "04b07795-8ddb-461a-bbee-02f9e1bf7b46"
ARM_SCOPE = "https://management.azure.com/.default"
CONTOSO = "3f7a1c52-8d4e-4b6a-9c21-5e8f0d7b2a91"
FABRIKAM = "b5e2d9c4-1a7f-4e3b-8c6d-2f9a0e4b7c13"


class Sandbox:
    def __init__(self):
        binary = os.environ.get("NSG_AUDITOR_BIN")
        if not binary:
            raise RuntimeError("NSG_AUDITOR_BIN is not set (run through ctest)")
        self.process = subprocess.Popen(
            [binary, "sandbox", "--tls", "--poll-interval", "0"],
            stdout=subprocess.PIPE, text=True)
        self.url = self.process.stdout.readline().strip()
        if not self.url.startswith("https://"):
            self.stop()
            raise RuntimeError("the sandbox did not print its URL: %r" % self.url)

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=10)
        self.process.stdout.close()

    def approve(self, user_code, account):
        requests.post(self.url + "/sandbox/approve",
                      json={"user_code": user_code, "account": account}).raise_for_status()

    def requests(self):
        return requests.get(self.url + "/sandbox/requests").json()["requests"]


class InstanceDiscoveryOn(unittest.TestCase):
    def setUp(self):
        self.sandbox = Sandbox()

    def tearDown(self):
        self.sandbox.stop()

    def sign_in(self, tenant, account):
        app = msal.PublicClientApplication(
            CLI_CLIENT_ID,
            authority="%s/%s" % (self.sandbox.url, tenant),
            instance_discovery=self.sandbox.url + "/common/discovery/instance")
        flow = app.initiate_device_flow(scopes=[ARM_SCOPE])
        self.assertIn("user_code", flow, json.dumps(flow))
        # The reviewer approves while MSAL polls the token endpoint.
        threading.Timer(0.3, self.sandbox.approve, (flow["user_code"], account)).start()
        result = app.acquire_token_by_device_flow(flow)
        self.assertIn("access_token", result, json.dumps(result))
        return app, result

    def subscription_tenants(self, token):
        answer = requests.get(self.sandbox.url + "/subscriptions?api-version=2022-12-01",
                              headers={"Authorization": "Bearer " + token})
        self.assertEqual(answer.status_code, 200, answer.text)
        return {s["tenantId"] for s in answer.json()["value"]}

    def discovery_asked(self):
        asked = []
        for r in self.sandbox.requests():
            if r["path"].startswith("/common/discovery/instance"):
                query = urllib.parse.parse_qs(urllib.parse.urlsplit(r["path"]).query)
                asked.append((query.get("authorization_endpoint", [""])[0], r["status"]))
        return asked

    def test_guest_tenant_token_is_for_the_guest_tenant(self):
        # A credential bound to the guest tenant gets a token for that tenant, not the home one.
        app, result = self.sign_in(FABRIKAM, "reviewer@contoso.com")
        self.assertEqual(app.authority.tenant, FABRIKAM)
        self.assertEqual(result["id_token_claims"]["tid"], FABRIKAM)
        self.assertEqual(self.subscription_tenants(result["access_token"]), {FABRIKAM})
        asked = self.discovery_asked()
        self.assertEqual(len(asked), 1, asked)
        self.assertIn("/%s/oauth2/v2.0/authorize" % FABRIKAM, asked[0][0])
        self.assertEqual(asked[0][1], 200)
        tokens = [r for r in self.sandbox.requests()
                  if r["method"] == "POST" and r["path"].endswith("/oauth2/v2.0/token")]
        self.assertTrue(tokens)
        self.assertTrue(all(r["path"].startswith("/%s/" % FABRIKAM) for r in tokens), tokens)

    def test_domain_authority_resolves_to_its_tenant(self):
        app, result = self.sign_in("fabrikam.com", "reviewer@contoso.com")
        self.assertEqual(app.authority.tenant, FABRIKAM)
        self.assertEqual(result["id_token_claims"]["tid"], FABRIKAM)

    def test_organizations_gets_the_home_tenant(self):
        app, result = self.sign_in("organizations", "reviewer@contoso.com")
        self.assertEqual(result["id_token_claims"]["tid"], CONTOSO)
        self.assertIn(CONTOSO, self.subscription_tenants(result["access_token"]))
        self.assertNotIn(FABRIKAM, self.subscription_tenants(result["access_token"]))

    def test_foreign_authority_is_refused(self):
        # The sandbox vouches for its own host only, as Entra ID does: MSAL stops.
        with self.assertRaises(ValueError) as refused:
            msal.PublicClientApplication(
                CLI_CLIENT_ID, authority="https://login.example.net/" + FABRIKAM,
                instance_discovery=self.sandbox.url + "/common/discovery/instance")
        self.assertIn("invalid_instance", str(refused.exception))


if __name__ == "__main__":
    if "REQUESTS_CA_BUNDLE" not in os.environ:
        sys.exit("REQUESTS_CA_BUNDLE must name resources/sandbox/ca.pem")
    unittest.main(verbosity=2)
