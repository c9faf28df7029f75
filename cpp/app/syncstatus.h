#pragma once

#include <QObject>
#include <QTimer>

class DataSource;

/**
 * The truth about the connection to the central server. There is no sync engine yet, so the
 * device is never connected; what the header shows is how many local changes wait to be sent
 * (the outbox), so nobody believes their work has reached the server when it has not.
 *
 * Published to QML as the singleton SyncStatus.
 */
class SyncStatus : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool connected READ connected NOTIFY changed)
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY changed)
    Q_PROPERTY(int failedCount READ failedCount NOTIFY changed)

public:
    static constexpr int kRefreshMs = 15'000;

    explicit SyncStatus(QObject *parent = nullptr);

    /** C++ only: counts come from this store's outbox; refreshed on every local change. */
    void setDataSource(DataSource *source);

    [[nodiscard]] bool connected() const { return false; }
    [[nodiscard]] int pendingCount() const { return m_pending; }
    [[nodiscard]] int failedCount() const { return m_failed; }

    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void changed();

private:
    DataSource *m_source = nullptr;
    int m_pending = 0;
    int m_failed = 0;
    QTimer m_timer;
};
