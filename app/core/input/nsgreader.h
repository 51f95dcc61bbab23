// SPDX-License-Identifier: MIT
#pragma once

#include "core/input/nsgjson.h"

#include "core/audit/scanresult.h"

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <streambuf>

namespace nsg {

// A JSON report written by NSG Auditor (its "tool", "scannedAt" and "nsgs"), read back: what it
// says of its scan, and the scopes that scan could not read or skipped.
struct ReportInput
{
    ReportOrigin origin;
    QList<ScanError> errors;
    QList<ScanError> skipped;
};

// A problem with an input as a whole (not one NSG in it): broken JSON, not an export at all,
// or an export that says it is incomplete.
struct InputError
{
    QString file;
    QString code; // InvalidJson, NotAnExport, IncompleteExport
    QString message;
    qint64 offset = -1; // byte offset in the file, when known

    QString toString() const;
};

// Reads NSG exports NSG by NSG: the file is parsed as a stream (nlohmann SAX) and only one
// element at a time is held as a JSON tree, so memory follows the model, not the file.
//
// Shapes: an array of NSGs (az network nsg list, az graph query rows), {"value": [...]} (an ARM
// list page), {"data": [...]} or {"data": {"columns", "rows"}} (Resource Graph), a single NSG
// object, or a JSON report written by NSG Auditor (each of its "nsgs" with the rules it carries,
// see report()); UTF-8 with or without a byte order mark, or UTF-16.
//
// Every element becomes an NSG delivered to the sink, bad ones with the problems that make
// them unknown; broken JSON ends the file with an InputError, and the NSG it broke off in is
// delivered as unknown. Nothing is dropped silently.
class NsgReader final
{
public:
    using Sink = NsgJson::Sink;

    explicit NsgReader(Sink sink);

    // False when the file cannot be opened or read (errorString() says why).
    bool readFile(const QString &path);
    void readBytes(QByteArrayView json, const QString &sourceName);

    // A file whose top level is an array is read element by element with simdjson (the fast
    // path) unless this is turned off; either way the NSGs, problems and errors are the same
    // (tests compare the two).
    void setFastPath(bool on) { m_fastPath = on; }
    // How much the fast path reads at a time (4 MiB; tests make it small to cross many reads).
    void setFastPathChunk(size_t bytes) { m_fastPathChunk = std::max<size_t>(bytes, 16); }
    // Inputs the fast path read to their end (none of them read again by the slow path).
    int inputsReadFast() const { return m_inputsReadFast; }

    // Pages of a live listing: a nextLink or $skipToken is expected (the caller follows it), not
    // an incomplete export; envelope() then holds the page's own fields.
    void setPagedInput(bool paged) { m_paged = paged; }
    // Other resources (NICs, public IPs, load balancers, …) go to `resources`; the top-level
    // fields of a file whose array was streamed go to `envelope` (NetworkCollector).
    void setNetworkSinks(NsgJson::ResourceSink resources,
                         std::function<void(const nlohmann::json &top)> envelope)
    {
        m_resourceSink = std::move(resources);
        m_envelopeSink = std::move(envelope);
    }
    const nlohmann::json &envelope() const { return m_envelope; }
    // The input was cut off or is not JSON (errors() has an InvalidJson entry).
    bool brokeOff() const
    {
        return std::any_of(m_errors.begin(), m_errors.end(), [](const InputError &e) {
            return e.code == QLatin1String("InvalidJson");
        });
    }

    // Set when the input was a report written by NSG Auditor.
    const std::optional<ReportInput> &report() const { return m_report; }

    // The SHA-256 (hex) of the file readFile() read, hashed while it was read, and its size;
    // empty when it could not be read to the end.
    QString sha256() const { return m_sha256; }
    qint64 bytesHashed() const { return m_bytesHashed; }

    QString errorString() const { return m_errorString; }
    const QList<InputError> &errors() const { return m_errors; }
    const QStringList &warnings() const { return m_warnings; }
    qint64 nsgCount() const { return m_count; }

private:
    template<typename Parse>
    void parse(Parse &&runParser, NsgJson &converter, const QString &sourceName, qint64 offsetBias,
               qint64 skip);
    void noteWarnings(const NsgJson &converter, const QString &sourceName);
    // The fast path: true when it read the whole input; otherwise `delivered` elements went to
    // the sink and the slow path reads the input again, skipping them.
    bool readFast(std::streambuf &input, NsgJson &converter, const QString &sourceName,
                  qint64 *delivered);

    Sink m_sink;
    QString m_errorString;
    QList<InputError> m_errors;
    QStringList m_warnings;
    qint64 m_count = 0;
    bool m_paged = false;
    bool m_fastPath = true;
    size_t m_fastPathChunk = size_t(4) << 20;
    int m_inputsReadFast = 0;
    QString m_sha256;
    qint64 m_bytesHashed = -1;
    nlohmann::json m_envelope;
    std::optional<ReportInput> m_report;
    NsgJson::ResourceSink m_resourceSink;
    std::function<void(const nlohmann::json &)> m_envelopeSink;
};

} // namespace nsg
