// SPDX-License-Identifier: MIT
#pragma once

#include "core/net/uint128.h"

#include <algorithm>
#include <limits>
#include <vector>

namespace nsg {

template<typename T>
struct Interval
{
    T first;
    T last;
    friend bool operator==(const Interval &, const Interval &) = default;
};

template<typename T>
using Intervals = std::vector<Interval<T>>;

// Set operations on sorted, disjoint, non-adjacent interval lists. They write into a caller's
// buffer so that hot loops (the evaluator) reuse memory instead of allocating.
namespace intervals {

template<typename T>
void unite(const Intervals<T> &a, const Intervals<T> &b, Intervals<T> &out)
{
    constexpr T kMax = std::numeric_limits<T>::max();
    out.clear();
    auto push = [&out](const Interval<T> &i) {
        if (!out.empty() && (out.back().last == kMax || out.back().last + 1 >= i.first))
            out.back().last = std::max(out.back().last, i.last);
        else
            out.push_back(i);
    };
    auto x = a.begin();
    auto y = b.begin();
    while (x != a.end() || y != b.end()) {
        if (y == b.end() || (x != a.end() && x->first <= y->first))
            push(*x++);
        else
            push(*y++);
    }
}

template<typename T>
void intersect(const Intervals<T> &a, const Intervals<T> &b, Intervals<T> &out)
{
    out.clear();
    auto x = a.begin();
    auto y = b.begin();
    while (x != a.end() && y != b.end()) {
        const T first = std::max(x->first, y->first);
        const T last = std::min(x->last, y->last);
        if (first <= last)
            out.push_back({first, last});
        if (x->last < y->last)
            ++x;
        else
            ++y;
    }
}

template<typename T>
bool intersects(const Interval<T> *a, size_t na, const Interval<T> *b, size_t nb)
{
    size_t x = 0, y = 0;
    while (x < na && y < nb) {
        if (a[x].last < b[y].first)
            ++x;
        else if (b[y].last < a[x].first)
            ++y;
        else
            return true;
    }
    return false;
}

template<typename T>
bool intersects(const Intervals<T> &a, const Intervals<T> &b)
{
    return intersects(a.data(), a.size(), b.data(), b.size());
}

template<typename T>
void subtract(const Intervals<T> &a, const Intervals<T> &b, Intervals<T> &out)
{
    out.clear();
    auto y = b.begin();
    for (Interval<T> cur : a) {
        while (y != b.end() && y->last < cur.first)
            ++y;
        bool consumed = false;
        for (auto c = y; c != b.end() && c->first <= cur.last; ++c) {
            if (c->first > cur.first)
                out.push_back({cur.first, T(c->first - 1)});
            if (c->last >= cur.last) {
                consumed = true;
                break;
            }
            cur.first = T(c->last + 1);
        }
        if (!consumed)
            out.push_back(cur);
    }
}

// Sorts and merges a list of intervals in place into the canonical form.
template<typename T>
void normalize(Intervals<T> &v)
{
    if (v.size() < 2)
        return;
    std::sort(v.begin(), v.end(),
              [](const Interval<T> &a, const Interval<T> &b) { return a.first < b.first; });
    size_t out = 0;
    for (size_t i = 1; i < v.size(); ++i) {
        if (v[out].last == std::numeric_limits<T>::max() || v[out].last + 1 >= v[i].first)
            v[out].last = std::max(v[out].last, v[i].last);
        else
            v[++out] = v[i];
    }
    v.resize(out + 1);
}

// Number of members; saturates at 2^128 - 1 for the full 128-bit space.
template<typename T>
uint128 count(const Intervals<T> &a)
{
    uint128 total = 0;
    for (const Interval<T> &i : a) {
        const uint128 size = uint128(i.last - i.first) + 1; // 0 only when 2^128 wrapped
        if (size == 0 || total > kUint128Max - size)
            return kUint128Max;
        total += size;
    }
    return total;
}

} // namespace intervals

// A set of unsigned integers kept as sorted, disjoint, non-adjacent closed intervals.
// Used for IPv4 (quint32), IPv6 (uint128) and ports (quint16). Every operation keeps the
// canonical form, so two equal sets compare equal element by element.
template<typename T>
class IntervalSet
{
public:
    using Interval = nsg::Interval<T>;
    static constexpr T kMax = std::numeric_limits<T>::max();

    IntervalSet() = default;
    IntervalSet(T first, T last) { m_intervals.push_back({first, last}); }
    // Takes a list that is already sorted, disjoint and merged.
    static IntervalSet fromCanonical(Intervals<T> list)
    {
        IntervalSet s;
        s.m_intervals = std::move(list);
        return s;
    }

    static IntervalSet all() { return IntervalSet(T(0), kMax); }

    bool isEmpty() const { return m_intervals.empty(); }
    bool isAll() const
    {
        return m_intervals.size() == 1 && m_intervals.front().first == 0
            && m_intervals.front().last == kMax;
    }
    const Intervals<T> &intervals() const { return m_intervals; }
    void clear() { m_intervals.clear(); }

    bool contains(T value) const
    {
        auto it = std::upper_bound(m_intervals.begin(), m_intervals.end(), value,
                                   [](T v, const Interval &i) { return v < i.first; });
        return it != m_intervals.begin() && std::prev(it)->last >= value;
    }

    bool containsAll(const IntervalSet &other) const
    {
        Intervals<T> rest;
        intervals::subtract(other.m_intervals, m_intervals, rest);
        return rest.empty();
    }

    bool intersects(const IntervalSet &other) const
    {
        return intervals::intersects(m_intervals, other.m_intervals);
    }

    uint128 count() const { return intervals::count(m_intervals); }

    void add(T first, T last) { unite(IntervalSet(first, last)); }

    void unite(const IntervalSet &other)
    {
        if (other.isEmpty())
            return;
        Intervals<T> out;
        intervals::unite(m_intervals, other.m_intervals, out);
        m_intervals.swap(out);
    }

    void intersect(const IntervalSet &other)
    {
        Intervals<T> out;
        intervals::intersect(m_intervals, other.m_intervals, out);
        m_intervals.swap(out);
    }

    void subtract(const IntervalSet &other)
    {
        if (isEmpty() || other.isEmpty())
            return;
        Intervals<T> out;
        intervals::subtract(m_intervals, other.m_intervals, out);
        m_intervals.swap(out);
    }

    friend bool operator==(const IntervalSet &, const IntervalSet &) = default;

private:
    Intervals<T> m_intervals;
};

} // namespace nsg
