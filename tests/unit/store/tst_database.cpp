#include "database.h"
#include "entitycatalog.h"
#include "storefixture.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlRecord>
#include <QTest>

using namespace fd;

class TestDatabase : public QObject
{
    Q_OBJECT

private:
    static QString dbPath(const QTemporaryDir &d) { return d.filePath(QStringLiteral("fielddesk.db")); }

    /** Makes a plain SQLite file with the given content, outside our Database class. */
    static void makeSqliteFile(const QString &path, const QStringList &statements)
    {
        const QString name = QStringLiteral("raw-") + path;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            for (const QString &s : statements) {
                QSqlQuery q(db);
                QVERIFY2(q.exec(s), qPrintable(q.lastError().text()));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void freshFileGetsCurrentSchemaAndPragmas()
    {
        QTemporaryDir d;
        auto db = Database::open(dbPath(d));
        QVERIFY2(db, db ? "" : qPrintable(db.error().toString()));
        QCOMPARE(db.value()->userVersion(), Database::kSchemaVersion);
        auto mode = db.value()->run(QStringLiteral("PRAGMA journal_mode"));
        QVERIFY(mode);
        QVERIFY(mode.value().next());
        QCOMPARE(mode.value().value(0).toString(), QStringLiteral("wal"));
        auto fk = db.value()->run(QStringLiteral("PRAGMA foreign_keys"));
        QVERIFY(fk && fk.value().next());
        QCOMPARE(fk.value().value(0).toInt(), 1);
        auto sync = db.value()->run(QStringLiteral("PRAGMA synchronous"));
        QVERIFY(sync && sync.value().next());
        QCOMPARE(sync.value().value(0).toInt(), 1); // NORMAL; Durability::Full raises it per transaction
        auto app = db.value()->run(QStringLiteral("PRAGMA application_id"));
        QVERIFY(app && app.value().next());
        QCOMPARE(app.value().value(0).toInt(), Database::kApplicationId);
    }

    void emptyFilesMigrateFromVersionZero()
    {
        // A zero-byte file, and an empty SQLite database made by another tool: both are version 0.
        QTemporaryDir d;
        QFile empty(dbPath(d));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        {
            auto db = Database::open(dbPath(d));
            QVERIFY2(db, db ? "" : qPrintable(db.error().toString()));
            QCOMPARE(db.value()->userVersion(), Database::kSchemaVersion);
        }
        QTemporaryDir d2;
        makeSqliteFile(dbPath(d2), {QStringLiteral("PRAGMA user_version = 0")});
        auto db2 = Database::open(dbPath(d2));
        QVERIFY2(db2, db2 ? "" : qPrintable(db2.error().toString()));
        QCOMPARE(db2.value()->userVersion(), Database::kSchemaVersion);
        // Opening again is a no-op, not a second migration.
        db2 = Database::open(dbPath(d2));
        QVERIFY(db2);
    }

    void version1FileMigratesToVersion2()
    {
        // A store as schema 1 left it: no tx_id in the outbox, two ops waiting.
        QTemporaryDir d;
        {
            auto db = Database::open(dbPath(d), 1);
            QVERIFY(db);
            QCOMPARE(db.value()->userVersion(), 1);
        }
        makeSqliteFile(dbPath(d), {QStringLiteral("INSERT INTO outbox (op_id, kind, entity_kind, entity_id, payload, hlc, priority,"
                                                  " created_at) VALUES ('op-1', 'ticket.create', 'ticket', 't1', '{}', 'h', 5, 1),"
                                                  " ('op-2', 'ticket.event', 'ticket_event', 'e1', '{}', 'h', 5, 1)")});
        auto db = Database::open(dbPath(d));
        QVERIFY2(db, db ? "" : qPrintable(db.error().toString()));
        QCOMPARE(db.value()->userVersion(), Database::kSchemaVersion);
        // Each op written before version 2 is a transaction of its own.
        auto q = db.value()->run(QStringLiteral("SELECT op_id, tx_id FROM outbox ORDER BY seq"));
        QVERIFY(q);
        QSqlQuery rows = std::move(q).value();
        int n = 0;
        while (rows.next()) {
            QCOMPARE(rows.value(1).toString(), rows.value(0).toString());
            ++n;
        }
        QCOMPARE(n, 2);
        auto indexes = db.value()->run(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index'"
                                                      " AND name IN ('outbox_pending_entity', 'outbox_tx')"));
        QVERIFY(indexes);
        QSqlQuery i = std::move(indexes).value();
        QVERIFY(i.next());
        QCOMPARE(i.value(0).toInt(), 2);
    }

    void version2FileMigratesToVersion3()
    {
        // A store as schema 2 left it: a finished ticket called back, the callback bound to its customer.
        QTemporaryDir d;
        {
            auto db = Database::open(dbPath(d), 2);
            QVERIFY(db);
            QCOMPARE(db.value()->userVersion(), 2);
        }
        makeSqliteFile(dbPath(d), {
            QStringLiteral("INSERT INTO outlets (id, code, name, created_at, updated_at) VALUES ('o1', '0101', '合肥政务区网点', 1, 1)"),
            QStringLiteral("INSERT INTO customers (id, customer_no, kind, name, phone, created_at, updated_at)"
                           " VALUES ('c1', 'C-0001', 'individual', '陈静', '13800138000', 1, 1)"),
            QStringLiteral("INSERT INTO tickets (id, ticket_no, customer_id, outlet_id, channel, title, state, state_at, reported_at,"
                           " created_at, updated_at) VALUES ('t1', 'T-0101-01-000001', 'c1', 'o1', 'counter', 'OBU 无法识别',"
                           " 'finished', 5, 2, 2, 5)"),
            QStringLiteral("INSERT INTO callbacks (id, customer_id, ticket_id, reason, state, due_at, attempts, method, satisfaction,"
                           " suggestions, created_at, updated_at, hlc) VALUES ('cb1', 'c1', 't1', 'ticket_completed', 'done', 90, 2,"
                           " 'phone', 4, '满意', 6, 7, 'h1')")});
        auto opened = Database::open(dbPath(d));
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().toString()));
        Database &db = *opened.value();
        QCOMPARE(db.userVersion(), Database::kSchemaVersion);
        const auto rows = [&](const QString &sql) {
            QList<QStringList> out;
            auto r = db.run(sql);
            if (!r) {
                qWarning() << r.error().toString();
                return out;
            }
            QSqlQuery q = std::move(r).value();
            while (q.next()) {
                QStringList row;
                for (int i = 0; i < q.record().count(); ++i)
                    row << (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
                out << row;
            }
            return out;
        };

        // The callback kept everything, its customer included; it has no verdict and no outlet yet.
        QCOMPARE(rows(QStringLiteral("SELECT id, customer_id, ticket_id, reason, state, due_at, attempts, method, satisfaction, suggestions,"
                                     " created_at, updated_at, hlc, verdict, outlet_id FROM callbacks")),
                 (QList<QStringList>{{QStringLiteral("cb1"), QStringLiteral("c1"), QStringLiteral("t1"), QStringLiteral("ticket_completed"),
                                      QStringLiteral("done"), QStringLiteral("90"), QStringLiteral("2"), QStringLiteral("phone"),
                                      QStringLiteral("4"), QStringLiteral("满意"), QStringLiteral("6"), QStringLiteral("7"),
                                      QStringLiteral("h1"), QString(), QStringLiteral("NULL")}}));
        // A callback may now be to someone who is not a customer on file.
        QCOMPARE(rows(QStringLiteral("SELECT \"notnull\" FROM pragma_table_info('callbacks') WHERE name = 'customer_id'")),
                 (QList<QStringList>{{QStringLiteral("0")}}));
        QVERIFY(db.run(QStringLiteral("INSERT INTO callbacks (id, ticket_id, reason, due_at, created_at, updated_at)"
                                      " VALUES ('cb2', 't1', 'ticket_completed', 91, 8, 8)")));
        // The ticket is still there, not decided by any callback yet.
        QCOMPARE(rows(QStringLiteral("SELECT ticket_no, state, callback_id FROM tickets")),
                 (QList<QStringList>{{QStringLiteral("T-0101-01-000001"), QStringLiteral("finished"), QStringLiteral("NULL")}}));
        QCOMPARE(rows(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'callbacks' AND sql IS NOT NULL ORDER BY name")),
                 (QList<QStringList>{{QStringLiteral("callbacks_queue")}, {QStringLiteral("callbacks_ticket")}}));
        QVERIFY(rows(QStringLiteral("PRAGMA foreign_key_check")).isEmpty());

        // ticket_checks exists and is append-only.
        QCOMPARE(rows(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'ticket_checks' ORDER BY name")),
                 (QList<QStringList>{{QStringLiteral("ticket_checks_no_delete")}, {QStringLiteral("ticket_checks_no_update")}}));
        QVERIFY(db.run(QStringLiteral("INSERT INTO ticket_checks (id, ticket_id, item, at, created_at) VALUES ('k1', 't1', 'tested', 9, 9)")));
        auto update = db.run(QStringLiteral("UPDATE ticket_checks SET item = 'parts'"));
        QVERIFY(!update);
        QVERIFY2(update.error().message.contains(QLatin1String("append_only")), qPrintable(update.error().message));
        auto remove = db.run(QStringLiteral("DELETE FROM ticket_checks"));
        QVERIFY(!remove);
        QVERIFY2(remove.error().message.contains(QLatin1String("append_only")), qPrintable(remove.error().message));
        QCOMPARE(rows(QStringLiteral("SELECT id, item FROM ticket_checks")), (QList<QStringList>{{QStringLiteral("k1"), QStringLiteral("tested")}}));
    }

    void version3FileMigratesToVersion4()
    {
        // A store as schema 3 left it, with a customer on file: version 4 adds loss reports and
        // keeps everything else.
        QTemporaryDir d;
        {
            auto db = Database::open(dbPath(d), 3);
            QVERIFY(db);
            QCOMPARE(db.value()->userVersion(), 3);
        }
        makeSqliteFile(dbPath(d), {
            QStringLiteral("INSERT INTO outlets (id, code, name, created_at, updated_at) VALUES ('o1', '0101', '合肥政务区网点', 1, 1)"),
            QStringLiteral("INSERT INTO customers (id, customer_no, kind, name, phone, created_at, updated_at)"
                           " VALUES ('c1', 'C-0001', 'individual', '陈静', '13800138000', 1, 1)")});
        auto opened = Database::open(dbPath(d));
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().toString()));
        Database &db = *opened.value();
        QCOMPARE(db.userVersion(), 4);
        QCOMPARE(db.scalarCached(QStringLiteral("SELECT name FROM customers WHERE id = 'c1'"))->toString(), QStringLiteral("陈静"));
        QVERIFY(db.run(QStringLiteral("INSERT INTO loss_reports (id, card_no, outlet_id, channel, reported_at, created_at, updated_at)"
                                      " VALUES ('l1', '34012226010000000001', 'o1', 'counter', 5, 5, 5)")));
        QCOMPARE(db.scalarCached(QStringLiteral("SELECT state FROM loss_reports WHERE id = 'l1'"))->toString(), QStringLiteral("pending"));
        // A card number is 20 digits, and the state is one the server gives.
        QVERIFY(!db.run(QStringLiteral("INSERT INTO loss_reports (id, card_no, channel, reported_at, created_at, updated_at)"
                                       " VALUES ('l2', '3401', 'counter', 5, 5, 5)")));
        QVERIFY(!db.run(QStringLiteral("UPDATE loss_reports SET state = 'maybe' WHERE id = 'l1'")));
    }

    void catalogMatchesSchema()
    {
        QTemporaryDir d;
        auto db = Database::open(dbPath(d));
        QVERIFY(db);
        const QSet<QString> bookkeeping = {QStringLiteral("id"), QStringLiteral("local_no"), QStringLiteral("created_at"),
                                           QStringLiteral("updated_at"), QStringLiteral("hlc")};
        for (const EntityDef &e : EntityCatalog::all()) {
            auto info = db.value()->run(QStringLiteral("PRAGMA table_info(%1)").arg(e.table));
            QVERIFY(info);
            QSqlQuery q = std::move(info).value();
            QStringList schemaFields;
            bool hasUpdatedAt = false;
            while (q.next()) {
                const QString col = q.value(1).toString();
                if (col == QLatin1String("updated_at"))
                    hasUpdatedAt = true;
                if (bookkeeping.contains(col))
                    continue;
                schemaFields << col;
                const FieldDef *f = e.field(col);
                QVERIFY2(f, qPrintable(e.table + QLatin1Char('.') + col + QStringLiteral(" missing from the catalog")));
                const bool required = q.value(3).toInt() == 1 && q.value(4).isNull();
                QVERIFY2(f->required == required, qPrintable(e.table + QLatin1Char('.') + col + QStringLiteral(" required flag differs")));
            }
            QVERIFY2(!schemaFields.isEmpty(), qPrintable(e.table + QStringLiteral(" does not exist")));
            QCOMPARE(schemaFields.size(), e.fields.size());
            QCOMPARE(hasUpdatedAt, !e.appendOnly);
        }
    }

    void appendOnlyTablesRefuseEditsAndDeletes()
    {
        StoreFixture f;
        QVERIFY(f.open());
        Transaction tx(f.store->db());
        Change c;
        c.opKind = QStringLiteral("audit.test");
        c.entity = QStringLiteral("audit_entry");
        c.entityId = f.store->newId();
        c.fields = {{QStringLiteral("at"), 1}, {QStringLiteral("action"), QStringLiteral("test")}};
        QVERIFY(f.store->write(c));
        QVERIFY(tx.commit());
        auto upd = f.store->db().run(QStringLiteral("UPDATE audit_log SET action = 'x'"));
        QVERIFY(!upd);
        QVERIFY(upd.error().message.contains(QLatin1String("append_only")));
        auto del = f.store->db().run(QStringLiteral("DELETE FROM audit_log"));
        QVERIFY(!del);
        QCOMPARE(f.count(QStringLiteral("audit_log"), QStringLiteral("action = 'test'")), 1);
    }

    void newerVersionIsRefusedAndLeftUntouched()
    {
        QTemporaryDir d;
        {
            auto db = Database::open(dbPath(d));
            QVERIFY(db);
            QVERIFY(db.value()->run(QStringLiteral("PRAGMA user_version = 99")));
            QVERIFY(db.value()->run(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        const QByteArray before = fileSha256(dbPath(d));
        auto db = Database::open(dbPath(d));
        QVERIFY(!db);
        QCOMPARE(db.error().code, QStringLiteral("database_newer"));
        QVERIFY(db.error().message.contains(QLatin1String("99")));
        QVERIFY(db.error().message.contains(QLatin1String("untouched")));
        QCOMPARE(fileSha256(dbPath(d)), before);
    }

    void corruptFileIsRefusedAndLeftUntouched_data()
    {
        QTest::addColumn<QByteArray>("content");
        QByteArray random(64 * 1024, Qt::Uninitialized);
        for (qsizetype i = 0; i < random.size(); ++i)
            random[i] = char((i * 2654435761u) >> 13);
        QTest::newRow("random bytes") << random;
        QTest::newRow("text") << QByteArray("this is not a database\n");
        QByteArray badHeader("SQLite format 3\0", 16);
        badHeader.append(QByteArray(4080, '\xff'));
        QTest::newRow("damaged header") << badHeader;
    }

    void corruptFileIsRefusedAndLeftUntouched()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir d;
        QFile file(dbPath(d));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        const QByteArray before = fileSha256(dbPath(d));
        auto db = Database::open(dbPath(d));
        QVERIFY(!db);
        QVERIFY2(db.error().code == QLatin1String("database_corrupt") || db.error().code == QLatin1String("database_unreadable"),
                 qPrintable(db.error().toString()));
        QCOMPARE(fileSha256(dbPath(d)), before);
        QVERIFY(!QFile::exists(dbPath(d) + QStringLiteral("-wal")));
    }

    void foreignDatabaseIsRefused()
    {
        QTemporaryDir d;
        makeSqliteFile(dbPath(d), {QStringLiteral("CREATE TABLE songs (title TEXT)"), QStringLiteral("INSERT INTO songs VALUES ('x')")});
        const QByteArray before = fileSha256(dbPath(d));
        auto db = Database::open(dbPath(d));
        QVERIFY(!db);
        QCOMPARE(db.error().code, QStringLiteral("database_foreign"));
        QCOMPARE(fileSha256(dbPath(d)), before);
    }

    void checkpointCopiesTheWal()
    {
        StoreFixture f;
        QVERIFY(f.open());
        auto &db = f.store->db();
        auto limit = db.run(QStringLiteral("PRAGMA wal_autocheckpoint"));
        QVERIFY(limit && limit.value().next());
        QCOMPARE(limit.value().value(0).toInt(), Database::kAutoCheckpointPages);
        {
            Transaction tx(db);
            for (int i = 0; i < 200; ++i)
                QVERIFY(db.run(QStringLiteral("INSERT INTO local_settings VALUES (?, ?)"), {QString::number(i), QString(500, QLatin1Char('x'))}));
            QVERIFY(tx.commit());
        }
        const qint64 walBytes = QFileInfo(db.path() + QStringLiteral("-wal")).size();
        QVERIFY(walBytes > 100 * 1024); // the rows are in the WAL, not yet in the database file
        const qint64 before = QFileInfo(db.path()).size();
        auto left = db.checkpoint();
        QVERIFY2(left, left ? "" : qPrintable(left.error().toString()));
        QCOMPARE(left.value(), 0);
        QVERIFY(QFileInfo(db.path()).size() > before);
        QCOMPARE(f.count(QStringLiteral("local_settings"), QStringLiteral("length(value) = 500")), 200);
    }

    void fullDurabilityIsPerTransaction()
    {
        StoreFixture f;
        QVERIFY(f.open());
        auto &db = f.store->db();
        const auto level = [&db] {
            auto r = db.run(QStringLiteral("PRAGMA synchronous"));
            return r && r.value().next() ? r.value().value(0).toInt() : -1;
        };
        {
            Transaction tx(db, Transaction::Durability::Full);
            QVERIFY(tx.isOpen());
            QCOMPARE(level(), 2); // FULL while the flushed transaction runs
            QVERIFY(db.run(QStringLiteral("INSERT INTO local_settings VALUES ('full', '1')")));
            QVERIFY(tx.commit());
        }
        QCOMPARE(level(), 1);
        {
            Transaction tx(db, Transaction::Durability::Full);
            QVERIFY(db.run(QStringLiteral("INSERT INTO local_settings VALUES ('rolled-back', '1')")));
        }
        QCOMPARE(level(), 1);
        QCOMPARE(f.count(QStringLiteral("local_settings"), QStringLiteral("key IN ('full', 'rolled-back')")), 1);
    }

    void transactionRollsBackUnlessCommitted()
    {
        StoreFixture f;
        QVERIFY(f.open());
        auto &db = f.store->db();
        {
            Transaction tx(db);
            QVERIFY(tx.isOpen());
            QVERIFY(db.run(QStringLiteral("INSERT INTO local_settings VALUES ('a', '1')")));
            {
                Transaction inner(db); // a savepoint
                QVERIFY(db.run(QStringLiteral("INSERT INTO local_settings VALUES ('b', '2')")));
                // not committed: only the inner work is undone
            }
            QVERIFY(tx.commit());
        }
        QCOMPARE(f.count(QStringLiteral("local_settings"), QStringLiteral("key = 'a'")), 1);
        QCOMPARE(f.count(QStringLiteral("local_settings"), QStringLiteral("key = 'b'")), 0);
        {
            Transaction tx(db);
            QVERIFY(db.run(QStringLiteral("INSERT INTO local_settings VALUES ('c', '3')")));
        }
        QCOMPARE(f.count(QStringLiteral("local_settings"), QStringLiteral("key = 'c'")), 0);
        QCOMPARE(db.transactionDepth(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
