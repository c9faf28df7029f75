#pragma once

#include "change.h"
#include "clock.h"
#include "hybridlogicalclock.h"
#include "result.h"
#include "uuidgenerator.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QVariantList>

struct sqlite3_stmt;

namespace fd {
class Store;
}

namespace fd::cli {

/** One value ready to bind: SQL NULL, an integer, a real or UTF-8 text. */
struct BoundValue
{
    enum class Type { Null, Integer, Real, Text, Blob };
    Type type = Type::Null;
    qint64 integer = 0;
    double real = 0;
    QByteArray bytes; // Text (UTF-8) or Blob

    /** The same conversion the QSQLITE driver applies after Database::bindable(). */
    static BoundValue from(const QVariant &value);
    static BoundValue text(const QString &text);
};

/** A Change made ready for the database: its SQL, values, outbox payload and stamps, all encoded. */
struct PreparedChange
{
    QString statementKey; // entity + columns, for the statement cache
    QString sql;
    QList<BoundValue> values; // the row in SQL order: id, fields…, created_at[, updated_at, hlc]
    QList<BoundValue> op;     // the outbox row: op_id, kind, entity_kind, entity_id, payload, hlc, priority, staff_id, created_at
    QString hlc;
    QString table;
    /** Columns the row is written without (NULL) and that completeLater() fills in, with their values. */
    QList<QPair<QString, BoundValue>> later;
};

/**
 * Store::write() for inserts in bulk: the same entity row, the same outbox op (payload, HLC,
 * priority, staff) and the same persisted HLC, but with prepared statements kept for the
 * writer's lifetime instead of being prepared three times per row, and with the CPU work
 * (ids, HLC, JSON payload) split from the database work so the two can run on different cores.
 *
 * This belongs in cpp/store (as a statement cache inside Store::write, or a Store bulk API);
 * it lives here until then. tst_bulkchangewriter checks that both write the same rows.
 *
 * Rules: write(), insert(), completeLater() and persistClock() run on the store's thread inside
 * a Transaction; prepare() and newId() may run on one other thread, never two at once. While a
 * writer is in use nothing else writes through Store::write() (the writer runs its own HLC,
 * started from the store's persisted one); call completeLater() (if anything was left for
 * later) and persistClock() before each commit. Afterwards, reopen the Store before writing
 * through it again, so that its clock catches up.
 */
class BulkChangeWriter
{
public:
    explicit BulkChangeWriter(Store &store);
    ~BulkChangeWriter();
    BulkChangeWriter(const BulkChangeWriter &) = delete;
    BulkChangeWriter &operator=(const BulkChangeWriter &) = delete;

    /** A new UUIDv7 stamped @p atMs. */
    [[nodiscard]] QString newId(qint64 atMs);
    /** Checks @p change like Store::write and prepares it as written at @p atMs. Inserts only. */
    Result<PreparedChange> prepare(const Change &change, qint64 atMs);
    /**
     * prepare(), except that write() leaves the columns in @p laterColumns NULL and
     * completeLater() fills them in once the rows they refer to exist: for two rows that refer to
     * each other (a ticket names the callback that closed it, the callback names the ticket),
     * with foreign keys still checked at once. The op carries the final values, as the row does
     * by the commit. Those columns hold text, integers or NULL.
     */
    Result<PreparedChange> prepare(const Change &change, qint64 atMs, const QStringList &laterColumns);
    /**
     * Fills in the columns that the rows written since the last call left for later, one UPDATE
     * per column for all of them. Call it once the rows they refer to are written, before
     * persistClock() and the commit.
     */
    Result<void> completeLater();
    /** Writes a prepared change: the row and its outbox op. Returns the row's rowid. */
    Result<qint64> write(const PreparedChange &change);
    /** prepare() at the store clock's time, then write(). */
    Result<qint64> insert(const Change &change);
    /** A document for a full-text table (customer_search, ticket_search) at @p rowid. */
    Result<void> writeSearchDocument(const QString &table, qint64 rowid, const QString &doc, const QString &rev);
    /**
     * Writes the last HLC stamp written to the store's settings, in the caller's transaction.
     * Fails while columns wait for completeLater().
     */
    Result<void> persistClock();
    /** Rows written so far (entity rows; each also has its outbox op). */
    [[nodiscard]] qint64 rowsWritten() const { return m_rows; }

private:
    Result<sqlite3_stmt *> statement(const QString &key, const QString &sql);
    Error sqliteError(const char *code, const QString &what) const;

    Store &m_store;
    // prepare() side
    QHash<QString, QString> m_sql; // statement key → INSERT text
    ManualClock m_stamp;
    UuidGenerator m_ids;
    HybridLogicalClock m_hlc;
    // write() side
    QHash<QString, sqlite3_stmt *> m_statements;
    struct Later
    {
        QByteArray json; // [[rowid, value], …]
        int rows = 0;
    };
    QHash<QPair<QString, QString>, Later> m_later; // (table, column) → values for completeLater()
    QString m_lastHlc;
    qint64 m_rows = 0;
};

} // namespace fd::cli
