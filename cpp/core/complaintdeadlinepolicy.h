#pragma once

#include "complaintworkflow.h"

#include <QtGlobal>

namespace fd {

/**
 * How long a department has to answer a complaint ("handle-by"), in whole hours per level and for
 * the emergency path. Defaults: an ordinary complaint within 48 h (two days, the usual promise
 * of a service counter); an escalated complaint or an appeal within 24 h, because a complainant
 * who escalates has already waited once; an emergency (safety, a car stuck at a lane, money taken
 * twice) within 2 h whatever its level. An outlet may configure its own.
 *
 * All functions are arithmetic on UTC milliseconds: a deadline is the same instant on every
 * device and across midnight, month ends and time zones. There is no business-hours calendar.
 */
struct ComplaintDeadlinePolicy
{
    int emergencyHours = 2;
    int complaintHours = 48;
    int escalatedHours = 24;
    int appealHours = 24;

    /** True if every limit is at least one hour. */
    [[nodiscard]] bool isValid() const;

    /** The limit for @p level; for an emergency the emergency limit if that is shorter. */
    [[nodiscard]] int limitHours(ComplaintLevel level, bool emergency) const;
    /** @p fromMs plus the limit, or -1 if @p fromMs is unknown (< 0). */
    [[nodiscard]] qint64 dueAtMs(ComplaintLevel level, bool emergency, qint64 fromMs) const;

    /**
     * The deadline after a workflow step from @p before to @p after taken at @p atMs, given the
     * deadline @p currentDueMs (-1: none) that was running:
     * - none (-1) once the complainant has an answer (replied, closed, archived);
     * - a fresh period from @p atMs when an answered or closed complaint is reopened;
     * - on escalation of an open complaint, the earlier of the running deadline and a fresh period
     *   at the new level: escalating never gives the department more time;
     * - otherwise (dispatch, start) the running deadline: the clock runs from receipt, not per step.
     */
    [[nodiscard]] qint64 dueAfter(const ComplaintStatus &before, const ComplaintStatus &after, bool emergency,
        qint64 currentDueMs, qint64 atMs) const;

    /** True once @p nowMs is past @p dueAtMs; exactly at the deadline is still in time; -1 never is. */
    [[nodiscard]] static bool overdue(qint64 dueAtMs, qint64 nowMs);

    friend bool operator==(const ComplaintDeadlinePolicy &, const ComplaintDeadlinePolicy &) = default;
};

} // namespace fd
