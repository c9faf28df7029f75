#pragma once

#include "clock.h"
#include "result.h"
#include "uuidgenerator.h"

#include <QString>

class QSqlDatabase;

namespace fd {

/**
 * The server's SQLite database: opens it, sets its pragmas, migrates it and offers the few
 * queries the server needs so far.
 *
 * open() never changes a file it refuses. An existing file is first inspected through a
 * read-only connection; only a file that is a FieldDesk server database of a known schema
 * version (or an empty file) is then opened for writing, switched to WAL and migrated. A file
 * that is not SQLite, belongs to another program, or has a schema newer than this build is
 * left byte-for-byte as it was.
 *
 * Tables and queries use SQL that PostgreSQL also accepts (TEXT/BIGINT columns, UUIDv7 text
 * keys instead of AUTOINCREMENT); pragmas, user_version and triggers are the SQLite-only part.
 *
 * Not thread-safe: one instance per thread, like the QSqlDatabase it owns.
 */
class ServerStorage
{
public:
    /** Newest schema this build knows; a database with a higher PRAGMA user_version is refused. */
    static constexpr int kSchemaVersion = 5;
    /** PRAGMA application_id of every server database ("FDSV"), so a device's or another program's
     *  SQLite file given to --db by mistake is refused instead of migrated. */
    static constexpr qint32 kApplicationId = 0x46445356;

    explicit ServerStorage(const Clock &clock);
    ~ServerStorage();
    ServerStorage(const ServerStorage &) = delete;
    ServerStorage &operator=(const ServerStorage &) = delete;

    /**
     * Opens or creates the database at @p path and migrates it to kSchemaVersion. Error codes:
     * `db_not_a_database` (not SQLite or corrupt), `db_foreign` (SQLite, but not ours),
     * `db_newer_schema`, `db_open`, `db_setup`, `db_migrate`.
     */
    [[nodiscard]] Result<void> open(const QString &path);
    /** Closes the connection; SQLite checkpoints the WAL and removes it when the last one closes. */
    void close();
    [[nodiscard]] bool isOpen() const;
    [[nodiscard]] const QString &path() const { return m_path; }
    /** Storage backend name as /v1/health reports it. */
    [[nodiscard]] static QString backendName() { return QStringLiteral("sqlite"); }

    /** Runs a trivial query, proving the database still answers. */
    [[nodiscard]] Result<void> ping() const;
    [[nodiscard]] Result<int> schemaVersion() const;
    /** Value stored under @p key in server_meta; error `not_found` when absent. */
    [[nodiscard]] Result<QString> metaValue(const QString &key) const;
    /** UUIDv7 made when this database was created; it survives restarts, not a fresh database. */
    [[nodiscard]] const QString &instanceId() const { return m_instanceId; }

    /**
     * Appends one record to the append-only audit log and returns its id. @p actor and @p action
     * must not be empty; @p detail is free text (usually compact JSON) for people investigating
     * later and may be.
     */
    [[nodiscard]] Result<QString> appendAudit(const QString &actor, const QString &action, const QString &detail);

    /** The connection, for the sync store that shares it (same thread). */
    [[nodiscard]] QSqlDatabase database() const;

private:
    [[nodiscard]] static Result<void> inspectExisting(const QString &path);
    [[nodiscard]] Result<void> configureConnection();
    [[nodiscard]] Result<void> migrate();
    [[nodiscard]] Result<void> runMigrationStep(int toVersion, Result<void> (ServerStorage::*step)());
    [[nodiscard]] Result<void> migrateTo1();
    [[nodiscard]] Result<void> migrateTo2();
    [[nodiscard]] Result<void> migrateTo3();
    [[nodiscard]] Result<void> migrateTo4();
    [[nodiscard]] Result<void> migrateTo5();
    [[nodiscard]] Result<void> exec(const QString &sql) const;

    const Clock &m_clock;
    UuidGenerator m_ids;
    QString m_connectionName;
    QString m_path;
    QString m_instanceId;
};

} // namespace fd
