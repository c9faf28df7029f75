#include "ticketlistmodel.h"

#include "datasource.h"
#include "store.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcTicketList, "fielddesk.app.tickets")

TicketListModel::TicketListModel(QObject *parent) : QAbstractListModel(parent) {}

int TicketListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant TicketListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const fd::TicketSummary &t = m_rows.at(index.row());
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
    case CrewIdRole:
        return t.crewId;
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
    case OverdueRole:
        return t.dueAt >= 0 && m_source && t.dueAt < m_source->nowMs();
    default:
        return {};
    }
}

QHash<int, QByteArray> TicketListModel::roleNames() const
{
    return {{TicketIdRole, "ticketId"},     {TicketNoRole, "ticketNo"}, {TitleRole, "title"},
            {AddressRole, "address"},       {CustomerNameRole, "customerName"},
            {CrewIdRole, "crewId"},         {StateRole, "ticketState"},       {PriorityRole, "priority"},
            {StateAtRole, "stateAt"},       {DueAtRole, "dueAt"},       {ReportedAtRole, "reportedAt"},
            {OverdueRole, "overdue"}};
}

bool TicketListModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.isValid() || !ready())
        return false;
    return m_scope == Crew ? m_rows.size() < m_total : m_hasMore;
}

void TicketListModel::fetchMore(const QModelIndex &parent)
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
    auto page = fetchPage(kPageSize, int(m_rows.size()));
    if (!page) {
        setError(page.error().message);
        m_hasMore = false;
        return;
    }
    const QList<fd::TicketSummary> &rows = page.value();
    m_hasMore = rows.size() == kPageSize;
    if (rows.isEmpty()) {
        // The list shrank since it was counted (another device finished tickets): stop asking.
        m_total = int(m_rows.size());
        Q_EMIT countChanged();
        return;
    }
    m_notifying = true;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
    m_rows += rows;
    endInsertRows();
    m_notifying = false;
    Q_EMIT countChanged();
}

void TicketListModel::classBegin()
{
    m_complete = false;
}

void TicketListModel::componentComplete()
{
    m_complete = true;
    reload();
}

void TicketListModel::setSource(DataSource *source)
{
    if (source == m_source)
        return;
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    m_source = source;
    if (m_source) {
        connect(m_source, &DataSource::changed, this, &TicketListModel::refresh);
        connect(m_source, &DataSource::nowChanged, this, &TicketListModel::onNow);
    }
    Q_EMIT sourceChanged();
    reload();
}

void TicketListModel::setScope(Scope scope)
{
    if (scope == m_scope)
        return;
    m_scope = scope;
    Q_EMIT scopeChanged();
    reload();
}

void TicketListModel::setCrewId(const QString &crewId)
{
    if (crewId == m_crewId)
        return;
    m_crewId = crewId;
    Q_EMIT crewIdChanged();
    reload();
}

bool TicketListModel::ready() const
{
    return m_complete && m_source && m_source->store() && (m_scope == Overdue || !m_crewId.isEmpty());
}

fd::Result<QList<fd::TicketSummary>> TicketListModel::fetchPage(int limit, int offset)
{
    fd::TicketRepository tickets(*m_source->store());
    if (m_scope == Crew)
        return tickets.forCrew(m_crewId, limit, offset);
    // Scrolling on: the page after the last row held, found through the index, not by counting
    // past every earlier row.
    if (offset > 0 && offset == m_rows.size())
        return tickets.overdueAfter(m_source->nowMs(), m_rows.constLast(), limit);
    return tickets.overdue(m_source->nowMs(), limit, offset);
}

void TicketListModel::updateTotal()
{
    if (m_scope == Overdue) {
        m_total = -1;
        return;
    }
    auto n = fd::TicketRepository(*m_source->store()).countForCrew(m_crewId);
    if (!n) {
        setError(n.error().message);
        m_total = int(m_rows.size());
        return;
    }
    m_total = n.value();
}

void TicketListModel::reload()
{
    if (!m_complete)
        return;
    beginReset();
    m_rows.clear();
    m_total = 0;
    m_hasMore = false;
    setError({});
    if (ready()) {
        updateTotal();
        auto page = fetchPage(kPageSize, 0);
        if (page) {
            m_rows = page.value();
            m_hasMore = m_rows.size() == kPageSize;
        } else {
            qCWarning(lcTicketList) << "crew" << m_crewId << page.error().toString();
            setError(page.error().message);
        }
    }
    endReset();
    Q_EMIT countChanged();
}

void TicketListModel::beginReset()
{
    m_notifying = true;
    beginResetModel();
}

void TicketListModel::endReset()
{
    endResetModel();
    m_notifying = false;
}

void TicketListModel::refresh()
{
    if (!ready()) {
        reload();
        return;
    }
    const int want = std::max(kPageSize, int(m_rows.size()));
    auto page = fetchPage(want, 0);
    if (!page) {
        setError(page.error().message);
        return;
    }
    setError({});
    updateTotal();
    QList<fd::TicketSummary> rows = page.value();
    const bool sameTickets = std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(), m_rows.cend(),
                                        [](const fd::TicketSummary &a, const fd::TicketSummary &b) { return a.id == b.id; });
    const bool hasMore = m_scope == Crew ? rows.size() < m_total : rows.size() == want;
    if (sameTickets) {
        m_rows = std::move(rows);
        m_hasMore = hasMore;
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
    } else {
        beginReset();
        m_rows = std::move(rows);
        m_hasMore = hasMore;
        endReset();
    }
    Q_EMIT countChanged();
}

int TicketListModel::indexOf(const QString &ticketId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == ticketId)
            return i;
    }
    return -1;
}

void TicketListModel::onNow()
{
    if (m_scope == Overdue) {
        // Tickets become overdue as time passes: the list itself changes.
        refresh();
    } else if (!m_rows.isEmpty()) {
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), {OverdueRole});
    }
}

void TicketListModel::setError(const QString &message)
{
    if (message == m_errorMessage)
        return;
    m_errorMessage = message;
    Q_EMIT errorMessageChanged();
}
