#include "attachmentsync.h"

#include "blobtransfer.h"
#include "fieldworkrepository.h"
#include "store.h"
#include "syncengine.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QNetworkAccessManager>

Q_LOGGING_CATEGORY(lcAttachments, "fielddesk.sync.attachments")

namespace fd {

namespace {

constexpr int kRoundSize = 20;
constexpr qint64 kRefetchAfterMs = 60'000;

/** Lives on the worker thread: one blocking transfer at a time, with its own network manager. */
class TransferWorker : public QObject
{
    Q_OBJECT

public:
    void upload(const QUrl &server, const QString &token, const QString &sha256, const QString &path)
    {
        auto r = transfer(server, token).upload(path);
        Q_EMIT uploadDone(sha256, bool(r), r ? QString() : r.error().toString());
    }
    void download(const QUrl &server, const QString &token, const QString &sha256, const QString &path)
    {
        Result<qint64> r = QDir().mkpath(QFileInfo(path).path())
            ? transfer(server, token).download(sha256, path)
            : Result<qint64>(makeError("file_unwritable", QStringLiteral("Cannot create the folder of %1").arg(path)));
        Q_EMIT downloadDone(sha256, bool(r), r ? QString() : r.error().toString());
    }

Q_SIGNALS:
    void uploadDone(const QString &sha256, bool ok, const QString &message);
    void downloadDone(const QString &sha256, bool ok, const QString &message);

private:
    BlobTransfer transfer(const QUrl &server, const QString &token)
    {
        if (!m_nam)
            m_nam = new QNetworkAccessManager(this); // created on, and owned by, the worker thread
        return BlobTransfer(*m_nam, server, token);
    }
    QNetworkAccessManager *m_nam = nullptr;
};

} // namespace

AttachmentSync::AttachmentSync(Store &store, QObject *parent) : QObject(parent), m_store(store)
{
    auto *worker = new TransferWorker;
    worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &TransferWorker::uploadDone, this, &AttachmentSync::onUploaded);
    connect(worker, &TransferWorker::downloadDone, this, &AttachmentSync::onFetched);
    m_worker = worker;
    m_thread.setObjectName(QStringLiteral("attachments"));
    m_thread.start();
}

AttachmentSync::~AttachmentSync()
{
    // A transfer under way finishes first (each request has the engine's time limit).
    m_thread.quit();
    m_thread.wait();
}

void AttachmentSync::follow(SyncEngine &engine)
{
    m_engine = &engine;
    connect(&engine, &SyncEngine::cycleFinished, this, [this](bool ok) {
        if (ok)
            uploadPending();
    });
}

void AttachmentSync::uploadPending()
{
    if (!m_engine || !m_engine->isEnrolled() || m_busy > 0)
        return;
    auto pending = FieldWorkRepository(m_store).pendingUploads(kRoundSize);
    if (!pending) {
        qCWarning(lcAttachments) << "upload queue:" << pending.error().toString();
        return;
    }
    for (const PendingUpload &p : std::as_const(pending.value())) {
        if (!QFileInfo::exists(p.localPath)) {
            // Nothing to send any more (the folder was cleaned up by hand): the record stays,
            // the file cannot follow it.
            qCWarning(lcAttachments) << "attachment file missing, not uploaded:" << p.localPath;
            (void)FieldWorkRepository(m_store).markUploaded(p.sha256);
            continue;
        }
        if (m_inFlight.contains(p.sha256))
            continue;
        m_inFlight.insert(p.sha256);
        ++m_busy;
        auto *worker = static_cast<TransferWorker *>(m_worker);
        QMetaObject::invokeMethod(worker, [worker, server = m_engine->server(), token = m_engine->token(), sha = p.sha256,
                                           path = p.localPath] { worker->upload(server, token, sha, path); });
    }
}

void AttachmentSync::fetch(const QString &sha256)
{
    if (!m_engine || !m_engine->isEnrolled() || m_inFlight.contains(sha256))
        return;
    const QString path = FieldWorkRepository(m_store).attachmentPath(sha256);
    if (QFileInfo::exists(path))
        return;
    // A file the server does not have (yet) is asked for again a minute later, not on every
    // redraw of the screen that shows its record.
    if (const auto it = m_fetchFailedAt.constFind(sha256); it != m_fetchFailedAt.cend() && m_store.nowMs() - it.value() < kRefetchAfterMs)
        return;
    m_inFlight.insert(sha256);
    ++m_busy;
    auto *worker = static_cast<TransferWorker *>(m_worker);
    QMetaObject::invokeMethod(worker, [worker, server = m_engine->server(), token = m_engine->token(), sha256, path] {
        worker->download(server, token, sha256, path);
    });
}

void AttachmentSync::onUploaded(const QString &sha256, bool ok, const QString &message)
{
    m_inFlight.remove(sha256);
    if (ok) {
        if (auto r = FieldWorkRepository(m_store).markUploaded(sha256); !r)
            qCWarning(lcAttachments) << "upload queue:" << sha256 << r.error().toString();
        Q_EMIT uploaded(sha256);
    } else {
        qCInfo(lcAttachments) << "upload of" << sha256 << "failed, tried again later:" << message;
        Q_EMIT failed(sha256, message);
    }
    done();
}

void AttachmentSync::onFetched(const QString &sha256, bool ok, const QString &message)
{
    m_inFlight.remove(sha256);
    if (ok) {
        m_fetchFailedAt.remove(sha256);
        Q_EMIT fetched(sha256);
    } else {
        m_fetchFailedAt.insert(sha256, m_store.nowMs());
        qCInfo(lcAttachments) << "fetching" << sha256 << "failed:" << message;
        Q_EMIT failed(sha256, message);
    }
    done();
}

void AttachmentSync::done()
{
    if (--m_busy == 0)
        Q_EMIT becameIdle();
}

} // namespace fd

#include "attachmentsync.moc"
