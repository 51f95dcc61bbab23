// SPDX-License-Identifier: MIT
#pragma once

// How rule fields sit in the NSG arena. Address and port lists are stored as entries that are
// at once the text (formatting an entry gives back exactly what the input said) and the parsed
// form the evaluator reads: "10.1.2.0/24" is 6 bytes, "*" or "VirtualNetwork" 2. Text that
// would not come back identically from its parsed form ("10.1.2.3/24", "internet", "025") is
// kept verbatim next to its meaning.

#include "core/model/arena.h"
#include "core/net/addressprefix.h"
#include "core/net/intervalset.h"

#include <QString>
#include <QStringList>

#include <span>
#include <string_view>

namespace nsg::detail {

enum EntryTag : quint8 {
    kWord = 1, // u8 index into knownWords()
    kIpv4Cidr = 2, // u32, u8 prefix      "a.b.c.d/n"
    kIpv4Host = 3, // u32                 "a.b.c.d"
    kIpv6Cidr = 4, // 16 bytes, u8 prefix "x::/n"
    kIpv6Host = 5, // 16 bytes            "x::y"
    kRawAddress = 6, // u8 kind, [u8 v6, 4|16 bytes, u8 prefix when it has a range], string
    kInvalid = 7, // string
    kPortAll = 8, //                     "*"
    kPort = 9, // u16                 "25"
    kPortRange = 10, // u16, u16            "20-30"
    kRawPort = 11, // u16, u16, string
};

// Exact spellings stored as one byte; index 0 is "*".
std::span<const std::string_view> knownWords();

// Appends one address entry for `text`; records its kind. False when the text is invalid
// (error says why; the entry still keeps the text).
bool encodeAddress(ArenaWriter &w, std::string_view text, AddressPrefix::Kind &kind,
                   QString *error);
// Appends one port entry; false when invalid.
bool encodePort(ArenaWriter &w, std::string_view text, quint16 &first, quint16 &last,
                QString *error);

// Reading back.
QStringList decodeTexts(ArenaReader &r); // a list of address or port entries as text
void skipEntries(ArenaReader &r);
// Addresses a list names, as intervals (unsorted; any-like words and /0 cover their families).
// AzureCloud and other tags add nothing; their names go to `names` when given. As a
// destination, "Internet" is a name too (inbound traffic goes to private addresses).
void decodeAddressIntervals(ArenaReader &r, Intervals<quint32> &v4, Intervals<uint128> &v6,
                            QStringList *names = nullptr, bool internetIsAddresses = true);
// Port intervals of a list of port entries.
void decodePortIntervals(ArenaReader &r, Intervals<quint16> &ports);

// ARM ids stored relative to the NSG's "/subscriptions/…/providers/Microsoft.Network/" prefix.
void putId(ArenaWriter &w, std::string_view id, std::string_view prefix);
QString readId(ArenaReader &r, std::string_view prefix);
void skipId(ArenaReader &r);

} // namespace nsg::detail
