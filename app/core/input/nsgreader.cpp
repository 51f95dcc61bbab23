// SPDX-License-Identifier: MIT
#include "core/input/nsgreader.h"

#include "core/util/ascii.h"
#include "core/util/jsonvalue.h"

#include "core/input/jsonfilebuffer.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <istream>

namespace nsg {

using ascii::equalsIgnoreCase;

using json = nlohmann::json;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("nsg::NsgReader", text);
}

// Builds one JSON tree from SAX events, like nlohmann's own DOM parser, but notices duplicate
// keys and stops descending past a depth limit instead of exhausting the stack later.
class DomBuilder
{
public:
    static constexpr size_t kMaxDepth = 64;

    void reset()
    {
        root = json();
        m_stack.clear();
        m_slot = nullptr;
        m_skip = 0;
        problems.clear();
    }

    void scalar(json &&value)
    {
        if (m_skip == 0)
            place(std::move(value));
    }
    void start(json::value_t type)
    {
        if (m_skip > 0 || m_stack.size() >= kMaxDepth) {
            if (m_skip++ == 0)
                problems.append(tr("nested deeper than %1 levels").arg(kMaxDepth));
            return;
        }
        m_stack.push_back(place(json(type)));
    }
    void key(std::string &k)
    {
        if (m_skip > 0)
            return;
        auto &object = m_stack.back()->get_ref<json::object_t &>();
        auto [it, inserted] = object.try_emplace(std::move(k));
        if (!inserted) {
            problems.append(tr("duplicate key '%1': its value is ambiguous")
                                .arg(QString::fromStdString(it->first)));
        }
        m_slot = &it->second;
    }
    void end()
    {
        if (m_skip > 0) {
            --m_skip;
            return;
        }
        m_stack.pop_back();
    }

    json root;
    QStringList problems;

private:
    json *place(json &&value)
    {
        if (m_stack.empty()) {
            root = std::move(value);
            return &root;
        }
        json *parent = m_stack.back();
        if (parent->is_array()) {
            auto &array = parent->get_ref<json::array_t &>();
            array.push_back(std::move(value));
            return &array.back();
        }
        *m_slot = std::move(value);
        return m_slot;
    }

    std::vector<json *> m_stack;
    json *m_slot = nullptr;
    size_t m_skip = 0;
};

// Walks the top of an export (which container holds the NSGs) and hands each element, as its
// own small tree, to NsgJson.
class ExportSax
{
public:
    ExportSax(NsgJson &converter, const NsgJson::Sink &sink, QString file, qint64 offsetBias,
              QList<InputError> &errors, qint64 &count, bool paged,
              std::optional<ReportInput> &report)
        : m_converter(converter)
        , m_sink(sink)
        , m_file(std::move(file))
        , m_bias(offsetBias)
        , m_errors(errors)
        , m_count(count)
        , m_paged(paged)
        , m_report(report)
    { }

    // The wrapper's own fields (nextLink, $skipToken, totalRecords, …) once parsed.
    json takeEnvelope() { return std::exchange(m_top, json::object()); }

    bool null() { return scalar(json(nullptr)); }
    bool boolean(bool v) { return scalar(json(v)); }
    bool number_integer(json::number_integer_t v) { return scalar(json(v)); }
    bool number_unsigned(json::number_unsigned_t v) { return scalar(json(v)); }
    bool number_float(json::number_float_t v, const json::string_t &) { return scalar(json(v)); }
    bool string(json::string_t &v) { return scalar(json(std::move(v))); }
    bool binary(json::binary_t &) { return true; }
    bool start_object(std::size_t) { return start(json::value_t::object); }
    bool start_array(std::size_t) { return start(json::value_t::array); }
    bool end_object() { return end(); }
    bool end_array() { return end(); }

    bool key(json::string_t &k)
    {
        if (m_capturing)
            m_dom.key(k);
        else
            m_topKey = std::move(k);
        return true;
    }

    bool parse_error(std::size_t position, const std::string &,
                     const nlohmann::detail::exception &ex)
    {
        QString what = QString::fromUtf8(ex.what());
        // "[json.exception.parse_error.101] parse error at line 3, column 7: …" → "line 3, …"
        if (const qsizetype at = what.indexOf(QLatin1String("at line ")); at >= 0)
            what = what.mid(at + 3);
        // nlohmann counts characters read, the bad one included: its offset is one less.
        const qint64 offset = qint64(position > 0 ? position - 1 : 0) + m_bias;
        if (m_capturing && m_captureKind == Capture::Element) {
            m_sink(m_converter.unreadable(
                m_dom.root, elementPath(),
                tr("the JSON breaks off or is invalid inside this NSG (%1)").arg(what)));
            ++m_count;
        }
        m_errors.append(InputError{
            m_file, QStringLiteral("InvalidJson"),
            tr("invalid JSON at byte %1, %2; nothing after it was read").arg(offset).arg(what),
            offset});
        m_failed = true;
        return false;
    }

    // The top-level object's own fields (those not streamed), after finish().
    const json &top() const { return m_top; }

    void finish()
    {
        if (!m_failed && m_mode == Mode::TopObject)
            finishTopObject();
    }

private:
    enum class Mode { Start, TopArray, TopObject, WrapperArray, Done };
    enum class Capture { Element, TopValue };

    QString elementPath() const
    {
        return m_arrayPath + QLatin1Char('[') + QString::number(m_index) + QLatin1Char(']');
    }

    bool elementLevel() const
    {
        return (m_mode == Mode::TopArray && m_depth == 1)
            || (m_mode == Mode::WrapperArray && m_depth == 2);
    }

    void deliverElement(const json &element, const QStringList &problems)
    {
        const json *readProblems = m_reportNsgs && element.is_object()
            ? JsonValue::find(element, "readProblems")
            : nullptr;
        if (readProblems && readProblems->is_array() && !readProblems->empty()) {
            // What kept the NSG (partly) unread when the report was made keeps it unknown.
            QStringList more = problems;
            for (const json &p : *readProblems)
                more.append(tr("when the report was made: %1")
                                .arg(p.is_string() ? QString::fromStdString(p.get<std::string>())
                                                   : QString::fromStdString(p.dump())));
            m_count += m_converter.convert(element, elementPath(), m_sink, more);
        } else if (m_reportNsgs && element.is_object()
                   && !JsonValue::find(element, "securityRules")) {
            // A report written before reports carried the rules: its verdict cannot be checked.
            m_reportWithoutRules = true;
            const json *verdict = JsonValue::find(element, "verdict");
            QStringList more = problems;
            more.append(tr("the report holds no rules for this NSG (it was written before reports "
                           "carried them); the report's verdict was '%1'")
                            .arg(verdict && verdict->is_string() ? JsonValue::toString(verdict)
                                                                 : tr("none")));
            m_count += m_converter.convert(element, elementPath(), m_sink, more);
        } else {
            m_count += m_converter.convert(element, elementPath(), m_sink, problems);
        }
        ++m_index;
    }

    // A report written by NSG Auditor: its header comes before "nsgs" when the tool wrote it.
    bool looksLikeReport() const
    {
        const json *tool = JsonValue::find(m_top, "tool");
        return tool && tool->is_object() && JsonValue::find(m_top, "scannedAt");
    }

    bool scalar(json &&value)
    {
        if (m_capturing) {
            m_dom.scalar(std::move(value));
            return true;
        }
        if (elementLevel()) {
            deliverElement(value, {});
        } else if (m_mode == Mode::TopObject && m_depth == 1) {
            m_top[m_topKey] = std::move(value);
        } else if (m_mode == Mode::Start) {
            m_errors.append(InputError{m_file, QStringLiteral("NotAnExport"),
                                       tr("not an NSG export: the file holds a single %1 value")
                                           .arg(QString::fromStdString(value.type_name())),
                                       -1});
            m_mode = Mode::Done;
        }
        return true;
    }

    bool start(json::value_t type)
    {
        if (m_capturing) {
            m_dom.start(type);
            ++m_depth;
            return true;
        }
        if (m_mode == Mode::Start) {
            m_mode = type == json::value_t::array ? Mode::TopArray : Mode::TopObject;
            m_arrayPath = QStringLiteral("$");
            m_depth = 1;
            return true;
        }
        if (elementLevel()) {
            beginCapture(Capture::Element, type);
            return true;
        }
        if (m_mode == Mode::TopObject && m_depth == 1) {
            const bool report = equalsIgnoreCase(m_topKey, "nsgs") && looksLikeReport();
            const bool wrapper =
                equalsIgnoreCase(m_topKey, "value") || equalsIgnoreCase(m_topKey, "data") || report;
            if (type == json::value_t::array && wrapper && !m_streamedWrapper) {
                m_reportNsgs = report;
                m_mode = Mode::WrapperArray;
                m_streamedWrapper = true;
                m_arrayPath = QStringLiteral("$.") + QString::fromStdString(m_topKey);
                m_depth = 2;
                return true;
            }
            beginCapture(Capture::TopValue, type);
        }
        return true;
    }

    void beginCapture(Capture kind, json::value_t type)
    {
        m_capturing = true;
        m_captureKind = kind;
        m_captureDepth = m_depth;
        m_dom.reset();
        m_dom.start(type);
        ++m_depth;
    }

    bool end()
    {
        if (m_capturing) {
            m_dom.end();
            --m_depth;
            if (m_depth == m_captureDepth) {
                m_capturing = false;
                if (m_captureKind == Capture::Element) {
                    deliverElement(m_dom.root, m_dom.problems);
                } else {
                    if (!m_dom.problems.isEmpty())
                        m_topProblems += m_dom.problems;
                    m_top[m_topKey] = std::move(m_dom.root);
                }
                m_dom.reset();
            }
            return true;
        }
        --m_depth;
        if (m_mode == Mode::WrapperArray && m_depth == 1)
            m_mode = Mode::TopObject;
        else if (m_depth == 0 && m_mode == Mode::TopArray)
            m_mode = Mode::Done;
        return true;
    }

    void finishTopObject()
    {
        // What the wrapper says about completeness.
        const json *next = JsonValue::find(m_top, "nextLink");
        if (!next)
            next = JsonValue::find(m_top, "$skipToken");
        if (!next)
            next = JsonValue::find(m_top, "skip_token");
        if (!m_paged && next && next->is_string()
            && !next->get_ref<const std::string &>().empty()) {
            m_errors.append(InputError{
                m_file, QStringLiteral("IncompleteExport"),
                tr("this file is one page of a longer list (it has a next-page link): NSGs on "
                   "later pages are not in it"),
                -1});
        }
        if (const json *truncated = JsonValue::find(m_top, "resultTruncated"); !m_paged && truncated
            && ((truncated->is_string() && truncated->get_ref<const std::string &>() == "true")
                || (truncated->is_boolean() && truncated->get<bool>()))) {
            m_errors.append(InputError{
                m_file, QStringLiteral("IncompleteExport"),
                tr("Resource Graph marked this result truncated: some NSGs are missing from it"),
                -1});
        }
        if (finishReport() || m_streamedWrapper)
            return;
        // {"data": {"columns": [...], "rows": [[...]]}}: Resource Graph's table format.
        if (const json *data = JsonValue::find(m_top, "data"); data && data->is_object()) {
            const json *columns = JsonValue::find(*data, "columns");
            const json *rows = JsonValue::find(*data, "rows");
            if (columns && columns->is_array() && rows && rows->is_array()) {
                m_arrayPath = QStringLiteral("$.data.rows");
                for (const json &row : *rows) {
                    json object = json::object();
                    for (size_t c = 0; c < columns->size() && row.is_array() && c < row.size();
                         ++c) {
                        const json *name = JsonValue::find((*columns)[c], "name");
                        if (name && name->is_string())
                            object[name->get<std::string>()] = row[c];
                    }
                    deliverElement(row.is_array() ? object : row, {});
                }
                return;
            }
        }
        static const char *const nsgKeys[] = {"id", "name", "properties", "securityRules"};
        bool looksLikeNsg = false;
        for (const char *key : nsgKeys)
            looksLikeNsg = looksLikeNsg || JsonValue::find(m_top, key);
        if (!looksLikeNsg) {
            m_errors.append(
                InputError{m_file, QStringLiteral("NotAnExport"),
                           tr("not an NSG export: expected an array of NSGs, {\"value\": [...]}, "
                              "{\"data\": [...]} or one NSG object"),
                           -1});
            return;
        }
        m_arrayPath.clear();
        m_count += m_converter.convert(m_top, QStringLiteral("$"), m_sink, m_topProblems);
    }

    // The report's header and unread scopes; its NSGs too when "nsgs" came before the header.
    bool finishReport()
    {
        const json *nsgs = JsonValue::find(m_top, "nsgs");
        if (!looksLikeReport() || !(m_reportNsgs || (nsgs && nsgs->is_array())))
            return false;
        auto text = [](const json *obj, std::string_view key) {
            return JsonValue::toString(JsonValue::find(obj, key));
        };
        ReportInput in;
        in.origin.file = m_file;
        const json *tool = JsonValue::find(m_top, "tool");
        in.origin.tool =
            QString(text(tool, "name") + QLatin1Char(' ') + text(tool, "version")).trimmed();
        in.origin.scannedAt = QDateTime::fromString(text(&m_top, "scannedAt"), Qt::ISODate);
        if (const json *policy = JsonValue::find(m_top, "policy"); policy && policy->is_object()) {
            if (const auto known = PortPolicy::fromName(text(policy, "id"))) {
                in.origin.policy = *known;
            } else {
                in.origin.policy.id = text(policy, "id");
                in.origin.policy.targets.clear();
                const json *targets = JsonValue::find(*policy, "targets");
                for (size_t i = 0; targets && targets->is_array() && i < targets->size(); ++i) {
                    const json &t = (*targets)[i];
                    const json *first = JsonValue::find(t, "first");
                    const json *last = JsonValue::find(t, "last");
                    const auto protocol = parseProtocol(text(&t, "protocol").toStdString());
                    if (protocol && first && first->is_number_unsigned() && last
                        && last->is_number_unsigned())
                        in.origin.policy.targets.push_back(
                            PortTarget{*protocol, quint16(first->get<unsigned>()),
                                       quint16(last->get<unsigned>())});
                }
            }
            if (const QString name = text(policy, "name"); !name.isEmpty())
                in.origin.policy.name = name;
        }
        auto scopes = [&](std::string_view key, QList<ScanError> &out) {
            const json *list = JsonValue::find(m_top, key);
            for (size_t i = 0; list && list->is_array() && i < list->size(); ++i) {
                const json &e = (*list)[i];
                if (!e.is_object())
                    continue;
                const json *status = JsonValue::find(e, "httpStatus");
                out.append(ScanError{text(&e, "scope"),
                                     status && status->is_number_integer() ? status->get<int>() : 0,
                                     text(&e, "code"), text(&e, "message"), text(&e, "requestId")});
            }
        };
        scopes("errors", in.errors);
        scopes("skipped", in.skipped);
        if (!m_reportNsgs) {
            m_reportNsgs = true;
            m_arrayPath = QStringLiteral("$.nsgs");
            for (const json &element : *nsgs)
                deliverElement(element, {});
        }
        in.origin.hasRules = !m_reportWithoutRules;
        m_report = std::move(in);
        return true;
    }

    NsgJson &m_converter;
    const NsgJson::Sink &m_sink;
    QString m_file;
    qint64 m_bias;
    QList<InputError> &m_errors;
    qint64 &m_count;
    bool m_paged;
    std::optional<ReportInput> &m_report;

    Mode m_mode = Mode::Start;
    int m_depth = 0;
    bool m_failed = false;
    bool m_capturing = false;
    Capture m_captureKind = Capture::Element;
    int m_captureDepth = 0;
    DomBuilder m_dom;
    QString m_arrayPath = QStringLiteral("$");
    qint64 m_index = 0;
    json m_top = json::object();
    std::string m_topKey;
    bool m_streamedWrapper = false;
    bool m_reportNsgs = false; // the NSGs are a report's
    bool m_reportWithoutRules = false;
    QStringList m_topProblems;
};

} // namespace

QString InputError::toString() const
{
    return file.isEmpty() ? message : file + QLatin1String(": ") + message;
}

NsgReader::NsgReader(Sink sink)
    : m_sink(std::move(sink))
{ }

template<typename Parse>
void NsgReader::parse(Parse &&runParser, const QString &sourceName, qint64 offsetBias)
{
    NsgJson converter(sourceName);
    converter.setResourceSink(m_resourceSink);
    ExportSax sax(converter, m_sink, sourceName, offsetBias, m_errors, m_count, m_paged, m_report);
    if (runParser(sax)) {
        sax.finish();
        if (m_envelopeSink)
            m_envelopeSink(sax.top());
    }
    if (m_paged)
        m_envelope = sax.takeEnvelope();
    for (const QString &w : converter.warnings())
        m_warnings.append(sourceName + QLatin1String(": ") + w);
}

bool NsgReader::readFile(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir()) {
        m_errorString = tr("%1 is a directory").arg(path);
        return false;
    }
    JsonFileBuffer buffer(path);
    if (!buffer.open()) {
        m_errorString = tr("cannot open %1: %2").arg(path, buffer.errorString());
        return false;
    }
    std::istream stream(&buffer);
    const qsizetype errorsBefore = m_errors.size();
    // The bias turns the parser's stream offset into a file offset for UTF-8 files.
    parse([&stream](ExportSax &sax) { return json::sax_parse(stream, &sax); }, path,
          buffer.skippedBytes());
    if (!buffer.errorString().isEmpty()) {
        m_errorString = tr("cannot read %1: %2").arg(path, buffer.errorString());
        return false;
    }
    if (buffer.encoding() != QLatin1String("UTF-8") && m_errors.size() > errorsBefore) {
        for (qsizetype i = errorsBefore; i < m_errors.size(); ++i)
            m_errors[i].message +=
                tr(" (offsets count the file's text as UTF-8; it is %1)").arg(buffer.encoding());
    }
    return true;
}

void NsgReader::readBytes(QByteArrayView bytes, const QString &sourceName)
{
    const char *begin = bytes.data();
    const char *end = begin + bytes.size();
    qint64 bias = 0;
    if (bytes.size() >= 3 && quint8(begin[0]) == 0xEF && quint8(begin[1]) == 0xBB
        && quint8(begin[2]) == 0xBF) {
        begin += 3;
        bias = 3;
    }
    parse([begin, end](ExportSax &sax) { return json::sax_parse(begin, end, &sax); }, sourceName,
          bias);
}

} // namespace nsg
