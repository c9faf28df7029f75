#pragma once

#include "result.h"

#include <QChar>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace fd {

/**
 * Where a repair ticket is. Reported…Arrived are the time points A–H of the repair process;
 * the enumerator order is stable and may be relied on for sorting.
 */
enum class TicketState {
    Reported, ///< A: the customer reported the fault
    Sent, ///< B: the order was sent to the repair centre
    Received, ///< C: the order reached the repair centre
    Dispatched, ///< D: the centre dispatched it to a crew
    Delivered, ///< E: the order reached the crew's device
    Accepted, ///< F: the crew accepted it
    Departed, ///< G: the crew set off
    Arrived, ///< H: the crew reached the site
    Finished, ///< the work is done; waiting for the callback
    Closed, ///< callback done, ticket closed (terminal)
    Returned, ///< a misrouted order sent back for re-dispatch
    Reopened, ///< the customer was not satisfied at the callback
    Cancelled, ///< withdrawn (terminal)
};

enum class TicketEvent {
    Send,
    Receive,
    Dispatch,
    Deliver,
    Accept,
    Depart,
    Arrive,
    Finish,
    Close,
    Reopen,
    Return,
    Cancel
};

/** The ticket life cycle as pure functions: no clock, no storage, the same on device and server. */
class TicketWorkflow
{
public:
    static constexpr int kStateCount = 13;
    static constexpr int kEventCount = 12;

    /**
     * The state @p event leads to from @p state, or an Error with the code "illegal_transition"
     * and a message such as "A ticket that is finished cannot be accepted."
     */
    static Result<TicketState> apply(TicketState state, TicketEvent event);
    /** The events apply() accepts in @p state, in enumerator order. */
    [[nodiscard]] static QList<TicketEvent> allowedEvents(TicketState state);

    /** Closed and Cancelled: nothing can happen any more. */
    [[nodiscard]] static bool isTerminal(TicketState state);
    /** Not terminal; a finished ticket still counts as open until its callback closes it. */
    [[nodiscard]] static bool isOpen(TicketState state);
    /** 'A'…'H' for Reported…Arrived; a null QChar for the states that are not a time point. */
    [[nodiscard]] static QChar timePoint(TicketState state);

    /** Stable snake_case keys used in the database and on the wire: "reported", "sent", … */
    [[nodiscard]] static QString toString(TicketState state);
    [[nodiscard]] static QString toString(TicketEvent event);
    [[nodiscard]] static std::optional<TicketState> stateFromString(QStringView key);
    [[nodiscard]] static std::optional<TicketEvent> eventFromString(QStringView key);
};

} // namespace fd
