#include "jsonreader.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>

#include <cmath>

namespace fd::protocol {

namespace {

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

// Code points in @p text, or -1 when it holds text no database should store.
qsizetype codePointsOrInvalid(const QString &text)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate()) {
            if (i + 1 >= text.size() || !text.at(i + 1).isLowSurrogate())
                return -1;
            ++i;
        } else if (c.isLowSurrogate()) {
            return -1;
        } else if ((c.unicode() < 0x20 && c != u'\t' && c != u'\n' && c != u'\r') || c.unicode() == 0x7f) {
            return -1;
        }
        ++count;
    }
    return count;
}

} // namespace

Result<JsonReader> JsonReader::fromJson(const QByteArray &body, qsizetype maxBytes)
{
    if (body.size() > maxBytes)
        return makeError(errc::kPayloadTooLarge,
                         QStringLiteral("The JSON body is %1 bytes; at most %2 are accepted.")
                                 .arg(body.size())
                                 .arg(maxBytes));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return makeError(errc::kInvalidJson, QStringLiteral("The body is not valid JSON: %1 at byte %2.")
                                                     .arg(parseError.errorString())
                                                     .arg(parseError.offset));
    if (!doc.isObject())
        return makeError(errc::kNotAnObject, QStringLiteral("The body must be a JSON object."));
    return JsonReader(doc.object());
}

JsonReader::JsonReader(QJsonObject object, QString path) : m_object(std::move(object)), m_path(std::move(path))
{
}

QString JsonReader::fieldPath(QStringView key) const
{
    return m_path.isEmpty() ? key.toString() : m_path + u'.' + key.toString();
}

Result<QString> JsonReader::requireString(QStringView key, int minLength, int maxLength) const
{
    return checkString(m_object.value(key), key, minLength, maxLength);
}

Result<std::optional<QString>> JsonReader::optionalString(QStringView key, int minLength, int maxLength) const
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull())
        return std::optional<QString>();
    auto text = checkString(value, key, minLength, maxLength);
    if (!text)
        return text.error();
    return std::optional<QString>(std::move(text).value());
}

Result<QString> JsonReader::checkString(const QJsonValue &value, QStringView key, int minLength,
                                        int maxLength) const
{
    // Built only for an error: most fields are fine, and there are many of them.
    const auto field = [&] { return fieldPath(key); };
    if (value.isUndefined())
        return makeError(errc::kMissingField, QStringLiteral("%1 is required.").arg(field()), field());
    if (!value.isString())
        return makeError(errc::kWrongType,
                         QStringLiteral("%1 must be a string, not %2.").arg(field(), typeName(value)), field());
    QString text = value.toString();
    const qsizetype length = codePointsOrInvalid(text);
    if (length < 0)
        return makeError(errc::kInvalidText,
                         QStringLiteral("%1 contains control characters or broken Unicode.").arg(field()), field());
    if (length < minLength)
        return makeError(errc::kTooShort,
                         QStringLiteral("%1 must be at least %2 characters long.").arg(field()).arg(minLength), field());
    if (length > maxLength)
        return makeError(errc::kTooLong,
                         QStringLiteral("%1 must be at most %2 characters long.").arg(field()).arg(maxLength), field());
    return text;
}

Result<qint64> JsonReader::requireInt(QStringView key, qint64 min, qint64 max) const
{
    return checkInt(m_object.value(key), key, min, max);
}

Result<std::optional<qint64>> JsonReader::optionalInt(QStringView key, qint64 min, qint64 max) const
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull())
        return std::optional<qint64>();
    auto number = checkInt(value, key, min, max);
    if (!number)
        return number.error();
    return std::optional<qint64>(number.value());
}

Result<qint64> JsonReader::checkInt(const QJsonValue &value, QStringView key, qint64 min, qint64 max) const
{
    // Built only for an error: most fields are fine, and there are many of them.
    const auto field = [&] { return fieldPath(key); };
    if (value.isUndefined())
        return makeError(errc::kMissingField, QStringLiteral("%1 is required.").arg(field()), field());
    const auto notWhole = [&] {
        return makeError(errc::kWrongType,
                         QStringLiteral("%1 must be a whole number, not %2.").arg(field(), typeName(value)), field());
    };
    if (!value.isDouble())
        return notWhole();
    // Qt keeps integer literals exactly as qint64; anything else arrives as a double, which must
    // be whole and inside qint64 before it may be converted (the conversion is UB otherwise).
    const double d = value.toDouble();
    if (!std::isfinite(d) || std::trunc(d) != d)
        return notWhole();
    const auto outOfRange = [&] {
        return makeError(errc::kOutOfRange,
                         QStringLiteral("%1 must be between %2 and %3.").arg(field()).arg(min).arg(max), field());
    };
    // 2^63 is exactly representable; every whole double below it and >= -2^63 fits in qint64.
    constexpr double kTwoTo63 = 9223372036854775808.0;
    if (d >= kTwoTo63 || d < -kTwoTo63)
        return outOfRange();
    const qint64 number = value.toInteger(static_cast<qint64>(d));
    if (number < min || number > max)
        return outOfRange();
    return number;
}

Result<bool> JsonReader::requireBool(QStringView key) const
{
    // Built only for an error: most fields are fine, and there are many of them.
    const auto field = [&] { return fieldPath(key); };
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined())
        return makeError(errc::kMissingField, QStringLiteral("%1 is required.").arg(field()), field());
    if (!value.isBool())
        return makeError(errc::kWrongType,
                         QStringLiteral("%1 must be true or false, not %2.").arg(field(), typeName(value)), field());
    return value.toBool();
}

Result<JsonReader> JsonReader::requireObject(QStringView key) const
{
    const QString field = fieldPath(key);
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined())
        return makeError(errc::kMissingField, QStringLiteral("%1 is required.").arg(field), field);
    if (!value.isObject())
        return makeError(errc::kWrongType,
                         QStringLiteral("%1 must be an object, not %2.").arg(field, typeName(value)), field);
    return JsonReader(value.toObject(), field);
}

Result<QList<JsonReader>> JsonReader::requireObjectArray(QStringView key, qsizetype maxItems) const
{
    const QString field = fieldPath(key);
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined())
        return makeError(errc::kMissingField, QStringLiteral("%1 is required.").arg(field), field);
    if (!value.isArray())
        return makeError(errc::kWrongType,
                         QStringLiteral("%1 must be an array, not %2.").arg(field, typeName(value)), field);
    const QJsonArray array = value.toArray();
    if (array.size() > maxItems)
        return makeError(errc::kTooManyItems,
                         QStringLiteral("%1 has %2 items; at most %3 are accepted.")
                                 .arg(field)
                                 .arg(array.size())
                                 .arg(maxItems),
                         field);
    QList<JsonReader> readers;
    readers.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString itemPath = QStringLiteral("%1[%2]").arg(field).arg(i);
        const QJsonValue item = array.at(i);
        if (!item.isObject())
            return makeError(errc::kWrongType,
                             QStringLiteral("%1 must be an object, not %2.").arg(itemPath, typeName(item)),
                             itemPath);
        readers.append(JsonReader(item.toObject(), itemPath));
    }
    return readers;
}

} // namespace fd::protocol
