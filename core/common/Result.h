#pragma once

#include "core/common/Error.h"

#include <utility>
#include <variant>

namespace lockboard {

// A value or an Error: what every core API returns instead of throwing.
// (std::expected is C++23; this is the small part of it the project needs.)
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {}
    Result(Error error)
        : m_data(std::in_place_index<1>, std::move(error))
    {}

    [[nodiscard]] bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    [[nodiscard]] const T& value() const& { return std::get<0>(m_data); }
    [[nodiscard]] T& value() & { return std::get<0>(m_data); }
    [[nodiscard]] T&& value() && { return std::get<0>(std::move(m_data)); }
    const T* operator->() const { return &std::get<0>(m_data); }
    const T& operator*() const& { return std::get<0>(m_data); }

    [[nodiscard]] const Error& error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

} // namespace lockboard

namespace lockboard {

// The result of an operation that returns nothing but may fail.
using Status = Result<std::monostate>;
[[nodiscard]] inline Status success()
{
    return std::monostate{};
}

} // namespace lockboard
