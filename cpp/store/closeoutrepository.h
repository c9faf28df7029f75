#pragma once

#include "result.h"
#include "ticketrepository.h"

#include <QList>
#include <QString>

namespace fd {

class Store;

/** A finished ticket waiting for its callback (回访) before it can be closed. */
struct CloseOutItem
{
    TicketSummary ticket;
    QString customerId;
    QString contactName;
    QString contactPhone; // the number to call: the ticket's contact, else the customer's
    qint64 finishedAt = 0;
    qint64 callbackDueAt = 0; // finishedAt + the configured callback limit
    int attempts = 0; // calls that did not reach the customer so far
    qint64 nextAttemptAt = -1; // when to try again after an unanswered call (-1: no attempt yet)
};

struct CallbackInput
{
    bool reached = true;
    QString method = QStringLiteral("phone"); // phone, sms, visit, wechat
    int satisfaction = 0; // 1–5 when reached
    QString verdict; // satisfied or unsatisfied when reached
    QString suggestions; // what the customer said; required when unsatisfied (the reason to reopen)
};

struct CallbackOutcome
{
    QString callbackId;
    TicketState ticketState = TicketState::Finished; // closed, reopened, or still finished if not reached
    int attempts = 0;
    qint64 nextAttemptAt = -1;
};

/**
 * Close-out at the counter: the finished tickets that wait for their callback, and recording the
 * callback. The customer's answer decides: satisfied closes the ticket, not satisfied reopens it
 * for another dispatch, and a call that does not reach them is retried after a while. The
 * callback, the ticket's step and the customer's contact log entry are one transaction.
 */
class CloseOutRepository
{
public:
    struct Policy
    {
        int callbackDueHours = 24; ///< the callback should be made within this long of finishing
        int retryMinutes = 120; ///< after an unanswered call, try again this much later
    };

    explicit CloseOutRepository(Store &store) : m_store(store) {}
    CloseOutRepository(Store &store, Policy policy) : m_store(store), m_policy(policy) {}

    /**
     * Finished tickets, the one to call first on top: those due for a call now (an unanswered
     * one once its retry time has come) oldest first, then those whose retry is still ahead.
     */
    Result<QList<CloseOutItem>> queue(int limit, int offset = 0);
    Result<int> count();
    Result<CallbackOutcome> recordCallback(const QString &ticketId, const CallbackInput &input, const QString &staffId);

private:
    Store &m_store;
    Policy m_policy;
};

} // namespace fd
