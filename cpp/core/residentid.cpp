#include "residentid.h"

#include "inputtext.h"

#include <QCoreApplication>

#include <array>

namespace fd {

namespace {

constexpr std::array<int, 17> kWeights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
constexpr char kCheckChars[] = "10X98765432";

Error invalid(const QString &message)
{
    return makeError("invalid_resident_id", message);
}

int digitAt(QStringView s, qsizetype i)
{
    return s.at(i).unicode() - u'0';
}

} // namespace

QString ResidentIdInfo::masked() const
{
    return ResidentId::masked(number);
}

QChar ResidentId::checkChar(QStringView first17)
{
    if (first17.size() != 17 || !InputText::isAsciiDigits(first17))
        return {};
    int sum = 0;
    for (qsizetype i = 0; i < 17; ++i)
        sum += digitAt(first17, i) * kWeights[size_t(i)];
    return QLatin1Char(kCheckChars[sum % 11]);
}

bool ResidentId::isProvinceCode(QStringView code)
{
    if (code.size() != 2 || !InputText::isAsciiDigits(code))
        return false;
    const int c = digitAt(code, 0) * 10 + digitAt(code, 1);
    return (c >= 11 && c <= 15) || (c >= 21 && c <= 23) || (c >= 31 && c <= 37) || (c >= 41 && c <= 46)
        || (c >= 50 && c <= 54) || (c >= 61 && c <= 65) || c == 71 || c == 81 || c == 82 || c == 83;
}

Result<ResidentIdInfo> ResidentId::parse(const QString &text, QDate today)
{
    QString number = InputText::compact(text);
    if (number.isEmpty())
        return invalid(QCoreApplication::translate("ResidentId", "Enter the resident ID number."));
    if (number.endsWith(QLatin1Char('x')))
        number[number.size() - 1] = QLatin1Char('X');
    if (number.size() != 18)
        return invalid(QCoreApplication::translate("ResidentId",
            "A resident ID number has 18 characters; this one has %n.", nullptr, int(number.size())));
    const QStringView first17 = QStringView(number).left(17);
    const QChar last = number.at(17);
    const bool lastOk = last == QLatin1Char('X') || InputText::isAsciiDigits(QStringView(number).right(1));
    if (!InputText::isAsciiDigits(first17) || !lastOk)
        return invalid(QCoreApplication::translate(
            "ResidentId", "A resident ID number is 17 digits followed by a digit or X."));

    // Checked before the check character so that a typo gets the most specific message.
    const QString province = number.left(2);
    if (!isProvinceCode(province))
        return invalid(QCoreApplication::translate(
            "ResidentId", "The resident ID number starts with an unknown region code (%1).")
                           .arg(province));

    const QDate birth = QDate::fromString(number.mid(6, 8), QStringLiteral("yyyyMMdd"));
    if (!birth.isValid())
        return invalid(QCoreApplication::translate(
            "ResidentId", "The birth date in the resident ID number (%1) is not a real date.")
                           .arg(number.mid(6, 8)));
    if (birth.year() < 1900)
        return invalid(QCoreApplication::translate(
            "ResidentId", "The birth date in the resident ID number is before 1900."));
    if (today.isValid() && birth > today)
        return invalid(QCoreApplication::translate(
            "ResidentId", "The birth date in the resident ID number is in the future."));

    if (checkChar(first17) != last)
        return invalid(QCoreApplication::translate("ResidentId",
            "The check character of the resident ID number does not match; check it for a typing error."));

    ResidentIdInfo info;
    info.number = number;
    info.birthDate = birth;
    info.gender = digitAt(number, 16) % 2 == 1 ? Gender::Male : Gender::Female;
    info.provinceCode = province;
    return info;
}

QString ResidentId::masked(QStringView number)
{
    const QString compact = InputText::compact(number);
    if (compact.size() != 18)
        return QString(compact.size(), QLatin1Char('*'));
    return compact.left(6) + QString(8, QLatin1Char('*')) + compact.right(4).toUpper();
}

} // namespace fd
