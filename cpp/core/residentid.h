#pragma once

#include "result.h"

#include <QDate>
#include <QString>
#include <QStringView>

namespace fd {

enum class Gender { Female, Male };

/** What a valid resident ID number says about its holder. */
struct ResidentIdInfo
{
    /** 18 characters, the check character upper case ("…002X"). */
    QString number;
    QDate birthDate;
    Gender gender = Gender::Female;
    /** First two digits: "11" Beijing … "65" Xinjiang; "71"/"81"/"82"/"83" for residence permits. */
    QString provinceCode;

    /** The number as a kiosk may show it: "110105********002X". */
    [[nodiscard]] QString masked() const;
};

/**
 * PRC resident identity card number (公民身份号码), GB 11643-1999: 6-digit region code, 8-digit
 * birth date, 3-digit sequence (odd for men), and an ISO 7064 MOD 11-2 check character.
 */
class ResidentId
{
public:
    /**
     * Checks and normalises @p text. Spaces and full-width digits are tolerated and a lower-case
     * "x" becomes "X". The birth date must be a real date, not before 1900 and not after @p today
     * (pass an invalid QDate to skip that check). Errors have the code "invalid_resident_id".
     */
    static Result<ResidentIdInfo> parse(const QString &text, QDate today = QDate::currentDate());

    /**
     * The check character ('0'–'9' or 'X') for the first 17 digits, or a null QChar if
     * @p first17 is not exactly 17 ASCII digits. Public so demo data can carry valid numbers.
     */
    [[nodiscard]] static QChar checkChar(QStringView first17);

    /** True if @p code ("11", "44", …) is a province-level code a resident ID can start with. */
    [[nodiscard]] static bool isProvinceCode(QStringView code);

    /**
     * Keeps the first 6 and last 4 characters of an 18-character number and stars the rest;
     * anything else is starred completely, so malformed input never leaks either.
     */
    [[nodiscard]] static QString masked(QStringView number);
};

} // namespace fd
