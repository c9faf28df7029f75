#pragma once

#include "result.h"

#include <QList>
#include <QString>
#include <QtGlobal>

namespace fd {

/** One record of the chip's own transaction log (the last few loads and purchases). */
struct ChipTransaction
{
    qint64 counterAfter = 0; ///< the card's transaction counter after this transaction
    QString kind; ///< "load" or "purchase"
    qint64 amountFen = 0;
    qint64 balanceAfterFen = 0;
    QString tac; ///< the card's proof of a load; empty for purchases
    QString ref; ///< what the terminal named it: the server's load id for a load
    qint64 at = 0; ///< UTC ms
};

/** What a terminal reads off a presented card. Keys never leave the chip. */
struct CardChip
{
    QString cardNo;
    QString cardType; ///< "stored_value" or "debit"
    qint64 balanceFen = 0;
    qint64 balanceLimitFen = 0; ///< the most the chip can hold
    qint64 counter = 0; ///< transaction counter; each load and purchase adds one
    QString validFrom; ///< yyyy-MM-dd
    QString validTo;
    QList<ChipTransaction> log; ///< newest last
};

/** The write the server authorised: its MAC is good for this card, amount and counter only. */
struct LoadWrite
{
    QString cardNo;
    qint64 amountFen = 0;
    qint64 counterBefore = 0;
    QString mac;
    QString ref; ///< the server's load id, kept in the chip's log
};

struct LoadReceipt
{
    qint64 counterAfter = 0;
    qint64 balanceAfterFen = 0;
    QString tac;
};

/**
 * A card reader/writer at a counter or kiosk. The app and the tests use it through this
 * interface; SimulatedCardTerminal stands in for the hardware here, and a real reader driver
 * can be added behind the same interface.
 *
 * Errors (Error::code): "no_card" (nothing presented), "card_changed" (another card than the
 * one the write is for), "counter_mismatch" (the card moved on since the load was authorised:
 * the write happened already or another one came first), "bad_mac", "balance_limit",
 * "write_interrupted" (the card left the field during the write: whether it was written is
 * unknown until the card is read again), "card_unreadable".
 */
class CardTerminal
{
public:
    virtual ~CardTerminal() = default;
    [[nodiscard]] virtual Result<CardChip> readCard() = 0;
    [[nodiscard]] virtual Result<LoadReceipt> writeLoad(const LoadWrite &write) = 0;
};

} // namespace fd
