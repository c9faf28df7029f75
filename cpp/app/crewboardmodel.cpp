#include "crewboardmodel.h"

#include "rowdiff.h"

namespace {
QStringList keys(const QList<fd::CrewBoardEntry> &rows)
{
    QStringList out;
    out.reserve(rows.size());
    for (const fd::CrewBoardEntry &r : rows)
        out << r.id;
    return out;
}
} // namespace

CrewBoardModel::CrewBoardModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int CrewBoardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant CrewBoardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const fd::CrewBoardEntry &c = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return c.name;
    case CrewIdRole:
        return c.id;
    case StatusRole:
        return c.status;
    case StatusNoteRole:
        return c.statusNote;
    case AwayUntilRole:
        return double(c.awayUntil);
    case VehiclePlateRole:
        return c.vehiclePlate;
    case MembersRole:
        return c.members;
    case OpenLoadRole:
        return c.openLoad;
    case VehicleBusyRole:
        return c.vehicleBusy;
    default:
        return {};
    }
}

QHash<int, QByteArray> CrewBoardModel::roleNames() const
{
    return { { CrewIdRole, "crewId" }, { NameRole, "name" }, { StatusRole, "status" },
        { StatusNoteRole, "statusNote" }, { AwayUntilRole, "awayUntil" },
        { VehiclePlateRole, "vehiclePlate" }, { MembersRole, "members" }, { OpenLoadRole, "openLoad" },
        { VehicleBusyRole, "vehicleBusy" } };
}

void CrewBoardModel::setRows(QList<fd::CrewBoardEntry> rows)
{
    const bool countChanges = rows.size() != m_rows.size();
    if (keys(rows) == keys(m_rows)) {
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

int CrewBoardModel::indexOf(const QString &crewId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == crewId)
            return i;
    }
    return -1;
}
