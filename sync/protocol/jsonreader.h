#pragma once

#include "protocol.h"
#include "result.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace fd::protocol {

/**
 * Reads fields out of a JSON object received from a peer, checking type, range and length, so
 * decoders never touch a raw QJsonValue. Every failure is an fd::Error whose `field` is the
 * full path of the offending field ("ops[3].amount"), ready for an error body.
 *
 * Strings are measured in Unicode code points, and text containing control characters (other
 * than tab, line feed and carriage return) or unpaired UTF-16 surrogates is refused: the
 * latter can arrive through "\ud800" escapes and cannot be stored as UTF-8 in any database.
 *
 * Integers must be whole JSON numbers within the caller's range. Keep ranges inside
 * ±(2^53 - 1) for values a JavaScript peer must round-trip.
 */
class JsonReader
{
public:
    /** Parses @p body, which must be one JSON object of at most @p maxBytes bytes. */
    [[nodiscard]] static Result<JsonReader> fromJson(const QByteArray &body,
                                                     qsizetype maxBytes = kMaxRequestBodyBytes);

    /** Reads @p object; @p path is its own position in the document, used as prefix in errors. */
    explicit JsonReader(QJsonObject object, QString path = {});

    [[nodiscard]] Result<QString> requireString(QStringView key, int minLength, int maxLength) const;
    /** Absent or null gives std::nullopt; anything else must be a valid string. */
    [[nodiscard]] Result<std::optional<QString>> optionalString(QStringView key, int minLength,
                                                               int maxLength) const;

    [[nodiscard]] Result<qint64> requireInt(QStringView key, qint64 min, qint64 max) const;
    [[nodiscard]] Result<std::optional<qint64>> optionalInt(QStringView key, qint64 min, qint64 max) const;

    [[nodiscard]] Result<bool> requireBool(QStringView key) const;

    [[nodiscard]] Result<JsonReader> requireObject(QStringView key) const;
    /** An array of at most @p maxItems objects, each wrapped in a reader with its path ("ops[2]"). */
    [[nodiscard]] Result<QList<JsonReader>> requireObjectArray(QStringView key, qsizetype maxItems) const;

    [[nodiscard]] bool contains(QStringView key) const { return m_object.contains(key); }
    [[nodiscard]] const QJsonObject &object() const { return m_object; }
    /** Path of this object in the document; empty for the root. */
    [[nodiscard]] const QString &path() const { return m_path; }
    /** Path of @p key inside this object, as errors report it. */
    [[nodiscard]] QString fieldPath(QStringView key) const;

    /** requireString() and requireInt() for a value already at hand (no second look-up of @p key). */
    [[nodiscard]] Result<QString> checkString(const QJsonValue &value, QStringView key, int minLength,
                                              int maxLength) const;
    [[nodiscard]] Result<qint64> checkInt(const QJsonValue &value, QStringView key, qint64 min,
                                          qint64 max) const;

private:

    QJsonObject m_object;
    QString m_path;
};

/** The first error among @p results (each a Result read from a JsonReader), if any. */
template<typename... R>
[[nodiscard]] std::optional<Error> firstError(const R &...results)
{
    std::optional<Error> first;
    ((first || results ? void() : void(first = results.error())), ...);
    return first;
}

} // namespace fd::protocol
