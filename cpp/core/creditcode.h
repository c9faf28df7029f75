#pragma once

#include "result.h"

#include <QString>
#include <QStringView>

namespace fd {

/** The parts of a valid unified social credit code. */
struct CreditCodeInfo
{
    /** 18 characters, upper case. */
    QString code;
    /** Character 1: the registering authority ('9' market regulation, '5' civil affairs, …). */
    QChar registrationAuthority;
    /** Character 2: the kind of organisation within that authority ('1' enterprise, …). */
    QChar organisationType;
    /** Characters 3–8: administrative region code of the registering office. */
    QString regionCode;
    /** Characters 9–17: the organisation code (GB 11714) the entity had or was given. */
    QString organisationCode;
};

/**
 * Unified social credit code (统一社会信用代码), GB 32100-2015: 18 characters from a 31-character
 * alphabet without I, O, Z, S and V, the last one a MOD 31 check character.
 */
class CreditCode
{
public:
    /** The alphabet in value order: "0123456789ABCDEFGHJKLMNPQRTUWXY". */
    static constexpr QStringView kAlphabet = u"0123456789ABCDEFGHJKLMNPQRTUWXY";

    /**
     * Checks and normalises @p text (spaces dropped, full-width folded, upper-cased). Errors have
     * the code "invalid_credit_code".
     */
    static Result<CreditCodeInfo> parse(const QString &text);

    /**
     * The check character for the first 17 characters (upper case), or a null QChar if
     * @p first17 is not 17 characters of the alphabet. Public so demo data can carry valid codes.
     */
    [[nodiscard]] static QChar checkChar(QStringView first17);
};

} // namespace fd
