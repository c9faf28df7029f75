#pragma once

#include "result.h"

#include <QByteArray>
#include <QJsonObject>

namespace fd::protocol {

/**
 * The one error body every endpoint answers with:
 * `{"error": {"code": "not_found", "message": "…", "field": "ops[2].amount"}}`.
 * `field` is present only when the error is about one request field, so a client can show the
 * message next to it. Clients switch on `code`; `message` is for people.
 *
 * A value type rather than free functions returning Result<Error>: fd::Result<fd::Error>
 * cannot exist (its value and error constructors would collide).
 */
class ErrorBody
{
public:
    /** Longest code, message and field decode() accepts; a peer sending more is not speaking this protocol. */
    static constexpr int kMaxCodeLength = 64;
    static constexpr int kMaxMessageLength = 2000;
    static constexpr int kMaxFieldLength = 200;

    explicit ErrorBody(Error error) : m_error(std::move(error)) {}

    [[nodiscard]] const Error &error() const { return m_error; }
    [[nodiscard]] QJsonObject toJsonObject() const;
    /** Compact UTF-8 JSON, ready to send. */
    [[nodiscard]] QByteArray encode() const;
    /** Shorthand for ErrorBody(error).encode(). */
    [[nodiscard]] static QByteArray encode(const Error &error) { return ErrorBody(error).encode(); }

    /**
     * Reads an error body from a peer. Fails (code `invalid_json`, `not_an_object`,
     * `missing_field`, …) when @p body is not one, e.g. an HTML error page from a proxy; the
     * caller then falls back to the HTTP status.
     */
    [[nodiscard]] static Result<ErrorBody> decode(const QByteArray &body);

private:
    Error m_error;
};

} // namespace fd::protocol
