#include "conflictmodel.h"

#include "conflictrepository.h"
#include "datasource.h"
#include "store.h"
#include "repoint.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcConflicts, "fielddesk.app.sync")

using namespace Qt::StringLiterals;

namespace {

QString asText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toInteger());
    return {};
}

// The column people know a record by, per kind; others are shown by id.
QString labelSql(const QString &entity)
{
    static const QHash<QString, QString> sql = {
        {u"ticket"_s, u"SELECT ticket_no || ' ' || title FROM tickets WHERE id = ?"_s},
        {u"customer"_s, u"SELECT name FROM customers WHERE id = ?"_s},
        {u"vehicle"_s, u"SELECT plate FROM vehicles WHERE id = ?"_s},
        {u"crew"_s, u"SELECT name FROM crews WHERE id = ?"_s},
        {u"staff"_s, u"SELECT name FROM staff WHERE id = ?"_s},
        {u"complaint"_s, u"SELECT complaint_no FROM complaints WHERE id = ?"_s},
    };
    return sql.value(entity);
}

} // namespace

ConflictModel::ConflictModel(QObject *parent) : QAbstractListModel(parent) {}

int ConflictModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConflictModel::openCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return r.resolution.isEmpty(); }));
}

QVariant ConflictModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case ConflictIdRole:
        return r.id;
    case EntityRole:
        return r.entity;
    case Qt::DisplayRole:
    case RecordLabelRole:
        return r.recordLabel;
    case FieldRole:
        return r.field;
    case MineRole:
        return r.mine;
    case TheirsRole:
        return r.theirs;
    case TheirStaffRole:
        return r.theirStaff;
    case AtRole:
        return double(r.at);
    case ResolvedRole:
        return !r.resolution.isEmpty();
    case ResolutionRole:
        return r.resolution;
    default:
        return {};
    }
}

QHash<int, QByteArray> ConflictModel::roleNames() const
{
    return {{ConflictIdRole, "conflictId"}, {EntityRole, "entity"},       {RecordLabelRole, "recordLabel"},
            {FieldRole, "field"},           {MineRole, "mine"},           {TheirsRole, "theirs"},
            {TheirStaffRole, "theirStaff"}, {AtRole, "at"},               {ResolvedRole, "resolved"},
            {ResolutionRole, "resolution"}};
}

void ConflictModel::setSource(DataSource *source)
{
    if (!repoint(m_source, source, &DataSource::changed, this, &ConflictModel::reload))
        return;
    reload();
    Q_EMIT sourceChanged();
}

void ConflictModel::reload()
{
    QList<Row> rows;
    if (m_source && m_source->store()) {
        fd::Store &store = *m_source->store();
        auto list = fd::ConflictRepository(store).list(kLimit);
        if (!list) {
            qCWarning(lcConflicts) << "conflicts:" << list.error().toString();
            return; // keep what is shown rather than pretend there is nothing
        }
        for (const fd::ConflictRecord &c : list.value()) {
            Row r{c.id, c.entity, c.entityId, c.field, asText(c.mine), asText(c.theirs), c.theirStaffId, c.at, c.resolution};
            if (const QString sql = labelSql(c.entity); !sql.isEmpty()) {
                if (auto label = store.db().scalarCached(sql, {c.entityId}); label && label.value().isValid())
                    r.recordLabel = label.value().toString();
            }
            if (auto name = store.db().scalarCached(u"SELECT name FROM staff WHERE id = ?"_s, {c.theirStaffId});
                name && name.value().isValid())
                r.theirStaff = name.value().toString();
            rows.append(r);
        }
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    Q_EMIT countChanged(); // the open count may change without the row count
}

QString ConflictModel::keepTheirs(int row, const QString &staffId)
{
    if (row < 0 || row >= m_rows.size() || !m_source || !m_source->store())
        return tr("This conflict is no longer in the list.");
    if (auto r = fd::ConflictRepository(*m_source->store()).keepTheirs(m_rows.at(row).id, staffId); !r)
        return r.error().message;
    m_source->notifyChanged();
    return {};
}

QString ConflictModel::reapplyMine(int row, const QString &staffId)
{
    if (row < 0 || row >= m_rows.size() || !m_source || !m_source->store())
        return tr("This conflict is no longer in the list.");
    if (auto r = fd::ConflictRepository(*m_source->store()).reapplyMine(m_rows.at(row).id, staffId); !r)
        return r.error().message;
    m_source->notifyChanged();
    return {};
}
