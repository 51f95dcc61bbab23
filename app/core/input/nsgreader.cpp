// SPDX-License-Identifier: MIT
#include "core/input/nsgreader.h"

#include "core/util/ascii.h"
#include "core/util/cores.h"
#include "core/util/jsonvalue.h"

#include "core/input/jsonaccess_p.h"
#include "core/input/jsonfilebuffer.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <istream>
#include <memory>
#include <thread>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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
    friend class TopArrayReader;

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
        if (m_probing) {
            m_probeFailed = true;
            return false;
        }
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

    // Elements before this index were delivered by the fast path: they are parsed, not delivered.
    void skipElements(qint64 count) { m_skip = count; }
    qint64 elementsSeen() const { return m_index; }

    // The fast path (TopArrayReader) has read the opening bracket of a top-level array.
    void beginTopArray()
    {
        m_mode = Mode::TopArray;
        m_arrayPath = QStringLiteral("$");
        m_depth = 1;
    }
    void endTopArray()
    {
        m_mode = Mode::Done;
        m_depth = 0;
    }

    // The fast path has read the opening brace of a top-level object: a page ({"value": [...],
    // "nextLink": …} or Resource Graph's {"data": [...], "$skipToken": …}).
    void beginTopObject()
    {
        m_mode = Mode::TopObject;
        m_arrayPath = QStringLiteral("$");
        m_depth = 1;
    }
    // Whether the slow path would stream this member of the top object's array value (as
    // opposed to keeping it whole in the envelope). A report's "nsgs" is left to the slow path.
    bool streamsMember(std::string_view key) const
    {
        return !m_streamedWrapper
            && (equalsIgnoreCase(key, "value") || equalsIgnoreCase(key, "data"));
    }
    void beginWrapperArray(std::string_view key)
    {
        m_mode = Mode::WrapperArray;
        m_streamedWrapper = true;
        m_arrayPath = QLatin1String("$.") + QString::fromUtf8(key.data(), qsizetype(key.size()));
        m_depth = 2;
    }
    void endWrapperArray()
    {
        m_mode = Mode::TopObject;
        m_depth = 1;
    }
    // Another member of the top object, parsed as the slow path parses it (kept in the
    // envelope). False when it is not valid JSON: the slow path then reads the whole input.
    bool topMember(std::string key, const char *begin, size_t size)
    {
        m_topKey = std::move(key);
        m_probing = true;
        m_probeFailed = false;
        const bool parsed = json::sax_parse(begin, begin + size, this) && !m_probeFailed;
        m_probing = false;
        return parsed && !m_capturing && m_depth == 1;
    }

    // Where the fast path's element `index` is, as the slow path would name it.
    QString elementPathOf(qint64 index) const
    {
        return m_arrayPath + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
    }
    // An element the fast path converted on its own (TopArrayReader).
    void deliverConverted(std::vector<NetworkSecurityGroup> &nsgs, const QStringList &warnings)
    {
        for (NetworkSecurityGroup &n : nsgs)
            m_sink(std::move(n));
        m_count += qint64(nsgs.size());
        m_converter.appendWarnings(warnings);
        ++m_index;
    }

    // One element of the top-level array, parsed by simdjson: an NSG goes straight to the
    // converter; anything else (another resource, a duplicate key, deep nesting, a value
    // simdjson would not take) is parsed again by nlohmann as the slow path would. False when
    // nlohmann cannot parse it either: the caller reads the file again the slow way.
    bool elementFast(simdjson::dom::parser &parser, const char *begin, size_t size)
    {
        simdjson::dom::element root;
        if (!parser.parse(begin, size, false).get(root) && isPlainNsg(root)) {
            m_count += m_converter.convertFast(jsonaccess::SimdValue(root), elementPath(), m_sink);
            ++m_index;
            return true;
        }
        m_probing = true;
        m_probeFailed = false;
        const bool parsed = json::sax_parse(begin, begin + size, this) && !m_probeFailed;
        m_probing = false;
        if (!parsed) {
            m_capturing = false;
            m_depth = m_mode == Mode::WrapperArray ? 2 : 1;
            m_dom.reset();
        }
        return parsed;
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

    QString elementPath() const { return elementPathOf(m_index); }

    bool elementLevel() const
    {
        return (m_mode == Mode::TopArray && m_depth == 1)
            || (m_mode == Mode::WrapperArray && m_depth == 2);
    }

    // An NSG without duplicate keys and no deeper than DomBuilder goes: the fast path's. A row
    // without a type (a Resource Graph query's projection) is one too, unless a resource sink
    // might take it by its shape (az drops the type of NICs and the like).
    bool isPlainNsg(simdjson::dom::element root) const
    {
        if (root.type() != simdjson::dom::element_type::OBJECT)
            return false;
        if (const jsonaccess::SimdValue type = jsonaccess::SimdValue(root).find("type")) {
            if (!type.isString()
                || !equalsIgnoreCase(type.string(), "Microsoft.Network/networkSecurityGroups"))
                return false;
        } else if (m_converter.takesResources()) {
            return false;
        }
        return isPlain(root, 1);
    }
    static bool isPlain(simdjson::dom::element e, size_t level)
    {
        using Type = simdjson::dom::element_type;
        const Type type = e.type();
        if (type != Type::OBJECT && type != Type::ARRAY)
            return true;
        if (level > DomBuilder::kMaxDepth)
            return false;
        if (type == Type::ARRAY) {
            for (const simdjson::dom::element item : jsonaccess::arrayOf(e)) {
                if (!isPlain(item, level + 1))
                    return false;
            }
            return true;
        }
        // Duplicate keys: a key is compared with the earlier ones only when its small hash
        // (length, first and last byte) was seen before in this object: rarely.
        constexpr size_t kMaxKeys = 64;
        std::array<std::string_view, kMaxKeys> keys;
        quint64 seen = 0;
        size_t n = 0;
        for (const simdjson::dom::key_value_pair field : jsonaccess::objectOf(e)) {
            if (n == kMaxKeys)
                return false; // unusual: nlohmann checks it
            const std::string_view key = field.key;
            const unsigned hash = key.empty()
                ? 0
                : unsigned(key.size() * 7 + quint8(key.front()) * 3 + quint8(key.back())) & 63;
            if (seen & (quint64(1) << hash)) {
                for (size_t i = 0; i < n; ++i) {
                    if (keys[i] == key)
                        return false;
                }
            }
            seen |= quint64(1) << hash;
            keys[n++] = key;
            if (!isPlain(field.value, level + 1))
                return false;
        }
        return true;
    }

    void deliverElement(const json &element, const QStringList &problems)
    {
        if (m_index < m_skip) {
            ++m_index; // the fast path delivered it
            return;
        }
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
    qint64 m_skip = 0;
    bool m_probing = false;
    bool m_probeFailed = false;
};

// Bytes in memory as a std::streambuf (for TopArrayReader, which copies them with padding).
class MemoryBuffer final : public std::streambuf
{
public:
    MemoryBuffer(const char *begin, const char *end)
    {
        char *b = const_cast<char *>(begin); // only ever read
        setg(b, b, const_cast<char *>(end));
    }
};

// The common export, az network nsg list's top-level array of NSGs, read at the speed of the
// bytes: each element's extent is found by a scan that follows only strings and brackets, and
// the element is parsed in place by simdjson. Anything else (another top level, broken JSON) is
// left to the slow path, which reads the file again from its start and skips the elements
// already delivered, so its messages and offsets are exactly what they would have been.
class TopArrayReader
{
public:
    enum class Result { NotAnArray, Done, Trouble };

    TopArrayReader(std::streambuf &in, const QString &sourceName, size_t chunk)
        : m_in(in)
        , m_sourceName(sourceName)
        , m_chunk(chunk)
    { }

    Result read(ExportSax &sax)
    {
        m_sax = &sax;
        Result result = Result::NotAnArray;
        if (skipSpace()) {
            if (at() == '[')
                result = readArray(sax);
            else if (at() == '{')
                result = readObject(sax);
        }
        // What was found before the end or the trouble is delivered either way.
        return flush() && !m_broken ? result : Result::Trouble;
    }

private:
    Result readArray(ExportSax &sax)
    {
        ++m_pos;
        sax.beginTopArray();
        if (const Result r = readElements(); r != Result::Done)
            return r;
        sax.endTopArray();
        // Only white space may follow.
        return !skipSpace() ? Result::Done : Result::Trouble;
    }

    // A page: its array of resources ("value", "data") goes element by element as a top-level
    // array does; its other members (nextLink, $skipToken, totalRecords, …) are parsed whole, as
    // the slow path parses them. A report (its "nsgs") is left to the slow path.
    Result readObject(ExportSax &sax)
    {
        ++m_pos;
        sax.beginTopObject();
        if (!skipSpace())
            return Result::Trouble;
        if (at() == '}') {
            ++m_pos;
            return !skipSpace() ? Result::Done : Result::Trouble;
        }
        while (true) {
            if (at() != '"')
                return Result::Trouble;
            const std::optional<size_t> keyEnd = valueEnd();
            if (!keyEnd)
                return Result::Trouble;
            json key = json::parse(m_buf.data() + m_pos, m_buf.data() + *keyEnd, nullptr, false);
            if (!key.is_string() || equalsIgnoreCase(key.get_ref<const std::string &>(), "nsgs"))
                return Result::Trouble;
            m_pos = *keyEnd;
            if (!skipSpace() || at() != ':')
                return Result::Trouble;
            ++m_pos;
            if (!skipSpace())
                return Result::Trouble;
            if (at() == '[' && sax.streamsMember(key.get_ref<const std::string &>())) {
                ++m_pos;
                sax.beginWrapperArray(key.get_ref<const std::string &>());
                if (const Result r = readElements(); r != Result::Done)
                    return r;
                sax.endWrapperArray();
            } else {
                const std::optional<size_t> end = valueEnd();
                if (!end
                    || !sax.topMember(std::move(key.get_ref<std::string &>()), m_buf.data() + m_pos,
                                      *end - m_pos))
                    return Result::Trouble;
                m_pos = *end;
            }
            if (!skipSpace())
                return Result::Trouble;
            if (at() == '}')
                break;
            if (at() != ',')
                return Result::Trouble;
            ++m_pos;
            if (!skipSpace())
                return Result::Trouble;
        }
        ++m_pos;
        return !skipSpace() ? Result::Done : Result::Trouble;
    }

    // The elements of an array whose opening bracket was read, up to and with its closing one.
    Result readElements()
    {
        bool afterComma = false;
        bool afterElement = false;
        while (true) {
            if (!skipSpace())
                return Result::Trouble; // cut off
            if (afterElement) {
                if (at() == ',') {
                    ++m_pos;
                    afterElement = false;
                    afterComma = true;
                    continue;
                }
                if (at() != ']')
                    return Result::Trouble;
            }
            if (at() == ']') {
                if (afterComma)
                    return Result::Trouble; // a trailing comma
                ++m_pos;
                return flush() ? Result::Done : Result::Trouble;
            }
            const std::optional<size_t> end = valueEnd();
            if (!end)
                return Result::Trouble;
            m_batch.push_back(Span{m_pos, *end - m_pos});
            m_pos = *end;
            if (m_batch.size() == kBatch && !flush())
                return Result::Trouble;
            afterElement = true;
            afterComma = false;
        }
    }

    // Elements found and not yet delivered: where they are in m_buf. Converted together (by
    // every core: each has its own simdjson parser and converter) and then delivered in order,
    // before the buffer moves.
    struct Span
    {
        size_t begin;
        size_t size;
    };
    struct Converted
    {
        std::vector<NetworkSecurityGroup> nsgs;
        QStringList warnings;
        bool done = false; // else the main thread reads it (ExportSax::elementFast)
    };
    struct Worker
    {
        explicit Worker(const QString &sourceName)
            : converter(sourceName)
        { }
        simdjson::dom::parser parser;
        NsgJson converter;
    };

    bool flush()
    {
        if (m_batch.empty() || m_broken)
            return !m_broken;
        const size_t count = m_batch.size();
        if (m_workers.empty()) {
            const int cores = usableCores();
            for (int w = 0; w < cores; ++w)
                m_workers.push_back(std::make_unique<Worker>(m_sourceName));
        }
        m_converted.resize(std::max(m_converted.size(), count));
        const qint64 first = m_sax->elementsSeen();
        auto slice = [&](size_t w) {
            Worker &worker = *m_workers[w];
            for (size_t k = w; k < count; k += m_workers.size()) {
                Converted &c = m_converted[k];
                c.nsgs.clear();
                c.done = false;
                simdjson::dom::element root;
                if (worker.parser.parse(m_buf.data() + m_batch[k].begin, m_batch[k].size, false)
                        .get(root)
                    || !m_sax->isPlainNsg(root))
                    continue;
                worker.converter.convertFast(
                    jsonaccess::SimdValue(root), m_sax->elementPathOf(first + qint64(k)),
                    [&c](NetworkSecurityGroup &&n) { c.nsgs.push_back(std::move(n)); });
                c.warnings = worker.converter.takeWarnings();
                c.done = true;
            }
        };
        std::vector<std::thread> helpers;
        for (size_t w = 1; w < m_workers.size() && w < count; ++w)
            helpers.emplace_back(slice, w);
        slice(0);
        for (std::thread &t : helpers)
            t.join();
        for (size_t k = 0; k < count; ++k) {
            Converted &c = m_converted[k];
            if (c.done) {
                m_sax->deliverConverted(c.nsgs, c.warnings);
            } else if (!m_sax->elementFast(m_workers[0]->parser, m_buf.data() + m_batch[k].begin,
                                           m_batch[k].size)) {
                m_broken = true;
                break;
            }
        }
        m_batch.clear();
        return !m_broken;
    }

    char at() const { return m_buf[m_pos]; }

    // Moves past white space, reading on as needed; false at the end of the input.
    bool skipSpace()
    {
        while (true) {
            while (m_pos < m_end) {
                const char c = m_buf[m_pos];
                if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
                    return true;
                ++m_pos;
            }
            if (!fill(m_pos))
                return false;
        }
    }

    // Reads more input after m_end, keeping the bytes from `keep` on (moved to the front).
    bool fill(size_t keep)
    {
        // The buffer moves: what was found in it is delivered first.
        if (m_eof || !flush())
            return false;
        const size_t kept = m_end - keep;
        if (keep > 0 && kept > 0)
            std::memmove(m_buf.data(), m_buf.data() + keep, kept);
        m_pos -= keep;
        m_end = kept;
        // A small first read: a file that is no array costs little.
        const size_t chunk = m_buf.empty() ? std::min(kFirstChunk, m_chunk) : m_chunk;
        if (m_buf.size() < kept + chunk + simdjson::SIMDJSON_PADDING)
            m_buf.resize(std::max(m_buf.size() * 2, kept + chunk + simdjson::SIMDJSON_PADDING));
        const std::streamsize n =
            m_in.sgetn(m_buf.data() + m_end,
                       std::streamsize(m_buf.size() - m_end - simdjson::SIMDJSON_PADDING));
        if (n <= 0) {
            m_eof = true;
            return false;
        }
        m_end += size_t(n);
        return true;
    }

    // Where the value starting at m_pos ends (one past it), reading on as needed; m_pos moves
    // with the buffer. Nullopt when the input ends first.
    std::optional<size_t> valueEnd()
    {
        size_t scanned = m_pos; // how far the scan got, kept across refills
        int depth = 0;
        bool inString = false;
        const char first = at();
        const bool container = first == '{' || first == '[';
        while (true) {
            const char *base = m_buf.data();
            const char *p = base + scanned;
            const char *end = base + m_end;
            while (p < end) {
                if (container) {
                    if (const char *valueEnd = blockScan(p, end, depth, inString))
                        return size_t(valueEnd - base);
                    if (p >= end)
                        break;
                }
                if (inString) {
                    p = nextInString(p, end);
                    if (p == end)
                        break;
                    if (*p == '\\') {
                        if (p + 1 >= end)
                            break; // the escaped character is in the next read
                        p += 2;
                        continue;
                    }
                    inString = false;
                    ++p;
                    if (!container && depth == 0)
                        return size_t(p - base);
                    continue;
                }
                if (!container) {
                    // A scalar element: a string, or a word that ends at a comma, bracket or
                    // white space.
                    if (*p == '"' && p == base + m_pos) {
                        inString = true;
                        ++p;
                        continue;
                    }
                    if (*p == ',' || *p == ']' || *p == '}' || *p == ' ' || *p == '\n' || *p == '\r'
                        || *p == '\t')
                        return size_t(p - base);
                    ++p;
                    continue;
                }
                p = nextStructural(p, end);
                if (p == end)
                    break;
                const char c = *p++;
                if (c == '"')
                    inString = true;
                else if (c == '{' || c == '[')
                    ++depth;
                else if (--depth == 0)
                    return size_t(p - base);
            }
            scanned = size_t(p - base);
            const size_t start = m_pos;
            if (!fill(start)) {
                if (!container && !inString && scanned > m_pos)
                    return scanned; // a word at the very end
                return std::nullopt;
            }
            scanned -= start;
        }
    }

    // 64 bytes at a time while at least one byte follows the block: quotes that no backslash
    // escapes toggle "in a string" (a prefix XOR of their bits), and only the brackets outside
    // strings are visited. Returns one past the value's end, or null when it goes on past the
    // blocks; p, depth and inString follow.
    static const char *blockScan(const char *&p, const char *end, int &depth, bool &inString)
    {
#if defined(__SSE2__)
        const __m128i quote = _mm_set1_epi8('"');
        const __m128i backslash = _mm_set1_epi8('\\');
        const __m128i open = _mm_set1_epi8('{');
        const __m128i close = _mm_set1_epi8('}');
        const __m128i bit5 = _mm_set1_epi8(0x20);
        while (end - p > 64) {
            quint64 quotes = 0, backslashes = 0, brackets = 0;
            for (int i = 0; i < 4; ++i) {
                const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + 16 * i));
                const __m128i folded = _mm_or_si128(v, bit5);
                quotes |= quint64(unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(v, quote))))
                    << (16 * i);
                backslashes |= quint64(unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(v, backslash))))
                    << (16 * i);
                brackets |= quint64(unsigned(_mm_movemask_epi8(_mm_or_si128(
                                _mm_cmpeq_epi8(folded, open), _mm_cmpeq_epi8(folded, close)))))
                    << (16 * i);
            }
            // Escapes are rare (an etag's \" ): each backslash not itself escaped escapes the
            // next character; one at the block's last byte escapes the next block's first.
            quint64 escaped = 0;
            bool carry = false;
            while (backslashes) {
                const int i = __builtin_ctzll(backslashes);
                if (i == 63) {
                    carry = true;
                    break;
                }
                escaped |= quint64(1) << (i + 1);
                backslashes &= ~(quint64(3) << i);
            }
            quotes &= ~escaped;
            quint64 inside = quotes; // bit k: byte k is in a string (its opening quote too)
            inside ^= inside << 1;
            inside ^= inside << 2;
            inside ^= inside << 4;
            inside ^= inside << 8;
            inside ^= inside << 16;
            inside ^= inside << 32;
            if (inString)
                inside = ~inside;
            for (quint64 outside = brackets & ~inside; outside; outside &= outside - 1) {
                const int i = __builtin_ctzll(outside);
                if (p[i] == '{' || p[i] == '[') {
                    ++depth;
                } else if (--depth == 0) {
                    const char *valueEnd = p + i + 1;
                    p = valueEnd;
                    return valueEnd;
                }
            }
            inString = inside >> 63;
            p += carry ? 65 : 64;
        }
#else
        Q_UNUSED(p);
        Q_UNUSED(end);
        Q_UNUSED(depth);
        Q_UNUSED(inString);
#endif
        return nullptr;
    }

    static const char *nextInString(const char *p, const char *end)
    {
#if defined(__SSE2__)
        const __m128i quote = _mm_set1_epi8('"');
        const __m128i backslash = _mm_set1_epi8('\\');
        for (; end - p >= 16; p += 16) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
            const int mask = _mm_movemask_epi8(
                _mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)));
            if (mask)
                return p + __builtin_ctz(unsigned(mask));
        }
#endif
        for (; p < end; ++p) {
            if (*p == '"' || *p == '\\')
                return p;
        }
        return end;
    }

    // The next quote or bracket: '[' ']' '{' '}' differ only in bit 5 (0x5B 0x5D 0x7B 0x7D).
    static const char *nextStructural(const char *p, const char *end)
    {
#if defined(__SSE2__)
        const __m128i quote = _mm_set1_epi8('"');
        const __m128i open = _mm_set1_epi8('{');
        const __m128i close = _mm_set1_epi8('}');
        const __m128i bit5 = _mm_set1_epi8(0x20);
        for (; end - p >= 16; p += 16) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
            const __m128i folded = _mm_or_si128(v, bit5);
            const int mask = _mm_movemask_epi8(_mm_or_si128(
                _mm_cmpeq_epi8(v, quote),
                _mm_or_si128(_mm_cmpeq_epi8(folded, open), _mm_cmpeq_epi8(folded, close))));
            if (mask)
                return p + __builtin_ctz(unsigned(mask));
        }
#endif
        for (; p < end; ++p) {
            const char folded = char(*p | 0x20);
            if (*p == '"' || folded == '{' || folded == '}')
                return p;
        }
        return end;
    }

    static constexpr size_t kFirstChunk = size_t(64) << 10;
    static constexpr size_t kBatch = 256;

    std::streambuf &m_in;
    QString m_sourceName;
    size_t m_chunk; // bytes read at a time
    ExportSax *m_sax = nullptr;
    std::vector<Span> m_batch;
    std::vector<Converted> m_converted;
    std::vector<std::unique_ptr<Worker>> m_workers;
    bool m_broken = false;
    std::vector<char> m_buf;
    size_t m_pos = 0;
    size_t m_end = 0;
    bool m_eof = false;
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
void NsgReader::parse(Parse &&runParser, NsgJson &converter, const QString &sourceName,
                      qint64 offsetBias, qint64 skip)
{
    ExportSax sax(converter, m_sink, sourceName, offsetBias, m_errors, m_count, m_paged, m_report);
    sax.skipElements(skip);
    if (runParser(sax)) {
        sax.finish();
        if (m_envelopeSink)
            m_envelopeSink(sax.top());
    }
    if (m_paged)
        m_envelope = sax.takeEnvelope();
}

bool NsgReader::readFast(std::streambuf &input, NsgJson &converter, const QString &sourceName,
                         qint64 *delivered)
{
    ExportSax sax(converter, m_sink, sourceName, 0, m_errors, m_count, m_paged, m_report);
    TopArrayReader fast(input, sourceName, m_fastPathChunk);
    if (fast.read(sax) != TopArrayReader::Result::Done) {
        *delivered = sax.elementsSeen();
        return false;
    }
    sax.finish();
    if (m_envelopeSink)
        m_envelopeSink(sax.top());
    if (m_paged)
        m_envelope = sax.takeEnvelope();
    noteWarnings(converter, sourceName);
    m_inputsReadFast += 1;
    return true;
}

void NsgReader::noteWarnings(const NsgJson &converter, const QString &sourceName)
{
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
    NsgJson converter(path);
    converter.setResourceSink(m_resourceSink);
    // The fast path first (a top-level array or a page); what it cannot finish, the slow path
    // reads.
    qint64 delivered = 0;
    if (m_fastPath) {
        JsonFileBuffer buffer(path);
        if (!buffer.open()) {
            m_errorString = tr("cannot open %1: %2").arg(path, buffer.errorString());
            return false;
        }
        const bool done = readFast(buffer, converter, path, &delivered);
        if (!buffer.errorString().isEmpty()) {
            m_errorString = tr("cannot read %1: %2").arg(path, buffer.errorString());
            return false;
        }
        if (done) {
            m_sha256 = buffer.finishSha256();
            m_bytesHashed = buffer.rawBytes();
            return true;
        }
    }
    JsonFileBuffer buffer(path);
    if (!buffer.open()) {
        m_errorString = tr("cannot open %1: %2").arg(path, buffer.errorString());
        return false;
    }
    std::istream stream(&buffer);
    const qsizetype errorsBefore = m_errors.size();
    // The bias turns the parser's stream offset into a file offset for UTF-8 files.
    parse([&stream](ExportSax &sax) { return json::sax_parse(stream, &sax); }, converter, path,
          buffer.skippedBytes(), delivered);
    noteWarnings(converter, path);
    if (!buffer.errorString().isEmpty()) {
        m_errorString = tr("cannot read %1: %2").arg(path, buffer.errorString());
        return false;
    }
    m_sha256 = buffer.finishSha256();
    m_bytesHashed = buffer.rawBytes();
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
    NsgJson converter(sourceName);
    converter.setResourceSink(m_resourceSink);
    qint64 delivered = 0;
    // An array, or a page ({"value": …}, {"data": …}), takes the fast path.
    const char *first = begin;
    while (first < end && (*first == ' ' || *first == '\n' || *first == '\r' || *first == '\t'))
        ++first;
    if (m_fastPath && first < end && (*first == '[' || *first == '{')) {
        MemoryBuffer memory(begin, end);
        if (readFast(memory, converter, sourceName, &delivered))
            return;
    }
    parse([begin, end](ExportSax &sax) { return json::sax_parse(begin, end, &sax); }, converter,
          sourceName, bias, delivered);
    noteWarnings(converter, sourceName);
}

} // namespace nsg
