#include "authority.h"

#include "protocol.h"
#include "syncmessages.h"
#include "ticketworkflow.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace fd {

namespace {

const QStringList kCounter = {u"counter"_s, u"supervisor"_s, u"admin"_s};
const QStringList kDispatch = {u"supervisor"_s, u"counter"_s, u"admin"_s};
const QStringList kCrew = {u"crew"_s};
const QStringList kAdmin = {u"admin"_s};
const QStringList kAnyone = {};

const QHash<QString, Authority::Rule> &rules()
{
    static const QHash<QString, Authority::Rule> table = [] {
        QHash<QString, Authority::Rule> t;
        // Organisation: set up by administrators (fielddesk-cli on the server, or an admin's device).
        for (const char *kind : {"outlet.create", "outlet.update"})
            t.insert(QLatin1String(kind), {u"outlet"_s, kAdmin});
        for (const char *kind : {"staff.create", "staff.update"})
            t.insert(QLatin1String(kind), {u"staff"_s, kAdmin});
        for (const char *kind : {"staff.grant_role", "staff.revoke_role"})
            t.insert(QLatin1String(kind), {u"staff_role"_s, kAdmin});
        for (const char *kind : {"device.create", "device.update"})
            t.insert(QLatin1String(kind), {u"device"_s, kAdmin});
        t.insert(u"crew.create"_s, {u"crew"_s, {u"supervisor"_s, u"admin"_s}});
        t.insert(u"crew.update"_s, {u"crew"_s, {u"supervisor"_s, u"admin"_s}});
        // A crew reports its own status (standby, busy, away) from the van.
        t.insert(u"crew.status"_s, {u"crew"_s, {u"crew"_s, u"supervisor"_s, u"admin"_s}});
        t.insert(u"crew.add_member"_s, {u"crew_member"_s, {u"supervisor"_s, u"admin"_s}});
        t.insert(u"crew.update_member"_s, {u"crew_member"_s, {u"supervisor"_s, u"admin"_s}});
        // Customers: the counter; a crew may correct contact details on site.
        t.insert(u"customer.create"_s, {u"customer"_s, kCounter});
        t.insert(u"customer.update"_s, {u"customer"_s, {u"counter"_s, u"supervisor"_s, u"admin"_s, u"crew"_s}});
        t.insert(u"vehicle.create"_s, {u"vehicle"_s, kCounter});
        t.insert(u"vehicle.update"_s, {u"vehicle"_s, kCounter});
        t.insert(u"contact.log"_s, {u"contact"_s, kAnyone, true});
        t.insert(u"feedback.create"_s, {u"feedback"_s, kAnyone, true});
        // Work orders: intake anywhere (a kiosk customer's own repair request too), dispatch at the
        // counter, the field steps by the crew.
        t.insert(u"ticket.create"_s, {u"ticket"_s, {u"counter"_s, u"supervisor"_s, u"admin"_s, u"crew"_s}, true});
        t.insert(u"ticket.update"_s, {u"ticket"_s, {u"counter"_s, u"supervisor"_s, u"admin"_s, u"crew"_s}});
        for (const char *kind : {"ticket.send", "ticket.receive", "ticket.dispatch", "ticket.close", "ticket.reopen", "ticket.cancel"})
            t.insert(QLatin1String(kind), {u"ticket"_s, kDispatch});
        for (const char *kind : {"ticket.accept", "ticket.depart", "ticket.arrive", "ticket.finish"})
            t.insert(QLatin1String(kind), {u"ticket"_s, kCrew});
        // The crew's device confirms delivery; a crew or the counter sends a misrouted order back.
        t.insert(u"ticket.deliver"_s, {u"ticket"_s, {u"crew"_s, u"supervisor"_s, u"counter"_s, u"admin"_s}});
        t.insert(u"ticket.return"_s, {u"ticket"_s, {u"crew"_s, u"supervisor"_s, u"counter"_s, u"admin"_s}});
        t.insert(u"ticket.event"_s, {u"ticket_event"_s, kAnyone});
        t.insert(u"ticket.fault_record"_s, {u"fault_record"_s, kCrew});
        t.insert(u"ticket.part"_s, {u"ticket_part"_s, kCrew});
        t.insert(u"attachment.create"_s, {u"attachment"_s, kAnyone});
        t.insert(u"outage.create"_s, {u"outage_notice"_s, {u"supervisor"_s, u"admin"_s}});
        t.insert(u"outage.update"_s, {u"outage_notice"_s, {u"supervisor"_s, u"admin"_s}});
        t.insert(u"outage.note"_s, {u"outage_update"_s, {u"supervisor"_s, u"admin"_s}});
        return t;
    }();
    return table;
}

const Authority::Rule kAuditRule{u"audit_entry"_s, kAnyone, true, true};

} // namespace

const Authority::Rule *Authority::ruleFor(const QString &opKind)
{
    if (opKind.startsWith("audit."_L1) && opKind.size() > 6)
        return &kAuditRule;
    const auto it = rules().constFind(opKind);
    return it == rules().cend() ? nullptr : &it.value();
}

bool Authority::isTransitionEvent(const protocol::SyncOp &op)
{
    return op.entity == "ticket_event"_L1 && op.fields.value(u"kind"_s).toString() == "transition"_L1;
}

const Authority::Rule *Authority::stepRule(const QString &event)
{
    if (event == "report"_L1)
        return ruleFor(u"ticket.create"_s);
    if (!TicketWorkflow::eventFromString(event))
        return nullptr;
    return ruleFor(u"ticket."_s + event);
}

Result<void> Authority::checkTransitionEvent(const protocol::SyncOp &op, const QString &ticketState)
{
    if (ticketState.isEmpty())
        return makeError(protocol::errc::kNotFoundEntity, u"The ticket of this timeline event is not on the server (yet)."_s,
                         u"ticket_id"_s);
    const QString to = op.fields.value(u"to_state"_s).toString();
    if (to != ticketState)
        return makeError(protocol::errc::kIllegalTransition,
                         u"The ticket is %1 on the server; a %2 step recorded as leading to %3 did not happen."_s.arg(
                                 ticketState, op.fields.value(u"event"_s).toString(), to.isEmpty() ? u"?"_s : to),
                         u"to_state"_s);
    return {};
}

Result<void> Authority::checkState(const protocol::SyncOp &op, const QJsonObject &current)
{
    if (op.entity != "ticket"_L1)
        return {};
    const bool writesState = op.fields.contains(u"state"_s);
    const QString eventName = op.kind.mid(op.kind.indexOf(u'.') + 1);
    if (op.insert) {
        if (op.fields.value(u"state"_s).toString() != "reported"_L1)
            return makeError(protocol::errc::kIllegalTransition, u"A new ticket starts as reported."_s, u"state"_s);
        return {};
    }
    const auto event = TicketWorkflow::eventFromString(eventName);
    if (!event) {
        if (writesState)
            return makeError(protocol::errc::kIllegalTransition,
                             u"A ticket's state changes only through its workflow steps, not by %1."_s.arg(op.kind), u"state"_s);
        return {};
    }
    const auto from = TicketWorkflow::stateFromString(current.value(u"state"_s).toString());
    if (!from)
        return makeError(protocol::errc::kIllegalTransition, u"The ticket on the server has no known state."_s);
    auto next = TicketWorkflow::apply(*from, *event);
    if (!next)
        return makeError(protocol::errc::kIllegalTransition, next.error().message, u"state"_s);
    if (op.fields.value(u"state"_s).toString() != TicketWorkflow::toString(next.value()))
        return makeError(protocol::errc::kIllegalTransition,
                         u"%1 leads from %2 to %3, not to %4."_s.arg(op.kind, TicketWorkflow::toString(*from),
                                                                     TicketWorkflow::toString(next.value()),
                                                                     op.fields.value(u"state"_s).toString()),
                         u"state"_s);
    return {};
}

} // namespace fd
