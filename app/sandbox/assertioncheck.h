// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>

#include <optional>

namespace nsg::sandbox::assertioncheck {

// The base64url SHA-1 (x5t) and SHA-256 (x5t#S256) thumbprints of a PEM certificate's DER.
struct Thumbprints
{
    QByteArray sha1;
    QByteArray sha256;
};
std::optional<Thumbprints> thumbprints(const QByteArray &certificatePem);

enum class Verdict { Ok, Malformed, UnknownCertificate, BadSignature };
// Checks a client assertion's signature (RS256 or PS256) against the certificates registered for
// an app, picking the one its x5t or x5t#S256 header names, as Entra ID does.
Verdict verify(const QByteArray &jwt, const QList<QByteArray> &certificatesPem);

} // namespace nsg::sandbox::assertioncheck
