#include "dispatchrepository.h"
#include "staffrepository.h"
#include "storefixture.h"
#include "ticketrepository.h"

#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <tuple>

using namespace fd;

namespace {
constexpr qint64 kMinute = 60'000;
}

class TestDispatchRepository : public QObject
{
    Q_OBJECT

private:
    static bool write(StoreFixture &f, const QString &opKind, const QString &entity, const QString &id,
        const QVariantMap &fields)
    {
        Transaction tx(f.store->db());
        Change c;
        c.opKind = opKind;
        c.entity = entity;
        c.entityId = id;
        c.fields = fields;
        return f.store->write(c) && tx.commit();
    }

    static QString addCrew(StoreFixture &f, const QString &name,
        const QString &status = QStringLiteral("standby"), const QString &outletId = {})
    {
        const QString id = f.store->newId();
        QVariantMap fields = { { QStringLiteral("outlet_id"), outletId.isEmpty() ? f.outletId : outletId },
            { QStringLiteral("name"), name }, { QStringLiteral("status"), status } };
        if (status == QLatin1String("away")) {
            fields.insert(QStringLiteral("status_note"), QStringLiteral("车辆年检"));
            fields.insert(QStringLiteral("away_until"), f.clock.nowMs() + 90 * kMinute);
        }
        return write(f, QStringLiteral("crew.create"), QStringLiteral("crew"), id, fields) ? id : QString();
    }

    static QString addStaff(StoreFixture &f, const QString &no, const QString &name, const QString &phone,
        const QStringList &roles, const QString &outletId = {})
    {
        NewStaff s { no, name, outletId.isEmpty() ? f.outletId : outletId, QStringLiteral("抢修中心"), phone,
            roles, QStringLiteral("2468"), 1000 };
        auto m = StaffRepository(*f.store).create(s);
        return m ? m->id : QString();
    }

    static QString addOutlet(StoreFixture &f, const QString &code)
    {
        const QString id = f.store->newId();
        return write(f, QStringLiteral("outlet.create"), QStringLiteral("outlet"), id,
                   { { QStringLiteral("code"), code },
                       { QStringLiteral("name"), QStringLiteral("六安网点") } })
            ? id
            : QString();
    }

    static QString addTicket(StoreFixture &f, const QString &title, int urgency, int impact,
        const QList<TicketEvent> &steps = {}, const QString &crewId = {})
    {
        TicketRepository repo(*f.store);
        NewTicket t;
        t.title = title;
        t.urgency = urgency;
        t.impact = impact;
        auto created = repo.create(t, {});
        if (!created)
            return {};
        for (TicketEvent e : steps) {
            const QString note = e == TicketEvent::Return ? QStringLiteral("地址不在本班组辖区") : QString();
            if (!repo.apply(created->id, e, {}, note, e == TicketEvent::Dispatch ? crewId : QString()))
                return {};
        }
        return created->id;
    }

    static QList<TicketEvent> toReceived() { return { TicketEvent::Send, TicketEvent::Receive }; }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void queueIsMostUrgentFirstWithTheReturnReason()
    {
        StoreFixture f;
        QVERIFY(f.open());
        const QString crew = addCrew(f, QStringLiteral("一班"));
        const QString crewMember = addStaff(f, QStringLiteral("1001"), QStringLiteral("王建军"),
            QStringLiteral("13955100001"), { QStringLiteral("crew") });
        // P4 received, waiting longest; P2 reported; P2 sent (its step is due later); P1 returned.
        const QString p4 = addTicket(f, QStringLiteral("标签电池更换"), 3, 2, toReceived());
        f.clock.advanceMs(kMinute);
        const QString p2reported = addTicket(f, QStringLiteral("卡片读取失败"), 2, 1);
        f.clock.advanceMs(kMinute);
        const QString p2sent = addTicket(f, QStringLiteral("车载单元频繁掉电"), 1, 2, { TicketEvent::Send });
        const QString p1 = addTicket(f, QStringLiteral("收费站车道无法扣费"), 1, 1,
            { TicketEvent::Send, TicketEvent::Receive, TicketEvent::Dispatch }, crew);
        QVERIFY(TicketRepository(*f.store).apply(
            p1, TicketEvent::Return, crewMember, QStringLiteral("不属于本班组辖区")));
        // Not waiting for a crew: dispatched, and cancelled.
        const QString dispatched = addTicket(f, QStringLiteral("已派工单"), 1, 1,
            { TicketEvent::Send, TicketEvent::Receive, TicketEvent::Dispatch }, crew);
        const QString cancelled = addTicket(f, QStringLiteral("撤销的工单"), 1, 1, { TicketEvent::Cancel });
        QVERIFY(!p4.isEmpty() && !p2reported.isEmpty() && !p2sent.isEmpty() && !p1.isEmpty()
            && !dispatched.isEmpty() && !cancelled.isEmpty());

        auto queue = DispatchRepository(*f.store).queue();
        QVERIFY2(queue, queue ? "" : qPrintable(queue.error().toString()));
        QStringList ids;
        for (const DispatchQueueEntry &e : queue.value())
            ids << e.ticket.id;
        // Same priority: the step due first comes first (reported is due 2 min after it was made,
        // sent 4 min after it was sent).
        QCOMPARE(ids, (QStringList { p1, p2reported, p2sent, p4 }));
        QCOMPARE(queue->at(0).ticket.state, TicketState::Returned);
        QCOMPARE(queue->at(0).returnReason, QStringLiteral("不属于本班组辖区"));
        QCOMPARE(queue->at(0).returnedBy, QStringLiteral("王建军"));
        QCOMPARE(queue->at(0).returnedAt, f.clock.nowMs());
        QVERIFY(queue->at(0).ticket.crewId.isEmpty());
        QVERIFY(queue->at(1).returnReason.isEmpty());
        QCOMPARE(queue->at(1).returnedAt, qint64(-1));
        QCOMPARE(DispatchRepository(*f.store).queue(2)->size(), 2);
    }

    void crewsShowStatusMembersLoadAndVehicle()
    {
        StoreFixture f;
        QVERIFY(f.open());
        const QString busy = addCrew(f, QStringLiteral("高新区抢修二班"), QStringLiteral("busy"));
        const QString standby = addCrew(f, QStringLiteral("政务区抢修一班"));
        const QString away = addCrew(f, QStringLiteral("包河区抢修三班"), QStringLiteral("away"));
        const QString off = addCrew(f, QStringLiteral("瑶海区抢修四班"), QStringLiteral("off"));
        const QString elsewhere = addOutlet(f, QStringLiteral("0202"));
        QVERIFY(!addCrew(f, QStringLiteral("六安抢修班"), QStringLiteral("standby"), elsewhere).isEmpty());
        const QString wang
            = addStaff(f, QStringLiteral("1001"), QStringLiteral("王建军"), {}, { QStringLiteral("crew") });
        const QString li
            = addStaff(f, QStringLiteral("1002"), QStringLiteral("李强"), {}, { QStringLiteral("crew") });
        const QString zhou
            = addStaff(f, QStringLiteral("1003"), QStringLiteral("周磊"), {}, { QStringLiteral("crew") });
        for (const auto &[crew, staff, active] :
            { std::tuple { standby, li, 1 }, std::tuple { standby, wang, 1 }, std::tuple { standby, zhou, 0 },
                std::tuple { busy, zhou, 1 } }) {
            QVERIFY(
                write(f, QStringLiteral("crew.add_member"), QStringLiteral("crew_member"), f.store->newId(),
                    { { QStringLiteral("crew_id"), crew }, { QStringLiteral("staff_id"), staff },
                        { QStringLiteral("active"), active } }));
        }
        // Standby: two open (dispatched, accepted) and one withdrawn. Busy: one under way.
        const QList<TicketEvent> toDispatch
            = { TicketEvent::Send, TicketEvent::Receive, TicketEvent::Dispatch };
        QVERIFY(!addTicket(f, QStringLiteral("工单一"), 2, 2, toDispatch, standby).isEmpty());
        QVERIFY(!addTicket(f, QStringLiteral("工单二"), 2, 2,
            toDispatch + QList { TicketEvent::Deliver, TicketEvent::Accept }, standby)
                     .isEmpty());
        QVERIFY(!addTicket(f, QStringLiteral("工单三"), 2, 2,
            toDispatch + QList { TicketEvent::Deliver, TicketEvent::Cancel }, standby)
                     .isEmpty());
        QVERIFY(!addTicket(f, QStringLiteral("工单四"), 2, 2,
            toDispatch + QList { TicketEvent::Deliver, TicketEvent::Accept, TicketEvent::Depart }, busy)
                     .isEmpty());

        auto crews = DispatchRepository(*f.store).crews();
        QVERIFY2(crews, crews ? "" : qPrintable(crews.error().toString()));
        QCOMPARE(crews->size(), 4); // not the other outlet's
        QCOMPARE(crews->at(0).id, standby);
        QCOMPARE(crews->at(1).id, busy);
        QCOMPARE(crews->at(2).id, away);
        QCOMPARE(crews->at(3).id, off);
        QCOMPARE(crews->at(0).members,
            (QStringList {
                QStringLiteral("王建军"), QStringLiteral("李强") })); // by staff number, active only
        QCOMPARE(crews->at(0).openLoad, 2);
        QVERIFY(!crews->at(0).vehicleBusy);
        QCOMPARE(crews->at(1).members, QStringList { QStringLiteral("周磊") });
        QCOMPARE(crews->at(1).openLoad, 1);
        QVERIFY(crews->at(1).vehicleBusy);
        QCOMPARE(crews->at(2).status, QStringLiteral("away"));
        QCOMPARE(crews->at(2).statusNote, QStringLiteral("车辆年检"));
        QCOMPARE(crews->at(2).awayUntil, f.clock.nowMs() + 90 * kMinute);
        QCOMPARE(crews->at(3).awayUntil, qint64(-1));
        QCOMPARE(crews->at(3).openLoad, 0);
        QCOMPARE(DispatchRepository(*f.store).crew(QStringLiteral("nope")).error().code,
            QStringLiteral("not_found"));
    }

    void dispatchTakesTheMissingStepsInOneTransaction()
    {
        StoreFixture f;
        QVERIFY(f.open());
        const QString crew = addCrew(f, QStringLiteral("一班"));
        const QString ticket = addTicket(f, QStringLiteral("ETC 电子标签无法识别"), 2, 2);
        const QString supervisor = addStaff(f, QStringLiteral("3001"), QStringLiteral("张伟"),
            QStringLiteral("13900000001"), { QStringLiteral("supervisor") });
        const qint64 opsBefore = f.count(QStringLiteral("outbox"));
        f.clock.advanceMs(3 * kMinute);

        auto done = DispatchRepository(*f.store).dispatch(ticket, crew, supervisor);
        QVERIFY2(done, done ? "" : qPrintable(done.error().toString()));
        QCOMPARE(done->steps, (QList { TicketEvent::Send, TicketEvent::Receive, TicketEvent::Dispatch }));
        QVERIFY(done->warning.isEmpty());
        QCOMPARE(done->ticket.state, TicketState::Dispatched);
        QCOMPARE(done->ticket.crewId, crew);
        QCOMPARE(done->ticket.dueAt, f.clock.nowMs() + 4 * kMinute); // D→E

        // Each step is a real one: its own timeline event …
        auto timeline = TicketRepository(*f.store).timeline(ticket);
        QCOMPARE(timeline->size(), 4);
        const QStringList events = { QStringLiteral("report"), QStringLiteral("send"),
            QStringLiteral("receive"), QStringLiteral("dispatch") };
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(timeline->at(i).kind, QStringLiteral("transition"));
            QCOMPARE(timeline->at(i).event, events.at(i));
        }
        QCOMPARE(timeline->at(3).fromState, QStringLiteral("received"));
        QCOMPARE(timeline->at(3).staffId, supervisor);
        // … and its own ops, all of one local transaction, so the server applies them together.
        QCOMPARE(f.count(QStringLiteral("outbox")), opsBefore + 6);
        auto q = f.store->db().run(
            QStringLiteral("SELECT kind, tx_id FROM outbox WHERE seq > ? ORDER BY seq"), { opsBefore });
        QVERIFY(q);
        QStringList kinds;
        QSet<QString> transactions;
        while (q.value().next()) {
            kinds << q.value().value(0).toString();
            transactions.insert(q.value().value(1).toString());
        }
        QCOMPARE(kinds,
            (QStringList { QStringLiteral("ticket.send"), QStringLiteral("ticket.event"),
                QStringLiteral("ticket.receive"), QStringLiteral("ticket.event"),
                QStringLiteral("ticket.dispatch"), QStringLiteral("ticket.event") }));
        QCOMPARE(transactions.size(), 1);
        QVERIFY(!transactions.begin()->isEmpty());

        // From received (and returned, reopened) only the dispatch itself is left.
        const QString received = addTicket(f, QStringLiteral("车载单元频繁掉电"), 2, 2, toReceived());
        QCOMPARE(DispatchRepository(*f.store).dispatch(received, crew, {})->steps,
            QList { TicketEvent::Dispatch });
        QVERIFY(DispatchRepository::stepsToDispatch(TicketState::Accepted).isEmpty());
        QCOMPARE(DispatchRepository::stepsToDispatch(TicketState::Sent),
            (QList { TicketEvent::Receive, TicketEvent::Dispatch }));
        QCOMPARE(DispatchRepository::stepsToDispatch(TicketState::Reopened), QList { TicketEvent::Dispatch });
    }

    void aFailingStepUndoesTheEarlierOnes()
    {
        StoreFixture f;
        QVERIFY(f.open());
        const QString crew = addCrew(f, QStringLiteral("一班"));
        const QString ticket = addTicket(f, QStringLiteral("ETC 电子标签无法识别"), 2, 2);
        const qint64 ops = f.count(QStringLiteral("outbox"));
        const qint64 events = f.count(QStringLiteral("ticket_events"));
        // The dispatch's timeline event cannot be written: send and receive must not stay behind.
        QVERIFY(f.store->db().run(QStringLiteral(
            "CREATE TEMP TRIGGER no_dispatch BEFORE INSERT ON ticket_events"
            " WHEN NEW.event = 'dispatch' BEGIN SELECT RAISE(ABORT, 'refused by test'); END")));
        auto r = DispatchRepository(*f.store).dispatch(ticket, crew, {});
        QVERIFY(!r);
        QCOMPARE(TicketRepository(*f.store).get(ticket)->state, TicketState::Reported);
        QCOMPARE(f.count(QStringLiteral("outbox")), ops);
        QCOMPARE(f.count(QStringLiteral("ticket_events")), events);
        QCOMPARE(f.store->db().transactionDepth(), 0);
    }

    void refusalsWriteNothing()
    {
        StoreFixture f;
        QVERIFY(f.open());
        const QString off = addCrew(f, QStringLiteral("瑶海区抢修四班"), QStringLiteral("off"));
        const QString elsewhere = addCrew(
            f, QStringLiteral("六安抢修班"), QStringLiteral("standby"), addOutlet(f, QStringLiteral("0202")));
        const QString standby = addCrew(f, QStringLiteral("一班"));
        const QString ticket = addTicket(f, QStringLiteral("ETC 电子标签无法识别"), 2, 2);
        const QString dispatched = addTicket(f, QStringLiteral("已派工单"), 2, 2,
            { TicketEvent::Send, TicketEvent::Receive, TicketEvent::Dispatch }, standby);
        const qint64 ops = f.count(QStringLiteral("outbox"));
        const qint64 events = f.count(QStringLiteral("ticket_events"));
        DispatchRepository repo(*f.store);

        auto r = repo.dispatch(ticket, off, {});
        QCOMPARE(r.error().code, QStringLiteral("crew_off"));
        QCOMPARE(r.error().field, QStringLiteral("crew"));
        QVERIFY(r.error().message.contains(QStringLiteral("瑶海区抢修四班")));
        QCOMPARE(repo.dispatch(ticket, elsewhere, {}).error().code, QStringLiteral("crew_other_outlet"));
        QCOMPARE(repo.dispatch(ticket, QStringLiteral("no-such-crew"), {}).error().code,
            QStringLiteral("not_found"));
        QCOMPARE(repo.dispatch(ticket, {}, {}).error().code, QStringLiteral("crew_required"));
        QCOMPARE(repo.dispatch(dispatched, standby, {}).error().code, QStringLiteral("illegal_transition"));
        QCOMPARE(repo.dispatch(QStringLiteral("no-such-ticket"), standby, {}).error().code,
            QStringLiteral("not_found"));
        QCOMPARE(f.count(QStringLiteral("outbox")), ops);
        QCOMPARE(f.count(QStringLiteral("ticket_events")), events);
        QCOMPARE(TicketRepository(*f.store).get(ticket)->state, TicketState::Reported);
    }

    void anAwayCrewIsWarnedAboutNotRefused()
    {
        StoreFixture f;
        QVERIFY(f.open());
        const QString away = addCrew(f, QStringLiteral("包河区抢修三班"), QStringLiteral("away"));
        const QString ticket = addTicket(f, QStringLiteral("ETC 电子标签无法识别"), 2, 2, toReceived());
        auto r = DispatchRepository(*f.store).dispatch(ticket, away, {});
        QVERIFY2(r, r ? "" : qPrintable(r.error().toString()));
        QCOMPARE(r->ticket.state, TicketState::Dispatched);
        QVERIFY(r->warning.contains(QStringLiteral("包河区抢修三班")));
        QVERIFY(r->warning.contains(QStringLiteral("车辆年检")));
        QVERIFY(r->warning.contains(
            QStringLiteral("01:30"))); // away until: 90 min after the fixture's midnight, UTC
        // The timeline keeps what the dispatcher was told.
        QCOMPARE(TicketRepository(*f.store).timeline(ticket)->last().note, r->warning);
    }

    void crewStatusIsAnOpAndAwayIsAnnounced()
    {
        StoreFixture f;
        QVERIFY(f.open());
        const QString crew = addCrew(f, QStringLiteral("一班"));
        DispatchRepository repo(*f.store);
        const qint64 ops = f.count(QStringLiteral("outbox"));
        QCOMPARE(
            repo.setCrewStatus(crew, QStringLiteral("away"), {}, f.clock.nowMs() + kMinute, {}).error().field,
            QStringLiteral("note"));
        QCOMPARE(repo.setCrewStatus(crew, QStringLiteral("away"), QStringLiteral("午餐"), f.clock.nowMs(), {})
                     .error()
                     .field,
            QStringLiteral("awayUntil"));
        QCOMPARE(repo.setCrewStatus(crew, QStringLiteral("asleep"), {}, -1, {}).error().code,
            QStringLiteral("invalid_status"));
        QCOMPARE(repo.setCrewStatus(QStringLiteral("nope"), QStringLiteral("busy"), {}, -1, {}).error().code,
            QStringLiteral("not_found"));
        QCOMPARE(f.count(QStringLiteral("outbox")), ops);

        auto away = repo.setCrewStatus(crew, QStringLiteral("away"), QStringLiteral("  午餐 "),
            f.clock.nowMs() + 45 * kMinute, QStringLiteral("staff-1001"));
        QVERIFY2(away, away ? "" : qPrintable(away.error().toString()));
        QCOMPARE(away->status, QStringLiteral("away"));
        QCOMPARE(away->statusNote, QStringLiteral("午餐"));
        QCOMPARE(away->awayUntil, f.clock.nowMs() + 45 * kMinute);
        const OutboxOp op = f.store->outbox().pendingFor(crew).value().last();
        QCOMPARE(op.kind, QStringLiteral("crew.status"));
        QCOMPARE(op.staffId, QStringLiteral("staff-1001"));
        QCOMPARE(op.payload.value(QStringLiteral("fields")).toObject().keys(),
            (QStringList {
                QStringLiteral("away_until"), QStringLiteral("status"), QStringLiteral("status_note") }));

        // Back: the until time goes.
        auto back
            = repo.setCrewStatus(crew, QStringLiteral("standby"), {}, f.clock.nowMs() + 45 * kMinute, {});
        QVERIFY(back);
        QCOMPARE(back->awayUntil, qint64(-1));
        QVERIFY(back->statusNote.isEmpty());
        QVERIFY(f.store->outbox()
                    .pendingFor(crew)
                    .value()
                    .last()
                    .payload.value(QStringLiteral("fields"))
                    .toObject()
                    .value(QStringLiteral("away_until"))
                    .isNull());
    }

    void escalationContactsDefaultToTheOutletsSupervisors()
    {
        StoreFixture f;
        QVERIFY(f.open());
        addStaff(f, QStringLiteral("3002"), QStringLiteral("李娜"), QStringLiteral("13800000002"),
            { QStringLiteral("supervisor") });
        addStaff(f, QStringLiteral("3001"), QStringLiteral("张伟"), QStringLiteral("13900000001"),
            { QStringLiteral("supervisor"), QStringLiteral("counter") });
        addStaff(f, QStringLiteral("3003"), QStringLiteral("无电话"), {}, { QStringLiteral("supervisor") });
        addStaff(f, QStringLiteral("2001"), QStringLiteral("陈静"), QStringLiteral("13955100004"),
            { QStringLiteral("counter") });
        addStaff(f, QStringLiteral("3009"), QStringLiteral("外网点主管"), QStringLiteral("13955100009"),
            { QStringLiteral("supervisor") }, addOutlet(f, QStringLiteral("0202")));
        DispatchRepository repo(*f.store);
        const QList<EscalationContact> supervisors
            = { { QStringLiteral("张伟"), QStringLiteral("13900000001") },
                  { QStringLiteral("李娜"), QStringLiteral("13800000002") } };
        QCOMPARE(repo.escalationContacts().value(), supervisors);
        QCOMPARE(supervisors.at(0).display(), QStringLiteral("张伟 139****0001"));
        QCOMPARE((EscalationContact { QStringLiteral("值班室"), QStringLiteral("0551-63350000") }).display(),
            QStringLiteral("值班室 0551-63350000"));

        const QList<EscalationContact> configured
            = { { QStringLiteral("值班室"), QStringLiteral("0551-63350000") } };
        QVERIFY(repo.setEscalationContacts(configured));
        QCOMPARE(repo.escalationContacts().value(), configured);
        QCOMPARE(repo.setEscalationContacts({ { QStringLiteral("无号码"), {} } }).error().code,
            QStringLiteral("invalid_contact"));
        QVERIFY(repo.setEscalationContacts({}));
        QCOMPARE(repo.escalationContacts().value(), supervisors);
        QVERIFY(f.store->setSetting(
            QString::fromLatin1(DispatchRepository::kContactsKey), QStringLiteral("{not json")));
        QCOMPARE(repo.escalationContacts().error().code, QStringLiteral("invalid_setting"));
    }

    void alertRaisedOnceAfterTheLimit()
    {
        StoreFixture f;
        QVERIFY(f.open());
        const QString crew = addCrew(f, QStringLiteral("政务区抢修一班"));
        const QString sender = addStaff(f, QStringLiteral("3001"), QStringLiteral("张伟"),
            QStringLiteral("13900000001"), { QStringLiteral("supervisor") });
        const QString member
            = addStaff(f, QStringLiteral("1001"), QStringLiteral("王建军"), {}, { QStringLiteral("crew") });
        const QString ticket = addTicket(f, QStringLiteral("ETC 电子标签无法识别"), 2, 2);
        DispatchRepository repo(*f.store);
        const QList<EscalationContact> contacts = { { QStringLiteral("张伟"), QStringLiteral("13900000001") },
            { QStringLiteral("李娜"), QStringLiteral("13800000002") } };
        QVERIFY(repo.dispatch(ticket, crew, sender));
        const qint64 handedOver = f.clock.nowMs();
        auto alertsOnTicket = [&] {
            return f.count(QStringLiteral("ticket_events"),
                QStringLiteral("kind = 'alert' AND ticket_id = '%1'").arg(ticket));
        };

        // Not before: exactly at the limit is still in time.
        QCOMPARE(repo.raiseDueAlerts(handedOver + 3 * kMinute, contacts)->size(), 0);
        QCOMPARE(repo.raiseDueAlerts(handedOver + 4 * kMinute, contacts)->size(), 0);
        QVERIFY(repo.openAlerts()->isEmpty());
        // Delivered to the tablet still counts as not accepted.
        f.clock.advanceMs(kMinute);
        QVERIFY(TicketRepository(*f.store).apply(ticket, TicketEvent::Deliver, {}));

        const qint64 ops = f.count(QStringLiteral("outbox"));
        f.clock.setMs(handedOver + 6 * kMinute);
        auto raised = repo.raiseDueAlerts(f.clock.nowMs(), contacts);
        QVERIFY2(raised, raised ? "" : qPrintable(raised.error().toString()));
        QCOMPARE(raised->size(), 1);
        const AcceptAlert &a = raised->constFirst();
        QCOMPARE(a.ticketId, ticket);
        QCOMPARE(a.crewName, QStringLiteral("政务区抢修一班"));
        QCOMPARE(a.state, TicketState::Delivered);
        QCOMPARE(a.handedOverAt, handedOver);
        QCOMPARE(a.raisedAt, f.clock.nowMs());
        QVERIFY(a.note.contains(QStringLiteral("张伟 139****0001")));
        QVERIFY(a.note.contains(QStringLiteral("李娜 138****0002")));
        QCOMPARE(alertsOnTicket(), 1);
        // One op, ticket.event, on behalf of the sender.
        QCOMPARE(f.count(QStringLiteral("outbox")), ops + 1);
        const OutboxOp op = f.store->outbox().pendingFor(a.eventId).value().constFirst();
        QCOMPARE(op.kind, QStringLiteral("ticket.event"));
        QCOMPARE(op.staffId, sender);
        const QJsonObject fields = op.payload.value(QStringLiteral("fields")).toObject();
        QCOMPARE(fields.value(QStringLiteral("kind")).toString(), QStringLiteral("alert"));
        QCOMPARE(fields.value(QStringLiteral("device_id")).toString(), f.store->identity().deviceId);
        QCOMPARE(fields.value(QStringLiteral("note")).toString(), a.note);

        // Idempotent: again, and later, nothing new.
        QCOMPARE(repo.raiseDueAlerts(f.clock.nowMs(), contacts)->size(), 0);
        QCOMPARE(repo.raiseDueAlerts(f.clock.nowMs() + 30 * kMinute, contacts)->size(), 0);
        QCOMPARE(alertsOnTicket(), 1);
        auto open = repo.openAlerts();
        QCOMPARE(open->size(), 1);
        QCOMPARE(open->constFirst().eventId, a.eventId);
        QCOMPARE(open->constFirst().note, a.note);
        QCOMPARE(open->constFirst().ticketNo, a.ticketNo);

        // Returned and dispatched again: a new handover, watched afresh.
        f.clock.advanceMs(kMinute);
        QVERIFY(TicketRepository(*f.store).apply(
            ticket, TicketEvent::Return, member, QStringLiteral("不在本班组辖区")));
        QVERIFY(repo.openAlerts()->isEmpty());
        f.clock.advanceMs(kMinute);
        QVERIFY(repo.dispatch(ticket, crew, sender));
        const qint64 again = f.clock.nowMs();
        QCOMPARE(repo.raiseDueAlerts(again + 2 * kMinute, contacts)->size(), 0);
        QCOMPARE(repo.raiseDueAlerts(again + 5 * kMinute, {})->size(), 1);
        QCOMPARE(alertsOnTicket(), 2);
        QVERIFY(repo.openAlerts()->constFirst().note.contains(QStringLiteral("no escalation contacts")));

        // Accepted: the alert is over, and nothing more is raised.
        f.clock.setMs(again + 6 * kMinute);
        QVERIFY(TicketRepository(*f.store).apply(ticket, TicketEvent::Deliver, {}));
        QVERIFY(TicketRepository(*f.store).apply(ticket, TicketEvent::Accept, member));
        QVERIFY(repo.openAlerts()->isEmpty());
        QCOMPARE(repo.raiseDueAlerts(again + 60 * kMinute, contacts)->size(), 0);
        QCOMPARE(alertsOnTicket(), 2);
    }

    void noAlertAfterAcceptanceInTime()
    {
        StoreFixture f;
        QVERIFY(f.open());
        const QString crew = addCrew(f, QStringLiteral("一班"));
        const QString ticket = addTicket(f, QStringLiteral("ETC 电子标签无法识别"), 2, 2, toReceived());
        DispatchRepository repo(*f.store);
        QVERIFY(repo.dispatch(ticket, crew, {}));
        const qint64 handedOver = f.clock.nowMs();
        f.clock.advanceMs(2 * kMinute);
        QVERIFY(TicketRepository(*f.store).apply(ticket, TicketEvent::Deliver, {}));
        QVERIFY(TicketRepository(*f.store).apply(ticket, TicketEvent::Accept, {}));
        QCOMPARE(repo.raiseDueAlerts(handedOver + 10 * kMinute, {})->size(), 0);
        QCOMPARE(f.count(QStringLiteral("ticket_events"), QStringLiteral("kind = 'alert'")), 0);
    }

    void onlyTheSendingDeviceAlerts()
    {
        StoreFixture f;
        QVERIFY(f.open());
        const QString crew = addCrew(f, QStringLiteral("一班"));
        const QString mine = addTicket(f, QStringLiteral("本机派出的工单"), 2, 2, toReceived());
        const QString theirs = addTicket(f, QStringLiteral("另一台柜台派出的工单"), 2, 2, toReceived());
        DispatchRepository repo(*f.store);
        QVERIFY(repo.dispatch(mine, crew, {}));
        // The other counter of the outlet dispatches its ticket (as if synced from there).
        const DeviceIdentity me = f.store->identity();
        DeviceIdentity other = me;
        other.deviceId = f.store->newId();
        other.deviceCode = QStringLiteral("08");
        QVERIFY(f.store->setIdentity(other));
        QVERIFY(repo.dispatch(theirs, crew, {}));
        QVERIFY(f.store->setIdentity(me));

        auto raised = repo.raiseDueAlerts(f.clock.nowMs() + 10 * kMinute, {});
        QCOMPARE(raised->size(), 1);
        QCOMPARE(raised->constFirst().ticketId, mine);
    }
};

QTEST_GUILESS_MAIN(TestDispatchRepository)
#include "tst_dispatchrepository.moc"
