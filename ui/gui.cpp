// SPDX-License-Identifier: MIT
#include "ui/gui.h"

#include "ui/widgets/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTextStream>
#include <QUrl>

#include <cstdio>

namespace nsg::ui {

int runGui(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "nsg::ui",
        "The desktop window. Command-line use: nsg-auditor scan|sandbox|signout --help."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QCoreApplication::translate("nsg::ui",
                                    "Open the built-in demo tenant: a sandbox in this "
                                    "process and a real device-code sign-in."));
    parser.addOption(demo);
    const QCommandLineOption sandboxUrl(
        QStringLiteral("sandbox-url"),
        QCoreApplication::translate("nsg::ui",
                                    "Sign in against a sandbox at URL instead of Azure (one "
                                    "started with 'nsg-auditor sandbox')."),
        QStringLiteral("URL"));
    parser.addOption(sandboxUrl);
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QCoreApplication::translate("nsg::ui", "Exports to open."),
                                 QStringLiteral("[FILE...]"));
    parser.process(arguments);

    QUrl sandbox;
    if (parser.isSet(sandboxUrl)) {
        sandbox = QUrl(parser.value(sandboxUrl), QUrl::StrictMode);
        const QString scheme = sandbox.scheme();
        if (!sandbox.isValid() || sandbox.host().isEmpty()
            || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate(
                                        "nsg::ui",
                                        "nsg-auditor: --sandbox-url needs an http or https URL "
                                        "such as http://127.0.0.1:8443, not '%1'")
                                        .arg(parser.value(sandboxUrl))));
            return 2;
        }
        if (parser.isSet(demo)) {
            std::fprintf(
                stderr, "%s\n",
                qPrintable(QCoreApplication::translate(
                    "nsg::ui", "nsg-auditor: --demo and --sandbox-url exclude each other")));
            return 2;
        }
    }

    MainWindow window;
    window.show();
    if (!sandbox.isEmpty()) {
        window.setSandbox(sandbox.toString(QUrl::StripTrailingSlash));
        window.showSignIn();
    } else if (parser.isSet(demo)) {
        QString error;
        if (!window.startDemo(&error)) {
            QMessageBox::critical(
                &window, QCoreApplication::translate("nsg::ui", "Demo"),
                QCoreApplication::translate("nsg::ui", "The demo sandbox did not start: %1")
                    .arg(error));
            return 1;
        }
    } else {
        window.restoreSignIn();
    }
    if (!parser.positionalArguments().isEmpty())
        window.openFiles(parser.positionalArguments());
    return QApplication::exec();
}

} // namespace nsg::ui
