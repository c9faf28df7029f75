#include "callbackdecision.h"

#include <QCoreApplication>

namespace fd {

Result<void> CallbackDecision::check(
    TicketEvent event, const QString &ticketId, const QString &callbackId, const CallbackFacts &callback)
{
    const QString field = QStringLiteral("callback_id");
    if (callbackId.isEmpty())
        return makeError("callback_required",
            QCoreApplication::translate("CallbackDecision",
                "Call the customer back first: their answer closes or reopens the ticket."),
            field);
    if (!callback.exists)
        return makeError("entity_not_found",
            QCoreApplication::translate(
                "CallbackDecision", "The callback that decides this step is not on this device yet."),
            field);
    if (callback.ticketId != ticketId)
        return makeError("illegal_transition",
            QCoreApplication::translate("CallbackDecision", "The callback named is about another ticket."),
            field);
    if (callback.state != QLatin1String("done"))
        return makeError("illegal_transition",
            QCoreApplication::translate("CallbackDecision", "The callback named did not reach the customer."),
            field);
    const bool close = event == TicketEvent::Close;
    const QString wanted = close ? QStringLiteral("satisfied") : QStringLiteral("unsatisfied");
    if (callback.verdict != wanted)
        return makeError("illegal_transition",
            close ? QCoreApplication::translate(
                "CallbackDecision", "The customer was not satisfied: the ticket is reopened, not closed.")
                  : QCoreApplication::translate(
                      "CallbackDecision", "The customer was satisfied: the ticket is closed, not reopened."),
            field);
    return {};
}

} // namespace fd
