#pragma once

#include "syncmessages.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>

#include <functional>

namespace fd {

class HttpApi;
class SyncStore;
struct Error;
struct SyncDevice;

/**
 * The sync endpoints of /v1: POST /v1/enroll (code → device token), POST /v1/push (ops, a
 * result per op), GET /v1/pull?after=N&limit=M (changes for the device's scopes). Push and pull
 * need `Authorization: Bearer <device token>`.
 */
class SyncApi
{
public:
    /** Told of every push the store committed, before its answer goes out (NudgeHub). */
    using PushObserver = std::function<void(const SyncDevice &device, const QList<protocol::SyncOp> &ops,
                                            const protocol::PushResponse &response)>;

    explicit SyncApi(SyncStore &store) : m_store(store) {}

    void setPushObserver(PushObserver observer) { m_pushObserver = std::move(observer); }
    /** Told of every pull page served, before its answer goes out (NudgeHub). */
    using PullObserver = std::function<void(const SyncDevice &device)>;
    void setPullObserver(PullObserver observer) { m_pullObserver = std::move(observer); }

    /** The token of an `Authorization: Bearer TOKEN` header value; empty for anything else. */
    [[nodiscard]] static QString bearerToken(const QByteArray &authorization);

    /** Adds the routes to @p api. */
    void install(HttpApi &api);

    [[nodiscard]] QHttpServerResponse enroll(const QHttpServerRequest &request);
    [[nodiscard]] QHttpServerResponse push(const QHttpServerRequest &request);
    [[nodiscard]] QHttpServerResponse pull(const QHttpServerRequest &request);
    /** GET /v1/cases?number=…&phone=…: a customer's own ticket or complaint, masked; 404 for every miss. */
    [[nodiscard]] QHttpServerResponse findCase(const QHttpServerRequest &request);

private:
    /** 401 for a missing, unknown or revoked token; 503 when the database does not answer. */
    [[nodiscard]] static QHttpServerResponse storeFailure(const Error &error);

    SyncStore &m_store;
    PushObserver m_pushObserver;
    PullObserver m_pullObserver;
};

} // namespace fd
