// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

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

// Value or error; core returns these instead of throwing. [[nodiscard]]: an error dropped on the floor is a bug
// (the host would never hear of it), so a caller that really does not care says so with `(void)` and a reason.
// Reading value() of an error is a programming error and asserts in debug builds.
template <typename T, typename Code>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {}
    Result(Error<Code> error)
        : m_error(std::move(error))
    {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    T& value() &
    {
        Q_ASSERT_X(m_value.has_value(), "Result::value", "value() of an error");
        return *m_value;
    }
    const T& value() const&
    {
        Q_ASSERT_X(m_value.has_value(), "Result::value", "value() of an error");
        return *m_value;
    }
    T&& value() &&
    {
        Q_ASSERT_X(m_value.has_value(), "Result::value", "value() of an error");
        return std::move(*m_value);
    }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }

    const Error<Code>& error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error<Code> m_error;
};

} // namespace tsunagu
