#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace fd {

/**
 * An error a caller must look at: a stable machine code ("invalid_phone", "db_write", …) and a
 * human message that can be shown to the user as it is.
 */
struct Error
{
    QString code;
    QString message;
    /** The form field the error is about, if any, so the UI can show it next to that field. */
    QString field;

    [[nodiscard]] QString toString() const { return field.isEmpty() ? code + QLatin1String(": ") + message
                                                                    : field + QLatin1String(" ") + code + QLatin1String(": ") + message; }
};

/** Value or Error. Functions that can fail return this; [[nodiscard]] makes ignoring it a warning. */
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_v(std::move(value)) {}
    Result(Error error) : m_v(std::move(error)) {}

    [[nodiscard]] bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] const T &value() const & { return std::get<0>(m_v); }
    [[nodiscard]] T &value() & { return std::get<0>(m_v); }
    [[nodiscard]] T &&value() && { return std::get<0>(std::move(m_v)); }
    [[nodiscard]] const Error &error() const { return std::get<1>(m_v); }
    const T *operator->() const { return &std::get<0>(m_v); }
    const T &operator*() const { return std::get<0>(m_v); }

private:
    std::variant<T, Error> m_v;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    [[nodiscard]] bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

inline Error makeError(const char *code, const QString &message, const QString &field = {})
{
    return Error{QString::fromLatin1(code), message, field};
}

} // namespace fd
