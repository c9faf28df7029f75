#include "complaintdetail.h"

#include "complaintrepository.h"
#include "customerrepository.h"
#include "datasource.h"
#include "mobilephone.h"
#include "repoint.h"
#include "session.h"
#include "staffrepository.h"
#include "store.h"
#include "ticketrepository.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcComplaintDetail, "fielddesk.app.complaint")

ComplaintDetail::ComplaintDetail(QObject *parent) : QObject(parent) {}

void ComplaintDetail::setSource(DataSource *source)
{
    if (!repoint(m_source, source, &DataSource::changed, this, &ComplaintDetail::reload))
        return;
    Q_EMIT sourceChanged();
    reload();
}

void ComplaintDetail::setSession(Session *session)
{
    if (!repoint(m_session, session, &Session::changed, this, &ComplaintDetail::changed))
        return;
    Q_EMIT sessionChanged();
    Q_EMIT changed();
}

void ComplaintDetail::setComplaintId(const QString &complaintId)
{
    if (complaintId == m_complaintId)
        return;
    m_complaintId = complaintId;
    clearError();
    Q_EMIT complaintIdChanged();
    reload();
}

bool ComplaintDetail::canAct() const
{
    if (!m_session || !m_session->signedIn() || m_session->mode() != QLatin1String("counter"))
        return false;
    for (const char *role : {"counter", "supervisor", "admin"}) {
        if (m_session->hasRole(QLatin1String(role)))
            return true;
    }
    return false;
}

bool ComplaintDetail::mayTake(fd::ComplaintEvent event) const
{
    if (!canAct())
        return false;
    // Filing away is a supervisor's decision (the server refuses it from counter staff).
    if (event == fd::ComplaintEvent::Archive)
        return m_session->isSupervisor() || m_session->hasRole(QStringLiteral("admin"));
    return true;
}

QStringList ComplaintDetail::nextSteps() const
{
    QStringList steps;
    if (!m_loaded)
        return steps;
    for (fd::ComplaintEvent e : fd::ComplaintWorkflow::allowedEvents(m_status)) {
        if (mayTake(e))
            steps << fd::ComplaintWorkflow::toString(e);
    }
    return steps;
}

void ComplaintDetail::reload()
{
    m_loaded = false;
    if (m_source && m_source->store() && !m_complaintId.isEmpty()) {
        auto c = fd::ComplaintRepository(*m_source->store()).get(m_complaintId);
        if (c) {
            show(c.value());
            loadTimeline();
            m_loaded = true;
        } else {
            qCInfo(lcComplaintDetail) << "complaint" << m_complaintId << c.error().toString();
            setError(c.error().message);
        }
    }
    Q_EMIT changed();
}

void ComplaintDetail::show(const fd::ComplaintRecord &c)
{
    using W = fd::ComplaintWorkflow;
    fd::Store &store = *m_source->store();
    m_status = c.status;
    m_complaintNo = c.complaintNo;
    m_complainantName = c.complainantName;
    m_complainantPhone = c.complainantPhone.isEmpty() ? QString() : fd::MobilePhone::masked(c.complainantPhone);
    m_channel = W::toString(c.channel);
    m_category = W::toString(c.category);
    m_emergency = c.emergency;
    m_content = c.content;
    m_department = c.department;
    m_reply = c.reply;
    m_ownerName = staffName(c.ownerStaffId);
    m_dueAt = c.dueAt;
    m_receivedAt = c.receivedAt;
    m_customerName.clear();
    if (!c.customerId.isEmpty()) {
        if (auto customer = fd::CustomerRepository(store).get(c.customerId))
            m_customerName = customer->name;
    }
    m_ticketNo.clear();
    if (!c.ticketId.isEmpty()) {
        if (auto ticket = fd::TicketRepository(store).get(c.ticketId))
            m_ticketNo = ticket->ticketNo;
    }
}

void ComplaintDetail::loadTimeline()
{
    m_timeline.clear();
    auto rows = fd::ComplaintRepository(*m_source->store()).timeline(m_complaintId);
    if (!rows) {
        setError(rows.error().message);
        return;
    }
    for (const fd::ComplaintEventRow &e : rows.value()) {
        m_timeline.append(QVariantMap{{QStringLiteral("kind"), e.kind},
                                      {QStringLiteral("fromState"), e.fromState},
                                      {QStringLiteral("toState"), e.toState},
                                      {QStringLiteral("at"), double(e.at)},
                                      {QStringLiteral("staffName"), staffName(e.staffId)},
                                      {QStringLiteral("note"), e.note}});
    }
}

QString ComplaintDetail::staffName(const QString &staffId) const
{
    if (staffId.isEmpty())
        return {};
    auto member = fd::StaffRepository(*m_source->store()).get(staffId);
    return member ? member->name : QString();
}

bool ComplaintDetail::apply(const QString &event, const QString &note, const QString &department, const QString &reply)
{
    const auto e = fd::ComplaintWorkflow::eventFromString(event);
    if (!m_loaded || !e) {
        setError(tr("This step is not available for this complaint."));
        return false;
    }
    if (!mayTake(*e)) {
        setError(*e == fd::ComplaintEvent::Archive ? tr("Only a supervisor can archive a complaint.")
                                                   : tr("Sign in at the counter to work on complaints."));
        return false;
    }
    fd::ComplaintStepInput input;
    input.note = note;
    input.department = department;
    input.reply = reply;
    auto r = fd::ComplaintRepository(*m_source->store()).apply(m_complaintId, *e, m_session->staffId(), input);
    if (!r) {
        qCInfo(lcComplaintDetail) << "complaint" << m_complaintId << event << r.error().toString();
        setError(r.error().message, r.error().field);
        return false;
    }
    qCInfo(lcComplaintDetail) << "complaint" << m_complaintNo << m_complaintId << event << "by" << m_session->staffId();
    clearError();
    // Reloads this object and every list that shows the complaint.
    m_source->notifyChanged();
    return true;
}

void ComplaintDetail::clearError()
{
    setError({});
}

void ComplaintDetail::setError(const QString &message, const QString &field)
{
    if (message == m_errorMessage && field == m_errorField)
        return;
    m_errorMessage = message;
    m_errorField = field;
    Q_EMIT errorChanged();
}
