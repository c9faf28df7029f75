#include "complaintlistmodel.h"

#include "datasource.h"
#include "repoint.h"
#include "staffrepository.h"
#include "store.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcComplaintList, "fielddesk.app.complaints")

ComplaintListModel::ComplaintListModel(QObject *parent) : QAbstractListModel(parent) {}

int ComplaintListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ComplaintListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    using W = fd::ComplaintWorkflow;
    const fd::ComplaintRecord &c = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case ComplaintNoRole:
        return c.complaintNo;
    case ComplaintIdRole:
        return c.id;
    case ComplainantNameRole:
        return c.complainantName;
    case ChannelRole:
        return W::toString(c.channel);
    case CategoryRole:
        return W::toString(c.category);
    case LevelRole:
        return W::toString(c.status.level);
    case StateRole:
        return W::toString(c.status.state);
    case EmergencyRole:
        return c.emergency;
    case DepartmentRole:
        return c.department;
    case OwnerNameRole:
        return m_staffNames.value(c.ownerStaffId);
    case DueAtRole:
        return double(c.dueAt);
    case ReceivedAtRole:
        return double(c.receivedAt);
    case OverdueRole:
        return isOverdue(c);
    default:
        return {};
    }
}

QHash<int, QByteArray> ComplaintListModel::roleNames() const
{
    return {{ComplaintIdRole, "complaintId"},   {ComplaintNoRole, "complaintNo"}, {ComplainantNameRole, "complainantName"},
            {ChannelRole, "channel"},           {CategoryRole, "category"},       {LevelRole, "level"},
            {StateRole, "complaintState"},      {EmergencyRole, "emergency"},     {DepartmentRole, "department"},
            {OwnerNameRole, "ownerName"},       {DueAtRole, "dueAt"},             {ReceivedAtRole, "receivedAt"},
            {OverdueRole, "overdue"}};
}

bool ComplaintListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && ready() && m_hasMore;
}

void ComplaintListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    if (m_notifying) {
        // Asked from a slot of our own modelReset or rowsInserted (views and QAbstractItemModelTester
        // do that): inserting rows inside that notification would nest two changes. Fetch once it is over.
        if (!m_fetchQueued) {
            m_fetchQueued = true;
            QMetaObject::invokeMethod(this, [this] {
                m_fetchQueued = false;
                fetchMore({});
            }, Qt::QueuedConnection);
        }
        return;
    }
    auto page = fd::ComplaintRepository(*m_source->store()).openByDue(kPageSize, int(m_rows.size()));
    if (!page) {
        setError(page.error().message);
        m_hasMore = false;
        return;
    }
    const QList<fd::ComplaintRecord> &rows = page.value();
    m_hasMore = rows.size() == kPageSize;
    if (rows.isEmpty()) {
        Q_EMIT countChanged();
        return;
    }
    for (const fd::ComplaintRecord &c : rows)
        ownerName(c.ownerStaffId);
    m_notifying = true;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
    m_rows += rows;
    endInsertRows();
    m_notifying = false;
    Q_EMIT countChanged();
}

void ComplaintListModel::classBegin()
{
    m_complete = false;
}

void ComplaintListModel::componentComplete()
{
    m_complete = true;
    reload();
}

void ComplaintListModel::setSource(DataSource *source)
{
    if (!repoint(m_source, source, &DataSource::changed, this, &ComplaintListModel::reload))
        return;
    if (m_source)
        connect(m_source, &DataSource::nowChanged, this, &ComplaintListModel::onNow);
    Q_EMIT sourceChanged();
    reload();
}

bool ComplaintListModel::ready() const
{
    return m_complete && m_source && m_source->store();
}

bool ComplaintListModel::isOverdue(const fd::ComplaintRecord &c) const
{
    return m_source && fd::ComplaintDeadlinePolicy::overdue(c.dueAt, m_source->nowMs());
}

int ComplaintListModel::overdueCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [this](const fd::ComplaintRecord &c) { return isOverdue(c); }));
}

QString ComplaintListModel::ownerName(const QString &staffId)
{
    if (staffId.isEmpty() || m_staffNames.contains(staffId))
        return m_staffNames.value(staffId);
    auto member = fd::StaffRepository(*m_source->store()).get(staffId);
    const QString name = member ? member->name : QString();
    m_staffNames.insert(staffId, name);
    return name;
}

void ComplaintListModel::reload()
{
    if (!m_complete)
        return;
    QList<fd::ComplaintRecord> rows;
    bool hasMore = false;
    QString error;
    if (ready()) {
        // As many as were loaded, so a change made from a row far down keeps that row in the list.
        const int want = std::max(kPageSize, int(m_rows.size()));
        auto page = fd::ComplaintRepository(*m_source->store()).openByDue(want, 0);
        if (page) {
            rows = page.value();
            hasMore = rows.size() == want;
            for (const fd::ComplaintRecord &c : std::as_const(rows))
                ownerName(c.ownerStaffId);
        } else {
            qCWarning(lcComplaintList) << "open complaints:" << page.error().toString();
            error = page.error().message;
        }
    }
    m_notifying = true;
    beginResetModel();
    m_rows = std::move(rows);
    m_hasMore = hasMore;
    endResetModel();
    m_notifying = false;
    setError(error);
    Q_EMIT countChanged();
}

int ComplaintListModel::indexOf(const QString &complaintId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == complaintId)
            return i;
    }
    return -1;
}

void ComplaintListModel::onNow()
{
    // Complaints do not leave the list as time passes; only their overdue flag changes.
    if (m_rows.isEmpty())
        return;
    Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), {OverdueRole});
    Q_EMIT countChanged();
}

void ComplaintListModel::setError(const QString &message)
{
    if (message == m_errorMessage)
        return;
    m_errorMessage = message;
    Q_EMIT errorMessageChanged();
}
