#include "ticketform.h"

#include "customerrepository.h"
#include "datasource.h"
#include "mobilephone.h"
#include "session.h"
#include "store.h"
#include "ticketpriority.h"
#include "ticketrepository.h"

#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcTicketForm, "fielddesk.app.ticketform")

namespace {
const QStringList kChannels = {QStringLiteral("counter"), QStringLiteral("phone"), QStringLiteral("kiosk"), QStringLiteral("online"),
                               QStringLiteral("field")};
} // namespace

TicketForm::TicketForm(QObject *parent) : FormController(parent) {}

QStringList TicketForm::categories()
{
    return {QStringLiteral("obu_fault"),   QStringLiteral("obu_activation"), QStringLiteral("card_fault"), QStringLiteral("transaction"),
            QStringLiteral("installation"), QStringLiteral("site_visit"),    QStringLiteral("other")};
}

void TicketForm::setSource(DataSource *source)
{
    if (source == m_source)
        return;
    m_source = source;
    Q_EMIT sourceChanged();
    loadCustomer();
}

void TicketForm::setSession(Session *session)
{
    if (session == m_session)
        return;
    m_session = session;
    Q_EMIT sessionChanged();
}

void TicketForm::setCustomerId(const QString &customerId)
{
    if (customerId == m_customerId)
        return;
    m_customerId = customerId;
    loadCustomer();
}

void TicketForm::loadCustomer()
{
    m_customerName.clear();
    m_customerNo.clear();
    m_customerPhone.clear();
    m_vehicles.clear();
    if (m_source && m_source->store() && !m_customerId.isEmpty()) {
        fd::Store &store = *m_source->store();
        auto customer = fd::CustomerRepository(store).get(m_customerId);
        // CustomerRepository has neither the agent nor the vehicles of a customer; read them directly.
        auto agent = store.db().run(QStringLiteral("SELECT agent_name FROM customers WHERE id = ?"), {m_customerId});
        auto vehicles = store.db().run(QStringLiteral("SELECT id, plate, plate_colour FROM vehicles WHERE customer_id = ? ORDER BY created_at, id"),
                                       {m_customerId});
        if (!customer) {
            setError(customer.error().message);
        } else if (!agent || !vehicles) {
            setError((!agent ? agent : vehicles).error().message);
        } else {
            const fd::CustomerRecord &c = customer.value();
            m_customerName = c.name;
            m_customerNo = c.customerNo;
            m_customerPhone = c.phone;
            while (vehicles.value().next()) {
                const QSqlQuery &v = vehicles.value();
                m_vehicles.append(QVariantMap{{QStringLiteral("vehicleId"), v.value(0)},
                                              {QStringLiteral("plate"), v.value(1)},
                                              {QStringLiteral("colour"), v.value(2)}});
            }
            // A company is reached through the person acting for it.
            const QString agentName = agent.value().next() ? agent.value().value(0).toString() : QString();
            m_contactName = c.kind == QLatin1String("corporate") && !agentName.isEmpty() ? agentName : c.name;
            m_contactPhone = c.phone.isEmpty() ? QString() : fd::MobilePhone::masked(c.phone);
            m_address = c.address;
            m_vehicleId = m_vehicles.size() == 1 ? m_vehicles.constFirst().toMap().value(QStringLiteral("vehicleId")).toString() : QString();
            setError({});
        }
    }
    setFieldErrors({});
    Q_EMIT customerChanged();
    Q_EMIT inputChanged();
}

void TicketForm::setUrgency(int urgency)
{
    if (urgency == m_urgency)
        return;
    m_urgency = urgency;
    clearFieldError("urgency");
    Q_EMIT inputChanged();
}

void TicketForm::setImpact(int impact)
{
    if (impact == m_impact)
        return;
    m_impact = impact;
    clearFieldError("impact");
    Q_EMIT inputChanged();
}

int TicketForm::priority() const
{
    return fd::ticketPriority(m_urgency, m_impact);
}





bool TicketForm::usesCustomerPhone() const
{
    return !m_customerPhone.isEmpty() && m_contactPhone.trimmed() == fd::MobilePhone::masked(m_customerPhone);
}

QString TicketForm::phoneToSave() const
{
    return usesCustomerPhone() ? m_customerPhone : m_contactPhone.trimmed();
}

bool TicketForm::validate()
{
    QVariantMap errors;
    const QString title = m_title.simplified();
    if (title.size() < 2 || title.size() > 120)
        errors.insert(QStringLiteral("title"), tr("Describe the problem in a short title (2 to 120 characters)."));
    if (!categories().contains(m_category))
        errors.insert(QStringLiteral("category"), tr("Choose a category."));
    if (!kChannels.contains(m_channel))
        errors.insert(QStringLiteral("channel"), tr("Choose how the problem was reported."));
    if (m_urgency < 1 || m_urgency > 3)
        errors.insert(QStringLiteral("urgency"), tr("Choose the urgency."));
    if (m_impact < 1 || m_impact > 3)
        errors.insert(QStringLiteral("impact"), tr("Choose the impact."));
    if (m_customerId.isEmpty() && m_contactName.simplified().size() < 2)
        errors.insert(QStringLiteral("contactName"), tr("Enter the name of the person to call back."));
    // The crew calls before coming out: a number that works is required.
    if (auto phone = fd::MobilePhone::parse(phoneToSave()); !phone)
        errors.insert(QStringLiteral("contactPhone"), phone.error().message);
    if (!m_vehicleId.isEmpty()) {
        const bool known = std::any_of(m_vehicles.cbegin(), m_vehicles.cend(), [this](const QVariant &v) {
            return v.toMap().value(QStringLiteral("vehicleId")).toString() == m_vehicleId;
        });
        if (!known)
            errors.insert(QStringLiteral("vehicleId"), tr("Choose one of the customer's vehicles."));
    }
    setFieldErrors(errors);
    return errors.isEmpty();
}

bool TicketForm::submit()
{
    setError({});
    if (!m_source || !m_source->store()) {
        setError(tr("The local store is not open; nothing was saved."));
        return false;
    }
    if (!m_session || !m_session->signedIn()) {
        setError(tr("Sign in to save a ticket."));
        return false;
    }
    if (!validate())
        return false;

    fd::NewTicket t;
    t.customerId = m_customerId;
    t.channel = m_channel;
    t.category = m_category;
    t.title = m_title;
    t.description = m_description;
    t.address = m_address;
    t.contactName = m_contactName;
    t.contactPhone = phoneToSave();
    t.urgency = m_urgency;
    t.impact = m_impact;
    t.vehicleId = m_vehicleId;
    auto created = fd::TicketRepository(*m_source->store()).create(t, m_session->staffId());
    if (!created) {
        const fd::Error &e = created.error();
        qCInfo(lcTicketForm) << "new ticket for customer" << m_customerId << "not saved:" << e.toString();
        if (!e.field.isEmpty()) {
            QVariantMap errors = fieldErrors();
            errors.insert(e.field, e.message);
            setFieldErrors(errors);
            setError(tr("Nothing was saved."));
        } else {
            setError(tr("Nothing was saved: %1").arg(e.message));
        }
        return false;
    }
    m_savedTicketId = created->id;
    m_savedTicketNo = created->ticketNo;
    qCInfo(lcTicketForm) << "ticket" << m_savedTicketNo << m_savedTicketId << "created for customer" << m_customerId;
    m_source->notifyChanged();
    Q_EMIT saved(m_savedTicketId, m_savedTicketNo);
    return true;
}
