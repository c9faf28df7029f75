#pragma once

#include "ticketworkflow.h"

#include <QtGlobal>

namespace fd {

/**
 * Time limits for the steps of a repair ticket, in whole minutes. The defaults are the Beijing
 * 95598 practice (DOMAIN.md §2); an outlet may configure its own. All functions are arithmetic
 * on UTC milliseconds, so they behave the same across midnight and on every device.
 */
struct SlaPolicy
{
    int sendMinutes = 2; ///< A→B: reported to sent
    int receiveMinutes = 4; ///< B→C: sent to received by the repair centre
    int dispatchMinutes = 2; ///< C→D: time the order may sit at the centre
    /** D→E: 2 for crews in the centre's own building, 4 elsewhere; the larger by default. */
    int deliverMinutes = 4;
    int acceptMinutes = 2; ///< E→F: delivered to accepted by the crew
    int departMinutes = 3; ///< F→G: accepted to departed
    int arriveMinutes = 28; ///< G→H: driving to the site
    int reportToArrivalMinutes = 45; ///< A→H overall promise to the customer
    /** An order sent on (at B or D) and not taken within this long is escalated by phone. */
    int acceptLimitMinutes = 4;

    /** True if every limit is at least one minute. */
    [[nodiscard]] bool isValid() const;

    /**
     * The limit for leaving @p current, or -1 if that state has no step timer (Arrived and
     * later). A returned or reopened ticket is timed like one waiting at the centre: its next
     * step is a dispatch.
     */
    [[nodiscard]] int stepLimitMinutes(TicketState current) const;
    /** When the step out of @p current is due, or -1 if it has no timer or the entry time is unknown (< 0).
     */
    [[nodiscard]] qint64 dueAtMs(TicketState current, qint64 enteredStateAtMs) const;
    /** True once @p nowMs is past the due time; exactly at the due time is still in time. */
    [[nodiscard]] bool overdue(TicketState current, qint64 enteredStateAtMs, qint64 nowMs) const;

    /** When the crew must be on site for a ticket reported at @p reportedAtMs (-1 if unknown). */
    [[nodiscard]] qint64 deadlineForArrival(qint64 reportedAtMs) const;
    /** Whether a ticket in @p current, reported at @p reportedAtMs, has missed the arrival promise. */
    [[nodiscard]] bool arrivalOverdue(TicketState current, qint64 reportedAtMs, qint64 nowMs) const;

    /** When an order handed on at @p handedOverAtMs must be escalated if still not taken (-1 if unknown). */
    [[nodiscard]] qint64 acceptEscalationAtMs(qint64 handedOverAtMs) const;

    friend bool operator==(const SlaPolicy &, const SlaPolicy &) = default;
};

} // namespace fd
