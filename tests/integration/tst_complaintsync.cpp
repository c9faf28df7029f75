// Complaints end to end: the real fielddesk-server on 127.0.0.1 and device stores in this
// process. Scenarios are numbered steps; each ends by comparing the devices' complaint rows
// with the server's.

#include "complaintrepository.h"
#include "entitycatalog.h"
#include "store.h"
#include "syncengine.h"
#include "syncfixture.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace fd;
using namespace Qt::StringLiterals;

using Device = TestDevice;

class TestComplaintSync : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    SyncFixture m_fixture{m_dir.path()};

    std::unique_ptr<Device> enroll(const QString &folder, const QString &mode) { return m_fixture.enroll(folder, mode); }
    static bool sync(Device &d, SyncReport *report = nullptr) { return SyncFixture::sync(d, report); }
    QJsonObject serverRow(const QString &entity, const QString &id) { return m_fixture.serverRow(entity, id); }

    /** Every field of the server's @p entity rows equals the device's. */
    void compareWithServer(Device &d, const QString &entity, const QStringList &ids)
    {
        const EntityDef *def = EntityCatalog::byName(entity);
        QVERIFY(def);
        for (const QString &id : ids) {
            const QJsonObject server = serverRow(entity, id);
            QVERIFY2(!server.isEmpty(), qPrintable(entity + u' ' + id + u" missing on the server"_s));
            QSqlQuery q(d.store->db().sql());
            QVERIFY(q.exec(u"SELECT * FROM %1 WHERE id = '%2'"_s.arg(def->table, id)));
            QVERIFY2(q.next(), qPrintable(entity + u' ' + id + u" missing on the device"_s));
            for (auto it = server.begin(); it != server.end(); ++it) {
                const QVariant local = q.value(it.key());
                const QString a = local.isNull() ? u"<null>"_s : local.toString();
                const QString b = it.value().isNull()     ? u"<null>"_s
                                  : it.value().isString() ? it.value().toString()
                                                          : QString::number(it.value().toInteger());
                QVERIFY2(a == b, qPrintable(u"%1.%2: device %3, server %4"_s.arg(entity, it.key(), a, b)));
            }
        }
    }

    static QStringList ids(Device &d, const QString &sql)
    {
        QStringList out;
        QSqlQuery q(d.store->db().sql());
        if (q.exec(sql))
            while (q.next())
                out << q.value(0).toString();
        return out;
    }

    static int count(Device &d, const QString &sql)
    {
        QSqlQuery q(d.store->db().sql());
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    }

    static QString registerOn(Device &d, const QString &staffId, const QString &channel = u"counter"_s)
    {
        NewComplaint c;
        c.complainantName = u"陈静"_s;
        c.complainantPhone = u"13800138000"_s;
        c.channel = channel;
        c.category = u"service"_s;
        c.content = u"柜员办理充值时态度冷淡，等候四十分钟无人解释。"_s;
        auto r = ComplaintRepository(*d.store).registerComplaint(c, staffId);
        if (!r)
            qWarning().noquote() << "register failed:" << r.error().toString();
        return r ? r->id : QString();
    }

    static bool step(Device &d, const QString &id, ComplaintEvent event, const QString &staffId,
                     const ComplaintStepInput &input = {})
    {
        auto r = ComplaintRepository(*d.store).apply(id, event, staffId, input);
        if (!r)
            qWarning().noquote() << "step failed:" << r.error().toString();
        return r.ok();
    }

    /**
     * Changes written straight through Store::write, as a faulty or tampered device could send
     * them: one local transaction, so one unit on the server too.
     */
    static bool writeRaw(Device &d, const QList<Change> &changes)
    {
        Transaction tx(d.store->db());
        for (const Change &c : changes) {
            if (auto r = d.store->write(c); !r) {
                qWarning().noquote() << "raw write failed:" << r.error().toString();
                return false;
            }
        }
        return tx.commit().ok();
    }

    static Change rawUpdate(const QString &id, const QString &opKind, const QVariantMap &fields, const QString &staffId)
    {
        Change c;
        c.mode = Change::Mode::Update;
        c.opKind = opKind;
        c.entity = u"complaint"_s;
        c.entityId = id;
        c.fields = fields;
        c.staffId = staffId;
        return c;
    }

    static Change rawEvent(Device &d, const QString &complaintId, const QString &kind, const QString &from, const QString &to,
                           const QString &staffId)
    {
        Change c;
        c.opKind = u"complaint.event"_s;
        c.entity = u"complaint_event"_s;
        c.entityId = d.store->newId();
        c.staffId = staffId;
        c.fields = {{u"complaint_id"_s, complaintId}, {u"kind"_s, kind},          {u"from_state"_s, from},
                    {u"to_state"_s, to},              {u"at"_s, d.store->nowMs()}, {u"staff_id"_s, staffId.isEmpty() ? QVariant() : QVariant(staffId)}};
        return c;
    }

    /** Pushes what @p d has and expects the server to refuse exactly @p rejected ops with @p code. */
    static void expectRefused(Device &d, int rejected, const QString &code)
    {
        const int failedBefore = d.store->outbox().failedCount().value();
        SyncReport report;
        QVERIFY(sync(d, &report));
        QCOMPARE(report.rejected, rejected);
        QCOMPARE(report.applied, 0);
        const auto failed = d.store->outbox().failed(1000).value(); // oldest first
        QCOMPARE(int(failed.size()), failedBefore + rejected);
        for (qsizetype i = failedBefore; i < failed.size(); ++i)
            QVERIFY2(failed.at(i).errorCode == code, qPrintable(failed.at(i).kind + u": "_s + failed.at(i).errorCode));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_fixture.setUp());
    }

    void cleanupTestCase() { QCOMPARE(m_fixture.stop(), 0); }

    void scenario1_complaintAndItsEventsReachTheOutlet()
    {
        auto a = enroll(u"c1-a"_s, u"counter"_s);
        auto b = enroll(u"c1-b"_s, u"counter"_s);
        QVERIFY(a && b);
        QVERIFY(sync(*a) && sync(*b));
        const QString staff = m_fixture.counterStaff;
        // 1. A takes a complaint down at the counter and syncs; B pulls it with its registration.
        const QString id = registerOn(*a, staff);
        QVERIFY(!id.isEmpty());
        QVERIFY(sync(*a));
        QVERIFY(sync(*b));
        QCOMPARE(count(*b, u"SELECT count(*) FROM complaints WHERE id = '%1' AND owner_staff_id = '%2'"_s.arg(id, staff)), 1);
        QCOMPARE(count(*b, u"SELECT count(*) FROM complaint_events WHERE complaint_id = '%1'"_s.arg(id)), 1);
        // 2. A dispatches, the department starts and replies; B sees each step.
        QVERIFY(step(*a, id, ComplaintEvent::Dispatch, staff, {{}, u"客服部"_s, {}}));
        QVERIFY(step(*a, id, ComplaintEvent::Start, staff));
        QVERIFY(step(*a, id, ComplaintEvent::Reply, staff, {{}, {}, u"已致歉并安排柜员培训。"_s}));
        QVERIFY(sync(*a));
        QVERIFY(sync(*b));
        QCOMPARE(serverRow(u"complaint"_s, id).value(u"state"_s).toString(), u"replied"_s);
        QCOMPARE(ComplaintRepository(*b->store).get(id)->status.state, ComplaintState::Replied);
        // 3. B records the complainant's verdict and files it; A pulls that.
        QVERIFY(step(*b, id, ComplaintEvent::Satisfied, staff));
        QVERIFY(step(*b, id, ComplaintEvent::Archive, staff));
        QVERIFY(sync(*b));
        QVERIFY(sync(*a));
        // 4. Both devices hold the same row and the same six events as the server.
        const QString events = u"SELECT id FROM complaint_events WHERE complaint_id = '%1' ORDER BY id"_s.arg(id);
        QCOMPARE(ids(*a, events).size(), 6);
        QCOMPARE(ids(*a, events), ids(*b, events));
        for (Device *d : {a.get(), b.get()}) {
            compareWithServer(*d, u"complaint"_s, {id});
            compareWithServer(*d, u"complaint_event"_s, ids(*d, events));
        }
        QCOMPARE(serverRow(u"complaint"_s, id).value(u"state"_s).toString(), u"archived"_s);
        QCOMPARE(serverRow(u"complaint"_s, id).value(u"verdict"_s).toString(), u"satisfied"_s);
    }

    void scenario2_illegalStateChangesAreRefusedAndNothingStored()
    {
        auto a = enroll(u"c2-a"_s, u"counter"_s);
        auto b = enroll(u"c2-b"_s, u"counter"_s);
        auto rogue = enroll(u"c2-rogue"_s, u"counter"_s);
        QVERIFY(a && b && rogue);
        QVERIFY(sync(*a) && sync(*b) && sync(*rogue));
        const QString staff = m_fixture.counterStaff;
        const QString id = registerOn(*a, staff);
        QVERIFY(sync(*a));
        QVERIFY(sync(*b));
        QVERIFY(sync(*rogue));
        const QJsonObject before = serverRow(u"complaint"_s, id);
        QCOMPARE(before.value(u"state"_s).toString(), u"registered"_s);
        // 1. A plain edit that sets the state: refused.
        QVERIFY(writeRaw(*rogue, {rawUpdate(id, u"complaint.update"_s, {{u"state"_s, u"closed"_s}}, staff)}));
        expectRefused(*rogue, 1, u"illegal_transition"_s);
        // 2. Archiving a registered complaint, with its event row: both refused together.
        const Change archiveEvent = rawEvent(*rogue, id, u"archive"_s, u"registered"_s, u"archived"_s, staff);
        QVERIFY(writeRaw(*rogue, {rawUpdate(id, u"complaint.archive"_s, {{u"state"_s, u"archived"_s}}, staff), archiveEvent}));
        expectRefused(*rogue, 2, u"illegal_transition"_s);
        QVERIFY(serverRow(u"complaint_event"_s, archiveEvent.entityId).isEmpty());
        // 3. A legal step that writes another state than the workflow gives, and a level raised by an edit.
        QVERIFY(writeRaw(*rogue, {rawUpdate(id, u"complaint.dispatch"_s, {{u"state"_s, u"handling"_s}, {u"department"_s, u"x"_s}}, staff)}));
        expectRefused(*rogue, 1, u"illegal_transition"_s);
        QVERIFY(writeRaw(*rogue, {rawUpdate(id, u"complaint.update"_s, {{u"level"_s, u"appeal"_s}}, staff)}));
        expectRefused(*rogue, 1, u"illegal_transition"_s);
        // 4. An event row that claims a step the workflow does not have.
        const Change lie = rawEvent(*rogue, id, u"reply"_s, u"registered"_s, u"closed"_s, staff);
        QVERIFY(writeRaw(*rogue, {lie}));
        expectRefused(*rogue, 1, u"illegal_transition"_s);
        QVERIFY(serverRow(u"complaint_event"_s, lie.entityId).isEmpty());
        // 5. Nothing of that reached the server.
        QCOMPARE(serverRow(u"complaint"_s, id), before);
        // 6. A stale device: A answers the complaint; B, not knowing, dispatches it elsewhere.
        QVERIFY(step(*a, id, ComplaintEvent::Dispatch, staff, {{}, u"客服部"_s, {}}));
        QVERIFY(step(*a, id, ComplaintEvent::Start, staff));
        QVERIFY(step(*a, id, ComplaintEvent::Reply, staff, {{}, {}, u"已处理。"_s}));
        QVERIFY(sync(*a));
        QVERIFY(step(*b, id, ComplaintEvent::Dispatch, staff, {{}, u"财务部"_s, {}}));
        const QString staleEvent = ids(*b, u"SELECT id FROM complaint_events WHERE complaint_id = '%1' AND kind = 'dispatch'"_s.arg(id)).value(0);
        expectRefused(*b, 2, u"illegal_transition"_s); // the step and its event row
        QVERIFY(serverRow(u"complaint_event"_s, staleEvent).isEmpty());
        // 7. The server kept A's answer; B got it with the same pull, the rogue at its next sync.
        QVERIFY(sync(*rogue));
        const QJsonObject server = serverRow(u"complaint"_s, id);
        QCOMPARE(server.value(u"state"_s).toString(), u"replied"_s);
        QCOMPARE(server.value(u"department"_s).toString(), u"客服部"_s);
        QCOMPARE(server.value(u"level"_s).toString(), u"complaint"_s);
        for (Device *d : {a.get(), b.get(), rogue.get()})
            compareWithServer(*d, u"complaint"_s, {id});
        const QString events = u"SELECT id FROM complaint_events WHERE complaint_id = '%1' ORDER BY id"_s.arg(id);
        QCOMPARE(ids(*a, events).size(), 4);
        compareWithServer(*a, u"complaint_event"_s, ids(*a, events));
        compareWithServer(*b, u"complaint_event"_s, ids(*a, events));
        // The refused rows stay on the device that wrote them, listed as sync errors.
        QCOMPARE(ids(*b, events).size(), 5);
        QCOMPARE(b->store->outbox().failedCount().value(), 2);
    }

    void scenario3_rolesAndKiosk()
    {
        auto a = enroll(u"c3-a"_s, u"counter"_s);
        auto van = enroll(u"c3-van"_s, u"tablet"_s);
        auto kiosk = enroll(u"c3-kiosk"_s, u"kiosk"_s);
        QVERIFY(a && van && kiosk);
        QVERIFY(sync(*a) && sync(*van) && sync(*kiosk));
        // 1. A finance clerk may not take complaints: both ops refused, nothing on the server.
        const QString byFinance = registerOn(*a, m_fixture.plainStaff);
        QVERIFY(!byFinance.isEmpty());
        expectRefused(*a, 2, u"forbidden"_s);
        QVERIFY(serverRow(u"complaint"_s, byFinance).isEmpty());
        // 2. A crew takes one in the field, but may not dispatch it.
        const QString byCrew = registerOn(*van, m_fixture.crewStaff, u"field"_s);
        QVERIFY(sync(*van));
        QCOMPARE(serverRow(u"complaint"_s, byCrew).value(u"owner_staff_id"_s).toString(), m_fixture.crewStaff);
        QVERIFY(step(*van, byCrew, ComplaintEvent::Dispatch, m_fixture.crewStaff, {{}, u"客服部"_s, {}}));
        expectRefused(*van, 2, u"forbidden"_s);
        // 3. A kiosk customer's own complaint, no staff: accepted.
        const QString byKiosk = registerOn(*kiosk, {}, u"kiosk"_s);
        QVERIFY(!byKiosk.isEmpty());
        SyncReport report;
        QVERIFY(sync(*kiosk, &report));
        QCOMPARE(report.applied, 2);
        compareWithServer(*kiosk, u"complaint"_s, {byKiosk});
        QVERIFY(serverRow(u"complaint"_s, byKiosk).value(u"owner_staff_id"_s).isNull());
        // 4. The kiosk may not move it, nor record a step as an event without a staff member.
        const Change forged = rawEvent(*kiosk, byKiosk, u"dispatch"_s, u"registered"_s, u"dispatched"_s, {});
        QVERIFY(writeRaw(*kiosk, {forged}));
        expectRefused(*kiosk, 1, u"forbidden"_s);
        QVERIFY(serverRow(u"complaint_event"_s, forged.entityId).isEmpty());
        QVERIFY(writeRaw(*kiosk, {rawUpdate(byKiosk, u"complaint.dispatch"_s, {{u"state"_s, u"dispatched"_s}, {u"department"_s, u"x"_s}}, {})}));
        expectRefused(*kiosk, 1, u"forbidden"_s);
        QCOMPARE(serverRow(u"complaint"_s, byKiosk).value(u"state"_s).toString(), u"registered"_s);
        // A kiosk's complaint comes in on the kiosk channel (a forged counter one is refused).
        Change counterChannel;
        counterChannel.opKind = u"complaint.register"_s;
        counterChannel.entity = u"complaint"_s;
        counterChannel.entityId = kiosk->store->newId();
        counterChannel.fields = {{u"complaint_no"_s, u"C-0101-99-000001"_s}, {u"complainant_name"_s, u"陈静"_s},
                                 {u"channel"_s, u"counter"_s},               {u"category"_s, u"service"_s},
                                 {u"content"_s, u"排队太久。"_s},            {u"state"_s, u"registered"_s},
                                 {u"received_at"_s, kiosk->store->nowMs()}};
        QVERIFY(writeRaw(*kiosk, {counterChannel}));
        expectRefused(*kiosk, 1, u"forbidden"_s);
        QVERIFY(serverRow(u"complaint"_s, counterChannel.entityId).isEmpty());
        // 5. The counter pulls the kiosk's complaint; the first clerk to act on it owns it.
        QVERIFY(sync(*a));
        QVERIFY(step(*a, byKiosk, ComplaintEvent::Dispatch, m_fixture.counterStaff, {{}, u"客服部"_s, {}}));
        QVERIFY(sync(*a));
        QVERIFY(sync(*van));
        QCOMPARE(serverRow(u"complaint"_s, byKiosk).value(u"owner_staff_id"_s).toString(), m_fixture.counterStaff);
        // 6. The counter and the van hold what the server holds. (The van's own copy of the crew's
        //    complaint keeps its refused dispatch until the server sends that row again.)
        compareWithServer(*a, u"complaint"_s, {byKiosk, byCrew});
        compareWithServer(*van, u"complaint"_s, {byKiosk});
        QCOMPARE(serverRow(u"complaint"_s, byCrew).value(u"state"_s).toString(), u"registered"_s);
        const QString events = u"SELECT id FROM complaint_events WHERE complaint_id = '%1'"_s.arg(byKiosk);
        QCOMPARE(ids(*a, events).size(), 2);
        compareWithServer(*van, u"complaint_event"_s, ids(*a, events));
    }
};

QTEST_GUILESS_MAIN(TestComplaintSync)
#include "tst_complaintsync.moc"
