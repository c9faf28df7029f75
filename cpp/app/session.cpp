#include "session.h"

#include "datasource.h"
#include "staffrepository.h"
#include "store.h"

#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcSession, "fielddesk.app.session")

Session::Session(QObject *parent) : QObject(parent) {}

void Session::setDataSource(DataSource *source)
{
    m_source = source;
}

void Session::setMode(const QString &mode)
{
    if (mode == m_mode)
        return;
    signOut();
    clearError();
    m_mode = mode;
    Q_EMIT modeChanged();
}

QStringList Session::rolesForMode(const QString &mode)
{
    if (mode == QLatin1String("tablet"))
        return {QStringLiteral("crew"), QStringLiteral("supervisor")};
    if (mode == QLatin1String("counter"))
        return {QStringLiteral("counter"), QStringLiteral("finance"), QStringLiteral("supervisor"), QStringLiteral("admin")};
    return {};
}

bool Session::signIn(const QString &staffNo, const QString &pin)
{
    if (staffNo.trimmed().isEmpty()) {
        setError(tr("Enter your staff number."));
        return false;
    }
    if (pin.isEmpty()) {
        setError(tr("Enter your PIN."));
        return false;
    }
    if (!m_source || !m_source->store()) {
        setError(tr("No data is open on this device."));
        return false;
    }
    fd::StaffRepository staff(*m_source->store());
    auto member = staff.signIn(staffNo, pin);
    // Every attempt on a known staff number is written to the audit trail (and so to the outbox).
    m_source->notifyChanged();
    if (!member) {
        // The repository's messages are written for staff: wrong PIN with attempts left, locked until, disabled.
        setError(member.error().message);
        return false;
    }
    return start(member->id, member->staffNo, member->name, member->roles);
}

bool Session::beginPreview(const QString &staffId)
{
    if (!m_source || !m_source->store())
        return false;
    fd::StaffRepository staff(*m_source->store());
    auto member = staff.get(staffId);
    if (!member) {
        qCWarning(lcSession) << "preview: staff" << staffId << member.error().toString();
        return false;
    }
    return start(member->id, member->staffNo, member->name, member->roles);
}

bool Session::start(const QString &staffId, const QString &staffNo, const QString &name, const QStringList &roles)
{
    const QStringList allowed = rolesForMode(m_mode);
    const bool fits = std::any_of(roles.cbegin(), roles.cend(), [&](const QString &r) { return allowed.contains(r); });
    if (!fits) {
        if (m_mode == QLatin1String("tablet"))
            setError(tr("%1 cannot use the tablet: only repair crew members and supervisors can sign in here.").arg(name));
        else if (m_mode == QLatin1String("counter"))
            setError(tr("%1 cannot use the counter: only counter, finance, supervisor and administrator staff can sign in here.").arg(name));
        else
            setError(tr("Nobody signs in on a self-service kiosk."));
        return false;
    }

    QString crewId;
    QString crewName;
    auto crew = m_source->store()->db().run(QStringLiteral("SELECT c.id, c.name FROM crew_members m JOIN crews c ON c.id = m.crew_id"
                                                           " WHERE m.staff_id = ? AND m.active = 1 ORDER BY m.updated_at DESC LIMIT 1"),
                                            {staffId});
    if (!crew) {
        setError(crew.error().message);
        return false;
    }
    if (crew.value().next()) {
        crewId = crew.value().value(0).toString();
        crewName = crew.value().value(1).toString();
    }

    m_staffId = staffId;
    m_staffNo = staffNo;
    m_staffName = name;
    m_roles = roles;
    m_crewId = crewId;
    m_crewName = crewName;
    clearError();
    Q_EMIT changed();
    return true;
}

void Session::signOut()
{
    if (m_staffId.isEmpty())
        return;
    m_staffId.clear();
    m_staffNo.clear();
    m_staffName.clear();
    m_roles.clear();
    m_crewId.clear();
    m_crewName.clear();
    Q_EMIT changed();
}

void Session::clearError()
{
    setError({});
}

void Session::setError(const QString &message)
{
    if (message == m_errorMessage)
        return;
    m_errorMessage = message;
    Q_EMIT errorMessageChanged();
}
