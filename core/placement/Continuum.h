#pragma once

#include <QtGlobal>

#include <algorithm>
#include <vector>

namespace lockboard {

// The hash ring of the consistent-hashing libraries: points (32-bit values,
// each owned by a server index) sorted by value, equal values kept in the
// order they were added (server order: what libmemcached's qsort and V8's
// sort give).
class Continuum
{
public:
    void add(quint32 value, int server) { m_points.push_back({value, server}); }
    void reserve(size_t points) { m_points.reserve(points); }
    // Call once every point is added, before any lookup.
    void sort()
    {
        std::stable_sort(m_points.begin(), m_points.end(),
                         [](const Point& a, const Point& b) { return a.value < b.value; });
    }
    [[nodiscard]] bool empty() const { return m_points.empty(); }

    // ketama (libmemcached, hashring): the first point at or above hash,
    // past the highest wrapping to the lowest.
    [[nodiscard]] int atOrAbove(quint32 hash) const
    {
        auto it = std::lower_bound(m_points.begin(), m_points.end(), hash,
                                   [](const Point& p, quint32 h) { return p.value < h; });
        return (it == m_points.end() ? m_points.front() : *it).server;
    }

    // dalli: the last point at or below hash, below the lowest wrapping to
    // the highest.
    [[nodiscard]] int atOrBelow(quint32 hash) const
    {
        auto above = std::upper_bound(m_points.begin(), m_points.end(), hash,
                                      [](quint32 h, const Point& p) { return h < p.value; });
        return (above == m_points.begin() ? m_points.back() : *std::prev(above)).server;
    }

private:
    struct Point
    {
        quint32 value;
        int server;
    };
    std::vector<Point> m_points;
};

} // namespace lockboard
