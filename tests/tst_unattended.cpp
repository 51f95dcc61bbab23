// SPDX-License-Identifier: MIT
// Unattended sign-in (--auth): a service principal with a secret or a certificate, a managed
// identity, the Azure CLI's token — each against the sandbox, first as the azure layer's
// credentials, then end to end through `nsg-auditor scan`; and every way it can go wrong, each a
// clear one-line error and exit 2 that never echoes a secret. No request here goes to
// 169.254.169.254: the managed identity endpoints are always pointed at the sandbox.
#include "sandboxfixture.h"

#include "azure/clientassertion.h"
#include "azure/credential.h"
#include "azure/oauth.h"
#include "azure/session.h"
#include "azure/tokenprovider.h"

#include <QFile>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace nsg;
using namespace nsg::azure;
using nsg::test::SandboxFixture;
using json = nlohmann::json;

namespace {

const QString kAuthData = QStringLiteral(NSG_SOURCE_DIR "/tests/data/auth");
const QString kAppId = QStringLiteral("6e0c7a3f-2b1d-4c8e-9f5a-0d4b8e2c7a16");
const QString kSecret = QStringLiteral("sandbox-only-nightly-secret");
const QString kUserAssigned = QStringLiteral("c4a6e8b0-6a8e-4c3d-d4f0-5b9c1e3a7d50");
const QString kSystemAssigned = QStringLiteral("8b3d5f7a-4e6c-4a1b-b2d8-3f7a9c1e5b38");
const QString kCa = QStringLiteral(NSG_SOURCE_DIR "/resources/sandbox/ca.pem");

CredentialOptions servicePrincipal()
{
    CredentialOptions o;
    o.kind = CredentialOptions::Kind::ServicePrincipal;
    o.tenantId = QString::fromLatin1(SandboxFixture::kContoso);
    o.clientId = kAppId;
    return o;
}

// The token (or error) a credential gets for a tenant.
TokenReply tokenFrom(Credential &credential, const QString &tenant = QString())
{
    std::optional<TokenReply> answer;
    credential.requestToken(tenant, [&answer](const TokenReply &r) { answer = r; });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, 20000))
        return OAuthError{0, QStringLiteral("test_timeout"), QStringLiteral("no answer"), {}};
    return *answer;
}

QString errorOf(const TokenReply &r)
{
    const auto *e = std::get_if<OAuthError>(&r);
    return e ? e->toString() : QString();
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestUnattended final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    // The azure layer against an in-process sandbox.
    void clientSecret();
    void certificate_data();
    void certificate();
    void badCertificateFiles_data();
    void badCertificateFiles();
    void sandboxChecksAssertions_data();
    void sandboxChecksAssertions();
    void managedIdentity();
    void tokenProviderUsesTheCredentialPerTenant();
    void azureCliOutput_data();
    void azureCliOutput();
    void azureCliThatHangsIsKilled();
    void environmentNamesWhatIsMissing_data();
    void environmentNamesWhatIsMissing();

    // End to end: nsg-auditor scan --auth … against a sandbox process.
    void scanSignsInEachWay_data();
    void scanSignsInEachWay();
    void scanRefusesClearly_data();
    void scanRefusesClearly();

private:
    Run scan(const QStringList &arguments, const QProcessEnvironment &env);
    QProcessEnvironment baseEnvironment() const;

    QTemporaryDir m_dir;
    QProcess m_sandbox;
    QString m_sandboxUrl;
};

void TestUnattended::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The end-to-end half: a sandbox of its own, in another process (the scans block).
    m_sandbox.setProgram(QStringLiteral(NSG_AUDITOR_BIN));
    m_sandbox.setArguments({QStringLiteral("sandbox"), QStringLiteral("--tls"),
                            QStringLiteral("--poll-interval"), QStringLiteral("0")});
    m_sandbox.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_sandbox.start();
    QVERIFY(m_sandbox.waitForStarted(10000));
    QVERIFY(QTest::qWaitFor([this] { return m_sandbox.canReadLine(); }, 20000));
    m_sandboxUrl = QString::fromUtf8(m_sandbox.readLine()).trimmed();
    QVERIFY2(m_sandboxUrl.startsWith(QLatin1String("https://127.0.0.1:")),
             qPrintable(m_sandboxUrl));
    // A fake az on PATH (tests/data/auth/fake-az), as `az`.
    QVERIFY(
        QFile::link(kAuthData + QStringLiteral("/fake-az"), m_dir.filePath(QStringLiteral("az"))));
}

void TestUnattended::cleanupTestCase()
{
    m_sandbox.kill();
    m_sandbox.waitForFinished(5000);
}

void TestUnattended::clientSecret()
{
    SandboxFixture sandbox;
    CredentialOptions o = servicePrincipal();
    o.clientSecret = kSecret;
    const auto credential = Credential::create(o, &sandbox.network(), sandbox.environment());
    const TokenReply answer = tokenFrom(*credential);
    const auto *t = std::get_if<TokenResponse>(&answer);
    QVERIFY2(t, qPrintable(errorOf(answer)));
    QVERIFY(t->expiresIn > 0);
    QVERIFY(t->refreshToken.isEmpty()); // client credentials: no refresh token
    // Who it is, from the app token's claims.
    QCOMPARE(t->account.username, kAppId);
    QCOMPARE(t->account.displayName, QStringLiteral("nsg-auditor-nightly"));
    QCOMPARE(t->account.tenantId, QString::fromLatin1(SandboxFixture::kContoso));

    // The token opens Resource Manager: the service principal's subscriptions (Reader on four).
    QNetworkRequest request(
        QUrl(sandbox.baseUrl() + QStringLiteral("/subscriptions?api-version=2022-12-01")));
    request.setSslConfiguration(sandbox.environment().sslConfiguration());
    request.setRawHeader("Authorization", "Bearer " + t->accessToken.toLatin1());
    QNetworkReply *reply = sandbox.network().get(request);
    QVERIFY(QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    const json subscriptions = json::parse(reply->readAll().toStdString());
    QCOMPARE(int(subscriptions["value"].size()), 4);
    reply->deleteLater();

    // A wrong secret: Entra's invalid_client, and the secret is not in the message.
    o.clientSecret = QStringLiteral("not-the-secret-4711");
    const auto wrong = Credential::create(o, &sandbox.network(), sandbox.environment());
    const QString error = errorOf(tokenFrom(*wrong));
    QVERIFY2(error.startsWith(QLatin1String("invalid_client: AADSTS7000215")), qPrintable(error));
    QVERIFY(!error.contains(QLatin1String("not-the-secret-4711")));

    // An app the tenant does not know.
    o.clientSecret = kSecret;
    o.clientId = QStringLiteral("00000000-0000-0000-0000-000000000001");
    const auto unknown = Credential::create(o, &sandbox.network(), sandbox.environment());
    QVERIFY(errorOf(tokenFrom(*unknown))
                .startsWith(QLatin1String("unauthorized_client: AADSTS700016")));
}

void TestUnattended::certificate_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("password");
    QTest::newRow("PEM, certificate and key") << QStringLiteral("nightly-scan.pem") << QString();
    QTest::newRow("PKCS#12 with its password")
        << QStringLiteral("nightly-scan.pfx") << QStringLiteral("test-only-password");
}

void TestUnattended::certificate()
{
    QFETCH(QString, file);
    QFETCH(QString, password);
    SandboxFixture sandbox;
    CredentialOptions o = servicePrincipal();
    o.certificatePath = kAuthData + QLatin1Char('/') + file;
    o.certificatePassword = password;
    const auto credential = Credential::create(o, &sandbox.network(), sandbox.environment());
    const TokenReply answer = tokenFrom(*credential);
    QVERIFY2(std::holds_alternative<TokenResponse>(answer), qPrintable(errorOf(answer)));
    QCOMPARE(std::get<TokenResponse>(answer).account.username, kAppId);
    // The grant carried an assertion, not a secret.
    bool assertionGrant = false;
    for (const json &r : sandbox.requests())
        assertionGrant = assertionGrant
            || (r.value("grant_type", std::string()) == "client_credentials" && r["status"] == 200);
    QVERIFY(assertionGrant);
}

void TestUnattended::badCertificateFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("message");
    QTest::newRow("certificate without its key")
        << QStringLiteral("nightly-scan.crt") << QString() << QStringLiteral("no private key");
    QTest::newRow("PKCS#12, wrong password")
        << QStringLiteral("nightly-scan.pfx") << QStringLiteral("guess")
        << QStringLiteral("wrong password");
    QTest::newRow("missing file") << QStringLiteral("absent.pem") << QString()
                                  << QStringLiteral("cannot read the certificate");
    QTest::newRow("not a certificate")
        << QStringLiteral("fake-az") << QString() << QStringLiteral("not a certificate file");
    QTest::newRow("a certificate the app does not have")
        << QStringLiteral("unregistered.pem") << QString()
        << QStringLiteral("AADSTS700027: The certificate with identifier used to sign the client "
                          "assertion is not registered");
}

void TestUnattended::badCertificateFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, password);
    QFETCH(QString, message);
    SandboxFixture sandbox;
    CredentialOptions o = servicePrincipal();
    o.certificatePath = kAuthData + QLatin1Char('/') + file;
    o.certificatePassword = password;
    const auto credential = Credential::create(o, &sandbox.network(), sandbox.environment());
    const QString error = errorOf(tokenFrom(*credential));
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY(!error.contains(QLatin1String("PRIVATE KEY")));
    QVERIFY(password.isEmpty() || !error.contains(password));
}

// The sandbox checks what Entra ID checks of a client assertion: its audience (this tenant's token
// endpoint), its time, its signature and who it names.
void TestUnattended::sandboxChecksAssertions_data()
{
    QTest::addColumn<QString>("audienceTenant"); // empty: the right one
    QTest::addColumn<int>("ageSeconds");
    QTest::addColumn<QString>("issuer");
    QTest::addColumn<bool>("tamper");
    QTest::addColumn<QString>("code");
    QTest::newRow("good") << QString() << 0 << QString() << false << QString();
    QTest::newRow("expired") << QString() << 3600 << QString() << false
                             << QStringLiteral("AADSTS700024");
    QTest::newRow("foreign audience") << QString::fromLatin1(SandboxFixture::kFabrikam) << 0
                                      << QString() << false << QStringLiteral("AADSTS700021");
    QTest::newRow("another app's name")
        << QString() << 0 << QStringLiteral("11111111-2222-3333-4444-555555555555") << false
        << QStringLiteral("AADSTS700023");
    QTest::newRow("signature does not match")
        << QString() << 0 << QString() << true << QStringLiteral("AADSTS700027");
}

void TestUnattended::sandboxChecksAssertions()
{
    QFETCH(QString, audienceTenant);
    QFETCH(int, ageSeconds);
    QFETCH(QString, issuer);
    QFETCH(bool, tamper);
    QFETCH(QString, code);
    SandboxFixture sandbox;
    const QString contoso = QString::fromLatin1(SandboxFixture::kContoso);
    const QUrl tokenUrl = sandbox.environment().loginUrl(contoso, QStringLiteral("token"));
    const QString audience = audienceTenant.isEmpty()
        ? tokenUrl.toString()
        : sandbox.environment().loginUrl(audienceTenant, QStringLiteral("token")).toString();
    QString error;
    const std::optional<QByteArray> assertion = clientassertion::sign(
        kAuthData + QStringLiteral("/nightly-scan.pem"), QString(),
        clientassertion::Claims{issuer.isEmpty() ? kAppId : issuer, audience,
                                QDateTime::currentDateTimeUtc().addSecs(-ageSeconds), 600},
        &error);
    QVERIFY2(assertion, qPrintable(error));
    QByteArray sent = *assertion;
    if (tamper) {
        const qsizetype at = sent.lastIndexOf('.') + 5;
        sent[at] = sent.at(at) == 'A' ? 'B' : 'A';
    }
    QNetworkReply *reply = sandbox.network().post(
        oauth::loginRequest(sandbox.environment(), tokenUrl),
        oauth::formBody({{QStringLiteral("client_id"), kAppId},
                         {QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                         {QStringLiteral("scope"), sandbox.environment().armScope()},
                         {QStringLiteral("client_assertion_type"),
                          QStringLiteral("urn:ietf:params:oauth:client-assertion-type:jwt-bearer")},
                         {QStringLiteral("client_assertion"), QString::fromLatin1(sent)}}));
    QVERIFY(QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000));
    const TokenReply answer = oauth::readTokenReply(reply);
    reply->deleteLater();
    if (code.isEmpty()) {
        QVERIFY2(std::holds_alternative<TokenResponse>(answer), qPrintable(errorOf(answer)));
        return;
    }
    const auto *e = std::get_if<OAuthError>(&answer);
    QVERIFY(e);
    QCOMPARE(e->httpStatus, 401);
    QCOMPARE(e->error, QStringLiteral("invalid_client"));
    QVERIFY2(e->description.startsWith(code), qPrintable(e->description));
}

void TestUnattended::managedIdentity()
{
    SandboxFixture sandbox;
    // The instance metadata service, at the sandbox (AZURE_POD_IDENTITY_AUTHORITY_HOST).
    CredentialOptions o;
    o.kind = CredentialOptions::Kind::ManagedIdentity;
    o.imdsAuthorityHost = sandbox.baseUrl();
    const auto system = Credential::create(o, &sandbox.network(), sandbox.environment());
    const TokenReply answer = tokenFrom(*system);
    QVERIFY2(std::holds_alternative<TokenResponse>(answer), qPrintable(errorOf(answer)));
    QCOMPARE(std::get<TokenResponse>(answer).account.username, kSystemAssigned);
    QCOMPARE(std::get<TokenResponse>(answer).account.tenantId,
             QString::fromLatin1(SandboxFixture::kContoso));
    QVERIFY(std::get<TokenResponse>(answer).expiresIn > 3000); // from the string expires_in

    // App Service's endpoint with its header, a user-assigned identity by client id.
    o.identityEndpoint = sandbox.baseUrl() + QStringLiteral("/msi/token");
    o.identityHeader = QStringLiteral("sandbox-identity-header");
    o.clientId = kUserAssigned;
    const auto user = Credential::create(o, &sandbox.network(), sandbox.environment());
    const TokenReply userAnswer = tokenFrom(*user);
    QVERIFY2(std::holds_alternative<TokenResponse>(userAnswer), qPrintable(errorOf(userAnswer)));
    QCOMPARE(std::get<TokenResponse>(userAnswer).account.username, kUserAssigned);
    QVERIFY(std::get<TokenResponse>(userAnswer).expiresIn > 3000); // from expires_on

    // The requests went where they were pointed, with the headers the platform documents.
    int imds = 0;
    int appService = 0;
    for (const json &r : sandbox.requests()) {
        const std::string path = r["path"];
        imds += path.rfind("/metadata/identity/oauth2/token", 0) == 0 && r["status"] == 200;
        appService += path.rfind("/msi/token", 0) == 0 && r["status"] == 200;
    }
    QCOMPARE(imds, 1);
    QCOMPARE(appService, 1);

    // A wrong header, an identity the machine does not have.
    o.identityHeader = QStringLiteral("guess");
    const auto wrongHeader = Credential::create(o, &sandbox.network(), sandbox.environment());
    QVERIFY2(errorOf(tokenFrom(*wrongHeader)).contains(QLatin1String("HTTP 401: Unauthorized")),
             qPrintable(errorOf(tokenFrom(*wrongHeader))));
    o.identityEndpoint.clear();
    o.clientId = QStringLiteral("99999999-0000-0000-0000-000000000000");
    const auto missing = Credential::create(o, &sandbox.network(), sandbox.environment());
    QVERIFY(errorOf(tokenFrom(*missing)).contains(QLatin1String("Identity not found")));
}

// Signed in with a secret, the token provider asks the credential for each tenant once, and a
// refusal in one tenant does not repeat.
void TestUnattended::tokenProviderUsesTheCredentialPerTenant()
{
    SandboxFixture sandbox;
    CredentialOptions o = servicePrincipal();
    o.clientSecret = kSecret;
    Session session(&sandbox.network(), sandbox.environment(), nullptr);
    QSignalSpy signedIn(&session, &Session::signedIn);
    QSignalSpy failed(&session, &Session::signInFailed);
    session.signInWith(Credential::create(o, &sandbox.network(), sandbox.environment()), QString());
    QVERIFY(signedIn.wait(10000));
    QVERIFY(session.isSignedIn());
    QVERIFY(!session.isPersisted());
    QVERIFY(session.storageNote().isEmpty());
    QCOMPARE(session.account().homeTenantId, QString::fromLatin1(SandboxFixture::kContoso));

    // Contoso: seeded by the sign-in, no second grant. Fabrikam: the app is not there.
    const auto grants = [&sandbox] {
        int n = 0;
        for (const json &r : sandbox.requests())
            n += r.value("grant_type", std::string()) == "client_credentials";
        return n;
    };
    QCOMPARE(grants(), 1);
    bool done = false;
    AccessToken token;
    session.tokens()->token(QString::fromLatin1(SandboxFixture::kContoso), this,
                            [&](const AccessToken &t, const AuthFailure &) {
                                token = t;
                                done = true;
                            });
    QVERIFY(done && !token.isNull());
    AuthFailure refusal;
    done = false;
    session.tokens()->token(QString::fromLatin1(SandboxFixture::kFabrikam), this,
                            [&](const AccessToken &, const AuthFailure &f) {
                                refusal = f;
                                done = true;
                            });
    QVERIFY(QTest::qWaitFor([&] { return done; }, 10000));
    QVERIFY2(refusal.message.contains(QLatin1String("AADSTS700016")), qPrintable(refusal.message));
    QCOMPARE(grants(), 2);
    done = false;
    session.tokens()->token(QString::fromLatin1(SandboxFixture::kFabrikam), this,
                            [&](const AccessToken &, const AuthFailure &) { done = true; });
    QVERIFY(done); // at once, from the failure kept
    QCOMPARE(grants(), 2);

    session.signOut();
    QVERIFY(!session.isSignedIn());
    QCOMPARE(failed.count(), 0);
}

void TestUnattended::azureCliOutput_data()
{
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("out");
    QTest::addColumn<QByteArray>("err");
    QTest::addColumn<QString>("message"); // empty: a token
    const QByteArray future = QByteArray::number(QDateTime::currentSecsSinceEpoch() + 1800);
    QTest::newRow("token") << 0
                           << QByteArray("{\"accessToken\": \"abc\", \"expires_on\": " + future
                                         + ", \"tenant\": \"t1\", \"tokenType\": \"Bearer\"}")
                           << QByteArray() << QString();
    QTest::newRow("garbage") << 0 << QByteArray("Welcome!\n{oops") << QByteArray()
                             << QStringLiteral("not its token answer");
    QTest::newRow("no token") << 0 << QByteArray("{\"expires_on\": " + future + "}") << QByteArray()
                              << QStringLiteral("not its token answer");
    QTest::newRow("expired") << 0 << QByteArray("{\"accessToken\": \"abc\", \"expires_on\": 1000}")
                             << QByteArray() << QStringLiteral("no expiry in the future");
    QTest::newRow("not signed in")
        << 1 << QByteArray() << QByteArray("\nERROR: Please run 'az login' to setup account.\n")
        << QStringLiteral("exited with 1: ERROR: Please run 'az login'");
}

void TestUnattended::azureCliOutput()
{
    QFETCH(int, exitCode);
    QFETCH(QByteArray, out);
    QFETCH(QByteArray, err);
    QFETCH(QString, message);
    const TokenReply r = AzureCliCredential::parseOutput(exitCode, out, err);
    if (message.isEmpty()) {
        QVERIFY2(std::holds_alternative<TokenResponse>(r), qPrintable(errorOf(r)));
        QCOMPARE(std::get<TokenResponse>(r).accessToken, QStringLiteral("abc"));
        QCOMPARE(std::get<TokenResponse>(r).account.tenantId, QStringLiteral("t1"));
        QVERIFY(std::get<TokenResponse>(r).expiresIn > 1700);
        return;
    }
    QVERIFY2(errorOf(r).contains(message), qPrintable(errorOf(r)));
    QVERIFY(!errorOf(r).contains(QLatin1String("oops"))); // what it printed is not echoed
}

void TestUnattended::azureCliThatHangsIsKilled()
{
    SandboxFixture sandbox;
    CredentialOptions o;
    o.kind = CredentialOptions::Kind::AzureCli;
    o.azureCliProgram = kAuthData + QStringLiteral("/fake-az");
    o.azureCliTimeoutMs = 700;
    qputenv("FAKE_AZ_MODE", "hang");
    const QString log = m_dir.filePath(QStringLiteral("hang.log"));
    qputenv("FAKE_AZ_LOG", log.toLocal8Bit());
    const auto credential = Credential::create(o, &sandbox.network(), sandbox.environment());
    QElapsedTimer clock;
    clock.start();
    const QString error = errorOf(tokenFrom(*credential, QStringLiteral("t-1")));
    qunsetenv("FAKE_AZ_MODE");
    qunsetenv("FAKE_AZ_LOG");
    QVERIFY2(error.startsWith(QLatin1String("azure_cli_timeout")), qPrintable(error));
    QVERIFY(clock.elapsed() < 10000);
    // It was asked the documented question, for the tenant.
    QFile file(log);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const json args = json::parse(file.readLine().toStdString());
    const json expected = {
        "account", "get-access-token", "--resource", "https://management.azure.com/", "--output",
        "json",    "--tenant",         "t-1"};
    QVERIFY2(args == expected, args.dump().c_str());
    // No fake az left running.
    QProcess pgrep;
    pgrep.start(QStringLiteral("pgrep"),
                {QStringLiteral("-f"), kAuthData + QStringLiteral("/fake-az")});
    pgrep.waitForFinished(5000);
    QVERIFY2(pgrep.readAllStandardOutput().trimmed().isEmpty(), "the hanging az was not killed");

    // An az that is not there.
    o.azureCliProgram = m_dir.filePath(QStringLiteral("no-such-az"));
    const auto missing = Credential::create(o, &sandbox.network(), sandbox.environment());
    QVERIFY(errorOf(tokenFrom(*missing)).startsWith(QLatin1String("azure_cli_missing")));
}

void TestUnattended::environmentNamesWhatIsMissing_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QStringList>("variables"); // NAME=VALUE
    QTest::addColumn<QString>("message"); // empty: fine
    QTest::newRow("secret") << QStringLiteral("service-principal")
                            << QStringList{QStringLiteral("AZURE_TENANT_ID=t"),
                                           QStringLiteral("AZURE_CLIENT_ID=c"),
                                           QStringLiteral("AZURE_CLIENT_SECRET=s")}
                            << QString();
    QTest::newRow("no tenant") << QStringLiteral("service-principal")
                               << QStringList{QStringLiteral("AZURE_CLIENT_ID=c"),
                                              QStringLiteral("AZURE_CLIENT_SECRET=s")}
                               << QStringLiteral("needs AZURE_TENANT_ID and AZURE_CLIENT_ID");
    QTest::newRow("neither secret nor certificate")
        << QStringLiteral("service-principal")
        << QStringList{QStringLiteral("AZURE_TENANT_ID=t"), QStringLiteral("AZURE_CLIENT_ID=c")}
        << QStringLiteral("needs AZURE_CLIENT_SECRET or AZURE_CLIENT_CERTIFICATE_PATH");
    QTest::newRow("both") << QStringLiteral("service-principal")
                          << QStringList{QStringLiteral("AZURE_TENANT_ID=t"),
                                         QStringLiteral("AZURE_CLIENT_ID=c"),
                                         QStringLiteral("AZURE_CLIENT_SECRET=s"),
                                         QStringLiteral("AZURE_CLIENT_CERTIFICATE_PATH=p")}
                          << QStringLiteral("both AZURE_CLIENT_SECRET and");
    QTest::newRow("identity endpoint without header")
        << QStringLiteral("managed-identity")
        << QStringList{QStringLiteral("IDENTITY_ENDPOINT=http://127.0.0.1:1/msi/token")}
        << QStringLiteral("IDENTITY_ENDPOINT and IDENTITY_HEADER go together");
    QTest::newRow("az timeout") << QStringLiteral("azure-cli")
                                << QStringList{QStringLiteral("NSG_AUDITOR_AZ_TIMEOUT=soon")}
                                << QStringLiteral("NSG_AUDITOR_AZ_TIMEOUT must be seconds");
}

void TestUnattended::environmentNamesWhatIsMissing()
{
    QFETCH(QString, kind);
    QFETCH(QStringList, variables);
    QFETCH(QString, message);
    const QStringList all{
        QStringLiteral("AZURE_TENANT_ID"),       QStringLiteral("AZURE_CLIENT_ID"),
        QStringLiteral("AZURE_CLIENT_SECRET"),   QStringLiteral("AZURE_CLIENT_CERTIFICATE_PATH"),
        QStringLiteral("IDENTITY_ENDPOINT"),     QStringLiteral("IDENTITY_HEADER"),
        QStringLiteral("NSG_AUDITOR_AZ_TIMEOUT")};
    for (const QString &name : all)
        qunsetenv(name.toLatin1().constData());
    for (const QString &v : variables)
        qputenv(v.section(u'=', 0, 0).toLatin1().constData(), v.section(u'=', 1).toLocal8Bit());
    QString error;
    const std::optional<CredentialOptions> o =
        CredentialOptions::fromEnvironment(*CredentialOptions::kindNamed(kind), &error);
    for (const QString &name : all)
        qunsetenv(name.toLatin1().constData());
    if (message.isEmpty()) {
        QVERIFY2(o, qPrintable(error));
        QCOMPARE(o->clientSecret, QStringLiteral("s"));
        return;
    }
    QVERIFY(!o);
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY(!error.contains(QLatin1Char('\n')));
}

QProcessEnvironment TestUnattended::baseEnvironment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"AZURE_TENANT_ID", "AZURE_CLIENT_ID", "AZURE_CLIENT_SECRET",
                             "AZURE_CLIENT_CERTIFICATE_PATH", "AZURE_CLIENT_CERTIFICATE_PASSWORD",
                             "IDENTITY_ENDPOINT", "IDENTITY_HEADER", "MSI_ENDPOINT", "MSI_SECRET"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    // Never the real metadata service: the sandbox stands for it.
    env.insert(QStringLiteral("AZURE_POD_IDENTITY_AUTHORITY_HOST"), m_sandboxUrl);
    env.insert(QStringLiteral("PATH"),
               m_dir.path() + QLatin1Char(':') + env.value(QStringLiteral("PATH")));
    env.insert(QStringLiteral("FAKE_AZ_SANDBOX"), m_sandboxUrl);
    env.insert(QStringLiteral("FAKE_AZ_CA"), kCa);
    env.insert(QStringLiteral("FAKE_AZ_CLIENT_ID"), kAppId);
    env.insert(QStringLiteral("FAKE_AZ_CLIENT_SECRET"), kSecret);
    env.insert(QStringLiteral("FAKE_AZ_TENANT"), QString::fromLatin1(SandboxFixture::kContoso));
    return env;
}

Run TestUnattended::scan(const QStringList &arguments, const QProcessEnvironment &env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(NSG_AUDITOR_BIN),
            QStringList{QStringLiteral("scan"), QStringLiteral("--sandbox-url"), m_sandboxUrl}
                + arguments);
    if (!p.waitForFinished(60000))
        qFatal("nsg-auditor did not finish");
    return Run{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
               QString::fromUtf8(p.readAllStandardOutput()),
               QString::fromUtf8(p.readAllStandardError())};
}

void TestUnattended::scanSignsInEachWay_data()
{
    QTest::addColumn<QString>("auth");
    QTest::addColumn<QStringList>("variables");
    QTest::addColumn<QString>("account");
    const QString tenant =
        QStringLiteral("AZURE_TENANT_ID=") + QString::fromLatin1(SandboxFixture::kContoso);
    const QString client = QStringLiteral("AZURE_CLIENT_ID=") + kAppId;
    QTest::newRow("service principal, secret")
        << QStringLiteral("service-principal")
        << QStringList{tenant, client, QStringLiteral("AZURE_CLIENT_SECRET=") + kSecret} << kAppId;
    QTest::newRow("service principal, certificate")
        << QStringLiteral("service-principal")
        << QStringList{tenant, client,
                       QStringLiteral("AZURE_CLIENT_CERTIFICATE_PATH=") + kAuthData
                           + QStringLiteral("/nightly-scan.pem")}
        << kAppId;
    QTest::newRow("managed identity, metadata service")
        << QStringLiteral("managed-identity") << QStringList{} << kSystemAssigned;
    QTest::newRow("managed identity, App Service, user-assigned")
        << QStringLiteral("managed-identity")
        << QStringList{QStringLiteral("AZURE_CLIENT_ID=") + kUserAssigned,
                       QStringLiteral("IDENTITY_ENDPOINT=") + m_sandboxUrl
                           + QStringLiteral("/msi/token"),
                       QStringLiteral("IDENTITY_HEADER=sandbox-identity-header")}
        << kUserAssigned;
    QTest::newRow("Azure CLI") << QStringLiteral("azure-cli") << QStringList{} << kAppId;
}

void TestUnattended::scanSignsInEachWay()
{
    QFETCH(QString, auth);
    QFETCH(QStringList, variables);
    QFETCH(QString, account);
    QProcessEnvironment env = baseEnvironment();
    for (const QString &v : variables)
        env.insert(v.section(u'=', 0, 0), v.section(u'=', 1));
    const QString report = m_dir.filePath(QStringLiteral("unattended.json"));
    const QString history = m_dir.filePath(QStringLiteral("unattended.sqlite"));
    const Run r = scan({QStringLiteral("--auth"), auth, QStringLiteral("--json"), report,
                        QStringLiteral("--history"), history, QStringLiteral("-q")},
                       env);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("Signed in as ")) && r.err.contains(account),
             qPrintable(r.err));
    QVERIFY(!r.err.contains(QLatin1String("devicelogin"))); // no person was asked
    QFile file(report);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const json doc = json::parse(bytes.toStdString());
    QCOMPARE(QString::fromStdString(doc["report"]["account"].get<std::string>()), account);
    QVERIFY(doc["summary"]["nsgs"].get<int>() > 0);
    QVERIFY2(doc["errors"].empty(), doc["errors"].dump().c_str());
    // No secret in the report or the history.
    QFile kept(history);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    const QByteArray stored = kept.readAll();
    QVERIFY(!bytes.contains(kSecret.toLatin1()) && !stored.contains(kSecret.toLatin1()));
    QVERIFY(!r.err.contains(kSecret));
}

void TestUnattended::scanRefusesClearly_data()
{
    QTest::addColumn<QString>("auth");
    QTest::addColumn<QStringList>("variables");
    QTest::addColumn<QString>("message");
    const QString tenant =
        QStringLiteral("AZURE_TENANT_ID=") + QString::fromLatin1(SandboxFixture::kContoso);
    const QString client = QStringLiteral("AZURE_CLIENT_ID=") + kAppId;
    QTest::newRow("wrong secret")
        << QStringLiteral("service-principal")
        << QStringList{tenant, client, QStringLiteral("AZURE_CLIENT_SECRET=hunter2-wrong")}
        << QStringLiteral("AADSTS7000215: Invalid client secret");
    QTest::newRow("certificate without its key")
        << QStringLiteral("service-principal")
        << QStringList{tenant, client,
                       QStringLiteral("AZURE_CLIENT_CERTIFICATE_PATH=") + kAuthData
                           + QStringLiteral("/nightly-scan.crt")}
        << QStringLiteral("holds a certificate but no private key");
    QTest::newRow("PKCS#12, wrong password")
        << QStringLiteral("service-principal")
        << QStringList{tenant, client,
                       QStringLiteral("AZURE_CLIENT_CERTIFICATE_PATH=") + kAuthData
                           + QStringLiteral("/nightly-scan.pfx"),
                       QStringLiteral("AZURE_CLIENT_CERTIFICATE_PASSWORD=hunter2-wrong")}
        << QStringLiteral("wrong password");
    QTest::newRow("missing variables") << QStringLiteral("service-principal") << QStringList{client}
                                       << QStringLiteral("needs AZURE_TENANT_ID");
    QTest::newRow("az hangs") << QStringLiteral("azure-cli")
                              << QStringList{QStringLiteral("FAKE_AZ_MODE=hang"),
                                             QStringLiteral("NSG_AUDITOR_AZ_TIMEOUT=1")}
                              << QStringLiteral("did not answer within 1 s");
    QTest::newRow("az prints garbage")
        << QStringLiteral("azure-cli") << QStringList{QStringLiteral("FAKE_AZ_MODE=garbage")}
        << QStringLiteral("not its token answer");
    QTest::newRow("az not signed in")
        << QStringLiteral("azure-cli") << QStringList{QStringLiteral("FAKE_AZ_MODE=logged-out")}
        << QStringLiteral("Please run 'az login'");
    QTest::newRow("no such managed identity")
        << QStringLiteral("managed-identity")
        << QStringList{QStringLiteral("AZURE_CLIENT_ID=99999999-0000-0000-0000-000000000000")}
        << QStringLiteral("Identity not found");
    QTest::newRow("unknown mode") << QStringLiteral("password") << QStringList{}
                                  << QStringLiteral("--auth must be device-code, azure-cli");
}

void TestUnattended::scanRefusesClearly()
{
    QFETCH(QString, auth);
    QFETCH(QStringList, variables);
    QFETCH(QString, message);
    QProcessEnvironment env = baseEnvironment();
    for (const QString &v : variables)
        env.insert(v.section(u'=', 0, 0), v.section(u'=', 1));
    const QString report = m_dir.filePath(QStringLiteral("refused.json"));
    QFile::remove(report);
    const Run r = scan({QStringLiteral("--auth"), auth, QStringLiteral("--json"), report}, env);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    // One line, no secret, nothing written.
    QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
    QVERIFY2(r.err.startsWith(QLatin1String("nsg-auditor scan: ")), qPrintable(r.err));
    QVERIFY(!r.err.contains(QLatin1String("hunter2")));
    QVERIFY(!QFile::exists(report));
}

QTEST_GUILESS_MAIN(TestUnattended)
#include "tst_unattended.moc"
