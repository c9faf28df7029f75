#pragma once

#include <QHttpServerRequest>
#include <QHttpServerResponse>

namespace fd {

class HttpApi;
class SyncStore;
struct Error;

/**
 * The sync endpoints of /v1: POST /v1/enroll (code → device token), POST /v1/push (ops, a
 * result per op), GET /v1/pull?after=N&limit=M (changes for the device's scopes). Push and pull
 * need `Authorization: Bearer <device token>`.
 */
class SyncApi
{
public:
    explicit SyncApi(SyncStore &store) : m_store(store) {}

    /** Adds the routes to @p api. */
    void install(HttpApi &api);

    [[nodiscard]] QHttpServerResponse enroll(const QHttpServerRequest &request);
    [[nodiscard]] QHttpServerResponse push(const QHttpServerRequest &request);
    [[nodiscard]] QHttpServerResponse pull(const QHttpServerRequest &request);

private:
    /** 401 for a missing, unknown or revoked token; 503 when the database does not answer. */
    [[nodiscard]] static QHttpServerResponse storeFailure(const Error &error);

    SyncStore &m_store;
};

} // namespace fd
