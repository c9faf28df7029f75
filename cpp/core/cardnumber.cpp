#include "cardnumber.h"

#include <QCoreApplication>

namespace fd {

Result<QString> CardNumber::parse(const QString &text)
{
    QString digits;
    digits.reserve(kLength);
    for (QChar c : text) {
        if (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19) // full-width ０–９ from a Chinese input method
            c = QChar(u'0' + (c.unicode() - 0xFF10));
        if (c.isSpace() || c == u'-' || c == u'－')
            continue;
        if (c < u'0' || c > u'9' || digits.size() == kLength)
            return makeError("invalid_card_no",
                             QCoreApplication::translate("CardNumber", "A card number is 20 digits."),
                             QStringLiteral("card_no"));
        digits.append(c);
    }
    if (digits.size() != kLength)
        return makeError("invalid_card_no", QCoreApplication::translate("CardNumber", "A card number is 20 digits."),
                         QStringLiteral("card_no"));
    return digits;
}

QString CardNumber::masked(const QString &cardNo)
{
    if (cardNo.size() != kLength)
        return QStringLiteral("····");
    return cardNo.left(4) + u' ' + cardNo.mid(4, 4) + QStringLiteral(" ···· ···· ") + cardNo.right(4);
}

} // namespace fd
