#include "closeoutboard.h"

#include "datasource.h"
#include "session.h"
#include "store.h"
#include "repoint.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcCloseOut, "fielddesk.app.closeout")

CloseOutBoard::CloseOutBoard(QObject *parent)
    : QAbstractListModel(parent)
{ }

int CloseOutBoard::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant CloseOutBoard::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const fd::CloseOutItem &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TicketNoRole:
        return r.ticket.ticketNo;
    case TicketIdRole:
        return r.ticket.id;
    case TitleRole:
        return r.ticket.title;
    case ContactNameRole:
        return r.contactName;
    case ContactPhoneRole:
        return r.contactPhone;
    case FinishedAtRole:
        return double(r.finishedAt);
    case CallbackDueAtRole:
        return double(r.callbackDueAt);
    case AttemptsRole:
        return r.attempts;
    case NextAttemptAtRole:
        return double(r.nextAttemptAt);
    default:
        return {};
    }
}

QHash<int, QByteArray> CloseOutBoard::roleNames() const
{
    return { { TicketIdRole, "ticketId" }, { TicketNoRole, "ticketNo" }, { TitleRole, "title" },
        { ContactNameRole, "contactName" }, { ContactPhoneRole, "contactPhone" },
        { FinishedAtRole, "finishedAt" }, { CallbackDueAtRole, "callbackDueAt" },
        { AttemptsRole, "attempts" }, { NextAttemptAtRole, "nextAttemptAt" } };
}

void CloseOutBoard::setSource(DataSource *source)
{
    if (!repoint(m_source, source, &DataSource::changed, this, &CloseOutBoard::reload))
        return;
    Q_EMIT sourceChanged();
    reload();
}

void CloseOutBoard::setSession(Session *session)
{
    if (!repoint(m_session, session, &Session::changed, this, &CloseOutBoard::sessionChanged))
        return;
    Q_EMIT sessionChanged();
}

bool CloseOutBoard::canRecord() const
{
    return m_session && m_session->signedIn() && m_session->mode() == QLatin1String("counter")
        && (m_session->hasRole(QStringLiteral("counter")) || m_session->hasRole(QStringLiteral("supervisor"))
            || m_session->hasRole(QStringLiteral("admin")));
}

int CloseOutBoard::indexOf(const QString &ticketId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).ticket.id == ticketId)
            return int(i);
    }
    return -1;
}

void CloseOutBoard::reload()
{
    QList<fd::CloseOutItem> rows;
    int total = 0;
    if (m_source && m_source->store()) {
        fd::CloseOutRepository repo(*m_source->store());
        auto page = repo.queue(kMaxRows);
        auto all = repo.count();
        if (!page || !all) {
            const fd::Error &e = !page ? page.error() : all.error();
            qCWarning(lcCloseOut) << "close-out queue:" << e.toString();
            setError(e.message);
        } else {
            rows = std::move(page).value();
            total = all.value();
        }
    }
    beginResetModel();
    m_rows = std::move(rows);
    m_total = total;
    endResetModel();
    Q_EMIT countChanged();
}

bool CloseOutBoard::record(const QString &ticketId, bool reached, const QString &method, int satisfaction,
    const QString &verdict, const QString &suggestions)
{
    if (!m_source || !m_source->store() || !canRecord()) {
        setError(tr("Callbacks are recorded by counter staff, signed in at a counter."));
        return false;
    }
    fd::CallbackInput in;
    in.reached = reached;
    in.method = method;
    in.satisfaction = satisfaction;
    in.verdict = verdict;
    in.suggestions = suggestions;
    auto r = fd::CloseOutRepository(*m_source->store()).recordCallback(ticketId, in, m_session->staffId());
    if (!r) {
        qCInfo(lcCloseOut) << "ticket" << ticketId << r.error().toString();
        setError(r.error().message, r.error().field);
        return false;
    }
    clearError();
    m_source->notifyChanged();
    return true;
}

void CloseOutBoard::clearError()
{
    setError({});
}

void CloseOutBoard::setError(const QString &message, const QString &field)
{
    if (message == m_errorMessage && field == m_errorField)
        return;
    m_errorMessage = message;
    m_errorField = field;
    Q_EMIT errorChanged();
}
