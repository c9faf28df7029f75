#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QThread>
#include <QUrl>

namespace fd {

class Store;
class SyncEngine;

/**
 * Moves attachment files between this device and the server's /v1/blobs, beside the sync of
 * records: after each successful sync cycle the files waiting in the upload queue go up
 * (attachments last, DESIGN.md "Sync" 1), and a file whose record arrived without it is fetched
 * when someone wants to see it. The transfers run on a worker thread with its own network
 * access manager (BlobTransfer blocks), so the UI never waits; the store is only touched on the
 * thread that owns it. An upload cut by a lost connection goes on where the server stands.
 */
class AttachmentSync : public QObject
{
    Q_OBJECT

public:
    AttachmentSync(Store &store, QObject *parent = nullptr);
    ~AttachmentSync() override;

    /** Follows @p engine: its server and token, and an upload round after each good cycle. */
    void follow(SyncEngine &engine);
    /** Sends the files waiting in the upload queue (at most a round of them); no-op while busy. */
    void uploadPending();
    /** Fetches the file @p sha256 into the attachments folder, unless it is there or on its way. */
    void fetch(const QString &sha256);
    /** Nothing on its way. */
    [[nodiscard]] bool idle() const { return m_busy == 0; }

Q_SIGNALS:
    /** A file reached the server (and left the queue). */
    void uploaded(const QString &sha256);
    /** A file arrived from the server and is in the attachments folder. */
    void fetched(const QString &sha256);
    /** A transfer failed; it is tried again at the next round or view. */
    void failed(const QString &sha256, const QString &message);
    /** The last transfer on its way finished. */
    void becameIdle();

private:
    void onUploaded(const QString &sha256, bool ok, const QString &message);
    void onFetched(const QString &sha256, bool ok, const QString &message);
    void done();

    Store &m_store;
    QPointer<SyncEngine> m_engine;
    QThread m_thread;
    QObject *m_worker = nullptr;
    QSet<QString> m_inFlight;
    QHash<QString, qint64> m_fetchFailedAt;
    int m_busy = 0;
};

} // namespace fd
