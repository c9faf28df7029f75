#include "dispatchqueuemodel.h"

#include "rowdiff.h"

namespace {
QStringList keys(const QList<fd::DispatchQueueEntry> &rows)
{
    QStringList out;
    out.reserve(rows.size());
    for (const fd::DispatchQueueEntry &r : rows)
        out << r.ticket.id;
    return out;
}
} // namespace

DispatchQueueModel::DispatchQueueModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int DispatchQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant DispatchQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const fd::DispatchQueueEntry &e = m_rows.at(index.row());
    const fd::TicketSummary &t = e.ticket;
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return t.title;
    case TicketIdRole:
        return t.id;
    case TicketNoRole:
        return t.ticketNo;
    case AddressRole:
        return t.address;
    case CustomerNameRole:
        return t.customerName;
    case StateRole:
        return fd::TicketWorkflow::toString(t.state);
    case PriorityRole:
        return t.priority;
    case StateAtRole:
        return double(t.stateAt);
    case DueAtRole:
        return double(t.dueAt);
    case ReportedAtRole:
        return double(t.reportedAt);
    case ReturnReasonRole:
        return e.returnReason;
    case ReturnedByRole:
        return e.returnedBy;
    case ReturnedAtRole:
        return double(e.returnedAt);
    default:
        return {};
    }
}

QHash<int, QByteArray> DispatchQueueModel::roleNames() const
{
    return { { TicketIdRole, "ticketId" }, { TicketNoRole, "ticketNo" }, { TitleRole, "title" },
        { AddressRole, "address" }, { CustomerNameRole, "customerName" }, { StateRole, "ticketState" },
        { PriorityRole, "priority" }, { StateAtRole, "stateAt" }, { DueAtRole, "dueAt" },
        { ReportedAtRole, "reportedAt" }, { ReturnReasonRole, "returnReason" },
        { ReturnedByRole, "returnedBy" }, { ReturnedAtRole, "returnedAt" } };
}

void DispatchQueueModel::setRows(QList<fd::DispatchQueueEntry> rows)
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

int DispatchQueueModel::indexOf(const QString &ticketId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).ticket.id == ticketId)
            return i;
    }
    return -1;
}

const fd::DispatchQueueEntry *DispatchQueueModel::find(const QString &ticketId) const
{
    const int i = indexOf(ticketId);
    return i < 0 ? nullptr : &m_rows.at(i);
}
