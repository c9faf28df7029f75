#include "demoorganisation.h"

#include "democatalog.h"
#include "settableclock.h"
#include "staffrepository.h"
#include "store.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace fd::cli {

namespace {

constexpr qint64 kDay = 24LL * 3600 * 1000;
constexpr qint64 kHour = 3600LL * 1000;

QString areaCode(const DemoRegion &r)
{
    static const QHash<QString, QString> codes = {
        {u"合肥市"_s, u"0551"_s}, {u"芜湖市"_s, u"0553"_s}, {u"蚌埠市"_s, u"0552"_s}, {u"马鞍山市"_s, u"0555"_s},
        {u"安庆市"_s, u"0556"_s}, {u"黄山市"_s, u"0559"_s}, {u"阜阳市"_s, u"0558"_s}, {u"南京市"_s, u"025"_s},
        {u"苏州市"_s, u"0512"_s}, {u"杭州市"_s, u"0571"_s}, {u"武汉市"_s, u"027"_s}, {u"上海市"_s, u"021"_s}};
    return codes.value(r.city.isEmpty() ? r.province : r.city, u"0551"_s);
}

QString ordinal(int n)
{
    static const QStringList digits = {u"一"_s, u"二"_s, u"三"_s, u"四"_s, u"五"_s, u"六"_s, u"七"_s, u"八"_s, u"九"_s, u"十"_s};
    return n <= 10 ? digits.at(n - 1) : QString::number(n);
}

QString departmentFor(const QStringList &roles)
{
    if (roles.contains(u"crew"_s))
        return u"运维部"_s;
    if (roles.contains(u"finance"_s))
        return u"财务部"_s;
    if (roles.contains(u"supervisor"_s))
        return u"运营管理部"_s;
    return u"客户服务部"_s;
}

} // namespace

DemoOrganisation::DemoOrganisation(Store &store, SettableClock &clock, DemoRandom &random, DemoPeople &people, DemoWorld &world)
    : m_store(store), m_clock(clock), m_random(random), m_people(people), m_world(world)
{
}

Result<void> DemoOrganisation::write(const QString &opKind, const QString &entity, const QString &id, const QVariantMap &fields,
                                     const QString &staffId)
{
    Change c;
    c.opKind = opKind;
    c.entity = entity;
    c.entityId = id;
    c.fields = fields;
    c.staffId = staffId;
    return m_store.write(c);
}

Result<void> DemoOrganisation::run(const DemoOptions &options)
{
    // The organisation existed long before the data it serves.
    m_clock.pin(m_world.nowMs - 7 * 365 * kDay);
    Transaction tx(m_store.db());
    if (!tx.isOpen())
        return tx.beginError();
    if (auto r = outlets(); !r)
        return r;
    if (auto r = staff(options.staff, options.crews); !r)
        return r;
    if (auto r = crews(options.crews); !r)
        return r;
    return tx.commit();
}

Result<QString> DemoOrganisation::device(DemoOutlet &outlet, const QString &mode, int preferredCode, const QString &name)
{
    int code = preferredCode;
    while (outlet.usedDeviceCodes.contains(code))
        ++code;
    outlet.usedDeviceCodes << code;
    const QString id = m_store.newId();
    const QString text = u"%1"_s.arg(code, 2, 10, QLatin1Char('0'));
    if (auto r = write(u"device.create"_s, u"device"_s, id,
                       {{u"device_code"_s, text}, {u"outlet_id"_s, outlet.id}, {u"mode"_s, mode}, {u"name"_s, name}});
        !r)
        return r.error();
    if (mode == QLatin1String("counter") && outlet.counterDeviceId.isEmpty()) {
        outlet.counterDeviceId = id;
        outlet.counterDeviceCode = text;
    } else if (mode == QLatin1String("kiosk")) {
        outlet.kioskDeviceId = id;
        outlet.kioskDeviceCode = text;
    }
    return id;
}

Result<void> DemoOrganisation::outlets()
{
    const DeviceIdentity &me = m_store.identity();
    const QList<DemoOutletDef> &defs = DemoCatalog::outlets();
    // This device's outlet first: it gets the most staff and crews.
    DemoOutlet own;
    own.id = me.outletId;
    own.code = me.outletCode;
    auto found = m_store.db().run(u"SELECT name FROM outlets WHERE id = ?"_s, {me.outletId});
    if (!found)
        return found.error();
    own.name = found.value().next() ? found.value().value(0).toString() : me.outletCode;
    found.value().finish();
    own.shortName = own.name.endsWith(u"网点"_s) ? own.name.chopped(2) : own.name;
    for (const DemoOutletDef &d : defs) {
        if (d.code == own.code) {
            own.region = d.region;
            own.shortName = d.shortName;
            own.address = DemoCatalog::regions().at(d.region).province + DemoCatalog::regions().at(d.region).city
                + DemoCatalog::regions().at(d.region).district + d.street;
        }
    }
    if (own.address.isEmpty())
        own.address = m_people.address(own.region);
    own.usedDeviceCodes << me.deviceCode.toInt();
    if (me.mode == QLatin1String("counter")) {
        own.counterDeviceId = me.deviceId;
        own.counterDeviceCode = me.deviceCode;
    }
    m_world.outlets << own;
    m_world.ownOutlet = 0;
    m_world.ownDeviceId = me.deviceId;
    m_world.ownDeviceCode = me.deviceCode;

    for (const DemoOutletDef &d : defs) {
        if (d.code == own.code)
            continue;
        const DemoRegion &r = DemoCatalog::regions().at(d.region);
        DemoOutlet o;
        o.id = m_store.newId();
        o.code = d.code;
        o.name = d.name;
        o.shortName = d.shortName;
        o.region = d.region;
        o.address = r.province + r.city + r.district + d.street;
        const QString phone = areaCode(r) + u"-"_s + QString::number(m_random.between(6, 8)) + m_random.digits(7);
        if (auto w = write(u"outlet.create"_s, u"outlet"_s, o.id,
                           {{u"code"_s, o.code}, {u"name"_s, o.name}, {u"province"_s, r.province}, {u"address"_s, o.address},
                            {u"phone"_s, phone}});
            !w)
            return w.error();
        m_world.outlets << o;
    }
    for (DemoOutlet &o : m_world.outlets) {
        if (o.counterDeviceId.isEmpty()) {
            if (auto d = device(o, u"counter"_s, 1, o.shortName + u" 柜台"_s); !d)
                return d.error();
        }
        if (auto d = device(o, u"kiosk"_s, 31, o.shortName + u" 自助终端"_s); !d)
            return d.error();
    }
    return {};
}

Result<void> DemoOrganisation::staff(int count, int crewCount)
{
    struct Slot
    {
        int outlet;
        QStringList roles;
    };
    const int outlets = int(m_world.outlets.size());
    QList<Slot> wanted;
    const auto add = [&](int outlet, QStringList roles) {
        if (wanted.size() < count)
            wanted.append({outlet, std::move(roles)});
    };
    // Who an outlet needs first, then more hands, until the head count is used up.
    add(0, {u"supervisor"_s, u"admin"_s});
    add(0, {u"counter"_s});
    add(0, {u"finance"_s});
    QList<int> crewOutlet;
    for (int c = 0; c < crewCount; ++c)
        crewOutlet << (c % outlets);
    for (int c = 0; c < crewCount; ++c)
        add(crewOutlet.at(c), {u"crew"_s});
    for (int o = 1; o < outlets; ++o) {
        if (crewOutlet.contains(o))
            add(o, {u"supervisor"_s, u"counter"_s});
    }
    for (int c = 0; c < crewCount; ++c)
        add(crewOutlet.at(c), {u"crew"_s});
    for (int o = 1; o < outlets; ++o)
        add(o, {u"counter"_s});
    for (int round = 0; wanted.size() < count; ++round) {
        const int o = round % outlets;
        if (round % 3 == 2)
            add(o, {u"counter"_s});
        else if (crewOutlet.contains(o))
            add(o, {u"crew"_s});
        else
            add(o, {u"counter"_s});
        if (round % 11 == 5)
            add(o, {u"finance"_s});
    }

    StaffRepository repo(m_store);
    QHash<int, int> perOutlet;
    QString actor;
    for (const Slot &s : std::as_const(wanted)) {
        DemoOutlet &outlet = m_world.outlets[s.outlet];
        const DemoPerson p = m_people.person(outlet.region, 22, 58);
        DemoStaff st;
        st.staffNo = u"S%1%2"_s.arg(outlet.code).arg(++perOutlet[s.outlet], 3, 10, QLatin1Char('0'));
        st.name = p.name;
        st.roles = s.roles;
        st.pin = m_random.digits(6);
        st.outlet = s.outlet;
        NewStaff input;
        input.staffNo = st.staffNo;
        input.name = st.name;
        input.outletId = outlet.id;
        input.department = departmentFor(st.roles);
        input.phone = p.phone;
        input.roles = st.roles;
        input.pin = st.pin;
        auto created = repo.create(input, actor);
        if (!created)
            return created.error();
        st.id = created->id;
        if (actor.isEmpty()) {
            actor = st.id; // the administrator enters everyone else
            m_world.adminStaff = int(m_world.staff.size());
        }
        const int index = int(m_world.staff.size());
        if (st.roles.contains(u"counter"_s))
            outlet.counterStaff << index;
        if (st.roles.contains(u"supervisor"_s))
            outlet.supervisors << index;
        m_world.staff << st;
    }
    return {};
}

Result<void> DemoOrganisation::crews(int count)
{
    const int outlets = int(m_world.outlets.size());
    static const QStringList notes = {u"车辆保养，预计下午返回"_s, u"参加安全培训"_s, u"支援高速入口车道抢修"_s};
    static const DemoRandom::Weights statusWeights({40, 40, 12, 8});
    static const QStringList statuses = {u"standby"_s, u"busy"_s, u"away"_s, u"off"_s};
    QList<int> crewStaff;
    for (int i = 0; i < m_world.staff.size(); ++i) {
        if (m_world.staff.at(i).roles.contains(u"crew"_s))
            crewStaff << i;
    }
    for (int c = 0; c < count; ++c) {
        const int o = c % outlets;
        DemoOutlet &outlet = m_world.outlets[o];
        DemoCrew crew;
        crew.id = m_store.newId();
        crew.outlet = o;
        crew.name = outlet.shortName + u"维修"_s + ordinal(int(outlet.crews.size()) + 1) + u"班"_s;
        crew.status = statuses.at(m_random.pick(statusWeights));
        QVariantMap fields = {{u"outlet_id"_s, outlet.id},
                              {u"name"_s, crew.name},
                              {u"status"_s, crew.status},
                              {u"vehicle_plate"_s, m_people.vehicle(outlet.region, false).plate}};
        if (crew.status == QLatin1String("away")) {
            fields.insert(u"status_note"_s, m_random.pickFrom(notes));
            fields.insert(u"away_until"_s, m_world.nowMs + m_random.between(1, 6) * kHour);
        } else if (crew.status == QLatin1String("busy")) {
            fields.insert(u"status_note"_s, u"现场处理中"_s);
        } else if (crew.status == QLatin1String("off")) {
            fields.insert(u"status_note"_s, u"轮休"_s);
        }
        if (auto r = write(u"crew.create"_s, u"crew"_s, crew.id, fields, m_world.staff.at(m_world.adminStaff).id); !r)
            return r;
        // Members: the crew staff of this outlet, shared out round the outlet's crews.
        const int indexInOutlet = int(outlet.crews.size());
        const int crewsHere = (count - o + outlets - 1) / outlets;
        int k = 0;
        for (const int s : std::as_const(crewStaff)) {
            if (m_world.staff.at(s).outlet != o)
                continue;
            if (k++ % crewsHere != indexInOutlet)
                continue;
            crew.members << s;
            if (auto r = write(u"crew.add_member"_s, u"crew_member"_s, m_store.newId(), {{u"crew_id"_s, crew.id}, {u"staff_id"_s, m_world.staff.at(s).id}},
                               m_world.staff.at(m_world.adminStaff).id);
                !r)
                return r;
        }
        auto tablet = device(outlet, u"tablet"_s, 21, crew.name + u" 平板"_s);
        if (!tablet)
            return tablet.error();
        crew.tabletDeviceId = tablet.value();
        crew.tabletDeviceCode = u"%1"_s.arg(outlet.usedDeviceCodes.back(), 2, 10, QLatin1Char('0'));
        outlet.crews << int(m_world.crews.size());
        m_world.crews << crew;
    }
    return {};
}

Result<void> DemoOrganisation::outages()
{
    const qint64 now = m_world.nowMs;
    const DemoOutlet &own = m_world.outlets.at(0);
    const QString admin = m_world.staff.at(m_world.adminStaff).id;
    Transaction tx(m_store.db());
    if (!tx.isOpen())
        return tx.beginError();
    struct Notice
    {
        QString kind, scope, title, detail;
        qint64 starts, ends;
        QString state;
        QString outletId;
        QStringList updates;
    };
    const QList<Notice> notices = {
        {u"system"_s, u"全省 ETC 圈存（充值）服务"_s, u"ETC 圈存系统升级维护"_s,
         u"账务系统升级期间暂停网点、自助终端及线上圈存，储值卡通行扣费不受影响。"_s, now - 90 * 60 * 1000, now + 3 * kHour,
         u"active"_s, QString(), {u"维护已开始，网点暂停圈存业务"_s, u"数据迁移进度 60%，预计按时恢复"_s}},
        {u"power"_s, own.name, own.shortName + u"网点计划停电"_s,
         u"配电房检修，网点停电期间暂停柜台业务，自助终端同时停用。"_s, now + 2 * kDay, now + 2 * kDay + 4 * kHour,
         u"planned"_s, own.id, {}},
        {u"road"_s, u"G3 京台高速合肥段"_s, u"肥西收费站入口临时关闭"_s, u"道路施工，入口关闭期间请绕行合肥西收费站。"_s,
         now - 20 * kDay, now - 12 * kDay, u"ended"_s, QString(), {u"施工完成，入口恢复通行"_s}},
        {u"service"_s, u"全省 ETC 客服热线"_s, u"客服热线线路故障"_s, u"运营商线路故障，热线呼入间歇性失败，可通过线上渠道报修。"_s,
         now - 6 * kDay, now - 6 * kDay + 3 * kHour, u"ended"_s, QString(), {u"线路已修复"_s}},
    };
    for (const Notice &n : notices) {
        m_clock.pin(qMin(n.starts, now) - kHour);
        const QString id = m_store.newId();
        QVariantMap fields = {{u"kind"_s, n.kind},         {u"scope"_s, n.scope},   {u"title"_s, n.title},
                              {u"detail"_s, n.detail},     {u"starts_at"_s, n.starts}, {u"expected_end_at"_s, n.ends},
                              {u"state"_s, n.state}};
        if (!n.outletId.isEmpty())
            fields.insert(u"outlet_id"_s, n.outletId);
        if (auto r = write(u"outage.create"_s, u"outage_notice"_s, id, fields, admin); !r)
            return r;
        qint64 at = n.starts;
        for (const QString &text : n.updates) {
            at = qMin(now - 60 * 1000, at + m_random.between(10, 60) * 60 * 1000);
            m_clock.pin(at);
            if (auto r = write(u"outage.update"_s, u"outage_update"_s, m_store.newId(),
                               {{u"notice_id"_s, id}, {u"at"_s, at}, {u"text"_s, text}, {u"staff_id"_s, admin}}, admin);
                !r)
                return r;
        }
        ++m_outages;
    }
    return tx.commit();
}

} // namespace fd::cli
