#include "ticketlistmodel.h"

#include "datasource.h"
#include "store.h"

#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcTicketList, "fielddesk.app.tickets")

TicketListModel::TicketListModel(QObject *parent) : QAbstractListModel(parent) {}

int TicketListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int TicketListModel::rowsHeld() const
{
    int n = 0;
    for (const Page &p : m_pages)
        n += int(p.rows.size());
    return n;
}

void TicketListModel::touch(int page) const
{
    m_pages[page].used = ++m_useClock;
}

const fd::TicketSummary *TicketListModel::rowAt(int row) const
{
    const int index = row / kPageSize;
    if (index >= m_pages.size())
        return nullptr;
    if (!m_pages.at(index).held) {
        // An evicted page: read it again from its anchor and drop the least recently used one.
        auto rows = readPage(index);
        if (!rows) {
            qCWarning(lcTicketList) << "page" << index << rows.error().toString();
            return nullptr;
        }
        Page &p = m_pages[index];
        p.rows = std::move(rows).value();
        p.held = true;
        touch(index);
        evict();
    } else {
        touch(index);
    }
    const Page &p = m_pages.at(index);
    const int at = row % kPageSize;
    return at < p.rows.size() ? &p.rows.at(at) : nullptr;
}

void TicketListModel::evict() const
{
    int held = 0;
    for (const Page &p : m_pages)
        held += p.held ? 1 : 0;
    while (held > kPagesHeld) {
        int oldest = -1;
        for (int i = 0; i < m_pages.size(); ++i) {
            if (m_pages.at(i).held && (oldest < 0 || m_pages.at(i).used < m_pages.at(oldest).used))
                oldest = i;
        }
        m_pages[oldest].rows = {};
        m_pages[oldest].held = false;
        --held;
    }
}

bool TicketListModel::allHeld() const
{
    return std::all_of(m_pages.cbegin(), m_pages.cend(), [](const Page &p) { return p.held; });
}

void TicketListModel::appendPage(QList<fd::TicketSummary> rows, const fd::TicketSummary *before)
{
    Page p;
    p.size = int(rows.size());
    if (before) {
        p.afterDueAt = before->dueAt;
        p.afterLocalNo = before->localNo;
    }
    p.rows = std::move(rows);
    p.held = true;
    m_pages.append(std::move(p));
    touch(int(m_pages.size()) - 1);
    evict();
}

void TicketListModel::setPages(const QList<fd::TicketSummary> &rows)
{
    m_pages.clear();
    for (qsizetype at = 0; at < rows.size(); at += kPageSize)
        appendPage(rows.mid(at, kPageSize), at > 0 ? &rows.at(at - 1) : nullptr);
    m_rowCount = int(rows.size());
    m_last = rows.isEmpty() ? fd::TicketSummary{} : rows.constLast();
}

fd::Result<QList<fd::TicketSummary>> TicketListModel::readPage(int page) const
{
    fd::TicketRepository tickets(*m_source->store());
    if (m_scope == Crew)
        return tickets.forCrew(m_crewId, kPageSize, page * kPageSize);
    if (page == 0)
        return tickets.overdue(m_source->nowMs(), kPageSize, 0);
    fd::TicketSummary before;
    before.dueAt = m_pages.at(page).afterDueAt;
    before.localNo = m_pages.at(page).afterLocalNo;
    return tickets.overdueAfter(m_source->nowMs(), before, kPageSize);
}

QVariant TicketListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const fd::TicketSummary *row = rowAt(index.row());
    if (!row)
        return {};
    const fd::TicketSummary &t = *row;
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
    return m_scope == Crew ? m_rowCount < m_total : m_hasMore;
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
    auto page = fetchPage(kPageSize, m_rowCount);
    if (!page) {
        setError(page.error().message);
        m_hasMore = false;
        return;
    }
    const QList<fd::TicketSummary> &rows = page.value();
    m_hasMore = rows.size() == kPageSize;
    if (rows.isEmpty()) {
        // The list shrank since it was counted (another device finished tickets): stop asking.
        m_total = m_rowCount;
        Q_EMIT countChanged();
        return;
    }
    m_notifying = true;
    beginInsertRows({}, m_rowCount, m_rowCount + int(rows.size()) - 1);
    const fd::TicketSummary before = m_last;
    m_last = rows.constLast();
    m_rowCount += int(rows.size());
    appendPage(rows, m_pages.isEmpty() ? nullptr : &before);
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
    if (offset > 0 && offset == m_rowCount)
        return tickets.overdueAfter(m_source->nowMs(), m_last, limit);
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
        m_total = m_rowCount;
        return;
    }
    m_total = n.value();
}

void TicketListModel::reload()
{
    if (!m_complete)
        return;
    beginReset();
    m_pages.clear();
    m_rowCount = 0;
    m_last = {};
    m_total = 0;
    m_hasMore = false;
    setError({});
    if (ready()) {
        updateTotal();
        auto page = fetchPage(kPageSize, 0);
        if (page) {
            setPages(page.value());
            m_hasMore = m_rowCount == kPageSize;
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
    if (!allHeld()) {
        // Pages were dropped while scrolling: comparing every row would read them all again.
        // Start over at the first page.
        reload();
        return;
    }
    QList<fd::TicketSummary> current;
    for (const Page &p : std::as_const(m_pages))
        current += p.rows;
    const int want = std::max(kPageSize, m_rowCount);
    auto page = fetchPage(want, 0);
    if (!page) {
        setError(page.error().message);
        return;
    }
    setError({});
    updateTotal();
    QList<fd::TicketSummary> rows = page.value();
    const bool sameTickets = std::equal(rows.cbegin(), rows.cend(), current.cbegin(), current.cend(),
                                        [](const fd::TicketSummary &a, const fd::TicketSummary &b) { return a.id == b.id; });
    const bool hasMore = m_scope == Crew ? rows.size() < m_total : rows.size() == want;
    if (sameTickets) {
        setPages(rows);
        m_hasMore = hasMore;
        if (m_rowCount > 0)
            Q_EMIT dataChanged(index(0), index(m_rowCount - 1));
    } else {
        beginReset();
        setPages(rows);
        m_hasMore = hasMore;
        endReset();
    }
    Q_EMIT countChanged();
}

int TicketListModel::indexOf(const QString &ticketId) const
{
    // The pages held first; the others are read again but not kept (a look-up is no use of a page).
    for (int pass = 0; pass < 2; ++pass) {
        for (int page = 0; page < m_pages.size(); ++page) {
            const Page &p = m_pages.at(page);
            if (p.held != (pass == 0))
                continue;
            QList<fd::TicketSummary> read;
            if (!p.held) {
                auto rows = readPage(page);
                if (!rows)
                    continue;
                read = std::move(rows).value();
            }
            const QList<fd::TicketSummary> &rows = p.held ? p.rows : read;
            for (int i = 0; i < rows.size() && i < p.size; ++i) {
                if (rows.at(i).id == ticketId)
                    return page * kPageSize + i;
            }
        }
    }
    return -1;
}

void TicketListModel::onNow()
{
    if (m_scope == Overdue && allHeld()) {
        // Tickets become overdue as time passes: the list itself changes.
        refresh();
    } else if (m_rowCount > 0) {
        // A list scrolled far down (pages dropped) keeps its place on the clock's tick; the
        // tickets that fell due meanwhile join it at the next change of data, which reloads it.
        Q_EMIT dataChanged(index(0), index(m_rowCount - 1), {OverdueRole});
    }
}

void TicketListModel::setError(const QString &message)
{
    if (message == m_errorMessage)
        return;
    m_errorMessage = message;
    Q_EMIT errorMessageChanged();
}
