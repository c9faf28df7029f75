#pragma once

#include "result.h"

#include <QString>
#include <QStringView>

namespace fd {

/** Mainland China mobile numbers: 11 digits, 1 then 3–9 then nine more. */
class MobilePhone
{
public:
    /**
     * Checks @p text and returns the bare 11 digits. Spaces, dashes, dots and brackets are dropped,
     * as is a country prefix "+86", "0086" or "86" in front of the 11 digits, so
     * "+86 138-0013-8000" gives "13800138000". Errors have the code "invalid_phone".
     */
    static Result<QString> parse(const QString &text);

    /** "138****8000" for a valid number; anything else is starred completely. */
    [[nodiscard]] static QString masked(QStringView number);
};

} // namespace fd
