#pragma once

#include "demorandom.h"
#include "result.h"
#include "slapolicy.h"
#include "ticketworkflow.h"

#include <QList>
#include <QString>

namespace fd::cli {

/** Who did a step of a ticket's timeline; the generator maps these to real staff and devices. */
enum class DemoActor {
    Reporter,   ///< the counter clerk who took the report (none for kiosk and online reports)
    Dispatcher, ///< the outlet's supervisor acting as dispatcher
    System,     ///< automatic delivery to the crew's tablet
    Crew,       ///< a member of the crew the ticket is with
    Callback,   ///< the clerk making the callback (回访)
};

/** One entry of a planned timeline. */
struct DemoStep
{
    enum class Kind { Transition, Chase, Alert };
    Kind kind = Kind::Transition;
    /** "report" for the first step, else a TicketWorkflow event key; empty for chase/alert. */
    QString event;
    TicketState from = TicketState::Reported;
    TicketState to = TicketState::Reported;
    bool hasFrom = false;
    qint64 at = 0;
    DemoActor actor = DemoActor::Reporter;
    /** For dispatch steps: 0 the first crew, 1 the next one after a return, … */
    int crewSlot = 0;
    QString note;
};

/** A ticket's whole story: the steps and the state they lead to. */
struct DemoTicketPlan
{
    TicketState state = TicketState::Reported;
    QList<DemoStep> steps;
    qint64 reportedAt = 0;
    qint64 stateAt = 0;
    qint64 dueAt = -1; // per SlaPolicy; -1 when the state has no step timer
    /** The number of distinct crews the ticket was dispatched to. */
    int crewSlots = 0;
    /** The ticket has no crew now (never dispatched, or returned and not re-dispatched). */
    bool withoutCrew = true;
};

/**
 * Plans realistic ticket timelines by walking TicketWorkflow::apply from "reported": the
 * A–H steps with durations around the SLA limits (some late, with chase and alert entries),
 * occasional returns to the centre and reopened tickets after an unhappy callback. Every
 * transition is checked by TicketWorkflow, so a plan can only describe a legal history.
 */
class DemoTicketPlanner
{
public:
    DemoTicketPlanner(DemoRandom &random, SlaPolicy sla = {});

    /** A final state for an old ticket: nearly all closed or cancelled, a few stuck. */
    [[nodiscard]] TicketState historyState();
    /** A final state for a ticket of the last hours or days: mostly still open. */
    [[nodiscard]] TicketState liveState();

    /**
     * An old ticket reported at @p reportedAt; its steps run forward from there and are moved
     * back if they would end after @p nowMs.
     */
    Result<DemoTicketPlan> planHistory(TicketState state, qint64 reportedAt, qint64 nowMs, const QString &category);
    /**
     * A current ticket: it entered @p state a little before @p nowMs — within the step's time
     * limit for about a third of them, past it for the rest (so they show as overdue) — and its
     * steps run backwards from there. @p maxAgeMs caps how long ago that was.
     */
    Result<DemoTicketPlan> planLive(TicketState state, qint64 nowMs, qint64 maxAgeMs, const QString &category);

private:
    [[nodiscard]] QList<TicketEvent> events(TicketState state);
    [[nodiscard]] qint64 durationMs(TicketEvent event);
    Result<DemoTicketPlan> walk(TicketState state, const QList<TicketEvent> &events, const QList<qint64> &durations,
                                qint64 reportedAt, const QString &category);

    DemoRandom &m_random;
    SlaPolicy m_sla;
    DemoRandom::Weights m_history;
    DemoRandom::Weights m_live;
};

} // namespace fd::cli
