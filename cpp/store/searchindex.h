#pragma once

#include "result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace fd {

class Database;

struct SearchHit
{
    enum class Kind { Customer, Ticket };
    Kind kind = Kind::Customer;
    QString id;
    QString title;    // customer name, or ticket number + title
    QString subtitle; // phone, or state and address
};

/**
 * The full-text index over customers and tickets (name, phone, plate, card number, ID number,
 * ticket number, free text; Chinese included — see SearchTokenizer). Kept up to date by the
 * repositories inside the same transaction as the row it describes.
 */
class SearchIndex
{
public:
    explicit SearchIndex(Database &db) : m_db(db) {}

    /** Rebuilds one customer's document from the customer, its vehicles, cards and OBUs. */
    Result<void> indexCustomer(const QString &customerId);
    Result<void> indexTicket(const QString &ticketId);

    /**
     * Merges index segments, up to about @p pages pages of work per index. Automatic merging is
     * off (schema_v1.sql) so that it never lands inside a person's commit; the app calls this on
     * its idle tick.
     */
    Result<void> merge(int pages);

    /** Newest first; at most @p limit of each kind. An empty or unsearchable query finds nothing. */
    Result<QList<SearchHit>> searchCustomers(const QString &query, int limit);
    Result<QList<SearchHit>> searchTickets(const QString &query, int limit);

private:
    Result<void> put(const QString &table, qint64 rowid, const QStringList &fields);
    Database &m_db;
};

} // namespace fd
