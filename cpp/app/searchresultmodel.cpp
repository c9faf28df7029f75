#include "searchresultmodel.h"

#include "datasource.h"
#include "mobilephone.h"
#include "residentid.h"
#include "searchindex.h"
#include "store.h"
#include "repoint.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSearch, "fielddesk.app.search")

SearchResultModel::SearchResultModel(QObject *parent) : QAbstractListModel(parent) {}

int SearchResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return r.title;
    case KindRole:
        return r.kind;
    case ItemIdRole:
        return r.id;
    case NumberRole:
        return r.number;
    case MaskedPhoneRole:
        return r.maskedPhone;
    case MaskedIdRole:
        return r.maskedId;
    case StateRole:
        return r.state;
    case AddressRole:
        return r.address;
    default:
        return {};
    }
}

QHash<int, QByteArray> SearchResultModel::roleNames() const
{
    return {{KindRole, "kind"},       {ItemIdRole, "itemId"}, {TitleRole, "title"},
            {NumberRole, "number"},   {MaskedPhoneRole, "maskedPhone"},
            {MaskedIdRole, "maskedId"}, {StateRole, "ticketState"}, {AddressRole, "address"}};
}

void SearchResultModel::setSource(DataSource *source)
{
    if (!repoint(m_source, source, &DataSource::changed, this, &SearchResultModel::search))
        return;
    Q_EMIT sourceChanged();
    search();
}

void SearchResultModel::setQuery(const QString &query)
{
    if (query == m_query)
        return;
    m_query = query;
    Q_EMIT queryChanged();
    search();
}

void SearchResultModel::setLimit(int limit)
{
    limit = std::clamp(limit, 1, 200);
    if (limit == m_limit)
        return;
    m_limit = limit;
    Q_EMIT limitChanged();
    search();
}

void SearchResultModel::search()
{
    QList<Row> rows;
    int customers = 0;
    QString error;
    if (m_source && m_source->store() && !m_query.trimmed().isEmpty()) {
        fd::Store &store = *m_source->store();
        fd::SearchIndex index(store.db());
        auto customerHits = index.searchCustomers(m_query, m_limit);
        auto ticketHits = index.searchTickets(m_query, m_limit);
        if (!customerHits || !ticketHits) {
            error = (!customerHits ? customerHits.error() : ticketHits.error()).message;
            qCWarning(lcSearch) << "query" << m_query << error;
        } else {
            // The hits' own subtitles carry full phone numbers; the rows are rebuilt from the records.
            for (const fd::SearchHit &hit : customerHits.value()) {
                auto q = store.db().run(QStringLiteral("SELECT name, customer_no, phone, id_number, credit_code, kind"
                                                       " FROM customers WHERE id = ?"),
                                        {hit.id});
                if (!q || !q.value().next())
                    continue;
                const QSqlQuery &c = q.value();
                Row r;
                r.kind = QStringLiteral("customer");
                r.id = hit.id;
                r.title = c.value(0).toString();
                r.number = c.value(1).toString();
                r.maskedPhone = c.value(2).toString().isEmpty() ? QString() : fd::MobilePhone::masked(c.value(2).toString());
                const bool corporate = c.value(5).toString() == QLatin1String("corporate");
                const QString idNumber = c.value(3).toString();
                r.maskedId = corporate ? c.value(4).toString() : (idNumber.isEmpty() ? QString() : fd::ResidentId::masked(idNumber));
                rows.append(r);
                ++customers;
            }
            // Tickets that match the text, then the matched customers' own tickets, newest first:
            // searching for a customer shows what they reported before.
            QStringList ticketIds;
            for (const fd::SearchHit &hit : ticketHits.value())
                ticketIds << hit.id;
            for (int i = 0; i < customers && ticketIds.size() < m_limit; ++i) {
                auto own = store.db().run(QStringLiteral("SELECT id FROM tickets WHERE customer_id = ? ORDER BY reported_at DESC, local_no DESC LIMIT ?"),
                                          {rows.at(i).id, m_limit});
                if (!own)
                    continue;
                while (own.value().next() && ticketIds.size() < m_limit) {
                    const QString id = own.value().value(0).toString();
                    if (!ticketIds.contains(id))
                        ticketIds << id;
                }
            }
            for (const QString &ticketId : std::as_const(ticketIds)) {
                auto q = store.db().run(QStringLiteral("SELECT title, ticket_no, state, address FROM tickets WHERE id = ?"), {ticketId});
                if (!q || !q.value().next())
                    continue;
                const QSqlQuery &t = q.value();
                Row r;
                r.kind = QStringLiteral("ticket");
                r.id = ticketId;
                r.title = t.value(0).toString();
                r.number = t.value(1).toString();
                r.state = t.value(2).toString();
                r.address = t.value(3).toString();
                rows.append(r);
            }
        }
    }
    beginResetModel();
    m_rows = std::move(rows);
    m_customerCount = customers;
    m_errorMessage = error;
    endResetModel();
    Q_EMIT resultsChanged();
}
