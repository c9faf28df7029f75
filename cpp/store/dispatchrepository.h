#pragma once

#include "result.h"
#include "slapolicy.h"
#include "ticketrepository.h"
#include "ticketworkflow.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace fd {

class Store;

/** A ticket waiting for a crew, with why it came back if it was returned. */
struct DispatchQueueEntry
{
    TicketSummary ticket;
    /** The reason of the last return (returned tickets only). */
    QString returnReason;
    /** Who sent it back (returned tickets only). */
    QString returnedBy;
    qint64 returnedAt = -1;
};

/** A crew as the dispatcher sees it: status, people, and how much it already has. */
struct CrewBoardEntry
{
    QString id;
    QString name;
    QString status; ///< standby, busy, away or off
    QString statusNote;
    qint64 awayUntil = -1; ///< -1 unless away
    QString vehiclePlate;
    QStringList members; ///< active members' names, by staff number
    int openLoad = 0; ///< tickets dispatched to it and not finished (dispatched … arrived)
    bool vehicleBusy = false; ///< a ticket of it is under way or on site
};

/** Someone an unaccepted order is escalated to. */
struct EscalationContact
{
    QString name;
    QString phone;
    /** "张伟 139****0001": how the contact appears in alerts. */
    [[nodiscard]] QString display() const;
    friend bool operator==(const EscalationContact &, const EscalationContact &) = default;
};

/** An alert on an order not accepted in time. */
struct AcceptAlert
{
    QString eventId;
    QString ticketId;
    QString ticketNo;
    QString title;
    QString crewId;
    QString crewName;
    TicketState state = TicketState::Dispatched;
    qint64 handedOverAt = -1; ///< the dispatch the alert is about
    qint64 raisedAt = -1;
    QString note; ///< as written in the timeline: the limit and who it was escalated to
};

/** What a dispatch did. */
struct DispatchOutcome
{
    TicketSummary ticket;
    /** The workflow steps taken, in order: send and receive when they were missing, then dispatch. */
    QList<TicketEvent> steps;
    /** Set when the crew is away: the dispatch went through, the UI should say so. */
    QString warning;
};

/**
 * The supervisor's dispatch board: the queue of orders waiting for a crew, the outlet's crews,
 * dispatching, crew status, and the watch on orders not accepted in time (DOMAIN.md §2).
 * Workflow steps go through TicketRepository::apply, so each is a real step with its own
 * timeline event and outbox op; a dispatch that takes several steps takes them in one
 * transaction (nested transactions are savepoints, see Transaction).
 */
class DispatchRepository
{
public:
    static constexpr int kQueueLimit = 200;
    /** local_settings key: JSON [{"name": …, "phone": …}] of the people to escalate to. */
    static constexpr const char *kContactsKey = "escalation.contacts";

    explicit DispatchRepository(Store &store, SlaPolicy sla = {})
        : m_store(store)
        , m_sla(sla)
    { }

    /**
     * This outlet's tickets waiting for a crew (reported, sent, received, returned, reopened),
     * most urgent first: priority, then the due time of their step, then the oldest.
     */
    Result<QList<DispatchQueueEntry>> queue(int limit = kQueueLimit);
    /** This outlet's crews, available first (standby, busy, away, off), then by name. */
    Result<QList<CrewBoardEntry>> crews();
    Result<CrewBoardEntry> crew(const QString &crewId);

    /**
     * Dispatches @p ticketId to @p crewId, first taking the send and receive steps it still
     * lacks, all in one transaction. Refused, with nothing written: a crew of another outlet
     * ("crew_other_outlet"), a crew that is off ("crew_off"), a ticket that cannot be dispatched
     * from its state ("illegal_transition"). A crew that is away is warned about, not refused.
     */
    Result<DispatchOutcome> dispatch(const QString &ticketId, const QString &crewId, const QString &staffId);

    /**
     * Sets a crew's status (op crew.status). Away is announced in advance: it needs a note and
     * an until time after now; the other statuses clear the until time.
     */
    Result<CrewBoardEntry> setCrewStatus(const QString &crewId, const QString &status, const QString &note,
        qint64 awayUntilMs, const QString &staffId);

    /**
     * Who unaccepted orders are escalated to: the local setting kContactsKey, or when it is not
     * set, the outlet's supervisors with a phone number. A malformed setting is an error
     * ("invalid_setting"), never silently ignored.
     */
    Result<QList<EscalationContact>> escalationContacts();
    /** The outlet's active supervisors with a phone number, by staff number. */
    Result<QList<EscalationContact>> supervisorContacts();
    /** Stores @p contacts as the escalation list; an empty list goes back to the supervisors. */
    Result<void> setEscalationContacts(const QList<EscalationContact> &contacts);

    /**
     * The accept watch: for every order of this outlet dispatched from this device, not accepted,
     * past SlaPolicy::acceptLimitMinutes at @p nowMs and not yet alerted since that dispatch
     * (AcceptWatch), writes one timeline event of kind "alert" (op ticket.event) naming
     * @p contacts. The op carries the staff member who dispatched, on whose behalf the counter
     * watches. Returns the alerts raised; running it again raises nothing new.
     */
    Result<QList<AcceptAlert>> raiseDueAlerts(qint64 nowMs, const QList<EscalationContact> &contacts);
    /** Alerts on this outlet's orders that are still not accepted, the longest waiting first. */
    Result<QList<AcceptAlert>> openAlerts();

    /** The steps from @p state to dispatched (send, receive, dispatch as needed); empty if there is no way.
     */
    [[nodiscard]] static QList<TicketEvent> stepsToDispatch(TicketState state);
    /** The note of an alert: the limit, and the contacts it was escalated to. */
    [[nodiscard]] static QString alertNote(int limitMinutes, const QList<EscalationContact> &contacts);

    [[nodiscard]] const SlaPolicy &sla() const { return m_sla; }

private:
    Result<QList<CrewBoardEntry>> loadCrews(const QString &where, const QVariantList &binds);
    Store &m_store;
    SlaPolicy m_sla;
};

} // namespace fd
