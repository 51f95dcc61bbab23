// SPDX-License-Identifier: MIT
// scan --ocsf: OCSF 1.1.0 Detection Findings as JSON Lines, one per exposed NSG and one per
// endpoint the Internet reaches, each line valid against the OCSF schema excerpt shipped in
// tests/data/ocsf (checked by tests/ocsf/validate.py with python3-jsonschema), internet-facing
// above latent, an accepted risk Suppressed with its reason.
#include "nsgtestdata.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace nsg;
using json = nlohmann::json;

namespace {

const QString kEstate = QStringLiteral(NSG_TEST_DATA_DIR "/reachability/estate.json");
const QString kSchema = QStringLiteral(NSG_TEST_DATA_DIR "/ocsf/detection_finding.schema.json");
const QString kValidator = QStringLiteral(NSG_SOURCE_DIR "/tests/ocsf/validate.py");

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.start(program, arguments);
    if (!p.waitForFinished(120000))
        qFatal("%s did not finish", qPrintable(program));
    return Run{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
               QString::fromUtf8(p.readAllStandardOutput()),
               QString::fromUtf8(p.readAllStandardError())};
}

QList<json> lines(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    QList<json> out;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (!line.isEmpty())
            out.append(json::parse(line.toStdString()));
    }
    return out;
}

} // namespace

class TestOcsf final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void oneEventPerFinding();
    void validAgainstTheSchema();
    void suppressedWithItsReason();
    void broken();

private:
    QString scan(const QStringList &extra, json *report = nullptr);

    QTemporaryDir m_dir;
};

void TestOcsf::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toLocal8Bit());
}

QString TestOcsf::scan(const QStringList &extra, json *report)
{
    static int n = 0;
    const QString ocsf = m_dir.filePath(QStringLiteral("findings-%1.jsonl").arg(++n));
    const QString jsonPath = m_dir.filePath(QStringLiteral("report-%1.json").arg(n));
    const Run r = run(QStringLiteral(NSG_AUDITOR_BIN),
                      QStringList{QStringLiteral("scan"), kEstate, QStringLiteral("--no-history"),
                                  QStringLiteral("--ocsf"), ocsf, QStringLiteral("--json"),
                                  jsonPath, QStringLiteral("-q")}
                          + extra);
    if (r.exitCode != 0)
        qWarning("scan: %s", qPrintable(r.err));
    if (report) {
        QFile f(jsonPath);
        if (f.open(QIODevice::ReadOnly))
            *report = json::parse(f.readAll().toStdString());
    }
    return ocsf;
}

void TestOcsf::oneEventPerFinding()
{
    json report;
    const QList<json> events = lines(scan({}, &report));
    // What the JSON report calls exposed: each NSG and each endpoint is one event.
    QMap<std::string, json> nsgs;
    for (const json &n : report["nsgs"])
        if (n["verdict"] == "exposed")
            nsgs.insert(n["id"].get<std::string>(), n);
    int endpoints = 0;
    for (const json &e : report["endpoints"])
        endpoints += e["verdict"] == "exposed";
    QVERIFY(nsgs.size() >= 2);
    QVERIFY(endpoints >= 1);
    QCOMPARE(events.size(), nsgs.size() + endpoints);

    int internetFacing = -1;
    int latent = -1;
    int endpointSeverity = -1;
    for (const json &e : events) {
        QVERIFY(e["class_uid"] == 2004 && e["type_uid"] == 200401);
        QVERIFY(e["metadata"]["version"] == "1.1.0");
        QVERIFY(e["metadata"]["product"]["version"] == report["tool"]["version"]);
        QVERIFY(e["cloud"]["provider"] == "Azure");
        QVERIFY(e["status_id"] == 1);
        const json &first = e["resources"][0];
        const std::string type = first["type"];
        if (type == "Microsoft.Network/networkSecurityGroups") {
            const json &n = nsgs.value(first["uid"].get<std::string>());
            QVERIFY2(!n.is_null(), first.dump().c_str());
            QVERIFY(first["region"] == n["location"]);
            QVERIFY(e["cloud"]["account"]["uid"] == n["subscriptionId"]);
            // The deciding rules are resources too, and the fix is the az command.
            QCOMPARE(e["resources"].size(), n["exposingRules"].size() + 1);
            QVERIFY(e["resources"][1]["name"] == n["exposingRules"][0]["name"]);
            const std::string remedy = e["remediation"]["desc"];
            QVERIFY2(remedy.find("az network nsg rule update") != std::string::npos,
                     remedy.c_str());
            QVERIFY(e["message"] == n["reason"]);
            if (n["reachability"] == "internet-facing")
                internetFacing = e["severity_id"];
            else if (n["reachability"] == "latent")
                latent = e["severity_id"];
        } else {
            QVERIFY(type == "Microsoft.Network/networkInterfaces");
            endpointSeverity = e["severity_id"];
            QVERIFY(!e["unmapped"]["path"].empty());
        }
    }
    QVERIFY2(internetFacing > 0 && latent > 0, "the estate has both kinds");
    QVERIFY(internetFacing > latent);
    QCOMPARE(endpointSeverity, internetFacing);

    // Standard output, and no table on it.
    const Run out = run(QStringLiteral(NSG_AUDITOR_BIN),
                        {QStringLiteral("scan"), kEstate, QStringLiteral("--no-history"),
                         QStringLiteral("--ocsf"), QStringLiteral("-")});
    QCOMPARE(out.exitCode, 0);
    QCOMPARE(out.out.count(QLatin1Char('\n')), events.size());
    QVERIFY(out.out.startsWith(QLatin1Char('{')));
}

void TestOcsf::validAgainstTheSchema()
{
    const QString file = scan({});
    const Run v = run(QStringLiteral("python3"), {kValidator, kSchema, file});
    QVERIFY2(v.exitCode == 0, qPrintable(v.out + v.err));
    QVERIFY(v.out.contains(QLatin1String(" 0 problems")));
}

void TestOcsf::suppressedWithItsReason()
{
    // Accept the risk of the first exposed NSG.
    const QString file = m_dir.filePath(QStringLiteral("accepted.json"));
    const QString accepted =
        test::acceptRisk(kEstate, QString(), QStringLiteral("alice@contoso.example"),
                         QStringLiteral("Mail relay of record, change CHG-4711"), file);
    QVERIFY(!accepted.isEmpty());
    const QString ocsf = scan({QStringLiteral("--suppressions"), file});
    int suppressed = 0;
    for (const json &e : lines(ocsf)) {
        if (e["resources"][0]["uid"] != accepted.toStdString()) {
            QVERIFY(e["status_id"] == 1);
            continue;
        }
        ++suppressed;
        QVERIFY(e["status_id"] == 3 && e["status"] == "Suppressed");
        const std::string detail = e["status_detail"];
        QVERIFY2(detail.find("CHG-4711") != std::string::npos
                     && detail.find("alice@contoso.example") != std::string::npos,
                 detail.c_str());
        QVERIFY(e["unmapped"]["acceptedRisk"]["holds"] == true);
    }
    QCOMPARE(suppressed, 1);
    const Run v = run(QStringLiteral("python3"), {kValidator, kSchema, ocsf});
    QVERIFY2(v.exitCode == 0, qPrintable(v.out + v.err));
}

// The validator does reject what OCSF does not allow: it is not a test that cannot fail.
void TestOcsf::broken()
{
    const QList<json> events = lines(scan({}));
    QVERIFY(!events.isEmpty());
    const auto check = [this](json event) {
        const QString path = m_dir.filePath(QStringLiteral("broken.jsonl"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return -1;
        f.write(QByteArray::fromStdString(event.dump() + "\n"));
        f.close();
        return run(QStringLiteral("python3"), {kValidator, kSchema, path}).exitCode;
    };
    QCOMPARE(check(events.front()), 0);
    json noClass = events.front();
    noClass.erase("class_uid");
    QCOMPARE(check(noClass), 1);
    json badSeverity = events.front();
    badSeverity["severity_id"] = 7;
    QCOMPARE(check(badSeverity), 1);
    json extra = events.front();
    extra["azure_subscription"] = "not an OCSF attribute";
    QCOMPARE(check(extra), 1);
    json caption = events.front();
    caption["status"] = "Open";
    QCOMPARE(check(caption), 1);
}

QTEST_GUILESS_MAIN(TestOcsf)
#include "tst_ocsf.moc"
