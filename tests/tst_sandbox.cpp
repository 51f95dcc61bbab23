// SPDX-License-Identifier: MIT
// The sandbox over raw HTTP: every endpoint and every error it promises (issue "Sandbox Azure").
#include "httpprobe.h"

#include "sandbox/sandboxserver.h"

#include <QTest>

using namespace nsg::sandbox;
using nsg::test::HttpProbe;
using json = nlohmann::json;

namespace {

const QString kContoso = QStringLiteral("3f7a1c52-8d4e-4b6a-9c21-5e8f0d7b2a91");
const QString kFabrikam = QStringLiteral("b5e2d9c4-1a7f-4e3b-8c6d-2f9a0e4b7c13");
const QString kProd = QStringLiteral("1b4f6c2a-7e3d-4a59-b8c1-0d2e4f6a8b10");
const QString kMail = QStringLiteral("2c5a7d3b-8f4e-4b6a-c9d2-1e3f5a7b9c21");
const QString kLegacy = QStringLiteral("4e7c9f5d-0b6a-4d8c-e1f4-3a5b7c9d1e43");
const QString kFinance = QStringLiteral("5f8d0a6e-1c7b-4e9d-f2a5-4b6c8d0e2f54");
const QString kShared = QStringLiteral("6a9e1b7f-2d8c-4f0e-a3b6-5c7d9e1f3a65");
const QString kNet = QStringLiteral("api-version=2025-05-01");

QString nsgPath(const QString &sub, const QString &rg, const QString &nsg)
{
    return QStringLiteral("/subscriptions/%1/resourceGroups/%2/providers/Microsoft.Network/"
                          "networkSecurityGroups/%3")
        .arg(sub, rg, nsg);
}

const QString kMx =
    nsgPath(kMail, QStringLiteral("rg-mail-prod"), QStringLiteral("nsg-mx-inbound"));

json ruleBody(const char *source = "203.0.113.0/28", int priority = 100)
{
    return {{"properties",
             {{"protocol", "Tcp"},
              {"sourcePortRange", "*"},
              {"destinationPortRange", "25"},
              {"sourceAddressPrefix", source},
              {"destinationAddressPrefix", "*"},
              {"access", "Allow"},
              {"priority", priority},
              {"direction", "Inbound"}}}};
}

// Tests talk to the sandbox over TLS, as the client will to Azure; plainHttp() covers the rest.
enum class Transport { Tls, Plain };

std::unique_ptr<SandboxServer> startServer(SandboxOptions options = {},
                                           Transport transport = Transport::Tls)
{
    if (options.pollIntervalSeconds == 5)
        options.pollIntervalSeconds = 0;
    options.tls = transport == Transport::Tls;
    auto server = std::make_unique<SandboxServer>(options);
    QString error;
    if (!server->start(&error))
        qFatal("sandbox did not start: %s", qPrintable(error));
    return server;
}

QUrlQuery form(std::initializer_list<std::pair<const char *, QString>> items)
{
    QUrlQuery q;
    for (const auto &[k, v] : items)
        q.addQueryItem(QString::fromLatin1(k), v);
    return q;
}

} // namespace

class TestSandbox final : public QObject
{
    Q_OBJECT

private slots:
    void deviceCodeFields();
    void deviceCodeErrors();
    void slowDownWhenPolledTooFast();
    void declinedAndExpired();
    void deviceLoginPage();
    void tokensCarryTheAccount();
    void refreshTokensRotate();
    void guestTenantAndInteractionRequired();
    void armAuthenticationErrors();
    void apiVersionIsRequired();
    void tenantsAndSubscriptions();
    void nsgReadsAndPaging();
    void notFoundErrors();
    void authorizationFailedWithoutRole();
    void writeRestrictsAndCompletes();
    void writeValidation_data();
    void writeValidation();
    void etagPreconditions();
    void deleteRule();
    void writeRefusals();
    void mfaClaimsChallenge();
    void permissions();
    void nicsAndVirtualNetworks();
    void resourceGraph();
    void resourceGraphQuota();
    void resourceGraphRowsMatchArm();
    void faults();
    void throttleBucket();
    void hostileNextLink();
    void faultsAreSeeded();
    void requestLog();
    void generatedEstate();
    void tls();
    void plainHttp();
    void openIdMetadata();
    void instanceDiscoveryNamesTheTenantAskedAbout();
    void cloudMetadataWithoutToken();
    void resourceGroups();
    void operationResultsAnswerLikeLocation();
};

void TestSandbox::deviceCodeFields()
{
    auto server = startServer();
    HttpProbe http(server->baseUrl(), SandboxServer::caCertificate());
    const auto r = http.postForm(
        QStringLiteral("/organizations/oauth2/v2.0/devicecode"),
        form({{"client_id", QString::fromLatin1(HttpProbe::clientId())},
              {"scope", QStringLiteral("https://management.azure.com/.default offline_access")}}));
    QCOMPARE(r.status, 200);
    const json j = r.json();
    for (const char *key :
         {"user_code", "device_code", "verification_uri", "expires_in", "interval", "message"})
        QVERIFY2(j.contains(key), key);
    QVERIFY(j["user_code"].is_string() && j["expires_in"] == 900
            && j["interval"].is_number_integer());
    QCOMPARE(QString::fromStdString(j["verification_uri"]),
             server->baseUrl() + QLatin1String("/devicelogin"));
    QVERIFY(QString::fromStdString(j["message"]).contains(QString::fromStdString(j["user_code"])));
    QVERIFY(!j.contains("verification_uri_complete")); // Microsoft does not send it
}

void TestSandbox::deviceCodeErrors()
{
    auto server = startServer();
    HttpProbe http(server->baseUrl(), SandboxServer::caCertificate());
    auto r = http.postForm(QStringLiteral("/organizations/oauth2/v2.0/devicecode"),
                           form({{"scope", QStringLiteral("x")}}));
    QCOMPARE(r.status, 400);
    QVERIFY(r.json()["error"] == "invalid_request");
    r = http.postForm(QStringLiteral("/no-such-tenant.example/oauth2/v2.0/devicecode"),
                      form({{"client_id", QStringLiteral("c")}, {"scope", QStringLiteral("x")}}));
    QCOMPARE(r.status, 400);
    // Polling with a device code nobody issued.
    r = http.postForm(
        QStringLiteral("/organizations/oauth2/v2.0/token"),
        form({{"client_id", QStringLiteral("c")},
              {"grant_type", QStringLiteral("urn:ietf:params:oauth:grant-type:device_code")},
              {"device_code", QStringLiteral("nope")}}));
    QCOMPARE(r.status, 400);
    const json j = r.json();
    QVERIFY(j["error"] == "bad_verification_code");
    for (const char *key : {"error_description", "error_codes", "timestamp", "trace_id",
                            "correlation_id", "error_uri"})
        QVERIFY2(j.contains(key), key);
    QVERIFY(QString::fromStdString(j["error_description"]).startsWith(QLatin1String("AADSTS")));
    r = http.postForm(
        QStringLiteral("/organizations/oauth2/v2.0/token"),
        form({{"client_id", QStringLiteral("c")}, {"grant_type", QStringLiteral("password")}}));
    QVERIFY(r.json()["error"] == "unsupported_grant_type");
}

void TestSandbox::slowDownWhenPolledTooFast()
{
    SandboxOptions options;
    options.pollIntervalSeconds = 2;
    auto server = startServer(options);
    HttpProbe http(server->baseUrl(), SandboxServer::caCertificate());
    const json code =
        http.postForm(QStringLiteral("/organizations/oauth2/v2.0/devicecode"),
                      form({{"client_id", QString::fromLatin1(HttpProbe::clientId())},
                            {"scope", QStringLiteral("https://management.azure.com/.default")}}))
            .json();
    const QUrlQuery poll =
        form({{"client_id", QString::fromLatin1(HttpProbe::clientId())},
              {"grant_type", QStringLiteral("urn:ietf:params:oauth:grant-type:device_code")},
              {"device_code", QString::fromStdString(code["device_code"])}});
    QVERIFY(http.postForm(QStringLiteral("/organizations/oauth2/v2.0/token"), poll).json()["error"]
            == "authorization_pending");
    QVERIFY(http.postForm(QStringLiteral("/organizations/oauth2/v2.0/token"), poll).json()["error"]
            == "slow_down");
    QTest::qWait(2100);
    QVERIFY(http.postForm(QStringLiteral("/organizations/oauth2/v2.0/token"), poll).json()["error"]
            == "authorization_pending");
}

void TestSandbox::declinedAndExpired()
{
    SandboxOptions options;
    options.codeLifetimeSeconds = 1;
    auto server = startServer(options);
    HttpProbe http(server->baseUrl(), SandboxServer::caCertificate());
    auto start = [&] {
        return http
            .postForm(QStringLiteral("/organizations/oauth2/v2.0/devicecode"),
                      form({{"client_id", QString::fromLatin1(HttpProbe::clientId())},
                            {"scope", QStringLiteral("https://management.azure.com/.default")}}))
            .json();
    };
    auto poll = [&](const json &code) {
        return http
            .postForm(QStringLiteral("/organizations/oauth2/v2.0/token"),
                      form({{"client_id", QString::fromLatin1(HttpProbe::clientId())},
                            {"grant_type",
                             QStringLiteral("urn:ietf:params:oauth:grant-type:device_code")},
                            {"device_code", QString::fromStdString(code["device_code"])}}))
            .json();
    };
    const json declined = start();
    QCOMPARE(http.postJson(QStringLiteral("/sandbox/approve"),
                           {{"user_code", declined["user_code"]}, {"decline", true}})
                 .status,
             200);
    QVERIFY(poll(declined)["error"] == "authorization_declined");
    const json expired = start();
    QTest::qWait(1200);
    QVERIFY(poll(expired)["error"] == "expired_token");
    QCOMPARE(
        http.postJson(QStringLiteral("/sandbox/approve"), {{"user_code", expired["user_code"]}})
            .status,
        400);
    // A redeemed code cannot be redeemed twice.
    const json used = start();
    http.postJson(QStringLiteral("/sandbox/approve"), {{"user_code", used["user_code"]}});
    QVERIFY(poll(used).contains("access_token"));
    QVERIFY(poll(used)["error"] == "invalid_grant");
}

void TestSandbox::deviceLoginPage()
{
    auto server = startServer();
    HttpProbe http(server->baseUrl(), SandboxServer::caCertificate());
    const auto page = http.get(QStringLiteral("/devicelogin"));
    QCOMPARE(page.status, 200);
    QVERIFY(page.header("Content-Type").startsWith("text/html"));
    QVERIFY(page.body.contains("name=\"user_code\"") && page.body.contains("reviewer@contoso.com"));
    const json code =
        http.postForm(QStringLiteral("/organizations/oauth2/v2.0/devicecode"),
                      form({{"client_id", QString::fromLatin1(HttpProbe::clientId())},
                            {"scope", QStringLiteral("https://management.azure.com/.default")}}))
            .json();
    auto bad = http.postForm(QStringLiteral("/devicelogin"),
                             form({{"user_code", QStringLiteral("WRONGCODE")},
                                   {"account", QStringLiteral("reviewer@contoso.com")},
                                   {"action", QStringLiteral("approve")}}));
    QVERIFY(bad.body.contains("not valid"));
    auto ok = http.postForm(QStringLiteral("/devicelogin"),
                            form({{"user_code", QString::fromStdString(code["user_code"])},
                                  {"account", QStringLiteral("auditor@contoso.com")},
                                  {"action", QStringLiteral("approve")}}));
    QVERIFY(ok.body.contains("signed in as auditor@contoso.com"));
    const json token =
        http.postForm(QStringLiteral("/organizations/oauth2/v2.0/token"),
                      form({{"client_id", QString::fromLatin1(HttpProbe::clientId())},
                            {"grant_type",
                             QStringLiteral("urn:ietf:params:oauth:grant-type:device_code")},
                            {"device_code", QString::fromStdString(code["device_code"])}}))
            .json();
    QVERIFY(token.contains("access_token"));
}

void TestSandbox::tokensCarryTheAccount()
{
    auto server = startServer();
    HttpProbe http(server->baseUrl(), SandboxServer::caCertificate());
    const json token = http.signIn();
    QVERIFY(token["token_type"] == "Bearer");
    QVERIFY(token["expires_in"] == 3600);
    QVERIFY(token.contains("refresh_token"));
    // id_token: an unsigned JWT naming the account and tenant.
    const QList<QByteArray> parts = QByteArray::fromStdString(token["id_token"]).split('.');
    QCOMPARE(parts.size(), 3);
    const json claims =
        json::parse(QByteArray::fromBase64(parts[1], QByteArray::Base64UrlEncoding).toStdString());
    QVERIFY(claims["preferred_username"] == "reviewer@contoso.com");
    QVERIFY(claims["tid"] == kContoso.toStdString());
    QVERIFY(claims["ver"] == "2.0");
    for (const char *key : {"aud", "iss", "iat", "nbf", "exp", "oid"})
        QVERIFY2(claims.contains(key), key);
    const json info =
        json::parse(QByteArray::fromBase64(QByteArray::fromStdString(token["client_info"]),
                                           QByteArray::Base64UrlEncoding)
                        .toStdString());
    QVERIFY(info["utid"] == kContoso.toStdString() && info.contains("uid"));
}

void TestSandbox::refreshTokensRotate()
{
    auto server = startServer();
    HttpProbe http(server->baseUrl(), SandboxServer::caCertificate());
    const json first = http.signIn();
    auto refresh = [&](const std::string &token,
                       const QString &tenant = QStringLiteral("organizations")) {
        return http
            .postForm(
                QLatin1Char('/') + tenant + QLatin1String("/oauth2/v2.0/token"),
                form({{"client_id", QString::fromLatin1(HttpProbe::clientId())},
                      {"grant_type", QStringLiteral("refresh_token")},
                      {"refresh_token", QString::fromStdString(token)},
                      {"scope",
                       QStringLiteral("https://management.azure.com/.default offline_access")}}))
            .json();
    };
    const json second = refresh(first["refresh_token"]);
    QVERIFY(second.contains("access_token") && second.contains("refresh_token"));
    QVERIFY(second["refresh_token"] != first["refresh_token"]);
    QVERIFY(refresh(first["refresh_token"])["error"] == "invalid_grant"); // rotated away
    QVERIFY(refresh(second["refresh_token"]).contains("access_token"));
}

void TestSandbox::guestTenantAndInteractionRequired()
{
    auto server = startServer();
    HttpProbe http(server->baseUrl(), SandboxServer::caCertificate());
    json token = http.signIn();
    auto refresh = [&](const QString &tenant) {
        const json r =
            http.postForm(QLatin1Char('/') + tenant + QLatin1String("/oauth2/v2.0/token"),
                          form({{"client_id", QString::fromLatin1(HttpProbe::clientId())},
                                {"grant_type", QStringLiteral("refresh_token")},
                                {"refresh_token", QString::fromStdString(token["refresh_token"])}}))
                .json();
        if (r.contains("refresh_token"))
            token["refresh_token"] = r["refresh_token"];
        return r;
    };
    // The reviewer is a guest in Fabrikam: a token for that tenant, by id or by domain.
    const json guest = refresh(kFabrikam);
    QVERIFY(guest.contains("access_token"));
    http.setBearer(QString::fromStdString(guest["access_token"]));
    const json subs = http.get(QStringLiteral("/subscriptions?api-version=2022-12-01")).json();
    QCOMPARE(int(subs["value"].size()), 1);
    QVERIFY(subs["value"][0]["subscriptionId"] == kShared.toStdString());
    QVERIFY(refresh(QStringLiteral("fabrikam.onmicrosoft.com")).contains("access_token"));
    // Conditional Access in Fabrikam now demands interaction; Contoso still refreshes.
    http.postJson(QStringLiteral("/sandbox/interaction"),
                  {{"account", "reviewer@contoso.com"},
                   {"tenant", kFabrikam.toStdString()},
                   {"required", true}});
    const json blocked = refresh(kFabrikam);
    QVERIFY(blocked["error"] == "interaction_required");
    QVERIFY(QString::fromStdString(blocked["error_description"])
                .startsWith(QLatin1String("AADSTS50076")));
    QVERIFY(refresh(kContoso).contains("access_token"));
    // A tenant the account does not belong to.
    http.setBearer(QString());
    const json other = http.signIn(QStringLiteral("netadmin@fabrikam.com"));
    token["refresh_token"] = other["refresh_token"];
    QVERIFY(refresh(kContoso)["error"] == "invalid_grant");
}

void TestSandbox::armAuthenticationErrors()
{
    SandboxOptions options;
    options.tokenLifetimeSeconds = 1;
    auto server = startServer(options);
    HttpProbe http(server->baseUrl(), SandboxServer::caCertificate());
    auto r = http.get(QStringLiteral("/subscriptions?api-version=2022-12-01"));
    QCOMPARE(r.status, 401);
    QVERIFY(r.json()["error"]["code"] == "AuthenticationFailed");
    QVERIFY(r.header("WWW-Authenticate").startsWith("Bearer authorization_uri="));
    http.setBearer(QStringLiteral("not-a-token"));
    r = http.get(QStringLiteral("/subscriptions?api-version=2022-12-01"));
    QCOMPARE(r.status, 401);
    QVERIFY(r.json()["error"]["code"] == "InvalidAuthenticationToken");
    http.signIn();
    QCOMPARE(http.get(QStringLiteral("/subscriptions?api-version=2022-12-01")).status, 200);
    // A Contoso token for a Fabrikam subscription names the right tenant.
    r = http.get(
        QStringLiteral("/subscriptions/%1/providers/Microsoft.Network/networkSecurityGroups?%2")
            .arg(kShared, kNet));
    QCOMPARE(r.status, 401);
    QVERIFY(r.json()["error"]["code"] == "InvalidAuthenticationTokenTenant");
    QVERIFY(r.header("WWW-Authenticate").contains(kFabrikam.toLatin1()));
    QVERIFY(QString::fromStdString(r.json()["error"]["message"]).contains(kFabrikam));
    QTest::qWait(1100);
    r = http.get(QStringLiteral("/subscriptions?api-version=2022-12-01"));
    QCOMPARE(r.status, 401);
    QVERIFY(r.json()["error"]["code"] == "ExpiredAuthenticationToken");
}

void TestSandbox::apiVersionIsRequired()
{
    auto server = startServer();
    HttpProbe http(server->baseUrl(), SandboxServer::caCertificate());
    http.signIn();
    auto r = http.get(QStringLiteral("/subscriptions"));
    QCOMPARE(r.status, 400);
    QVERIFY(r.json()["error"]["code"] == "MissingApiVersionParameter");
    r = http.get(kMx + QStringLiteral("?api-version=latest"));
    QCOMPARE(r.status, 400);
    QVERIFY(r.json()["error"]["code"] == "InvalidApiVersionParameter");
}

void TestSandbox::tenantsAndSubscriptions()
{
    auto server = startServer();
    HttpProbe http(server->baseUrl(), SandboxServer::caCertificate());
    http.signIn();
    const auto tenants = http.get(QStringLiteral("/tenants?api-version=2022-12-01"));
    QCOMPARE(tenants.status, 200);
    QCOMPARE(int(tenants.json()["value"].size()), 2);
    QVERIFY(!tenants.header("x-ms-request-id").isEmpty());
    QVERIFY(!tenants.header("x-ms-correlation-request-id").isEmpty());
    const auto subs =
        http.get(QStringLiteral("/subscriptions?api-version=2022-12-01"),
                 {{"x-ms-client-request-id", "5d2a0b0e-1111-2222-3333-444455556666"}});
    QCOMPARE(subs.header("x-ms-client-request-id"),
             QByteArray("5d2a0b0e-1111-2222-3333-444455556666"));
    const json value = subs.json()["value"];
    QCOMPARE(int(value.size()), 5); // the Contoso ones the reviewer holds a role in
    QStringList states;
    for (const json &s : value)
        states.append(QString::fromStdString(s["state"]));
    QVERIFY(states.contains(QStringLiteral("Disabled")));
    const auto one =
        http.get(QStringLiteral("/subscriptions/%1?api-version=2022-12-01").arg(kProd));
    QCOMPARE(one.status, 200);
    QVERIFY(one.json()["displayName"] == "Contoso Production");
    QVERIFY(!one.header("x-ms-ratelimit-remaining-subscription-reads").isEmpty());
}

void TestSandbox::nsgReadsAndPaging()
{
    SandboxOptions options;
    options.pageSize = 3;
    auto server = startServer(options);
    HttpProbe http(server->baseUrl(), SandboxServer::caCertificate());
    http.signIn();
    // Follow nextLink to the end: every NSG of the subscription, once.
    QStringList names;
    QString next =
        QStringLiteral("/subscriptions/%1/providers/Microsoft.Network/networkSecurityGroups?%2")
            .arg(kMail, kNet);
    int pages = 0;
    while (!next.isEmpty()) {
        const json page = http.get(next).json();
        QVERIFY(page["value"].size() <= 3);
        for (const json &n : page["value"])
            names.append(QString::fromStdString(n["name"]));
        next = page.contains("nextLink") ? QString::fromStdString(page["nextLink"]) : QString();
        QVERIFY(next.isEmpty() || next.contains(QLatin1String("api-version=2025-05-01")));
        ++pages;
    }
    QCOMPARE(pages, 5);
    QCOMPARE(names.size(), 15);
    QCOMPARE(QSet<QString>(names.begin(), names.end()).size(), 15);
    // By resource group, and one NSG.
    const json rg = http.get(QStringLiteral("/subscriptions/%1/resourceGroups/rg-mail-archive/"
                                            "providers/Microsoft.Network/networkSecurityGroups?%2")
                                 .arg(kMail, kNet))
                        .json();
    QCOMPARE(int(rg["value"].size()), 1);
    const json nsg = http.get(kMx + QLatin1Char('?') + kNet).json();
    QVERIFY(nsg["type"] == "Microsoft.Network/networkSecurityGroups");
    QVERIFY(nsg["etag"].get<std::string>().rfind("W/\"", 0) == 0);
    QCOMPARE(int(nsg["properties"]["defaultSecurityRules"].size()), 6);
    QVERIFY(nsg["properties"]["subnets"].size() == 1); // associations follow from the VNet
    for (const json &rule : nsg["properties"]["securityRules"]) {
        QVERIFY(rule["etag"] == nsg["etag"]);
        QVERIFY(rule["properties"]["sourceAddressPrefixes"].is_array());
    }
    const json rules = http.get(kMx + QStringLiteral("/securityRules?") + kNet).json();
    QCOMPARE(int(rules["value"].size()), 1);
    const json defaults = http.get(kMx + QStringLiteral("/defaultSecurityRules?") + kNet).json();
    QCOMPARE(int(defaults["value"].size()) + 0, 3); // page size 3
    QVERIFY(defaults.contains("nextLink"));
    const json deny =
        http.get(kMx + QStringLiteral("/defaultSecurityRules/DenyAllInBound?") + kNet).json();
    QVERIFY(deny["properties"]["priority"] == 65500);
}

void TestSandbox::notFoundErrors()
{
    auto server = startServer();
    HttpProbe http(server->baseUrl(), SandboxServer::caCertificate());
    http.signIn();
    auto r = http.get(QStringLiteral("/subscriptions/00000000-0000-0000-0000-000000000000/"
                                     "providers/Microsoft.Network/networkSecurityGroups?")
                      + kNet);
    QCOMPARE(r.status, 404);
    QVERIFY(r.json()["error"]["code"] == "SubscriptionNotFound");
    r = http.get(QStringLiteral("/subscriptions/%1/resourceGroups/rg-nope/providers/"
                                "Microsoft.Network/networkSecurityGroups?%2")
                     .arg(kMail, kNet));
    QVERIFY(r.status == 404 && r.json()["error"]["code"] == "ResourceGroupNotFound");
    r = http.get(nsgPath(kMail, QStringLiteral("rg-mail-prod"), QStringLiteral("nsg-nope"))
                 + QLatin1Char('?') + kNet);
    QVERIFY(r.status == 404 && r.json()["error"]["code"] == "ResourceNotFound");
    r = http.get(kMx + QStringLiteral("/securityRules/nope?") + kNet);
    QVERIFY(r.status == 404 && r.json()["error"]["code"] == "ResourceNotFound");
}

void TestSandbox::authorizationFailedWithoutRole()
{
    auto server = startServer();
    HttpProbe http(server->baseUrl(), SandboxServer::caCertificate());
    http.signIn();
    // Finance: a role on one resource group only, so the subscription is listed but not readable.
    auto r = http.get(
        QStringLiteral("/subscriptions/%1/providers/Microsoft.Network/networkSecurityGroups?%2")
            .arg(kFinance, kNet));
    QCOMPARE(r.status, 403);
    QVERIFY(r.json()["error"]["code"] == "AuthorizationFailed");
    QVERIFY(QString::fromStdString(r.json()["error"]["message"])
                .contains(QLatin1String("Microsoft.Network/networkSecurityGroups/read")));
    r = http.get(QStringLiteral("/subscriptions/%1/resourceGroups/rg-finance-reporting/providers/"
                                "Microsoft.Network/networkSecurityGroups?%2")
                     .arg(kFinance, kNet));
    QCOMPARE(r.status, 200);
    QCOMPARE(int(r.json()["value"].size()), 1);
    // A reader cannot write.
    http.signIn(QStringLiteral("auditor@contoso.com"));
    r = http.put(kMx + QStringLiteral("/securityRules/Allow-SMTP-Internet?") + kNet, ruleBody());
    QCOMPARE(r.status, 403);
    QVERIFY(QString::fromStdString(r.json()["error"]["message"])
                .contains(QLatin1String("securityRules/write")));
}

void TestSandbox::writeRestrictsAndCompletes()
{
    SandboxOptions options;
    options.operationMilliseconds = 300;
    auto server = startServer(options);
    HttpProbe http(server->baseUrl(), SandboxServer::caCertificate());
    http.signIn();
    const QString rule = kMx + QStringLiteral("/securityRules/Allow-SMTP-Internet?") + kNet;
    const json before = http.get(rule).json();
    const json nsgBefore = http.get(kMx + QLatin1Char('?') + kNet).json();
    const auto put =
        http.put(rule, ruleBody(), {{"If-Match", QByteArray::fromStdString(before["etag"])}});
    QCOMPARE(put.status, 200);
    QVERIFY(put.json()["properties"]["provisioningState"] == "Updating");
    QVERIFY(put.json()["etag"] != before["etag"]);
    const QByteArray operation = put.header("Azure-AsyncOperation");
    QVERIFY(operation.contains("/providers/Microsoft.Network/locations/westeurope/operations/"));
    QCOMPARE(put.header("Retry-After"), QByteArray("1"));
    QVERIFY(http.get(QString::fromLatin1(operation)).json()["status"] == "InProgress");
    QTest::qWait(350);
    QVERIFY(http.get(QString::fromLatin1(operation)).json()["status"] == "Succeeded");
    const json after = http.get(rule).json();
    QVERIFY(after["properties"]["provisioningState"] == "Succeeded");
    QVERIFY(after["properties"]["sourceAddressPrefix"] == "203.0.113.0/28");
    const json nsgAfter = http.get(kMx + QLatin1Char('?') + kNet).json();
    QVERIFY(nsgAfter["etag"] != nsgBefore["etag"]);
    QVERIFY(nsgAfter["etag"] == after["etag"]);
    // A new rule is a 201.
    const auto created = http.put(kMx + QStringLiteral("/securityRules/Deny-Telnet?") + kNet,
                                  {{"properties",
                                    {{"protocol", "Tcp"},
                                     {"sourcePortRange", "*"},
                                     {"destinationPortRange", "23"},
                                     {"sourceAddressPrefix", "*"},
                                     {"destinationAddressPrefix", "*"},
                                     {"access", "Deny"},
                                     {"priority", 150},
                                     {"direction", "Inbound"}}}});
    QCOMPARE(created.status, 201);
    QVERIFY(created.json()["properties"]["priority"] == 150);
}

void TestSandbox::writeValidation_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QByteArray>("value"); // JSON; empty: remove the field
    QTest::addColumn<QString>("code");
    QTest::newRow("priority too low")
        << "priority" << QByteArray("50") << "SecurityRuleInvalidPriority";
    QTest::newRow("priority too high")
        << "priority" << QByteArray("5000") << "SecurityRuleInvalidPriority";
    QTest::newRow("priority taken") << "priority" << QByteArray("110") << "SecurityRuleConflict";
    QTest::newRow("bad CIDR") << "sourceAddressPrefix" << QByteArray("\"10.0.0.300/24\"")
                              << "SecurityRuleInvalidAddressPrefix";
    QTest::newRow("Any is not an address")
        << "sourceAddressPrefix" << QByteArray("\"Any\"") << "SecurityRuleInvalidAddressPrefix";
    QTest::newRow("bad port") << "destinationPortRange" << QByteArray("\"70000\"")
                              << "SecurityRuleInvalidPortRange";
    QTest::newRow("both forms") << "sourceAddressPrefixes" << QByteArray("[\"10.0.0.0/8\"]")
                                << "SecurityRuleParameterContainsMultipleValues";
    QTest::newRow("tag in a list")
        << "destinationAddressPrefixes" << QByteArray("[\"VirtualNetwork\", \"10.0.0.0/8\"]")
        << "SecurityRuleParameterContainsUnsupportedValue";
    QTest::newRow("no protocol") << "protocol" << QByteArray() << "InvalidRequestFormat";
    QTest::newRow("bad protocol") << "protocol" << QByteArray("\"Sctp\"") << "InvalidRequestFormat";
    QTest::newRow("bad access") << "access" << QByteArray("\"Permit\"") << "InvalidRequestFormat";
    QTest::newRow("no source") << "sourceAddressPrefix" << QByteArray() << "InvalidRequestFormat";
}

void TestSandbox::writeValidation()
{
    QFETCH(QString, field);
    QFETCH(QByteArray, value);
    QFETCH(QString, code);
    SandboxOptions options;
    auto server = startServer(options);
    HttpProbe http(server->baseUrl(), SandboxServer::caCertificate());
    http.signIn();
    const QString nsg =
        nsgPath(kProd, QStringLiteral("rg-web-prod"), QStringLiteral("nsg-web-frontend"));
    json body = ruleBody();
    body["properties"]["priority"] = 200;
    if (field == QLatin1String("destinationAddressPrefixes"))
        body["properties"].erase("destinationAddressPrefix");
    if (value.isEmpty())
        body["properties"].erase(field.toStdString());
    else
        body["properties"][field.toStdString()] = json::parse(value.toStdString());
    const auto r = http.put(nsg + QStringLiteral("/securityRules/New-Rule?") + kNet, body);
    QCOMPARE(r.status, 400);
    QCOMPARE(QString::fromStdString(r.json()["error"]["code"]), code);
    // Nothing was written.
    QCOMPARE(http.get(nsg + QStringLiteral("/securityRules/New-Rule?") + kNet).status, 404);
    // Invalid names and unparseable bodies.
    QVERIFY(http.put(nsg + QStringLiteral("/securityRules/-bad-?") + kNet, ruleBody())
                .json()["error"]["code"]
            == "InvalidResourceName");
    const auto garbage = http.postRaw(QString(), QByteArray(), QByteArray());
    Q_UNUSED(garbage);
}

void TestSandbox::etagPreconditions()
{
    auto server = startServer();
    HttpProbe http(server->baseUrl(), SandboxServer::caCertificate());
    http.signIn();
    const QString rule = kMx + QStringLiteral("/securityRules/Allow-SMTP-Internet?") + kNet;
    auto r =
        http.put(rule, ruleBody(), {{"If-Match", "W/\"00000000-0000-0000-0000-000000000000\""}});
    QCOMPARE(r.status, 412);
    QVERIFY(r.json()["error"]["code"] == "PreconditionFailed");
    r = http.put(rule, ruleBody(), {{"If-None-Match", "*"}});
    QCOMPARE(r.status, 412);
    r = http.put(kMx + QStringLiteral("/securityRules/Not-There?") + kNet,
                 ruleBody("10.0.0.0/8", 300), {{"If-Match", "*"}});
    QCOMPARE(r.status, 412);
    QVERIFY(http.get(rule).json()["properties"]["sourceAddressPrefix"] == "Internet"); // unchanged
}

void TestSandbox::deleteRule()
{
    SandboxOptions options;
    options.operationMilliseconds = 200;
    auto server = startServer(options);
    HttpProbe http(server->baseUrl(), SandboxServer::caCertificate());
    http.signIn();
    const QString rule = kMx + QStringLiteral("/securityRules/Allow-SMTP-Internet?") + kNet;
    const auto r = http.del(rule);
    QCOMPARE(r.status, 202);
    QVERIFY(!r.header("Azure-AsyncOperation").isEmpty() && !r.header("Location").isEmpty());
    QTest::qWait(250);
    QVERIFY(http.get(QString::fromLatin1(r.header("Azure-AsyncOperation"))).json()["status"]
            == "Succeeded");
    QCOMPARE(http.get(rule).status, 404);
    QCOMPARE(http.del(rule).status, 204);
}

void TestSandbox::writeRefusals()
{
    SandboxOptions options;
    options.operationMilliseconds = 400;
    auto server = startServer(options);
    HttpProbe http(server->baseUrl(), SandboxServer::caCertificate());
    http.signIn();
    const QString rule = kMx + QStringLiteral("/securityRules/Allow-SMTP-Internet?") + kNet;
    QCOMPARE(http.put(rule, ruleBody()).status, 200);
    // The NSG is busy until the first operation completes.
    const auto busy = http.put(rule, ruleBody("198.51.100.0/28"));
    QCOMPARE(busy.status, 429);
    QVERIFY(busy.json()["error"]["code"] == "RetryableErrorDueToAnotherOperation");
    QVERIFY(!busy.header("Retry-After").isEmpty());
    QTest::qWait(450);
    QCOMPARE(http.put(rule, ruleBody("198.51.100.0/28")).status, 200);
    QTest::qWait(450);
    // A disabled subscription is read-only.
    const auto disabled = http.put(
        nsgPath(kLegacy, QStringLiteral("rg-legacy"), QStringLiteral("nsg-legacy-exchange"))
            + QStringLiteral("/securityRules/Allow-SMTP?") + kNet,
        ruleBody());
    QCOMPARE(disabled.status, 409);
    QVERIFY(disabled.json()["error"]["code"] == "ReadOnlyDisabledSubscription");
    // Locks, and operations that fail.
    http.postJson(QStringLiteral("/sandbox/faults"), {{"faults", "lock-writes"}});
    const auto locked = http.put(rule, ruleBody("192.0.2.0/28"));
    QCOMPARE(locked.status, 409);
    QVERIFY(locked.json()["error"]["code"] == "ScopeLocked");
    http.postJson(QStringLiteral("/sandbox/faults"), {{"faults", "fail-writes"}});
    const auto failing = http.put(rule, ruleBody("192.0.2.0/28"));
    QCOMPARE(failing.status, 200);
    QTest::qWait(450);
    const json status =
        http.get(QString::fromLatin1(failing.header("Azure-AsyncOperation"))).json();
    QVERIFY(status["status"] == "Failed");
    QVERIFY(status["error"].contains("code"));
    QVERIFY(http.get(rule).json()["properties"]["sourceAddressPrefix"]
            == "198.51.100.0/28"); // not applied
}

void TestSandbox::mfaClaimsChallenge()
{
    SandboxOptions options;
    options.faults = QStringLiteral("mfa-writes");
    auto server = startServer(options);
    HttpProbe http(server->baseUrl(), SandboxServer::caCertificate());
    http.signIn();
    const QString rule = kMx + QStringLiteral("/securityRules/Allow-SMTP-Internet?") + kNet;
    const auto challenged = http.put(rule, ruleBody());
    QCOMPARE(challenged.status, 401);
    const QByteArray header = challenged.header("WWW-Authenticate");
    QVERIFY(header.contains("error=\"insufficient_claims\""));
    const qsizetype at = header.indexOf("claims=\"") + 8;
    const json claims = json::parse(
        QByteArray::fromBase64(header.mid(at, header.indexOf('"', at) - at)).toStdString());
    QVERIFY(claims["access_token"]["acrs"]["essential"] == true);
    QVERIFY(http.get(rule).status == 200); // reads are exempt
    // A new sign-in carrying the claims gets a token that may write.
    http.signIn(QString(), QStringLiteral("organizations"), QString::fromStdString(claims.dump()));
    QCOMPARE(http.put(rule, ruleBody()).status, 200);
}

void TestSandbox::permissions()
{
    auto server = startServer();
    HttpProbe http(server->baseUrl(), SandboxServer::caCertificate());
    http.signIn();
    const json contributor =
        http.get(kMx
                 + QStringLiteral(
                     "/providers/Microsoft.Authorization/permissions?api-version=2022-04-01"))
            .json();
    QStringList actions;
    for (const json &p : contributor["value"])
        for (const json &a : p["actions"])
            actions.append(QString::fromStdString(a));
    QVERIFY(actions.contains(QStringLiteral("Microsoft.Network/*")));
    http.signIn(QStringLiteral("auditor@contoso.com"));
    const json reader =
        http.get(kMx
                 + QStringLiteral(
                     "/providers/Microsoft.Authorization/permissions?api-version=2022-04-01"))
            .json();
    QCOMPARE(QString::fromStdString(reader["value"][0]["actions"][0]), QStringLiteral("*/read"));
    QVERIFY(reader["value"][0].contains("notActions"));
}

void TestSandbox::nicsAndVirtualNetworks()
{
    auto server = startServer();
    HttpProbe http(server->baseUrl(), SandboxServer::caCertificate());
    http.signIn();
    const json nics =
        http.get(
                QStringLiteral("/subscriptions/%1/providers/Microsoft.Network/networkInterfaces?%2")
                    .arg(kMail, kNet))
            .json();
    QCOMPARE(int(nics["value"].size()), 13);
    bool found = false;
    for (const json &nic : nics["value"]) {
        if (nic["name"] == "nic-mailhost01") {
            found = true;
            QVERIFY(QString::fromStdString(nic["properties"]["networkSecurityGroup"]["id"])
                        .endsWith(QLatin1String("/nsg-mail-host")));
            QVERIFY(QString::fromStdString(
                        nic["properties"]["ipConfigurations"][0]["properties"]["subnet"]["id"])
                        .endsWith(QLatin1String("/subnets/snet-dmz")));
        }
    }
    QVERIFY(found);
    const json vnets =
        http.get(QStringLiteral("/subscriptions/%1/providers/Microsoft.Network/virtualNetworks?%2")
                     .arg(kMail, kNet))
            .json();
    QCOMPARE(int(vnets["value"].size()), 4);
    QVERIFY(vnets["value"][0]["properties"]["subnets"].size() >= 1);
}

void TestSandbox::resourceGraph()
{
    auto server = startServer();
    HttpProbe http(server->baseUrl(), SandboxServer::caCertificate());
    http.signIn();
    const QString path =
        QStringLiteral("/providers/Microsoft.ResourceGraph/resources?api-version=2024-04-01");
    const std::string query = "Resources | where type =~ 'microsoft.network/networksecuritygroups' "
                              "| project id, name, tenantId, subscriptionId, resourceGroup, "
                              "location, tags, properties | order by id asc";
    QStringList ids;
    json options{{"$top", 7}};
    int pages = 0;
    while (true) {
        const auto r = http.postJson(path, {{"query", query}, {"options", options}});
        QCOMPARE(r.status, 200);
        QVERIFY(!r.header("x-ms-user-quota-remaining").isEmpty());
        QVERIFY(!r.header("x-ms-user-quota-resets-after").isEmpty());
        const json page = r.json();
        QVERIFY(page["resultTruncated"] == "false");
        QCOMPARE(page["totalRecords"].get<int>(), 39);
        for (const json &row : page["data"]) {
            ids.append(QString::fromStdString(row["id"]));
            QVERIFY(row["resourceGroup"]
                    == QString::fromStdString(row["resourceGroup"]).toLower().toStdString());
            QVERIFY(row["properties"]["securityRules"].is_array());
        }
        ++pages;
        if (!page.contains("$skipToken"))
            break;
        options["$skipToken"] = page["$skipToken"];
    }
    QCOMPARE(pages, 6);
    QCOMPARE(ids.size(), 39); // Contoso: what the reviewer may read (Finance: one resource group)
    QStringList sorted = ids;
    std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) {
        return a.compare(b, Qt::CaseInsensitive) < 0;
    });
    QCOMPARE(ids, sorted);
    // Scoped to one subscription; table format.
    const json scoped = http.postJson(path,
                                      {{"subscriptions", {kMail.toStdString()}},
                                       {"query", query},
                                       {"options", {{"resultFormat", "table"}}}})
                            .json();
    QCOMPARE(scoped["totalRecords"].get<int>(), 15);
    QVERIFY(scoped["data"]["columns"][0]["name"] == "id");
    QCOMPARE(int(scoped["data"]["rows"].size()), 15);
    // Without an id column there is no paging: truncated.
    const json noId = http.postJson(path,
                                    {{"query",
                                      "Resources | where type =~ "
                                      "'microsoft.network/networksecuritygroups' | project name"},
                                     {"options", {{"$top", 5}}}})
                          .json();
    QVERIFY(noId["resultTruncated"] == "true");
    QVERIFY(!noId.contains("$skipToken"));
    // Bad queries.
    const auto bad = http.postJson(path, {{"query", "Resources | summarize count()"}});
    QCOMPARE(bad.status, 400);
    QVERIFY(bad.json()["error"]["details"][0]["code"] == "InvalidQuery");
    QCOMPARE(http.postJson(path, {{"query", query}, {"options", {{"$top", 5000}}}}).status, 400);
    QCOMPARE(http.postJson(path,
                           {{"subscriptions", {"00000000-0000-0000-0000-000000000000"}},
                            {"query", query}})
                 .status,
             400);
}

void TestSandbox::resourceGraphRowsMatchArm()
{
    // Generated NSGs' rows are cut from text rather than built as trees: they must say exactly
    // what ARM says about the same NSG, before and after a write.
    SandboxOptions options;
    options.generateSpec = QStringLiteral("tenants=1,subs=2,nsgs=6,rules=5,exposed=0.3,seed=12");
    options.pageSize = 50;
    auto server = startServer(options);
    HttpProbe http(server->baseUrl(), SandboxServer::caCertificate());
    const json accounts = http.get(QStringLiteral("/sandbox/accounts")).json();
    QVERIFY(http.signIn(QString::fromStdString(accounts["accounts"][0]["userPrincipalName"]))
                .contains("access_token"));
    auto rows = [&http] {
        return http
            .postJson(QStringLiteral(
                          "/providers/Microsoft.ResourceGraph/resources?api-version=2024-04-01"),
                      {{"query",
                        "Resources | where type =~ 'microsoft.network/networksecuritygroups' "
                        "| project id, name, tenantId, subscriptionId, resourceGroup, "
                        "location, tags, properties, type | order by id asc"}})
            .json()["data"];
    };
    const json before = rows();
    QCOMPARE(before.size(), size_t(12));
    for (const json &row : before) {
        const QString id = QString::fromStdString(row["id"]);
        const json arm = http.get(id + QLatin1String("?api-version=2025-05-01")).json();
        QVERIFY(row["name"] == arm["name"]);
        QVERIFY(row["location"] == arm["location"]);
        QVERIFY(row["tags"] == arm["tags"]);
        QVERIFY(row["properties"] == arm["properties"]);
        QVERIFY(row["type"] == "microsoft.network/networksecuritygroups");
        QVERIFY(!row["tenantId"].get<std::string>().empty());
        QCOMPARE(QString::fromStdString(row["resourceGroup"]),
                 id.section(QLatin1Char('/'), 4, 4).toLower());
    }
    // Column order follows the projection.
    QCOMPARE(QString::fromStdString(before[0].items().begin().key()), QStringLiteral("id"));
    // A rule written through ARM shows in Resource Graph too.
    const QString first = QString::fromStdString(before[0]["id"]);
    const json rule = before[0]["properties"]["securityRules"][0];
    json changed = {{"properties", rule["properties"]}};
    changed["properties"]["description"] = "changed through ARM";
    changed["properties"].erase("provisioningState");
    QVERIFY(http.put(first + QLatin1String("/securityRules/") + QString::fromStdString(rule["name"])
                         + QLatin1String("?api-version=2025-05-01"),
                     changed)
                .status
            < 300);
    QTRY_VERIFY(rows()[0]["properties"]["securityRules"][0]["properties"]["description"]
                == "changed through ARM");
}

void TestSandbox::resourceGraphQuota()
{
    SandboxOptions options;
    options.graphQuota = 3;
    options.graphWindowSeconds = 1;
    auto server = startServer(options);
    HttpProbe http(server->baseUrl(), SandboxServer::caCertificate());
    http.signIn();
    const QString path =
        QStringLiteral("/providers/Microsoft.ResourceGraph/resources?api-version=2024-04-01");
    const json body{
        {"query",
         "Resources | where type =~ 'microsoft.network/networksecuritygroups' | project id"}};
    QCOMPARE(http.postJson(path, body).header("x-ms-user-quota-remaining"), QByteArray("2"));
    http.postJson(path, body);
    QCOMPARE(http.postJson(path, body).header("x-ms-user-quota-remaining"), QByteArray("0"));
    const auto throttled = http.postJson(path, body);
    QCOMPARE(throttled.status, 429);
    QVERIFY(throttled.json()["error"]["code"] == "RateLimiting");
    QVERIFY(!throttled.header("Retry-After").isEmpty());
    QTest::qWait(1050);
    QCOMPARE(http.postJson(path, body).status, 200);
    // The stats count the queries charged to the quota (not the one refused) and say the quota,
    // so a bench can work out the floor a scan cannot beat.
    const json stats = http.get(QStringLiteral("/sandbox/stats")).json();
    QCOMPARE(stats["graph_queries"].get<int>(), 4);
    QCOMPARE(stats["graph_quota"].get<int>(), 3);
    QCOMPARE(stats["graph_window_s"].get<int>(), 1);
}

void TestSandbox::faults()
{
    auto server = startServer();
    HttpProbe http(server->baseUrl(), SandboxServer::caCertificate());
    http.signIn();
    const QString list =
        QStringLiteral("/subscriptions/%1/providers/Microsoft.Network/networkSecurityGroups?%2")
            .arg(kMail, kNet);
    auto set = [&](const char *spec) {
        QCOMPARE(http.postJson(QStringLiteral("/sandbox/faults"), {{"faults", spec}}).status, 200);
    };
    set("429=1");
    auto r = http.get(list);
    QCOMPARE(r.status, 429);
    QCOMPARE(r.header("Retry-After"), QByteArray("1"));
    set("5xx=1");
    r = http.get(list);
    QVERIFY(r.status == 500 || r.status == 503);
    QVERIFY(r.json()["error"].contains("code"));
    set("reset=1");
    r = http.get(list);
    QCOMPARE(r.status, 0);
    QVERIFY(r.error != QNetworkReply::NoError);
    set("truncate=1");
    r = http.get(list);
    QVERIFY(r.error != QNetworkReply::NoError || r.json().is_discarded());
    set("malformed=1");
    r = http.get(list);
    QCOMPARE(r.status, 200);
    QVERIFY(r.json().is_discarded());
    set("latency=300");
    r = http.get(list);
    QCOMPARE(r.status, 200);
    QVERIFY(r.elapsedMs >= 290);
    // Sign-in and control endpoints are never faulted.
    set("5xx=1,reset=1");
    QCOMPARE(http.get(QStringLiteral("/devicelogin")).status, 200);
    QCOMPARE(http.get(QStringLiteral("/sandbox/faults")).status, 200);
    set("");
    QCOMPARE(http.get(list).status, 200);
    QCOMPARE(http.postJson(QStringLiteral("/sandbox/faults"), {{"faults", "teapot=1"}}).status,
             400);
}

void TestSandbox::throttleBucket()
{
    SandboxOptions options;
    options.faults = QStringLiteral("throttle");
    auto server = startServer(options);
    HttpProbe http(server->baseUrl(), SandboxServer::caCertificate());
    http.signIn();
    const QString one = QStringLiteral("/subscriptions/%1?api-version=2022-12-01").arg(kMail);
    int ok = 0, lastRemaining = -1;
    HttpProbe::Response r;
    for (int i = 0; i < 300; ++i) {
        r = http.get(one);
        if (r.status != 200)
            break;
        ++ok;
        lastRemaining = r.header("x-ms-ratelimit-remaining-subscription-reads").toInt();
    }
    // 250 in the bucket, plus what trickled in at 25/s while the loop ran.
    QVERIFY2(ok >= 250 && ok < 300, qPrintable(QString::number(ok)));
    QCOMPARE(lastRemaining, 0);
    QCOMPARE(r.status, 429);
    QVERIFY(r.json()["error"]["code"] == "SubscriptionRequestsThrottled");
    QVERIFY(r.header("Retry-After").toInt() >= 1);
    QTest::qWait(1000);
    QCOMPARE(http.get(one).status, 200);
    // Another subscription has its own bucket.
    QCOMPARE(http.get(QStringLiteral("/subscriptions/%1?api-version=2022-12-01").arg(kProd)).status,
             200);
}

void TestSandbox::hostileNextLink()
{
    SandboxOptions options;
    options.pageSize = 2;
    options.faults = QStringLiteral("nextlink-host=evil.example:9");
    auto server = startServer(options);
    HttpProbe http(server->baseUrl(), SandboxServer::caCertificate());
    http.signIn();
    const json page =
        http.get(QStringLiteral(
                     "/subscriptions/%1/providers/Microsoft.Network/networkSecurityGroups?%2")
                     .arg(kMail, kNet))
            .json();
    QVERIFY(QString::fromStdString(page["nextLink"])
                .startsWith(QLatin1String("http://evil.example:9/subscriptions/")));
}

void TestSandbox::faultsAreSeeded()
{
    auto statuses = [](const char *spec) {
        SandboxOptions options;
        options.faults = QString::fromLatin1(spec);
        auto server = startServer(options);
        HttpProbe http(server->baseUrl(), SandboxServer::caCertificate());
        http.signIn();
        QList<int> out;
        for (int i = 0; i < 30; ++i)
            out.append(http.get(QStringLiteral("/tenants?api-version=2022-12-01")).status);
        return out;
    };
    const QList<int> a = statuses("429=0.3,5xx=0.2,seed=7");
    QCOMPARE(statuses("429=0.3,5xx=0.2,seed=7"), a);
    QVERIFY(a.contains(200) && a.contains(429));
    QVERIFY(statuses("429=0.3,5xx=0.2,seed=8") != a);
}

void TestSandbox::requestLog()
{
    auto server = startServer();
    HttpProbe http(server->baseUrl(), SandboxServer::caCertificate());
    http.signIn();
    http.get(QStringLiteral("/tenants?api-version=2022-12-01"));
    const json log = http.get(QStringLiteral("/sandbox/requests")).json()["requests"];
    bool sawTenants = false, sawTokenWithoutBearer = false;
    for (const json &entry : log) {
        if (entry["path"].get<std::string>().rfind("/tenants", 0) == 0) {
            sawTenants = true;
            QVERIFY(entry["bearer"] == true && entry["status"] == 200 && entry["method"] == "GET");
        }
        if (entry["path"] == "/organizations/oauth2/v2.0/token")
            sawTokenWithoutBearer = entry["bearer"] == false;
    }
    QVERIFY(sawTenants && sawTokenWithoutBearer);
    QCOMPARE(http.del(QStringLiteral("/sandbox/requests")).status, 200);
    QCOMPARE(int(http.get(QStringLiteral("/sandbox/requests")).json()["requests"].size()), 0);
}

void TestSandbox::generatedEstate()
{
    SandboxOptions options;
    options.generateSpec = QStringLiteral("tenants=2,subs=4,nsgs=30,rules=12,exposed=0.2,seed=3");
    options.pageSize = 10;
    auto server = startServer(options);
    HttpProbe http(server->baseUrl(), SandboxServer::caCertificate());
    http.signIn();
    QCOMPARE(server->world().tenants().size(), 2);
    const json subs = http.get(QStringLiteral("/subscriptions?api-version=2022-12-01")).json();
    QCOMPARE(int(subs["value"].size()), 2); // two per tenant
    const QString sub = QString::fromStdString(subs["value"][0]["subscriptionId"]);
    int count = 0;
    QString next =
        QStringLiteral("/subscriptions/%1/providers/Microsoft.Network/networkSecurityGroups?%2")
            .arg(sub, kNet);
    while (!next.isEmpty()) {
        const json page = http.get(next).json();
        for (const json &nsg : page["value"]) {
            ++count;
            // Every NSG can be read again by its id.
            if (count % 10 == 1)
                QVERIFY(http.get(QString::fromStdString(nsg["id"]) + QLatin1Char('?') + kNet)
                            .json()["name"]
                        == nsg["name"]);
        }
        next = page.contains("nextLink") ? QString::fromStdString(page["nextLink"]) : QString();
    }
    QCOMPARE(count, 30);
    const json truth = http.get(QStringLiteral("/sandbox/truth")).json();
    QCOMPARE(int(truth["nsgs"].size()), 120);
}

void TestSandbox::tls()
{
    auto server = startServer();
    QVERIFY(server->baseUrl().startsWith(QLatin1String("https://127.0.0.1:")));
    // Without the sandbox CA the handshake fails, as it would against a stranger.
    HttpProbe stranger(server->baseUrl());
    const auto refused = stranger.get(QStringLiteral("/devicelogin"));
    QCOMPARE(refused.status, 0);
    QCOMPARE(refused.error, QNetworkReply::SslHandshakeFailedError);
    QVERIFY(!SandboxServer::caCertificate().isNull());
    QVERIFY(SandboxServer::caCertificate().isSelfSigned());
    HttpProbe http(server->baseUrl(), SandboxServer::caCertificate());
    QVERIFY(http.signIn().contains("access_token"));
    const json nsg = http.get(kMx + QLatin1Char('?') + kNet).json();
    QVERIFY(nsg["name"] == "nsg-mx-inbound");
    // Faults still work over TLS.
    http.postJson(QStringLiteral("/sandbox/faults"), {{"faults", "truncate=1"}});
    const auto cut = http.get(kMx + QLatin1Char('?') + kNet);
    QVERIFY(cut.error != QNetworkReply::NoError || cut.json().is_discarded());
}

void TestSandbox::plainHttp()
{
    // Plain http stays for quick curl use on loopback.
    auto server = startServer({}, Transport::Plain);
    QVERIFY(server->baseUrl().startsWith(QLatin1String("http://127.0.0.1:")));
    HttpProbe http(server->baseUrl());
    QVERIFY(http.signIn().contains("access_token"));
    QCOMPARE(http.get(kMx + QLatin1Char('?') + kNet).status, 200);
}

void TestSandbox::openIdMetadata()
{
    auto server = startServer();
    HttpProbe http(server->baseUrl(), SandboxServer::caCertificate());
    const json common =
        http.get(QStringLiteral("/organizations/v2.0/.well-known/openid-configuration")).json();
    QCOMPARE(QString::fromStdString(common["issuer"]),
             server->baseUrl() + QLatin1String("/{tenantid}/v2.0"));
    QCOMPARE(QString::fromStdString(common["device_authorization_endpoint"]),
             server->baseUrl() + QLatin1String("/organizations/oauth2/v2.0/devicecode"));
    QCOMPARE(QString::fromStdString(common["token_endpoint"]),
             server->baseUrl() + QLatin1String("/organizations/oauth2/v2.0/token"));
    for (const char *key : {"authorization_endpoint", "jwks_uri", "end_session_endpoint"})
        QVERIFY2(common.contains(key), key);
    const json contoso =
        http.get(QStringLiteral("/contoso.onmicrosoft.com/v2.0/.well-known/openid-configuration"))
            .json();
    QCOMPARE(QString::fromStdString(contoso["issuer"]),
             server->baseUrl() + QLatin1Char('/') + kContoso + QLatin1String("/v2.0"));
    QCOMPARE(
        http.get(QStringLiteral("/nowhere.example/v2.0/.well-known/openid-configuration")).status,
        400);
    QVERIFY(
        http.get(QStringLiteral("/organizations/discovery/v2.0/keys")).json()["keys"].is_array());
}

void TestSandbox::instanceDiscoveryNamesTheTenantAskedAbout()
{
    auto server = startServer();
    HttpProbe http(server->baseUrl(), SandboxServer::caCertificate());
    auto discover = [&](const QString &authorize) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("api-version"), QStringLiteral("1.1"));
        query.addQueryItem(QStringLiteral("authorization_endpoint"),
                           QString::fromLatin1(QUrl::toPercentEncoding(authorize)));
        return http.get(QStringLiteral("/common/discovery/instance?")
                        + query.toString(QUrl::FullyEncoded));
    };
    // Every way of naming a tenant gets that tenant's own OpenID document, never /common's.
    for (const QString &tenant : {kFabrikam, kContoso, QStringLiteral("fabrikam.com"),
                                  QStringLiteral("contoso.onmicrosoft.com"),
                                  QStringLiteral("organizations"), QStringLiteral("common")}) {
        const auto answer = discover(server->baseUrl() + QLatin1Char('/') + tenant
                                     + QLatin1String("/oauth2/v2.0/authorize"));
        QCOMPARE(answer.status, 200);
        const QString document = QString::fromStdString(answer.json()["tenant_discovery_endpoint"]);
        QCOMPARE(document,
                 server->baseUrl() + QLatin1Char('/') + tenant
                     + QLatin1String("/v2.0/.well-known/openid-configuration"));
        QVERIFY(answer.json()["metadata"][0]["aliases"].is_array());
        // …and that document leads to the tenant's token endpoint (by id, as Entra ID answers).
        const json openId = http.get(document).json();
        const QString token = QString::fromStdString(openId["token_endpoint"]);
        if (tenant == kFabrikam || tenant == QLatin1String("fabrikam.com"))
            QCOMPARE(token,
                     server->baseUrl() + QLatin1Char('/') + kFabrikam
                         + QLatin1String("/oauth2/v2.0/token"));
        else if (tenant == kContoso || tenant.startsWith(QLatin1String("contoso")))
            QCOMPARE(token,
                     server->baseUrl() + QLatin1Char('/') + kContoso
                         + QLatin1String("/oauth2/v2.0/token"));
        else
            QCOMPARE(token,
                     server->baseUrl() + QLatin1Char('/') + tenant
                         + QLatin1String("/oauth2/v2.0/token"));
    }
    // The v1 authorize endpoint names the v1 document.
    QCOMPARE(QString::fromStdString(discover(server->baseUrl() + QLatin1Char('/') + kFabrikam
                                             + QLatin1String("/oauth2/authorize"))
                                        .json()["tenant_discovery_endpoint"]),
             server->baseUrl() + QLatin1Char('/') + kFabrikam
                 + QLatin1String("/.well-known/openid-configuration"));
    // Another host is not vouched for; a missing endpoint is a bad request.
    const auto foreign =
        discover(QStringLiteral("https://login.example.net/x/oauth2/v2.0/authorize"));
    QCOMPARE(foreign.status, 400);
    QVERIFY(foreign.json()["error"] == "invalid_instance");
    QVERIFY(foreign.json()["error_codes"][0] == 50049);
    const auto missing = http.get(QStringLiteral("/common/discovery/instance?api-version=1.1"));
    QCOMPARE(missing.status, 400);
    QVERIFY(missing.json()["error"] == "invalid_request");
}

void TestSandbox::cloudMetadataWithoutToken()
{
    auto server = startServer();
    HttpProbe http(server->baseUrl(), SandboxServer::caCertificate()); // never signed in
    const QString base = server->baseUrl();
    const auto old = http.get(QStringLiteral("/metadata/endpoints?api-version=2015-01-01"));
    QCOMPARE(old.status, 200);
    const json doc = old.json();
    for (const char *key : {"galleryEndpoint", "graphEndpoint", "portalEndpoint"})
        QVERIFY2(doc[key].is_string(), key);
    QCOMPARE(QString::fromStdString(doc["authentication"]["loginEndpoint"]),
             base + QLatin1String("/"));
    QVERIFY(doc["authentication"]["audiences"][0] == "https://management.core.windows.net/");
    QVERIFY(!doc.contains("cloudEndpoint")); // not in this version's answer
    // 2018-01-01 adds the tenant, the identity provider and cloudEndpoint.
    const json cloud2018 =
        http.get(QStringLiteral("/metadata/endpoints?api-version=2018-01-01")).json();
    QVERIFY(cloud2018["authentication"]["tenant"] == "common");
    QCOMPARE(QString::fromStdString(cloud2018["cloudEndpoint"]["public"]["endpoint"]),
             QUrl(base).authority());
    QVERIFY(cloud2018["cloudEndpoint"]["public"]["locations"].size() >= 1);
    // 2019-05-01 lists clouds; 2022-09-01 is this one, with the fields current clients read.
    const json clouds =
        http.get(QStringLiteral("/metadata/endpoints?api-version=2019-05-01")).json();
    QVERIFY(clouds.is_array() && clouds.size() == 1);
    const json current =
        http.get(QStringLiteral("/metadata/endpoints?api-version=2022-09-01")).json();
    QVERIFY(current.is_object());
    QCOMPARE(QString::fromStdString(current["resourceManager"]), base + QLatin1String("/"));
    QCOMPARE(QString::fromStdString(current["authentication"]["loginEndpoint"]), base);
    QCOMPARE(QString::fromStdString(clouds[0]["name"]), QString::fromStdString(current["name"]));
    for (const char *key : {"graphAudience", "microsoftGraphResourceId", "sqlManagement", "batch",
                            "vmImageAliasDoc", "media", "suffixes"})
        QVERIFY2(current.contains(key), key);
    QCOMPARE(http.get(QStringLiteral("/metadata/endpoints")).status, 400);
    const auto unknown = http.get(QStringLiteral("/metadata/endpoints?api-version=2016-01-01"));
    QCOMPARE(unknown.status, 400);
    QVERIFY(unknown.json()["error"]["code"] == "InvalidApiVersionParameter");
    // The rest of ARM still wants a token.
    QCOMPARE(http.get(QStringLiteral("/subscriptions?api-version=2022-12-01")).status, 401);
}

void TestSandbox::resourceGroups()
{
    SandboxOptions options;
    options.pageSize = 3;
    auto server = startServer(options);
    HttpProbe http(server->baseUrl(), SandboxServer::caCertificate());
    http.signIn(QStringLiteral("reviewer@contoso.com"));
    const QString kRes = QStringLiteral("api-version=2021-04-01");
    // Paged, as ARM pages: Contoso Production's four groups over two pages.
    QStringList names;
    QString next =
        QStringLiteral("/subscriptions/") + kProd + QLatin1String("/resourcegroups?") + kRes;
    int pages = 0;
    while (!next.isEmpty() && pages < 10) {
        const auto page = http.get(next);
        QCOMPARE(page.status, 200);
        const json body = page.json();
        for (const json &group : body["value"]) {
            names.append(QString::fromStdString(group["name"]));
            QVERIFY(group["type"] == "Microsoft.Resources/resourceGroups");
            QCOMPARE(QString::fromStdString(group["id"]),
                     QStringLiteral("/subscriptions/") + kProd + QLatin1String("/resourceGroups/")
                         + names.back());
            QVERIFY(group["location"].is_string());
            QVERIFY(group["properties"]["provisioningState"] == "Succeeded");
        }
        next = QString::fromStdString(body.value("nextLink", std::string()));
        ++pages;
    }
    QCOMPARE(pages, 2);
    QCOMPARE(names,
             QStringList({QStringLiteral("rg-app-prod"), QStringLiteral("rg-data-prod"),
                          QStringLiteral("rg-network-prod"), QStringLiteral("rg-web-prod")}));
    // One by name, in any letter case; a missing one; HEAD as ARM's existence check.
    const auto one = http.get(QStringLiteral("/subscriptions/") + kMail
                              + QLatin1String("/resourceGroups/RG-MAIL-PROD?") + kRes);
    QCOMPARE(one.status, 200);
    QVERIFY(one.json()["name"] == "rg-mail-prod");
    const auto missing = http.get(QStringLiteral("/subscriptions/") + kMail
                                  + QLatin1String("/resourceGroups/rg-nowhere?") + kRes);
    QCOMPARE(missing.status, 404);
    QVERIFY(missing.json()["error"]["code"] == "ResourceGroupNotFound");
    QCOMPARE(http.head(QStringLiteral("/subscriptions/") + kMail
                       + QLatin1String("/resourceGroups/rg-mail-prod?") + kRes)
                 .status,
             204);
    QCOMPARE(http.head(QStringLiteral("/subscriptions/") + kMail
                       + QLatin1String("/resourceGroups/rg-nowhere?") + kRes)
                 .status,
             404);
    // Same permissions as the rest: a Reader on one group of Finance sees that group only,
    // and is refused the others.
    const json finance = http.get(QStringLiteral("/subscriptions/") + kFinance
                                  + QLatin1String("/resourcegroups?") + kRes)
                             .json();
    QCOMPARE(finance["value"].size(), size_t(1));
    QVERIFY(finance["value"][0]["name"] == "rg-finance-reporting");
    const auto refused = http.get(QStringLiteral("/subscriptions/") + kFinance
                                  + QLatin1String("/resourceGroups/rg-finance-app?") + kRes);
    QCOMPARE(refused.status, 403);
    QVERIFY(refused.json()["error"]["code"] == "AuthorizationFailed");
    // No role in the subscription at all: 403 for the list too.
    HttpProbe auditor(server->baseUrl(), SandboxServer::caCertificate());
    auditor.signIn(QStringLiteral("auditor@contoso.com"));
    const auto none = auditor.get(QStringLiteral("/subscriptions/") + kLegacy
                                  + QLatin1String("/resourcegroups?") + kRes);
    QCOMPARE(none.status, 403);
    QVERIFY(none.json()["error"]["code"] == "AuthorizationFailed");
    QCOMPARE(http.del(QStringLiteral("/subscriptions/") + kMail
                      + QLatin1String("/resourceGroups/rg-mail-prod?") + kRes)
                 .status,
             405);
}

void TestSandbox::operationResultsAnswerLikeLocation()
{
    SandboxOptions options;
    options.operationMilliseconds = 300;
    auto server = startServer(options);
    HttpProbe http(server->baseUrl(), SandboxServer::caCertificate());
    http.signIn();
    const QString rule = kMx + QStringLiteral("/securityRules/Allow-SMTP-Internet?") + kNet;
    // A delete names its status monitor and its result apart, as Microsoft.Network does.
    const auto deleted = http.del(rule);
    QCOMPARE(deleted.status, 202);
    const QByteArray monitor = deleted.header("Azure-AsyncOperation");
    const QByteArray result = deleted.header("Location");
    QVERIFY2(monitor.contains("/providers/Microsoft.Network/locations/westeurope/operations/"),
             monitor.constData());
    QVERIFY2(result.contains("/providers/Microsoft.Network/locations/westeurope/operationResults/"),
             result.constData());
    const auto operationId = [](const QByteArray &url) {
        return QString::fromLatin1(url)
            .section(QLatin1Char('/'), -1)
            .section(QLatin1Char('?'), 0, 0);
    };
    QCOMPARE(operationId(monitor), operationId(result));
    const auto running = http.get(QString::fromLatin1(result));
    QCOMPARE(running.status, 202);
    QVERIFY(!running.header("Location").isEmpty());
    QVERIFY(!running.header("Retry-After").isEmpty());
    QTest::qWait(350);
    const auto done = http.get(QString::fromLatin1(result));
    QCOMPARE(done.status, 204);
    QVERIFY(done.body.isEmpty());

    // Under location-only, a PUT answers 202 with a Location only; its result is the rule.
    http.postJson(QStringLiteral("/sandbox/faults"), {{"faults", "location-only"}});
    const auto put = http.put(rule, ruleBody());
    QCOMPARE(put.status, 202);
    QVERIFY(put.header("Azure-AsyncOperation").isEmpty());
    const QByteArray location = put.header("Location");
    QVERIFY(location.contains("/operationResults/"));
    QCOMPARE(http.get(QString::fromLatin1(location)).status, 202);
    QTest::qWait(350);
    const auto created = http.get(QString::fromLatin1(location));
    QCOMPARE(created.status, 200);
    QVERIFY(created.json()["name"] == "Allow-SMTP-Internet");
    QVERIFY(created.json()["properties"]["sourceAddressPrefix"] == "203.0.113.0/28");
    QVERIFY(created.json()["properties"]["provisioningState"] == "Succeeded");

    // A failed operation's result is its error.
    http.postJson(QStringLiteral("/sandbox/faults"), {{"faults", "location-only,fail-writes"}});
    const auto failing = http.put(rule, ruleBody("198.51.100.0/28"));
    QCOMPARE(failing.status, 202);
    QTest::qWait(350);
    const auto failed = http.get(QString::fromLatin1(failing.header("Location")));
    QCOMPARE(failed.status, 500);
    QVERIFY(failed.json()["error"]["message"].get<std::string>().find("network resource provider")
            != std::string::npos);
    QCOMPARE(http.get(QString::fromLatin1(failing.header("Location"))
                          .replace(QLatin1String("operationResults/"),
                                   QLatin1String("operationResults/x")))
                 .status,
             404);
}

QTEST_GUILESS_MAIN(TestSandbox)
#include "tst_sandbox.moc"
