#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QHash>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <memory>

struct sqlite3;

namespace fd {

/**
 * The device's local SQLite store: one connection, its pragmas, and the schema migrations.
 * A file that is damaged, not ours, or written by a newer version is refused at open and left
 * byte-for-byte untouched.
 */
class Database
{
public:
    /** The schema version this build writes. */
    static constexpr int kSchemaVersion = 4;
    /** WAL pages (4 KiB each) after which a commit checkpoints by itself; see configure(). */
    static constexpr int kAutoCheckpointPages = 10000;
    /** PRAGMA application_id of a FieldDesk store: "FDK1". */
    static constexpr int kApplicationId = 0x46444B31;

    static Result<std::unique_ptr<Database>> open(const QString &path) { return open(path, kSchemaVersion); }
    /**
     * Opens and migrates only up to @p schemaVersion (at most kSchemaVersion): how tests build a
     * file as an earlier version left it, to migrate it from there.
     */
    static Result<std::unique_ptr<Database>> open(const QString &path, int schemaVersion);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] QSqlDatabase &sql() { return m_db; }
    /** The raw handle, for bulk work that Qt SQL makes slow (multi-statement scripts). */
    [[nodiscard]] sqlite3 *handle() const;
    [[nodiscard]] int userVersion();

    /** A prepared statement; prepare errors come back as an Error. */
    Result<QSqlQuery> prepare(const QString &sql);
    /** Runs a prepared statement; failures become an Error carrying the driver's message. */
    static Result<void> exec(QSqlQuery &query);
    /** Prepare, bind positionally and run in one go. */
    Result<QSqlQuery> run(const QString &sql, const QVariantList &binds = {});
    /**
     * Like run() for statements that write and return no rows, on a statement prepared once per
     * connection and kept: the hot path of Store::write (row, outbox op, clock, search document).
     * Returns the number of rows changed.
     */
    Result<int> runCached(const QString &sql, const QVariantList &binds = {});
    /** A kept statement's first column of its first row (an invalid QVariant when no row). */
    Result<QVariant> scalarCached(const QString &sql, const QVariantList &binds = {});
    /**
     * A kept statement, run, for reads on hot paths. The caller reads its rows and must call
     * finish() before running the same SQL again (a kept statement is one cursor).
     */
    Result<QSqlQuery *> queryCached(const QString &sql, const QVariantList &binds = {}) { return cachedStatement(sql, binds); }
    /**
     * Qt binds a null QString as SQL NULL; FieldDesk means NULL only by an invalid QVariant.
     * Every bound value passes through here so an empty text never trips a NOT NULL column.
     */
    [[nodiscard]] static QVariant bindable(const QVariant &value);
    /** Runs a script of several statements (schema, triggers). */
    Result<void> execScript(const QString &script);
    /** Runs one of the store's built-in SQL scripts (sql/<name> in the resources). */
    Result<void> runBuiltInScript(const QString &name);

    /**
     * Copies committed pages from the WAL into the database file without waiting for readers
     * (PASSIVE). The app calls it on its idle tick so that commits made while someone waits do
     * not pay for it. Returns the number of WAL frames it could not copy yet (0 = all done).
     */
    Result<int> checkpoint();

    /** Nesting depth of Transaction objects on this connection (0 = none open). */
    int &transactionDepth() { return m_txDepth; }
    /** Counts outermost transactions begun on this connection: tells one local transaction from the next. */
    quint64 &transactionSerial() { return m_txSerial; }

private:
    explicit Database(QString path, QString connectionName);
    Result<void> configure();
    Result<void> migrate(int targetVersion);
    Result<QSqlQuery *> cachedStatement(const QString &sql, const QVariantList &binds);

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    int m_txDepth = 0;
    quint64 m_txSerial = 0;
    QHash<QString, QSqlQuery> m_statements;
};

/**
 * One write transaction (BEGIN IMMEDIATE, so it never fails half-way for lack of the write lock);
 * nested ones become savepoints. Rolls back unless commit() succeeded.
 */
class Transaction
{
public:
    /**
     * Crash: the commit survives the app being killed at any instant (WAL, synchronous=NORMAL).
     * Full: it also survives power loss — the WAL is fsynced before commit() returns, which costs
     * a flush of the device's storage. Use Full for anything that moves money or card state.
     * Only an outermost transaction can choose; a nested one takes its parent's durability.
     */
    enum class Durability { Crash, Full };

    explicit Transaction(Database &db, Durability durability = Durability::Crash);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    /** Whether BEGIN itself worked; if not, error() says why and commit() fails. */
    [[nodiscard]] bool isOpen() const { return m_open; }
    [[nodiscard]] const Error &beginError() const { return m_beginError; }
    Result<void> commit();

private:
    void restoreSynchronous();

    Database &m_db;
    Durability m_durability;
    QString m_savepoint;
    bool m_open = false;
    bool m_done = false;
    Error m_beginError;
};

} // namespace fd
