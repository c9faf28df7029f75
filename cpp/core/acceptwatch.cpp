#include "acceptwatch.h"

namespace fd {

bool AcceptWatch::isWaitingForCrew(TicketState state)
{
    return state == TicketState::Dispatched || state == TicketState::Delivered;
}

bool AcceptWatch::needsAlert(const Handover &handover, qint64 nowMs) const
{
    if (!handover.sentFromHere || !isWaitingForCrew(handover.state) || handover.handedOverAtMs < 0)
        return false;
    const qint64 escalateAt = m_sla.acceptEscalationAtMs(handover.handedOverAtMs);
    if (escalateAt < 0 || nowMs <= escalateAt)
        return false;
    // An alert from before this dispatch belongs to an earlier handover (the order was returned
    // and dispatched again).
    return handover.lastAlertAtMs < handover.handedOverAtMs;
}

QList<Handover> AcceptWatch::due(const QList<Handover> &handovers, qint64 nowMs) const
{
    QList<Handover> out;
    for (const Handover &h : handovers) {
        if (needsAlert(h, nowMs))
            out.append(h);
    }
    return out;
}

int AcceptWatch::waitedMinutes(qint64 handedOverAtMs, qint64 nowMs)
{
    if (handedOverAtMs < 0 || nowMs <= handedOverAtMs)
        return 0;
    return int((nowMs - handedOverAtMs) / (60 * 1000));
}

} // namespace fd
