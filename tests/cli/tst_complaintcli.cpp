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
 * fielddesk-cli's complaint and case look-up commands end to end: the real binary against stores
 * in temporary folders. Each test ends by looking at the database itself.
 */
class TestComplaintCli : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };

    static Run cli(const QStringList &args)
    {
        QProcess p;
        p.setProgram(QStringLiteral(FIELDDESK_CLI));
        p.setArguments(args);
        p.start();
        Run r;
        if (!p.waitForFinished(120000)) {
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

    /** cli() in the data folder @p dir. */
    static Run in(const QString &dir, const QStringList &args) { return cli(QStringList{u"--data"_s, dir} + args); }

    /** The value of a "key: value" line the tool printed. */
    static QString field(const QString &out, const QString &key)
    {
        const QRegularExpression re(u"^"_s + QRegularExpression::escape(key) + u": (.*)$"_s, QRegularExpression::MultilineOption);
        return re.match(out).captured(1).trimmed();
    }

    /** A read-only connection to the store in @p dir; removed when it goes out of scope. */
    class Db
    {
    public:
        explicit Db(const QString &dir) : m_name(QUuid::createUuid().toString())
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
            db.setDatabaseName(dir + u"/fielddesk.db"_s);
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
            db.open();
        }
        ~Db()
        {
            QSqlDatabase::database(m_name).close();
            QSqlDatabase::removeDatabase(m_name);
        }
        qint64 scalar(const QString &sql)
        {
            QSqlQuery q(QSqlDatabase::database(m_name));
            if (!q.exec(sql) || !q.next()) {
                qWarning() << sql << q.lastError().text();
                return -1;
            }
            return q.value(0).toLongLong();
        }
        QStringList row(const QString &sql)
        {
            QSqlQuery q(QSqlDatabase::database(m_name));
            QStringList out;
            if (!q.exec(sql) || !q.next()) {
                qWarning() << sql << q.lastError().text();
                return out;
            }
            for (int i = 0; i < q.record().count(); ++i)
                out << q.value(i).toString();
            return out;
        }

    private:
        QString m_name;
    };

    /** init + one staff member who may do everything with complaints. */
    static bool setUp(const QString &dir)
    {
        const Run init = in(dir, {u"init"_s, u"--outlet-code"_s, u"0101"_s, u"--outlet-name"_s, u"合肥政务区网点"_s,
                                  u"--device-code"_s, u"01"_s, u"--mode"_s, u"counter"_s});
        const Run staff = in(dir, {u"staff"_s, u"add"_s, u"--no"_s, u"S001"_s, u"--name"_s, u"王建国"_s, u"--roles"_s,
                                   u"counter,supervisor"_s, u"--pin"_s, u"1234"_s});
        if (init.code != 0 || staff.code != 0) {
            qWarning() << init.err << staff.err;
            return false;
        }
        return true;
    }

    static QStringList registerArgs()
    {
        return {u"complaint"_s, u"register"_s, u"--name"_s, u"陈静"_s, u"--phone"_s, u"138 0013 8000"_s, u"--category"_s,
                u"service"_s, u"--content"_s, u"柜员办理充值时态度冷淡，等候四十分钟无人解释。"_s, u"--staff"_s, u"S001"_s};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(QFile::exists(QStringLiteral(FIELDDESK_CLI)), FIELDDESK_CLI);
    }

    void helpListsTheCommands()
    {
        const Run r = cli({u"--help"_s});
        QCOMPARE(r.code, 0);
        for (const QString &c : {u"complaint register"_s, u"complaint apply COMPLAINT EVENT"_s, u"complaint show COMPLAINT"_s,
                                 u"complaint list"_s, u"case lookup NUMBER"_s}) {
            const QRegularExpression line(u"^  "_s + QRegularExpression::escape(c) + u"\\s{2,}\\S+"_s,
                                          QRegularExpression::MultilineOption);
            QVERIFY2(line.match(r.out).hasMatch(), qPrintable(c));
        }
        const Run reg = cli({u"complaint"_s, u"register"_s, u"--help"_s});
        QCOMPARE(reg.code, 0);
        for (const QString &o : {u"--name"_s, u"--phone"_s, u"--category"_s, u"--content"_s, u"--channel"_s, u"--emergency"_s,
                                 u"--staff"_s})
            QVERIFY2(reg.out.contains(o), qPrintable(o));
        const Run apply = cli({u"complaint"_s, u"apply"_s, u"--help"_s});
        QVERIFY(apply.out.contains(u"dispatch, start, reply, satisfied, unsatisfied, escalate, archive"_s));
    }

    void usageErrorsExitWithTwo()
    {
        QTemporaryDir dir;
        QCOMPARE(in(dir.path(), {u"complaint"_s}).code, 2); // sub-command missing
        QCOMPARE(in(dir.path(), {u"complaint"_s, u"register"_s, u"--name"_s, u"陈静"_s}).code, 2); // --category missing
        QCOMPARE(in(dir.path(), {u"case"_s, u"lookup"_s, u"C-0101-01-000001"_s}).code, 2);     // --phone missing
        QCOMPARE(in(dir.path(), {u"complaint"_s, u"list"_s, u"--limit"_s, u"many"_s}).code, 2);
        QVERIFY(!QFile::exists(dir.path() + u"/fielddesk.db"_s));
    }

    void registerSavesOneComplaintOrNothing()
    {
        QTemporaryDir dir;
        QVERIFY(setUp(dir.path()));
        const qint64 ops = Db(dir.path()).scalar(u"SELECT count(*) FROM outbox"_s);
        // 1. Bad input: exit 1, the option named, nothing saved.
        QStringList bad = registerArgs();
        bad[bad.indexOf(u"service"_s)] = u"rudeness"_s;
        const Run category = in(dir.path(), bad);
        QCOMPARE(category.code, 1);
        QVERIFY2(category.err.contains(u"--category"_s), qPrintable(category.err));
        bad = registerArgs();
        bad[bad.indexOf(u"138 0013 8000"_s)] = u"1380013"_s;
        const Run phone = in(dir.path(), bad);
        QCOMPARE(phone.code, 1);
        QVERIFY2(phone.err.contains(u"--phone"_s), qPrintable(phone.err));
        QCOMPARE(in(dir.path(), registerArgs() << u"--channel"_s << u"fax"_s).code, 1);
        QCOMPARE(in(dir.path(), QStringList(registerArgs()).replaceInStrings(u"S001"_s, u"S999"_s)).code, 1);
        {
            Db db(dir.path());
            QCOMPARE(db.scalar(u"SELECT count(*) FROM complaints"_s), 0);
            QCOMPARE(db.scalar(u"SELECT count(*) FROM outbox"_s), ops);
        }
        // 2. Good input: numbered on this device, owned by the staff member, two ops.
        const Run r = in(dir.path(), registerArgs() << u"--emergency"_s);
        QCOMPARE(r.code, 0);
        QCOMPARE(field(r.out, u"complaint_no"_s), u"C-0101-01-000001"_s);
        QCOMPARE(field(r.out, u"state"_s), u"registered"_s);
        QCOMPARE(field(r.out, u"emergency"_s), u"yes"_s);
        QCOMPARE(field(r.out, u"next_events"_s), u"dispatch,escalate"_s);
        Db db(dir.path());
        const QString staff = db.row(u"SELECT id FROM staff WHERE staff_no = 'S001'"_s).value(0);
        QCOMPARE(db.row(u"SELECT complainant_phone, owner_staff_id, category, emergency, due_at - received_at FROM complaints"_s),
                 (QStringList{u"13800138000"_s, staff, u"service"_s, u"1"_s, QString::number(2 * 3600 * 1000)}));
        QCOMPARE(db.scalar(u"SELECT count(*) FROM outbox"_s), ops + 2);
        QCOMPARE(db.scalar(u"SELECT count(*) FROM outbox WHERE kind = 'complaint.register'"_s), 1);
        QCOMPARE(db.scalar(u"SELECT count(*) FROM complaint_events WHERE kind = 'register'"_s), 1);
    }

    void applyMovesOnlyByLegalEvents()
    {
        QTemporaryDir dir;
        QVERIFY(setUp(dir.path()));
        const Run created = in(dir.path(), registerArgs());
        QCOMPARE(created.code, 0);
        const QString number = field(created.out, u"complaint_no"_s);
        const QString id = field(created.out, u"id"_s);
        const QStringList staff = {u"--staff"_s, u"S001"_s};
        // 1. Dispatch needs a department; archiving a registered complaint is illegal.
        const Run noDept = in(dir.path(), QStringList{u"complaint"_s, u"apply"_s, number, u"dispatch"_s} + staff);
        QCOMPARE(noDept.code, 1);
        QVERIFY2(noDept.err.contains(u"--department"_s), qPrintable(noDept.err));
        const Run illegal = in(dir.path(), QStringList{u"complaint"_s, u"apply"_s, id, u"archive"_s} + staff);
        QCOMPARE(illegal.code, 1);
        QVERIFY2(illegal.err.contains(u"illegal_transition"_s) && illegal.err.contains(u"allowed now: dispatch,escalate"_s),
                 qPrintable(illegal.err));
        QCOMPARE(in(dir.path(), QStringList{u"complaint"_s, u"apply"_s, id, u"teleport"_s} + staff).code, 2);
        QCOMPARE(in(dir.path(), QStringList{u"complaint"_s, u"apply"_s, u"C-0101-01-999999"_s, u"start"_s} + staff).code, 1);
        QCOMPARE(in(dir.path(), {u"complaint"_s, u"apply"_s, id, u"start"_s}).code, 2); // --staff is required
        const qint64 ops = Db(dir.path()).scalar(u"SELECT count(*) FROM outbox"_s);
        // 2. The whole way: dispatch, start, reply, satisfied, archive.
        const QList<QStringList> steps = {{u"dispatch"_s, u"--department"_s, u"客服部"_s},
                                          {u"start"_s},
                                          {u"reply"_s, u"--reply"_s, u"已致歉并安排柜员培训。"_s},
                                          {u"satisfied"_s},
                                          {u"archive"_s}};
        for (const QStringList &step : steps) {
            const Run r = in(dir.path(), QStringList{u"complaint"_s, u"apply"_s, number, step.front()} + staff + step.mid(1));
            QVERIFY2(r.code == 0, qPrintable(step.front() + u": "_s + r.err));
        }
        const Run shown = in(dir.path(), {u"complaint"_s, u"show"_s, number.toLower()});
        QCOMPARE(shown.code, 0);
        QCOMPARE(field(shown.out, u"state"_s), u"archived"_s);
        QCOMPARE(field(shown.out, u"verdict"_s), u"satisfied"_s);
        QCOMPARE(field(shown.out, u"department"_s), u"客服部"_s);
        QVERIFY(shown.out.contains(u"\treply\thandling -> replied\t已致歉并安排柜员培训。"_s));
        Db db(dir.path());
        QCOMPARE(db.scalar(u"SELECT count(*) FROM outbox"_s), ops + 2 * steps.size());
        QCOMPARE(db.scalar(u"SELECT count(*) FROM complaint_events"_s), 1 + steps.size());
        QCOMPARE(db.row(u"SELECT state, reply FROM complaints"_s), (QStringList{u"archived"_s, u"已致歉并安排柜员培训。"_s}));
    }

    void listShowsOpenComplaintsByDeadline()
    {
        QTemporaryDir dir;
        QVERIFY(setUp(dir.path()));
        QCOMPARE(in(dir.path(), registerArgs()).code, 0);
        QCOMPARE(in(dir.path(), registerArgs() << u"--emergency"_s).code, 0);
        const Run r = in(dir.path(), {u"complaint"_s, u"list"_s});
        QCOMPARE(r.code, 0);
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4); // header, two rows, count
        QVERIFY(lines.at(1).startsWith(u"C-0101-01-000002\tregistered"_s)); // the emergency is due first
        QVERIFY(lines.at(2).startsWith(u"C-0101-01-000001\tregistered"_s));
        const Run late = in(dir.path(), {u"complaint"_s, u"list"_s, u"--overdue"_s});
        QCOMPARE(late.code, 0);
        QVERIFY(late.out.contains(u"0 complaint(s)"_s));
        QCOMPARE(in(dir.path(), {u"complaint"_s, u"list"_s, u"--overdue"_s, u"--customer"_s, u"x"_s}).code, 2);
    }

    void caseLookupShowsAMaskedViewOnlyForNumberAndPhone()
    {
        QTemporaryDir dir;
        QVERIFY(setUp(dir.path()));
        QCOMPARE(in(dir.path(), registerArgs()).code, 0);
        const Run found = in(dir.path(), {u"case"_s, u"lookup"_s, u"c-0101-01-000001"_s, u"--phone"_s, u"13800138000"_s});
        QCOMPARE(found.code, 0);
        QCOMPARE(field(found.out, u"number"_s), u"C-0101-01-000001"_s);
        QCOMPARE(field(found.out, u"kind"_s), u"complaint"_s);
        QCOMPARE(field(found.out, u"name"_s), u"陈*"_s);
        QCOMPARE(field(found.out, u"phone"_s), u"138****8000"_s);
        // Nothing else of the complaint: no id, no content, no full name or number.
        QVERIFY(!found.out.contains(u"陈静"_s));
        QVERIFY(!found.out.contains(u"13800138000"_s));
        QVERIFY(!found.out.contains(u"柜员"_s));
        QVERIFY(!found.out.contains(u"id:"_s));
        // Wrong phone and wrong number: the same answer.
        const Run wrongPhone = in(dir.path(), {u"case"_s, u"lookup"_s, u"C-0101-01-000001"_s, u"--phone"_s, u"13800138001"_s});
        const Run wrongNumber = in(dir.path(), {u"case"_s, u"lookup"_s, u"C-0101-01-000002"_s, u"--phone"_s, u"13800138000"_s});
        QCOMPARE(wrongPhone.code, 1);
        QCOMPARE(wrongNumber.code, 1);
        QCOMPARE(wrongPhone.err, wrongNumber.err);
        QVERIFY(wrongPhone.out.isEmpty());
        QVERIFY(wrongPhone.err.contains(u"not_found"_s));
    }
};

QTEST_GUILESS_MAIN(TestComplaintCli)
#include "tst_complaintcli.moc"
