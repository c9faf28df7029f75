#include "crewstatus.h"

#include "datasource.h"
#include "dispatchrepository.h"
#include "session.h"
#include "store.h"
#include "repoint.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcCrewStatus, "fielddesk.app.crew")

CrewStatus::CrewStatus(QObject *parent)
    : QObject(parent)
{ }

void CrewStatus::setSource(DataSource *source)
{
    if (!repoint(m_source, source, &DataSource::changed, this, &CrewStatus::reload))
        return;
    Q_EMIT sourceChanged();
    reload();
}

void CrewStatus::setSession(Session *session)
{
    if (!repoint(m_session, session, &Session::changed, this, &CrewStatus::reload))
        return;
    Q_EMIT sessionChanged();
    reload();
}

QString CrewStatus::crewId() const
{
    return m_session ? m_session->crewId() : QString();
}

void CrewStatus::reload()
{
    m_loaded = false;
    const QString crew = crewId();
    if (m_source && m_source->store() && !crew.isEmpty()) {
        auto r = fd::DispatchRepository(*m_source->store()).crew(crew);
        if (r) {
            m_status = r->status;
            m_statusNote = r->statusNote;
            m_awayUntil = r->awayUntil;
            m_loaded = true;
        } else {
            qCWarning(lcCrewStatus) << "crew" << crew << r.error().toString();
            setError(r.error().message, {});
        }
    }
    Q_EMIT changed();
}

bool CrewStatus::setStatus(const QString &status, const QString &note, int awayMinutes)
{
    if (!m_loaded || !m_source || !m_source->store() || !m_session) {
        setError(tr("You are not in a crew, so there is no crew status to set."), {});
        return false;
    }
    fd::Store &store = *m_source->store();
    const qint64 until = status == QLatin1String("away") && awayMinutes > 0
        ? store.nowMs() + qint64(awayMinutes) * 60'000
        : -1;
    auto r = fd::DispatchRepository(store).setCrewStatus(crewId(), status, note, until, m_session->staffId());
    if (!r) {
        qCInfo(lcCrewStatus) << "crew" << crewId() << status << r.error().toString();
        setError(r.error().message, r.error().field);
        return false;
    }
    clearError();
    m_source->notifyChanged();
    return true;
}

void CrewStatus::clearError()
{
    setError({}, {});
}

void CrewStatus::setError(const QString &message, const QString &field)
{
    if (message == m_errorMessage && field == m_errorField)
        return;
    m_errorMessage = message;
    m_errorField = field;
    Q_EMIT errorMessageChanged();
}
