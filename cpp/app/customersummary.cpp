#include "customersummary.h"

#include "customerrepository.h"
#include "datasource.h"
#include "mobilephone.h"
#include "residentid.h"
#include "store.h"
#include "repoint.h"

CustomerSummary::CustomerSummary(QObject *parent) : QObject(parent) {}

void CustomerSummary::setSource(DataSource *source)
{
    if (!repoint(m_source, source, &DataSource::changed, this, &CustomerSummary::reload))
        return;
    Q_EMIT sourceChanged();
    reload();
}

void CustomerSummary::setCustomerId(const QString &customerId)
{
    if (customerId == m_customerId)
        return;
    m_customerId = customerId;
    Q_EMIT customerIdChanged();
    reload();
}

void CustomerSummary::reload()
{
    m_loaded = false;
    m_name.clear();
    m_customerNo.clear();
    m_kind.clear();
    m_maskedPhone.clear();
    m_maskedId.clear();
    m_address.clear();
    m_grade.clear();
    m_keyAccount = false;
    m_vehicles.clear();
    m_recentTickets.clear();
    m_ticketCount = 0;
    m_errorMessage.clear();
    if (m_source && m_source->store() && !m_customerId.isEmpty()) {
        m_errorMessage = load();
        m_loaded = m_errorMessage.isEmpty();
    }
    Q_EMIT changed();
}

QString CustomerSummary::load()
{
    fd::Store &store = *m_source->store();
    auto customer = fd::CustomerRepository(store).get(m_customerId);
    if (!customer)
        return customer.error().message;
    const fd::CustomerRecord &c = customer.value();
    m_name = c.name;
    m_customerNo = c.customerNo;
    m_kind = c.kind;
    m_maskedPhone = c.phone.isEmpty() ? QString() : fd::MobilePhone::masked(c.phone);
    m_maskedId = c.kind == QLatin1String("corporate") ? c.creditCode
                                                      : (c.idNumber.isEmpty() ? QString() : fd::ResidentId::masked(c.idNumber));
    m_address = c.address;
    m_grade = c.grade;
    m_keyAccount = c.keyAccount;

    // CustomerRepository has no list of a customer's vehicles or tickets yet; read them directly.
    auto vehicles = store.db().run(QStringLiteral("SELECT id, plate, plate_colour FROM vehicles WHERE customer_id = ? ORDER BY created_at, id"),
                                   {m_customerId});
    if (!vehicles)
        return vehicles.error().message;
    while (vehicles.value().next()) {
        const QSqlQuery &v = vehicles.value();
        m_vehicles.append(QVariantMap{{QStringLiteral("vehicleId"), v.value(0)},
                                      {QStringLiteral("plate"), v.value(1)},
                                      {QStringLiteral("colour"), v.value(2)}});
    }

    auto count = store.db().run(QStringLiteral("SELECT count(*) FROM tickets WHERE customer_id = ?"), {m_customerId});
    if (!count)
        return count.error().message;
    m_ticketCount = count.value().next() ? count.value().value(0).toInt() : 0;

    auto tickets = store.db().run(QStringLiteral("SELECT id, ticket_no, title, state, reported_at FROM tickets WHERE customer_id = ?"
                                                 " ORDER BY reported_at DESC, local_no DESC LIMIT ?"),
                                  {m_customerId, kRecentTickets});
    if (!tickets)
        return tickets.error().message;
    while (tickets.value().next()) {
        const QSqlQuery &t = tickets.value();
        m_recentTickets.append(QVariantMap{{QStringLiteral("ticketId"), t.value(0)},
                                           {QStringLiteral("ticketNo"), t.value(1)},
                                           {QStringLiteral("title"), t.value(2)},
                                           {QStringLiteral("state"), t.value(3)},
                                           {QStringLiteral("reportedAt"), double(t.value(4).toLongLong())}});
    }
    return {};
}
