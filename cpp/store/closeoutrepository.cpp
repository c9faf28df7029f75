#include "closeoutrepository.h"

#include "store.h"

#include <QCoreApplication>

namespace fd {

namespace {

QVariant orNull(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

// The newest callback of a ticket that is still open (an unanswered call waiting for its retry).
const QString kPendingCallback = QStringLiteral(
    "(SELECT id FROM callbacks WHERE ticket_id = t.id AND reason = 'ticket_completed' AND state = 'pending'"
    " ORDER BY updated_at DESC, id DESC LIMIT 1)");

} // namespace

Result<QList<CloseOutItem>> CloseOutRepository::queue(int limit, int offset)
{
    auto r = m_store.db().run(
        QStringLiteral("SELECT t.id, COALESCE(t.customer_id, ''), t.contact_name, t.contact_phone, "
                       "COALESCE(c.phone, ''),"
                       " COALESCE(c.name, ''), t.state_at, COALESCE(cb.attempts, 0), cb.next_attempt_at"
                       " FROM tickets t LEFT JOIN customers c ON c.id = t.customer_id"
                       " LEFT JOIN callbacks cb ON cb.id = ")
            + kPendingCallback
            // Calls that are due first (an unanswered one once its retry time has come), then the
            // ones to try again later, each group in time order.
            + QStringLiteral(" WHERE t.state = 'finished' ORDER BY COALESCE(cb.next_attempt_at, 0) > ?,"
                             " COALESCE(cb.next_attempt_at, t.state_at), t.local_no LIMIT ? OFFSET ?"),
        { m_store.nowMs(), limit, offset });
    if (!r)
        return r.error();
    QSqlQuery q = std::move(r).value();
    QList<CloseOutItem> items;
    TicketRepository tickets(m_store);
    while (q.next()) {
        CloseOutItem item;
        auto t = tickets.get(q.value(0).toString());
        if (!t)
            return t.error();
        item.ticket = std::move(t).value();
        item.customerId = q.value(1).toString();
        item.contactName = q.value(2).toString().isEmpty() ? q.value(5).toString() : q.value(2).toString();
        item.contactPhone = q.value(3).toString().isEmpty() ? q.value(4).toString() : q.value(3).toString();
        item.finishedAt = q.value(6).toLongLong();
        item.callbackDueAt = item.finishedAt + qint64(m_policy.callbackDueHours) * 3'600'000;
        item.attempts = q.value(7).toInt();
        item.nextAttemptAt = q.value(8).isNull() ? -1 : q.value(8).toLongLong();
        items.append(item);
    }
    return items;
}

Result<int> CloseOutRepository::count()
{
    auto r = m_store.db().run(QStringLiteral("SELECT count(*) FROM tickets WHERE state = 'finished'"));
    if (!r)
        return r.error();
    QSqlQuery q = std::move(r).value();
    return q.next() ? q.value(0).toInt() : 0;
}

Result<CallbackOutcome> CloseOutRepository::recordCallback(
    const QString &ticketId, const CallbackInput &input, const QString &staffId)
{
    static const QStringList methods = { QStringLiteral("phone"), QStringLiteral("sms"),
        QStringLiteral("visit"), QStringLiteral("wechat") };
    if (!methods.contains(input.method))
        return makeError("invalid_method",
            QCoreApplication::translate("CloseOutRepository", "Say how the customer was contacted."),
            QStringLiteral("method"));
    const QString suggestions = input.suggestions.trimmed();
    if (suggestions.size() > 2000)
        return makeError("invalid_suggestions",
            QCoreApplication::translate(
                "CloseOutRepository", "Keep what the customer said under 2000 characters."),
            QStringLiteral("suggestions"));
    if (input.reached) {
        if (input.satisfaction < 1 || input.satisfaction > 5)
            return makeError("invalid_satisfaction",
                QCoreApplication::translate(
                    "CloseOutRepository", "Rate the customer's satisfaction from 1 to 5."),
                QStringLiteral("satisfaction"));
        if (input.verdict != QLatin1String("satisfied") && input.verdict != QLatin1String("unsatisfied"))
            return makeError("invalid_verdict",
                QCoreApplication::translate(
                    "CloseOutRepository", "Is the customer satisfied with the repair?"),
                QStringLiteral("verdict"));
        if (input.verdict == QLatin1String("unsatisfied") && suggestions.isEmpty())
            return makeError("reason_required",
                QCoreApplication::translate("CloseOutRepository",
                    "Write down what is still wrong: the crew needs it when the ticket is reopened."),
                QStringLiteral("suggestions"));
    }

    Transaction tx(m_store.db());
    TicketRepository tickets(m_store);
    auto ticket = tickets.get(ticketId);
    if (!ticket)
        return ticket.error();
    if (ticket->state != TicketState::Finished)
        return makeError("wrong_state",
            QCoreApplication::translate(
                "CloseOutRepository", "Only a finished ticket gets its callback before closing."));
    auto info = m_store.db().run(QStringLiteral("SELECT COALESCE(t.customer_id, ''), ") + kPendingCallback
            + QStringLiteral(", cb.attempts FROM tickets t LEFT JOIN callbacks cb ON cb.id = ")
            + kPendingCallback + QStringLiteral(" WHERE t.id = ?"),
        { ticketId });
    if (!info)
        return info.error();
    QSqlQuery &q = info.value();
    if (!q.next())
        return makeError("not_found", QCoreApplication::translate("CloseOutRepository", "No such ticket."));
    const QString customerId = q.value(0).toString();
    const QString pendingId = q.value(1).toString();
    const int attempts = q.value(2).toInt() + 1;
    q.finish();

    const qint64 now = m_store.nowMs();
    CallbackOutcome out;
    out.callbackId = pendingId.isEmpty() ? m_store.newId() : pendingId;
    out.attempts = attempts;
    QVariantMap fields = { { QStringLiteral("attempts"), attempts },
        { QStringLiteral("method"), input.method }, { QStringLiteral("assigned_to"), orNull(staffId) },
        { QStringLiteral("suggestions"), suggestions } };
    if (input.reached) {
        fields.insert(QStringLiteral("state"), QStringLiteral("done"));
        fields.insert(QStringLiteral("done_at"), now);
        fields.insert(QStringLiteral("next_attempt_at"), QVariant());
        fields.insert(QStringLiteral("satisfaction"), input.satisfaction);
        fields.insert(QStringLiteral("verdict"), input.verdict);
    } else {
        out.nextAttemptAt = now + qint64(m_policy.retryMinutes) * 60'000;
        fields.insert(QStringLiteral("state"), QStringLiteral("pending"));
        fields.insert(QStringLiteral("next_attempt_at"), out.nextAttemptAt);
    }
    Change c;
    c.entity = QStringLiteral("callback");
    c.entityId = out.callbackId;
    c.staffId = staffId;
    if (pendingId.isEmpty()) {
        c.opKind = QStringLiteral("callback.create");
        fields.insert(QStringLiteral("customer_id"), orNull(customerId));
        fields.insert(QStringLiteral("ticket_id"), ticketId);
        fields.insert(QStringLiteral("reason"), QStringLiteral("ticket_completed"));
        fields.insert(
            QStringLiteral("due_at"), ticket->stateAt + qint64(m_policy.callbackDueHours) * 3'600'000);
        fields.insert(QStringLiteral("outlet_id"), orNull(m_store.identity().outletId));
    } else {
        c.mode = Change::Mode::Update;
        c.opKind = QStringLiteral("callback.update");
    }
    c.fields = fields;
    if (auto r = m_store.write(c); !r)
        return r.error();

    if (input.reached) {
        const bool satisfied = input.verdict == QLatin1String("satisfied");
        auto moved = tickets.apply(ticketId, satisfied ? TicketEvent::Close : TicketEvent::Reopen, staffId,
            StepOptions { suggestions, {}, out.callbackId });
        if (!moved)
            return moved.error();
        out.ticketState = moved->state;
    }
    // The customer explains a problem only once: the callback is on their contact log.
    if (!customerId.isEmpty()) {
        const QString content = !input.reached
            ? QCoreApplication::translate("CloseOutRepository", "Callback for %1: no answer (attempt %2).")
                  .arg(ticket->ticketNo)
                  .arg(attempts)
            : input.verdict == QLatin1String("satisfied")
            ? QCoreApplication::translate(
                "CloseOutRepository", "Callback for %1: satisfied (%2 of 5); ticket closed.")
                  .arg(ticket->ticketNo)
                  .arg(input.satisfaction)
            : QCoreApplication::translate(
                "CloseOutRepository", "Callback for %1: not satisfied (%2 of 5); ticket reopened.")
                  .arg(ticket->ticketNo)
                  .arg(input.satisfaction);
        Change log;
        log.opKind = QStringLiteral("contact.log");
        log.entity = QStringLiteral("contact");
        log.entityId = m_store.newId();
        log.staffId = staffId;
        log.fields = { { QStringLiteral("customer_id"), customerId }, { QStringLiteral("at"), now },
            { QStringLiteral("channel"), input.method }, { QStringLiteral("content"), content },
            { QStringLiteral("reply"), suggestions }, { QStringLiteral("staff_id"), orNull(staffId) },
            { QStringLiteral("ref_kind"), QStringLiteral("ticket") },
            { QStringLiteral("ref_id"), ticketId } };
        if (auto r = m_store.write(log); !r)
            return r.error();
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return out;
}

} // namespace fd
