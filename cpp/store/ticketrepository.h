#pragma once

#include "result.h"
#include "slapolicy.h"
#include "ticketworkflow.h"

#include <QList>
#include <QString>

#include <optional>

namespace fd {

class Store;

struct NewTicket
{
    QString customerId; // may be empty for an anonymous report
    QString channel = QStringLiteral("counter");
    QString category;
    QString title;
    QString description;
    QString address;
    QString contactName;
    QString contactPhone;
    int urgency = 2; // 1 high … 3 low
    int impact = 2;
    QString vehicleId;
    QString cardId;
    QString obuId;
};

/** Plain fields of a ticket to change; what is not set stays as it is. */
struct TicketEdit
{
    std::optional<QString> title;
    std::optional<QString> description;
    std::optional<QString> address;
    std::optional<QString> contactName;
    std::optional<QString> contactPhone;
    std::optional<int> urgency;
    std::optional<int> impact;
};

/** What a workflow step carries besides its event. */
struct StepOptions
{
    QString note; // required for "return"
    QString crewId; // required for "dispatch"
    /** The callback whose answer closes or reopens the ticket: required for "close" and "reopen". */
    QString callbackId;
};

struct TicketSummary
{
    QString id;
    QString ticketNo;
    QString title;
    QString address;
    QString customerName;
    QString crewId;
    TicketState state = TicketState::Reported;
    int priority = 3;
    qint64 stateAt = 0;
    qint64 dueAt = -1; // -1: no step timer running
    qint64 reportedAt = 0;
    qint64 localNo = 0; // the row's local number: the tiebreak of a list's order, for paging after a row
};

struct TicketEventRow
{
    QString id;
    QString kind;
    QString event;
    QString fromState;
    QString toState;
    qint64 at = 0;
    QString staffId;
    QString note;
};

/**
 * Work orders: intake, the A–H workflow (TicketWorkflow) recorded as timeline events, and the
 * lists crews and supervisors work from. Every change writes its outbox op in the same
 * transaction; ticket numbers (T-<outlet>-<device>-<seq>) need no server.
 */
class TicketRepository
{
public:
    explicit TicketRepository(Store &store, SlaPolicy sla = {}) : m_store(store), m_sla(sla) {}

    Result<TicketSummary> create(const NewTicket &input, const QString &staffId);
    /**
     * Moves a ticket by @p event. Dispatch needs a crew, return a reason, finish a complete
     * checklist (FieldWorkRepository), close and reopen the callback that decided it.
     * Illegal moves change nothing.
     */
    Result<TicketSummary> apply(const QString &ticketId, TicketEvent event, const QString &staffId, const StepOptions &options);
    Result<TicketSummary> apply(const QString &ticketId, TicketEvent event, const QString &staffId, const QString &note = {},
                                const QString &crewId = {})
    {
        return apply(ticketId, event, staffId, StepOptions{note, crewId, {}});
    }
    /**
     * Changes plain fields (not the state: that moves only by apply()). Checked like create();
     * urgency or impact also set the priority. One op, field-level last-writer-wins on sync.
     */
    Result<TicketSummary> update(const QString &ticketId, const TicketEdit &edit, const QString &staffId);
    Result<TicketSummary> get(const QString &ticketId);
    Result<QList<TicketEventRow>> timeline(const QString &ticketId);
    /** A crew's open tickets, the one due soonest first. */
    Result<QList<TicketSummary>> forCrew(const QString &crewId, int limit, int offset = 0);
    Result<int> countForCrew(const QString &crewId);
    /** Open tickets whose current step is past due at @p nowMs, most overdue first. */
    Result<QList<TicketSummary>> overdue(qint64 nowMs, int limit, int offset = 0);
    /**
     * The overdue tickets that follow @p last in that order: the next page of a long list
     * without re-reading the ones before it (OFFSET would, on every page).
     */
    Result<QList<TicketSummary>> overdueAfter(qint64 nowMs, const TicketSummary &last, int limit);

    [[nodiscard]] const SlaPolicy &sla() const { return m_sla; }

private:
    Result<QList<TicketSummary>> list(const QString &where, const QVariantList &binds, int limit, int offset);
    Store &m_store;
    SlaPolicy m_sla;
};

} // namespace fd
