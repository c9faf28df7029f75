#include "syncerrormodel.h"

#include "datasource.h"
#include "store.h"
#include "repoint.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSyncErrors, "fielddesk.app.sync")

SyncErrorModel::SyncErrorModel(QObject *parent) : QAbstractListModel(parent) {}

int SyncErrorModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SyncErrorModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case OpIdRole:
        return r.opId;
    case KindRole:
        return r.kind;
    case EntityRole:
        return r.entity;
    case EntityIdRole:
        return r.entityId;
    case CodeRole:
        return r.code;
    case Qt::DisplayRole:
    case MessageRole:
        return r.message;
    case CreatedAtRole:
        return double(r.createdAt);
    case ChangeCountRole:
        return r.changes;
    default:
        return {};
    }
}

QHash<int, QByteArray> SyncErrorModel::roleNames() const
{
    return {{OpIdRole, "opId"},       {KindRole, "kind"},         {EntityRole, "entity"},
            {EntityIdRole, "entityId"}, {CodeRole, "code"},       {MessageRole, "message"},
            {CreatedAtRole, "createdAt"}, {ChangeCountRole, "changeCount"}};
}

void SyncErrorModel::setSource(DataSource *source)
{
    if (!repoint(m_source, source, &DataSource::changed, this, &SyncErrorModel::reload))
        return;
    reload();
    Q_EMIT sourceChanged();
}

void SyncErrorModel::reload()
{
    QList<Row> rows;
    if (m_source && m_source->store()) {
        auto failed = m_source->store()->outbox().failed(kLimit);
        if (!failed) {
            qCWarning(lcSyncErrors) << "sync errors:" << failed.error().toString();
            return; // keep what is shown rather than pretend the list is empty
        }
        QHash<QString, qsizetype> byTx;
        for (const fd::OutboxOp &op : failed.value()) {
            const auto it = byTx.constFind(op.txId);
            if (it != byTx.cend()) {
                ++rows[it.value()].changes;
                continue;
            }
            byTx.insert(op.txId, rows.size());
            rows.append({op.opId, op.kind, op.entityKind, op.entityId, op.errorCode, op.errorMessage, op.createdAt, 1});
        }
    }
    beginResetModel();
    const bool countChanges = rows.size() != m_rows.size();
    m_rows = std::move(rows);
    endResetModel();
    if (countChanges)
        Q_EMIT countChanged();
}

QString SyncErrorModel::retry(int row)
{
    if (row < 0 || row >= m_rows.size() || !m_source || !m_source->store())
        return tr("This change is no longer in the list.");
    if (auto r = m_source->store()->outbox().retry(m_rows.at(row).opId); !r)
        return r.error().message;
    m_source->notifyChanged();
    return {};
}

QString SyncErrorModel::discard(int row)
{
    if (row < 0 || row >= m_rows.size() || !m_source || !m_source->store())
        return tr("This change is no longer in the list.");
    if (auto r = m_source->store()->outbox().discard(m_rows.at(row).opId); !r)
        return r.error().message;
    m_source->notifyChanged();
    return {};
}
