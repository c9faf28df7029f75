#include "complaintform.h"

#include "complaintrepository.h"
#include "customerrepository.h"
#include "datasource.h"
#include "mobilephone.h"
#include "session.h"
#include "store.h"
#include "ticketrepository.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcComplaintForm, "fielddesk.app.complaintform")

ComplaintForm::ComplaintForm(QObject *parent) : FormController(parent) {}

QStringList ComplaintForm::channels()
{
    return {QStringLiteral("counter"), QStringLiteral("phone"), QStringLiteral("online"), QStringLiteral("field")};
}

QStringList ComplaintForm::categories()
{
    QStringList keys;
    for (int c = 0; c < fd::ComplaintWorkflow::kCategoryCount; ++c)
        keys << fd::ComplaintWorkflow::toString(fd::ComplaintCategory(c));
    return keys;
}

int ComplaintForm::maxNameLength()
{
    return fd::ComplaintRepository::kMaxNameLength;
}

int ComplaintForm::maxContentLength()
{
    return fd::ComplaintRepository::kMaxContentLength;
}

void ComplaintForm::setSource(DataSource *source)
{
    if (source == m_source)
        return;
    m_source = source;
    Q_EMIT sourceChanged();
    loadReferences();
}

void ComplaintForm::setSession(Session *session)
{
    if (session == m_session)
        return;
    m_session = session;
    Q_EMIT sessionChanged();
}

void ComplaintForm::setCustomerId(const QString &customerId)
{
    if (customerId == m_customerId)
        return;
    m_customerId = customerId;
    loadReferences();
}

void ComplaintForm::setTicketId(const QString &ticketId)
{
    if (ticketId == m_ticketId)
        return;
    m_ticketId = ticketId;
    loadReferences();
}

void ComplaintForm::setEmergency(bool emergency)
{
    if (emergency == m_emergency)
        return;
    m_emergency = emergency;
    Q_EMIT inputChanged();
}

void ComplaintForm::loadReferences()
{
    m_customerName.clear();
    m_customerPhone.clear();
    m_ticketNo.clear();
    if (m_source && m_source->store()) {
        fd::Store &store = *m_source->store();
        if (!m_ticketId.isEmpty()) {
            auto ticket = fd::TicketRepository(store).get(m_ticketId);
            if (ticket)
                m_ticketNo = ticket->ticketNo;
            else
                setError(ticket.error().message);
            // TicketSummary has no customer id; a complaint about a ticket comes from its customer.
            auto owner = store.db().run(QStringLiteral("SELECT COALESCE(customer_id, '') FROM tickets WHERE id = ?"), {m_ticketId});
            if (m_customerId.isEmpty() && owner && owner.value().next())
                m_customerId = owner.value().value(0).toString();
        }
        if (!m_customerId.isEmpty()) {
            auto customer = fd::CustomerRepository(store).get(m_customerId);
            if (customer) {
                m_customerName = customer->name;
                m_customerPhone = customer->phone;
                m_complainantName = customer->name.left(maxNameLength());
                m_complainantPhone = m_customerPhone.isEmpty() ? QString() : fd::MobilePhone::masked(m_customerPhone);
            } else {
                setError(customer.error().message);
            }
        }
    }
    setFieldErrors({});
    Q_EMIT referenceChanged();
    Q_EMIT inputChanged();
}

bool ComplaintForm::usesCustomerPhone() const
{
    return !m_customerPhone.isEmpty() && m_complainantPhone.trimmed() == fd::MobilePhone::masked(m_customerPhone);
}

QString ComplaintForm::phoneToSave() const
{
    return usesCustomerPhone() ? m_customerPhone : m_complainantPhone.trimmed();
}

bool ComplaintForm::validate()
{
    QVariantMap errors;
    const QString name = m_complainantName.simplified();
    if (name.isEmpty() || name.size() > maxNameLength())
        errors.insert(QStringLiteral("complainantName"), tr("Enter the complainant's name (at most %1 characters).").arg(maxNameLength()));
    // The answer has to reach the complainant, and the number finds the case again at a kiosk.
    if (auto phone = fd::MobilePhone::parse(phoneToSave()); !phone)
        errors.insert(QStringLiteral("complainantPhone"), phone.error().message);
    if (!channels().contains(m_channel))
        errors.insert(QStringLiteral("channel"), tr("Choose how the complaint came in."));
    if (!categories().contains(m_category))
        errors.insert(QStringLiteral("category"), tr("Choose what the complaint is about."));
    const int length = int(m_content.trimmed().size());
    if (length < fd::ComplaintRepository::kMinContentLength || length > maxContentLength())
        errors.insert(QStringLiteral("content"), tr("Write down what happened, in the complainant's words (%1 to %2 characters).")
                                                     .arg(fd::ComplaintRepository::kMinContentLength)
                                                     .arg(maxContentLength()));
    setFieldErrors(errors);
    return errors.isEmpty();
}

bool ComplaintForm::submit()
{
    setError({});
    if (!m_source || !m_source->store()) {
        setError(tr("The local store is not open; nothing was saved."));
        return false;
    }
    if (!m_session || !m_session->signedIn()) {
        setError(tr("Sign in to register a complaint."));
        return false;
    }
    if (!validate())
        return false;

    fd::NewComplaint c;
    c.complainantName = m_complainantName;
    c.complainantPhone = phoneToSave();
    c.customerId = m_customerId;
    c.ticketId = m_ticketId;
    c.channel = m_channel;
    c.category = m_category;
    c.content = m_content;
    c.emergency = m_emergency;
    // The one who takes it down answers for it (first-contact responsibility).
    auto registered = fd::ComplaintRepository(*m_source->store()).registerComplaint(c, m_session->staffId());
    if (!registered) {
        const fd::Error &e = registered.error();
        qCInfo(lcComplaintForm) << "complaint for customer" << m_customerId << "not saved:" << e.toString();
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
    m_savedId = registered->id;
    m_savedNo = registered->complaintNo;
    qCInfo(lcComplaintForm) << "complaint" << m_savedNo << m_savedId << "registered by" << m_session->staffId();
    m_source->notifyChanged();
    Q_EMIT saved(m_savedId, m_savedNo);
    return true;
}
