#include "outagenoticemodel.h"

#include "datasource.h"
#include "store.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcOutage, "fielddesk.app.outage")

OutageNoticeModel::OutageNoticeModel(QObject *parent) : QAbstractListModel(parent) {}

int OutageNoticeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant OutageNoticeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Notice &n = m_rows.at(index.row());
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
    default:
        return {};
    }
}

QHash<int, QByteArray> OutageNoticeModel::roleNames() const
{
    return {{NoticeIdRole, "noticeId"}, {KindRole, "kind"},     {ScopeRole, "scope"},          {TitleRole, "title"},
            {DetailRole, "detail"},     {StartsAtRole, "startsAt"}, {ExpectedEndAtRole, "expectedEndAt"}};
}

void OutageNoticeModel::setSource(DataSource *source)
{
    if (source == m_source)
        return;
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    m_source = source;
    if (m_source) {
        connect(m_source, &DataSource::changed, this, &OutageNoticeModel::reload);
        // Notices arrive by sync from other devices; the 30 s tick picks them up.
        connect(m_source, &DataSource::nowChanged, this, &OutageNoticeModel::reload);
    }
    Q_EMIT sourceChanged();
    reload();
}

void OutageNoticeModel::reload()
{
    QList<Notice> rows;
    if (m_source && m_source->store()) {
        fd::Store &store = *m_source->store();
        auto r = store.db().run(QStringLiteral("SELECT id, kind, scope, title, detail, starts_at, expected_end_at FROM outage_notices"
                                               // A planned notice is in force from its start on,
                                               // whether or not anyone has marked it active yet.
                                               " WHERE (state = 'active' OR (state = 'planned' AND starts_at <= ?))"
                                               " AND (outlet_id IS NULL OR outlet_id = ?)"
                                               " ORDER BY starts_at DESC, id LIMIT 5"),
                                {m_source->nowMs(), store.identity().outletId});
        if (!r) {
            qCWarning(lcOutage) << "outage notices:" << r.error().toString();
        } else {
            while (r.value().next()) {
                const QSqlQuery &q = r.value();
                rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                             q.value(4).toString(), q.value(5).toLongLong(), q.value(6).isNull() ? -1 : q.value(6).toLongLong()});
            }
        }
    }
    const bool same = std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(), m_rows.cend(), [](const Notice &a, const Notice &b) {
        return a.id == b.id && a.title == b.title && a.detail == b.detail && a.expectedEndAt == b.expectedEndAt;
    });
    if (same)
        return;
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    Q_EMIT countChanged();
}
