// SPDX-License-Identifier: MIT
// Entra ID's answers: the token endpoint (200 and errors), the devicecode endpoint and the id
// token / client_info decoding, on any bytes. Numbers stay in range; nothing crashes.
#include "azure/oauth.h"

#include <cstdint>
#include <cstdlib>

using namespace nsg::azure;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    const TokenReply ok = oauth::parseTokenReply(200, body);
    if (const auto *t = std::get_if<TokenResponse>(&ok)) {
        if (t->accessToken.isEmpty() || t->expiresIn < 1 || t->expiresIn > 7 * 86400)
            std::abort();
    }
    (void)oauth::parseTokenReply(400, body);
    if (const auto code = oauth::parseDeviceCodeResponse(body)) {
        if (code->intervalSeconds < 0 || code->intervalSeconds > 300 || code->expiresInSeconds < 1
            || code->expiresInSeconds > 86400)
            std::abort();
    }
    const qsizetype half = body.size() / 2;
    (void)AccountInfo::fromTokens(body.left(half), body.mid(half));
    return 0;
}
