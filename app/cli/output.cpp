// SPDX-License-Identifier: MIT
#include "cli/output.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cstdio>

namespace nsg::cli {

bool writeOutput(const QString &path, const std::function<bool(QIODevice *)> &write, QString *error)
{
    auto cannot = [&](const QString &why) {
        if (error->isEmpty())
            *error = QCoreApplication::translate("nsg::cli::output", "cannot write %1: %2")
                         .arg(path, why);
        return false;
    };
    if (path == QLatin1String("-")) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly))
            return cannot(out.errorString());
        return write(&out) || cannot(out.errorString());
    }
    // A device, pipe or FIFO (/dev/null, /dev/stdout, a shell's >(…)) is written as it is: a
    // QSaveFile would write a temporary file beside it and rename it over it, which replaces
    // /dev/null with a regular file when run as root.
    if (const QFileInfo info(path); info.exists() && !info.isFile() && !info.isDir()) {
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly))
            return cannot(out.errorString());
        return write(&out) || cannot(out.errorString());
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cannot(file.errorString());
    if (!write(&file)) {
        file.cancelWriting();
        return cannot(file.errorString());
    }
    if (!file.commit())
        return cannot(file.errorString());
    return true;
}

} // namespace nsg::cli
