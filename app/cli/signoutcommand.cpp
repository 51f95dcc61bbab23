// SPDX-License-Identifier: MIT
#include "cli/signoutcommand.h"

#include "azure/cloudenvironment.h"
#include "azure/keychaintokenstore.h"
#include "cli/clisignin.h"
#include "cli/exitcode.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QSettings>
#include <QTextStream>

namespace nsg::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("nsg::cli::signout", text);
}

} // namespace

int runSignOut(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Forgets the sign-in that 'scan --tenant' keeps in the system keychain."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    const QCommandLineOption cloud(
        QStringLiteral("cloud"), tr("AzureCloud (default), AzureUSGovernment or AzureChinaCloud."),
        tr("NAME"), QStringLiteral("AzureCloud"));
    parser.addOptions({help, cloud});
    QStringList argv = arguments;
    argv[0] = QStringLiteral("nsg-auditor signout");
    if (!parser.parse(argv)) {
        err << "nsg-auditor signout: " << parser.errorText() << Qt::endl;
        return BadUsage;
    }
    if (parser.isSet(help)) {
        out << parser.helpText();
        return Done;
    }
    const auto environment = azure::CloudEnvironment::byName(parser.value(cloud));
    if (!environment) {
        err << "nsg-auditor signout: " << tr("unknown cloud '%1'").arg(parser.value(cloud))
            << Qt::endl;
        return BadUsage;
    }
    QSettings settings;
    const QString settingsKey = workspace::Connection::rememberedAccountKey(environment->name());
    const QString key = settings.value(settingsKey).toString();
    if (key.isEmpty()) {
        out << tr("No sign-in is stored for %1.").arg(environment->name()) << Qt::endl;
        return Done;
    }
    azure::KeychainTokenStore store;
    QEventLoop loop;
    azure::TokenStore::Status status = azure::TokenStore::Status::Failed;
    QString message;
    store.remove(key, [&](azure::TokenStore::Status s, const QString &m) {
        status = s;
        message = m;
        loop.quit();
    });
    loop.exec();
    settings.remove(settingsKey);
    if (status == azure::TokenStore::Status::Ok || status == azure::TokenStore::Status::NotFound) {
        out << tr("Signed out: the sign-in of %1 is gone from the keychain.")
                   .arg(key.section(QLatin1Char(':'), 2))
            << Qt::endl;
        return Done;
    }
    err << "nsg-auditor signout: " << tr("the keychain refused: %1").arg(message) << Qt::endl;
    return BadUsage;
}

} // namespace nsg::cli
