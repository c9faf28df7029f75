#include "caselookup.h"

#include "store.h"

namespace fd {

Result<CaseView> CaseLookup::lookupCase(const QString &number, const QString &phone)
{
    auto query = CaseMatch::parse(number, phone);
    if (!query)
        return query.error();
    auto record
        = query->kind == QLatin1String("ticket") ? readTicket(query->number) : readComplaint(query->number);
    if (!record)
        return record.error();
    auto view = CaseMatch::match(record.value(), query->phone);
    if (!view)
        return CaseMatch::notFound();
    return *view;
}

Result<CaseRecord> CaseLookup::readTicket(const QString &number)
{
    auto r = m_store.db().run(
        QStringLiteral("SELECT t.ticket_no, t.state, t.title, t.category, t.reported_at, t.state_at,"
                       " t.contact_name, t.contact_phone, COALESCE(c.name, ''), COALESCE(c.phone, '')"
                       " FROM tickets t LEFT JOIN customers c ON c.id = t.customer_id WHERE t.ticket_no = ?"),
        { number });
    if (!r)
        return r.error();
    QSqlQuery q = std::move(r).value();
    if (!q.next())
        return CaseMatch::notFound();
    // A ticket's due time is the internal timer of its current step, no promise to the customer.
    return CaseRecord { QStringLiteral("ticket"), q.value(0).toString(), q.value(1).toString(),
        q.value(2).toString(), q.value(3).toString(), q.value(4).toLongLong(), q.value(5).toLongLong(), -1,
        q.value(6).toString(), q.value(7).toString(), q.value(8).toString(), q.value(9).toString() };
}

Result<CaseRecord> CaseLookup::readComplaint(const QString &number)
{
    auto r = m_store.db().run(
        QStringLiteral("SELECT c.complaint_no, c.state, c.category, c.received_at, c.due_at, "
                       "c.complainant_name, c.complainant_phone,"
                       " (SELECT max(e.at) FROM complaint_events e WHERE e.complaint_id = c.id)"
                       " FROM complaints c WHERE c.complaint_no = ?"),
        { number });
    if (!r)
        return r.error();
    QSqlQuery q = std::move(r).value();
    if (!q.next())
        return CaseMatch::notFound();
    CaseRecord c;
    c.kind = QStringLiteral("complaint");
    c.number = q.value(0).toString();
    c.state = q.value(1).toString();
    c.category = q.value(2).toString();
    c.openedAt = q.value(3).toLongLong();
    c.dueAt = q.value(4).isNull() ? -1 : q.value(4).toLongLong();
    c.contactName = q.value(5).toString();
    c.contactPhone = q.value(6).toString();
    c.stateAt = q.value(7).isNull() ? c.openedAt : q.value(7).toLongLong();
    return c;
}

} // namespace fd
