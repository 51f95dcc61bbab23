// SPDX-License-Identifier: MIT
#include "cli.h"
#include "gui.h"
#include "version.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFileInfo>

#include <cstdio>
#include <cstring>
#include <exception>

namespace {

void name()
{
    QCoreApplication::setApplicationName(QStringLiteral(NSG_AUDITOR_NAME));
    QCoreApplication::setApplicationVersion(QStringLiteral(NSG_AUDITOR_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("nsg-auditor"));
}

// The command-line commands run without a display; anything else opens the window.
bool isCommand(const char *arg)
{
    for (const char *c : {"scan", "sandbox", "signout", "--version", "-v", "--help", "-h"}) {
        if (std::strcmp(arg, c) == 0)
            return true;
    }
    return false;
}

bool hasDisplay()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY")
        || qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
#else
    return true;
#endif
}

} // namespace

int main(int argc, char *argv[])
{
    try {
        // A first word that is neither a command nor a file to open is a mistyped command:
        // the command line says so (and lists the commands) rather than opening a window.
        if (argc > 1
            && (isCommand(argv[1])
                || (argv[1][0] != '-' && !QFileInfo::exists(QString::fromLocal8Bit(argv[1]))))) {
            QCoreApplication app(argc, argv);
            name();
            return nsg::cli::run(QCoreApplication::arguments());
        }
        if (!hasDisplay()) {
            std::fprintf(stderr,
                         "nsg-auditor: no display for the window (DISPLAY is not set). Use the "
                         "command line instead, e.g. 'nsg-auditor scan --demo', or see "
                         "'nsg-auditor --help'.\n");
            return nsg::cli::BadUsage;
        }
        QApplication app(argc, argv);
        name();
        QApplication::setApplicationDisplayName(QStringLiteral("NSG Auditor"));
        return nsg::ui::runGui(QCoreApplication::arguments());
    } catch (const std::exception &e) {
        std::fprintf(stderr, "nsg-auditor: internal error: %s\n", e.what());
    } catch (...) {
        std::fprintf(stderr, "nsg-auditor: internal error\n");
    }
    return nsg::cli::InternalError;
}
