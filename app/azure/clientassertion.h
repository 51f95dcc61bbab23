// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace nsg::azure {

// A service principal's certificate credential: a JWT client assertion signed with the
// certificate's private key (docs/unattended-sign-in.md, 'Certificate'). The file is what
// Microsoft's SDKs take in AZURE_CLIENT_CERTIFICATE_PATH: PEM with the certificate and its
// private key, or PKCS#12 (.pfx/.p12, with AZURE_CLIENT_CERTIFICATE_PASSWORD). The key is read
// from the file for each assertion, used once and wiped: nothing of it stays in memory.
namespace clientassertion {

struct Claims
{
    QString clientId; // iss and sub
    QString audience; // the token endpoint:
                      // https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token
    QDateTime notBefore; // nbf and iat
    int lifetimeSeconds = 600; // exp = nbf + this
};

// "header.payload.signature", RS256 with the certificate's SHA-1 thumbprint in x5t (what the
// Microsoft identity platform documents for certificate credentials). Empty with error when the
// file cannot be read, holds no certificate or no private key, the key does not belong to the
// certificate, or the password is wrong. error never holds the password or key material.
std::optional<QByteArray> sign(const QString &certificatePath, const QString &password,
                               const Claims &claims, QString *error);

} // namespace clientassertion
} // namespace nsg::azure
