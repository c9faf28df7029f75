#include "searchindex.h"

#include "database.h"
#include "searchtokenizer.h"

namespace fd {

Result<void> SearchIndex::put(const QString &table, qint64 rowid, const QStringList &fields)
{
    if (auto r = m_db.runCached(QStringLiteral("DELETE FROM %1 WHERE rowid = ?").arg(table), {rowid}); !r)
        return r.error();
    const SearchTokenizer::Document d = SearchTokenizer::document(fields);
    if (auto r = m_db.runCached(QStringLiteral("INSERT INTO %1 (rowid, doc, rev) VALUES (?, ?, ?)").arg(table), {rowid, d.doc, d.rev}); !r)
        return r.error();
    return {};
}

Result<void> SearchIndex::merge(int pages)
{
    for (const char *table : {"customer_search", "ticket_search"}) {
        const QString t = QString::fromLatin1(table);
        if (auto r = m_db.runCached(QStringLiteral("INSERT INTO %1 (%1, rank) VALUES ('merge', ?)").arg(t), {pages}); !r)
            return r.error();
    }
    return {};
}

Result<void> SearchIndex::indexCustomer(const QString &customerId)
{
    auto r = m_db.queryCached(QStringLiteral(
                          "SELECT c.local_no, c.name, c.customer_no, c.phone, c.id_number, c.credit_code, c.address, c.agent_name, c.email,"
                          " (SELECT group_concat(v.plate, ' ') FROM vehicles v WHERE v.customer_id = c.id),"
                          " (SELECT group_concat(k.card_no, ' ') FROM etc_accounts a JOIN cards k ON k.account_id = a.id WHERE a.customer_id = c.id),"
                          " (SELECT group_concat(o.obu_no, ' ') FROM etc_accounts a JOIN obus o ON o.account_id = a.id WHERE a.customer_id = c.id)"
                          " FROM customers c WHERE c.id = ?"),
                      {customerId});
    if (!r)
        return r.error();
    QSqlQuery &q = *r.value();
    if (!q.next()) {
        q.finish();
        return makeError("not_found", QStringLiteral("No customer %1 to index.").arg(customerId));
    }
    QStringList fields;
    for (int i = 1; i <= 11; ++i)
        fields << q.value(i).toString();
    const qint64 rowid = q.value(0).toLongLong();
    q.finish();
    // Plates of several vehicles arrive space-joined; each plate is a field of its own.
    const QStringList plates = fields.takeAt(8).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    fields += plates;
    return put(QStringLiteral("customer_search"), rowid, fields);
}

Result<void> SearchIndex::indexTicket(const QString &ticketId)
{
    auto r = m_db.queryCached(QStringLiteral("SELECT t.local_no, t.ticket_no, t.title, t.description, t.address, t.contact_name, t.contact_phone,"
                                     " t.category, (SELECT v.plate FROM vehicles v WHERE v.id = t.vehicle_id),"
                                     " (SELECT k.card_no FROM cards k WHERE k.id = t.card_id)"
                                     " FROM tickets t WHERE t.id = ?"),
                      {ticketId});
    if (!r)
        return r.error();
    QSqlQuery &q = *r.value();
    if (!q.next()) {
        q.finish();
        return makeError("not_found", QStringLiteral("No ticket %1 to index.").arg(ticketId));
    }
    QStringList fields;
    for (int i = 1; i <= 9; ++i)
        fields << q.value(i).toString();
    const qint64 rowid = q.value(0).toLongLong();
    q.finish();
    return put(QStringLiteral("ticket_search"), rowid, fields);
}

Result<QList<SearchHit>> SearchIndex::searchCustomers(const QString &query, int limit)
{
    const QString match = SearchTokenizer::matchExpression(query);
    if (match.isEmpty())
        return QList<SearchHit>{};
    auto r = m_db.run(QStringLiteral("SELECT c.id, c.name, c.phone, c.customer_no FROM customer_search s"
                                     " JOIN customers c ON c.local_no = s.rowid"
                                     " WHERE customer_search MATCH ? AND c.merged_into IS NULL ORDER BY s.rowid DESC LIMIT ?"),
                      {match, limit});
    if (!r)
        return r.error();
    QSqlQuery q = std::move(r).value();
    QList<SearchHit> hits;
    while (q.next())
        hits.append({SearchHit::Kind::Customer, q.value(0).toString(), q.value(1).toString(),
                     q.value(2).toString() + QStringLiteral(" · ") + q.value(3).toString()});
    return hits;
}

Result<QList<SearchHit>> SearchIndex::searchTickets(const QString &query, int limit)
{
    const QString match = SearchTokenizer::matchExpression(query);
    if (match.isEmpty())
        return QList<SearchHit>{};
    auto r = m_db.run(QStringLiteral("SELECT t.id, t.ticket_no, t.title, t.state, t.address FROM ticket_search s"
                                     " JOIN tickets t ON t.local_no = s.rowid"
                                     " WHERE ticket_search MATCH ? ORDER BY s.rowid DESC LIMIT ?"),
                      {match, limit});
    if (!r)
        return r.error();
    QSqlQuery q = std::move(r).value();
    QList<SearchHit> hits;
    while (q.next())
        hits.append({SearchHit::Kind::Ticket, q.value(0).toString(), q.value(1).toString() + QStringLiteral(" ") + q.value(2).toString(),
                     q.value(3).toString() + QStringLiteral(" · ") + q.value(4).toString()});
    return hits;
}

} // namespace fd
