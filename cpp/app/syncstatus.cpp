#include "syncstatus.h"

#include "conflictrepository.h"
#include "datasource.h"
#include "store.h"
#include "syncengine.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSyncStatus, "fielddesk.app.sync")

SyncStatus::SyncStatus(QObject *parent) : QObject(parent)
{
    // Other processes (fielddesk-cli) write to the same store.
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

fd::SyncEngine *SyncStatus::engine() const
{
    return m_engine;
}

void SyncStatus::setEngine(fd::SyncEngine *engine)
{
    if (m_engine)
        disconnect(m_engine, nullptr, this, nullptr);
    m_engine = engine;
    if (m_engine) {
        m_pulledSeen = m_engine->totals().pulled;
        connect(m_engine, &fd::SyncEngine::statusChanged, this, &SyncStatus::changed);
        connect(m_engine, &fd::SyncEngine::cycleFinished, this, &SyncStatus::onCycleFinished);
        connect(m_engine, &fd::SyncEngine::enrollFinished, this, [this](bool ok, const QString &message) {
            m_enrolling = false;
            if (ok && m_source)
                m_source->notifyChanged(); // a new identity: the header and every screen reload
            Q_EMIT changed();
            Q_EMIT enrollFinished(ok, message);
        });
    }
    Q_EMIT changed();
}

bool SyncStatus::enrolled() const
{
    return m_engine && m_engine->isEnrolled();
}

bool SyncStatus::connected() const
{
    return enrolled() && m_engine->isOnline();
}

bool SyncStatus::syncing() const
{
    return m_engine && m_engine->state() != fd::SyncEngine::State::Idle;
}

double SyncStatus::lastSyncAtAsDouble() const
{
    return m_engine ? double(m_engine->lastSuccessAt()) : 0;
}

QString SyncStatus::problem() const
{
    if (!m_engine)
        return {};
    using F = fd::SyncEngine::Failure;
    const F f = m_engine->lastFailure();
    return f == F::Auth || f == F::Permanent ? m_engine->lastError().message : QString();
}

bool SyncStatus::stalled() const
{
    if (!m_engine || m_engine->stalledSince() == 0 || !m_source || !m_source->store())
        return false;
    return m_source->store()->nowMs() - m_engine->stalledSince() > kStallMs;
}

void SyncStatus::syncNow()
{
    if (m_engine)
        m_engine->syncNow();
}

bool SyncStatus::canEnroll() const
{
    return !m_engine.isNull();
}

void SyncStatus::enroll(const QString &serverUrl, const QString &code)
{
    if (!m_engine) {
        Q_EMIT enrollFinished(false, tr("This app cannot enroll here."));
        return;
    }
    if (code.trimmed().isEmpty()) {
        Q_EMIT enrollFinished(false, tr("Enter the enrollment code from your administrator."));
        return;
    }
    m_enrolling = true;
    Q_EMIT changed();
    QString url = serverUrl.trimmed();
    if (!url.contains(QLatin1String("://")))
        url.prepend(QLatin1String("http://"));
    m_engine->startEnroll(QUrl(url), code.trimmed(), {});
}

void SyncStatus::onCycleFinished()
{
    // What the server sent is in the store now: every list and detail reloads.
    if (m_engine && m_engine->totals().pulled != m_pulledSeen) {
        m_pulledSeen = m_engine->totals().pulled;
        if (m_source)
            m_source->notifyChanged(); // reaches refresh() too
    } else {
        refresh();
    }
    Q_EMIT changed();
}

void SyncStatus::refresh()
{
    int pending = m_pending;
    int failed = m_failed;
    int conflicts = m_conflicts;
    if (m_source && m_source->store()) {
        fd::Store &store = *m_source->store();
        auto p = store.outbox().pendingCount();
        auto f = store.outbox().failedCount();
        auto c = fd::ConflictRepository(store).unresolvedCount();
        if (!p)
            qCWarning(lcSyncStatus) << "outbox pending count:" << p.error().toString();
        if (!f)
            qCWarning(lcSyncStatus) << "outbox failed count:" << f.error().toString();
        if (!c)
            qCWarning(lcSyncStatus) << "conflict count:" << c.error().toString();
        pending = p ? p.value() : pending;
        failed = f ? f.value() : failed;
        conflicts = c ? c.value() : conflicts;
    }
    if (pending == m_pending && failed == m_failed && conflicts == m_conflicts)
        return;
    m_pending = pending;
    m_failed = failed;
    m_conflicts = conflicts;
    Q_EMIT changed();
}
