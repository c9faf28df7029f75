#pragma once

#include "etcledger.h"
#include "jsonreader.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <functional>
#include <memory>

namespace fd {

class HttpApi;
class ServerStorage;
class SyncStore;
struct SyncDevice;

/**
 * Card loads under /v1/etc, for enrolled devices (`Authorization: Bearer TOKEN`); the staff
 * member signed in on the device is named in the body (`staff_id`; none on a kiosk) and must
 * hold a counter role (the Authority rule "etc.load"). These are online only: the device asks
 * and waits for the answer.
 *
 * - `POST /v1/etc/loads` `{"request_id","card_no","amount_fen","chip_counter","payment","staff_id"}`
 *   credits the account and answers the load with the MAC to write (a repeated request id
 *   answers the first load). 409 `load_pending` while an earlier load to the card waits for its
 *   card write; 422 `card_not_loadable`, 400 `invalid_amount`.
 * - `POST /v1/etc/loads/confirm` `{"load_id","counter_after","balance_after_fen","tac"}`: the
 *   card's proof; 422 `bad_tac`.
 * - `POST /v1/etc/loads/resolve` `{"load_id","staff_id","chip":{"card_no","counter","balance_fen","log":[…]}}`:
 *   settles a load whose card write did not finish, from the card as read now; 409 `needs_review`.
 * - `GET /v1/etc/loads/open?card_no=N` → `{"load": {…} | null}`.
 * - `POST /v1/etc/cards/cancel-loss` `{"request_id","card_no","holder_id_number","staff_id"}`
 *   (解挂, rule "etc.cancel_loss") → `{"card_no","status":"normal","list_version"}`: the card
 *   leaves the status list; every device is nudged.
 *
 * A load is `{"load_id","request_id","card_no","amount_fen","counter_before","mac","state",
 * "account_balance_after_fen","counter_after","balance_after_fen"}`.
 *
 * The issuer's master key is read from @p keyPath (made, mode 0600, when absent) at open().
 */
class EtcApi
{
public:
    EtcApi(SyncStore &sync, ServerStorage &storage, const Clock &clock, QString keyPath);
    ~EtcApi();

    /** Reads or makes the master key; call once the storage is open. */
    [[nodiscard]] Result<void> open();
    void close();
    void install(HttpApi &api);
    /** The ledger, once open() succeeded (tests, the CLI on the server). */
    [[nodiscard]] EtcLedger *ledger() { return m_ledger.get(); }

    /** Called with the feed position of each status-list change made here, to nudge devices. */
    void setListObserver(std::function<void(qint64 seq)> observer) { m_listObserver = std::move(observer); }

    /** Reads the master key at @p path, making a new one there first if there is none. */
    [[nodiscard]] static Result<QByteArray> masterKey(const QString &path);

private:
    [[nodiscard]] QHttpServerResponse authorise(const QHttpServerRequest &request);
    [[nodiscard]] QHttpServerResponse confirm(const QHttpServerRequest &request);
    [[nodiscard]] QHttpServerResponse resolve(const QHttpServerRequest &request);
    [[nodiscard]] QHttpServerResponse openLoad(const QHttpServerRequest &request);
    [[nodiscard]] QHttpServerResponse cancelLoss(const QHttpServerRequest &request);
    /** The device and, for a staff member, the role check for @p opKind; the refusal as a response. */
    [[nodiscard]] std::optional<QHttpServerResponse> admit(const QHttpServerRequest &request, const QString &staffId,
                                                           SyncDevice &device, const QString &opKind);
    /** A POST: its JSON body and who sends it (admit() passed), or the response refusing it. */
    [[nodiscard]] std::optional<QHttpServerResponse> admitPost(const QHttpServerRequest &request,
                                                               std::optional<protocol::JsonReader> &body, EtcActor &actor,
                                                               const QString &opKind = QStringLiteral("etc.load"));
    [[nodiscard]] static QHttpServerResponse failure(const Error &error);

    SyncStore &m_sync;
    ServerStorage &m_storage;
    const Clock &m_clock;
    QString m_keyPath;
    std::unique_ptr<EtcLedger> m_ledger;
    std::function<void(qint64)> m_listObserver;
};

} // namespace fd
