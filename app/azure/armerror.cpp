// SPDX-License-Identifier: MIT
#include "azure/armerror.h"

#include "core/util/jsonvalue.h"

#include <QCoreApplication>

namespace nsg::azure {

using json = nlohmann::json;

QString ArmError::toString() const
{
    QString out;
    if (httpStatus > 0)
        out = QString::number(httpStatus) + QLatin1Char(' ');
    out += code;
    if (!message.isEmpty())
        out += QLatin1String(": ") + message;
    if (!requestId.isEmpty())
        out += QCoreApplication::translate("nsg::azure::ArmError", " (request %1)").arg(requestId);
    return out;
}

ArmError ArmError::fromBody(int httpStatus, const QByteArray &body, const QByteArray &requestId)
{
    ArmError e;
    e.httpStatus = httpStatus;
    e.requestId = QString::fromLatin1(requestId);
    const json doc = json::parse(body.constData(), body.constData() + body.size(), nullptr, false);
    const json *error = nullptr;
    if (doc.is_object()) {
        if (auto it = doc.find("error"); it != doc.end() && it->is_object())
            error = &*it;
        else if (doc.contains("code")) // some providers answer the error object bare
            error = &doc;
    }
    if (error) {
        e.code = JsonValue::string(*error, "code");
        e.message = JsonValue::string(*error, "message");
        // Resource Graph: {"code": "BadRequest", "details": [{"code": "InvalidQuery", …}]}.
        if (auto d = error->find("details"); d != error->end() && d->is_array() && !d->empty()) {
            const QString detailCode = JsonValue::string(d->front(), "code");
            const QString detailMessage = JsonValue::string(d->front(), "message");
            if (!detailCode.isEmpty() && e.code == QLatin1String("BadRequest"))
                e.code = detailCode;
            if (!detailMessage.isEmpty() && !e.message.contains(detailMessage))
                e.message +=
                    (e.message.isEmpty() ? QString() : QStringLiteral(" ")) + detailMessage;
        }
    }
    if (e.code.isEmpty())
        e.code = QStringLiteral("HttpError%1").arg(httpStatus);
    if (e.message.isEmpty() && !body.isEmpty() && !doc.is_object())
        e.message = QString::fromUtf8(body.left(200)).simplified();
    return e;
}

} // namespace nsg::azure
