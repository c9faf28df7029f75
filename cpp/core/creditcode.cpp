#include "creditcode.h"

#include "inputtext.h"

#include <QCoreApplication>

#include <array>

namespace fd {

namespace {

constexpr std::array<int, 17> kWeights = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

Error invalid(const QString &message)
{
    return makeError("invalid_credit_code", message);
}

} // namespace

QChar CreditCode::checkChar(QStringView first17)
{
    if (first17.size() != 17)
        return {};
    int sum = 0;
    for (qsizetype i = 0; i < 17; ++i) {
        const qsizetype value = kAlphabet.indexOf(first17.at(i));
        if (value < 0)
            return {};
        sum += int(value) * kWeights[size_t(i)];
    }
    return kAlphabet.at((31 - sum % 31) % 31);
}

Result<CreditCodeInfo> CreditCode::parse(const QString &text)
{
    const QString code = InputText::compact(text).toUpper();
    if (code.isEmpty())
        return invalid(QCoreApplication::translate("CreditCode", "Enter the unified social credit code."));
    if (code.size() != 18)
        return invalid(QCoreApplication::translate("CreditCode",
            "A unified social credit code has 18 characters; this one has %n.", nullptr, int(code.size())));
    for (const QChar c : code) {
        if (!kAlphabet.contains(c))
            return invalid(QCoreApplication::translate("CreditCode",
                "A unified social credit code cannot contain \"%1\" (the letters I, O, Z, S "
                "and V are never used).")
                               .arg(c));
    }
    if (!InputText::isAsciiDigits(QStringView(code).mid(2, 6)))
        return invalid(QCoreApplication::translate("CreditCode",
            "Characters 3 to 8 of a unified social credit code are a region code and must be digits."));
    if (checkChar(QStringView(code).left(17)) != code.at(17))
        return invalid(QCoreApplication::translate("CreditCode",
            "The check character of the unified social credit code does not match; check it for a typing "
            "error."));

    CreditCodeInfo info;
    info.code = code;
    info.registrationAuthority = code.at(0);
    info.organisationType = code.at(1);
    info.regionCode = code.mid(2, 6);
    info.organisationCode = code.mid(8, 9);
    return info;
}

} // namespace fd
