#include "outbox.h"

#include "database.h"

#include <QJsonDocument>

namespace fd {

int Outbox::priorityFor(const QString &opKind)
{
    if (opKind == QLatin1String("etc.report_loss") || opKind == QLatin1String("card.report_loss")
        || opKind == QLatin1String("obu.report_loss"))
        return Urgent;
    if (opKind.startsWith(QLatin1String("card.")) || opKind.startsWith(QLatin1String("obu."))
        || opKind.startsWith(QLatin1String("status_list")))
        return Status;
    if (opKind.startsWith(QLatin1String("attachment.")))
        return Bulk;
    return Normal;
}

Result<void> Outbox::append(const OutboxOp &op)
{
    auto r = m_db.runCached(QStringLiteral("INSERT INTO outbox (op_id, kind, entity_kind, entity_id, payload, hlc, priority, staff_id, created_at, tx_id)"
                                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                      {op.opId, op.kind, op.entityKind, op.entityId,
                       QString::fromUtf8(QJsonDocument(op.payload).toJson(QJsonDocument::Compact)), op.hlc, op.priority,
                       op.staffId, op.createdAt, op.txId});
    if (!r)
        return r.error();
    return {};
}

Result<void> Outbox::raisePriority(const QString &txId, int priority)
{
    auto r = m_db.runCached(QStringLiteral("UPDATE outbox SET priority = ? WHERE tx_id = ? AND priority > ?"), {priority, txId, priority});
    if (!r)
        return r.error();
    return {};
}

Result<QList<OutboxOp>> Outbox::select(const QString &where, const QVariantList &binds)
{
    auto r = m_db.run(QStringLiteral("SELECT seq, op_id, kind, entity_kind, entity_id, payload, hlc, priority, staff_id, created_at,"
                                     " state, attempts, error_code, error_message, tx_id FROM outbox WHERE ")
                          + where,
                      binds);
    if (!r)
        return r.error();
    QSqlQuery q = std::move(r).value();
    QList<OutboxOp> ops;
    while (q.next()) {
        OutboxOp op;
        op.seq = q.value(0).toLongLong();
        op.opId = q.value(1).toString();
        op.kind = q.value(2).toString();
        op.entityKind = q.value(3).toString();
        op.entityId = q.value(4).toString();
        op.payload = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
        op.hlc = q.value(6).toString();
        op.priority = q.value(7).toInt();
        op.staffId = q.value(8).toString();
        op.createdAt = q.value(9).toLongLong();
        op.state = q.value(10).toString();
        op.attempts = q.value(11).toInt();
        op.errorCode = q.value(12).toString();
        op.errorMessage = q.value(13).toString();
        op.txId = q.value(14).toString();
        ops.append(op);
    }
    return ops;
}

Result<QList<OutboxOp>> Outbox::pending(int limit, qint64 nowMs)
{
    auto r = select(QStringLiteral("state = 'pending' AND next_attempt_at <= ? ORDER BY priority, seq LIMIT ?"), {nowMs, limit});
    if (!r || r->size() < limit)
        return r;
    QList<OutboxOp> ops = std::move(r).value();
    // The limit may have cut the last transaction short: take the rest of it too.
    const QString lastTx = ops.last().txId;
    auto rest = select(QStringLiteral("state = 'pending' AND tx_id = ? AND seq > ? ORDER BY seq"), {lastTx, ops.last().seq});
    if (!rest)
        return rest.error();
    ops += rest.value();
    return ops;
}

Result<QList<OutboxOp>> Outbox::pendingFor(const QString &entityId)
{
    return select(QStringLiteral("state = 'pending' AND entity_id = ? ORDER BY seq"), {entityId});
}

Result<QList<OutboxOp>> Outbox::failed(int limit)
{
    return select(QStringLiteral("state = 'failed' ORDER BY seq LIMIT ?"), {limit});
}

Result<void> Outbox::retry(const QString &opId)
{
    auto r = m_db.run(QStringLiteral("UPDATE outbox SET state = 'pending', next_attempt_at = 0 WHERE state = 'failed'"
                                     " AND tx_id = (SELECT tx_id FROM outbox WHERE op_id = ?)"),
                      {opId});
    if (!r)
        return r.error();
    return {};
}

Result<void> Outbox::discard(const QString &opId)
{
    auto r = m_db.run(QStringLiteral("DELETE FROM outbox WHERE state = 'failed' AND tx_id = (SELECT tx_id FROM outbox WHERE op_id = ?)"),
                      {opId});
    if (!r)
        return r.error();
    return {};
}

Result<void> Outbox::markDone(const QString &opId)
{
    auto r = m_db.runCached(QStringLiteral("DELETE FROM outbox WHERE op_id = ?"), {opId});
    if (!r)
        return r.error();
    return {};
}

Result<void> Outbox::retryLater(const QString &opId, qint64 nextAttemptAt, const QString &code, const QString &message)
{
    auto r = m_db.run(QStringLiteral("UPDATE outbox SET attempts = attempts + 1, next_attempt_at = ?, error_code = ?, error_message = ?"
                                     " WHERE op_id = ? AND state = 'pending'"),
                      {nextAttemptAt, code, message, opId});
    if (!r)
        return r.error();
    return {};
}

Result<void> Outbox::markFailed(const QString &opId, const QString &code, const QString &message)
{
    auto r = m_db.run(QStringLiteral("UPDATE outbox SET state = 'failed', attempts = attempts + 1, error_code = ?, error_message = ?"
                                     " WHERE op_id = ?"),
                      {code, message, opId});
    if (!r)
        return r.error();
    return {};
}

namespace {
Result<int> countWhere(Database &db, const char *state)
{
    auto r = db.run(QStringLiteral("SELECT count(*) FROM outbox WHERE state = ?"), {QString::fromLatin1(state)});
    if (!r)
        return r.error();
    QSqlQuery q = std::move(r).value();
    return q.next() ? q.value(0).toInt() : 0;
}
} // namespace

Result<int> Outbox::pendingCount()
{
    return countWhere(m_db, "pending");
}

Result<bool> Outbox::hasPending()
{
    auto r = m_db.scalarCached(QStringLiteral("SELECT EXISTS (SELECT 1 FROM outbox WHERE state = 'pending')"));
    if (!r)
        return r.error();
    return r.value().toInt() == 1;
}

Result<qint64> Outbox::newestSeq()
{
    // AUTOINCREMENT keeps the highest sequence ever handed out in sqlite_sequence, sent ops included.
    auto r = m_db.scalarCached(QStringLiteral("SELECT COALESCE((SELECT seq FROM sqlite_sequence WHERE name = 'outbox'), 0)"));
    if (!r)
        return r.error();
    return r.value().toLongLong();
}

Result<int> Outbox::failedCount()
{
    return countWhere(m_db, "failed");
}

} // namespace fd
