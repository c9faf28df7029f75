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
    };

    /** The rule for @p opKind, or nullptr when the server does not know that kind of op. */
    [[nodiscard]] static const Rule *ruleFor(const QString &opKind);

    /**
     * Checks what @p op does to state fields against the workflow: a ticket event must lead from
     * @p current's state to the state it writes; a ticket is created "reported"; no other op may
     * change a ticket's state. @p current is empty for an insert.
     */
    [[nodiscard]] static Result<void> checkState(const protocol::SyncOp &op, const QJsonObject &current);
};

} // namespace fd
