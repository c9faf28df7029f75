#pragma once

#include "cardload.h"
#include "clock.h"
#include "result.h"
#include "uuidgenerator.h"

#include <QByteArray>
#include <QString>
#include <QVariantList>
#include <optional>

class QSqlQuery;

namespace fd {

class ServerStorage;

/** Who asks: the signed-in staff member (empty on a kiosk) and the device. */
struct EtcActor
{
    QString staffId;
    QString deviceId;
};

using EtcLoad = CardLoad;

/**
 * The server's ETC money: accounts, cards, the append-only ledger every account balance is the
 * sum of, and card loads (圈存). The server is the only holder of the issuer's master key; a load
 * is authorised here with a MAC the card itself checks, bound to the card's transaction counter,
 * so it can be written to the card once at most.
 *
 * A load is two steps. authoriseLoad() takes the payment onto the account (a ledger entry) and
 * answers the MAC; the device writes the card and hands the card's TAC to confirmLoad(). If the
 * write did not finish (the card left the reader, the device died), the load stays "authorised"
 * and blocks further loads to that card until resolveLoad() settles it from what the card says
 * at its next presentation: written (its log holds the TAC) → completed; not written → the same
 * MAC again, or a new one for the card's current counter if the card was used meanwhile (the old
 * MAC can then never apply). The money is credited once, whatever happens, and the card gets it
 * once.
 *
 * Every method runs in one transaction and repeats safely: the device's request id makes a
 * second authorisation of the same request answer the first.
 */
class EtcLedger
{
public:
    /** The most one load may put on a card: ¥5,000.00. */
    static constexpr qint64 kMaxLoadFen = 500'000;

    EtcLedger(ServerStorage &storage, const Clock &clock, QByteArray masterKey);

    [[nodiscard]] Result<QString> openAccount(const QString &accountNo, const QString &customerId,
                                              const QString &outletId, const QString &kind);
    [[nodiscard]] Result<QString> issueCard(const QString &accountId, const QString &cardNo, const QString &cardType,
                                            const QString &validFrom, const QString &validTo);
    /** Sets a card's status (normal, lost, suspended, cancelled); the card state machine is the caller's. */
    [[nodiscard]] Result<void> setCardStatus(const QString &cardNo, const QString &status);

    struct LoadRequest
    {
        QString requestId; ///< the device's, unique per load it asks for
        QString cardNo;
        qint64 amountFen = 0;
        qint64 chipCounter = 0; ///< the counter the device read off the card just now
        QString payment; ///< cash, bank_card, qr, account
    };
    /**
     * Errors: "invalid_amount", "not_found" (card), "card_not_loadable" (lost, suspended,
     * cancelled or expired card, closed account), "load_pending" (an earlier load to this card
     * is not settled; resolve it first), "request_mismatch" (the request id was used for another
     * card or amount).
     */
    [[nodiscard]] Result<EtcLoad> authoriseLoad(const EtcActor &actor, const LoadRequest &request);
    /** Errors: "not_found", "bad_tac" (nothing changes). A completed load answers as it is. */
    [[nodiscard]] Result<EtcLoad> confirmLoad(const EtcActor &actor, const QString &loadId, const LoadReceipt &receipt);
    /**
     * Settles an authorised load from the card as read now. The answer is completed, or
     * authorised with the MAC to write now. Errors: "not_found", "card_changed" (another card),
     * "needs_review" (the card's log no longer reaches back to the load: an exception for staff).
     */
    [[nodiscard]] Result<EtcLoad> resolveLoad(const EtcActor &actor, const QString &loadId, const CardChip &chip);
    /** The load of @p cardNo still waiting for its card write, if any. */
    [[nodiscard]] Result<std::optional<EtcLoad>> openLoad(const QString &cardNo);
    [[nodiscard]] Result<EtcLoad> load(const QString &loadId);

    [[nodiscard]] Result<qint64> accountBalance(const QString &accountId);
    /** What the server knows of the chip: balance and counter after the last confirmed load. */
    [[nodiscard]] Result<std::pair<qint64, qint64>> cardChipState(const QString &cardNo);
    /**
     * Checks the books: every account balance is the sum of its ledger, every ledger entry's
     * balance_after is the running sum, every load credited exactly once, and every card recorded
     * as its last completed load left it. The error names the first violation.
     */
    [[nodiscard]] Result<void> checkInvariants();

    struct Summary
    {
        qint64 accounts = 0;
        qint64 balanceFen = 0; ///< all accounts together
        qint64 completedLoads = 0;
        qint64 openLoads = 0; ///< credited, card not yet written
    };
    [[nodiscard]] Result<Summary> summary();

private:
    [[nodiscard]] Result<QSqlQuery> run(const QString &sql, const QVariantList &binds);
    [[nodiscard]] Result<void> begin();
    [[nodiscard]] Result<void> commit();
    void rollback();
    [[nodiscard]] Result<EtcLoad> loadWhere(const QString &column, const QString &value);
    [[nodiscard]] Result<void> complete(const EtcLoad &load, qint64 counterAfter, qint64 balanceAfterFen,
                                        const QString &tac);
    [[nodiscard]] QByteArray cardKey(const QString &cardNo) const;

    ServerStorage &m_storage;
    const Clock &m_clock;
    QByteArray m_masterKey;
    UuidGenerator m_ids;
};

} // namespace fd
