// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

namespace nsg::azure {

// Why an ARM (or Resource Graph) call failed, in plain values (docs/azure-protocol.md, 'Error
// shapes'). Calls that got no HTTP answer have httpStatus 0 and one of our own codes: NetworkError,
// Timeout, TlsError, UntrustedHost (a link or redirect to a host that may not see our token:
// refused, never followed), MalformedResponse, Cancelled, and the OAuth error of a failed token
// refresh (invalid_grant, interaction_required, …).
struct ArmError
{
    ArmError() = default;
    ArmError(int status, QString errorCode, QString text, QString request, QString challenge = {})
        : httpStatus(status)
        , code(std::move(errorCode))
        , message(std::move(text))
        , requestId(std::move(request))
        , claims(std::move(challenge))
    { }

    int httpStatus = 0;
    QString code;
    QString message;
    QString requestId; // x-ms-request-id, or our x-ms-client-request-id without an answer
    // A 401 claims challenge (MFA): the claims JSON a new sign-in must satisfy.
    QString claims;

    bool isNull() const { return code.isEmpty() && httpStatus == 0; }
    // "403 AuthorizationFailed: The client … (request 1234…)"
    QString toString() const;

    // From an ARM error body {"error": {"code", "message", "details"}} (or Resource Graph's,
    // whose specific code sits in details).
    static ArmError fromBody(int httpStatus, const QByteArray &body, const QByteArray &requestId);
};

} // namespace nsg::azure
