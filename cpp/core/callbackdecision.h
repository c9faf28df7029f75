#pragma once

#include "result.h"
#include "ticketworkflow.h"

#include <QString>

namespace fd {

/** What the close-out rule needs to know of a callback. */
struct CallbackFacts
{
    bool exists = false;
    QString ticketId;
    QString state; // pending, done, unreachable, cancelled
    QString verdict; // "", satisfied, unsatisfied
};

/**
 * Only the customer's answer closes or reopens a finished ticket: the callback named must exist,
 * be about this ticket, have reached the customer, and carry the verdict the step needs
 * ("satisfied" to close, "unsatisfied" to reopen). The same rule on the device and the server.
 */
class CallbackDecision
{
public:
    /** Whether @p event is one the rule governs: Close or Reopen. */
    [[nodiscard]] static bool governs(TicketEvent event) { return event == TicketEvent::Close || event == TicketEvent::Reopen; }
    /**
     * Errors: "callback_required" (no callback named), "entity_not_found" (not known here),
     * "illegal_transition" (about another ticket, not answered, or the wrong verdict).
     * Errors carry the field "callback_id".
     */
    [[nodiscard]] static Result<void> check(TicketEvent event, const QString &ticketId, const QString &callbackId,
                                            const CallbackFacts &callback);
};

} // namespace fd
