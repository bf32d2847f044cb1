// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace tsunagu {

// An error as a value: a code the caller can switch on and a technical detail for the "details" part of a
// message. The words a volunteer reads are chosen by ui from the code, never from the detail.
template <typename Code>
struct Error
{
    Code code{};
    QString detail;
};

// Value or error; core returns these instead of throwing (STYLE.md §8).
template <typename T, typename Code>
class Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {
    }
    Result(Error<Code> error)
        : m_error(std::move(error))
    {
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    T& value() & { return *m_value; }
    const T& value() const& { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    T* operator->() { return &*m_value; }
    const T* operator->() const { return &*m_value; }

    const Error<Code>& error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error<Code> m_error;
};

} // namespace tsunagu
