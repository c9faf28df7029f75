#include "outageboard.h"

#include "datasource.h"
#include "repoint.h"
#include "session.h"
#include "store.h"

#include <QDateTime>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcOutageBoard, "fielddesk.app.outage")

OutageBoard::OutageBoard(QObject *parent) : QAbstractListModel(parent) {}

int OutageBoard::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant OutageBoard::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const fd::OutageNotice &n = m_rows.at(index.row());
    switch (role) {
    case NoticeIdRole:
        return n.id;
    case KindRole:
        return n.kind;
    case ScopeRole:
        return n.scope;
    case Qt::DisplayRole:
    case TitleRole:
        return n.title;
    case DetailRole:
        return n.detail;
    case StartsAtRole:
        return double(n.startsAt);
    case ExpectedEndAtRole:
        return double(n.expectedEndAt);
    case StateRole:
        return n.state;
    case LatestTextRole:
        return n.latestText;
    case LatestAtRole:
        return double(n.latestAt);
    case OutletOnlyRole:
        return !n.outletId.isEmpty();
    default:
        return {};
    }
}

QHash<int, QByteArray> OutageBoard::roleNames() const
{
    return {{NoticeIdRole, "noticeId"},     {KindRole, "kind"},         {ScopeRole, "scope"},
            {TitleRole, "title"},           {DetailRole, "detail"},     {StartsAtRole, "startsAt"},
            {ExpectedEndAtRole, "expectedEndAt"}, {StateRole, "noticeState"}, {LatestTextRole, "latestText"},
            {LatestAtRole, "latestAt"},     {OutletOnlyRole, "outletOnly"}};
}

void OutageBoard::setSource(DataSource *source)
{
    if (!repoint(m_source, source, &DataSource::changed, this, &OutageBoard::reload))
        return;
    // Notices arrive by sync and planned ones come into force with time: the tick picks both up.
    if (m_source)
        connect(m_source, &DataSource::nowChanged, this, &OutageBoard::reload);
    Q_EMIT sourceChanged();
    reload();
}

void OutageBoard::setSession(Session *session)
{
    if (!repoint(m_session, session, &Session::changed, this, &OutageBoard::sessionChanged))
        return;
    Q_EMIT sessionChanged();
}

void OutageBoard::setListing(const QString &listing)
{
    if (listing == m_listing)
        return;
    m_listing = listing;
    Q_EMIT listingChanged();
    reload();
}

bool OutageBoard::canManage() const
{
    return m_session && m_session->signedIn()
        && (m_session->hasRole(QStringLiteral("supervisor")) || m_session->hasRole(QStringLiteral("admin")));
}

int OutageBoard::indexOf(const QString &noticeId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == noticeId)
            return int(i);
    }
    return -1;
}

QVariantList OutageBoard::updates(const QString &noticeId)
{
    QVariantList out;
    if (!m_source || !m_source->store() || noticeId.isEmpty())
        return out;
    auto n = fd::OutageRepository(*m_source->store()).get(noticeId);
    if (!n) {
        qCWarning(lcOutageBoard) << "notice" << noticeId << n.error().toString();
        return out;
    }
    for (const fd::OutageUpdate &u : n->updates)
        out.append(QVariantMap{{QStringLiteral("at"), double(u.at)}, {QStringLiteral("text"), u.text}});
    return out;
}

void OutageBoard::reload()
{
    QList<fd::OutageNotice> rows;
    if (m_source && m_source->store()) {
        using L = fd::OutageRepository::Listing;
        const L which = m_listing == QLatin1String("planned") ? L::Planned
                      : m_listing == QLatin1String("ended")   ? L::EndedRecently
                                                              : L::InForce;
        auto r = fd::OutageRepository(*m_source->store()).list(which);
        if (!r) {
            qCWarning(lcOutageBoard) << "outage notices:" << r.error().toString();
            setError(r.error().message);
        } else {
            rows = std::move(r).value();
        }
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    Q_EMIT countChanged();
}

QString OutageBoard::create(const QString &kind, const QString &scope, const QString &title, const QString &detail,
                            const QString &startsAt, const QString &expectedEndAt, bool outletOnly)
{
    if (!checkAllowed())
        return {};
    fd::NewOutage in;
    qint64 start = -1;
    if (!parseTime(startsAt, QStringLiteral("startsAt"), &start) || !parseTime(expectedEndAt, QStringLiteral("expectedEndAt"), &in.expectedEndAt))
        return {};
    in.kind = kind;
    in.scope = scope;
    in.title = title;
    in.detail = detail;
    in.startsAt = start < 0 ? 0 : start;
    in.outletOnly = outletOnly;
    auto r = fd::OutageRepository(*m_source->store()).create(in, m_session->staffId());
    return finish(r, QStringLiteral("new notice")) ? r->id : QString();
}

bool OutageBoard::update(const QString &noticeId, const QString &scope, const QString &detail, const QString &expectedEndAt)
{
    if (!checkAllowed())
        return false;
    fd::OutageEdit edit;
    qint64 end = -1;
    if (!parseTime(expectedEndAt, QStringLiteral("expectedEndAt"), &end))
        return false;
    edit.expectedEndAt = end;
    edit.scope = scope;
    edit.detail = detail;
    return finish(fd::OutageRepository(*m_source->store()).update(noticeId, edit, m_session->staffId()), noticeId);
}

bool OutageBoard::addUpdate(const QString &noticeId, const QString &text)
{
    if (!checkAllowed())
        return false;
    return finish(fd::OutageRepository(*m_source->store()).addUpdate(noticeId, text, m_session->staffId()), noticeId);
}

bool OutageBoard::end(const QString &noticeId, const QString &text)
{
    if (!checkAllowed())
        return false;
    return finish(fd::OutageRepository(*m_source->store()).end(noticeId, text, m_session->staffId()), noticeId);
}

bool OutageBoard::checkAllowed()
{
    if (m_source && m_source->store() && canManage())
        return true;
    setError(tr("Outage notices are published and changed by supervisors."));
    return false;
}

bool OutageBoard::parseTime(const QString &text, const QString &field, qint64 *ms)
{
    const QString t = text.simplified();
    if (t.isEmpty()) {
        *ms = -1;
        return true;
    }
    QDateTime at = QDateTime::fromString(t, QStringLiteral("yyyy-MM-dd HH:mm"));
    if (!at.isValid()) {
        // Without a year: this year's, by the store's clock.
        const int year = QDateTime::fromMSecsSinceEpoch(m_source->store()->nowMs()).date().year();
        at = QDateTime::fromString(QString::number(year) + QLatin1Char('-') + t, QStringLiteral("yyyy-MM-dd HH:mm"));
    }
    if (!at.isValid()) {
        setError(tr("Write the time as 2026-03-02 14:30."), field);
        return false;
    }
    *ms = at.toMSecsSinceEpoch();
    return true;
}

bool OutageBoard::finish(const fd::Result<fd::OutageNotice> &result, const QString &what)
{
    if (!result) {
        qCInfo(lcOutageBoard) << what << result.error().toString();
        setError(result.error().message, result.error().field);
        return false;
    }
    clearError();
    m_source->notifyChanged();
    return true;
}

void OutageBoard::clearError()
{
    setError({});
}

void OutageBoard::setError(const QString &message, const QString &field)
{
    if (message == m_errorMessage && field == m_errorField)
        return;
    m_errorMessage = message;
    m_errorField = field;
    Q_EMIT errorChanged();
}
