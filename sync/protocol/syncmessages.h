#pragma once

#include "jsonreader.h"
#include "casematch.h"
#include "result.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace fd {
struct EntityDef;
}

namespace fd::protocol {

/** Limits both peers hold to; a message over them is refused before anything is stored. */
inline constexpr int kMaxOpsPerPush = 500;
inline constexpr int kMaxPullPage = 5000;
inline constexpr int kDefaultPullPage = 2000;
inline constexpr int kMaxTextField = 8000;
inline constexpr int kMaxIdLength = 64;
inline constexpr int kMaxKindLength = 64;
inline constexpr int kHlcLength = 64;

/**
 * One local change on the wire (DESIGN.md "Sync" 1–2): what the device's Store::write() put in
 * its outbox. Ops of one local transaction share @ref tx and are applied by the server as a unit.
 */
struct SyncOp
{
    QString opId;
    QString tx;
    QString kind;     // "ticket.accept"
    QString entity;   // EntityCatalog name
    QString entityId;
    bool insert = true;
    QJsonObject fields;
    QString hlc;
    /** The row's HLC as the device knew it before this change; empty for an insert. */
    QString baseHlc;
    QString staffId;
    qint64 createdAt = 0;

    [[nodiscard]] QJsonObject toJson() const;
    /** Checks every field: ids, kind, the entity and each of its fields' types and lengths. */
    [[nodiscard]] static Result<SyncOp> fromJson(const JsonReader &reader);
};

/**
 * Checks @p fields against @p def: known names only, values of the declared type (text, whole
 * numbers, null for "no value"), required fields present when @p insert.
 */
[[nodiscard]] Result<void> validateFields(const EntityDef &def, const JsonReader &fields, bool insert);

/** A field where the server kept a newer value than the op carried. */
struct OverriddenField
{
    QString field;
    QJsonValue theirs;
    QString theirHlc;
    QString theirStaffId;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Result<OverriddenField> fromJson(const JsonReader &reader);
};

struct OpResult
{
    enum class Status { Applied, Duplicate, Rejected };
    QString opId;
    Status status = Status::Applied;
    QString code;    // rejected only
    QString message; // rejected only
    QList<OverriddenField> overridden;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Result<OpResult> fromJson(const JsonReader &reader);
    [[nodiscard]] static QString statusName(Status status);
};

struct PushRequest
{
    QList<SyncOp> ops;
    [[nodiscard]] QByteArray encode() const;
    [[nodiscard]] static Result<PushRequest> decode(const QByteArray &body);
};

struct PushResponse
{
    QList<OpResult> results;
    [[nodiscard]] QByteArray encode() const;
    [[nodiscard]] static Result<PushResponse> decode(const QByteArray &body);
};

/** The current state of one row, as the server holds it after its last change. */
struct RemoteChange
{
    qint64 seq = 0;
    QString entity;
    QString id;
    QJsonObject fields;
    /**
     * The fields as compact JSON text, when the sender already holds them so (the server's rows):
     * encode() writes this instead of @ref fields and so skips parsing and re-encoding every row.
     */
    QByteArray rawFields;
    QString hlc;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;

    /** Appends this change as one compact JSON object. */
    void appendJson(QByteArray &out) const;
    [[nodiscard]] static Result<RemoteChange> fromJson(const JsonReader &reader);
};

/** The server tells a device that a value it had pushed was overwritten by a concurrent edit. */
struct ConflictNotice
{
    qint64 seq = 0;
    QString id;
    QString entity;
    QString entityId;
    QString field;
    QJsonValue mine;
    QJsonValue theirs;
    QString myHlc;
    QString theirHlc;
    QString theirStaffId;
    qint64 at = 0;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Result<ConflictNotice> fromJson(const JsonReader &reader);
};

struct PullPage
{
    QList<RemoteChange> changes;
    QList<ConflictNotice> conflicts;
    /** The cursor to ask with next time; store it with the applied changes. */
    qint64 next = 0;
    bool more = false;
    qint64 serverTimeMs = 0;

    [[nodiscard]] QByteArray encode() const;
    [[nodiscard]] static Result<PullPage> decode(const QByteArray &body);
};

struct EnrollRequest
{
    QString code;
    QString name;
    [[nodiscard]] QByteArray encode() const;
    [[nodiscard]] static Result<EnrollRequest> decode(const QByteArray &body);
};

struct EnrollResponse
{
    QString deviceId;
    QString token;
    QString outletId;
    QString outletCode;
    QString deviceCode;
    QString mode;
    QString serverInstance;
    [[nodiscard]] QByteArray encode() const;
    [[nodiscard]] static Result<EnrollResponse> decode(const QByteArray &body);
};

/** GET /v1/cases?number=…&phone=…: a customer's own case, masked (CaseMatch). */
struct CaseResponse
{
    CaseView view;
    [[nodiscard]] QByteArray encode() const;
    [[nodiscard]] static Result<CaseResponse> decode(const QByteArray &body);
};

} // namespace fd::protocol
