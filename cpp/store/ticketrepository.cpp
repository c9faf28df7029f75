#include "ticketrepository.h"

#include "callbackdecision.h"
#include "fieldworkrepository.h"
#include "mobilephone.h"
#include "searchindex.h"
#include "store.h"
#include "ticketpriority.h"

#include <QCoreApplication>

namespace fd {

namespace {

const QString kSummaryColumns = QStringLiteral(
    "t.id, t.ticket_no, t.title, t.address, COALESCE(c.name, t.contact_name), t.crew_id, t.state, t.priority, t.state_at,"
    " t.due_at, t.reported_at, t.local_no");

TicketSummary readSummary(const QSqlQuery &q)
{
    TicketSummary s;
    s.id = q.value(0).toString();
    s.ticketNo = q.value(1).toString();
    s.title = q.value(2).toString();
    s.address = q.value(3).toString();
    s.customerName = q.value(4).toString();
    s.crewId = q.value(5).toString();
    s.state = TicketWorkflow::stateFromString(q.value(6).toString()).value_or(TicketState::Reported);
    s.priority = q.value(7).toInt();
    s.stateAt = q.value(8).toLongLong();
    s.dueAt = q.value(9).isNull() ? -1 : q.value(9).toLongLong();
    s.reportedAt = q.value(10).toLongLong();
    s.localNo = q.value(11).toLongLong();
    return s;
}

QVariant orNull(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

Result<QString> checkTitle(const QString &text)
{
    const QString title = text.simplified();
    if (title.size() < 2 || title.size() > 120)
        return makeError("invalid_title", QCoreApplication::translate("TicketRepository", "Describe the problem in a short title (2 to 120 characters)."), QStringLiteral("title"));
    return title;
}

Result<void> checkUrgencyImpact(int urgency, int impact)
{
    if (urgency < 1 || urgency > 3 || impact < 1 || impact > 3)
        return makeError("invalid_priority", QCoreApplication::translate("TicketRepository", "Urgency and impact are 1 (high) to 3 (low)."), QStringLiteral("urgency"));
    return {};
}

// An empty phone is "none"; anything else must be a mobile number.
Result<QString> checkPhone(const QString &text)
{
    const QString phone = text.trimmed();
    if (phone.isEmpty())
        return phone;
    auto p = MobilePhone::parse(phone);
    if (!p) {
        Error e = p.error();
        e.field = QStringLiteral("contactPhone");
        return e;
    }
    return p.value();
}
} // namespace

Result<TicketSummary> TicketRepository::create(const NewTicket &input, const QString &staffId)
{
    auto title = checkTitle(input.title);
    if (!title)
        return title.error();
    static const QStringList channels = {QStringLiteral("counter"), QStringLiteral("kiosk"), QStringLiteral("phone"),
                                         QStringLiteral("online"), QStringLiteral("field")};
    if (!channels.contains(input.channel))
        return makeError("invalid_channel", QCoreApplication::translate("TicketRepository", "Unknown channel."), QStringLiteral("channel"));
    if (auto r = checkUrgencyImpact(input.urgency, input.impact); !r)
        return r.error();
    auto phone = checkPhone(input.contactPhone);
    if (!phone)
        return phone.error();
    const DeviceIdentity &me = m_store.identity();
    if (!me.isValid())
        return makeError("device_not_set_up", QCoreApplication::translate("TicketRepository", "This device is not set up yet; enroll it first."));

    Transaction tx(m_store.db());
    auto seq = m_store.nextSequence(QStringLiteral("ticket"));
    if (!seq)
        return seq.error();
    const qint64 now = m_store.nowMs();
    TicketSummary t;
    t.id = m_store.newId();
    t.ticketNo = QStringLiteral("T-%1-%2-%3").arg(me.outletCode, me.deviceCode).arg(seq.value(), 6, 10, QLatin1Char('0'));
    t.title = title.value();
    t.address = input.address.simplified();
    t.state = TicketState::Reported;
    t.priority = ticketPriority(input.urgency, input.impact);
    t.stateAt = now;
    t.reportedAt = now;
    t.dueAt = m_sla.dueAtMs(TicketState::Reported, now);

    Change c;
    c.opKind = QStringLiteral("ticket.create");
    c.entity = QStringLiteral("ticket");
    c.entityId = t.id;
    c.staffId = staffId;
    c.fields = {{QStringLiteral("ticket_no"), t.ticketNo},
                {QStringLiteral("customer_id"), orNull(input.customerId)},
                {QStringLiteral("outlet_id"), me.outletId},
                {QStringLiteral("channel"), input.channel},
                {QStringLiteral("category"), input.category.simplified()},
                {QStringLiteral("title"), title.value()},
                {QStringLiteral("description"), input.description.trimmed()},
                {QStringLiteral("address"), t.address},
                {QStringLiteral("contact_name"), input.contactName.simplified()},
                {QStringLiteral("contact_phone"), phone.value()},
                {QStringLiteral("urgency"), input.urgency},
                {QStringLiteral("impact"), input.impact},
                {QStringLiteral("priority"), t.priority},
                {QStringLiteral("state"), TicketWorkflow::toString(t.state)},
                {QStringLiteral("state_at"), now},
                {QStringLiteral("due_at"), t.dueAt < 0 ? QVariant() : QVariant(t.dueAt)},
                {QStringLiteral("reported_at"), now},
                {QStringLiteral("vehicle_id"), orNull(input.vehicleId)},
                {QStringLiteral("card_id"), orNull(input.cardId)},
                {QStringLiteral("obu_id"), orNull(input.obuId)},
                {QStringLiteral("created_by"), orNull(staffId)}};
    if (auto r = m_store.write(c); !r)
        return r.error();

    Change ev;
    ev.opKind = QStringLiteral("ticket.event");
    ev.entity = QStringLiteral("ticket_event");
    ev.entityId = m_store.newId();
    ev.staffId = staffId;
    ev.fields = {{QStringLiteral("ticket_id"), t.id},      {QStringLiteral("kind"), QStringLiteral("transition")},
                 {QStringLiteral("event"), QStringLiteral("report")},
                 {QStringLiteral("to_state"), TicketWorkflow::toString(t.state)},
                 {QStringLiteral("at"), now},              {QStringLiteral("staff_id"), orNull(staffId)},
                 {QStringLiteral("device_id"), me.deviceId}};
    if (auto r = m_store.write(ev); !r)
        return r.error();
    if (auto r = SearchIndex(m_store.db()).indexTicket(t.id); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return get(t.id);
}

Result<TicketSummary> TicketRepository::apply(const QString &ticketId, TicketEvent event, const QString &staffId,
                                              const StepOptions &options)
{
    const QString &note = options.note;
    const QString &crewId = options.crewId;
    Transaction tx(m_store.db());
    auto current = get(ticketId);
    if (!current)
        return current.error();
    auto next = TicketWorkflow::apply(current->state, event);
    if (!next)
        return next.error();
    if (event == TicketEvent::Dispatch && crewId.isEmpty())
        return makeError("crew_required", QCoreApplication::translate("TicketRepository", "Choose the crew to dispatch to."), QStringLiteral("crew"));
    if (event == TicketEvent::Return && note.trimmed().isEmpty())
        return makeError("reason_required", QCoreApplication::translate("TicketRepository", "Say why the order is returned."), QStringLiteral("note"));
    const bool byCallback = CallbackDecision::governs(event);
    if (byCallback) {
        CallbackFacts callback;
        if (!options.callbackId.isEmpty()) {
            auto cb = m_store.db().run(QStringLiteral("SELECT COALESCE(ticket_id, ''), state, verdict FROM callbacks WHERE id = ?"),
                                       {options.callbackId});
            if (!cb)
                return cb.error();
            if (QSqlQuery &q = cb.value(); q.next())
                callback = {true, q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
        }
        if (auto r = CallbackDecision::check(event, ticketId, options.callbackId, callback); !r)
            return r.error();
    }
    if (event == TicketEvent::Finish) {
        FieldWorkRepository work(m_store);
        auto list = work.checklist();
        if (!list)
            return list.error();
        auto facts = work.facts(ticketId);
        if (!facts)
            return facts.error();
        if (auto r = list->checkFinish(facts.value()); !r)
            return r.error();
    }

    const qint64 now = m_store.nowMs();
    const qint64 due = m_sla.dueAtMs(next.value(), now);
    QVariantMap fields = {{QStringLiteral("state"), TicketWorkflow::toString(next.value())},
                          {QStringLiteral("state_at"), now},
                          {QStringLiteral("due_at"), due < 0 ? QVariant() : QVariant(due)}};
    if (event == TicketEvent::Dispatch)
        fields.insert(QStringLiteral("crew_id"), crewId);
    if (event == TicketEvent::Return)
        fields.insert(QStringLiteral("crew_id"), QVariant());
    if (byCallback)
        fields.insert(QStringLiteral("callback_id"), options.callbackId);

    Change c;
    c.mode = Change::Mode::Update;
    c.opKind = QStringLiteral("ticket.") + TicketWorkflow::toString(event);
    c.entity = QStringLiteral("ticket");
    c.entityId = ticketId;
    c.staffId = staffId;
    c.fields = fields;
    if (auto r = m_store.write(c); !r)
        return r.error();

    Change ev;
    ev.opKind = QStringLiteral("ticket.event");
    ev.entity = QStringLiteral("ticket_event");
    ev.entityId = m_store.newId();
    ev.staffId = staffId;
    ev.fields = {{QStringLiteral("ticket_id"), ticketId},
                 {QStringLiteral("kind"), QStringLiteral("transition")},
                 {QStringLiteral("event"), TicketWorkflow::toString(event)},
                 {QStringLiteral("from_state"), TicketWorkflow::toString(current->state)},
                 {QStringLiteral("to_state"), TicketWorkflow::toString(next.value())},
                 {QStringLiteral("at"), now},
                 {QStringLiteral("staff_id"), orNull(staffId)},
                 {QStringLiteral("device_id"), m_store.identity().deviceId},
                 {QStringLiteral("note"), note.trimmed()}};
    if (auto r = m_store.write(ev); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return get(ticketId);
}

Result<TicketSummary> TicketRepository::update(const QString &ticketId, const TicketEdit &edit, const QString &staffId)
{
    QVariantMap fields;
    if (edit.title) {
        auto title = checkTitle(*edit.title);
        if (!title)
            return title.error();
        fields.insert(QStringLiteral("title"), title.value());
    }
    if (edit.contactPhone) {
        auto phone = checkPhone(*edit.contactPhone);
        if (!phone)
            return phone.error();
        fields.insert(QStringLiteral("contact_phone"), phone.value());
    }
    if (edit.description)
        fields.insert(QStringLiteral("description"), edit.description->trimmed());
    if (edit.address)
        fields.insert(QStringLiteral("address"), edit.address->simplified());
    if (edit.contactName)
        fields.insert(QStringLiteral("contact_name"), edit.contactName->simplified());

    Transaction tx(m_store.db());
    if (edit.urgency || edit.impact) {
        auto current = m_store.db().run(QStringLiteral("SELECT urgency, impact FROM tickets WHERE id = ?"), {ticketId});
        if (!current)
            return current.error();
        QSqlQuery q = std::move(current).value();
        if (!q.next())
            return makeError("not_found", QCoreApplication::translate("TicketRepository", "No such ticket."));
        const int urgency = edit.urgency.value_or(q.value(0).toInt());
        const int impact = edit.impact.value_or(q.value(1).toInt());
        if (auto r = checkUrgencyImpact(urgency, impact); !r)
            return r.error();
        if (edit.urgency)
            fields.insert(QStringLiteral("urgency"), urgency);
        if (edit.impact)
            fields.insert(QStringLiteral("impact"), impact);
        fields.insert(QStringLiteral("priority"), ticketPriority(urgency, impact));
    }
    if (fields.isEmpty())
        return makeError("nothing_to_change", QCoreApplication::translate("TicketRepository", "Say what to change."));

    Change c;
    c.mode = Change::Mode::Update;
    c.opKind = QStringLiteral("ticket.update");
    c.entity = QStringLiteral("ticket");
    c.entityId = ticketId;
    c.staffId = staffId;
    c.fields = fields;
    if (auto r = m_store.write(c); !r)
        return r.error();
    if (auto r = SearchIndex(m_store.db()).indexTicket(ticketId); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return get(ticketId);
}

Result<TicketSummary> TicketRepository::get(const QString &ticketId)
{
    auto r = m_store.db().queryCached(QStringLiteral("SELECT ") + kSummaryColumns
                                          + QStringLiteral(" FROM tickets t LEFT JOIN customers c ON c.id = t.customer_id WHERE t.id = ?"),
                                      {ticketId});
    if (!r)
        return r.error();
    QSqlQuery &q = *r.value();
    if (!q.next()) {
        q.finish();
        return makeError("not_found", QCoreApplication::translate("TicketRepository", "No such ticket."));
    }
    TicketSummary s = readSummary(q);
    q.finish();
    return s;
}

Result<QList<TicketEventRow>> TicketRepository::timeline(const QString &ticketId)
{
    auto r = m_store.db().run(QStringLiteral("SELECT id, kind, event, from_state, to_state, at, COALESCE(staff_id, ''), note"
                                             " FROM ticket_events WHERE ticket_id = ? ORDER BY at, id"),
                              {ticketId});
    if (!r)
        return r.error();
    QSqlQuery q = std::move(r).value();
    QList<TicketEventRow> rows;
    while (q.next())
        rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                     q.value(4).toString(), q.value(5).toLongLong(), q.value(6).toString(), q.value(7).toString()});
    return rows;
}

Result<QList<TicketSummary>> TicketRepository::list(const QString &where, const QVariantList &binds, int limit, int offset)
{
    QVariantList all = binds;
    all << limit << offset;
    auto r = m_store.db().run(QStringLiteral("SELECT ") + kSummaryColumns
                                  + QStringLiteral(" FROM tickets t LEFT JOIN customers c ON c.id = t.customer_id WHERE ") + where
                                  + QStringLiteral(" LIMIT ? OFFSET ?"),
                              all);
    if (!r)
        return r.error();
    QSqlQuery q = std::move(r).value();
    QList<TicketSummary> out;
    while (q.next())
        out.append(readSummary(q));
    return out;
}

namespace {
// Open = not finished, closed or cancelled: what a crew still has to work on.
const QString kCrewOpen = QStringLiteral(
    "t.crew_id = ? AND t.state IN ('dispatched', 'delivered', 'accepted', 'departed', 'arrived')");
} // namespace

Result<QList<TicketSummary>> TicketRepository::forCrew(const QString &crewId, int limit, int offset)
{
    // Tickets without a running step timer sort last; the partial index tickets_crew_open serves this.
    return list(kCrewOpen + QStringLiteral(" ORDER BY t.due_at IS NULL, t.due_at, t.local_no"), {crewId}, limit, offset);
}

Result<int> TicketRepository::countForCrew(const QString &crewId)
{
    auto r = m_store.db().run(QStringLiteral("SELECT count(*) FROM tickets t WHERE ") + kCrewOpen, {crewId});
    if (!r)
        return r.error();
    QSqlQuery q = std::move(r).value();
    return q.next() ? q.value(0).toInt() : 0;
}

Result<QList<TicketSummary>> TicketRepository::overdue(qint64 nowMs, int limit, int offset)
{
    // The local number breaks ties, so paging is stable when tickets fall due at the same time.
    return list(QStringLiteral("t.due_at IS NOT NULL AND t.due_at < ? ORDER BY t.due_at, t.local_no"), {nowMs}, limit, offset);
}

Result<QList<TicketSummary>> TicketRepository::overdueAfter(qint64 nowMs, const TicketSummary &last, int limit)
{
    return list(QStringLiteral("t.due_at IS NOT NULL AND t.due_at < ? AND (t.due_at, t.local_no) > (?, ?)"
                               " ORDER BY t.due_at, t.local_no"),
                {nowMs, last.dueAt, last.localNo}, limit, 0);
}

} // namespace fd
