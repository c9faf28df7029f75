#pragma once

#include "result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace fd {

namespace protocol {
struct SyncOp;
}

/**
 * The server's rules for ops, independent of storage: which op kinds exist, which entity each
 * one writes, which staff roles may send it (and whether a kiosk may, with no staff at all),
 * and the state machines a change of state must follow.
 */
class Authority
{
public:
    struct Rule
    {
        QString entity;
        QStringList roles; // any of these; empty: any signed-in staff member
        bool kiosk = false;
        /** An audit record: a device writes them for attempts without a signed-in person too. */
        bool anonymousStaff = false;
        /**
         * Asked for online, with its answer at once (/v1/etc: money and card state), never pushed:
         * push rejects these kinds.
         */
        bool online = false;
    };

    /** The rule for @p opKind, or nullptr when the server does not know that kind of op. */
    [[nodiscard]] static const Rule *ruleFor(const QString &opKind);
    /** A ticket timeline event that records a workflow step (kind "transition"). */
    [[nodiscard]] static bool isTransitionEvent(const protocol::SyncOp &op);
    /**
     * Who may record a ticket timeline event of kind "transition" for @p event: whoever may take
     * that workflow step ("report" is the creation of the ticket). nullptr for an unknown step.
     */
    [[nodiscard]] static const Rule *stepRule(const QString &event);
    /**
     * A transition event must tell what happened to the ticket: its target state is the state the
     * ticket is in on the server (@p ticketState, empty when the server has no such ticket) once
     * the ops before it, its step among them, are applied.
     */
    [[nodiscard]] static Result<void> checkTransitionEvent(const protocol::SyncOp &op, const QString &ticketState);

    /**
     * Checks what @p op does to state fields against the workflow: a ticket event must lead from
     * @p current's state to the state it writes; a ticket is created "reported"; no other op may
     * change a ticket's state. @p current is empty for an insert.
     */
    [[nodiscard]] static Result<void> checkState(const protocol::SyncOp &op, const QJsonObject &current);

    /** Whether @p op closes or reopens a ticket: only the answer of a callback may do that. */
    [[nodiscard]] static bool isCloseOut(const protocol::SyncOp &op);
    /**
     * A ticket is closed or reopened by the callback named in its callback_id field (@p callback,
     * empty when the server has no such callback): it must be a finished call about this ticket
     * whose verdict fits, "satisfied" to close and "unsatisfied" to reopen.
     */
    [[nodiscard]] static Result<void> checkCloseOut(const protocol::SyncOp &op, const QJsonObject &callback);
};

} // namespace fd
