// A work order end to end against the real fielddesk-server on 127.0.0.1: the counter takes and
// dispatches it, the crew's tablet works it offline (accept, depart, arrive, the work record,
// finish), both sync, the counter calls the customer back and closes it, and the server has the
// last word on every step. Scenarios are numbered steps; each ends by comparing the devices' rows
// with the server's.

#include "attachmentsync.h"
#include "caseclient.h"
#include "closeoutrepository.h"
#include "complaintrepository.h"
#include "fieldworkrepository.h"
#include "store.h"
#include "syncengine.h"
#include "syncfixture.h"
#include "ticketrepository.h"
#include "workrecordfill.h"

#include <QCryptographicHash>
#include <QFile>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace fd;
using namespace Qt::StringLiterals;

class TestWorkOrderFlow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    SyncFixture m_fixture{m_dir.path()};

    static int count(TestDevice &d, const QString &sql)
    {
        QSqlQuery q(d.store->db().sql());
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    }

    /** Syncs @p d and says how many of its ops the server refused. */
    static int syncRefused(TestDevice &d)
    {
        SyncReport report;
        if (!SyncFixture::sync(d, &report))
            return -1;
        return report.rejected;
    }

    void compare(TestDevice &d, const QString &entity, const QStringList &ids)
    {
        const QString difference = m_fixture.differenceWithServer(d, entity, ids);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }

    /** Ids of @p table rows that belong to @p ticketId. */
    static QStringList idsFor(TestDevice &d, const QString &table, const QString &ticketId, const QString &column = u"ticket_id"_s)
    {
        QSqlQuery q(d.store->db().sql());
        q.prepare(u"SELECT id FROM %1 WHERE %2 = ? ORDER BY id"_s.arg(table, column));
        q.addBindValue(ticketId);
        QStringList ids;
        if (q.exec()) {
            while (q.next())
                ids << q.value(0).toString();
        }
        return ids;
    }

    /** Starts transfers with @p start and waits until @p files has none on its way. */
    template<typename Start>
    static bool waitIdle(AttachmentSync &files, Start start)
    {
        QSignalSpy idle(&files, &AttachmentSync::becameIdle);
        start();
        return files.idle() || idle.wait(30000);
    }

    /** A crew with the crew member 2001, made by the supervisor at @p counter; its id. */
    QString addCrew(TestDevice &counter, const QString &name)
    {
        Store &s = *counter.store;
        Transaction tx(s.db());
        Change crew;
        crew.opKind = u"crew.create"_s;
        crew.entity = u"crew"_s;
        crew.entityId = s.newId();
        crew.staffId = m_fixture.counterStaff;
        crew.fields = {{u"outlet_id"_s, s.identity().outletId}, {u"name"_s, name}, {u"status"_s, u"standby"_s}};
        Change member;
        member.opKind = u"crew.add_member"_s;
        member.entity = u"crew_member"_s;
        member.entityId = s.newId();
        member.staffId = m_fixture.counterStaff;
        member.fields = {{u"crew_id"_s, crew.entityId}, {u"staff_id"_s, m_fixture.crewStaff}};
        if (!s.write(crew) || !s.write(member) || !tx.commit())
            return {};
        return crew.entityId;
    }

    /** The counter takes a phoned-in report and dispatches it to @p crewId; the ticket's id. */
    QString takeAndDispatch(TestDevice &counter, const QString &crewId, const QString &title)
    {
        TicketRepository tickets(*counter.store);
        NewTicket input;
        input.channel = u"phone"_s;
        input.title = title;
        input.contactName = u"陈静"_s;
        input.contactPhone = u"13800138000"_s;
        auto t = tickets.create(input, m_fixture.counterStaff);
        if (!t)
            return {};
        for (TicketEvent e : {TicketEvent::Send, TicketEvent::Receive}) {
            if (!tickets.apply(t->id, e, m_fixture.counterStaff))
                return {};
        }
        if (!tickets.apply(t->id, TicketEvent::Dispatch, m_fixture.counterStaff, {}, crewId))
            return {};
        return t->id;
    }

    /** The crew's steps on the tablet up to the arrival on site. */
    bool workToArrival(TestDevice &tablet, const QString &ticketId)
    {
        TicketRepository tickets(*tablet.store);
        for (TicketEvent e : {TicketEvent::Deliver, TicketEvent::Accept, TicketEvent::Depart, TicketEvent::Arrive}) {
            auto r = tickets.apply(ticketId, e, m_fixture.crewStaff);
            if (!r) {
                qWarning().noquote() << "tablet step failed:" << r.error().toString();
                return false;
            }
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_fixture.setUp());
    }

    void scenario1_counterDispatchesTabletWorksOfflineCounterClosesAfterCallback()
    {
        auto counter = m_fixture.enroll(u"w1-counter"_s, u"counter"_s);
        auto tablet = m_fixture.enroll(u"w1-tablet"_s, u"tablet"_s);
        QVERIFY(counter && tablet);
        QCOMPARE(syncRefused(*counter), 0);
        // 1. The supervisor sets up a crew and dispatches a phoned-in report to it.
        const QString crewId = addCrew(*counter, u"政务区一班"_s);
        QVERIFY(!crewId.isEmpty());
        const QString id = takeAndDispatch(*counter, crewId, u"OBU 提示标签失效"_s);
        QVERIFY(!id.isEmpty());
        QCOMPARE(syncRefused(*counter), 0);
        QCOMPARE(m_fixture.serverRow(u"ticket"_s, id).value(u"state"_s).toString(), u"dispatched"_s);
        // 2. The tablet syncs once: the crew, its member and the order arrive.
        QCOMPARE(syncRefused(*tablet), 0);
        QCOMPARE(count(*tablet, u"SELECT count(*) FROM tickets WHERE id = '%1' AND crew_id = '%2'"_s.arg(id, crewId)), 1);
        // 3. Offline on site: accept, depart, arrive; finishing is refused until the work record is complete.
        QVERIFY(workToArrival(*tablet, id));
        TicketRepository tabletTickets(*tablet->store);
        auto early = tabletTickets.apply(id, TicketEvent::Finish, m_fixture.crewStaff);
        QVERIFY(!early);
        QCOMPARE(early.error().code, u"checklist_incomplete"_s);
        FieldWorkRepository work(*tablet->store);
        QVERIFY(work.addPart(id, u"OBU-BAT-01"_s, u"OBU 电池"_s, 1, m_fixture.crewStaff));
        QVERIFY(test::completeWorkRecord(*tablet->store, id, m_fixture.crewStaff));
        QVERIFY(work.addNote(id, u"客户车辆前挡有金属膜，已建议改装位置。"_s, m_fixture.crewStaff));
        auto finished = tabletTickets.apply(id, TicketEvent::Finish, m_fixture.crewStaff);
        QVERIFY2(finished, finished ? "" : qPrintable(finished.error().toString()));
        // 4. Back in signal: everything the crew did is accepted by the server.
        QCOMPARE(syncRefused(*tablet), 0);
        QCOMPARE(m_fixture.serverRow(u"ticket"_s, id).value(u"state"_s).toString(), u"finished"_s);
        // 4b. Attachments last: the photo and the signature follow their records to the server.
        AttachmentSync tabletFiles(*tablet->store);
        tabletFiles.follow(*tablet->engine);
        QVERIFY(!FieldWorkRepository(*tablet->store).pendingUploads(10)->isEmpty());
        QVERIFY(waitIdle(tabletFiles, [&] { tabletFiles.uploadPending(); }));
        QVERIFY(FieldWorkRepository(*tablet->store).pendingUploads(10)->isEmpty());
        // 5. The counter pulls the finished order with its work record; it waits for its callback.
        QCOMPARE(syncRefused(*counter), 0);
        auto queue = CloseOutRepository(*counter->store).queue(10);
        QVERIFY(queue);
        QCOMPARE(queue->size(), 1);
        QCOMPARE(queue->first().ticket.id, id);
        QCOMPARE(queue->first().contactPhone, u"13800138000"_s);
        auto record = FieldWorkRepository(*counter->store).workRecord(id);
        QVERIFY(record);
        QVERIFY(record->fault);
        QCOMPARE(record->parts.size(), 1);
        QCOMPARE(record->attachments.size(), 2);
        QVERIFY(FinishChecklist::builtIn().missing(record->facts, u"en"_s).isEmpty());
        // The files are not on the counter until someone looks at them; then they are fetched
        // from the server and checked against their hash.
        AttachmentSync counterFiles(*counter->store);
        counterFiles.follow(*counter->engine);
        for (const AttachmentRow &a : std::as_const(record->attachments)) {
            QVERIFY(a.localPath.isEmpty());
            QVERIFY(waitIdle(counterFiles, [&] { counterFiles.fetch(a.sha256); }));
            QFile file(FieldWorkRepository(*counter->store).attachmentPath(a.sha256));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex()), a.sha256);
        }
        // 6. The first call goes unanswered; the second reaches a satisfied customer and closes it.
        CallbackInput noAnswer;
        noAnswer.reached = false;
        auto first = CloseOutRepository(*counter->store).recordCallback(id, noAnswer, m_fixture.counterStaff);
        QVERIFY(first);
        QCOMPARE(first->ticketState, TicketState::Finished);
        auto second = test::closeBySatisfiedCallback(*counter->store, id, m_fixture.counterStaff);
        QVERIFY(second);
        QCOMPARE(second->callbackId, first->callbackId);
        QCOMPARE(second->attempts, 2);
        QCOMPARE(syncRefused(*counter), 0);
        const QJsonObject server = m_fixture.serverRow(u"ticket"_s, id);
        QCOMPARE(server.value(u"state"_s).toString(), u"closed"_s);
        QCOMPARE(server.value(u"callback_id"_s).toString(), first->callbackId);
        // 7. The tablet sees it closed. Every device agrees with the server on every record.
        QCOMPARE(syncRefused(*tablet), 0);
        for (TestDevice *d : {counter.get(), tablet.get()}) {
            compare(*d, u"ticket"_s, QStringList{id});
            compare(*d, u"ticket_event"_s, idsFor(*d, u"ticket_events"_s, id));
            compare(*d, u"fault_record"_s, idsFor(*d, u"fault_records"_s, id));
            compare(*d, u"ticket_part"_s, idsFor(*d, u"ticket_parts"_s, id));
            compare(*d, u"ticket_check"_s, idsFor(*d, u"ticket_checks"_s, id));
            compare(*d, u"attachment"_s, idsFor(*d, u"attachments"_s, id, u"owner_id"_s));
            compare(*d, u"callback"_s, QStringList{first->callbackId});
        }
        // Nine workflow steps and a note: the timeline is the same on both.
        QCOMPARE(idsFor(*tablet, u"ticket_events"_s, id), idsFor(*counter, u"ticket_events"_s, id));
        QCOMPARE(idsFor(*counter, u"ticket_events"_s, id).size(), 11);
    }

    void scenario2_unsatisfiedCustomerReopensAndTheOrderGoesOutAgain()
    {
        auto counter = m_fixture.enroll(u"w2-counter"_s, u"counter"_s);
        auto tablet = m_fixture.enroll(u"w2-tablet"_s, u"tablet"_s);
        QVERIFY(counter && tablet);
        QCOMPARE(syncRefused(*counter), 0);
        const QString crewId = addCrew(*counter, u"政务区二班"_s);
        const QString id = takeAndDispatch(*counter, crewId, u"ETC 卡无法识别"_s);
        QVERIFY(!id.isEmpty());
        QCOMPARE(syncRefused(*counter), 0);
        QCOMPARE(syncRefused(*tablet), 0);
        QVERIFY(workToArrival(*tablet, id));
        QVERIFY(test::completeWorkRecord(*tablet->store, id, m_fixture.crewStaff));
        QVERIFY(TicketRepository(*tablet->store).apply(id, TicketEvent::Finish, m_fixture.crewStaff));
        QCOMPARE(syncRefused(*tablet), 0);
        QCOMPARE(syncRefused(*counter), 0);
        // 1. Not satisfied: the reason is required, then the ticket is reopened with it.
        CallbackInput unhappy;
        unhappy.satisfaction = 2;
        unhappy.verdict = u"unsatisfied"_s;
        QCOMPARE(CloseOutRepository(*counter->store).recordCallback(id, unhappy, m_fixture.counterStaff).error().code,
                 u"reason_required"_s);
        unhappy.suggestions = u"第二天又提示标签失效。"_s;
        auto reopened = CloseOutRepository(*counter->store).recordCallback(id, unhappy, m_fixture.counterStaff);
        QVERIFY(reopened);
        QCOMPARE(reopened->ticketState, TicketState::Reopened);
        QCOMPARE(syncRefused(*counter), 0);
        QCOMPARE(m_fixture.serverRow(u"ticket"_s, id).value(u"state"_s).toString(), u"reopened"_s);
        // 2. It is dispatched again, worked again, and this time the customer is satisfied.
        QVERIFY(TicketRepository(*counter->store).apply(id, TicketEvent::Dispatch, m_fixture.counterStaff, {}, crewId));
        QCOMPARE(syncRefused(*counter), 0);
        QCOMPARE(syncRefused(*tablet), 0);
        QVERIFY(workToArrival(*tablet, id));
        // The first visit's record does not count for the second: it is recorded again on site.
        QCOMPARE(TicketRepository(*tablet->store).apply(id, TicketEvent::Finish, m_fixture.crewStaff).error().code,
                 u"checklist_incomplete"_s);
        QVERIFY(test::completeWorkRecord(*tablet->store, id, m_fixture.crewStaff));
        QVERIFY(TicketRepository(*tablet->store).apply(id, TicketEvent::Finish, m_fixture.crewStaff));
        QCOMPARE(syncRefused(*tablet), 0);
        QCOMPARE(syncRefused(*counter), 0);
        auto closed = test::closeBySatisfiedCallback(*counter->store, id, m_fixture.counterStaff);
        QVERIFY(closed);
        QVERIFY(closed->callbackId != reopened->callbackId);
        QCOMPARE(syncRefused(*counter), 0);
        QCOMPARE(m_fixture.serverRow(u"ticket"_s, id).value(u"state"_s).toString(), u"closed"_s);
        QCOMPARE(syncRefused(*tablet), 0);
        compare(*counter, u"ticket"_s, QStringList{id});
        compare(*tablet, u"ticket"_s, QStringList{id});
        compare(*counter, u"callback"_s, QStringList{reopened->callbackId, closed->callbackId});
    }

    void scenario3_serverRefusesACloseWithoutItsCallback()
    {
        auto counter = m_fixture.enroll(u"w3-counter"_s, u"counter"_s);
        auto tablet = m_fixture.enroll(u"w3-tablet"_s, u"tablet"_s);
        QVERIFY(counter && tablet);
        QCOMPARE(syncRefused(*counter), 0);
        const QString crewId = addCrew(*counter, u"政务区三班"_s);
        const QString id = takeAndDispatch(*counter, crewId, u"OBU 显示屏不亮"_s);
        QCOMPARE(syncRefused(*counter), 0);
        QCOMPARE(syncRefused(*tablet), 0);
        QVERIFY(workToArrival(*tablet, id));
        QVERIFY(test::completeWorkRecord(*tablet->store, id, m_fixture.crewStaff));
        QVERIFY(TicketRepository(*tablet->store).apply(id, TicketEvent::Finish, m_fixture.crewStaff));
        QCOMPARE(syncRefused(*tablet), 0);
        QCOMPARE(syncRefused(*counter), 0);
        // 1. A tampered counter closes the ticket by hand, naming no callback, then a callback in
        //    which the customer was not satisfied: the server refuses each, the ticket stays finished.
        auto rogue = m_fixture.enroll(u"w3-rogue"_s, u"counter"_s);
        QVERIFY(rogue);
        QCOMPARE(syncRefused(*rogue), 0);
        Change unhappy;
        unhappy.opKind = u"callback.create"_s;
        unhappy.entity = u"callback"_s;
        unhappy.entityId = rogue->store->newId();
        unhappy.staffId = m_fixture.counterStaff;
        unhappy.fields = {{u"ticket_id"_s, id},          {u"reason"_s, u"ticket_completed"_s}, {u"state"_s, u"done"_s},
                          {u"due_at"_s, rogue->store->nowMs()}, {u"verdict"_s, u"unsatisfied"_s},  {u"satisfaction"_s, 1},
                          {u"outlet_id"_s, rogue->store->identity().outletId}};
        {
            Transaction tx(rogue->store->db());
            QVERIFY(rogue->store->write(unhappy));
            QVERIFY(tx.commit());
        }
        QCOMPARE(syncRefused(*rogue), 0);
        const QStringList bad = {QString(), unhappy.entityId};
        for (const QString &callbackId : bad) {
            Transaction tx(rogue->store->db());
            Change close;
            close.mode = Change::Mode::Update;
            close.opKind = u"ticket.close"_s;
            close.entity = u"ticket"_s;
            close.entityId = id;
            close.staffId = m_fixture.counterStaff;
            close.fields = {{u"state"_s, u"closed"_s}, {u"state_at"_s, rogue->store->nowMs()}, {u"due_at"_s, QVariant()}};
            if (!callbackId.isEmpty())
                close.fields.insert(u"callback_id"_s, callbackId);
            QVERIFY(rogue->store->write(close));
            QVERIFY(tx.commit());
            QCOMPARE(syncRefused(*rogue), 1);
            QCOMPARE(m_fixture.serverRow(u"ticket"_s, id).value(u"state"_s).toString(), u"finished"_s);
        }
        // 2. A satisfied callback is the only way; after it the server agrees.
        QVERIFY(test::closeBySatisfiedCallback(*counter->store, id, m_fixture.counterStaff));
        QCOMPARE(syncRefused(*counter), 0);
        QCOMPARE(m_fixture.serverRow(u"ticket"_s, id).value(u"state"_s).toString(), u"closed"_s);
    }

    void scenario4_kioskFollowsUpACaseOnTheServer()
    {
        auto counter = m_fixture.enroll(u"w4-counter"_s, u"counter"_s);
        auto kiosk = m_fixture.enroll(u"w4-kiosk"_s, u"kiosk"_s);
        QVERIFY(counter && kiosk);
        QCOMPARE(syncRefused(*counter), 0);
        // 1. The counter takes a repair request and a complaint; they reach the server.
        const QString crewId = addCrew(*counter, u"政务区四班"_s);
        const QString ticketId = takeAndDispatch(*counter, crewId, u"OBU 无法识别"_s);
        QVERIFY(!ticketId.isEmpty());
        const QString ticketNo = TicketRepository(*counter->store).get(ticketId)->ticketNo;
        NewComplaint complaint;
        complaint.complainantName = u"刘洋"_s;
        complaint.complainantPhone = u"13955550000"_s;
        complaint.category = u"service"_s;
        complaint.content = u"营业厅排队时间过长，无人引导。"_s;
        auto registered = ComplaintRepository(*counter->store).registerComplaint(complaint, m_fixture.counterStaff);
        QVERIFY2(registered, registered ? "" : qPrintable(registered.error().toString()));
        QCOMPARE(syncRefused(*counter), 0);
        // 2. The kiosk holds neither (it pulls public data only) and asks the server.
        QCOMPARE(count(*kiosk, u"SELECT count(*) FROM tickets"_s), 0);
        QCOMPARE(syncRefused(*kiosk), 0);
        QCOMPARE(count(*kiosk, u"SELECT count(*) FROM tickets"_s), 0);
        auto ask = [&](const QString &number, const QString &phone, const QString &token) {
            QNetworkReply *reply = CaseClient::send(m_fixture.network(), QUrl(m_fixture.url()), token, number, phone);
            QSignalSpy done(reply, &QNetworkReply::finished);
            if (!reply->isFinished())
                done.wait(30000);
            auto answer = CaseClient::read(reply);
            reply->deleteLater();
            return answer;
        };
        const QString token = kiosk->engine->token();
        auto found = ask(u" %1 "_s.arg(ticketNo.toLower()), u"138 0013 8000"_s, token);
        QVERIFY2(found, found ? "" : qPrintable(found.error().toString()));
        QCOMPARE(found->number, ticketNo);
        QCOMPARE(found->kind, u"ticket"_s);
        QCOMPARE(found->state, u"dispatched"_s);
        QCOMPARE(found->maskedName, u"陈*"_s);
        QCOMPARE(found->maskedPhone, u"138****8000"_s);
        auto complaintFound = ask(registered->complaintNo, u"13955550000"_s, token);
        QVERIFY2(complaintFound, complaintFound ? "" : qPrintable(complaintFound.error().toString()));
        QCOMPARE(complaintFound->kind, u"complaint"_s);
        QCOMPARE(complaintFound->state, u"registered"_s);
        QCOMPARE(complaintFound->category, u"service"_s);
        QCOMPARE(complaintFound->maskedName, u"刘*"_s);
        QVERIFY(complaintFound->dueAt > 0);
        // 3. Every miss is the same answer: wrong phone, unknown number, the other case's phone.
        for (const auto &[number, phone] : {std::pair{ticketNo, u"13900000000"_s}, std::pair{u"T-9999-99-999999"_s, u"13800138000"_s},
                                            std::pair{ticketNo, u"13955550000"_s}, std::pair{u"X-1"_s, u"13800138000"_s}}) {
            auto miss = ask(number, phone, token);
            QVERIFY(!miss);
            QCOMPARE(miss.error().code, u"not_found"_s);
        }
        QCOMPARE(ask(ticketNo, QString(), token).error().code, u"incomplete"_s);
        // 4. Only enrolled devices may ask.
        QCOMPARE(ask(ticketNo, u"13800138000"_s, u"not-a-token"_s).error().code, u"unauthorized"_s);
        // 5. The kiosk sees the state move on as the work goes on.
        QVERIFY(TicketRepository(*counter->store).apply(ticketId, TicketEvent::Cancel, m_fixture.counterStaff));
        QCOMPARE(syncRefused(*counter), 0);
        QCOMPARE(ask(ticketNo, u"13800138000"_s, token)->state, u"cancelled"_s);
        // 6. The index survives a server restart.
        QCOMPARE(m_fixture.stop(), 0);
        QVERIFY(m_fixture.start(m_fixture.port()));
        QCOMPARE(ask(registered->complaintNo, u"13955550000"_s, token)->state, u"registered"_s);
    }
};

QTEST_GUILESS_MAIN(TestWorkOrderFlow)
#include "tst_workorderflow.moc"
