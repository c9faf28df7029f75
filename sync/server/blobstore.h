#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

namespace fd {

/**
 * Attachment files (photos, signatures, documents) on the server's disk, named by the SHA-256
 * of their content, so a file two devices upload is stored once. A file arrives in chunks, each
 * appended at the offset the server has reached: an upload cut off anywhere (the network, a
 * device killed, the server killed) goes on from what is on disk. Once the last byte is in, the
 * content is hashed; only a file whose hash is its name becomes visible, by an atomic rename.
 *
 * Layout under the folder: `part/<sha256>.<size>` while incomplete, `<first two hex digits>/<sha256>`
 * when complete. The store is used from the server's one thread.
 */
class BlobStore
{
public:
    /** Largest attachment accepted: a few photos' worth, far above a signature or a scan. */
    static constexpr qint64 kMaxBlobBytes = 64LL * 1024 * 1024;

    struct Status
    {
        QString sha256;
        qint64 size = 0; // 0 when neither the caller nor the store knows it
        qint64 received = 0;
        bool complete = false;
        bool completedNow = false; // append(): this chunk made it complete
    };

    explicit BlobStore(QString dir) : m_dir(std::move(dir)) {}

    /** 64 lower-case hexadecimal digits. */
    [[nodiscard]] static bool isSha256(const QString &text);

    /** What the store holds of @p sha256; @p size (0 if not known) finds an upload in progress. */
    [[nodiscard]] Result<Status> status(const QString &sha256, qint64 size = 0) const;
    /**
     * Appends @p chunk at @p offset of the @p size byte file @p sha256 and flushes it to disk.
     * A file held complete already takes nothing and answers complete. Errors: `offset_mismatch`
     * (the store has another amount: Status::received tells it, ask again from there),
     * `too_long` (past @p size), `hash_mismatch` (all bytes in, but not this content: the upload
     * is dropped, start again), `blob_io`.
     */
    [[nodiscard]] Result<Status> append(const QString &sha256, qint64 size, qint64 offset, const QByteArray &chunk);
    /** The path of a complete file; empty when it is not complete here. */
    [[nodiscard]] QString completePath(const QString &sha256) const;

    [[nodiscard]] const QString &dir() const { return m_dir; }

private:
    [[nodiscard]] QString finalPath(const QString &sha256) const;
    [[nodiscard]] QString partPath(const QString &sha256, qint64 size) const;

    QString m_dir;
};

} // namespace fd
