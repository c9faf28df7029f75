#include "errorbody.h"

#include "jsonreader.h"
#include "protocol.h"

#include <QJsonDocument>

namespace fd::protocol {

QJsonObject ErrorBody::toJsonObject() const
{
    QJsonObject inner{{QStringLiteral("code"), m_error.code}, {QStringLiteral("message"), m_error.message}};
    if (!m_error.field.isEmpty())
        inner.insert(QStringLiteral("field"), m_error.field);
    return QJsonObject{{QStringLiteral("error"), inner}};
}

QByteArray ErrorBody::encode() const
{
    return QJsonDocument(toJsonObject()).toJson(QJsonDocument::Compact);
}

Result<ErrorBody> ErrorBody::decode(const QByteArray &body)
{
    auto root = JsonReader::fromJson(body, kMaxErrorBodyBytes);
    if (!root)
        return root.error();
    auto inner = root->requireObject(u"error");
    if (!inner)
        return inner.error();
    auto code = inner->requireString(u"code", 1, kMaxCodeLength);
    if (!code)
        return code.error();
    // An empty message is tolerated: the code alone still lets the client classify the error.
    auto message = inner->requireString(u"message", 0, kMaxMessageLength);
    if (!message)
        return message.error();
    auto field = inner->optionalString(u"field", 0, kMaxFieldLength);
    if (!field)
        return field.error();
    return ErrorBody(Error{code.value(), message.value(), field->value_or(QString())});
}

} // namespace fd::protocol
