#include "ticketworkflow.h"

#include <QCoreApplication>

namespace fd {

namespace {

using S = TicketState;
using E = TicketEvent;

std::optional<TicketState> target(TicketState s, TicketEvent e)
{
    switch (e) {
    case E::Send:
        return s == S::Reported ? std::optional(S::Sent) : std::nullopt;
    case E::Receive:
        return s == S::Sent ? std::optional(S::Received) : std::nullopt;
    case E::Dispatch:
        // Returned and reopened orders go straight back to a crew; the centre already has them.
        return (s == S::Received || s == S::Reopened || s == S::Returned) ? std::optional(S::Dispatched)
                                                                          : std::nullopt;
    case E::Deliver:
        return s == S::Dispatched ? std::optional(S::Delivered) : std::nullopt;
    case E::Accept:
        return s == S::Delivered ? std::optional(S::Accepted) : std::nullopt;
    case E::Depart:
        return s == S::Accepted ? std::optional(S::Departed) : std::nullopt;
    case E::Arrive:
        return s == S::Departed ? std::optional(S::Arrived) : std::nullopt;
    case E::Finish:
        return s == S::Arrived ? std::optional(S::Finished) : std::nullopt;
    case E::Close:
        return s == S::Finished ? std::optional(S::Closed) : std::nullopt;
    case E::Reopen:
        return s == S::Finished ? std::optional(S::Reopened) : std::nullopt;
    case E::Return:
        // A crew can send back a misrouted order until it sets off; after that it is theirs.
        return (s == S::Dispatched || s == S::Delivered || s == S::Accepted) ? std::optional(S::Returned)
                                                                             : std::nullopt;
    case E::Cancel:
        // Once a crew has accepted, the work is committed; before that the order can be withdrawn.
        switch (s) {
        case S::Reported:
        case S::Sent:
        case S::Received:
        case S::Dispatched:
        case S::Delivered:
        case S::Returned:
        case S::Reopened:
            return S::Cancelled;
        default:
            return std::nullopt;
        }
    }
    return std::nullopt;
}

// Sentence fragments for "A ticket that is %1 cannot be %2."
QString stateWords(TicketState s)
{
    switch (s) {
    case S::Reported:
        return QCoreApplication::translate("TicketWorkflow", "reported", "ticket state in a sentence");
    case S::Sent:
        return QCoreApplication::translate(
            "TicketWorkflow", "sent to the repair centre", "ticket state in a sentence");
    case S::Received:
        return QCoreApplication::translate(
            "TicketWorkflow", "at the repair centre", "ticket state in a sentence");
    case S::Dispatched:
        return QCoreApplication::translate("TicketWorkflow", "dispatched", "ticket state in a sentence");
    case S::Delivered:
        return QCoreApplication::translate(
            "TicketWorkflow", "delivered to the crew", "ticket state in a sentence");
    case S::Accepted:
        return QCoreApplication::translate("TicketWorkflow", "accepted", "ticket state in a sentence");
    case S::Departed:
        return QCoreApplication::translate("TicketWorkflow", "under way", "ticket state in a sentence");
    case S::Arrived:
        return QCoreApplication::translate("TicketWorkflow", "on site", "ticket state in a sentence");
    case S::Finished:
        return QCoreApplication::translate("TicketWorkflow", "finished", "ticket state in a sentence");
    case S::Closed:
        return QCoreApplication::translate("TicketWorkflow", "closed", "ticket state in a sentence");
    case S::Returned:
        return QCoreApplication::translate("TicketWorkflow", "returned", "ticket state in a sentence");
    case S::Reopened:
        return QCoreApplication::translate("TicketWorkflow", "reopened", "ticket state in a sentence");
    case S::Cancelled:
        return QCoreApplication::translate("TicketWorkflow", "cancelled", "ticket state in a sentence");
    }
    return {};
}

QString eventWords(TicketEvent e)
{
    switch (e) {
    case E::Send:
        return QCoreApplication::translate("TicketWorkflow", "sent", "ticket event in a sentence");
    case E::Receive:
        return QCoreApplication::translate("TicketWorkflow", "received", "ticket event in a sentence");
    case E::Dispatch:
        return QCoreApplication::translate("TicketWorkflow", "dispatched", "ticket event in a sentence");
    case E::Deliver:
        return QCoreApplication::translate("TicketWorkflow", "delivered", "ticket event in a sentence");
    case E::Accept:
        return QCoreApplication::translate("TicketWorkflow", "accepted", "ticket event in a sentence");
    case E::Depart:
        return QCoreApplication::translate(
            "TicketWorkflow", "marked as departed", "ticket event in a sentence");
    case E::Arrive:
        return QCoreApplication::translate(
            "TicketWorkflow", "marked as arrived", "ticket event in a sentence");
    case E::Finish:
        return QCoreApplication::translate("TicketWorkflow", "finished", "ticket event in a sentence");
    case E::Close:
        return QCoreApplication::translate("TicketWorkflow", "closed", "ticket event in a sentence");
    case E::Reopen:
        return QCoreApplication::translate("TicketWorkflow", "reopened", "ticket event in a sentence");
    case E::Return:
        return QCoreApplication::translate("TicketWorkflow", "returned", "ticket event in a sentence");
    case E::Cancel:
        return QCoreApplication::translate("TicketWorkflow", "cancelled", "ticket event in a sentence");
    }
    return {};
}

} // namespace

Result<TicketState> TicketWorkflow::apply(TicketState state, TicketEvent event)
{
    if (const auto next = target(state, event))
        return *next;
    return makeError("illegal_transition",
        QCoreApplication::translate("TicketWorkflow", "A ticket that is %1 cannot be %2.")
            .arg(stateWords(state), eventWords(event)));
}

QList<TicketEvent> TicketWorkflow::allowedEvents(TicketState state)
{
    QList<TicketEvent> events;
    for (int e = 0; e < kEventCount; ++e) {
        if (target(state, TicketEvent(e)))
            events.append(TicketEvent(e));
    }
    return events;
}

bool TicketWorkflow::isTerminal(TicketState state)
{
    return state == S::Closed || state == S::Cancelled;
}

bool TicketWorkflow::isOpen(TicketState state)
{
    return !isTerminal(state);
}

QChar TicketWorkflow::timePoint(TicketState state)
{
    if (state >= S::Reported && state <= S::Arrived)
        return QLatin1Char(char('A' + int(state) - int(S::Reported)));
    return {};
}

QString TicketWorkflow::toString(TicketState state)
{
    switch (state) {
    case S::Reported:
        return QStringLiteral("reported");
    case S::Sent:
        return QStringLiteral("sent");
    case S::Received:
        return QStringLiteral("received");
    case S::Dispatched:
        return QStringLiteral("dispatched");
    case S::Delivered:
        return QStringLiteral("delivered");
    case S::Accepted:
        return QStringLiteral("accepted");
    case S::Departed:
        return QStringLiteral("departed");
    case S::Arrived:
        return QStringLiteral("arrived");
    case S::Finished:
        return QStringLiteral("finished");
    case S::Closed:
        return QStringLiteral("closed");
    case S::Returned:
        return QStringLiteral("returned");
    case S::Reopened:
        return QStringLiteral("reopened");
    case S::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QString TicketWorkflow::toString(TicketEvent event)
{
    switch (event) {
    case E::Send:
        return QStringLiteral("send");
    case E::Receive:
        return QStringLiteral("receive");
    case E::Dispatch:
        return QStringLiteral("dispatch");
    case E::Deliver:
        return QStringLiteral("deliver");
    case E::Accept:
        return QStringLiteral("accept");
    case E::Depart:
        return QStringLiteral("depart");
    case E::Arrive:
        return QStringLiteral("arrive");
    case E::Finish:
        return QStringLiteral("finish");
    case E::Close:
        return QStringLiteral("close");
    case E::Reopen:
        return QStringLiteral("reopen");
    case E::Return:
        return QStringLiteral("return");
    case E::Cancel:
        return QStringLiteral("cancel");
    }
    return {};
}

std::optional<TicketState> TicketWorkflow::stateFromString(QStringView key)
{
    for (int s = 0; s < kStateCount; ++s) {
        if (key == toString(TicketState(s)))
            return TicketState(s);
    }
    return std::nullopt;
}

std::optional<TicketEvent> TicketWorkflow::eventFromString(QStringView key)
{
    for (int e = 0; e < kEventCount; ++e) {
        if (key == toString(TicketEvent(e)))
            return TicketEvent(e);
    }
    return std::nullopt;
}

} // namespace fd
