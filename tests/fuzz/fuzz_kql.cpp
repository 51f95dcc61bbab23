// SPDX-License-Identifier: MIT
// The sandbox's request handling for Resource Graph: the KQL subset it parses from a query
// body. Any text is parsed or refused with a reason; nothing crashes.
#include "sandbox/kql.h"

#include <cstdint>
#include <cstdlib>

using namespace nsg::sandbox;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const std::optional<GraphQuery> q = GraphQuery::parse(text, &error);
    if (!q && error.isEmpty())
        std::abort(); // refused without a reason
    return 0;
}
