#include "timelinemodel.h"

#include "datasource.h"
#include "staffrepository.h"
#include "store.h"
#include "repoint.h"

TimelineModel::TimelineModel(QObject *parent) : QAbstractListModel(parent) {}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const fd::TicketEventRow &e = m_rows.at(index.row());
    switch (role) {
    case EventIdRole:
        return e.id;
    case KindRole:
        return e.kind;
    case Qt::DisplayRole:
    case EventRole:
        return e.event;
    case FromStateRole:
        return e.fromState;
    case ToStateRole:
        return e.toState;
    case AtRole:
        return double(e.at);
    case StaffNameRole:
        return m_staffNames.value(e.staffId);
    case NoteRole:
        return e.note;
    default:
        return {};
    }
}

QHash<int, QByteArray> TimelineModel::roleNames() const
{
    return {{EventIdRole, "eventId"}, {KindRole, "kind"}, {EventRole, "event"}, {FromStateRole, "fromState"},
            {ToStateRole, "toState"}, {AtRole, "at"},     {StaffNameRole, "staffName"}, {NoteRole, "note"}};
}

void TimelineModel::setSource(DataSource *source)
{
    if (!repoint(m_source, source, &DataSource::changed, this, &TimelineModel::reload))
        return;
    Q_EMIT sourceChanged();
    reload();
}

void TimelineModel::setTicketId(const QString &ticketId)
{
    if (ticketId == m_ticketId)
        return;
    m_ticketId = ticketId;
    Q_EMIT ticketIdChanged();
    reload();
}

QString TimelineModel::staffName(const QString &staffId)
{
    if (staffId.isEmpty() || m_staffNames.contains(staffId))
        return m_staffNames.value(staffId);
    auto member = fd::StaffRepository(*m_source->store()).get(staffId);
    const QString name = member ? member->name : QString();
    m_staffNames.insert(staffId, name);
    return name;
}

void TimelineModel::reload()
{
    QList<fd::TicketEventRow> rows;
    QString error;
    if (m_source && m_source->store() && !m_ticketId.isEmpty()) {
        auto r = fd::TicketRepository(*m_source->store()).timeline(m_ticketId);
        if (r) {
            rows = r.value();
            for (const fd::TicketEventRow &e : std::as_const(rows))
                staffName(e.staffId);
        } else {
            error = r.error().message;
        }
    }
    beginResetModel();
    m_rows = std::move(rows);
    m_errorMessage = error;
    endResetModel();
    Q_EMIT countChanged();
}
