// SPDX-License-Identifier: MIT
#include "sandbox/assertioncheck.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

#include <memory>

namespace nsg::sandbox::assertioncheck {

namespace {

struct Free
{
    void operator()(BIO *p) const { BIO_free(p); }
    void operator()(X509 *p) const { X509_free(p); }
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
    void operator()(EVP_MD_CTX *p) const { EVP_MD_CTX_free(p); }
};
template<typename T>
using Owned = std::unique_ptr<T, Free>;

QByteArray digestOf(const QByteArray &data, const EVP_MD *md)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(data.constData(), size_t(data.size()), out, &length, md, nullptr) != 1)
        return QByteArray();
    return QByteArray(reinterpret_cast<const char *>(out), int(length))
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

std::optional<Thumbprints> thumbprints(const QByteArray &certificatePem)
{
    Owned<BIO> bio(BIO_new_mem_buf(certificatePem.constData(), int(certificatePem.size())));
    Owned<X509> certificate(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
    ERR_clear_error();
    if (!certificate)
        return std::nullopt;
    const int length = i2d_X509(certificate.get(), nullptr);
    if (length <= 0)
        return std::nullopt;
    QByteArray bytes(length, Qt::Uninitialized);
    auto *p = reinterpret_cast<unsigned char *>(bytes.data());
    i2d_X509(certificate.get(), &p);
    return Thumbprints{digestOf(bytes, EVP_sha1()), digestOf(bytes, EVP_sha256())};
}

Verdict verify(const QByteArray &jwt, const QList<QByteArray> &certificatesPem)
{
    const QList<QByteArray> parts = jwt.split('.');
    if (parts.size() != 3)
        return Verdict::Malformed;
    const QJsonObject header =
        QJsonDocument::fromJson(QByteArray::fromBase64(parts[0], QByteArray::Base64UrlEncoding))
            .object();
    const QString alg = header.value(QStringLiteral("alg")).toString();
    if (alg != QLatin1String("RS256") && alg != QLatin1String("PS256"))
        return Verdict::Malformed;
    const QByteArray x5t = header.value(QStringLiteral("x5t")).toString().toLatin1();
    const QByteArray x5tS256 = header.value(QStringLiteral("x5t#S256")).toString().toLatin1();
    if (x5t.isEmpty() && x5tS256.isEmpty())
        return Verdict::Malformed;
    for (const QByteArray &pem : certificatesPem) {
        const std::optional<Thumbprints> t = thumbprints(pem);
        if (!t
            || !((!x5t.isEmpty() && x5t == t->sha1)
                 || (!x5tS256.isEmpty() && x5tS256 == t->sha256)))
            continue;
        Owned<BIO> bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
        Owned<X509> certificate(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
        Owned<EVP_PKEY> key(certificate ? X509_get_pubkey(certificate.get()) : nullptr);
        if (!key)
            break;
        Owned<EVP_MD_CTX> ctx(EVP_MD_CTX_new());
        EVP_PKEY_CTX *pctx = nullptr;
        const QByteArray input = parts[0] + '.' + parts[1];
        const QByteArray signature =
            QByteArray::fromBase64(parts[2], QByteArray::Base64UrlEncoding);
        bool ok = EVP_DigestVerifyInit(ctx.get(), &pctx, EVP_sha256(), nullptr, key.get()) == 1;
        if (ok && alg == QLatin1String("PS256"))
            ok = EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PSS_PADDING) == 1
                && EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, RSA_PSS_SALTLEN_DIGEST) == 1;
        ok = ok
            && EVP_DigestVerify(
                   ctx.get(), reinterpret_cast<const unsigned char *>(signature.constData()),
                   size_t(signature.size()),
                   reinterpret_cast<const unsigned char *>(input.constData()), size_t(input.size()))
                == 1;
        ERR_clear_error();
        return ok ? Verdict::Ok : Verdict::BadSignature;
    }
    ERR_clear_error();
    return Verdict::UnknownCertificate;
}

} // namespace nsg::sandbox::assertioncheck
