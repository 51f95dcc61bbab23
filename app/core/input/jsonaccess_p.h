// SPDX-License-Identifier: MIT
#pragma once

#include "core/util/ascii.h"
#include "core/util/jsonvalue.h"

#include <nlohmann/json.hpp>

// simdjson's results hold an object or array that GCC cannot see is set on the paths taken (the
// type is checked first): its -Wmaybe-uninitialized misfires on them, here and where they inline.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#include <simdjson.h>

#include <QtGlobal>

#include <array>
#include <string>
#include <string_view>

// Read-only handles on a JSON value with one interface, so that NsgJson reads an NSG the same way
// from either tree: nlohmann's (every input the reader does not stream fast: pages, reports,
// resources other than NSGs, anything unusual) and simdjson's DOM (the elements of an export's
// top-level array, parsed in place: see NsgReader). A default handle is absent (a missing key);
// find() on anything that is not an object is absent too.
namespace nsg::jsonaccess {

// The object or array an element holds (its type checked before), as a value: a range-for over
// get_object().value_unsafe() would iterate a temporary that is gone.
inline simdjson::dom::object objectOf(simdjson::dom::element e)
{
    return e.get_object().value_unsafe();
}
inline simdjson::dom::array arrayOf(simdjson::dom::element e)
{
    return e.get_array().value_unsafe();
}

class NlohmannValue
{
public:
    // nlohmann's objects are maps already: no index to build.
    struct Index
    { };

    NlohmannValue() = default;
    explicit NlohmannValue(const nlohmann::json *value)
        : m_v(value)
    { }

    explicit operator bool() const { return m_v != nullptr; }
    bool isNull() const { return m_v->is_null(); }
    bool isObject() const { return m_v->is_object(); }
    bool isArray() const { return m_v->is_array(); }
    bool isString() const { return m_v->is_string(); }
    bool isBoolean() const { return m_v->is_boolean(); }
    bool isNumber() const { return m_v->is_number(); }
    bool isInteger() const { return m_v->is_number_integer(); }
    // A whole number that is not negative (nlohmann's number_unsigned).
    bool isUnsigned() const { return m_v->is_number_unsigned(); }
    bool isFloat() const { return m_v->is_number_float(); }
    qint64 toInt64() const { return m_v->get<qint64>(); }
    quint64 toUInt64() const { return m_v->get<quint64>(); }
    double toDouble() const { return m_v->get<double>(); }
    std::string_view string() const { return m_v->get_ref<const std::string &>(); }
    std::string dump() const { return m_v->dump(); }

    // The member `key`: the exact key first, then in any letter case (JsonValue::find).
    NlohmannValue find(std::string_view key) const
    {
        return NlohmannValue(m_v ? JsonValue::find(m_v, key) : nullptr);
    }
    size_t size() const { return m_v->size(); }
    // f(index, element) for each element of an array.
    template<typename F>
    void forEach(F &&f) const
    {
        size_t i = 0;
        for (const nlohmann::json &item : *m_v)
            f(i++, NlohmannValue(&item));
    }
    NlohmannValue indexed(Index &) const { return *this; }
    const nlohmann::json &json() const { return *m_v; }
    const nlohmann::json &toJson() const { return *m_v; }

private:
    const nlohmann::json *m_v = nullptr;
};

class SimdValue
{
public:
    using Type = simdjson::dom::element_type;

    // An object's keys and values gathered once, so that the dozen lookups a rule takes do not
    // each walk the object on the tape. Objects with more fields are walked as they are.
    struct Index
    {
        static constexpr size_t kMaxFields = 48;
        std::array<std::string_view, kMaxFields> keys;
        std::array<simdjson::dom::element, kMaxFields> values;
        size_t count = 0;
    };

    SimdValue() = default;
    explicit SimdValue(simdjson::dom::element value)
        : m_v(value)
        , m_present(true)
    { }

    explicit operator bool() const { return m_present; }
    bool isNull() const { return type() == Type::NULL_VALUE; }
    bool isObject() const { return type() == Type::OBJECT; }
    bool isArray() const { return type() == Type::ARRAY; }
    bool isString() const { return type() == Type::STRING; }
    bool isBoolean() const { return type() == Type::BOOL; }
    bool isNumber() const { return isInteger() || isFloat(); }
    bool isInteger() const { return type() == Type::INT64 || type() == Type::UINT64; }
    bool isUnsigned() const
    {
        return type() == Type::UINT64 || (type() == Type::INT64 && toInt64() >= 0);
    }
    bool isFloat() const { return type() == Type::DOUBLE; }
    qint64 toInt64() const
    {
        return type() == Type::UINT64 ? qint64(m_v.get_uint64().value_unsafe())
                                      : qint64(m_v.get_int64().value_unsafe());
    }
    quint64 toUInt64() const
    {
        return type() == Type::UINT64 ? quint64(m_v.get_uint64().value_unsafe())
                                      : quint64(m_v.get_int64().value_unsafe());
    }
    double toDouble() const
    {
        switch (type()) {
        case Type::INT64:
            return double(m_v.get_int64().value_unsafe());
        case Type::UINT64:
            return double(m_v.get_uint64().value_unsafe());
        default:
            return m_v.get_double().value_unsafe();
        }
    }
    std::string_view string() const { return m_v.get_string().value_unsafe(); }
    // As nlohmann writes it, so messages read the same from either tree.
    std::string dump() const { return toJson().dump(); }

    // This object with its index built in `index` (which must outlive the handle).
    SimdValue indexed(Index &index) const
    {
        if (!m_present || type() != Type::OBJECT)
            return *this;
        index.count = 0;
        for (const simdjson::dom::key_value_pair field : objectOf(m_v)) {
            if (index.count == Index::kMaxFields)
                return *this;
            index.keys[index.count] = field.key;
            index.values[index.count++] = field.value;
        }
        SimdValue out = *this;
        out.m_index = &index;
        return out;
    }

    SimdValue find(std::string_view key) const
    {
        if (!m_present || type() != Type::OBJECT)
            return {};
        if (m_index) {
            size_t anyCase = Index::kMaxFields;
            for (size_t i = 0; i < m_index->count; ++i) {
                const std::string_view k = m_index->keys[i];
                if (k.size() != key.size())
                    continue;
                if (k == key)
                    return SimdValue(m_index->values[i]);
                if ((anyCase == Index::kMaxFields || k < m_index->keys[anyCase])
                    && ascii::equalsIgnoreCase(k, key))
                    anyCase = i;
            }
            return anyCase == Index::kMaxFields ? SimdValue() : SimdValue(m_index->values[anyCase]);
        }
        // Among keys that match only in letter case, the least (as nlohmann's sorted map finds it).
        SimdValue anyCase;
        std::string_view anyCaseKey;
        for (const simdjson::dom::key_value_pair field : objectOf(m_v)) {
            if (field.key.size() != key.size())
                continue;
            if (field.key == key)
                return SimdValue(field.value);
            if ((!anyCase || field.key < anyCaseKey) && ascii::equalsIgnoreCase(field.key, key)) {
                anyCase = SimdValue(field.value);
                anyCaseKey = field.key;
            }
        }
        return anyCase;
    }
    size_t size() const
    {
        switch (type()) {
        case Type::ARRAY:
            return arrayOf(m_v).size();
        case Type::OBJECT:
            return objectOf(m_v).size();
        default:
            return 1;
        }
    }
    template<typename F>
    void forEach(F &&f) const
    {
        size_t i = 0;
        for (const simdjson::dom::element item : arrayOf(m_v))
            f(i++, SimdValue(item));
    }
    nlohmann::json toJson() const { return toJson(m_v); }

private:
    Type type() const { return m_v.type(); }

    static nlohmann::json toJson(simdjson::dom::element e)
    {
        switch (e.type()) {
        case Type::OBJECT: {
            nlohmann::json out = nlohmann::json::object();
            for (const simdjson::dom::key_value_pair field : objectOf(e))
                out[std::string(field.key)] = toJson(field.value);
            return out;
        }
        case Type::ARRAY: {
            nlohmann::json out = nlohmann::json::array();
            for (const simdjson::dom::element item : arrayOf(e))
                out.push_back(toJson(item));
            return out;
        }
        case Type::STRING:
            return std::string(e.get_string().value_unsafe());
        case Type::INT64:
            return e.get_int64().value_unsafe();
        case Type::UINT64:
            return e.get_uint64().value_unsafe();
        case Type::DOUBLE:
            return e.get_double().value_unsafe();
        case Type::BOOL:
            return e.get_bool().value_unsafe();
        case Type::NULL_VALUE:
            break;
        }
        return nullptr;
    }

    simdjson::dom::element m_v;
    bool m_present = false;
    const Index *m_index = nullptr;
};

} // namespace nsg::jsonaccess

#pragma GCC diagnostic pop
