// SPDX-License-Identifier: MIT
#include "cli/cli.h"

#include "cli/editcommand.h"
#include "cli/historycommand.h"
#include "cli/sandboxcommand.h"
#include "cli/scancommand.h"
#include "cli/signoutcommand.h"
#include "core/version.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace nsg::cli {

namespace {

QString usage()
{
    return QCoreApplication::translate(
        "nsg::cli",
        "Usage: nsg-auditor <command> [options]\n"
        "       nsg-auditor [--demo] [FILE...]   (the desktop window)\n"
        "\n"
        "Finds Azure network security groups that let TCP port 25 (SMTP) in from the Internet.\n"
        "\n"
        "Commands:\n"
        "  scan      Evaluate NSGs and report which expose the port: live from Azure (--tenant),\n"
        "            the demo tenant (--demo), a sandbox (--sandbox-url), or exports (az network\n"
        "            nsg list -o json, ARM list pages, Resource Graph output).\n"
        "  restrict  Restrict an exposing rule's source to known addresses: journaled, written\n"
        "            with If-Match, verified by reading the NSG back (--dry-run shows it only).\n"
        "  revert    Put a journaled change back (--change ID), or list the journal (--list).\n"
        "  diff      Compare two audits (snapshots of the history or export files): new, came\n"
        "            back, fixed, still exposed, with first-seen dates and who changed what.\n"
        "  history   List the audit history's snapshots (every scan is kept), or prune it.\n"
        "  signout   Forget the sign-in 'scan --tenant' keeps in the system keychain.\n"
        "  sandbox   Serve a local stand-in for Entra ID and Azure Resource Manager (demo,\n"
        "            tests): device-code sign-in, NSGs, Resource Graph, faults on demand.\n"
        "\n"
        "Run 'nsg-auditor <command> --help' for a command's options.\n"
        "Options: --help, --version\n");
}

} // namespace

int run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString command = arguments.value(1);
    if (command == QLatin1String("scan"))
        return runScan(arguments.mid(1));
    if (command == QLatin1String("sandbox"))
        return runSandbox(arguments.mid(1));
    if (command == QLatin1String("restrict"))
        return runRestrict(arguments.mid(1));
    if (command == QLatin1String("revert"))
        return runRevert(arguments.mid(1));
    if (command == QLatin1String("signout"))
        return runSignOut(arguments.mid(1));
    if (command == QLatin1String("diff"))
        return runDiff(arguments.mid(1));
    if (command == QLatin1String("history"))
        return runHistory(arguments.mid(1));
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        out << NSG_AUDITOR_NAME << ' ' << NSG_AUDITOR_VERSION << Qt::endl;
        return Done;
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h")) {
        out << usage();
        return Done;
    }
    if (command.isEmpty()) {
        err << usage();
        return BadUsage;
    }
    err << QCoreApplication::translate("nsg::cli", "nsg-auditor: unknown command '%1'\n")
               .arg(command)
        << usage();
    return BadUsage;
}

} // namespace nsg::cli
