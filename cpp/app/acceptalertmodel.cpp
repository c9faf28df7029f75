#include "acceptalertmodel.h"

#include "rowdiff.h"

namespace {
QStringList keys(const QList<fd::AcceptAlert> &rows)
{
    QStringList out;
    out.reserve(rows.size());
    for (const fd::AcceptAlert &r : rows)
        out << r.eventId;
    return out;
}
} // namespace

AcceptAlertModel::AcceptAlertModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int AcceptAlertModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant AcceptAlertModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const fd::AcceptAlert &a = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NoteRole:
        return a.note;
    case EventIdRole:
        return a.eventId;
    case TicketIdRole:
        return a.ticketId;
    case TicketNoRole:
        return a.ticketNo;
    case TitleRole:
        return a.title;
    case CrewNameRole:
        return a.crewName;
    case StateRole:
        return fd::TicketWorkflow::toString(a.state);
    case HandedOverAtRole:
        return double(a.handedOverAt);
    case RaisedAtRole:
        return double(a.raisedAt);
    default:
        return {};
    }
}

QHash<int, QByteArray> AcceptAlertModel::roleNames() const
{
    return { { EventIdRole, "eventId" }, { TicketIdRole, "ticketId" }, { TicketNoRole, "ticketNo" },
        { TitleRole, "title" }, { CrewNameRole, "crewName" }, { StateRole, "ticketState" },
        { HandedOverAtRole, "handedOverAt" }, { RaisedAtRole, "raisedAt" }, { NoteRole, "note" } };
}

void AcceptAlertModel::setRows(QList<fd::AcceptAlert> rows)
{
    const QStringList before = keys(m_rows);
    const QStringList after = keys(rows);
    const bool countChanges = rows.size() != m_rows.size();
    if (before == after) {
        m_rows = std::move(rows);
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
    } else if (const auto runs = RowDiff::removedRuns(before, after)) {
        for (const auto &[first, last] : *runs) {
            beginRemoveRows({}, first, last);
            m_rows.remove(first, last - first + 1);
            endRemoveRows();
        }
        m_rows = std::move(rows);
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
    } else {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }
    if (countChanges)
        Q_EMIT countChanged();
}
