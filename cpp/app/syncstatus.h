#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

class DataSource;

namespace fd {
class SyncEngine;
}

/**
 * The truth about the connection to the central server, for the sync bar of every mode: whether
 * the device is enrolled and reaches the server, when it last synced, what still waits to be
 * sent, what the server refused (the sync-errors list) and which of our values lost to someone
 * else's (conflicts). Not reaching the server is a state ("offline"), not an error.
 *
 * Without an engine (a device not enrolled, the self-test) it only counts the outbox.
 * Published to QML as the singleton SyncStatus.
 */
class SyncStatus : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool enrolled READ enrolled NOTIFY changed)
    Q_PROPERTY(bool connected READ connected NOTIFY changed)
    Q_PROPERTY(bool syncing READ syncing NOTIFY changed)
    /** UTC milliseconds of the last complete sync; 0 when there has been none since start. */
    Q_PROPERTY(double lastSyncAt READ lastSyncAtAsDouble NOTIFY changed)
    /** Why syncing stopped, when it is not simply offline (a revoked device, a refused token…). */
    Q_PROPERTY(QString problem READ problem NOTIFY changed)
    /** Changes have waited for a while although the server answers: the queue does not drain. */
    Q_PROPERTY(bool stalled READ stalled NOTIFY changed)
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY changed)
    Q_PROPERTY(int failedCount READ failedCount NOTIFY changed)
    Q_PROPERTY(int conflictCount READ conflictCount NOTIFY changed)
    /** An enrollment started with enroll() is waiting for the server's answer. */
    Q_PROPERTY(bool enrolling READ enrolling NOTIFY changed)
    /** Whether this app can enroll at all (it has an engine; the screen tour has none). */
    Q_PROPERTY(bool canEnroll READ canEnroll NOTIFY changed)

public:
    static constexpr int kRefreshMs = 15'000;
    /** How long pending changes may wait, while online, before the bar says they are stuck. */
    static constexpr qint64 kStallMs = 10 * 60 * 1000;

    explicit SyncStatus(QObject *parent = nullptr);

    /** C++ only: counts come from this store; refreshed on every local change. */
    void setDataSource(DataSource *source);
    /** C++ only: the engine whose state this shows; pulled changes make every screen reload. */
    void setEngine(fd::SyncEngine *engine);
    /** C++ only: the engine, or nullptr (not enrolled yet, the screen tour). */
    [[nodiscard]] fd::SyncEngine *engine() const;

    [[nodiscard]] bool enrolled() const;
    [[nodiscard]] bool connected() const;
    [[nodiscard]] bool syncing() const;
    [[nodiscard]] double lastSyncAtAsDouble() const;
    [[nodiscard]] QString problem() const;
    [[nodiscard]] bool stalled() const;
    [[nodiscard]] int pendingCount() const { return m_pending; }
    [[nodiscard]] int failedCount() const { return m_failed; }
    [[nodiscard]] int conflictCount() const { return m_conflicts; }

    Q_INVOKABLE void refresh();
    /** "Sync now" in the bar: starts a cycle at once, whatever the backoff says. */
    Q_INVOKABLE void syncNow();
    /** Exchanges a one-time code for this device's token; enrollFinished() tells how it went. */
    Q_INVOKABLE void enroll(const QString &serverUrl, const QString &code);
    [[nodiscard]] bool enrolling() const { return m_enrolling; }
    [[nodiscard]] bool canEnroll() const;

Q_SIGNALS:
    void changed();
    void enrollFinished(bool ok, const QString &message);

private:
    void onCycleFinished();

    DataSource *m_source = nullptr;
    QPointer<fd::SyncEngine> m_engine;
    int m_pending = 0;
    int m_failed = 0;
    int m_conflicts = 0;
    int m_pulledSeen = 0;
    bool m_enrolling = false;
    QTimer m_timer;
};
