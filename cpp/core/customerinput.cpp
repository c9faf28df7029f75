#include "customerinput.h"

#include "creditcode.h"
#include "mobilephone.h"
#include "residentid.h"

#include <QCoreApplication>

namespace fd {

namespace {

Error withField(Error e, const char *field)
{
    e.field = QString::fromLatin1(field);
    return e;
}

const QStringList kChannels = {QStringLiteral("phone"), QStringLiteral("sms"), QStringLiteral("wechat"),
                               QStringLiteral("email"), QStringLiteral("visit"), QStringLiteral("counter")};
} // namespace

QList<Error> CustomerInput::validate(QDate today)
{
    QList<Error> errors;
    name = name.simplified();
    if (kind != QLatin1String("individual") && kind != QLatin1String("corporate"))
        errors << makeError("invalid_kind", QCoreApplication::translate("CustomerInput", "Choose individual or corporate."), QStringLiteral("kind"));
    if (name.size() < 2 || name.size() > 60)
        errors << makeError("invalid_name", QCoreApplication::translate("CustomerInput", "Enter the full name (2 to 60 characters)."), QStringLiteral("name"));

    if (kind == QLatin1String("individual")) {
        if (auto id = ResidentId::parse(idNumber, today))
            idNumber = id->number;
        else
            errors << withField(id.error(), "idNumber");
    } else if (kind == QLatin1String("corporate")) {
        if (auto code = CreditCode::parse(creditCode))
            creditCode = code->code;
        else
            errors << withField(code.error(), "creditCode");
        agentName = agentName.simplified();
        if (agentName.size() < 2)
            errors << makeError("invalid_name", QCoreApplication::translate("CustomerInput", "Enter the agent's full name."), QStringLiteral("agentName"));
        if (auto id = ResidentId::parse(agentIdNumber, today))
            agentIdNumber = id->number;
        else
            errors << withField(id.error(), "agentIdNumber");
    }

    if (auto p = MobilePhone::parse(phone))
        phone = p.value();
    else
        errors << withField(p.error(), "phone");

    email = email.trimmed();
    if (!email.isEmpty() && (!email.contains(QLatin1Char('@')) || email.size() > 120))
        errors << makeError("invalid_email", QCoreApplication::translate("CustomerInput", "Enter a valid e-mail address or leave it empty."), QStringLiteral("email"));
    if (!kChannels.contains(preferredChannel))
        errors << makeError("invalid_channel", QCoreApplication::translate("CustomerInput", "Choose a contact channel."), QStringLiteral("preferredChannel"));
    if (grade.size() != 1 || !QStringLiteral("ABCD").contains(grade))
        errors << makeError("invalid_grade", QCoreApplication::translate("CustomerInput", "Grade is A, B, C or D."), QStringLiteral("grade"));
    return errors;
}

QString CustomerInput::gender() const
{
    if (kind != QLatin1String("individual"))
        return {};
    auto id = ResidentId::parse(idNumber);
    if (!id)
        return {};
    return id->gender == Gender::Male ? QStringLiteral("male") : QStringLiteral("female");
}

QString CustomerInput::birthday() const
{
    if (kind != QLatin1String("individual"))
        return {};
    auto id = ResidentId::parse(idNumber);
    return id ? id->birthDate.toString(Qt::ISODate) : QString();
}

} // namespace fd
