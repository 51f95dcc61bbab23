// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

#include <nlohmann/json.hpp>

namespace nsg::sandbox {

// One HTTP response as the sandbox's handlers build it; the server writes it (or, under a
// fault, something worse).
struct HttpReply
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    void setHeader(const QByteArray &name, const QByteArray &value)
    {
        for (auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
                h.second = value;
                return;
            }
        }
        headers.append(qMakePair(name, value));
    }
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return QByteArray();
    }

    static HttpReply json(int status, const nlohmann::ordered_json &body)
    {
        HttpReply r;
        r.status = status;
        r.setHeader("Content-Type", "application/json; charset=utf-8");
        r.body = QByteArray::fromStdString(body.dump());
        return r;
    }
    static HttpReply rawJson(int status, const std::string &body)
    {
        return rawJson(status, QByteArray::fromStdString(body));
    }
    static HttpReply rawJson(int status, QByteArray body)
    {
        HttpReply r;
        r.status = status;
        r.setHeader("Content-Type", "application/json; charset=utf-8");
        r.body = std::move(body);
        return r;
    }
    static HttpReply html(int status, const QByteArray &body)
    {
        HttpReply r;
        r.status = status;
        r.setHeader("Content-Type", "text/html; charset=utf-8");
        r.body = body;
        return r;
    }
    // ARM's error body: {"error": {"code", "message"}}.
    static HttpReply armError(int status, const QString &code, const QString &message)
    {
        return json(
            status,
            {{"error", {{"code", code.toStdString()}, {"message", message.toStdString()}}}});
    }
};

} // namespace nsg::sandbox
