#include "demotickets.h"

#include "bulkchangewriter.h"
#include "closeoutrepository.h"
#include "democatalog.h"
#include "progressmeter.h"
#include "searchtokenizer.h"
#include "store.h"
#include "ticketpriority.h"

#include <QDateTime>

#include <algorithm>
#include <future>

using namespace Qt::StringLiterals;

namespace fd::cli {

namespace {
constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

QString beijingTime(qint64 ms, const QString &format)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).addSecs(8 * 3600).toString(format);
}

QVariant orNull(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

QString fill(const QString &text, const QHash<QString, QString> &values)
{
    QString out = text;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        out.replace(QLatin1Char('{') + it.key() + QLatin1Char('}'), it.value());
    return out;
}

QString kindName(DemoStep::Kind kind)
{
    switch (kind) {
    case DemoStep::Kind::Transition:
        return u"transition"_s;
    case DemoStep::Kind::Chase:
        return u"chase"_s;
    case DemoStep::Kind::Alert:
        return u"alert"_s;
    }
    return u"note"_s;
}
} // namespace

DemoTickets::DemoTickets(Store &store, DemoRandom &random, DemoPeople &people, const DemoWorld &world, QTextStream &err)
    : m_store(store), m_random(random), m_people(people), m_world(world), m_err(err), m_planner(random)
{
    QList<int> weights;
    for (const DemoProblem &p : DemoCatalog::problems()) {
        weights << p.weight;
        const QList<DemoRepair> &repairs = DemoCatalog::repairs(p);
        QList<int> repairWeights;
        for (const DemoRepair &r : repairs)
            repairWeights << r.weight;
        m_repairs.append({&repairs, DemoRandom::Weights(repairWeights)});
    }
    m_problems = DemoRandom::Weights(weights);
    QList<int> outletWeights;
    for (int o = 0; o < m_world.outlets.size(); ++o) {
        if (m_world.outlets.at(o).crews.isEmpty())
            continue;
        m_outletsWithCrews << o;
        const bool home = DemoCatalog::regions().at(m_world.outlets.at(o).region).province == u"安徽省"_s;
        outletWeights << (o == m_world.ownOutlet ? 6 : (home ? 3 : 1));
    }
    m_outletWeights = DemoRandom::Weights(outletWeights);
}

int DemoTickets::pickOutlet()
{
    return m_outletsWithCrews.at(m_random.pick(m_outletWeights));
}

int DemoTickets::pickCustomer(qint64 reportedAt)
{
    // Customers are in the order they opened; only those opened by then can report.
    const auto &cs = m_world.customers;
    const auto it = std::lower_bound(cs.cbegin(), cs.cend(), reportedAt,
                                     [](const DemoCustomer &c, qint64 t) { return c.openedAt < t; });
    const int opened = int(it - cs.cbegin());
    return opened == 0 ? -1 : m_random.below(opened);
}


Result<DemoTickets::Prepared> DemoTickets::prepare(BulkChangeWriter &writer, const DemoTicketPlan &plan, int problemIndex)
{
    Prepared out;
    const DemoProblem &problem = DemoCatalog::problems().at(problemIndex);
    const int outletIndex = pickOutlet();
    const DemoOutlet &outlet = m_world.outlets.at(outletIndex);
    const DemoRegion &region = DemoCatalog::regions().at(outlet.region);

    // The crews the ticket went to, in order: another crew of the outlet after a return.
    QList<int> crews;
    const int first = outlet.crews.at(m_random.below(int(outlet.crews.size())));
    crews << first;
    for (int slot = 1; slot < plan.crewSlots; ++slot) {
        const qsizetype at = outlet.crews.indexOf(crews.back());
        crews << (outlet.crews.size() > 1 ? outlet.crews.at((at + 1) % outlet.crews.size())
                                          : m_random.below(int(m_world.crews.size())));
    }

    int customer = -1;
    if (problem.needsVehicle && m_random.chance(0.88))
        customer = pickCustomer(plan.reportedAt);
    const DemoCustomer *c = customer >= 0 ? &m_world.customers.at(customer) : nullptr;
    const DemoVehicle *vehicle = c ? &m_world.vehicles.at(c->firstVehicle + m_random.below(c->vehicleCount)) : nullptr;

    QString channel;
    if (!problem.needsVehicle) {
        channel = m_random.chance(0.6) ? u"field"_s : u"phone"_s;
    } else {
        static const DemoRandom::Weights channels({45, 22, 15, 6, 12});
        static const QStringList names = {u"phone"_s, u"counter"_s, u"online"_s, u"kiosk"_s, u"field"_s};
        channel = names.at(m_random.pick(channels));
    }

    const QString station = m_random.pickFrom(region.stations);
    const QString lane = QString::number(m_random.between(1, 12));
    const QString plate = vehicle ? vehicle->plate : region.plate + m_random.digits(5);
    const QHash<QString, QString> values = {
        {u"plate"_s, plate},
        {u"station"_s, station},
        {u"lane"_s, lane},
        {u"when"_s, beijingTime(plan.reportedAt - m_random.between(1, 72) * kHour, u"M月d日 HH:mm"_s)},
        {u"amount"_s, QString::number(m_random.between(50, 500))},
        {u"amount2"_s, QString::number(m_random.between(1, 80))},
        {u"outlet"_s, outlet.name},
        {u"code"_s, QString::number(m_random.between(100, 999))},
        {u"n"_s, QString::number(m_random.between(2, 5))},
        {u"month"_s, QString::number(QDateTime::fromMSecsSinceEpoch(plan.reportedAt, Qt::UTC).date().addMonths(-1).month())}};
    QString address;
    if (problem.place == QLatin1String("station"))
        address = region.province + region.city + station + (problem.category == QLatin1String("lane") ? u" "_s + lane + u" 号车道"_s : QString());
    else if (problem.place == QLatin1String("outlet"))
        address = outlet.address;
    else
        address = c ? c->address : m_people.address(outlet.region);

    // Numbered by the device that took the report: counter, kiosk or the crew's tablet.
    QString deviceId = outlet.counterDeviceId;
    QString deviceCode = outlet.counterDeviceCode;
    if (channel == QLatin1String("kiosk")) {
        deviceId = outlet.kioskDeviceId;
        deviceCode = outlet.kioskDeviceCode;
    } else if (channel == QLatin1String("field")) {
        deviceId = m_world.crews.at(first).tabletDeviceId;
        deviceCode = m_world.crews.at(first).tabletDeviceCode;
    }
    const qint64 seq = deviceId == m_world.ownDeviceId ? ++m_ownSequence : ++m_sequences[outlet.code + u'-' + deviceCode];
    const QString ticketNo = u"T-%1-%2-%3"_s.arg(outlet.code, deviceCode).arg(seq, 6, 10, QLatin1Char('0'));

    const auto staffOf = [&](const QList<int> &pool) -> QString {
        return pool.isEmpty() ? QString() : m_world.staff.at(pool.at(m_random.below(int(pool.size())))).id;
    };
    QString reporter;
    if (channel != QLatin1String("kiosk") && channel != QLatin1String("online")) {
        reporter = channel == QLatin1String("field") ? staffOf(m_world.crews.at(first).members) : staffOf(outlet.counterStaff);
        if (reporter.isEmpty())
            reporter = staffOf(outlet.supervisors);
    }
    QString dispatcher = staffOf(outlet.supervisors);
    if (dispatcher.isEmpty())
        dispatcher = m_world.staff.at(m_world.adminStaff).id;
    QString clerk = staffOf(outlet.counterStaff);
    if (clerk.isEmpty())
        clerk = dispatcher;

    int currentSlot = 0;
    for (const DemoStep &s : plan.steps) {
        if (s.event == QLatin1String("dispatch"))
            currentSlot = s.crewSlot;
    }
    const int urgency = m_random.between(problem.urgencyMin, problem.urgencyMax);
    const int impact = m_random.between(problem.impactMin, problem.impactMax);

    const QString ticketId = writer.newId(plan.reportedAt);
    const TicketRef ref{ticketId, ticketNo, c ? c->id : QString(), outlet.id};
    Change t;
    t.opKind = u"ticket.create"_s;
    t.entity = u"ticket"_s;
    t.entityId = ticketId;
    t.staffId = reporter;
    t.fields = {{u"ticket_no"_s, ticketNo},
                {u"customer_id"_s, c ? QVariant(c->id) : QVariant()},
                {u"outlet_id"_s, outlet.id},
                {u"crew_id"_s, plan.withoutCrew ? QVariant() : QVariant(m_world.crews.at(crews.at(currentSlot)).id)},
                {u"channel"_s, channel},
                {u"category"_s, problem.category},
                {u"title"_s, problem.title},
                {u"description"_s, fill(problem.description, values)},
                {u"address"_s, address},
                {u"contact_name"_s, c ? (c->corporate ? m_people.contactName() : c->name) : m_people.contactName()},
                {u"contact_phone"_s, c ? c->phone : m_people.phone(false)},
                {u"urgency"_s, urgency},
                {u"impact"_s, impact},
                {u"priority"_s, ticketPriority(urgency, impact)},
                {u"state"_s, TicketWorkflow::toString(plan.state)},
                {u"state_at"_s, plan.stateAt},
                {u"due_at"_s, plan.dueAt < 0 ? QVariant() : QVariant(plan.dueAt)},
                {u"reported_at"_s, plan.reportedAt},
                {u"vehicle_id"_s, vehicle ? QVariant(vehicle->id) : QVariant()},
                {u"card_id"_s, vehicle && problem.category != QLatin1String("obu") ? QVariant(vehicle->cardId) : QVariant()},
                {u"obu_id"_s, vehicle && problem.category != QLatin1String("card") ? QVariant(vehicle->obuId) : QVariant()},
                {u"created_by"_s, orNull(reporter)}};
    // The fields SearchIndex::indexTicket puts in a ticket's document, in its order;
    // tst_cli checks that both make the same document.
    const SearchTokenizer::Document doc = SearchTokenizer::document(
        {ticketNo, problem.title, t.fields.value(u"description"_s).toString(), address,
         t.fields.value(u"contact_name"_s).toString(), t.fields.value(u"contact_phone"_s).toString(), problem.category,
         vehicle ? vehicle->plate : QString(), t.fields.value(u"card_id"_s).isValid() ? vehicle->cardNo : QString()});
    out.doc = doc.doc;
    out.rev = doc.rev;

    // The timeline with what the crew and the counter recorded along it, in the order it happened.
    QList<Timed> rows;
    rows.reserve(plan.steps.size() + 12);
    qint64 arrivedAt = plan.reportedAt;
    qint64 finishedAt = -1;
    QString callbackId; // the last callback that closed or reopened the ticket
    for (const DemoStep &s : plan.steps) {
        const DemoCrew &crew = m_world.crews.at(crews.at(qBound(0, s.crewSlot, int(crews.size()) - 1)));
        QString staff;
        QString device;
        switch (s.actor) {
        case DemoActor::Reporter:
            staff = reporter;
            device = deviceId;
            break;
        case DemoActor::Dispatcher:
            staff = dispatcher;
            device = outlet.counterDeviceId;
            break;
        case DemoActor::System:
            device = crew.tabletDeviceId;
            break;
        case DemoActor::Crew:
            staff = staffOf(crew.members);
            device = crew.tabletDeviceId;
            break;
        case DemoActor::Callback:
            staff = clerk;
            device = outlet.counterDeviceId;
            break;
        }
        QString note = s.note;
        if (s.kind == DemoStep::Kind::Transition) {
            if (s.event == QLatin1String("arrive")) {
                arrivedAt = s.at;
            } else if (s.event == QLatin1String("finish")) {
                note = recordWork(writer, rows, ref, problemIndex, arrivedAt, s.at, staff);
                finishedAt = s.at;
            } else if (s.event == QLatin1String("close") || s.event == QLatin1String("reopen")) {
                // The app's close or reopen step carries what the customer said as its note.
                callbackId = recordCallback(writer, rows, ref, s.event == QLatin1String("close"), finishedAt, s.at,
                                            note, staff);
            }
        }
        Change e;
        e.opKind = u"ticket.event"_s;
        e.entity = u"ticket_event"_s;
        e.entityId = writer.newId(s.at);
        e.staffId = staff;
        e.fields = {{u"ticket_id"_s, ticketId},
                    {u"kind"_s, kindName(s.kind)},
                    {u"event"_s, s.event},
                    {u"from_state"_s, s.hasFrom ? TicketWorkflow::toString(s.from) : QString()},
                    {u"to_state"_s, s.kind == DemoStep::Kind::Transition ? TicketWorkflow::toString(s.to) : QString()},
                    {u"at"_s, s.at},
                    {u"staff_id"_s, orNull(staff)},
                    {u"device_id"_s, device},
                    {u"note"_s, note}};
        rows.append({std::move(e), s.at});
        ++out.events;
    }
    if (plan.state == TicketState::Finished && m_random.chance(0.3))
        recordUnanswered(writer, rows, ref, finishedAt, clerk);

    // The ticket names the callback that closed or reopened it, which names the ticket: the
    // reference is filled in once the callback is written (completeLater() in run()).
    t.fields.insert(u"callback_id"_s, orNull(callbackId));
    auto ticketRow = writer.prepare(t, plan.reportedAt,
                                    callbackId.isEmpty() ? QStringList() : QStringList{u"callback_id"_s});
    if (!ticketRow)
        return ticketRow.error();
    out.rows.reserve(rows.size() + 1);
    out.rows << std::move(ticketRow).value();
    for (const Timed &r : std::as_const(rows)) {
        auto row = writer.prepare(r.change, r.at);
        if (!row)
            return row.error();
        out.rows << std::move(row).value();
    }
    out.ownSequence = m_ownSequence;
    return out;
}

QString DemoTickets::recordWork(BulkChangeWriter &writer, QList<Timed> &rows, const TicketRef &ticket, int problem,
                                qint64 arrivedAt, qint64 finishedAt, const QString &staff)
{
    const Repairs &repairs = m_repairs.at(problem);
    const DemoRepair &repair = repairs.list->at(m_random.pick(repairs.weights));
    // Points on the visit, as fractions of the time from arrival to finish: photos of the site
    // first, the diagnosis, the part, photos of the work, the test, the signature last.
    const qint64 span = finishedAt - arrivedAt;
    const auto when = [&](double lo, double hi) {
        return qBound(arrivedAt + 1, arrivedAt + qint64(double(span) * m_random.uniform(lo, hi)), finishedAt - 1);
    };
    const auto add = [&](const QString &opKind, const QString &entity, qint64 at, QVariantMap fields) {
        Change c;
        c.opKind = opKind;
        c.entity = entity;
        c.entityId = writer.newId(at);
        c.staffId = staff;
        c.fields = std::move(fields);
        rows.append({std::move(c), at});
    };
    // Rows only: the files are on the crew's tablet, not in this store, so the app shows them as
    // "on another device". The digest stands in for the file's SHA-256 and follows from the seed.
    const auto attach = [&](const QString &kind, qint64 at) {
        const bool png = kind == QLatin1String("signature") || m_random.chance(0.08);
        const qint64 size = kind == QLatin1String("signature") ? m_random.between64(6'000, 32'000)
                            : png                             ? m_random.between64(1'200'000, 5'800'000)
                                                              : m_random.between64(380'000, 3'200'000);
        const QString fileName = kind == QLatin1String("signature")
                                     ? u"signature.png"_s
                                     : u"IMG_"_s + beijingTime(at, u"yyyyMMdd_HHmmss"_s) + (png ? u".png"_s : u".jpg"_s);
        add(u"attachment.create"_s, u"attachment"_s, at,
            {{u"owner_kind"_s, u"ticket"_s},
             {u"owner_id"_s, ticket.id},
             {u"kind"_s, kind},
             {u"sha256"_s, m_random.hex(32)},
             {u"mime"_s, png ? u"image/png"_s : u"image/jpeg"_s},
             {u"size_bytes"_s, size},
             {u"file_name"_s, fileName},
             {u"staff_id"_s, orNull(staff)},
             {u"at"_s, at}});
    };
    const auto check = [&](const QString &item, qint64 at) {
        add(u"ticket.check"_s, u"ticket_check"_s, at,
            {{u"ticket_id"_s, ticket.id}, {u"item"_s, item}, {u"staff_id"_s, orNull(staff)}, {u"at"_s, at}});
    };

    static const DemoRandom::Weights photoCount({30, 50, 20});
    const int photos = 1 + m_random.pick(photoCount);
    attach(u"photo"_s, when(0.04, 0.25));
    const qint64 faultAt = when(0.30, 0.55);
    add(u"ticket.fault_record"_s, u"fault_record"_s, faultAt,
        {{u"ticket_id"_s, ticket.id},
         {u"cause_category"_s, repair.cause},
         {u"cause_subcategory"_s, repair.subcause},
         {u"ownership"_s, repair.ownership},
         {u"genuine"_s, repair.genuine ? 1 : 0},
         {u"work_done"_s, repair.workDone},
         {u"recorded_by"_s, orNull(staff)},
         {u"at"_s, faultAt}});
    const qint64 partAt = when(0.56, 0.68);
    if (!repair.part.code.isEmpty()) {
        add(u"ticket.part"_s, u"ticket_part"_s, partAt,
            {{u"ticket_id"_s, ticket.id},
             {u"part_code"_s, repair.part.code},
             {u"part_name"_s, repair.part.name},
             {u"quantity"_s, 1},
             {u"staff_id"_s, orNull(staff)},
             {u"at"_s, partAt}});
    } else {
        check(u"parts"_s, partAt); // no parts used
    }
    for (int i = 1; i < photos; ++i)
        attach(u"photo"_s, when(0.70 + 0.07 * (i - 1), 0.76 + 0.07 * (i - 1)));
    check(u"tested"_s, when(0.86, 0.91));
    attach(u"signature"_s, when(0.92, 0.98));
    return repair.finishNote;
}

QString DemoTickets::recordCallback(BulkChangeWriter &writer, QList<Timed> &rows, const TicketRef &ticket,
                                    bool satisfied, qint64 finishedAt, qint64 at, const QString &suggestions,
                                    const QString &clerk)
{
    static const CloseOutRepository::Policy policy;
    static const DemoRandom::Weights methods({88, 4, 6, 2});
    static const QStringList methodNames = {u"phone"_s, u"sms"_s, u"wechat"_s, u"visit"_s};
    const QString method = methodNames.at(m_random.pick(methods));
    // The score agrees with what the clerk noted: "基本满意" is a 4, "非常满意" a 5.
    int satisfaction = satisfied ? (m_random.chance(0.7) ? 5 : 4) : (m_random.chance(0.4) ? 1 : 2);
    if (satisfied && suggestions.contains(u"基本满意"_s))
        satisfaction = 4;
    else if (satisfied && suggestions.contains(u"非常满意"_s))
        satisfaction = 5;
    // Sometimes the first call went unanswered and the clerk tried again after the retry interval.
    const qint64 retry = qint64(policy.retryMinutes) * kMinute;
    const bool secondTry = at - retry - finishedAt > kMinute && m_random.chance(0.12);
    const qint64 firstTry = secondTry ? m_random.between64(finishedAt + kMinute, at - retry) : at;

    const QString id = writer.newId(at);
    Change c;
    c.opKind = u"callback.create"_s;
    c.entity = u"callback"_s;
    c.entityId = id;
    c.staffId = clerk;
    c.fields = {{u"attempts"_s, secondTry ? 2 : 1},
                {u"method"_s, method},
                {u"assigned_to"_s, orNull(clerk)},
                {u"suggestions"_s, suggestions},
                {u"state"_s, u"done"_s},
                {u"done_at"_s, at},
                {u"next_attempt_at"_s, QVariant()},
                {u"satisfaction"_s, satisfaction},
                {u"verdict"_s, satisfied ? u"satisfied"_s : u"unsatisfied"_s},
                {u"customer_id"_s, orNull(ticket.customerId)},
                {u"ticket_id"_s, ticket.id},
                {u"reason"_s, u"ticket_completed"_s},
                {u"due_at"_s, finishedAt + qint64(policy.callbackDueHours) * kHour},
                {u"outlet_id"_s, ticket.outletId}};
    if (secondTry)
        logContact(writer, rows, ticket, firstTry, u"phone"_s, u"工单 %1 回访：未接通（第 1 次）。"_s.arg(ticket.ticketNo),
                   QString(), clerk);
    rows.append({std::move(c), at});
    logContact(writer, rows, ticket, at, method,
               satisfied ? u"工单 %1 回访：满意（%2/5），工单已关闭。"_s.arg(ticket.ticketNo).arg(satisfaction)
                         : u"工单 %1 回访：不满意（%2/5），工单已重开。"_s.arg(ticket.ticketNo).arg(satisfaction),
               suggestions, clerk);
    return id;
}

void DemoTickets::recordUnanswered(BulkChangeWriter &writer, QList<Timed> &rows, const TicketRef &ticket,
                                   qint64 finishedAt, const QString &clerk)
{
    static const CloseOutRepository::Policy policy;
    // Called within the last two hours, so the retry is still ahead.
    const qint64 lo = qMax(finishedAt + kMinute, m_world.nowMs - 110 * kMinute);
    const qint64 hi = m_world.nowMs - 2 * kMinute;
    if (finishedAt < 0 || lo >= hi)
        return;
    const qint64 at = m_random.between64(lo, hi);
    Change c;
    c.opKind = u"callback.create"_s;
    c.entity = u"callback"_s;
    c.entityId = writer.newId(at);
    c.staffId = clerk;
    c.fields = {{u"attempts"_s, 1},
                {u"method"_s, u"phone"_s},
                {u"assigned_to"_s, orNull(clerk)},
                {u"suggestions"_s, QString()},
                {u"state"_s, u"pending"_s},
                {u"next_attempt_at"_s, at + qint64(policy.retryMinutes) * kMinute},
                {u"customer_id"_s, orNull(ticket.customerId)},
                {u"ticket_id"_s, ticket.id},
                {u"reason"_s, u"ticket_completed"_s},
                {u"due_at"_s, finishedAt + qint64(policy.callbackDueHours) * kHour},
                {u"outlet_id"_s, ticket.outletId}};
    rows.append({std::move(c), at});
    logContact(writer, rows, ticket, at, u"phone"_s, u"工单 %1 回访：未接通（第 1 次）。"_s.arg(ticket.ticketNo), QString(),
               clerk);
}

void DemoTickets::logContact(BulkChangeWriter &writer, QList<Timed> &rows, const TicketRef &ticket, qint64 at,
                             const QString &channel, const QString &content, const QString &reply, const QString &clerk)
{
    if (ticket.customerId.isEmpty())
        return;
    Change log;
    log.opKind = u"contact.log"_s;
    log.entity = u"contact"_s;
    log.entityId = writer.newId(at);
    log.staffId = clerk;
    log.fields = {{u"customer_id"_s, ticket.customerId}, {u"at"_s, at},
                  {u"channel"_s, channel},             {u"content"_s, content},
                  {u"reply"_s, reply},                 {u"staff_id"_s, orNull(clerk)},
                  {u"ref_kind"_s, u"ticket"_s},        {u"ref_id"_s, ticket.id}};
    rows.append({std::move(log), at});
}

DemoTickets::Batch DemoTickets::produce(BulkChangeWriter &writer, int from, int count)
{
    Batch batch;
    batch.tickets.reserve(count);
    for (int i = from; i < from + count; ++i) {
        Result<Prepared> p = Error{};
        if (i < m_history) {
            const qint64 reportedAt = m_historyStart + qint64(m_historyStep * (i + m_random.unit()));
            const int problem = m_random.pick(m_problems);
            auto plan = m_planner.planHistory(m_planner.historyState(), reportedAt, m_world.nowMs,
                                              DemoCatalog::problems().at(problem).category);
            if (!plan) {
                batch.error = plan.error();
                batch.failed = true;
                return batch;
            }
            p = prepare(writer, plan.value(), problem);
        } else {
            const Planned &live = m_live.at(i - m_history);
            p = prepare(writer, live.plan, live.problem);
        }
        if (!p) {
            batch.error = p.error();
            batch.failed = true;
            return batch;
        }
        batch.tickets << std::move(p).value();
    }
    return batch;
}

Result<void> DemoTickets::consume(BulkChangeWriter &writer, const Batch &batch)
{
    for (const Prepared &t : batch.tickets) {
        qint64 ticketRowid = -1;
        for (const PreparedChange &row : t.rows) {
            auto rowid = writer.write(row);
            if (!rowid)
                return rowid.error();
            if (ticketRowid < 0)
                ticketRowid = rowid.value(); // tickets.local_no: the search document's rowid
            ++m_rows;
        }
        m_events += t.events;
        if (auto r = writer.writeSearchDocument(u"ticket_search"_s, ticketRowid, t.doc, t.rev); !r)
            return r;
    }
    return {};
}

Result<qint64> DemoTickets::run(BulkChangeWriter &writer, const DemoOptions &options)
{
    const int total = options.tickets;
    if (total <= 0)
        return qint64(0);
    if (m_outletsWithCrews.isEmpty())
        return makeError("demo_no_crews", u"Tickets need at least one crew."_s);
    auto seq = m_store.setting(u"seq:ticket"_s, u"0"_s);
    if (!seq)
        return seq.error();
    m_ownSequence = seq.value().toLongLong();

    // The last few percent are current work in every state; the rest is history.
    const int live = total <= 40 ? total : qMin(total, qMax(40, total * 3 / 100));
    const int history = total - live;
    const int days = options.historyDays > 0 ? options.historyDays : qBound(14, total / 3000, 730);
    const qint64 maxAge = qint64(qBound(4, live / 400, 48)) * kHour;

    QList<TicketState> liveStates;
    if (live >= TicketWorkflow::kStateCount) {
        for (int s = 0; s < TicketWorkflow::kStateCount; ++s)
            liveStates << TicketState(s);
    }
    while (liveStates.size() < live)
        liveStates << m_planner.liveState();
    m_random.shuffle(liveStates);
    m_live.reserve(live);
    for (const TicketState state : std::as_const(liveStates)) {
        const int problem = m_random.pick(m_problems);
        auto plan = m_planner.planLive(state, m_world.nowMs, maxAge, DemoCatalog::problems().at(problem).category);
        if (!plan)
            return plan.error();
        m_live.append({std::move(plan).value(), problem});
    }
    std::stable_sort(m_live.begin(), m_live.end(),
                     [](const Planned &a, const Planned &b) { return a.plan.reportedAt < b.plan.reportedAt; });

    m_history = history;
    m_historyStart = m_world.nowMs - qint64(days) * kDay;
    m_historyStep = history > 0 ? double(m_world.nowMs - 2 * kDay - m_historyStart) / history : 0;

    ProgressMeter progress(m_err, u"tickets"_s, total);
    const int perBatch = qMax(1, options.ticketsPerTransaction);
    // The worker prepares batch k+1 while this thread writes batch k.
    auto next = std::async(std::launch::async, [&] { return produce(writer, 0, qMin(perBatch, total)); });
    int done = 0;
    Batch written;
    while (done < total) {
        Batch batch = next.get();
        if (batch.failed)
            return batch.error;
        const int from = done + int(batch.tickets.size());
        if (from < total) {
            // The worker also frees the batch written last time: freeing is a good part of the cost.
            next = std::async(std::launch::async, [&, from, old = std::move(written)]() mutable {
                old = Batch();
                return produce(writer, from, qMin(perBatch, total - from));
            });
        }
        Transaction tx(m_store.db());
        if (!tx.isOpen())
            return tx.beginError();
        if (auto r = consume(writer, batch); !r)
            return r.error();
        // The tickets' references to their callbacks, now that the callbacks are written.
        if (auto r = writer.completeLater(); !r)
            return r.error();
        // This device's own ticket counter carries on after the demo tickets it numbered.
        if (auto r = m_store.setSetting(u"seq:ticket"_s, QString::number(batch.tickets.back().ownSequence)); !r)
            return r.error();
        if (auto r = writer.persistClock(); !r)
            return r.error();
        if (auto r = tx.commit(); !r)
            return r.error();
        done = from;
        written = std::move(batch);
        progress.update(done);
    }
    progress.finish(total);
    return m_events;
}

} // namespace fd::cli
