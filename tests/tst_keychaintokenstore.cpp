// SPDX-License-Identifier: MIT
// KeychainTokenStore against a real Secret Service (CTest runs the withKeyring tests inside
// tests/keyring/with-keyring.sh), and the session's fall-back to memory when no keychain is
// reachable (the withoutKeychain tests, run with no D-Bus session at all).
#include "sandboxfixture.h"

#include "azure/keychaintokenstore.h"
#include "azure/session.h"
#include "azure/tokenprovider.h"

#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace nsg;
using namespace nsg::azure;
using nsg::test::SandboxFixture;

namespace {

struct StoreResult
{
    TokenStore::Status status = TokenStore::Status::Failed;
    QString value;
    bool done = false;
};

template<typename Call>
StoreResult wait(Call call)
{
    auto r = std::make_shared<StoreResult>();
    call([r](TokenStore::Status status, const QString &value) {
        r->status = status;
        r->value = value;
        r->done = true;
    });
    if (!QTest::qWaitFor([r] { return r->done; }, 10000))
        r->value = QStringLiteral("no answer from the store");
    return *r;
}

bool mode(const char *wanted)
{
    return qEnvironmentVariable("NSG_KEYRING_MODE") == QLatin1String(wanted);
}

} // namespace

class TestKeychainTokenStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void withKeyring_roundTrip();
    void withKeyring_sessionRestoresSilentlyAndSignsOut();
    void withKeyring_signOutCommand();
    void withoutKeychain_sessionKeepsTokensInMemory();
};

#define REQUIRE_MODE(m)                                                                            \
    if (!mode(m))                                                                                  \
        QSKIP("runs in its own CTest entry (NSG_KEYRING_MODE=" m ")");

void TestKeychainTokenStore::withKeyring_roundTrip()
{
    REQUIRE_MODE("secret-service");
    KeychainTokenStore store(nullptr, QStringLiteral("nsg-auditor-test"));
    QVERIFY(store.isPersistent());
    const QString key = TokenStore::storageKey(QStringLiteral("AzureCloud"), QStringLiteral("T1"),
                                               QStringLiteral("Someone@Example.com"));
    QCOMPARE(key, QStringLiteral("AzureCloud:t1:someone@example.com"));
    QCOMPARE(wait([&](auto done) { store.read(key, done); }).status, TokenStore::Status::NotFound);
    StoreResult w = wait([&](auto done) { store.write(key, QStringLiteral("secret-1"), done); });
    QVERIFY2(w.status == TokenStore::Status::Ok, qPrintable(w.value));
    StoreResult r = wait([&](auto done) { store.read(key, done); });
    QCOMPARE(r.status, TokenStore::Status::Ok);
    QCOMPARE(r.value, QStringLiteral("secret-1"));
    QCOMPARE(wait([&](auto done) { store.write(key, QStringLiteral("secret-2"), done); }).status,
             TokenStore::Status::Ok);
    QCOMPARE(wait([&](auto done) { store.read(key, done); }).value, QStringLiteral("secret-2"));
    // Another service name is another place.
    KeychainTokenStore other(nullptr, QStringLiteral("nsg-auditor-other"));
    QCOMPARE(wait([&](auto done) { other.read(key, done); }).status, TokenStore::Status::NotFound);
    QCOMPARE(wait([&](auto done) { store.remove(key, done); }).status, TokenStore::Status::Ok);
    QCOMPARE(wait([&](auto done) { store.read(key, done); }).status, TokenStore::Status::NotFound);
}

void TestKeychainTokenStore::withKeyring_sessionRestoresSilentlyAndSignsOut()
{
    REQUIRE_MODE("secret-service");
    SandboxFixture sandbox;
    KeychainTokenStore store;
    QString key;
    {
        Session first(&sandbox.network(), sandbox.environment(), &store);
        QSignalSpy warning(&first, &Session::storageWarning);
        QVERIFY(sandbox.signIn(first));
        key = first.storageKey();
        QVERIFY(first.isPersisted());
        QTRY_VERIFY(wait([&](auto done) { store.read(key, done); }).status
                    == TokenStore::Status::Ok);
        QVERIFY(warning.isEmpty());
    }
    const QString before = wait([&](auto done) { store.read(key, done); }).value;
    // A new start of the application: no device code, the stored refresh token signs in.
    Session second(&sandbox.network(), sandbox.environment(), &store);
    QSignalSpy restored(&second, &Session::restoreFinished);
    QSignalSpy signedIn(&second, &Session::signedIn);
    second.restore(key);
    QVERIFY(restored.wait(10000));
    QCOMPARE(restored.first().at(0).toBool(), true);
    QCOMPARE(signedIn.size(), 1);
    QCOMPARE(second.account().username, QStringLiteral("reviewer@contoso.com"));
    // The redemption rotated the refresh token; the keychain holds the new one.
    QTRY_VERIFY(wait([&](auto done) { store.read(key, done); }).value != before);
    int devicecodes = 0;
    for (const auto &r : sandbox.requests())
        devicecodes += r["path"].get<std::string>().find("/devicecode") != std::string::npos;
    QCOMPARE(devicecodes, 1); // only the first session's

    second.signOut();
    QTRY_COMPARE(wait([&](auto done) { store.read(key, done); }).status,
                 TokenStore::Status::NotFound);
    // And nothing to restore from any more.
    Session third(&sandbox.network(), sandbox.environment(), &store);
    QSignalSpy again(&third, &Session::restoreFinished);
    third.restore(key);
    QVERIFY(again.wait(10000));
    QCOMPARE(again.first().at(0).toBool(), false);
    QVERIFY(!third.isSignedIn());
}

void TestKeychainTokenStore::withKeyring_signOutCommand()
{
    REQUIRE_MODE("secret-service");
    // What `scan --tenant` leaves behind: a refresh token in the keychain, its key in settings.
    QCoreApplication::setOrganizationName(QStringLiteral("nsg-auditor"));
    QCoreApplication::setApplicationName(QStringLiteral("nsg-auditor"));
    const QString key = TokenStore::storageKey(
        QStringLiteral("AzureUSGovernment"), QStringLiteral("tid"), QStringLiteral("a@b.example"));
    KeychainTokenStore store;
    QCOMPARE(wait([&](auto done) { store.write(key, QStringLiteral("rt"), done); }).status,
             TokenStore::Status::Ok);
    {
        QSettings settings;
        settings.setValue(QStringLiteral("signIn/AzureUSGovernment/account"), key);
    }
    QProcess signout;
    signout.start(QStringLiteral(NSG_AUDITOR_BIN),
                  {QStringLiteral("signout"), QStringLiteral("--cloud"),
                   QStringLiteral("AzureUSGovernment")});
    QVERIFY(signout.waitForFinished(20000));
    QCOMPARE(signout.exitCode(), 0);
    QVERIFY(signout.readAllStandardOutput().contains("Signed out"));
    QCOMPARE(wait([&](auto done) { store.read(key, done); }).status, TokenStore::Status::NotFound);
    QSettings settings;
    settings.sync();
    QVERIFY(!settings.contains(QStringLiteral("signIn/AzureUSGovernment/account")));
}

void TestKeychainTokenStore::withoutKeychain_sessionKeepsTokensInMemory()
{
    REQUIRE_MODE("none");
    SandboxFixture sandbox;
    KeychainTokenStore store;
    Session session(&sandbox.network(), sandbox.environment(), &store);
    QSignalSpy warning(&session, &Session::storageWarning);
    QVERIFY(sandbox.signIn(session));
    QVERIFY(warning.wait(10000) || !warning.isEmpty());
    QVERIFY(!session.isPersisted());
    QVERIFY2(session.storageNote().contains(QLatin1String("memory")),
             qPrintable(session.storageNote()));
    // The session works all the same, refreshes included.
    bool ok = false;
    session.tokens()->token(
        QString::fromLatin1(SandboxFixture::kFabrikam), nullptr,
        [&ok](const AccessToken &t, const AuthFailure &f) { ok = !t.isNull() && f.isNull(); });
    QTRY_VERIFY(ok);
    QCOMPARE(warning.size(), 1); // said once, not on every rotation
}

QTEST_GUILESS_MAIN(TestKeychainTokenStore)
#include "tst_keychaintokenstore.moc"
