#include "dispatchrepository.h"

#include "acceptwatch.h"
#include "mobilephone.h"
#include "store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcDispatch, "fielddesk.store.dispatch")

namespace fd {

namespace {

const QStringList kStatuses
    = { QStringLiteral("standby"), QStringLiteral("busy"), QStringLiteral("away"), QStringLiteral("off") };

// The event key of an alert about an order not accepted in time (kind 'alert').
const QString kAcceptAlertEvent = QStringLiteral("accept_overdue");

// The newest dispatch of a ticket: the handover an accept alert is about.
const QString kLastDispatch
    = QStringLiteral("(SELECT e.id FROM ticket_events e"
                     " WHERE e.ticket_id = t.id AND e.kind = 'transition' AND e.event = 'dispatch'"
                     " ORDER BY e.at DESC, e.id DESC LIMIT 1)");

QVariant orNull(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

// "14:30" today, "03-05 14:30" on another day, in the device's time zone.
QString clockText(qint64 ms, qint64 nowMs)
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms).toLocalTime();
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMs).toLocalTime();
    return at.toString(at.date() == now.date() ? QStringLiteral("HH:mm") : QStringLiteral("MM-dd HH:mm"));
}

QString awayWarning(const CrewBoardEntry &crew, qint64 nowMs)
{
    if (crew.awayUntil < 0)
        return QCoreApplication::translate(
            "DispatchRepository", "%1 is away; the order waits on the crew's tablet until they are back.")
            .arg(crew.name);
    const QString until = clockText(crew.awayUntil, nowMs);
    if (crew.statusNote.isEmpty())
        return QCoreApplication::translate(
            "DispatchRepository", "%1 is away until %2; the order waits on the crew's tablet until then.")
            .arg(crew.name, until);
    return QCoreApplication::translate(
        "DispatchRepository", "%1 is away until %2 (%3); the order waits on the crew's tablet until then.")
        .arg(crew.name, until, crew.statusNote);
}

CrewBoardEntry readCrew(const QSqlQuery &q)
{
    CrewBoardEntry c;
    c.id = q.value(0).toString();
    c.name = q.value(1).toString();
    c.status = q.value(2).toString();
    c.statusNote = q.value(3).toString();
    c.awayUntil = q.value(4).isNull() ? -1 : q.value(4).toLongLong();
    c.vehiclePlate = q.value(5).toString();
    c.openLoad = q.value(6).toInt();
    c.vehicleBusy = q.value(7).toInt() > 0;
    return c;
}

} // namespace

QString EscalationContact::display() const
{
    // Mobile numbers are shown masked like every other number on screen; an office line is not personal.
    auto mobile = MobilePhone::parse(phone);
    const QString shown = mobile ? MobilePhone::masked(mobile.value()) : phone.trimmed();
    return shown.isEmpty() ? name : name + QLatin1Char(' ') + shown;
}

QList<TicketEvent> DispatchRepository::stepsToDispatch(TicketState state)
{
    // Walks the workflow: dispatch if it can, else the centre's earlier step that leads there.
    QList<TicketEvent> steps;
    for (int guard = 0; guard < 3 && state != TicketState::Dispatched; ++guard) {
        bool moved = false;
        for (TicketEvent e : { TicketEvent::Dispatch, TicketEvent::Receive, TicketEvent::Send }) {
            if (auto next = TicketWorkflow::apply(state, e)) {
                steps.append(e);
                state = next.value();
                moved = true;
                break;
            }
        }
        if (!moved)
            return {};
    }
    return state == TicketState::Dispatched ? steps : QList<TicketEvent>();
}

QString DispatchRepository::alertNote(int limitMinutes, const QList<EscalationContact> &contacts)
{
    if (contacts.isEmpty())
        return QCoreApplication::translate("DispatchRepository",
            "Not accepted within %n min; no escalation contacts are set up.", nullptr, limitMinutes);
    QStringList names;
    for (const EscalationContact &c : contacts)
        names << c.display();
    return QCoreApplication::translate(
        "DispatchRepository", "Not accepted within %n min; escalated to %1.", nullptr, limitMinutes)
        .arg(names.join(QCoreApplication::translate(
            "DispatchRepository", ", ", "between the names of escalation contacts")));
}

Result<QList<DispatchQueueEntry>> DispatchRepository::queue(int limit)
{
    auto r = m_store.db().run(
        QStringLiteral(
            "SELECT t.id, t.ticket_no, t.title, t.address, COALESCE(cu.name, t.contact_name),"
            " COALESCE(t.crew_id, ''), t.state, t.priority, t.state_at, t.due_at, t.reported_at,"
            " r.note, COALESCE(s.name, ''), r.at"
            " FROM tickets t LEFT JOIN customers cu ON cu.id = t.customer_id"
            " LEFT JOIN ticket_events r ON t.state = 'returned' AND r.id = (SELECT e.id FROM ticket_events e"
            "   WHERE e.ticket_id = t.id AND e.kind = 'transition' AND e.event = 'return'"
            "   ORDER BY e.at DESC, e.id DESC LIMIT 1)"
            " LEFT JOIN staff s ON s.id = r.staff_id"
            " WHERE t.outlet_id = ? AND t.state IN ('reported', 'sent', 'received', 'returned', 'reopened')"
            " ORDER BY t.priority, t.due_at IS NULL, t.due_at, t.local_no LIMIT ?"),
        { m_store.identity().outletId, limit });
    if (!r)
        return r.error();
    QSqlQuery q = std::move(r).value();
    QList<DispatchQueueEntry> out;
    while (q.next()) {
        DispatchQueueEntry e;
        TicketSummary &s = e.ticket;
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
        e.returnReason = q.value(11).toString();
        e.returnedBy = q.value(12).toString();
        e.returnedAt = q.value(13).isNull() ? -1 : q.value(13).toLongLong();
        out.append(e);
    }
    return out;
}

Result<QList<CrewBoardEntry>> DispatchRepository::loadCrews(const QString &where, const QVariantList &binds)
{
    auto r = m_store.db().run(
        QStringLiteral(
            "SELECT c.id, c.name, c.status, c.status_note, c.away_until, c.vehicle_plate,"
            " (SELECT count(*) FROM tickets t WHERE t.crew_id = c.id"
            "   AND t.state IN ('dispatched', 'delivered', 'accepted', 'departed', 'arrived')),"
            // The open-states term is repeated so that the partial index tickets_crew_open serves this too.
            " (SELECT count(*) FROM tickets t WHERE t.crew_id = c.id"
            "   AND t.state IN ('dispatched', 'delivered', 'accepted', 'departed', 'arrived')"
            "   AND t.state IN ('departed', 'arrived'))"
            " FROM crews c WHERE ")
            + where
            + QStringLiteral(" ORDER BY CASE c.status WHEN 'standby' THEN 0 WHEN 'busy' THEN 1"
                             " WHEN 'away' THEN 2 ELSE 3 END, c.name"),
        binds);
    if (!r)
        return r.error();
    QSqlQuery q = std::move(r).value();
    QList<CrewBoardEntry> crews;
    QHash<QString, qsizetype> byId;
    while (q.next()) {
        byId.insert(q.value(0).toString(), crews.size());
        crews.append(readCrew(q));
    }
    if (crews.isEmpty())
        return crews;
    auto m = m_store.db().run(
        QStringLiteral("SELECT m.crew_id, s.name FROM crew_members m JOIN staff s ON s.id = m.staff_id"
                       " JOIN crews c ON c.id = m.crew_id WHERE m.active = 1 AND s.active = 1 AND ")
            + where + QStringLiteral(" ORDER BY s.staff_no"),
        binds);
    if (!m)
        return m.error();
    QSqlQuery mq = std::move(m).value();
    while (mq.next()) {
        if (const auto it = byId.constFind(mq.value(0).toString()); it != byId.cend())
            crews[it.value()].members << mq.value(1).toString();
    }
    return crews;
}

Result<QList<CrewBoardEntry>> DispatchRepository::crews()
{
    return loadCrews(QStringLiteral("c.outlet_id = ?"), { m_store.identity().outletId });
}

Result<CrewBoardEntry> DispatchRepository::crew(const QString &crewId)
{
    auto r = loadCrews(QStringLiteral("c.id = ?"), { crewId });
    if (!r)
        return r.error();
    if (r->isEmpty())
        return makeError("not_found", QCoreApplication::translate("DispatchRepository", "No such crew."),
            QStringLiteral("crew"));
    return r->constFirst();
}

Result<DispatchOutcome> DispatchRepository::dispatch(
    const QString &ticketId, const QString &crewId, const QString &staffId)
{
    if (crewId.isEmpty())
        return makeError("crew_required",
            QCoreApplication::translate("DispatchRepository", "Choose the crew to dispatch to."),
            QStringLiteral("crew"));
    Transaction tx(m_store.db());
    if (!tx.isOpen())
        return tx.beginError();
    auto outlet = m_store.db().run(QStringLiteral("SELECT outlet_id FROM crews WHERE id = ?"), { crewId });
    if (!outlet)
        return outlet.error();
    if (!outlet.value().next())
        return makeError("not_found", QCoreApplication::translate("DispatchRepository", "No such crew."),
            QStringLiteral("crew"));
    if (outlet.value().value(0).toString() != m_store.identity().outletId)
        return makeError("crew_other_outlet",
            QCoreApplication::translate("DispatchRepository",
                "This crew belongs to another outlet; choose one of this outlet's crews."),
            QStringLiteral("crew"));
    auto crew = this->crew(crewId);
    if (!crew)
        return crew.error();
    if (crew->status == QLatin1String("off"))
        return makeError("crew_off",
            QCoreApplication::translate("DispatchRepository", "%1 is off duty; choose another crew.")
                .arg(crew->name),
            QStringLiteral("crew"));

    TicketRepository tickets(m_store, m_sla);
    auto current = tickets.get(ticketId);
    if (!current)
        return current.error();
    DispatchOutcome out;
    out.steps = stepsToDispatch(current->state);
    if (out.steps.isEmpty()) {
        auto illegal = TicketWorkflow::apply(current->state, TicketEvent::Dispatch);
        return illegal ? makeError("illegal_transition",
                   QCoreApplication::translate("DispatchRepository", "This ticket cannot be dispatched now."))
                       : illegal.error();
    }
    if (crew->status == QLatin1String("away"))
        out.warning = awayWarning(crew.value(), m_store.nowMs());

    for (TicketEvent step : std::as_const(out.steps)) {
        const bool last = step == TicketEvent::Dispatch;
        // The dispatch itself records a warning it went through with, for whoever reads the timeline later.
        auto r = tickets.apply(
            ticketId, step, staffId, last ? out.warning : QString(), last ? crewId : QString());
        if (!r)
            return r.error();
        out.ticket = r.value();
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return out;
}

Result<CrewBoardEntry> DispatchRepository::setCrewStatus(const QString &crewId, const QString &status,
    const QString &note, qint64 awayUntilMs, const QString &staffId)
{
    if (!kStatuses.contains(status))
        return makeError("invalid_status",
            QCoreApplication::translate("DispatchRepository", "Choose standby, busy, away or off."),
            QStringLiteral("status"));
    const QString text = note.simplified();
    if (text.size() > 200)
        return makeError("invalid_note",
            QCoreApplication::translate("DispatchRepository", "Keep the note under 200 characters."),
            QStringLiteral("note"));
    const bool away = status == QLatin1String("away");
    if (away && text.isEmpty())
        return makeError("note_required",
            QCoreApplication::translate("DispatchRepository", "Say why the crew is away."),
            QStringLiteral("note"));
    if (away && awayUntilMs <= m_store.nowMs())
        return makeError("invalid_until",
            QCoreApplication::translate(
                "DispatchRepository", "Say until when the crew is away; the time must be later than now."),
            QStringLiteral("awayUntil"));

    Transaction tx(m_store.db());
    if (!tx.isOpen())
        return tx.beginError();
    auto current = crew(crewId);
    if (!current)
        return current.error();
    auto outlet = m_store.db().run(QStringLiteral("SELECT outlet_id FROM crews WHERE id = ?"), { crewId });
    if (!outlet)
        return outlet.error();
    if (!outlet.value().next() || outlet.value().value(0).toString() != m_store.identity().outletId)
        return makeError("crew_other_outlet",
            QCoreApplication::translate("DispatchRepository", "This crew belongs to another outlet."),
            QStringLiteral("crew"));

    Change c;
    c.mode = Change::Mode::Update;
    c.opKind = QStringLiteral("crew.status");
    c.entity = QStringLiteral("crew");
    c.entityId = crewId;
    c.staffId = staffId;
    c.fields = { { QStringLiteral("status"), status }, { QStringLiteral("status_note"), text },
        { QStringLiteral("away_until"), away ? QVariant(awayUntilMs) : QVariant() } };
    if (auto r = m_store.write(c); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return crew(crewId);
}

Result<QList<EscalationContact>> DispatchRepository::supervisorContacts()
{
    auto r = m_store.db().run(
        QStringLiteral("SELECT s.name, s.phone FROM staff s"
                       " JOIN staff_roles r ON r.staff_id = s.id AND r.role = 'supervisor' AND r.granted = 1"
                       " WHERE s.outlet_id = ? AND s.active = 1 AND s.phone <> '' ORDER BY s.staff_no"),
        { m_store.identity().outletId });
    if (!r)
        return r.error();
    QSqlQuery q = std::move(r).value();
    QList<EscalationContact> out;
    while (q.next())
        out.append({ q.value(0).toString(), q.value(1).toString() });
    return out;
}

Result<QList<EscalationContact>> DispatchRepository::escalationContacts()
{
    auto setting = m_store.setting(QString::fromLatin1(kContactsKey));
    if (!setting)
        return setting.error();
    if (setting->trimmed().isEmpty())
        return supervisorContacts();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(setting->toUtf8(), &parseError);
    const Error invalid = makeError("invalid_setting",
        QCoreApplication::translate("DispatchRepository",
            "The escalation contacts setting (%1) is not a list of names and phone numbers.")
            .arg(QString::fromLatin1(kContactsKey)));
    if (parseError.error != QJsonParseError::NoError || !doc.isArray())
        return invalid;
    QList<EscalationContact> out;
    for (const QJsonValue &v : doc.array()) {
        const QJsonObject o = v.toObject();
        EscalationContact c { o.value(QLatin1String("name")).toString().simplified(),
            o.value(QLatin1String("phone")).toString().trimmed() };
        if (c.name.isEmpty())
            return invalid;
        out.append(c);
    }
    return out;
}

Result<void> DispatchRepository::setEscalationContacts(const QList<EscalationContact> &contacts)
{
    QJsonArray list;
    for (const EscalationContact &c : contacts) {
        if (c.name.simplified().isEmpty() || c.phone.trimmed().isEmpty())
            return makeError("invalid_contact",
                QCoreApplication::translate(
                    "DispatchRepository", "Each escalation contact needs a name and a phone number."),
                QStringLiteral("contacts"));
        list.append(QJsonObject { { QStringLiteral("name"), c.name.simplified() },
            { QStringLiteral("phone"), c.phone.trimmed() } });
    }
    const QString value = contacts.isEmpty()
        ? QString()
        : QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact));
    return m_store.setSetting(QString::fromLatin1(kContactsKey), value);
}

Result<QList<AcceptAlert>> DispatchRepository::raiseDueAlerts(
    qint64 nowMs, const QList<EscalationContact> &contacts)
{
    const DeviceIdentity &me = m_store.identity();
    Transaction tx(m_store.db());
    if (!tx.isOpen())
        return tx.beginError();
    auto r = m_store.db().run(QStringLiteral("SELECT t.id, t.ticket_no, t.title, COALESCE(t.crew_id, ''),"
                                             " COALESCE(cr.name, ''), t.state, d.at, d.device_id,"
                                             " COALESCE(d.staff_id, ''),"
                                             " COALESCE((SELECT max(a.at) FROM ticket_events a"
                                             "   WHERE a.ticket_id = t.id AND a.kind = 'alert'), -1)"
                                             " FROM tickets t JOIN ticket_events d ON d.id = ")
            + kLastDispatch
            + QStringLiteral(" LEFT JOIN crews cr ON cr.id = t.crew_id"
                             " WHERE t.outlet_id = ? AND t.state IN ('dispatched', 'delivered')"
                             " ORDER BY d.at, t.local_no"),
        { me.outletId });
    if (!r)
        return r.error();
    QSqlQuery q = std::move(r).value();
    const AcceptWatch watch(m_sla);
    QList<AcceptAlert> raised;
    QStringList senders;
    while (q.next()) {
        Handover h;
        h.ticketId = q.value(0).toString();
        h.state = TicketWorkflow::stateFromString(q.value(5).toString()).value_or(TicketState::Dispatched);
        h.handedOverAtMs = q.value(6).toLongLong();
        h.sentFromHere = !me.deviceId.isEmpty() && q.value(7).toString() == me.deviceId;
        h.lastAlertAtMs = q.value(9).toLongLong();
        if (!watch.needsAlert(h, nowMs))
            continue;
        AcceptAlert a;
        a.ticketId = h.ticketId;
        a.ticketNo = q.value(1).toString();
        a.title = q.value(2).toString();
        a.crewId = q.value(3).toString();
        a.crewName = q.value(4).toString();
        a.state = h.state;
        a.handedOverAt = h.handedOverAtMs;
        a.raisedAt = nowMs;
        a.note = alertNote(m_sla.acceptLimitMinutes, contacts);
        raised.append(a);
        senders.append(q.value(8).toString());
    }
    q.finish();

    for (qsizetype i = 0; i < raised.size(); ++i) {
        AcceptAlert &a = raised[i];
        Change ev;
        ev.opKind = QStringLiteral("ticket.event");
        ev.entity = QStringLiteral("ticket_event");
        ev.entityId = m_store.newId();
        // The counter watches on behalf of whoever dispatched; the alert is theirs.
        ev.staffId = senders.at(i);
        ev.fields = { { QStringLiteral("ticket_id"), a.ticketId },
            { QStringLiteral("kind"), QStringLiteral("alert") },
            { QStringLiteral("event"), kAcceptAlertEvent }, { QStringLiteral("at"), nowMs },
            { QStringLiteral("staff_id"), orNull(senders.at(i)) },
            { QStringLiteral("device_id"), me.deviceId }, { QStringLiteral("note"), a.note } };
        if (auto w = m_store.write(ev); !w)
            return w.error();
        a.eventId = ev.entityId;
    }
    if (auto c = tx.commit(); !c)
        return c.error();
    for (const AcceptAlert &a : std::as_const(raised))
        qCInfo(lcDispatch) << "ticket" << a.ticketNo << "not accepted in time; alert" << a.eventId;
    return raised;
}

Result<QList<AcceptAlert>> DispatchRepository::openAlerts()
{
    auto r = m_store.db().run(
        QStringLiteral("SELECT a.id, t.id, t.ticket_no, t.title, COALESCE(t.crew_id, ''),"
                       " COALESCE(cr.name, ''), t.state, d.at, a.at, a.note"
                       " FROM tickets t JOIN ticket_events d ON d.id = ")
            + kLastDispatch
            + QStringLiteral(
                " JOIN ticket_events a ON a.id = (SELECT e.id FROM ticket_events e WHERE e.ticket_id = t.id"
                "   AND e.kind = 'alert' ORDER BY e.at DESC, e.id DESC LIMIT 1)"
                " LEFT JOIN crews cr ON cr.id = t.crew_id"
                " WHERE t.outlet_id = ? AND t.state IN ('dispatched', 'delivered') AND a.at >= d.at"
                " ORDER BY d.at, t.local_no"),
        { m_store.identity().outletId });
    if (!r)
        return r.error();
    QSqlQuery q = std::move(r).value();
    QList<AcceptAlert> out;
    while (q.next()) {
        AcceptAlert a;
        a.eventId = q.value(0).toString();
        a.ticketId = q.value(1).toString();
        a.ticketNo = q.value(2).toString();
        a.title = q.value(3).toString();
        a.crewId = q.value(4).toString();
        a.crewName = q.value(5).toString();
        a.state = TicketWorkflow::stateFromString(q.value(6).toString()).value_or(TicketState::Dispatched);
        a.handedOverAt = q.value(7).toLongLong();
        a.raisedAt = q.value(8).toLongLong();
        a.note = q.value(9).toString();
        out.append(a);
    }
    return out;
}

} // namespace fd
