#pragma once

#include "result.h"

#include <QString>

namespace fd {

/** ETC card numbers (卡号): 20 digits, printed on the card in groups of four. */
class CardNumber
{
public:
    static constexpr int kLength = 20;

    /**
     * The 20 digits of @p text as people type or read it aloud: spaces and dashes between the
     * groups are dropped, full-width digits (０–９) read as digits. Error "invalid_card_no" (field "card_no") for anything else.
     */
    [[nodiscard]] static Result<QString> parse(const QString &text);
    /** "3401 2201 ···· ···· 0042": the first eight and the last four digits; what a kiosk shows. */
    [[nodiscard]] static QString masked(const QString &cardNo);
};

} // namespace fd
