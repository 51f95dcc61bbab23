// SPDX-License-Identifier: MIT
// InventoryModel and InventoryFilterModel under QAbstractItemModelTester while the tree fills,
// fails, is refreshed and filtered, as a scan drives it.
#include "ui/models/inventoryfilter.h"
#include "ui/models/inventorymodel.h"
#include "ui/models/statusicons.h"
#include "ui/models/workloadsmodel.h"

#include "core/input/offlinescan.h"
#include "sandbox/synthetic/syntheticestate.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QSignalSpy>
#include <QTest>

#include <functional>

using namespace nsg;
using namespace nsg::ui;

namespace {

const QString kSample = QStringLiteral(NSG_SOURCE_DIR "/resources/demo/sample-export.json");

ScanResult sample()
{
    OfflineScan scan;
    if (!scan.addFile(kSample))
        qFatal("cannot read the sample export");
    return scan.takeResult();
}

// The sample's NSGs of one subscription, as a live scan would deliver them.
QList<NsgResult> nsgsOf(const ScanResult &r, const QString &subscription)
{
    QList<NsgResult> out;
    for (const NsgResult &n : r.nsgs) {
        if (n.nsg.subscriptionId() == subscription)
            out.append(n);
    }
    return out;
}

const QString kTenant = QStringLiteral("11111111-1111-4111-8111-111111111111");
const QString kSubA = QStringLiteral("6f1c2a4e-9b3d-4c8e-a1f0-3d5b7c9e2a14");
const QString kSubB = QStringLiteral("b83e5d21-4a6f-4e09-9c7d-1e2f3a4b5c6d");
const QString kSubC = QStringLiteral("c0000000-0000-4000-8000-000000000000");

QString status(const InventoryModel &m, const QModelIndex &i)
{
    return m.index(i.row(), InventoryModel::StatusColumn, i.parent()).data().toString();
}

int nsgRows(const QAbstractItemModel *model, const QModelIndex &parent = {})
{
    int n = 0;
    for (int r = 0; r < model->rowCount(parent); ++r) {
        const QModelIndex i = model->index(r, 0, parent);
        n += i.data(InventoryModel::KindRole).toInt() == int(InventoryModel::Kind::Nsg)
            ? 1
            : nsgRows(model, i);
    }
    return n;
}

} // namespace

class TestInventoryModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fillsIncrementally();
    void failuresAndRefresh();
    void offlineFiles();
    void filter();
    void sortByStatus();
    void neverGreenOverUnread();
    void reportFile();
    void offlinePathsAndWorkloads();
    void livePathsPlacedInSlices();
    void cancelledScanIsNeverGreen();
};

void TestInventoryModel::fillsIncrementally()
{
    const ScanResult r = sample();
    InventoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addTenants(
        {Tenant{kTenant, QStringLiteral("Contoso"), QStringLiteral("contoso.example"), {}}});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Contoso (contoso.example)"));
    model.addSubscriptions(
        kTenant,
        {Subscription{kSubA, QStringLiteral("Mail"), kTenant, QStringLiteral("Enabled")},
         Subscription{kSubB, QStringLiteral("Apps"), kTenant, QStringLiteral("Enabled")}});
    const QModelIndex a = model.indexOfSubscription(kSubA);
    QCOMPARE(status(model, a), QStringLiteral("Loading…"));
    QCOMPARE(a.data(InventoryModel::VerdictRole).toInt(), -1);

    // Page by page.
    const QList<NsgResult> first = nsgsOf(r, kSubA);
    model.addNsgs(kSubA, first.mid(0, 3));
    model.addNsgs(kSubA, first.mid(3));
    model.addNsgs(kSubB, nsgsOf(r, kSubB));
    model.setSubscriptionLoading(kSubA, false);
    model.setSubscriptionLoading(kSubB, false);
    QCOMPARE(model.nsgCount(), 15);
    QCOMPARE(model.totals().exposed, 10);
    QCOMPARE(model.totals().ok, 5);
    QCOMPARE(status(model, model.index(0, 0)), QStringLiteral("10 exposed of 15"));
    QCOMPARE(model.index(0, 0).data(InventoryModel::VerdictRole).toInt(), int(Verdict::Exposed));
    QVERIFY(!model.index(0, 0).data(Qt::DecorationRole).value<QIcon>().isNull());
    // Subscription → resource group → NSG.
    const QModelIndex mailProd = [&] {
        for (int i = 0; i < model.rowCount(a); ++i) {
            if (model.index(i, 0, a).data().toString() == QLatin1String("rg-mail-prod"))
                return model.index(i, 0, a);
        }
        return QModelIndex();
    }();
    QVERIFY(mailProd.isValid());
    QCOMPARE(mailProd.data(InventoryModel::KindRole).toInt(),
             int(InventoryModel::Kind::ResourceGroup));
    const QModelIndex blocked = model.indexOfNsg(
        QStringLiteral("/subscriptions/%1/resourceGroups/rg-mail-prod/providers/Microsoft.Network/"
                       "networkSecurityGroups/nsg-smtp-blocked")
            .arg(kSubA));
    QVERIFY(blocked.isValid());
    QCOMPARE(blocked.parent(), mailProd);
    QCOMPARE(status(model, blocked), QStringLiteral("OK"));
    QVERIFY(blocked.data(Qt::ToolTipRole).toString().contains(QLatin1String("shadowed")));
    QCOMPARE(model.subscriptionOf(blocked), kSubA);
    QCOMPARE(model.tenantOf(blocked), kTenant);

    // Delivered again (an NSG seen twice): updated in place, never doubled.
    model.addNsgs(kSubA, first.mid(0, 1));
    QCOMPARE(model.nsgCount(), 15);
}

void TestInventoryModel::failuresAndRefresh()
{
    const ScanResult r = sample();
    InventoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addTenants({Tenant{kTenant, {}, {}, {}}});
    model.addSubscriptions(
        kTenant,
        {Subscription{kSubA, QStringLiteral("Mail"), kTenant, QStringLiteral("Enabled")},
         Subscription{kSubC, QStringLiteral("Finance"), kTenant, QStringLiteral("Enabled")},
         Subscription{kSubB, QStringLiteral("Old"), kTenant, QStringLiteral("Disabled")}});
    model.addNsgs(kSubA, nsgsOf(r, kSubA));
    const ScanError denied{QLatin1String("/subscriptions/") + kSubC, 403,
                           QStringLiteral("AuthorizationFailed"), QStringLiteral("no read"),
                           QStringLiteral("req-1")};
    model.setSubscriptionError(kSubC, denied);
    model.setSubscriptionSkipped(ScanError{QLatin1String("/subscriptions/") + kSubB, 0,
                                           QStringLiteral("SubscriptionDisabled"),
                                           QStringLiteral("Disabled"), QString()});
    const QModelIndex finance = model.indexOfSubscription(kSubC);
    QCOMPARE(status(model, finance), QStringLiteral("Not read: 403 AuthorizationFailed"));
    QCOMPARE(finance.data(InventoryModel::VerdictRole).toInt(), int(Verdict::Unknown));
    QVERIFY(finance.data(Qt::ToolTipRole).toString().contains(QLatin1String("req-1")));
    QCOMPARE(status(model, model.indexOfSubscription(kSubB)), QStringLiteral("Skipped"));
    // The tenant shows the exposure it can prove.
    QVERIFY(status(model, model.index(0, 0)).contains(QLatin1String("exposed of")));

    // Re-read a subscription: its NSGs go and come back; the counts follow.
    const int before = model.nsgCount();
    model.resetSubscription(kSubA);
    QCOMPARE(model.nsgCount(), 0);
    QCOMPARE(status(model, model.indexOfSubscription(kSubA)), QStringLiteral("Loading…"));
    QVERIFY(!model.indexOfNsg(nsgsOf(r, kSubA).first().nsg.id()).isValid());
    model.addNsgs(kSubA, nsgsOf(r, kSubA));
    QCOMPARE(model.nsgCount(), before);

    // One NSG re-read with another verdict.
    NsgResult changed = nsgsOf(r, kSubA).first();
    const Verdict old = changed.finding.verdict;
    changed.finding.verdict = old == Verdict::Exposed ? Verdict::Ok : Verdict::Exposed;
    const int exposedBefore = model.totals().exposed;
    QVERIFY(model.updateNsg(changed));
    QCOMPARE(model.totals().exposed, exposedBefore + (old == Verdict::Exposed ? -1 : 1));
    QCOMPARE(model.nsgCount(), before);

    model.clearLive();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.nsgCount(), 0);
}

void TestInventoryModel::offlineFiles()
{
    InventoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addTenants({Tenant{kTenant, {}, {}, {}}});
    model.addOfflineFile(kSample, sample());
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex offline = model.index(1, 0);
    QCOMPARE(offline.data().toString(), QStringLiteral("Offline files"));
    const QModelIndex file = model.index(0, 0, offline);
    QCOMPARE(file.data().toString(), QStringLiteral("sample-export.json"));
    QCOMPARE(model.rowCount(file), 2); // two subscriptions
    QCOMPARE(model.nsgCount(), 15);
    // Offline NSGs are not read again from Azure.
    const QModelIndex sub = model.index(0, 0, file);
    QVERIFY(model.subscriptionOf(model.index(0, 0, model.index(0, 0, sub))).isEmpty());
    // Live data cleared, files stay.
    model.clearLive();
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.nsgCount(), 15);
    model.addTenants({Tenant{kTenant, {}, {}, {}}});
    QCOMPARE(model.index(0, 0).data(InventoryModel::KindRole).toInt(),
             int(InventoryModel::Kind::Tenant));
}

void TestInventoryModel::filter()
{
    const ScanResult r = sample();
    InventoryModel model;
    InventoryFilterModel filter;
    filter.setInventory(&model);
    QAbstractItemModelTester tester(&filter,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addTenants({Tenant{kTenant, {}, {}, {}}});
    model.addSubscriptions(
        kTenant,
        {Subscription{kSubA, QStringLiteral("Mail"), kTenant, QStringLiteral("Enabled")},
         Subscription{kSubB, QStringLiteral("Apps"), kTenant, QStringLiteral("Enabled")}});
    model.addNsgs(kSubA, nsgsOf(r, kSubA));
    model.addNsgs(kSubB, nsgsOf(r, kSubB));
    QCOMPARE(nsgRows(&filter), 15);

    filter.setFilterText(QStringLiteral("nsg-partner"));
    QCOMPARE(nsgRows(&filter), 2);
    filter.setFilterText(QStringLiteral("RG-SANDBOX")); // a resource group: all of it
    QCOMPARE(nsgRows(&filter), 2);
    filter.setFilterText(QStringLiteral("Apps")); // a subscription by name
    QCOMPARE(nsgRows(&filter), int(nsgsOf(r, kSubB).size()));
    filter.setFilterText(kSubB.left(8)); // or by id
    QCOMPARE(nsgRows(&filter), int(nsgsOf(r, kSubB).size()));
    filter.setFilterText(QStringLiteral("no-such-thing"));
    QCOMPARE(nsgRows(&filter), 0);
    QCOMPARE(filter.rowCount(), 0);

    // An address: the NSGs that let it reach the port.
    filter.setFilterText(QStringLiteral("192.0.2.10"));
    QVERIFY(filter.filtersByAddress());
    QStringList names;
    for (const NsgResult &n : r.nsgs) {
        if (n.finding.allowedIpv4.contains(0xC000020A))
            names.append(n.nsg.name());
    }
    QCOMPARE(nsgRows(&filter), int(names.size()));
    QVERIFY(names.contains(QStringLiteral("nsg-dualstack-mx")));
    filter.setFilterText(QStringLiteral("10.0.0.0/8")); // private: nothing public gets in from it
    QCOMPARE(nsgRows(&filter), 0);

    filter.setFilterText(QString());
    filter.setExposedOnly(true);
    QCOMPARE(nsgRows(&filter), 10);
    QCOMPARE(filter.visibleNsgCount(), 10);
    // Rows that arrive while filtering appear after refresh().
    model.addSubscriptions(
        kTenant, {Subscription{kSubC, QStringLiteral("New"), kTenant, QStringLiteral("Enabled")}});
    // Three generated, exposed NSGs of that subscription.
    const SyntheticEstate estate(5);
    std::string text = "[";
    for (int i = 0; i < 3; ++i) {
        if (i > 0)
            text += ',';
        estate.appendNsg(text, kSubC, i, 6, 1.0);
    }
    text += ']';
    OfflineScan generated;
    generated.addBytes(QByteArrayView(text.data(), qsizetype(text.size())), QString());
    QList<NsgResult> fresh;
    for (NsgResult &n : generated.takeResult().nsgs)
        fresh.append(std::move(n));
    QCOMPARE(fresh.size(), 3);
    model.addNsgs(kSubC, fresh);
    QCOMPARE(nsgRows(&filter), 10); // not yet: the filter is recomputed on refresh()
    filter.refresh();
    QCOMPARE(nsgRows(&filter), 13);
    filter.setExposedOnly(false);
    QCOMPARE(nsgRows(&filter), 18);
}

void TestInventoryModel::sortByStatus()
{
    const ScanResult r = sample();
    InventoryModel model;
    InventoryFilterModel filter;
    filter.setInventory(&model);
    model.addTenants({Tenant{kTenant, {}, {}, {}}});
    model.addSubscriptions(
        kTenant, {Subscription{kSubA, QStringLiteral("Mail"), kTenant, QStringLiteral("Enabled")}});
    model.addNsgs(kSubA, nsgsOf(r, kSubA));
    filter.sort(InventoryModel::StatusColumn, Qt::AscendingOrder);
    const QModelIndex sub = filter.index(0, 0, filter.index(0, 0));
    // The resource group with the most exposure first.
    const int first = filter.index(0, 0, sub).data(InventoryModel::ExposedCountRole).toInt();
    for (int i = 1; i < filter.rowCount(sub); ++i)
        QVERIFY(filter.index(i, 0, sub).data(InventoryModel::ExposedCountRole).toInt() <= first);
    filter.sort(InventoryModel::NameColumn, Qt::AscendingOrder);
    QStringList groups;
    for (int i = 0; i < filter.rowCount(sub); ++i)
        groups.append(filter.index(i, 0, sub).data().toString());
    QStringList sorted = groups;
    std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) {
        return a.compare(b, Qt::CaseInsensitive) < 0;
    });
    QCOMPARE(groups, sorted);
}

// Issue 16, point 8: a container is never green when anything under it could not be read, and
// the counts name the unread scopes.
void TestInventoryModel::neverGreenOverUnread()
{
    const ScanResult r = sample();
    QList<NsgResult> ok;
    for (const NsgResult &n : r.nsgs) {
        if (n.finding.verdict == Verdict::Ok)
            ok.append(n);
    }
    QVERIFY(!ok.isEmpty());
    InventoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    // A tenant whose only readable subscription is all OK, and one that answered 403.
    model.addTenants({Tenant{kTenant, QStringLiteral("Fabrikam"), {}, {}}});
    model.addSubscriptions(
        kTenant,
        {Subscription{kSubA, QStringLiteral("Mail"), kTenant, QStringLiteral("Enabled")},
         Subscription{kSubC, QStringLiteral("Finance"), kTenant, QStringLiteral("Enabled")}});
    model.addNsgs(kSubA, ok);
    model.setSubscriptionLoading(kSubA, false);
    const ScanError denied{QLatin1String("/subscriptions/") + kSubC, 403,
                           QStringLiteral("AuthorizationFailed"), QStringLiteral("no read"),
                           QStringLiteral("req-1")};
    model.setSubscriptionError(kSubC, denied);
    model.setSubscriptionError(kSubC, denied); // told twice, counted once
    // A later failure (its virtual networks) does not hide the one that left it unread.
    model.setSubscriptionError(kSubC,
                               ScanError{denied.scope, 403, QStringLiteral("Vnets"),
                                         QStringLiteral("no vnets"), QStringLiteral("req-2")});
    QCOMPARE(model.indexOfSubscription(kSubC)
                 .data(Qt::ToolTipRole)
                 .toString()
                 .contains(QLatin1String("req-1")),
             true);
    const QModelIndex tenant = model.index(0, 0);
    QCOMPARE(tenant.data(InventoryModel::VerdictRole).toInt(), int(Verdict::Unknown));
    QVERIFY2(!status(model, tenant).startsWith(QLatin1String("All")),
             qPrintable(status(model, tenant)));
    QVERIFY2(status(model, tenant).contains(QLatin1String("1 subscription")),
             qPrintable(status(model, tenant)));
    QCOMPARE(model.totals().unreadSubscriptions, 1);
    QCOMPARE(model.totals().unread(), 1);
    const QString summary = model.summaryText();
    QVERIFY2(summary.contains(QLatin1String("1 subscription"))
                 && summary.contains(QLatin1String("not read")),
             qPrintable(summary));
    // Read again: the tenant is green again.
    model.resetSubscription(kSubC);
    model.setSubscriptionLoading(kSubC, false);
    QCOMPARE(model.totals().unread(), 0);
    QCOMPARE(tenant.data(InventoryModel::VerdictRole).toInt(), int(Verdict::Ok));
    QVERIFY(!model.summaryText().contains(QLatin1String("not read")));
    // A tenant that could not be listed counts as a tenant not read.
    model.setTenantError(QStringLiteral("22222222-2222-4222-8222-222222222222"),
                         ScanError{QStringLiteral("22222222-2222-4222-8222-222222222222"),
                                   401,
                                   QStringLiteral("InvalidAuthenticationToken"),
                                   {},
                                   {}});
    QCOMPARE(model.totals().unreadTenants, 1);
    QVERIFY2(model.summaryText().contains(QLatin1String("1 tenant")),
             qPrintable(model.summaryText()));
    model.clearLive();
    QCOMPARE(model.totals().unread(), 0);

    // Offline: a file of OK NSGs and one that could not be read.
    ScanResult okFile;
    okFile.nsgs.assign(ok.begin(), ok.end());
    model.addOfflineFile(QStringLiteral("ok.json"), okFile);
    QCOMPARE(model.index(0, 0).data(InventoryModel::VerdictRole).toInt(), int(Verdict::Ok));
    ScanResult broken;
    broken.errors.append(ScanError{QStringLiteral("report.json"), 0, QStringLiteral("NotAnExport"),
                                   QStringLiteral("not an NSG export"), QString()});
    model.addOfflineFile(QStringLiteral("report.json"), broken);
    const QModelIndex offline = model.index(0, 0);
    QCOMPARE(offline.data(InventoryModel::VerdictRole).toInt(), int(Verdict::Unknown));
    QCOMPARE(offline.data(InventoryModel::UnknownCountRole).toInt(), 0);
    QVERIFY2(status(model, offline).contains(QLatin1String("1 file")),
             qPrintable(status(model, offline)));
    QVERIFY(!status(model, offline).startsWith(QLatin1String("All")));
    QVERIFY(model.summaryText().contains(QLatin1String("1 file")));
    // Policy switched: still not green.
    EvaluationOptions ssh;
    ssh.policy = *PortPolicy::fromName(QStringLiteral("ssh"));
    model.reevaluate(ssh);
    QCOMPARE(model.totals().unreadFiles, 1);
    QCOMPARE(offline.data(InventoryModel::VerdictRole).toInt(), int(Verdict::Unknown));
}

// A report NSG Auditor wrote, opened: the file says when and under which policy, and what its
// scan could not read is under it, grey.
void TestInventoryModel::reportFile()
{
    ScanResult report = sample();
    ReportOrigin origin;
    origin.file = QStringLiteral("nsg-report.json");
    origin.scannedAt = QDateTime(QDate(2026, 12, 5), QTime(6, 55), Qt::UTC);
    origin.policy = PortPolicy::smtp();
    report.reports.append(origin);
    report.errors.append(ScanError{QLatin1String("/subscriptions/") + kSubC, 403,
                                   QStringLiteral("AuthorizationFailed"), QStringLiteral("no read"),
                                   QStringLiteral("req-1")});
    InventoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addOfflineFile(origin.file, report);
    const QModelIndex file = model.index(0, 0, model.index(0, 0));
    // The counts first (the column is narrow), then the report's time and policy.
    QVERIFY2(status(model, file).startsWith(QLatin1String("10 exposed of 15")),
             qPrintable(status(model, file)));
    QVERIFY2(status(model, file)
                 .contains(QLatin1String("report of 2026-12-05 06:55 UTC, ")
                           + PortPolicy::smtp().label()),
             qPrintable(status(model, file)));
    QVERIFY(status(model, file).contains(QLatin1String("1 subscription")));
    QVERIFY(!file.data(InventoryModel::KindRole).isNull());
    QCOMPARE(model.rowCount(file), 3); // two subscriptions read, one not
    QCOMPARE(model.totals().unreadSubscriptions, 1);
    QCOMPARE(model.nsgCount(), 15);
    const QModelIndex finance = model.index(2, 0, file);
    QCOMPARE(finance.data().toString(), kSubC);
    QCOMPARE(finance.data(InventoryModel::VerdictRole).toInt(), int(Verdict::Unknown));
    QVERIFY(status(model, finance).contains(QLatin1String("403")));
    EvaluationOptions ssh;
    ssh.policy = *PortPolicy::fromName(QStringLiteral("ssh"));
    model.reevaluate(ssh);
    QVERIFY2(status(model, file).contains(QLatin1String("shown under ") + ssh.policy.label()),
             qPrintable(status(model, file)));
}

void TestInventoryModel::offlinePathsAndWorkloads()
{
    OfflineScan scan;
    QVERIFY(scan.addFile(QStringLiteral(NSG_TEST_DATA_DIR "/reachability/estate.json")));
    QVERIFY(scan.addFile(QStringLiteral(NSG_TEST_DATA_DIR "/reachability/admin-rules.json")));
    const ScanResult result = scan.takeResult();
    InventoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addOfflineFile(QStringLiteral("estate.json"), result);
    // The file's NSGs stand on both axes; its counts say so.
    const InventoryModel::Counts c = model.totals();
    // nsg-open, nsg-lb, nsg-asg; nsg-fw (the firewall's DNAT traffic); past nsg-deny-25 an
    // AlwaysAllow admin rule.
    QCOMPARE(c.internetFacing, 5);
    QCOMPARE(c.latent, 2);
    QCOMPARE(c.blocked, 1);
    QCOMPARE(c.pathUnknown, 2); // the service tag and the forced tunnel
    QVERIFY2(model.summaryText().contains(QLatin1String(
                 "5 internet-facing, 0 exposed (paths not read), 1 latent, 1 blocked by an admin "
                 "rule, 2 unknown")),
             qPrintable(model.summaryText()));
    QCOMPARE(model.allPaths().size(), size_t(1));
    QVERIFY(model.offlinePathsFollowed());
    // Another policy: the file's paths were followed under SMTP, they go.
    EvaluationOptions ssh;
    ssh.policy = *PortPolicy::fromName(QStringLiteral("ssh"));
    model.reevaluate(ssh);
    QVERIFY(!model.offlinePathsFollowed());
    QCOMPARE(model.totals().internetFacing, 0);
    QCOMPARE(model.totals().latent, 0);

    // The workloads of the same paths: a row per NIC, filtered by CIDR and by name.
    WorkloadsModel workloads;
    QAbstractItemModelTester workloadsTester(
        &workloads, QAbstractItemModelTester::FailureReportingMode::QtTest);
    workloads.setPaths(std::make_shared<const ReachabilityResult>(result.reachability));
    QCOMPARE(workloads.rowCount(), int(result.reachability.interfaces.size()));
    QCOMPARE(workloads.exposedCount(), 7);
    WorkloadsFilterModel filter;
    filter.setWorkloads(&workloads);
    filter.setFilterText(QStringLiteral("10.4.1.0/24")); // the load balancer's two backends
    QCOMPARE(filter.rowCount(), 2);
    filter.setFilterText(QStringLiteral("20.10.0.3")); // nic-open's public IP
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.index(0, 0).data(WorkloadsModel::IdRole).toString().section(u'/', -1),
             QStringLiteral("nic-open"));
    filter.setFilterText(QStringLiteral("nsg-lb"));
    QCOMPARE(filter.rowCount(), 2);
    filter.setFilterText(QString());
    filter.setExposedOnly(true); // and the undecided: nic-tag, nic-tunnel
    QCOMPARE(filter.rowCount(), 9);
}

void TestInventoryModel::livePathsPlacedInSlices()
{
    OfflineScan scan;
    QVERIFY(scan.addFile(QStringLiteral(NSG_TEST_DATA_DIR "/reachability/estate.json")));
    QVERIFY(scan.addFile(QStringLiteral(NSG_TEST_DATA_DIR "/reachability/admin-rules.json")));
    const ScanResult result = scan.takeResult();
    const auto paths = std::make_shared<const ReachabilityResult>(result.reachability);
    // The estate's NSGs as a live scan delivers them, a subscription at a time.
    QStringList subscriptions;
    for (const NsgResult &n : result.nsgs) {
        if (!subscriptions.contains(n.nsg.subscriptionId()))
            subscriptions << n.nsg.subscriptionId();
    }
    const auto fill = [&](InventoryModel &model) {
        model.addTenants({Tenant{kTenant, QStringLiteral("Contoso"), QString(), QString()}});
        // Each of the estate's subscriptions, and two more without NSGs: more slices.
        QList<Subscription> subs;
        for (const QString &id : subscriptions + QStringList{kSubB, kSubC})
            subs.append(Subscription{id, id.left(8), kTenant, QStringLiteral("Enabled")});
        model.addSubscriptions(kTenant, subs);
        for (const QString &id : subscriptions)
            model.addNsgs(id, nsgsOf(result, id));
        for (const Subscription &sub : std::as_const(subs))
            model.setSubscriptionLoading(sub.id, false);
    };
    InventoryModel reference;
    fill(reference);
    reference.setLiveReachability(paths);
    QCOMPARE(reference.totals().internetFacing, 5);

    InventoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    fill(model);
    const InventoryModel::Counts before = model.totals();
    QSignalSpy placed(&model, &InventoryModel::liveReachabilityPlaced);
    model.setPlacingSliceMs(0); // a subscription per slice
    model.placeLiveReachability(paths);
    // One subscription placed, the rest between events; the totals add up all along.
    QVERIFY(model.isPlacingLiveReachability());
    QCOMPARE(model.liveReachability(), paths.get());
    QCOMPARE(model.totals().total(), before.total());
    QVERIFY(placed.wait(5000));
    QCOMPARE(placed.size(), 1);
    QVERIFY(!model.isPlacingLiveReachability());
    // Placed, every node counts as if placed at once.
    std::function<void(const QModelIndex &, const QModelIndex &)> same = [&](const QModelIndex &a,
                                                                             const QModelIndex &b) {
        QCOMPARE(model.rowCount(a), reference.rowCount(b));
        const InventoryModel::Counts &x =
            model.nodeOf(a) ? model.nodeOf(a)->counts : model.totals();
        const InventoryModel::Counts &y =
            reference.nodeOf(b) ? reference.nodeOf(b)->counts : reference.totals();
        QCOMPARE(x.internetFacing, y.internetFacing);
        QCOMPARE(x.latent, y.latent);
        QCOMPARE(x.blocked, y.blocked);
        QCOMPARE(x.pathUnknown, y.pathUnknown);
        QCOMPARE(x.red, y.red);
        QCOMPARE(status(model, a.isValid() ? a : QModelIndex()),
                 status(reference, b.isValid() ? b : QModelIndex()));
        for (int r = 0; r < model.rowCount(a); ++r)
            same(model.index(r, 0, a), reference.index(r, 0, b));
    };
    same(QModelIndex(), QModelIndex());
    // Each NSG's standing in a sentence: one endpoint said as one, a latent one's "not reached"
    // with what stops it.
    int facing = 0, latent = 0;
    std::function<void(const QModelIndex &)> reasons = [&](const QModelIndex &parent) {
        for (int r = 0; r < model.rowCount(parent); ++r) {
            const QModelIndex i = model.index(r, 0, parent);
            const InventoryModel::Node *n = model.nodeOf(i);
            if (n->kind != InventoryModel::Kind::Nsg) {
                reasons(i);
                continue;
            }
            const QString why = InventoryModel::standingReason(n);
            int through = 0;
            for (const Endpoint &e : paths->endpoints)
                through += e.verdict == Verdict::Exposed && e.passes(n->id);
            switch (InventoryModel::standingOf(n)) {
            case NsgStanding::InternetFacing:
                ++facing;
                QVERIFY2(why.contains(through == 1
                                          ? QLatin1String("reaches one endpoint through it: ")
                                          : QLatin1String(" through it, first ")),
                         qPrintable(why));
                break;
            case NsgStanding::Latent:
                ++latent;
                QVERIFY2(why.startsWith(QLatin1String("Not reached: ")), qPrintable(why));
                break;
            default:
                break;
            }
        }
    };
    reasons(QModelIndex());
    QVERIFY(facing > 0 && latent > 0);

    // A scan that starts again (the tree cleared) stops a placing under way: no late signal.
    model.placeLiveReachability(paths);
    QVERIFY(model.isPlacingLiveReachability());
    model.clearLive();
    QVERIFY(!model.isPlacingLiveReachability());
    QTest::qWait(50);
    QCOMPARE(placed.size(), 1);
    QCOMPARE(model.liveReachability(), nullptr);
}

void TestInventoryModel::cancelledScanIsNeverGreen()
{
    InventoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addTenants(
        {Tenant{QStringLiteral("t1"), QStringLiteral("Contoso"), QString(), QString()}});
    const QModelIndex tenant = model.index(0, 0);
    // Listing: never green.
    QCOMPARE(InventoryModel::statusKind(model.nodeOf(tenant)), int(StatusIcons::Kind::Loading));
    model.addSubscriptions(QStringLiteral("t1"),
                           {Subscription{QStringLiteral("s1"), QStringLiteral("One"),
                                         QStringLiteral("t1"), QStringLiteral("Enabled")},
                            Subscription{QStringLiteral("s2"), QStringLiteral("Two"),
                                         QStringLiteral("t1"), QStringLiteral("Enabled")}});
    // The tenant is listed, its subscriptions are still being read: loading, not "No NSGs".
    QCOMPARE(InventoryModel::statusKind(model.nodeOf(tenant)), int(StatusIcons::Kind::Loading));
    QCOMPARE(status(model, tenant), QStringLiteral("Loading…"));
    model.setSubscriptionLoading(QStringLiteral("s1"), false);
    QCOMPARE(InventoryModel::statusKind(model.nodeOf(tenant)), int(StatusIcons::Kind::Loading));
    // Cancelled: what was still loading is not read, grey, with the reason, up to the tenant.
    model.cancelLoading(QStringLiteral("cancelled"));
    const QModelIndex two = model.indexOfSubscription(QStringLiteral("s2"));
    QCOMPARE(status(model, two), QStringLiteral("Not read: Cancelled"));
    QCOMPARE(InventoryModel::statusKind(model.nodeOf(tenant)), int(StatusIcons::Kind::Unknown));
    QCOMPARE(model.totals().unreadSubscriptions, 1);
    QCOMPARE(model.totals().loading, 0);
    QVERIFY(model.summaryText().contains(QLatin1String("not read")));
}

QTEST_MAIN(TestInventoryModel)
#include "tst_inventorymodel.moc"
