#include "datasource.h"

#include "searchindex.h"
#include "store.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcDataSource, "fielddesk.app.data")

DataSource::DataSource(QObject *parent) : QObject(parent)
{
    m_tick.setInterval(kTickMs);
    connect(&m_tick, &QTimer::timeout, this, &DataSource::tick);
}

void DataSource::setStore(fd::Store *store)
{
    m_store = store;
    refreshNow();
    if (m_store)
        m_tick.start();
    else
        m_tick.stop();
}

void DataSource::tick()
{
    refreshNow();
    // Idle housekeeping: merge search-index segments and copy the WAL into the database now,
    // so the next commit made while a person waits does not have to (see schema_v1.sql and
    // Database::kAutoCheckpointPages).
    if (m_store) {
        if (auto r = fd::SearchIndex(m_store->db()).merge(kMergePages); !r)
            qCWarning(lcDataSource) << "search index merge failed on" << m_store->db().path() << r.error().toString();
        if (auto r = m_store->db().checkpoint(); !r)
            qCWarning(lcDataSource) << "checkpoint failed on" << m_store->db().path() << r.error().toString();
    }
}

void DataSource::refreshNow()
{
    const qint64 now = m_store ? m_store->nowMs() : 0;
    if (now == m_nowMs)
        return;
    m_nowMs = now;
    Q_EMIT nowChanged();
}

void DataSource::notifyChanged()
{
    ++m_revision;
    refreshNow();
    Q_EMIT changed();
}
