#include "database.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>
#include <QUuid>

#include <sqlite3.h>

Q_LOGGING_CATEGORY(lcStore, "fielddesk.store")

namespace fd {

namespace {


Error sqlError(const char *code, const QSqlError &e, const QString &what)
{
    return makeError(code, QStringLiteral("%1: %2").arg(what, e.text()));
}

QString uniqueConnectionName()
{
    return QStringLiteral("fielddesk-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

/**
 * Looks at an existing file read-only before anything may write to it (WAL set-up and migrations
 * both write), so that a file we refuse stays exactly as it was.
 */
Result<void> probeExisting(const QString &path)
{
    const QString name = uniqueConnectionName();
    Result<void> verdict;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            verdict = makeError("database_unreadable", QCoreApplication::translate("Database", "Cannot open the data file %1: %2").arg(path, db.lastError().text()));
        } else {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next()) {
                verdict = makeError("database_corrupt",
                                    QCoreApplication::translate("Database", "The data file %1 is damaged or is not a FieldDesk store (%2). It was left untouched.")
                                        .arg(path, q.lastError().text()));
            } else {
                const int appId = q.value(0).toInt();
                q.finish();
                QSqlQuery v(db);
                const bool versionOk = v.exec(QStringLiteral("PRAGMA user_version")) && v.next();
                const int version = versionOk ? v.value(0).toInt() : -1;
                v.finish();
                QSqlQuery tables(db);
                const bool tablesOk = tables.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && tables.next();
                const int tableCount = tablesOk ? tables.value(0).toInt() : -1;
                tables.finish();
                if (!versionOk || !tablesOk) {
                    verdict = makeError("database_corrupt",
                                        QCoreApplication::translate("Database", "The data file %1 is damaged (%2). It was left untouched.").arg(path, v.lastError().text()));
                } else if (appId != Database::kApplicationId && !(appId == 0 && tableCount == 0)) {
                    verdict = makeError("database_foreign",
                                        QCoreApplication::translate("Database", "The file %1 is an SQLite database but not a FieldDesk store. It was left untouched.").arg(path));
                } else if (version > Database::kSchemaVersion) {
                    verdict = makeError("database_newer",
                                        QCoreApplication::translate("Database", "The data file %1 was written by a newer FieldDesk (schema version %2; this version knows up to %3). "
                                           "It was left untouched: update FieldDesk to open it.")
                                            .arg(path).arg(version).arg(Database::kSchemaVersion));
                }
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return verdict;
}

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName))
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(m_path);
}

Database::~Database()
{
    m_statements.clear(); // finalise the kept statements before the connection closes
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, int schemaVersion)
{
    Q_ASSERT(schemaVersion > 0 && schemaVersion <= kSchemaVersion);
    const QFileInfo info(path);
    if (info.exists() && info.size() > 0) {
        if (auto probe = probeExisting(path); !probe) {
            qCWarning(lcStore) << "refusing" << path << probe.error().message;
            return probe.error();
        }
    }
    std::unique_ptr<Database> db(new Database(path, uniqueConnectionName()));
    if (!db->m_db.open())
        return makeError("database_unreadable", QCoreApplication::translate("Database", "Cannot open the data file %1: %2").arg(path, db->m_db.lastError().text()));
    if (auto r = db->configure(); !r)
        return r.error();
    if (auto r = db->migrate(schemaVersion); !r)
        return r.error();
    return db;
}

sqlite3 *Database::handle() const
{
    const QVariant v = m_db.driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(v.constData());
    return nullptr;
}

Result<void> Database::configure()
{
    // Each pragma and why:
    const char *const pragmas[] = {
        // Readers (the UI) never block the writer (sync, the counter's own edits), and a crash
        // mid-write cannot corrupt the main file.
        "PRAGMA journal_mode = WAL",
        // In WAL mode NORMAL keeps every commit atomic and survives the app being killed at any
        // instant; only an OS crash or power loss can drop the last commits (never corrupt the
        // file). A flush costs ~4 ms here, so it is paid only where it matters: transactions
        // that move money or card state ask for Durability::Full (synchronous=FULL).
        "PRAGMA synchronous = NORMAL",
        // References between rows are part of the data's meaning; SQLite leaves them off by default.
        "PRAGMA foreign_keys = ON",
        // The app and fielddesk-cli (headless sync) may share the file; wait for the other
        // writer instead of failing at once with SQLITE_BUSY.
        "PRAGMA busy_timeout = 5000",
        // SQLite checkpoints inside the commit that pushes the WAL past this many pages, and that
        // commit pays for copying them all. The app checkpoints on its idle tick instead
        // (Database::checkpoint); 10,000 pages (~40 MiB) is the bound for headless writers
        // (fielddesk-cli) and a safety net, so a person's commit seldom waits for it.
        "PRAGMA wal_autocheckpoint = 10000",
        // 32 MiB page cache: search and list queries on a million tickets stay in memory.
        "PRAGMA cache_size = -32768",
        // Sorting and temporary indexes in memory, not in a temp file on a tablet's flash.
        "PRAGMA temp_store = MEMORY",
    };
    for (const char *p : pragmas) {
        QSqlQuery q(m_db);
        if (!q.exec(QString::fromLatin1(p)))
            return sqlError("database_config", q.lastError(), QString::fromLatin1(p));
    }
    return {};
}

Result<int> Database::checkpoint()
{
    auto r = run(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
    if (!r)
        return r.error();
    QSqlQuery q = std::move(r).value();
    if (!q.next())
        return makeError("db_checkpoint", QStringLiteral("The checkpoint gave no result on %1.").arg(m_path));
    // Columns: busy, frames in the WAL, frames copied (-1, -1 when not in WAL mode).
    return qMax(0, q.value(1).toInt() - q.value(2).toInt());
}

int Database::userVersion()
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

Result<void> Database::runBuiltInScript(const QString &name)
{
    QFile script(QStringLiteral(":/fielddesk/store/sql/") + name);
    if (!script.open(QIODevice::ReadOnly))
        return makeError("schema_missing", QCoreApplication::translate("Database", "The built-in schema is missing from this build."));
    return execScript(QString::fromUtf8(script.readAll()));
}

Result<void> Database::migrate(int targetVersion)
{
    const int from = userVersion();
    if (from < 0)
        return makeError("database_corrupt", QCoreApplication::translate("Database", "Cannot read the schema version of %1.").arg(m_path));
    if (from >= targetVersion)
        return {};

    // One step per version, each in its own transaction together with its user_version bump,
    // so a crash leaves the file at a version it really has.
    for (int version = from; version < targetVersion; ++version) {
        Transaction tx(*this);
        if (!tx.isOpen())
            return tx.beginError();
        switch (version) {
        case 0: {
            if (auto r = runBuiltInScript(QStringLiteral("schema_v1.sql")); !r)
                return r.error();
            if (auto r = run(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId)); !r)
                return r.error();
            break;
        }
        case 1:
            // Sync re-applies a row's pending ops over what the server sent: find them by entity.
            // Ops of one local transaction share tx_id: the server applies them as one unit.
            if (auto r = execScript(QStringLiteral("CREATE INDEX outbox_pending_entity ON outbox(entity_id) WHERE state = 'pending';\n"
                                                   "ALTER TABLE outbox ADD COLUMN tx_id TEXT NOT NULL DEFAULT '';\n"
                                                   // Earlier ops did not record their transaction: each is one.
                                                   "UPDATE outbox SET tx_id = op_id;\n"
                                                   "CREATE INDEX outbox_tx ON outbox(tx_id);"));
                !r)
                return r.error();
            break;
        case 2:
            if (auto r = runBuiltInScript(QStringLiteral("migrate_v3.sql")); !r)
                return r.error();
            break;
        case 3:
            if (auto r = runBuiltInScript(QStringLiteral("migrate_v4.sql")); !r)
                return r.error();
            break;
        // Future migrations here: `case 4:` upgrades a version-4 file to version 5, and so on.
        default:
            return makeError("schema_unknown", QCoreApplication::translate("Database", "No migration from schema version %1.").arg(version));
        }
        if (auto r = run(QStringLiteral("PRAGMA user_version = %1").arg(version + 1)); !r)
            return r.error();
        if (auto r = tx.commit(); !r)
            return r.error();
        qCInfo(lcStore) << "migrated" << m_path << "to schema version" << version + 1;
    }
    return {};
}

Result<QSqlQuery> Database::prepare(const QString &sql)
{
    QSqlQuery q(m_db);
    if (!q.prepare(sql))
        return sqlError("db_prepare", q.lastError(), sql.left(120));
    return q;
}

Result<void> Database::exec(QSqlQuery &query)
{
    if (!query.exec()) {
        const QSqlError e = query.lastError();
        // Constraint violations are the caller's problem (bad input); everything else is ours.
        const bool constraint = e.nativeErrorCode().toInt() == SQLITE_CONSTRAINT
            || e.databaseText().contains(QLatin1String("constraint"), Qt::CaseInsensitive)
            || e.databaseText().startsWith(QLatin1String("append_only"));
        qCWarning(lcStore) << "query failed:" << query.lastQuery().left(120) << e.text();
        return sqlError(constraint ? "db_constraint" : "db_write", e, QStringLiteral("database"));
    }
    return {};
}

Result<QSqlQuery> Database::run(const QString &sql, const QVariantList &binds)
{
    auto q = prepare(sql);
    if (!q)
        return q.error();
    QSqlQuery query = std::move(q).value();
    for (const QVariant &b : binds)
        query.addBindValue(bindable(b));
    if (auto r = exec(query); !r)
        return r.error();
    return query;
}

Result<QSqlQuery *> Database::cachedStatement(const QString &sql, const QVariantList &binds)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto q = prepare(sql);
        if (!q)
            return q.error();
        it = m_statements.insert(sql, std::move(q).value());
    }
    QSqlQuery *query = &it.value();
    for (int i = 0; i < binds.size(); ++i)
        query->bindValue(i, bindable(binds.at(i)));
    if (auto r = exec(*query); !r) {
        query->finish();
        return r.error();
    }
    return query;
}

Result<int> Database::runCached(const QString &sql, const QVariantList &binds)
{
    auto q = cachedStatement(sql, binds);
    if (!q)
        return q.error();
    const int changed = q.value()->numRowsAffected();
    q.value()->finish();
    return changed;
}

Result<QVariant> Database::scalarCached(const QString &sql, const QVariantList &binds)
{
    auto q = cachedStatement(sql, binds);
    if (!q)
        return q.error();
    QSqlQuery *query = q.value();
    const QVariant v = query->next() ? query->value(0) : QVariant();
    query->finish();
    return v;
}

QVariant Database::bindable(const QVariant &value)
{
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QString::fromLatin1("");
    return value;
}

Result<void> Database::execScript(const QString &script)
{
    sqlite3 *h = handle();
    if (!h)
        return makeError("db_handle", QCoreApplication::translate("Database", "The SQLite driver gave no connection handle."));
    char *message = nullptr;
    const QByteArray utf8 = script.toUtf8();
    if (sqlite3_exec(h, utf8.constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        const QString text = QString::fromUtf8(message ? message : "unknown error");
        sqlite3_free(message);
        return makeError("db_script", QCoreApplication::translate("Database", "Schema script failed: %1").arg(text));
    }
    return {};
}

Transaction::Transaction(Database &db, Durability durability) : m_db(db), m_durability(durability)
{
    const int depth = m_db.transactionDepth();
    Result<int> begun = 0;
    if (depth == 0) {
        // SQLite refuses to change the safety level inside a transaction: set it before BEGIN.
        if (m_durability == Durability::Full) {
            if (auto r = m_db.runCached(QStringLiteral("PRAGMA synchronous = FULL")); !r) {
                m_beginError = makeError("db_begin", QStringLiteral("Cannot ask for a flushed commit: %1").arg(r.error().message));
                return;
            }
        }
        begun = m_db.runCached(QStringLiteral("BEGIN IMMEDIATE"));
        ++m_db.transactionSerial();
    } else {
        m_savepoint = QStringLiteral("sp%1").arg(depth);
        begun = m_db.runCached(QStringLiteral("SAVEPOINT ") + m_savepoint);
    }
    m_open = begun.ok();
    if (m_open) {
        ++m_db.transactionDepth();
    } else {
        m_beginError = makeError("db_begin", QStringLiteral("Cannot start a transaction: %1").arg(begun.error().message));
        restoreSynchronous();
    }
}

void Transaction::restoreSynchronous()
{
    if (m_durability != Durability::Full || !m_savepoint.isEmpty())
        return;
    if (auto r = m_db.runCached(QStringLiteral("PRAGMA synchronous = NORMAL")); !r)
        qCWarning(lcStore) << "cannot restore synchronous=NORMAL on" << m_db.path() << r.error().message;
}

Transaction::~Transaction()
{
    if (!m_open || m_done)
        return;
    if (m_savepoint.isEmpty()) {
        if (auto r = m_db.runCached(QStringLiteral("ROLLBACK")); !r)
            qCWarning(lcStore) << "rollback failed on" << m_db.path() << r.error().message;
    } else {
        // Undo the savepoint's work but keep the outer transaction going.
        auto undo = m_db.runCached(QStringLiteral("ROLLBACK TO ") + m_savepoint);
        auto release = undo ? m_db.runCached(QStringLiteral("RELEASE ") + m_savepoint) : Result<int>(undo.error());
        if (!release)
            qCWarning(lcStore) << "savepoint rollback failed on" << m_db.path() << release.error().message;
    }
    --m_db.transactionDepth();
    restoreSynchronous();
}

Result<void> Transaction::commit()
{
    if (!m_open)
        return m_beginError;
    Q_ASSERT(!m_done);
    auto done = m_db.runCached(m_savepoint.isEmpty() ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + m_savepoint);
    if (!done)
        return makeError("db_commit", QStringLiteral("Commit failed: %1").arg(done.error().message));
    m_done = true;
    --m_db.transactionDepth();
    restoreSynchronous();
    return {};
}

} // namespace fd
