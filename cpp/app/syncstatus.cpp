#include "syncstatus.h"

#include "datasource.h"
#include "store.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSyncStatus, "fielddesk.app.sync")

SyncStatus::SyncStatus(QObject *parent) : QObject(parent)
{
    // Other processes (fielddesk-cli, a future sync engine) write to the same store.
    m_timer.setInterval(kRefreshMs);
    connect(&m_timer, &QTimer::timeout, this, &SyncStatus::refresh);
}

void SyncStatus::setDataSource(DataSource *source)
{
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    m_source = source;
    if (m_source)
        connect(m_source, &DataSource::changed, this, &SyncStatus::refresh);
    refresh();
    m_timer.start();
}

void SyncStatus::refresh()
{
    int pending = 0;
    int failed = 0;
    if (m_source && m_source->store()) {
        fd::Outbox &outbox = m_source->store()->outbox();
        auto p = outbox.pendingCount();
        auto f = outbox.failedCount();
        if (!p)
            qCWarning(lcSyncStatus) << "outbox pending count:" << p.error().toString();
        if (!f)
            qCWarning(lcSyncStatus) << "outbox failed count:" << f.error().toString();
        pending = p ? p.value() : m_pending;
        failed = f ? f.value() : m_failed;
    }
    if (pending == m_pending && failed == m_failed)
        return;
    m_pending = pending;
    m_failed = failed;
    Q_EMIT changed();
}
