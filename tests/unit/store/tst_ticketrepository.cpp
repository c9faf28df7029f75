#include "storefixture.h"
#include "ticketrepository.h"
#include "workrecordfill.h"

#include <QJsonObject>
#include <QTest>

using namespace fd;

class TestTicketRepository : public QObject
{
    Q_OBJECT

private:
    static QString addCrew(StoreFixture &f, const QString &name)
    {
        Transaction tx(f.store->db());
        Change c;
        c.opKind = QStringLiteral("crew.create");
        c.entity = QStringLiteral("crew");
        c.entityId = f.store->newId();
        c.fields = {{QStringLiteral("outlet_id"), f.outletId}, {QStringLiteral("name"), name}};
        if (!f.store->write(c) || !tx.commit())
            return {};
        return c.entityId;
    }

    static NewTicket ticket(const QString &title)
    {
        NewTicket t;
        t.title = title;
        t.address = QStringLiteral("合肥西收费站 3 号车道");
        t.contactName = QStringLiteral("王师傅");
        t.contactPhone = QStringLiteral("139 5511 2233");
        t.urgency = 1;
        t.impact = 2;
        return t;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void createNumbersTicketsWithoutAServer()
    {
        StoreFixture f;
        QVERIFY(f.open());
        TicketRepository repo(*f.store);
        auto a = repo.create(ticket(QStringLiteral("OBU 无法识别")), {});
        auto b = repo.create(ticket(QStringLiteral("车道抬杆失败")), {});
        QVERIFY(a && b);
        QCOMPARE(a->ticketNo, QStringLiteral("T-0101-07-000001"));
        QCOMPARE(b->ticketNo, QStringLiteral("T-0101-07-000002"));
        QCOMPARE(a->state, TicketState::Reported);
        QCOMPARE(a->priority, 2);
        QCOMPARE(a->dueAt, a->reportedAt + 2 * 60 * 1000); // A→B within 2 minutes
        QCOMPARE(f.count(QStringLiteral("tickets"), QStringLiteral("contact_phone = '13955112233'")), 2);
        auto timeline = repo.timeline(a->id);
        QCOMPARE(timeline->size(), 1);
        QCOMPARE(timeline->front().toState, QStringLiteral("reported"));
    }

    void badInputIsRefused()
    {
        StoreFixture f;
        QVERIFY(f.open());
        TicketRepository repo(*f.store);
        NewTicket t = ticket(QStringLiteral("x"));
        QCOMPARE(repo.create(t, {}).error().field, QStringLiteral("title"));
        t = ticket(QStringLiteral("OBU 无法识别"));
        t.contactPhone = QStringLiteral("12345");
        QCOMPARE(repo.create(t, {}).error().field, QStringLiteral("contactPhone"));
        t = ticket(QStringLiteral("OBU 无法识别"));
        t.urgency = 4;
        QCOMPARE(repo.create(t, {}).error().code, QStringLiteral("invalid_priority"));
        QCOMPARE(f.count(QStringLiteral("tickets")), 0);
    }

    void updateChangesPlainFieldsInOneOp()
    {
        StoreFixture f;
        QVERIFY(f.open());
        TicketRepository repo(*f.store);
        auto t = repo.create(ticket(QStringLiteral("OBU 无法识别")), {});
        QVERIFY(t);
        const int ops = f.count(QStringLiteral("outbox"));
        TicketEdit edit;
        edit.address = QStringLiteral("  合肥南收费站  1 号车道 ");
        edit.contactPhone = QStringLiteral("138 0013 8000");
        edit.urgency = 3;
        auto changed = repo.update(t->id, edit, QStringLiteral("staff-1"));
        QVERIFY2(changed, changed ? "" : qPrintable(changed.error().toString()));
        QCOMPARE(changed->address, QStringLiteral("合肥南收费站 1 号车道"));
        QCOMPARE(changed->priority, 4); // urgency 3 × impact 2
        QCOMPARE(changed->state, TicketState::Reported);
        QCOMPARE(f.count(QStringLiteral("tickets"), QStringLiteral("contact_phone = '13800138000' AND urgency = 3 AND impact = 2")), 1);
        // One op with exactly the changed fields, and the row's earlier clock as its base.
        QCOMPARE(f.count(QStringLiteral("outbox")), ops + 1);
        auto op = f.store->outbox().pendingFor(t->id).value().last();
        QCOMPARE(op.kind, QStringLiteral("ticket.update"));
        QCOMPARE(op.payload.value(QStringLiteral("fields")).toObject().keys(),
                 (QStringList{QStringLiteral("address"), QStringLiteral("contact_phone"), QStringLiteral("priority"),
                              QStringLiteral("urgency")}));
        QVERIFY(!op.payload.value(QStringLiteral("base_hlc")).toString().isEmpty());
        // Bad input changes nothing.
        TicketEdit bad;
        bad.contactPhone = QStringLiteral("12345");
        bad.address = QStringLiteral("不应保存");
        QCOMPARE(repo.update(t->id, bad, {}).error().field, QStringLiteral("contactPhone"));
        bad = {};
        bad.impact = 0;
        QCOMPARE(repo.update(t->id, bad, {}).error().code, QStringLiteral("invalid_priority"));
        QCOMPARE(repo.update(t->id, TicketEdit{}, {}).error().code, QStringLiteral("nothing_to_change"));
        TicketEdit elsewhere;
        elsewhere.urgency = 1;
        QCOMPARE(repo.update(QStringLiteral("no-such-ticket"), elsewhere, {}).error().code, QStringLiteral("not_found"));
        QCOMPARE(f.count(QStringLiteral("outbox")), ops + 1);
        QCOMPARE(f.count(QStringLiteral("tickets"), QStringLiteral("address = '不应保存'")), 0);
    }

    void fullWorkflowIsRecordedAsTimePoints()
    {
        StoreFixture f;
        QVERIFY(f.open());
        const QString crew = addCrew(f, QStringLiteral("一班"));
        QVERIFY(!crew.isEmpty());
        TicketRepository repo(*f.store);
        auto t = repo.create(ticket(QStringLiteral("ETC 卡余额显示异常")), {});
        QVERIFY(t);
        const QList<TicketEvent> steps = {TicketEvent::Send,   TicketEvent::Receive, TicketEvent::Dispatch, TicketEvent::Deliver,
                                          TicketEvent::Accept, TicketEvent::Depart,  TicketEvent::Arrive,   TicketEvent::Finish,
                                          TicketEvent::Close};
        for (TicketEvent e : steps) {
            f.clock.advanceMs(60 * 1000);
            if (e == TicketEvent::Finish) {
                // Finishing needs the crew's checklist; closing needs the customer's answer.
                QVERIFY(!repo.apply(t->id, e, {}));
                auto work = test::completeWorkRecord(*f.store, t->id, {});
                QVERIFY2(work, work ? "" : qPrintable(work.error().toString()));
            }
            if (e == TicketEvent::Close) {
                QCOMPARE(repo.apply(t->id, e, {}).error().code, QStringLiteral("callback_required"));
                auto cb = test::closeBySatisfiedCallback(*f.store, t->id, {});
                QVERIFY2(cb, cb ? "" : qPrintable(cb.error().toString()));
                continue;
            }
            auto r = repo.apply(t->id, e, {}, {}, e == TicketEvent::Dispatch ? crew : QString());
            QVERIFY2(r, r ? "" : qPrintable(r.error().toString()));
            if (e == TicketEvent::Dispatch)
                QCOMPARE(r->crewId, crew);
        }
        auto closed = repo.get(t->id);
        QCOMPARE(closed->state, TicketState::Closed);
        QCOMPARE(closed->dueAt, qint64(-1));
        auto timeline = repo.timeline(t->id);
        QCOMPARE(timeline->size(), steps.size() + 1);
        QCOMPARE(timeline->last().fromState, QStringLiteral("finished"));
        QCOMPARE(timeline->last().toState, QStringLiteral("closed"));
        // One op for the row change and one for the event, per step, plus the two of create; the
        // work record (fault, two confirmations, two files) and the callback.
        QCOMPARE(f.count(QStringLiteral("outbox"), QStringLiteral("entity_id = '%1' OR payload LIKE '%%1%'").arg(t->id)),
                 qint64(2 + 2 * steps.size() + 5 + 1));
    }

    void illegalMovesChangeNothing()
    {
        StoreFixture f;
        QVERIFY(f.open());
        TicketRepository repo(*f.store);
        auto t = repo.create(ticket(QStringLiteral("OBU 无法识别")), {});
        QVERIFY(t);
        const qint64 ops = f.count(QStringLiteral("outbox"));
        auto r = repo.apply(t->id, TicketEvent::Accept, {});
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("illegal_transition"));
        QCOMPARE(repo.get(t->id)->state, TicketState::Reported);
        QCOMPARE(f.count(QStringLiteral("outbox")), ops);
        QCOMPARE(repo.timeline(t->id)->size(), 1);

        QVERIFY(repo.apply(t->id, TicketEvent::Send, {}));
        QVERIFY(repo.apply(t->id, TicketEvent::Receive, {}));
        QCOMPARE(repo.apply(t->id, TicketEvent::Dispatch, {}).error().code, QStringLiteral("crew_required"));
        QCOMPARE(repo.apply(QStringLiteral("no-such-id"), TicketEvent::Send, {}).error().code, QStringLiteral("not_found"));
    }

    void returnNeedsAReasonAndClearsTheCrew()
    {
        StoreFixture f;
        QVERIFY(f.open());
        const QString crew = addCrew(f, QStringLiteral("二班"));
        TicketRepository repo(*f.store);
        auto t = repo.create(ticket(QStringLiteral("OBU 无法识别")), {});
        QVERIFY(repo.apply(t->id, TicketEvent::Send, {}) && repo.apply(t->id, TicketEvent::Receive, {}));
        QVERIFY(repo.apply(t->id, TicketEvent::Dispatch, {}, {}, crew));
        QCOMPARE(repo.apply(t->id, TicketEvent::Return, {}).error().code, QStringLiteral("reason_required"));
        auto back = repo.apply(t->id, TicketEvent::Return, {}, QStringLiteral("不属于本班组辖区"));
        QVERIFY(back);
        QCOMPARE(back->state, TicketState::Returned);
        QVERIFY(back->crewId.isEmpty());
        QCOMPARE(repo.countForCrew(crew).value(), 0);
        QCOMPARE(repo.timeline(t->id)->last().note, QStringLiteral("不属于本班组辖区"));
    }

    void crewListIsOrderedByDueTimeAndOverdueIsFound()
    {
        StoreFixture f;
        QVERIFY(f.open());
        const QString crew = addCrew(f, QStringLiteral("三班"));
        TicketRepository repo(*f.store);
        QStringList ids;
        for (int i = 0; i < 3; ++i) {
            auto t = repo.create(ticket(QStringLiteral("工单 %1").arg(i)), {});
            QVERIFY(repo.apply(t->id, TicketEvent::Send, {}) && repo.apply(t->id, TicketEvent::Receive, {}));
            QVERIFY(repo.apply(t->id, TicketEvent::Dispatch, {}, {}, crew));
            ids << t->id;
            f.clock.advanceMs(30 * 1000);
        }
        // The first ticket is accepted a minute later: its next step (depart) is then due 3 minutes
        // on, after the other two tickets' 4-minute delivery limits run out.
        f.clock.advanceMs(60 * 1000);
        QVERIFY(repo.apply(ids[0], TicketEvent::Deliver, {}) && repo.apply(ids[0], TicketEvent::Accept, {}));
        auto list = repo.forCrew(crew, 50);
        QVERIFY(list);
        QCOMPARE(list->size(), 3);
        QVERIFY(list->at(0).dueAt <= list->at(1).dueAt && list->at(1).dueAt <= list->at(2).dueAt);
        QCOMPARE(list->at(2).id, ids[0]);
        QCOMPARE(repo.countForCrew(crew).value(), 3);
        QCOMPARE(repo.forCrew(crew, 2, 2)->size(), 1);

        QCOMPARE(repo.overdue(f.clock.nowMs(), 50)->size(), 0);
        f.clock.advanceMs(10 * 60 * 1000);
        auto late = repo.overdue(f.clock.nowMs(), 50);
        QCOMPARE(late->size(), 3);
        QVERIFY(late->at(0).dueAt <= late->at(1).dueAt);
    }
};

QTEST_GUILESS_MAIN(TestTicketRepository)
#include "tst_ticketrepository.moc"
