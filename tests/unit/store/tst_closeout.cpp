#include "closeoutrepository.h"
#include "fieldworkrepository.h"
#include "staffrepository.h"
#include "storefixture.h"
#include "ticketrepository.h"
#include "workrecordfill.h"

#include <QJsonObject>
#include <QTest>

using namespace fd;

/**
 * Close-out at the counter: the queue of finished tickets waiting for their callback (回访), and
 * the customer's answer — satisfied closes, unsatisfied reopens, no answer is retried later —
 * written with the ticket's step and the contact log entry in one transaction.
 */
class TestCloseOut : public QObject
{
    Q_OBJECT

private:
    static constexpr qint64 kMinute = 60 * 1000;

    template<typename T>
    static Error errorOf(const Result<T> &r)
    {
        return r ? Error{QStringLiteral("ok"), {}, {}} : r.error();
    }

    static QVariant scalar(StoreFixture &f, const QString &sql, const QVariantList &binds = {})
    {
        auto r = f.store->db().run(sql, binds);
        if (!r) {
            qWarning() << sql << r.error().toString();
            return {};
        }
        QSqlQuery q = std::move(r).value();
        return q.next() ? q.value(0) : QVariant();
    }

    static QString addCustomer(StoreFixture &f, const QString &name, const QString &phone)
    {
        Transaction tx(f.store->db());
        Change c;
        c.opKind = QStringLiteral("customer.create");
        c.entity = QStringLiteral("customer");
        c.entityId = f.store->newId();
        c.fields = {{QStringLiteral("customer_no"), QStringLiteral("C-") + c.entityId.right(8)},
                    {QStringLiteral("kind"), QStringLiteral("individual")},
                    {QStringLiteral("name"), name},
                    {QStringLiteral("phone"), phone}};
        if (!f.store->write(c) || !tx.commit())
            return {};
        return c.entityId;
    }

    static QString addCrew(StoreFixture &f)
    {
        Transaction tx(f.store->db());
        Change c;
        c.opKind = QStringLiteral("crew.create");
        c.entity = QStringLiteral("crew");
        c.entityId = f.store->newId();
        c.fields = {{QStringLiteral("outlet_id"), f.outletId}, {QStringLiteral("name"), QStringLiteral("班组 ") + c.entityId}};
        if (!f.store->write(c) || !tx.commit())
            return {};
        return c.entityId;
    }

    /** Takes an existing ticket from @p from to "arrived" (dispatch onwards). */
    static bool toSite(StoreFixture &f, const QString &ticketId)
    {
        const QString crew = addCrew(f);
        TicketRepository repo(*f.store);
        for (TicketEvent e : {TicketEvent::Dispatch, TicketEvent::Deliver, TicketEvent::Accept, TicketEvent::Depart, TicketEvent::Arrive}) {
            f.clock.advanceMs(kMinute);
            if (auto r = repo.apply(ticketId, e, {}, {}, e == TicketEvent::Dispatch ? crew : QString()); !r) {
                qWarning() << r.error().toString();
                return false;
            }
        }
        return true;
    }

    /** A ticket on site; empty @p customerId for an anonymous report with only a contact phone. */
    static QString arrivedTicket(StoreFixture &f, const QString &customerId, const QString &contactName = {},
                                 const QString &contactPhone = {})
    {
        NewTicket in;
        in.title = QStringLiteral("OBU 无法识别");
        in.customerId = customerId;
        in.contactName = contactName;
        in.contactPhone = contactPhone;
        TicketRepository repo(*f.store);
        auto t = repo.create(in, {});
        if (!t || !repo.apply(t->id, TicketEvent::Send, {}) || !repo.apply(t->id, TicketEvent::Receive, {}))
            return {};
        return toSite(f, t->id) ? t->id : QString();
    }

    /** Completes the work record and finishes an arrived ticket. */
    static bool finish(StoreFixture &f, const QString &ticketId)
    {
        f.clock.advanceMs(kMinute);
        if (auto r = test::completeWorkRecord(*f.store, ticketId, {}); !r) {
            qWarning() << r.error().toString();
            return false;
        }
        auto r = TicketRepository(*f.store).apply(ticketId, TicketEvent::Finish, {});
        if (!r)
            qWarning() << r.error().toString();
        return r.ok();
    }

    static QString finishedTicket(StoreFixture &f, const QString &customerId, const QString &contactName = {},
                                  const QString &contactPhone = {})
    {
        const QString id = arrivedTicket(f, customerId, contactName, contactPhone);
        return !id.isEmpty() && finish(f, id) ? id : QString();
    }

    static CallbackInput answer(const QString &verdict, int satisfaction, const QString &said = {})
    {
        CallbackInput in;
        in.verdict = verdict;
        in.satisfaction = satisfaction;
        in.suggestions = said;
        return in;
    }

    static CallbackInput noAnswer()
    {
        CallbackInput in;
        in.reached = false;
        return in;
    }

    /** Everything a callback may write, in one comparable line. */
    static QString snapshot(StoreFixture &f)
    {
        QStringList tickets;
        auto r = f.store->db().run(QStringLiteral("SELECT ticket_no, state, COALESCE(callback_id, '-') FROM tickets ORDER BY local_no"));
        if (r) {
            for (QSqlQuery &q = r.value(); q.next();)
                tickets << q.value(0).toString() + QLatin1Char(':') + q.value(1).toString() + QLatin1Char(':') + q.value(2).toString();
        }
        return QStringLiteral("outbox=%1 callbacks=%2 contacts=%3 events=%4 tickets=%5")
            .arg(f.count(QStringLiteral("outbox")))
            .arg(f.count(QStringLiteral("callbacks")))
            .arg(f.count(QStringLiteral("contact_log")))
            .arg(f.count(QStringLiteral("ticket_events")))
            .arg(tickets.join(QLatin1Char(' ')));
    }

    static qint64 lastSeq(StoreFixture &f) { return scalar(f, QStringLiteral("SELECT COALESCE(max(seq), 0) FROM outbox")).toLongLong(); }

    /** Kinds of the ops written after @p seq, in order. */
    static QStringList opsSince(StoreFixture &f, qint64 seq)
    {
        QStringList kinds;
        auto r = f.store->db().run(QStringLiteral("SELECT kind FROM outbox WHERE seq > ? ORDER BY seq"), {seq});
        if (r) {
            for (QSqlQuery &q = r.value(); q.next();)
                kinds << q.value(0).toString();
        }
        return kinds;
    }

    static QStringList callbackRow(StoreFixture &f, const QString &id)
    {
        auto r = f.store->db().run(QStringLiteral("SELECT state, attempts, COALESCE(next_attempt_at, -1), verdict, COALESCE(satisfaction, 0),"
                                                  " method, suggestions, COALESCE(customer_id, '-'), ticket_id, reason,"
                                                  " COALESCE(outlet_id, '-'), COALESCE(done_at, -1) FROM callbacks WHERE id = ?"),
                                   {id});
        QStringList row;
        if (r && r.value().next()) {
            for (int i = 0; i < 12; ++i)
                row << r.value().value(i).toString();
        }
        return row;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void queueIsInCallingOrder()
    {
        StoreFixture f;
        QVERIFY(f.open());
        const QString customer = addCustomer(f, QStringLiteral("陈静"), QStringLiteral("13800138000"));
        QVERIFY(!customer.isEmpty());
        CloseOutRepository closeOut(f.store.operator*(), CloseOutRepository::Policy{4, 30});
        const QString a = finishedTicket(f, customer);
        const qint64 finishedA = f.clock.nowMs();
        f.clock.advanceMs(10 * kMinute);
        const QString b = finishedTicket(f, {}, QStringLiteral("王师傅"), QStringLiteral("139 5511 2233"));
        f.clock.advanceMs(10 * kMinute);
        const QString c = finishedTicket(f, customer, QStringLiteral("陈先生"), QStringLiteral("13700137000"));
        const qint64 finishedC = f.clock.nowMs();
        const QString onSite = arrivedTicket(f, customer);
        QVERIFY(!a.isEmpty() && !b.isEmpty() && !c.isEmpty() && !onSite.isEmpty());

        auto q = closeOut.queue(10);
        QVERIFY2(q, q ? "" : qPrintable(q.error().toString()));
        QCOMPARE(q->size(), 3); // the ticket still on site is not waiting for a callback
        QCOMPARE(q->at(0).ticket.id, a);
        QCOMPARE(q->at(1).ticket.id, b);
        QCOMPARE(q->at(2).ticket.id, c);
        QCOMPARE(closeOut.count().value(), 3);
        // The number to call: the ticket's contact, else the customer's.
        QCOMPARE(q->at(0).contactPhone, QStringLiteral("13800138000"));
        QCOMPARE(q->at(0).contactName, QStringLiteral("陈静"));
        QCOMPARE(q->at(0).customerId, customer);
        QCOMPARE(q->at(1).contactPhone, QStringLiteral("13955112233"));
        QCOMPARE(q->at(1).contactName, QStringLiteral("王师傅"));
        QVERIFY(q->at(1).customerId.isEmpty());
        QCOMPARE(q->at(2).contactPhone, QStringLiteral("13700137000"));
        QCOMPARE(q->at(0).finishedAt, finishedA);
        QCOMPARE(q->at(0).callbackDueAt, finishedA + 4 * 60 * kMinute);
        QCOMPARE(q->at(0).attempts, 0);
        QCOMPARE(q->at(0).nextAttemptAt, qint64(-1));

        // A is called and does not answer: it comes back when its retry is due, after C.
        f.clock.advanceMs(kMinute);
        auto missed = closeOut.recordCallback(a, noAnswer(), {});
        QVERIFY2(missed, missed ? "" : qPrintable(missed.error().toString()));
        QCOMPARE(missed->nextAttemptAt, f.clock.nowMs() + 30 * kMinute);
        QVERIFY(missed->nextAttemptAt > finishedC);
        q = closeOut.queue(10);
        QCOMPARE(q->size(), 3);
        QCOMPARE(q->at(0).ticket.id, b);
        QCOMPARE(q->at(1).ticket.id, c);
        QCOMPARE(q->at(2).ticket.id, a);
        QCOMPARE(q->at(2).attempts, 1);
        QCOMPARE(q->at(2).nextAttemptAt, missed->nextAttemptAt);
        QCOMPARE(q->at(2).callbackDueAt, finishedA + 4 * 60 * kMinute); // the retry does not move the deadline
        QCOMPARE(closeOut.queue(1, 1)->size(), 1);
        QCOMPARE(closeOut.queue(1, 1)->first().ticket.id, c);
        QCOMPARE(closeOut.queue(10, 3)->size(), 0);
    }

    void noAnswerKeepsTheTicketFinishedAndRetries()
    {
        StoreFixture f;
        QVERIFY(f.open());
        const QString customer = addCustomer(f, QStringLiteral("陈静"), QStringLiteral("13800138000"));
        const QString id = finishedTicket(f, customer);
        QVERIFY(!id.isEmpty());
        CloseOutRepository closeOut(*f.store);
        const qint64 seq = lastSeq(f);

        CallbackInput in = noAnswer();
        in.method = QStringLiteral("sms");
        auto first = closeOut.recordCallback(id, in, {});
        QVERIFY2(first, first ? "" : qPrintable(first.error().toString()));
        const qint64 now = f.clock.nowMs();
        QCOMPARE(first->ticketState, TicketState::Finished);
        QCOMPARE(first->attempts, 1);
        QCOMPARE(first->nextAttemptAt, now + 120 * kMinute);
        QCOMPARE(callbackRow(f, first->callbackId),
                 (QStringList{QStringLiteral("pending"), QStringLiteral("1"), QString::number(now + 120 * kMinute), QString(),
                              QStringLiteral("0"), QStringLiteral("sms"), QString(), customer, id, QStringLiteral("ticket_completed"),
                              f.outletId, QStringLiteral("-1")}));
        QCOMPARE(TicketRepository(*f.store).get(id)->state, TicketState::Finished);
        QCOMPARE(scalar(f, QStringLiteral("SELECT COALESCE(callback_id, '-') FROM tickets WHERE id = ?"), {id}).toString(), QStringLiteral("-"));
        QCOMPARE(opsSince(f, seq), (QStringList{QStringLiteral("callback.create"), QStringLiteral("contact.log")}));
        QCOMPARE(f.count(QStringLiteral("contact_log"), QStringLiteral("channel = 'sms' AND ref_kind = 'ticket' AND ref_id = '%1'").arg(id)), 1);

        // Three hours later, still no answer: the same callback, one more attempt.
        f.clock.advanceMs(180 * kMinute);
        const qint64 seq2 = lastSeq(f);
        auto second = closeOut.recordCallback(id, noAnswer(), {});
        QVERIFY(second);
        QCOMPARE(second->callbackId, first->callbackId);
        QCOMPARE(second->attempts, 2);
        QCOMPARE(second->nextAttemptAt, f.clock.nowMs() + 120 * kMinute);
        QCOMPARE(f.count(QStringLiteral("callbacks")), 1);
        QCOMPARE(opsSince(f, seq2), (QStringList{QStringLiteral("callback.update"), QStringLiteral("contact.log")}));
        QCOMPARE(second->ticketState, TicketState::Finished);

        // Then the customer answers: the same callback is done, and closes the ticket.
        f.clock.advanceMs(120 * kMinute);
        auto reached = closeOut.recordCallback(id, answer(QStringLiteral("satisfied"), 5), {});
        QVERIFY2(reached, reached ? "" : qPrintable(reached.error().toString()));
        QCOMPARE(reached->callbackId, first->callbackId);
        QCOMPARE(reached->attempts, 3);
        QCOMPARE(reached->nextAttemptAt, qint64(-1));
        QCOMPARE(reached->ticketState, TicketState::Closed);
        QCOMPARE(callbackRow(f, first->callbackId).mid(0, 4),
                 (QStringList{QStringLiteral("done"), QStringLiteral("3"), QStringLiteral("-1"), QStringLiteral("satisfied")}));
        QCOMPARE(f.count(QStringLiteral("callbacks")), 1);
        QCOMPARE(closeOut.count().value(), 0);
    }

    void satisfiedCustomerClosesTheTicket()
    {
        StoreFixture f;
        QVERIFY(f.open());
        NewStaff s;
        s.staffNo = QStringLiteral("1001");
        s.name = QStringLiteral("李娜");
        s.outletId = f.outletId;
        s.roles = {QStringLiteral("counter")};
        s.pin = QStringLiteral("4821");
        s.pinIterations = 1000; // speed, not strength
        auto staff = StaffRepository(*f.store).create(s);
        QVERIFY2(staff, staff ? "" : qPrintable(staff.error().toString()));
        const QString customer = addCustomer(f, QStringLiteral("陈静"), QStringLiteral("13800138000"));
        const QString id = finishedTicket(f, customer);
        QVERIFY(!id.isEmpty());
        const qint64 seq = lastSeq(f);
        f.clock.advanceMs(30 * kMinute);

        auto done = CloseOutRepository(*f.store).recordCallback(id, answer(QStringLiteral("satisfied"), 4, QStringLiteral(" 师傅很专业 ")),
                                                                staff->id);
        QVERIFY2(done, done ? "" : qPrintable(done.error().toString()));
        const qint64 now = f.clock.nowMs();
        QCOMPARE(done->ticketState, TicketState::Closed);
        QCOMPARE(done->attempts, 1);
        QCOMPARE(callbackRow(f, done->callbackId),
                 (QStringList{QStringLiteral("done"), QStringLiteral("1"), QStringLiteral("-1"), QStringLiteral("satisfied"),
                              QStringLiteral("4"), QStringLiteral("phone"), QStringLiteral("师傅很专业"), customer, id,
                              QStringLiteral("ticket_completed"), f.outletId, QString::number(now)}));
        QCOMPARE(scalar(f, QStringLiteral("SELECT assigned_to FROM callbacks")).toString(), staff->id);
        auto ticket = TicketRepository(*f.store).get(id);
        QCOMPARE(ticket->state, TicketState::Closed);
        QCOMPARE(scalar(f, QStringLiteral("SELECT callback_id FROM tickets WHERE id = ?"), {id}).toString(), done->callbackId);
        auto timeline = TicketRepository(*f.store).timeline(id);
        QCOMPARE(timeline->last().event, QStringLiteral("close"));
        QCOMPARE(timeline->last().note, QStringLiteral("师傅很专业"));

        // One transaction: the callback, the step and its event, the contact log entry.
        QCOMPARE(opsSince(f, seq), (QStringList{QStringLiteral("callback.create"), QStringLiteral("ticket.close"),
                                                QStringLiteral("ticket.event"), QStringLiteral("contact.log")}));
        QCOMPARE(scalar(f, QStringLiteral("SELECT count(DISTINCT tx_id) FROM outbox WHERE seq > ?"), {seq}).toInt(), 1);
        auto close = f.store->outbox().pendingFor(id).value().last();
        QCOMPARE(close.kind, QStringLiteral("ticket.close"));
        QCOMPARE(close.payload.value(QStringLiteral("fields")).toObject().value(QStringLiteral("callback_id")).toString(), done->callbackId);
        QCOMPARE(CloseOutRepository(*f.store).count().value(), 0);
    }

    void unsatisfiedCustomerReopensAndTheNextFinishIsCalledAgain()
    {
        StoreFixture f;
        QVERIFY(f.open());
        const QString customer = addCustomer(f, QStringLiteral("陈静"), QStringLiteral("13800138000"));
        const QString id = finishedTicket(f, customer);
        QVERIFY(!id.isEmpty());
        CloseOutRepository closeOut(*f.store);
        TicketRepository tickets(*f.store);

        const QString before = snapshot(f);
        auto noReason = closeOut.recordCallback(id, answer(QStringLiteral("unsatisfied"), 2, QStringLiteral("   ")), {});
        QCOMPARE(errorOf(noReason).code, QStringLiteral("reason_required"));
        QCOMPARE(errorOf(noReason).field, QStringLiteral("suggestions"));
        QCOMPARE(snapshot(f), before);

        auto reopened = closeOut.recordCallback(id, answer(QStringLiteral("unsatisfied"), 2, QStringLiteral("OBU 仍然无法识别")), {});
        QVERIFY2(reopened, reopened ? "" : qPrintable(reopened.error().toString()));
        QCOMPARE(reopened->ticketState, TicketState::Reopened);
        QCOMPARE(tickets.get(id)->state, TicketState::Reopened);
        QCOMPARE(callbackRow(f, reopened->callbackId).mid(3, 4),
                 (QStringList{QStringLiteral("unsatisfied"), QStringLiteral("2"), QStringLiteral("phone"), QStringLiteral("OBU 仍然无法识别")}));
        QCOMPARE(scalar(f, QStringLiteral("SELECT callback_id FROM tickets WHERE id = ?"), {id}).toString(), reopened->callbackId);
        QCOMPARE(tickets.timeline(id)->last().note, QStringLiteral("OBU 仍然无法识别")); // the crew sees why
        QCOMPARE(closeOut.count().value(), 0);

        // The crew goes again and finishes again; the counter calls again, with a new callback.
        QVERIFY(toSite(f, id));
        FaultInput second;
        second.causeCategory = QStringLiteral("vehicle");
        second.causeSubcategory = QStringLiteral("metal_film");
        second.ownership = QStringLiteral("customer");
        second.workDone = QStringLiteral("OBU 移至前挡无膜区域，试通行正常。");
        QVERIFY(FieldWorkRepository(*f.store).recordFault(id, second, {}));
        // The first visit's checklist does not carry over: this visit is recorded on its own.
        QCOMPARE(errorOf(tickets.apply(id, TicketEvent::Finish, {})).code, QStringLiteral("checklist_incomplete"));
        QVERIFY(test::completeWorkRecord(*f.store, id, {}));
        QVERIFY(tickets.apply(id, TicketEvent::Finish, {}));
        auto q = closeOut.queue(10);
        QCOMPARE(q->size(), 1);
        QCOMPARE(q->first().attempts, 0);
        auto closed = closeOut.recordCallback(id, answer(QStringLiteral("satisfied"), 5), {});
        QVERIFY2(closed, closed ? "" : qPrintable(closed.error().toString()));
        QVERIFY(closed->callbackId != reopened->callbackId);
        QCOMPARE(closed->attempts, 1);
        QCOMPARE(closed->ticketState, TicketState::Closed);
        QCOMPARE(f.count(QStringLiteral("callbacks"), QStringLiteral("ticket_id = '%1' AND state = 'done'").arg(id)), 2);
        QCOMPARE(scalar(f, QStringLiteral("SELECT callback_id FROM tickets WHERE id = ?"), {id}).toString(), closed->callbackId);
    }

    void contactLogOnlyForAKnownCustomer()
    {
        StoreFixture f;
        QVERIFY(f.open());
        const QString customer = addCustomer(f, QStringLiteral("陈静"), QStringLiteral("13800138000"));
        const QString anonymous = finishedTicket(f, {}, QStringLiteral("王师傅"), QStringLiteral("13955112233"));
        const QString known = finishedTicket(f, customer);
        QVERIFY(!anonymous.isEmpty() && !known.isEmpty());
        CloseOutRepository closeOut(*f.store);

        qint64 seq = lastSeq(f);
        auto a = closeOut.recordCallback(anonymous, answer(QStringLiteral("satisfied"), 5), {});
        QVERIFY2(a, a ? "" : qPrintable(a.error().toString()));
        QCOMPARE(callbackRow(f, a->callbackId).value(7), QStringLiteral("-")); // no customer on file
        QCOMPARE(f.count(QStringLiteral("contact_log")), 0);
        QCOMPARE(opsSince(f, seq), (QStringList{QStringLiteral("callback.create"), QStringLiteral("ticket.close"), QStringLiteral("ticket.event")}));

        seq = lastSeq(f);
        CallbackInput in = answer(QStringLiteral("satisfied"), 4, QStringLiteral("满意"));
        in.method = QStringLiteral("wechat");
        auto k = closeOut.recordCallback(known, in, {});
        QVERIFY(k);
        QCOMPARE(f.count(QStringLiteral("contact_log")), 1);
        const QString ticketNo = TicketRepository(*f.store).get(known)->ticketNo;
        QCOMPARE(f.count(QStringLiteral("contact_log"), QStringLiteral("customer_id = '%1' AND channel = 'wechat' AND ref_kind = 'ticket'"
                                                                       " AND ref_id = '%2' AND reply = '满意' AND content LIKE '%%3%'")
                                                            .arg(customer, known, ticketNo)),
                 1);
        QCOMPARE(opsSince(f, seq).last(), QStringLiteral("contact.log"));
    }

    void refusalsChangeNothing()
    {
        StoreFixture f;
        QVERIFY(f.open());
        const QString customer = addCustomer(f, QStringLiteral("陈静"), QStringLiteral("13800138000"));
        const QString id = finishedTicket(f, customer);
        const QString onSite = arrivedTicket(f, customer);
        QVERIFY(!id.isEmpty() && !onSite.isEmpty());
        CloseOutRepository closeOut(*f.store);
        const auto refusal = [&](const QString &ticketId, const CallbackInput &in) {
            const Error e = errorOf(closeOut.recordCallback(ticketId, in, {}));
            return e.field.isEmpty() ? e.code : e.code + QLatin1Char('/') + e.field;
        };
        const QString before = snapshot(f);

        CallbackInput in = answer(QStringLiteral("satisfied"), 5);
        in.method = QStringLiteral("fax");
        QCOMPARE(refusal(id, in), QStringLiteral("invalid_method/method"));
        in = noAnswer();
        in.method = QString();
        QCOMPARE(refusal(id, in), QStringLiteral("invalid_method/method"));
        QCOMPARE(refusal(id, answer(QStringLiteral("satisfied"), 0)), QStringLiteral("invalid_satisfaction/satisfaction"));
        QCOMPARE(refusal(id, answer(QStringLiteral("satisfied"), 6)), QStringLiteral("invalid_satisfaction/satisfaction"));
        QCOMPARE(refusal(id, answer(QString(), 3)), QStringLiteral("invalid_verdict/verdict"));
        QCOMPARE(refusal(id, answer(QStringLiteral("so-so"), 3)), QStringLiteral("invalid_verdict/verdict"));
        QCOMPARE(refusal(id, answer(QStringLiteral("unsatisfied"), 1)), QStringLiteral("reason_required/suggestions"));
        QCOMPARE(refusal(id, answer(QStringLiteral("satisfied"), 5, QString(2001, QLatin1Char('x')))),
                 QStringLiteral("invalid_suggestions/suggestions"));
        QCOMPARE(refusal(QStringLiteral("no-such-ticket"), answer(QStringLiteral("satisfied"), 5)), QStringLiteral("not_found"));
        // Only a finished ticket is called back: not one still on site …
        QCOMPARE(refusal(onSite, answer(QStringLiteral("satisfied"), 5)), QStringLiteral("wrong_state"));
        QCOMPARE(refusal(onSite, noAnswer()), QStringLiteral("wrong_state"));
        QCOMPARE(snapshot(f), before);

        // … nor one already closed.
        QVERIFY(closeOut.recordCallback(id, answer(QStringLiteral("satisfied"), 5), {}));
        const QString closed = snapshot(f);
        QCOMPARE(refusal(id, answer(QStringLiteral("unsatisfied"), 1, QStringLiteral("后悔了"))), QStringLiteral("wrong_state"));
        QCOMPARE(refusal(id, noAnswer()), QStringLiteral("wrong_state"));
        QCOMPARE(snapshot(f), closed);
    }

    void closeAndReopenNeedACallback()
    {
        StoreFixture f;
        QVERIFY(f.open());
        const QString id = finishedTicket(f, {}, QStringLiteral("王师傅"), QStringLiteral("13955112233"));
        QVERIFY(!id.isEmpty());
        TicketRepository tickets(*f.store);
        const QString before = snapshot(f);
        for (TicketEvent e : {TicketEvent::Close, TicketEvent::Reopen}) {
            const Error err = errorOf(tickets.apply(id, e, {}));
            QCOMPARE(err.code, QStringLiteral("callback_required"));
            QCOMPARE(err.field, QStringLiteral("callback_id"));
            // A callback that does not exist is not one either.
            QVERIFY(!tickets.apply(id, e, {}, StepOptions{{}, {}, QStringLiteral("no-such-callback")}));
        }
        QCOMPARE(snapshot(f), before);
        QCOMPARE(tickets.get(id)->state, TicketState::Finished);
    }

    /*
     * KNOWN BUG (reported, not fixed here: cpp/store/ticketrepository.cpp is not ours to change).
     * TicketRepository::apply() only checks that a callback id is given for close/reopen (and the
     * foreign key that it exists). The server's Authority::checkCloseOut also requires that the
     * callback is about this ticket, reached the customer (state 'done') and has the matching
     * verdict. The device therefore closes tickets the server will refuse at the next sync.
     * This test states the server's rule on the device and fails until apply() checks it.
     */
    void closeNamesAnAnsweredCallbackOfThisTicket()
    {
        StoreFixture f;
        QVERIFY(f.open());
        const QString id = finishedTicket(f, {}, QStringLiteral("王师傅"), QStringLiteral("13955112233"));
        const QString other = finishedTicket(f, {}, QStringLiteral("李师傅"), QStringLiteral("13700137000"));
        QVERIFY(!id.isEmpty() && !other.isEmpty());
        CloseOutRepository closeOut(*f.store);
        TicketRepository tickets(*f.store);
        auto pending = closeOut.recordCallback(id, noAnswer(), {});
        auto otherDone = closeOut.recordCallback(other, answer(QStringLiteral("satisfied"), 5), {});
        QVERIFY(pending && otherDone);
        const QString before = snapshot(f);
        // Unanswered, another ticket's, and a "satisfied" used to reopen: none decides this step.
        QVERIFY2(!tickets.apply(id, TicketEvent::Close, {}, StepOptions{{}, {}, pending->callbackId}),
                 "closed by a callback that did not reach the customer");
        QVERIFY2(!tickets.apply(id, TicketEvent::Close, {}, StepOptions{{}, {}, otherDone->callbackId}),
                 "closed by another ticket's callback");
        QVERIFY2(!tickets.apply(id, TicketEvent::Reopen, {}, StepOptions{QStringLiteral("x"), {}, otherDone->callbackId}),
                 "reopened by a satisfied callback");
        QCOMPARE(snapshot(f), before);
    }
};

QTEST_GUILESS_MAIN(TestCloseOut)
#include "tst_closeout.moc"
