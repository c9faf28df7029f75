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
    /** Ops of one local transaction share this id and are applied together. */
    QString txId;
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
    /** Gives every op of transaction @p txId priority @p priority (a more urgent op joined it). */
    Result<void> raisePriority(const QString &txId, int priority);
    /**
     * Pending ops due at @p nowMs, most urgent first, oldest first within a priority; about
     * @p limit of them, never cutting one transaction's ops apart.
     */
    Result<QList<OutboxOp>> pending(int limit, qint64 nowMs);
    /** The server has the op: it leaves the queue (the server's applied_ops is the record). */
    Result<void> markDone(const QString &opId);
    /** A transient failure: try again at @p nextAttemptAt. */
    Result<void> retryLater(const QString &opId, qint64 nextAttemptAt, const QString &code, const QString &message);
    /** A permanent failure: kept for the user to retry or discard. */
    Result<void> markFailed(const QString &opId, const QString &code, const QString &message);
    Result<int> pendingCount();
    /** Whether anything waits at all: cheap where pendingCount() would count a long queue. */
    Result<bool> hasPending();
    /** The sequence of the newest op ever queued here (0 for none): it grows with every local write. */
    Result<qint64> newestSeq();
    Result<int> failedCount();
    /** Ops the server refused for good, oldest first: the sync-errors list. */
    Result<QList<OutboxOp>> failed(int limit);
    /** Puts a failed op (and the rest of its transaction) back in the queue. */
    Result<void> retry(const QString &opId);
    /** Drops a failed op and the rest of its transaction from the queue; the user confirmed it. */
    Result<void> discard(const QString &opId);
    /** Pending ops of one record, oldest first: re-applied over the server's state after a pull. */
    Result<QList<OutboxOp>> pendingFor(const QString &entityId);

private:
    Result<QList<OutboxOp>> select(const QString &where, const QVariantList &binds);
    Database &m_db;
};

} // namespace fd
