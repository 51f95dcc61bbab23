// SPDX-License-Identifier: MIT
// Cidr, AddressPrefix and source-list parsing on any text: what parses prints back to itself.
#include "core/audit/sourceinput.h"
#include "core/net/addressprefix.h"
#include "core/net/cidr.h"

#include <cstdint>
#include <cstdlib>
#include <string_view>

using namespace nsg;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    if (const std::optional<Cidr> c = Cidr::parse(text)) {
        const std::optional<Cidr> again = Cidr::parse(QStringView(c->toString()));
        if (!again || !(*again == *c))
            std::abort(); // printed form does not read back
        if (c->prefixLength() < 0 || c->prefixLength() > c->addressBits())
            std::abort();
    }
    const QString s = QString::fromUtf8(text.data(), qsizetype(text.size()));
    (void)AddressPrefix::classify(text);
    const SourceInput input = SourceInput::parse(s);
    (void)input.isUsable();
    return 0;
}
