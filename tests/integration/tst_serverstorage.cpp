// ServerStorage in-process: schema creation, pragmas, append-only audit log, and the files it
// must refuse without changing a byte.

#include "clock.h"
#include "serverstorage.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace fd;

namespace {

QByteArray sha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Runs statements on @p path through a connection of the test's own.
bool runSql(const QString &path, const QStringList &statements, QString *error = nullptr)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tst"));
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        for (const QString &sql : statements) {
            if (!ok)
                break;
            ok = q.exec(sql);
            if (!ok && error)
                *error = q.lastError().text();
        }
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tst"));
    return ok;
}

QVariant scalar(const QString &path, const QString &sql)
{
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tst-read"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                value = q.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tst-read"));
    return value;
}

} // namespace

class TestServerStorage : public QObject
{
    Q_OBJECT

private:
    ManualClock m_clock;
    QTemporaryDir m_dir;

    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

    // Opening @p file must fail with @p code and leave it, and the directory, as they were.
    void expectRefusedUnchanged(const QString &file, const char *code, const char *messagePart)
    {
        const QByteArray before = sha256(file);
        QVERIFY(!before.isEmpty());
        ServerStorage storage(m_clock);
        auto r = storage.open(file);
        QVERIFY(!r);
        QCOMPARE(r.error().code, QLatin1String(code));
        QVERIFY2(r.error().message.contains(QLatin1String(messagePart)), qPrintable(r.error().message));
        QVERIFY(r.error().message.contains(file));
        QVERIFY(!storage.isOpen());
        QCOMPARE(sha256(file), before);
        QVERIFY(!QFile::exists(file + QLatin1String("-wal")));
        QVERIFY(!QFile::exists(file + QLatin1String("-shm")));
        QVERIFY(!QFile::exists(file + QLatin1String("-journal")));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void createsCurrentSchema()
    {
        const QString file = path("new.sqlite");
        ServerStorage storage(m_clock);
        auto r = storage.open(file);
        QVERIFY2(r, r ? "" : qPrintable(r.error().toString()));
        QVERIFY(storage.isOpen());
        QCOMPARE(storage.schemaVersion().value(), ServerStorage::kSchemaVersion);
        QVERIFY(storage.ping());
        QCOMPARE(storage.path(), file);
        QCOMPARE(ServerStorage::backendName(), QStringLiteral("sqlite"));

        QCOMPARE(storage.instanceId().size(), 36);
        QCOMPARE(storage.metaValue(QStringLiteral("instance_id")).value(), storage.instanceId());
        QCOMPARE(storage.metaValue(QStringLiteral("created_at_ms")).value(), QString::number(m_clock.nowMs()));
        QCOMPARE(storage.metaValue(QStringLiteral("nope")).error().code, QStringLiteral("not_found"));

        // WAL and the application id are recorded in the file itself.
        QCOMPARE(scalar(file, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(scalar(file, QStringLiteral("PRAGMA application_id")).toInt(), ServerStorage::kApplicationId);
        QCOMPARE(scalar(file, QStringLiteral("PRAGMA user_version")).toInt(), ServerStorage::kSchemaVersion);
        // The migration itself is audited.
        QCOMPARE(scalar(file, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'storage.migrate'")).toInt(), ServerStorage::kSchemaVersion);
        QVERIFY(!(QFile::permissions(file) & (QFile::ReadOther | QFile::ReadGroup)));
    }

    void auditLogIsAppendOnly()
    {
        const QString file = path("audit.sqlite");
        ServerStorage storage(m_clock);
        QVERIFY(storage.open(file));
        m_clock.advanceMs(1000);
        auto id = storage.appendAudit(QStringLiteral("admin"), QStringLiteral("device.enroll"), QStringLiteral("{\"device\":\"d1\"}"));
        QVERIFY(id);
        QCOMPARE(scalar(file, QStringLiteral("SELECT at_ms FROM audit_log WHERE id = '%1'").arg(id.value())).toLongLong(),
                 m_clock.nowMs());

        QString error;
        QVERIFY(!runSql(file, {QStringLiteral("UPDATE audit_log SET actor = 'mallory'")}, &error));
        QVERIFY2(error.contains(QLatin1String("append-only")), qPrintable(error));
        QVERIFY(!runSql(file, {QStringLiteral("DELETE FROM audit_log WHERE id = '%1'").arg(id.value())}, &error));
        QVERIFY(error.contains(QLatin1String("append-only")));
        QVERIFY(!runSql(file, {QStringLiteral("DELETE FROM audit_log")}, &error));
        // One record per migration step, and the one above.
        QCOMPARE(scalar(file, QStringLiteral("SELECT count(*) FROM audit_log")).toInt(), ServerStorage::kSchemaVersion + 1);
        QCOMPARE(scalar(file, QStringLiteral("SELECT actor FROM audit_log WHERE id = '%1'").arg(id.value())).toString(),
                 QStringLiteral("admin"));

        // No detail is fine (stored as ""); no actor or action is not.
        auto bare = storage.appendAudit(QStringLiteral("server"), QStringLiteral("x"), QString());
        QVERIFY(bare);
        QCOMPARE(scalar(file, QStringLiteral("SELECT detail FROM audit_log WHERE id = '%1'").arg(bare.value())).toString(), QString());
        QCOMPARE(storage.appendAudit(QString(), QStringLiteral("x"), QString()).error().code, QStringLiteral("invalid_audit"));
        QCOMPARE(storage.appendAudit(QStringLiteral("server"), QString(), QString()).error().code, QStringLiteral("invalid_audit"));
    }

    void reopenKeepsDataAndInstance()
    {
        const QString file = path("reopen.sqlite");
        QString instance;
        {
            ServerStorage storage(m_clock);
            QVERIFY(storage.open(file));
            instance = storage.instanceId();
            QVERIFY(storage.appendAudit(QStringLiteral("server"), QStringLiteral("x"), QString()));
        }
        // The last connection closed: SQLite checkpointed and removed the WAL.
        QVERIFY(!QFile::exists(file + QLatin1String("-wal")));
        ServerStorage again(m_clock);
        QVERIFY(again.open(file));
        QCOMPARE(again.instanceId(), instance);
        QCOMPARE(again.schemaVersion().value(), ServerStorage::kSchemaVersion);
        // No second migration ran.
        QCOMPARE(scalar(file, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'storage.migrate'")).toInt(), ServerStorage::kSchemaVersion);
    }

    void secondOpenWhileFirstIsOpen()
    {
        // Two server processes on one file: the second sees the first's committed schema through
        // its WAL and runs no migration of its own.
        const QString file = path("shared.sqlite");
        ServerStorage first(m_clock);
        QVERIFY(first.open(file));
        QVERIFY(QFile::exists(file + QLatin1String("-wal")));
        ServerStorage second(m_clock);
        auto r = second.open(file);
        QVERIFY2(r, r ? "" : qPrintable(r.error().toString()));
        QCOMPARE(second.instanceId(), first.instanceId());
        QVERIFY(second.appendAudit(QStringLiteral("server"), QStringLiteral("b"), QString()));
        QVERIFY(first.appendAudit(QStringLiteral("server"), QStringLiteral("a"), QString()));
        QCOMPARE(scalar(file, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'storage.migrate'")).toInt(), ServerStorage::kSchemaVersion);
        QCOMPARE(scalar(file, QStringLiteral("SELECT count(*) FROM audit_log")).toInt(), ServerStorage::kSchemaVersion + 2);
    }

    void emptyFileBecomesADatabase()
    {
        const QString file = path("empty.sqlite");
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        ServerStorage storage(m_clock);
        QVERIFY(storage.open(file));
        QCOMPARE(storage.schemaVersion().value(), ServerStorage::kSchemaVersion);
    }

    void refusesRandomBytes()
    {
        const QString file = path("random.sqlite");
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray bytes(64 * 1024, Qt::Uninitialized);
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
        f.write(bytes);
        f.close();
        expectRefusedUnchanged(file, "db_not_a_database", "not a SQLite database");
    }

    void refusesNewerSchema()
    {
        const QString file = path("newer.sqlite");
        QVERIFY(runSql(file, {QStringLiteral("CREATE TABLE future_thing (x TEXT)"),
                              QStringLiteral("PRAGMA application_id = %1").arg(ServerStorage::kApplicationId),
                              QStringLiteral("PRAGMA user_version = 99")}));
        expectRefusedUnchanged(file, "db_newer_schema", "schema version 99");
    }

    void refusesNewerSchemaInWalMode()
    {
        // A database a newer server left in WAL mode, with its -wal checkpointed away.
        const QString file = path("newer-wal.sqlite");
        QVERIFY(runSql(file, {QStringLiteral("PRAGMA journal_mode = WAL"),
                              QStringLiteral("PRAGMA application_id = %1").arg(ServerStorage::kApplicationId),
                              QStringLiteral("PRAGMA user_version = %1").arg(ServerStorage::kSchemaVersion + 1)}));
        const QByteArray message = QStringLiteral("schema version %1").arg(ServerStorage::kSchemaVersion + 1).toUtf8();
        expectRefusedUnchanged(file, "db_newer_schema", message.constData());
    }

    void version2GetsTheCaseNumbersOfItsRows()
    {
        // A database as version 2 left it, with a ticket and a complaint synced: version 3 indexes
        // their numbers for the customer's look-up, version 4 adds the ETC tables and 5 the status list.
        const QString file = path("v2.sqlite");
        {
            ServerStorage storage(m_clock);
            QVERIFY(storage.open(file));
        }
        const QString row = QStringLiteral("INSERT INTO entities (entity, id, scope, data, field_hlc, hlc, created_at, updated_at, seq)"
                                           " VALUES ('%1', '%2', 'outlet:o1', '%3', '{}', 'h', 1, 1, %4)");
        QVERIFY(runSql(file, {QStringLiteral("DROP TABLE server_case_numbers"), QStringLiteral("DROP TABLE etc_accounts"),
                              QStringLiteral("DROP TABLE etc_cards"), QStringLiteral("DROP TABLE etc_ledger"),
                              QStringLiteral("DROP TABLE etc_loads"), QStringLiteral("DROP TABLE etc_status_list"),
                              QStringLiteral("DROP TABLE etc_list_versions"), QStringLiteral("DROP TABLE device_reads"),
                              QStringLiteral("DELETE FROM counters WHERE name = 'status_list'"),
                              row.arg(QStringLiteral("ticket"), QStringLiteral("t1"), QStringLiteral("{\"ticket_no\":\"T-0101-01-000001\"}")).arg(1),
                              row.arg(QStringLiteral("complaint"), QStringLiteral("c1"), QStringLiteral("{\"complaint_no\":\"C-0101-01-000001\"}")).arg(2),
                              row.arg(QStringLiteral("customer"), QStringLiteral("u1"), QStringLiteral("{\"name\":\"x\"}")).arg(3),
                              QStringLiteral("PRAGMA user_version = 2")}));
        ServerStorage storage(m_clock);
        auto r = storage.open(file);
        QVERIFY2(r, r ? "" : qPrintable(r.error().toString()));
        QCOMPARE(storage.schemaVersion().value(), ServerStorage::kSchemaVersion);
        QCOMPARE(scalar(file, QStringLiteral("SELECT count(*) FROM server_case_numbers")).toInt(), 2);
        QCOMPARE(scalar(file, QStringLiteral("SELECT id FROM server_case_numbers WHERE number = 'T-0101-01-000001'")).toString(),
                 QStringLiteral("t1"));
        QCOMPARE(scalar(file, QStringLiteral("SELECT entity FROM server_case_numbers WHERE number = 'C-0101-01-000001'")).toString(),
                 QStringLiteral("complaint"));
    }

    void refusesForeignDatabases()
    {
        // A device's local database or any other program's: tables, but not our schema.
        const QString unversioned = path("foreign.sqlite");
        QVERIFY(runSql(unversioned, {QStringLiteral("CREATE TABLE tickets (id TEXT)")}));
        expectRefusedUnchanged(unversioned, "db_foreign", "not a fielddesk-server database");

        const QString otherApp = path("other-app.sqlite");
        QVERIFY(runSql(otherApp, {QStringLiteral("CREATE TABLE t (x)"), QStringLiteral("PRAGMA user_version = 1")}));
        expectRefusedUnchanged(otherApp, "db_foreign", "not a fielddesk-server database");
    }

    void reportsMissingDirectory()
    {
        ServerStorage storage(m_clock);
        auto r = storage.open(path("no/such/dir/x.sqlite"));
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("db_open"));
        QVERIFY(!storage.isOpen());
    }

    void pingFailsWhenClosed()
    {
        ServerStorage storage(m_clock);
        QVERIFY(storage.open(path("closed.sqlite")));
        storage.close();
        QVERIFY(!storage.isOpen());
        QVERIFY(!storage.ping());
        storage.close(); // twice is harmless
    }
};

QTEST_GUILESS_MAIN(TestServerStorage)
#include "tst_serverstorage.moc"
