#pragma once

#include "result.h"

#include <QList>
#include <QString>

#include <optional>

namespace fd {

class Store;

/** What a clerk or a kiosk customer gives to report a card lost (挂失). */
struct NewLossReport
{
    QString cardNo; ///< as typed; spaces and dashes are fine
    QString channel = QStringLiteral("counter"); ///< counter, kiosk or phone
    /** The holder's resident ID or unified social credit code; a kiosk report must give it. */
    QString holderIdNumber;
    QString holderName;
    QString reporterPhone;
};

/** A loss report as the device knows it. */
struct LossReport
{
    enum class State {
        Pending, ///< "reported, not yet frozen": the server has not confirmed it (yet)
        Frozen, ///< the server listed the card
        AlreadyListed, ///< the card was on the list already when the report arrived
        Refused, ///< the server refused it; errorMessage says why
        Discarded, ///< refused, then discarded from the sync errors: it never reached the server
    };
    QString id;
    QString cardNo;
    QString channel;
    QString holderName;
    QString holderIdNumber;
    QString reporterPhone;
    qint64 reportedAt = 0;
    QString staffId;
    State state = State::Pending;
    qint64 listVersion = 0; ///< the status-list version that carries the card; 0 while pending
    qint64 frozenAt = 0;
    QString identity; ///< verified, staff_checked; empty while pending
    QString errorCode;
    QString errorMessage;
    /** Its op still waits in the outbox: it has not reached the server at all. */
    bool queued = false;

    [[nodiscard]] static QString toString(State state);
};

/** The device's copy of the status list (状态名单), as the last sync left it. */
struct StatusListInfo
{
    qint64 version = 0; ///< the newest list version this device holds; 0: none yet
    qint64 listed = 0; ///< cards and OBUs on the list now
    /** When this device last read the server's changes to the end (its list was current then); 0: never. */
    qint64 currentAt = 0;
};

/** A card or OBU found on the list. */
struct StatusListHit
{
    QString mediaKind; ///< card, obu
    QString mediaNo;
    QString reason; ///< StatusList reason key: lost, suspended, …
    qint64 version = 0;
    qint64 listedAt = 0;
};

/**
 * Loss reports and the local status list. A report is one transaction with its outbox op
 * (etc.report_loss, the most urgent kind there is), accepted offline as intent; the server lists
 * the card and the list reaches every device as append-only entries (add / remove) in the change
 * feed. Devices check cards against their copy without the network.
 */
class StatusListRepository
{
public:
    /** The sync_cursor key under which the sync engine records when it last read the feed to its end. */
    static constexpr char kReadToEndScope[] = "server_read_to_end";

    explicit StatusListRepository(Store &store) : m_store(store) {}

    /**
     * Records a loss report for the signed-in @p staffId (empty at a kiosk). Errors:
     * "invalid_card_no", "invalid_channel", "holder_id_required" (a kiosk or phone report, or
     * one without a clerk, without the holder's ID), "invalid_holder_id" (neither a resident ID nor a credit code),
     * "invalid_phone".
     */
    Result<LossReport> report(const NewLossReport &input, const QString &staffId);
    [[nodiscard]] Result<LossReport> get(const QString &id);
    /**
     * The newest reports first, at most @p limit. A pending report shows as frozen once the list
     * carries the card as lost, and as discarded when its refused op was dropped.
     */
    [[nodiscard]] Result<QList<LossReport>> recent(int limit = 50);
    /** The newest report of @p cardNo, if any. */
    [[nodiscard]] Result<std::optional<LossReport>> latestFor(const QString &cardNo);

    /** Whether @p mediaNo (card or OBU number) is on the list now, by its newest entry. */
    [[nodiscard]] Result<std::optional<StatusListHit>> lookup(const QString &mediaNo);
    [[nodiscard]] Result<StatusListInfo> info();

private:
    [[nodiscard]] Result<QList<LossReport>> select(const QString &where, const QVariantList &binds);

    Store &m_store;
};

} // namespace fd
