// SPDX-License-Identifier: MIT
// Fixture for tools/check-format.py: formatted as .clang-format says (tests/tools/selftest.py
// checks that it is not listed).
#include <QString>

namespace nsg {

int portOf(const QString &text)
{
    bool ok = false;
    const int port = text.toInt(&ok);
    return ok && port > 0 && port < 65536 ? port : -1;
}

} // namespace nsg
