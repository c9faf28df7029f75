#include "caselookup.h"
#include "complaintrepository.h"
#include "customerrepository.h"
#include "residentid.h"
#include "staffrepository.h"
#include "storefixture.h"
#include "ticketrepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace fd;

namespace {

constexpr qint64 kHour = 60 * 60 * 1000;

NewComplaint complaint()
{
    NewComplaint c;
    c.complainantName = QStringLiteral("陈静");
    c.complainantPhone = QStringLiteral("138 0013 8000");
    c.category = QStringLiteral("service");
    c.content = QStringLiteral("柜员办理充值时态度冷淡，等候四十分钟无人解释。");
    return c;
}

struct OpRow
{
    QString kind;
    QString entity;
    QString txId;
    QStringList fields;
};

} // namespace

class TestComplaintRepository : public QObject
{
    Q_OBJECT

private:
    static QString addStaff(StoreFixture &f, const QString &no)
    {
        NewStaff s;
        s.staffNo = no;
        s.name = QStringLiteral("王建军");
        s.outletId = f.outletId;
        s.roles = {QStringLiteral("counter")};
        s.pin = QStringLiteral("4821");
        s.pinIterations = 1000; // speed, not strength
        auto m = StaffRepository(*f.store).create(s);
        return m ? m->id : QString();
    }

    /** The outbox ops after @p afterSeq, oldest first. */
    static QList<OpRow> opsAfter(StoreFixture &f, qint64 afterSeq)
    {
        QList<OpRow> rows;
        auto r = f.store->db().run(QStringLiteral("SELECT kind, entity_kind, tx_id, payload FROM outbox WHERE seq > ? ORDER BY seq"),
                                   {afterSeq});
        if (!r)
            return rows;
        QSqlQuery q = std::move(r).value();
        while (q.next()) {
            const QJsonObject payload = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
            rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                         payload.value(QStringLiteral("fields")).toObject().keys()});
        }
        return rows;
    }

    /** The newest outbox op's sequence number (0 for none). */
    static qint64 lastSeq(StoreFixture &f)
    {
        auto r = f.store->db().run(QStringLiteral("SELECT COALESCE(max(seq), 0) FROM outbox"));
        if (!r)
            return -1;
        QSqlQuery q = std::move(r).value();
        return q.next() ? q.value(0).toLongLong() : -1;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void registerNumbersOwnsAndTimesWithoutAServer()
    {
        StoreFixture f;
        QVERIFY(f.open());
        const QString staff = addStaff(f, QStringLiteral("1001"));
        QVERIFY(!staff.isEmpty());
        ComplaintRepository repo(*f.store);
        const qint64 before = lastSeq(f);
        auto a = repo.registerComplaint(complaint(), staff);
        QVERIFY2(a, a ? "" : qPrintable(a.error().toString()));
        NewComplaint urgent = complaint();
        urgent.emergency = true;
        urgent.channel = QStringLiteral("phone");
        auto b = repo.registerComplaint(urgent, staff);
        QVERIFY(b);
        QCOMPARE(a->complaintNo, QStringLiteral("C-0101-07-000001"));
        QCOMPARE(b->complaintNo, QStringLiteral("C-0101-07-000002"));
        QCOMPARE(a->status, (ComplaintStatus{ComplaintState::Registered, ComplaintLevel::Complaint, ComplaintVerdict::None}));
        QCOMPARE(a->ownerStaffId, staff); // first-contact responsibility
        QCOMPARE(a->complainantPhone, QStringLiteral("13800138000"));
        QCOMPARE(a->outletId, f.outletId);
        QCOMPARE(a->receivedAt, f.clock.nowMs());
        QCOMPARE(a->dueAt, a->receivedAt + 48 * kHour);
        QCOMPARE(b->dueAt, b->receivedAt + 2 * kHour);
        QCOMPARE(b->channel, ComplaintChannel::Phone);
        // Each registration: the row and its event, two ops of one transaction.
        const QList<OpRow> ops = opsAfter(f, before);
        QCOMPARE(ops.size(), 4);
        QCOMPARE(ops.at(0).kind, QStringLiteral("complaint.register"));
        QCOMPARE(ops.at(0).entity, QStringLiteral("complaint"));
        QCOMPARE(ops.at(1).kind, QStringLiteral("complaint.event"));
        QCOMPARE(ops.at(1).entity, QStringLiteral("complaint_event"));
        QCOMPARE(ops.at(0).txId, ops.at(1).txId);
        QVERIFY(ops.at(1).txId != ops.at(2).txId);
        QVERIFY(ops.at(0).fields.contains(QStringLiteral("owner_staff_id")));
        QVERIFY(ops.at(0).fields.contains(QStringLiteral("due_at")));
        auto timeline = repo.timeline(a->id);
        QCOMPARE(timeline->size(), 1);
        QCOMPARE(timeline->front().kind, QStringLiteral("register"));
        QCOMPARE(timeline->front().toState, QStringLiteral("registered"));
        QCOMPARE(timeline->front().staffId, staff);
        QCOMPARE(repo.resolveId(QStringLiteral(" c-0101-07-000002 ")).value(), b->id);
        QCOMPARE(repo.resolveId(a->id).value(), a->id);
        QCOMPARE(repo.resolveId(QStringLiteral("C-0101-07-999999")).error().code, QStringLiteral("not_found"));
    }

    void badFieldIsRefusedAndNothingWritten_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        QTest::newRow("no name") << "name=" << "invalid_name" << "complainantName";
        QTest::newRow("name too long") << "name=long" << "invalid_name" << "complainantName";
        QTest::newRow("bad phone") << "phone=12345" << "invalid_phone" << "complainantPhone";
        QTest::newRow("bad channel") << "channel=email" << "invalid_channel" << "channel";
        QTest::newRow("bad category") << "category=quality" << "invalid_category" << "category";
        QTest::newRow("no category") << "category=" << "invalid_category" << "category";
        QTest::newRow("content too short") << "content=太差" << "invalid_content" << "content";
        QTest::newRow("content too long") << "content=long" << "invalid_content" << "content";
        QTest::newRow("received in the future") << "receivedAt=future" << "invalid_received_at" << "receivedAt";
        QTest::newRow("unknown customer") << "customerId=x" << "unknown_reference" << "customerId";
        QTest::newRow("unknown card") << "cardId=x" << "unknown_reference" << "cardId";
        QTest::newRow("unknown OBU") << "obuId=x" << "unknown_reference" << "obuId";
        QTest::newRow("unknown ticket") << "ticketId=x" << "unknown_reference" << "ticketId";
    }
    void badFieldIsRefusedAndNothingWritten()
    {
        QFETCH(QString, what);
        QFETCH(QString, code);
        QFETCH(QString, field);
        StoreFixture f;
        QVERIFY(f.open());
        const qint64 ops = f.count(QStringLiteral("outbox"));
        NewComplaint c = complaint();
        const QString key = what.section(QLatin1Char('='), 0, 0);
        const QString value = what.section(QLatin1Char('='), 1);
        if (key == QLatin1String("name"))
            c.complainantName = value == QLatin1String("long") ? QString(41, QChar(0x9648)) : value;
        else if (key == QLatin1String("phone"))
            c.complainantPhone = value;
        else if (key == QLatin1String("channel"))
            c.channel = value;
        else if (key == QLatin1String("category"))
            c.category = value;
        else if (key == QLatin1String("content"))
            c.content = value == QLatin1String("long") ? QString(2001, QChar(0x5dee)) : value;
        else if (key == QLatin1String("receivedAt"))
            c.receivedAt = f.clock.nowMs() + 1;
        else if (key == QLatin1String("customerId"))
            c.customerId = QStringLiteral("no-such-customer");
        else if (key == QLatin1String("cardId"))
            c.cardId = QStringLiteral("no-such-card");
        else if (key == QLatin1String("obuId"))
            c.obuId = QStringLiteral("no-such-obu");
        else if (key == QLatin1String("ticketId"))
            c.ticketId = QStringLiteral("no-such-ticket");
        ComplaintRepository repo(*f.store);
        auto r = repo.registerComplaint(c, {});
        QVERIFY(!r);
        QCOMPARE(r.error().code, code);
        QCOMPARE(r.error().field, field);
        QVERIFY(!r.error().message.isEmpty());
        QCOMPARE(f.count(QStringLiteral("complaints")), 0);
        QCOMPARE(f.count(QStringLiteral("complaint_events")), 0);
        QCOMPARE(f.count(QStringLiteral("outbox")), ops);
        // Not even a number was used up.
        QCOMPARE(repo.registerComplaint(complaint(), {})->complaintNo, QStringLiteral("C-0101-07-000001"));
    }

    void kioskTakesComplaintsOnItsChannelWithoutStaff()
    {
        StoreFixture f;
        QVERIFY(f.open());
        DeviceIdentity kiosk = f.store->identity();
        kiosk.mode = QStringLiteral("kiosk");
        QVERIFY(f.store->setIdentity(kiosk));
        ComplaintRepository repo(*f.store);
        auto refused = repo.registerComplaint(complaint(), {});
        QCOMPARE(refused.error().code, QStringLiteral("invalid_channel"));
        QCOMPARE(f.count(QStringLiteral("complaints")), 0);
        NewComplaint c = complaint();
        c.channel = QStringLiteral("kiosk");
        auto r = repo.registerComplaint(c, QStringLiteral("someone"));
        QVERIFY2(r, r ? "" : qPrintable(r.error().toString()));
        QVERIFY(r->ownerStaffId.isEmpty());
        QCOMPARE(f.count(QStringLiteral("outbox"), QStringLiteral("entity_kind LIKE 'complaint%' AND staff_id = ''")), 2);
    }

    void workflowStepsWriteExactlyTheirOps()
    {
        StoreFixture f;
        QVERIFY(f.open());
        const QString staff = addStaff(f, QStringLiteral("1001"));
        ComplaintRepository repo(*f.store);
        // Taken without a staff member (e.g. online): the first one to act on it owns it.
        auto c = repo.registerComplaint(complaint(), {});
        QVERIFY(c);
        QVERIFY(c->ownerStaffId.isEmpty());
        struct Step
        {
            ComplaintEvent event;
            ComplaintStepInput input;
            QStringList fields;
            ComplaintState state;
        };
        const QList<Step> steps = {
            {ComplaintEvent::Dispatch, {{}, QStringLiteral(" 客服部 "), {}},
             {QStringLiteral("department"), QStringLiteral("owner_staff_id"), QStringLiteral("state")}, ComplaintState::Dispatched},
            {ComplaintEvent::Start, {}, {QStringLiteral("state")}, ComplaintState::Handling},
            {ComplaintEvent::Reply, {{}, {}, QStringLiteral("已致歉并安排柜员培训。")},
             {QStringLiteral("due_at"), QStringLiteral("reply"), QStringLiteral("state")}, ComplaintState::Replied},
            {ComplaintEvent::Unsatisfied, {QStringLiteral("客户要求退还手续费"), {}, {}},
             {QStringLiteral("due_at"), QStringLiteral("state"), QStringLiteral("verdict")}, ComplaintState::Reopened},
            {ComplaintEvent::Dispatch, {{}, QStringLiteral("财务部"), {}}, {QStringLiteral("department"), QStringLiteral("state")},
             ComplaintState::Dispatched},
            {ComplaintEvent::Start, {}, {QStringLiteral("state")}, ComplaintState::Handling},
            {ComplaintEvent::Reply, {{}, {}, QStringLiteral("手续费已退还。")},
             {QStringLiteral("due_at"), QStringLiteral("reply"), QStringLiteral("state"), QStringLiteral("verdict")},
             ComplaintState::Replied},
            {ComplaintEvent::Satisfied, {}, {QStringLiteral("state"), QStringLiteral("verdict")}, ComplaintState::Closed},
            {ComplaintEvent::Archive, {}, {QStringLiteral("state")}, ComplaintState::Archived},
        };
        QString lastTx;
        for (const Step &s : steps) {
            f.clock.advanceMs(kHour);
            const qint64 seq = lastSeq(f);
            auto r = repo.apply(c->id, s.event, staff, s.input);
            QVERIFY2(r, r ? "" : qPrintable(r.error().toString()));
            QCOMPARE(r->status.state, s.state);
            const QList<OpRow> ops = opsAfter(f, seq);
            QCOMPARE(ops.size(), 2);
            QCOMPARE(ops.at(0).kind, QStringLiteral("complaint.") + ComplaintWorkflow::toString(s.event));
            QCOMPARE(ops.at(0).fields, s.fields);
            QCOMPARE(ops.at(1).kind, QStringLiteral("complaint.event"));
            QCOMPARE(ops.at(0).txId, ops.at(1).txId);
            QVERIFY(ops.at(0).txId != lastTx);
            lastTx = ops.at(0).txId;
            if (s.event == ComplaintEvent::Unsatisfied)
                QCOMPARE(r->dueAt, f.clock.nowMs() + 48 * kHour); // a fresh period from the verdict
        }
        auto done = repo.get(c->id);
        QCOMPARE(done->ownerStaffId, staff);
        QCOMPARE(done->department, QStringLiteral("财务部"));
        QCOMPARE(done->reply, QStringLiteral("手续费已退还。"));
        QCOMPARE(done->status.verdict, ComplaintVerdict::Satisfied);
        QCOMPARE(done->dueAt, qint64(-1));
        auto timeline = repo.timeline(c->id);
        QCOMPARE(timeline->size(), steps.size() + 1);
        QCOMPARE(timeline->at(1).note, QStringLiteral("客服部"));
        QCOMPARE(timeline->at(3).note, QStringLiteral("已致歉并安排柜员培训。"));
        QCOMPARE(timeline->at(4).note, QStringLiteral("客户要求退还手续费"));
        QCOMPARE(timeline->last().fromState, QStringLiteral("closed"));
        QCOMPARE(timeline->last().toState, QStringLiteral("archived"));
    }

    void stepsNeedTheirInputAndIllegalOnesChangeNothing()
    {
        StoreFixture f;
        QVERIFY(f.open());
        ComplaintRepository repo(*f.store);
        auto c = repo.registerComplaint(complaint(), {});
        QVERIFY(c);
        const qint64 ops = f.count(QStringLiteral("outbox"));
        QCOMPARE(repo.apply(c->id, ComplaintEvent::Dispatch, {}).error().code, QStringLiteral("department_required"));
        QCOMPARE(repo.apply(c->id, ComplaintEvent::Dispatch, {}, {{}, QString(61, QLatin1Char('x')), {}}).error().field,
                 QStringLiteral("department"));
        QCOMPARE(repo.apply(c->id, ComplaintEvent::Escalate, {}).error().code, QStringLiteral("reason_required"));
        auto illegal = repo.apply(c->id, ComplaintEvent::Archive, {});
        QCOMPARE(illegal.error().code, QStringLiteral("illegal_transition"));
        QCOMPARE(illegal.error().message, QStringLiteral("A complaint that is registered cannot be archived."));
        QCOMPARE(repo.apply(QStringLiteral("no-such-id"), ComplaintEvent::Start, {}).error().code, QStringLiteral("not_found"));
        QVERIFY(repo.apply(c->id, ComplaintEvent::Dispatch, {}, {{}, QStringLiteral("客服部"), {}}));
        QVERIFY(repo.apply(c->id, ComplaintEvent::Start, {}));
        const qint64 afterSteps = f.count(QStringLiteral("outbox"));
        QCOMPARE(afterSteps, ops + 4);
        QCOMPARE(repo.apply(c->id, ComplaintEvent::Reply, {}, {QStringLiteral("只有备注"), {}, {}}).error().code,
                 QStringLiteral("reply_required"));
        QCOMPARE(f.count(QStringLiteral("outbox")), afterSteps);
        QCOMPARE(repo.get(c->id)->status.state, ComplaintState::Handling);
        QCOMPARE(repo.timeline(c->id)->size(), 3);
    }

    void escalationRaisesTheLevelAndNeverGivesMoreTime()
    {
        StoreFixture f;
        QVERIFY(f.open());
        ComplaintRepository repo(*f.store);
        auto c = repo.registerComplaint(complaint(), {});
        QVERIFY(c);
        // 1. After 40 of its 48 hours the complainant escalates: 8 h left beats a fresh 24 h.
        f.clock.advanceMs(40 * kHour);
        auto up = repo.apply(c->id, ComplaintEvent::Escalate, {}, {QStringLiteral("两天无人回复"), {}, {}});
        QVERIFY(up);
        QCOMPARE(up->status.level, ComplaintLevel::Escalated);
        QCOMPARE(up->status.state, ComplaintState::Registered);
        QCOMPARE(up->dueAt, c->dueAt);
        // 2. Answered, then escalated to an appeal: reopened, a fresh 24 h, not satisfied.
        QVERIFY(repo.apply(c->id, ComplaintEvent::Dispatch, {}, {{}, QStringLiteral("客服部"), {}}));
        QVERIFY(repo.apply(c->id, ComplaintEvent::Start, {}));
        QVERIFY(repo.apply(c->id, ComplaintEvent::Reply, {}, {{}, {}, QStringLiteral("已核实并道歉。")}));
        auto appeal = repo.apply(c->id, ComplaintEvent::Escalate, {}, {QStringLiteral("向上级申诉"), {}, {}});
        QVERIFY(appeal);
        QCOMPARE(appeal->status,
                 (ComplaintStatus{ComplaintState::Reopened, ComplaintLevel::Appeal, ComplaintVerdict::Unsatisfied}));
        QCOMPARE(appeal->dueAt, f.clock.nowMs() + 24 * kHour);
        // 3. An appeal is the top.
        QCOMPARE(repo.apply(c->id, ComplaintEvent::Escalate, {}, {QStringLiteral("再次"), {}, {}}).error().code,
                 QStringLiteral("illegal_transition"));
    }

    void updateCorrectsPlainFieldsInOneOp()
    {
        StoreFixture f;
        QVERIFY(f.open());
        ComplaintRepository repo(*f.store);
        auto c = repo.registerComplaint(complaint(), {});
        QVERIFY(c);
        const qint64 seq = lastSeq(f);
        ComplaintEdit edit;
        edit.complainantPhone = QStringLiteral("+86 139 5511 2233");
        edit.category = QStringLiteral("price");
        auto changed = repo.update(c->id, edit, {});
        QVERIFY2(changed, changed ? "" : qPrintable(changed.error().toString()));
        QCOMPARE(changed->complainantPhone, QStringLiteral("13955112233"));
        QCOMPARE(changed->category, ComplaintCategory::Price);
        const QList<OpRow> ops = opsAfter(f, seq);
        QCOMPARE(ops.size(), 1);
        QCOMPARE(ops.front().kind, QStringLiteral("complaint.update"));
        QCOMPARE(ops.front().fields, (QStringList{QStringLiteral("category"), QStringLiteral("complainant_phone")}));
        ComplaintEdit bad;
        bad.content = QStringLiteral("短");
        QCOMPARE(repo.update(c->id, bad, {}).error().field, QStringLiteral("content"));
        QCOMPARE(repo.update(c->id, ComplaintEdit{}, {}).error().code, QStringLiteral("nothing_to_change"));
        ComplaintEdit elsewhere;
        elsewhere.complainantName = QStringLiteral("李雷");
        QCOMPARE(repo.update(QStringLiteral("no-such-id"), elsewhere, {}).error().code, QStringLiteral("not_found"));
        QCOMPARE(opsAfter(f, seq).size(), 1);
    }

    void listsOrderByDeadlineAndFindTheOverdue()
    {
        StoreFixture f;
        QVERIFY(f.open());
        CustomerInput who;
        who.name = QStringLiteral("陈静");
        const QString id17 = QStringLiteral("34010419880312642");
        who.idNumber = id17 + ResidentId::checkChar(id17);
        who.phone = QStringLiteral("13800138000");
        auto customer = CustomerRepository(*f.store).create(who, {}, QDate(2026, 1, 1));
        QVERIFY2(customer, customer ? "" : qPrintable(customer.error().toString()));
        ComplaintRepository repo(*f.store);
        NewComplaint ordinary = complaint();
        ordinary.customerId = customer->id;
        auto a = repo.registerComplaint(ordinary, {}); // due in 48 h
        f.clock.advanceMs(kHour);
        NewComplaint urgent = complaint();
        urgent.emergency = true;
        auto b = repo.registerComplaint(urgent, {}); // due in 2 h: first
        NewComplaint earlier = complaint();
        earlier.customerId = customer->id;
        earlier.receivedAt = f.clock.nowMs() - 47 * kHour; // taken by phone two days ago: due in 1 h
        auto c = repo.registerComplaint(earlier, {});
        QVERIFY(a && b && c);
        auto open = repo.openByDue(10);
        QCOMPARE(open->size(), 3);
        QCOMPARE(open->at(0).id, c->id);
        QCOMPARE(open->at(1).id, b->id);
        QCOMPARE(open->at(2).id, a->id);
        // 1. Answered: no deadline, listed last; closed: not listed.
        QVERIFY(repo.apply(c->id, ComplaintEvent::Dispatch, {}, {{}, QStringLiteral("客服部"), {}}));
        QVERIFY(repo.apply(c->id, ComplaintEvent::Start, {}));
        QVERIFY(repo.apply(c->id, ComplaintEvent::Reply, {}, {{}, {}, QStringLiteral("已处理。")}));
        QCOMPARE(repo.openByDue(10)->last().id, c->id);
        QVERIFY(repo.apply(c->id, ComplaintEvent::Satisfied, {}));
        QCOMPARE(repo.openByDue(10)->size(), 2);
        QCOMPARE(repo.openByDue(1, 1)->front().id, a->id);
        // 2. Three hours on, the emergency is overdue; exactly at a deadline is still in time.
        QVERIFY(repo.overdue(f.clock.nowMs(), 10)->isEmpty());
        QVERIFY(repo.overdue(b->dueAt, 10)->isEmpty());
        f.clock.advanceMs(3 * kHour);
        auto late = repo.overdue(f.clock.nowMs(), 10);
        QCOMPARE(late->size(), 1);
        QCOMPARE(late->front().id, b->id);
        // 3. The customer's complaints, the latest received first, closed ones included.
        auto mine = repo.forCustomer(customer->id, 10);
        QCOMPARE(mine->size(), 2);
        QCOMPARE(mine->at(0).id, a->id);
        QCOMPARE(mine->at(1).id, c->id);
    }

    void lookupNeedsNumberAndPhoneTogetherAndMasks()
    {
        StoreFixture f;
        QVERIFY(f.open());
        auto c = ComplaintRepository(*f.store).registerComplaint(complaint(), {});
        QVERIFY(c);
        NewTicket byContact;
        byContact.title = QStringLiteral("OBU 无法识别");
        byContact.contactName = QStringLiteral("王师傅");
        byContact.contactPhone = QStringLiteral("13955112233");
        auto t = TicketRepository(*f.store).create(byContact, {});
        QVERIFY(t);
        CustomerInput who;
        who.name = QStringLiteral("欧阳明华");
        const QString id17 = QStringLiteral("34010419880312642");
        who.idNumber = id17 + ResidentId::checkChar(id17);
        who.phone = QStringLiteral("13700001111");
        auto customer = CustomerRepository(*f.store).create(who, {}, QDate(2026, 1, 1));
        QVERIFY(customer);
        NewTicket byCustomer;
        byCustomer.title = QStringLiteral("电子标签脱落");
        byCustomer.customerId = customer->id;
        auto t2 = TicketRepository(*f.store).create(byCustomer, {});
        QVERIFY(t2);

        CaseLookup lookup(*f.store);
        // 1. A complaint by its number and the complainant's phone, in whatever form it is typed.
        auto v = lookup.lookupCase(QStringLiteral(" ｃ－0101-07-000001 "), QStringLiteral("+86 138 0013 8000"));
        QVERIFY2(v, v ? "" : qPrintable(v.error().toString()));
        QCOMPARE(v->number, c->complaintNo);
        QCOMPARE(v->kind, QStringLiteral("complaint"));
        QCOMPARE(v->state, QStringLiteral("registered"));
        QCOMPARE(v->category, QStringLiteral("service"));
        QVERIFY(v->title.isEmpty());
        QCOMPARE(v->maskedName, QStringLiteral("陈*"));
        QCOMPARE(v->maskedPhone, QStringLiteral("138****8000"));
        QCOMPARE(v->openedAt, c->receivedAt);
        QCOMPARE(v->stateAt, c->receivedAt);
        QCOMPARE(v->dueAt, c->dueAt);
        // 2. A ticket by its contact phone, another by its customer's phone.
        auto tv = lookup.lookupCase(t->ticketNo, QStringLiteral("139 5511 2233"));
        QVERIFY(tv);
        QCOMPARE(tv->kind, QStringLiteral("ticket"));
        QCOMPARE(tv->title, QStringLiteral("OBU 无法识别"));
        QCOMPARE(tv->state, QStringLiteral("reported"));
        QCOMPARE(tv->maskedName, QStringLiteral("王*"));
        QCOMPARE(tv->maskedPhone, QStringLiteral("139****2233"));
        QCOMPARE(tv->dueAt, qint64(-1));
        auto cv = lookup.lookupCase(t2->ticketNo, QStringLiteral("13700001111"));
        QVERIFY(cv);
        QCOMPARE(cv->maskedName, QStringLiteral("欧*"));
        // 3. Every miss gets the same answer: wrong phone, wrong number, the other case's phone,
        //    a malformed phone, an unknown kind of number.
        const Error miss = lookup.lookupCase(QStringLiteral("C-0101-07-999999"), QStringLiteral("13800138000")).error();
        QCOMPARE(miss.code, QStringLiteral("not_found"));
        const QList<std::pair<QString, QString>> misses = {
            {c->complaintNo, QStringLiteral("13800138001")}, {t->ticketNo, QStringLiteral("13800138000")},
            {c->complaintNo, QStringLiteral("13955112233")}, {t2->ticketNo, QStringLiteral("13955112233")},
            {c->complaintNo, QStringLiteral("8000")},        {QStringLiteral("X-0101-07-000001"), QStringLiteral("13800138000")},
            {c->id, QStringLiteral("13800138000")}};
        for (const auto &[number, phone] : misses) {
            auto r = lookup.lookupCase(number, phone);
            QVERIFY2(!r, qPrintable(number + QLatin1Char(' ') + phone));
            QCOMPARE(r.error().code, miss.code);
            QCOMPARE(r.error().message, miss.message);
            QCOMPARE(r.error().field, miss.field);
        }
        QCOMPARE(lookup.lookupCase({}, QStringLiteral("13800138000")).error().code, QStringLiteral("incomplete"));
        QCOMPARE(lookup.lookupCase(c->complaintNo, QStringLiteral("  ")).error().code, QStringLiteral("incomplete"));
        // 4. The state shown follows the workflow.
        QVERIFY(ComplaintRepository(*f.store).apply(c->id, ComplaintEvent::Dispatch, {}, {{}, QStringLiteral("客服部"), {}}));
        QCOMPARE(lookup.lookupCase(c->complaintNo, QStringLiteral("13800138000"))->state, QStringLiteral("dispatched"));
    }
};

QTEST_GUILESS_MAIN(TestComplaintRepository)
#include "tst_complaintrepository.moc"
