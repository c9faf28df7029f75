#include "complaintdeadlinepolicy.h"

#include <algorithm>

namespace fd {

namespace {

constexpr qint64 kHourMs = 60 * 60 * 1000;

qint64 plusHours(qint64 startMs, int hours)
{
    if (startMs < 0 || hours < 0)
        return -1;
    qint64 due = 0;
    if (__builtin_add_overflow(startMs, qint64(hours) * kHourMs, &due))
        return -1;
    return due;
}

} // namespace

bool ComplaintDeadlinePolicy::isValid() const
{
    return std::min({ emergencyHours, complaintHours, escalatedHours, appealHours }) >= 1;
}

int ComplaintDeadlinePolicy::limitHours(ComplaintLevel level, bool emergency) const
{
    int hours = complaintHours;
    switch (level) {
    case ComplaintLevel::Complaint:
        hours = complaintHours;
        break;
    case ComplaintLevel::Escalated:
        hours = escalatedHours;
        break;
    case ComplaintLevel::Appeal:
        hours = appealHours;
        break;
    }
    return emergency ? std::min(hours, emergencyHours) : hours;
}

qint64 ComplaintDeadlinePolicy::dueAtMs(ComplaintLevel level, bool emergency, qint64 fromMs) const
{
    return plusHours(fromMs, limitHours(level, emergency));
}

qint64 ComplaintDeadlinePolicy::dueAfter(const ComplaintStatus &before, const ComplaintStatus &after,
    bool emergency, qint64 currentDueMs, qint64 atMs) const
{
    if (!ComplaintWorkflow::deadlineRuns(after.state))
        return -1;
    const qint64 fresh = dueAtMs(after.level, emergency, atMs);
    // Coming back from an answer (or a deadline lost somehow): the department starts again.
    if (!ComplaintWorkflow::deadlineRuns(before.state) || currentDueMs < 0)
        return fresh;
    if (after.level != before.level)
        return fresh < 0 ? currentDueMs : std::min(currentDueMs, fresh);
    return currentDueMs;
}

bool ComplaintDeadlinePolicy::overdue(qint64 dueAtMs, qint64 nowMs)
{
    return dueAtMs >= 0 && nowMs > dueAtMs;
}

} // namespace fd
