// SPDX-License-Identifier: MIT
#include "sandboxfixture.h"

#include "azure/armclient.h"
#include "azure/inventoryloader.h"
#include "azure/resourcegraphclient.h"
#include "azure/session.h"
#include "azure/tokenprovider.h"
#include "azure/tokenstore.h"
#include "sandbox/sandboxserver.h"

#include "core/audit/exposureevaluator.h"
#include "core/audit/reachability.h"
#include "core/audit/scanresult.h"

#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace nsg;
using namespace nsg::azure;
using nsg::test::SandboxFixture;
using json = nlohmann::json;

namespace {

// Everything one inventory run reported.
struct Run
{
    QHash<QString, Verdict> verdicts; // lower-case NSG id → verdict
    QHash<QString, QString> subscriptionOf; // NSG id → subscription it was reported under
    QList<ScanError> errors;
    QList<ScanError> skipped;
    QStringList notices;
    QList<NetworkInterface> nics;
    QList<Subnet> subnets;
    int duplicates = 0;
    int finishedSignals = 0;
    int subscriptionsFinished = 0;
    QStringList incomplete;
    int requests = 0;
    int graphRequests = 0;
    int armNsgLists = 0;
    int armSubscriptionLists = 0;
    QStringList adminRulePosts; // each POST's body
    QSet<QString> graphSubscriptions; // named by the NSG queries (lower case)
    QSet<QString> armNsgSubscriptions; // whose NSGs were listed through ARM (lower case)
    QList<ReadPathStats> readPaths;
    ReachabilityResult reachability; // over what was read (networkInterfaces)
    NetworkInventory network;

    bool hasError(const QString &scope) const
    {
        return std::any_of(errors.begin(), errors.end(), [&](const ScanError &e) {
            return e.scope.compare(scope, Qt::CaseInsensitive) == 0;
        });
    }
};

struct Scanner
{
    explicit Scanner(SandboxFixture &sandbox,
                     QString account = QStringLiteral("reviewer@contoso.com"))
        : session(&sandbox.network(), sandbox.environment(), &store)
    {
        ok = sandbox.signIn(session, account);
        ArmClientOptions options;
        options.backoffBaseMs = 20;
        options.backoffMaxMs = 100;
        arm = std::make_unique<ArmClient>(&sandbox.network(), session.tokens(), options);
        graph = std::make_unique<ResourceGraphClient>(arm.get());
    }

    Run scan(SandboxFixture &sandbox, InventoryOptions options, int timeoutMs = 60000)
    {
        sandbox.control().del(QStringLiteral("/sandbox/requests"));
        Run run;
        std::vector<NetworkSecurityGroup> nsgs;
        InventoryLoader loader(arm.get(), graph.get(), options);
        QObject::connect(&loader, &InventoryLoader::nsgsLoaded,
                         [&](const QString &sub, const QList<NetworkSecurityGroup> &list) {
                             for (const NetworkSecurityGroup &n : list) {
                                 const QString id = n.id().toLower();
                                 if (run.subscriptionOf.contains(id))
                                     ++run.duplicates;
                                 run.subscriptionOf.insert(id, sub);
                                 nsgs.push_back(n);
                             }
                         });
        QObject::connect(&loader, &InventoryLoader::scopeFailed,
                         [&](const ScanError &e) { run.errors.append(e); });
        QObject::connect(&loader, &InventoryLoader::subscriptionSkipped,
                         [&](const ScanError &e) { run.skipped.append(e); });
        QObject::connect(&loader, &InventoryLoader::notice,
                         [&](const QString &m) { run.notices.append(m); });
        QObject::connect(
            &loader, &InventoryLoader::networkInterfacesLoaded,
            [&](const QString &, const QList<NetworkInterface> &n, const QList<Subnet> &s) {
                run.nics += n;
                run.subnets += s;
            });
        QObject::connect(&loader, &InventoryLoader::subscriptionFinished,
                         [&](const QString &sub, bool complete) {
                             ++run.subscriptionsFinished;
                             if (!complete)
                                 run.incomplete.append(sub);
                         });
        QObject::connect(&loader, &InventoryLoader::finished, [&] { ++run.finishedSignals; });
        loader.start(session.account().homeTenantId);
        if (!QTest::qWaitFor([&] { return loader.isFinished(); }, timeoutMs))
            qWarning("inventory did not finish");
        QTest::qWait(50); // nothing may follow finished
        const std::vector<Finding> findings = ExposureEvaluator::evaluateAll(nsgs, {});
        for (size_t i = 0; i < nsgs.size(); ++i)
            run.verdicts.insert(nsgs[i].id().toLower(), findings[i].verdict);
        run.network = loader.takeNetwork();
        run.readPaths = loader.readPaths();
        std::vector<NsgResult> results;
        for (size_t i = 0; i < nsgs.size(); ++i)
            results.push_back(NsgResult{nsgs[i], findings[i], std::nullopt});
        run.reachability = Reachability({}, run.network, results).run();
        for (const json &r : sandbox.requests()) {
            ++run.requests;
            const std::string path = r["path"];
            run.graphRequests += path.find("Microsoft.ResourceGraph") != std::string::npos;
            const bool nsgList = path.find("/providers/Microsoft.Network/networkSecurityGroups?")
                != std::string::npos;
            run.armNsgLists += nsgList;
            if (nsgList)
                run.armNsgSubscriptions.insert(
                    QString::fromStdString(path).section(u'/', 2, 2).toLower());
            if (path.find("Microsoft.ResourceGraph") != std::string::npos && r.contains("body")) {
                const json body = r["body"].is_string()
                    ? json::parse(r["body"].get<std::string>(), nullptr, false)
                    : r["body"];
                const std::string query = body.is_object() ? body.value("query", "") : "";
                if (query.find("networksecuritygroups") != std::string::npos
                    && body.contains("subscriptions"))
                    for (const json &sub : body["subscriptions"])
                        run.graphSubscriptions.insert(
                            QString::fromStdString(sub.get<std::string>()).toLower());
            }
            run.armSubscriptionLists += path.rfind("/subscriptions?", 0) == 0;
            if (path.find("/listNetworkManagerEffectiveSecurityAdminRules") != std::string::npos)
                run.adminRulePosts.append(
                    r.contains("body") ? QString::fromStdString(r["body"].dump()) : QString());
        }
        return run;
    }

    MemoryTokenStore store;
    Session session;
    std::unique_ptr<ArmClient> arm;
    std::unique_ptr<ResourceGraphClient> graph;
    bool ok = false;
};

// NSG id → expected verdict for the NSGs of the given subscriptions (all when empty).
QHash<QString, Verdict> truthOf(SandboxFixture &sandbox,
                                const QStringList &exceptSubscriptions = {})
{
    QHash<QString, Verdict> out;
    const json truth = sandbox.truth(); // kept: the loop must not run over a temporary's part
    for (const json &n : truth["nsgs"]) {
        const QString id = QString::fromStdString(n["id"]).toLower();
        if (std::any_of(exceptSubscriptions.begin(), exceptSubscriptions.end(),
                        [&](const QString &s) { return id.contains(s.toLower()); }))
            continue;
        out.insert(id, n["exposed"].get<bool>() ? Verdict::Exposed : Verdict::Ok);
    }
    return out;
}

sandbox::SandboxOptions generated(const char *spec, int pageSize = 100)
{
    auto o = SandboxFixture::defaults();
    o.generateSpec = QString::fromLatin1(spec);
    o.pageSize = pageSize;
    o.autoApproveSeconds = -1;
    return o;
}

InventoryOptions via(InventoryOptions::Via how)
{
    InventoryOptions o;
    o.via = how;
    return o;
}

// The NSGs and the network the paths from the Internet need.
InventoryOptions withNetwork(InventoryOptions::Via how)
{
    InventoryOptions o = via(how);
    o.networkInterfaces = true;
    return o;
}

QString generatedAccount(SandboxFixture &sandbox)
{
    return QString::fromStdString(sandbox.control()
                                      .get(QStringLiteral("/sandbox/accounts"))
                                      .json()["accounts"][0]["userPrincipalName"]);
}

// The endpoints of a reachability result, as /sandbox/truth lists them: "via viaId nic
// frontendPort" (lower case) → verdict.
QHash<QString, QString> endpointsOf(const ReachabilityResult &result,
                                    const QString &subscription = QString())
{
    QHash<QString, QString> out;
    for (const Endpoint &e : result.endpoints) {
        if (!subscription.isEmpty()
            && !e.networkInterfaceId.contains(subscription, Qt::CaseInsensitive))
            continue;
        out.insert(QStringLiteral("%1 %2 %3 %4")
                       .arg(apiName(e.via), e.viaId.toLower(), e.networkInterfaceId.toLower())
                       .arg(e.frontendPort),
                   endpointVerdictName(e.verdict));
    }
    return out;
}

QHash<QString, QString> expectedEndpoints(SandboxFixture &sandbox,
                                          const QString &subscription = QString())
{
    QHash<QString, QString> out;
    const json truth = sandbox.truth();
    for (const json &e : truth["endpoints"]) {
        const QString nic = QString::fromStdString(e["networkInterfaceId"]).toLower();
        if (!subscription.isEmpty() && !nic.contains(subscription.toLower()))
            continue;
        out.insert(QStringLiteral("%1 %2 %3 %4")
                       .arg(QString::fromStdString(e["via"]),
                            QString::fromStdString(e["viaId"]).toLower(), nic)
                       .arg(e["frontendPort"].get<int>()),
                   QString::fromStdString(e["verdict"]));
    }
    return out;
}

} // namespace

class TestInventoryLoader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demoTenantThroughArm();
    void demoTenantThroughGraphReadsWhatIsVisible();
    void graphAndArmAgree();
    void graphFailureFallsBackToArm();
    void autoSplitsTheSubscriptionsBetweenThePaths();
    void graphQuotaIsPacedNotThrottled();
    void faultsLeaveUnaffectedVerdictsAlone();
    void tenantNeedingSignInLeavesOthersScanned();
    void tokenExpiryMidScan();
    void subscriptionSeenFromTwoTenantsLoadsOnce();
    void networkInterfacesAndSubnets();
    void pathsFromTheInternetAgreeWithTruth();
    void pathsFromTheInternetThroughGraph();
    void adminRulesPageBySkipTokenInTheBody();
    void adminRulesThroughResourceGraphForReaders();
    void adminRulesNotReadMakeTheirPathsUnknown();
    void cancelStopsEverything();
};

void TestInventoryLoader::demoTenantThroughArm()
{
    SandboxFixture sandbox;
    Scanner s(sandbox);
    QVERIFY(s.ok);
    const Run run = s.scan(sandbox, via(InventoryOptions::Via::Arm));
    QCOMPARE(run.finishedSignals, 1);
    // The finance subscription (RG-level Reader only) is an error with its 403; the Disabled
    // one is skipped with its reason; everything else matches the sandbox's truth.
    const QString finance =
        QLatin1String("/subscriptions/") + QLatin1String(SandboxFixture::kFinanceSubscription);
    QCOMPARE(run.errors.size(), 1);
    QCOMPARE(run.errors[0].scope, finance);
    QCOMPARE(run.errors[0].httpStatus, 403);
    QCOMPARE(run.errors[0].code, QStringLiteral("AuthorizationFailed"));
    QVERIFY(!run.errors[0].requestId.isEmpty());
    QCOMPARE(run.skipped.size(), 1);
    QCOMPARE(run.skipped[0].code, QStringLiteral("SubscriptionDisabled"));
    QVERIFY(run.skipped[0].scope.endsWith(QLatin1String(SandboxFixture::kLegacySubscription)));
    const auto truth = truthOf(sandbox,
                               {QString::fromLatin1(SandboxFixture::kFinanceSubscription),
                                QString::fromLatin1(SandboxFixture::kLegacySubscription)});
    QCOMPARE(run.verdicts.size(), truth.size());
    for (auto it = truth.begin(); it != truth.end(); ++it)
        QVERIFY2(run.verdicts.value(it.key(), Verdict::Unknown) == it.value(),
                 qPrintable(it.key()));
    // The guest tenant's subscription is in.
    QVERIFY(
        std::any_of(run.subscriptionOf.begin(), run.subscriptionOf.end(), [](const QString &sub) {
            return sub == QLatin1String(SandboxFixture::kFabrikamSubscription);
        }));
    QCOMPARE(run.duplicates, 0);
    QCOMPARE(run.subscriptionsFinished, 5);
    QCOMPARE(run.incomplete,
             QStringList{QString::fromLatin1(SandboxFixture::kFinanceSubscription)});
    QCOMPARE(run.graphRequests, 0);
}

void TestInventoryLoader::demoTenantThroughGraphReadsWhatIsVisible()
{
    SandboxFixture sandbox;
    Scanner s(sandbox);
    QVERIFY(s.ok);
    const Run run = s.scan(sandbox, via(InventoryOptions::Via::Graph));
    QCOMPARE(run.armNsgLists, 0);
    QVERIFY(run.graphRequests >= 2); // one query per tenant
    // Resource Graph shows the one readable finance NSG and cannot say what it hides: the run
    // says so instead of claiming completeness.
    QVERIFY(run.errors.isEmpty());
    QVERIFY(!run.notices.isEmpty());
    QVERIFY(run.notices.join(u' ').contains(QLatin1String("--via arm")));
    const auto truth = truthOf(sandbox, {QString::fromLatin1(SandboxFixture::kLegacySubscription)});
    int finance = 0;
    for (auto it = run.verdicts.begin(); it != run.verdicts.end(); ++it) {
        QVERIFY(truth.contains(it.key()));
        QCOMPARE(it.value(), truth.value(it.key()));
        finance += it.key().contains(QLatin1String(SandboxFixture::kFinanceSubscription));
    }
    QCOMPARE(finance, 1);
    QCOMPARE(run.verdicts.size(), truth.size() - 1);
}

void TestInventoryLoader::graphAndArmAgree()
{
    SandboxFixture sandbox(generated("tenants=2,subs=50,nsgs=12,rules=8,exposed=0.2,seed=4", 5));
    Scanner s(sandbox, generatedAccount(sandbox));
    QVERIFY(s.ok);
    const Run arm = s.scan(sandbox, via(InventoryOptions::Via::Arm));
    const Run graph = s.scan(sandbox, via(InventoryOptions::Via::Graph));
    const Run automatic = s.scan(sandbox, via(InventoryOptions::Via::Auto));
    const auto truth = truthOf(sandbox);
    QCOMPARE(truth.size(), 600);
    QCOMPARE(arm.verdicts, truth);
    QCOMPARE(graph.verdicts, truth);
    QCOMPARE(automatic.verdicts, truth);
    QVERIFY(arm.errors.isEmpty() && graph.errors.isEmpty());
    // ARM: a list per subscription, 3 pages of 5 each, and the subscriptions in pages of 5;
    // Resource Graph: per tenant the first page of subscriptions, and as there are more, one
    // query for all of them, and one for the NSGs.
    QCOMPARE(arm.armNsgLists, 150);
    QCOMPARE(arm.armSubscriptionLists, 10);
    QCOMPARE(graph.armNsgLists, 0);
    QCOMPARE(graph.armSubscriptionLists, 2);
    QCOMPARE(graph.graphRequests, 4);
    // Auto: 25 subscriptions per tenant is enough for the split (known once listed): each
    // subscription is read by one path, none twice.
    QCOMPARE(automatic.duplicates, 0);
    QCOMPARE(automatic.armSubscriptionLists, 10);
    QVERIFY(!automatic.graphSubscriptions.intersects(automatic.armNsgSubscriptions));
    QCOMPARE(automatic.graphSubscriptions.size() + automatic.armNsgSubscriptions.size(), 50);
    QVERIFY2(graph.requests < arm.requests / 10, qPrintable(QString::number(graph.requests)));
}

void TestInventoryLoader::graphFailureFallsBackToArm()
{
    // ARM pages by two: four subscriptions are two pages, five NSGs three.
    SandboxFixture sandbox(generated("tenants=1,subs=4,nsgs=5,rules=6,exposed=0.3,seed=9", 2));
    Scanner s(sandbox, generatedAccount(sandbox));
    QVERIFY(s.ok);
    sandbox.setFaults(QStringLiteral("graph-down=403"));
    // --via graph: the subscriptions' query fails; they (both pages) and their NSGs are read
    // through ARM, without asking Resource Graph again.
    const Run run = s.scan(sandbox, via(InventoryOptions::Via::Graph));
    QCOMPARE(run.verdicts, truthOf(sandbox));
    QVERIFY(run.errors.isEmpty());
    QCOMPARE(run.graphRequests, 1);
    QCOMPARE(run.armSubscriptionLists, 1 + 2);
    QCOMPARE(run.armNsgLists, 4 * 3);
    QVERIFY(std::any_of(run.notices.begin(), run.notices.end(), [](const QString &n) {
        return n.contains(QLatin1String("could not list the subscriptions"))
            && n.contains(QLatin1String("403 AuthorizationFailed"));
    }));
    // Auto (the split from one subscription on, ARM one subscription at a time): listed
    // through ARM; Resource Graph's query for the others fails, and ARM reads them.
    InventoryOptions automatic = via(InventoryOptions::Via::Auto);
    automatic.graphFromSubscriptions = 1;
    automatic.armSubscriptionsAtOnce = 1;
    const Run fellBack = s.scan(sandbox, automatic);
    QCOMPARE(fellBack.verdicts, truthOf(sandbox));
    QVERIFY(fellBack.errors.isEmpty());
    // Its queries in flight fail, each once (403 is not retried); none follows the failure.
    QVERIFY(fellBack.graphRequests >= 1 && fellBack.graphRequests <= 3);
    QCOMPARE(fellBack.graphSubscriptions.size() + 1, 4);
    QCOMPARE(fellBack.armNsgLists, 4 * 3);
    QVERIFY(std::any_of(fellBack.notices.begin(), fellBack.notices.end(), [](const QString &n) {
        return n.contains(QLatin1String("Resource Graph failed"))
            && n.contains(QLatin1String("403 AuthorizationFailed"));
    }));

    sandbox.setFaults(QStringLiteral("graph-down=503"));
    const Run retried = s.scan(sandbox, via(InventoryOptions::Via::Graph), 120000);
    QCOMPARE(retried.verdicts, truthOf(sandbox));
    QVERIFY(retried.graphRequests > 1); // 503 is retried before giving up
}

// --via auto: Resource Graph and ARM read side by side, each subscription by exactly one of
// them, every NSG once, and the verdicts those of either path alone.
void TestInventoryLoader::autoSplitsTheSubscriptionsBetweenThePaths()
{
    SandboxFixture sandbox(generated("tenants=2,subs=60,nsgs=12,rules=8,exposed=0.2,seed=5", 5));
    Scanner s(sandbox, generatedAccount(sandbox));
    QVERIFY(s.ok);
    InventoryOptions automatic = via(InventoryOptions::Via::Auto);
    automatic.armSubscriptionsAtOnce = 2; // so that Resource Graph takes a share on loopback
    const Run run = s.scan(sandbox, automatic);
    const auto truth = truthOf(sandbox);
    QCOMPARE(truth.size(), 720);
    QCOMPARE(run.verdicts, truth);
    QVERIFY(run.errors.isEmpty());
    QCOMPARE(run.duplicates, 0);
    QCOMPARE(run.subscriptionsFinished, 60);
    // Both paths read, and no subscription twice.
    QVERIFY2(!run.graphSubscriptions.isEmpty() && !run.armNsgSubscriptions.isEmpty(),
             qPrintable(QStringLiteral("%1 through Resource Graph, %2 through ARM")
                            .arg(run.graphSubscriptions.size())
                            .arg(run.armNsgSubscriptions.size())));
    QVERIFY(!run.graphSubscriptions.intersects(run.armNsgSubscriptions));
    QCOMPARE(run.graphSubscriptions.size() + run.armNsgSubscriptions.size(), 60);
    // What each path says it read adds up, and matches what went on the wire.
    QCOMPARE(run.readPaths.size(), 2);
    int subscriptions = 0;
    qint64 nsgs = 0;
    for (const ReadPathStats &p : run.readPaths) {
        subscriptions += p.subscriptions;
        nsgs += p.nsgs;
        QVERIFY(p.requests > 0);
        if (p.path == QLatin1String("arm")) {
            QCOMPARE(p.subscriptions, int(run.armNsgSubscriptions.size()));
            QCOMPARE(p.requests, run.armNsgLists);
        } else {
            QCOMPARE(p.path, QStringLiteral("resourceGraph"));
            QCOMPARE(p.subscriptions, int(run.graphSubscriptions.size()));
            QCOMPARE(p.requests, run.graphRequests); // the NSG queries' pages, nothing else here
        }
    }
    QCOMPARE(subscriptions, 60);
    QCOMPARE(nsgs, qint64(720));
    QVERIFY(std::any_of(run.notices.begin(), run.notices.end(), [](const QString &n) {
        return n.contains(QLatin1String("Resource Graph and ARM side by side"));
    }));
}

void TestInventoryLoader::graphQuotaIsPacedNotThrottled()
{
    // Three queries per two seconds and user; two tenants, each three pages of NSGs: six
    // queries, which must wait for the quota, never hit it.
    auto options = generated("tenants=2,subs=4,nsgs=30,rules=4,exposed=0.2,seed=5");
    options.graphQuota = 3;
    options.graphWindowSeconds = 2;
    SandboxFixture sandbox(options);
    Scanner s(sandbox, generatedAccount(sandbox));
    QVERIFY(s.ok);
    s.graph->setPageSize(20);
    QElapsedTimer clock;
    clock.start();
    const Run run = s.scan(sandbox, via(InventoryOptions::Via::Graph));
    QCOMPARE(run.verdicts, truthOf(sandbox));
    QVERIFY(run.errors.isEmpty());
    int throttled = 0;
    const json log = sandbox.requests();
    for (const json &r : log)
        throttled += r["status"].get<int>() == 429;
    QCOMPARE(throttled, 0);
    QCOMPARE(run.graphRequests, 6);
    QVERIFY(clock.elapsed() >= 2000); // it did wait for the window
}

void TestInventoryLoader::faultsLeaveUnaffectedVerdictsAlone()
{
    SandboxFixture sandbox(generated("tenants=2,subs=12,nsgs=8,rules=8,exposed=0.25,seed=21", 3));
    Scanner s(sandbox, generatedAccount(sandbox));
    QVERIFY(s.ok);
    const auto truth = truthOf(sandbox);
    sandbox.setFaults(
        QStringLiteral("429=0.15,5xx=0.1,reset=0.05,truncate=0.05,malformed=0.05,seed=5"));
    const Run run = s.scan(sandbox, via(InventoryOptions::Via::Arm), 120000);
    // Whatever was reported matches the truth; whatever is missing belongs to a subscription
    // reported as an error.
    for (auto it = run.verdicts.begin(); it != run.verdicts.end(); ++it)
        QCOMPARE(it.value(), truth.value(it.key()));
    for (auto it = truth.begin(); it != truth.end(); ++it) {
        if (!run.verdicts.contains(it.key())) {
            const QString sub = it.key().section(QLatin1Char('/'), 0, 2);
            QVERIFY2(run.hasError(sub), qPrintable(it.key()));
        }
    }
    QCOMPARE(run.duplicates, 0);
    // With eight retries per request these rates do not exhaust any: all NSGs are in.
    QCOMPARE(run.verdicts.size(), truth.size());
    QVERIFY(s.arm->retries() > 0);
}

void TestInventoryLoader::tenantNeedingSignInLeavesOthersScanned()
{
    SandboxFixture sandbox;
    Scanner s(sandbox);
    QVERIFY(s.ok);
    sandbox.control().postJson(QStringLiteral("/sandbox/interaction"),
                               {{"account", "reviewer@contoso.com"},
                                {"tenant", SandboxFixture::kFabrikam},
                                {"required", true}});
    const Run run = s.scan(sandbox, via(InventoryOptions::Via::Arm));
    const auto it = std::find_if(run.errors.begin(), run.errors.end(), [](const ScanError &e) {
        return e.scope == QLatin1String(SandboxFixture::kFabrikam);
    });
    QVERIFY(it != run.errors.end());
    QCOMPARE(it->code, QStringLiteral("interaction_required"));
    QVERIFY(it->message.contains(QLatin1String("sign in again")));
    // Contoso's readable subscriptions are all there.
    const auto contoso = truthOf(sandbox,
                                 {QString::fromLatin1(SandboxFixture::kFinanceSubscription),
                                  QString::fromLatin1(SandboxFixture::kLegacySubscription),
                                  QString::fromLatin1(SandboxFixture::kFabrikamSubscription)});
    for (auto t = contoso.begin(); t != contoso.end(); ++t)
        QCOMPARE(run.verdicts.value(t.key(), Verdict::Unknown), t.value());
    QVERIFY(!std::any_of(run.verdicts.keyBegin(), run.verdicts.keyEnd(), [](const QString &id) {
        return id.contains(QLatin1String(SandboxFixture::kFabrikamSubscription));
    }));
}

void TestInventoryLoader::tokenExpiryMidScan()
{
    auto options = generated("tenants=2,subs=6,nsgs=20,rules=6,exposed=0.2,seed=3", 1);
    options.tokenLifetimeSeconds = 2;
    SandboxFixture sandbox(options);
    Scanner s(sandbox, generatedAccount(sandbox));
    QVERIFY(s.ok);
    sandbox.setFaults(QStringLiteral("latency=250"));
    QElapsedTimer clock;
    clock.start();
    const Run run = s.scan(sandbox, via(InventoryOptions::Via::Arm), 120000);
    QVERIFY2(clock.elapsed() > 4000, "the scan outlived two token lifetimes");
    QVERIFY(run.errors.isEmpty());
    QCOMPARE(run.verdicts, truthOf(sandbox));
    QVERIFY(s.session.tokens()->refreshCount() >= 2);
}

void TestInventoryLoader::subscriptionSeenFromTwoTenantsLoadsOnce()
{
    auto options = SandboxFixture::defaults();
    options.tenantFile = QStringLiteral(NSG_TEST_DATA_DIR "/lighthouse-tenant.json");
    SandboxFixture sandbox(options);
    Scanner s(sandbox, QStringLiteral("operator@msp.example"));
    QVERIFY(s.ok);
    const Run run = s.scan(sandbox, via(InventoryOptions::Via::Arm));
    QCOMPARE(run.duplicates, 0);
    QCOMPARE(run.verdicts, truthOf(sandbox));
    QCOMPARE(run.subscriptionsFinished, 2);
    QCOMPARE(run.armNsgLists, 2);
}

void TestInventoryLoader::networkInterfacesAndSubnets()
{
    SandboxFixture sandbox;
    Scanner s(sandbox);
    QVERIFY(s.ok);
    const Run run = s.scan(sandbox, withNetwork(InventoryOptions::Via::Arm));
    QVERIFY(!run.nics.isEmpty());
    QVERIFY(!run.subnets.isEmpty());
    // The demo's NICs name their subnets and some their own NSG.
    QVERIFY(std::any_of(run.nics.begin(), run.nics.end(), [](const NetworkInterface &n) {
        return !n.subnetIds.isEmpty() && !n.nsgId.isEmpty();
    }));
    QVERIFY(std::any_of(run.subnets.begin(), run.subnets.end(),
                        [](const Subnet &n) { return !n.nsgId.isEmpty(); }));
    // The finance subscription fails for NICs too; no subscription is reported twice as done.
    QCOMPARE(run.subscriptionsFinished, 5);
}

void TestInventoryLoader::pathsFromTheInternetAgreeWithTruth()
{
    SandboxFixture sandbox;
    Scanner s(sandbox);
    QVERIFY(s.ok);
    const Run run = s.scan(sandbox, withNetwork(InventoryOptions::Via::Arm));
    // Every path the demo tenant was built with, with the verdict it was built to have: admin
    // rules (AlwaysAllow, Deny, a network they do not apply to), a public load balancer rule and
    // NAT rule, a destination ASG, a public service tag, a forced tunnel, a Standard public IP
    // without NSG, a firewall DNAT rule.
    const QHash<QString, QString> expected = expectedEndpoints(sandbox);
    QVERIFY(expected.size() >= 15);
    QCOMPARE(endpointsOf(run.reachability), expected);
    // Read through ARM: the admin rules of every network (vnet-edge has two), the service tags.
    QVERIFY(run.network.adminRulesRead);
    QVERIFY(run.network.adminRulesNotRead.isEmpty());
    QVERIFY(!run.network.serviceTags.isEmpty());
    QCOMPARE(run.network.serviceTags.changeNumber, QStringLiteral("42"));
    QVERIFY(!run.network.dnatRules.empty());
    QVERIFY(!run.adminRulePosts.isEmpty());
    // The NSGs' reachability as the tenant file expects it.
    const json truth = sandbox.truth();
    int checked = 0;
    for (const json &n : truth["nsgs"]) {
        if (!n.contains("reachability"))
            continue;
        ++checked;
        QCOMPARE(apiName(run.reachability.of(QString::fromStdString(n["id"]))),
                 QString::fromStdString(n["reachability"]));
    }
    QVERIFY(checked >= 4);
}

void TestInventoryLoader::pathsFromTheInternetThroughGraph()
{
    SandboxFixture sandbox;
    Scanner s(sandbox);
    QVERIFY(s.ok);
    const Run run = s.scan(sandbox, withNetwork(InventoryOptions::Via::Graph));
    // The same paths as through ARM: the NSGs and the admin rules of every network through
    // Resource Graph (one query per batch), the network lists through ARM, no ARM action.
    QCOMPARE(endpointsOf(run.reachability), expectedEndpoints(sandbox));
    QVERIFY(run.network.adminRulesNotRead.isEmpty());
    QVERIFY(!run.network.serviceTags.isEmpty());
    QVERIFY(!run.nics.isEmpty());
    QVERIFY(run.adminRulePosts.isEmpty());
    QCOMPARE(run.armNsgLists, 0);

    // Resource Graph down: everything through ARM, the same paths.
    sandbox.setFaults(QStringLiteral("graph-down=503"));
    const Run fellBack = s.scan(sandbox, withNetwork(InventoryOptions::Via::Graph));
    QCOMPARE(endpointsOf(fellBack.reachability), expectedEndpoints(sandbox));
}

void TestInventoryLoader::adminRulesPageBySkipTokenInTheBody()
{
    auto o = SandboxFixture::defaults();
    o.pageSize = 1;
    SandboxFixture sandbox(o);
    Scanner s(sandbox);
    QVERIFY(s.ok);
    const Run run = s.scan(sandbox, withNetwork(InventoryOptions::Via::Arm));
    // vnet-edge's two rules came in two answers: the second asked with the first's skipToken.
    const auto withToken =
        std::count_if(run.adminRulePosts.begin(), run.adminRulePosts.end(),
                      [](const QString &b) { return b.contains(QLatin1String("skipToken")); });
    QCOMPARE(withToken, 1);
    const auto edge = std::find_if(
        run.network.adminRules.begin(), run.network.adminRules.end(), [](const VnetAdminRules &v) {
            return v.virtualNetworkId.endsWith(QLatin1String("/vnet-edge"));
        });
    QVERIFY(edge != run.network.adminRules.end());
    QCOMPARE(int(edge->rules.size()), 2);
    QCOMPARE(endpointsOf(run.reachability), expectedEndpoints(sandbox));
}

void TestInventoryLoader::adminRulesThroughResourceGraphForReaders()
{
    // A Reader may not call listNetworkManagerEffectiveSecurityAdminRules (an action, not a
    // read): the loader asks Resource Graph instead and decides the same paths.
    SandboxFixture sandbox;
    Scanner s(sandbox, QStringLiteral("auditor@contoso.com"));
    QVERIFY(s.ok);
    const Run run = s.scan(sandbox, withNetwork(InventoryOptions::Via::Arm));
    QVERIFY(!run.adminRulePosts.isEmpty());
    QVERIFY(run.graphRequests > 0);
    QVERIFY2(run.network.adminRulesNotRead.isEmpty(),
             qPrintable(run.network.adminRulesNotRead.values().join(QLatin1Char('\n'))));
    const QString mail = QLatin1String(SandboxFixture::kMailSubscription);
    QCOMPARE(endpointsOf(run.reachability, mail), expectedEndpoints(sandbox, mail));
}

void TestInventoryLoader::adminRulesNotReadMakeTheirPathsUnknown()
{
    SandboxFixture sandbox;
    Scanner s(sandbox, QStringLiteral("auditor@contoso.com"));
    QVERIFY(s.ok);
    sandbox.setFaults(QStringLiteral("graph-down=503"));
    const Run run = s.scan(sandbox, withNetwork(InventoryOptions::Via::Arm));
    // Refused through ARM, and Resource Graph is down: every network's admin rules are not
    // read, with both reasons, and no path through them is decided.
    QVERIFY(!run.network.adminRulesNotRead.isEmpty());
    for (const QString &why : run.network.adminRulesNotRead) {
        QVERIFY2(why.contains(QLatin1String("AuthorizationFailed")), qPrintable(why));
        QVERIFY2(why.contains(QLatin1String("Resource Graph")), qPrintable(why));
    }
    QVERIFY(!run.reachability.endpoints.empty());
    for (const Endpoint &e : run.reachability.endpoints) {
        QCOMPARE(e.verdict, Verdict::Unknown);
        QVERIFY2(e.reason.contains(QLatin1String("admin rules")), qPrintable(e.reason));
    }
    QCOMPARE(run.reachability.exposedEndpoints(), 0);
}

void TestInventoryLoader::cancelStopsEverything()
{
    SandboxFixture sandbox(generated("tenants=1,subs=30,nsgs=5,rules=4,exposed=0.1,seed=2", 1));
    Scanner s(sandbox, generatedAccount(sandbox));
    QVERIFY(s.ok);
    sandbox.setFaults(QStringLiteral("latency=50"));
    InventoryLoader loader(s.arm.get(), s.graph.get(), via(InventoryOptions::Via::Arm));
    QSignalSpy finished(&loader, &InventoryLoader::finished);
    int loaded = 0;
    connect(&loader, &InventoryLoader::nsgsLoaded, this, [&loaded] { ++loaded; });
    loader.start(s.session.account().homeTenantId);
    QTRY_VERIFY(loaded > 0);
    loader.cancel();
    QCOMPARE(finished.size(), 1);
    QVERIFY(loader.isCancelled());
    const int after = loaded;
    QTest::qWait(300);
    QCOMPARE(loaded, after);
    QCOMPARE(finished.size(), 1);
    QTRY_COMPARE(s.arm->inFlight(), 0);
}

QTEST_GUILESS_MAIN(TestInventoryLoader)
#include "tst_inventoryloader.moc"
