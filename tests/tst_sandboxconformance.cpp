// SPDX-License-Identifier: MIT
// The sandbox answers in Azure's shapes: every key of the real example payloads in
// ../shared/fixtures/azure-rest-api-specs is present in the sandbox's answer, with the same JSON
// type (real responses carry more keys than the examples; those are allowed).
#include "httpprobe.h"

#include "sandbox/sandboxserver.h"

#include <QDir>
#include <QTest>

using namespace nsg::sandbox;
using nsg::test::HttpProbe;
using json = nlohmann::json;

namespace {

bool sameKind(const json &a, const json &b)
{
    if (a.is_null() || b.is_null())
        return true;
    if (a.is_number() && b.is_number())
        return true;
    return a.type() == b.type();
}

// Each key of `example` (recursively) must be in `actual` with the same kind.
void conform(const json &example, const json &actual, const QString &path, QStringList &problems)
{
    if (!sameKind(example, actual)) {
        problems.append(QStringLiteral("%1: example is %2, sandbox gives %3")
                            .arg(path, QString::fromLatin1(example.type_name()),
                                 QString::fromLatin1(actual.type_name())));
        return;
    }
    if (example.is_object()) {
        for (const auto &[k, v] : example.items()) {
            // Tags are the user's own map: only their kind matters.
            if (k == "tags" && actual.contains(k) && actual[k].is_object())
                continue;
            if (!actual.contains(k)) {
                problems.append(path + QLatin1Char('.') + QString::fromStdString(k)
                                + QLatin1String(": missing"));
                continue;
            }
            conform(v, actual[k], path + QLatin1Char('.') + QString::fromStdString(k), problems);
        }
    } else if (example.is_array() && !example.empty() && !actual.empty()) {
        conform(example[0], actual[0], path + QLatin1String("[0]"), problems);
    }
}

// The keys every element of an example list has.
json commonElement(const json &list)
{
    json common = list[0];
    for (const json &item : list) {
        for (auto it = common.begin(); it != common.end();) {
            if (!item.contains(it.key()))
                it = common.erase(it);
            else
                ++it;
        }
    }
    return common;
}

} // namespace

class TestSandboxConformance final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void matchesExamples_data();
    void matchesExamples();

private:
    json example(const QString &file, const char *status = "200") const;
    QDir m_dir;
    std::unique_ptr<SandboxServer> m_server;
};

void TestSandboxConformance::initTestCase()
{
    m_dir = QDir(QStringLiteral(NSG_FIXTURES_DIR));
    if (!m_dir.exists())
        QSKIP("../shared/fixtures/azure-rest-api-specs is not present on this machine");
    SandboxOptions options;
    options.pollIntervalSeconds = 0;
    options.pageSize = 2;
    options.tls = true;
    m_server = std::make_unique<SandboxServer>(options);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
}

json TestSandboxConformance::example(const QString &file, const char *status) const
{
    QFile f(m_dir.filePath(file));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file));
    return json::parse(f.readAll().toStdString())["responses"][status]["body"];
}

void TestSandboxConformance::matchesExamples_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("what"); // "object", "list" (compare value[0]), "graph"
    const QString nsg = QStringLiteral(
        "/subscriptions/2c5a7d3b-8f4e-4b6a-c9d2-1e3f5a7b9c21/resourceGroups/rg-mail-prod/providers/"
        "Microsoft.Network/networkSecurityGroups/nsg-mx-inbound");
    QTest::newRow("NSG get") << "NetworkSecurityGroupGet.json"
                             << "GET" << nsg + QStringLiteral("?api-version=2025-05-01")
                             << "object";
    QTest::newRow("NSG list by resource group")
        << "NetworkSecurityGroupList.json"
        << "GET"
        << QStringLiteral(
               "/subscriptions/2c5a7d3b-8f4e-4b6a-c9d2-1e3f5a7b9c21/resourceGroups/rg-mail-prod/"
               "providers/Microsoft.Network/networkSecurityGroups?api-version=2025-05-01")
        << "list";
    QTest::newRow("NSG list all")
        << "NetworkSecurityGroupListAll.json"
        << "GET"
        << QStringLiteral("/subscriptions/2c5a7d3b-8f4e-4b6a-c9d2-1e3f5a7b9c21/providers/"
                          "Microsoft.Network/networkSecurityGroups?api-version=2025-05-01")
        << "list";
    QTest::newRow("rule get") << "NetworkSecurityGroupRuleGet.json"
                              << "GET"
                              << nsg
            + QStringLiteral("/securityRules/Allow-SMTP-Internet?api-version=2025-05-01")
                              << "object";
    QTest::newRow("rule list") << "NetworkSecurityGroupRuleList.json"
                               << "GET"
                               << nsg + QStringLiteral("/securityRules?api-version=2025-05-01")
                               << "list";
    QTest::newRow("rule create") << "NetworkSecurityGroupRuleCreate.json"
                                 << "PUT"
                                 << nsg
            + QStringLiteral("/securityRules/rule1?api-version=2025-05-01")
                                 << "object";
    QTest::newRow("subscriptions")
        << "GetSubscriptions.json"
        << "GET" << QStringLiteral("/subscriptions?api-version=2022-12-01") << "list";
    QTest::newRow("tenants") << "GetTenants.json"
                             << "GET" << QStringLiteral("/tenants?api-version=2022-12-01")
                             << "list";
    QTest::newRow("graph basic") << "ResourcesBasicQuery.json"
                                 << "POST" << QString() << "graph";
    QTest::newRow("graph first page") << "ResourcesFirstPageQuery.json"
                                      << "POST" << QString() << "graph";
    QTest::newRow("graph next page") << "ResourcesNextPageQuery.json"
                                     << "POST" << QString() << "graph";
}

void TestSandboxConformance::matchesExamples()
{
    QFETCH(QString, file);
    QFETCH(QString, method);
    QFETCH(QString, path);
    QFETCH(QString, what);
    HttpProbe http(m_server->baseUrl(), SandboxServer::caCertificate());
    http.signIn();
    const json ex = example(file, method == QLatin1String("PUT") ? "201" : "200");
    HttpProbe::Response r;
    json expected = ex;
    if (what == QLatin1String("graph")) {
        // The same request shape as the example, with our query (the examples query other types).
        QFile f(m_dir.filePath(file));
        f.open(QIODevice::ReadOnly);
        json request = json::parse(f.readAll().toStdString())["parameters"]["query"];
        request.erase("subscriptions");
        // Our type, the example's columns.
        std::string columns;
        for (const auto &[k, v] : expected["data"][0].items())
            columns += (columns.empty() ? "" : ", ") + k;
        request["query"] =
            "Resources | where type =~ 'microsoft.network/networksecuritygroups' | project "
            + columns + " | order by id asc";
        if (request.contains("options") && request["options"].contains("$skipToken")) {
            // A real token for our data: from a first page.
            json first = request;
            first["options"] = {{"$top", 3}};
            request["options"]["$skipToken"] =
                http.postJson(
                        QStringLiteral(
                            "/providers/Microsoft.ResourceGraph/resources?api-version=2024-04-01"),
                        first)
                    .json()["$skipToken"];
            request["options"]["$top"] = 3;
        }
        r = http.postJson(
            QStringLiteral("/providers/Microsoft.ResourceGraph/resources?api-version=2024-04-01"),
            request);
    } else if (method == QLatin1String("PUT")) {
        QFile f(m_dir.filePath(file));
        f.open(QIODevice::ReadOnly);
        json body = json::parse(f.readAll().toStdString())["parameters"]["securityRuleParameters"];
        body["properties"]["direction"] = "Inbound";
        body["properties"]["priority"] = 3000;
        r = http.put(path, body);
    } else {
        r = http.get(path);
    }
    QVERIFY2(r.status == 200 || r.status == 201,
             qPrintable(QString::number(r.status) + QLatin1Char(' ') + QString::fromUtf8(r.body)));
    const json actual = r.json();
    QStringList problems;
    if (what == QLatin1String("list")) {
        QVERIFY(actual["value"].is_array() && !actual["value"].empty());
        conform(commonElement(expected["value"]), actual["value"][0], QStringLiteral("$.value[0]"),
                problems);
    } else {
        json e = expected;
        if (what == QLatin1String("graph"))
            e.erase("$skipToken");
        conform(e, actual, QStringLiteral("$"), problems);
        if (what == QLatin1String("graph") && expected.contains("$skipToken"))
            QVERIFY(actual.contains("$skipToken"));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestSandboxConformance)
#include "tst_sandboxconformance.moc"
