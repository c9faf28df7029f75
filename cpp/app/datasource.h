#pragma once

#include <QObject>
#include <QTimer>

namespace fd {
class AttachmentSync;
class Store;
}

/**
 * The app's handle on the local store, shared by every model and screen. It carries the
 * clock-driven "now" that SLA countdowns are computed from (refreshed every 30 s, so every list
 * ticks together), and announces local writes so lists and summaries reload.
 *
 * Published to QML as the singleton AppData; models take it as their `source`.
 */
class DataSource : public QObject
{
    Q_OBJECT
    /** Milliseconds since the epoch (UTC) by the store's clock, refreshed every tickInterval. */
    Q_PROPERTY(double nowMs READ nowMsAsDouble NOTIFY nowChanged)
    /** Bumped on every local write made through the app. */
    Q_PROPERTY(int revision READ revision NOTIFY changed)
    Q_PROPERTY(bool hasStore READ hasStore CONSTANT)

public:
    static constexpr int kTickMs = 30'000;
    /** Search-index merge work per tick, in pages: a few milliseconds. */
    static constexpr int kMergePages = 200;

    explicit DataSource(QObject *parent = nullptr);

    /** C++ only: the store all models read; must outlive this object. */
    void setStore(fd::Store *store);
    [[nodiscard]] fd::Store *store() const { return m_store; }
    /** C++ only: fetches attachment files this device does not have; nullptr when not syncing. */
    void setAttachments(fd::AttachmentSync *attachments) { m_attachments = attachments; }
    [[nodiscard]] fd::AttachmentSync *attachments() const { return m_attachments; }
    [[nodiscard]] bool hasStore() const { return m_store != nullptr; }

    [[nodiscard]] qint64 nowMs() const { return m_nowMs; }
    [[nodiscard]] double nowMsAsDouble() const { return double(m_nowMs); }
    [[nodiscard]] int revision() const { return m_revision; }

    /** Re-reads the clock now instead of waiting for the next tick. */
    Q_INVOKABLE void refreshNow();
    /** Called after a local write so that everything showing data reloads. */
    Q_INVOKABLE void notifyChanged();

Q_SIGNALS:
    void nowChanged();
    void changed();

private:
    /** Every kTickMs: the clock for countdowns, and the store's idle housekeeping. */
    void tick();
    fd::Store *m_store = nullptr;
    fd::AttachmentSync *m_attachments = nullptr;
    qint64 m_nowMs = 0;
    int m_revision = 0;
    QTimer m_tick;
};
