#include "serverstorage.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

#include <atomic>

namespace fd {

namespace {

std::atomic<int> s_connectionCounter{0};

QString nextConnectionName(const char *purpose)
{
    return QStringLiteral("fielddesk-server-%1-%2").arg(QLatin1String(purpose)).arg(++s_connectionCounter);
}

// SQLite result codes that mean "these bytes are not a usable database", as opposed to
// "the database is busy" or "cannot open the file".
bool isNotADatabase(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    return code == QLatin1String("26") /* SQLITE_NOTADB */ || code == QLatin1String("11") /* SQLITE_CORRUPT */;
}

// Runs @p sql and returns the first column of its first row.
Result<QVariant> scalar(const QSqlDatabase &db, const QString &sql, const QString &path)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next()) {
        const QSqlError error = query.lastError();
        if (isNotADatabase(error))
            return makeError("db_not_a_database",
                             QStringLiteral("%1 is not a SQLite database or is corrupt (%2). Refusing to start; "
                                            "the file was not changed.")
                                     .arg(path, error.text()));
        return makeError("db_open", QStringLiteral("Cannot read %1: %2").arg(path, error.text()));
    }
    return query.value(0);
}

} // namespace

ServerStorage::ServerStorage(const Clock &clock) : m_clock(clock), m_ids(clock) {}

ServerStorage::~ServerStorage()
{
    close();
}

bool ServerStorage::isOpen() const
{
    return !m_connectionName.isEmpty() && database().isOpen();
}

QSqlDatabase ServerStorage::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<void> ServerStorage::open(const QString &path)
{
    close();
    if (auto r = inspectExisting(path); !r)
        return r;

    const bool creating = !QFileInfo::exists(path);
    m_path = path;
    m_connectionName = nextConnectionName("main");
    bool opened = false;
    QString openError;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(path);
        opened = db.open();
        openError = db.lastError().text();
    }
    if (!opened) {
        close();
        return makeError("db_open", QStringLiteral("Cannot open %1: %2").arg(path, openError));
    }
    // The database will hold device-token hashes and every customer record: keep it private to
    // the service account. SQLite gives its -wal and -shm files the same permissions.
    if (creating)
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);

    if (auto r = configureConnection(); !r) {
        close();
        return r;
    }
    if (auto r = migrate(); !r) {
        close();
        return r;
    }
    auto instance = metaValue(QStringLiteral("instance_id"));
    if (!instance) {
        close();
        return makeError("db_migrate", QStringLiteral("%1 has no instance_id in server_meta: %2")
                                               .arg(path, instance.error().message));
    }
    m_instanceId = instance.value();
    return {};
}

void ServerStorage::close()
{
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = database();
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

Result<void> ServerStorage::inspectExisting(const QString &path)
{
    const QFileInfo info(path);
    // A missing or empty file is a new database; there is nothing in it to protect. (An empty
    // file beside a -wal may hold a whole database in that WAL; inspect it.)
    if (!info.exists() || (info.size() == 0 && !QFileInfo::exists(path + QLatin1String("-wal"))))
        return {};

    // Read-only, so nothing here can write to a file we may yet refuse. "immutable" also keeps
    // SQLite from creating -wal/-shm files beside a WAL database, but it ignores an existing WAL
    // or hot journal, whose committed content we must see; use it only when there is none.
    QUrlQuery options;
    options.addQueryItem(QStringLiteral("mode"), QStringLiteral("ro"));
    if (!QFileInfo::exists(path + QLatin1String("-wal")) && !QFileInfo::exists(path + QLatin1String("-journal")))
        options.addQueryItem(QStringLiteral("immutable"), QStringLiteral("1"));
    QUrl uri = QUrl::fromLocalFile(info.absoluteFilePath());
    uri.setQuery(options);

    const QString name = nextConnectionName("inspect");
    Result<void> verdict;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY"));
        db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
        verdict = [&]() -> Result<void> {
            if (!db.open())
                return makeError("db_open", QStringLiteral("Cannot open %1 for reading: %2").arg(path, db.lastError().text()));
            // user_version is the first read that touches the file; it fails on random bytes.
            auto version = scalar(db, QStringLiteral("PRAGMA user_version"), path);
            if (!version)
                return version.error();
            auto applicationId = scalar(db, QStringLiteral("PRAGMA application_id"), path);
            if (!applicationId)
                return applicationId.error();
            auto objects = scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master"), path);
            if (!objects)
                return objects.error();

            const int userVersion = version->toInt();
            const bool ours = applicationId->toInt() == kApplicationId;
            // A version-0 file with tables was made by someone else; migrating it would mix our
            // schema into theirs. A versioned file with another application id is theirs too.
            if ((userVersion == 0 && objects->toInt() > 0) || (userVersion != 0 && !ours))
                return makeError("db_foreign",
                                 QStringLiteral("%1 is a SQLite database, but not a fielddesk-server database "
                                                "(application_id %2, user_version %3). Refusing to start; the "
                                                "file was not changed.")
                                         .arg(path)
                                         .arg(applicationId->toInt())
                                         .arg(userVersion));
            if (userVersion > kSchemaVersion || userVersion < 0)
                return makeError("db_newer_schema",
                                 QStringLiteral("%1 has schema version %2, newer than this fielddesk-server "
                                                "understands (%3). Refusing to start; the file was not changed. "
                                                "Run the fielddesk-server version that created it, or a newer one.")
                                         .arg(path)
                                         .arg(userVersion)
                                         .arg(kSchemaVersion));
            return {};
        }();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return verdict;
}

Result<void> ServerStorage::configureConnection()
{
    // Another process (fielddesk-cli, a backup) may hold a lock for a moment; wait up to 5 s
    // instead of failing a client's request with SQLITE_BUSY. Set first so the journal-mode
    // switch below waits too.
    if (auto r = exec(QStringLiteral("PRAGMA busy_timeout = 5000")); !r)
        return r;
    // WAL: readers (health checks, reports, pulls) never block the writer applying pushes, and a
    // crash leaves the database consistent.
    auto mode = scalar(database(), QStringLiteral("PRAGMA journal_mode = WAL"), m_path);
    if (!mode)
        return makeError("db_setup", mode.error().message);
    if (mode->toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return makeError("db_setup", QStringLiteral("Cannot switch %1 to WAL mode (still \"%2\"); is it on a "
                                                    "network file system?")
                                             .arg(m_path, mode->toString()));
    // FULL, not NORMAL: once the server answers "applied", the device drops the op from its
    // outbox, so a committed op must survive a power cut, not only a crash of this process.
    if (auto r = exec(QStringLiteral("PRAGMA synchronous = FULL")); !r)
        return r;
    // A push of a few hundred ops dirties more pages than the default 2 MB cache holds; spilling
    // them to the WAL before the commit writes many pages twice.
    if (auto r = exec(QStringLiteral("PRAGMA cache_size = -65536")); !r)
        return r;
    // SQLite ships with foreign keys unenforced; PostgreSQL always enforces them, and both
    // backends must reject the same writes.
    if (auto r = exec(QStringLiteral("PRAGMA foreign_keys = ON")); !r)
        return r;
    return {};
}

Result<int> ServerStorage::schemaVersion() const
{
    auto version = scalar(database(), QStringLiteral("PRAGMA user_version"), m_path);
    if (!version)
        return version.error();
    return version->toInt();
}

Result<void> ServerStorage::migrate()
{
    auto version = schemaVersion();
    if (!version)
        return makeError("db_migrate", version.error().message);
    switch (version.value()) {
    case 0:
        if (auto r = runMigrationStep(1, &ServerStorage::migrateTo1); !r)
            return r;
        [[fallthrough]];
    case 1:
        if (auto r = runMigrationStep(2, &ServerStorage::migrateTo2); !r)
            return r;
        [[fallthrough]];
    case 2:
        if (auto r = runMigrationStep(3, &ServerStorage::migrateTo3); !r)
            return r;
        [[fallthrough]];
    case 3:
        if (auto r = runMigrationStep(4, &ServerStorage::migrateTo4); !r)
            return r;
        [[fallthrough]];
    case 4:
        if (auto r = runMigrationStep(5, &ServerStorage::migrateTo5); !r)
            return r;
        [[fallthrough]];
    case 5:
        // Future migrations here: add `case 5:` running runMigrationStep(6, &ServerStorage::migrateTo6),
        // then [[fallthrough]], and move this comment down to the new last version.
        break;
    default:
        // inspectExisting() refused newer files, but another server process may have upgraded
        // this one since.
        return makeError("db_newer_schema",
                         QStringLiteral("%1 has schema version %2, newer than this fielddesk-server understands "
                                        "(%3).")
                                 .arg(m_path)
                                 .arg(version.value())
                                 .arg(kSchemaVersion));
    }
    return {};
}

Result<void> ServerStorage::runMigrationStep(int toVersion, Result<void> (ServerStorage::*step)())
{
    // IMMEDIATE takes the write lock before reading user_version, so two servers starting on the
    // same file cannot both run a step.
    if (auto r = exec(QStringLiteral("BEGIN IMMEDIATE")); !r)
        return makeError("db_migrate", r.error().message);
    const auto fail = [this, toVersion](const QString &why) {
        (void)exec(QStringLiteral("ROLLBACK")); // the step's own error is the one worth reporting
        return makeError("db_migrate",
                         QStringLiteral("Migrating %1 to schema version %2 failed: %3").arg(m_path).arg(toVersion).arg(why));
    };
    auto current = schemaVersion();
    if (!current)
        return fail(current.error().message);
    if (current.value() >= toVersion) { // another process got here first
        (void)exec(QStringLiteral("ROLLBACK"));
        return {};
    }
    if (current.value() != toVersion - 1)
        return fail(QStringLiteral("found version %1").arg(current.value()));
    if (auto r = (this->*step)(); !r)
        return fail(r.error().message);
    if (auto r = exec(QStringLiteral("PRAGMA user_version = %1").arg(toVersion)); !r)
        return fail(r.error().message);
    const QString detail = QStringLiteral("{\"from\":%1,\"to\":%2}").arg(current.value()).arg(toVersion);
    if (auto r = appendAudit(QStringLiteral("server"), QStringLiteral("storage.migrate"), detail); !r)
        return fail(r.error().message);
    if (auto r = exec(QStringLiteral("COMMIT")); !r)
        return fail(r.error().message);
    return {};
}

Result<void> ServerStorage::migrateTo1()
{
    // Portable DDL: the PostgreSQL backend runs these same statements.
    const QStringList portable = {
        QStringLiteral("CREATE TABLE server_meta ("
                       " key TEXT NOT NULL PRIMARY KEY,"
                       " value TEXT NOT NULL)"),
        // id is a UUIDv7 made by the server: unique across several server processes without a
        // database sequence, and it sorts by time like the at_ms column.
        QStringLiteral("CREATE TABLE audit_log ("
                       " id TEXT NOT NULL PRIMARY KEY,"
                       " at_ms BIGINT NOT NULL,"
                       " actor TEXT NOT NULL,"
                       " action TEXT NOT NULL,"
                       " detail TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX audit_log_at_ms ON audit_log (at_ms)"),
    };
    // SQLite only. The audit trail is evidence: corrections are new rows, never edits, and the
    // database itself refuses edits so no future code path can slip. PostgreSQL will get the same
    // rule as a trigger function in its own migration.
    const QStringList sqliteOnly = {
        QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log"
                       " BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"),
        QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log"
                       " BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"),
        QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId),
    };
    for (const QString &sql : portable + sqliteOnly) {
        if (auto r = exec(sql); !r)
            return r;
    }

    QSqlQuery insert(database());
    insert.prepare(QStringLiteral("INSERT INTO server_meta (key, value) VALUES (?, ?)"));
    const QList<std::pair<QString, QString>> meta = {
        {QStringLiteral("instance_id"), m_ids.next()},
        {QStringLiteral("created_at_ms"), QString::number(m_clock.nowMs())},
    };
    for (const auto &[key, value] : meta) {
        insert.addBindValue(key);
        insert.addBindValue(value);
        if (!insert.exec())
            return makeError("db_migrate", QStringLiteral("server_meta %1: %2").arg(key, insert.lastError().text()));
    }
    return {};
}

Result<void> ServerStorage::migrateTo2()
{
    // Sync: devices and their enrollment, the ops applied (exactly once, and the audit trail of
    // what each device and staff member did), the current state of every synced row with the HLC
    // of each of its fields, and the conflict notices owed to devices. Portable DDL again.
    const QStringList portable = {
        // One row per named counter; "feed" orders every change a device can pull. Taken with
        // UPDATE … RETURNING inside the writing transaction, so on PostgreSQL the row lock makes
        // commit order and sequence order the same and a pull never skips a late commit.
        QStringLiteral("CREATE TABLE counters (name TEXT NOT NULL PRIMARY KEY, value BIGINT NOT NULL)"),
        QStringLiteral("INSERT INTO counters (name, value) VALUES ('feed', 0)"),
        QStringLiteral("CREATE TABLE devices ("
                       " id TEXT NOT NULL PRIMARY KEY, outlet_id TEXT NOT NULL, device_code TEXT NOT NULL,"
                       " mode TEXT NOT NULL, name TEXT NOT NULL, token_hash TEXT NOT NULL UNIQUE,"
                       " enrolled_at BIGINT NOT NULL, revoked_at BIGINT, last_seen_at BIGINT,"
                       " UNIQUE (outlet_id, device_code))"),
        QStringLiteral("CREATE TABLE enrollment_codes ("
                       " code_hash TEXT NOT NULL PRIMARY KEY, outlet_id TEXT NOT NULL, mode TEXT NOT NULL,"
                       " created_at BIGINT NOT NULL, expires_at BIGINT NOT NULL, used_at BIGINT, device_id TEXT)"),
        QStringLiteral("CREATE TABLE applied_ops ("
                       " op_id TEXT NOT NULL PRIMARY KEY, device_id TEXT NOT NULL, staff_id TEXT NOT NULL,"
                       " kind TEXT NOT NULL, entity TEXT NOT NULL, entity_id TEXT NOT NULL, payload TEXT NOT NULL,"
                       " op_hlc TEXT NOT NULL, seq BIGINT NOT NULL, applied_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX applied_ops_entity ON applied_ops (entity_id)"),
        QStringLiteral("CREATE TABLE entities ("
                       " entity TEXT NOT NULL, id TEXT NOT NULL, scope TEXT NOT NULL, data TEXT NOT NULL,"
                       " field_hlc TEXT NOT NULL, hlc TEXT NOT NULL, created_at BIGINT NOT NULL,"
                       " updated_at BIGINT NOT NULL, seq BIGINT NOT NULL, PRIMARY KEY (entity, id))"),
        QStringLiteral("CREATE INDEX entities_scope_seq ON entities (scope, seq)"),
        QStringLiteral("CREATE TABLE conflict_notices ("
                       " id TEXT NOT NULL PRIMARY KEY, device_id TEXT NOT NULL, seq BIGINT NOT NULL,"
                       " entity TEXT NOT NULL, entity_id TEXT NOT NULL, field TEXT NOT NULL,"
                       " mine TEXT NOT NULL, theirs TEXT NOT NULL, my_hlc TEXT NOT NULL, their_hlc TEXT NOT NULL,"
                       " their_staff_id TEXT NOT NULL, at BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX conflict_notices_device ON conflict_notices (device_id, seq)"),
        // Lookups the authority needs on every op, kept beside the JSON rows they come from.
        QStringLiteral("CREATE TABLE server_outlets (id TEXT NOT NULL PRIMARY KEY, code TEXT NOT NULL UNIQUE)"),
        QStringLiteral("CREATE TABLE server_staff (id TEXT NOT NULL PRIMARY KEY, outlet_id TEXT NOT NULL,"
                       " active BIGINT NOT NULL)"),
        QStringLiteral("CREATE TABLE server_staff_roles (id TEXT NOT NULL PRIMARY KEY, staff_id TEXT NOT NULL,"
                       " role TEXT NOT NULL, granted BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX server_staff_roles_staff ON server_staff_roles (staff_id)"),
    };
    const QStringList sqliteOnly = {
        QStringLiteral("CREATE TRIGGER applied_ops_no_update BEFORE UPDATE ON applied_ops"
                       " BEGIN SELECT RAISE(ABORT, 'applied_ops is append-only'); END"),
        QStringLiteral("CREATE TRIGGER applied_ops_no_delete BEFORE DELETE ON applied_ops"
                       " BEGIN SELECT RAISE(ABORT, 'applied_ops is append-only'); END"),
    };
    for (const QString &sql : portable + sqliteOnly) {
        if (auto r = exec(sql); !r)
            return r;
    }
    return {};
}

Result<void> ServerStorage::migrateTo3()
{
    // Case numbers (T-…, C-…) → the ticket or complaint, for the customer's look-up at a kiosk
    // (GET /v1/cases). Kept beside the JSON rows like the authority's look-ups; filled from the
    // rows already stored.
    if (auto r = exec(QStringLiteral("CREATE TABLE server_case_numbers (number TEXT NOT NULL PRIMARY KEY,"
                                     " entity TEXT NOT NULL, id TEXT NOT NULL)"));
        !r)
        return r;
    QSqlQuery rows(database());
    if (!rows.exec(QStringLiteral("SELECT entity, id, data FROM entities WHERE entity IN ('ticket', 'complaint')")))
        return makeError("db_query", QStringLiteral("reading cases on %1: %2").arg(m_path, rows.lastError().text()));
    QSqlQuery insert(database());
    insert.prepare(QStringLiteral("INSERT INTO server_case_numbers (number, entity, id) VALUES (?, ?, ?) ON CONFLICT (number) DO NOTHING"));
    while (rows.next()) {
        const QString entity = rows.value(0).toString();
        const QJsonObject data = QJsonDocument::fromJson(rows.value(2).toString().toUtf8()).object();
        const QString number = data.value(entity == QLatin1String("ticket") ? QLatin1String("ticket_no") : QLatin1String("complaint_no")).toString();
        if (number.isEmpty())
            continue;
        insert.addBindValue(number);
        insert.addBindValue(entity);
        insert.addBindValue(rows.value(1).toString());
        if (!insert.exec())
            return makeError("db_write", QStringLiteral("server_case_numbers on %1: %2").arg(m_path, insert.lastError().text()));
    }
    return {};
}

Result<void> ServerStorage::migrateTo4()
{
    // ETC money and card state, kept by the server alone (EtcLedger): accounts with their
    // balance, cards with what the server knows of the chip, the ledger every balance is the sum
    // of, and the card loads it authorised. Portable DDL.
    const QStringList portable = {
        QStringLiteral("CREATE TABLE etc_accounts ("
                       " id TEXT NOT NULL PRIMARY KEY, account_no TEXT NOT NULL UNIQUE, customer_id TEXT NOT NULL,"
                       " outlet_id TEXT NOT NULL, kind TEXT NOT NULL, status TEXT NOT NULL,"
                       " balance_fen BIGINT NOT NULL, opened_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE TABLE etc_cards ("
                       " id TEXT NOT NULL PRIMARY KEY, card_no TEXT NOT NULL UNIQUE, account_id TEXT NOT NULL,"
                       " card_type TEXT NOT NULL, status TEXT NOT NULL, chip_balance_fen BIGINT NOT NULL,"
                       " txn_counter BIGINT NOT NULL, valid_from TEXT NOT NULL, valid_to TEXT NOT NULL,"
                       " issued_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX etc_cards_account ON etc_cards (account_id)"),
        QStringLiteral("CREATE TABLE etc_ledger ("
                       " id TEXT NOT NULL PRIMARY KEY, account_id TEXT NOT NULL, card_id TEXT, kind TEXT NOT NULL,"
                       " amount_fen BIGINT NOT NULL, balance_after_fen BIGINT NOT NULL, at BIGINT NOT NULL,"
                       " staff_id TEXT NOT NULL, device_id TEXT NOT NULL, ref TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX etc_ledger_account ON etc_ledger (account_id, at)"),
        // request_id is the device's: a repeated request gets the first answer, never a second load.
        QStringLiteral("CREATE TABLE etc_loads ("
                       " id TEXT NOT NULL PRIMARY KEY, request_id TEXT NOT NULL UNIQUE, card_id TEXT NOT NULL,"
                       " account_id TEXT NOT NULL, amount_fen BIGINT NOT NULL, counter_before BIGINT NOT NULL,"
                       " mac TEXT NOT NULL, state TEXT NOT NULL, payment TEXT NOT NULL, staff_id TEXT NOT NULL,"
                       " device_id TEXT NOT NULL, created_at BIGINT NOT NULL, completed_at BIGINT,"
                       " counter_after BIGINT, balance_after_fen BIGINT, tac TEXT)"),
        QStringLiteral("CREATE INDEX etc_loads_card ON etc_loads (card_id, state)"),
    };
    const QStringList sqliteOnly = {
        QStringLiteral("CREATE TRIGGER etc_ledger_no_update BEFORE UPDATE ON etc_ledger"
                       " BEGIN SELECT RAISE(ABORT, 'etc_ledger is append-only'); END"),
        QStringLiteral("CREATE TRIGGER etc_ledger_no_delete BEFORE DELETE ON etc_ledger"
                       " BEGIN SELECT RAISE(ABORT, 'etc_ledger is append-only'); END"),
    };
    for (const QString &sql : portable + sqliteOnly) {
        if (auto r = exec(sql); !r)
            return r;
    }
    return {};
}

Result<void> ServerStorage::migrateTo5()
{
    // The status list (状态名单), kept by StatusListBook: which cards and OBUs are on it now, each
    // list version and the change-feed position that carries it to devices, and how far each
    // device has read the feed (the distribution monitor). Portable DDL.
    const QStringList portable = {
        QStringLiteral("CREATE TABLE etc_status_list ("
                       " media_no TEXT NOT NULL PRIMARY KEY, media_kind TEXT NOT NULL, reason TEXT NOT NULL,"
                       " list_version BIGINT NOT NULL, listed_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE TABLE etc_list_versions ("
                       " version BIGINT NOT NULL PRIMARY KEY, seq BIGINT NOT NULL, published_at BIGINT NOT NULL,"
                       " media_no TEXT NOT NULL, action TEXT NOT NULL, reason TEXT NOT NULL, request_id TEXT UNIQUE)"),
        QStringLiteral("CREATE INDEX etc_list_versions_seq ON etc_list_versions (seq)"),
        QStringLiteral("CREATE TABLE device_reads ("
                       " device_id TEXT NOT NULL PRIMARY KEY, confirmed_seq BIGINT NOT NULL, sent_seq BIGINT NOT NULL,"
                       " read_at BIGINT NOT NULL)"),
        QStringLiteral("INSERT INTO counters (name, value) VALUES ('status_list', 0)"),
    };
    for (const QString &sql : portable) {
        if (auto r = exec(sql); !r)
            return r;
    }
    return {};
}

Result<void> ServerStorage::exec(const QString &sql) const
{
    QSqlQuery query(database());
    if (!query.exec(sql))
        return makeError("db_query", QStringLiteral("%1 on %2: %3").arg(sql.left(60), m_path, query.lastError().text()));
    return {};
}

Result<void> ServerStorage::ping() const
{
    if (!isOpen())
        return makeError("db_closed", QStringLiteral("%1 is not open").arg(m_path));
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("SELECT 1")) || !query.next() || query.value(0).toInt() != 1)
        return makeError("db_query", QStringLiteral("SELECT 1 on %1: %2").arg(m_path, query.lastError().text()));
    return {};
}

Result<QString> ServerStorage::metaValue(const QString &key) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT value FROM server_meta WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec())
        return makeError("db_query", QStringLiteral("server_meta %1 on %2: %3").arg(key, m_path, query.lastError().text()));
    if (!query.next())
        return makeError("not_found", QStringLiteral("server_meta has no %1").arg(key));
    return query.value(0).toString();
}

Result<QString> ServerStorage::appendAudit(const QString &actor, const QString &action, const QString &detail)
{
    if (actor.isEmpty() || action.isEmpty())
        return makeError("invalid_audit", QStringLiteral("An audit record needs an actor and an action (got \"%1\", \"%2\")")
                                                  .arg(actor, action));
    const QString id = m_ids.next();
    QSqlQuery query(database());
    query.prepare(QStringLiteral("INSERT INTO audit_log (id, at_ms, actor, action, detail) VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(id);
    query.addBindValue(m_clock.nowMs());
    query.addBindValue(actor);
    query.addBindValue(action);
    // Qt binds a null QString as SQL NULL, which the NOT NULL column refuses; no detail is "".
    query.addBindValue(detail.isNull() ? QStringLiteral("") : detail);
    if (!query.exec())
        return makeError("db_write", QStringLiteral("audit_log %1 on %2: %3").arg(action, m_path, query.lastError().text()));
    return id;
}

} // namespace fd
