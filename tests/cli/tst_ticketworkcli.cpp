#include "finishchecklist.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLocale>
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
 * A repair ticket worked end to end with the real fielddesk-cli: from the report to the crew's
 * work record, the finish checklist and the callback that closes it. What the tool says is
 * checked against the database itself. The test functions are the steps of one ticket's life,
 * in order, on one store.
 */
class TestTicketWorkCli : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };

    QTemporaryDir m_dir;
    QString m_ticket; // its number
    QString m_ticketId;

    Run cli(const QStringList &args) const
    {
        QProcess p;
        p.setProgram(QStringLiteral(FIELDDESK_CLI));
        p.setArguments(QStringList{u"--data"_s, m_dir.path()} + args);
        p.start();
        Run r;
        if (!p.waitForFinished(60000)) {
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

    /** Runs a command that must succeed. */
    bool ok(const QStringList &args) const
    {
        const Run r = cli(args);
        if (r.code != 0)
            qWarning() << args << "exited with" << r.code << r.err;
        return r.code == 0;
    }

    /** Rows of @p sql on a read-only connection of its own. */
    QList<QStringList> rows(const QString &sql) const
    {
        const QString name = QUuid::createUuid().toString();
        QList<QStringList> out;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(m_dir.filePath(u"fielddesk.db"_s));
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
            QSqlQuery q(db);
            if (!db.open() || !q.exec(sql))
                qWarning() << sql << q.lastError().text();
            while (q.next()) {
                QStringList row;
                for (int i = 0; i < q.record().count(); ++i)
                    row << (q.value(i).isNull() ? u"NULL"_s : q.value(i).toString());
                out << row;
            }
        }
        QSqlDatabase::removeDatabase(name);
        return out;
    }

    QString value(const QString &sql) const { return rows(sql).value(0).value(0); }

    /** The whole store's row counts that a refused command must leave as they were. */
    QString counts() const
    {
        return rows(u"SELECT (SELECT count(*) FROM outbox), (SELECT count(*) FROM fault_records), (SELECT count(*) FROM ticket_parts),"
                    " (SELECT count(*) FROM attachments), (SELECT count(*) FROM ticket_checks), (SELECT count(*) FROM ticket_events),"
                    " (SELECT count(*) FROM callbacks), (SELECT count(*) FROM contact_log), (SELECT state FROM tickets)"_s)
            .value(0)
            .join(u' ');
    }

    static QString field(const QString &out, const QString &key)
    {
        const QRegularExpression re(u"^"_s + QRegularExpression::escape(key) + u": (.*)$"_s, QRegularExpression::MultilineOption);
        return re.match(out).captured(1).trimmed();
    }

    QString writeImage(const QString &name, const char *format, Qt::GlobalColor colour) const
    {
        QImage img(64, 48, QImage::Format_RGB32);
        img.fill(colour);
        const QString path = m_dir.filePath(name);
        if (!img.save(path, format))
            qWarning() << "cannot write" << path;
        return path;
    }

    static QString sha256(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QString::fromLatin1(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex());
    }

    /** The command is refused with @p code, names @p what on stderr, and nothing is written. */
    bool refused(const QStringList &args, int code, const QString &what) const
    {
        const QString before = counts();
        if (before.split(u' ').size() != 9) {
            qWarning() << "cannot count the store's rows:" << before;
            return false;
        }
        const Run r = cli(args);
        if (r.code != code || !r.err.contains(what)) {
            qWarning() << args << "exited with" << r.code << "(expected" << code << "naming" << what << "):" << r.err;
            return false;
        }
        if (counts() != before) {
            qWarning() << args << "changed the store:" << before << "->" << counts();
            return false;
        }
        return true;
    }

    /** "ticket" and its sub-command's arguments, then @p more (the staff, typically). */
    static QStringList work(const QStringList &args, const QStringList &more = {}) { return QStringList{u"ticket"_s} + args + more; }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(QFile::exists(QStringLiteral(FIELDDESK_CLI)), FIELDDESK_CLI);
        QVERIFY(m_dir.isValid());
        QVERIFY(ok({u"init"_s, u"--outlet-code"_s, u"0101"_s, u"--outlet-name"_s, u"合肥政务区网点"_s, u"--device-code"_s, u"01"_s,
                    u"--mode"_s, u"counter"_s}));
        QVERIFY(ok({u"staff"_s, u"add"_s, u"--no"_s, u"S001"_s, u"--name"_s, u"王建国"_s, u"--roles"_s, u"crew,counter"_s, u"--pin"_s,
                    u"1234"_s}));
        QVERIFY(ok({u"crew"_s, u"add"_s, u"--name"_s, u"政务区维修一班"_s, u"--members"_s, u"S001"_s}));
        const Run customer = cli({u"customer"_s, u"add"_s, u"--name"_s, u"张三丰"_s, u"--id-number"_s, u"11010519491231002X"_s,
                                  u"--phone"_s, u"13800138000"_s, u"--staff"_s, u"S001"_s});
        QCOMPARE(customer.code, 0);
        const Run created = cli({u"ticket"_s, u"create"_s, u"--title"_s, u"OBU 无法识别"_s, u"--customer"_s, field(customer.out, u"id"_s),
                                 u"--address"_s, u"合肥西收费站 3 号车道"_s, u"--staff"_s, u"S001"_s});
        QCOMPARE(created.code, 0);
        m_ticket = field(created.out, u"ticket_no"_s);
        m_ticketId = field(created.out, u"id"_s);
        QCOMPARE(m_ticket, u"T-0101-01-000001"_s);
    }

    void helpListsTheWorkCommands()
    {
        const Run help = cli({u"--help"_s});
        QCOMPARE(help.code, 0);
        for (const QString &c : {u"ticket fault"_s, u"ticket part"_s, u"ticket check"_s, u"ticket attach"_s, u"ticket note"_s,
                                 u"ticket chase"_s, u"ticket callback"_s, u"ticket work"_s, u"ticket causes"_s})
            QVERIFY2(help.out.contains(u"  "_s + c + u' '), qPrintable(c));
        const Run callback = cli(work({u"callback"_s, u"--help"_s}));
        for (const QString &o : {u"--verdict"_s, u"--satisfaction"_s, u"--no-answer"_s, u"--method"_s, u"--note"_s, u"--staff"_s})
            QVERIFY2(callback.out.contains(o), qPrintable(o));
        QVERIFY(cli(work({u"apply"_s, u"--help"_s})).out.contains(u"ticket callback"_s));
    }

    void causesListTheCatalogue()
    {
        const Run en = cli(work({u"causes"_s, u"--lang"_s, u"en"_s}));
        QCOMPARE(en.code, 0);
        QVERIFY2(en.out.contains(u"obu\tOBU fault\n"_s) && en.out.contains(u"\n  tamper\tTamper flag set (removed)\n"_s), qPrintable(en.out));
        const Run zh = cli(work({u"causes"_s, u"--lang"_s, u"zh"_s}));
        QVERIFY2(zh.out.contains(u"card\t卡片故障\n"_s), qPrintable(zh.out));
        QCOMPARE(cli(work({u"causes"_s, u"--lang"_s, u"fr"_s})).code, 2);
    }

    void crewReachesTheSite()
    {
        for (const QString &e : {u"send"_s, u"receive"_s}) // the centre has it
            QVERIFY(ok(work({u"apply"_s, m_ticket, e, u"--staff"_s, u"S001"_s})));
        QVERIFY(ok(work({u"apply"_s, m_ticket, u"dispatch"_s, u"--crew"_s, u"政务区维修一班"_s, u"--staff"_s, u"S001"_s})));
        // Nothing is recorded before the crew is there.
        QVERIFY(refused(work({u"check"_s, m_ticket, u"tested"_s, u"--staff"_s, u"S001"_s}), 1, u"wrong_state"_s));
        for (const QString &e : {u"deliver"_s, u"accept"_s, u"depart"_s, u"arrive"_s})
            QVERIFY(ok(work({u"apply"_s, m_ticket, e, u"--staff"_s, u"S001"_s})));
        QCOMPARE(value(u"SELECT state FROM tickets"_s), u"arrived"_s);
    }

    void finishIsRefusedNamingWhatIsMissing()
    {
        const QString before = counts();
        const Run r = cli(work({u"apply"_s, m_ticket, u"finish"_s, u"--staff"_s, u"S001"_s}));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"checklist_incomplete"_s) && r.err.contains(u"ticket work"_s), qPrintable(r.err));
        // In the tool's language, which is this process's too.
        const QStringList missing = fd::FinishChecklist::builtIn().missing(fd::WorkFacts{}, QLocale().name());
        QCOMPARE(missing.size(), 5);
        for (const QString &label : missing)
            QVERIFY2(r.err.contains(label), qPrintable(label + u" not in: "_s + r.err));
        QCOMPARE(counts(), before);

        const Run record = cli(work({u"work"_s, m_ticket}));
        QCOMPARE(record.code, 0);
        QCOMPARE(record.out.count(u"✘"_s), 5);
        QVERIFY(record.out.contains(u"fault: -"_s));
        QVERIFY(record.out.contains(u"ready_to_finish: no"_s));
    }

    void badInputIsRefusedNamingTheField()
    {
        const QString text = m_dir.filePath(u"notes.txt"_s);
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("客户说 OBU 灯不亮\n");
        f.close();
        const QString jpeg = writeImage(u"sign.jpg"_s, "JPEG", Qt::white);
        const QStringList staff = {u"--staff"_s, u"S001"_s};
        const QStringList fault = {u"fault"_s, m_ticket, u"--cause"_s, u"obu"_s, u"--sub"_s, u"tamper"_s, u"--ownership"_s,
                                   u"customer"_s, u"--genuine"_s, u"yes"_s, u"--work"_s, u"重新激活"_s};
        const auto with = [](QStringList args, const QString &option, const QString &v) {
            args[args.indexOf(option) + 1] = v;
            return args;
        };
        // Usage errors (exit 2): a value the tool itself cannot read, an option missing.
        QVERIFY(refused(work(with(fault, u"--genuine"_s, u"maybe"_s) + staff), 2, u"--genuine"_s));
        QVERIFY(refused(work(fault.mid(0, fault.size() - 2) + staff), 2, u"--work"_s));
        QVERIFY(refused(work(fault), 2, u"--staff"_s));
        QVERIFY(refused(work({u"part"_s, m_ticket, u"--code"_s, u"P1"_s, u"--name"_s, u"电池"_s, u"--qty"_s, u"two"_s}, staff), 2,
                        u"--qty"_s));
        QVERIFY(refused(work({u"attach"_s, m_ticket, jpeg}, staff), 2, u"--kind"_s));
        QVERIFY(refused(work({u"callback"_s, m_ticket}, staff), 2, u"--no-answer"_s));
        QVERIFY(refused(work({u"callback"_s, m_ticket, u"--no-answer"_s, u"--verdict"_s, u"satisfied"_s}, staff), 2, u"--no-answer"_s));
        QVERIFY(refused(work({u"callback"_s, m_ticket, u"--verdict"_s, u"satisfied"_s, u"--satisfaction"_s, u"five"_s}, staff), 2,
                        u"--satisfaction"_s));

        // Refused by the store (exit 1), with the option or argument named.
        QVERIFY(refused(work(with(fault, u"--cause"_s, u"teleport"_s) + staff), 1, u"--cause"_s));
        QVERIFY(refused(work(with(fault, u"--sub"_s, u"chip_damaged"_s) + staff), 1, u"--sub"_s));
        QVERIFY(refused(work(with(fault, u"--ownership"_s, u"nobody"_s) + staff), 1, u"--ownership"_s));
        QVERIFY(refused(work(with(fault, u"--work"_s, u"  "_s) + staff), 1, u"--work"_s));
        QVERIFY(refused(work(fault + QStringList{u"--staff"_s, u"S999"_s}), 1, u"--staff"_s));
        QStringList elsewhere = fault;
        elsewhere[1] = u"T-0101-01-999999"_s;
        QVERIFY(refused(work(elsewhere + staff), 1, u"not_found"_s));
        QVERIFY(refused(work({u"part"_s, m_ticket, u"--code"_s, u"P1"_s, u"--name"_s, u"电池"_s, u"--qty"_s, u"0"_s}, staff), 1,
                        u"--qty"_s));
        QVERIFY(refused(work({u"part"_s, m_ticket, u"--code"_s, u" "_s, u"--name"_s, u"电池"_s}, staff), 1, u"--code"_s));
        QVERIFY(refused(work({u"check"_s, m_ticket, u"photo"_s}, staff), 1, u"ITEM"_s));
        QVERIFY(refused(work({u"attach"_s, m_ticket, text, u"--kind"_s, u"photo"_s}, staff), 1, u"FILE"_s));
        QVERIFY(refused(work({u"attach"_s, m_ticket, jpeg, u"--kind"_s, u"signature"_s}, staff), 1, u"FILE"_s));
        QVERIFY(refused(work({u"attach"_s, m_ticket, m_dir.filePath(u"missing.png"_s), u"--kind"_s, u"photo"_s}, staff), 1, u"FILE"_s));
        QVERIFY(refused(work({u"attach"_s, m_ticket, jpeg, u"--kind"_s, u"receipt"_s}, staff), 1, u"--kind"_s));
        QVERIFY(refused(work({u"note"_s, m_ticket, u"   "_s}, staff), 1, u"TEXT"_s));
        QVERIFY(refused(work({u"chase"_s, m_ticket, u"--reason"_s, u""_s}, staff), 1, u"--reason"_s));
        // Not finished yet: no callback.
        QVERIFY(refused(work({u"callback"_s, m_ticket, u"--no-answer"_s}, staff), 1, u"wrong_state"_s));
    }

    void crewRecordsTheWork()
    {
        const QStringList staff = {u"--staff"_s, u"S001"_s};
        const Run fault = cli(work({u"fault"_s, m_ticket, u"--cause"_s, u"obu"_s, u"--sub"_s, u"tamper"_s, u"--ownership"_s, u"customer"_s,
                                    u"--genuine"_s, u"yes"_s, u"--work"_s, u"重新激活 OBU，现场试通行正常"_s}, staff));
        QCOMPARE(fault.code, 0);
        QCOMPARE(field(fault.out, u"checklist"_s), u"1/5"_s);
        QVERIFY(ok(work({u"part"_s, m_ticket, u"--code"_s, u"OBU-BAT-01"_s, u"--name"_s, u"OBU 电池"_s, u"--qty"_s, u"2"_s}, staff)));
        QVERIFY(ok(work({u"check"_s, m_ticket, u"tested"_s}, staff)));
        QVERIFY(ok(work({u"check"_s, m_ticket, u"tested"_s}, staff))); // again: nothing new

        const QString photo = writeImage(u"site.png"_s, "PNG", Qt::darkGreen);
        const QString signature = writeImage(u"signature.png"_s, "PNG", Qt::black);
        const Run p = cli(work({u"attach"_s, m_ticket, photo, u"--kind"_s, u"photo"_s}, staff));
        QCOMPARE(p.code, 0);
        QCOMPARE(field(p.out, u"sha256"_s), sha256(photo));
        QCOMPARE(field(p.out, u"mime"_s), u"image/png"_s);
        const Run s = cli(work({u"attach"_s, m_ticket, signature, u"--kind"_s, u"signature"_s}, staff));
        QCOMPARE(s.code, 0);
        QCOMPARE(field(s.out, u"checklist"_s), u"5/5"_s);
        for (const QString &file : {photo, signature}) {
            const QString sha = sha256(file);
            QCOMPARE(sha256(m_dir.filePath(u"attachments/%1/%2"_s.arg(sha.left(2), sha))), sha);
        }

        QCOMPARE(rows(u"SELECT cause_category, cause_subcategory, ownership, genuine FROM fault_records"_s),
                 (QList<QStringList>{{u"obu"_s, u"tamper"_s, u"customer"_s, u"1"_s}}));
        QCOMPARE(rows(u"SELECT part_code, quantity FROM ticket_parts"_s), (QList<QStringList>{{u"OBU-BAT-01"_s, u"2"_s}}));
        QCOMPARE(rows(u"SELECT item FROM ticket_checks"_s), (QList<QStringList>{{u"tested"_s}}));
        QCOMPARE(rows(u"SELECT kind, sha256, size_bytes FROM attachments ORDER BY at, id"_s),
                 (QList<QStringList>{{u"photo"_s, sha256(photo), QString::number(QFileInfo(photo).size())},
                                     {u"signature"_s, sha256(signature), QString::number(QFileInfo(signature).size())}}));
        QCOMPARE(value(u"SELECT count(*) FROM outbox WHERE kind IN ('ticket.fault_record', 'ticket.part', 'ticket.check',"
                       " 'attachment.create')"_s),
                 u"5"_s);

        const Run record = cli(work({u"work"_s, m_ticket, u"--lang"_s, u"en"_s}));
        QCOMPARE(record.code, 0);
        QCOMPARE(field(record.out, u"fault"_s), u"OBU fault / Tamper flag set (removed)"_s);
        QCOMPARE(field(record.out, u"recorded_by"_s), u"S001 王建国"_s);
        QCOMPARE(field(record.out, u"confirmed"_s), u"tested"_s);
        QVERIFY2(record.out.contains(u"  OBU-BAT-01\tOBU 电池\tx2\t"_s), qPrintable(record.out));
        QVERIFY(record.out.contains(sha256(photo)) && record.out.contains(sha256(signature)));
        QVERIFY(record.out.contains(u"  photo\timage/png\t%1 bytes\t"_s.arg(QFileInfo(photo).size())));
        QCOMPARE(record.out.count(u"✔"_s), 5);
        QCOMPARE(record.out.count(u"✘"_s), 0);
        QVERIFY(record.out.contains(u"✔ Customer's signature\tsignature"_s));
        QCOMPARE(field(record.out, u"ready_to_finish"_s), u"yes"_s);
    }

    void notesChaseAndFinish()
    {
        const QStringList staff = {u"--staff"_s, u"S001"_s};
        QVERIFY(ok(work({u"note"_s, m_ticket, u"客户要求下午两点后回访"_s}, staff)));
        QVERIFY(ok(work({u"chase"_s, m_ticket, u"--reason"_s, u"客户再次来电"_s}, staff)));
        QCOMPARE(rows(u"SELECT kind, note FROM ticket_events WHERE kind IN ('note', 'chase') ORDER BY at, id"_s),
                 (QList<QStringList>{{u"note"_s, u"客户要求下午两点后回访"_s}, {u"chase"_s, u"客户再次来电"_s}}));
        QVERIFY(ok(work({u"apply"_s, m_ticket, u"finish"_s}, staff)));
        QCOMPARE(value(u"SELECT state FROM tickets"_s), u"finished"_s);
        // Finished: nothing left to chase; closing is for the customer's answer.
        QVERIFY(refused(work({u"chase"_s, m_ticket, u"--reason"_s, u"再催"_s}, staff), 1, u"wrong_state"_s));
        QVERIFY(refused(work({u"apply"_s, m_ticket, u"close"_s}, staff), 1, u"ticket callback"_s));
        QVERIFY(refused(work({u"apply"_s, m_ticket, u"close"_s}, staff), 1, u"callback_required"_s));
    }

    void callbackClosesTheTicket()
    {
        const QStringList staff = {u"--staff"_s, u"S001"_s};
        const Run missed = cli(work({u"callback"_s, m_ticket, u"--no-answer"_s}, staff));
        QCOMPARE(missed.code, 0);
        QCOMPARE(field(missed.out, u"attempts"_s), u"1"_s);
        QVERIFY(!field(missed.out, u"next_attempt_at"_s).isEmpty());
        QCOMPARE(field(missed.out, u"state"_s), u"finished"_s);
        QCOMPARE(value(u"SELECT state FROM tickets"_s), u"finished"_s);
        QCOMPARE(rows(u"SELECT state, attempts, method FROM callbacks"_s), (QList<QStringList>{{u"pending"_s, u"1"_s, u"phone"_s}}));

        // A verdict needs its rating and, when unsatisfied, what is still wrong.
        QVERIFY(refused(work({u"callback"_s, m_ticket, u"--verdict"_s, u"satisfied"_s}, staff), 1, u"--satisfaction"_s));
        QVERIFY(refused(work({u"callback"_s, m_ticket, u"--verdict"_s, u"unsatisfied"_s, u"--satisfaction"_s, u"2"_s}, staff), 1,
                        u"--note"_s));
        QVERIFY(refused(work({u"callback"_s, m_ticket, u"--verdict"_s, u"fine"_s, u"--satisfaction"_s, u"4"_s}, staff), 1, u"--verdict"_s));
        QVERIFY(refused(work({u"callback"_s, m_ticket, u"--verdict"_s, u"satisfied"_s, u"--satisfaction"_s, u"9"_s}, staff), 1,
                        u"--satisfaction"_s));
        QVERIFY(refused(work({u"callback"_s, m_ticket, u"--verdict"_s, u"satisfied"_s, u"--satisfaction"_s, u"5"_s, u"--method"_s, u"fax"_s}, staff),
                        1, u"--method"_s));

        const Run closed = cli(work({u"callback"_s, m_ticket, u"--verdict"_s, u"satisfied"_s, u"--satisfaction"_s, u"5"_s, u"--note"_s,
                                     u"师傅很专业"_s}, staff));
        QCOMPARE(closed.code, 0);
        QCOMPARE(field(closed.out, u"state"_s), u"closed"_s);
        QCOMPARE(field(closed.out, u"attempts"_s), u"2"_s);
        const QString callbackId = field(closed.out, u"callback_id"_s);
        QCOMPARE(field(missed.out, u"callback_id"_s), callbackId); // the same call, answered at last
        QCOMPARE(rows(u"SELECT state, callback_id FROM tickets"_s), (QList<QStringList>{{u"closed"_s, callbackId}}));
        QCOMPARE(rows(u"SELECT state, verdict, satisfaction, suggestions FROM callbacks"_s),
                 (QList<QStringList>{{u"done"_s, u"satisfied"_s, u"5"_s, u"师傅很专业"_s}}));
        // Both calls are on the customer's contact log.
        QCOMPARE(value(u"SELECT count(*) FROM contact_log WHERE ref_kind = 'ticket' AND ref_id = '%1'"_s.arg(m_ticketId)), u"2"_s);
        QCOMPARE(value(u"SELECT count(*) FROM outbox WHERE kind IN ('callback.create', 'callback.update', 'ticket.close')"_s), u"3"_s);
        // Closed is the end.
        QVERIFY(refused(work({u"callback"_s, m_ticket, u"--no-answer"_s}, staff), 1, u"wrong_state"_s));
        QVERIFY(refused(work({u"note"_s, m_ticket, u"补充"_s}, staff), 1, u"wrong_state"_s));
    }
};

QTEST_GUILESS_MAIN(TestTicketWorkCli)
#include "tst_ticketworkcli.moc"
