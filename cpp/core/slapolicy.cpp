#include "slapolicy.h"

namespace fd {

namespace {

constexpr qint64 kMinuteMs = 60 * 1000;

qint64 plusMinutes(qint64 startMs, int minutes)
{
    if (startMs < 0 || minutes < 0)
        return -1;
    qint64 due = 0;
    if (__builtin_add_overflow(startMs, qint64(minutes) * kMinuteMs, &due))
        return -1;
    return due;
}

} // namespace

bool SlaPolicy::isValid() const
{
    for (const int m : { sendMinutes, receiveMinutes, dispatchMinutes, deliverMinutes, acceptMinutes,
             departMinutes, arriveMinutes, reportToArrivalMinutes, acceptLimitMinutes }) {
        if (m < 1)
            return false;
    }
    return true;
}

int SlaPolicy::stepLimitMinutes(TicketState current) const
{
    switch (current) {
    case TicketState::Reported:
        return sendMinutes;
    case TicketState::Sent:
        return receiveMinutes;
    case TicketState::Received:
    case TicketState::Returned:
    case TicketState::Reopened:
        return dispatchMinutes;
    case TicketState::Dispatched:
        return deliverMinutes;
    case TicketState::Delivered:
        return acceptMinutes;
    case TicketState::Accepted:
        return departMinutes;
    case TicketState::Departed:
        return arriveMinutes;
    case TicketState::Arrived:
    case TicketState::Finished:
    case TicketState::Closed:
    case TicketState::Cancelled:
        return -1;
    }
    return -1;
}

qint64 SlaPolicy::dueAtMs(TicketState current, qint64 enteredStateAtMs) const
{
    return plusMinutes(enteredStateAtMs, stepLimitMinutes(current));
}

bool SlaPolicy::overdue(TicketState current, qint64 enteredStateAtMs, qint64 nowMs) const
{
    const qint64 due = dueAtMs(current, enteredStateAtMs);
    return due >= 0 && nowMs > due;
}

qint64 SlaPolicy::deadlineForArrival(qint64 reportedAtMs) const
{
    return plusMinutes(reportedAtMs, reportToArrivalMinutes);
}

bool SlaPolicy::arrivalOverdue(TicketState current, qint64 reportedAtMs, qint64 nowMs) const
{
    // A returned ticket has not been reached yet; a reopened one was, the first time round.
    const bool beforeArrival = current <= TicketState::Departed || current == TicketState::Returned;
    const qint64 deadline = deadlineForArrival(reportedAtMs);
    return beforeArrival && deadline >= 0 && nowMs > deadline;
}

qint64 SlaPolicy::acceptEscalationAtMs(qint64 handedOverAtMs) const
{
    return plusMinutes(handedOverAtMs, acceptLimitMinutes);
}

} // namespace fd
