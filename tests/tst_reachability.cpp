// SPDX-License-Identifier: MIT
// The reachability pass over offline inputs: one scenario per semantic of docs/exposure-rules.md
// ('Reachability'), in tests/data/reachability (the az and ARM shapes), each endpoint's verdict
// and the layer that decides it; NIC and NSG reachability; bad input never OK.
#include "core/audit/findingtext.h"
#include "core/audit/pathhops.h"
#include "core/audit/reachability.h"
#include "core/input/networkjson.h"
#include "core/input/offlinescan.h"
#include "core/model/resourceid.h"
#include "core/remediation/nsgdocument.h"

#include "nsgtestdata.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace nsg;

namespace {

QString dataFile(const char *name)
{
    return QStringLiteral(NSG_TEST_DATA_DIR "/reachability/") + QLatin1String(name);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

ScanResult scanOf(const QStringList &files, const QString &serviceTags = QString())
{
    OfflineScan scan;
    for (const QString &f : files) {
        if (!scan.addFile(f))
            qFatal("%s", qPrintable(scan.errorString()));
    }
    if (!serviceTags.isEmpty() && !scan.addServiceTagFile(serviceTags))
        qFatal("%s", qPrintable(scan.errorString()));
    return scan.takeResult();
}

const Endpoint *endpointOf(const ScanResult &scan, const QString &nic, Endpoint::Via via,
                           int frontendPort = -1)
{
    for (const Endpoint &e : scan.reachability.endpoints) {
        if (e.networkInterfaceId.endsWith(QLatin1Char('/') + nic) && e.via == via
            && (frontendPort < 0 || e.frontendPort == frontendPort))
            return &e;
    }
    return nullptr;
}

const NicReachability *nicOf(const ScanResult &scan, const QString &name)
{
    for (const NicReachability &n : scan.reachability.interfaces) {
        if (n.name == name)
            return &n;
    }
    return nullptr;
}

QString nsgId(const char *name)
{
    return QStringLiteral("/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/"
                          "rg-reach/providers/Microsoft.Network/networkSecurityGroups/")
        + QLatin1String(name);
}

} // namespace

class TestReachability : public QObject
{
    Q_OBJECT

private slots:
    void endpoints_data();
    void endpoints();
    void serviceTagsResolvePublicTags();
    void interfaces();
    void nsgReachability();
    void nsgOnlyInputIsNotRead();
    void followedAgainAfterAFix();
    void standingOnBothAxes();
    void pathHopsInAzuresOrder();
    void oneFileOrSeveral();
    void resourceGraphRows();
    void badInputIsUnknownNeverOk_data();
    void badInputIsUnknownNeverOk();
    void serviceTagFileCutInHalf();
    void floatingIpMatchesTheFrontendAddress_data();
    void floatingIpMatchesTheFrontendAddress();
    void duplicatesAndOtherResources();
    void clientsComeInTheEntryPointsFamily();
    void badRulesOnlyStopWhatTheyMayMatch();
    void microsoftExamples();
    void idsCompareWithoutCase();
    void resourceKeysHashAsTheyCompare();
};

void TestReachability::endpoints_data()
{
    QTest::addColumn<QString>("nic");
    QTest::addColumn<int>("via");
    QTest::addColumn<int>("frontendPort");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<QString>("layer");
    QTest::addColumn<QString>("rule");

    using V = Endpoint::Via;
    // An AlwaysAllow admin rule lets traffic past the subnet NSG's Deny.
    QTest::newRow("admin AlwaysAllow over an NSG Deny")
        << "nic-always" << int(V::PublicIp) << 25 << "exposed"
        << "adminRule"
        << "always-allow-smtp";
    // A Deny admin rule closes 25 although the NSG allows it.
    QTest::newRow("admin Deny over an NSG Allow")
        << "nic-denied" << int(V::PublicIp) << 25 << "blocked"
        << "adminRule"
        << "deny-smtp";
    // No admin rule applies to the virtual network: the NSG decides.
    QTest::newRow("no admin rules, NSG allows") << "nic-open" << int(V::PublicIp) << 25 << "exposed"
                                                << "subnetNsg"
                                                << "AllowSmtpAny";
    // A public load balancer: its SMTP rule to the pool, and a NAT rule 2525 → 25.
    QTest::newRow("load balancer rule") << "nic-lb1" << int(V::LoadBalancerRule) << 25 << "exposed"
                                        << "subnetNsg"
                                        << "AllowSmtpInternet";
    QTest::newRow("inbound NAT rule from another port")
        << "nic-lb2" << int(V::InboundNatRule) << 2525 << "exposed"
        << "subnetNsg"
        << "AllowSmtpInternet";
    // A rule aimed at a destination ASG: its member is exposed, the NIC beside it is not.
    QTest::newRow("destination ASG, member")
        << "nic-asg-member" << int(V::PublicIp) << 25 << "exposed"
        << "subnetNsg"
        << "AllowSmtpToMail";
    QTest::newRow("destination ASG, not a member")
        << "nic-asg-other" << int(V::PublicIp) << 25 << "blocked"
        << "subnetNsg"
        << "DenyAllInBound";
    // A public service tag without tag data: unknown, never OK.
    QTest::newRow("public service tag, not resolved")
        << "nic-tag" << int(V::PublicIp) << 25 << "unknown"
        << "subnetNsg"
        << "";
    // A forced-tunnel route: AllowVnetInBound admits what arrives through the appliance.
    QTest::newRow("forced tunnel") << "nic-tunnel" << int(V::PublicIp) << 25 << "unknown"
                                   << "subnetNsg"
                                   << "";
    // No NSG at all: a Standard public IP is closed, a Basic one open.
    QTest::newRow("Standard public IP without NSG")
        << "nic-bare" << int(V::PublicIp) << 25 << "blocked"
        << "platform"
        << "";
    QTest::newRow("Basic public IP without NSG")
        << "nic-basic" << int(V::PublicIp) << 25 << "exposed"
        << "platform"
        << "";
    // Firewall DNAT: the firewall admits every source; the NSG sees the firewall's address.
    QTest::newRow("firewall DNAT") << "nic-fw" << int(V::FirewallDnat) << 25 << "exposed"
                                   << "firewall"
                                   << "smtp-to-relay";
}

void TestReachability::endpoints()
{
    QFETCH(QString, nic);
    QFETCH(int, via);
    QFETCH(int, frontendPort);
    QFETCH(QString, verdict);
    QFETCH(QString, layer);
    QFETCH(QString, rule);
    const ScanResult scan = scanOf({dataFile("estate.json"), dataFile("admin-rules.json")});
    QVERIFY(scan.reachability.evaluated);
    const Endpoint *e = endpointOf(scan, nic, Endpoint::Via(via), frontendPort);
    QVERIFY2(e, qPrintable(nic));
    QCOMPARE(endpointVerdictName(e->verdict), verdict);
    QCOMPARE(apiName(e->decidedLayer), layer);
    if (!rule.isEmpty())
        QCOMPARE(e->decidedRule, rule);
    QVERIFY2(!e->reason.isEmpty(), "every endpoint says why");
    QVERIFY(e->path.size() >= 3);
    QCOMPARE(e->path.first(), QStringLiteral("Internet"));
    if (e->verdict == Verdict::Exposed)
        QVERIFY(e->allowed.ipv4Count() > 256);
    // The firewall's public address is IPv4: clients come in IPv4 only.
    if (e->via == Endpoint::Via::FirewallDnat)
        QVERIFY(e->allowed.ipv6().isEmpty());
}

void TestReachability::serviceTagsResolvePublicTags()
{
    const ScanResult without = scanOf({dataFile("estate.json"), dataFile("admin-rules.json")});
    const Endpoint *before =
        endpointOf(without, QStringLiteral("nic-tag"), Endpoint::Via::PublicIp);
    QVERIFY(before);
    QCOMPARE(before->verdict, Verdict::Unknown);
    QVERIFY2(before->reason.contains(QLatin1String("AzureFrontDoor.Backend")),
             qPrintable(before->reason));
    QVERIFY(before->reason.contains(QLatin1String("not resolved")));

    const ScanResult with = scanOf({dataFile("estate.json"), dataFile("admin-rules.json")},
                                   dataFile("service-tags.json"));
    QCOMPARE(with.reachability.serviceTagsChange, QStringLiteral("412"));
    QCOMPARE(with.reachability.serviceTagsCloud, QStringLiteral("Public"));
    const Endpoint *after = endpointOf(with, QStringLiteral("nic-tag"), Endpoint::Via::PublicIp);
    QVERIFY(after);
    QCOMPARE(after->verdict, Verdict::Exposed);
    // Exactly the tag's public prefixes: 147.243.0.0/16 and one /44 of IPv6.
    QCOMPARE(after->allowed.ipv4Count(), quint64(65536));
    QCOMPARE(after->allowed.toCidrStrings().first(), QStringLiteral("147.243.0.0/16"));
    // The NSG verdict stays what it was: the seed's question is unchanged.
    for (const NsgResult &r : with.nsgs) {
        if (r.nsg.name() == QLatin1String("nsg-tag"))
            QCOMPARE(r.finding.verdict, Verdict::Ok);
    }
}

void TestReachability::interfaces()
{
    const ScanResult scan = scanOf({dataFile("estate.json"), dataFile("admin-rules.json")});
    const QList<std::pair<const char *, NicReachability::Verdict>> expected{
        {"nic-always", NicReachability::Verdict::Exposed},
        // Its entry point is blocked by an admin rule; its NSG alone would let the Internet in.
        {"nic-denied", NicReachability::Verdict::Latent},
        {"nic-open", NicReachability::Verdict::Exposed},
        {"nic-lb1", NicReachability::Verdict::Exposed},
        {"nic-lb2", NicReachability::Verdict::Exposed},
        {"nic-private", NicReachability::Verdict::Latent},
        {"nic-asg-other", NicReachability::Verdict::Ok},
        {"nic-tag", NicReachability::Verdict::Unknown},
        {"nic-tunnel", NicReachability::Verdict::Unknown},
        {"nic-bare", NicReachability::Verdict::Ok},
        {"nic-fw", NicReachability::Verdict::Exposed},
    };
    for (const auto &[name, verdict] : expected) {
        const NicReachability *n = nicOf(scan, QLatin1String(name));
        QVERIFY2(n, name);
        QVERIFY2(n->verdict == verdict,
                 qPrintable(QLatin1String(name) + QLatin1String(": ") + apiName(n->verdict)
                            + QLatin1String(" — ") + n->reason));
    }
    QCOMPARE(scan.reachability.interfaces.size(), size_t(13));
    // OK though an NSG on its path is exposed by its own rules, with no entry point to it (the
    // NSG reads latent in the tree): the reason names that NSG and why it does not reach this
    // NIC (its rule aims at an application security group this NIC is not in).
    nlohmann::json estate = nlohmann::json::parse(readAll(dataFile("estate.json")).toStdString());
    for (auto &o : estate) {
        if (o.value("name", std::string()) == "nic-asg-other")
            o["properties"]["ipConfigurations"][0]["properties"].erase("publicIPAddress");
    }
    OfflineScan unreached;
    unreached.addBytes(QByteArray::fromStdString(estate.dump()), QStringLiteral("estate.json"));
    const ScanResult withoutEntry = unreached.takeResult();
    const NicReachability *asgOther = nicOf(withoutEntry, QStringLiteral("nic-asg-other"));
    QVERIFY(asgOther);
    QCOMPARE(asgOther->verdict, NicReachability::Verdict::Ok);
    QVERIFY2(asgOther->reason.contains(
                 QLatin1String("nsg-asg lets public sources in by its own rules, but not through "
                               "to this NIC")),
             qPrintable(asgOther->reason));
}

void TestReachability::nsgReachability()
{
    const ScanResult scan = scanOf({dataFile("estate.json"), dataFile("admin-rules.json")});
    const ReachabilityResult &r = scan.reachability;
    QCOMPARE(r.of(nsgId("nsg-open")), NsgReachability::InternetFacing);
    QCOMPARE(r.of(nsgId("nsg-lb")), NsgReachability::InternetFacing);
    QCOMPARE(r.of(nsgId("nsg-asg")), NsgReachability::InternetFacing);
    // Exposed by its rules, but an admin Deny decides first: not on a path from the Internet.
    QCOMPARE(r.of(nsgId("nsg-open-denied")), NsgReachability::Latent);
    QVERIFY(r.overriddenBy.value(nsgId("nsg-open-denied").toLower())
                .endsWith(QLatin1String("/deny-smtp")));
    // Guards a NIC without any public entry point.
    QCOMPARE(r.of(nsgId("nsg-latent")), NsgReachability::Latent);
    // NSGs whose rules do not expose the port have no reachability of their own.
    QCOMPARE(r.of(nsgId("nsg-deny-25")), NsgReachability::NotApplicable);
    QCOMPARE(r.internetFacingNsgs(), 3);
    QCOMPARE(r.latentNsgs(), 2);
    QCOMPARE(r.exposedEndpoints(), 7);
}

// What a fix would do to the paths through an NSG: its exposed endpoints, followed again with the
// NSG as the fix leaves it, on the part of the inventory the pass kept for that.
void TestReachability::followedAgainAfterAFix()
{
    const ScanResult scan = scanOf({dataFile("estate.json"), dataFile("admin-rules.json")});
    const ReachabilityResult &r = scan.reachability;
    QVERIFY(r.openPaths);
    // Only what the open paths need is kept.
    QVERIFY(r.openPaths->interfaces.size() < size_t(r.read.interfaces));
    const QString open = nsgId("nsg-open");
    const auto nsgsWith = [&](const QString &ruleName, const QStringList &prefixes) {
        std::vector<NsgResult> nsgs;
        for (const QString &id : r.nsgIdsOnOpenPaths(open)) {
            const auto it =
                std::find_if(scan.nsgs.begin(), scan.nsgs.end(), [&](const NsgResult &n) {
                    return n.nsg.id().compare(id, Qt::CaseInsensitive) == 0;
                });
            if (it == scan.nsgs.end())
                continue;
            if (id.compare(open, Qt::CaseInsensitive) != 0) {
                nsgs.push_back(*it);
                continue;
            }
            RuleFix fix;
            fix.prefixes = prefixes;
            const RuleChange change = NsgDocument::fromNsg(it->nsg).withFix(ruleName, fix);
            if (!change.error.isEmpty())
                qFatal("%s", qPrintable(change.error));
            nsgs.push_back(*change.nsgAfter.evaluate(scan.options));
        }
        return nsgs;
    };
    QVERIFY(r.nsgIdsOnOpenPaths(open).contains(open, Qt::CaseInsensitive));

    // Unchanged: every path as it was.
    std::vector<NsgResult> unchanged;
    for (const QString &id : r.nsgIdsOnOpenPaths(open)) {
        for (const NsgResult &n : scan.nsgs) {
            if (n.nsg.id().compare(id, Qt::CaseInsensitive) == 0)
                unchanged.push_back(n);
        }
    }
    std::vector<ReachabilityResult::Change> changes = r.followAgain(open, unchanged, scan.options);
    QVERIFY(!changes.empty());
    for (const ReachabilityResult::Change &c : changes) {
        QCOMPARE(c.before->verdict, Verdict::Exposed);
        QCOMPARE(c.after.verdict, c.before->verdict);
        QCOMPARE(c.after.decidedRule, c.before->decidedRule);
        QCOMPARE(c.after.allowed, c.before->allowed);
    }

    // Restricted to one documentation range: every path through it is blocked, decided there.
    changes = r.followAgain(
        open, nsgsWith(QStringLiteral("AllowSmtpAny"), {QStringLiteral("203.0.113.0/24")}),
        scan.options);
    QVERIFY(!changes.empty());
    for (const ReachabilityResult::Change &c : changes) {
        QCOMPARE(c.after.verdict, Verdict::Ok);
        QVERIFY2(c.after.decidedId.compare(open, Qt::CaseInsensitive) == 0,
                 qPrintable(c.after.decidedId));
        // That range still gets through: the path is restricted, not blocked — the NSG limits
        // it and the workload is reached, as the words say.
        QCOMPARE(c.after.allowed.ipv4Count(), quint64(256));
        QCOMPARE(endpointStateText(c.after),
                 QStringLiteral("restricted to 256 public IPv4 addresses"));
        const std::vector<PathHop> hops = pathHops(c.after);
        QCOMPARE(std::count_if(hops.begin(), hops.end(),
                               [](const PathHop &h) { return h.state == PathHop::State::Limits; }),
                 1);
        QVERIFY(std::none_of(hops.begin(), hops.end(), [](const PathHop &h) {
            return h.state == PathHop::State::Stops || h.state == PathHop::State::NotReached;
        }));
        QVERIFY(describePath(c.after, hops).contains(QLatin1String("restricted to 256")));
    }
    // Restricted to half the Internet: still exposed, to that half only.
    changes =
        r.followAgain(open, nsgsWith(QStringLiteral("AllowSmtpAny"), {QStringLiteral("0.0.0.0/1")}),
                      scan.options);
    QVERIFY(!changes.empty());
    for (const ReachabilityResult::Change &c : changes) {
        QCOMPARE(c.after.verdict, Verdict::Exposed);
        QVERIFY(c.after.allowed.ipv4Count() < c.before->allowed.ipv4Count());
    }
    // Without the NSGs on the path, it cannot be followed: unknown, never OK.
    changes = r.followAgain(open, {}, scan.options);
    for (const ReachabilityResult::Change &c : changes)
        QCOMPARE(c.after.verdict, Verdict::Unknown);
}

void TestReachability::nsgOnlyInputIsNotRead()
{
    // The estate's NSGs alone: exposed ones cannot be placed on a path.
    const nlohmann::json estate =
        nlohmann::json::parse(readAll(dataFile("estate.json")).toStdString());
    nlohmann::json nsgsOnly = nlohmann::json::array();
    for (const auto &o : estate) {
        if (o.value("type", std::string()) == "Microsoft.Network/networkSecurityGroups")
            nsgsOnly.push_back(o);
    }
    OfflineScan scan;
    scan.addBytes(QByteArray::fromStdString(nsgsOnly.dump()), QStringLiteral("nsgs.json"));
    const ScanResult result = scan.takeResult();
    QVERIFY(!result.reachability.evaluated);
    QVERIFY(result.reachability.endpoints.empty());
    QCOMPARE(result.reachability.of(nsgId("nsg-open")), NsgReachability::NotRead);
    QCOMPARE(result.reachability.of(nsgId("nsg-latent")), NsgReachability::NotRead);
    // No warning about skipped resources, none about reachability inputs that were never there.
    QCOMPARE(result.count(Verdict::Exposed), 5);
}

void TestReachability::standingOnBothAxes()
{
    const ScanResult scan = scanOf({dataFile("estate.json"), dataFile("admin-rules.json")});
    auto standing = [&scan](const char *name) {
        for (const NsgResult &r : scan.nsgs) {
            if (r.nsg.name() == QLatin1String(name))
                return scan.reachability.standing(r.nsg.id(), r.finding.verdict);
        }
        qFatal("no NSG %s", name);
    };
    QCOMPARE(standing("nsg-open"), NsgStanding::InternetFacing);
    QCOMPARE(standing("nsg-lb"), NsgStanding::InternetFacing);
    // Exposed by its rules, an admin Deny first: blocked, not merely latent.
    QCOMPARE(standing("nsg-open-denied"), NsgStanding::BlockedByAdminRule);
    QCOMPARE(standing("nsg-latent"), NsgStanding::Latent);
    // Its rules deny 25, but an AlwaysAllow admin rule admits the Internet past it: never OK.
    QCOMPARE(standing("nsg-deny-25"), NsgStanding::AdmittedByAdminRule);
    // OK by their rules, but a path through each could not be decided: a forced-tunnel route
    // under AllowVnetInBound, an Allow from a public service tag without the tag data.
    QCOMPARE(standing("nsg-defaults"), NsgStanding::Unknown);
    QCOMPARE(standing("nsg-tag"), NsgStanding::Unknown);
    // OK by its rules, but it lets the firewall's DNAT traffic from the Internet through.
    QCOMPARE(standing("nsg-fw"), NsgStanding::InternetFacing);
    // With the tag data, its Allow from AzureFrontDoor.Backend lets 65,536 public addresses
    // reach a workload, though its NSG verdict stays OK: internet-facing.
    const ScanResult tagged = scanOf({dataFile("estate.json"), dataFile("admin-rules.json")},
                                     dataFile("service-tags.json"));
    for (const NsgResult &r : tagged.nsgs) {
        if (r.nsg.name() == QLatin1String("nsg-tag"))
            QCOMPARE(tagged.reachability.standing(r.nsg.id(), r.finding.verdict),
                     NsgStanding::InternetFacing);
    }

    // Its own verdict's proof does not say the tag holds no public address: it says the tag
    // is not the Internet for that verdict.
    for (const NsgResult &r : scan.nsgs) {
        if (r.nsg.name() == QLatin1String("nsg-tag")) {
            const QString proof = FindingText(r.nsg, r.finding, scan.options).proof().join(u'\n');
            QVERIFY2(proof.contains(QLatin1String("its source is the service tag "
                                                  "AzureFrontDoor.Backend: not the Internet")),
                     qPrintable(proof));
        }
    }
    // Without the network, the NSG verdict alone.
    ReachabilityResult none;
    QCOMPARE(none.standing(nsgId("nsg-open"), Verdict::Exposed), NsgStanding::Exposed);
    QCOMPARE(none.standing(nsgId("nsg-open"), Verdict::Ok), NsgStanding::Ok);
    QCOMPARE(none.standing(nsgId("nsg-open"), Verdict::Unknown), NsgStanding::Unknown);
    QCOMPARE(apiName(NsgStanding::BlockedByAdminRule), QStringLiteral("blocked-by-admin-rule"));
}

void TestReachability::pathHopsInAzuresOrder()
{
    const ScanResult scan = scanOf({dataFile("estate.json"), dataFile("admin-rules.json")});
    auto hopsOf = [&scan](const char *nic, Endpoint::Via via) {
        const Endpoint *e = endpointOf(scan, QLatin1String(nic), via);
        if (!e)
            qFatal("no endpoint to %s", nic);
        return std::make_pair(e, pathHops(*e));
    };
    auto deciding = [](const std::vector<PathHop> &hops) {
        const PathHop *found = nullptr;
        int count = 0;
        for (const PathHop &h : hops) {
            if (h.state == PathHop::State::Admits || h.state == PathHop::State::Stops
                || h.state == PathHop::State::Undecided) {
                found = found ? found : &h;
                ++count;
            }
        }
        return count == 1 ? found : nullptr;
    };

    // Internet → public IP → admin rules → subnet NSG (decides, lets it in) → the NIC.
    {
        const auto [e, hops] = hopsOf("nic-open", Endpoint::Via::PublicIp);
        QVERIFY(hops.size() >= 4);
        QCOMPARE(hops.front().kind, PathHop::Kind::Internet);
        QVERIFY(hops.front().text.contains(QLatin1String("any public IPv4 address")));
        QCOMPARE(hops[1].kind, PathHop::Kind::Entry);
        QCOMPARE(hops[1].title, QStringLiteral("Public IP"));
        QCOMPARE(hops[1].resourceId, e->viaId);
        QCOMPARE(hops.back().kind, PathHop::Kind::Target);
        QCOMPARE(hops.back().resourceId, e->networkInterfaceId);
        const PathHop *d = deciding(hops);
        QVERIFY(d);
        QCOMPARE(d->kind, PathHop::Kind::SubnetNsg);
        QCOMPARE(d->state, PathHop::State::Admits);
        QCOMPARE(d->resourceId, nsgId("nsg-open"));
        QVERIFY(d->text.contains(QLatin1String("AllowSmtpAny")));
        // Azure's order: the admin rules before the subnet's NSG, the NIC last.
        int admin = -1, subnet = -1;
        for (int i = 0; i < int(hops.size()); ++i) {
            admin = hops[size_t(i)].kind == PathHop::Kind::AdminRules ? i : admin;
            subnet = hops[size_t(i)].kind == PathHop::Kind::SubnetNsg ? i : subnet;
        }
        QVERIFY(admin > 1 && subnet > admin);
        const QString text = describePath(*e, hops);
        QVERIFY2(text.startsWith(QLatin1String("Path from the Internet to nic-open (10.3.1.4:25), "
                                               "exposed: 1. Internet: ")),
                 qPrintable(text));
        QVERIFY(
            text.contains(QLatin1String("Subnet NSG: subnet NSG nsg-open: allows "
                                        "(AllowSmtpAny) (decides: lets the Internet through)")));
    }
    // A Deny admin rule stops it; what comes after is not reached.
    {
        const auto [e, hops] = hopsOf("nic-denied", Endpoint::Via::PublicIp);
        const PathHop *d = deciding(hops);
        QVERIFY(d);
        QCOMPARE(d->kind, PathHop::Kind::AdminRules);
        QCOMPARE(d->state, PathHop::State::Stops);
        QVERIFY(d->text.contains(QLatin1String("deny-smtp")));
        // A click on it opens the virtual network's admin rules.
        QCOMPARE(d->resourceId, e->virtualNetworkId);
        QVERIFY(e->virtualNetworkId.endsWith(QLatin1String("/vnet-denied")));
        bool after = false;
        for (const PathHop &h : hops) {
            if (after)
                QCOMPARE(h.state, PathHop::State::NotReached);
            after = after || &h == d;
        }
        QCOMPARE(hops.back().state, PathHop::State::NotReached);
    }
    // An AlwaysAllow admin rule lets it in: the NSGs after it are not evaluated.
    {
        const auto [e, hops] = hopsOf("nic-always", Endpoint::Via::PublicIp);
        const PathHop *d = deciding(hops);
        QVERIFY(d);
        QCOMPARE(d->kind, PathHop::Kind::AdminRules);
        QCOMPARE(d->state, PathHop::State::Admits);
        for (const PathHop &h : hops) {
            if (h.kind == PathHop::Kind::SubnetNsg || h.kind == PathHop::Kind::NicNsg)
                QCOMPARE(h.state, PathHop::State::NotReached);
        }
        QCOMPARE(hops.back().state, PathHop::State::Passes);
    }
    // An inbound NAT rule; the firewall's DNAT decides at the entry; no NSG and a Standard SKU
    // stops it at the platform note; a public service tag without data is undecided.
    QCOMPARE(hopsOf("nic-lb2", Endpoint::Via::InboundNatRule).second[1].title,
             QStringLiteral("Inbound NAT rule"));
    {
        const auto [e, hops] = hopsOf("nic-fw", Endpoint::Via::FirewallDnat);
        QCOMPARE(deciding(hops), &hops[1]);
        QCOMPARE(hops[1].state, PathHop::State::Admits);
    }
    {
        const auto [e, hops] = hopsOf("nic-bare", Endpoint::Via::PublicIp);
        const PathHop *d = deciding(hops);
        QVERIFY(d);
        QCOMPARE(d->kind, PathHop::Kind::Note);
        QCOMPARE(d->state, PathHop::State::Stops);
        QVERIFY(d->text.contains(QLatin1String("Standard SKU")));
    }
    {
        const auto [e, hops] = hopsOf("nic-tag", Endpoint::Via::PublicIp);
        const PathHop *d = deciding(hops);
        QVERIFY(d);
        QCOMPARE(d->kind, PathHop::Kind::SubnetNsg);
        QCOMPARE(d->state, PathHop::State::Undecided);
    }
}

void TestReachability::oneFileOrSeveral()
{
    // Mixed in one array, in another order: the same endpoints with the same verdicts.
    nlohmann::json all = nlohmann::json::parse(readAll(dataFile("admin-rules.json")).toStdString());
    for (const auto &o : nlohmann::json::parse(readAll(dataFile("estate.json")).toStdString()))
        all.push_back(o);
    OfflineScan one;
    one.addBytes(QByteArray::fromStdString(all.dump()), QStringLiteral("all.json"));
    const ScanResult a = one.takeResult();
    const ScanResult b = scanOf({dataFile("estate.json"), dataFile("admin-rules.json")});
    QCOMPARE(a.reachability.endpoints.size(), b.reachability.endpoints.size());
    for (const Endpoint &e : b.reachability.endpoints) {
        const QString nic = e.networkInterfaceId.section(QLatin1Char('/'), -1);
        const Endpoint *same = endpointOf(a, nic, e.via, e.frontendPort);
        QVERIFY(same);
        QCOMPARE(same->verdict, e.verdict);
    }
    QVERIFY(a.warnings.filter(QLatin1String("skipped")).isEmpty());
}

void TestReachability::resourceGraphRows()
{
    // Resource Graph rows: lower-case types, an ARM list page around them, and the effective
    // admin rules as a networkresources row named after its virtual network.
    const QByteArray rows = R"({"totalRecords": 4, "count": 4, "data": [
      {"id": "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/networkInterfaces/nic-rg",
       "name": "nic-rg", "type": "microsoft.network/networkinterfaces",
       "properties": {"ipConfigurations": [{"id": "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/networkInterfaces/nic-rg/ipConfigurations/c",
         "name": "c", "properties": {"privateIPAddress": "10.8.0.4",
         "subnet": {"id": "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v/subnets/a"},
         "publicIPAddress": {"id": "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/publicIPAddresses/p"}}}]}},
      {"id": "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/publicIPAddresses/p",
       "name": "p", "type": "microsoft.network/publicipaddresses", "sku": {"name": "Standard"},
       "properties": {"ipAddress": "20.30.40.50"}},
      {"id": "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v",
       "name": "v", "type": "microsoft.network/virtualnetworks",
       "properties": {"addressSpace": {"addressPrefixes": ["10.8.0.0/16"]},
         "subnets": [{"id": "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v/subnets/a",
                      "name": "a", "properties": {"addressPrefix": "10.8.0.0/24"}}]}},
      {"id": "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v/providers/Microsoft.Network/effectiveSecurityAdminRules/always",
       "type": "microsoft.network/effectivesecurityadminrules",
       "properties": {"access": "AlwaysAllow", "priority": 3, "direction": "Inbound", "protocol": "Any",
         "sources": [{"addressPrefix": "Internet", "addressPrefixType": "ServiceTag"}],
         "destinations": [{"addressPrefix": "*", "addressPrefixType": "IPPrefix"}],
         "destinationPortRanges": ["0-65535"], "sourcePortRanges": ["0-65535"]}}]})";
    OfflineScan scan;
    scan.addBytes(rows, QStringLiteral("graph.json"));
    const ScanResult result = scan.takeResult();
    const Endpoint *e = endpointOf(result, QStringLiteral("nic-rg"), Endpoint::Via::PublicIp);
    QVERIFY(e);
    // Without any NSG a Standard public IP is closed, but the AlwaysAllow admin rule admits.
    QCOMPARE(e->verdict, Verdict::Exposed);
    QCOMPARE(e->decidedLayer, Endpoint::Layer::AdminRule);
    QCOMPARE(e->publicIp, QStringLiteral("20.30.40.50"));
}

void TestReachability::badInputIsUnknownNeverOk_data()
{
    QTest::addColumn<QString>("edit"); // what to break in the estate
    QTest::addColumn<QString>("nic");
    QTest::addColumn<int>("via");
    QTest::addColumn<QString>("reason");
    QTest::newRow("NIC in a subnet that was not read")
        << "subnet"
        << "nic-open" << int(Endpoint::Via::PublicIp) << "was not read";
    QTest::newRow("load balancer rule to a missing pool")
        << "pool"
        << "" << int(Endpoint::Via::LoadBalancerRule) << "does not have";
    QTest::newRow("admin rule with an unknown access")
        << "access"
        << "nic-always" << int(Endpoint::Via::PublicIp) << "AllowSometimes";
    QTest::newRow("NAT rule to an IP configuration that was not read")
        << "nat"
        << "" << int(Endpoint::Via::InboundNatRule) << "not read";
    QTest::newRow("admin rules of one network missing")
        << "adminGap"
        << "nic-open" << int(Endpoint::Via::PublicIp) << "were not in the input";
    QTest::newRow("route table not read")
        << "routeTable"
        << "nic-tunnel" << int(Endpoint::Via::PublicIp) << "was not read";
    QTest::newRow("DNAT from IP groups") << "ipGroups"
                                         << "" << int(Endpoint::Via::FirewallDnat) << "IP groups";
    QTest::newRow("pool member not read")
        << "member"
        << "" << int(Endpoint::Via::LoadBalancerRule) << "were not read";
}

void TestReachability::badInputIsUnknownNeverOk()
{
    QFETCH(QString, edit);
    QFETCH(QString, nic);
    QFETCH(int, via);
    QFETCH(QString, reason);
    nlohmann::json estate = nlohmann::json::parse(readAll(dataFile("estate.json")).toStdString());
    nlohmann::json admin =
        nlohmann::json::parse(readAll(dataFile("admin-rules.json")).toStdString());
    for (auto &o : estate) {
        const std::string name = o.value("name", std::string());
        if (edit == QLatin1String("subnet") && name == "nic-open")
            o["properties"]["ipConfigurations"][0]["properties"]["subnet"]["id"] =
                "/subscriptions/x/resourceGroups/x/providers/Microsoft.Network/virtualNetworks/"
                "gone/subnets/gone";
        if (edit == QLatin1String("pool") && name == "lb-mail") {
            auto &rule = o["properties"]["loadBalancingRules"][0]["properties"];
            rule["backendAddressPool"]["id"] = std::string(o["id"]) + "/backendAddressPools/gone";
            rule["backendAddressPools"] = nlohmann::json::array({rule["backendAddressPool"]});
        }
        if (edit == QLatin1String("nat") && name == "lb-mail")
            o["properties"]["inboundNatRules"][0]["properties"]["backendIPConfiguration"]["id"] =
                std::string(o["id"]) + "/../networkInterfaces/gone/ipConfigurations/x";
        if (edit == QLatin1String("nat") && name == "nic-lb2")
            o["properties"]["ipConfigurations"][0]["properties"].erase(
                "loadBalancerInboundNatRules");
        if (edit == QLatin1String("ipGroups") && name == "dnat")
            o["properties"]["ruleCollections"][0]["rules"][0]["sourceIpGroups"] =
                nlohmann::json::array({"/subscriptions/x/resourceGroups/x/providers/"
                                       "Microsoft.Network/ipGroups/partners"});
        if (edit == QLatin1String("member") && name == "lb-mail")
            o["properties"]["backendAddressPools"][0]["properties"]["backendIPConfigurations"] =
                nlohmann::json::array(
                    {{{"id",
                       "/subscriptions/x/resourceGroups/x/providers/Microsoft.Network/"
                       "networkInterfaces/unread/ipConfigurations/ipconfig1"}}});
    }
    if (edit == QLatin1String("routeTable")) {
        for (size_t i = 0; i < estate.size(); ++i) {
            if (estate[i].value("name", std::string()) == "rt-forced") {
                estate.erase(i);
                break;
            }
        }
    }
    if (edit == QLatin1String("adminGap")) {
        for (size_t i = 0; i < admin.size(); ++i) {
            if (admin[i]["virtualNetworkId"].get<std::string>().ends_with("/vnet-plain")) {
                admin.erase(i);
                break;
            }
        }
    }
    if (edit == QLatin1String("access"))
        admin[0]["value"][0]["properties"]["access"] = "AllowSometimes";
    OfflineScan scan;
    scan.addBytes(QByteArray::fromStdString(estate.dump()), QStringLiteral("estate.json"));
    scan.addBytes(QByteArray::fromStdString(admin.dump()), QStringLiteral("admin.json"));
    const ScanResult result = scan.takeResult();
    const Endpoint *found = nullptr;
    for (const Endpoint &e : result.reachability.endpoints) {
        if (e.via == Endpoint::Via(via)
            && (nic.isEmpty() || e.networkInterfaceId.endsWith(QLatin1Char('/') + nic))
            && e.reason.contains(reason))
            found = &e;
    }
    QVERIFY2(found, qPrintable(edit));
    QCOMPARE(found->verdict, Verdict::Unknown);
    // An exposed NSG on that undecided path is not called latent.
    for (const QString &id : found->nsgIds)
        QVERIFY(result.reachability.of(id) != NsgReachability::Latent);
}

void TestReachability::floatingIpMatchesTheFrontendAddress_data()
{
    QTest::addColumn<bool>("floating");
    QTest::addColumn<QString>("destination");
    QTest::addColumn<QString>("verdict");
    // Without floating IP the NSG sees the backend's private address; with it, the frontend's
    // (Microsoft: "Azure changes the IP address mapping to the Frontend IP address").
    QTest::newRow("private address, no floating IP") << false << "10.4.1.4"
                                                     << "exposed";
    QTest::newRow("private address, floating IP") << true << "10.4.1.4"
                                                  << "blocked";
    QTest::newRow("frontend address, no floating IP") << false << "20.10.0.10"
                                                      << "blocked";
    QTest::newRow("frontend address, floating IP") << true << "20.10.0.10"
                                                   << "exposed";
    QTest::newRow("any destination, floating IP") << true << "*"
                                                  << "exposed";
}

void TestReachability::floatingIpMatchesTheFrontendAddress()
{
    QFETCH(bool, floating);
    QFETCH(QString, destination);
    QFETCH(QString, verdict);
    nlohmann::json estate = nlohmann::json::parse(readAll(dataFile("estate.json")).toStdString());
    for (auto &o : estate) {
        const std::string name = o.value("name", std::string());
        if (name == "lb-mail")
            o["properties"]["loadBalancingRules"][0]["properties"]["enableFloatingIP"] = floating;
        if (name == "nsg-lb")
            o["properties"]["securityRules"][0]["properties"]["destinationAddressPrefix"] =
                destination.toStdString();
    }
    OfflineScan scan;
    scan.addBytes(QByteArray::fromStdString(estate.dump()), QStringLiteral("estate.json"));
    scan.addFile(dataFile("admin-rules.json"));
    const ScanResult result = scan.takeResult();
    const Endpoint *e =
        endpointOf(result, QStringLiteral("nic-lb1"), Endpoint::Via::LoadBalancerRule, 25);
    QVERIFY(e);
    QCOMPARE(endpointVerdictName(e->verdict), verdict);
    QCOMPARE(e->path.join(u'\n').contains(QLatin1String("floating IP")), floating);
}

void TestReachability::duplicatesAndOtherResources()
{
    // The same estate twice: each resource once, the same endpoints, a warning per copy.
    const ScanResult once = scanOf({dataFile("estate.json"), dataFile("admin-rules.json")});
    const ScanResult twice =
        scanOf({dataFile("estate.json"), dataFile("admin-rules.json"), dataFile("estate.json")});
    QCOMPARE(twice.reachability.endpoints.size(), once.reachability.endpoints.size());
    QCOMPARE(twice.reachability.exposedEndpoints(), once.reachability.exposedEndpoints());
    QVERIFY(!twice.warnings.filter(QLatin1String("was already read")).isEmpty());
    // A copy whose ids differ only in case holds the same resources: ARM ids are
    // case-insensitive.
    nlohmann::json shouted = nlohmann::json::parse(readAll(dataFile("estate.json")).toStdString());
    for (auto &o : shouted) {
        if (o.contains("id"))
            o["id"] = QString::fromStdString(o["id"].get<std::string>()).toUpper().toStdString();
    }
    OfflineScan again;
    again.addBytes(readAll(dataFile("estate.json")), QStringLiteral("estate.json"));
    again.addBytes(readAll(dataFile("admin-rules.json")), QStringLiteral("admin-rules.json"));
    again.addBytes(QByteArray::fromStdString(shouted.dump()), QStringLiteral("shouted.json"));
    const ScanResult caseless = again.takeResult();
    QCOMPARE(caseless.reachability.interfaces.size(), once.reachability.interfaces.size());
    QCOMPARE(caseless.reachability.endpoints.size(), once.reachability.endpoints.size());
    // Without a type: a scale set's NIC is a NIC, a subnet is no NSG.
    const QByteArray untyped = R"([
      {"id": "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/virtualMachineScaleSets/vmss/virtualMachines/0/networkInterfaces/nic1",
       "name": "nic1", "properties": {"ipConfigurations": [{"id": "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/virtualMachineScaleSets/vmss/virtualMachines/0/networkInterfaces/nic1/ipConfigurations/c",
         "name": "c", "properties": {"privateIPAddress": "10.0.0.4",
         "subnet": {"id": "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v/subnets/a"}}}]}},
      {"id": "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v/subnets/a",
       "name": "a", "properties": {"addressPrefix": "10.0.0.0/24"}}])";
    OfflineScan scan;
    scan.addBytes(untyped, QStringLiteral("untyped.json"));
    const ScanResult result = scan.takeResult();
    QVERIFY2(result.nsgs.empty(), "neither object is an NSG");
    QCOMPARE(result.reachability.interfaces.size(), size_t(1));
    QCOMPARE(result.reachability.interfaces[0].name, QStringLiteral("nic1"));
    QVERIFY(!result.warnings.filter(QLatin1String("not a resource the scan reads")).isEmpty());
}

void TestReachability::clientsComeInTheEntryPointsFamily()
{
    const ScanResult scan = scanOf({dataFile("estate.json"), dataFile("admin-rules.json")});
    for (const Endpoint &e : scan.reachability.endpoints) {
        // Every entry point of the estate has an IPv4 address: no IPv6 client reaches it.
        QVERIFY2(e.allowed.ipv6().isEmpty(), qPrintable(e.reason));
    }
    // Behind DNAT the NSG sees the firewall, not the Internet: a rule from "Internet" does not
    // let it through, and the Deny after it stops it.
    nlohmann::json estate = nlohmann::json::parse(readAll(dataFile("estate.json")).toStdString());
    for (auto &o : estate) {
        if (o.value("name", std::string()) == "nsg-fw")
            o["properties"]["securityRules"] = nlohmann::json::array(
                {test::ruleFromDsl(QStringLiteral("Allow 100 Tcp Internet 25 name=AllowInternet"),
                                   0),
                 test::ruleFromDsl(QStringLiteral("Deny 200 Tcp VirtualNetwork 25 name=DenyVnet"),
                                   1)});
    }
    OfflineScan withRules;
    withRules.addBytes(QByteArray::fromStdString(estate.dump()), QStringLiteral("estate.json"));
    QVERIFY(withRules.addFile(dataFile("admin-rules.json")));
    const ScanResult result = withRules.takeResult();
    const Endpoint *e = endpointOf(result, QStringLiteral("nic-fw"), Endpoint::Via::FirewallDnat);
    QVERIFY(e);
    QCOMPARE(endpointVerdictName(e->verdict), QStringLiteral("blocked"));
    QCOMPARE(e->decidedRule, QStringLiteral("DenyVnet"));
}

void TestReachability::badRulesOnlyStopWhatTheyMayMatch()
{
    // nsg-open gets a malformed rule before its Allow: on another port it changes nothing, on
    // port 25 it leaves the path unknown (it could have been a Deny).
    auto withBadRule = [](const char *port) {
        nlohmann::json estate =
            nlohmann::json::parse(readAll(dataFile("estate.json")).toStdString());
        for (auto &o : estate) {
            if (o.value("name", std::string()) == "nsg-open")
                o["properties"]["securityRules"].push_back(
                    test::ruleFromDsl(QStringLiteral("Deny 90 Tcp 10.0.0.300 %1 name=Broken")
                                          .arg(QLatin1String(port)),
                                      1));
        }
        OfflineScan scan;
        scan.addBytes(QByteArray::fromStdString(estate.dump()), QStringLiteral("estate.json"));
        if (!scan.addFile(dataFile("admin-rules.json")))
            qFatal("admin rules");
        return scan.takeResult();
    };
    const ScanResult other = withBadRule("80");
    const Endpoint *e = endpointOf(other, QStringLiteral("nic-open"), Endpoint::Via::PublicIp);
    QVERIFY(e);
    QCOMPARE(e->verdict, Verdict::Exposed);
    const ScanResult same = withBadRule("25");
    e = endpointOf(same, QStringLiteral("nic-open"), Endpoint::Via::PublicIp);
    QVERIFY(e);
    QCOMPARE(e->verdict, Verdict::Unknown);
    QVERIFY2(e->reason.contains(QLatin1String("Broken")), qPrintable(e->reason));
}

void TestReachability::serviceTagFileCutInHalf()
{
    // A 5 MB service tag file cut in the middle: a clear file error, nothing half-read.
    nlohmann::json tags =
        nlohmann::json::parse(readAll(dataFile("service-tags.json")).toStdString());
    for (int i = 0; i < 300000; ++i)
        tags["values"][0]["properties"]["addressPrefixes"].push_back(
            "147." + std::to_string(i % 200) + "." + std::to_string(i % 250) + ".0/24");
    const std::string text = tags.dump();
    QVERIFY(text.size() > 5'000'000);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ServiceTags_Public.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text.data(), qint64(text.size() / 2));
    f.close();
    OfflineScan scan;
    QVERIFY(!scan.addServiceTagFile(path));
    QVERIFY2(scan.errorString().contains(QLatin1String("not valid JSON")),
             qPrintable(scan.errorString()));
    // And a JSON file that is not service tag data.
    QVERIFY(!scan.addServiceTagFile(dataFile("admin-rules.json")));
    QVERIFY(scan.errorString().contains(QLatin1String("no service tag data")));
    QVERIFY(!scan.addServiceTagFile(dir.filePath(QStringLiteral("missing.json"))));
    QVERIFY(scan.errorString().contains(QLatin1String("cannot open")));
}

void TestReachability::microsoftExamples()
{
    const QString dir = QStringLiteral(NSG_FIXTURES_DIR);
    if (!QFile::exists(dir + QLatin1String("/SOURCE.md")))
        QSKIP("../shared/fixtures/azure-rest-api-specs is not present on this machine");
    auto body = [&](const char *file) {
        const nlohmann::json doc = nlohmann::json::parse(
            readAll(dir + QLatin1Char('/') + QLatin1String(file)).toStdString());
        return doc["responses"]["200"]["body"];
    };
    using NetworkJson::Kind;
    QCOMPARE(NetworkJson::kindOf(body("NetworkInterfaceGet.json")), Kind::NetworkInterface);
    const auto nic = NetworkJson::networkInterface(body("NetworkInterfaceGet.json"));
    QVERIFY(nic && !nic->ipConfigurations.empty());
    QVERIFY(!nic->ipConfigurations[0].privateIpAddress.isEmpty());
    QVERIFY(!nic->ipConfigurations[0].subnetId.isEmpty());

    QCOMPARE(NetworkJson::kindOf(body("PublicIpAddressGet.json")), Kind::PublicIpAddress);
    const auto lb = NetworkJson::loadBalancer(body("LoadBalancerGet.json"));
    QVERIFY(lb);
    QCOMPARE(lb->frontends.size(), size_t(1));
    QVERIFY(lb->frontends[0].publicIpId.isEmpty()); // a private frontend
    const auto natPool =
        NetworkJson::loadBalancer(body("LoadBalancerCreateWithInboundNatPool.json"));
    QVERIFY(natPool);
    QCOMPARE(natPool->rules.size(), size_t(1));
    QCOMPARE(natPool->rules[0].kind, LoadBalancer::Rule::Kind::InboundNatPool);
    QCOMPARE(natPool->rules[0].frontendPortFirst, quint16(8080));
    QCOMPARE(natPool->rules[0].frontendPortLast, quint16(8085));
    QCOMPARE(natPool->rules[0].backendPort, quint16(8888));
    QVERIFY(natPool->rules[0].problem.isEmpty());

    const auto vnet = NetworkJson::virtualNetwork(body("VirtualNetworkGet.json"));
    QVERIFY(vnet);
    QCOMPARE(vnet->addressSpace, QStringList{QStringLiteral("10.0.0.0/16")});
    QCOMPARE(vnet->subnets[0].addressPrefixes, QStringList{QStringLiteral("10.0.1.0/24")});
    QVERIFY(NetworkJson::routeTable(body("RouteTableGet.json")));

    const nlohmann::json admin = body("NetworkManagerEffectiveSecurityAdminRulesList.json");
    QCOMPARE(NetworkJson::kindOf(admin["value"][0]), Kind::EffectiveAdminRule);
    const auto rule = NetworkJson::adminRule(admin["value"][0]);
    QVERIFY(rule);
    QCOMPARE(rule->access, AdminRule::Action::Deny);
    QCOMPARE(rule->priority, 1);
    QCOMPARE(rule->destinationPortRanges, QStringList{QStringLiteral("22")});
    QVERIFY(rule->problem.isEmpty());

    const ServiceTagData tags = NetworkJson::serviceTags(body("ServiceTagsList.json"), dir);
    QCOMPARE(tags.changeNumber, QStringLiteral("63"));
    QVERIFY(tags.find(QStringLiteral("ApiManagement")));

    const auto dnat = NetworkJson::dnatRules(body("FirewallPolicyNatRuleCollectionGroupPut.json"));
    QCOMPARE(dnat.size(), size_t(1));
    QCOMPARE(dnat[0].translatedFqdn, QStringLiteral("internalhttp.server.net"));
    QCOMPARE(dnat[0].translatedPort, QStringLiteral("8080"));
    QCOMPARE(NetworkJson::kindOf(body("ApplicationSecurityGroupGet.json")),
             Kind::ApplicationSecurityGroup);
}

// ARM ids are case-insensitive: a NIC that names its subnet, public IP and NSG in another case
// (ASCII, and a resource group with an accent, which folds unit by unit) reaches the same
// resources, so every endpoint keeps its verdict and deciding layer.
void TestReachability::idsCompareWithoutCase()
{
    QByteArray text = readAll(dataFile("estate.json"));
    text.replace("rg-reach",
                 "rg-r\xc3\xa9"
                 "ach"); // "réach", in every id
    nlohmann::json estate = nlohmann::json::parse(text.toStdString());
    auto upper = [](nlohmann::json &object) {
        if (object.is_object() && object.contains("id"))
            object["id"] =
                QString::fromStdString(object["id"].get<std::string>()).toUpper().toStdString();
    };
    int changed = 0;
    // ARM's shape keeps the fields under "properties"; az's flattens them.
    auto props = [](nlohmann::json &o) -> nlohmann::json & {
        return o.contains("properties") ? o["properties"] : o;
    };
    for (auto &o : estate) {
        if (o.value("type", std::string()) != "Microsoft.Network/networkInterfaces")
            continue;
        nlohmann::json &nic = props(o);
        if (nic.contains("networkSecurityGroup"))
            upper(nic["networkSecurityGroup"]);
        for (auto &c : nic["ipConfigurations"]) {
            nlohmann::json &config = props(c);
            for (const char *ref : {"subnet", "publicIPAddress"}) {
                if (config.contains(ref)) {
                    upper(config[ref]);
                    ++changed;
                }
            }
        }
    }
    QVERIFY(changed > 10);
    const QByteArray admin = readAll(dataFile("admin-rules.json"))
                                 .replace("rg-reach",
                                          "rg-r\xc3\xa9"
                                          "ach");
    auto scanBytes = [&admin](const QByteArray &estateBytes) {
        OfflineScan scan;
        scan.addBytes(estateBytes, QStringLiteral("estate.json"));
        scan.addBytes(admin, QStringLiteral("admin-rules.json"));
        return scan.takeResult();
    };
    const ScanResult plain = scanBytes(text);
    const ScanResult folded = scanBytes(QByteArray::fromStdString(estate.dump()));
    QVERIFY(plain.reachability.endpoints.size() >= 10);
    QCOMPARE(folded.reachability.endpoints.size(), plain.reachability.endpoints.size());
    for (size_t i = 0; i < plain.reachability.endpoints.size(); ++i) {
        const Endpoint &a = plain.reachability.endpoints[i];
        const Endpoint &b = folded.reachability.endpoints[i];
        QVERIFY2(a.verdict == b.verdict && a.decidedLayer == b.decidedLayer,
                 qPrintable(a.networkInterfaceId + QLatin1String(": ") + a.reason
                            + QLatin1String(" / ") + b.reason));
    }
    for (size_t i = 0; i < plain.reachability.interfaces.size(); ++i)
        QCOMPARE(folded.reachability.interfaces[i].verdict,
                 plain.reachability.interfaces[i].verdict);

    // The admin rules of one network named in two cases are one network's rules.
    nlohmann::json shouted = nlohmann::json::parse(admin.toStdString());
    for (auto &v : shouted)
        v["virtualNetworkId"] = QString::fromStdString(v["virtualNetworkId"].get<std::string>())
                                    .toUpper()
                                    .toStdString();
    OfflineScan twice;
    twice.addBytes(text, QStringLiteral("estate.json"));
    twice.addBytes(admin, QStringLiteral("admin-rules.json"));
    twice.addBytes(QByteArray::fromStdString(shouted.dump()), QStringLiteral("shouted.json"));
    const ScanResult merged = twice.takeResult();
    QCOMPARE(merged.reachability.adminRules.size(), plain.reachability.adminRules.size());
    for (size_t i = 0; i < plain.reachability.adminRules.size(); ++i)
        QCOMPARE(merged.reachability.adminRules[i].rules.size(),
                 2 * plain.reachability.adminRules[i].rules.size());
}

// Ids that compare equal without case hash equal, whichever way the hash folds each word of
// four units (ASCII by a bit, any other unit by case folding), and at every length of the tail.
void TestReachability::resourceKeysHashAsTheyCompare()
{
    const QString base = nsgId("nsg-web");
    const QList<std::pair<QString, QString>> same{
        {base, base.toUpper()},
        {base + QStringLiteral("x"), base.toUpper() + QStringLiteral("X")},
        {base + QStringLiteral("xy"), base + QStringLiteral("XY")},
        {base + QStringLiteral("xyz"), base + QStringLiteral("XYZ")},
        {base + QString::fromUtf8("-r\xc3\xa9"), base + QString::fromUtf8("-R\xc3\x89")}, // é É
        {base + QString::fromUtf8("-\xe2\x84\xaa"), base + QStringLiteral("-k")}, // Kelvin sign
        {base + QString::fromUtf8("-\xc5\xbf"), base + QStringLiteral("-S")}, // long s
        {QString(), QString()},
    };
    for (const auto &[a, b] : same) {
        QVERIFY2(a.compare(b, Qt::CaseInsensitive) == 0, qPrintable(a + QLatin1String(" / ") + b));
        QCOMPARE(ResourceKey::of(a).hash, ResourceKey::of(b).hash);
        QVERIFY(ResourceKey::of(a) == ResourceKey::of(b));
    }
    QSet<ResourceKey> keys;
    for (const auto &[a, b] : same) {
        keys.insert(ResourceKey::of(a));
        keys.insert(ResourceKey::of(b));
    }
    QCOMPARE(keys.size(), same.size());
    QVERIFY(!(ResourceKey::of(nsgId("nsg-web")) == ResourceKey::of(nsgId("nsg-wep"))));
}

QTEST_GUILESS_MAIN(TestReachability)
#include "tst_reachability.moc"
