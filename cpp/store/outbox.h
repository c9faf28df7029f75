#pragma once

#include "result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace fd {

class Database;

/** A local change waiting to be pushed to the server. */
struct OutboxOp
{
    qint64 seq = 0;
    QString opId;
    QString kind;
    QString entityKind;
    QString entityId;
    QJsonObject payload;
    QString hlc;
    int priority = 0;
    QString staffId;
    qint64 createdAt = 0;
    QString state;
    int attempts = 0;
    QString errorCode;
    QString errorMessage;
};

/**
 * The queue of ops to push. Rows are appended only inside the transaction that writes the
 * entity (Store::write); the sync engine takes them in priority order and marks them done.
 */
class Outbox
{
public:
    /** Lower is sooner: loss reports and status changes first, attachments last. */
    enum Priority { Urgent = 0, Status = 1, Normal = 5, Bulk = 9 };

    explicit Outbox(Database &db) : m_db(db) {}

    [[nodiscard]] static int priorityFor(const QString &opKind);

    Result<void> append(const OutboxOp &op);
    /** Pending ops due at @p nowMs, most urgent first, oldest first within a priority. */
    Result<QList<OutboxOp>> pending(int limit, qint64 nowMs);
    Result<void> markDone(const QString &opId);
    /** A transient failure: try again at @p nextAttemptAt. */
    Result<void> retryLater(const QString &opId, qint64 nextAttemptAt, const QString &code, const QString &message);
    /** A permanent failure: kept for the user to retry or discard. */
    Result<void> markFailed(const QString &opId, const QString &code, const QString &message);
    Result<int> pendingCount();
    Result<int> failedCount();

private:
    Database &m_db;
};

} // namespace fd
