// SPDX-License-Identifier: MIT
#include "azure/clientassertion.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <openssl/bio.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

#include <memory>

namespace nsg::azure::clientassertion {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("nsg::azure::ClientAssertion", text);
}

struct Free
{
    void operator()(BIO *p) const { BIO_free(p); }
    void operator()(X509 *p) const { X509_free(p); }
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
    void operator()(PKCS12 *p) const { PKCS12_free(p); }
    void operator()(EVP_MD_CTX *p) const { EVP_MD_CTX_free(p); }
    void operator()(STACK_OF(X509) * p) const { sk_X509_pop_free(p, X509_free); }
};
template<typename T>
using Owned = std::unique_ptr<T, Free>;

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// The bytes of a file, wiped when they go.
class Secret
{
public:
    explicit Secret(QByteArray bytes)
        : m_bytes(std::move(bytes))
    { }
    ~Secret()
    {
        if (!m_bytes.isEmpty())
            OPENSSL_cleanse(m_bytes.data(), size_t(m_bytes.size()));
    }
    Q_DISABLE_COPY_MOVE(Secret)
    const QByteArray &bytes() const { return m_bytes; }

private:
    QByteArray m_bytes;
};

QByteArray der(X509 *certificate)
{
    const int length = i2d_X509(certificate, nullptr);
    if (length <= 0)
        return QByteArray();
    QByteArray out(length, Qt::Uninitialized);
    auto *p = reinterpret_cast<unsigned char *>(out.data());
    i2d_X509(certificate, &p);
    return out;
}

QByteArray digest(const QByteArray &data, const EVP_MD *md)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(data.constData(), size_t(data.size()), out, &length, md, nullptr) != 1)
        return QByteArray();
    return QByteArray(reinterpret_cast<const char *>(out), int(length));
}

struct Loaded
{
    Owned<X509> certificate;
    Owned<EVP_PKEY> key;
};

// PEM (certificate and key in any order, the key unencrypted or with the password) or PKCS#12.
std::optional<Loaded> load(const QString &path, const QString &password, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read the certificate %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    const Secret content(file.readAll());
    file.close();
    const QByteArray pass = password.toUtf8();
    Loaded out;
    if (content.bytes().contains("-----BEGIN")) {
        Owned<BIO> bio(BIO_new_mem_buf(content.bytes().constData(), int(content.bytes().size())));
        out.certificate.reset(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
        BIO_reset(bio.get());
        out.key.reset(PEM_read_bio_PrivateKey(
            bio.get(), nullptr, nullptr,
            pass.isEmpty() ? nullptr : const_cast<char *>(pass.constData())));
    } else {
        const auto *p = reinterpret_cast<const unsigned char *>(content.bytes().constData());
        Owned<PKCS12> p12(d2i_PKCS12(nullptr, &p, long(content.bytes().size())));
        if (!p12) {
            ERR_clear_error();
            *error = tr("%1 is neither PEM nor PKCS#12 (.pfx): not a certificate file").arg(path);
            return std::nullopt;
        }
        EVP_PKEY *key = nullptr;
        X509 *certificate = nullptr;
        STACK_OF(X509) *chain = nullptr;
        if (PKCS12_parse(p12.get(), pass.constData(), &key, &certificate, &chain) != 1) {
            ERR_clear_error();
            *error = tr("cannot open the PKCS#12 file %1: wrong password "
                        "(AZURE_CLIENT_CERTIFICATE_PASSWORD) or a damaged file")
                         .arg(path);
            return std::nullopt;
        }
        Owned<STACK_OF(X509)> chainOwner(chain);
        out.certificate.reset(certificate);
        out.key.reset(key);
    }
    ERR_clear_error();
    if (!out.certificate) {
        *error = tr("%1 holds no certificate").arg(path);
        return std::nullopt;
    }
    if (!out.key) {
        *error = tr("%1 holds a certificate but no private key (or the key is encrypted and "
                    "AZURE_CLIENT_CERTIFICATE_PASSWORD does not open it): the file must have "
                    "both, as Microsoft's SDKs expect")
                     .arg(path);
        return std::nullopt;
    }
    if (X509_check_private_key(out.certificate.get(), out.key.get()) != 1) {
        ERR_clear_error();
        *error = tr("the private key in %1 does not belong to its certificate").arg(path);
        return std::nullopt;
    }
    if (EVP_PKEY_base_id(out.key.get()) != EVP_PKEY_RSA) {
        *error = tr("the key in %1 is not an RSA key: the Microsoft identity platform takes "
                    "RSA certificates")
                     .arg(path);
        return std::nullopt;
    }
    return out;
}

QByteArray signWith(EVP_PKEY *key, const QByteArray &input, bool pss)
{
    Owned<EVP_MD_CTX> ctx(EVP_MD_CTX_new());
    EVP_PKEY_CTX *pctx = nullptr;
    if (EVP_DigestSignInit(ctx.get(), &pctx, EVP_sha256(), nullptr, key) != 1)
        return QByteArray();
    if (pss
        && (EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PSS_PADDING) != 1
            || EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, RSA_PSS_SALTLEN_DIGEST) != 1))
        return QByteArray();
    size_t length = 0;
    const auto *data = reinterpret_cast<const unsigned char *>(input.constData());
    if (EVP_DigestSign(ctx.get(), nullptr, &length, data, size_t(input.size())) != 1)
        return QByteArray();
    QByteArray out(qsizetype(length), Qt::Uninitialized);
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), &length, data,
                       size_t(input.size()))
        != 1)
        return QByteArray();
    out.resize(qsizetype(length));
    return out;
}

} // namespace

std::optional<QByteArray> sign(const QString &certificatePath, const QString &password,
                               const Claims &claims, QString *error)
{
    std::optional<Loaded> loaded = load(certificatePath, password, error);
    if (!loaded)
        return std::nullopt;
    const QByteArray certificateDer = der(loaded->certificate.get());
    QJsonObject header{{QStringLiteral("alg"), QStringLiteral("RS256")},
                       {QStringLiteral("typ"), QStringLiteral("JWT")},
                       {QStringLiteral("x5t"),
                        QString::fromLatin1(base64Url(digest(certificateDer, EVP_sha1())))}};
    const qint64 nbf = claims.notBefore.toSecsSinceEpoch();
    QJsonObject payload{
        {QStringLiteral("aud"), claims.audience},
        {QStringLiteral("iss"), claims.clientId},
        {QStringLiteral("sub"), claims.clientId},
        {QStringLiteral("jti"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {QStringLiteral("nbf"), nbf},
        {QStringLiteral("iat"), nbf},
        {QStringLiteral("exp"), nbf + claims.lifetimeSeconds},
    };
    const QByteArray input = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
        + base64Url(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    const QByteArray signature = signWith(loaded->key.get(), input, false);
    ERR_clear_error();
    if (signature.isEmpty()) {
        *error = tr("could not sign the client assertion with the key in %1").arg(certificatePath);
        return std::nullopt;
    }
    return input + '.' + base64Url(signature);
}

} // namespace nsg::azure::clientassertion
