#pragma once

#include "casematch.h"
#include "clock.h"
#include "result.h"
#include "statuslistbook.h"
#include "syncmessages.h"
#include "uuidgenerator.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlQuery>
#include <QString>

#include <optional>

namespace fd {

class ServerStorage;

/** An enrolled device as the server knows it. */
struct SyncDevice
{
    QString id;
    QString outletId;
    QString outletCode;
    QString deviceCode;
    QString mode; // tablet, counter, kiosk; "admin" for fielddesk-cli on the server itself
    QString name;
    qint64 enrolledAt = 0;
    qint64 revokedAt = 0; // 0: not revoked
    qint64 lastSeenAt = 0;

    [[nodiscard]] bool isAdmin() const { return mode == QLatin1String("admin"); }
};

/**
 * The server's side of sync, on the ServerStorage connection: enrollment and device tokens,
 * applying pushed ops exactly once under the Authority's rules with field-level last-writer-wins,
 * the change feed devices pull from, and the conflict notices owed to devices whose value lost.
 *
 * Every push runs in one transaction (one flush of the disk for the whole batch); the ops of one
 * device transaction (same `tx`) are applied or rejected together inside it.
 */
class SyncStore
{
public:
    static constexpr qint64 kCodeValidityMs = 24LL * 3600 * 1000;

    SyncStore(ServerStorage &storage, const Clock &clock);

    /** A one-time code a device exchanges for its token; the code is stored hashed. */
    [[nodiscard]] Result<QString> createEnrollmentCode(const QString &outletCode, const QString &mode,
                                                       qint64 validForMs = kCodeValidityMs);
    [[nodiscard]] Result<protocol::EnrollResponse> enroll(const protocol::EnrollRequest &request);
    /** The device a bearer token belongs to. Errors: `unauthorized`, `device_revoked`. */
    [[nodiscard]] Result<SyncDevice> authenticate(const QString &token);
    /** Revokes a device given by id, or by outlet code and device code ("0101-02"). */
    [[nodiscard]] Result<SyncDevice> revoke(const QString &device);
    [[nodiscard]] Result<QList<SyncDevice>> devices();

    [[nodiscard]] Result<protocol::PushResponse> push(const SyncDevice &device, const QList<protocol::SyncOp> &ops);
    /** Changes after @p after that @p device may see, at most @p limit, oldest first. */
    [[nodiscard]] Result<protocol::PullPage> pull(const SyncDevice &device, qint64 after, int limit);

    /**
     * Whether @p staffId on @p device may do @p opKind (an Authority rule): the check push makes
     * for each op, for requests answered online. Errors as a rejected op's (forbidden, …).
     */
    [[nodiscard]] Result<void> checkAccess(const SyncDevice &device, const QString &opKind, const QString &staffId);
    /** The pseudo-device fielddesk-cli acts as on the server machine: checked, but no role check. */
    [[nodiscard]] static SyncDevice adminDevice();
    /**
     * The ticket or complaint numbered @p number, unmasked, for the customer's look-up; the
     * caller checks the phone with CaseMatch. Error `not_found` (CaseMatch's) when unknown.
     */
    [[nodiscard]] Result<CaseRecord> findCase(const QString &number);
    /** Looks up a synced row's current fields (tests, the CLI). Error `not_found` when absent. */
    [[nodiscard]] Result<QJsonObject> entity(const QString &entity, const QString &id);
    /** The id of the outlet with this four-digit code. */
    [[nodiscard]] Result<QString> outletIdByCode(const QString &code);

    /** A change of the status list made online. */
    struct ListAnswer
    {
        qint64 version = 0;
        qint64 seq = 0; ///< the change-feed position that carries it
        bool repeated = false; ///< the request had been answered before
    };
    /**
     * 解挂: the holder found the card. Takes it off the status list (a new version, published
     * to every device) and makes it normal again, in one transaction. @p requestId makes a
     * repeat answer the first. Errors: "card_not_found", "holder_id_required",
     * "identity_mismatch", "illegal_transition" (the card is not reported lost),
     * "request_mismatch".
     */
    [[nodiscard]] Result<ListAnswer> cancelLossReport(const QString &staffId, const QString &requestId, const QString &cardNo,
                                                      const QString &holderIdNumber);

    /** Whether every device, kiosks included, sees @p entity records (no personal data in them). */
    [[nodiscard]] static bool isPublicEntity(const QString &entity);
    /** Whether applying @p op changes what every device sees: public records, or the status list. */
    [[nodiscard]] static bool changesPublicData(const protocol::SyncOp &op);
    /** The status list this store publishes to devices; its reads are noted at each pull. */
    [[nodiscard]] StatusListBook &statusList() { return m_statusList; }
    /** The change feed's position after the last push this store committed; 0 before any. */
    [[nodiscard]] qint64 lastPushedSeq() const { return m_lastPushedSeq; }

    static QString hashSecret(const QString &secret);
    /** Drops the prepared statements; call before the storage closes its connection. */
    void releaseStatements();

private:
    struct Row
    {
        bool exists = false;
        QString scope;
        QJsonObject data;
        // field → [hlc, staff id]; the key "" holds the stamp of the insert, which every field not
        // listed still carries
        QJsonObject fieldHlc;
        QString hlc;
        qint64 createdAt = 0;
    };

    [[nodiscard]] Result<protocol::OpResult> applyOne(const SyncDevice &device, const protocol::SyncOp &op, qint64 &seq);
    [[nodiscard]] Result<protocol::OpResult> applyInsert(const SyncDevice &device, const protocol::SyncOp &op, qint64 &seq);
    [[nodiscard]] Result<void> logApplied(const SyncDevice &device, const protocol::SyncOp &op, const QString &payload,
                                          qint64 seq, qint64 now);
    /** Fills m_seenOps with those of @p ops the server has applied before. */
    [[nodiscard]] Result<void> loadSeenOps(const QList<protocol::SyncOp> &ops);
    [[nodiscard]] Result<void> checkStaff(const SyncDevice &device, const protocol::SyncOp &op);
    [[nodiscard]] Result<Row> loadRow(const QString &entity, const QString &id);
    /** The staff member as the authority sees them; cached for one push. */
    struct StaffAccess
    {
        bool known = false;
        bool active = false;
        QString outletId;
        QStringList roles;
    };
    [[nodiscard]] Result<StaffAccess> staffAccess(const QString &staffId);
    [[nodiscard]] Result<QString> scopeFor(const SyncDevice &device, const protocol::SyncOp &op);
    /** A device changes its own outlet's records and public ones, nobody else's. */
    [[nodiscard]] static Result<void> checkScope(const SyncDevice &device, const QString &scope);
    /** The ticket's state on the server as this push has left it so far; empty when absent. */
    [[nodiscard]] Result<QString> ticketState(const QString &ticketId);
    [[nodiscard]] Result<void> updateIndexes(const protocol::SyncOp &op, const QJsonObject &data);
    /**
     * Makes a loss report effective: the card goes on the status list (a new version, published
     * as a status_list_entry at the next feed position) unless it is there already. Fills
     * @p written with what the server adds to the report (state, list_version, frozen_at,
     * identity). A refusal comes back in @p refusal with nothing written.
     */
    struct HolderCheck
    {
        QString identity; ///< verified, staff_checked
        std::optional<Error> refusal;
    };
    /**
     * Whether @p idNumber (may be empty) proves the asker is the holder @p customerId, or a clerk
     * (@p byStaff) vouches for them.
     */
    [[nodiscard]] Result<HolderCheck> checkHolder(const QString &customerId, const QString &idNumber, bool byStaff);
    /** A status_list_entry row in the public scope at feed position @p seq (the caller's transaction). */
    [[nodiscard]] Result<void> writeListEntry(qint64 version, const QString &action, const QString &cardNo,
                                              const QString &reason, qint64 now, const QString &hlc, const QString &staffId,
                                              qint64 seq);
    [[nodiscard]] Result<void> applyLossReport(const protocol::SyncOp &op, qint64 &seq, QJsonObject &written,
                                               std::optional<Error> &refusal);
    [[nodiscard]] Result<qint64> feedValue();
    [[nodiscard]] Result<void> exec(const QString &sql);
    /** A statement prepared once on the connection and reused. */
    [[nodiscard]] Result<QSqlQuery *> prepared(const QString &sql, const QVariantList &binds);

    ServerStorage &m_storage;
    const Clock &m_clock;
    UuidGenerator m_ids;
    StatusListBook m_statusList;
    QHash<QString, QSqlQuery> m_statements;
    QHash<QString, StaffAccess> m_staffCache; // cleared at each push and when staff rows change
    // For one push: op ids applied already (before it or in it), and the scope of each row it wrote.
    QSet<QString> m_seenOps;
    QHash<QString, QString> m_scopes; // "entity|id" → scope
    QHash<QString, QString> m_ticketStates; // ticket id → state, for the tickets it wrote
    qint64 m_lastPushedSeq = 0;
};

} // namespace fd
