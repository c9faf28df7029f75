#include "datasource.h"

#include "store.h"

DataSource::DataSource(QObject *parent) : QObject(parent)
{
    m_tick.setInterval(kTickMs);
    connect(&m_tick, &QTimer::timeout, this, &DataSource::refreshNow);
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
