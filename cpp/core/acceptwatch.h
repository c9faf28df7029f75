#pragma once

#include "slapolicy.h"
#include "ticketworkflow.h"

#include <QList>
#include <QString>
#include <QtGlobal>

namespace fd {

/** An order handed to a crew, as the accept watch sees it. */
struct Handover
{
    QString ticketId;
    TicketState state = TicketState::Dispatched;
    /** When the current dispatch happened (its timeline event), -1 if unknown. */
    qint64 handedOverAtMs = -1;
    /** The newest alert on the ticket, -1 if it never had one. */
    qint64 lastAlertAtMs = -1;
    /** Whether that dispatch was made on this device: only the sender's counter raises the alert. */
    bool sentFromHere = false;
};

/**
 * The rule "which handovers need an alert now" (DOMAIN.md §2: not accepted within the limit →
 * alert the sender and escalate). Pure: the caller passes the time, so it behaves the same on
 * every device and in tests.
 */
class AcceptWatch
{
public:
    explicit AcceptWatch(SlaPolicy sla = {})
        : m_sla(sla)
    { }

    /**
     * True if @p handover was sent from here, is still waiting for the crew (dispatched or
     * delivered), its accept limit passed before @p nowMs (exactly at the limit is still in time),
     * and it has had no alert since that dispatch — so a re-dispatch is watched afresh, and a
     * handover is alerted once.
     */
    [[nodiscard]] bool needsAlert(const Handover &handover, qint64 nowMs) const;
    /** The handovers of @p handovers that need an alert at @p nowMs, in the order given. */
    [[nodiscard]] QList<Handover> due(const QList<Handover> &handovers, qint64 nowMs) const;
    /** Whole minutes an order handed over at @p handedOverAtMs has waited by @p nowMs (0 if unknown). */
    [[nodiscard]] static int waitedMinutes(qint64 handedOverAtMs, qint64 nowMs);
    /** The states in which a handover still waits for the crew to accept it. */
    [[nodiscard]] static bool isWaitingForCrew(TicketState state);

    [[nodiscard]] const SlaPolicy &sla() const { return m_sla; }

private:
    SlaPolicy m_sla;
};

} // namespace fd
