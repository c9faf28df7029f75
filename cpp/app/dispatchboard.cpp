#include "dispatchboard.h"

#include "acceptalertmodel.h"
#include "crewboardmodel.h"
#include "datasource.h"
#include "dispatchqueuemodel.h"
#include "dispatchrepository.h"
#include "session.h"
#include "store.h"
#include "repoint.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcDispatchBoard, "fielddesk.app.dispatch")

DispatchBoard::DispatchBoard(QObject *parent)
    : QObject(parent)
    , m_queue(new DispatchQueueModel(this))
    , m_crews(new CrewBoardModel(this))
    , m_alerts(new AcceptAlertModel(this))
{ }

void DispatchBoard::classBegin()
{
    m_complete = false;
}

void DispatchBoard::componentComplete()
{
    m_complete = true;
    reload();
}

void DispatchBoard::setSource(DataSource *source)
{
    if (!repoint(m_source, source, &DataSource::changed, this, &DispatchBoard::reload))
        return;
    Q_EMIT sourceChanged();
    reload();
}

void DispatchBoard::setSession(Session *session)
{
    if (!repoint(m_session, session, &Session::changed, this, &DispatchBoard::canDispatchChanged))
        return;
    Q_EMIT sessionChanged();
    Q_EMIT canDispatchChanged();
}

bool DispatchBoard::canDispatch() const
{
    return m_session && m_session->signedIn()
        && (m_session->hasRole(QStringLiteral("supervisor")) || m_session->hasRole(QStringLiteral("admin")));
}

int DispatchBoard::acceptLimitMinutes() const
{
    return fd::SlaPolicy {}.acceptLimitMinutes;
}

void DispatchBoard::reload()
{
    if (!m_complete)
        return;
    if (!m_source || !m_source->store()) {
        m_queue->setRows({});
        m_crews->setRows({});
        m_alerts->setRows({});
        return;
    }
    fd::DispatchRepository repo(*m_source->store());
    auto queue = repo.queue();
    auto crews = repo.crews();
    auto alerts = repo.openAlerts();
    for (const fd::Error *e : { queue ? nullptr : &queue.error(), crews ? nullptr : &crews.error(),
             alerts ? nullptr : &alerts.error() }) {
        if (e) {
            qCWarning(lcDispatchBoard)
                << "cannot load the dispatch board from" << m_source->store()->db().path() << e->toString();
            setMessages(e->message, m_warning);
        }
    }
    m_queue->setRows(queue ? queue.value() : QList<fd::DispatchQueueEntry>());
    m_crews->setRows(crews ? crews.value() : QList<fd::CrewBoardEntry>());
    m_alerts->setRows(alerts ? alerts.value() : QList<fd::AcceptAlert>());
}

bool DispatchBoard::dispatch(const QString &ticketId, const QString &crewId)
{
    if (!m_source || !m_source->store())
        return false;
    if (!canDispatch()) {
        setMessages(tr("Only a supervisor or an administrator can dispatch orders."), {});
        return false;
    }
    auto r = fd::DispatchRepository(*m_source->store()).dispatch(ticketId, crewId, m_session->staffId());
    if (!r) {
        qCInfo(lcDispatchBoard) << "ticket" << ticketId << "to crew" << crewId << r.error().toString();
        setMessages(r.error().message, {});
        return false;
    }
    setMessages({}, r->warning);
    const int crewRow = m_crews->indexOf(crewId);
    const QString crewName = crewRow < 0
        ? QString()
        : m_crews->data(m_crews->index(crewRow), CrewBoardModel::NameRole).toString();
    // Reloads the board and every list that shows the ticket; sync pushes it at once, and the
    // server nudges the crew's tablet.
    m_source->notifyChanged();
    Q_EMIT dispatched(ticketId, r->ticket.ticketNo, crewName);
    return true;
}

void DispatchBoard::clearMessages()
{
    setMessages({}, {});
}

void DispatchBoard::setMessages(const QString &error, const QString &warning)
{
    if (error == m_errorMessage && warning == m_warning)
        return;
    m_errorMessage = error;
    m_warning = warning;
    Q_EMIT messagesChanged();
}

int DispatchBoard::raiseDueAlerts(DataSource *source)
{
    if (!source || !source->store())
        return 0;
    fd::Store &store = *source->store();
    fd::DispatchRepository repo(store);
    auto contacts = repo.escalationContacts();
    if (!contacts) {
        // A broken setting must not silence the watch: escalate to the supervisors instead.
        qCWarning(lcDispatchBoard) << "escalation contacts in" << store.db().path()
                                   << contacts.error().toString() << "- using the outlet's supervisors";
        contacts = repo.supervisorContacts();
        if (!contacts) {
            qCWarning(lcDispatchBoard)
                << "cannot read the supervisors from" << store.db().path() << contacts.error().toString();
            contacts = QList<fd::EscalationContact>();
        }
    }
    auto raised = repo.raiseDueAlerts(store.nowMs(), contacts.value());
    if (!raised) {
        qCWarning(lcDispatchBoard) << "accept watch failed on" << store.db().path()
                                   << raised.error().toString();
        return -1;
    }
    if (!raised->isEmpty())
        source->notifyChanged();
    return int(raised->size());
}
