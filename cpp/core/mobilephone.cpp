#include "mobilephone.h"

#include "inputtext.h"

#include <QCoreApplication>

namespace fd {

namespace {

constexpr QStringView kSeparators = u"-.()\u2010\u2011\u2012\u2013\u2014\u2212";

QString stripCountryCode(QString digits)
{
    if (digits.startsWith(QLatin1String("+86")))
        return digits.mid(3);
    if (digits.startsWith(QLatin1String("0086")) && digits.size() == 15)
        return digits.mid(4);
    // "86-138…" arrives here as "86138…": 13 digits, which no mainland number has.
    if (digits.startsWith(QLatin1String("86")) && digits.size() == 13)
        return digits.mid(2);
    return digits;
}

bool isMobileNumber(QStringView digits)
{
    return digits.size() == 11 && InputText::isAsciiDigits(digits) && digits.at(0) == QLatin1Char('1')
        && digits.at(1) >= QLatin1Char('3');
}

} // namespace

Result<QString> MobilePhone::parse(const QString &text)
{
    const QString digits = stripCountryCode(InputText::compact(text, kSeparators));
    if (digits.isEmpty())
        return makeError(
            "invalid_phone", QCoreApplication::translate("MobilePhone", "Enter a mobile phone number."));
    if (!isMobileNumber(digits))
        return makeError("invalid_phone",
            QCoreApplication::translate("MobilePhone",
                "A mobile phone number has 11 digits and starts with 13 to 19, "
                "e.g. 138 0013 8000."));
    return digits;
}

QString MobilePhone::masked(QStringView number)
{
    const QString digits = stripCountryCode(InputText::compact(number, kSeparators));
    if (!isMobileNumber(digits))
        return QString(digits.size(), QLatin1Char('*'));
    return digits.left(3) + QStringLiteral("****") + digits.right(4);
}

} // namespace fd
