// SPDX-License-Identifier: MIT
#include "cli/cli.h"
#include "core/settings/appsettings.h"
#include "core/settings/translations.h"
#include "core/version.h"
#include "ui/gui.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>

#include <cstdio>
#include <cstring>
#include <exception>

#include <cerrno>
#include <sys/stat.h>
#include <unistd.h>

namespace {

void name()
{
    QCoreApplication::setApplicationName(QStringLiteral(NSG_AUDITOR_NAME));
    QCoreApplication::setApplicationVersion(QStringLiteral(NSG_AUDITOR_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("nsg-auditor"));
}

// The command line speaks the Settings' language when one is chosen there, else English:
// scripts read its output, and a locale should not change it under them.
void cliLanguage()
{
    const QString language = nsg::AppSettings::load().language;
    if (!language.isEmpty())
        nsg::installTranslations(language);
    else
        nsg::installEnglishPlurals();
}

// The command-line commands run without a display; anything else opens the window.
bool isCommand(const char *arg)
{
    for (const char *c : {"scan", "restrict", "revert", "sandbox", "signout", "diff", "history",
                          "--version", "-v", "--help", "-h"}) {
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

bool wantsPdf(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--pdf") == 0 || std::strncmp(argv[i], "--pdf=", 6) == 0)
            return true;
    }
    return false;
}

// Qt's platform layer wants $XDG_RUNTIME_DIR and warns on stderr without it (root shells, CI):
// give it a private one, as it would itself, but quietly.
void ensureRuntimeDir()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    if (qEnvironmentVariableIsSet("XDG_RUNTIME_DIR"))
        return;
    const QByteArray dir = QFile::encodeName(QDir::tempPath()) + QByteArray("/runtime-")
        + QByteArray::number(uint(getuid()));
    if (::mkdir(dir.constData(), 0700) == 0 || errno == EEXIST) {
        struct stat st
        { };
        if (::stat(dir.constData(), &st) == 0 && st.st_uid == getuid()
            && (st.st_mode & 0777) == 0700)
            qputenv("XDG_RUNTIME_DIR", dir);
    }
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
            if (!wantsPdf(argc, argv)) {
                QCoreApplication app(argc, argv);
                name();
                cliLanguage();
                return nsg::cli::run(QCoreApplication::arguments());
            }
            // The PDF report needs fonts and a painter: a GUI application without a display.
            if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            ensureRuntimeDir();
            QGuiApplication app(argc, argv);
            name();
            cliLanguage();
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
        // The Settings' language, else the system's (German and French are translated).
        nsg::installTranslations(nsg::AppSettings::load().language);
        QApplication::setApplicationDisplayName(QStringLiteral("NSG Auditor"));
        return nsg::ui::runGui(QCoreApplication::arguments());
    } catch (const std::exception &e) {
        std::fprintf(stderr, "nsg-auditor: internal error: %s\n", e.what());
    } catch (...) {
        std::fprintf(stderr, "nsg-auditor: internal error\n");
    }
    return nsg::cli::InternalError;
}
