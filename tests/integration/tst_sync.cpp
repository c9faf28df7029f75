// Sync end to end: the real fielddesk-server on 127.0.0.1 and device stores in this process,
// each with its own SyncEngine. Scenarios are numbered steps; each ends by comparing every
// device's rows with the server's.

#include "entitycatalog.h"
#include "staffrepository.h"
#include "store.h"
#include "syncengine.h"
#include "syncfixture.h"
#include "ticketrepository.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace fd;
using namespace Qt::StringLiterals;

using Device = TestDevice;

class TestSync : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    SyncFixture m_fixture{m_dir.path()};
    QString m_counterStaff; // 1001 counter + supervisor
    QString m_crewStaff;    // 2001 crew
    QString m_plainStaff;   // 3001 finance only

    QString cli(const QStringList &args) { return m_fixture.cli(args); }
    std::unique_ptr<Device> enroll(const QString &folder, const QString &mode) { return m_fixture.enroll(folder, mode); }
    static bool sync(Device &d, SyncReport *report = nullptr) { return SyncFixture::sync(d, report); }
    QJsonObject serverRow(const QString &entity, const QString &id) { return m_fixture.serverRow(entity, id); }

    /** Every field of @p entity rows on the device equals the server's. */
    void compareWithServer(Device &d, const QString &entity, const QStringList &ids)
    {
        const QString difference = m_fixture.differenceWithServer(d, entity, ids);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }

    /** An offline edit of one ticket field on @p d, as a counter clerk would make it. */
    bool editTicket(Device &d, const QString &ticketId, const QString &field, const QString &value)
    {
        return SyncFixture::editTicket(*d.store, ticketId, field, value, m_counterStaff);
    }

    /** A ticket taken on @p d by the counter clerk (or @p staffId); empty id on failure. */
    QString createTicket(Device &d, const QString &title, const QString &staffId = {})
    {
        NewTicket input;
        input.title = title;
        auto t = TicketRepository(*d.store).create(input, staffId.isEmpty() ? m_counterStaff : staffId);
        if (!t)
            qWarning().noquote() << "ticket create failed:" << t.error().toString();
        return t ? t->id : QString();
    }

    int count(Device &d, const QString &sql)
    {
        QSqlQuery q(d.store->db().sql());
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    }

    struct Http
    {
        int status = 0;
        QByteArray body;
    };

    Http request(const QByteArray &method, const QString &path, const QByteArray &token, const QByteArray &body = {})
    {
        QNetworkRequest r(QUrl(m_fixture.url() + path));
        if (!token.isEmpty())
            r.setRawHeader("Authorization", "Bearer " + token);
        r.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        QNetworkReply *reply = m_fixture.network().sendCustomRequest(r, method, body);
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(30000);
        Http h{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
        reply->deleteLater();
        return h;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_fixture.setUp());
        m_counterStaff = m_fixture.counterStaff;
        m_crewStaff = m_fixture.crewStaff;
        m_plainStaff = m_fixture.plainStaff;
    }

    void cleanupTestCase() { QCOMPARE(m_fixture.stop(), 0); }

    void scenario1_enrollPullsStaffAndSignInWorksOffline()
    {
        auto counter = enroll(u"s1-counter"_s, u"counter"_s);
        QVERIFY(counter);
        // 1. The enrollment gave the device its identity from the server.
        QCOMPARE(counter->store->identity().outletCode, u"0101"_s);
        QCOMPARE(counter->store->identity().mode, u"counter"_s);
        // 2. The first sync brings the outlet, its staff and their roles.
        QVERIFY(sync(*counter));
        QCOMPARE(count(*counter, u"SELECT count(*) FROM staff"_s), 3);
        compareWithServer(*counter, u"staff"_s, {m_counterStaff, m_crewStaff, m_plainStaff});
        // 3. Sign-in checks the synced PIN hash with no server involved.
        StaffRepository staff(*counter->store);
        QVERIFY(staff.signIn(u"1001"_s, u"4821"_s));
        QVERIFY(!staff.signIn(u"1001"_s, u"0000"_s));
        // 4. A kiosk gets public data only: the outlet, no staff and no PIN hashes.
        auto kiosk = enroll(u"s1-kiosk"_s, u"kiosk"_s);
        QVERIFY(kiosk);
        QVERIFY(sync(*kiosk));
        QCOMPARE(count(*kiosk, u"SELECT count(*) FROM outlets"_s), 1);
        QCOMPARE(count(*kiosk, u"SELECT count(*) FROM staff"_s), 0);
    }

    void scenario2_differentFieldsOfOneTicketBothKept()
    {
        auto a = enroll(u"s2-a"_s, u"counter"_s);
        auto b = enroll(u"s2-b"_s, u"counter"_s);
        QVERIFY(a && b);
        QVERIFY(sync(*a));
        const QString id = createTicket(*a, u"OBU 无法识别"_s);
        QVERIFY(!id.isEmpty());
        // 1. A creates the ticket and syncs; B pulls it.
        QVERIFY(sync(*a));
        QVERIFY(sync(*b));
        QCOMPARE(count(*b, u"SELECT count(*) FROM tickets WHERE id = '%1'"_s.arg(id)), 1);
        // 2. Offline, A changes the address and B the contact phone.
        QVERIFY(editTicket(*a, id, u"address"_s, u"合肥市蜀山区长江西路 100 号"_s));
        QVERIFY(editTicket(*b, id, u"contact_phone"_s, u"13800138000"_s));
        // 3. Both sync (A, B, then A again to see B's change).
        QVERIFY(sync(*a));
        QVERIFY(sync(*b));
        QVERIFY(sync(*a));
        // 4. Both edits stand everywhere; no conflict was recorded.
        const QJsonObject server = serverRow(u"ticket"_s, id);
        QCOMPARE(server.value(u"address"_s).toString(), u"合肥市蜀山区长江西路 100 号"_s);
        QCOMPARE(server.value(u"contact_phone"_s).toString(), u"13800138000"_s);
        compareWithServer(*a, u"ticket"_s, {id});
        compareWithServer(*b, u"ticket"_s, {id});
        QCOMPARE(count(*a, u"SELECT count(*) FROM conflicts"_s), 0);
        QCOMPARE(count(*b, u"SELECT count(*) FROM conflicts"_s), 0);
        // The timeline event of the creation arrived on B as well (append-only union).
        QCOMPARE(count(*b, u"SELECT count(*) FROM ticket_events WHERE ticket_id = '%1'"_s.arg(id)), 1);
    }

    void scenario3_sameFieldHlcWinnerKeptLoserInConflicts_data()
    {
        QTest::addColumn<bool>("laterPushesFirst");
        QTest::newRow("earlier edit pushed first") << false;
        QTest::newRow("later edit pushed first") << true;
    }

    void scenario3_sameFieldHlcWinnerKeptLoserInConflicts()
    {
        QFETCH(bool, laterPushesFirst);
        const QString tag = laterPushesFirst ? u"l"_s : u"e"_s;
        auto a = enroll(u"s3-a-"_s + tag, u"counter"_s);
        auto b = enroll(u"s3-b-"_s + tag, u"counter"_s);
        QVERIFY(a && b);
        QVERIFY(sync(*a));
        const QString id = createTicket(*a, u"电子标签脱落"_s);
        QVERIFY(!id.isEmpty());
        QVERIFY(sync(*a));
        QVERIFY(sync(*b));
        // 1. Offline, A edits the address, then (later by HLC) B edits the same field.
        QVERIFY(editTicket(*a, id, u"address"_s, u"A 的地址"_s));
        QTest::qWait(5);
        QVERIFY(editTicket(*b, id, u"address"_s, u"B 的地址"_s));
        // 2. They sync in the order of this row, then both once more.
        Device &first = laterPushesFirst ? *b : *a;
        Device &second = laterPushesFirst ? *a : *b;
        QVERIFY(sync(first));
        QVERIFY(sync(second));
        QVERIFY(sync(first));
        QVERIFY(sync(second));
        // 3. The later edit (B's) wins everywhere.
        QCOMPARE(serverRow(u"ticket"_s, id).value(u"address"_s).toString(), u"B 的地址"_s);
        compareWithServer(*a, u"ticket"_s, {id});
        compareWithServer(*b, u"ticket"_s, {id});
        // 4. A, the loser, keeps its value in conflicts; B has none.
        QCOMPARE(count(*a, u"SELECT count(*) FROM conflicts WHERE field = 'address' AND local_value = '\"A 的地址\"'"
                           u" AND remote_value = '\"B 的地址\"'"_s),
                 1);
        QCOMPARE(count(*b, u"SELECT count(*) FROM conflicts"_s), 0);
    }

    void scenario3b_untouchedFieldKeepsTheCreationStamp()
    {
        auto a = enroll(u"s3b-a"_s, u"counter"_s);
        auto b = enroll(u"s3b-b"_s, u"counter"_s);
        QVERIFY(a && b);
        QVERIFY(sync(*a));
        const QString id = createTicket(*a, u"ETC 扣费异常"_s);
        QVERIFY(!id.isEmpty());
        QVERIFY(sync(*a));
        QVERIFY(sync(*b));
        // 1. Offline, B changes the contact phone; later (by HLC) A changes the address.
        QVERIFY(editTicket(*b, id, u"contact_phone"_s, u"13900139000"_s));
        QTest::qWait(5);
        QVERIFY(editTicket(*a, id, u"address"_s, u"合肥市庐阳区阜南路 8 号"_s));
        // 2. A pushes first, so the row's newest stamp is now later than B's edit.
        QVERIFY(sync(*a));
        QVERIFY(sync(*b));
        QVERIFY(sync(*a));
        // 3. B's phone still wins: nobody else changed that field after it was created.
        const QJsonObject server = serverRow(u"ticket"_s, id);
        QCOMPARE(server.value(u"contact_phone"_s).toString(), u"13900139000"_s);
        QCOMPARE(server.value(u"address"_s).toString(), u"合肥市庐阳区阜南路 8 号"_s);
        compareWithServer(*a, u"ticket"_s, {id});
        compareWithServer(*b, u"ticket"_s, {id});
        QCOMPARE(count(*a, u"SELECT count(*) FROM conflicts"_s), 0);
        QCOMPARE(count(*b, u"SELECT count(*) FROM conflicts"_s), 0);
    }

    void scenario4_illegalTransitionFromStaleDeviceRejected()
    {
        auto a = enroll(u"s4-a"_s, u"counter"_s);
        auto b = enroll(u"s4-b"_s, u"counter"_s);
        QVERIFY(a && b);
        QVERIFY(sync(*a));
        const QString id = createTicket(*a, u"ETC 卡无法读取"_s);
        QVERIFY(!id.isEmpty());
        QVERIFY(sync(*a));
        QVERIFY(sync(*b));
        // 1. A cancels the ticket and syncs; B, not knowing, sends it on.
        QVERIFY(TicketRepository(*a->store).apply(id, TicketEvent::Cancel, m_counterStaff));
        QVERIFY(TicketRepository(*b->store).apply(id, TicketEvent::Send, m_counterStaff));
        QVERIFY(sync(*a));
        SyncReport report;
        QVERIFY(sync(*b, &report));
        // 2. The server refused B's step and its timeline event together; B lists them as errors.
        QCOMPARE(report.rejected, 2);
        QCOMPARE(b->store->outbox().failedCount().value(), 2);
        const auto failed = b->store->outbox().failed(10).value();
        QCOMPARE(failed.first().errorCode, u"illegal_transition"_s);
        // 3. B shows the server's state again; the server has one transition event only (cancel).
        QCOMPARE(serverRow(u"ticket"_s, id).value(u"state"_s).toString(), u"cancelled"_s);
        compareWithServer(*b, u"ticket"_s, {id});
        QCOMPARE(count(*b, u"SELECT count(*) FROM tickets WHERE id = '%1' AND state = 'cancelled'"_s.arg(id)), 1);
        QCOMPARE(count(*b, u"SELECT count(*) FROM ticket_events WHERE ticket_id = '%1' AND event = 'cancel'"_s.arg(id)), 1);
        // 4. Discarding the refused change empties the sync-errors list.
        QVERIFY(b->store->outbox().discard(failed.first().opId));
        QCOMPARE(b->store->outbox().failedCount().value(), 0);
    }

    void scenario5_authAndRolesRefusedAndNothingStored()
    {
        auto a = enroll(u"s5-a"_s, u"counter"_s);
        QVERIFY(a);
        QVERIFY(sync(*a));
        // 1. Without a token, with a wrong one: 401 on push and pull.
        for (const QByteArray &token : {QByteArray(), QByteArray("not-a-real-token-at-all-0000000000")}) {
            QCOMPARE(request("POST", u"/v1/push"_s, token, R"({"ops":[]})").status, 401);
            QCOMPARE(request("GET", u"/v1/pull?after=0"_s, token).status, 401);
        }
        // 2. A finance clerk may not take a repair ticket: refused, nothing on the server.
        const QString id = createTicket(*a, u"不该出现的工单"_s, m_plainStaff);
        QVERIFY(!id.isEmpty());
        SyncReport report;
        QVERIFY(sync(*a, &report));
        QCOMPARE(report.rejected, 2);
        QCOMPARE(a->store->outbox().failed(10).value().first().errorCode, u"forbidden"_s);
        QVERIFY(serverRow(u"ticket"_s, id).isEmpty());
        // 3. Malformed bodies: 400, and the server goes on serving.
        const QByteArray token = a->store->setting(u"device_token"_s).value().toLatin1();
        QCOMPARE(request("POST", u"/v1/push"_s, token, "{not json").status, 400);
        QCOMPARE(request("POST", u"/v1/push"_s, token, R"({"ops":[{"op_id":1}]})").status, 400);
        QCOMPARE(request("POST", u"/v1/push"_s, token,
                         R"({"ops":[{"op_id":"x","kind":"ticket.fly","entity":"spaceship","entity_id":"y","mode":"insert","fields":{},"hlc":"h","created_at":0}]})")
                         .status,
                 400);
        QCOMPARE(request("GET", u"/v1/pull?after=-5"_s, token).status, 400);
        QCOMPARE(request("GET", u"/v1/health"_s, {}).status, 200);
        // 4. A revoked device is refused from then on.
        QVERIFY(!cli({u"server"_s, u"revoke"_s, u"--db"_s, m_fixture.databasePath(), a->store->identity().deviceId}).isEmpty());
        QCOMPARE(request("GET", u"/v1/pull?after=0"_s, token).status, 401);
        QVERIFY(!a->engine->runUntilIdle(30000));
        QCOMPARE(a->engine->lastFailure(), SyncEngine::Failure::Auth);
    }

    void scenario6_duplicatePushAppliedOnce()
    {
        auto a = enroll(u"s6-a"_s, u"counter"_s);
        QVERIFY(a);
        QVERIFY(sync(*a));
        const QString id = createTicket(*a, u"重复推送"_s);
        QVERIFY(!id.isEmpty());
        // 1. Keep the ops as they were sent, sync, then send exactly the same request again.
        auto ops = a->store->outbox().pending(100, a->clock.nowMs()).value();
        QCOMPARE(ops.size(), 2);
        QVERIFY(sync(*a));
        QSqlQuery q(a->store->db().sql());
        for (const OutboxOp &op : ops) {
            q.prepare(u"INSERT INTO outbox (op_id, kind, entity_kind, entity_id, payload, hlc, priority, staff_id, created_at, tx_id)"
                      u" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
            for (const QVariant &v : QVariantList{op.opId, op.kind, op.entityKind, op.entityId,
                                                  QString::fromUtf8(QJsonDocument(op.payload).toJson(QJsonDocument::Compact)),
                                                  op.hlc, op.priority, op.staffId, op.createdAt, op.txId})
                q.addBindValue(v);
            QVERIFY(q.exec());
        }
        SyncReport report;
        QVERIFY(sync(*a, &report));
        // 2. The server answered "duplicate" for both and changed nothing.
        QCOMPARE(report.duplicates, 2);
        QCOMPARE(report.applied, 0);
        QCOMPARE(a->store->outbox().pendingCount().value(), 0);
        compareWithServer(*a, u"ticket"_s, {id});
    }

    void scenario6b_sameOpTwiceInOneRequestAppliedOnce()
    {
        auto a = enroll(u"s6b-a"_s, u"counter"_s);
        QVERIFY(a);
        QVERIFY(sync(*a));
        const QString id = createTicket(*a, u"同一请求重复"_s);
        QVERIFY(!id.isEmpty());
        // 1. One request carries the ticket's transaction twice (a client retrying inside a batch).
        protocol::PushRequest push;
        const QList<OutboxOp> pending = a->store->outbox().pending(100, a->clock.nowMs()).value();
        for (const OutboxOp &op : pending) {
            protocol::SyncOp s;
            s.opId = op.opId;
            s.tx = op.txId;
            s.kind = op.kind;
            s.entity = op.entityKind;
            s.entityId = op.entityId;
            s.insert = true;
            s.fields = op.payload.value(u"fields"_s).toObject();
            s.hlc = op.hlc;
            s.staffId = op.staffId;
            s.createdAt = op.createdAt;
            push.ops.append(s);
        }
        QCOMPARE(push.ops.size(), 2);
        const QList<protocol::SyncOp> once = push.ops;
        push.ops += once;
        const QByteArray token = a->store->setting(u"device_token"_s).value().toLatin1();
        const Http h = request("POST", u"/v1/push"_s, token, push.encode());
        QCOMPARE(h.status, 200);
        auto response = protocol::PushResponse::decode(h.body);
        QVERIFY(response);
        // 2. The first copy is applied, the second is a duplicate; the server has each op once.
        QCOMPARE(response->results.size(), 4);
        using S = protocol::OpResult::Status;
        for (int i = 0; i < 4; ++i)
            QCOMPARE(int(response->results.at(i).status), int(i < 2 ? S::Applied : S::Duplicate));
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"s6b"_s);
        db.setDatabaseName(m_fixture.databasePath());
        QVERIFY(db.open());
        {
            QSqlQuery q(db);
            QVERIFY(q.exec(u"SELECT count(*) FROM applied_ops WHERE entity_id = '%1' OR op_id IN ('%2', '%3')"_s
                               .arg(id, push.ops.at(0).opId, push.ops.at(1).opId)));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 2);
        }
        db.close();
        db = {};
        QSqlDatabase::removeDatabase(u"s6b"_s);
        QVERIFY(sync(*a)); // the outbox hears "duplicate" for both and lets them go
        QCOMPARE(a->store->outbox().pendingCount().value(), 0);
        compareWithServer(*a, u"ticket"_s, {id});
    }

    void scenario7_longOfflineDeviceSyncsThousandsInOneGo()
    {
        auto a = enroll(u"s7-a"_s, u"counter"_s);
        auto b = enroll(u"s7-b"_s, u"counter"_s);
        QVERIFY(a && b);
        QVERIFY(sync(*a));
        // 1. Offline for days: 5,000 tickets (10,000 ops) wait in the outbox.
        constexpr int kTickets = 5000;
        QStringList ids;
        TicketRepository repo(*a->store);
        for (int i = 0; i < kTickets; ++i) {
            NewTicket input;
            input.title = u"离线工单 %1"_s.arg(i);
            auto t = repo.create(input, m_counterStaff);
            QVERIFY(t);
            if (i % 500 == 0)
                ids << t->id;
        }
        QCOMPARE(a->store->outbox().pendingCount().value(), 2 * kTickets);
        // 2. One sync sends all of them; another device gets all of them.
        SyncReport report;
        QVERIFY(sync(*a, &report));
        QCOMPARE(report.applied, 2 * kTickets);
        QCOMPARE(a->store->outbox().pendingCount().value(), 0);
        QVERIFY(sync(*b));
        QCOMPARE(count(*b, u"SELECT count(*) FROM tickets WHERE title LIKE '离线工单 %'"_s), kTickets);
        QCOMPARE(count(*b, u"SELECT count(*) FROM ticket_events e JOIN tickets t ON t.id = e.ticket_id"
                           u" WHERE t.title LIKE '离线工单 %'"_s),
                 kTickets);
        compareWithServer(*b, u"ticket"_s, ids);
    }

    void scenario8_wipedDeviceReenrolledGetsEverythingBack()
    {
        auto a = enroll(u"s8-a"_s, u"counter"_s);
        QVERIFY(a);
        QVERIFY(sync(*a));
        const QString id = createTicket(*a, u"重装后的工单"_s);
        QVERIFY(!id.isEmpty());
        QVERIFY(sync(*a));
        const int tickets = count(*a, u"SELECT count(*) FROM tickets"_s);
        a.reset();
        // 1. The tablet's storage is wiped; it is enrolled again with a new code.
        QVERIFY(QDir(m_fixture.path(u"s8-a"_s)).removeRecursively());
        auto again = enroll(u"s8-a"_s, u"counter"_s);
        QVERIFY(again);
        QVERIFY(sync(*again));
        // 2. Everything of its outlet is back, and sign-in works.
        QCOMPARE(count(*again, u"SELECT count(*) FROM tickets"_s), tickets);
        compareWithServer(*again, u"ticket"_s, {id});
        QVERIFY(StaffRepository(*again->store).signIn(u"1001"_s, u"4821"_s));
    }
};

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
