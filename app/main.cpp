// SPDX-License-Identifier: MIT
#include "cli.h"
#include "version.h"

#include <QCoreApplication>

#include <cstdio>
#include <exception>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral(NSG_AUDITOR_NAME));
    QCoreApplication::setApplicationVersion(QStringLiteral(NSG_AUDITOR_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("nsg-auditor"));
    try {
        return nsg::cli::run(QCoreApplication::arguments());
    } catch (const std::exception &e) {
        std::fprintf(stderr, "nsg-auditor: internal error: %s\n", e.what());
    } catch (...) {
        std::fprintf(stderr, "nsg-auditor: internal error\n");
    }
    return nsg::cli::InternalError;
}
