#include "authority.h"

#include "callbackdecision.h"
#include "complaintworkflow.h"
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
        t.insert(u"ticket.check"_s, {u"ticket_check"_s, kCrew});
        // Callbacks (回访) are the counter's: the answer closes or reopens a finished ticket.
        t.insert(u"callback.create"_s, {u"callback"_s, kCounter});
        t.insert(u"callback.update"_s, {u"callback"_s, kCounter});
        t.insert(u"attachment.create"_s, {u"attachment"_s, kAnyone});
        t.insert(u"outage.create"_s, {u"outage_notice"_s, {u"supervisor"_s, u"admin"_s}});
        t.insert(u"outage.update"_s, {u"outage_notice"_s, {u"supervisor"_s, u"admin"_s}});
        t.insert(u"outage.note"_s, {u"outage_update"_s, {u"supervisor"_s, u"admin"_s}});
        // Complaints: intake on every channel (a kiosk customer's own complaint too, and a crew
        // in the field), the workflow at the counter; filing a closed complaint is the close-out
        // review of a supervisor. Event rows carry no rights of their own: checkState() holds
        // them to the workflow, and without a staff member only a registration may be recorded.
        t.insert(u"complaint.register"_s, {u"complaint"_s, {u"counter"_s, u"supervisor"_s, u"admin"_s, u"crew"_s}, true});
        t.insert(u"complaint.update"_s, {u"complaint"_s, kCounter});
        for (const char *kind : {"complaint.dispatch", "complaint.start", "complaint.reply", "complaint.satisfied",
                                 "complaint.unsatisfied", "complaint.escalate"})
            t.insert(QLatin1String(kind), {u"complaint"_s, kCounter});
        t.insert(u"complaint.archive"_s, {u"complaint"_s, {u"supervisor"_s, u"admin"_s}});
        t.insert(u"complaint.event"_s, {u"complaint_event"_s, kAnyone, true});
        // ETC money, online only (EtcApi): a counter loads a card, and so does a customer at a kiosk.
        t.insert(u"etc.load"_s, {u"etc_load"_s, kCounter, true, false, true});
        // A loss report (挂失) is taken anywhere, offline too, as intent: at the counter and by the
        // customer at a kiosk. The server checks the holder and lists the card when it applies it.
        t.insert(u"etc.report_loss"_s, {u"loss_report"_s, kCounter, true});
        // 解挂 (the card was found) is online only, at a counter: the card leaves the list at once.
        t.insert(u"etc.cancel_loss"_s, {u"etc_card"_s, kCounter, false, false, true});
        return t;
    }();
    return table;
}

const Authority::Rule kAuditRule{u"audit_entry"_s, kAnyone, true, true};

// The complaint fields only the workflow decides.
const QStringList kComplaintWorkflowFields = {u"state"_s, u"level"_s, u"verdict"_s};

Error complaintRefusal(const QString &message, const QString &field = u"state"_s)
{
    return makeError(protocol::errc::kIllegalTransition, message, field);
}

// A complaint is registered, at the lowest level, with no verdict; afterwards its state, level
// and verdict move only by workflow ops, each writing exactly what ComplaintWorkflow decides.
Result<void> checkComplaintState(const protocol::SyncOp &op, const QJsonObject &current)
{
    using W = ComplaintWorkflow;
    if (op.insert) {
        if (op.fields.contains(u"state"_s) && op.fields.value(u"state"_s).toString() != "registered"_L1)
            return complaintRefusal(u"A new complaint starts as registered."_s);
        if (op.fields.contains(u"level"_s) && op.fields.value(u"level"_s).toString() != "complaint"_L1)
            return complaintRefusal(u"A new complaint starts at the level complaint; only escalation raises it."_s, u"level"_s);
        if (!op.fields.value(u"verdict"_s).toString().isEmpty())
            return complaintRefusal(u"A new complaint has no verdict yet."_s, u"verdict"_s);
        return {};
    }
    const auto event = W::eventFromString(op.kind.mid(op.kind.indexOf(u'.') + 1));
    if (!event) {
        for (const QString &field : kComplaintWorkflowFields) {
            if (op.fields.contains(field))
                return complaintRefusal(
                    u"A complaint's %1 changes only through its workflow steps, not by %2."_s.arg(field, op.kind), field);
        }
        return {};
    }
    const auto state = W::stateFromString(current.value(u"state"_s).toString(u"registered"_s));
    const auto level = W::levelFromString(current.value(u"level"_s).toString(u"complaint"_s));
    const auto verdict = W::verdictFromString(current.value(u"verdict"_s).toString());
    if (!state || !level || !verdict)
        return complaintRefusal(u"The complaint on the server has no known state."_s);
    const ComplaintStatus from{*state, *level, *verdict};
    auto next = W::apply(from, *event);
    if (!next)
        return complaintRefusal(next.error().message);
    const QList<std::pair<QString, QString>> decided = {{u"state"_s, W::toString(next->state)},
                                                        {u"level"_s, W::toString(next->level)},
                                                        {u"verdict"_s, W::toString(next->verdict)}};
    const QList<QString> before = {W::toString(from.state), W::toString(from.level), W::toString(from.verdict)};
    for (qsizetype i = 0; i < decided.size(); ++i) {
        const auto &[field, value] = decided.at(i);
        // The state is always written, so a step is never mistaken for a plain edit; level and
        // verdict when they change.
        const bool required = field == "state"_L1 || value != before.at(i);
        if (!op.fields.contains(field) && !required)
            continue;
        const QString written = op.fields.value(field).toString();
        if (!op.fields.contains(field) || written != value)
            return complaintRefusal(u"%1 leads the complaint's %2 from \"%3\" to \"%4\", not to \"%5\"."_s.arg(
                                        op.kind, field, before.at(i), value, written),
                                    field);
    }
    return {};
}

// An event row must describe a step the workflow has: its kind, and states it leads between.
// Only a registration can be recorded without a staff member (a kiosk customer's own complaint).
Result<void> checkComplaintEvent(const protocol::SyncOp &op)
{
    using W = ComplaintWorkflow;
    const QString kind = op.fields.value(u"kind"_s).toString();
    const QString from = op.fields.value(u"from_state"_s).toString();
    const QString to = op.fields.value(u"to_state"_s).toString();
    if (kind == "register"_L1) {
        if (!from.isEmpty() || to != "registered"_L1)
            return complaintRefusal(u"A registration leads from nothing to registered."_s, u"to_state"_s);
        return {};
    }
    const auto event = W::eventFromString(kind);
    if (!event)
        return complaintRefusal(u"The complaint workflow has no step \"%1\"."_s.arg(kind), u"kind"_s);
    if (op.staffId.isEmpty())
        return makeError(protocol::errc::kForbidden, u"Only a registration can be recorded without a signed-in staff member."_s);
    const auto fromState = W::stateFromString(from);
    if (!fromState)
        return complaintRefusal(u"A %1 event must say which state it left."_s.arg(kind), u"from_state"_s);
    // The level is not in the event row; the lowest one lets every step the states allow.
    auto next = W::apply({*fromState, ComplaintLevel::Complaint, ComplaintVerdict::None}, *event);
    if (!next)
        return complaintRefusal(next.error().message, u"from_state"_s);
    if (to != W::toString(next->state))
        return complaintRefusal(u"A %1 step leads from %2 to %3, not to %4."_s.arg(kind, from, W::toString(next->state),
                                                                                to.isEmpty() ? u"?"_s : to),
                                u"to_state"_s);
    return {};
}

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

bool Authority::isCloseOut(const protocol::SyncOp &op)
{
    return op.entity == "ticket"_L1 && (op.kind == "ticket.close"_L1 || op.kind == "ticket.reopen"_L1);
}

Result<void> Authority::checkCloseOut(const protocol::SyncOp &op, const QJsonObject &callback)
{
    const auto event = TicketWorkflow::eventFromString(op.kind.mid(op.kind.indexOf(u'.') + 1));
    const CallbackFacts facts{!callback.isEmpty(), callback.value(u"ticket_id"_s).toString(), callback.value(u"state"_s).toString(),
                              callback.value(u"verdict"_s).toString()};
    auto r = CallbackDecision::check(event.value_or(TicketEvent::Close), op.entityId, op.fields.value(u"callback_id"_s).toString(), facts);
    if (!r && r.error().code == "callback_required"_L1) // on the wire, a step without its callback is an illegal one
        return makeError(protocol::errc::kIllegalTransition, r.error().message, r.error().field);
    return r;
}

Result<void> Authority::checkState(const protocol::SyncOp &op, const QJsonObject &current)
{
    if (op.entity == "complaint"_L1)
        return checkComplaintState(op, current);
    if (op.entity == "complaint_event"_L1)
        return op.insert ? checkComplaintEvent(op) : Result<void>();
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
