// Every refusal of the sync endpoints as one table: POST /v1/enroll, POST /v1/push and
// GET /v1/pull against the real fielddesk-server on 127.0.0.1, sent byte for byte over a bare
// socket so each row controls its headers and body exactly. A row names the request and the
// answer it must get: status, error code and field, or, for a push answered with 200 (the rules
// refuse single ops, not requests), each op's result. After every row the server's database must
// be as it was before it and the server must still answer /v1/health; the last test shows that
// good devices are still served after all of it.
//
// "Nothing stored" is checked on a read-only connection of our own to the server's file: row
// count, highest rowid and a digest of the contents of every table (the schema too). One column
// may legitimately change: devices.last_seen_at of the device whose push was authenticated and
// decoded (status 200), which the server sets on such a push even when it refused every op.
// Every other device's last_seen_at, and that one on any other answer, must stay as it was.
// Nor is device_reads compared: the status-list monitor's record of how far each device has
// pulled, which the server writes a second after good pulls (of earlier rows, too).

#include "errorbody.h"
#include "hybridlogicalclock.h"
#include "protocol.h"
#include "rawhttp.h"
#include "serverstorage.h"
#include "syncfixture.h"
#include "syncmessages.h"
#include "syncstore.h"
#include "uuidgenerator.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace fd;
using namespace Qt::StringLiterals;

namespace {

namespace errc = protocol::errc;

/** What one table of the server's database holds, in a form two points in time can be compared by. */
struct TableState
{
    qint64 rows = 0;
    qint64 maxRowid = 0;
    QByteArray digest;

    friend bool operator==(const TableState &, const TableState &) = default;
};

struct Snapshot
{
    QString error; // empty: the snapshot was taken
    QMap<QString, TableState> tables;
    QMap<QString, qint64> lastSeen; // device id → devices.last_seen_at
    qint64 feed = -1;
};

constexpr char kLastSeenColumn[] = "last_seen_at";

/** The whole server database on a read-only connection of the test's own, as SyncFixture::serverRow reads it.
 */
Snapshot snapshot(const QString &path)
{
    Snapshot s;
    const QString name = u"tst-syncauth-snapshot"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"_s);
        if (!db.open()) {
            s.error = u"cannot open %1"_s.arg(path);
        } else {
            QSqlQuery q(db);
            QStringList tables{u"sqlite_master"_s};
            if (q.exec(
                    u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"_s)) {
                while (q.next())
                    tables.append(q.value(0).toString());
            }
            tables.removeAll(u"device_reads"_s);
            for (const QString &table : tables) {
                // Table names come from sqlite_master, not from input.
                if (!q.exec(u"SELECT rowid, * FROM %1 ORDER BY rowid"_s.arg(table))) {
                    s.error = u"cannot read %1"_s.arg(table);
                    break;
                }
                TableState t;
                QCryptographicHash hash(QCryptographicHash::Sha256);
                const QSqlRecord record = q.record();
                while (q.next()) {
                    ++t.rows;
                    t.maxRowid = qMax(t.maxRowid, q.value(0).toLongLong());
                    for (int c = 0; c < record.count(); ++c) {
                        if (table == "devices"_L1 && record.fieldName(c) == QLatin1String(kLastSeenColumn))
                            continue;
                        const QVariant v = q.value(c);
                        hash.addData(v.isNull() ? QByteArrayView("\x01N") : QByteArrayView("\x01V"));
                        hash.addData(v.toString().toUtf8());
                    }
                    hash.addData(QByteArrayView("\x02"));
                }
                t.digest = hash.result();
                s.tables.insert(table, t);
            }
            if (q.exec(u"SELECT id, COALESCE(last_seen_at, 0) FROM devices"_s)) {
                while (q.next())
                    s.lastSeen.insert(q.value(0).toString(), q.value(1).toLongLong());
            }
            if (q.exec(u"SELECT value FROM counters WHERE name = 'feed'"_s) && q.next())
                s.feed = q.value(0).toLongLong();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return s;
}

/** What changed from @p before to @p after, one line per difference; @p seenDevice may have a new
 * last_seen_at. */
QStringList differences(const Snapshot &before, const Snapshot &after, const QString &seenDevice)
{
    QStringList out;
    const QStringList names = QStringList(before.tables.keys()) + after.tables.keys();
    for (const QString &table : QSet<QString>(names.begin(), names.end())) {
        const TableState a = before.tables.value(table);
        const TableState b = after.tables.value(table);
        if (a == b)
            continue;
        out.append(u"%1: %2 rows (max rowid %3) before, %4 rows (max rowid %5) after%6"_s.arg(table)
                       .arg(a.rows)
                       .arg(a.maxRowid)
                       .arg(b.rows)
                       .arg(b.maxRowid)
                       .arg(a.rows == b.rows ? u", contents changed"_s : QString()));
    }
    if (before.feed != after.feed)
        out.append(u"feed counter: %1 before, %2 after"_s.arg(before.feed).arg(after.feed));
    for (auto it = after.lastSeen.cbegin(); it != after.lastSeen.cend(); ++it) {
        if (it.key() != seenDevice && before.lastSeen.value(it.key()) != it.value())
            out.append(u"devices.last_seen_at of %1 changed"_s.arg(it.key()));
    }
    return out;
}

QString errorCode(const QByteArray &body)
{
    auto decoded = protocol::ErrorBody::decode(body);
    return decoded ? decoded->error().code : u"<not an error body: %1>"_s.arg(QString::fromUtf8(body.left(200)));
}

QString errorField(const QByteArray &body)
{
    auto decoded = protocol::ErrorBody::decode(body);
    return decoded ? decoded->error().field : QString();
}

QJsonObject with(QJsonObject o, const QString &key, const QJsonValue &value)
{
    o.insert(key, value);
    return o;
}

QJsonObject without(QJsonObject o, const QString &key)
{
    o.remove(key);
    return o;
}

/** @p op with its field @p key set to @p value, or removed when @p value is undefined. */
QJsonObject withField(QJsonObject op, const QString &key, const QJsonValue &value)
{
    QJsonObject fields = op.value(u"fields"_s).toObject();
    if (value.isUndefined())
        fields.remove(key);
    else
        fields.insert(key, value);
    op.insert(u"fields"_s, fields);
    return op;
}

QByteArray pushBody(const QJsonArray &ops)
{
    return QJsonDocument(QJsonObject{{u"ops"_s, ops}}).toJson(QJsonDocument::Compact);
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

/** @p body grown to @p size bytes with JSON whitespace before its closing brace, so it stays a valid request.
 */
QByteArray padded(QByteArray body, qsizetype size)
{
    const qsizetype extra = size - body.size();
    if (extra > 0)
        body.insert(body.size() - 1, QByteArray(extra, ' '));
    return body;
}

const QByteArray kPush = "/v1/push";
const QByteArray kEnroll = "/v1/enroll";
const QByteArray kPull = "/v1/pull";

} // namespace

class TestSyncAuth : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    SyncFixture m_fixture{m_dir.path()};
    SystemClock m_clock;
    UuidGenerator m_ids{m_clock};
    HybridLogicalClock m_hlc{m_clock, u"tst-syncauth"_s};
    quint16 m_port = 0;
    int m_ticketNo = 0;

    struct Device
    {
        QString id;
        QString token;
        QString outletId;
    };
    Device m_counter; // counter device of outlet 0101
    Device m_kiosk; // kiosk of outlet 0101
    Device m_revoked; // a counter device, revoked
    Device m_other; // counter device of outlet 0102
    QString m_otherStaff; // 7001, counter at outlet 0102
    QString m_otherTicketId; // a ticket of outlet 0102
    QString m_usedCode;
    QString m_expiredCode;
    QString m_spareCode; // valid and unused; rows may present it, none may consume it
    QString m_counterStaff, m_crewStaff, m_financeStaff, m_adminStaff, m_inactiveStaff, m_unroledStaff;
    QString m_ticketId; // on the server, state "reported"

    struct Answer
    {
        int status = 0;
        QByteArray body;
        QByteArray contentType;
        QByteArray allow;
    };

    /**
     * One request on a connection of its own; @p headers are whole header lines ("Name: value\r\n").
     * The server is another process, so this blocks on the socket instead of polling the event loop.
     */
    Answer send(const QByteArray &method, const QByteArray &path, const QByteArray &headers, const QByteArray &body)
    {
        QTcpSocket socket;
        socket.setProxy(QNetworkProxy::NoProxy);
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        if (!socket.waitForConnected(5000))
            return {};
        QByteArray request = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + headers;
        if (method != "GET") {
            if (!headers.toLower().contains("content-type:"))
                request += "Content-Type: application/json\r\n";
            request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
        }
        socket.write(request + "\r\n" + body);
        QByteArray buffer;
        rawhttp::Response r;
        QDeadlineTimer deadline(30000);
        while (!deadline.hasExpired()) {
            r = rawhttp::readResponse(socket, buffer, 0); // parses what has arrived, waits for nothing
            if (r.status != 0 || socket.state() != QAbstractSocket::ConnectedState)
                break;
            socket.waitForReadyRead(int(qMin<qint64>(deadline.remainingTime(), 1000)));
        }
        return {r.status, r.body, r.header("Content-Type"), r.header("Allow")};
    }

    static QByteArray bearer(const QString &token) { return "Authorization: Bearer " + token.toLatin1() + "\r\n"; }
    QByteArray asCounter() const { return bearer(m_counter.token); }
    QByteArray asKiosk() const { return bearer(m_kiosk.token); }

    QString cli(const QStringList &args) const { return m_fixture.cli(args); }

    QString addStaff(const QString &no, const QString &roles, const QString &outletCode = u"0101"_s)
    {
        const QString out
            = cli({u"server"_s, u"staff"_s, u"add"_s, u"--db"_s, m_fixture.databasePath(), u"--outlet-code"_s,
                   outletCode, u"--no"_s, no, u"--name"_s, u"员工 "_s + no, u"--roles"_s, roles, u"--pin"_s, u"2468"_s});
        const auto m = QRegularExpression(u"^id: (\\S+)$"_s, QRegularExpression::MultilineOption).match(out);
        return m.hasMatch() ? m.captured(1) : QString();
    }

    QString newCode(const QString &mode, const QString &outletCode = u"0101"_s)
    {
        return cli({u"server"_s, u"enroll"_s, u"--db"_s, m_fixture.databasePath(), u"--outlet-code"_s, outletCode,
                    u"--mode"_s, mode})
            .trimmed();
    }

    Device enroll(const QString &code, const QString &name)
    {
        const Answer a = send("POST", kEnroll, {}, json({{u"code"_s, code}, {u"name"_s, name}}));
        auto out = protocol::EnrollResponse::decode(a.body);
        if (a.status != 200 || !out) {
            qWarning().noquote() << "enroll" << name << "answered" << a.status << a.body;
            return {};
        }
        return {out->deviceId, out->token, out->outletId};
    }

    /** An op as a device sends it: fresh op id (its own tx), fresh entity id unless given. */
    QJsonObject op(const QString &kind, const QString &entity, const QJsonObject &fields, const QString &staffId,
                   bool insert = true, const QString &entityId = {})
    {
        const QString opId = m_ids.next();
        return {{u"op_id"_s, opId},
                {u"tx"_s, opId},
                {u"kind"_s, kind},
                {u"entity"_s, entity},
                {u"entity_id"_s, entityId.isEmpty() ? m_ids.next() : entityId},
                {u"mode"_s, insert ? u"insert"_s : u"update"_s},
                {u"fields"_s, fields},
                {u"hlc"_s, m_hlc.now().toString()},
                {u"staff_id"_s, staffId},
                {u"created_at"_s, m_clock.nowMs()}};
    }

    /** A ticket the counter takes (or @p channel's): everything the server needs to store it. */
    QJsonObject ticketCreate(const QString &staffId, const QString &channel = u"counter"_s, QString outletId = {})
    {
        const qint64 now = m_clock.nowMs();
        if (outletId.isEmpty())
            outletId = m_counter.outletId;
        return op(u"ticket.create"_s, u"ticket"_s,
                  {{u"ticket_no"_s, u"T-0101-01-%1"_s.arg(900000 + ++m_ticketNo)},
                   {u"outlet_id"_s, outletId},
                   {u"channel"_s, channel},
                   {u"title"_s, u"OBU 无法识别"_s},
                   {u"state"_s, u"reported"_s},
                   {u"state_at"_s, now},
                   {u"reported_at"_s, now}},
                  staffId);
    }

    QJsonObject ticketEvent(const QString &ticketId, const QString &staffId, const QString &tx,
                            const QString &event = u"report"_s, const QString &toState = u"reported"_s)
    {
        return with(op(u"ticket.event"_s, u"ticket_event"_s,
                       {{u"ticket_id"_s, ticketId},
                        {u"kind"_s, u"transition"_s},
                        {u"event"_s, event},
                        {u"to_state"_s, toState},
                        {u"at"_s, m_clock.nowMs()}},
                       staffId),
                    u"tx"_s, tx);
    }

    QJsonObject customerCreate(const QString &staffId)
    {
        return op(u"customer.create"_s, u"customer"_s,
                  {{u"customer_no"_s, u"C-%1"_s.arg(m_ids.next().left(8))},
                   {u"kind"_s, u"individual"_s},
                   {u"name"_s, u"陈静"_s}},
                  staffId);
    }

    /** A push answer's op results, "status code" each, or why they cannot be read. */
    static QStringList results(const QByteArray &body)
    {
        auto decoded = protocol::PushResponse::decode(body);
        if (!decoded)
            return {u"<not a push response: %1>"_s.arg(decoded.error().toString())};
        QStringList out;
        for (const protocol::OpResult &r : decoded->results)
            out.append((protocol::OpResult::statusName(r.status) + u' ' + r.code).trimmed());
        return out;
    }

    static void addColumns()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QByteArray>("headers");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code"); // error body's code; empty for 200
        QTest::addColumn<QString>("field"); // error body's field; empty when it has none
        QTest::addColumn<QStringList>("ops"); // 200 on push: each op's "status code"
    }

    static void refused(const char *name, const QByteArray &method, const QByteArray &path, const QByteArray &headers,
                        const QByteArray &body, int status, const char *code, const QString &field = {})
    {
        QTest::newRow(name) << method << path << headers << body << status << QString::fromLatin1(code) << field
                            << QStringList();
    }

    static void answered(const char *name, const QByteArray &method, const QByteArray &path, const QByteArray &headers,
                         const QByteArray &body, const QStringList &ops = {})
    {
        QTest::newRow(name) << method << path << headers << body << 200 << QString() << QString() << ops;
    }

    /** Runs the current row: its answer, then nothing stored, then the server still healthy. */
    void runRow()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, path);
        QFETCH(QByteArray, headers);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, field);
        QFETCH(QStringList, ops);

        const Snapshot before = snapshot(m_fixture.databasePath());
        QVERIFY2(before.error.isEmpty(), qPrintable(before.error));
        const Answer answer = send(method, path, headers, body);
        QVERIFY2(answer.status == status,
                 qPrintable(u"status %1, expected %2: %3"_s.arg(answer.status)
                                .arg(status)
                                .arg(QString::fromUtf8(answer.body.left(300)))));
        QCOMPARE(answer.contentType, QByteArray("application/json"));
        if (status != 200) {
            QCOMPARE(errorCode(answer.body), code);
            QCOMPARE(errorField(answer.body), field);
            if (status == 405)
                QCOMPARE(answer.allow, path.startsWith(kPull) ? QByteArray("GET") : QByteArray("POST"));
        } else if (path == kPush) {
            QCOMPARE(results(answer.body), ops);
            // Results come back in the order of the ops, each naming its op.
            const QJsonArray sent = QJsonDocument::fromJson(body).object().value(u"ops"_s).toArray();
            const auto decoded = protocol::PushResponse::decode(answer.body);
            QVERIFY(decoded);
            QCOMPARE(decoded->results.size(), sent.size());
            for (qsizetype i = 0; i < sent.size(); ++i)
                QCOMPARE(decoded->results.at(i).opId, sent.at(i).toObject().value(u"op_id"_s).toString());
        } else {
            QVERIFY2(protocol::PullPage::decode(answer.body), answer.body.left(300).constData());
        }

        // Nothing stored. Only an authenticated, decoded push may mark its device as seen.
        QString seen;
        if (status == 200 && path == kPush) {
            for (const Device *d : {&m_counter, &m_kiosk}) {
                if (headers.contains(d->token.toLatin1()))
                    seen = d->id;
            }
        }
        const Snapshot after = snapshot(m_fixture.databasePath());
        QVERIFY2(after.error.isEmpty(), qPrintable(after.error));
        const QStringList changed = differences(before, after, seen);
        QVERIFY2(changed.isEmpty(), qPrintable(changed.join(u"; "_s)));

        const Answer health = send("GET", "/v1/health", {}, {});
        QCOMPARE(health.status, 200);
        QCOMPARE(QJsonDocument::fromJson(health.body).object().value(u"status"_s).toString(), u"ok"_s);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_fixture.setUp());
        m_port = QUrl(m_fixture.url()).port();
        m_counterStaff = m_fixture.counterStaff;
        m_crewStaff = m_fixture.crewStaff;
        m_financeStaff = m_fixture.plainStaff;
        m_adminStaff = addStaff(u"9001"_s, u"admin"_s);
        m_inactiveStaff = addStaff(u"4001"_s, u"counter"_s);
        m_unroledStaff = addStaff(u"5001"_s, u"counter"_s);
        QVERIFY(!m_adminStaff.isEmpty() && !m_inactiveStaff.isEmpty() && !m_unroledStaff.isEmpty());

        // Devices, enrolled over the wire like any device; one is revoked at once.
        m_usedCode = newCode(u"counter"_s);
        m_counter = enroll(m_usedCode, u"counter"_s);
        m_kiosk = enroll(newCode(u"kiosk"_s), u"kiosk"_s);
        m_revoked = enroll(newCode(u"counter"_s), u"revoked"_s);
        QVERIFY(!m_counter.token.isEmpty() && !m_kiosk.token.isEmpty() && !m_revoked.token.isEmpty());
        QVERIFY(!cli({u"server"_s, u"revoke"_s, u"--db"_s, m_fixture.databasePath(), m_revoked.id}).isEmpty());
        m_spareCode = newCode(u"counter"_s);
        QVERIFY(!m_spareCode.isEmpty());
        // A second outlet with its own clerk, device and ticket.
        QVERIFY(!cli({u"server"_s, u"outlet"_s, u"add"_s, u"--db"_s, m_fixture.databasePath(), u"--code"_s, u"0102"_s,
                      u"--name"_s, u"二号营业厅"_s})
                         .isEmpty());
        m_otherStaff = addStaff(u"7001"_s, u"counter"_s, u"0102"_s);
        m_other = enroll(newCode(u"counter"_s, u"0102"_s), u"other"_s);
        QVERIFY(!m_otherStaff.isEmpty() && !m_other.token.isEmpty());
        {
            const QJsonObject t = ticketCreate(m_otherStaff, u"counter"_s, m_other.outletId);
            m_otherTicketId = t.value(u"entity_id"_s).toString();
            const Answer a = send("POST", kPush, bearer(m_other.token),
                                  pushBody({t, ticketEvent(m_otherTicketId, m_otherStaff, t.value(u"tx"_s).toString())}));
            QCOMPARE(a.status, 200);
            QCOMPARE(results(a.body), QStringList(2, u"applied"_s));
        }
        {
            // Made 25 hours ago, valid for the usual 24.
            ManualClock past(m_clock.nowMs() - 25LL * 3600 * 1000);
            ServerStorage storage(past);
            QVERIFY(storage.open(m_fixture.databasePath()));
            SyncStore sync(storage, past);
            auto code = sync.createEnrollmentCode(u"0101"_s, u"counter"_s);
            sync.releaseStatements();
            QVERIFY(code);
            m_expiredCode = code.value();
        }

        // A ticket to change; staff 4001 made inactive and 5001's only role taken away, by the admin.
        const QJsonObject ticket = ticketCreate(m_counterStaff);
        m_ticketId = ticket.value(u"entity_id"_s).toString();
        QString roleId;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tst-syncauth-setup"_s);
            db.setDatabaseName(m_fixture.databasePath());
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"SELECT id FROM server_staff_roles WHERE staff_id = '%1'"_s.arg(m_unroledStaff)));
            QVERIFY(q.next());
            roleId = q.value(0).toString();
        }
        QSqlDatabase::removeDatabase(u"tst-syncauth-setup"_s);
        const QJsonArray setup{
            ticket, ticketEvent(m_ticketId, m_counterStaff, ticket.value(u"tx"_s).toString()),
            op(u"staff.update"_s, u"staff"_s, {{u"active"_s, 0}}, m_adminStaff, false, m_inactiveStaff),
            op(u"staff.revoke_role"_s, u"staff_role"_s, {{u"granted"_s, 0}}, m_adminStaff, false, roleId)};
        const Answer pushed = send("POST", kPush, asCounter(), pushBody(setup));
        QCOMPARE(pushed.status, 200);
        QCOMPARE(results(pushed.body), QStringList(4, u"applied"_s));
        QCOMPARE(m_fixture.serverRow(u"staff"_s, m_inactiveStaff).value(u"active"_s).toInt(), 0);

        // The snapshot must see the tables that matter, or "nothing stored" would prove nothing.
        const Snapshot s = snapshot(m_fixture.databasePath());
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        for (const char *table :
             {"applied_ops", "entities", "conflict_notices", "devices", "enrollment_codes", "audit_log", "counters",
              "server_staff", "server_staff_roles", "server_outlets", "server_meta"})
            QVERIFY2(s.tables.contains(QLatin1String(table)), table);
        QCOMPARE(s.tables.value(u"devices"_s).rows, 4);
        QCOMPARE(s.tables.value(u"enrollment_codes"_s).rows, 6);
        QVERIFY(s.feed > 0);
        QVERIFY(s.lastSeen.value(m_counter.id) > 0);
    }

    void cleanupTestCase() { QCOMPARE(m_fixture.stop(), 0); }

    // Enrollment has no token: the code is the credential.
    void enrollRefused_data()
    {
        addColumns();
        const auto body = [](const QJsonObject &o) { return json(o); };
        const QString spare = m_spareCode;
        refused("no code", "POST", kEnroll, {}, body({{u"name"_s, u"x"_s}}), 400, errc::kMissingField, u"code"_s);
        refused("empty object", "POST", kEnroll, {}, "{}", 400, errc::kMissingField, u"code"_s);
        refused("code null", "POST", kEnroll, {}, R"({"code":null})", 400, errc::kWrongType, u"code"_s);
        refused("code a number", "POST", kEnroll, {}, R"({"code":1234567890})", 400, errc::kWrongType, u"code"_s);
        refused("code an array", "POST", kEnroll, {}, body({{u"code"_s, QJsonArray{spare}}}), 400, errc::kWrongType,
                u"code"_s);
        refused("code too short", "POST", kEnroll, {}, R"({"code":"ABC"})", 400, errc::kTooShort, u"code"_s);
        refused("code too long", "POST", kEnroll, {}, body({{u"code"_s, QString(65, u'A')}}), 400, errc::kTooLong,
                u"code"_s);
        refused("wrong code", "POST", kEnroll, {}, body({{u"code"_s, u"ZZZZZ-ZZZZZ"_s}}), 403, errc::kInvalidCode,
                u"code"_s);
        refused("used code", "POST", kEnroll, {}, body({{u"code"_s, m_usedCode}}), 403, errc::kInvalidCode, u"code"_s);
        refused("used code, lower case and spaces", "POST", kEnroll, {},
                body({{u"code"_s, u"  "_s + m_usedCode.toLower() + u" "_s}}), 403, errc::kInvalidCode, u"code"_s);
        refused("expired code", "POST", kEnroll, {}, body({{u"code"_s, m_expiredCode}}), 403, errc::kInvalidCode,
                u"code"_s);
        refused("valid code, name too long", "POST", kEnroll, {},
                body({{u"code"_s, spare}, {u"name"_s, QString(101, u'n')}}), 400, errc::kTooLong, u"name"_s);
        refused("valid code, name a number", "POST", kEnroll, {}, body({{u"code"_s, spare}, {u"name"_s, 7}}), 400,
                errc::kWrongType, u"name"_s);
        refused("valid code, name with control character", "POST", kEnroll, {},
                body({{u"code"_s, spare}, {u"name"_s, u"tab"_s + QChar(7) + u"let"_s}}), 400, errc::kInvalidText,
                u"name"_s);
        refused("not json", "POST", kEnroll, {}, "{\"code\":", 400, errc::kInvalidJson);
        refused("empty body", "POST", kEnroll, {}, {}, 400, errc::kInvalidJson);
        refused("array", "POST", kEnroll, {}, "[\"" + spare.toLatin1() + "\"]", 400, errc::kNotAnObject);
        // The enroll decoder's own 64 KiB limit answers 413 like the other size limits.
        refused("valid code, body over 64 KiB", "POST", kEnroll, {}, padded(body({{u"code"_s, spare}}), 64 * 1024 + 1),
                413, errc::kPayloadTooLarge);
        refused("valid code, body over 1 MiB", "POST", kEnroll, {},
                padded(body({{u"code"_s, spare}}), protocol::kMaxRequestBodyBytes + 1), 413, errc::kPayloadTooLarge);
        refused("revoked device's token does not help", "POST", kEnroll, bearer(m_revoked.token),
                body({{u"code"_s, m_usedCode}}), 403, errc::kInvalidCode, u"code"_s);
        refused("GET", "GET", kEnroll, {}, {}, 405, errc::kMethodNotAllowed);
    }
    void enrollRefused() { runRow(); }

    // Push and pull × every way of not presenting a valid device token. Refused pushes carry an
    // op the server would apply for the counter device, so a refusal that stores it shows.
    void authentication_data()
    {
        addColumns();
        const QByteArray good = m_counter.token.toLatin1();
        const QByteArray storedHash = SyncStore::hashSecret(m_counter.token).toLatin1();
        const QByteArray pull = "/v1/pull?after=0&limit=100";
        struct Credential
        {
            const char *name;
            QByteArray headers;
            const char *code;
        };
        const QList<Credential> credentials = {
            {"no Authorization header", {}, errc::kUnauthorized},
            {"Bearer alone", "Authorization: Bearer\r\n", errc::kUnauthorized},
            {"Bearer and spaces", "Authorization: Bearer    \r\n", errc::kUnauthorized},
            {"empty Authorization", "Authorization: \r\n", errc::kUnauthorized},
            {"Basic credentials", "Authorization: Basic dXNlcjpwYXNzd29yZA==\r\n", errc::kUnauthorized},
            {"good token as Basic", "Authorization: Basic " + good + "\r\n", errc::kUnauthorized},
            {"good token without scheme", "Authorization: " + good + "\r\n", errc::kUnauthorized},
            {"good token in another header", "X-Device-Token: " + good + "\r\n", errc::kUnauthorized},
            {"good token with a character more", "Authorization: Bearer " + good + "x\r\n", errc::kUnauthorized},
            {"good token cut short", "Authorization: Bearer " + good.left(good.size() - 1) + "\r\n",
             errc::kUnauthorized},
            {"wrong token", "Authorization: Bearer " + QByteArray(43, 'A') + "\r\n", errc::kUnauthorized},
            {"short token", "Authorization: Bearer abc\r\n", errc::kUnauthorized},
            {"stored hash as token", "Authorization: Bearer " + storedHash + "\r\n", errc::kUnauthorized},
            {"revoked device", bearer(m_revoked.token), errc::kRevoked},
        };
        for (const Credential &c : credentials) {
            const QByteArray push = pushBody({ticketCreate(m_counterStaff)});
            refused(qPrintable(u"push, "_s + QLatin1String(c.name)), "POST", kPush, c.headers, push, 401, c.code);
            refused(qPrintable(u"pull, "_s + QLatin1String(c.name)), "GET", pull, c.headers, {}, 401, c.code);
        }
        // Authentication comes before reading the request: no hints about the body to strangers.
        refused("push, no token, body not json", "POST", kPush, {}, "{\"ops\":", 401, errc::kUnauthorized);
        refused("push, revoked device, body not json", "POST", kPush, bearer(m_revoked.token), "{\"ops\":", 401,
                errc::kRevoked);
        refused("pull, no token, bad limit", "GET", "/v1/pull?limit=0", {}, {}, 401, errc::kUnauthorized);
        refused("pull, revoked device, bad after", "GET", "/v1/pull?after=-1", bearer(m_revoked.token), {}, 401,
                errc::kRevoked);
        // Valid tokens, with requests that store nothing.
        answered("push, counter device, no ops", "POST", kPush, asCounter(), R"({"ops":[]})");
        answered("push, kiosk, no ops", "POST", kPush, asKiosk(), R"({"ops":[]})");
        answered("push, counter device, header name in lower case", "POST", kPush,
                 "authorization: Bearer " + good + "\r\n", R"({"ops":[]})");
        answered("push, counter device, scheme in lower case", "POST", kPush, "Authorization: bearer " + good + "\r\n",
                 R"({"ops":[]})");
        answered("pull, counter device, scheme in upper case", "GET", pull, "Authorization: BEARER " + good + "\r\n", {});
        answered("push, counter device, Content-Type not checked", "POST", kPush,
                 asCounter() + "Content-Type: text/plain\r\n", R"({"ops":[]})");
        answered("pull, counter device", "GET", pull, asCounter(), {});
        answered("pull, kiosk", "GET", pull, asKiosk(), {});
        // Wrong methods are refused before anything else.
        refused("GET push", "GET", kPush, asCounter(), {}, 405, errc::kMethodNotAllowed);
        refused("PUT push", "PUT", kPush, asCounter(), pushBody({ticketCreate(m_counterStaff)}), 405,
                errc::kMethodNotAllowed);
        refused("POST pull", "POST", kPull, asCounter(), "{}", 405, errc::kMethodNotAllowed);
        refused("DELETE pull", "DELETE", kPull, asCounter(), {}, 405, errc::kMethodNotAllowed);
    }
    void authentication() { runRow(); }

    // An authenticated device whose op the rules refuse: 200, the op rejected, nothing stored.
    void authority_data()
    {
        addColumns();
        const QStringList forbidden{u"rejected forbidden"_s};
        const auto one = [](const QJsonObject &o) { return pushBody({o}); };
        const qint64 now = m_clock.nowMs();
        const QJsonObject sendOn = op(u"ticket.send"_s, u"ticket"_s, {{u"state"_s, u"sent"_s}, {u"state_at"_s, now}},
                                      m_crewStaff, false, m_ticketId);
        const QJsonObject update = op(u"ticket.update"_s, u"ticket"_s, {{u"address"_s, u"合肥市蜀山区"_s}},
                                      m_financeStaff, false, m_ticketId);
        const QJsonObject fault = op(u"ticket.fault_record"_s, u"fault_record"_s,
                                     {{u"ticket_id"_s, m_ticketId},
                                      {u"cause_category"_s, u"obu"_s},
                                      {u"ownership"_s, u"customer"_s},
                                      {u"genuine"_s, 1},
                                      {u"at"_s, now}},
                                     m_counterStaff);
        const auto grantAdmin = [&](const QString &staffId) {
            return op(u"staff.grant_role"_s, u"staff_role"_s, {{u"staff_id"_s, staffId}, {u"role"_s, u"admin"_s}},
                      staffId);
        };
        const QJsonObject outlet
            = op(u"outlet.create"_s, u"outlet"_s, {{u"code"_s, u"0199"_s}, {u"name"_s, u"假网点"_s}}, m_counterStaff);
        const QJsonObject device
            = op(u"device.create"_s, u"device"_s,
                 {{u"device_code"_s, u"77"_s}, {u"outlet_id"_s, m_counter.outletId}, {u"mode"_s, u"counter"_s}},
                 m_counterStaff);
        const QJsonObject staff = op(u"staff.create"_s, u"staff"_s,
                                     {{u"staff_no"_s, u"6001"_s},
                                      {u"name"_s, u"冒名"_s},
                                      {u"outlet_id"_s, m_counter.outletId},
                                      {u"pin_salt"_s, u"00"_s},
                                      {u"pin_hash"_s, u"00"_s},
                                      {u"pin_iterations"_s, 1}},
                                     m_counterStaff);

        answered("crew 2001 sends a ticket on (counter only)", "POST", kPush, asCounter(), one(sendOn), forbidden);
        answered("crew 2001 creates a customer (counter only)", "POST", kPush, asCounter(),
                 one(customerCreate(m_crewStaff)), forbidden);
        answered("finance 3001 creates a ticket", "POST", kPush, asCounter(), one(ticketCreate(m_financeStaff)),
                 forbidden);
        answered("finance 3001 updates a ticket", "POST", kPush, asCounter(), one(update), forbidden);
        answered("counter 1001 records a fault (crew only)", "POST", kPush, asCounter(), one(fault), forbidden);
        answered("supervisor 1001 makes himself admin", "POST", kPush, asCounter(), one(grantAdmin(m_counterStaff)),
                 forbidden);
        answered("supervisor 1001 creates an outlet", "POST", kPush, asCounter(), one(outlet), forbidden);
        answered("supervisor 1001 creates a device", "POST", kPush, asCounter(), one(device), forbidden);
        answered("supervisor 1001 creates staff", "POST", kPush, asCounter(), one(staff), forbidden);
        answered("inactive 4001 creates a ticket", "POST", kPush, asCounter(), one(ticketCreate(m_inactiveStaff)),
                 forbidden);
        answered("5001 whose role was revoked creates a ticket", "POST", kPush, asCounter(),
                 one(ticketCreate(m_unroledStaff)), forbidden);
        answered("unknown staff id", "POST", kPush, asCounter(), one(ticketCreate(m_ids.next())),
                 {u"rejected unknown_staff"_s});
        answered("staff number instead of staff id", "POST", kPush, asCounter(), one(ticketCreate(u"1001"_s)),
                 {u"rejected unknown_staff"_s});
        answered("empty staff id", "POST", kPush, asCounter(), one(ticketCreate(QString())), forbidden);
        answered("no staff_id", "POST", kPush, asCounter(), one(without(ticketCreate(m_counterStaff), u"staff_id"_s)),
                 forbidden);
        answered("null staff_id", "POST", kPush, asCounter(),
                 one(with(ticketCreate(m_counterStaff), u"staff_id"_s, QJsonValue())), forbidden);
        answered("kiosk creates a customer", "POST", kPush, asKiosk(), one(customerCreate(QString())), forbidden);
        answered("kiosk creates a customer in 1001's name", "POST", kPush, asKiosk(),
                 one(customerCreate(m_counterStaff)), forbidden);
        answered("kiosk updates a ticket", "POST", kPush, asKiosk(), one(with(update, u"staff_id"_s, QString())),
                 forbidden);
        answered("kiosk creates staff", "POST", kPush, asKiosk(), one(with(staff, u"staff_id"_s, QString())),
                 forbidden);
        answered("kiosk creates a ticket on the counter channel", "POST", kPush, asKiosk(),
                 one(ticketCreate({}, u"counter"_s)), forbidden);
        answered("kiosk creates a ticket on the phone channel", "POST", kPush, asKiosk(),
                 one(ticketCreate({}, u"phone"_s)), forbidden);
        // Each outlet's records are its own: not another outlet's device, not another outlet's clerk.
        answered("counter device creates a ticket for another outlet", "POST", kPush, asCounter(),
                 one(ticketCreate(m_counterStaff, u"counter"_s, m_other.outletId)), forbidden);
        answered("counter device changes another outlet's ticket", "POST", kPush, asCounter(),
                 one(op(u"ticket.update"_s, u"ticket"_s, {{u"address"_s, u"别家的地址"_s}}, m_counterStaff, false,
                        m_otherTicketId)),
                 forbidden);
        answered("counter device records an event on another outlet's ticket", "POST", kPush, asCounter(),
                 one(op(u"ticket.event"_s, u"ticket_event"_s,
                        {{u"ticket_id"_s, m_otherTicketId}, {u"kind"_s, u"note"_s}, {u"note"_s, u"别家"_s}, {u"at"_s, now}},
                        m_counterStaff)),
                 forbidden);
        answered("kiosk takes a request for another outlet", "POST", kPush, asKiosk(),
                 one(ticketCreate({}, u"kiosk"_s, m_other.outletId)), forbidden);
        answered("clerk of outlet 0102 works on a 0101 device", "POST", kPush, asCounter(),
                 one(ticketCreate(m_otherStaff)), forbidden);
        // A timeline step is recorded by those who may take it, and only as it happened.
        answered("close recorded on a ticket that is reported", "POST", kPush, asCounter(),
                 one(ticketEvent(m_ticketId, m_counterStaff, m_ids.next(), u"close"_s, u"closed"_s)),
                 {u"rejected illegal_transition"_s});
        answered("second report of a reported ticket, by finance", "POST", kPush, asCounter(),
                 one(ticketEvent(m_ticketId, m_financeStaff, m_ids.next())), forbidden);
        answered("accept recorded by the counter (crew only)", "POST", kPush, asCounter(),
                 one(ticketEvent(m_ticketId, m_counterStaff, m_ids.next(), u"accept"_s, u"reported"_s)), forbidden);
        answered("a step the workflow does not have", "POST", kPush, asCounter(),
                 one(ticketEvent(m_ticketId, m_counterStaff, m_ids.next(), u"teleport"_s, u"reported"_s)),
                 {u"rejected illegal_transition"_s});
        answered("kiosk records a note on a ticket", "POST", kPush, asKiosk(),
                 one(op(u"ticket.event"_s, u"ticket_event"_s,
                        {{u"ticket_id"_s, m_ticketId}, {u"kind"_s, u"note"_s}, {u"note"_s, u"催一下"_s}, {u"at"_s, now}},
                        {})),
                 forbidden);
        // One device transaction stands or falls together: the allowed part is not stored either.
        QJsonObject allowed = ticketCreate(m_counterStaff);
        const QString tx = allowed.value(u"tx"_s).toString();
        answered("allowed ticket with a refused customer in one tx", "POST", kPush, asCounter(),
                 pushBody({allowed, with(customerCreate(m_crewStaff), u"tx"_s, tx)}),
                 QStringList(2, u"rejected forbidden"_s));
        allowed = ticketCreate(m_counterStaff);
        answered("allowed ticket and its event by an unknown staff id in one tx", "POST", kPush, asCounter(),
                 pushBody({allowed,
                           ticketEvent(allowed.value(u"entity_id"_s).toString(), m_ids.next(),
                                       allowed.value(u"tx"_s).toString())}),
                 QStringList(2, u"rejected unknown_staff"_s));
        allowed = ticketCreate(m_counterStaff);
        answered("allowed ticket with an unknown op kind in one tx", "POST", kPush, asCounter(),
                 pushBody({allowed,
                           with(with(customerCreate(m_counterStaff), u"kind"_s, u"customer.fly"_s), u"tx"_s,
                                allowed.value(u"tx"_s).toString())}),
                 QStringList(2, u"rejected unknown_op_kind"_s));
        // Op kinds the server does not know, or that write another entity than their rule.
        answered("unknown op kind", "POST", kPush, asCounter(),
                 one(with(ticketCreate(m_counterStaff), u"kind"_s, u"ticket.fly"_s)), {u"rejected unknown_op_kind"_s});
        answered("op kind in upper case", "POST", kPush, asCounter(),
                 one(with(ticketCreate(m_counterStaff), u"kind"_s, u"TICKET.CREATE"_s)),
                 {u"rejected unknown_op_kind"_s});
        answered("audit kind without a name", "POST", kPush, asCounter(),
                 one(with(ticketCreate(m_counterStaff), u"kind"_s, u"audit."_s)), {u"rejected unknown_op_kind"_s});
        answered("ticket.create writing a customer", "POST", kPush, asCounter(),
                 one(with(customerCreate(m_counterStaff), u"kind"_s, u"ticket.create"_s)), {u"rejected bad_request"_s});
        answered("customer.create writing staff", "POST", kPush, asCounter(),
                 one(with(staff, u"kind"_s, u"customer.create"_s)), {u"rejected bad_request"_s});
        answered("kiosk: audit kind writing a customer", "POST", kPush, asKiosk(),
                 one(with(customerCreate(QString()), u"kind"_s, u"audit.kiosk_visit"_s)), {u"rejected bad_request"_s});
        answered("kiosk: ticket.create writing staff", "POST", kPush, asKiosk(),
                 one(with(with(staff, u"kind"_s, u"ticket.create"_s), u"staff_id"_s, QString())),
                 {u"rejected bad_request"_s});
    }
    void authority() { runRow(); }

    // Malformed pushes from a valid device: 400 with the offending field, and nothing of the
    // request is stored, the valid ops before the bad one included.
    void malformedPush_data()
    {
        addColumns();
        const QByteArray as = asCounter();
        const auto bad = [&](const char *name, const QJsonObject &o, const char *code, const QString &field) {
            refused(name, "POST", kPush, as, pushBody({ticketCreate(m_counterStaff), o}), 400, code,
                    u"ops[1]."_s + field);
        };
        const QJsonObject t = ticketCreate(m_counterStaff);

        refused("not json", "POST", kPush, as, "{\"ops\":[", 400, errc::kInvalidJson);
        refused("empty body", "POST", kPush, as, {}, 400, errc::kInvalidJson);
        refused("json array", "POST", kPush, as, "[" + json(t) + "]", 400, errc::kNotAnObject);
        refused("json string", "POST", kPush, as, "\"ops\"", 400,
                errc::kInvalidJson); // Qt reads no top-level scalars
        refused("no ops", "POST", kPush, as, "{}", 400, errc::kMissingField, u"ops"_s);
        refused("ops null", "POST", kPush, as, R"({"ops":null})", 400, errc::kWrongType, u"ops"_s);
        refused("ops an object", "POST", kPush, as, "{\"ops\":" + json(t) + "}", 400, errc::kWrongType, u"ops"_s);
        refused("ops a string", "POST", kPush, as, R"({"ops":"all"})", 400, errc::kWrongType, u"ops"_s);
        refused("op a number", "POST", kPush, as, "{\"ops\":[" + json(t) + ",42]}", 400, errc::kWrongType, u"ops[1]"_s);
        QJsonArray tooMany;
        for (int i = 0; i <= protocol::kMaxOpsPerPush; ++i)
            tooMany.append(ticketCreate(m_counterStaff));
        refused("one op more than the maximum", "POST", kPush, as, pushBody(tooMany), 400, errc::kTooManyItems,
                u"ops"_s);

        // Each top-level field of an op of the wrong type, missing, or out of its limits.
        bad("op_id a number", with(t, u"op_id"_s, 12), errc::kWrongType, u"op_id"_s);
        bad("tx a number", with(t, u"tx"_s, 12), errc::kWrongType, u"tx"_s);
        bad("kind a number", with(t, u"kind"_s, 12), errc::kWrongType, u"kind"_s);
        bad("entity an array", with(t, u"entity"_s, QJsonArray{u"ticket"_s}), errc::kWrongType, u"entity"_s);
        bad("entity_id an object", with(t, u"entity_id"_s, QJsonObject{}), errc::kWrongType, u"entity_id"_s);
        bad("mode a boolean", with(t, u"mode"_s, true), errc::kWrongType, u"mode"_s);
        bad("hlc a number", with(t, u"hlc"_s, qint64(1767225600000)), errc::kWrongType, u"hlc"_s);
        bad("base_hlc a number", with(t, u"base_hlc"_s, 1), errc::kWrongType, u"base_hlc"_s);
        bad("staff_id a number", with(t, u"staff_id"_s, 1001), errc::kWrongType, u"staff_id"_s);
        bad("created_at a string", with(t, u"created_at"_s, u"1767225600000"_s), errc::kWrongType, u"created_at"_s);
        bad("created_at a fraction", with(t, u"created_at"_s, 1.5), errc::kWrongType, u"created_at"_s);
        bad("fields an array", with(t, u"fields"_s, QJsonArray{}), errc::kWrongType, u"fields"_s);
        bad("fields a string", with(t, u"fields"_s, u"{}"_s), errc::kWrongType, u"fields"_s);
        for (const char *key : {"op_id", "kind", "entity", "entity_id", "mode", "hlc", "created_at", "fields"}) {
            bad(qPrintable(u"no "_s + QLatin1String(key)), without(t, QLatin1String(key)), errc::kMissingField,
                QLatin1String(key));
        }
        bad("op_id empty", with(t, u"op_id"_s, QString()), errc::kTooShort, u"op_id"_s);
        bad("op_id too long", with(t, u"op_id"_s, QString(protocol::kMaxIdLength + 1, u'a')), errc::kTooLong,
            u"op_id"_s);
        bad("tx too long", with(t, u"tx"_s, QString(protocol::kMaxIdLength + 1, u'a')), errc::kTooLong, u"tx"_s);
        bad("kind too short", with(t, u"kind"_s, u"ti"_s), errc::kTooShort, u"kind"_s);
        bad("kind too long", with(t, u"kind"_s, u"ticket."_s + QString(protocol::kMaxKindLength, u'c')), errc::kTooLong,
            u"kind"_s);
        bad("entity_id too long", with(t, u"entity_id"_s, QString(protocol::kMaxIdLength + 1, u'e')), errc::kTooLong,
            u"entity_id"_s);
        bad("hlc too long", with(t, u"hlc"_s, QString(protocol::kHlcLength + 1, u'0')), errc::kTooLong, u"hlc"_s);
        bad("staff_id too long", with(t, u"staff_id"_s, QString(protocol::kMaxIdLength + 1, u's')), errc::kTooLong,
            u"staff_id"_s);
        bad("op_id with a control character", with(t, u"op_id"_s, u"op"_s + QChar(1) + u"id"_s), errc::kInvalidText,
            u"op_id"_s);
        bad("mode upsert", with(t, u"mode"_s, u"upsert"_s), errc::kOutOfRange, u"mode"_s);
        bad("created_at negative", with(t, u"created_at"_s, -1), errc::kOutOfRange, u"created_at"_s);
        bad("created_at beyond 2^53", with(t, u"created_at"_s, 9007199254740992.0), errc::kOutOfRange, u"created_at"_s);
        bad("unknown entity", with(t, u"entity"_s, u"spaceship"_s), "unknown_entity", u"entity"_s);
        bad("update of an append-only entity",
            with(ticketEvent(m_ticketId, m_counterStaff, m_ids.next()), u"mode"_s, u"update"_s), "append_only",
            u"mode"_s);

        // The fields of an op, checked against the entity catalogue.
        bad("unknown field", withField(t, u"is_admin"_s, 1), "unknown_field", u"fields.is_admin"_s);
        bad("text field a number", withField(t, u"title"_s, 5), errc::kWrongType, u"fields.title"_s);
        bad("text field an object", withField(t, u"title"_s, QJsonObject{}), errc::kWrongType, u"fields.title"_s);
        bad("number field a string", withField(t, u"urgency"_s, u"high"_s), errc::kWrongType, u"fields.urgency"_s);
        bad("number field a fraction", withField(t, u"urgency"_s, 2.5), errc::kWrongType, u"fields.urgency"_s);
        bad("time field a boolean", withField(t, u"state_at"_s, true), errc::kWrongType, u"fields.state_at"_s);
        bad("time field beyond 2^53", withField(t, u"state_at"_s, 1e300), errc::kOutOfRange, u"fields.state_at"_s);
        bad("text field too long", withField(t, u"title"_s, QString(protocol::kMaxTextField + 1, u'长')),
            errc::kTooLong, u"fields.title"_s);
        bad("required field null", withField(t, u"title"_s, QJsonValue()), errc::kMissingField, u"fields.title"_s);
        bad("required field missing on insert", withField(t, u"title"_s, QJsonValue(QJsonValue::Undefined)),
            errc::kMissingField, u"fields.title"_s);
        bad("update changing nothing", with(with(t, u"mode"_s, u"update"_s), u"fields"_s, QJsonObject{}),
            errc::kMissingField, u"fields"_s);
        // A lone surrogate can only arrive as a JSON escape; QJsonDocument would not write one.
        refused("text field with a lone surrogate", "POST", kPush, as,
                pushBody({withField(t, u"title"_s, u"LONE"_s)}).replace("\"LONE\"", "\"x\\ud800y\""), 400,
                errc::kInvalidText, u"ops[0].fields.title"_s);
    }
    void malformedPush() { runRow(); }

    // Pull's query from a valid device.
    void malformedPull_data()
    {
        addColumns();
        const QByteArray as = asCounter();
        struct Query
        {
            const char *name;
            const char *query;
            const char *field;
        };
        const QList<Query> queries = {
            {"after negative", "after=-1", "after"},
            {"after not a number", "after=abc", "after"},
            {"after empty", "after=", "after"},
            {"after without a value", "after", "after"},
            {"after a fraction", "after=1.5", "after"},
            {"after in exponent form", "after=1e3", "after"},
            {"after in hex", "after=0x10", "after"},
            {"after beyond 64 bits", "after=99999999999999999999", "after"},
            {"after percent-encoded negative", "after=%2D1", "after"},
            {"limit zero", "after=0&limit=0", "limit"},
            {"limit negative", "after=0&limit=-1", "limit"},
            {"limit over the page maximum", "after=0&limit=5001", "limit"},
            {"limit not a number", "after=0&limit=all", "limit"},
            {"limit empty", "after=0&limit=", "limit"},
            {"limit beyond 32 bits", "after=0&limit=4294967297", "limit"},
            {"limit with trailing letters", "after=0&limit=10x", "limit"},
        };
        for (const Query &q : queries)
            refused(q.name, "GET", "/v1/pull?" + QByteArray(q.query), as, {}, 400, errc::kOutOfRange,
                    QLatin1String(q.field));
        answered("limit at the page maximum", "GET",
                 "/v1/pull?after=0&limit=" + QByteArray::number(protocol::kMaxPullPage), as, {});
        answered("after far beyond the feed", "GET", "/v1/pull?after=9007199254740991&limit=1", as, {});
    }
    void malformedPull() { runRow(); }

    // Bodies over the server's limit, with ops it would otherwise apply.
    void oversized_data()
    {
        addColumns();
        const QByteArray push = pushBody({ticketCreate(m_counterStaff)});
        const qsizetype limit = protocol::kMaxRequestBodyBytes;
        refused("push one byte over 1 MiB", "POST", kPush, asCounter(), padded(push, limit + 1), 413,
                errc::kPayloadTooLarge);
        refused("push one byte over 1 MiB, no token", "POST", kPush, {}, padded(push, limit + 1), 413,
                errc::kPayloadTooLarge);
        refused("push of 2 MiB", "POST", kPush, asCounter(), padded(push, 2 * limit), 413, errc::kPayloadTooLarge);
        refused("pull with a body over 1 MiB", "GET", "/v1/pull?after=0",
                asCounter() + "Content-Length: " + QByteArray::number(limit + 1) + "\r\n", QByteArray(limit + 1, ' '),
                413, errc::kPayloadTooLarge);
        QJsonArray ops;
        for (int i = 0; i < 10; ++i)
            ops.append(withField(ticketCreate(m_counterStaff), u"title"_s, QString(protocol::kMaxTextField, u'长')));
        // Under the limit in bytes, at the limit of text: refused only when the ops are, which they are here.
        answered("push just under 1 MiB, ops refused", "POST", kPush, bearer(m_kiosk.token),
                 padded(pushBody(ops), limit), QStringList(ops.size(), u"rejected forbidden"_s));
    }
    void oversized() { runRow(); }

    // After every refusal above: good devices are served as before.
    void goodDevicesStillServed()
    {
        const Snapshot before = snapshot(m_fixture.databasePath());
        const QJsonObject ticket = ticketCreate(m_counterStaff);
        const QString id = ticket.value(u"entity_id"_s).toString();
        const QJsonObject kioskTicket = ticketCreate({}, u"kiosk"_s);
        const QJsonObject sendOn
            = op(u"ticket.send"_s, u"ticket"_s, {{u"state"_s, u"sent"_s}, {u"state_at"_s, m_clock.nowMs()}},
                 m_counterStaff, false, m_ticketId);
        // 1. The counter device takes a ticket with its timeline event and sends the old one on.
        Answer a = send("POST", kPush, asCounter(),
                        pushBody({ticket, ticketEvent(id, m_counterStaff, ticket.value(u"tx"_s).toString()), sendOn}));
        QCOMPARE(a.status, 200);
        QCOMPARE(results(a.body), QStringList(3, u"applied"_s));
        // 2. The kiosk takes a customer's request on its own channel, with its timeline event, as
        //    the kiosk screen writes them.
        a = send("POST", kPush, asKiosk(),
                 pushBody({kioskTicket, ticketEvent(kioskTicket.value(u"entity_id"_s).toString(), {},
                                                    kioskTicket.value(u"tx"_s).toString())}));
        QCOMPARE(a.status, 200);
        QCOMPARE(results(a.body), QStringList(2, u"applied"_s));
        // 3. Both are on the server, the counter device was seen, and its pull brings them.
        QCOMPARE(m_fixture.serverRow(u"ticket"_s, id).value(u"title"_s).toString(), u"OBU 无法识别"_s);
        QCOMPARE(m_fixture.serverRow(u"ticket"_s, m_ticketId).value(u"state"_s).toString(), u"sent"_s);
        QCOMPARE(m_fixture.serverRow(u"ticket"_s, kioskTicket.value(u"entity_id"_s).toString())
                     .value(u"channel"_s)
                     .toString(),
                 u"kiosk"_s);
        const Snapshot after = snapshot(m_fixture.databasePath());
        QCOMPARE(after.tables.value(u"applied_ops"_s).rows, before.tables.value(u"applied_ops"_s).rows + 5);
        QVERIFY(after.feed > before.feed);
        QVERIFY(after.lastSeen.value(m_counter.id) >= before.lastSeen.value(m_counter.id));
        QVERIFY(after.lastSeen.value(m_kiosk.id) > 0);
        a = send("GET", "/v1/pull?after=" + QByteArray::number(before.feed), asCounter(), {});
        QCOMPARE(a.status, 200);
        auto page = protocol::PullPage::decode(a.body);
        QVERIFY(page);
        QStringList pulled;
        for (const protocol::RemoteChange &c : page->changes)
            pulled.append(c.id);
        QVERIFY(pulled.contains(id));
        QVERIFY(pulled.contains(m_ticketId));
        QCOMPARE(page->next, after.feed);
        QVERIFY(!page->more);
        // 4. The spare code, presented by many rows above, still enrolls a device: none consumed it.
        const Device fresh = enroll(m_spareCode, u"fresh"_s);
        QVERIFY(!fresh.token.isEmpty());
        QCOMPARE(send("GET", "/v1/pull?after=0&limit=1", bearer(fresh.token), {}).status, 200);
        // 5. The revoked device stays refused.
        QCOMPARE(send("GET", "/v1/pull", bearer(m_revoked.token), {}).status, 401);
    }
};

QTEST_GUILESS_MAIN(TestSyncAuth)
#include "tst_syncauth.moc"
