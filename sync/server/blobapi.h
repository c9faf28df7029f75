#pragma once

#include "blobstore.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>

#include <optional>

namespace fd {

class HttpApi;
class ServerStorage;
class SyncStore;
struct SyncDevice;

/**
 * Attachments under /v1/blobs, for enrolled devices (`Authorization: Bearer TOKEN`):
 *
 * - `PUT /v1/blobs?sha256=H&size=S&offset=O`, body: the next bytes of the file (at most the
 *   request body limit, 1 MiB). Appended when O is where the server stands; 409
 *   `offset_mismatch` otherwise (GET tells where that is). 200 with the status; a file the
 *   server has complete already answers complete at once, whoever sent it. When the last byte
 *   is in and the content's SHA-256 is not H: 422 `hash_mismatch`, the upload is dropped.
 * - `GET /v1/blobs?sha256=H[&size=S]`: the status, `{"sha256","size","received","complete"}`.
 * - `GET /v1/blobs/content?sha256=H`: the file (application/octet-stream), 404 until complete.
 */
class BlobApi
{
public:
    BlobApi(BlobStore &blobs, SyncStore &sync, ServerStorage &storage) : m_blobs(blobs), m_sync(sync), m_storage(storage) {}

    void install(HttpApi &api);

    [[nodiscard]] QHttpServerResponse put(const QHttpServerRequest &request);
    [[nodiscard]] QHttpServerResponse status(const QHttpServerRequest &request);
    [[nodiscard]] QHttpServerResponse content(const QHttpServerRequest &request);

    /** The sha256, size and offset of a blob request (query items), each checked. */
    struct BlobQuery
    {
        QString sha256;
        qint64 size = 0;
        qint64 offset = 0;
    };

private:
    /** The refusal for a request without a valid token (401) or query (400); nullopt when fine. */
    [[nodiscard]] std::optional<QHttpServerResponse> admit(const QHttpServerRequest &request, bool upload, SyncDevice &device,
                                                           BlobQuery &query);

    BlobStore &m_blobs;
    SyncStore &m_sync;
    ServerStorage &m_storage;
};

} // namespace fd
