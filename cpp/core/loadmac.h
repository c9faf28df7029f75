#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

namespace fd {

/**
 * The cryptography of a card load (圈存), shared by the server (which holds the issuer's master
 * key and authorises loads) and the card chip (which holds its own card key, derived from the
 * master key when the card is personalised). Devices never hold either key: they pass the MAC
 * from the server to the card and the TAC from the card back to the server.
 *
 * - The load MAC binds card number, amount and the card's transaction counter before the load,
 *   so one authorisation can be written once, to one card, for one amount.
 * - The TAC is the card's proof that it wrote the load: it binds card number, amount, the new
 *   counter and the balance after the load.
 *
 * HMAC-SHA256 throughout; MAC and TAC are given as 64 lowercase hex digits.
 */
class LoadMac
{
public:
    /** 32 random bytes, for a new master key. */
    [[nodiscard]] static QByteArray newMasterKey();
    /** The card key personalised into card @p cardNo. */
    [[nodiscard]] static QByteArray cardKey(const QByteArray &masterKey, const QString &cardNo);
    [[nodiscard]] static QString loadMac(const QByteArray &cardKey, const QString &cardNo, qint64 amountFen,
                                         qint64 counterBefore);
    [[nodiscard]] static QString tac(const QByteArray &cardKey, const QString &cardNo, qint64 amountFen,
                                     qint64 counterAfter, qint64 balanceAfterFen);
    /** Compares two MACs or TACs in time independent of where they differ. */
    [[nodiscard]] static bool equal(const QString &a, const QString &b);
};

} // namespace fd
