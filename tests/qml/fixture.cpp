#include "fixture.h"

#include "workrecordfill.h"

#include "creditcode.h"
#include "customerrepository.h"
#include "residentid.h"
#include "staffrepository.h"
#include "statuslistrepository.h"
#include "store.h"
#include "ticketrepository.h"

#include <algorithm>
#include <functional>

using fd::TicketEvent;

namespace {

constexpr qint64 kMinute = 60'000;

QString residentId(const QString &first17)
{
    return first17 + fd::ResidentId::checkChar(first17);
}

fd::Result<void> insert(fd::Store &store, const QString &opKind, const QString &entity, const QString &id, const QVariantMap &fields)
{
    fd::Transaction tx(store.db());
    fd::Change c;
    c.opKind = opKind;
    c.entity = entity;
    c.entityId = id;
    c.fields = fields;
    if (auto r = store.write(c); !r)
        return r;
    return tx.commit();
}

struct Step
{
    int atMinute; // relative to the end
    int ticket; // index into the script's tickets
    std::optional<TicketEvent> event; // nullopt: create
    QString note;
    int crew = 1;
};

struct TicketSpec
{
    QString customer; // name, or empty for an anonymous report
    QString title;
    QString description;
    QString address;
    QString category;
    QString channel;
    int urgency;
    int impact;
};

} // namespace

fd::Result<FixtureFacts> Fixture::populate(fd::Store &store, fd::ManualClock &clock, qint64 endMs)
{
    FixtureFacts f;
    f.endMs = endMs;
    clock.setMs(endMs - 4 * 60 * kMinute);

    // Organisation: outlet, device identity, staff, crews.
    f.outletId = store.newId();
    if (auto r = insert(store, QStringLiteral("outlet.create"), QStringLiteral("outlet"), f.outletId,
                        {{QStringLiteral("code"), QStringLiteral("0101")},
                         {QStringLiteral("name"), QStringLiteral("合肥政务区营业厅")},
                         {QStringLiteral("province"), QStringLiteral("安徽")},
                         {QStringLiteral("address"), QStringLiteral("合肥市蜀山区潜山路 190 号")}});
        !r)
        return r.error();
    fd::DeviceIdentity me;
    me.deviceId = store.newId();
    me.deviceCode = QStringLiteral("07");
    me.outletId = f.outletId;
    me.outletCode = QStringLiteral("0101");
    me.mode = QStringLiteral("counter");
    if (auto r = store.setIdentity(me); !r)
        return r.error();

    fd::StaffRepository staff(store);
    const QList<fd::NewStaff> people = {
        {QStringLiteral("1001"), QStringLiteral("王建军"), f.outletId, QStringLiteral("抢修中心"), QStringLiteral("13955100001"), {QStringLiteral("crew")}, QStringLiteral("2468"), kPinIterations},
        {QStringLiteral("1002"), QStringLiteral("李强"), f.outletId, QStringLiteral("抢修中心"), QStringLiteral("13955100002"), {QStringLiteral("crew")}, QStringLiteral("1357"), kPinIterations},
        {QStringLiteral("1003"), QStringLiteral("周磊"), f.outletId, QStringLiteral("抢修中心"), QStringLiteral("13955100003"), {QStringLiteral("crew")}, QStringLiteral("1122"), kPinIterations},
        {QStringLiteral("2001"), QStringLiteral("陈静"), f.outletId, QStringLiteral("营业厅"), QStringLiteral("13955100004"), {QStringLiteral("counter")}, QStringLiteral("3690"), kPinIterations},
        {QStringLiteral("3001"), QStringLiteral("赵敏"), f.outletId, QStringLiteral("营业厅"), QStringLiteral("13955100005"), {QStringLiteral("supervisor"), QStringLiteral("counter")}, QStringLiteral("8642"), kPinIterations},
        {QStringLiteral("4001"), QStringLiteral("刘洋"), f.outletId, QStringLiteral("财务部"), QStringLiteral("13955100006"), {QStringLiteral("finance")}, QStringLiteral("5555"), kPinIterations},
    };
    for (const fd::NewStaff &p : people) {
        auto m = staff.create(p);
        if (!m)
            return m.error();
        f.staffIds.insert(p.staffNo, m->id);
    }

    f.crew1Id = store.newId();
    f.crew2Id = store.newId();
    for (const auto &[id, name, plate] : {std::tuple{f.crew1Id, QStringLiteral("政务区抢修一班"), QStringLiteral("皖A·D2817")},
                                          std::tuple{f.crew2Id, QStringLiteral("高新区抢修二班"), QStringLiteral("皖A·F3302")}}) {
        if (auto r = insert(store, QStringLiteral("crew.create"), QStringLiteral("crew"), id,
                            {{QStringLiteral("outlet_id"), f.outletId}, {QStringLiteral("name"), name}, {QStringLiteral("vehicle_plate"), plate}});
            !r)
            return r.error();
    }
    for (const auto &[crew, staffNo] : {std::pair{f.crew1Id, QStringLiteral("1001")}, std::pair{f.crew1Id, QStringLiteral("1002")},
                                        std::pair{f.crew2Id, QStringLiteral("1003")}}) {
        if (auto r = insert(store, QStringLiteral("crew.add_member"), QStringLiteral("crew_member"), store.newId(),
                            {{QStringLiteral("crew_id"), crew}, {QStringLiteral("staff_id"), f.staffIds.value(staffNo)}});
            !r)
            return r.error();
    }

    // Customers.
    fd::CustomerRepository customers(store);
    const QString counterId = f.staffIds.value(QStringLiteral("2001"));
    struct Person { QString name; QString id17; QString phone; QString address; };
    const QList<Person> persons = {
        {QStringLiteral("张三"), QStringLiteral("34010419880315003"), QStringLiteral("13800138000"), QStringLiteral("合肥市蜀山区潜山路 188 号")},
        {QStringLiteral("李四光"), QStringLiteral("34011119751220001"), QStringLiteral("13912345678"), QStringLiteral("合肥市包河区徽州大道 66 号")},
        {QStringLiteral("王小红"), QStringLiteral("34010219920607002"), QStringLiteral("15056781234"), QStringLiteral("合肥市瑶海区长江东路 12 号")},
    };
    const QDate today = QDateTime::fromMSecsSinceEpoch(endMs, Qt::UTC).date();
    for (const Person &p : persons) {
        fd::CustomerInput in;
        in.name = p.name;
        in.idNumber = residentId(p.id17);
        in.phone = p.phone;
        in.address = p.address;
        auto c = customers.create(in, counterId, today);
        if (!c)
            return c.error();
        f.customerIds.insert(p.name, c->id);
    }
    {
        const QString first17 = QStringLiteral("91340100MA2N0XK3T");
        fd::CustomerInput in;
        in.kind = QStringLiteral("corporate");
        in.name = QStringLiteral("安徽通达物流有限公司");
        in.creditCode = first17 + fd::CreditCode::checkChar(first17);
        in.phone = QStringLiteral("18655102233");
        in.address = QStringLiteral("合肥市新站区站北路 9 号");
        in.agentName = QStringLiteral("孙国庆");
        in.agentIdNumber = residentId(QStringLiteral("34012319800101001"));
        in.grade = QStringLiteral("A");
        in.keyAccount = true;
        auto c = customers.create(in, counterId, today);
        if (!c)
            return c.error();
        f.customerIds.insert(in.name, c->id);
    }
    const QString zhang = f.customerIds.value(QStringLiteral("张三"));
    for (const auto &[plate, colour] : {std::pair{QStringLiteral("皖A12345"), QStringLiteral("blue")},
                                        std::pair{QStringLiteral("皖AD12345"), QStringLiteral("green")}}) {
        if (auto v = customers.addVehicle(zhang, plate, colour, {}, counterId); !v)
            return v.error();
    }
    if (auto v = customers.addVehicle(f.customerIds.value(QStringLiteral("安徽通达物流有限公司")), QStringLiteral("皖A88888"),
                                      QStringLiteral("yellow"), {}, counterId);
        !v)
        return v.error();

    // Tickets: each step at a minute relative to the end, run in time order.
    const QList<TicketSpec> specs = {
        {QStringLiteral("张三"), QStringLiteral("ETC 电子标签无法识别"), QStringLiteral("过收费站时车道提示“无标签”，需人工缴费。"), QStringLiteral("合肥市蜀山区潜山路 188 号"), QStringLiteral("OBU 故障"), QStringLiteral("phone"), 2, 2},
        {QStringLiteral("李四光"), QStringLiteral("车载单元频繁掉电"), QStringLiteral("标签指示灯时亮时灭。"), QStringLiteral("合肥市包河区徽州大道 66 号"), QStringLiteral("OBU 故障"), QStringLiteral("counter"), 2, 3},
        {QStringLiteral("王小红"), QStringLiteral("OBU 拆卸后需重新激活"), QStringLiteral("更换前挡风玻璃后标签失效。"), QStringLiteral("合肥市瑶海区长江东路 12 号"), QStringLiteral("OBU 激活"), QStringLiteral("kiosk"), 3, 3},
        {QStringLiteral("张三"), QStringLiteral("收费站车道无法扣费"), QStringLiteral("连续两次通行未扣费，担心被列入状态名单。"), QStringLiteral("G3 京台高速合肥南收费站"), QStringLiteral("交易异常"), QStringLiteral("phone"), 1, 1},
        {QString(), QStringLiteral("卡片读取失败"), QStringLiteral("用户卡插入标签后无反应。"), QStringLiteral("合肥市高新区望江西路 800 号"), QStringLiteral("用户卡故障"), QStringLiteral("field"), 2, 2},
        {QStringLiteral("李四光"), QStringLiteral("标签安装位置不当"), QStringLiteral("标签贴在贴膜区域，识别距离不足。"), QStringLiteral("合肥市包河区徽州大道 66 号"), QStringLiteral("安装问题"), QStringLiteral("online"), 1, 2},
        {QStringLiteral("张三"), QStringLiteral("标签电池更换"), QString(), QStringLiteral("合肥市蜀山区潜山路 188 号"), QStringLiteral("OBU 故障"), QStringLiteral("counter"), 3, 3},
        {QStringLiteral("王小红"), QStringLiteral("用户卡接触不良"), QString(), QStringLiteral("合肥市瑶海区长江东路 12 号"), QStringLiteral("用户卡故障"), QStringLiteral("counter"), 3, 2},
        {QStringLiteral("安徽通达物流有限公司"), QStringLiteral("车队 12 台车标签批量检测"), QString(), QStringLiteral("合肥市新站区站北路 9 号"), QStringLiteral("上门服务"), QStringLiteral("phone"), 2, 1},
        {QStringLiteral("安徽通达物流有限公司"), QStringLiteral("货车标签识别距离短"), QString(), QStringLiteral("合肥市新站区站北路 9 号"), QStringLiteral("OBU 故障"), QStringLiteral("phone"), 2, 2},
        {QStringLiteral("王小红"), QStringLiteral("地址填写错误的报修"), QString(), QStringLiteral("六安市金安区梅山路 3 号"), QStringLiteral("OBU 故障"), QStringLiteral("phone"), 3, 3},
    };
    using E = TicketEvent;
    // Dispatch steps carry the crew (1 or 2); a return carries its reason.
    auto toCrew = [](int ticket, std::initializer_list<std::pair<int, E>> steps, int crew = 1) {
        QList<Step> out;
        for (const auto &[minute, event] : steps)
            out.append({minute, ticket, event, {}, crew});
        return out;
    };
    QList<Step> steps;
    auto create = [&](int ticket, int minute) { steps.append({minute, ticket, std::nullopt, {}, 1}); };
    create(0, -60);  steps += toCrew(0, {{-58, E::Send}, {-56, E::Receive}, {-54, E::Dispatch}, {-1, E::Deliver}});
    create(1, -50);  steps += toCrew(1, {{-49, E::Send}, {-48, E::Receive}, {-47, E::Dispatch}, {-45, E::Deliver}, {-1, E::Accept}});
    create(2, -90);  steps += toCrew(2, {{-88, E::Send}, {-87, E::Receive}, {-85, E::Dispatch}, {-84, E::Deliver}, {-83, E::Accept}, {-10, E::Depart}});
    create(3, -120); steps += toCrew(3, {{-118, E::Send}, {-116, E::Receive}, {-114, E::Dispatch}, {-112, E::Deliver}, {-110, E::Accept}, {-40, E::Depart}});
    create(4, -150); steps += toCrew(4, {{-148, E::Send}, {-146, E::Receive}, {-144, E::Dispatch}, {-142, E::Deliver}, {-141, E::Accept}, {-138, E::Depart}, {-20, E::Arrive}});
    create(5, -30);  steps += toCrew(5, {{-29, E::Send}, {-28, E::Receive}, {-27, E::Dispatch}, {-7, E::Deliver}});
    create(6, -200); steps += toCrew(6, {{-198, E::Send}, {-197, E::Receive}, {-196, E::Dispatch}, {-195, E::Deliver}, {-194, E::Accept}, {-190, E::Depart}, {-165, E::Arrive}, {-100, E::Finish}});
    create(7, -230); steps += toCrew(7, {{-228, E::Send}, {-227, E::Receive}, {-226, E::Dispatch}, {-225, E::Deliver}, {-224, E::Accept}, {-221, E::Depart}, {-200, E::Arrive}, {-160, E::Finish}, {-120, E::Close}});
    create(8, -30);
    create(9, -40);  steps += toCrew(9, {{-38, E::Send}, {-36, E::Receive}, {-15, E::Dispatch}}, 2);
    create(10, -100); steps += toCrew(10, {{-99, E::Send}, {-98, E::Receive}, {-95, E::Dispatch}, {-94, E::Deliver}});
    steps.append({-90, 10, E::Return, QStringLiteral("地址在六安市，不属于本班组服务范围，请改派六安网点。"), 1});
    std::stable_sort(steps.begin(), steps.end(), [](const Step &a, const Step &b) { return a.atMinute < b.atMinute; });

    fd::TicketRepository tickets(store);
    f.ticketIds = QStringList(specs.size());
    const QString supervisorId = f.staffIds.value(QStringLiteral("3001"));
    const QString crewMemberId = f.staffIds.value(QStringLiteral("1001"));
    for (const Step &s : std::as_const(steps)) {
        clock.setMs(endMs + s.atMinute * kMinute);
        if (!s.event) {
            const TicketSpec &spec = specs.at(s.ticket);
            fd::NewTicket t;
            t.customerId = f.customerIds.value(spec.customer);
            t.title = spec.title;
            t.description = spec.description;
            t.address = spec.address;
            t.category = spec.category;
            t.channel = spec.channel;
            t.urgency = spec.urgency;
            t.impact = spec.impact;
            if (spec.customer.isEmpty()) {
                t.contactName = QStringLiteral("刘女士");
                t.contactPhone = QStringLiteral("13711112222");
            }
            auto created = tickets.create(t, counterId);
            if (!created)
                return created.error();
            f.ticketIds[s.ticket] = created->id;
            continue;
        }
        const bool byCrew = *s.event == E::Accept || *s.event == E::Depart || *s.event == E::Arrive || *s.event == E::Finish
            || *s.event == E::Return;
        const QString crew = s.crew == 2 ? f.crew2Id : f.crew1Id;
        if (*s.event == E::Finish) {
            if (auto r = fd::test::completeWorkRecord(store, f.ticketIds.at(s.ticket), crewMemberId); !r)
                return r.error();
        }
        if (*s.event == E::Close) {
            if (auto r = fd::test::closeBySatisfiedCallback(store, f.ticketIds.at(s.ticket), counterId); !r)
                return r.error();
            continue;
        }
        auto applied = tickets.apply(f.ticketIds.at(s.ticket), *s.event, byCrew ? crewMemberId : supervisorId, s.note,
                                     *s.event == E::Dispatch ? crew : QString());
        if (!applied)
            return applied.error();
    }

    // An outage notice in force, as a kiosk would show it.
    clock.setMs(endMs - 120 * kMinute);
    if (auto r = insert(store, QStringLiteral("outage.create"), QStringLiteral("outage_notice"), store.newId(),
                        {{QStringLiteral("kind"), QStringLiteral("road")},
                         {QStringLiteral("scope"), QStringLiteral("G3 京台高速合肥段")},
                         {QStringLiteral("title"), QStringLiteral("京台高速合肥段夜间施工，部分 ETC 车道暂停使用")},
                         {QStringLiteral("detail"), QStringLiteral("施工期间请按现场指示通行，可使用人工收费车道。")},
                         {QStringLiteral("starts_at"), endMs - 120 * kMinute},
                         {QStringLiteral("expected_end_at"), endMs + 10 * 60 * kMinute},
                         {QStringLiteral("state"), QStringLiteral("active")}});
        !r)
        return r.error();

    clock.setMs(endMs);
    auto open = tickets.countForCrew(f.crew1Id);
    if (!open)
        return open.error();
    f.crew1OpenTickets = open.value();
    return f;
}

fd::Result<LossReportFacts> Fixture::addLossReports(fd::Store &store, fd::ManualClock &clock, const FixtureFacts &facts)
{
    LossReportFacts out;
    const qint64 endMs = facts.endMs;
    const QString clerk = facts.staffIds.value(QStringLiteral("2001"));
    fd::StatusListRepository reports(store);
    struct Spec { int atMinute; QString cardNo; QString channel; QString idNumber; QString name; QString phone; QString *id; };
    const QList<Spec> specs = { // in time order
        {-35, QStringLiteral("34012201000000000042"), QStringLiteral("counter"), residentId(QStringLiteral("34010419880315003")),
         QStringLiteral("张三"), QStringLiteral("13800138000"), &out.frozenId},
        {-14, QStringLiteral("34012201000000000021"), QStringLiteral("counter"), residentId(QStringLiteral("34011119751220001")),
         QStringLiteral("李四光"), QStringLiteral("13912345678"), &out.refusedId},
        {-6, QStringLiteral("34012201000000000084"), QStringLiteral("counter"), QString(), QStringLiteral("孙国庆"), QString(),
         &out.unsentId},
        // Sent after the last full read of the server (3 min ago): its answer is not here yet.
        {-2, QStringLiteral("34012201000000000063"), QStringLiteral("phone"), residentId(QStringLiteral("34010219920607002")),
         QStringLiteral("王小红"), QStringLiteral("15056781234"), &out.sentId},
    };
    for (const Spec &spec : specs) {
        clock.setMs(endMs + spec.atMinute * kMinute);
        fd::NewLossReport in;
        in.cardNo = spec.cardNo;
        in.channel = spec.channel;
        in.holderIdNumber = spec.idNumber;
        in.holderName = spec.name;
        in.reporterPhone = spec.phone;
        auto r = reports.report(in, clerk);
        if (!r)
            return r.error();
        *spec.id = r->id;
    }
    out.frozenCardNo = specs.at(1).cardNo;

    auto opOf = [&store](const QString &reportId) -> fd::Result<QString> {
        auto q = store.db().run(QStringLiteral("SELECT op_id FROM outbox WHERE entity_id = ? AND kind = 'etc.report_loss'"), {reportId});
        if (!q)
            return q.error();
        if (!q.value().next())
            return fd::makeError("fixture", QStringLiteral("no outbox op for loss report %1").arg(reportId));
        return q.value().value(0).toString();
    };
    // What the server did with them, as a push and a pull leave it: sent ops leave the outbox,
    // the refused one stays as failed, the listed card's row and its list entry come back.
    for (const QString &id : {out.sentId, out.frozenId}) {
        auto op = opOf(id);
        if (!op)
            return op.error();
        if (auto r = store.outbox().markDone(op.value()); !r)
            return r.error();
    }
    {
        auto op = opOf(out.refusedId);
        if (!op)
            return op.error();
        if (auto r = store.outbox().markFailed(op.value(), QStringLiteral("identity_mismatch"),
                                               QStringLiteral("The ID number given is not the card holder's."));
            !r)
            return r.error();
    }
    const qint64 frozenAt = endMs - 34 * kMinute;
    struct Entry { qint64 version; QString cardNo; QString action; QString reason; qint64 at; };
    const QList<Entry> entries = {
        {41, QStringLiteral("34012201000000000105"), QStringLiteral("add"), QStringLiteral("balance_too_low"), endMs - 3 * 24 * 60 * kMinute},
        {42, QStringLiteral("34012201000000000126"), QStringLiteral("add"), QStringLiteral("lost"), endMs - 2 * 24 * 60 * kMinute},
        {42, QStringLiteral("34012201000000000105"), QStringLiteral("remove"), QStringLiteral("balance_too_low"), endMs - 2 * 24 * 60 * kMinute},
        {43, out.frozenCardNo, QStringLiteral("add"), QStringLiteral("lost"), frozenAt},
    };
    fd::Transaction tx(store.db());
    for (const Entry &e : entries) {
        if (auto r = store.db().run(QStringLiteral("INSERT INTO status_list (id, list_version, media_kind, media_no, action, reason, at, created_at)"
                                                   " VALUES (?, ?, 'card', ?, ?, ?, ?, ?)"),
                                    {store.newId(), e.version, e.cardNo, e.action, e.reason, e.at, e.at});
            !r)
            return r.error();
    }
    if (auto r = store.db().run(QStringLiteral("UPDATE loss_reports SET state = 'frozen', list_version = 43, frozen_at = ?,"
                                               " identity = 'verified' WHERE id = ?"),
                                {frozenAt, out.frozenId});
        !r)
        return r.error();
    const qint64 readAt = endMs - 3 * kMinute;
    if (auto r = store.db().run(QStringLiteral("INSERT INTO sync_cursor (scope, cursor, updated_at) VALUES (?, ?, ?)"
                                               " ON CONFLICT (scope) DO UPDATE SET cursor = excluded.cursor, updated_at = excluded.updated_at"),
                                {QString::fromLatin1(fd::StatusListRepository::kReadToEndScope), QString::number(readAt), readAt});
        !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    clock.setMs(endMs);
    return out;
}
