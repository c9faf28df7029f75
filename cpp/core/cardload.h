#pragma once

#include "cardterminal.h"
#include "result.h"

#include <QString>
#include <optional>

namespace fd {

/** A card load (圈存) as the server authorised it. */
struct CardLoad
{
    QString id;
    QString requestId;
    QString cardNo;
    QString accountId;
    qint64 amountFen = 0;
    qint64 counterBefore = 0;
    QString mac;
    QString state; ///< "authorised" (account credited, card not yet written) or "completed"
    qint64 accountBalanceAfterFen = 0; ///< the account's balance once this load was credited
    qint64 counterAfter = 0; ///< completed loads: as the card reported it
    qint64 balanceAfterFen = 0; ///< completed loads: the chip balance after the write

    [[nodiscard]] bool isCompleted() const { return state == QLatin1String("completed"); }
    [[nodiscard]] LoadWrite write() const { return {cardNo, amountFen, counterBefore, mac, id}; }
};

/** The server's side of a load, as the device reaches it (EtcClient over HTTP; the ledger in tests). */
class CardLoadService
{
public:
    virtual ~CardLoadService() = default;
    [[nodiscard]] virtual Result<CardLoad> authorise(const QString &requestId, const QString &cardNo, qint64 amountFen,
                                                     qint64 chipCounter, const QString &payment) = 0;
    [[nodiscard]] virtual Result<CardLoad> confirm(const QString &loadId, const LoadReceipt &receipt) = 0;
    [[nodiscard]] virtual Result<CardLoad> resolve(const QString &loadId, const CardChip &chip) = 0;
    [[nodiscard]] virtual Result<std::optional<CardLoad>> openLoad(const QString &cardNo) = 0;
};

/**
 * A load at the counter or kiosk, from the card on the reader to the confirmed write. Before a
 * new load it settles the card's earlier one if that one never reached the card (the device
 * died, the card was pulled): that load is finished and reported, and no new one is taken, so
 * the clerk does not take the money twice.
 */
class CardLoadFlow
{
public:
    CardLoadFlow(CardTerminal &terminal, CardLoadService &service) : m_terminal(terminal), m_service(service) {}

    struct Outcome
    {
        CardLoad load; ///< completed
        /** It was an earlier load of this card, settled now; the requested one was not made. */
        bool settledEarlier = false;
        CardChip chip; ///< the card after the write
    };

    /**
     * Loads @p amountFen onto the presented card. @p requestId is new per load the customer pays
     * for; asking again with the same id never loads twice. Errors: the terminal's ("no_card",
     * …), "balance_limit" (the chip cannot hold it; nothing was charged), the server's
     * ("card_not_loadable", "invalid_amount", "offline", …), and
     * "write_unfinished" when the card could not be written: the money is on the account and the
     * load completes at the card's next presentation (settle() or the next load).
     */
    [[nodiscard]] Result<Outcome> load(const QString &requestId, qint64 amountFen, const QString &payment);
    /** Finishes the presented card's load that never reached it, if there is one. */
    [[nodiscard]] Result<std::optional<Outcome>> settle();

    /** Card writes tried per load before giving up with "write_unfinished". */
    static constexpr int kWriteAttempts = 3;

private:
    [[nodiscard]] Result<Outcome> finish(CardLoad load);

    CardTerminal &m_terminal;
    CardLoadService &m_service;
};

} // namespace fd
