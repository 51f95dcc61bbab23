// SPDX-License-Identifier: MIT
#include "sandboxfixture.h"

#include "azure/session.h"
#include "azure/tokenprovider.h"
#include "azure/tokenstore.h"
#include "sandbox/sandboxserver.h"

#include <QSignalSpy>
#include <QTest>

using namespace nsg;
using namespace nsg::azure;
using nsg::test::SandboxFixture;

class TestTokenProvider final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cachedTokenComesAtOnce();
    void guestTenantGetsItsOwnToken();
    void concurrentRequestsShareOneRefresh();
    void rotatedRefreshTokenIsSavedEveryTime();
    void shortLivedTokensAreRenewed();
    void interactionRequiredMarksOnlyThatTenant();
    void revokedRefreshTokenNeedsSignIn();
    void clearAnswersWaiters();
};

namespace {

struct Result
{
    AccessToken token;
    AuthFailure failure;
    bool called = false;
};

// Asks for a token and waits for the answer.
Result tokenFor(TokenProvider &tokens, const QString &tenant)
{
    auto result = std::make_shared<Result>();
    tokens.token(tenant, nullptr, [result](const AccessToken &t, const AuthFailure &f) {
        result->token = t;
        result->failure = f;
        result->called = true;
    });
    if (!QTest::qWaitFor([&result] { return result->called; }, 5000))
        result->failure = AuthFailure{tenant, QStringLiteral("test_timeout"), QString(), false};
    return *result;
}

QList<nlohmann::json> refreshes(SandboxFixture &sandbox)
{
    QList<nlohmann::json> out;
    for (const auto &r : sandbox.requests()) {
        if (r.value("grant_type", std::string()) == "refresh_token")
            out.append(r);
    }
    return out;
}

} // namespace

void TestTokenProvider::cachedTokenComesAtOnce()
{
    SandboxFixture sandbox;
    MemoryTokenStore store;
    Session session(&sandbox.network(), sandbox.environment(), &store);
    QVERIFY(sandbox.signIn(session));
    bool called = false;
    session.tokens()->token(QString::fromLatin1(SandboxFixture::kContoso), nullptr,
                            [&called](const AccessToken &t, const AuthFailure &f) {
                                QVERIFY(!t.isNull());
                                QVERIFY(f.isNull());
                                called = true;
                            });
    QVERIFY(called); // the sign-in's own token, no refresh
    QCOMPARE(refreshes(sandbox).size(), 0);
}

void TestTokenProvider::guestTenantGetsItsOwnToken()
{
    SandboxFixture sandbox;
    MemoryTokenStore store;
    Session session(&sandbox.network(), sandbox.environment(), &store);
    QVERIFY(sandbox.signIn(session));
    const QString fabrikam = QString::fromLatin1(SandboxFixture::kFabrikam);
    const Result home = tokenFor(*session.tokens(), QString::fromLatin1(SandboxFixture::kContoso));
    const Result guest = tokenFor(*session.tokens(), fabrikam);
    QVERIFY(guest.failure.isNull());
    QVERIFY(guest.token.token != home.token.token);
    QCOMPARE(guest.token.tenantId, fabrikam.toLower());
    const auto calls = refreshes(sandbox);
    QCOMPARE(calls.size(), 1);
    QVERIFY(QString::fromStdString(calls[0]["path"])
                .startsWith(QLatin1Char('/') + fabrikam + QLatin1String("/oauth2/v2.0/token")));
    // The guest token works in the guest tenant only.
    nsg::test::HttpProbe arm(sandbox.baseUrl(), sandbox::SandboxServer::caCertificate());
    arm.setBearer(guest.token.token);
    const auto subs = arm.get(QStringLiteral("/subscriptions?api-version=2022-12-01")).json();
    QCOMPARE(subs["value"].size(), size_t(1));
    QCOMPARE(QString::fromStdString(subs["value"][0]["tenantId"]), fabrikam);
}

void TestTokenProvider::concurrentRequestsShareOneRefresh()
{
    SandboxFixture sandbox;
    MemoryTokenStore store;
    Session session(&sandbox.network(), sandbox.environment(), &store);
    QVERIFY(sandbox.signIn(session));
    const QString fabrikam = QString::fromLatin1(SandboxFixture::kFabrikam);
    QStringList tokens;
    for (int i = 0; i < 10; ++i) {
        session.tokens()->token(
            fabrikam, nullptr,
            [&tokens](const AccessToken &t, const AuthFailure &) { tokens.append(t.token); });
    }
    QTRY_COMPARE_WITH_TIMEOUT(tokens.size(), 10, 5000);
    QCOMPARE(tokens.count(tokens.first()), 10);
    QCOMPARE(refreshes(sandbox).size(), 1);
    QCOMPARE(session.tokens()->refreshCount(), 1);
}

void TestTokenProvider::rotatedRefreshTokenIsSavedEveryTime()
{
    SandboxFixture sandbox;
    MemoryTokenStore store;
    Session session(&sandbox.network(), sandbox.environment(), &store);
    QVERIFY(sandbox.signIn(session));
    QTRY_COMPARE(store.contents().size(), 1);
    const QString key = session.storageKey();
    QCOMPARE(key,
             QStringLiteral("Sandbox:") + QLatin1String(SandboxFixture::kContoso)
                 + QLatin1String(":reviewer@contoso.com"));
    QString previous = store.contents().value(key);
    QVERIFY(!previous.isEmpty());
    TokenProvider *tokens = session.tokens();
    QSignalSpy rotated(tokens, &TokenProvider::refreshTokenRotated);
    for (int round = 0; round < 3; ++round) {
        // Drop the cached token so that each round must redeem the refresh token, which the
        // sandbox accepts once only: a round works only if the last rotation was kept.
        const QString contoso = QString::fromLatin1(SandboxFixture::kContoso);
        const Result before = tokenFor(*tokens, contoso);
        tokens->invalidate(contoso, before.token.token);
        const Result after = tokenFor(*tokens, contoso);
        QVERIFY2(after.failure.isNull(), qPrintable(after.failure.message));
        QVERIFY(after.token.token != before.token.token);
        QTRY_VERIFY(store.contents().value(key) != previous);
        previous = store.contents().value(key);
    }
    QCOMPARE(rotated.size(), 3);
    QCOMPARE(store.writeCount(), 4); // the sign-in and three rotations
    // The old refresh tokens are dead at the sandbox; only the last one works.
    QVERIFY(refreshes(sandbox).size() == 3);
}

void TestTokenProvider::shortLivedTokensAreRenewed()
{
    auto options = SandboxFixture::defaults();
    // Long enough that a sign-in on a loaded machine still gets a fresh token first.
    options.tokenLifetimeSeconds = 6;
    SandboxFixture sandbox(options);
    MemoryTokenStore store;
    Session session(&sandbox.network(), sandbox.environment(), &store);
    QVERIFY(sandbox.signIn(session));
    const QString contoso = QString::fromLatin1(SandboxFixture::kContoso);
    const Result first = tokenFor(*session.tokens(), contoso);
    QCOMPARE(refreshes(sandbox).size(), 0);
    // Within half its lifetime of expiry a token counts as stale.
    QTest::qWait(3100);
    const Result second = tokenFor(*session.tokens(), contoso);
    QVERIFY(second.failure.isNull());
    QVERIFY(second.token.token != first.token.token);
    QCOMPARE(refreshes(sandbox).size(), 1);
}

void TestTokenProvider::interactionRequiredMarksOnlyThatTenant()
{
    SandboxFixture sandbox;
    MemoryTokenStore store;
    Session session(&sandbox.network(), sandbox.environment(), &store);
    QVERIFY(sandbox.signIn(session));
    sandbox.control().postJson(QStringLiteral("/sandbox/interaction"),
                               {{"account", "reviewer@contoso.com"},
                                {"tenant", SandboxFixture::kFabrikam},
                                {"required", true}});
    TokenProvider *tokens = session.tokens();
    QSignalSpy needs(tokens, &TokenProvider::tenantNeedsSignIn);
    const QString fabrikam = QString::fromLatin1(SandboxFixture::kFabrikam);
    const Result guest = tokenFor(*tokens, fabrikam);
    QVERIFY(guest.token.isNull());
    QCOMPARE(guest.failure.error, QStringLiteral("interaction_required"));
    QVERIFY(guest.failure.needsSignIn);
    QVERIFY(guest.failure.message.contains(QLatin1String("AADSTS50076")));
    QCOMPARE(needs.size(), 1);
    QCOMPARE(tokens->failures().size(), 1);
    // Asked again, it answers from the mark without going to Entra ID.
    const int before = int(refreshes(sandbox).size());
    QCOMPARE(tokenFor(*tokens, fabrikam).failure.error, QStringLiteral("interaction_required"));
    QCOMPARE(int(refreshes(sandbox).size()), before);
    // The home tenant carries on with the same refresh token.
    const QString contoso = QString::fromLatin1(SandboxFixture::kContoso);
    tokens->invalidate(contoso, tokenFor(*tokens, contoso).token.token);
    const Result home = tokenFor(*tokens, contoso);
    QVERIFY2(home.failure.isNull(), qPrintable(home.failure.message));
    QVERIFY(!home.token.isNull());
}

void TestTokenProvider::revokedRefreshTokenNeedsSignIn()
{
    SandboxFixture sandbox;
    TokenProvider tokens(&sandbox.network(), sandbox.environment());
    AccountInfo account;
    account.username = QStringLiteral("reviewer@contoso.com");
    account.homeTenantId = QString::fromLatin1(SandboxFixture::kContoso);
    tokens.setSession(account, QStringLiteral("sbx1.r.revoked"), nullptr, QString());
    const Result r = tokenFor(tokens, account.homeTenantId);
    QCOMPARE(r.failure.error, QStringLiteral("invalid_grant"));
    QVERIFY(r.failure.needsSignIn);
    QVERIFY(r.failure.message.contains(QLatin1String("AADSTS70008")));
}

void TestTokenProvider::clearAnswersWaiters()
{
    SandboxFixture sandbox;
    MemoryTokenStore store;
    Session session(&sandbox.network(), sandbox.environment(), &store);
    QVERIFY(sandbox.signIn(session));
    Result waiting;
    session.tokens()->token(QString::fromLatin1(SandboxFixture::kFabrikam), nullptr,
                            [&waiting](const AccessToken &t, const AuthFailure &f) {
                                waiting.token = t;
                                waiting.failure = f;
                                waiting.called = true;
                            });
    QVERIFY(!waiting.called); // a refresh is on the wire
    QSignalSpy out(&session, &Session::signedOut);
    session.signOut();
    QVERIFY(waiting.called);
    QCOMPARE(waiting.failure.error, QStringLiteral("no_session"));
    QCOMPARE(out.size(), 1);
    QVERIFY(!session.isSignedIn());
    QTRY_VERIFY(store.contents().isEmpty()); // sign-out removes the stored refresh token
    const Result after = tokenFor(*session.tokens(), QString::fromLatin1(SandboxFixture::kContoso));
    QCOMPARE(after.failure.error, QStringLiteral("no_session"));
}

QTEST_GUILESS_MAIN(TestTokenProvider)
#include "tst_tokenprovider.moc"
