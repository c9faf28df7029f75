#include "demoticketplanner.h"

#include "democatalog.h"

using namespace Qt::StringLiterals;

namespace fd::cli {

namespace {

using E = TicketEvent;
using S = TicketState;

constexpr qint64 kMinute = 60 * 1000;

const QList<TicketEvent> &forward()
{
    static const QList<TicketEvent> list = {E::Send, E::Receive, E::Dispatch, E::Deliver, E::Accept,
                                            E::Depart, E::Arrive, E::Finish, E::Close};
    return list;
}

/** Minutes a step usually takes, and how often and how much it runs late. */
struct StepTime
{
    double lo, hi, lateChance, lateLo, lateHi;
};

StepTime stepTime(TicketEvent e)
{
    switch (e) {
    case E::Send:
        return {0.2, 1.8, 0.05, 2.5, 15};
    case E::Receive:
        return {0.5, 3.5, 0.05, 4.5, 25};
    case E::Dispatch:
        return {0.3, 1.8, 0.08, 2.5, 30};
    case E::Deliver:
        return {0.1, 2.0, 0.03, 4.5, 15};
    case E::Accept:
        return {0.3, 1.9, 0.10, 2.5, 20};
    case E::Depart:
        return {0.5, 2.8, 0.08, 3.5, 20};
    case E::Arrive:
        return {8, 27, 0.15, 29, 90};
    case E::Finish:
        return {15, 150, 0, 0, 0};
    // The callback: mostly within CloseOutRepository's 24 hours of finishing, some later.
    case E::Close:
        return {60, 1380, 0.12, 1500, 4320};
    case E::Reopen:
        return {60, 1380, 0.12, 1500, 2880};
    case E::Return:
        return {1, 10, 0, 0, 0};
    case E::Cancel:
        return {2, 360, 0, 0, 0};
    }
    return {1, 2, 0, 0, 0};
}

DemoActor actorFor(TicketEvent e)
{
    switch (e) {
    case E::Send:
    case E::Receive:
    case E::Dispatch:
    case E::Cancel:
        return DemoActor::Dispatcher;
    case E::Deliver:
        return DemoActor::System;
    case E::Accept:
    case E::Depart:
    case E::Arrive:
    case E::Finish:
    case E::Return:
        return DemoActor::Crew;
    case E::Close:
    case E::Reopen:
        return DemoActor::Callback;
    }
    return DemoActor::Dispatcher;
}

} // namespace

DemoTicketPlanner::DemoTicketPlanner(DemoRandom &random, SlaPolicy sla)
    : m_random(random), m_sla(sla),
      // In TicketState order: reported … arrived, finished, closed, returned, reopened, cancelled.
      m_history({2, 2, 2, 2, 2, 2, 2, 2, 18, 895, 3, 3, 65}),
      m_live({8, 5, 8, 9, 7, 8, 8, 10, 14, 9, 4, 3, 7})
{
}

TicketState DemoTicketPlanner::historyState()
{
    return TicketState(m_random.pick(m_history));
}

TicketState DemoTicketPlanner::liveState()
{
    return TicketState(m_random.pick(m_live));
}

QList<TicketEvent> DemoTicketPlanner::events(TicketState state)
{
    QList<TicketEvent> base;
    switch (state) {
    case S::Returned: {
        // Sent back before the crew set off: right after dispatch, on delivery or after accepting.
        static const DemoRandom::Weights at({4, 3, 3});
        base = forward().mid(0, 3 + m_random.pick(at));
        base << E::Return;
        break;
    }
    case S::Reopened:
        base = forward().mid(0, 8);
        base << E::Reopen;
        break;
    case S::Cancelled: {
        static const DemoRandom::Weights at({30, 8, 30, 20, 12});
        base = forward().mid(0, m_random.pick(at));
        base << E::Cancel;
        break;
    }
    default:
        base = forward().mid(0, int(state)); // Reported … Closed are the first ten states, in order
        break;
    }

    // A misrouted order: returned on the way and dispatched to another crew, then on as before.
    if (m_random.chance(0.04)) {
        QList<int> candidates;
        for (int i = 0; i + 1 < base.size(); ++i) {
            const E e = base.at(i);
            const E next = base.at(i + 1);
            if ((e == E::Dispatch || e == E::Deliver || e == E::Accept) && (next == E::Deliver || next == E::Accept || next == E::Depart))
                candidates << i;
        }
        if (!candidates.isEmpty()) {
            const int i = m_random.pickFrom(candidates);
            QList<TicketEvent> detour = {E::Return, E::Dispatch};
            if (base.at(i) == E::Deliver || base.at(i) == E::Accept)
                detour << E::Deliver;
            if (base.at(i) == E::Accept)
                detour << E::Accept;
            for (qsizetype k = 0; k < detour.size(); ++k)
                base.insert(i + 1 + k, detour.at(k));
        }
    }
    // An unhappy callback: the work is done again, then the ticket goes on as planned.
    if (m_random.chance(0.05)) {
        const qsizetype j = base.indexOf(E::Finish);
        if (j >= 0 && j + 1 < base.size()) {
            const QList<TicketEvent> again = {E::Reopen, E::Dispatch, E::Deliver, E::Accept, E::Depart, E::Arrive, E::Finish};
            for (qsizetype k = 0; k < again.size(); ++k)
                base.insert(j + 1 + k, again.at(k));
        }
    }
    return base;
}

qint64 DemoTicketPlanner::durationMs(TicketEvent event)
{
    const StepTime t = stepTime(event);
    const bool late = t.lateChance > 0 && m_random.chance(t.lateChance);
    const double minutes = late ? m_random.uniform(t.lateLo, t.lateHi) : m_random.uniform(t.lo, t.hi);
    return qMax<qint64>(1000, qint64(minutes * double(kMinute)));
}

Result<DemoTicketPlan> DemoTicketPlanner::walk(TicketState finalState, const QList<TicketEvent> &events,
                                               const QList<qint64> &durations, qint64 reportedAt, const QString &category)
{
    DemoTicketPlan plan;
    plan.reportedAt = reportedAt;
    DemoStep report;
    report.event = u"report"_s;
    report.to = S::Reported;
    report.at = reportedAt;
    report.actor = DemoActor::Reporter;
    plan.steps << report;

    TicketState state = S::Reported;
    qint64 t = reportedAt;
    int slot = -1;
    int maxSlot = -1;
    TicketEvent previous = E::Send;
    bool hasPrevious = false;
    for (qsizetype i = 0; i < events.size(); ++i) {
        const TicketEvent e = events.at(i);
        auto next = TicketWorkflow::apply(state, e);
        if (!next)
            return next.error();
        const qint64 d = durations.at(i);

        // What a supervisor's screen would have recorded while the step ran late.
        const int limit = m_sla.stepLimitMinutes(state);
        if (e == E::Accept && d > m_sla.acceptLimitMinutes * kMinute) {
            DemoStep alert;
            alert.kind = DemoStep::Kind::Alert;
            // Raised once the limit passed, before the crew finally accepted.
            const qint64 room = d - m_sla.acceptLimitMinutes * kMinute - 1;
            alert.at = t + m_sla.acceptLimitMinutes * kMinute + m_random.between64(0, qMin<qint64>(room, 50 * 1000));
            alert.actor = DemoActor::Dispatcher;
            alert.note = u"%1 分钟未接单，已通知值班主管及两位督办人"_s.arg(m_sla.acceptLimitMinutes);
            plan.steps << alert;
        } else if (limit > 0 && d > (limit + 2) * kMinute && m_random.chance(0.6)) {
            DemoStep chase;
            chase.kind = DemoStep::Kind::Chase;
            const qint64 room = d - limit * kMinute - 1000;
            chase.at = t + limit * kMinute + m_random.between64(1000, qMin<qint64>(room, 10 * kMinute));
            chase.actor = DemoActor::Dispatcher;
            chase.note = m_random.pickFrom(DemoCatalog::chaseNotes());
            plan.steps << chase;
        }

        t += d;
        DemoStep step;
        step.event = TicketWorkflow::toString(e);
        step.from = state;
        step.hasFrom = true;
        step.to = next.value();
        step.at = t;
        step.actor = actorFor(e);
        switch (e) {
        case E::Dispatch:
            if (slot < 0)
                slot = 0;
            else if ((hasPrevious && previous == E::Return) || m_random.chance(0.3))
                ++slot; // another crew after a return, and sometimes after a reopen
            maxSlot = qMax(maxSlot, slot);
            plan.withoutCrew = false;
            break;
        case E::Return:
            step.note = m_random.pickFrom(DemoCatalog::returnNotes());
            plan.withoutCrew = true;
            break;
        case E::Finish:
            step.note = m_random.pickFrom(DemoCatalog::finishNotes(category));
            break;
        case E::Close:
            step.note = m_random.pickFrom(DemoCatalog::closeNotes());
            break;
        case E::Reopen:
            step.note = m_random.pickFrom(DemoCatalog::reopenNotes());
            break;
        case E::Cancel:
            step.note = m_random.pickFrom(DemoCatalog::cancelNotes());
            break;
        default:
            break;
        }
        step.crewSlot = qMax(0, slot);
        plan.steps << step;
        state = next.value();
        previous = e;
        hasPrevious = true;
    }
    if (state != finalState)
        return makeError("demo_plan", u"Planned %1 but the walk ended at %2."_s.arg(TicketWorkflow::toString(finalState),
                                                                                  TicketWorkflow::toString(state)));
    plan.state = state;
    plan.stateAt = t;
    plan.dueAt = m_sla.dueAtMs(state, t);
    plan.crewSlots = maxSlot + 1;
    return plan;
}

Result<DemoTicketPlan> DemoTicketPlanner::planHistory(TicketState state, qint64 reportedAt, qint64 nowMs, const QString &category)
{
    const QList<TicketEvent> evs = events(state);
    QList<qint64> durations;
    for (const TicketEvent e : evs)
        durations << durationMs(e);
    auto plan = walk(state, evs, durations, reportedAt, category);
    if (!plan)
        return plan;
    DemoTicketPlan p = std::move(plan).value();
    const qint64 latest = nowMs - m_random.between(1, 120) * kMinute;
    if (p.stateAt > latest) {
        // A story that would end in the future happened a little earlier instead.
        const qint64 shift = p.stateAt - latest;
        p.reportedAt -= shift;
        p.stateAt -= shift;
        if (p.dueAt >= 0)
            p.dueAt -= shift;
        for (DemoStep &s : p.steps)
            s.at -= shift;
    }
    return p;
}

Result<DemoTicketPlan> DemoTicketPlanner::planLive(TicketState state, qint64 nowMs, qint64 maxAgeMs, const QString &category)
{
    const QList<TicketEvent> evs = events(state);
    QList<qint64> durations;
    qint64 total = 0;
    for (const TicketEvent e : evs) {
        durations << durationMs(e);
        total += durations.back();
    }
    const int limit = m_sla.stepLimitMinutes(state);
    maxAgeMs = qMax<qint64>(maxAgeMs, 2 * 60 * kMinute);
    qint64 age = 0;
    if (limit > 0 && m_random.chance(0.35))
        age = m_random.between64(5000, limit * kMinute - 15000); // still within the step's limit
    else if (limit > 0)
        age = m_random.between64(limit * kMinute + kMinute, maxAgeMs); // overdue
    else
        age = m_random.between64(2 * kMinute, maxAgeMs);
    return walk(state, evs, durations, nowMs - age - total, category);
}

} // namespace fd::cli
