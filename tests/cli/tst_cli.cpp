#include "creditcode.h"
#include "entitycatalog.h"
#include "mobilephone.h"
#include "residentid.h"
#include "searchindex.h"
#include "store.h"
#include "ticketworkflow.h"
#include "vehicleplate.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

/**
 * fielddesk-cli end to end: the real binary, run with QProcess against stores in temporary
 * folders. Every test ends by looking at the database itself, not at what the tool printed.
 */
class TestCli : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };

    static Run cli(const QStringList &args, int timeoutMs = 180000)
    {
        QProcess p;
        p.setProgram(QStringLiteral(FIELDDESK_CLI));
        p.setArguments(args);
        p.start();
        Run r;
        if (!p.waitForFinished(timeoutMs)) {
            p.kill();
            p.waitForFinished();
            r.err = u"timed out"_s;
            return r;
        }
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    /** The value of a "key: value" line the tool printed. */
    static QString field(const QString &out, const QString &key)
    {
        const QRegularExpression re(u"^"_s + QRegularExpression::escape(key) + u": (.*)$"_s, QRegularExpression::MultilineOption);
        return re.match(out).captured(1).trimmed();
    }

    /** A read-only connection to the store in @p dir; removed when the test function ends. */
    class Db
    {
    public:
        explicit Db(const QString &dir) : m_name(QUuid::createUuid().toString())
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
            db.setDatabaseName(dir + u"/fielddesk.db"_s);
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
            m_ok = db.open();
        }
        ~Db()
        {
            QSqlDatabase::database(m_name).close();
            QSqlDatabase::removeDatabase(m_name);
        }
        [[nodiscard]] bool ok() const { return m_ok; }
        qint64 scalar(const QString &sql)
        {
            QSqlQuery q(QSqlDatabase::database(m_name));
            if (!q.exec(sql) || !q.next()) {
                qWarning() << sql << q.lastError().text();
                return -1;
            }
            return q.value(0).toLongLong();
        }
        QList<QStringList> rows(const QString &sql)
        {
            QSqlQuery q(QSqlDatabase::database(m_name));
            QList<QStringList> out;
            if (!q.exec(sql)) {
                qWarning() << sql << q.lastError().text();
                return out;
            }
            while (q.next()) {
                QStringList row;
                for (int i = 0; i < q.record().count(); ++i)
                    row << q.value(i).toString();
                out << row;
            }
            return out;
        }

    private:
        QString m_name;
        bool m_ok = false;
    };

    static QByteArray sha256(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
    }

    /** init + one staff member with every role. */
    static bool setUp(const QString &dir)
    {
        const Run init = cli({u"--data"_s, dir, u"init"_s, u"--outlet-code"_s, u"0101"_s, u"--outlet-name"_s,
                              u"合肥政务区网点"_s, u"--device-code"_s, u"01"_s, u"--mode"_s, u"counter"_s});
        const Run staff = cli({u"--data"_s, dir, u"staff"_s, u"add"_s, u"--no"_s, u"S001"_s, u"--name"_s, u"王建国"_s,
                               u"--roles"_s, u"crew,counter,supervisor"_s, u"--pin"_s, u"1234"_s});
        if (init.code != 0 || staff.code != 0) {
            qWarning() << init.err << staff.err;
            return false;
        }
        return true;
    }

    QStringList demoArgs(const QString &dir, int seed)
    {
        return {u"--data"_s, dir, u"demo"_s, u"--customers"_s, u"50"_s, u"--tickets"_s, u"300"_s, u"--seed"_s, QString::number(seed)};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(QFile::exists(QStringLiteral(FIELDDESK_CLI)), FIELDDESK_CLI);
    }

    void helpListsEveryCommand()
    {
        const Run r = cli({u"--help"_s});
        QCOMPARE(r.code, 0);
        const QStringList commands = {u"init"_s, u"staff add"_s, u"staff list"_s, u"crew add"_s, u"crew list"_s,
                                      u"customer add"_s, u"customer show"_s, u"ticket create"_s, u"ticket apply"_s,
                                      u"ticket show"_s, u"ticket list"_s, u"ticket overdue"_s, u"search"_s, u"status"_s,
                                      u"demo"_s};
        for (const QString &c : commands) {
            // Each on its own line with a description after it.
            const QRegularExpression line(u"^  "_s + QRegularExpression::escape(c) + u"\\b.*\\S\\s{2,}\\S+"_s,
                                          QRegularExpression::MultilineOption);
            QVERIFY2(line.match(r.out).hasMatch(), qPrintable(c));
        }
        QVERIFY(r.out.contains(u"Exit codes"_s));
    }

    void commandHelpShowsItsOptions()
    {
        const Run customer = cli({u"customer"_s, u"add"_s, u"--help"_s});
        QCOMPARE(customer.code, 0);
        for (const QString &o : {u"--name"_s, u"--id-number"_s, u"--phone"_s, u"--kind"_s, u"--credit-code"_s, u"--agent-name"_s,
                                 u"--agent-id"_s})
            QVERIFY2(customer.out.contains(o), qPrintable(o));
        const Run demo = cli({u"demo"_s, u"--help"_s});
        QCOMPARE(demo.code, 0);
        for (const QString &o : {u"--customers"_s, u"--tickets"_s, u"--staff"_s, u"--crews"_s, u"--seed"_s, u"--outlet-code"_s})
            QVERIFY2(demo.out.contains(o), qPrintable(o));
        const Run apply = cli({u"ticket"_s, u"apply"_s, u"--help"_s});
        QVERIFY(apply.out.contains(u"TICKET EVENT"_s));
        QVERIFY(apply.out.contains(u"--staff"_s));
    }

    void usageErrorsExitWithTwo()
    {
        QTemporaryDir dir;
        QCOMPARE(cli({}).code, 2);
        QCOMPARE(cli({u"--data"_s, dir.path(), u"fly"_s}).code, 2);
        QCOMPARE(cli({u"--data"_s, dir.path(), u"staff"_s}).code, 2);                       // sub-command missing
        QCOMPARE(cli({u"--data"_s, dir.path(), u"ticket"_s, u"create"_s}).code, 2);         // --title missing
        QCOMPARE(cli({u"--data"_s, dir.path(), u"status"_s, u"--bogus"_s}).code, 2);
        QCOMPARE(cli({u"--data"_s, dir.path(), u"demo"_s, u"--tickets"_s, u"many"_s}).code, 2);
        QCOMPARE(cli({u"--data"_s, dir.path(), u"init"_s, u"--outlet-code"_s, u"1"_s, u"--device-code"_s, u"01"_s}).code, 2);
        // None of that created a store.
        QVERIFY(!QFile::exists(dir.path() + u"/fielddesk.db"_s));
    }

    void commandsNeedAStore()
    {
        QTemporaryDir dir;
        const Run r = cli({u"--data"_s, dir.path(), u"status"_s});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(u"init"_s));
        QVERIFY(!QFile::exists(dir.path() + u"/fielddesk.db"_s));
    }

    void invalidCustomerIsRefusedAndNothingSaved()
    {
        QTemporaryDir dir;
        QVERIFY(setUp(dir.path()));
        Db before(dir.path());
        const qint64 ops = before.scalar(u"SELECT count(*) FROM outbox"_s);
        QVERIFY(ops > 0);

        // Last character wrong (the valid number ends in X), and a phone that is too short.
        const Run r = cli({u"--data"_s, dir.path(), u"customer"_s, u"add"_s, u"--name"_s, u"张三丰"_s, u"--id-number"_s,
                           u"110105194912310021"_s, u"--phone"_s, u"1380013"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"--id-number"_s) && r.err.contains(u"check character"_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"--phone"_s), qPrintable(r.err)); // every problem at once

        Db db(dir.path());
        QCOMPARE(db.scalar(u"SELECT count(*) FROM customers"_s), 0);
        QCOMPARE(db.scalar(u"SELECT count(*) FROM outbox WHERE entity_kind = 'customer'"_s), 0);
        QCOMPARE(db.scalar(u"SELECT count(*) FROM outbox"_s), ops);
        QCOMPARE(db.scalar(u"SELECT count(*) FROM customer_search"_s), 0);
    }

    void validCustomerIsSavedWithOneOutboxOp()
    {
        QTemporaryDir dir;
        QVERIFY(setUp(dir.path()));
        Db before(dir.path());
        const qint64 ops = before.scalar(u"SELECT count(*) FROM outbox"_s);

        const Run r = cli({u"--data"_s, dir.path(), u"customer"_s, u"add"_s, u"--name"_s, u"张三丰"_s, u"--id-number"_s,
                           u"11010519491231002x"_s, u"--phone"_s, u"+86 138 0013 8000"_s, u"--staff"_s, u"S001"_s});
        QCOMPARE(r.code, 0);
        const QString id = field(r.out, u"id"_s);
        QVERIFY(!id.isEmpty());

        Db db(dir.path());
        QCOMPARE(db.scalar(u"SELECT count(*) FROM customers"_s), 1);
        QCOMPARE(db.rows(u"SELECT id_number, phone, gender FROM customers"_s).value(0),
                 (QStringList{u"11010519491231002X"_s, u"13800138000"_s, u"female"_s}));
        QCOMPARE(db.scalar(u"SELECT count(*) FROM outbox"_s), ops + 1);
        QCOMPARE(db.scalar(u"SELECT count(*) FROM outbox WHERE entity_kind = 'customer' AND kind = 'customer.create' AND entity_id = '%1'"_s.arg(id)), 1);
        QCOMPARE(db.scalar(u"SELECT count(*) FROM customer_search"_s), 1);
    }

    void lossReportIsTakenOfflineAndListed()
    {
        QTemporaryDir dir;
        QVERIFY(setUp(dir.path()));
        const QString card = u"34012226010000000007"_s;
        const Run bad = cli({u"--data"_s, dir.path(), u"etc"_s, u"report-loss"_s, u"--card-no"_s, u"3401"_s, u"--staff"_s, u"S001"_s});
        QCOMPARE(bad.code, 1);
        const Run noId = cli({u"--data"_s, dir.path(), u"etc"_s, u"report-loss"_s, u"--card-no"_s, card});
        QCOMPARE(noId.code, 1);
        QVERIFY(noId.err.contains(u"ID"_s));
        Db empty(dir.path());
        QCOMPARE(empty.scalar(u"SELECT count(*) FROM loss_reports"_s), 0);

        const Run r = cli({u"--data"_s, dir.path(), u"etc"_s, u"report-loss"_s, u"--card-no"_s, u"3401 2226 0100 0000 0007"_s,
                           u"--name"_s, u"张三丰"_s, u"--staff"_s, u"S001"_s});
        QCOMPARE(r.code, 0);
        QCOMPARE(field(r.out, u"state"_s), u"pending"_s);
        QCOMPARE(field(r.out, u"card_no"_s), card);
        const QString id = field(r.out, u"id"_s);
        Db db(dir.path());
        QCOMPARE(db.scalar(u"SELECT count(*) FROM outbox WHERE kind = 'etc.report_loss' AND entity_id = '%1' AND priority = 0"_s.arg(id)), 1);
        const Run losses = cli({u"--data"_s, dir.path(), u"etc"_s, u"losses"_s});
        QCOMPARE(losses.code, 0);
        QVERIFY2(losses.out.contains(id + u' ' + card) && losses.out.contains(u"pending"_s), qPrintable(losses.out));
        Run list = cli({u"--data"_s, dir.path(), u"etc"_s, u"list"_s, u"--card-no"_s, card});
        QCOMPARE(list.code, 0);
        QCOMPARE(field(list.out, u"version"_s), u"0"_s);
        QCOMPARE(field(list.out, u"current_at"_s), u"never"_s);
        QCOMPARE(field(list.out, u"listed"_s), u"0"_s);

        // The list entry as a pull brings it: the card is listed and the report frozen.
        {
            QSqlDatabase sql = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"cli-list"_s);
            sql.setDatabaseName(dir.filePath(u"fielddesk.db"_s));
            QVERIFY(sql.open());
            QSqlQuery q(sql);
            QVERIFY(q.exec(u"INSERT INTO status_list (id, list_version, media_kind, media_no, action, reason, at, created_at)"
                           " VALUES ('e1', 4, 'card', '%1', 'add', 'lost', 1000, 1000)"_s.arg(card)));
            sql.close();
        }
        QSqlDatabase::removeDatabase(u"cli-list"_s);
        list = cli({u"--data"_s, dir.path(), u"etc"_s, u"list"_s, u"--card-no"_s, card});
        QCOMPARE(list.code, 0);
        QCOMPARE(field(list.out, u"version"_s), u"4"_s);
        QVERIFY2(list.out.contains(u"on_list: yes"_s) && list.out.contains(u"reason: lost"_s), qPrintable(list.out));
        const Run frozen = cli({u"--data"_s, dir.path(), u"etc"_s, u"losses"_s});
        QVERIFY2(frozen.out.contains(u"frozen list_version=4"_s), qPrintable(frozen.out));
    }

    void ticketMovesOnlyByLegalEvents()
    {
        QTemporaryDir dir;
        QVERIFY(setUp(dir.path()));
        const Run created = cli({u"--data"_s, dir.path(), u"ticket"_s, u"create"_s, u"--title"_s, u"OBU 无法识别"_s, u"--address"_s,
                                 u"合肥西收费站 3 号车道"_s, u"--phone"_s, u"139 5511 2233"_s, u"--urgency"_s, u"1"_s, u"--impact"_s,
                                 u"2"_s, u"--staff"_s, u"S001"_s});
        QCOMPARE(created.code, 0);
        const QString id = field(created.out, u"id"_s);
        const QString number = field(created.out, u"ticket_no"_s);
        QCOMPARE(number, u"T-0101-01-000001"_s);

        const Run sent = cli({u"--data"_s, dir.path(), u"ticket"_s, u"apply"_s, number, u"send"_s, u"--staff"_s, u"S001"_s});
        QCOMPARE(sent.code, 0);
        Db afterSend(dir.path());
        const qint64 ops = afterSend.scalar(u"SELECT count(*) FROM outbox"_s);
        const qint64 events = afterSend.scalar(u"SELECT count(*) FROM ticket_events"_s);
        QCOMPARE(events, 2);

        // Accepting needs a crew to have it first.
        const Run illegal = cli({u"--data"_s, dir.path(), u"ticket"_s, u"apply"_s, id, u"accept"_s, u"--staff"_s, u"S001"_s});
        QCOMPARE(illegal.code, 1);
        QVERIFY2(illegal.err.contains(u"illegal_transition"_s) && illegal.err.contains(u"receive"_s), qPrintable(illegal.err));
        // Unknown staff and unknown tickets fail too; an unknown event is a usage error.
        QCOMPARE(cli({u"--data"_s, dir.path(), u"ticket"_s, u"apply"_s, id, u"receive"_s, u"--staff"_s, u"S999"_s}).code, 1);
        QCOMPARE(cli({u"--data"_s, dir.path(), u"ticket"_s, u"apply"_s, u"T-0101-01-999999"_s, u"receive"_s, u"--staff"_s, u"S001"_s}).code, 1);
        QCOMPARE(cli({u"--data"_s, dir.path(), u"ticket"_s, u"apply"_s, id, u"teleport"_s, u"--staff"_s, u"S001"_s}).code, 2);

        Db db(dir.path());
        QCOMPARE(db.rows(u"SELECT state FROM tickets WHERE id = '%1'"_s.arg(id)).value(0).value(0), u"sent"_s);
        QCOMPARE(db.scalar(u"SELECT count(*) FROM outbox"_s), ops);
        QCOMPARE(db.scalar(u"SELECT count(*) FROM ticket_events"_s), events);
        QCOMPARE(db.rows(u"SELECT contact_phone, priority FROM tickets"_s).value(0), (QStringList{u"13955112233"_s, u"2"_s}));
    }

    void searchFindsAChineseNameFragment()
    {
        QTemporaryDir dir;
        QVERIFY(setUp(dir.path()));
        QCOMPARE(cli({u"--data"_s, dir.path(), u"customer"_s, u"add"_s, u"--name"_s, u"张三丰"_s, u"--id-number"_s,
                      u"11010519491231002X"_s, u"--phone"_s, u"13800138000"_s, u"--plate"_s, u"皖A12345"_s, u"--plate-colour"_s,
                      u"blue"_s})
                     .code,
                 0);
        QCOMPARE(cli({u"--data"_s, dir.path(), u"ticket"_s, u"create"_s, u"--title"_s, u"车道抬杆失败"_s}).code, 0);

        const Run name = cli({u"--data"_s, dir.path(), u"search"_s, u"三丰"_s});
        QCOMPARE(name.code, 0);
        QCOMPARE(field(name.out, u"customers"_s), u"1"_s);
        QVERIFY(name.out.contains(u"张三丰"_s));
        const Run tail = cli({u"--data"_s, dir.path(), u"search"_s, u"8000"_s});
        QCOMPARE(field(tail.out, u"customers"_s), u"1"_s);
        const Run plate = cli({u"--data"_s, dir.path(), u"search"_s, u"皖A12345"_s});
        QCOMPARE(field(plate.out, u"customers"_s), u"1"_s);
        const Run title = cli({u"--data"_s, dir.path(), u"search"_s, u"抬杆"_s});
        QCOMPARE(field(title.out, u"tickets"_s), u"1"_s);
        const Run none = cli({u"--data"_s, dir.path(), u"search"_s, u"李四"_s});
        QCOMPARE(field(none.out, u"customers"_s), u"0"_s);

        Db db(dir.path());
        QCOMPARE(db.scalar(u"SELECT count(*) FROM vehicles WHERE plate = '皖A12345'"_s), 1);
    }

    void demoCoversEveryStateWithValidData()
    {
        QTemporaryDir dir;
        const Run r = cli(demoArgs(dir.path(), 7));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(u"PIN"_s));
        QVERIFY(r.out.contains(u"demo_rates"_s));

        Db db(dir.path());
        QVERIFY(db.ok());
        QCOMPARE(db.scalar(u"SELECT count(*) FROM customers"_s), 50);
        QCOMPARE(db.scalar(u"SELECT count(*) FROM tickets"_s), 300);

        // Every workflow state.
        QSet<QString> states;
        for (const QStringList &row : db.rows(u"SELECT DISTINCT state FROM tickets"_s))
            states << row.at(0);
        for (int s = 0; s < fd::TicketWorkflow::kStateCount; ++s)
            QVERIFY2(states.contains(fd::TicketWorkflow::toString(fd::TicketState(s))),
                     qPrintable(fd::TicketWorkflow::toString(fd::TicketState(s))));

        // Every number passes the validators in core.
        const QDate today = QDateTime::currentDateTimeUtc().date();
        int individuals = 0;
        int corporates = 0;
        for (const QStringList &c : db.rows(u"SELECT kind, id_number, credit_code, agent_id_number, phone, name FROM customers"_s)) {
            if (c.at(0) == u"individual"_s) {
                auto id = fd::ResidentId::parse(c.at(1), today);
                QVERIFY2(id && id->number == c.at(1), qPrintable(c.at(1)));
                ++individuals;
            } else {
                QVERIFY2(fd::CreditCode::parse(c.at(2)), qPrintable(c.at(2)));
                QVERIFY2(fd::ResidentId::parse(c.at(3), today), qPrintable(c.at(3)));
                ++corporates;
            }
            auto phone = fd::MobilePhone::parse(c.at(4));
            QVERIFY2(phone && phone.value() == c.at(4), qPrintable(c.at(4)));
            QVERIFY(c.at(5).size() >= 2);
        }
        QVERIFY(individuals > 0);
        QCOMPARE(db.scalar(u"SELECT count(DISTINCT id_number) FROM customers WHERE kind = 'individual'"_s), individuals);
        for (const QStringList &v : db.rows(u"SELECT plate, plate_colour FROM vehicles"_s)) {
            auto plate = fd::VehiclePlate::parse(v.at(0));
            QVERIFY2(plate && plate->plate == v.at(0), qPrintable(v.at(0)));
            const auto colour = fd::VehiclePlate::colourFromString(v.at(1));
            QVERIFY(colour);
            QVERIFY2(fd::VehiclePlate::colourMatches(plate.value(), *colour), qPrintable(v.join(u' ')));
        }
        for (const QStringList &p : db.rows(u"SELECT vehicle_plate FROM crews"_s))
            QVERIFY2(fd::VehiclePlate::parse(p.at(0)), qPrintable(p.at(0)));
        for (const QStringList &p : db.rows(u"SELECT contact_phone FROM tickets UNION ALL SELECT phone FROM staff"_s))
            QVERIFY2(fd::MobilePhone::parse(p.at(0)), qPrintable(p.at(0)));
        QCOMPARE(db.scalar(u"SELECT count(*) FROM cards WHERE length(card_no) != 20 OR card_no NOT GLOB '3401[0-9]*'"_s), 0);
        QVERIFY(db.scalar(u"SELECT count(*) FROM vehicles"_s) >= 50);
        QCOMPARE(db.scalar(u"SELECT count(*) FROM cards"_s), db.scalar(u"SELECT count(*) FROM vehicles"_s));
        QCOMPARE(db.scalar(u"SELECT count(*) FROM obus"_s), db.scalar(u"SELECT count(*) FROM vehicles"_s));

        // The organisation: outlets in several provinces, every role, crews with members, one active notice.
        QVERIFY(db.scalar(u"SELECT count(DISTINCT province) FROM outlets WHERE province != ''"_s) >= 3);
        for (const QString &role : {u"crew"_s, u"counter"_s, u"finance"_s, u"supervisor"_s, u"admin"_s})
            QVERIFY2(db.scalar(u"SELECT count(*) FROM staff_roles WHERE role = '%1'"_s.arg(role)) > 0, qPrintable(role));
        QCOMPARE(db.scalar(u"SELECT count(*) FROM crews c WHERE NOT EXISTS (SELECT 1 FROM crew_members m WHERE m.crew_id = c.id)"_s), 0);
        QCOMPARE(db.scalar(u"SELECT count(*) FROM outage_notices WHERE state = 'active'"_s), 1);

        // Every synced row has its outbox op; every customer and ticket its search document.
        for (const fd::EntityDef &e : fd::EntityCatalog::all()) {
            const qint64 rows = db.scalar(u"SELECT count(*) FROM %1"_s.arg(e.table));
            const qint64 ops = db.scalar(u"SELECT count(*) FROM outbox WHERE entity_kind = '%1'"_s.arg(e.name));
            QVERIFY2(rows == ops, qPrintable(u"%1: %2 rows, %3 ops"_s.arg(e.name).arg(rows).arg(ops)));
        }
        QCOMPARE(db.scalar(u"SELECT count(*) FROM customer_search"_s), 50);
        QCOMPARE(db.scalar(u"SELECT count(*) FROM ticket_search s JOIN tickets t ON t.local_no = s.rowid"_s), 300);

        // Every timeline is a legal walk of TicketWorkflow that ends in the ticket's state at its state_at.
        QHash<QString, QList<QStringList>> timelines;
        for (const QStringList &e : db.rows(u"SELECT ticket_id, event, from_state, to_state, at FROM ticket_events"
                                            " WHERE kind = 'transition' ORDER BY ticket_id, at, id"_s))
            timelines[e.at(0)] << e;
        for (const QStringList &t : db.rows(u"SELECT id, state, state_at, ticket_no, crew_id FROM tickets"_s)) {
            const QList<QStringList> &steps = timelines.value(t.at(0));
            QVERIFY(!steps.isEmpty());
            QCOMPARE(steps.front().at(1), u"report"_s);
            fd::TicketState state = fd::TicketState::Reported;
            for (qsizetype i = 1; i < steps.size(); ++i) {
                QCOMPARE(steps.at(i).at(2), fd::TicketWorkflow::toString(state));
                const auto event = fd::TicketWorkflow::eventFromString(steps.at(i).at(1));
                QVERIFY(event);
                auto next = fd::TicketWorkflow::apply(state, *event);
                QVERIFY2(next, qPrintable(t.at(3)));
                QCOMPARE(steps.at(i).at(3), fd::TicketWorkflow::toString(next.value()));
                state = next.value();
            }
            QCOMPARE(fd::TicketWorkflow::toString(state), t.at(1));
            QCOMPARE(steps.back().at(4), t.at(2));
            const bool withCrew = state >= fd::TicketState::Dispatched && state <= fd::TicketState::Arrived;
            if (withCrew)
                QVERIFY2(!t.at(4).isEmpty(), qPrintable(t.at(3)));
        }

        // Chase and alert entries fall inside their ticket's story.
        QCOMPARE(db.scalar(u"SELECT count(*) FROM ticket_events e JOIN tickets t ON t.id = e.ticket_id"
                           " WHERE e.at > t.state_at OR e.at < t.reported_at"_s), 0);
        QVERIFY(db.scalar(u"SELECT count(*) FROM ticket_events WHERE kind IN ('chase', 'alert')"_s) > 0);

        // Some tickets are overdue, some are still within their step's limit.
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(db.scalar(u"SELECT count(*) FROM tickets WHERE due_at < %1"_s.arg(now)) > 0);
        QVERIFY(db.scalar(u"SELECT count(*) FROM tickets WHERE due_at > %1"_s.arg(now)) > 0);
        // The device's own ticket counter continues after the demo's numbers.
        const qint64 seq = db.scalar(u"SELECT CAST(value AS INTEGER) FROM local_settings WHERE key = 'seq:ticket'"_s);
        QCOMPARE(db.scalar(u"SELECT count(*) FROM tickets WHERE ticket_no LIKE 'T-0101-01-%'"_s), seq);
    }

    void demoSearchDocumentsMatchTheStoresOwn()
    {
        // The demo writes ticket search documents itself (for speed); they must be exactly what
        // SearchIndex::indexTicket would write.
        QTemporaryDir dir;
        QCOMPARE(cli(demoArgs(dir.path(), 11)).code, 0);
        fd::SystemClock clock;
        auto store = fd::Store::open(dir.path(), clock);
        QVERIFY(store);
        fd::Database &db = store.value()->db();
        auto ids = db.run(u"SELECT id, local_no FROM tickets ORDER BY local_no"_s);
        QVERIFY(ids);
        QList<QPair<QString, qint64>> tickets;
        while (ids.value().next())
            tickets.append({ids.value().value(0).toString(), ids.value().value(1).toLongLong()});
        ids.value().finish();
        QCOMPARE(tickets.size(), 300);
        const auto document = [&](qint64 rowid) {
            auto r = db.run(u"SELECT doc, rev FROM ticket_search WHERE rowid = ?"_s, {rowid});
            return r && r.value().next() ? r.value().value(0).toString() + u'|' + r.value().value(1).toString() : QString();
        };
        fd::Transaction tx(db); // rolled back: the store stays as the demo left it
        fd::SearchIndex index(db);
        for (const auto &[id, rowid] : std::as_const(tickets)) {
            const QString demo = document(rowid);
            QVERIFY(!demo.isEmpty());
            QVERIFY(index.indexTicket(id));
            QCOMPARE(document(rowid), demo);
        }
    }

    void demoIsDeterministicForASeed()
    {
        QTemporaryDir a;
        QTemporaryDir b;
        QTemporaryDir c;
        QCOMPARE(cli(demoArgs(a.path(), 7)).code, 0);
        QCOMPARE(cli(demoArgs(b.path(), 7)).code, 0);
        QCOMPARE(cli(demoArgs(c.path(), 8)).code, 0);
        const QString names = u"SELECT name, phone FROM customers ORDER BY customer_no"_s;
        const QString staff = u"SELECT staff_no, name FROM staff ORDER BY staff_no"_s;
        const QString tickets = u"SELECT ticket_no, state, title, contact_name FROM tickets ORDER BY local_no"_s;
        const QString plates = u"SELECT plate FROM vehicles ORDER BY plate"_s;
        Db da(a.path());
        Db db(b.path());
        Db dc(c.path());
        QCOMPARE(da.rows(names).size(), 50);
        QCOMPARE(da.rows(names), db.rows(names));
        QCOMPARE(da.rows(staff), db.rows(staff));
        QCOMPARE(da.rows(tickets), db.rows(tickets));
        QCOMPARE(da.rows(plates), db.rows(plates));
        QVERIFY(da.rows(names) != dc.rows(names));
    }

    void demoRefusesAStoreWithData()
    {
        QTemporaryDir dir;
        QVERIFY(setUp(dir.path()));
        QCOMPARE(cli({u"--data"_s, dir.path(), u"customer"_s, u"add"_s, u"--name"_s, u"张三丰"_s, u"--id-number"_s,
                      u"11010519491231002X"_s, u"--phone"_s, u"13800138000"_s})
                     .code,
                 0);
        const Run r = cli(demoArgs(dir.path(), 7));
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(u"demo_not_empty"_s));
        Db db(dir.path());
        QCOMPARE(db.scalar(u"SELECT count(*) FROM customers"_s), 1);
    }

    void corruptDataFileIsReportedAndLeftUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.path() + u"/fielddesk.db"_s;
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QByteArray junk("SQLite format 3");
            junk.append('\0');
            for (int i = 0; i < 8192; ++i)
                junk.append(char((i * 131 + 7) % 251));
            f.write(junk);
        }
        const QByteArray before = sha256(path);
        for (const QStringList &args : {QStringList{u"status"_s}, QStringList{u"search"_s, u"张"_s},
                                        QStringList{u"customer"_s, u"add"_s, u"--name"_s, u"张三丰"_s, u"--id-number"_s,
                                                    u"11010519491231002X"_s, u"--phone"_s, u"13800138000"_s},
                                        QStringList{u"demo"_s, u"--customers"_s, u"5"_s, u"--tickets"_s, u"5"_s}}) {
            const Run r = cli(QStringList{u"--data"_s, dir.path()} + args);
            QVERIFY2(r.code == 1 || r.code == 2, qPrintable(args.join(u' ')));
            QVERIFY2(r.err.contains(u"damaged"_s) || r.err.contains(u"not a FieldDesk"_s), qPrintable(r.err));
            QVERIFY2(r.err.contains(path), qPrintable(r.err)); // says which file
        }
        QCOMPARE(sha256(path), before);
        QVERIFY(!QFile::exists(path + u"-wal"_s));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
