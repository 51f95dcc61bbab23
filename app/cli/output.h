// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <functional>

class QIODevice;

namespace nsg::cli {

// Writes one output of a command: to a file atomically (QSaveFile: a failed write leaves nothing
// behind), or to stdout for "-". `write` does the writing and, when it fails, says why in
// `error` (else the file's error is used).
bool writeOutput(const QString &path, const std::function<bool(QIODevice *)> &write,
                 QString *error);

} // namespace nsg::cli
