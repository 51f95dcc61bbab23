// SPDX-License-Identifier: MIT
#include "cli/sandboxcommand.h"

#include "cli/exitcode.h"
#include "sandbox/sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace nsg::cli {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("nsg::cli::sandbox", text, disambiguation, n);
}

} // namespace

int runSandbox(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    auto fail = [&err](const QString &message) {
        err << "nsg-auditor sandbox: " << message << Qt::endl;
        return BadUsage;
    };
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("A local stand-in for Microsoft Entra ID (device-code sign-in) and Azure Resource "
           "Manager (NSGs, rules, Resource Graph), over HTTP on one base URL, printed as the first "
           "line. Without a tenant option it serves the demo tenant. Nothing reaches Azure."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    tr("Address and port (default 127.0.0.1:0, a free port)."),
                                    tr("ADDRESS:PORT"), QStringLiteral("127.0.0.1:0"));
    const QCommandLineOption tls(
        QStringLiteral("tls"),
        tr("Serve https with the test-only certificate (CA: resources/sandbox/ca.pem)."));
    const QCommandLineOption tenantFile(QStringLiteral("tenant-file"),
                                        tr("Serve this tenant file instead of the demo tenant."),
                                        tr("FILE"));
    const QCommandLineOption generate(
        QStringLiteral("generate"),
        tr("Serve a generated estate: tenants=T,subs=S,nsgs=N,rules=R,exposed=F,seed=K "
           "(S subscriptions in all, N NSGs in each)."),
        tr("SPEC"));
    const QCommandLineOption faults(
        QStringLiteral("faults"),
        tr("Faults to inject into ARM and Resource Graph answers: 429=P, 5xx=P, latency=MS, "
           "arm-latency=MS, graph-latency=MS, reset=P, truncate=P, malformed=P, throttle, "
           "nextlink-host=HOST, mfa-writes, "
           "fail-writes, lock-writes, location-only, graph-down=STATUS, seed=N."),
        tr("SPEC"));
    const QCommandLineOption autoApprove(
        QStringLiteral("auto-approve"),
        tr("Approve every device code this many seconds after it is issued, as the first account."),
        tr("SECONDS"));
    const QCommandLineOption tokenLifetime(QStringLiteral("token-lifetime"),
                                           tr("Access token lifetime (default 3600)."),
                                           tr("SECONDS"), QStringLiteral("3600"));
    const QCommandLineOption pageSize(QStringLiteral("page-size"),
                                      tr("Items per ARM list page (default 100)."), tr("N"),
                                      QStringLiteral("100"));
    const QCommandLineOption pollInterval(QStringLiteral("poll-interval"),
                                          tr("Device-code polling interval (default 5)."),
                                          tr("SECONDS"), QStringLiteral("5"));
    const QCommandLineOption operationTime(QStringLiteral("operation-ms"),
                                           tr("How long a write stays InProgress (default 1500)."),
                                           tr("MS"), QStringLiteral("1500"));
    const QCommandLineOption graphQuota(QStringLiteral("graph-quota"),
                                        tr("Resource Graph queries per 5 s and user (default 15)."),
                                        tr("N"), QStringLiteral("15"));
    parser.addOptions({help, listen, tls, tenantFile, generate, faults, autoApprove, tokenLifetime,
                       pageSize, pollInterval, operationTime, graphQuota});
    QStringList argv = arguments;
    argv[0] = QStringLiteral("nsg-auditor sandbox");
    if (!parser.parse(argv))
        return fail(parser.errorText());
    if (parser.isSet(help)) {
        out << parser.helpText();
        return Done;
    }
    if (!parser.positionalArguments().isEmpty())
        return fail(tr("unexpected argument '%1'").arg(parser.positionalArguments().front()));
    if (parser.isSet(tenantFile) && parser.isSet(generate))
        return fail(tr("--tenant-file and --generate exclude each other"));

    sandbox::SandboxOptions options;
    const QString address = parser.value(listen);
    const qsizetype colon = address.lastIndexOf(QLatin1Char(':'));
    bool ok = false;
    const uint port = address.mid(colon + 1).toUInt(&ok);
    QString host = address.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    if (colon < 0 || !ok || port > 65535 || !options.address.setAddress(host))
        return fail(tr("--listen takes ADDRESS:PORT, e.g. 127.0.0.1:8443, not '%1'").arg(address));
    if (!options.address.isLoopback())
        err << "nsg-auditor sandbox: warning: listening on a non-loopback address; the sandbox has "
               "no real security"
            << Qt::endl;
    options.port = quint16(port);
    options.tls = parser.isSet(tls);
    options.tenantFile = parser.value(tenantFile);
    options.generateSpec = parser.value(generate);
    options.faults = parser.value(faults);
    auto number = [&](const QCommandLineOption &option, int min, int *target) {
        bool good = false;
        const int v = parser.value(option).toInt(&good);
        if (!good || v < min)
            return false;
        *target = v;
        return true;
    };
    if (parser.isSet(autoApprove) && !number(autoApprove, 0, &options.autoApproveSeconds))
        return fail(tr("--auto-approve takes a number of seconds"));
    if (!number(tokenLifetime, 1, &options.tokenLifetimeSeconds))
        return fail(tr("--token-lifetime takes a positive number of seconds"));
    if (!number(pageSize, 1, &options.pageSize))
        return fail(tr("--page-size takes a positive number"));
    if (!number(pollInterval, 0, &options.pollIntervalSeconds))
        return fail(tr("--poll-interval takes a number of seconds"));
    if (!number(operationTime, 0, &options.operationMilliseconds))
        return fail(tr("--operation-ms takes a number of milliseconds"));
    if (!number(graphQuota, 1, &options.graphQuota))
        return fail(tr("--graph-quota takes a positive number"));

    sandbox::SandboxServer server(options);
    QString error;
    if (!server.start(&error))
        return fail(error);
    out << server.baseUrl() << Qt::endl;
    QStringList accounts;
    for (const sandbox::Account &a : server.world().accounts())
        accounts.append(a.userPrincipalName);
    err << tr("Serving %1, %2; accounts: %3. Sign in at %4/devicelogin. Stop with Ctrl+C.")
               .arg(tr("%n tenant(s)", nullptr, int(server.world().tenants().size())),
                    tr("%n subscription(s)", nullptr, int(server.world().subscriptions().size())),
                    accounts.join(QLatin1String(", ")), server.baseUrl())
        << Qt::endl;
    return QCoreApplication::exec();
}

} // namespace nsg::cli
