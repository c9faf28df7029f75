#include "ticketdetail.h"

#include "datasource.h"
#include "mobilephone.h"
#include "session.h"
#include "store.h"
#include "ticketrepository.h"
#include "timelinemodel.h"
#include "repoint.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcTicketDetail, "fielddesk.app.ticket")

TicketDetail::TicketDetail(QObject *parent) : QObject(parent), m_timeline(new TimelineModel(this)) {}

QList<fd::TicketEvent> TicketDetail::crewEvents()
{
    using E = fd::TicketEvent;
    return {E::Accept, E::Depart, E::Arrive, E::Finish, E::Return};
}

void TicketDetail::setSource(DataSource *source)
{
    if (!repoint(m_source, source, &DataSource::changed, this, &TicketDetail::reload))
        return;
    m_timeline->setSource(source);
    Q_EMIT sourceChanged();
    reload();
}

void TicketDetail::setSession(Session *session)
{
    if (!repoint(m_session, session, &Session::changed, this, &TicketDetail::changed))
        return;
    Q_EMIT sessionChanged();
    Q_EMIT changed();
}

void TicketDetail::setTicketId(const QString &ticketId)
{
    if (ticketId == m_ticketId)
        return;
    m_ticketId = ticketId;
    m_timeline->setTicketId(ticketId);
    clearError();
    Q_EMIT ticketIdChanged();
    reload();
}

bool TicketDetail::canAct() const
{
    return m_loaded && m_session && m_session->signedIn() && m_session->mode() == QLatin1String("tablet")
        && m_session->hasRole(QStringLiteral("crew")) && !m_crewId.isEmpty() && m_session->crewId() == m_crewId
        && !m_nextSteps.isEmpty();
}

void TicketDetail::reload()
{
    m_loaded = false;
    if (m_source && m_source->store() && !m_ticketId.isEmpty()) {
        fd::Store &store = *m_source->store();
        auto summary = fd::TicketRepository(store).get(m_ticketId);
        auto extra = store.db().run(QStringLiteral("SELECT t.description, t.category, t.channel, t.contact_name, t.contact_phone,"
                                                   " COALESCE(c.name, '') FROM tickets t LEFT JOIN crews c ON c.id = t.crew_id"
                                                   " WHERE t.id = ?"),
                                    {m_ticketId});
        if (!summary) {
            setError(summary.error().message);
        } else if (!extra) {
            setError(extra.error().message);
        } else if (extra.value().next()) {
            const fd::TicketSummary &t = summary.value();
            const QSqlQuery &q = extra.value();
            m_ticketNo = t.ticketNo;
            m_title = t.title;
            m_address = t.address;
            m_customerName = t.customerName;
            m_crewId = t.crewId;
            m_state = fd::TicketWorkflow::toString(t.state);
            m_priority = t.priority;
            m_dueAt = t.dueAt;
            m_reportedAt = t.reportedAt;
            m_description = q.value(0).toString();
            m_category = q.value(1).toString();
            m_channel = q.value(2).toString();
            m_contactName = q.value(3).toString();
            const QString phone = q.value(4).toString();
            m_contactPhone = phone.isEmpty() ? QString() : fd::MobilePhone::masked(phone);
            m_crewName = q.value(5).toString();
            m_nextSteps.clear();
            const QList<fd::TicketEvent> allowed = fd::TicketWorkflow::allowedEvents(t.state);
            for (fd::TicketEvent e : crewEvents()) {
                if (allowed.contains(e))
                    m_nextSteps << fd::TicketWorkflow::toString(e);
            }
            m_loaded = true;
        }
    }
    Q_EMIT changed();
}

bool TicketDetail::apply(const QString &event, const QString &note)
{
    const auto e = fd::TicketWorkflow::eventFromString(event);
    if (!m_loaded || !e || !crewEvents().contains(*e)) {
        setError(tr("This step is not available for this ticket."));
        return false;
    }
    if (!canAct()) {
        setError(tr("Only a member of the ticket's crew can change it, on the crew's tablet."));
        return false;
    }
    if (!m_nextSteps.contains(event)) {
        auto illegal = fd::TicketWorkflow::apply(*fd::TicketWorkflow::stateFromString(m_state), *e);
        setError(illegal ? tr("This step is not available for this ticket.") : illegal.error().message);
        return false;
    }
    auto r = fd::TicketRepository(*m_source->store()).apply(m_ticketId, *e, m_session->staffId(), note);
    if (!r) {
        qCInfo(lcTicketDetail) << "ticket" << m_ticketId << event << r.error().toString();
        setError(r.error().message);
        return false;
    }
    clearError();
    // Reloads this object, its timeline, and every list that shows the ticket.
    m_source->notifyChanged();
    return true;
}

void TicketDetail::clearError()
{
    setError({});
}

void TicketDetail::setError(const QString &message)
{
    if (message == m_errorMessage)
        return;
    m_errorMessage = message;
    Q_EMIT errorMessageChanged();
}
