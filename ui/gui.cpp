// SPDX-License-Identifier: MIT
#include "gui.h"

#include "widgets/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTextStream>

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
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QCoreApplication::translate("nsg::ui", "Exports to open."),
                                 QStringLiteral("[FILE...]"));
    parser.process(arguments);

    MainWindow window;
    window.show();
    if (parser.isSet(demo)) {
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
